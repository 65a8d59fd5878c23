"""test_llm_providers_today.py - the LLM providers as the real APIs behave
today (issue 17), one case per point, through the binary against the
loopback stand-in (llm_standin.py):
  1 current default models; a retired model is named, with --model advice
  2 Gemini thinking set explicitly, thinking tokens in the ledger
  3 no resend of a timed-out generation unless --retries
  4 every stop reason without an answer: exit 11 naming it, one request
  5 Anthropic cached prompt tokens; one tool call asked for
  6 a wrong Gemini key (400 API_KEY_INVALID) names GEMINI_API_KEY
  7 --dry-run plans exactly the requests the run sends"""
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import run, check, Standin  # noqa: E402
from test_llm_cli import ESSAY, KEY, env_for, base_for  # noqa: E402

passed = 0


def llm(st, tmp, provider, args, key=KEY):
    e = env_for(tmp, key)
    return run(["--provider", provider, "--base-url", base_for(st, provider)]
               + args, env=e)


def ok(what):
    global passed
    passed += 1
    print("ok - " + what)


def bodies(st):
    return [json.loads(e["body"]) for e in st.log()]


def one_line(r):
    err = r.stderr.decode()
    check(len(err.strip().splitlines()) == 1, "not one line: %r" % err)
    return err


def case1_default_models(st, tmp, essay):
    want = {"openai": "gpt-6-luna", "anthropic": "claude-haiku-5-5",
            "gemini": "gemini-3.5-flash-lite"}
    for p, model in want.items():
        st.script([])
        r = llm(st, tmp, p, ["summarize", essay, "--no-cache"])
        check(r.returncode == 0, "%s default: %s" % (p, r.stderr.decode()))
        log = st.log()
        got = json.loads(log[0]["body"]).get("model") or \
            re.search(r"/models/([^/:]+):", log[0]["path"]).group(1)
        check(got == model, "%s default model %r, want %r" % (p, got, model))
    st.script([])
    r = llm(st, tmp, "anthropic", ["summarize", essay, "--no-cache",
                                   "--model", "claude-3-5-haiku-latest"])
    err = one_line(r)
    check(r.returncode == 11, "retired model: exit %d" % r.returncode)
    for words in ("no model 'claude-3-5-haiku-latest'", "--model",
                  "claude-haiku-5-5", "HTTP 404"):
        check(words in err, "retired model: %r lacks %r" % (err, words))
    check(len(st.log()) == 1, "retired model: %d requests" % len(st.log()))
    ok("1 default models are current; a retired one is named")


def case2_gemini_thinking(st, tmp, essay):
    for length, budget in (("medium", 6000), ("short", 3000)):
        for model, key, value, reserve in (
                ("gemini-3.5-flash-lite", "thinkingLevel", "MINIMAL", 2048),
                ("gemini-2.5-flash", "thinkingBudget", 0, 0)):
            st.script([])
            r = llm(st, tmp, "gemini", ["summarize", essay, "--no-cache",
                                        "--length", length, "--model", model])
            check(r.returncode == 0, "gemini %s %s: %s" %
                  (model, length, r.stderr.decode()))
            gc = bodies(st)[0]["generationConfig"]
            check(gc.get("thinkingConfig", {}).get(key) == value,
                  "%s: thinkingConfig %r" % (model, gc.get("thinkingConfig")))
            check(gc["maxOutputTokens"] == budget + reserve,
                  "%s: maxOutputTokens %r" % (model, gc["maxOutputTokens"]))
    # the ledger counts the thinking the stand-in reports (64 for MINIMAL)
    st.script([])
    r = llm(st, tmp, "gemini", ["summarize", essay, "--no-cache"])
    m = re.search(r"(\d+) output tokens \((\d+) thinking\)",
                  r.stderr.decode())
    check(m and int(m.group(2)) == 64 and int(m.group(1)) > 64,
          "ledger: %r" % r.stderr.decode())
    ok("2 Gemini thinking is set per model; thinking tokens are counted")


def case3_timeouts(st, tmp, essay):
    st.script(["slow:3", "slow:3"])
    r = llm(st, tmp, "openai", ["summarize", essay, "--no-cache",
                                "--timeout", "1"])
    err = one_line(r)
    check(r.returncode == 10 and "timed out" in err, "timeout: %d %r" %
          (r.returncode, err))
    check(len(st.log()) == 1, "a timed-out generation was resent: %d" %
          len(st.log()))
    st.script(["slow:3"])
    r = llm(st, tmp, "openai", ["summarize", essay, "--no-cache",
                                "--timeout", "1", "--retries", "1"])
    check(r.returncode == 0, "--retries 1: %s" % r.stderr.decode())
    check(len(st.log()) == 2, "--retries 1: %d requests" % len(st.log()))
    r = llm(st, tmp, "openai", ["summarize", essay, "--retries", "9"])
    check(r.returncode == 2, "--retries 9: exit %d" % r.returncode)
    ok("3 a timed-out generation is resent only with --retries")


