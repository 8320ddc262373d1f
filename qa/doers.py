"""A deed the question gives to one body that the reports give, in the same words, to another; and a superlative.

"after the city of ghent decided to provide more accommodation for refugees, how many ..." against "Due to the growing
number of refugees, the federal government decided to provide more accommodation for refugees"; "The European
Parliament announced its 'New Pact on Migration and Asylum' on 23 September 2020." against "The European Commission
announced its ‘New Pact on Migration and Asylum’ on 23 September 2020". The deed must be told word for word (the same
verb or one of its kin, and most of the words after it), so that who did it is all that differs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import LEVELS, NOTE, content_stems, quote, related_sentences, scopes, stands_for
from qa.question import question_names, unshortened
from qa.result import Hit

# a body doing a deed, at the start of a sentence or clause: "<who> [had] <verb>ed <what>"
_DEED = re.compile(r"(?:^|[.!?]\s+|[,;:–—]\s+|\s-\s|\b(?:when|after|since|once|as|because|before|until|while|though|"
                   r"although|and)\s+)(?P<who>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(?:had\s+|has\s+|have\s+)?"
                   r"(?P<verb>[a-z]{3,}ed)\s+(?P<what>[^?;:]+)", re.I)
# the words that make a phrase a body
_HEADS = frozenset(content_stems("government govt commission council parliament court city municipality minister "
                                 "ministry office agency state authorities mayor party union organisation "
                                 "organization ngo ngos taskforce alderman department service"))
_NO_BODY = frozenset("it they he she we you i this that these those who which what there one".split())
_PASSIVE = frozenset("is are was were be been being gets got".split())
_WHAT_WORDS = 8  # the words of the deed after its verb read, in the question and in a sentence ...
_SHARED = 3  # ... of which they must share this many (and at least half of the question's)
_LEVEL_SHARED = 2  # ... or this many, of a deed the question gives a level of government


# verbs that tell one deed: "Unia has urged policymakers to launch ..." and "Myria has called on policymakers to
# launch ..."; "announced" and "presented" a plan
_KIN = {verb: group[0] for group in (("called", "urged", "asked", "requested", "demanded", "appealed", "pressed",
                                      "pushed", "encouraged", "invited"),
                                     ("announced", "presented", "unveiled", "published", "released"),
                                     # "UNHCR declared Ghent a “solidarity city”" names it one
                                     ("declared", "named", "designated", "proclaimed", "dubbed", "labelled",
                                      "labeled"))
        for verb in group}


def _body(who: str, capitalised: set[str]) -> bool:
    """Is the phrase a body: a word of a body's kind ("the federal government"), or a name ("the European
    Commission", "ghent" when the passages write "Ghent")?"""
    words = who.split()
    if not words or words[-1].lower() in _NO_BODY | _PASSIVE or words[0].lower() in _NO_BODY:
        return False  # ("The project is sponsored by ...": the project is done to, not doing)
    return bool(content_stems(who) & _HEADS) or any(w[:1].isupper() for w in words[1:]) \
        or any(w.lower() in capitalised for w in words if w.lower() != "the")


def _deeds(text: str, capitalised: set[str], asked: bool = False) -> list[tuple[str, str, set[str]]]:
    """(who, verb, stems of what) for each deed a body does in the text; in a question (`asked`), also one asked
    about ("What kind of national survey has Fedasil asked policymakers to launch?")."""
    # (what a deed asked about is done to may stand before it: "What kind of national survey ... has Fedasil asked")
    found = [*((m, m.group("what")) for m in _DEED.finditer(text)),
             *((m, f"{m.group('what')} {text[:m.start()]}") for m in (_DEED_ASKED.finditer(text) if asked else ())),
             *((m, m.group("what")) for m in (_DEED_DOING.finditer(text) if asked else ()))]
    return [(m.group("who"), _KIN.get(_done(m.group("verb")), _done(m.group("verb"))),
             content_stems(" ".join(re.findall(r"[\w’'-]+", what)[:_WHAT_WORDS])))
            for m, what in found if _body(m.group("who"), capitalised)]


