"""Numbering markers of Taiwanese plans (壹、 一、 (一) 1. (1)) and the splitting they drive."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ingest.normalize import brackets

_CN = "一二三四五六七八九十"
_CN_VALUE = {c: i for i, c in enumerate(_CN, 1)}

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Numbers set as one glyph, read as the marker they stand for: ⒈ is `1.`, ㈠ and ㊀ are `(一)`, the
# dingbat circled numbers (❶ ➀ ➊) are ①. (Before the symbol bullets below: ㈠ is a symbol to Unicode.)
_CN_TEN = "一二三四五六七八九十"
_GLYPH_NUMBERS = str.maketrans(
    {**{chr(0x2488 + i): f"{i + 1}." for i in range(20)},
     **{chr(0x3220 + i): f"({_CN_TEN[i]})" for i in range(10)}, **{chr(0x3280 + i): f"({_CN_TEN[i]})" for i in range(10)},
     **{chr(base + i): _CIRCLED[i] for base in (0x2776, 0x2780, 0x278A) for i in range(10)}})


def unglyph(text: str) -> str:
    """`⒈設置` → `1.設置`, `㈡公告` → `(二)公告`: numbers set as one glyph written out."""
    return text.translate(_GLYPH_NUMBERS)
_PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
# the Thousand Character Classic's opening in its order (天 地 玄 黃 …), a series registers and lists number by as by
# the stems (its first eight: the ninth, 日, and the ones after it are words lists count with)
_THOUSAND = "天地玄黃宇宙洪荒"
# the sexagenary cycle, a stem and a branch in turn (甲子 乙丑 丙寅 …), a series as the stems are
_CYCLE = tuple(_STEMS[i % 10] + _BRANCHES[i % 12] for i in range(60))
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ"
# the phonetic symbols in their dictionary order (ㄅ ㄆ ㄇ ㄈ …), a series Taiwanese lists number by
_BOPOMOFO = "".join(chr(c) for c in range(0x3105, 0x312A))
# the Greek alphabet in its order (α β γ …; Α Β Γ …), a series lists number by as they do by Latin letters
_GREEK_LOWER = "αβγδεζηθικλμνξοπρστυφχψω"
_GREEK = _GREEK_LOWER + _GREEK_LOWER.upper()
# a colon is any colon-shaped character: ASCII, fullwidth, small (﹕), the vertical presentation forms (︓ ︰) and
# the ratio sign (∶)
_COLONS = ":：﹕︓︰∶"
# the formal (financial) numerals, a chapter's `壹、` bare and an item's number in brackets (`（貳）`, `【參】`)
_FORMAL = "壹貳參叁肆伍陸柒捌玖拾"
_FORMAL_AS_CN = str.maketrans(_FORMAL, "一二三三四五六七八九十")  # (the formal numerals as the plain ones)
# an ordinal of a list item: digits, CJK numerals, circled numbers, heavenly stems, earthly
# branches, Roman numerals; a Latin letter counts too where CJK text follows it
_ORDINAL = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}}|[{_FORMAL}]{{1,2}}|[{_STEMS}{_BRANCHES}{_ROMAN}{_BOPOMOFO}{_GREEK}])"
_LATIN = r"[A-Za-z][.．、](?=\s*[^\x00-\x7f])"
# an ordinal may stand in any bracket pair (`(1)` `【1】` `〈1〉` `﹝一﹞`), told by Unicode class
_OPEN, _CLOSE = (re.escape(side) for side in brackets(quoting=False))
LISTED_GLYPHS = "•●◆■▪・◎◇□►▶★☆‧＊※▲△▼▽⊙◉→⇒➢➤➔✓✔◦▸▹－˙·"


def _symbol_glyphs() -> str:
    """Any other symbol a list may lead with (Unicode math and other symbols: √ ⊕ ＞ ♦ ☞ …), but not
    box drawing (a box table's border), ○ (doubled, a placeholder: ○○區), enclosed numbers and
    letters, nor the signs a date, range or sum starts with (～ ＝ ＜ ＋ ｜ ± × ÷ ° ℃)."""
    excluded = set("○～〜＝＜＋｜±×÷°℃¬")
    return "".join(ch for ch in map(chr, range(0xA0, 0x10000))
                   if (unicodedata.category(ch) in ("Sm", "So") or (0x02B0 <= ord(ch) <= 0x02FF and unicodedata.category(ch) in ("Lm", "Sk")))
                   and ch not in excluded
                   and not 0x2500 <= ord(ch) <= 0x259F and ch not in LISTED_GLYPHS
                   and not 0x2460 <= ord(ch) <= 0x24FF and not 0x3200 <= ord(ch) <= 0x32FF)  # (enclosed numbers
    # and letters, ⒜ Ⓐ ㈠ ㊀: enumerators, not bullets)


def _glyphs_before_text() -> str:
    """Glyphs that lead a bullet when text, not a number, follows them (`＋加強宣導`, `§ 受理`, `▌整合`):
    a plus sign (＋ ±: before a number it is the number's sign),
    block elements (▌ █: a bar, not a box table's border, which is box drawing), dashes, angle
    brackets that close (》 〉: they point like an arrow; an opening bracket starts a marker or a note),
    and any other punctuation that ends no sentence or clause and quotes nothing (§ ¶ † ﹡ ＃)."""
    plain = re.compile(r"COMMA|FULL STOP|COLON|SEMICOLON|QUESTION|EXCLAMATION|QUOTATION|APOSTROPHE|ELLIPSIS"
                       r"|IDEOGRAPHIC|DOT|SOLIDUS|REVERSE|LOW LINE|AMPERSAND|PERCENT|PER MILLE|(?<!FULLWIDTH )COMMERCIAL AT")
    found = ["＋", "±"]  # (not ～ ＝ ＜: a range, a sum line `＝合計＝`, a note `＜時程：…＞`; not 〃, a ditto mark)
    for ch in map(chr, range(0xA0, 0x10000)):
        kind, name = unicodedata.category(ch), unicodedata.name(ch, "")
        if ch in LISTED_GLYPHS or ch in found or ch == "〃":
            continue
        if (0x2580 <= ord(ch) <= 0x259F or kind == "Pd" or (kind == "Pe" and "ANGLE" in name)
                or (kind == "Po" and not plain.search(name) and not 0x0600 <= ord(ch) <= 0x1FFF)):
            found.append(ch)
    return "".join(found)


# list bullets (a `-`, `*` or `+` lead counts too, a `○` not doubled, and an `o` before a space, as a
# word processor's second-level bullet comes out in text)
BULLET_GLYPHS = LISTED_GLYPHS + _symbol_glyphs()
# an English word for a step before its number, in any case (`Step 1:`, `STEP2：`, `phase 3.`, `Stage 4、`)
_STEP_WORD = r"(?i:step|phase|stage)"
# an outline number, the item's number after its parent's (`1.1` `1.2` under `1.`; ISO 2145), before text; the
# parent may be a lettered part's (`A-1`, `B.2`: the items under part A or B)
_DECIMAL = (r"[1-9]\d?(?:[.．][1-9]\d?(?![\d.．])(?=\s*[\u4e00-\u9fff])|[-－][1-9]\d?(?![\d\-－])(?=\s+[\u4e00-\u9fff]))"
            r"|(?<![A-Za-z])[A-Za-z][.．\-－][1-9]\d?(?![\d.．\-－])(?=\s*[\u4e00-\u9fff](?<![級等型]))")  # (a wrapped date's `12.15）` is none)
# a number after the numero sign or its abbreviation (`No.1`, `NO 2`, `№3`, `#4`)
_NUMERO = r"(?:[Nn][Oo][.．]?|№|[#＃])\s*\d{1,2}(?!\d)(?=\s*[^\x00-\x7f])"
# list items numbered in other ways: `第一點`, `第 2 條`, `一)`, `⑴`, `①`, `1)`, `甲、`, `(甲)`
# (a number closed by a bracket opens an item when text follows, not a stop: `25）。` is a wrapped line's)
_ITEM = (rf"{_DECIMAL}|{_NUMERO}|[(（]\s*\d{{1,2}}\s*[)）]|[{_CIRCLED}{_PARENTHESISED}][、，,．.]?|[1-9]\d?\)(?=\s*[^\s)）。，,；;、：:])"
         rf"|[{_STEMS}]\s*[、．.]|[(（][{_STEMS}][)）]"
         # the enumeration words of Taiwanese law and plans, 條 > 項 > 款 > 目 (and 點), after 第 and an ordinal
         rf"|第\s*[\d{_CN}]{{1,3}}\s*[條點項款目](?!之?規定)|[{_CN}]{{1,3}}[)）](?=\S)"
         # a step named with its ordinal (`步驟一：`, `步驟2.`, `第三步：`, `Step 1:`)
         rf"|(?:步驟\s*[\d{_CN}]{{1,3}}|第\s*[\d{_CN}]{{1,3}}\s*步|{_STEP_WORD}\s*\d{{1,2}})\s*[：:、.．]"
         # an item named by the kind of thing it is and its ordinal, a way or measure of doing (`作法一：`, `措施2：`,
         # `方式三、`, `策略1.`), an action, task or matter to do (`任務2：`, `事項三、`, `作為一：`), an item or element of
         # the work (`要項一：`, `項目2：`, `細項三、`), a part or a job of the work (`分目1．`, `子目二：`, `作業3、`), or by
         # 其 and a numeral, as `the first, the second` (`其一、`, `其二：`)
         rf"|(?:作法|做法|方法|方式|措施|策略|對策|要領|重點|行動|任務|事項|作為|要項|項目|細項|子項|工項|分項|分目|子目|工作|作業)\s*[\d{_CN}]{{1,3}}\s*[：:、.．](?=\s*[\u4e00-\u9fff])"
         rf"|其\s*[{_CN}]{{1,3}}\s*[、，,：:](?=\s*[\u4e00-\u9fff])"
         # an ordinal in words after 第 and a comma, as `first, second` (`第一，`, `第二、`): not a run of ordinals or a
         # count (`第二、三季`, `第一、2次`)
         rf"|第\s*[{_CN}]{{1,3}}\s*[，,、](?=\s*[\u4e00-\u9fff])(?![{_CN}])"
         # an Arabic number with a colon before CJK text (`1：設置…`; a clock's or a ratio's, `8:30`, `1：3`, has a digit after)
         rf"|[1-9]\d?\s*[{_COLONS}](?=\s*[\u4e00-\u9fff])"
         # a CJK numeral with a colon before CJK text (`一：設置…`, `二︰…`), as a list numbers its items in words
         rf"|[{_CN}]{{1,3}}\s*[{_COLONS}](?=\s*[\u4e00-\u9fff])"
         # a number closed by a dash before the text (`1-`, `2－`), as a typed list writes it; never a date
         # or a range (`99-8-25`, `1-3月`: a digit follows the dash)
         r"|[1-9]\d?\s?[-－](?=\s*[^\x00-\x7f\-－\d０-９])"
         # any bracket around an ordinal (`【1】`, `[1]`, `〔子〕`, `(a)`, `〈1〉`), an ordinal closed by one (`1）`,
         # `A)`), an ordinal of another series with a stop (`子、`, `Ⅱ.`, `B.`)
         rf"|[{_OPEN}]\s*(?:{_ORDINAL}|[A-Za-z])\s*[{_CLOSE}]|\d{{1,2}}）(?=\s*[^\s)）。，,；;、：:])|[{_BRANCHES}{_ROMAN}{_BOPOMOFO}{_GREEK}]\s*[、．.]|{_LATIN}"
         rf"|[A-Za-z{_ROMAN}][)）](?=\s*[^\x00-\x7f])"
         # a stem or branch closed by a bracket alone (`甲）`, `子)`), as `1）` is, before CJK text
         rf"|[{_STEMS}{_BRANCHES}]\s*[)）](?=\s*[\u4e00-\u9fff])"
         # a book-title bracket around a CJK numeral (`《一》`, `«三»`): a numeral in words is no title, so it marks an
         # item (a number in digits may name an issue: `《2》期刊`)
         rf"|[《«‹]\s*(?:[{_CN}]{{1,3}}|[{_FORMAL}]{{1,2}})\s*[》»›](?=\s*[^\s\x00-\x7f])"
         # Roman numerals in letters (a word processor's lowerRoman/upperRoman: `ii.`, `IV)`; one letter is _LATIN's)
         r"|(?<![A-Za-z])(?:[ivx]{2,6}|[IVX]{2,6})[.．、)）](?=\s*[^\x00-\x7f])"
         # the less-than and greater-than signs as angle brackets around an ordinal (`<1>`: plain text's 〈1〉)
         rf"|[<＜]\s*(?:{_ORDINAL}|[A-Za-z])\s*[>＞](?=\s*[^\x00-\x7f])")
# 第, an ordinal and any word counting the items, set off from the item by a space or a colon (`第1則　設置…`, `第二篇：…`):
# a line's marker (one glued to its text, `第2個星期四`, or before a list's mark, `第1次、年底前…`, may open a wrapped line)
# 第, an ordinal and the word it counts in: one character, or two before a colon (`第1小點：`, `第二分項：`; glued to its
# text a second character is the text's, `第1條設置…`)
_COUNTER = rf"第\s*[\d{_CN}]{{1,3}}\s*(?:[\u4e00-\u9fff]{{2}}(?=\s*[：:])|[\u4e00-\u9fff])"
_COUNTER_SET_OFF = rf"{_COUNTER}(?:(?=[ \t\u3000]+[\u4e00-\u9fff])|\s*[：:](?=\s*[\u4e00-\u9fff]))"
# Letters and stops typed as a bullet: a letter drawn as a dash (the Bopomofo ㄧ, the katakana prolonged sound
# mark ー and its halfwidth ｰ) before a space, a full stop (．, small ﹒) straight before the text.
LOOKALIKE_GLYPHS = "ㄧーｰ．﹒"
LOOKALIKE_BULLET = r"(?:[ㄧーｰ](?=[ \t\u3000]+[\u4e00-\u9fff])|[．﹒](?=\s*[\u4e00-\u9fff]))"
MARKER_PATTERNS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(r"^[壹貳參叁肆伍陸柒捌玖拾]{1,2}\s*[、．.，,]\s*")),
    (2, re.compile(rf"^[{_CN}]{{1,3}}\s*[、·．]\s*")),
    (3, re.compile(rf"^[(（]\s*[{_CN}]{{1,3}}\s*[)）]\s*")),
    (4, re.compile(r"^\d{1,2}(?:-\d{1,2})?\s*[.．、](?![\d.])\s*")),
    # the levels under 1. in the official order (1. (1) 甲、 (甲)), circled numbers, `1)`
    (5, re.compile(rf"^(?:{_ITEM}|{_COUNTER_SET_OFF})\s*")),
    # (a symbol-font bullet exported as text is a lone lowercase letter before a space: Wingdings'
    # ● ■ ◆ ❖ come out as `l` `n` `u` `v`, a word processor's ○ as `o`; a capital is a grade: `A 級`)
    # (a capital V typed as a check mark before a space and CJK text, `V 設置`; `V 級` is a grade)
    # (a capital O typed as a circle, `Ｏ　設置`, and a multiplication sign or a box-drawing line typed as a cross or a
    # dash, `× 不得…`, `─ 設置`, before a space and CJK text: never a sum, a grade or a table's border there)
    # (a bullet or a dash typed twice or three times before a space and CJK text, as one mark: `-- 設置`, `＞＞ 設置`, `** 設置`)
    (6, re.compile(rf"^(?:[=＝\-－]{{1,2}}[>＞](?=[ \t\u3000]+[\u4e00-\u9fff])|([{re.escape(BULLET_GLYPHS)}\-*>—–=~])\1{{1,2}}(?=[ \t\u3000]+[\u4e00-\u9fff])"
                   rf"|[{re.escape(BULLET_GLYPHS)}]|○(?!○)|[a-z](?=[ \t]+[^\x00-\x7f])|V(?=[ \t\u3000]+[\u4e00-\u9fff](?<![級等]))|{LOOKALIKE_BULLET}"
                   r"|[OX×╳─━](?=[ \t\u3000]+[\u4e00-\u9fff](?<![級等型]))"
                   # (an arrow typed from a dash or an equals sign and a greater-than sign, `=> 設置`, `－＞ 設置`, `--> 設置`: the
                   # first alternative; a wave dash or tilde typed alone as a bullet, `～ 設置`, `〜 設置`, before a space and CJK text: never a range there)
                   r"|[~～〜](?=[ \t\u3000]+[\u4e00-\u9fff])"
                   # (a letter drawn like a triangle, a box or a circle typed as a bullet before a space and CJK text: the Greek
                   # capitals Δ Λ ∇ Ο, the character 口 or 囗 for a box)
                   r"|[ΔΛΟΠ∆∇口囗](?=[ \t\u3000]+[\u4e00-\u9fff](?<![級等型]))"
                   rf"|[{re.escape(_glyphs_before_text())}](?=\s*[\u4e00-\u9fff]))\s*")),
]
BULLET = "•"  # readers write an unnumbered list item as `• text`; level 6


@dataclass(frozen=True)
class Marker:
    level: int
    token: str
    rest: str


def parse_marker(text: str) -> Marker | None:
    """The numbering marker that opens `text`, with its level (1 = 壹、 … 5 = (1), 6 = a bullet)."""
    stripped = unglyph(text.lstrip())
    probe = stripped[:8].translate(_FULLWIDTH_ALNUM) + stripped[8:]  # (one character for one: the rest keeps its form)
    running = _running_marker(probe)
    if running is not None:
        return Marker(5, running.group().strip(), stripped[running.end():].strip())
    for level, pattern in MARKER_PATTERNS:
        match = pattern.match(probe)
        if match:
            if level == 2 and _NUMERAL_LIST.match(probe):
                return None  # (`一、二期稻作收穫期間`: numerals listed in a word, no item)
            rest = stripped[match.end():].strip()
            second = _MARKERS_SECOND_STOP.match(rest) if level == 5 else None  # (`1）．設置…`)
            return Marker(level, (match.group() + (second.group() if second else "")).strip(), rest[second.end():] if second else rest)
    return None


# Numerals listed in a word, the next in turn after the enumeration comma and a counter after it
# (`一、二期稻作`, `三、四月份`, `一、二級主管`): the first is no item's number
_NUMERAL_LIST = re.compile("^(?:" + "|".join(f"{a}、{b}" for a, b in zip(_CN, _CN[1:], strict=False))
                           + r")(?:、[一二三四五六七八九十])*(?:期|季|月|級|類|樓|等|階|梯|學期|年級|個月)")


# fullwidth letters and digits read as their ASCII forms in a marker (`Ａ．`, `１．`, `（ａ）`)
_FULLWIDTH_ALNUM = str.maketrans({chr(0xFF10 + i): chr(0x30 + i) for i in range(10)}
                                 | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
                                 | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})


# a word before an ordinal and its stop (`子項2：`, `作為三、`, `條目4．`): the ordinal is the one next to
# the stop, whatever the word holds (子 of 子項 is no earthly branch there)
_WORD_ORDINAL = re.compile(rf"^([\u4e00-\u9fff]{{1,3}}?)\s*(\d{{1,2}}|[{_CN}]{{1,3}})\s*[{_COLONS}、，,.．]$")


def marker_number(marker: Marker) -> int | None:
    """The count a marker holds: `3.` → 3, `(二)` → 2, `壹、` → 1; None for a bullet."""
    worded = _WORD_ORDINAL.match(marker.token)
    if worded:
        number = worded.group(2)
        return int(number) if number.isdigit() else cn_number(number)
    counted = re.match(rf"第\s*(\d{{1,3}}|[{_CN}]{{1,3}})", marker.token)  # (第 and its ordinal count, whatever word
    if counted:  # follows: `第2子項：` is the second, 子 no branch)
        return int(counted.group(1)) if counted.group(1).isdigit() else cn_number(counted.group(1))
    if marker.token[:1] in _CIRCLED:
        return _CIRCLED.index(marker.token[0]) + 1
    if marker.token[:1] in _PARENTHESISED:
        return _PARENTHESISED.index(marker.token[0]) + 1
    stem = next((ch for ch in marker.token if ch in _STEMS), None)
    if stem:
        return _STEMS.index(stem) + 1
    for series in (_BRANCHES, _ROMAN[:12], _ROMAN[12:], _BOPOMOFO, _GREEK_LOWER, _GREEK_LOWER.upper()):
        hit = next((ch for ch in marker.token if ch in series), None)
        if hit:
            return series.index(hit) + 1
    numero = re.fullmatch(rf"(?:[Nn][Oo][.．]?|№|[#＃]|{_STEP_WORD})\s*(\d+)\s*[:：.．、]?", marker.token)
    if numero:
        return int(numero.group(1))  # (`No.3`, `#3`, `Step 3:`)
    outline = re.fullmatch(r"(?:\d+|[A-Za-z])[.．\-－](\d+)", marker.token)
    if outline:
        return int(outline.group(1))  # (`1.2` is the second item under 1.)
    roman = roman_value(marker.token)
    if roman is not None:
        return roman  # (`i.` opens a roman list far more often than a letter list reaches its ninth item)
    letter = re.search(r"[A-Za-z]", marker.token)
    if letter:
        return ord(letter.group().lower()) - ord("a") + 1
    digits = re.sub(rf"[^\d{_CN}{_FORMAL}]", "", marker.token)
    if not digits:
        return None
    if digits.isdigit():
        return int(digits)
    return cn_number(digits.translate(_FORMAL_AS_CN))


def strip_marker(text: str, levels: tuple[int, ...] = (1, 2, 3, 4, 5)) -> str:
    marker = parse_marker(text)
    if marker and marker.level in levels:
        return marker.rest
    return text.strip()


def cn_number(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_VALUE.get(text[1:], 0)
    if text.endswith("十"):
        return _CN_VALUE.get(text[0], 0) * 10
    if len(text) == 3 and text[1] == "十":
        return _CN_VALUE.get(text[0], 0) * 10 + _CN_VALUE.get(text[2], 0)
    return _CN_VALUE.get(text)


_ROMAN_LETTERS = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")


def roman_value(token: str) -> int | None:
    """The value of a token's letters read as a Roman numeral of i, v and x (`iv.` → 4, `II)` → 2),
    or None when they are not one."""
    letters = "".join(re.findall(r"[A-Za-z]", token))
    if not letters or not (letters.islower() or letters.isupper()) or not _ROMAN_LETTERS.fullmatch(letters.lower()):
        return None
    values = [{"i": 1, "v": 5, "x": 10}[ch] for ch in letters.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# (a stop doubled by a closing bracket, `1.)`, is one marker: the bracket is no part of the item)
_ARABIC_ANY = re.compile(r"(?<![\d.])(\d{1,2})\s*[.．、‧·・﹒][)）]?(?![\d.])")
_ARABIC_BOUNDARY = re.compile(r"(?:^|(?<=[\s。；;：:）)」！？!?]))(\d{1,2})\s*[.．、‧·・﹒][)）]?(?![\d.])")
_CN_PAREN = re.compile(rf"(?:^|(?<=[\s。；;：:）)」>]))[(（]\s*([{_CN}]{{1,3}})\s*[)）]")


def split_arabic(text: str, *, anywhere: bool = False) -> tuple[str, list[str]]:
    """Split `1. … 2. … 3. …` into items (numbers stripped).

    Numbers must run in sequence from the first one, so `第 2 屆` or `1 次` never split.
    `anywhere` allows a marker right after a CJK character (OCR text lost its spaces).
    Returns the text before the first marker and the items.
    """
    text = unglyph(text)
    pattern = _ARABIC_ANY if anywhere else _ARABIC_BOUNDARY
    cuts: list[tuple[int, int]] = []
    expected: int | None = None
    for match in pattern.finditer(text.translate(_FULLWIDTH_ALNUM)):  # (`１．` is `1.`)
        value = int(match.group(1))
        if expected is None or value == expected:
            cuts.append((match.start(), match.end()))
            expected = value + 1
    return _cut(text, cuts)


_ARABIC_PAREN = re.compile(r"(?:^|(?<=[\s。；;：:）)」！？!?]))[(（]\s*(\d{1,2})\s*[)）]")


def split_arabic_paren(text: str) -> tuple[str, list[str]]:
    """Split `(1) … (2) … (3) …` into items; numbers must run in sequence from the first."""
    text = unglyph(text)
    cuts: list[tuple[int, int]] = []
    expected: int | None = None
    for match in _ARABIC_PAREN.finditer(text):
        value = int(match.group(1))
        if expected is None or value == expected:
            cuts.append((match.start(), match.end()))
            expected = value + 1
    return _cut(text, cuts)


# (in a cell, also 第, an ordinal and any word counting the items, `第1則 …`, `第二則：…`: see _OTHER_COUNTER; never a
# line's marker, where `第2個星期四` may open a wrapped line)
_ITEM_ANY = re.compile(rf"(?:^|(?<=[\s。；;：:）)」！？!?]))(?:{_ITEM}|{_COUNTER}(?:\s*[：:])?(?=\s*[\u4e00-\u9fff]))")
# any word of one to three characters before an ordinal and a stop, opening a clause (`條目1：`, `環節二、`):
# an item's marker only where two or more of one word run in sequence from 1 in the cell
# A stop after an ordinal, told by Unicode class: any colon-like, closing, dash or mathematical sign (`細目1）`,
# `Ⅱ｜`, `條目3＞`), not one that ends a sentence or a clause, gives a share or a fraction or closes a quotation
_NOT_STOPS = "。！？!?，,；;%％‰/／·…‥'\"＂＇」』〞"
_STOPS = re.escape("".join(chr(c) for c in range(0x21, 0x10000)
                           if unicodedata.category(chr(c)) in ("Po", "Pe", "Pd", "Sm") and chr(c) not in _NOT_STOPS))
# the word before a worded marker: a label noun (`細目`, `工作項目`, `執行策略`); its length is no evidence either way —
# the run of one word's markers from 1 is (a single one marks nothing); a wrap may have left a space in it (`工作 項目4：`)
_WORD = 6
# an ordinal of any series the markers run in: digits, CJK numerals, Roman numerals, capital letters
# (or of the other series lists count in: the stems and branches, the phonetic symbols, the Greek letters: `ㄅ）`, `甲：`)
_SERIES = (_STEMS, _BRANCHES, _BOPOMOFO, _GREEK_LOWER, _GREEK_LOWER.upper(), _THOUSAND)
_ANY_ORDINAL = rf"\d{{1,2}}|[{_CN}]{{1,3}}|[{_ROMAN}]|[A-Z]|[{_STEMS}][{_BRANCHES}]|[{''.join(_SERIES)}]"
_WORD_CHARS = rf"(?:(?:[\u4e00-\u9fff][ \t\u3000]?){{1,{_WORD}}}?\s*)"
# a word that counts what a number before it counts (`1次`, `2場`, `3人`, `10日`, `5%`): a quantity, not an ordinal
_COUNTED = r"[次場人件日天個年月週周季時分秒倍成元份名位處項點條則張頁本冊台輛家戶案筆組類種期屆梯班級%％萬千百十款目節章篇式]"
# (or no stop: the word's ordinal set off by a space, `實施要領1 主動…`, or a number of digits ending it, `實施要領4訂定…`,
# where there is a word before it: the run of the word's markers from 1 is the evidence, as with a stop)
_WORDED_ANY = re.compile(rf"(?:^|(?<=[\s。；;）)」！？!?])){_WORD_CHARS}?(?:{_ANY_ORDINAL})"
                         rf"(?:\s*[{_STOPS}]|(?:(?<=[\u4e00-\u9fff\s]\d)|(?<=[\u4e00-\u9fff\s]\d\d))[ \t\u3000]*(?![ \t\u3000]*{_COUNTED}))"
                         rf"(?=\s*[\u4e00-\u9fff])")
_WORDED_PARTS = re.compile(rf"^([\u4e00-\u9fff]{{0,{_WORD}}}?)({_ANY_ORDINAL})(.?)$")


def _ordinal_value(ordinal: str) -> int | None:
    """1 for `1`, `一`, `Ⅰ`, `A`: the place of an ordinal in its series."""
    if ordinal.isdigit():
        return int(ordinal)
    if ordinal in _ROMAN:
        return _ROMAN.index(ordinal) % 12 + 1
    if ordinal in _CYCLE:
        return _CYCLE.index(ordinal) + 1
    series = next((s for s in _SERIES if ordinal in s), None)
    if series is not None:
        return series.index(ordinal) + 1
    return ord(ordinal) - ord("A") + 1 if "A" <= ordinal <= "Z" else cn_number(ordinal)


def _known_style(found: re.Match[str]) -> bool:
    """A bare ordinal and stop the marker patterns read already (`一、`, `A）`): their own levels number it."""
    rest = found.string[found.start():]
    return any(pattern.match(rest) for _, pattern in MARKER_PATTERNS[:5])


def _worded(found: re.Match[str] | None) -> tuple[str, str, int] | None:
    """(word, style, ordinal) of a marker `_WORDED_ANY` found, any word of up to three characters (or none, for a
    style no pattern reads) before an ordinal of any series and a stop of any stop's class; the style is the word
    with its ordinal's kind and its stop (`細目1：` → ('細目', '細目#：', 1), `Ⅱ｜` → ('', 'R｜', 2))."""
    parts = _WORDED_PARTS.match(re.sub(r"\s+", "", found.group())) if found else None
    if not parts or not parts.group(1) and _known_style(found):
        return None
    word, ordinal, stop = parts.groups()
    if not stop and (not word or word.endswith("第")):
        return None  # a bare number opening a clause marks nothing; 第 and a number count what follows (`第1款`)
    number = _ordinal_value(ordinal)
    return (word, word + _ordinal_kind(ordinal) + stop, number) if number else None


def _ordinal_kind(ordinal: str) -> str:
    """The kind of an ordinal in a marker's style: digits `#`, formal numerals `F`, plain numerals `C`, Roman `R`,
    Latin letters `A`, the sexagenary cycle `G`, another series `S` and its place in `_SERIES`."""
    if ordinal.isdigit():
        return "#"
    if ordinal[0] in _FORMAL:
        return "F"
    if ordinal[0] in _CN:
        return "C"
    if ordinal in _ROMAN:
        return "R"
    if ordinal.isascii():
        return "A"
    if ordinal in _CYCLE:
        return "G"
    return f"S{next(n for n, series in enumerate(_SERIES) if ordinal in series)}"


def worded_marker(text: str) -> tuple[str, int] | None:
    """(word, ordinal) of a marker of any word of one to three characters before an ordinal and a stop opening
    `text` (`細目1：…` → ('細目', 1)): an item's marker only where the next of the same word follows it."""
    worded = _worded(_WORDED_ANY.match(text.strip().translate(_FULLWIDTH_ALNUM)))
    return (worded[0], worded[2]) if worded else None


def _longest_run(pattern: re.Pattern[str], style_of: Callable[[re.Match[str]], tuple[str, int] | None],
                 text: str) -> list[tuple[int, int]]:
    """The longest run of one style's markers numbered 1, 2, 3 … (two at least) among `pattern`'s matches in
    `text`; `style_of` names a match's style and ordinal (None: no marker)."""
    by_style: dict[str, list[tuple[int, int, int | None]]] = {}
    for match in pattern.finditer(text):
        if styled := style_of(match):
            by_style.setdefault(styled[0], []).append((match.start(), match.end(), styled[1]))
    best: list[tuple[int, int]] = []
    for found in by_style.values():
        cuts = _in_sequence(found)
        if len(cuts) > 1:
            best = max(best, cuts, key=len)
    return best


def _worded_runs(text: str) -> list[tuple[int, int]]:
    """The longest run of one word's markers numbered 1, 2, 3 … (two at least) in `text`."""
    return _longest_run(_WORDED_ANY, lambda m: (w[1], w[2]) if (w := _worded(m)) else None, text)


def _in_sequence(found: list[tuple[int, int, int | None]]) -> list[tuple[int, int]]:
    """The markers numbered 1, 2, 3 … in turn among `found` (others skipped)."""
    cuts, expected = [], 1
    for start, end, number in found:
        if number == expected:
            cuts.append((start, end))
            expected += 1
    return cuts


# 第, an ordinal and a word other than the law's enumeration words (`第1則`, `第二篇`) mark items only where the run
# sets one of them off from its item by a space (a wrap may have joined the others to their text; one ended by a colon
# is a style of its own, set off by it)
_OTHER_COUNTER = re.compile(r"第#(?![條點項款目步])[\u4e00-\u9fff]{1,2}")
_SET_OFF = re.compile(r"[ \t\u3000]")


def split_other_items(text: str) -> tuple[str, list[str]]:
    """Split items numbered another way (`第一點 … 第二點 …`, `⑴ … ⑵ …`, `一) … 二) …`, `① … ②`):
    markers of one style whose numbers run on from 1."""
    text = unglyph(text)
    by_style: dict[str, list[tuple[int, int, int | None]]] = {}
    for match in _ITEM_ANY.finditer(text.translate(_FULLWIDTH_ALNUM)):  # (`Ａ．` is `A.`: one character for one)
        token = re.sub(r"\s+", "", match.group())  # `( d)` is `(d)`
        style = re.sub(r"[\d一二三四五六七八九十" + _FORMAL + _CIRCLED + _PARENTHESISED + _STEMS + _BRANCHES + _ROMAN + _BOPOMOFO + _GREEK
                       + r"\s]+", "#", token)
        number = marker_number(Marker(5, token, ""))
        letters = "".join(re.findall(r"[A-Za-z]", token))
        if roman_value(token) is not None:  # a Roman numeral in letters counts in its own series …
            by_style.setdefault(re.sub(r"[ivx]+", "r", re.sub(r"[IVX]+", "R", style)), []).append((match.start(), match.end(), number))
            if len(letters) > 1:
                continue
            number = ord(letters.lower()) - ord("a") + 1  # … and one letter also in the alphabet's (a. … h. i.)
        style = re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", style))
        by_style.setdefault(style, []).append((match.start(), match.end(), number))
    best: list[tuple[int, int]] = []
    for style, found in by_style.items():
        if _OTHER_COUNTER.fullmatch(style) and not any(_SET_OFF.match(text, end) for _, end, _ in found):
            continue  # 第 and a number before a word no law enumerates with counts something (`第1季辦理…`)
        best = max(best, _in_sequence(found), key=len)
    worded = _worded_runs(text.translate(_FULLWIDTH_ALNUM))
    return _cut(text, worded if len(worded) > len(best) else best)


_CN_STOP = re.compile(rf"(?:^|(?<=[\s。；;：:）)」！？!?]))([{_CN}]{{1,3}})\s*[、．.·]")


def split_cn_stop(text: str) -> tuple[str, list[str]]:
    """Split `一、 … 二、 … 三、 …` (or `一． 二．`) packed in one cell; numbers must run from 一."""
    text = unglyph(text)
    cuts: list[tuple[int, int]] = []
    expected = 1
    for match in _CN_STOP.finditer(text):
        if cn_number(match.group(1)) == expected:
            cuts.append((match.start(), match.end()))
            expected += 1
    return _cut(text, cuts) if len(cuts) > 1 else (text.strip(), [])


# (`1-1 設置…`: a space after, so never `1-3月`; under a lettered part none is needed, `A-1設置`)
_OUTLINE = re.compile(r"(?:^|(?<=[\s。；;：:）)」！？!?]))([1-9]\d?|[A-Za-z](?=[.．\-－]))"
                      r"(?:[.．]([1-9]\d?)(?![\d.．])(?=\s*[\u4e00-\u9fff])"
                      r"|[-－]([1-9]\d?)(?![\d\-－])(?=\s+[\u4e00-\u9fff]|(?<=[A-Za-z][-－]\d)\S|(?<=[A-Za-z][-－]\d\d)\S))")


def split_outline(text: str) -> tuple[str, list[str]]:
    """Split `1.1 … 1.2 … 1.3 …` (outline numbers under one parent) into items: the parent's number
    stays, the item's runs on by one, so a decimal quantity (`1.5倍`) never splits."""
    cuts: list[tuple[int, int]] = []
    parent: str | None = None
    expected: int | None = None
    for match in _OUTLINE.finditer(text.translate(_FULLWIDTH_ALNUM)):
        value = int(match.group(2) or match.group(3))
        if expected is None or (match.group(1) == parent and value == expected):
            cuts.append((match.start(), match.end()))
            parent, expected = match.group(1), value + 1
    return _cut(text, cuts) if len(cuts) > 1 else (text.strip(), [])


# Items run on in one paragraph under markers of any shape: a sign before the ordinal (`§1 `, `¶2 `, `※3`) or one or
# two signs after it (`1。`, `壹.`, `A.)`), at a clause's boundary; only a run numbered 1, 2, 3 … of one shape is
# evidence (a bare number is no marker: `每月 1 次`)
# (or an ordinal between an opening and a closing mark of any pair, quotation marks too: `〝一〞`, `‘1’`)
_SIGNS = "".join(chr(c) for c in range(0x21, 0x10000) if unicodedata.category(chr(c)) in ("Po", "So", "Ps", "Pi")
                 and chr(c) not in "，,、；;：:！？!?\"'＂＇…‥·%％‰")
_RUN_ORDINAL = rf"\d{{1,2}}|[{_CN}]{{1,3}}|[{_FORMAL}]{{1,2}}|[{_ROMAN}]|[{_STEMS}][{_BRANCHES}]|[{''.join(_SERIES)}]"
_RUN_STOP = "。．.、:：｜|" + "".join(chr(c) for c in range(0x21, 0x10000) if unicodedata.category(chr(c)) in ("Pe", "Pf"))
_SIGNED_RUN = re.compile(rf"(?:^|(?<=[\s。；;）)」！？!?]))([{re.escape(_SIGNS)}]?)[ \t\u3000]?({_RUN_ORDINAL})"
                         rf"([{re.escape(_RUN_STOP)}]{{0,2}})(?=[ \t\u3000]*[\u4e00-\u9fff])")


def _signed(match: re.Match[str] | None) -> tuple[str, int] | None:
    """(shape, ordinal) of a marker `_SIGNED_RUN` found (`§1` → ('~§#', 1), `壹.` → ('~F.', 1)); None for a bare number."""
    if match is None:
        return None
    sign, ordinal, stop = match.groups()
    value = _ordinal_value(ordinal.translate(_FORMAL_AS_CN))
    if not sign and not stop or not value:
        return None
    return "~" + sign + _ordinal_kind(ordinal) + stop, value


def split_signed_runs(text: str) -> tuple[str, list[str]]:
    """Split items whose markers have any shape (`_SIGNED_RUN`): the longest run of one shape numbered from 1."""
    text = unglyph(text)
    return _cut(text, _longest_run(_SIGNED_RUN, _signed, text.translate(_FULLWIDTH_ALNUM)))


def split_items(text: str) -> tuple[str, list[str]]:
    """A cell's numbered items, whichever numbering it uses (1. / 1、 / 1.1 / (1) / (一) / 一、 / 第一點 / ⑴ / ①,
    or any shape that runs 1, 2, 3 …: `§1`, `1。`, `壹.`)."""
    for split in (split_outline, split_arabic, split_arabic_paren, split_cn_paren, split_cn_stop, split_other_items,
                  split_signed_runs):
        prefix, items = split(text)
        if len(items) > 1 or (items and not prefix):
            return prefix, items
    return text.strip(), []


def split_cn_paren(text: str) -> tuple[str, list[str]]:
    """Split packed steps `(一) … (二) … (三) …`; plans repeat or skip numbers, so no sequence."""
    text = unglyph(text)
    cuts = [(m.start(), m.end()) for m in _CN_PAREN.finditer(text)]
    return _cut(text, cuts)


# a second stop after a marker a pattern read (`1）．設置…`, `第一點：設置…`): the marker's, no part of the item
_MARKERS_SECOND_STOP = re.compile(r"^[．.﹒：:、]\s*(?=[^\d\s．.﹒：:、])")


def _cut(text: str, cuts: list[tuple[int, int]]) -> tuple[str, list[str]]:
    if not cuts:
        return text.strip(), []
    prefix = text[: cuts[0][0]].strip()
    items = []
    for i, (_, end) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        item = _MARKERS_SECOND_STOP.sub("", text[end:stop].strip())
        if item:
            items.append(item)
    return prefix, items


def split_steps(text: str, level: int) -> tuple[str, list[str]]:
    """Split a cell into steps at the given marker level (3: (一), 4: 1.)."""
    if level == 3:
        return split_cn_paren(text)
    return split_arabic(text)


# --- a word's markers running in turn down a document's lines ---------------------------------------------

# The styles (word, kind of ordinal, stop) whose markers run in turn at the starts of the lines of the document
# being ingested (`項次1．…` then `項次2．…`, whatever the word): set per file by `document_markers`.
_RUNNING_STYLES: ContextVar[set[str] | None] = ContextVar("running_styles", default=None)


def _worded_style(text: str) -> tuple[str, int, re.Match[str]] | None:
    """(style, ordinal, match) of a worded marker opening `text` (`_worded`), or of a marker of any shape (`_signed`:
    `§1 `, `1。`, `1.)`) that no numbering pattern reads whole (`1. ` is level 4's; `1.)` is more than its `1.`)."""
    match = _WORDED_ANY.match(text)
    worded = _worded(match)
    if worded and match:
        return worded[1], worded[2], match
    match = _SIGNED_RUN.match(text)
    signed = _signed(match)
    if not signed or not match:
        return None
    known = (found.end() for _, pattern in MARKER_PATTERNS[:5] if (found := pattern.match(text)))
    return None if any(end >= match.end() for end in known) else (signed[0], signed[1], match)


def running_styles(lines: Iterable[str]) -> set[str]:
    """The worded marker styles of `lines` that run 1, 2 … down the lines (n+1 the next of the style after n): a
    list's markers by their run, whatever the word; a style seen once, or never in turn from 1, marks nothing."""
    run: dict[str, int] = {}  # the ordinal each style's run from 1 has reached
    found: set[str] = set()
    for line in lines:
        styled = _worded_style(line.strip().translate(_FULLWIDTH_ALNUM))
        if styled:
            style, number, _ = styled
            in_turn = number == 1 or run.get(style) == number - 1
            run[style] = number if in_turn else 0
            if in_turn and number > 1:
                found.add(style)
    return found


@contextmanager
def document_markers() -> Iterator[None]:
    """While one document is ingested: the running styles its reader learns (`learn_running_markers`)."""
    token = _RUNNING_STYLES.set(set())
    try:
        yield
    finally:
        _RUNNING_STYLES.reset(token)


def learn_running_markers(lines: Iterable[str]) -> None:
    """A reader's lines teach `parse_marker` the worded markers running in turn in them (inside `document_markers`)."""
    styles = _RUNNING_STYLES.get()
    if styles is not None:
        styles.update(running_styles(lines))


def _running_marker(probe: str) -> re.Match[str] | None:
    styles = _RUNNING_STYLES.get()
    if not styles:
        return None
    styled = _worded_style(probe)
    if styled and styled[0] in styles:
        return styled[2]
    # (or a sign before the ordinal that the lines number in turn, `※1…` `※2…`: no bullet, the item's number; a bare
    # ordinal and its stop keep their own level, `壹.` a chapter's)
    signed = _SIGNED_RUN.match(probe)
    shape = _signed(signed)
    return signed if signed and signed.group(1) and shape and shape[0] in styles else None
