#!/usr/bin/env python3
"""Generate the Sales Carousel app icons (PNG, 192 and 512 px) with the standard library only.

Motif: a ring of "seats" (a carousel) on a full-bleed teal square; one seat is
highlighted amber -- the prospect whose turn it is. Everything sits inside the
central 80% so the same file also works as a maskable icon.

Usage: python3 tools/make-icons.py   (run from pwa-static/ or anywhere)
"""
import math
import os
import struct
import zlib

BG = (15, 118, 110)       # teal-700  #0f766e
RING = (153, 246, 228)    # teal-200  #99f6e4
SEAT = (255, 255, 255)
ACCENT = (251, 191, 36)   # amber-400 #fbbf24
HUB = (204, 251, 241)     # teal-100


def blend(dst, src, a):
    return tuple(d + (s - d) * a for d, s in zip(dst, src))


def cov(signed_dist):
    """Anti-aliased coverage from a signed distance (negative = inside), in px."""
    return max(0.0, min(1.0, 0.5 - signed_dist))


def render(size):
    c = size / 2.0
    ring_r = size * 0.26
    ring_w = size * 0.045
    seat_r = size * 0.068
    halo = size * 0.022
    hub_r = size * 0.055
    seats = []
    for i in range(6):
        ang = -math.pi / 2 + i * math.pi / 3
        seats.append((c + ring_r * math.cos(ang), c + ring_r * math.sin(ang), ACCENT if i == 0 else SEAT))

    rows = []
    for y in range(size):
        py = y + 0.5
        row = bytearray([0])  # filter type 0 (None)
        for x in range(size):
            px = x + 0.5
            col = BG
            d = math.hypot(px - c, py - c)
            a = cov(abs(d - ring_r) - ring_w / 2)
            if a:
                col = blend(col, RING, a)
            a = cov(d - hub_r)
            if a:
                col = blend(col, HUB, a)
            for sx, sy, scol in seats:
                ds = math.hypot(px - sx, py - sy)
                if ds > seat_r + halo + 1:
                    continue
                a = cov(ds - (seat_r + halo))
                if a:
                    col = blend(col, BG, a)
                a = cov(ds - seat_r)
                if a:
                    col = blend(col, scol, a)
            row += bytes(int(round(v)) for v in col)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "icons")
    os.makedirs(out_dir, exist_ok=True)
    for size in (192, 512):
        path = os.path.join(out_dir, "icon-%d.png" % size)
        with open(path, "wb") as f:
            f.write(png(size, render(size)))
        print("wrote", os.path.normpath(path))


if __name__ == "__main__":
    main()
