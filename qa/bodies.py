"""A body the question calls by another kind than the reports, or gives to another organisation.

"what does the local political party gent zonder grenzen stand for" against "the citizen initiative Gent Zonder
Grenzen": the word of kind just before a name in the question, against the one the passages read put before it.
"the EU global compact for safe, orderly and regular migration" against "the UN Global Compact for Safe, Orderly and
Regular Migration": the organisation just before a name, the same way.
"What proposals did Myria put forward in its Action Plan" against "a coalition of NGOs launched an Action Plan": a
named thing the question gives to one maker that the reports say another made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import YEAR, content_stems, quote, quote_within, related_sentences
from qa.question import question_names
from qa.result import Hit
from qa.roles import sentence_around

_KINDS = ("party|movement|initiative|organisation|organization|ngo|association|office|agency|court|council|ministry|"
          "union|network|platform|foundation|charity|company|firm|project|programme|program|festival|institution")
# international owners only: "the federal Immigration Office" is "the Belgian Immigration Office" too
_OWNERS = "EU|UN|United Nations"
_SAME = {"organization": "organisation", "program": "programme"}


def other_kind_of_body(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason the question's kind of body or owner before a name is not the reports', or None."""
    text = " ".join(h.chunk.text for h in hits)
    # (a name that leads the question, in any case, as the passages write it: "myria, the ngo charged with ...")
    lead = re.match(r"\W*([^\W\d_][\w-]*),\s", question)
    written = re.search(rf"\b{re.escape(lead.group(1))}\b", text, re.I) if lead else None
    led = [written.group()] if written and written.group()[:1].isupper() else []
    for name in [*question_names(question), *led]:
        # "the EU Global Compact": the owner typed with a capital runs into the name
        owner = re.match(rf"(?:{_OWNERS})\s+", name)
        if owner:
            question, name = question.replace(name, f"{owner.group()}{name[owner.end():]}"), name[owner.end():]
        problem = _other_level(question, name, text) or _kind_after(question, name, text)
        if problem:
            return problem
        if len(name.split()) < 2:
            continue
        for words in (_KINDS, _OWNERS):
            before = re.compile(rf"\b(?:((?:(?!(?:the|a|an)\s)[^\W\d_][\w-]*\s+)?)({words}))\s+{re.escape(name)}\b",
                                re.I)
            asked = before.search(question)
            if not asked:
                continue
            given = list(before.finditer(text))
            said = {_word(m.group(2)) for m in given}
            if given and _word(asked.group(2)) not in said and _word(asked.group(2)) not in _words_in(text, name):
                m = given[0]
                sentence = next((s for s in chosen if m.group() in s), None) or sentence_around(text, m.start())
                called, typed = (f"{found.group(1)}{found.group(2)}".strip() for found in (m, asked))
                return f"the reports write '{called} {name}', not '{typed} {name}': “{quote(sentence)}”"
    return None


def _apposed(name: str) -> str:
    """The pattern of what an apposition to the name opens with: "Myria, the ", "Gent Zonder Grenzen, which is a "."""
    return rf"(?i:\b{re.escape(name)}),\s+(?:(?:which|that|who)\s+(?:is|was)\s+)?(?:a|an|the)\s+"


def _title_tail(question: str, name: str) -> bool:
    """The name is the last word(s) of a longer title the question writes: "Asylum" in "the New Pact on Migration and
    Asylum, a European Commission initiative" (what comes after it is said of the whole title)."""
    return bool(re.search(rf"[A-Z][\w’'-]*\s+(?:on|of|for|and|&)\s+(?:[A-Z][\w’'-]*\s+(?:on|of|for|and|&)\s+)*"
                          rf"{re.escape(name)}\b", question))


