"""Office type from the office name: peers are offices of the same type (戶政事務所 with
戶政事務所), so compare, trend and peers can group by it and every search can filter by it.

A pure function of the name's ending, the way Taiwanese agencies are named: the suffix says what
the office does (…戶政事務所, …地政事務所, …區公所), whatever the place before it.
"""

from __future__ import annotations

OTHER = "其他機關"

# (type label, name endings), checked in order: the first match wins, so the specific
# endings (…區衛生所) come before the general ones (…區公所 would not match 衛生所 anyway,
# but 稅務局 must beat the plain 局 of other agencies).
_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("戶政事務所", ("戶政事務所",)),
    ("地政事務所", ("地政事務所",)),
    ("衛生所", ("衛生所", "健康服務中心")),
    ("鄉鎮市區公所", ("區公所", "鄉公所", "鎮公所", "市公所")),
    ("行政執行分署", ("分署",)),
    ("稅務機關", ("稅務局", "稅捐稽徵處", "稅捐稽徵局", "國稅局")),
    ("縣市政府", ("市政府", "縣政府")),
)

OFFICE_TYPES: tuple[str, ...] = tuple(label for label, _ in _TYPES) + (OTHER,)


def office_type(office: str | None) -> str:
    """The office's type, e.g. 臺中縣龍井鄉戶政事務所 → 戶政事務所; unknown names → 其他機關."""
    name = (office or "").strip()
    if not name:
        return OTHER
    for label, endings in _TYPES:
        if name.endswith(endings):
            return label
    return OTHER
