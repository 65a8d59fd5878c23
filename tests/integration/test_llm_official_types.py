"""test_llm_official_types.py - the official SDKs' types as the oracle of
the wire: every request briefcast sends (map, merge, repair and schema
retry, for all three providers and each thinking setting) and every answer
the stand-in scripts (each step, each stop reason, each error) is written
as a typed TypeScript constant and checked with tsc --strict against the
published types of openai, @anthropic-ai/sdk and @google/genai
(tests/types/oracle.ts, versions pinned in tests/types/package.json).  So
neither briefcast's requests nor the stand-in's answers can drift from the
real wire.  Planted mistakes (no max_tokens for Anthropic, an
additionalProperties in a Gemini schema, an unknown OpenAI field, a stand-in
answer missing a required field) must each fail the check.

The SDKs come from the npm registry once, into the build tree
(tests/types/install.sh, a ctest fixture and a step of .ci/test); this test
runs offline and fails, never skips, when they are missing."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from bclib import run, check, fail, Standin, SRC  # noqa: E402
from test_llm_cli import ESSAY, KEY, env_for, base_for  # noqa: E402

TYPES = os.path.join(os.environ.get("BC_BUILD_DIR", "build"), "types")
TYPE_OF = {"openai": ("OpenAIRequest", "OpenAIResponse", "OpenAIError"),
           "anthropic": ("AnthropicRequest", "AnthropicResponse",
                         "AnthropicError"),
           "gemini": ("GeminiRequest", "GeminiResponse", None)}
STEPS = {
    "all": ["valid", "malformed", "schema", "planted", "badquote", "fenced",
            "refusal", "maxtokens", "shortctx", "429:0", "500", "400", "401",
            "403"],
    "openai": ["stop:content_filter", "stop:tool_calls",
               "stop:function_call"],
    "anthropic": ["stop:end_turn", "stop:pause_turn", "stop:refusal",
                  "stop:model_context_window_exceeded", "paralleltools",
                  "cacheread"],
    "gemini": ["stop:%s" % r for r in (
        "SAFETY", "RECITATION", "LANGUAGE", "OTHER", "BLOCKLIST",
        "PROHIBITED_CONTENT", "SPII", "MALFORMED_FUNCTION_CALL",
        "IMAGE_SAFETY", "UNEXPECTED_TOOL_CALL", "TOO_MANY_TOOL_CALLS",
        "FINISH_REASON_UNSPECIFIED", "MALFORMED_RESPONSE")] +
    ["blocked:SAFETY", "blocked:OTHER", "blocked:PROHIBITED_CONTENT"],
}


def kind_of(path):
    if path.endswith("/chat/completions"):
        return "openai"
    if path.endswith("/v1/messages"):
        return "anthropic"
    return "gemini"


def drive(st, tmp, essay, long_path):
    """Run the binary through every kind of request; return the log."""
    entries = []
    runs = []
    for p in ("openai", "anthropic", "gemini"):
        runs += [(p, ["run", essay, "-o", os.path.join(tmp, "o-" + p),
                      "--no-audio", "--no-pdf", "--no-slides"], ["planted"]),
                 (p, ["summarize", essay], ["schema"])]
    runs += [("openai", ["summarize", essay, "--model", "gpt-4.1-mini"], []),
             ("anthropic", ["summarize", essay, "--model",
                            "claude-sonnet-5-5"], []),
             ("gemini", ["summarize", essay, "--model", "gemini-2.5-pro"], []),
             ("gemini", ["summarize", essay, "--model", "gemini-3.8-flash",
                         "--length", "long"], []),
             ("gemini", ["summarize", essay, "--model", "gemini-2.5-flash"],
              []),
             ("anthropic", ["summarize", long_path, "--context-tokens",
                            "12000"], []),
             ("openai", ["summarize", long_path, "--context-tokens",
                         "16000"], []),
             ("gemini", ["summarize", long_path, "--context-tokens",
                         "14000"], [])]
    for p, args, steps in runs:
        st.script(steps)
        r = run(["--provider", p, "--base-url", base_for(st, p)] + args +
                ["--no-cache"], env=env_for(tmp))
        check(r.returncode == 0, "%s %s: %s" % (p, args[0],
                                                r.stderr.decode()))
        entries += st.log()
    return entries


def scripted_answers(st, entries):
    """Every scripted step's answer, for a request each provider sent."""
    first = {}
    for e in entries:
        first.setdefault(kind_of(e["path"]), e)
    out = []
    for p, e in sorted(first.items()):
        for step in STEPS["all"] + STEPS[p]:
            st.script([step])
            req = urllib.request.Request(
                st.base + e["path"] + ("?" + e["query"] if e["query"] else ""),
                data=e["body"].encode(),
                headers={k: v for k, v in e["headers"].items()
                         if k in ("content-type", "authorization",
                                  "x-api-key", "anthropic-version",
                                  "x-goog-api-key")})
            if step == "401":
                req.headers.pop("Authorization", None)
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    status, body = r.status, r.read().decode()
            except urllib.error.HTTPError as err:
                status, body = err.code, err.read().decode()
            out.append((p, step, status, body))
    # a retired model's 404, in each API's words
    for e in first.values():
        body = json.loads(e["body"])
        path = e["path"]
        if "model" in body:
            body["model"] = "no-such-model"
        else:
            path = re.sub(r"/models/[^/:]+:", "/models/no-such-model:", path)
        st.script([])
        req = urllib.request.Request(st.base + path,
                                     data=json.dumps(body).encode(),
                                     headers=dict(e["headers"]))
        try:
            urllib.request.urlopen(req, timeout=30)
            fail("no-such-model was answered")
        except urllib.error.HTTPError as err:
            out.append((kind_of(path), "404", err.code, err.read().decode()))
    return out


