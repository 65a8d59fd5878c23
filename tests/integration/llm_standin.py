#!/usr/bin/env python3
"""llm_standin.py - a loopback stand-in for the OpenAI Chat Completions,
Anthropic Messages and Gemini generateContent APIs, strict enough that a
malformed request fails, and scriptable so tests can make it misbehave.

Usage: llm_standin.py [--port-file F] [--scenario F.json] [--latency S]
                      [--key KEY]
It binds 127.0.0.1 on an ephemeral port and prints the port on stdout (and
into --port-file, written atomically).  Only the standard library is used.

Scripts: each API request takes the next step of the script (a list of
step names; once exhausted every request is "valid").  Steps:
  valid        a summary built from the request's document: real sentences
               quoted as evidence
  malformed    the model's answer is not JSON
  schema       the answer is JSON that breaks the summary schema
  planted      valid, but with a wrong acronym expansion and a year shifted
               by one (the repair round must fix them)
  badquote     valid, but the evidence quotes are not in the source
  429[:S]      429 with Retry-After S seconds (default 1)
  500          a 500 answer
  slow:S       sleep S seconds, then valid
  truncated    a body cut short of its Content-Length
  refusal      OpenAI refusal / Anthropic stop_reason refusal / Gemini
               SAFETY
  maxtokens    the answer stopped at the token limit
  stop:R       the turn ends with the API's stop reason R and what the API
               sends with it (OpenAI content_filter, tool_calls,
               function_call; Anthropic end_turn (text, no tool),
               pause_turn, refusal, model_context_window_exceeded; any
               Gemini FinishReason)
  blocked:R    Gemini: the prompt is blocked (promptFeedback.blockReason R)
  paralleltools  Anthropic: two tool_use blocks, unless the request set
               tool_choice.disable_parallel_tool_use
  cacheread    Anthropic: most prompt tokens reported as read from the cache
  fenced       valid JSON inside a Markdown code fence
  shortctx     valid, but reporting 512 prompt tokens, as a local server
               that silently cut a long prompt to its context does
  file:PATH    the contents of PATH as the model's answer, whatever the
               prompt (a careless model that repeats itself on repair)
  400 / 401 / 403
  raw:N:PATH   status N with the bytes of PATH as the JSON body, whatever
               the API (a server that lies: escape sequences in an error
               message, a key echoed back in an answer)
The script is set by --scenario ({"script": [...]}) or by POSTing
{"script": [...]} to /_control/script.  GET /_control/log returns the
requests seen (method, path, headers, body, and the status and body of
the answer); POST /_control/reset clears both.  /_test/... paths exercise
the HTTP client (see handle_test).

Like the real services: retired models get each API's 404; Gemini models
that think (2.5 and later) spend maxOutputTokens on thinking unless the
request sets thinkingConfig, and report thoughtsTokenCount; a wrong Gemini
key is a 400 with reason API_KEY_INVALID.  Answers have every field the
official SDKs' response types require (tests/types checks them).
"""
import argparse
import copy
import gzip
import json
import os
import re
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DOC_OPEN, DOC_CLOSE = "<<<DOCUMENT\n", "\nDOCUMENT>>>"
PARTS_OPEN, PARTS_CLOSE = "<<<PARTS\n", "\nPARTS>>>"
SUMMARY_OPEN, SUMMARY_CLOSE = "<<<SUMMARY\n", "\nSUMMARY>>>"
FINDINGS_OPEN, FINDINGS_CLOSE = "<<<FINDINGS\n", "\nFINDINGS>>>"


class State:
    def __init__(self, script, latency, key):
        self.lock = threading.Lock()
        self.script = list(script)
        self.latency = latency
        self.key = key
        self.log = []
        self.counters = {}

    def next_step(self):
        with self.lock:
            return self.script.pop(0) if self.script else "valid"

    def record(self, entry):
        with self.lock:
            self.log.append(entry)
            if len(self.log) > 500:
                self.log.pop(0)

    def count(self, key):
        with self.lock:
            self.counters[key] = self.counters.get(key, 0) + 1
            return self.counters[key]


# --- building answers from the request's document -------------------------

