"""Text clean-up shared by readers and the row builder (pure functions)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# CJK Radicals Supplement / Kangxi code points that NFKC leaves alone (pypdf emits them
# for some fonts). NFKC maps the Kangxi block itself; these are the rest seen in plans.
RADICAL_MAP = {
    "⺠": "民", "⻑": "長", "⻄": "西", "⻝": "食", "⻘": "青", "⻩": "黃", "⻤": "鬼",
    "⺟": "母", "⻆": "角", "⻋": "車", "⻔": "門", "⻢": "馬", "⻛": "風",
    "⺁": "厂", "⺇": "几", "⺌": "小", "⺍": "小", "⺕": "彐", "⺗": "心", "⺛": "尢",
    "⺮": "竹", "⺶": "羊", "⺼": "肉", "⻊": "足", "⻌": "辶", "⻏": "阝", "⻖": "阝",
    "⻅": "見", "⻓": "長", "⻙": "韋", "⻚": "頁", "⻜": "飛", "⻣": "骨", "⻥": "魚",
    "⻦": "鳥", "⻨": "麥", "⻬": "齊", "⻮": "齒", "⻯": "龍", "⻳": "龜", "⺩": "王",
}
_RADICAL_RE = re.compile("[" + "".join(sorted(set(RADICAL_MAP))) + "]")
_RADICAL_RANGES = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")

_TAG_RE = re.compile(r"<[A-Za-z/!?][^>]{0,200}>")  # (a tag opens with its name, / or !: never `<1>`)
_P_SPLIT_RE = re.compile(r"</p>\s*<p[^>]*>", re.I)
_WS_RE = re.compile(r"[ \t\u3000\xa0]+")
_CJK = r"\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
# the solidus in the forms plans print it (ASCII, fullwidth, fraction slash, division slash): what sets a print
# view's label off as a colon does (`法規名稱／…`, `輸出時間／116-12-2`)
SOLIDI = "/／⁄∕╱"  # (╱, a box-drawing diagonal, as CJK text sets a slash)
# the semicolon in its forms (ASCII, fullwidth, small): a separator of a note's clauses or values
SEMICOLONS = ";；﹔"
# dot leaders, two or more of them ending a label as a colon does (`法規名稱……`, `公發布日．．．`, `修正日期‥‥`), as a
# table of contents sets a title off from its page
LEADER_DOTS = "…‥⋯．.·・‧"
# the middle dot in its forms (Latin, hyphenation point, katakana, halfwidth): a separator between two values of a
# note (`每季‧總務股`), a bullet when it opens a line
MIDDLE_DOTS = "·‧・･"
# arrows of any form (→ ⇒ ➔ ⟶ …): one parts the values of a note as a slash does (`〔甲課→6月底前〕`)
ARROWS = "".join(ch for ch in map(chr, range(0x2190, 0x2C00)) if "ARROW" in unicodedata.name(ch, "") and "ARROWHEAD" not in unicodedata.name(ch, ""))
# vertical lines of any form (ASCII, fullwidth, broken, the mathematical divides and parallel, the box-drawing ones):
# one sets a note's fields off from each other (`主責甲組∣時限6月底前`) as the common bar does
_VERTICAL_NAME = re.compile(r"(?:FULLWIDTH |HALFWIDTH |DOUBLE |LIGHT |MEDIUM |HEAVY )?VERTICAL (?:LINE|BAR)|(?:FULLWIDTH )?BROKEN BAR"
                            r"|DIVIDES|PARALLEL TO|BOX DRAWINGS (?:LIGHT|HEAVY|DOUBLE) VERTICAL|VERTICAL LINE EXTENSION"
                            # (the dashes of vertical text, drawn as a vertical stroke in horizontal text: `法規內容︱`)
                            r"|PRESENTATION FORM FOR VERTICAL E[MN] DASH")
VERTICAL_LINES = "".join(ch for ch in map(chr, range(0x21, 0x10000)) if _VERTICAL_NAME.fullmatch(unicodedata.name(ch, "")))
# an angle sign typed as a bracket, opened and not closed at the end of a line (`…。＜主辦`, `…＜器物處＞＜108年度第3季內`):
# a label or a value the wrap cut, its other half on the next line (a less-than sign holds no CJK text: `＜90%`)
OPEN_ANGLE = re.compile(r"[<＜﹤](?=[^<＜﹤>＞﹥]*[\u4e00-\u9fff])[^<＜﹤>＞﹥]{1,24}$")


def repair_radicals(text: str) -> str:
    """NFKC for the Kangxi radicals, then a map for the supplement NFKC leaves alone."""
    if not _RADICAL_RANGES.search(text):
        return text
    text = "".join(unicodedata.normalize("NFKC", ch) if "\u2f00" <= ch <= "\u2fdf" else ch for ch in text)
    return _RADICAL_RE.sub(lambda m: RADICAL_MAP[m.group()], text)


def has_radicals(text: str) -> bool:
    return bool(_RADICAL_RANGES.search(text))


def html_fragments(text: str) -> list[str]:
    """Split a cell holding `<p>…</p> <p>…</p>` into its paragraphs (tags dropped)."""
    if "<p" not in text.lower():
        return [squash_ws(text)] if text.strip() else []
    parts = _P_SPLIT_RE.split(text)
    return [squash_ws(_TAG_RE.sub(" ", p)) for p in parts if _TAG_RE.sub("", p).strip()]


def clean_cell(text: str) -> str:
    """Drop HTML fragments' tags and fold runs of white space into one space."""
    return " ".join(html_fragments(text))