def _done(verb: str) -> str:
    """A verb as a deed told in the past: "naming" -> "named" ("announced" stays)."""
    verb = verb.lower()
    return f"{verb[:-3]}ed" if verb.endswith("ing") else verb


# a deed the question takes as given in passing: "Apart from the Council of Europe naming Ghent a 'solidarity city'"
_DEED_DOING = re.compile(r"\b(?:from|besides|after|before|since|despite)\s+(?P<who>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?"
                         r"[\w’'.-]+)\s+(?P<verb>[a-z]{3,}ing)\s+(?P<what>[^?;:,]+)", re.I)


_CALL_OF = re.compile(r"\b([A-Z][\w’'-]+)['’]s\s+(call|appeal|request|demand|plea)\s+(for|to)\b")
_CALLED = {"call": "called", "appeal": "appealed", "request": "requested", "demand": "demanded", "plea": "pleaded"}


_LED_TO = re.compile(r"\b(?:led|prompted|caused|forced|pushed|drove|moved)\s+(?P<who>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?"
                     r"[\w’'.-]+)\s+to\s+(?P<deed>[a-z]+\s)", re.I)


_DEED_ASKED = re.compile(r"\b(?:has|have|had)\s+(?P<who>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+"
                         r"(?P<verb>[a-z]{3,}ed)\s+(?P<what>[^?;:]+)", re.I)


