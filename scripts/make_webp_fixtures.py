#!/usr/bin/env python3
"""Writes the WebP test fixtures in src/test/resources/org/ganstudio/dataset/webp/ (read by ImageFileDecoderTest
and DatasetLoaderWebAndCmykTest). Java has no WebP writer, so the files are made once with libwebp's cwebp
(Debian/Ubuntu: apt-get install webp) from PNGs written here; each is a few hundred bytes.

    python3 scripts/make_webp_fixtures.py

  quadrants-lossy.webp      16x16, VP8 (lossy), quality 90: red | green over blue | white
  quadrants-lossless.webp   the same pixels, VP8L (lossless)
  half-clear-lossless.webp  16x16 VP8L with alpha: left half opaque red, right half fully transparent
  half-clear-lossy.webp     the same, extended format (VP8X + ALPH + VP8): lossy colour, lossless alpha
"""

import pathlib
import subprocess
import sys
import tempfile

import pngfile

SIZE = 16
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/org/ganstudio/dataset/webp"


def quadrants() -> bytes:
    colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)]
    px = bytearray()
    for y in range(SIZE):
        for x in range(SIZE):
            px += bytes(colours[(y // (SIZE // 2)) * 2 + x // (SIZE // 2)])
    return bytes(px)


def half_clear() -> bytes:
    px = bytearray()
    for y in range(SIZE):
        for x in range(SIZE):
            px += bytes((255, 0, 0, 255)) if x < SIZE // 2 else bytes((0, 0, 0, 0))
    return bytes(px)


def cwebp(png: pathlib.Path, out: pathlib.Path, *options: str) -> None:
    subprocess.run(["cwebp", "-quiet", "-metadata", "none", *options, str(png), "-o", str(out)], check=True)
    print(f"{out.name}: {out.stat().st_size} bytes")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        opaque = pathlib.Path(tmp) / "quadrants.png"
        pngfile.write(opaque, SIZE, SIZE, quadrants(), 3)
        clear = pathlib.Path(tmp) / "half-clear.png"
        pngfile.write(clear, SIZE, SIZE, half_clear(), 4)
        cwebp(opaque, OUT / "quadrants-lossy.webp", "-q", "90")
        cwebp(opaque, OUT / "quadrants-lossless.webp", "-lossless")
        cwebp(clear, OUT / "half-clear-lossless.webp", "-lossless")
        cwebp(clear, OUT / "half-clear-lossy.webp", "-q", "90", "-alpha_q", "100")
    return 0


if __name__ == "__main__":
    sys.exit(main())
