"""Automatic list numbering rendered as the reader of the page sees it (一、 (二) 3. ①).

Word and LibreOffice store a numbered paragraph as "level 2 of list 5" and draw the number
when they lay the page out; the text holds no `一、`. Plans use that numbering for their
measures, so the readers render the label back, the way the printed page shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DIGITS = "〇一二三四五六七八九"
_CAPITAL = "零壹貳參肆伍陸柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def chinese_counting(n: int, digits: str = _DIGITS, ten: str = "十", hundred: str = "百") -> str:
    """1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (the way plans count)."""
    if n <= 0:
        return str(n)
    if n >= 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += digits[hundreds] + hundred
        if rest and tens == 0:
            out += "零"
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + ten
    if ones:
        out += digits[ones]
    return out


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    """1 → A, 26 → Z, 27 → AA (Word repeats the letter)."""
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter in a Word `numFmt` style (ODF formats are mapped onto these names)."""
    match fmt:
        case "decimalZero":
            return f"{n:02d}"
        case "upperLetter":
            return _letters(n)
        case "lowerLetter":
            return _letters(n).lower()
        case "upperRoman":
            return _roman(n)
        case "lowerRoman":
            return _roman(n).lower()
        case "taiwaneseCounting" | "taiwaneseCountingThousand" | "chineseCounting" | "chineseCountingThousand" \
                | "ideographTraditional_counting" | "japaneseCounting":
            return chinese_counting(n)
        case "chineseLegalSimplified" | "ideographLegalTraditional":
            return chinese_counting(n, _CAPITAL, "拾", "佰")
        case "taiwaneseDigital" | "ideographDigital":
            return "".join(_DIGITS[int(d)] for d in str(n))
        case "ideographTraditional":
            return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
        case "ideographZodiac":
            return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
        case "decimalFullWidth" | "decimalFullWidth2":
            return str(n).translate({ord(d): chr(0xFF10 + int(d)) for d in "0123456789"})
        case "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if 0 < n <= 20:
            return chr(0x2460 + n - 1)
        case "decimalEnclosedParen" if 0 < n <= 20:
            return chr(0x2474 + n - 1)
        case "none":
            return ""
        case _:
            return str(n)


# ODF `style:num-format` values (LibreOffice writes the Chinese ones as a sample list).
ODF_FORMATS = {
    "1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
    "一, 二, 三, ...": "taiwaneseCounting", "壹, 貳, 參, ...": "ideographLegalTraditional",
    "壹, 贰, 叁, ...": "ideographLegalTraditional", "甲, 乙, 丙, ...": "ideographTraditional",
    "子, 丑, 寅, ...": "ideographZodiac", "１, ２, ３, ...": "decimalFullWidth", "①, ②, ③, ...": "decimalEnclosedCircle",
    "〇, 一, 二, ...": "taiwaneseDigital", "": "none",
}


@dataclass(frozen=True)
class LevelFormat:
    """How one list level draws its label: Word's `lvlText` (`%1、`, `(%2)`) and counter formats."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    bullet: bool = False


@dataclass
class ListCounter:
    """Counters of one list: numbering a level resets the deeper ones."""

    counts: dict[int, int] = field(default_factory=dict)

    def label(self, level: int, formats: dict[int, LevelFormat]) -> str:
        fmt = formats.get(level, LevelFormat())
        if fmt.bullet:
            return "•"
        self.counts[level] = self.counts.get(level, fmt.start - 1) + 1
        for deeper in [k for k in self.counts if k > level]:
            del self.counts[deeper]

        def render(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            at_fmt = formats.get(at, LevelFormat())
            return format_number(self.counts.get(at, at_fmt.start), at_fmt.fmt if at != level else fmt.fmt)

        return re.sub(r"%(\d)", render, fmt.text).strip()


def with_label(label: str, text: str) -> str:
    """Label and paragraph text as printed: `一、提升…`, `1. 提供…`, `• 設置…`."""
    if not label:
        return text
    if text.startswith(label):
        return text
    sep = " " if label[-1].isascii() or label == "•" else ""
    return f"{label}{sep}{text}"