def case4_stop_reasons(st, tmp, essay):
    cases = [("openai", "stop:content_filter", "finish_reason content_filter"),
             ("openai", "stop:tool_calls", "finish_reason tool_calls"),
             ("anthropic", "stop:model_context_window_exceeded",
              "stop_reason model_context_window_exceeded"),
             ("anthropic", "stop:pause_turn", "stop_reason pause_turn"),
             ("anthropic", "refusal", "declined"),
             ("gemini", "stop:SPII", "finishReason SPII"),
             ("gemini", "stop:OTHER", "finishReason OTHER"),
             ("gemini", "stop:LANGUAGE", "finishReason LANGUAGE"),
             ("gemini", "stop:MALFORMED_FUNCTION_CALL",
              "finishReason MALFORMED_FUNCTION_CALL"),
             ("gemini", "blocked:OTHER", "blockReason OTHER")]
    for p, step, words in cases:
        st.script([step])
        r = llm(st, tmp, p, ["summarize", essay, "--no-cache"])
        err = one_line(r)
        check(r.returncode == 11, "%s %s: exit %d: %s" %
              (p, step, r.returncode, err))
        check(words in err, "%s %s: %r lacks %r" % (p, step, err, words))
        check(len(st.log()) == 1, "%s %s: %d requests" %
              (p, step, len(st.log())))
    ok("4 every stop reason without an answer is exit 11 naming it")


def case5_anthropic(st, tmp, long_path):
    for step in ("cacheread", "paralleltools"):
        st.script([step])
        r = llm(st, tmp, "anthropic", ["summarize", long_path, "--no-cache"])
        check(r.returncode == 0, "%s: %s" % (step, r.stderr.decode()))
        check(len(st.log()) == 1, "%s: %d requests" % (step, len(st.log())))
        tc = bodies(st)[0]["tool_choice"]
        check(tc.get("disable_parallel_tool_use") is True,
              "tool_choice %r" % tc)
    ok("5 Anthropic cached tokens are prompt tokens; one tool call")


def case6_gemini_key(st, tmp, essay):
    st.script([])
    r = llm(st, tmp, "gemini", ["summarize", essay, "--no-cache"],
            key="AIza-wrong-key-77")
    err = one_line(r)
    check(r.returncode == 11, "wrong key: exit %d" % r.returncode)
    for words in ("HTTP 400", "API key not valid", "check GEMINI_API_KEY"):
        check(words in err, "wrong key: %r lacks %r" % (err, words))
    check("AIza-wrong-key-77" not in err, "the key leaked")
    ok("6 a wrong Gemini key names GEMINI_API_KEY")


def case7_plan_is_the_run(st, tmp, long_path):
    for p, extra in (("anthropic", ["--context-tokens", "12000"]),
                     ("openai", ["--context-tokens", "12000", "--model",
                                 "gpt-4.1-mini"]),
                     ("gemini", ["--context-tokens", "14000"]),
                     ("openai", ["--context-tokens", "12000"])):
        st.script([])
        r = llm(st, tmp, p, ["--json", "summarize", long_path, "--dry-run",
                             "--no-cache"] + extra)
        plan = json.loads(r.stdout.decode()) if r.returncode == 0 else None
        st.script([])
        r2 = llm(st, tmp, p, ["summarize", long_path, "--no-cache",
                              "--jobs", "4"] + extra)
        if plan is None:
            # no room: the run says the same, before sending anything
            check(r2.returncode == r.returncode == 2 and
                  r2.stderr == r.stderr and len(st.log()) == 0,
                  "%s %s: plan %r, run %r" % (p, extra, r.stderr, r2.stderr))
            continue
        check(r2.returncode == 0, "%s %s: %s" % (p, extra, r2.stderr.decode()))
        check(plan["chunks"] > 1, "one chunk")
        check(len(st.log()) == plan["requests"],
              "%s %s: planned %d requests, sent %d" %
              (p, extra, plan["requests"], len(st.log())))
    ok("7 --dry-run plans exactly the requests the run sends")


def main():
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
            case1_default_models(st, tmp, essay)
            case2_gemini_thinking(st, tmp, essay)
            case3_timeouts(st, tmp, essay)
            case4_stop_reasons(st, tmp, essay)
            case5_anthropic(st, tmp, long_path)
            case6_gemini_key(st, tmp, essay)
            case7_plan_is_the_run(st, tmp, long_path)
        finally:
            st.stop()
    print("%d passed, 0 failed" % passed)


if __name__ == "__main__":
    main()