def squash_ws(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


def join_cjk(text: str) -> str:
    """Remove spaces that only wrap a cell between two CJK characters."""
    return _CJK_SPACE_RE.sub("", squash_ws(text))


def fold(text: str) -> str:
    """Comparison form: NFKC, radicals repaired, tags and all white space dropped."""
    text = unicodedata.normalize("NFKC", repair_radicals(_TAG_RE.sub("", text)))
    return re.sub(r"\s+", "", text)


def compact(text: str) -> str:
    """Header comparison form: folded and without punctuation."""
    return re.sub(r"[()（）\[\]【】:：、．.·\-_/]", "", fold(text))


@lru_cache(maxsize=1)
def _opencc_pair():
    import opencc

    return opencc.OpenCC("s2t"), opencc.OpenCC("t2s")


def has_simplified_only(text: str) -> bool:
    """True for text written in Simplified characters only (OCR ghosts in a Traditional plan)."""
    s2t, t2s = _opencc_pair()
    return s2t.convert(text) != text and t2s.convert(text) == text


def bracket_partner(ch: str) -> str | None:
    """The other half of a bracket pair, told by its Unicode class and name: any opening or
    closing punctuation (Ps/Pe: （）【】〔〕『』「」﹝﹞ and every small or fullwidth form) or a
    mirrored less/greater-than sign used as a bracket (＜＞ < >); None for any other character."""
    if not ch or len(ch) != 1:
        return None
    kind = unicodedata.category(ch)
    if kind not in ("Ps", "Pe") and not (kind == "Sm" and unicodedata.mirrored(ch)):
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("REVERSED "):  # (a pair named as a mark and its mirror: 〝 REVERSED DOUBLE PRIME … and 〞)
        return _named(name.removeprefix("REVERSED "))
    if kind == "Pe" and (mirror := _named("REVERSED " + name)) and unicodedata.category(mirror) == "Ps":
        return mirror
    for a, b in (("LEFT", "RIGHT"), ("OPENING", "CLOSING"), ("LESS-THAN", "GREATER-THAN")):
        if a in name or b in name:
            return _named(name.replace(a, "\0").replace(b, a).replace("\0", b))
    return None


def _named(name: str) -> str | None:
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return None


def is_closing_bracket(ch: str) -> bool:
    partner = bracket_partner(ch)
    return partner is not None and (unicodedata.category(ch) == "Pe" or "GREATER-THAN" in unicodedata.name(ch, ""))

def brackets(*, quoting: bool) -> tuple[str, str]:
    """(opening, closing): every bracket pair of the Basic Multilingual Plane, in the same order,
    by Unicode class. Without `quoting`, the pairs that quote words or name a book (「」 『』 《》
    ‹› «») are left out: they set off words, not the ordinal of a list item (〈1〉 is one)."""
    opening, closing = [], []
    for ch in map(chr, range(0x20, 0x10000)):
        if unicodedata.category(ch) != "Ps":
            continue
        partner = bracket_partner(ch)
        if partner is None:
            continue
        name = unicodedata.name(ch, "")
        if not quoting and ("CORNER" in name or "DOUBLE ANGLE" in name or "QUOTATION" in name):
            continue
        opening.append(ch)
        closing.append(partner)
    return "".join(opening), "".join(closing)
