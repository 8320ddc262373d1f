"""A report the question gives to someone who did not write or publish it.

"why did myria's policy article on migrant integration policies at the local level pick belgium as the setting"
against the passage of "Migrant Integration Policies at the Local Level in Belgium" by Yar and Laurentsyeva: the
name before a kind of report ("myria's policy article", "the paper by myria") is in none of the metadata (author,
publisher, title) of the reports the answer sentences come from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import OFFICES, PLACE_WORDS, made_by
from qa.reports import REPORT_KINDS, author_words, names_by_title_or_publisher, question_words
from qa.result import Hit

# (not "report" or "study": the reports tell of others' reports, "the Commission Bossuyt's final report")
_KINDS = "|".join(kind for kind in REPORT_KINDS.split("|") if kind not in ("report", "study"))
_PLACE_ALT = "|".join(sorted((re.escape(w) for w in PLACE_WORDS), key=len, reverse=True))
# ("Rudy Coddens' openDemocracy article": a name ending in s takes the apostrophe alone)
_OWNED = re.compile(rf"\b([^\W\d_][\w-]+)(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){{0,3}}?(?:{_KINDS})\b|"
                    # (its title may come between: "the openDemocracy piece 'Refugee solidarity: ...' written by")
                    rf"\b(?:{_KINDS})\s+(?:['‘\"“][^'’\"”]{{3,120}}['’\"”],?\s+)?(?:written\s+|published\s+)?by\s+"
                    # "the openDemocracy article by Ghent mayor Mathias De Clercq": the person after a place and office
                    rf"(?:(?:the\s+)?(?:{_PLACE_ALT})(?:['’]s)?\s+(?:{OFFICES})\s+|(?:the\s+)?(?:{OFFICES})\s+(?:of\s+"
                    rf"(?:{_PLACE_ALT})\s+)?)?([^\W\d_][\w-]+)", re.I)
# owners that name no author: a place's report ("ghent's city report"), a pronoun's, the reports' own words
_NO_OWNER = frozenset("its their his her city country government region town municipality eu un it one "
                      "commission council".split())


def other_author(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason the reports the chosen sentences come from are not the owner's the question names, or None."""
    reports = {}
    for hit in hits:
        if any(sentence in hit.chunk.text for sentence in chosen):
            author = str((hit.chunk.metadata or {}).get("author", ""))
            reports[hit.chunk.doc_id] = (hit.chunk.title or hit.chunk.doc_id, author, made_by(hit.chunk))
    for typed, name in _owners(question):
        owner = typed.casefold()
        if owner in PLACE_WORDS or owner in _NO_OWNER or not _a_name(owner, hits, typed):
            continue
        if not reports or any(owner in _words(f"{title} {said}") for title, _author, said in reports.values()):
            continue
        title, author, _said = next(iter(reports.values()))
        by = f" by {author}" if author else ""
        return f"the passages are from “{title}”{by}, not from {name}"
    return None


def _owners(question: str) -> list[tuple[str, str]]:
    """The names the question gives a report to, each as (the word read, the name shown): "myria's policy article",
    "the article by Rudy Coddens" (the whole name shown), and each co-author after "by" or before "wrote" ("the
    policy article that Yar and Desmet wrote")."""
    out = []
    match = _OWNED.search(question)
    if match:
        typed = match.group(1) or match.group(2)
        # the whole name typed: "the piece by Rudy Coddens" is not from "Rudy Coddens"
        goes_on = _NAME_GOES_ON.match(question, match.end(2)) if match.group(2) else None
        out.append((typed, typed + (goes_on.group() if goes_on else "")))
        at = goes_on.end() if match.group(2) and goes_on else -1
        while at >= 0 and (co := _CO_NAME.match(question, at)):
            out.append((co.group(1), co.group(1)))
            at = co.end()
    wrote = _WROTE_IT.search(question)
    if wrote:
        out += [(m.group(), m.group()) for m in re.finditer(r"[A-Z][\w’'-]+", wrote.group(1))]
    return out


# a co-author after the first: "by Yar and Laurentsyeva", "by Yar, Laurentsyeva and Desmet" (up to a word in small
# letters)
_CO_NAME = re.compile(r"\s*(?:,|and|&)\s+([A-Z][\w’'-]+)")
# "the policy article that Yar and Desmet wrote": its writers in a relative clause
_WROTE_IT = re.compile(rf"\b(?:{_KINDS})\s+(?:that|which)\s+((?-i:[A-Z][\w’'-]+)(?:\s*(?:,|and|&)\s+"
                       rf"(?-i:[A-Z][\w’'-]+))*)\s+(?:wrote|authored|co-authored|co-wrote)\b", re.I)


_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w’'-]+)*")


def _a_name(word: str, hits: Sequence[Hit], typed: str) -> bool:
    """The passages read write `word` (lower case) with a capital and never without: "Myria", not the "coordinator"
    of "the taskforce coordinator's article" or the "body" of "that body's final report". A word they never write
    is a name when typed with a capital ("the openDemocracy piece by Rudy Coddens")."""
    found = [m.group() for hit in hits for m in re.finditer(rf"\b{re.escape(word)}\b", hit.chunk.text, re.I)]
    return all(w[0].isupper() for w in found) and (bool(found) or typed[0].isupper())


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_][\w-]+", text)}


_KIND = re.compile(rf"\b(?:{REPORT_KINDS})\b", re.I)


def author_of_another(question: str, hits: Sequence[Hit]) -> str | None:
    """The question gives the one report it names by title or publisher ("her openDemocracy article 'Refugee
    solidarity: the view from Ghent'") to the author of another report read ("how does Ellen Desmet describe ...",
    whose name is on the Global Compact contribution). Not when it speaks of more than one report ("how does Ellen
    Desmet's contribution differ from the openDemocracy article")."""
    if len(_KIND.findall(question)) != 1:
        return None
    words = question_words(question)
    reports = {hit.chunk.doc_id: hit.chunk for hit in hits}
    named = [c for c in reports.values() if names_by_title_or_publisher(question, c.title or "", c.metadata or {})]
    if len(named) != 1 or author_words(named[0].metadata) & words:
        return None
    others = [c for c in reports.values() if c is not named[0] and author_words(c.metadata) & words]
    if not others:
        return None
    asked = [w for w in re.findall(r"[\w’'-]+", question) if w.casefold() in author_words(others[0].metadata)]
    author = str((named[0].metadata or {}).get("author", ""))
    by = f"by {author}" if author else f"published by {(named[0].metadata or {}).get('publisher', '')}"
    return f"“{named[0].title}” is {by}, not by {' '.join(asked)}"
