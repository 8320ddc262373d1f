"""A figure the question gives in another unit than the reports: a share as an amount, a count as a share.

"belgium spent 37.1 million euros of its oda on least developed countries in 2018" against "Belgium spent 37,1% of
ODA to least developed countries"; "65% of Refu Interim's volunteers had newly registered" against "210 asylum
seekers, refugees and migrants volunteered ..., 65 of whom had newly registered". The question must name its unit (a
per cent or euros); the reports' passages read give the same number only in another unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import YEAR, quote
from qa.figures import number_value, spans
from qa.result import Hit

# a number with what it counts in: "37.1 million euros", "€ 360", "0,7%", "65 of whom" (no unit: a count); not the
# end of a span of years ("2009-18")
_AMOUNT = re.compile(r"(?<![\w.,])(?<!\d-)(€\s*)?(\d+(?:[.,]\d+)*)(?![\w.,]\d)\s*(?:(million|billion|thousand)\s+)?"
                     r"(%|percent\b|per cent\b|euros?\b|eur\b)?", re.I)
_KIND = {"%": "a percentage", "EUR": "an amount in euros", "": "a number"}


def _amounts(text: str) -> list[tuple[float, str, str, int]]:
    """(value, unit, as written, where) of each number of the text that is no year; unit "%", "EUR" or "" (a
    count)."""
    out = []
    for m in _AMOUNT.finditer(text):
        if YEAR.fullmatch(m.group(2)) and not m.group(4):
            continue
        try:
            value = number_value(m.group(2))
        except ValueError:
            continue  # "11.11.11", a name
        word = (m.group(4) or "").lower()
        unit = "%" if word in ("%", "percent", "per cent") else "EUR" if word.startswith("eur") or m.group(1) else ""
        out.append((value, unit, m.group().strip(), m.start()))
    return out


def other_unit(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason a figure of the question is given in another unit by the reports, or None."""
    asked = [(value, unit, written) for value, unit, written, _ in _amounts(question) if unit]
    if not asked:
        return None
    read = [a for h in hits for a in _amounts(h.chunk.text)]
    for value, unit, written in asked:
        if any(abs(v - value) < 1e-9 and u == unit for v, u, _, _ in read):
            continue  # the passages give it in the question's unit somewhere
        for sentence in chosen:
            other = [(u, w) for v, u, w, _ in _amounts(sentence) if abs(v - value) < 1e-9 and u != unit]
            if other:
                return (f"the reports give {other[0][1]} ({_KIND[other[0][0]]}), not {written}: "
                        f"“{quote(sentence)}”")
    return None


# a figure for each year (or month, week, day), and one for a whole span ("during the project", "in total")
_PERIODS = (("yearly", re.compile(r"\b(?:per year|a year|each year|every year|annually|yearly|per annum)(?![\w-])",
                                  re.I)),
            ("monthly", re.compile(r"\b(?:per month|a month|each month|every month|monthly)(?![\w-])", re.I)),
            ("weekly", re.compile(r"\b(?:per week|a week|each week|every week|weekly)(?![\w-])", re.I)),
            ("daily", re.compile(r"\b(?:per day|a day|each day|every day|daily)(?![\w-])", re.I)))
_AVERAGE = re.compile(r"\b(?:an average of|on average)\b", re.I)  # a yearly figure, when no period is named
_WHOLE = re.compile(r"\b(?:in total|altogether|in all|overall|during the project|over the whole|all together)\b", re.I)
_REACH = 60  # characters: a span word belongs to a number this near


def other_span(question: str, chosen: Sequence[str]) -> str | None:
    """The question gives a yearly figure as a total, or a total as yearly, or as a figure of another period: "Over
    2009-18, Belgium issued 54,000 first residence permits in total" (or "about 54,000 ... a month") against "an
    average of 54,000 first residence permits per year"."""
    for value, _, _, asked in _spans(question):
        for sentence in chosen:
            said = [(w, span) for v, _, w, span in _spans(sentence) if abs(v - value) < 1e-9 and span != asked]
            if said:
                written, span = said[0]
                how = "a total" if span == "whole" else f"a {span} figure"
                return f"the reports give {written} as {how}, not {'a total' if asked == 'whole' else _AS[asked]}: " \
                       f"“{quote(sentence)}”"
    return None


_AS = {"yearly": "a yearly figure", "monthly": "a monthly one", "weekly": "a weekly one", "daily": "a daily one"}


def _spans(text: str) -> list[tuple[float, str, str, str]]:
    """(value, unit, as written, "yearly", "monthly", "weekly", "daily" or "whole") of each number of the text with a
    span word near it."""
    out = []
    for value, unit, written, at in _amounts(text):
        near = text[max(0, at - _REACH):at + len(written) + _REACH]
        periods = {name for name, said in _PERIODS if said.search(near)} or (
            {"yearly"} if _AVERAGE.search(near) else set())
        whole = bool(_WHOLE.search(near))
        if len(periods) + whole == 1:
            out.append((value, unit, written, periods.pop() if periods else "whole"))
    return out


def other_time_unit(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a length of time in another unit than the reports: "stretched ... from 3 to 5 months"
    against "prolonged from 3 to 5 years". A chosen sentence gives the number in another unit of time, and no
    passage read gives it in the question's."""
    asked = spans(question)
    if not asked:
        return None
    read = [length for h in hits for length in spans(h.chunk.text)]
    for value, unit, written in asked:
        if any(abs(v - value) < 1e-9 and u == unit for v, u, _ in read):
            continue
        for sentence in chosen:
            other = [w for v, u, w in spans(sentence) if abs(v - value) < 1e-9 and u != unit]
            if other:
                return f"the reports give {other[0]}, not {written}: “{quote(sentence)}”"
    return None

