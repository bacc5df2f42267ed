#!/usr/bin/env python3
"""Draws the GAN Studio app icon and writes it in the formats the installers want:

    assets/icons/gan-studio.png   256x256 RGBA (Linux: jpackage --icon, the menu entry)
    assets/icons/gan-studio-128.png  128x128 RGBA (Linux: experiment files, installed as a 128 px icon)
    assets/icons/gan-studio.ico   16-256 px PNG-compressed entries (Windows)
    assets/icons/gan-studio.icns  16-1024 px PNG entries (macOS)

The picture is a sample grid like the one the app shows while training: a dark rounded square holding
four tiles, latent noise in the first and the three shapes of the shipped `shapes` dataset in the others.
Each size is rendered directly (signed distances with one pixel of anti-aliasing) so small icons stay
sharp. Deterministic, standard library only.

    python3 scripts/make_icon.py [--out assets/icons]
"""

import argparse
import math
import pathlib
import random
import struct
import sys

import pngfile

# Colours of the shipped shapes dataset (scripts/make_shapes.py), so the icon looks like the app's output.
BACKGROUND_TOP = (44, 48, 68)
BACKGROUND_BOTTOM = (22, 24, 33)
TILE = (33, 36, 50)
RED = (230, 75, 60)
YELLOW = (245, 200, 50)
BLUE = (70, 130, 235)

NOISE_CELLS = 5
_rng = random.Random(20240611)
NOISE = [[tuple(int(60 + 170 * _rng.random() ** 1.5) for _ in range(3)) for _ in range(NOISE_CELLS)]
         for _ in range(NOISE_CELLS)]

# Layout in unit coordinates (0..1 across the icon).
MARGIN = 0.06
CORNER = 0.19
GRID_LO, GRID_HI, GAP = 0.17, 0.83, 0.06
TILE_SIZE = (GRID_HI - GRID_LO - GAP) / 2
TILE_CORNER = 0.035


def rounded_box(px, py, x0, y0, x1, y1, r):
    """Signed distance to a rounded rectangle (negative inside)."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - r, (y1 - y0) / 2 - r
    qx, qy = abs(px - cx) - hx, abs(py - cy) - hy
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - r


def triangle(px, py, cx, cy, r):
    """Signed distance to an upright equilateral triangle with circumradius r (negative inside)."""
    # The maximum over the three edge half-planes is exact inside and a close bound outside.
    d = -math.inf
    for k in range(3):
        angle = math.pi / 2 + k * 2 * math.pi / 3  # outward normal of edge k (y grows downwards)
        nx, ny = math.cos(angle), math.sin(angle)
        d = max(d, (px - cx) * nx + (py - cy) * ny - r / 2)
    return d


def coverage(distance, pixel):
    return min(1.0, max(0.0, 0.5 - distance / pixel))


def over(base, colour, alpha):
    return tuple(b + (c - b) * alpha for b, c in zip(base, colour))


def tile_origin(column, row):
    return GRID_LO + column * (TILE_SIZE + GAP), GRID_LO + row * (TILE_SIZE + GAP)


def shade(u, v, pixel):
    """Colour and alpha of the icon at unit point (u, v)."""
    alpha = coverage(rounded_box(u, v, MARGIN, MARGIN, 1 - MARGIN, 1 - MARGIN, CORNER), pixel)
    if alpha == 0.0:
        return (0, 0, 0), 0.0
    t = (v - MARGIN) / (1 - 2 * MARGIN)
    colour = over(BACKGROUND_TOP, BACKGROUND_BOTTOM, min(1.0, max(0.0, t)))
    for row in range(2):
        for column in range(2):
            x0, y0 = tile_origin(column, row)
            x1, y1 = x0 + TILE_SIZE, y0 + TILE_SIZE
            inside = coverage(rounded_box(u, v, x0, y0, x1, y1, TILE_CORNER), pixel)
            if inside == 0.0:
                continue
            cx, cy, r = (x0 + x1) / 2, (y0 + y1) / 2, TILE_SIZE * 0.34
            if (row, column) == (0, 0):
                i = min(NOISE_CELLS - 1, int((u - x0) / TILE_SIZE * NOISE_CELLS))
                j = min(NOISE_CELLS - 1, int((v - y0) / TILE_SIZE * NOISE_CELLS))
                content = NOISE[max(0, j)][max(0, i)]
            else:
                content = TILE
                if (row, column) == (0, 1):
                    shape, ink = math.hypot(u - cx, v - cy) - r, RED
                elif (row, column) == (1, 0):
                    shape, ink = triangle(u, v, cx, cy + r * 0.12, r * 1.2), YELLOW
                else:
                    shape, ink = rounded_box(u, v, cx - r * 0.86, cy - r * 0.86, cx + r * 0.86, cy + r * 0.86,
                                             r * 0.08), BLUE
                content = over(content, ink, coverage(shape, pixel))
            colour = over(colour, content, inside)
    return colour, alpha


def render(size):
    """RGBA bytes of the icon at size x size pixels."""
    pixel = 1.0 / size
    out = bytearray()
    for y in range(size):
        v = (y + 0.5) * pixel
        for x in range(size):
            colour, alpha = shade((x + 0.5) * pixel, v, pixel)
            out += bytes(int(round(c)) for c in colour) + bytes([int(round(alpha * 255))])
    return bytes(out)


def png(size):
    return pngfile.encode(size, size, render(size), 4)


def ico(images):
    """Windows .ico with PNG-compressed entries (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, image in images:
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(image), offset + len(data))
        data += image
    return header + entries + data


def icns(chunks):
    """macOS .icns from (type, PNG bytes) pairs."""
    body = b"".join(kind + struct.pack(">I", 8 + len(image)) + image for kind, image in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parent.parent / "assets" / "icons"))
    args = parser.parse_args(argv)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    images = {size: png(size) for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    (out / "gan-studio.png").write_bytes(images[256])
    (out / "gan-studio-128.png").write_bytes(images[128])
    (out / "gan-studio.ico").write_bytes(ico([(s, images[s]) for s in (16, 24, 32, 48, 64, 128, 256)]))
    # icp4/icp5/icp6 hold 16/32/64 px; ic07..ic10 128..1024 px; ic11..ic14 the @2x variants of 16..512.
    (out / "gan-studio.icns").write_bytes(icns([
        (b"icp4", images[16]), (b"icp5", images[32]), (b"icp6", images[64]), (b"ic07", images[128]),
        (b"ic08", images[256]), (b"ic09", images[512]), (b"ic10", images[1024]), (b"ic11", images[32]),
        (b"ic12", images[64]), (b"ic13", images[256]), (b"ic14", images[512])]))
    for name in ("gan-studio.png", "gan-studio-128.png", "gan-studio.ico", "gan-studio.icns"):
        print(f"wrote {out / name} ({(out / name).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