def _kind_after(question: str, name: str, text: str) -> str | None:
    """The kind the question gives a name after it ("Gent Zonder Grenzen, which is a political party launched in
    early 2020", "myria, the ngo charged with ...") when the passages give it only others near it ("A well-known
    citizen movement is Gent Zonder Grenzen", "Myria, an independent public institution")."""
    if len(name) < _NAME_LENGTH or _title_tail(question, name):
        return None
    asked = re.search(rf"{_apposed(name)}(?:(?!(?:{_KINDS})\b)[\w-]+\s+){{0,2}}?({_KINDS})\b", question, re.I)
    if not asked:
        return None
    said = _words_in(text, name)
    if not said or _word(asked.group(1)) in said:
        return None
    at = text.index(name)
    # the name as the question writes it whole: "Gent Zonder Grenzen", though a place word leads it
    whole = re.search(rf"(?:[A-Z][\w’'-]*\s+)*{re.escape(name)}", question[:asked.end()])
    name = whole.group() if whole and whole.group() in text else name
    kind = "NGO" if asked.group(1).lower() == "ngo" else asked.group(1).lower()
    article = "an" if kind[0] in "aeiouN" else "a"
    return f"the reports do not call {name} {article} {kind}: “{quote(sentence_around(text, at))}”"


# the level of government a body belongs to, as a question or a report writes it
_LEVELS = {"flemish": "Flemish", "flanders": "Flemish", "walloon": "Walloon", "wallonia": "Walloon",
           "federal": "federal", "belgian": "federal", "ghent": "city", "city": "city", "municipal": "city",
           "european": "European", "eu": "European"}
_LEVEL = f"(?:{'|'.join(_LEVELS)})"
_BODY_KINDS = f"{_KINDS}|centre|center|service|body|department|authority"


def _other_level(question: str, name: str, text: str) -> str | None:
    """The level of government the question gives a body after its name ("Myria, the Flemish government's
    integration agency") when the passages give it another in its name or after it ("The Federal Migration Centre
    Myria")."""
    if len(name) < _NAME_LENGTH or _title_tail(question, name):
        return None
    asked = re.search(rf"{_apposed(name)}((?:[\w’'-]+\s+){{0,3}}?)(?:{_BODY_KINDS})\b", question, re.I)
    if not asked:
        return None
    levels = {_LEVELS[m.group(1).lower()] for m in re.finditer(rf"\b({_LEVEL})(?:['’]s)?\b", asked.group(1), re.I)}
    if len(levels) != 1:
        return None
    given = [m for m in re.finditer(rf"\b({_LEVEL})\s+(?:[A-Z][\w’'-]*\s+){{0,4}}{re.escape(name)}\b|"
                                    rf"\b{re.escape(name)},\s+(?:a|an|the)\s+({_LEVEL})\b", text, re.I)
             if m.group()[:1].isupper() or m.group(2)]
    said = {_LEVELS[(m.group(1) or m.group(2)).lower()] for m in given}
    if not said or levels & said:
        return None
    level = levels.pop()
    return (f"the reports do not call {name} {level}: "
            f"“{quote(sentence_around(text, given[0].start()))}”")


def _word(word: str) -> str:
    return _SAME.get(word.lower(), word.lower())


def _words_in(text: str, name: str) -> set[str]:
    """The kinds the passages give the name in other ways, near it: "An example of such a movement is Gent Zonder
    Grenzen", "Gent Zonder Grenzen, a citizen movement"."""
    near = " ".join(text[max(0, m.start() - _NEAR):m.end() + _NEAR] for m in re.finditer(re.escape(name), text))
    return {_word(m.group()) for m in re.finditer(rf"\b(?:{_KINDS})\b", near, re.I)}


_NEAR = 80  # characters
_NAME_LENGTH = 4  # characters of a one-word name whose kind is read ("Myria", not "it")


# what makes a named thing: "a coalition of NGOs launched an Action Plan", "Ghent set up a Refugee Taskforce"
_MADE = (r"launched|published|presented|adopted|drew\s+up|drawn\s+up|issued|developed|introduced|initiated|set\s+up|"
         r"wrote|written|created|established|founded|announced|unveiled|proposed")