# A sentence ends at . ! or ? before a space or the end, so "1.5" and
# "e.g." inside a sentence do not cut it.
SENT_RE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))+[.!?](?=\s|$)")
ACRO_RE = re.compile(r"((?:[A-Z][\w-]*[ ,]+(?:and |of |the |for |to )?){1,8}?"
                     r"[A-Z][\w-]*) \(([A-Z][A-Za-z0-9]{1,9})\)")
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def between(text, open_, close):
    i = text.find(open_)
    if i < 0:
        return None
    j = text.find(close, i + len(open_))
    if j < 0:
        return None
    return text[i + len(open_):j]


def sentences(text):
    out = []
    for m in SENT_RE.finditer(text):
        s = m.group(0).strip()
        if len(s) >= 20:
            out.append(s)
    return out


def empty_summary(title):
    return {"schema": "briefcast.summary/1", "title": title,
            "source": {"title": title, "author": "", "date": "", "url": "",
                       "sha256": ""},
            "provider": "standin", "tldr": "", "key_points": [],
            "sections": [], "timeline": [], "glossary": [], "quotes": [],
            "slides": [], "narration": []}


PAREN_RE = re.compile(r" \(([A-Z][A-Za-z0-9]{1,9})\)")


def acronyms(doc):
    """(expansion, acronym) pairs; the full pattern runs only just before
    each parenthesis, so long documents stay cheap."""
    for p in PAREN_RE.finditer(doc):
        lo = max(0, p.start() - 120)
        m = ACRO_RE.search(doc, lo, p.end())
        if m and m.end() == p.end():
            yield m


def summary_from_text(doc):
    # The brief uses the opening sentences; scanning further is wasted time
    # when a benchmark sends thousands of chunks.
    sents = sentences(doc[:20000]) or [doc.strip()[:200] or "Empty."]
    title = doc.strip().split("\n", 1)[0][:80] or "Untitled"
    s = empty_summary(title)
    s["tldr"] = sents[0]
    for q in sents[:4]:
        s["key_points"].append({"text": q, "evidence": [
            {"start": 0, "end": 0, "quote": q}]})
    s["sections"].append({"heading": "Overview", "summary": " ".join(sents[:2]),
                          "span": {"start": 0, "end": 0}})
    seen = set()
    for q in sents:
        m = YEAR_RE.search(q)
        if m and m.group(1) not in seen and len(s["timeline"]) < 4:
            seen.add(m.group(1))
            s["timeline"].append({"date": m.group(1), "iso": m.group(1),
                                  "event": q, "span": {"start": 0, "end": 0}})
    for m in acronyms(doc):
        term = m.group(2)
        if term not in [g["term"] for g in s["glossary"]]:
            d = re.sub(r"^(The|A|An|Our) ", "", m.group(1).strip(" ,"))
            s["glossary"].append({"term": term, "definition": d,
                                  "span": {"start": 0, "end": 0}})
    s["slides"].append({"title": title, "bullets": [k["text"] for k in
                                                    s["key_points"]],
                        "notes": s["tldr"]})
    s["narration"].append({"speaker": "narrator", "text": s["tldr"]})
    return s


def merge_parts(parts_text):
    """The reduce step: merge partial summaries (one JSON per line)."""
    parts = []
    for line in parts_text.split("\n"):
        line = line.strip()
        if line:
            parts.append(json.loads(line))
    if not parts:
        raise ValueError("no parts")
    s = empty_summary(parts[0].get("title", "Untitled"))
    s["tldr"] = parts[0].get("tldr", "")
    for p in parts:
        s["key_points"].extend(p.get("key_points", [])[:2])
        s["sections"].extend(p.get("sections", [])[:1])
        s["timeline"].extend(p.get("timeline", []))
        for g in p.get("glossary", []):
            if g["term"] not in [x["term"] for x in s["glossary"]]:
                s["glossary"].append(g)
    for k in s["key_points"]:
        k.setdefault("evidence", [])
    for sec in s["sections"]:
        sec.setdefault("span", {"start": 0, "end": 0})
    for t in s["timeline"]:
        t.setdefault("span", {"start": 0, "end": 0})
    for g in s["glossary"]:
        g.setdefault("span", {"start": 0, "end": 0})
    for p in parts:
        for q in p.get("quotes", []):
            q.setdefault("span", {"start": 0, "end": 0})
            s["quotes"].append(q)
    s["slides"].append({"title": s["title"], "bullets": [k["text"] for k in
                                                         s["key_points"][:5]],
                        "notes": s["tldr"]})
    s["narration"].append({"speaker": "narrator", "text": s["tldr"]})
    return s


