"""test_llm_standin.py - the stand-in LLM server is only worth testing
against if it refuses what the real APIs refuse: this sends it well-formed
and malformed requests for each API (wrong path, missing key, missing
anthropic-version, no json_schema, a non-strict schema, no tool or
input_schema, no responseSchema, a Gemini schema with additionalProperties,
the key in the URL) and checks the status of each answer."""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

KEY = "sk-standin-check"
SCHEMA = {"type": "object", "additionalProperties": False,
          "required": ["a"], "properties": {"a": {"type": "string"}}}
GSCHEMA = {"type": "OBJECT", "required": ["a"],
           "properties": {"a": {"type": "STRING"}}}
DOC = ("<<<DOCUMENT\nThe Quick Brown Fox (QBF) jumped in 2021. It was a "
       "long and careful jump over the dog.\nDOCUMENT>>>")


def post(base, path, body, headers):
    data = json.dumps(body).encode() if not isinstance(body, bytes) else body
    req = urllib.request.Request(base + path, data=data, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def openai(schema=SCHEMA, strict=True, rf_type="json_schema"):
    return {"model": "m", "messages": [{"role": "user", "content": DOC}],
            "response_format": {"type": rf_type, "json_schema": {
                "name": "s", "strict": strict, "schema": schema}}}


def anthropic(tools=True, choice=True):
    b = {"model": "m", "max_tokens": 100,
         "messages": [{"role": "user", "content": DOC}]}
    if tools:
        b["tools"] = [{"name": "t", "input_schema": SCHEMA}]
    if choice:
        b["tool_choice"] = {"type": "tool", "name": "t"}
    return b


def gemini(schema=GSCHEMA, mime="application/json"):
    return {"contents": [{"role": "user", "parts": [{"text": DOC}]}],
            "generationConfig": {"responseMimeType": mime,
                                 "responseSchema": schema}}


def main():
    j = {"Content-Type": "application/json"}
    oa = dict(j, Authorization="Bearer " + KEY)
    an = dict(j, **{"x-api-key": KEY, "anthropic-version": "2023-06-01"})
    ge = dict(j, **{"x-goog-api-key": KEY})
    gpath = "/v1beta/models/gemini-x:generateContent"
    loose = dict(SCHEMA, additionalProperties=True)
    cases = [
        # (what, path, body, headers, expected status)
        ("openai ok", "/v1/chat/completions", openai(), oa, 200),
        ("openai wrong path", "/v1/completions", openai(), oa, 404),
        ("openai wrong key", "/v1/chat/completions", openai(),
         dict(j, Authorization="Bearer nope"), 401),
        ("openai no key", "/v1/chat/completions", openai(), j, 401),
        ("openai json_object", "/v1/chat/completions",
         openai(rf_type="json_object"), oa, 400),
        ("openai not strict", "/v1/chat/completions", openai(strict=False),
         oa, 400),
        ("openai open schema", "/v1/chat/completions", openai(loose), oa,
         400),
        ("openai not JSON", "/v1/chat/completions", b"{oops", oa, 400),
        ("anthropic ok", "/v1/messages", anthropic(), an, 200),
        ("anthropic no version", "/v1/messages", anthropic(),
         dict(j, **{"x-api-key": KEY}), 400),
        ("anthropic no key", "/v1/messages", anthropic(),
         dict(j, **{"anthropic-version": "2023-06-01"}), 401),
        ("anthropic no tool", "/v1/messages", anthropic(tools=False), an,
         400),
        ("anthropic no tool_choice", "/v1/messages",
         anthropic(choice=False), an, 400),
        ("gemini ok", gpath, gemini(), ge, 200),
        ("gemini no key", gpath, gemini(), j, 403),
        ("gemini key in URL", gpath + "?key=" + KEY, gemini(), ge, 400),
        ("gemini no schema", gpath, gemini(schema=None), ge, 400),
        ("gemini additionalProperties", gpath, gemini(schema=SCHEMA), ge,
         400),
        ("gemini text mime", gpath, gemini(mime="text/plain"), ge, 400),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        port_file = os.path.join(tmp, "port")
        proc = subprocess.Popen(
            [sys.executable, os.path.join(os.path.dirname(__file__),
                                          "llm_standin.py"),
             "--port-file", port_file, "--key", KEY, "--lifetime", "120"],
            stdout=subprocess.DEVNULL)
        try:
            for _ in range(500):
                if os.path.exists(port_file):
                    break
                time.sleep(0.02)
            with open(port_file) as f:
                base = "http://127.0.0.1:%d" % int(f.read())
            failed = 0
            for what, path, body, headers, want in cases:
                status, answer = post(base, path, body, headers)
                if status != want:
                    failed += 1
                    print("FAIL: %s: HTTP %d, want %d: %s" %
                          (what, status, want, json.dumps(answer)[:200]))
                elif want != 200 and "error" not in answer:
                    failed += 1
                    print("FAIL: %s: no error object" % what)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    print("%d passed, %d failed" % (len(cases) - failed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
