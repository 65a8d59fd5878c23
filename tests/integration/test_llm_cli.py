"""test_llm_cli.py - the LLM providers through the real binary against the
loopback stand-in (tests/integration/llm_standin.py), which speaks the
OpenAI, Anthropic and Gemini wire formats and rejects malformed requests:
valid briefs from each provider, the repair round fixing planted errors,
one-line errors with distinct exit codes, keys kept out of every output,
the answer cache, long documents in chunks, --prompts and --dry-run."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import run, check, fail, validate_json, SRC, Standin  # noqa: E402

KEY = "sk-integration-secret-4242"
ESSAY = """# How we built the pipeline

The Retrieval Augmented Generation Engine (RAGE) is the name of our \
pipeline. We started the project in 2023 with a team of four engineers.

The first version shipped in March 2024 after eleven months of work. It \
answered 1.5 million questions in its first quarter.

Latency was the hardest problem we faced. We cut the median answer time \
from 900 ms to 240 ms by caching embeddings.
"""


def base_for(st, provider):
    return st.base + ("/v1" if provider == "openai" else "")


def env_for(tmp, key=KEY):
    return {"OPENAI_API_KEY": key, "ANTHROPIC_API_KEY": key,
            "GEMINI_API_KEY": key, "OPENAI_BASE_URL": "",
            "ANTHROPIC_BASE_URL": "", "GEMINI_BASE_URL": "",
            "no_proxy": "127.0.0.1,localhost",
            "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
            "XDG_CONFIG_HOME": os.path.join(tmp, "config")}


def llm(st, tmp, provider, args, key=KEY, env=None, base=True):
    e = env_for(tmp, key)
    if env:
        e.update(env)
    b = ["--base-url", base_for(st, provider)] if base else []
    return run(["--provider", provider] + b + args, env=e)


def text_of(tmp, path):
    r = run(["extract", path])
    check(r.returncode == 0, "extract failed: %s" % r.stderr.decode())
    return r.stdout.decode()


def check_grounded(summary, text):
    """Every evidence span holds its quote in the source text."""
    raw = text.encode()
    n = 0
    for kp in summary["key_points"]:
        for ev in kp["evidence"]:
            got = raw[ev["start"]:ev["end"]].decode()
            check(got == ev["quote"], "evidence span %r holds %r" %
                  (ev["quote"], got))
            n += 1
    check(n > 0, "no evidence at all")


def test_each_provider(st, tmp, essay):
    text = None
    for p in ("openai", "anthropic", "gemini"):
        st.script([])
        out = os.path.join(tmp, "run-" + p)
        r = llm(st, tmp, p, ["run", essay, "-o", out, "--no-audio",
                             "--no-pdf", "--no-slides", "--no-cache"])
        check(r.returncode == 0, "%s run: %s" % (p, r.stderr.decode()))
        s = validate_json(os.path.join(out, "summary.json"),
                          "summary.schema.json")
        validate_json(os.path.join(out, "report.json"), "report.schema.json")
        check(s["provider"].startswith(p + ":"), "provider %r" % s["provider"])
        if text is None:
            r2 = run(["extract", "--json", essay])
            text = json.loads(r2.stdout.decode())["text"]
        check_grounded(s, text)
        defs = {g["term"]: g["definition"] for g in s["glossary"]}
        check(defs.get("RAGE") == "Retrieval Augmented Generation Engine",
              "%s glossary: %r" % (p, defs))
        log = st.log()
        check(len(log) == 1, "%s: %d requests" % (p, len(log)))
        body = json.loads(log[0]["body"])
        check("RAGE = Retrieval Augmented Generation Engine" in
              json.dumps(body), "%s: fact sheet not in the prompt" % p)


def test_repair_round_fixes_planted_errors(st, tmp, essay):
    for p in ("openai", "anthropic", "gemini"):
        st.script(["planted"])
        out = os.path.join(tmp, "planted-" + p)
        r = llm(st, tmp, p, ["run", essay, "-o", out, "--no-audio",
                             "--no-pdf", "--no-slides", "--no-cache"])
        check(r.returncode == 0, "%s planted: %s" % (p, r.stderr.decode()))
        s = validate_json(os.path.join(out, "summary.json"),
                          "summary.schema.json")
        dump = json.dumps(s)
        check("Really" not in dump, "%s: the wrong expansion survived" % p)
        tl = [t for t in s["timeline"] if "project" in t["event"]]
        check(tl and tl[0]["iso"] == "2023", "%s: timeline %r" % (p, tl))
        log = st.log()
        check(len(log) == 2, "%s: %d requests (want summary + repair)" %
              (p, len(log)))
        check("<<<FINDINGS" in log[1]["body"], "%s: no findings sent" % p)


def test_errors_are_one_line_with_exit_codes(st, tmp, essay):
    cases = [
        # (provider, script, extra args, key, exit code, words in stderr);
        # openai's key is optional for a local server, so that case keeps
        # the default endpoint (nothing is sent: the key is checked first)
        ("openai", [], [], "", 2,
         "OPENAI_API_KEY is not set (needed by --provider openai)"),
        ("anthropic", [], [], "", 2, "ANTHROPIC_API_KEY is not set"),
        ("gemini", [], [], "", 2, "GEMINI_API_KEY is not set"),
        ("openai", [], [], "sk-wrong-9999", 11, "refused the request (HTTP 401)"),
        ("anthropic", [], ["--model", "no-such-model"], KEY, 11,
         "anthropic has no model 'no-such-model'"),
        ("gemini", ["429:0"] * 6, [], KEY, 11, "quota exhausted"),
        ("anthropic", ["slow:3"] * 6, ["--timeout", "1"], KEY, 10,
         "timed out (1000 ms, 1 attempt)"),
        ("openai", ["malformed", "malformed"], [], KEY, 9,
         "does not fit the summary schema"),
        ("gemini", ["refusal"], [], KEY, 11,
         "gave no answer: finishReason SAFETY"),
    ]
    for p, steps, extra, key, code, words in cases:
        st.script(steps)
        r = llm(st, tmp, p, ["summarize", essay, "--no-cache"] + extra, key=key,
                base=bool(key) or p != "openai")
        err = r.stderr.decode()
        if not key:
            check(len(st.log()) == 0, "a request without a key")
        check(r.returncode == code, "%s %s: exit %d, want %d: %s" %
              (p, steps[:1], r.returncode, code, err))
        check(words in err, "%s %s: %r lacks %r" % (p, steps[:1], err, words))
        check(len(err.strip().splitlines()) == 1, "not one line: %r" % err)
        if key:
            check(key not in err and key not in r.stdout.decode(),
                  "the key leaked: %r" % err)


def test_cache(st, tmp, essay):
    cache_env = {"XDG_CACHE_HOME": os.path.join(tmp, "cache2")}
    runs = [([], 1), ([], 0), (["--refresh"], 1), (["--no-cache"], 1),
            (["--model", "gpt-4.1-mini"], 1)]
    for extra, want in runs:
        st.script([])
        r = llm(st, tmp, "openai", ["summarize", essay] + extra, env=cache_env)
        check(r.returncode == 0, "cache %s: %s" % (extra, r.stderr.decode()))
        check(len(st.log()) == want, "cache %s: %d requests, want %d" %
              (extra, len(st.log()), want))
    # the cache holds answers only, never the key
    for root, _, files in os.walk(os.path.join(tmp, "cache2")):
        for name in files:
            with open(os.path.join(root, name), "rb") as f:
                check(KEY.encode() not in f.read(), "key in the cache")


def test_long_document_and_dry_run(st, tmp):
    path = os.path.join(tmp, "long.md")
    with open(path, "w") as f:
        f.write("# A long essay\n\n")
        for i in range(400):
            f.write("Paragraph %d tells a story about the workshop in town. "
                    "The carpenters built %d chairs for the school. Everyone "
                    "agreed the work was careful.\n\n" % (i + 1, i + 3))
    st.script([])
    r = llm(st, tmp, "anthropic", ["summarize", path, "--dry-run",
                                   "--context-tokens", "12000"])
    check(r.returncode == 0, "dry run: %s" % r.stderr.decode())
    plan = r.stdout.decode() + r.stderr.decode()
    check("chunks" in plan, "no plan printed: %r" % plan)
    check(len(st.log()) == 0, "dry run sent %d requests" % len(st.log()))
    st.script([])
    out = os.path.join(tmp, "long.json")
    r = llm(st, tmp, "anthropic", ["summarize", path, "-o", out,
                                   "--no-cache", "--context-tokens", "12000",
                                   "--jobs", "4"])
    check(r.returncode == 0, "long: %s" % r.stderr.decode())
    n = len(st.log())
    check(n >= 3, "a long document in %d requests" % n)
    s = validate_json(out, "summary.schema.json")
    r2 = run(["extract", "--json", path])
    check_grounded(s, json.loads(r2.stdout.decode())["text"])


def test_prompts_override(st, tmp, essay):
    d = os.path.join(tmp, "prompts")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "system.txt"), "w") as f:
        f.write("You are the house style checker of the Gazette.")
    st.script([])
    r = llm(st, tmp, "anthropic", ["summarize", essay, "--no-cache",
                                   "--prompts", d, "--audience",
                                   "nurses on night shift"])
    check(r.returncode == 0, "prompts: %s" % r.stderr.decode())
    body = json.loads(st.log()[0]["body"])
    check(body["system"].startswith("You are the house style checker"),
          "system prompt not overridden")
    check("nurses on night shift" in body["messages"][0]["content"],
          "audience not in the prompt")
    with open(os.path.join(d, "summarize.txt"), "w") as f:
        f.write("Summarize {{txet}}")
    r = llm(st, tmp, "anthropic", ["summarize", essay, "--no-cache",
                                   "--prompts", d])
    check(r.returncode == 2 and "unknown placeholder {{txet}}" in
          r.stderr.decode(), "bad template: %d %r" %
          (r.returncode, r.stderr.decode()))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        essay = os.path.join(tmp, "essay.md")
        with open(essay, "w") as f:
            f.write(ESSAY)
        st = Standin(tmp, KEY)
        try:
            tests = [
                lambda: test_each_provider(st, tmp, essay),
                lambda: test_repair_round_fixes_planted_errors(st, tmp, essay),
                lambda: test_errors_are_one_line_with_exit_codes(st, tmp,
                                                                 essay),
                lambda: test_cache(st, tmp, essay),
                lambda: test_long_document_and_dry_run(st, tmp),
                lambda: test_prompts_override(st, tmp, essay),
            ]
            for t in tests:
                t()
        finally:
            st.stop()
    # check() exits on the first failure, so reaching here means all ran.
    print("%d passed, 0 failed" % len(tests))


if __name__ == "__main__":
    main()
