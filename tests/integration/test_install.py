"""test_install.py - briefcast as people install and embed it.

`cmake --install` puts the tool, libbriefcast.so (with its soname) and .a,
the headers, briefcast.pc, man pages and bash completion into a fresh
prefix; the installed tool runs the offline pipeline on a sample; a small C
program (tests/embed/check_claim.c) builds with `pkg-config --cflags --libs
briefcast` against that prefix, links the shared library and catches a
wrong year; the shared library exports exactly the functions the public
headers declare.  Then `cpack -G DEB` builds the .deb, whose dependencies
are Debian packages, and the package unpacked into an empty folder runs
the same sample."""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bclib import check, sanitized, SRC  # noqa: E402

BUILD = os.environ.get("BC_BUILD_DIR", os.path.join(SRC, "build"))
SAMPLE = os.path.join(SRC, "samples", "short-note.md")
SOURCE = ("In March 2024 the team moved to a weekly release train. The "
          "Change Failure Rate (CFR) fell from 18% to 7% in six months.")
WRONG = "In March 2023 the team moved to a weekly release train."


def sh(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def declared_functions():
    """Every bc_ function the public headers declare."""
    names = set()
    for h in glob.glob(os.path.join(SRC, "include", "briefcast", "*.h")):
        with open(h, encoding="utf-8") as f:
            text = re.sub(r"/\*.*?\*/", " ", f.read(), flags=re.S)
        text = re.sub(r"#define[^\n]*(\\\n[^\n]*)*", " ", text)
        names.update(re.findall(r"\b(bc_[a-z][a-z0-9_]*)\s*\((?!\s*\*)", text))
    return names


def run_sample(binary, env, out):
    r = sh([binary, "run", SAMPLE, "-o", out, "--no-mp3"], env=env)
    check(r.returncode == 0, "installed briefcast run failed (%d): %s"
          % (r.returncode, r.stderr))
    for name in ("summary.json", "report.json", "brief.pdf", "slides.pdf",
                 "narration.wav"):
        check(os.path.getsize(os.path.join(out, name)) > 0,
              "installed run wrote no %s" % name)


def main():
    if not shutil.which("pkg-config") or not shutil.which("cc"):
        print("skip: needs pkg-config and cc")
        sys.exit(77)
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "prefix")
        r = sh(["cmake", "--install", BUILD, "--prefix", prefix])
        check(r.returncode == 0, "cmake --install failed: " + r.stderr)
        libs = glob.glob(os.path.join(prefix, "lib*", "**", "libbriefcast.so.*"),
                         recursive=True)
        check(libs, "no libbriefcast.so.N installed")
        libdir = os.path.dirname(libs[0])
        so = sh(["objdump", "-p", libs[0]]).stdout
        check(re.search(r"SONAME\s+libbriefcast\.so\.\d+\b", so),
              "libbriefcast.so has no soname")
        for rel in ("include/briefcast/briefcast.h", "bin/briefcast",
                    "share/man/man1/briefcast.1",
                    "share/man/man1/briefcast-run.1",
                    "share/bash-completion/completions/briefcast",
                    "share/briefcast/prompts/summarize.txt"):
            check(os.path.exists(os.path.join(prefix, rel)),
                  "the install has no " + rel)
        check(os.path.exists(os.path.join(libdir, "libbriefcast.a")),
              "no static library installed")

        # Only the public API is visible.
        dyn = sh(["nm", "-D", "--defined-only", libs[0]]).stdout.split("\n")
        exported = {l.split()[-1] for l in dyn if l.strip()}
        declared = declared_functions()
        extra = sorted(exported - declared)
        missing = sorted(declared - exported)
        check(not extra, "exported but not public: " + " ".join(extra[:20]))
        check(not missing, "declared but not exported: " +
              " ".join(missing[:20]))

        # The installed tool, found through its own prefix (no build tree).
        env = dict(os.environ)
        env.pop("BRIEFCAST", None)
        run_sample(os.path.join(prefix, "bin", "briefcast"), env,
                   os.path.join(tmp, "out-install"))

        # An embedding program through pkg-config.
        env["PKG_CONFIG_PATH"] = os.path.join(libdir, "pkgconfig")
        flags = sh(["pkg-config", "--cflags", "--libs", "briefcast"], env=env)
        check(flags.returncode == 0, "pkg-config briefcast: " + flags.stderr)
        check(prefix in flags.stdout, "briefcast.pc does not point into the "
              "prefix it was installed in: " + flags.stdout)
        prog = os.path.join(tmp, "check_claim")
        # A library built with sanitizers needs them in the program too.
        san = (["-fsanitize=address,undefined"]
               if sanitized(os.path.join(prefix, "bin", "briefcast")) else [])
        r = sh(["cc", "-std=c11", "-Wall", "-Werror", "-o", prog] + san + [
                os.path.join(SRC, "tests", "embed", "check_claim.c")] +
               flags.stdout.split(), env=env)
        check(r.returncode == 0, "embedding program does not build: " +
              r.stderr)
        env["LD_LIBRARY_PATH"] = libdir
        r = sh([prog, SOURCE, WRONG], env=env)
        check(r.returncode == 0, "check_claim failed: " + r.stderr)
        check("verdict fail" in r.stdout and "error March 2023" in r.stdout,
              "the embedded checker missed the wrong year: " + r.stdout)
        r = sh([prog, SOURCE, "In March 2024 the team moved to a weekly "
                "release train."], env=env)
        check("verdict pass" in r.stdout, "the embedded checker failed a "
              "faithful claim: " + r.stdout)

        # The Debian package.
        if not shutil.which("cpack") or not shutil.which("dpkg-deb"):
            print("ok (no cpack/dpkg-deb: package not built)")
            return
        pkgdir = os.path.join(tmp, "pkg")
        r = sh(["cpack", "-G", "DEB", "-B", pkgdir,
                "--config", os.path.join(BUILD, "CPackConfig.cmake")])
        check(r.returncode == 0, "cpack -G DEB failed: " + r.stdout[-2000:] +
              r.stderr[-2000:])
        debs = glob.glob(os.path.join(pkgdir, "*.deb"))
        check(len(debs) == 1, "cpack made no .deb")
        depends = sh(["dpkg-deb", "-f", debs[0], "Depends"]).stdout
        for pkg in ("libcurl4", "libcjson1", "libflite1", "libhpdf",
                    "libxml2", "fonts-dejavu-core", "fonts-droid-fallback", "hyphen-en-us"):
            check(pkg in depends, "the .deb does not depend on %s: %s"
                  % (pkg, depends))
        root = os.path.join(tmp, "root")
        r = sh(["dpkg-deb", "-x", debs[0], root])
        check(r.returncode == 0, "dpkg-deb -x failed: " + r.stderr)
        env = dict(os.environ)
        env.pop("BRIEFCAST", None)
        run_sample(os.path.join(root, "usr", "bin", "briefcast"), env,
                   os.path.join(tmp, "out-deb"))
    print("ok")


if __name__ == "__main__":
    main()
