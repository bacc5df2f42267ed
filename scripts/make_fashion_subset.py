#!/usr/bin/env python3
"""Builds datasets/fashion-mnist-small: the first N images of each class of the Fashion-MNIST training set,
as 28x28 grayscale PNG files in one folder per class.

Input is the IDX files of Debian's dataset-fashion-mnist package (apt install dataset-fashion-mnist), or any folder
holding train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz. Standard library only. The selection is
deterministic (file order), so running it again gives the same files.

    python3 scripts/make_fashion_subset.py [--source DIR] [--out DIR] [--per-class 600]
"""

import argparse
import gzip
import pathlib
import struct
import sys

import pngfile

CLASSES = ["T-shirt_top", "Trouser", "Pullover", "Dress", "Coat",
           "Sandal", "Shirt", "Sneaker", "Bag", "Ankle_boot"]
DEBIAN_LOCATION = "/usr/share/datasets/fashion-mnist"


def read_idx(path: pathlib.Path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    dims = magic & 0xFF
    if magic >> 8 != 0x08:
        raise ValueError(f"{path}: not an unsigned-byte IDX file")
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return shape, data[4 + 4 * dims:]


def main() -> int:
    repo = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", default=DEBIAN_LOCATION, help="folder with the Fashion-MNIST IDX .gz files")
    parser.add_argument("--out", default=str(repo / "datasets" / "fashion-mnist-small"))
    parser.add_argument("--per-class", type=int, default=600)
    args = parser.parse_args()

    source = pathlib.Path(args.source)
    (count, rows, cols), images = read_idx(source / "train-images-idx3-ubyte.gz")
    (label_count,), labels = read_idx(source / "train-labels-idx1-ubyte.gz")
    if label_count != count:
        print(f"label count {label_count} does not match image count {count}", file=sys.stderr)
        return 1

    out = pathlib.Path(args.out)
    for name in CLASSES:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.png"):
            old.unlink()

    taken = [0] * len(CLASSES)
    size = rows * cols
    for i in range(count):
        label = labels[i]
        if taken[label] >= args.per_class:
            continue
        taken[label] += 1
        pixels = images[i * size:(i + 1) * size]
        pngfile.write(out / CLASSES[label] / f"train-{i:05d}.png", cols, rows, pixels, 1)
        if min(taken) >= args.per_class:
            break
    print(f"wrote {sum(taken)} images to {out}: " + ", ".join(f"{n} {c}" for c, n in zip(CLASSES, taken)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
