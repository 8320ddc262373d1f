"""A figure the question states for a year, against the figure the reports give for that year.

"Belgium already reached the 0,7% of GNI aid target in 2018, so ...?" against "In 2018, Belgian ODA amounted to
0,44% of the gross national income (GNI), whereas this should increase to 0,7% by 2030": the question's 0,7% is
in the reports, but for 2030; for 2018 they give 0,44%.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import YEAR, content_stems, quote, related_sentences
from qa.result import Hit

# a percentage or an amount in euros: "0,7%", "16.8 %", "360 euros", "€ 1.200"
_FIGURE = re.compile(r"(?<![\w.,])(?:€\s*)?(\d+(?:[.,]\d+)*)\s*(%|percent\b|per cent\b|euros?\b|eur\b)?", re.I)


def _figures(text: str) -> list[tuple[float, str, str | None, str]]:
    """(value, unit, year, as written) of each percentage or euro amount in `text`; the year is the nearest one
    in the text (by characters), None when the text names no year."""
    years = [(m.start(), m.group()) for m in YEAR.finditer(text)]
    out = []
    for m in _FIGURE.finditer(text):
        unit = _unit(m)
        if not unit or YEAR.fullmatch(m.group(1)):
            continue
        year = min(years, key=lambda y: abs(y[0] - m.start()))[1] if years else None
        out.append((_value(m.group(1)), unit, year, m.group().strip()))
    return out


def _unit(match: re.Match) -> str | None:
    word = (match.group(2) or "").lower()
    if word in ("%", "percent", "per cent"):
        return "%"
    if word.startswith("eur") or match.group().startswith("€"):
        return "EUR"
    return None


def _value(number: str) -> float:
    """ "0,44" and "0.44" are 0.44; "1.200" and "1,200" (thousands) are 1200."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
        return float(re.sub(r"[.,]", "", number))
    return float(number.replace(",", "."))


def other_figure(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question states a percentage or amount for a year, and a sentence on the same subject gives another
    figure of that kind for that year and not the question's."""
    claims = [(value, unit, year) for value, unit, year, _ in _figures(question) if year]
    if not claims:
        return None
    subject = content_stems(YEAR.sub(" ", _FIGURE.sub(" ", question)))
    for sentence, near in related_sentences(chosen, hits):
        if len(subject & content_stems(sentence)) < (2 if near else 3):
            continue
        given = _figures(sentence)
        for value, unit, year in claims:
            same = [(v, written) for v, u, y, written in given if u == unit and y == year]
            if same and all(abs(v - value) > 1e-9 for v, _ in same):
                return f"the reports give {same[0][1]} for {year}: “{quote(sentence)}”"
    return None
