#!/usr/bin/env python3
"""Generates datasets/shapes: small anti-aliased coloured circles, squares and triangles on a plain dark background,
32x32 RGB PNG files in one folder per shape. Deterministic (fixed seed), standard library only.

The variation is kept narrow (four colours, upright shapes, size and position in small ranges) so that a small
DCGAN produces recognisable shapes within a minute or two of CPU training.

    python3 scripts/make_shapes.py [--out DIR] [--count 2000] [--seed 20240611]
"""

import argparse
import math
import pathlib
import random
import sys

import pngfile

SIZE = 32
BACKGROUND = (22, 24, 33)
COLOURS = [(230, 75, 60), (70, 190, 90), (70, 130, 235), (245, 200, 50)]
SHAPES = ["circle", "square", "triangle"]


def circle_distance(px, py, cx, cy, r):
    return math.hypot(px - cx, py - cy) - r


def square_distance(px, py, cx, cy, r):
    half = r * 0.86  # about the area of the circle of radius r
    qx = abs(px - cx) - half
    qy = abs(py - cy) - half
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0)


def triangle_distance(px, py, cx, cy, r):
    # Upright equilateral triangle with circumradius r*1.2, centred on its centroid. For a convex polygon the largest
    # signed distance to its edge lines is exact inside and close enough outside for anti-aliasing.
    rr = r * 1.2
    corners = [(cx + rr * math.cos(a), cy - rr * math.sin(a))
               for a in (math.pi / 2, math.pi / 2 + 2 * math.pi / 3, math.pi / 2 + 4 * math.pi / 3)]
    d = -math.inf
    for i in range(3):
        x1, y1 = corners[i]
        x2, y2 = corners[(i + 1) % 3]
        ex, ey = x2 - x1, y2 - y1
        length = math.hypot(ex, ey)
        nx, ny = -ey / length, ex / length  # outward: the corners run anticlockwise on screen (y points down)
        d = max(d, (px - x1) * nx + (py - y1) * ny)
    return d


DISTANCES = {"circle": circle_distance, "square": square_distance, "triangle": triangle_distance}


def render(shape, colour, cx, cy, r):
    distance = DISTANCES[shape]
    out = bytearray(SIZE * SIZE * 3)
    for y in range(SIZE):
        for x in range(SIZE):
            # Coverage of the pixel from the signed distance at its centre: a one-pixel linear ramp.
            d = distance(x + 0.5, y + 0.5, cx, cy, r)
            a = min(1.0, max(0.0, 0.5 - d))
            i = (y * SIZE + x) * 3
            for c in range(3):
                out[i + c] = round(BACKGROUND[c] * (1 - a) + colour[c] * a)
    return bytes(out)


def main() -> int:
    repo = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(repo / "datasets" / "shapes"))
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20240611)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    out = pathlib.Path(args.out)
    for shape in SHAPES:
        (out / shape).mkdir(parents=True, exist_ok=True)
        for old in (out / shape).glob("*.png"):
            old.unlink()
    counts = {s: 0 for s in SHAPES}
    for k in range(args.count):
        shape = SHAPES[k % len(SHAPES)]
        colour = COLOURS[rng.randrange(len(COLOURS))]
        r = rng.uniform(7.0, 10.0)
        cx = rng.uniform(12.5, 19.5)
        cy = rng.uniform(12.5, 19.5)
        pixels = render(shape, colour, cx, cy, r)
        pngfile.write(out / shape / f"{shape}-{counts[shape]:04d}.png", SIZE, SIZE, pixels, 3)
        counts[shape] += 1
    print(f"wrote {args.count} images to {out}: " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