_SEATS = {"brussels": r"\b(?:European|EU)\b", "strasbourg": r"\b(?:European|Council of Europe)\b",
          "luxembourg": r"\b(?:European|EU)\b", "geneva": r"\b(?:UN|United Nations|UNHCR)\b"}
_BODY_OWNS = re.compile(r"\b((?:[a-z][\w-]*\s+){1,2}(?:parliament|commission|council|government|ministry|agency|"
                        r"office|court|committee|network))['’]s\s", re.I)


def other_maker(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason a named thing the question gives to a maker ("Myria's Action Plan", "did Myria put forward in its
    Action Plan", "the Action Plan by Myria") is one the passages read say another made, or None."""
    # "Myria's Action Plan" runs into one name: the owner's and the thing's
    # (and "the European Commission's announcement" is the Commission's: the name without its "'s")
    names = [re.sub(r"['’]s$", "", part) for name in question_names(question) for part in re.split(r"['’]s\s+", name)]
    text = " ".join(h.chunk.text for h in hits)
    for thing in (n for n in names if len(n.split()) >= 2):
        made = re.compile(rf"(?:^|[,;:(]\s*|[.!?]\d*\s+)(?P<maker>[^,.;:()]{{2,60}}?)\s+(?:{_MADE})\s+"
                          rf"(?:a|an|the|its|their)\s+[‘“'\"]?(?:new\s+)?{re.escape(thing)}\b|"
                          rf"\b{re.escape(thing)}\s+(?:(?:was|were|has\s+been)\s+)?(?:{_MADE})\s+by\s+"
                          rf"(?P<by>(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)(?=[\s,.;:)])", re.I)
        told = next((m for m in made.finditer(text)), None)
        if not told:
            continue
        sentence = sentence_around(text, told.end() - 1)
        # a body typed in small letters owns it too: "the european parliament's new pact"
        bodies = [re.sub(r"^(?:the|a|an)\s+", "", m.group(1), flags=re.I) for m in _BODY_OWNS.finditer(question)]
        for owner in (n for n in [*names, *bodies] if n != thing and n not in thing and thing not in n):
            o, t = re.escape(owner), re.escape(thing)
            # "did Myria put forward in its Action Plan" (not "did UNHCR give Ghent ... its Refugee Taskforce": "its" is
            # the name's nearest before it)
            given = re.search(rf"\b{o}['’]s\s+(?:[\w-]+\s+){{0,2}}?{t}\b|\b{t}\s+(?:of|by|from)\s+(?:the\s+)?{o}\b|"
                              rf"\b{o}\b(?:(?!\s(?-i:[A-Z]))[^?.;]){{0,60}}?\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{t}\b|"
                              rf"\b{o}\s+(?:[\w-]+\s+)?(?:{_MADE}|launch|publish|present|adopt|draw\s+up|issue|"
                              rf"develop|introduce|initiate|set\s+up|write|create|establish|found|announce|unveil|propose)\s+"
                              rf"(?:a|an|the|its|their)\s+(?:new\s+)?{t}\b", question, re.I)
            maker = " ".join((told.group("maker") or told.group("by")).split())
            # "when did Brussels unveil its New Pact": the seat for the body ("The European Commission")
            seat = _SEATS.get(owner.lower())
            if given and not re.search(rf"\b{o}\b", sentence, re.I) and not (seat and re.search(seat, maker)) \
                    and not _same_body(owner, maker):
                # "... implement the GCM.7 This contribution ...": a footnote's number after the thing ends the sentence
                said = quote_within(sentence, max(sentence.find(thing), 0))
                return f"the reports give the {thing} to {maker}, not {owner}: “{said}”"
    return None


# a person's letter or speech: "Mathias De Clercq's 2018 open letter", "Mayor Termont's speech"
_WRITING = r"(?:open\s+)?(?:letter|speech|appeal|op-ed|column|statement)"
_OWN_WRITING = re.compile(rf"\b(?P<owner>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|de|van|der|den|le|la))*)"
                          rf"(?:['’]s|(?<=s)['’])\s+(?:(?:19|20)\d\d\s+)?(?P<thing>{_WRITING})\b")
# ... which a sentence gives to another: "the then mayor of Ghent, Daniël Termont, wrote an open letter"
_WROTE = re.compile(rf"(?P<writer>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),?\s+(?:wrote|sent|signed|published|penned|gave|"
                    rf"delivered|issued)\s+(?:an?|the|his|her|their)\s+(?P<thing>{_WRITING})\b")


def other_writer(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """ "mathias de clercq's 2018 open letter to the european council" against "in 2018 the then mayor of Ghent,
    Daniël Termont, wrote an open letter to call on the European Council": a sentence read gives the writing the
    question gives a person (of its year, when both give one) to another, and does not name that person."""
    asked = _OWN_WRITING.search(question)
    if not asked:
        return None
    owner, thing = asked.group("owner"), asked.group("thing")
    surname = owner.split()[-1]
    # its year, before it or after ("Gent Zonder Grenzen's open letter of June 2020")
    years = set(YEAR.findall(question))
    related = related_sentences(chosen, hits)
    # a sentence gives it to the question's person too: "the citizen initiative Gent Zonder Grenzen ... wrote an open
    # letter to the city council", beside "Daniël Termont, wrote an open letter"
    kind = thing.split()[-1]
    if any(re.search(rf"\b{re.escape(surname)}\b", sentence, re.I)
           and re.search(rf"\b{re.escape(kind)}\b", sentence, re.I) for sentence, _near in related):
        return None
    for sentence, _near in related:
        if re.search(rf"\b{re.escape(surname)}\b", sentence, re.I) or years and not years & set(YEAR.findall(sentence)):
            continue
        told = next((m for m in _WROTE.finditer(sentence)
                     if m.group("thing").split()[-1].lower() == thing.split()[-1].lower()), None)
        if told:
            return f"the reports give the {' '.join(thing.lower().split())} to {told.group('writer')}, not {owner}: " \
                   f"“{quote(sentence)}”"
    return None


def _same_body(owner: str, maker: str) -> bool:
    """The owner the question types is the maker shortened: "EC" or "the eu commission" for "The European
    Commission" (its initials, or the same last word), not "the european parliament"."""
    words = owner.split()
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w’'-]*", maker) if w != "The")
    return words[-1].lower() in maker.lower().split() or owner.isupper() and owner == initials


# what the question says a thing is, in an apposition: "the new reception centre, a converted army barracks for 250
# asylum seekers", "'This is not a Game', a documentary film based on ...", "the reno-boat reception initiative, set
# up in an old army barracks, ..."
# (what it is: "a" and up to four words, ended by a small word, a verb of building or a stop)
_WHAT_IT_IS = (r"(?:a|an)\s+(?P<what>(?:[\w-]+\s+){0,3}?[\w-]+)"
               r"(?=\s+(?:for|based|on|in|at|with|that|which|where|of|from|to|docked|built|opened)\b|"
               r"\s*[,?.;]|\s+[-–—])")
_DESCRIBED = re.compile(r"(?P<thing>[\w’'-]+|['‘][^'’]{3,60}['’]),\s+(?:(?:which|that)\s+(?:is|was)\s+|"
                        rf"(?:set\s+up|housed|located|built)\s+in\s+)?{_WHAT_IT_IS}", re.I)
# ... or where it is: "when a new reception centre for 250 asylum seekers opened in a former army barracks"
_HOUSED_IN = re.compile(r"(?P<thing>[\w’'-]+)\s+(?:opened|(?:was|is|were|are)\s+(?:set\s+up|housed|located|built|"
                        rf"opened))\s+in\s+{_WHAT_IT_IS}", re.I)
# words that say what a thing is like, not what it is; and words that say nothing of what it is ("a group which
# made up 16.8% of the Belgian population", probes62 #3)
_LIKE = content_stems("new old converted former temporary small large big local modern historic disused renovated "
                      "empty floating permanent")
_VAGUE = content_stems("group set number share part percentage proportion majority minority total amount figure "
                       "thing one kind type sort way lot bit time period case example matter question issue")


def other_description(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says what a thing is ("the new reception centre, a converted army barracks for 250 asylum
    seekers") in words none of the passages of the chosen sentences use, while they tell of the thing ("A new
    reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity")."""
    passages = [h.chunk.text for h in hits if any(s in " ".join(h.chunk.text.split()) for s in chosen)]
    told = content_stems(" ".join(passages))
    for match in [*_DESCRIBED.finditer(question), *_HOUSED_IN.finditer(question)]:
        # what it is by its last word ("a converted school building": a building, of which the passages may name a
        # school elsewhere)
        # (not a maker's or a body's kind: "the New Pact on Migration and Asylum, a European Commission initiative",
        # which the kinds of bodies above are read for)
        if re.search(r"\b[A-Z]", match.group("what")) or re.fullmatch(_BODY_KINDS, match.group("what").split()[-1],
                                                                       re.I):
            continue
        what = content_stems(match.group("what").split()[-1]) - _LIKE - _VAGUE
        thing = content_stems(match.group("thing")) - _LIKE
        if not what or not thing or what & told or not thing <= told or not chosen:
            continue
        sentence = next((s for s in chosen if thing & content_stems(s)), chosen[0])
        article = "an" if match.group("what")[:1].lower() in "aeiou" else "a"
        return f"the reports do not describe it as {article} {match.group('what')}: “{quote(sentence)}”"
    return None


# a kind of thing right before a quoted title: "the film 'This is not a Game'", "the board game ‘This is not a Game’"
_KIND_OF_TITLE = re.compile(r"\b(?:the|a|an|its|their|this)\s+(?:[a-z-]+\s+){0,2}?(?P<kind>[a-z-]{3,})\s+"
                            r"['‘\"“](?P<title>[^'’\"”]{3,60})['’\"”]")
# kinds that say how a title is used, not what the thing is ("the slogan 'Leave no one behind'")
_WORDING = content_stems("phrase words word term expression slogan motto label name title quote statement line "
                         "heading call principle")


def other_kind_of_title(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question calls a titled thing one kind ("the film 'This is not a Game'") and a passage read another,
    right before the same title ("the board game ‘This is not a Game’"), and never the question's near it."""
    text = " ".join(" ".join(h.chunk.text.split()) for h in hits)
    for match in _KIND_OF_TITLE.finditer(question):
        kind, title = match.group("kind"), match.group("title").strip()
        if re.fullmatch(_BODY_KINDS, kind, re.I) or content_stems(kind) & (_WORDING | _LIKE) or not content_stems(kind):
            continue
        # (a title the passages write with a capital: not "the new 'family units'", yw017)
        told = [m for m in re.finditer(rf"\b((?:(?!(?:the|a|an|of|its|their|this)\s)[a-z-]+\s+)?([A-Za-z-]{{3,}}))\s+"
                                       rf"['‘\"“]({re.escape(title)})['’\"”]", text, re.I) if m.group(3)[:1].isupper()]
        near = " ".join(text[max(0, m.start() - _NEAR):m.end() + _NEAR] for m in told)
        if not told or content_stems(kind) & content_stems(near):
            continue
        other = told[0].group(1)
        if content_stems(told[0].group(2)) & _WORDING or not content_stems(told[0].group(2)):
            continue
        sentence = next((s for s in chosen if title.lower() in s.lower()), None) \
            or sentence_around(text, told[0].start())
        article = "an" if other[:1].lower() in "aeiou" else "a"
        return f"the reports call ‘{title}’ {article} {other}, not {'an' if kind[0] in 'aeiou' else 'a'} {kind}: " \
               f"“{quote(sentence)}”"
    return None