def replace_in(node, claim, truth):
    """Replace claim by truth in every string under node."""
    if isinstance(node, dict):
        return {k: replace_in(v, claim, truth) for k, v in node.items()}
    if isinstance(node, list):
        return [replace_in(v, claim, truth) for v in node]
    if isinstance(node, str):
        return node.replace(claim, truth)
    return node


def repair(prompt):
    """Apply each finding's correction where the finding points (the
    object that holds its field), as a careful model would."""
    prev = json.loads(between(prompt, SUMMARY_OPEN, SUMMARY_CLOSE))
    for line in between(prompt, FINDINGS_OPEN, FINDINGS_CLOSE).split("\n"):
        line = line.strip()
        if not line:
            continue
        f = json.loads(line)
        claim, truth = f.get("claim", ""), f.get("source_says", "")
        if not claim or not truth:
            continue
        m = re.match(r"^(\w+)\[(\d+)\]", f.get("field", ""))
        if m and isinstance(prev.get(m.group(1)), list) and \
                int(m.group(2)) < len(prev[m.group(1)]):
            arr, i = prev[m.group(1)], int(m.group(2))
            arr[i] = replace_in(arr[i], claim, truth)
        else:
            prev = replace_in(prev, claim, truth)
    return prev


def plant_errors(s):
    """A wrong acronym expansion and a year off by one, as a careless model
    would write them."""
    for g in s["glossary"]:
        words = g["definition"].split()
        g["definition"] = " ".join(["Really"] + words[1:])
        s["key_points"].append({"text": "%s stands for %s." % (
            g["term"], g["definition"]), "evidence": []})
        break
    for t in s["timeline"]:
        y = int(t["iso"][:4]) + 1
        t["event"] = t["event"].replace(t["date"], str(y))
        t["iso"] = str(y)
        t["date"] = str(y)
        break
    return s


def answer_for(prompt, step):
    """The model's answer text for a prompt under a script step."""
    if step.startswith("file:"):
        with open(step[5:], encoding="utf-8") as f:
            return f.read()
    if step == "malformed":
        return '{"schema": "briefcast.summary/1", "title": "oops", '
    if FINDINGS_OPEN in prompt:
        s = repair(prompt)
    elif PARTS_OPEN in prompt:
        s = merge_parts(between(prompt, PARTS_OPEN, PARTS_CLOSE))
    else:
        doc = between(prompt, DOC_OPEN, DOC_CLOSE)
        if doc is None:
            raise ValueError("prompt holds no <<<DOCUMENT block")
        s = summary_from_text(doc)
    if step == "schema":
        s = copy.deepcopy(s)
        del s["tldr"]
        s["key_points"] = "not a list"
    elif step == "planted":
        s = plant_errors(s)
    elif step == "fenced":
        return "```json\n" + json.dumps(s, ensure_ascii=False) + "\n```"
    elif step == "badquote":
        for k in s["key_points"]:
            for e in k["evidence"]:
                e["quote"] = "words the source never said"
    return json.dumps(s, ensure_ascii=False)


# --- request checks, per API ----------------------------------------------

