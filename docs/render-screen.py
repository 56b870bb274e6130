#!/usr/bin/env python3
"""Render a tmux capture (`capture-pane -p -e`, with colours) as a PNG.

Usage: python3 docs/render-screen.py CAPTURE.ansi OUT.png

Needs Pillow and fontTools (`pip install pillow fonttools`) and, for the CJK and emoji
cells, Debian's fonts-noto-cjk and fonts-unifont. Each cell is drawn at a fixed width
(two cells for East Asian wide characters), the way a terminal lays them out, so the
picture lines up with the text capture beside it (the README shows both).
"""
import re, sys, unicodedata
from PIL import Image, ImageDraw, ImageFont
from fontTools.ttLib import TTFont, TTCollection

SIZE = 15
CELL_W, CELL_H = 9, 19
FONTS = [  # tried in order for each character
    ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/opentype/unifont/unifont_upper.otf", 0),
    ("/usr/share/fonts/opentype/unifont/unifont.otf", 0),
]
DEFAULT_FG, DEFAULT_BG = (208, 208, 208), (24, 24, 28)


def xterm_colour(n):
    base = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
    if n < 16:
        return base[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return steps[n // 36], steps[(n // 6) % 6], steps[n % 6]
    grey = 8 + (n - 232) * 10
    return grey, grey, grey


class Fonts:
    def __init__(self):
        self.faces, self.maps = [], []
        for path, index in FONTS:
            try:
                tables = TTCollection(path).fonts[index] if path.endswith(".ttc") else TTFont(path)
                self.maps.append(tables.getBestCmap() or {})
                self.faces.append(ImageFont.truetype(path, SIZE, index=index))
            except OSError:
                pass

    def face(self, char, bold):
        """The first font that has the character; the bold face for bold text it covers."""
        code = ord(char)
        if bold and code in self.maps[1]:
            return self.faces[1]
        for face, cmap in zip(self.faces, self.maps):
            if code in cmap:
                return face
        return self.faces[0]


def cells(line):
    """Yields (character, width, foreground, background, bold, dim, reverse) for one captured line."""
    fg = bg = None
    bold = dim = reverse = False
    for token in re.split(r"(\x1b\[[0-9;]*m)", line):
        if token.startswith("\x1b["):
            codes = [int(c) if c else 0 for c in token[2:-1].split(";")]
            i = 0
            while i < len(codes):
                c = codes[i]
                if c == 0: fg = bg = None; bold = dim = reverse = False
                elif c == 1: bold = True
                elif c == 2: dim = True
                elif c == 7: reverse = True
                elif c == 22: bold = dim = False
                elif c == 27: reverse = False
                elif 30 <= c <= 37: fg = xterm_colour(c - 30)
                elif 90 <= c <= 97: fg = xterm_colour(c - 90 + 8)
                elif 40 <= c <= 47: bg = xterm_colour(c - 40)
                elif 100 <= c <= 107: bg = xterm_colour(c - 100 + 8)
                elif c == 39: fg = None
                elif c == 49: bg = None
                elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                    if c == 38: fg = xterm_colour(codes[i + 2])
                    else: bg = xterm_colour(codes[i + 2])
                    i += 2
                i += 1
            continue
        for char in token:
            if unicodedata.combining(char):
                yield char, 0, fg, bg, bold, dim, reverse
                continue
            width = 2 if unicodedata.east_asian_width(char) in "WF" or ord(char) >= 0x1F300 else 1
            yield char, width, fg, bg, bold, dim, reverse


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    lines = open(sys.argv[1], encoding="utf-8").read().rstrip("\n").split("\n")
    columns = max(sum(w for _, w, *_ in cells(line)) for line in lines)
    image = Image.new("RGB", (columns * CELL_W + 24, len(lines) * CELL_H + 24), DEFAULT_BG)
    draw = ImageDraw.Draw(image)
    fonts = Fonts()
    for row, line in enumerate(lines):
        x = 0
        previous = None
        back = DEFAULT_BG
        for char, width, fg, bg, bold, dim, reverse in cells(line):
            front, back = fg or DEFAULT_FG, bg or DEFAULT_BG
            if reverse: front, back = back, front
            if dim: front = tuple((a + b) // 2 for a, b in zip(front, back))
            if width == 0 and previous:  # a combining mark over the previous cell
                px, face = previous
                draw.text((px, 12 + row * CELL_H), char, font=face, fill=front)
                continue
            left, top = 12 + x * CELL_W, 12 + row * CELL_H
            draw.rectangle([left, top, left + width * CELL_W - 1, top + CELL_H - 1], fill=back)
            face = fonts.face(char, bold)
            if char != " ":
                draw.text((left, top + 1), char, font=face, fill=front)
            previous = (left, face)
            x += width
        if x < columns and back != DEFAULT_BG:
            # tmux leaves out a line's trailing blanks, but a bar's colour runs to the edge.
            top = 12 + row * CELL_H
            draw.rectangle([12 + x * CELL_W, top, 12 + columns * CELL_W - 1, top + CELL_H - 1], fill=back)
    image.save(sys.argv[2])


main()
