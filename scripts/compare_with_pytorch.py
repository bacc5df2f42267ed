#!/usr/bin/env python3
"""Runs GAN Studio's `bench` and the PyTorch peer (shared/bench/torch_peer.py) back to back, in
alternating rounds so both see the same machine load, and prints medians and ratios.

Usage: scripts/compare_with_pytorch.py [--rounds 3] [--steps 30] [--batch 64] [--orders sequential,simultaneous]
Needs: `mvn -DskipTests package` done; PyTorch for the peer (Debian: python3-torch, libopenblas0-pthread;
the peer runs with /usr/bin/python3). A ratio below 1 means GAN Studio is faster / smaller.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIGURES = ("step_ms_median", "images_per_s", "gen_infer_ms_batch1", "gen_infer_ms_batch64")


def run(cmd):
    """Runs a command and returns its `name: value` lines as floats, plus its peak RSS in MB."""
    wrapped = ["/usr/bin/time", "-f", "__maxrss_kb__ %M"] + cmd if os.path.exists("/usr/bin/time") else cmd
    p = subprocess.run(wrapped, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr[-2000:]))
    out = {}
    for line in (p.stdout + "\n" + p.stderr).splitlines():
        m = re.match(r"^(\w+): ([-0-9.]+)\s*$", line.strip())
        if m:
            out[m.group(1)] = float(m.group(2))
        m = re.match(r"^__maxrss_kb__ (\d+)", line.strip())
        if m:
            out["rss_mb_peak_process"] = int(m.group(1)) / 1024
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--orders", default="sequential,simultaneous")
    ap.add_argument("--peer", default=os.path.join(ROOT, "..", "shared", "bench", "torch_peer.py"))
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "gan-studio.jar"))
    a = ap.parse_args()
    if not os.path.exists(a.peer):
        sys.exit("no PyTorch peer at %s (pass --peer)" % a.peer)
    if not os.path.exists(a.jar):
        sys.exit("no %s: run `mvn -DskipTests package` first" % a.jar)
    common = ["--batch", str(a.batch), "--steps", str(a.steps), "--warmup", str(a.warmup)]
    figures = FIGURES + ("rss_mb_peak_process",)
    print("figure                 order          gan-studio   pytorch    ratio (gan-studio / pytorch)")
    for order in a.orders.split(","):
        ours, theirs = {f: [] for f in figures}, {f: [] for f in figures}
        for _ in range(a.rounds):
            o = run(["java", "-jar", a.jar, "bench", "--order", order] + common)
            t = run(["/usr/bin/python3", a.peer, "--order", order] + common)
            for f in figures:
                if f in o:
                    ours[f].append(o[f])
                if f in t:
                    theirs[f].append(t[f])
        for f in figures:
            if ours[f] and theirs[f]:
                mo, mt = statistics.median(ours[f]), statistics.median(theirs[f])
                print("%-22s %-14s %10.1f %10.1f    %.2f" % (f, order, mo, mt, mo / mt))
    print("(medians of %d alternating rounds, %d timed steps each, batch %d)" % (a.rounds, a.steps, a.batch))


if __name__ == "__main__":
    main()