def ts_const(name, type_name, value):
    return "export const %s: O.%s = %s;\n" % (name, type_name,
                                              json.dumps(value, indent=1))


def write_checks(d, requests, answers):
    """clean.ts with everything; one file per planted mistake.  Returns the
    planted files and the words their error must hold."""
    head = "import type * as O from '../oracle.js';\n"
    clean = [head]
    n = 0
    for p, body in requests:
        clean.append(ts_const("req%d" % n, TYPE_OF[p][0], body))
        n += 1
    for p, step, status, body in answers:
        t = TYPE_OF[p][1] if status == 200 else TYPE_OF[p][2]
        if t is None:
            continue  # @google/genai publishes no type for an error body
        clean.append("// %s %s: HTTP %d\n" % (p, step, status))
        clean.append(ts_const("ans%d" % n, t, json.loads(body)))
        n += 1
    with open(os.path.join(d, "clean.ts"), "w") as f:
        f.write("".join(clean))

    def first(p):
        return json.loads(json.dumps(next(b for k, b in requests if k == p)))
    planted = {}
    a = first("anthropic")
    del a["max_tokens"]
    planted["planted_anthropic_no_max_tokens.ts"] = (
        ts_const("bad", "AnthropicRequest", a), "max_tokens")
    g = first("gemini")
    g["generationConfig"]["responseSchema"]["additionalProperties"] = False
    planted["planted_gemini_additional_properties.ts"] = (
        ts_const("bad", "GeminiRequest", g), "additionalProperties")
    o = first("openai")
    o["max_output_tokens"] = 6000  # the Responses API's name, not Chat's
    planted["planted_openai_unknown_field.ts"] = (
        ts_const("bad", "OpenAIRequest", o), "max_output_tokens")
    g = first("gemini")
    g["generationConfig"]["thinkingConfig"] = {"thinkingLevel": "SOME"}
    planted["planted_gemini_thinking_level.ts"] = (
        ts_const("bad", "GeminiRequest", g), "\"SOME\"")
    ans = next(json.loads(b) for p, s, st, b in answers
               if p == "openai" and s == "valid")
    del ans["choices"][0]["logprobs"]
    planted["planted_standin_openai_no_logprobs.ts"] = (
        ts_const("bad", "OpenAIResponse", ans), "logprobs")
    ans = next(json.loads(b) for p, s, st, b in answers
               if p == "anthropic" and s == "valid")
    ans["stop_reason"] = "done"
    planted["planted_standin_anthropic_stop_reason.ts"] = (
        ts_const("bad", "AnthropicResponse", ans), "StopReason")
    ans = next(json.loads(b) for p, s, st, b in answers
               if p == "gemini" and s == "valid")
    ans["candidates"][0]["finishReason"] = "FINISHED"
    planted["planted_standin_gemini_finish_reason.ts"] = (
        ts_const("bad", "GeminiResponse", ans), "FINISHED")
    for name, (text, _) in planted.items():
        with open(os.path.join(d, name), "w") as f:
            f.write(head + text)
    with open(os.path.join(d, "tsconfig.json"), "w") as f:
        json.dump({"compilerOptions": {
            "strict": True, "noEmit": True, "target": "es2022",
            "module": "nodenext", "moduleResolution": "nodenext",
            "skipLibCheck": True, "types": []},
            "files": ["clean.ts"] + sorted(planted)}, f)
    return {k: v[1] for k, v in planted.items()}


