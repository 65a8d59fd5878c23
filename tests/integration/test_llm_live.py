"""test_llm_live.py - opt-in: one brief from a real LLM endpoint, checked
against the schema and the source.  Skipped (exit 77, ctest label "live")
unless BC_LIVE_PROVIDER names openai, anthropic or gemini and that
provider's key (or, for openai, OPENAI_BASE_URL of a local server such as
Ollama or llama.cpp) is set; BC_LIVE_MODEL picks the model."""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import run, check, validate_json, SRC  # noqa: E402

KEYS = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY",
        "gemini": "GEMINI_API_KEY"}


def main():
    p = os.environ.get("BC_LIVE_PROVIDER", "")
    if p not in KEYS or not (os.environ.get(KEYS[p]) or
                             (p == "openai" and
                              os.environ.get("OPENAI_BASE_URL"))):
        print("live LLM test skipped: set BC_LIVE_PROVIDER and its key")
        print("0 passed, 0 failed, 1 skipped")
        sys.exit(77)
    sample = os.path.join(SRC, "samples", "dense-facts.md")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "summary.json")
        args = ["--provider", p, "summarize", sample, "-o", out, "--no-cache"]
        if os.environ.get("BC_LIVE_MODEL"):
            args = ["--model", os.environ["BC_LIVE_MODEL"]] + args
        r = run(args, timeout=600)
        check(r.returncode == 0, "live %s: %s" % (p, r.stderr.decode()))
        s = validate_json(out, "summary.schema.json")
        text = json.loads(run(["extract", "--json", sample]).stdout)["text"]
        raw = text.encode()
        for kp in s["key_points"]:
            for ev in kp["evidence"]:
                check(raw[ev["start"]:ev["end"]].decode() == ev["quote"],
                      "evidence %r not at its span" % ev["quote"])
        r = run(["check", sample, out, "--json"])
        print("live %s: %d key points; check exit %d" %
              (p, len(s["key_points"]), r.returncode))
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()
