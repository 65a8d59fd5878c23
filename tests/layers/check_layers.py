"""check_layers.py - the include graph keeps the layers DESIGN.md draws.

Reads every #include "..." of src/ and include/briefcast/, follows them
(a file depends on what its includes include), and fails on an edge the
layering forbids:
  * a stage depending on a later stage (util < model < ingest < analyze <
    summarize < validate < render < pipeline < batch < cli);
  * src/render/* or src/summarize/* depending on the checker (validate.h,
    src/validate/), which they reach only through the model (report.h);
  * src/render/* including the analyzer's private headers (src/analyze/);
  * src/validate/* including an analyzer header other than its declared
    interface, analyze/analyze.h;
  * a renderer chain (src/render/audio, pdf, text, video) including another
    chain's private header, unless SHARED declares that header for it.
A planted bad tree is checked too, so the test cannot pass by reading
nothing.  Usage: check_layers.py [SOURCE_DIR]."""
import os
import re
import sys
import tempfile

ORDER = ["util", "model", "ingest", "analyze", "summarize", "validate",
         "render", "pipeline", "batch", "cli"]
# The stage each public header belongs to.
PUBLIC = {
    "buf.h": "util", "error.h": "util", "limits.h": "util",
    "output.h": "util", "progress.h": "util", "utf8.h": "util",
    "version.h": "util",
    # The data that flows: a header holding a type of the model sits in
    # the model layer even when it also declares its stage's calls
    # (doc.h: bc_ingest).
    "doc.h": "model", "summary.h": "model", "report.h": "model",
    "manifest.h": "model",
    "facts.h": "analyze", "provider.h": "summarize",
    "validate.h": "validate",
    "render.h": "render", "pdf.h": "render", "audio.h": "render",
    "podcast.h": "render", "video.h": "render", "site.h": "render",
    "pipeline.h": "pipeline", "batch.h": "batch", "briefcast.h": "cli",
}
# Edges that break the order today, each with its reason; a new one fails.
KNOWN = set()
# The renderer chains, one folder each under src/render/.
CHAINS = ("audio", "pdf", "text", "video")
# Private headers of one chain that another chain may include, each with
# the chains allowed and the reason.
SHARED = {
    # The narration script follows the slide deck's parts in its order;
    # the video tells the deck's closing "what was checked" part by the
    # title the outline gives it (a clean check has none).
    "src/render/pdf/pdf_outline.h": ("audio", "video"),
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def stage_of(rel):
    parts = rel.split("/")
    if parts[0] == "include":
        return PUBLIC.get(parts[-1])
    if parts[0] == "src" and len(parts) > 2 and parts[1] in ORDER:
        return parts[1]
    return None


def chain_of(rel):
    """The renderer chain a file of src/render/CHAIN/ belongs to, or None."""
    parts = rel.split("/")
    if len(parts) > 3 and parts[:2] == ["src", "render"] \
            and parts[2] in CHAINS:
        return parts[2]
    return None


def resolve(root, rel, name):
    """The tree path an include names, or None (a system header)."""
    for cand in (os.path.join(os.path.dirname(rel), name),
                 os.path.join("src", name), os.path.join("include", name)):
        cand = os.path.normpath(cand)
        if os.path.isfile(os.path.join(root, cand)):
            return cand
    return None


def graph(root):
    g = {}
    for top in ("src", "include"):
        for d, _, files in os.walk(os.path.join(root, top)):
            for f in files:
                if not f.endswith((".c", ".h")):
                    continue
                rel = os.path.relpath(os.path.join(d, f), root)
                with open(os.path.join(root, rel), encoding="utf-8",
                          errors="replace") as fh:
                    text = fh.read()
                g[rel] = [r for r in (resolve(root, rel, n)
                                      for n in INCLUDE.findall(text)) if r]
    return g


def reach(g, start):
    """Every file start depends on, each with the first file that led there."""
    seen, todo = {}, [(n, n) for n in g.get(start, [])]
    while todo:
        node, via = todo.pop()
        if node in seen:
            continue
        seen[node] = via
        todo.extend((n, via) for n in g.get(node, []))
    return seen


def problems(root):
    g = graph(root)
    out = []
    for rel in sorted(g):
        st = stage_of(rel)
        if st is None:
            continue
        folder = rel.split("/")[1] if rel.startswith("src/") else None
        chain = chain_of(rel)
        # direct includes: the rules about private headers
        for inc in g[rel]:
            other = chain_of(inc)
            if chain and other and other != chain \
                    and chain not in SHARED.get(inc, ()):
                out.append("%s (%s renderer) includes the %s renderer's "
                           "private %s" % (rel, chain, other, inc))
            if folder == "render" and inc.startswith("src/analyze/"):
                out.append("%s includes the analyzer's private %s" % (rel, inc))
            if folder == "validate" and inc.startswith("src/analyze/") \
                    and inc != "src/analyze/analyze.h":
                out.append("%s includes %s, not the analyzer's declared "
                           "interface analyze/analyze.h" % (rel, inc))
        # everything it depends on: the order of stages
        for dep, via in sorted(reach(g, rel).items()):
            ds = stage_of(dep)
            if folder in ("render", "summarize") and (
                    dep == "include/briefcast/validate.h"
                    or dep.startswith("src/validate/")):
                out.append("%s depends on the checker's %s (through %s)"
                           % (rel, dep, via))
            elif ds and ORDER.index(ds) > ORDER.index(st) \
                    and (rel, via) not in KNOWN:
                out.append("%s (%s) depends on %s (%s, a later stage) through %s"
                           % (rel, st, dep, ds, via))
    out.extend(umbrella_gaps(root, g))
    return out


def umbrella_gaps(root, g):
    """Public headers the umbrella briefcast.h leaves out."""
    umbrella = "include/briefcast/briefcast.h"
    folder = os.path.join(root, "include", "briefcast")
    if umbrella not in g:
        return []
    return ["%s leaves out the public header %s" % (umbrella, name)
            for name in sorted(os.listdir(folder))
            if name.endswith(".h") and name != "briefcast.h"
            and "include/briefcast/" + name not in g[umbrella]]


def planted():
    """A tree with one of each forbidden edge: each must be reported."""
    files = {
        "include/briefcast/report.h": "",
        "include/briefcast/validate.h": '#include "briefcast/report.h"\n',
        "include/briefcast/render.h": '#include "briefcast/report.h"\n',
        "include/briefcast/batch.h": "",
        "src/analyze/analyze.h": "", "src/analyze/an.h": "",
        "src/render/ok.c": '#include "briefcast/render.h"\n',
        "src/render/bad_validate.c": '#include "briefcast/validate.h"\n',
        "src/render/bad_analyze.c": '#include "analyze/analyze.h"\n',
        "src/render/pdf/pdf_doc.h": "",
        "src/render/pdf/pdf_outline.h": "",
        "src/render/pdf/ok.c": '#include "render/pdf/pdf_doc.h"\n',
        "src/render/audio/ok.c": '#include "render/pdf/pdf_outline.h"\n',
        "src/render/audio/bad_analyze.c": '#include "analyze/an.h"\n',
        "src/render/text/bad_validate.c":
            '#include "briefcast/validate.h"\n',
        "src/render/video/bad_chain.c": '#include "render/pdf/pdf_doc.h"\n',
        "src/summarize/bad.h": '#include "briefcast/validate.h"\n',
        "src/validate/ok.c": '#include "analyze/analyze.h"\n',
        "src/validate/bad.c": '#include "analyze/an.h"\n',
        "src/ingest/bad.c": '#include "briefcast/batch.h"\n',
        "include/briefcast/briefcast.h": '#include "briefcast/report.h"\n',
    }
    with tempfile.TemporaryDirectory() as root:
        for rel, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w") as f:
                f.write(text)
        return problems(root)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
        "BC_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
    bad = planted()
    want = ["src/render/bad_validate.c", "src/render/bad_analyze.c",
            "src/render/audio/bad_analyze.c", "src/render/text/bad_validate.c",
            "src/render/video/bad_chain.c",
            "src/summarize/bad.h", "src/validate/bad.c", "src/ingest/bad.c",
            "include/briefcast/briefcast.h leaves out the public header "
            "batch.h"]
    for w in want:
        if not any(p == w or p.startswith(w + " ") for p in bad):
            print("FAIL: the planted edge of %s was not reported: %r" % (w, bad))
            return 1
    if any(p.startswith(("src/render/ok.c ", "src/validate/ok.c ",
                         "src/render/pdf/ok.c ", "src/render/audio/ok.c "))
           for p in bad):
        print("FAIL: an allowed edge was reported: %r" % bad)
        return 1
    found = problems(root)
    for p in found:
        print("forbidden: " + p)
    if found:
        return 1
    print("ok: %d files, no forbidden include edge" % len(graph(root)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
