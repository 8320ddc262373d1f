"""The reports a question names: by author ("Yar and Laurentsyeva"), publisher ("the openDemocracy article"),
quoted title ("the piece 'Refugee solidarity: the view from Ghent'") or year ("the 2016 opinion piece").

Retrieval reads these reports' passages as a third list, so "Who wrote the openDemocracy piece?" looks in that
article first. Everything comes from the report's metadata (corpus/manifest.toml or the file's properties).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.store import DocumentRecord

# Words in an author field that name nobody ("builds on work by Ellen Desmet", "Van de Kerckhove", "et al.")
_NOT_NAMES = frozenset("and by on of the work builds based after with van von de der den du la le et al eds ed "
                       "editor editors team staff".split())
_QUOTED = re.compile(r"[\"“‘']([^\"”’']{8,})[\"”’']")
# the kinds a question calls a report by: "the openDemocracy article", "the local integration paper"
REPORT_KINDS = "article|piece|report|profile|paper|contribution|essay|op-ed|publication|study"
_YEAR_AND_KIND = re.compile(rf"\b(?:the|this|that|her|his|their|its)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+)?"
                            rf"(?:{REPORT_KINDS})\b", re.I)


def named_reports(question: str, documents: Sequence[DocumentRecord]) -> list[str]:
    """The doc_ids of the reports `question` names, in store order; [] when it names none."""
    named = [d.doc_id for d in documents if _names(question, d)]
    if not named:
        named = _described(question, documents)
    years = {m.group(1) for m in _YEAR_AND_KIND.finditer(question)}
    dated = [d.doc_id for d in documents if years & {str(d.metadata.get("year", "")), _year_of(d)}]
    if len(dated) == 1 and dated[0] not in named:  # "the 2016 article" when only one report is of 2016
        named.append(dated[0])
    return named


def author_words(meta: dict[str, object] | None) -> set[str]:
    """The names in a report's author field, in lower case: {"yar", "laurentsyeva"} of "Yar, A.W.A. and
    Laurentsyeva, N."."""
    return {w.casefold() for w in re.findall(r"[^\W\d_][\w’'-]+", str((meta or {}).get("author", "")))
            if w[0].isupper() and w.lower() not in _NOT_NAMES}


def _names(question: str, doc: DocumentRecord) -> bool:
    meta = doc.metadata or {}
    if author_words(meta) & question_words(question):
        return True
    return names_by_title_or_publisher(question, doc.title or "", meta)


def question_words(question: str) -> set[str]:
    """The question's words in lower case ("yar and laurentsyeva's" typed in lower case), to meet author_words."""
    return {w.casefold() for w in re.findall(r"[\w’'-]+", question)}


def names_by_title_or_publisher(question: str, title: str, meta: dict[str, object]) -> bool:
    """The question names the report by its publisher ("the openDemocracy article") or title (whole, or quoted in
    part)."""
    publisher = re.split(r"[(,;]", str(meta.get("publisher", "")))[0].strip()
    if _distinctive(publisher) and re.search(rf"\b{re.escape(publisher)}\b", question, re.I):
        return True
    title = title.casefold()
    quoted = [m.group(1).strip(" .?!").casefold() for m in _QUOTED.finditer(question)]
    return bool(title) and (title in question.casefold()
                            or any(len(q.split()) >= 3 and (q in title or title in q) for q in quoted)
                            or _told_after_kind(question, title))


# a report told by most of its title after its kind: "the policy article on migrant integration at the local level in
# belgium" ("Migrant Integration Policies at the Local Level in Belgium")
_KIND_ON = re.compile(rf"\b(?:{REPORT_KINDS})\s+(?:on|about|titled|entitled|called)\s+([^,;:?()\"“”]+)", re.I)
_SMALL = frozenset("a an the of at in on for and to".split())
_TOLD_WORDS, _TOLD_SHARE = 3, 0.6  # title words the question must give, and their share of the title's


def _told_after_kind(question: str, title: str) -> bool:
    """The words after "<kind> on" are the title's, most of them, up to the first word not in it."""
    title_words = {w.casefold() for w in _TITLE_WORD.findall(title)}
    content = title_words - _SMALL
    for match in _KIND_ON.finditer(question):
        told = set()
        for word in _TITLE_WORD.findall(match.group(1).casefold()):
            if word not in title_words and word not in _SMALL:
                break
            told.add(word)
        told -= _SMALL
        if content and len(told) >= _TOLD_WORDS and len(told) >= _TOLD_SHARE * len(content):
            return True
    return False


# a report told by words of its title before its kind: "the local integration paper", "the global compact report"
_DESCRIBED = re.compile(r"\b(?:the|this|that|her|his|their|its)\s+((?:[a-z][\w-]*\s+){1,3}?)"
                        rf"({REPORT_KINDS})\b", re.I)
_TITLE_WORD = re.compile(r"[^\W\d_][\w-]*")
_NOT_DESCRIBING = frozenset("the a an this that new latest recent same whole policy research academic".split())


def _described(question: str, documents: Sequence[DocumentRecord]) -> list[str]:
    """The one report whose title holds every word before a kind the question names it by ("the local integration
    paper": "Migrant Integration Policies at the Local Level in Belgium"); with the kind too, when its words alone
    fit several ("the city report": "... (city report)", not "... (city profile)")."""
    titles = {d.doc_id: {w.casefold() for w in _TITLE_WORD.findall(d.title or "")} for d in documents}
    for match in _DESCRIBED.finditer(question):
        words = {w.casefold() for w in _TITLE_WORD.findall(match.group(1))} - _NOT_DESCRIBING
        if not words:
            continue
        fit = [doc for doc, title in titles.items() if words <= title]
        if len(fit) > 1:
            fit = [doc for doc in fit if match.group(2).casefold() in titles[doc]]
        if len(fit) == 1:
            return fit
    return []


# a report called by a place and its kind: "the Ghent city profile", "the Belgian GCM report"
# (not "the applicant to Eritrea breached Article 3": small words and a number tell another phrase)
_DESIGNATING = r"(?:(?!(?:to|of|in|on|by|for|from|with|that|which|and|or|who)\b)[\w’'-]+\s+)"
_PLACE_AND_KIND = re.compile(rf"\b(?:the|this|that|both)\s+{_DESIGNATING}{{1,4}}?(?:{REPORT_KINDS})s?\b(?!\s*\d)",
                             re.I)


def without_report_names(question: str) -> str:
    """`question` without the names it calls reports by: "Both the Ghent city profile and the Global Compact
    contribution mention ..." is not about Ghent."""
    return _PLACE_AND_KIND.sub(" ", question)


def without_report_descriptions(question: str) -> str:
    """`question` without the names it calls reports by and what it says they are on ("as the article on Belgian
    local integration claims": its "local" is the report's subject, no claim of the question's)."""
    return _KIND_ON.sub(" ", without_report_names(question))


def _distinctive(publisher: str) -> bool:
    """A publisher name a question can mean one report by: "Moving Cities", "openDemocracy"; not "Policy article"."""
    words = publisher.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return bool(words) and (capitals >= 2 or any(c.isupper() for w in words for c in w[1:]))


def _year_of(doc: DocumentRecord) -> str:
    match = re.match(r"\s*((?:19|20)\d\d)", str((doc.metadata or {}).get("date", "")))
    return match.group(1) if match else ""
