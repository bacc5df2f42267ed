"""Minimal PNG writer (8-bit grayscale, RGB or RGBA, no interlace) using only the standard library."""

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def encode(width: int, height: int, pixels: bytes, channels: int) -> bytes:
    """PNG bytes for row-major pixels: 1 byte per pixel (gray), 3 (RGB) or 4 (RGBA, straight alpha)."""
    if channels not in (1, 3, 4):
        raise ValueError("channels must be 1, 3 or 4")
    stride = width * channels
    if len(pixels) != stride * height:
        raise ValueError("pixel buffer has the wrong size")
    colour_type = {1: 0, 3: 2, 4: 6}[channels]
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    # Filter type 0 (none) on every row: small images compress well enough, and the output stays byte-stable.
    raw = b"".join(b"\x00" + pixels[y * stride:(y + 1) * stride] for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def write(path, width: int, height: int, pixels: bytes, channels: int) -> None:
    with open(path, "wb") as f:
        f.write(encode(width, height, pixels, channels))
