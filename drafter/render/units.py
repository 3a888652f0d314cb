"""The numbers of GB/T 9704-2012 in Word's units (twips = 1/20 pt), shared by every part of the layout."""

from __future__ import annotations

TWIPS_PER_MM = 1440 / 25.4
PAGE_W, PAGE_H = 11906, 16838  # A4, 210 × 297 mm
MARGIN_TOP = round(37 * TWIPS_PER_MM)  # 天头 37 mm
MARGIN_BOTTOM = round(35 * TWIPS_PER_MM)
MARGIN_LEFT = round(28 * TWIPS_PER_MM)  # 订口 28 mm
MARGIN_RIGHT = round(26 * TWIPS_PER_MM)
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 版心 156 mm
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM  # 版心 225 mm
LINES, CHARS = 22, 28
LINE_PITCH = TEXT_H // LINES  # 579 twips ≈ 28.95 pt
BODY_PT, TITLE_PT, PAGE_PT = 16, 22, 14  # 3号, 2号, 4号
CHAR = BODY_PT * 20  # one body character in twips (for apps that ignore *Chars)
SMALL_CHAR = PAGE_PT * 20  # one 4号 character (版记)
# 28 characters of 3号 need 16 pt each but the line has 15.8 pt per character. Word's 页面设置 shows
# the grid from docGrid: type linesAndChars, 22 lines of LINE_PITCH and a character pitch of
# 3号 + charSpace/4096 pt = 15.8 pt, i.e. "每行 28 字". The body itself does not snap to that grid
# (snapToGrid 0 in the paragraph defaults): LibreOffice 7.4 sets each character of a snapped
# paragraph in two cells of a grid narrower than the font (14 a line) and breaks lines early even
# when the characters are condensed to fit. Each paragraph instead has an exact line of LINE_PITCH
# and every character condensed by a whole number of twips, which gives 22 × 28 in Word, WPS and
# LibreOffice alike. −6 twips (−0.3 pt), not the −5 that fits arithmetically: LibreOffice cuts the
# text area to whole grid cells, and at −5 a line of 28 then breaks at 27 (measured through its PDF).
CONDENSE = (TEXT_W // CHARS) - BODY_PT * 20 - 1
# The character pitch Word's 页面设置 shows: docGrid charSpace is in 1/4096 pt over the 3号 size.
CHAR_SPACE = round((TEXT_W / CHARS / 20 - BODY_PT) * 4096)
TITLE_LINE = 700  # 35 pt exact: 2号 with air, as offices set it
TITLE_MAX = TEXT_W / (TITLE_PT * 20)  # title characters a line holds (20)
# GB/T 9704 7.5: the page number's 一字线 7 mm below the 版心. An em dash sits about mid-em, 0.57 em of
# 4号 above the bottom of its single-spaced line (measured through LibreOffice: 2.8 mm), so the footer's
# bottom edge is that much lower than the dash.
DASH_RISE = round(0.57 * PAGE_PT * 20)
FOOTER_DIST = round((35 - 7) * TWIPS_PER_MM) - DASH_RISE
HINT_COLOR = "808080"
RED = "FF0000"
# Rules in eighths of a point: 0.35 mm ≈ 1 pt, 0.25 mm ≈ 0.75 pt (GB/T 9704 7.5).
RULE_THICK, RULE_THIN = 8, 6