class Reject(Exception):
    def __init__(self, status, message, code=None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code  # OpenAI error.code, Google ErrorInfo reason


# Models the providers have retired: a request for one is a 404, as the
# real services answer it.
RETIRED = {"no-such-model", "claude-3-5-haiku-latest",
           "claude-3-5-haiku-20241022", "claude-3-haiku-20240307",
           "gemini-2.0-flash", "gemini-1.5-flash", "gpt-4.1-nano", "o4-mini",
           "gpt-3.5-turbo"}


def model_not_found(kind, model):
    if kind == "anthropic":
        return Reject(404, "model: %s" % model)
    if kind == "gemini":
        return Reject(404, "models/%s is not found for API version v1beta, "
                      "or is not supported for generateContent. Call "
                      "ListModels to see the list of available models and "
                      "their supported methods." % model)
    return Reject(404, "The model `%s` does not exist or you do not have "
                  "access to it." % model, "model_not_found")


def reasoning_model(model):
    return bool(re.match(r"^(o[1-9]|gpt-[5-9])", model)) and \
        "chat" not in model


def gemini_thinks(model):
    m = re.match(r"^gemini-(\d+)\.?(\d*)", model)
    return bool(m) and (int(m.group(1)) >= 3 or
                        (m.group(1) == "2" and m.group(2) >= "5"))


def gemini_thoughts(model, gc):
    """Thinking tokens a Gemini model spends: left unset, a thinking model
    thinks until maxOutputTokens runs out (the failure briefcast used to
    hit); a budget or level bounds it."""
    if not gemini_thinks(model):
        return 0
    tc = gc.get("thinkingConfig")
    if not isinstance(tc, dict):
        return gc.get("maxOutputTokens", 8192)
    if "thinkingBudget" in tc:
        return min(int(tc["thinkingBudget"]), 300) if \
            tc["thinkingBudget"] >= 0 else 2000
    return {"MINIMAL": 64, "LOW": 512, "MEDIUM": 1500}.get(
        tc.get("thinkingLevel"), 3000)


def check_strict_schema(schema, where="schema"):
    """OpenAI strict mode: every object closes additionalProperties and
    requires all its properties."""
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            if schema.get("additionalProperties") is not False:
                raise Reject(400, "Invalid schema for response_format: In "
                             "context=%s, 'additionalProperties' is required "
                             "to be supplied and to be false." % where)
            props = schema.get("properties", {})
            if sorted(schema.get("required", [])) != sorted(props):
                raise Reject(400, "Invalid schema for response_format: In "
                             "context=%s, 'required' is required to be "
                             "supplied and to be an array including every "
                             "key in properties." % where)
        for k, v in schema.items():
            check_strict_schema(v, where + "." + k)
    elif isinstance(schema, list):
        for i, v in enumerate(schema):
            check_strict_schema(v, "%s[%d]" % (where, i))


GEMINI_FORBIDDEN = ("additionalProperties", "$defs", "$ref", "const",
                    "$schema", "$id")


def check_gemini_schema(schema, where="responseSchema"):
    if isinstance(schema, dict):
        for k in schema:
            if k in GEMINI_FORBIDDEN:
                raise Reject(400, "Invalid JSON payload received. Unknown "
                             "name \"%s\" at 'generation_config.%s': Cannot "
                             "find field." % (k, where))
        for k, v in schema.items():
            if k == "properties":
                for pk, pv in v.items():
                    check_gemini_schema(pv, where + ".properties." + pk)
            elif isinstance(v, (dict, list)):
                check_gemini_schema(v, where + "." + k)
    elif isinstance(schema, list):
        for v in schema:
            check_gemini_schema(v, where)


def need(cond, message, status=400):
    if not cond:
        raise Reject(status, message)


def openai_prompt(req, headers, state):
    auth = headers.get("authorization", "")
    if state.key is not None:
        # Like the real API, the message echoes (part of) the key it got:
        # the client must keep it out of its own messages.
        need(auth == "Bearer " + state.key, "Incorrect API key provided: "
             "%s." % auth[7:], 401)
    need(isinstance(req.get("model"), str) and req["model"],
         "you must provide a model parameter")
    msgs = req.get("messages")
    need(isinstance(msgs, list) and msgs, "'messages' is a required property")
    rf = req.get("response_format")
    need(isinstance(rf, dict) and rf.get("type") == "json_schema",
         "response_format must be of type json_schema")
    js = rf.get("json_schema")
    need(isinstance(js, dict) and isinstance(js.get("name"), str) and
         isinstance(js.get("schema"), dict),
         "response_format.json_schema needs name and schema")
    need(js.get("strict") is True, "response_format.json_schema.strict must "
         "be true for this test server")
    check_strict_schema(js["schema"])
    if "reasoning_effort" in req and not reasoning_model(req["model"]):
        raise Reject(400, "Unsupported parameter: 'reasoning_effort' is not "
                     "supported with this model.", "unsupported_parameter")
    return "\n".join(m.get("content", "") for m in msgs
                     if isinstance(m.get("content"), str))


def anthropic_prompt(req, headers, state):
    key = headers.get("x-api-key")
    need(key, "x-api-key header is required", 401)
    if state.key is not None:
        need(key == state.key, "invalid x-api-key %s" % key, 401)
    need(headers.get("anthropic-version") == "2023-06-01",
         "anthropic-version header is required")
    need(isinstance(req.get("model"), str), "model: Field required")
    need(isinstance(req.get("max_tokens"), int), "max_tokens: Field required")
    tools = req.get("tools")
    need(isinstance(tools, list) and tools, "tools: a tool is required here")
    tc = req.get("tool_choice")
    need(isinstance(tc, dict) and tc.get("type") == "tool",
         "tool_choice must name the tool")
    names = [t.get("name") for t in tools]
    need(tc.get("name") in names, "tool_choice names an unknown tool")
    for t in tools:
        need(isinstance(t.get("input_schema"), dict) and
             t["input_schema"].get("type") == "object",
             "tools.0.input_schema: Input should be an object schema")
    th = req.get("thinking")
    need(not (isinstance(th, dict) and th.get("type") in
              ("enabled", "adaptive")),
         "Thinking may not be enabled when tool_choice forces tool use.")
    msgs = req.get("messages")
    need(isinstance(msgs, list) and msgs, "messages: Field required")
    text = []
    if isinstance(req.get("system"), str):
        text.append(req["system"])
    for m in msgs:
        c = m.get("content")
        if isinstance(c, str):
            text.append(c)
        elif isinstance(c, list):
            text.extend(b.get("text", "") for b in c if isinstance(b, dict))
    return "\n".join(text), tc["name"]


def gemini_prompt(req, headers, query, state):
    need("key=" not in query, "API key in the URL: use x-goog-api-key", 400)
    key = headers.get("x-goog-api-key")
    need(key, "Method doesn't allow unregistered callers. Please use API "
         "Key or other form of API consumer identity to call this API.", 403)
    if state.key is not None and key != state.key:
        raise Reject(400, "API key not valid. Please pass a valid API key.",
                     "API_KEY_INVALID")
    gc = req.get("generationConfig")
    need(isinstance(gc, dict) and gc.get("responseMimeType") ==
         "application/json", "generationConfig.responseMimeType must be "
         "application/json")
    need(isinstance(gc.get("responseSchema"), dict),
         "generationConfig.responseSchema is required")
    check_gemini_schema(gc["responseSchema"])
    tc = gc.get("thinkingConfig")
    if isinstance(tc, dict):
        need(not ("thinkingBudget" in tc and "thinkingLevel" in tc),
             "thinking_budget and thinking_level are not supported together.")
    contents = req.get("contents")
    need(isinstance(contents, list) and contents, "contents is not specified")
    text = []
    si = req.get("systemInstruction")
    if isinstance(si, dict):
        text.extend(p.get("text", "") for p in si.get("parts", []))
    for c in contents:
        text.extend(p.get("text", "") for p in c.get("parts", []))
    return "\n".join(text)


# --- the server ------------------------------------------------------------

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "llm-standin/1"

    def log_message(self, fmt, *args):
        pass

    def send(self, status, body, ctype="application/json", extra=None):
        data = body if isinstance(body, bytes) else body.encode()
        entry = getattr(self, "entry", None)
        if entry is not None:
            entry["status"] = status
            entry["response"] = data.decode("utf-8", "replace")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def send_json(self, status, obj, extra=None):
        self.send(status, json.dumps(obj), extra=extra)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def do_GET(self):
        self.dispatch("GET", b"")

    def do_POST(self):
        self.dispatch("POST", self.body())

    def dispatch(self, method, raw):
        state = self.server.state
        target = self.path
        proxied = target.startswith("http://")
        if proxied:
            # Asked as a proxy ("GET http://host/path"): serve the path.
            target = "/" + target.split("/", 3)[3] if \
                target.count("/") >= 3 else "/"
        path, _, query = target.partition("?")
        headers = {k.lower(): v for k, v in self.headers.items()}
        if path.startswith("/_control/"):
            return self.control(path, raw)
        self.entry = {"method": method, "path": path, "query": query,
                      "headers": headers,
                      "body": raw.decode("utf-8", "replace")}
        state.record(self.entry)
        if path.startswith("/_test/"):
            return self.handle_test(path, query, headers, raw)
        try:
            if method != "POST":
                raise Reject(405, "method not allowed")
            self.handle_api(path, query, headers, raw)
        except Reject as e:
            self.api_error(path, e.status, e.message, e.code)

    def control(self, path, raw):
        state = self.server.state
        if path == "/_control/script":
            with state.lock:
                state.script = list(json.loads(raw or b"{}").get("script", []))
            return self.send_json(200, {"ok": True})
        if path == "/_control/reset":
            with state.lock:
                state.script, state.log, state.counters = [], [], {}
            return self.send_json(200, {"ok": True})
        if path == "/_control/log":
            with state.lock:
                return self.send_json(200, state.log)
        return self.send_json(404, {"error": "no such control"})

    def api_kind(self, path):
        if path.endswith("/chat/completions"):
            return "openai"
        if path.endswith("/v1/messages"):
            return "anthropic"
        if re.search(r"/v1beta/models/[^/:]+:generateContent$", path):
            return "gemini"
        return None

    def api_error(self, path, status, message, code=None):
        kind = self.api_kind(path)
        if kind == "anthropic":
            t = {400: "invalid_request_error", 401: "authentication_error",
                 403: "permission_error", 404: "not_found_error",
                 429: "rate_limit_error"}.get(status, "api_error")
            return self.send_json(status, {"type": "error", "error": {
                "type": t, "message": message},
                "request_id": "req_standin"})
        if kind == "gemini":
            st = {400: "INVALID_ARGUMENT", 403: "PERMISSION_DENIED",
                  404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED"}.get(
                      status, "INTERNAL")
            err = {"code": status, "message": message, "status": st}
            if code:
                err["details"] = [{
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": code, "domain": "googleapis.com",
                    "metadata": {"service":
                                 "generativelanguage.googleapis.com"}}]
            return self.send_json(status, {"error": err})
        return self.send_json(status, {"error": {
            "message": message, "type": "invalid_request_error",
            "param": None, "code": code}})

    def handle_api(self, path, query, headers, raw):
        state = self.server.state
        kind = self.api_kind(path)
        if kind is None:
            raise Reject(404, "Invalid URL (POST %s)" % path)
        need("application/json" in headers.get("content-type", ""),
             "Content-Type must be application/json")
        try:
            req = json.loads(raw)
        except ValueError:
            raise Reject(400, "We could not parse the JSON body of your "
                         "request.")
        need(isinstance(req, dict), "the body must be a JSON object")
        tool = None
        if kind == "openai":
            prompt = openai_prompt(req, headers, state)
            model = req["model"]
        elif kind == "anthropic":
            prompt, tool = anthropic_prompt(req, headers, state)
            model = req["model"]
        else:
            prompt = gemini_prompt(req, headers, query, state)
            model = re.search(r"/models/([^/:]+):", path).group(1)
        if model in RETIRED:
            raise model_not_found(kind, model)
        step = state.next_step()
        if state.latency:
            time.sleep(state.latency)
        if step.startswith("slow:"):
            time.sleep(float(step[5:]))
            step = "valid"
        if step.startswith("429"):
            secs = step[4:] or "1"
            return self.api_error_extra(path, 429, "Rate limit reached; "
                                        "quota exceeded for this key.",
                                        {"Retry-After": secs})
        if step == "500":
            raise Reject(500, "The server had an error while processing "
                         "your request.")
        if step in ("400", "401", "403"):
            raise Reject(int(step), {"400": "Invalid request.", "401":
                                     "Invalid authentication.", "403":
                                     "This key may not use this model."}[step])
        if step == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(b'{"id": "cut')
            self.wfile.flush()
            self.close_connection = True
            return
        if step.startswith("raw:"):
            status, fname = step[4:].split(":", 1)
            with open(fname, "rb") as f:
                return self.send(int(status), f.read(), "application/json")
        if step == "badbody":
            return self.send(200, b"<html>gateway says hi</html>", "text/html")
        try:
            text = answer_for(prompt, step)
        except (ValueError, KeyError, TypeError) as e:
            raise Reject(400, "stand-in cannot answer: %s" % e)
        tin, tout = max(1, len(prompt) // 4), max(1, len(text) // 4)
        if step == "shortctx":
            tin = min(tin, 512)  # a local server that cut the prompt
        if kind == "openai":
            return self.openai_answer(req, model, step, text, tin, tout)
        if kind == "anthropic":
            return self.anthropic_answer(req, model, step, text, tool, tin,
                                         tout)
        return self.gemini_answer(req, model, step, text, tin, tout)

    def openai_answer(self, req, model, step, text, tin, tout):
        msg = {"role": "assistant", "content": text, "refusal": None}
        finish = "stop"
        if step == "refusal":
            msg = {"role": "assistant", "content": None,
                   "refusal": "I can't help with that."}
        elif step == "maxtokens":
            msg["content"] = text[:len(text) // 2]
            finish = "length"
        elif step.startswith("stop:"):
            finish = step[5:]
            msg["content"] = None
            if finish == "tool_calls":
                msg["tool_calls"] = [{"id": "call_standin", "type":
                                      "function", "function": {
                                          "name": "lookup",
                                          "arguments": "{}"}}]
            elif finish == "function_call":
                msg["function_call"] = {"name": "lookup", "arguments": "{}"}
        reasoning = 0
        if "reasoning_effort" in req:
            reasoning = {"none": 0, "minimal": 16, "low": 128}.get(
                req["reasoning_effort"], 1024)
        return self.send_json(200, {
            "id": "chatcmpl-standin", "object": "chat.completion",
            "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": msg, "logprobs": None,
                         "finish_reason": finish}],
            "usage": {"prompt_tokens": tin,
                      "completion_tokens": tout + reasoning,
                      "total_tokens": tin + tout + reasoning,
                      "prompt_tokens_details": {"cached_tokens": 0,
                                                "audio_tokens": 0},
                      "completion_tokens_details": {
                          "reasoning_tokens": reasoning, "audio_tokens": 0,
                          "accepted_prediction_tokens": 0,
                          "rejected_prediction_tokens": 0}}})

    def anthropic_answer(self, req, model, step, text, tool, tin, tout):
        stop, details = "tool_use", None

        def text_block(t):
            return {"type": "text", "text": t, "citations": None}

        def tool_block(name, inp, n=0):
            return {"type": "tool_use", "id": "toolu_standin%d" % n,
                    "name": name, "input": inp, "caller": {"type": "direct"}}
        if step == "malformed":
            # A tool input is always an object; a broken answer is a
            # text block where the tool call should be.
            content, stop = [text_block(text)], "end_turn"
        elif step == "refusal" or step == "stop:refusal":
            content, stop = [], "refusal"
            details = {"type": "refusal", "category": None,
                       "explanation": "This request may enable harm."}
        elif step == "stop:end_turn":
            content, stop = [text_block("Here is a summary of it.")], \
                "end_turn"
        elif step.startswith("stop:"):
            content, stop = [], step[5:]
        else:
            if step == "fenced":
                # a tool input is an object: there is no fence to wrap
                text = text.split("\n", 1)[1].rsplit("\n", 1)[0]
            content = [tool_block(tool, json.loads(text))]
            if step == "maxtokens":
                stop = "max_tokens"
            elif step == "paralleltools" and not \
                    req["tool_choice"].get("disable_parallel_tool_use"):
                content.append(tool_block(tool, json.loads(text), 1))
        usage = {"input_tokens": tin, "output_tokens": tout,
                 "cache_creation_input_tokens": 0,
                 "cache_read_input_tokens": 0, "cache_creation": None,
                 "inference_geo": None, "output_tokens_details": None,
                 "server_tool_use": None, "service_tier": "standard",
                 "speed": None}
        if step == "cacheread":
            usage["input_tokens"] = 3
            usage["cache_read_input_tokens"] = tin - 3
        return self.send_json(200, {
            "id": "msg_standin", "type": "message", "role": "assistant",
            "model": model, "content": content, "stop_reason": stop,
            "stop_sequence": None, "stop_details": details,
            "container": None, "diagnostics": None, "usage": usage})

    def gemini_answer(self, req, model, step, text, tin, tout):
        gc = req["generationConfig"]
        limit = gc.get("maxOutputTokens", 65536)
        thoughts = min(gemini_thoughts(model, gc), limit)
        finish = "STOP"
        parts = [{"text": text}]
        if step == "refusal":
            finish, parts = "SAFETY", None
        elif step == "maxtokens":
            finish, parts = "MAX_TOKENS", [{"text": text[:len(text) // 2]}]
        elif step.startswith("stop:"):
            finish, parts = step[5:], None
        elif thoughts + tout > limit:
            # Thinking took the budget the answer needed.
            room = max(0, limit - thoughts)
            finish = "MAX_TOKENS"
            parts = [{"text": text[:room * 4]}] if room else []
            tout = room
        usage = {"promptTokenCount": tin, "candidatesTokenCount": tout,
                 "totalTokenCount": tin + tout + thoughts}
        if thoughts:
            usage["thoughtsTokenCount"] = thoughts
        if step.startswith("blocked:"):
            return self.send_json(200, {
                "promptFeedback": {"blockReason": step[8:]},
                "usageMetadata": {"promptTokenCount": tin,
                                  "totalTokenCount": tin},
                "modelVersion": model, "responseId": "standin"})
        cand = {"finishReason": finish, "index": 0}
        if parts is not None:
            cand["content"] = {"parts": parts, "role": "model"}
        return self.send_json(200, {
            "candidates": [cand], "usageMetadata": usage,
            "modelVersion": model, "responseId": "standin"})

    def api_error_extra(self, path, status, message, extra):
        kind = self.api_kind(path)
        body = {"error": {"message": message, "type": "rate_limit_error",
                          "param": None, "code": "rate_limit_exceeded"}}
        if kind == "anthropic":
            body = {"type": "error", "error": {"type": "rate_limit_error",
                                               "message": message},
                    "request_id": "req_standin"}
        elif kind == "gemini":
            body = {"error": {"code": 429, "message": message,
                              "status": "RESOURCE_EXHAUSTED"}}
        return self.send_json(status, body, extra=extra)

    def handle_test(self, path, query, headers, raw):
        """Endpoints for the HTTP client's own tests."""
        state = self.server.state
        parts = path.split("/")[2:]
        what = parts[0] if parts else ""
        arg = parts[1] if len(parts) > 1 else ""
        params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
        if what == "echo":
            return self.send_json(200, {"method": self.command, "path": path,
                                        "peer": self.client_address[1],
                                        "request_line": self.requestline,
                                        "query": query, "headers": headers,
                                        "body": raw.decode("utf-8",
                                                           "replace")})
        if what == "status":
            extra = {}
            if "retry_after" in params:
                extra["Retry-After"] = params["retry_after"]
            return self.send(int(arg), "status %s" % arg, "text/plain", extra)
        if what == "flaky":
            # /_test/flaky/N?id=X&code=503: fail N times per id, then 200.
            key = "flaky:" + params.get("id", "")
            n = state.count(key)
            if n <= int(arg):
                extra = {}
                if "retry_after" in params:
                    extra["Retry-After"] = params["retry_after"]
                if params.get("date"):
                    extra["Retry-After"] = formatdate(time.time() + 2,
                                                      usegmt=True)
                return self.send(int(params.get("code", "503")), "busy",
                                 "text/plain", extra)
            return self.send(200, "ok after %d" % n, "text/plain")
        if what == "redirect":
            n = int(arg)
            if n > 0:
                self.send_response(302)
                self.send_header("Location", "/_test/redirect/%d" % (n - 1))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            return self.send(200, "landed", "text/plain; charset=utf-8")
        if what == "big":
            return self.send(200, b"x" * int(arg), "text/plain")
        if what == "slow":
            time.sleep(float(arg))
            return self.send(200, "slow", "text/plain")
        if what == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"only part")
            self.wfile.flush()
            self.close_connection = True
            return
        if what == "gzip":
            data = ("compressed " * 200).encode()
            if "gzip" in headers.get("accept-encoding", ""):
                return self.send(200, gzip.compress(data), "text/plain",
                                 {"Content-Encoding": "gzip"})
            return self.send(200, data, "text/plain")
        return self.send(404, "no such test", "text/plain")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        # Clients that give up (timeouts, cut bodies) are what the tests
        # do on purpose; their resets are not worth a traceback.
        pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port-file")
    ap.add_argument("--scenario")
    ap.add_argument("--latency", type=float, default=0.0)
    ap.add_argument("--key")
    ap.add_argument("--lifetime", type=float, default=900.0,
                    help="exit after this many seconds, whatever happens")
    args = ap.parse_args()
    # A stand-in orphaned by a crashed test must not run forever.
    killer = threading.Timer(args.lifetime, lambda: os._exit(0))
    killer.daemon = True
    killer.start()
    script = []
    if args.scenario:
        with open(args.scenario) as f:
            script = json.load(f).get("script", [])
    srv = Server(("127.0.0.1", 0), Handler)
    srv.state = State(script, args.latency, args.key)
    port = srv.server_address[1]
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d\n" % port)
        os.rename(tmp, args.port_file)
    print(port, flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