def other_doer(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason a sentence read gives the question's deed (the same verb, most of the same words after it) to
    another body, and none gives it to the question's; None otherwise."""
    question = unshortened(question)  # "the federal govt"
    # a deed named as the body's noun: "According to Unia's call for a major national survey" is Unia calling for it
    question = _CALL_OF.sub(lambda m: f", {m.group(1)} {_CALLED[m.group(2).lower()]} {m.group(3)}", question)
    # a body led to a deed decided on it: "the growing number of refugees, which had led the Flemish government to
    # provide more accommodation" is told as "the federal government decided to provide more accommodation"
    question = _LED_TO.sub(lambda m: f", {m.group('who')} decided to {m.group('deed')}", question)
    related = related_sentences(chosen, hits)
    capitalised = _capitalised(related)
    # (a name the question writes with a capital within it is one: "has Fedasil asked")
    named = {w.lower() for name in question_names(question) for w in name.split()}
    for who, verb, what in _deeds(question, capitalised | named, asked=True):
        # (a level of government's deed may be told in two words: "the Flemish government decided to provide more
        # accommodation")
        needed = min(_SHARED, max(len(what), _LEVEL_SHARED)) if scopes(who) & LEVELS else _SHARED
        if len(what) < needed:
            continue
        asked = content_stems(who)
        acronyms = [w for w in who.split() if w.isupper() and len(w) > 1]
        other = None
        for sentence, _near in related:
            for said, said_verb, told in _deeds(sentence, capitalised):
                shared = len(what & told)
                if said_verb != verb or shared < needed or 2 * shared < len(what):
                    continue
                doer = content_stems(said)
                if asked <= doer or doer <= asked or stands_for(acronyms, said) or _spells_out(who, said) \
                        or _governs(who, said):
                    return None  # a sentence gives it to the question's body ("Ghent", "the city of Ghent")
                if not asked <= content_stems(sentence):
                    other = other or (said, sentence)
        if other:
            return f"the reports say {_as_named(other[0])} did it: “{quote(other[1])}”"
    return None


def _governs(country: str, body: str) -> bool:
    """Is the body one of the country's own governments: "Belgium transposed the single permit provisions" is told
    as "the federal and regional authorities transposed ..."? (the reports' country is Belgium)"""
    return scopes(country) == {"Belgium"} and not content_stems(country) & _HEADS \
        and bool(content_stems(body) & _HEADS) and scopes(body) <= LEVELS | {"Belgium"}


def _capitalised(related: Sequence[tuple[str, bool]]) -> set[str]:
    """The words the sentences read write with a capital, in small letters: what a name typed in any case is
    found by."""
    return {w.lower() for sentence, _near in related for w in re.findall(r"\b[A-Z][\w’'-]+", sentence)}


def _spells_out(who: str, said: str) -> bool:
    """Does the question's body spell out an acronym of the sentence's: "Belgium's official development assistance"
    for "Belgian ODA"?"""
    initials = "".join(w[0] for w in re.findall(r"[\w’'-]+", who.lower()))
    return any(len(w) > 1 and w.isupper() and w.lower() in initials for w in said.split())


def _named(who: str, capitalised: set[str]) -> bool:
    """Is the phrase a body by its name, a word besides its kind written with a capital ("the European Council",
    "the european council" when the passages write "Council"), not "the city"?"""
    return _body(who, capitalised) and any((w[:1].isupper() or w.lower() in capitalised) and content_stems(w) - _HEADS
                                           for w in who.split() if w.lower() not in _NO_BODY | {"the"})


def _as_named(who: str) -> str:
    """A body as a sentence names it, for a reason to tell: "The European Commission" -> "the European Commission"."""
    said = " ".join(who.split())
    return said[0].lower() + said[1:] if said.startswith("The ") else said


# "<what> has proven / is the most successful way ...": the one thing a superlative is said of
_MOST = re.compile(r"(?:^|[.!?,;:–—]\s+|\s-\s)(?P<who>[^.!?,;:–—]{3,100}?)\s+(?:has\s+|have\s+|had\s+)?"
                   r"(?:proven|proved|been|is|are|was|were|remains?|remained)\s+(?:to\s+be\s+)?the\s+"
                   r"(?P<most>(?:most|least)\s+[\w-]+|best|worst|[a-z]+est)\s+(?P<what>[^.!?;]+)", re.I)


def _most_of(what: str) -> set[str]:
    """The stems of what a superlative is said of, up to its clause's end: "way of influencing migration policy"."""
    return content_stems(" ".join(re.findall(r"[\w’'-]+", re.split(r"[,;]", what)[0])[:_MOST_WORDS]))


_MOST_WORDS = 10


def other_holder_of_most(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says one thing is the most (successful, effective ...) something ("Public campaigning has proven
    the most successful way for civil society to influence Belgian migration policy") and a sentence read says it of
    another, sharing no word with it ("Challenging the legality of these measures in court has proven the most
    successful way of influencing migration policy")."""
    for asked in _MOST.finditer(unshortened(question)):
        who, most = content_stems(asked.group("who")), asked.group("most").lower()
        what = _most_of(asked.group("what"))
        if not who or len(what) < 2:
            continue
        for sentence, _near in related_sentences(chosen, hits):
            for told in _MOST.finditer(sentence):
                holder = content_stems(told.group("who"))
                said = _most_of(told.group("what"))
                if told.group("most").lower() == most and len(what & said) >= 2 and holder and not holder & who \
                        and not who <= content_stems(sentence):
                    return f"the reports say this of another: “{quote(sentence)}”"
    return None


# a named thing the question gives an owner: "the European Council's 'New Pact on Migration and Asylum'"
_OWNED = re.compile(r"(?P<who>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)['’]s\s+(?P<what>[‘'\"“][^’'\"”]{4,}[’'\"”]|"
                    r"(?:[A-Z][\w-]*\s+(?:(?:of|on|for|and)\s+)?){1,5}[A-Z][\w-]*)")
# ... that a sentence gives its owner: "The European Commission announced its ‘New Pact ...’", "URBACT's Good Practice"
_OWNER_OF = re.compile(r"(?P<who>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)(?:['’]s|\s+(?:has\s+|had\s+)?"
                       r"[a-z]{3,}ed\s+(?:its|their))\s+(?P<what>[^.;:?!]{4,80})", re.I)
_OWNED_SHARED = 2  # the words of the thing a sentence must hold, all of them when fewer


def other_owner(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a named thing to one body ("What emphasis did the European Council's 'New Pact on
    Migration and Asylum' ... put on integration?") and a sentence read gives it to another ("The European
    Commission announced its ‘New Pact on Migration and Asylum’ on 23 September 2020"), none to the question's."""
    related = related_sentences(chosen, hits)
    capitalised = _capitalised(related)
    for asked in _OWNED.finditer(unshortened(question)):
        who, thing = asked.group("who"), content_stems(asked.group("what"))
        if not _named(who, capitalised) or len(thing) < _OWNED_SHARED:
            continue  # (not "the city's Taskforce on Refugees": "the city" is Ghent)
        owners = [(m.group("who"), sentence) for sentence, _near in related for m in _OWNER_OF.finditer(sentence)
                  if thing <= content_stems(m.group("what"))]
        if any(content_stems(who) <= content_stems(owner) or content_stems(owner) <= content_stems(who)
               for owner, _s in owners):
            return None  # a sentence gives it to the question's body ("the Commission's" for "European Commission")
        other = next(((owner, s) for owner, s in owners if _named(owner, capitalised)), None)
        if other:
            return f"the reports give it to {_as_named(other[0])}: “{quote(other[1])}”"
    return None


# a body the question describes in passing: "Unia, the independent body legally tasked with informing policymakers on
# migration flows, ..."; "the Commissioner General for Refugees and Stateless Persons, the body that issues visas"
# (a name typed in small letters opening the question: "unia, the independent public body legally charged with ...")
_DESCRIBED = re.compile(r"(?P<who>\b[A-Z][\w’'-]*(?:\s+(?:(?:for|of|and|on)\s+)?[A-Z][\w’'-]*)*|"
                        r"^\W*[a-z][\w’'-]*)\s*,\s+(?:the|an?)\s+"
                        r"(?P<what>(?:[\w-]+\s+){0,2}?(?:body|agency|institution|institute|organi[sz]ation|office|"
                        r"service|authority|centre|center|group|ngo)\s+(?:that|which|who|legally|responsible|tasked|"
                        r"charged|in\s+charge)\b[^,?;]*)")
_DESCRIPTION_WORDS = frozenset(content_stems("body agency institution institute organisation organization office "
                                             "service authority centre center group ngo responsible tasked charged "
                                             "charge"))
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w’'-]+")  # a word within a sentence written with a capital
_DESCRIBED_SHARED = 3  # the words of the description a sentence must tell of another body (and half of them)


def described_other(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question describes a body in passing ("What kind of national survey has Unia, the independent body
    legally tasked with informing policymakers on migration flows, called for?") by what a sentence read says of
    another ("The Federal Migration Centre Myria, an independent public institution, is legally charged with
    providing information on the nature and size of migration streams to policy makers"), and no sentence telling
    it names the question's body."""
    for asked in _DESCRIBED.finditer(unshortened(question)):
        who = content_stems(asked.group("who"))
        what = content_stems(asked.group("what")) - _DESCRIPTION_WORDS
        if not who or len(what) < _DESCRIBED_SHARED:
            continue
        # (a sentence naming a body: "A new reception centre ... for 250 asylum seekers" tells of nobody's, nor a note
        # "37 Art. 41 Act of 12 January 2017 on the reception of asylum seekers ...")
        telling = [sentence for sentence, _near in related_sentences(chosen, hits)
                   if (shared := len(what & content_stems(sentence))) >= _DESCRIBED_SHARED and 2 * shared >= len(what)
                   and _CAPITALISED.search(sentence) and not NOTE.match(sentence)]
        if telling and not any(who <= content_stems(sentence) for sentence in telling):
            return f"the reports say this of another: “{quote(telling[0])}”"
    return None