def main():
    tsc = os.path.join(TYPES, "node_modules", ".bin", "tsc")
    if not os.access(tsc, os.X_OK):
        fail("the official SDK types are not installed in %s: run "
             "tests/types/install.sh %s (needs the npm registry once)" %
             (TYPES, TYPES))
    shutil.copy(os.path.join(SRC, "tests", "types", "oracle.ts"),
                os.path.join(TYPES, "oracle.ts"))
    with tempfile.TemporaryDirectory() as tmp:
        essay = os.path.join(tmp, "essay.md")
        with open(essay, "w") as f:
            f.write(ESSAY)
        long_path = os.path.join(tmp, "long.md")
        with open(long_path, "w") as f:
            f.write("# A long essay\n\n")
            for i in range(400):
                f.write("Paragraph %d tells a story about the workshop in "
                        "town. The carpenters built %d chairs for the "
                        "school. Everyone agreed the work was careful.\n\n"
                        % (i + 1, i + 3))
        st = Standin(tmp, KEY)
        try:
            entries = drive(st, tmp, essay, long_path)
            answers = scripted_answers(st, entries)
        finally:
            st.stop()
    requests = [(kind_of(e["path"]), json.loads(e["body"])) for e in entries]
    kinds = {}
    for p, b in requests:
        kinds[p] = kinds.get(p, 0) + 1
    check(all(kinds.get(p, 0) >= 6 for p in TYPE_OF),
          "too few requests recorded: %r" % kinds)
    d = tempfile.mkdtemp(prefix="check-", dir=TYPES)
    try:
        planted = write_checks(d, requests, answers)
        r = subprocess.run([tsc, "-p", d], capture_output=True, text=True,
                           timeout=300)
        out = r.stdout + r.stderr
        errors = {}
        for m in re.finditer(r"^(\S+?\.ts)\(\d+,\d+\): error (TS\d+: .*)$",
                             out, re.M):
            errors.setdefault(os.path.basename(m.group(1)), []).append(
                m.group(2))
        clean_errors = errors.get("clean.ts", [])
        if clean_errors:
            fail("%d requests and %d answers checked; the official types "
                 "reject %d:\n%s" % (len(requests), len(answers),
                                     len(clean_errors),
                                     "\n".join(clean_errors[:20])))
        check(r.returncode != 0, "tsc passed the planted mistakes")
        for name, word in planted.items():
            got = errors.get(name, [])
            check(got, "%s: the planted mistake passed tsc" % name)
            check(any(word in e for e in got), "%s: errors %r do not name %r"
                  % (name, got, word))
    finally:
        shutil.rmtree(d, ignore_errors=True)
    print("official types: %d requests (%s) and %d scripted answers match; "
          "%d planted mistakes caught" %
          (len(requests), ", ".join("%s %d" % kv for kv in
                                    sorted(kinds.items())),
           len(answers), len(planted)))
    print("%d passed, 0 failed" % (1 + len(planted)))


if __name__ == "__main__":
    main()
