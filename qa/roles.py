"""Who did what to whom: "Why did Ghent's city council write an open letter to Gent Zonder Grenzen?" against
"Gent Zonder Grenzen wrote an open letter to the city council of Ghent". Lexical and English-only, like the
other premise checks: names are capitalised words, acts a short list of verbs between parties."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.language import snowball_stemmer
from ingest.sentences import split_sentences
from qa.contradiction import (
    FOOTNOTE_END,
    LEGAL_FORMS,
    OFFICES,
    PLACE_STEMS,
    TOWNS,
    YEAR,
    content_stems,
    quote,
    quote_from,
    related_sentences,
    scopes,
    sentence_before,
    stands_for,
)
from qa.figures import WORD_NUMBERS
from qa.question import STOP_NAMES, asks_yes_no, unshortened
from qa.result import Hit


def _stem(word: str) -> str:
    """The plain stem: no synonym groups here ("money" and "employment" are no acts)."""
    return str(snowball_stemmer("en").stemWord(word.lower()))


# acts one party does to another (their stems)
_ACTS = frozenset(_stem(w) for w in (
    "write send ask request urge invite call address petition lobby pressure fund pay finance "
    "subsidise sponsor sue criticise blame reject refuse approve hand pass refer appeal advise inform contact "
    "train hire recruit replace").split())
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")  # punctuation ends a name: "Gent Zonder Grenzen (Ghent Without Borders)"
_BE = frozenset("is are was were be been being".split())
_IRREGULAR = {"wrote": "write", "written": "write", "sent": "send", "paid": "pay", "sued": "sue", "gave": "give",
              "given": "give"}
# one act in other words: "why did ghent give unhcr the title of solidarity city" against "UNHCR declared Ghent a
# “solidarity city”"
_SAME_ACT = {_stem(w): _stem("award") for w in ("give", "grant", "declare", "award")}


def _other_way_round(sentence: str) -> str:
    """The reason every check here gives: the sentence that says it the other way round."""
    return f"the reports say it the other way round: “{quote(sentence)}”"


def _act(word: str) -> str | None:
    stem = _stem(_IRREGULAR.get(word.lower(), word))
    return _SAME_ACT.get(stem, stem) if stem in _ACTS or stem in _SAME_ACT else None


def _names_around(text: str) -> list[tuple[int, str, bool]]:
    """(token index, text, is a name) in order: each run of capitalised words (the text's first word starts
    none), each act word as its stem ("fund~" when passive: "was funded by"), and each sentence end (".", "?",
    "!"), which the parties of an act do not cross."""
    out: list[tuple[int, str, bool]] = []
    run: list[str] = []
    words = _TOKEN.findall(text)
    for i, word in enumerate(words + [""]):
        # (an acronym first names: "UNHCR declared Ghent a “solidarity city”")
        if (i > 0 or len(word) > 1 and word.isupper()) and word[:1].isupper() and word.lower() not in STOP_NAMES:
            run.append(re.sub(r"['’]s$", "", word))
            continue
        if run:
            out.append((i - len(run), " ".join(run).lower(), True))
            run = []
        act = _act(word) if word else None
        if act:
            # "was funded by the ESF", "is run by": the doer stands after, the one acted on before
            # ... and a participle right before "by" without one: "Heinrich Böll Stiftung, funded by Robert Bosch
            # Stiftung"
            passive = (any(w.lower() in _BE for w in words[max(0, i - 2):i])
                       and "by" in (w.lower() for w in words[i + 1:i + 3])
                       or words[i + 1:i + 2] == ["by"] and word.lower().endswith(_PARTICIPLE_ENDS))
            out.append((i, f"{act}~" if passive else act, False))
        elif word in (".", "?", "!"):
            out.append((i, word, False))
    return out


_PARTICIPLE_ENDS = ("ed", "en", "paid", "sent")
_REACH = 15  # tokens: the parties of an act stand near it, in its sentence
_NEXT_TO = 6  # the question's parties: the names next to its act ("Ghent's city council wrote ... to GZG")


def _sides(text: str) -> dict[str, tuple[list[tuple[int, str]], list[tuple[int, str]]]]:
    """For each act in the text, the names before it and after it in its sentence, with their distance."""
    items = _names_around(text)
    sides: dict[str, tuple[list[tuple[int, str]], list[tuple[int, str]]]] = {}
    for i, (at, act, is_name) in enumerate(items):
        if is_name or act in ".?!":
            continue
        before: list[tuple[int, str]] = []
        for where, name, named in reversed(items[:i]):
            if name in ".?!" and not named or at - where > _REACH:
                break
            before += [(at - where, name)] if named else []
        after: list[tuple[int, str]] = []
        for where, name, named in items[i + 1:]:
            if name in ".?!" and not named or where - at > _REACH:
                break
            after += [(where - at, name)] if named else []
        if act.endswith("~"):  # passive
            act, before, after = act[:-1], after, before
        sides.setdefault(act, (before, after))
    return sides


def swapped_roles(question: str, chosen: Sequence[str]) -> str | None:
    """The question has one party act on another and a chosen sentence has the same act the other way round:
    the names next to the question's act (the nearest before it and after it) stand on the other sides of the
    sentence's."""
    for sentence in chosen:
        typed = _cased_like(question, sentence)
        asked = {act: (before[0][1], after[0][1]) for act, (before, after) in _sides(typed).items()
                 if before and after and before[0][0] <= _NEXT_TO and after[0][0] <= _NEXT_TO}
        for act, (before, after) in _sides(sentence).items():
            if act not in asked:
                continue
            doer, done_to = asked[act]
            said_before, said_after = {name for _, name in before}, {name for _, name in after}
            # (the sentence's doer may stand further before its act, as the name it opens with: "Ghent, together with
            # other European cities, addressed the statement in April 2020 to the presidents of the EU institutions")
            if doer in said_after - said_before and (done_to in said_before - said_after or done_to not in said_after
                                                     and re.match(rf"{re.escape(done_to)}\b", sentence, re.I)):
                return _other_way_round(sentence)
    return None


def _cased_like(question: str, sentence: str) -> str:
    """The question with the names typed in small letters that the sentence writes with capitals ("why did ghent
    give unhcr ..." against "UNHCR declared Ghent ..."); not its act words ("fund" of "the European Social Fund")."""
    capitals = {w.lower() for i, w in enumerate(_TOKEN.findall(sentence))
                if w[:1].isupper() and (i or len(w) > 1 and w.isupper())}
    return re.sub(r"[\w’'-]+", lambda m: m.group().capitalize() if m.group().lower() in capitals
                  and m.group().islower() and not _act(m.group()) else m.group(), question)


# What became what: "replace A with B", "A was replaced by B", "transform A into B", "A became B" are A -> B
_NAME = r"([A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|the|and)\s+)?[A-Z][\w’'-]*)*)"
_DET = r"(?:(?:the|its|their|his|her|a|an)\s+)?"
_THEN = r"(?:(?:later|then|eventually|subsequently|soon|finally)\s+)?"
# "transform A into ...", "fold A into ...", "narrow A down into ..." (yw033)
_TURNED = (rf"\b(?:transform|turn|convert|chang|fold|merg|narrow|shrink|shrank|reduc|expand|widen|broaden|reshap|"
           rf"restructur|reorganis|reorganiz|rebrand|develop)\w*\s+{_DET}{_NAME}\s+(?:(?:down|up|back)\s+)?into\s+{_DET}")
_CHANGES = (
    re.compile(rf"\breplac\w*\s+{_DET}{_NAME}\s+(?:with|by)\s+{_DET}{_NAME}"),
    re.compile(rf"{_NAME}\s+(?:was|is|has been|were|had been)\s+replaced\s+(?:with|by)\s+{_DET}{_NAME}"),
    re.compile(rf"{_TURNED}{_NAME}"),
    # "the Migratieforum was later turned into the Refugee Taskforce"
    re.compile(rf"{_NAME}\s+(?:{_THEN}became|{_THEN}becomes|{_THEN}evolved into|"
               rf"(?:was|were|has been|had been)\s+{_THEN}(?:renamed|turned into|transformed into|converted into|"
               rf"changed into))\s+{_DET}{_NAME}"),
    # "Why was Ghent's Migration Forum later turned into the Refugee Taskforce?"
    re.compile(rf"\b(?:was|were|is|are|has|have|had)\s+(?:been\s+)?{_DET}{_NAME}\s+{_THEN}(?:turned|transformed|"
               rf"converted|changed)\s+into\s+{_DET}{_NAME}"),
)


def _changes(text: str) -> list[tuple[str, str]]:
    """(old, new) for each change of one named thing into another the text states."""
    return [(m.group(1).lower(), m.group(2).lower()) for pattern in _CHANGES for m in pattern.finditer(text)]


def _same(a: str, b: str) -> bool:
    return a in b or b in a


# a name and what the sentence gives it as in brackets: "the Migratieforum (Migration Forum)"
_GLOSSED = re.compile(rf"{_NAME}\s+\(([A-Z][^()]{{2,60}})\)")


def _same_or_gloss(name: str, asked: str, glosses: dict[str, str]) -> bool:
    return _same(name, asked) or name in glosses and _same(glosses[name], asked)


def swapped_change(question: str, chosen: Sequence[str]) -> str | None:
    """The question has A become B ("Why did Ghent replace its Migratieforum with the Refugee Taskforce?") and a
    chosen sentence B become A ("Ghent decided to transform the Refugee Taskforce into the Migratieforum")."""
    for sentence in chosen:
        # "why did ghent turn its migratieforum into the refugee taskforce": the names typed in lower case are read
        # with the sentence's capitals
        # ("its Migration Forum (Migratieforum) into ...": a name's gloss the question gives in brackets is left out)
        asked = _changes(_with_names_of(sentence, _BRACKETED.sub("", question)))
        # "Why was Ghent's Migration Forum turned into the Refugee Taskforce?": a name asked by its gloss
        glosses = {m.group(1).lower(): m.group(2).lower() for m in _GLOSSED.finditer(sentence)}
        for old, new in _changes(sentence) if asked else ():
            if any(_same_or_gloss(old, a_new, glosses) and _same_or_gloss(new, a_old, glosses) and not _same(old, new)
                   for a_old, a_new in asked):
                return _other_way_round(sentence)
    return None


_BRACKETED = re.compile(r"\s*\([^()]{2,40}\)")


def _with_names_of(sentence: str, question: str) -> str:
    """The question with each name of a change the sentence states written as the sentence writes it."""
    for pattern in _CHANGES:
        for match in pattern.finditer(sentence):
            for name in match.groups():
                question = re.sub(rf"\b{re.escape(name)}\b", name, question, flags=re.I)
    for match in _GLOSSED.finditer(sentence):  # and the name it gives in brackets: "(Migration Forum)"
        question = re.sub(rf"\b{re.escape(match.group(2))}\b", match.group(2), question, flags=re.I)
    return question


# "ghent turned its refugee taskforce into the urban reception initiative - ...": what the question has a thing become,
# in any case, up to the clause's end
_BECAME = re.compile(rf"{_TURNED}([\w’' -]{{3,60}}?)(?=\s+[-–—]\s|[,.;:?(]|$)", re.I)
_INTO = re.compile(r"\binto\b(.*)", re.S)
_VAGUE = content_stems("something anything else broader wider larger bigger smaller new different another other one "
                       "body thing")


def other_successor(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has a thing become one thing ("ghent turned its refugee taskforce into the urban reception
    initiative") and a sentence read naming that change another ("Ghent decided to transform the Refugee Taskforce
    into the Migratieforum (Migration Forum)"), with no word of the question's in what it became."""
    # "into something broader" names nothing it became
    asked = [(m.group(1).lower(), content_stems(m.group(2)) - _VAGUE) for m in _BECAME.finditer(question)]
    if not asked:
        return None
    for sentence, _near in related_sentences(chosen, hits):
        for old, new in _changes(sentence):
            into = _INTO.search(sentence)
            became = content_stems(new) | content_stems(into.group(1) if into else "")
            if any(_same(old, a_old) and a_new and not a_new & became for a_old, a_new in asked):
                return f"the reports say it became something else: “{quote(sentence)}”"
    return None


# to whom a letter was written or on whom someone called: "an open letter to Belgian citizens", "to call on the
# European Council to create ..." (two letters at least: "wrote to the EU in april 2020")
_TO_WHOM = (r"(?:the\s+)?(?P<to>[\w’'& -]{2,50}?)(?=\s+(?:in|on|at|requesting|asking|to|about|and|for|that|from|with|"
            r"by|calling|was|were|is|had|has)\b|[,.;:?()\"“”]|\s+[-–—]|$)")
# ("open letter asked ghent to shelter 300 asylum seekers": a "to" after a verb of asking is what was asked; "his 2018
# open letter to create a fair and common EU asylum system": a "to" before a verb is what the letter was for)
_TO_DO = (r"(?:create|make|build|set|establish|provide|support|help|take|give|offer|ensure|stop|end|improve|protect|"
          r"welcome|shelter|relocate|receive|accept|demand|defend|reform|share|open|close)\b")
_ADDRESSED = (re.compile(rf"\b(?:letter|petition|appeal|plea)\b(?:(?!\b(?:ask|urg|request|call|invit|demand)\w*)"
                         rf"[^.;:?]){{0,20}}?\b(?:to|addressed to|sent to)\s+"
                         rf"(?!call|ask|urge|request|demand|{_TO_DO}){_TO_WHOM}", re.I),
              # (not "what was the European Council called on to create": the passive names no one after "on")
              # (nor "which EU body did he call on in his 2018 open letter": "on" before a preposition names no one)
              re.compile(rf"\bcall(?:ed|ing|s)?\s+on\s+(?!(?:to|in|at|by|during|with|for|from|through)\b){_TO_WHOM}",
                         re.I),
              # "gzg first wrote to the federal govt": a letter by its verb
              re.compile(rf"\b(?:wrote|write|writes|written|writing)\s+(?:(?:an?|the|their|its)\s+(?:open\s+)?letter\s+)?"
                         rf"to\s+{_TO_WHOM}", re.I))
_RECIPIENT_SUBJECT_MIN = 2  # of the question's other words a sentence naming another addressee must have


def _recipients(text: str) -> list[set[str]]:
    """The addressee's words, places aside, of each letter or "call on" in the text ("an open letter to call on the
    European Council": the Council)."""
    return [content_stems(m.group("to")) - PLACE_STEMS - {"eu"}
            for pattern in _ADDRESSED for m in pattern.finditer(text)]


def other_recipient(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has a letter written, or a call made, to someone ("call on the european parliament", "an open
    letter to the federal government") and the sentence on it names another ("to call on the European Council",
    "an open letter to Belgian citizens"), none of whose words (places aside) are the question's."""
    asked = [to for to in _recipients(question) if to]
    if not asked:
        return None
    subject = content_stems(question) - set().union(*asked)
    other = None
    for sentence, near in related_sentences(chosen, hits):
        if len(subject & content_stems(sentence)) < _RECIPIENT_SUBJECT_MIN + (0 if near else 1):
            continue
        for to in (to for to in _recipients(sentence) if to):
            if any(to & a_to for a_to in asked):
                return None  # a sentence names the question's addressee
            other = other or sentence
    return f"the reports name another addressee: “{quote(other)}”" if other else None


# powers or money handed from one place or level of government to another: "the federal government devolved
# decision-making powers ... to three regions"
_TRANSFER = re.compile(r"\b(?:hand(?:s|ed|ing)?|g[ai]ve[sn]?|giving|transferr?\w*|devolv\w*|delegat\w*|shift\w*|"
                       r"return\w*)\b", re.I)
_TO = re.compile(r"\bto\b", re.I)
_FROM = re.compile(r"\bfrom\b([^.;?]*?)(?=\bto\b|[.;?]|$)", re.I)
_REACH_CHARS = 200  # the receiving side stands within this much text after the act


def _transfers(text: str, receiver_untold: bool = False) -> list[tuple[set[str], set[str]]]:
    """(from, to) places or levels for each handing over the text states: the giver before the act (from its
    clause's start) or after "from", the receiver after "to" (which may be no place or level we know, "to the
    regions", with `receiver_untold`)."""
    out = []
    for match in _TRANSFER.finditer(text):
        clause = re.split(r"[,;:.?!]", text[:match.start()])[-1]
        after = text[match.end():match.end() + _REACH_CHARS]
        to = _TO.search(after)
        if not to:
            continue
        source = _FROM.search(after[:to.start() + 1])
        giver = _with_regions(source.group(1) if source else clause)
        receiver = scopes(after[to.end():], origins=False)  # "to the regions": untold, for zo031's "flemish govt"
        if giver and (receiver or receiver_untold):
            out.append((giver, receiver))
    return out


_REGIONS = re.compile(r"\b(?:the\s+)?(?:three\s+)?(?:belgian\s+)?regions\b", re.I)


def _with_regions(text: str) -> set[str]:
    """The places and levels the text names, "the three Belgian regions" being Flanders, Wallonia and Brussels."""
    found = scopes(text, origins=False)
    return found | {"Flanders", "Wallonia", "Brussels"} if _REGIONS.search(text) else found


def swapped_transfer(question: str, chosen: Sequence[str]) -> str | None:
    """The question has one place or level hand something to another ("Why did the Flemish and other regions hand
    employment-based immigration powers back to the federal government?") and a chosen sentence the other way
    round ("the federal government devolved decision-making powers ... to three regions: ... Flanders ..."). So
    too a question that has a receiver hand it over, to whomever ("flemish govt devolving employment migration to
    the regions in 2014, what was the reason", zo031)."""
    asked = _transfers(unshortened(question), receiver_untold=True)
    if not asked:
        return None
    for sentence in chosen:
        for giver, receiver in _transfers(sentence):
            for a_giver, a_receiver in asked:
                if a_giver & receiver and not (a_giver & giver or a_receiver & receiver):
                    if a_receiver & giver:
                        return _other_way_round(sentence)
                    if not a_receiver:
                        return (f"the reports have {', '.join(sorted(giver))} hand it to {', '.join(sorted(receiver))}"
                                f": “{quote(sentence)}”")
    return None


# the kind of body powers were handed to: "to the three communities", "to three regions"
_RECEIVER_KIND = re.compile(r"\bto\s+(?:the\s+)?(?:three\s+|two\s+|belgian\s+|federated\s+)*(?P<kind>communit(?:y|ies)|"
                            r"regions?)\b", re.I)
_KIND_SHARED = 2  # the question's words besides the kind the sentence must share


def other_kind_of_receiver(question: str, chosen: Sequence[str]) -> str | None:
    """The question has powers handed to one kind of federated body ("Which powers did the federal government
    devolve to the three communities on 1 July 2014?") that a chosen sentence has handed to the other ("the federal
    government devolved decision-making powers ... to three regions")."""
    act = _TRANSFER.search(question)
    asked = _RECEIVER_KIND.search(question, act.end()) if act else None
    if not asked:
        return None
    kind = asked.group("kind")[:6].lower()
    subject = content_stems(question[:asked.start()] + " " + question[asked.end():])
    for sentence in chosen:
        for done in _TRANSFER.finditer(sentence):
            after = sentence[done.end():done.end() + _REACH_CHARS]
            told = _RECEIVER_KIND.search(after)
            # ("to the regions and communities" names both)
            if (told and told.group("kind")[:6].lower() != kind and not re.search(rf"\b{kind}", after, re.I)
                    and len(subject & content_stems(sentence)) >= _KIND_SHARED):
                said, typed = told.group("kind").lower(), asked.group("kind").lower()
                return f"the reports say {said}, not {typed}: “{quote(sentence)}”"
    return None


# "from five to three years", "from Belgium to Algeria": a change or a way between two numbers or places
_FROM_TO = re.compile(r"\bfrom\s+(?:the\s+)?([\w’'.,%-]+?)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?([\w’'.,%-]+)", re.I)


def _end(word: str) -> str | None:
    """A number's value or a place's name as the end of a "from ... to ..." (None for anything else)."""
    word = word.rstrip(".,").lower()
    if word in WORD_NUMBERS:
        return str(WORD_NUMBERS[word])
    if re.fullmatch(r"\d+(?:[.,]\d+)?%?", word):
        return word.replace(",", ".")
    places = scopes(word)
    return min(places) if len(places) == 1 else None


# "conditional for 3 years instead of 5": from 5 to 3
_INSTEAD_OF = re.compile(r"\b([\w’'.,%-]+?)\s+(?:\w+\s+)?(?:instead of|rather than)\s+(?:the\s+)?([\w’'.,%-]+)", re.I)


def _ways(text: str) -> list[tuple[str, str]]:
    """(from, to) for each "from A to B" (and "B instead of A") of the text whose ends are numbers or places,
    and differ."""
    pairs = [(m.group(1), m.group(2)) for m in _FROM_TO.finditer(text)]
    pairs += [(m.group(2), m.group(1)) for m in _INSTEAD_OF.finditer(text)]
    out = []
    for first, second in pairs:
        start, end = _end(first), _end(second)
        if start and end and start != end:
            out.append((start, end))
    return out


def swapped_ends(question: str, chosen: Sequence[str]) -> str | None:
    """The question goes from A to B ("shorten the conditional residence period from five to three years") and a
    chosen sentence from B to A ("prolonged from 3 to 5 years")."""
    asked = set(_ways(question))
    if not asked:
        return None
    for sentence in chosen:
        if any((end, start) in asked and (start, end) not in asked for start, end in _ways(sentence)):
            return _other_way_round(sentence)
    return None


# the words of a change that say how it went, not what changed: "nearly doubled", "went up", "increased"
_HOW_IT_CHANGED = re.compile(r"(?:increas|doubl|tripl|decreas|declin|climb|jump|soar|halv|drop|fall|shrink|prolong|"
                             r"extend|stretch|lengthen|shorten|reduc|rais|lower)\w*|rose|"
                             r"rise|risen|grew|grow|grown|fell|went|go|goes|gone|shrank|shrunk|nearly|almost|"
                             r"roughly|about|some|up|down|numbers?|amounts?|total|figures?|count|levels?", re.I)
_CLAUSE = re.compile(r"[,;:.?!()–]|\s-\s|\b(?:and|but|while|whereas|with|that|which|when)\b", re.I)


def _numbers_changed(text: str) -> list[tuple[tuple[str, str], set[str]]]:
    """((from, to), the stems of what changed) for each "X went from N to M" with numbers at both
    ends; what changed is the last four words of the clause before "from", without the words of how it went."""
    out = []
    for match in _FROM_TO.finditer(text):
        start, end = _end(match.group(1)), _end(match.group(2))
        if not (start and end and start != end and start[0].isdigit() and end[0].isdigit()):
            continue
        words = [w for w in re.findall(r"[\w’'-]+", _CLAUSE.split(text[:match.start()])[-1])
                 if not _HOW_IT_CHANGED.fullmatch(w) and content_stems(w)][-4:]
        what = content_stems(" ".join(words))
        if what:
            out.append(((start, end), what))
    return out


_ROOT = 6  # letters two words of one root share: "conditional", "conditionality"


def changed_other_thing(question: str, chosen: Sequence[str]) -> str | None:
    """The question has one thing go from one number to another ("Ankerkracht's active participants nearly doubled
    from 41 in 2014 to 77 in 2015") and a chosen sentence has those numbers for a thing the question never names
    ("The number of applications increased from 41 in 2014 to 77 in 2015")."""
    asked = _numbers_changed(question)
    if not asked:
        return None
    named = content_stems(question)
    # ("conditional period" names the "conditionality" of residence rights)
    roots = {stem[:_ROOT] for stem in named if len(stem) >= _ROOT}
    for sentence in chosen:
        for ends, what in _numbers_changed(sentence):
            if not what & named and not {stem[:_ROOT] for stem in what} & roots \
                    and any(ends == a_ends for a_ends, _what in asked):
                return f"the reports give these numbers for something else: “{quote(sentence)}”"
    return None


# acts that undo or hand over one thing: "struck down language knowledge as a criterion", "has been annulled"
_UNDONE = re.compile(r"\b(?:annul\w*|struck down|strikes? down|striking down|overturn\w*|repeal\w*|abolish\w*|"
                     r"scrap\w*|devolv\w*|(?:throw|throws|threw|thrown|throwing) out|invalidat\w*)\b", re.I)
# a court annuls, strikes down or overturns; a law abolishes, repeals or scraps; a level devolves
_UNDO_FAMILY = {"annu": "annul", "stru": "annul", "stri": "annul", "over": "annul", "repe": "abolish",
                "abol": "abolish", "scra": "abolish", "devo": "devolve",
                "thro": "annul", "thre": "annul", "inva": "annul"}  # a court throws out or invalidates
_UNDONE_AS = {"annul": "annulled", "abolish": "abolished", "devolve": "devolved"}
_PASSIVE_END = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|getting)\s+(?:\w+\s+)?$",
                          re.I)  # "which got scrapped"
_ADJUNCT = re.compile(r"[,;:()?]|\b(?:by|as|for|to|in|on|because|after|when|since)\b", re.I)
_OBJECT_WORDS = 6  # the words of what was undone: after the act, or before a passive one
_ONE_OF = re.compile(r"\b(?:one|some|any|either|several|each)\s+of\b", re.I)
# words of kind, not of which one: "language knowledge as a criterion" and "the criterion of criminal history"
_KIND_WORDS = frozenset(content_stems("criterion criteria rule rules power powers provision provisions measure "
                                      "measures condition conditions requirement requirements"))


def _undone(text: str) -> list[tuple[str, set[str]]]:
    """(act, stems of what it undid) for each act of _UNDONE in `text`: "The criterion of criminal history has been
    annulled" -> ("annul", {criterion, crimin, histori})."""
    out = []
    for match in _UNDONE.finditer(text):
        before = text[:match.start()]
        if _PASSIVE_END.search(before):
            phrase = re.split(r"[,;:()]|\bthat\b|\bwhich\b", _PASSIVE_END.sub("", before))[-1]
            words = _TOKEN.findall(phrase)[-_OBJECT_WORDS:]
        else:  # up to an adjunct: "language knowledge as a criterion", "the criterion for assessing ..."
            phrase = _ADJUNCT.split(text[match.end():])[0]
            words = _TOKEN.findall(phrase)[:_OBJECT_WORDS]
        # "one of the criteria ..." names the set, not the one undone: it tells nothing of which it was
        what = set() if _ONE_OF.search(phrase) else content_stems(" ".join(words).replace("-", " "))
        out.append((_UNDO_FAMILY[match.group()[:4].lower()], what))
    return out


# what was undone asked: "Which Aliens Act rule was abolished after the terrorist attacks?"
_WHICH_UNDONE = re.compile(rf"\b(?:which|what)\s+(?:[\w’'-]+\s+){{0,6}}?(?:is|are|was|were|has been|have been|got)\s+"
                           rf"(?:\w+\s+)?{_UNDONE.pattern}", re.I)


def other_undone(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has something undone ("On what grounds did the Constitutional Court strike down language
    knowledge as a criterion ...?") and the sentences read undo something else by that act ("The criterion of
    criminal history has been annulled by the Constitutional Court"): two or more words of what the question names
    (its one word, if it names one besides the kind: "the language requirement") are in no sentence that tells of
    the act."""
    asked = [(act, stems - _KIND_WORDS) for act, stems in _undone(question)]
    if not asked or _WHICH_UNDONE.search(question):
        return None  # "Which Aliens Act rule was abolished ...?" asks what was undone
    named = content_stems(question)
    for act, what in asked:
        telling = [(sentence, done) for sentence, _near in related_sentences(chosen, hits)
                   for s_act, done in _undone(sentence) if s_act == act]
        # ("the language requirement": one word of its own is enough, when no sentence telling of the act has it)
        if not telling or not what or any(len(what - content_stems(sentence.replace("-", " "))) < min(2, len(what))
                                          for sentence, _ in telling):
            continue
        for sentence, done in telling:
            other = done - _KIND_WORDS - named
            rest = content_stems(sentence) - done
            if len(other) >= 2 and rest & named:
                return f"the reports say something else was {_UNDONE_AS[act]}: “{quote(sentence)}”"
    return None


# the courts the reports name, each by the ways a question may write it
COURTS: dict[str, tuple[str, ...]] = {
    # "const court": as a busy user types it
    "the Constitutional Court": ("constitutional court", "const court", "const. court", "grondwettelijk hof",
                                 "cour constitutionnelle"),
    "the Council of State": ("council of state", "raad van state", "conseil d'état", "conseil d’état"),
    "the Court of Cassation": ("court of cassation", "hof van cassatie", "cour de cassation"),
    "the Council for Alien Law Litigation": ("council for alien law litigation", "CALL"),  # not "call on"
    "the European Court of Human Rights": ("european court of human rights", "ecthr", "strasbourg court"),
    "the Court of Justice of the EU": ("court of justice", "cjeu"),
}
# what a court does to an act or a case: the stems that tell one ruling from another
_COURT_ACT = re.compile(r"\b(declar\w*|annul\w*|suspend\w*|rul(?:e|ed|es|ing)|judg\w*|condemn\w*|uph\w*|"
                        r"reject\w*|overturn\w*|quash\w*|invalidat\w*|struck|strik\w*|decid\w*|decision|found|"
                        r"find|finds|held|holds|nuanc\w*|"
                        r"before(?=\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:court|council|tribunal)\b))\b", re.I)
# a question asking what a court decided, found or ruled is about whatever that court did ("judgments" is not)
_ANY_RULING = frozenset({"decide", "decided", "decides", "find", "finds", "found", "rule", "ruled", "rules", "ruling",
                         "held", "holds"})
# "The Court also nuanced that ...": the court the sentence before names
_THE_COURT = re.compile(r"\b(?-i:The|the) (?-i:Court)\b")
_COURT_OBJECT_WORDS = 2  # words of what was ruled on, besides the act, a sentence must share with the question
# striking down, quashing, overturning and invalidating are annulling: "why did the council of state strike down
# criminal history as an integration criterion" against "annulled by the Constitutional Court"
_ANNULLING = ("annu", "stru", "stri", "quas", "over", "inva")


def _act_key(act: str) -> str:
    """A court's act by its first four letters, annulling's words as one."""
    return "annu" if act[:4] in _ANNULLING else act[:4]


# an acronym in capitals is matched as written
_COURT_NAMED = {court: re.compile(r"\b(?:" + "|".join(f"(?-i:{n})" if n.isupper() else re.escape(n) for n in names)
                                  + r")\b", re.I)
                for court, names in COURTS.items()}
_COURT_WORDS = content_stems(" ".join(n for names in COURTS.values() for n in names if not n.isupper()))


def _courts(text: str) -> set[str]:
    return {court for court, named in _COURT_NAMED.items() if named.search(text)}


def other_court(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has one court do something ("why did the constitutional court declare the royal decree on
    detaining families partly illegal?") and the sentences read have another court do it to the same thing ("the
    Council of State declared the royal decree partly illegal"), none the asked court. Not for questions asking
    which court, nor for a question that names two."""
    asked = _courts(question)
    act = _COURT_ACT.search(question)
    if len(asked) != 1 or not act or re.match(r"\W*(?:which|what|who)\s+(?:court|body|judge)", question, re.I):
        return None
    subject = content_stems(_COURT_ACT.sub(" ", question)) - _COURT_WORDS
    # every act the question names: "In which ruling did the Constitutional Court suspend ...?" suspends
    asked_acts = [m.group(1).lower() for m in _COURT_ACT.finditer(question)]
    stems = {_act_key(a) for a in asked_acts}
    any_ruling = bool(_ANY_RULING.intersection(asked_acts))
    found = None
    for sentence, _near in related_sentences(chosen, hits):
        acts = {_act_key(m.group(1).lower()) for m in _COURT_ACT.finditer(sentence)}
        same_act = stems & acts or any_ruling and acts
        if not same_act or len(subject & content_stems(sentence)) < _COURT_OBJECT_WORDS:
            continue
        said = _courts(sentence)
        if not said and _THE_COURT.search(sentence):
            said = _courts(sentence_before(sentence, hits)[1])
        if said & asked:
            return None
        if said and found is None:
            found = (sorted(said)[0], sentence)
    if found is None:
        return None
    court, sentence = found
    # from the clause that names the court: a long "sentence" may run several together ("... this measure.34
    # Following an application ..., the Council of State suspended ...")
    # ("The Court also nuanced ...": named in the sentence before, the sentence is quoted whole)
    at = min((i for i in (sentence.lower().find(n.lower()) for n in COURTS[court]) if i >= 0), default=0)
    clauses = [m.end() for m in re.finditer(r"[.;]\d*\s+", sentence[:at])]
    return f"the reports say {court} did this: “{quote(sentence[clauses[-1] if clauses else 0:])}”"


# who stopped a thing: blocked, vetoed, rejected, turned down, refused, overruled
_BLOCKED = r"(?:block(?:ed|s|ing)?|veto(?:ed|es|ing)?|reject(?:ed|s|ing)?|turn(?:ed|s)?\s+down|refus(?:e|ed|es|ing)|" \
           r"overrul(?:e|ed|es|ing)|suspend(?:ed|s|ing)?)"
# "why did the EC block ghents offer ...": the actor between the auxiliary and the act, then what was stopped ("why did
# the UN Committee on the Rights of the Child suspend the royal decree ...")
# (not an adverb: "the council of state has since suspended ..." names its body before "has")
_ADVERB = r"(?:since|already|also|then|now|just|recently|never|ever|finally|eventually|\w+ly)"
_ASKED_BLOCKER = re.compile(rf"\b(?:did|does|do|would|could|has|have|had)\s+(?!{_ADVERB}\s+{_BLOCKED}\b)"
                            rf"((?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){{0,7}}?)\s+{_BLOCKED}\b(.+)", re.I)
_STATED_BLOCKER = re.compile(rf"(?:,|\band|\bbut|\bthen)\s+(?!(?:which|what|who|whose|how)\b)"
                             rf"((?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){{0,3}}?)\s+"
                             rf"(?:then\s+)?{_BLOCKED}\s+(?:it|that|this|them)\b", re.I)
_BODY_HEAD = r"(?:government|commission|council|parliament|court|city|minister|ministry|office|state|authorities|" \
             r"mayor|party|union)"
_BODY_BLOCKED = re.compile(rf"\b((?:the\s+)?(?:[\w’'-]+\s+){{0,3}}{_BODY_HEAD}(?:\s+of\s+[\w’'-]+)?)\s+"
                           rf"(?:(?:had|has|have)\s+(?:{_ADVERB}\s+)?)?"
                           r"(?:blocked|vetoed|rejected|turned\s+down|overruled|suspended)\s+([^?;]+)", re.I)
# "only to see the federal government block it", "was rejected by the Belgian federal government"
_BLOCKER_BEFORE = re.compile(rf"\b((?:[\w’'-]+\s+){{0,3}}{_BODY_HEAD})\s+(?:had\s+|has\s+|then\s+)?{_BLOCKED}\b",
                             re.I)
_BLOCKER_BY = re.compile(rf"\b(?:was|were|is|are|been|being)\s+{_BLOCKED}\s+by\s+"
                         rf"((?:[\w’'-]+\s+){{0,3}}{_BODY_HEAD})\b", re.I)
_BLOCKED_THING_WORDS = 2  # words of what was stopped a sentence must share with the question (3 further away)
# what was stopped told by a word leaning back: "the initiative was rejected by the Belgian federal government" after
# "... wrote an open letter ... requesting the shelter of 300 asylum seekers ... they then addressed this request ..."
_BLOCKED_THAT = re.compile(rf"\b(?:the|this|that|it|its)\s+(?:initiative|request|proposal|offer|plan|idea|bill|"
                           rf"demand|appeal|call)\s+(?:was|were|has been|had been)\s+{_BLOCKED}\b", re.I)
_BLOCKED_LEANING_BACK = 3  # sentences before it that may tell what it leans on


def _body(said: str) -> str:
    """The body from its article: "see the federal government" -> "the federal government"."""
    at = said.lower().rfind("the ")
    return said[at:] if at >= 0 else said


def other_blocker(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has one body stop something ("why did the EC block ghents offer to take in more refugees after
    the moria fire") and the sentences read have another stop it ("... only to see the federal government block
    it"), none the asked body. An acronym counts as its initials. Not for questions asking who."""
    question = unshortened(question)  # "the belgian govt"
    asked = _ASKED_BLOCKER.search(question)
    # "... ghent offered to take in more refugees than the federal government planned and ghent blocked it, what did
    # the mayor say": a stop the question states, of what it told before
    stated = None if asked else _STATED_BLOCKER.search(question)
    # "After the Moria fire the city of Ghent blocked the federal government's pledge ...": a body told stopping a thing
    told_body = None if asked or stated else _BODY_BLOCKED.search(question)
    asks_who = re.match(r"\W*(?:who|which|what)\b", question, re.I)
    if stated:
        actor, thing_text = stated.group(1), question[:stated.start(1)]
    elif told_body and not asks_who:
        actor, thing_text = told_body.group(1), told_body.group(2)
    elif asked and not asks_who:
        actor, thing_text = asked.group(1), asked.group(2)
    else:
        return None
    actor_words = content_stems(actor)
    acronyms = [w for w in re.findall(r"[\w-]+", actor) if w.isupper() and len(w) > 1]
    thing = content_stems(thing_text) - actor_words
    found = None
    for sentence, near in related_sentences(chosen, hits):
        told = content_stems(sentence)
        if _BLOCKED_THAT.search(sentence):  # "However, the initiative was rejected by ...": with what it leans on
            before = sentence
            for _ in range(_BLOCKED_LEANING_BACK):
                before = sentence_before(before, hits)[1]
                told |= content_stems(before)
        if len(thing & told) < _BLOCKED_THING_WORDS + (not near):
            continue
        for match in [*_BLOCKER_BEFORE.finditer(sentence), *_BLOCKER_BY.finditer(sentence)]:
            said = _body(match.group(1))
            if actor_words & content_stems(said) or stands_for(acronyms, said):
                return None
            found = found or (said, sentence)
    return f"the reports say {found[0]} did this: “{quote(found[1])}”" if found else None


# a person the reports call former: "under the presidency of former Constitutional Judge Marc Bossuyt" (not "the then
# mayor of Ghent, Daniël Termont": he was in office then)
_FORMER = re.compile(r"\b(?:former|ex-|retired|previous)\s*(?:[a-z][\w’'-]*,?\s+){0,5}"
                     r"((?:[A-Z][\w’'-]+\s+(?:(?:de|van|der|den)\s+)?)*[A-Z][\w’'-]+)"
                     r"(?:,\s+((?:[A-Z][\w’'-]+\s+(?:(?:de|van|der|den)\s+)?)*[A-Z][\w’'-]+))?")
# the question has them in office: "chaired by sitting Constitutional Court judge Marc Bossuyt"
_IN_OFFICE = re.compile(r"\b(?:sitting|serving|current|currently serving|incumbent|present-day|acting)\s+"
                        r"((?:[\w’'-]+\s+){0,5}?)$", re.I)


def other_tenure(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has a person in office ("the temporary commission chaired by sitting Constitutional Court judge
    Marc Bossuyt") whom the reports call former ("under the presidency of former Constitutional Judge Marc
    Bossuyt")."""
    low = question.lower()
    for sentence, _near in related_sentences(chosen, hits):
        for match in _FORMER.finditer(sentence):
            # "Constitutional Judge Marc Bossuyt": the person is its last words; "mayor of Ghent, Jan Peeters": the name
            # after the comma
            run = (match.group(2) or match.group(1)).split()
            named = re.search(rf"\b{re.escape(run[-1].lower())}\b", low)
            if len(run) >= 2 and named and _IN_OFFICE.search(question[:named.start()]):
                # the sentence that names them, where a footnote mark hid a sentence's end
                told = next((p for p in FOOTNOTE_END.split(sentence) if run[-1] in p), sentence)
                return f"the reports call {' '.join(run[-2:])} former: “{quote(told)}”"
    return None


# a body named with what it is, beside it: "Myria, the Interfederal Centre of Equal Opportunities", "Unia (the
# Interfederal Centre of Equal Opportunities)", "the Federal Migration Centre Myria"
_TITLE = r"((?:[A-Z][\w’'-]+\s+)(?:(?:of|for|on|and|the)\s+|[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+)"
_BODY = r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
_CALLED = (re.compile(rf"\b{_BODY}\s*(?:,|\()\s*(?:an?\s+|the\s+)?{_TITLE}"),  # name, then what it is
           re.compile(rf"\b(?:the\s+)?{_TITLE}\s*(?:,\s*|\(\s*)?{_BODY}\b"))  # what it is, then its name


_BODY_HEADS = frozenset("Centre Center Institute Office Agency Council Commission Service Ministry Department "
                        "Authority Committee Federation Foundation Network Organisation Organization Fund Unit Board "
                        "Taskforce Forum".split())


def _called(text: str) -> list[tuple[str, str]]:
    """(name, title) of each body named with its title beside it."""
    out = []
    for pattern in _CALLED:
        for m in pattern.finditer(text):
            name, title = (m.group(1), m.group(2)) if pattern is _CALLED[0] else (m.group(2), m.group(1))
            heads = [w in _BODY_HEADS for w in title.split()]
            if pattern is _CALLED[1] and not heads[-1] or not any(heads):
                continue  # a title names a body: "Centre", "Agency" ... (its last word when the name follows)
            if len(title.split()) >= 3 and name.split()[0] not in STOP_NAMES and name not in title:
                out.append((name.strip(), re.sub(r"^the\s+", "", title.strip(), flags=re.I)))
    return out


def sentence_around(text: str, at: int) -> str:
    """The sentence of the passage text `text` that holds position `at`, a footnote's number ("via
    litigation.1 In a parliamentary hearing") ending one too; without the number of a list's item ("2. The
    Socioeconomic Monitoring ...")."""
    start, end = next(((s, e) for s, e in split_sentences(text, 0) if s <= at < e), (0, len(text)))
    ends = [m.end() for m in FOOTNOTE_END.finditer(text, start, at)]
    return _ITEM_NUMBER.sub("", text[ends[-1] if ends else start:end].strip())


_ITEM_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[A-Z])")


def other_name_for(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a body a title ("Myria, the Interfederal Centre of Equal Opportunities") that the
    reports give another body ("the Socioeconomic Monitoring of Unia (the Interfederal Centre of Equal
    Opportunities)"), and never that one."""
    asked = _called(question)
    if not asked:
        return None
    texts = [" ".join(h.chunk.text.split()) for h in hits] + [" ".join(s.split()) for s in chosen]
    for name, title in asked:
        said = [(n, t, text) for text in texts for n, t in _called(text) if t.lower() == title.lower()]
        if not said or any(n.lower() in name.lower() or name.lower() in n.lower() for n, _t, _text in said):
            continue
        other, _title, text = said[0]
        return f"the reports call {other} the {title}: “{quote(sentence_around(text, text.find(other)))}”"
    return None


# a thing of a kind by its quoted name: "the board game 'Batahlan'", "the board game ‘This is not a Game’"
_KIND_NAMED = re.compile(r"\b((?:[a-z][\w-]+\s+)?[a-z][\w-]+)\s+[‘'\"“]([^’'\"”]{3,60})[’'\"”]")


def other_name_of_kind(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question names a thing of a kind ("How does the board game 'Batahlan', used in Ghent's schools, help
    students ...?") that a sentence read gives another name ("the board game ‘This is not a Game’"), while no
    sentence read gives that kind the question's name (Batahlan is a show)."""
    texts = _flat_texts(chosen, hits)
    for asked in _KIND_NAMED.finditer(question):
        kind, name = asked.group(1).lower(), asked.group(2).strip().lower()
        if not content_stems(kind):
            continue  # ("the 'family units'": no kind)
        said = [(m.group(2).strip(), text, m.start()) for text in texts for m in _KIND_NAMED.finditer(text)
                if m.group(1).lower() == kind]
        if said and not any(name == other.lower() for other, _text, _at in said):
            other, text, at = said[0]
            return f"the reports call the {kind} ‘{other}’: “{quote(sentence_around(text, at))}”"
    return None


# Who is in charge of a task: "X is (jointly) responsible for Y", "X makes decisions on Y", "X decides on / between
# Y"; in a question also "X issues / grants / handles / manages / oversees / coordinates Y" (the verb then joins the
# task)
_IN_CHARGE = re.compile(
    r"\b(?:(?:(?:is|are|was|were|be)\s+)?(?:\w+ly\s+)?(?:responsible|competent)\s+for|(?:is|are|was|were|be)\s+in\s+"
    r"charge\s+of|(?:makes?|made|making|takes?|took)\s+(?:the\s+)?(?P<decisions>decisions?)\s+(?:on|about)|"
    r"(?P<decide>decides?|decided|deciding)\s+(?:on|about|between|betwen|whether)|"
    r"(?P<verb>issues?|issuing|grants?|granting|handles?|handling|manages?|managing|oversees?|overseeing|"
    r"coordinates?|coordinating|(?:hands?|handing|handed|gives?|giving|gave)\s+out))\s+", re.I)
_ASKING_WHO = re.compile(r"^\W*(?:who|whom|whose|which|what)\b(?!\s+(?:is|was)\s+it\b)", re.I)
_ASKING_WHICH_BODY = re.compile(r"\b(?:who|whom|whose|which|what)\b", re.I)
_GENERIC_BODY = re.compile(r"\s+(?:is|are|was|were)\s+(?:the|a|an)\s+(?:\w+\s+)?(?:body|agency|organi[sz]ation|"
                           r"institution|authority|service|one)\s+(?:that|which|who)\s*$", re.I)
_ACTOR_LEAD = re.compile(r"^.*\b(?:why|how|when|since|because|as|given that|is it|was it|does|did|do|is|are|was|"
                         r"were)\s+", re.I)


def _task(match: re.Match[str], rest: str) -> set[str]:
    """The stems of what the body is in charge of: the object up to the clause's end, and the verb when it is
    one of its own ("issue" residence permits); deciding is one task however it is said."""
    # (up to a dash or another body's clause: "hands out visas and residence permits and the immigration office ...")
    obj = re.split(r"[,;:?!.]|\s+(?:and why|but|while|whereas)\b|\s+[-–—]\s+|\s+and\s+(?=the\s)", rest)[0]
    verb = match.group("decisions") or match.group("decide") or match.group("verb") or ""
    return (content_stems(obj) | content_stems(verb)) - PLACE_STEMS


_DETERMINER = re.compile(r"\b(?:the|a|an|of|its|their|these|those|this|that|such|many|other)\s+$", re.I)
_NOT_THE_BODY = content_stems("finally also now currently still only itself")


def other_body_in_charge(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question puts a body in charge of a task ("Why is it the Immigration Office that decides on
    applications for refugee status?") that the reports give another ("The independent Commissioner General
    for Refugees and Stateless Persons makes decisions on applications for international protection (refugee
    status and subsidiary protection status)"). Not for a question asking who, nor for a sentence whose body
    shares a word or the initials of the question's ("the CGRS")."""
    previous_end = -1
    for asked in _IN_CHARGE.finditer(question):
        # "is responsible for issuing visas": the task of the charge just before, not a charge of its own
        follows, previous_end = asked.start() == previous_end, asked.end()
        # ("... issues visas and residence permits - but who decides on applications ...?": the body is asked)
        if follows or _ASKED_BODY_END.search(question[:asked.start()]):
            continue
        # "who oversees the immigration office ... while the cgrs issues visas and residence permits": a clause after
        # "while" or "whereas" tells who does what, whatever the question asks
        lead = list(_CLAUSE_LEAD.finditer(question[:asked.start()]))
        if lead:
            reason = _in_charge_claim(question[lead[-1].end():asked.start()], asked, question, chosen, hits)
        elif _ASKING_WHO.search(question):
            continue
        else:
            reason = _in_charge_claim(question[:asked.start()], asked, question, chosen, hits)
        if reason:
            return reason
    return None


_CLAUSE_LEAD = re.compile(r"\b(?:while|whereas)\s+", re.I)
_ASKED_BODY_END = re.compile(r"(?:^|[-–—,;:]\s*|\b(?:but|and|so|then)\s+)(?:who|which\s+\w+|what\s+\w+)\s*$", re.I)
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^,]*,\s*$", re.I)
_NEXT_BODY = re.compile(r"(?:\s+and|,)\s+(?=the\s)", re.I)


def _in_charge_claim(head: str, asked: re.Match[str], question: str, chosen: Sequence[str],
                     hits: Sequence[Hit]) -> str | None:
    """The reason the body `head` ends with is not the one the reports put in charge of the task after `asked`."""
    # "Since Belgium's Immigration Office is the body that issues ...": the body is the one named before "is"
    # ("the immigration office, which is overseen by the FPS interior, issues visas": the one before the relative
    # clause)
    head = _GENERIC_BODY.sub("", _RELATIVE_ASIDE.sub(" ", head))
    actor_text = _ACTOR_LEAD.sub("", re.sub(r"\s+(?:that|who|which)\s*$", "", head))
    # "the commissioner general hands out visas ... and the immigration office decides on ...": the last clause's body
    actor_text = _NEXT_BODY.split(actor_text)[-1]
    if _ASKING_WHICH_BODY.search(actor_text):
        return None  # "In Belgium, which body issues visas ...?": a question word after a lead still asks who
    actor = content_stems(actor_text) - _NOT_THE_BODY
    task = _task(asked, question[asked.end():])
    if actor <= PLACE_STEMS or len(task) < 2:
        return None  # "Why is Belgium responsible for ...": a place holds many bodies
    acronyms = [w for w in re.findall(r"[\w-]+", actor_text) if w.isupper() and len(w) > 1]
    for sentence, _near in related_sentences(chosen, hits):
        for said in _IN_CHARGE.finditer(sentence):
            if said.group("verb") and (said.group("verb").endswith("ing") or _DETERMINER.search(
                    sentence[:said.start()])):
                continue  # "the issuing of humanitarian visa", "the issues": no body doing it
            body_text = re.sub(r",[^,]*,", " ", sentence[:said.start()])
            body = content_stems(body_text) - _NOT_THE_BODY
            shared = task & _task(said, sentence[said.end():])
            if not body or len(shared) < max(2, -(-3 * len(task) // 4)) or body & actor:
                continue
            if stands_for(acronyms, body_text):
                continue
            return f"the reports give this task to another body: “{quote(sentence)}”"
    return None


# a duty a sentence gives a body: "the Immigration Office now has to draft an annual activity report", "The federal
# coalition agreement explicitly charges the Immigration Office with an “extensive and transparent reporting of ...
# return figures”"
_DUTY_BODY = r"(?P<body>(?:[A-Z][\w’'-]*\s+(?:(?:of|for|on)\s+)?){0,4}[A-Z][\w’'-]*)"
_DUTY_SAID = re.compile(rf"{_DUTY_BODY}\s+(?:now\s+|also\s+)?(?:must|has to|have to|is required to|are required to|"
                        r"is obliged to|are obliged to|needs to)\s+(?P<verb>[a-z]+)\s+(?P<task>[^.;:]+)")
_CHARGES_SAID = re.compile(rf"\bcharg(?:es|ed|e)\s+(?:the\s+)?{_DUTY_BODY}\s+with\s+(?P<task>[^.;]+)")
_DUTY_WORDS = r"(?:must|should|has to|have to|had to|needs? to|(?:is|are) (?:required|obliged) to)"
_DUTY_TASK = 2  # words of the duty the question must share with the sentence's
_NO_BODY = content_stems("it they them he she this that these those who which what why now also still then")


def other_body_with_duty(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a body a duty ("why must Myria now draft an annual activity report", "what does the federal
    coalition agreement charge fedasil with on return figures") that a sentence read gives another body ("the
    Immigration Office now has to draft an annual activity report"). The question's body is read between the duty
    and the sentence's verb (or "charge ... with"); a pronoun, a place or the same body (a word or its initials
    shared) is no other."""
    for sentence, _near in related_sentences(chosen, hits):
        for said in [*_DUTY_SAID.finditer(sentence), *_CHARGES_SAID.finditer(sentence)]:
            asked = _duty_asked(question, said.groupdict().get("verb"))
            if not asked:
                continue
            body_text, task_text = asked
            body = content_stems(body_text) - _NO_BODY
            if not body or body <= PLACE_STEMS or body & content_stems(said.group("body")):
                continue
            acronyms = [w for w in re.findall(r"[\w-]+", body_text) if w.isupper() and len(w) > 1]
            if stands_for(acronyms, said.group("body")):
                continue
            if len(content_stems(task_text) & content_stems(said.group("task"))) >= _DUTY_TASK:
                the = "the " if re.search(r"\bthe\s+$", sentence[:said.start("body")], re.I) else ""
                body_said = " ".join(said.group("body").split())
                return f"the reports give this duty to {the}{body_said}, not {' '.join(body_text.split())}: " \
                       f"“{quote(sentence)}”"
    return None


def _duty_asked(question: str, verb: str | None) -> tuple[str, str] | None:
    """The body the question gives a duty to and the words of the duty: between "must" / "does ... have to" and the
    sentence's verb, or before "has to <verb>"; for a sentence charging a body, between "charge" and "with"."""
    if not verb:
        found = re.search(r"\bcharg\w*\s+(.+?)\s+with\s+(.+)", question, re.I)
        return (found.group(1), found.group(2)) if found else None
    done = rf"(?:now\s+|also\s+|still\s+)?{re.escape(verb)}\w*\s+(.+)"
    for pattern in (rf"\b(?:does|do|did|will)\s+(.+?)\s+(?:now\s+|also\s+|still\s+)?(?:have|has|need)\s+to\s+{done}",
                    rf"\b{_DUTY_WORDS}\s+(.+?)\s+{done}",
                    rf"\b([\w’'-]+(?:\s+[\w’'-]+){{0,3}}?)\s+(?:now\s+|also\s+)?{_DUTY_WORDS}\s+{done}"):
        found = re.search(pattern, question, re.I)
        if found:
            return found.group(1), found.group(2)
    return None


# a person named with an office: "Alderman Coddens", "the mayor of Ghent, Mathias De Clercq", "Rudy Coddens, City
# Councillor for Social Policy and Finance"
_PERSON = r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"  # a person's name (_NAME above names a thing)
# "the Belgian Special Envoy for Migration and Asylum Mr. Jean-Luc Bodson"
_OFFICE_THEN_NAME = re.compile(rf"\b((?i:{OFFICES}))\b(?:\s+(?:of|for)\s+[A-Z][\w’'-]+,|"
                               rf"\s+(?:of|for)\s+[A-Z][\w’'-]+\s+and\s+[A-Z][\w’'-]+)?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                               rf"{_PERSON}")
_NAME_THEN_OFFICE = re.compile(rf"{_PERSON},\s+(?:the\s+)?(?:then\s+)?(?:[Cc]ity\s+)?((?i:{OFFICES}))\b")
# offices the reports give one person in other words: Coddens is "Alderman" and "City Councillor"
_SAME_OFFICE = {"alderwoman": "alderman", "councillor": "alderman", "chairman": "chair", "chairwoman": "chair",
                "chairperson": "chair", "state secretary": "secretary of state", "prime minister": "first minister"}


_NOT_NAMES = frozenset("General Generaal Général State Office Affairs Policy".split())  # "Commissioner General"


def _office(word: str) -> str:
    low = " ".join(word.lower().split())
    return _SAME_OFFICE.get(low, low)


def _offices_of(text: str) -> list[tuple[str, str, int, str]]:
    """(surname, office, where, the office as written) of each person the text names with an office."""
    out = []
    for pattern in (_OFFICE_THEN_NAME, _NAME_THEN_OFFICE):
        for m in pattern.finditer(text):
            office, name = (m.group(1), m.group(2)) if pattern is _OFFICE_THEN_NAME else (m.group(2), m.group(1))
            surname = name.split()[-1]
            if len(surname) > 3 and surname not in TOWNS and surname not in _NOT_NAMES:
                out.append((surname, _office(office), m.start(), " ".join(office.lower().split())))
    return out


def _author_offices(hits: Sequence[Hit]) -> list[tuple[str, str, int, str]]:
    """(surname, office, where, text) of a report's author that the report's opening describes by an office: "A
    coordinator from the Ghent Taskforce on Refugees outlines that ..." above the byline "Kathleen Van de
    Kerckhove" (the report's author), when a passage read is that opening."""
    out = []
    for hit in hits:
        author = str((hit.chunk.metadata or {}).get("author", ""))
        opening = hit.chunk.text[:_OPENING - hit.chunk.start] if hit.chunk.start < _OPENING else ""
        described = _DESCRIBED.search(opening)
        if described and author and re.search(rf"\b{re.escape(author)}\b", " ".join(opening.split())):
            out.append((author.split()[-1], _office(described.group(1)), described.start(), opening))
    return out


_OPENING = 600  # the characters of a report that open it: its title, standfirst and byline
# a standfirst that describes its author: "A coordinator from the Ghent Taskforce on Refugees outlines ..."
_DESCRIBED = re.compile(rf"\b(?:A|An)\s+(?:[\w-]+\s+)?({OFFICES})\s+(?:from|of|at|with|in)\b", re.I)


# "Rudy Coddens, City Councillor for Social Policy and Finance", "(Rudy Coddens, Alderman of Social Policy and
# Finance)": a person, an office and what it is for, in capitals
_PORTFOLIO_SAID = re.compile(rf"\b{_PERSON},\s+(?:City\s+)?(?i:{OFFICES})\s+(?:of|for)\s+"
                             r"([A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+)*)")


def _flat_texts(chosen: Sequence[str], hits: Sequence[Hit]) -> list[str]:
    """The chosen sentences and the passages read, each with its whitespace flattened (a name may break a line)."""
    return [" ".join(s.split()) for s in chosen] + [" ".join(h.chunk.text.split()) for h in hits]


def other_portfolio(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a person an office for one thing ("What did Rudy Coddens, Ghent's alderman for education
    and youth, say ...?") and the passages give them that office for another ("Rudy Coddens, City Councillor for
    Social Policy and Finance"), sharing no word with it. Typed in any case."""
    texts = _flat_texts(chosen, hits)
    for text in texts:
        for told in _PORTFOLIO_SAID.finditer(text):
            surname = told.group(1).split()[-1]
            asked = re.search(rf"\b{re.escape(surname)}\b,?\s+(?:[\w’'-]+\s+){{0,2}}?(?:{OFFICES})\s+(?:of|for)\s+"
                              r"([\w’'-]+(?:\s+(?:(?:and|n|&)\s+)?[\w’'-]+){0,3}?)(?=\s*[,?;]|\s+[-–—]\s|\s+(?:say|said|"
                              r"says|tell|told|describe|described|explain|explained)\b)", question, re.I)
            if asked and not content_stems(asked.group(1)) & content_stems(told.group(2)):
                return f"the reports give {told.group(1)} another portfolio: “{quote(told.group())}”"
    return None


# "Asylum and migration is a federal competence in Belgium, whereas integration is regionalised": which level of
# government a matter belongs to
_LEVEL_WORD = {"federal": "federal", "federalised": "federal", "federalized": "federal", "regional": "regional",
               "regionalised": "regional", "regionalized": "regional", "local": "local", "municipal": "local",
               "european": "European"}
_LEVEL_TOLD = re.compile(r"(?:^|[,;:]\s*(?:(?:whereas|while|but)\s+)?|\b(?:whereas|while|but)\s+)"
                         r"(?P<topic>[A-Za-z][\w\s+&-]{2,60}?)\s+(?:is|are)\s+"
                         r"(?:(?:a|an|mostly|largely|mainly|primarily|now)\s+)*(?:(?P<level>federal|regional|local|"
                         r"municipal|european)\s+(?:competence|matter|responsibility|power)s?|"
                         r"(?P<done>regionali[sz]ed|federali[sz]ed))\b", re.I)
_LEVEL_ASKED = re.compile(r"\bwhich\s+(?:one\s+)?(?:is|are)\b|\bor\s+(?:a\s+)?(?:federal|regional|local|municipal|"
                          r"european)\b", re.I)
# a level given to a matter: "a regional matter", "federal competence", "... but integration federal" (at the end)
_LEVEL_GIVEN = re.compile(rf"\b({'|'.join(_LEVEL_WORD)})\b"
                          r"(?:\s+(matters?|competences?|responsibilit(?:y|ies)|powers?|issues?|tasks?)\b|$)")
_LEVEL_REACH = 6  # words after a matter's word the question may give its level in


def other_level_of_matter(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question puts a matter at one level of government ("why is asylum+migration a regional matter in
    belgium but integration federal") that a sentence read puts at another ("Asylum and migration is a federal
    competence in Belgium, whereas integration is regionalised")."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", question)]
    if not any(w in _LEVEL_WORD for w in words) or asks_yes_no(question) or _LEVEL_ASKED.search(question):
        return None  # "which is federal, which regional", "is integration federal?": nothing taken as given
    for sentence, _near in related_sentences(chosen, hits):
        for told in _LEVEL_TOLD.finditer(sentence):
            level = _LEVEL_WORD[(told.group("level") or told.group("done")).lower()]
            topic = content_stems(told.group("topic"))
            at = next((i for i, w in enumerate(words) if content_stems(w) & topic), None)
            if at is None:
                continue
            after = " ".join(words[at + 1:at + 1 + _LEVEL_REACH])
            given = _LEVEL_GIVEN.search(after)
            if given and not given.group(2) and at + 1 + _LEVEL_REACH < len(words):
                given = None  # "integration into local communities": a level only as a matter's or at the end
            asked = _LEVEL_WORD[given.group(1)] if given else None
            if asked and asked != level:
                return f"the reports make {' '.join(told.group('topic').split()).lower()} a {level} matter, not " \
                       f"{asked}: “{quote(sentence)}”"
    return None


def other_office(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a person an office ("in which year did rudy coddens become mayor?") that the reports
    never give them, while they name the person with another ("According to alderman Coddens, together with the
    mayor ..."). Names may be typed in lower case."""
    if not re.search(rf"\b(?:{OFFICES})\b", question, re.I):
        return None  # no office given to anyone: the passages need not be read for names
    texts = _flat_texts(chosen, hits)
    said: dict[str, dict[str, tuple[str, int, str]]] = {}
    for text in texts:
        for surname, office, at, written in _offices_of(text):
            said.setdefault(surname.lower(), {}).setdefault(office, (text, at, written))
    for surname, office, at, text in _author_offices(hits):
        said.setdefault(surname.lower(), {}).setdefault(office, (text, at, office))
    for surname, offices in said.items():
        # a first name, and a particle of the surname ("Mathias De Clercq"), may stand before it, but not another
        # office or person ("the mayor and alderman Coddens")
        person = rf"\b(?:(?!(?:and|or|{OFFICES})\b)[a-z][\w’'-]+\s+){{0,3}}{re.escape(surname)}\b"
        given = re.search(rf"{person}\s+(?:\w+\s+)?(?:become|became|becomes|is|was|served as|serves as|as|"
                          rf"was elected|was appointed)\s+(?:the\s+|a\s+|an\s+)?(?:then\s+|city\s+)*({OFFICES})\b|"
                          # ("Jean-Luc Bodson, the Belgian Secretary of State for Asylum and Migration"; "Charles
                          # Michel, as Secretary of State for Asylum and Migration, expressed ...")
                          # ("Charles Michel, then Belgium's foreign minister, expressed ...")
                          # ("Daniël Termont, who was then Ghent's alderman for social policy, wrote ...")
                          # ("Marc Bossuyt, a former Secretary of State for Asylum and Migration")
                          # ("Kathleen Van de Kerckhove — Ghent's alderman for refugee policy — says", probes68 #13)
                          rf"{person}(?:,|\s+[-–—])\s+(?:who\s+(?:was|is|had been)\s+)?(?:then\s+|former\s+)?"
                          # ("Kathleen Van de Kerckhove, writing as mayor of Ghent, ...", probes66 #11)
                          rf"(?:the\s+|an?\s+|[\w-]+['’]s\s+|(?:(?:writing|speaking|acting)\s+)?as\s+(?:the\s+)?)?"
                          rf"(?:(?:belgian|flemish|federal|european|then|"
                          rf"former)\s+)?({OFFICES})\b|"
                          # "what did rudy coddens do for refugees while he was mayor of ghent"
                          rf"{person}\s+[^.;?]{{0,60}}?\b(?:while|when)\s+(?:he|she|they)\s+"
                          rf"(?:was|were|is|served as)\s+(?:the\s+|a\s+|an\s+)?(?:then\s+|city\s+)*({OFFICES})\b|"
                          # "Belgium's ambassador to the UN, Jean-Luc Bodson"
                          # (not "the spokesman of alderman Coddens": the office is the spokesman's)
                          rf"\b({OFFICES})\s+(?:(?:of|to|for)\s+(?:the\s+)?(?!(?:{OFFICES})\b)[\w-]+,?\s+)?{person}|"
                          # a lead gives the office to the first person named after it ("As mayor of Ghent, how
                          # did Rudy Coddens describe ...")
                          # ... or a role ("In his role as Secretary of State for Asylum and Migration, what did
                          # Jean-Luc Bodson tell ...")
                          # ... or the way the person wrote or spoke ("writing as the mayor of ghent, what does ...")
                          rf"^\W*(?:in\s+(?:his|her|their)\s+(?:role|capacity)\s+|(?:writing|speaking|acting)\s+)?"
                          rf"as\s+(?:the\s+|[\w-]+['’]s\s+)?"
                          rf"(?:then\s+|city\s+)*({OFFICES})(?:\s+(?:of|for)\s+\w+(?:\s+(?:and\s+)?\w+){{0,5}})?,\s+"
                          rf"(?:[a-z]\w*\s+){{0,2}}?{person}", question, re.I)
        if not given:
            continue
        office = _office(next(g for g in given.groups() if g))
        if office in offices or any(o.endswith(f" {office}") for o in offices):
            continue  # "minister Charles Michel" is right of a "first minister"
        text, at, other = next(iter(offices.values()))
        return f"the reports call {surname.title()} {other}, not {office}: “{quote(sentence_around(text, at))}”"
    return _other_kind_of_office(question, said)


def _other_kind_of_office(question: str, said: dict[str, dict[str, tuple[str, int, str]]]) -> str | None:
    """The question gives a person the office the reports give them, of another kind: "marc bossuyt, a former council
    of state judge" against "former Constitutional Judge Marc Bossuyt" (the words before the office share none)."""
    for surname, offices in said.items():
        asked = re.search(rf"\b{re.escape(surname)},\s+(?:an?|the)\s+(?:(?:former|then|current)\s+)?"
                          rf"((?:(?!(?:{OFFICES})\b)[\w-]+\s+){{1,3}}?)({OFFICES})\b", question, re.I)
        if not asked:
            continue
        office, kind = _office(asked.group(2)), content_stems(asked.group(1)) - _NOT_A_KIND
        for text, at, written in offices.values():
            words = written.split()
            if kind and len(words) > 1 and words[-1] == office.split()[-1] \
                    and not kind & content_stems(" ".join(words[:-1])):
                return f"the reports call {surname.title()} {written}, not {' '.join(asked.group(1).split())} " \
                       f"{office}: “{quote(sentence_around(text, at))}”"
    return None


_NOT_A_KIND = content_stems("former then current belgian ghent")


# money of a level of government: "federal funds", "European funding", "EU subsidies"
# ("flemish govt funding": the government may stand between)
_LEVEL_FUNDS = re.compile(r"\b(federal|european|eu|flemish|regional|local|municipal|city|national|state)\s+"
                          r"(?:(?:govt|government|gov|authorities)(?:['’]s?)?\s+)?"
                          r"(?:funds?|funding|money|subsid(?:y|ies)|grants?|budgets?)\b", re.I)
_SAME_LEVEL = {"eu": "european", "national": "federal", "state": "federal", "municipal": "local", "city": "local"}
_FUNDS_SHARED = 3  # the question's words, besides the level's money, the sentence must hold


def other_level_of_funds(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question names money of one level of government ("want cities to have direct access to federal funds")
    that a chosen sentence on the same subject gives as another's ("direct access to European funds"), and no chosen
    sentence as the asked one's."""
    asked = _fund_levels(question)
    if len(asked) != 1:
        return None
    subject = content_stems(_LEVEL_FUNDS.sub(" ", question))
    told = [(sentence, _fund_levels(sentence)) for sentence in chosen]
    if any(asked & levels for _sentence, levels in told):
        return None
    for sentence, levels in told:
        # (with the sentence before it in its passage: "Ankerkracht ... was originally funded by the European Union.
        # However, in 2015 European subsidies were ended.")
        before = content_stems(sentence_before(sentence, hits)[1])
        if levels and len(subject & (content_stems(sentence) | before)) >= _FUNDS_SHARED:
            return f"the reports speak of other funds: “{quote(sentence)}”"
    return None


def _fund_levels(text: str) -> set[str]:
    """The levels whose money the text names: "EU subsidies" and "European funds" are both "european"."""
    return {_SAME_LEVEL.get(m.group(1).lower(), m.group(1).lower()) for m in _LEVEL_FUNDS.finditer(text)}


# two who did a thing together: "unveiled by a parliamentary inquiry and a TV documentary", "an open-air exhibition,
# initiated by Ghent and IN-Gent vzw", "the cooperation agreement of December 2020 between Ghent and vzw Thope"
_BY_TWO = re.compile(r"\b(?:by|between)\s+((?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)\s+(?:and|n|&)\s+"
                     r"((?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)(?=\s*(?:[,;:?.!]|\s[-–—]\s|$|\s+(?:where|which|who|that|in|on|"
                     r"for|to|with|what|how|why|concerning|regarding|about)\b))", re.I)


# ... or one did it with the other: "the open-air photo exhibition, the one ghent set up with vluchtelingenwerk
# vlaanderen, ..."
_DONE_WITH = re.compile(r"\b([\w’'-]+)\s+(?:set\s+up|started|launched|created|organi[sz]ed|initiated|founded)\s+"
                        r"(?:it\s+)?(?:together\s+)?with\s+((?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)"
                        r"(?=\s*(?:[,;:?.!]|\s[-–—]\s|$|\s+(?:where|which|who|that|in|on|for|to|what|how|why)\b))",
                        re.I)


def other_partner(question: str, chosen: Sequence[str]) -> str | None:
    """The question has two do a thing ("exhibition by ghent and amnesty international") and a chosen sentence has
    one of them do it with another ("initiated by Ghent and IN-Gent vzw"), and no chosen sentence names the other the
    question gives beside the one they share."""
    stems = [content_stems(sentence) for sentence in chosen]
    for asked in [*_BY_TWO.finditer(question), *_DONE_WITH.finditer(question)]:
        # a legal form names no one ("vzw Cirq" and "vzw Thope" are two)
        sides = [content_stems(asked.group(1)) - LEGAL_FORMS, content_stems(asked.group(2)) - LEGAL_FORMS]
        if not all(sides):
            continue
        for sentence in chosen:
            for told in _BY_TWO.finditer(sentence):
                said = [content_stems(told.group(1)) - LEGAL_FORMS, content_stems(told.group(2)) - LEGAL_FORMS]
                for same, other in ((0, 1), (1, 0)):
                    # (a chosen sentence that names the other beside the one they share may tell it: "An example
                    # ... is Hart voor Vluchtelingen" does not)
                    if (sides[same] == said[same] and said[other] and not sides[other] & said[other]
                            and not any(sides[other] | sides[same] <= words for words in stems)):
                        return (f"the reports name {told.group(other + 1)}, not {asked.group(other + 1)}: "
                                f"“{quote_from(sentence, told.start())}”")
    return None


# an association by its legal form: "vzw Cirq", "IN-Gent vzw" (the name after the form may be typed in small letters)
_ASSOCIATION = re.compile(r"\b(?i:vzw|asbl)\s+(?!(?i:and|or|of|for|in|to|who|which|that)\b)([\w-]+)|"
                          r"\b(?!(?i:which|what|whose|the|a|an|this|that|another|each|every)\b)([A-Z][\w-]+)\s+"
                          r"(?i:vzw|asbl)\b")
_ASSOCIATION_SHARED = 2  # the question's other words a sentence naming another association must hold


def other_association(question: str, chosen: Sequence[str]) -> str | None:
    """The question gives a deed to one association ("Which production that vzw Thope staged at the 2016 Gentse
    Feesten led to Refu Interim being set up?") and the chosen sentence on that deed names another one, and no
    chosen sentence names the question's ("The project originated from an initiative of vzw Cirq, who wanted to make
    an artistic production about newcomers to perform at the Gentse Feesten ... in 2016")."""
    asked = {(m.group(1) or m.group(2)).lower(): m for m in _ASSOCIATION.finditer(question)}
    if len(asked) != 1:
        return None  # ("what do vzw Thope and vzw Cirq do": both may be told apart)
    (name, match), = asked.items()
    if any(re.search(rf"\b{re.escape(name)}\b", sentence, re.I) for sentence in chosen):
        return None
    rest = content_stems(question[:match.start()] + " " + question[match.end():]) - LEGAL_FORMS
    for sentence in chosen:
        other = _ASSOCIATION.search(sentence)
        if other and len(rest & content_stems(sentence)) >= _ASSOCIATION_SHARED:
            return f"the reports name {other.group()}, not {match.group()}: “{quote(sentence)}”"
    return None


# the kind of legal text: "the 2016 royal decree", "a war-time act of parliament of 1939", "a 2016 law"
# ("Act" with its capital only: "the city wants to act" names no text)
_INSTRUMENT = re.compile(r"\b(royal\s+decree|decree[\s-]+law|act\s+of\s+parliament|decree|law|(?-i:Act)|directive|"
                         r"regulation|circular|ordinance|treaty|convention)\b", re.I)
_INSTRUMENT_SHARED = 2  # the question's words, besides the year and the kind of text, the sentence must hold


def _instruments(text: str) -> set[str]:
    return {" ".join(re.split(r"[\s-]+", m.group(1).lower())).replace("act of parliament", "act")
            for m in _INSTRUMENT.finditer(text)}


def _compatible(asked: str, told: str) -> bool:
    """One kind of text names the other: "decree" and "royal decree", "law" and "decree law"."""
    return set(asked.split()) <= set(told.split()) or set(told.split()) <= set(asked.split())


def other_instrument(question: str, chosen: Sequence[str]) -> str | None:
    """The question names a year's legal text as one kind ("Under the 2016 royal decree that made integration a
    residence condition") that a chosen sentence on the same subject, of the same year, names as another ("a 2016
    law inserted integration as a residence condition"), and no chosen sentence as the asked kind."""
    years = set(YEAR.findall(question))
    asked = _instruments(question)
    if len(years) != 1 or not asked:
        return None
    subject = content_stems(_INSTRUMENT.sub(" ", YEAR.sub(" ", question)))
    if any(_compatible(a, t) for sentence in chosen for a in asked for t in _instruments(sentence)):
        return None
    for sentence in chosen:
        told = _instruments(sentence)
        if told and years & set(YEAR.findall(sentence)) and \
                len(subject & content_stems(sentence)) >= _INSTRUMENT_SHARED:
            return f"the reports name another kind of text: “{quote(sentence)}”"
    return None


# people a thing is for, by the plural noun that heads them: "return homes for families with minor children" is for
# families, "for unaccompanied minors" for minors
_PEOPLE_PLURALS = frozenset("minors children kids families refugees migrants newcomers seekers women men youngsters "
                            "students workers volunteers adults parents citizens residents applicants participants "
                            "persons people".split())
_FOR_PEOPLE = re.compile(r"\b([\w’'-]+)\s+([\w’'-]+)\s+for\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)\b", re.I)


def _people_head(group: str) -> str | None:
    """The first plural noun for people in the words after "for" ("unaccompanied minors" -> "minors")."""
    return next((w.lower() for w in re.findall(r"[\w’'-]+", group) if w.lower() in _PEOPLE_PLURALS), None)


def other_beneficiary(question: str, chosen: Sequence[str]) -> str | None:
    """The question has a thing of two words be for one group of people ("the return homes for unaccompanied minors")
    and a chosen sentence has that thing for another ("the so-called ‘return homes’ (terugkeerhuizen) for families
    with minor children"): the plural noun heading the question's group is not among the sentence's group's words."""
    for asked in _FOR_PEOPLE.finditer(question):
        head = _people_head(asked.group(3))
        if head is None or asked.group(1).lower() in _NOT_A_THING:
            continue
        thing = rf"\b{re.escape(asked.group(1))}\W+{re.escape(asked.group(2))}\b"
        for sentence in chosen:
            told = re.search(thing + _FOR_TAIL, sentence, re.I)
            group = told.group(1) if told else ""
            said = _people_head(group)
            if said and said != head and head not in _group_words(group):
                return f"the reports say it is for {said}, not {head}: “{quote(sentence)}”"
    # the thing a few words before the group, in one clause: "the so-called return homes are currently Belgium's only
    # alternative to detention for unaccompanied minors"
    for sentence in chosen:
        for told in _THING_FOR.finditer(sentence):
            said = _people_head(told.group(3))
            if said is None or told.group(1).lower() in _NOT_A_THING:
                continue
            first, second = (told.group(i).strip("’'") for i in (1, 2))  # "‘return homes’"
            named = re.search(rf"\b{re.escape(first)}\W+{re.escape(second)}\b", question, re.I)
            if named is None:
                continue
            group_words = _group_words(told.group(3))
            for asked in _FOR_GROUP.finditer(question, named.end()):
                head = _people_head(asked.group(1))
                if head and head != said and head not in group_words \
                        and not re.search(r"[,;?]", question[named.end():asked.start()]):
                    return f"the reports say it is for {said}, not {head}: “{quote(sentence)}”"
    return None


# a thing's closing quote or bracketed gloss, then "for" and its group: "‘return homes’ (terugkeerhuizen) for families"
_FOR_TAIL = r"[’'\"”]?\s*(?:\([^()]*\)\s*)?for\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)\b"
_THING_FOR = re.compile(r"\b([\w’'-]+)\W+([\w’'-]+)" + _FOR_TAIL, re.I)
_FOR_GROUP = re.compile(r"\bfor\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)", re.I)


def _group_words(group: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w’'-]+", group)}


_NOT_A_THING = frozenset("the a an and or of to in is are was were be been it this that what which who how".split())


# control handed to someone: "the 1939 wartime decree handed Parliament full control over their presence"
_GAVE_CONTROL = re.compile(r"\b(?:hand(?:s|ed|ing)?|g[ai]ve[sn]?|giving|grant(?:s|ed|ing)?|award(?:s|ed|ing)?)\s+"
                           r"(?:the\s+)?(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)\s+(?:(?:full|sole|exclusive|total|more|"
                           r"complete)\s+)?(?P<what>control|power|powers|authority|responsibility|competence|"
                           r"competences)\b(?P<over>[^.;?]*)", re.I)
# ... or held: "under the political authority of the Secretary of State for Asylum and Migration"
# (or "the agency overseen by the fps justice", against "The Immigration Office, overseen by the Federal Public Service
# Interior")
# (or its chair: "the Commission Bossuyt, chaired by Charles Michel" against "under the presidency of former
# Constitutional Judge Marc Bossuyt")
_CHAIRED = r"presidency|chairmanship|leadership"  # a chair held: "under the presidency of"
_CHAIRING = r"chaired|headed|presided\s+over"  # ... or done: "chaired by"
_UNDER_CONTROL = re.compile(rf"(?:\bunder\s+the\s+(?:(?:political|direct|sole|full)\s+)?(?:authority|control|"
                            rf"responsibility|supervision|{_CHAIRED})\s+of|"
                            rf"\b(?:overseen|supervised|controlled|{_CHAIRING})\s+by)\s+"
                            r"(?P<who>[^,.;:?()]+?)(?=\s*[,.;:?()]|\s+(?:which|what|who|how|when|where)\b|$)", re.I)
_CONTROL_SUBJECT_MIN = 2  # the question's words (besides who got it) a sentence giving it to another must hold


_CHAIR = re.compile(rf"\b(?:{_CHAIRED}|{_CHAIRING})\b", re.I)


def other_holder_of_control(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has control handed to one ("before the 1939 wartime decree handed Parliament full control over
    their presence") and a sentence read on the same thing hands it to another ("A war-time ‘decree law on aliens’
    police’ in 1939 gave the Executive full control over the presence of foreigners"), none to the question's; or
    has it held by one ("if belgian immigration policy is mostly under the authority of the minister of foreign
    affairs") that a sentence has held by another ("under the political authority of the Secretary of State ...")."""
    asked = _GAVE_CONTROL.search(question) or _UNDER_CONTROL.search(question)
    if not asked or asks_yes_no(question):
        return None
    # a chair the question names, not describes ("chaired by a former constitutional judge recommend": no name, and
    # the words run on into the question's own)
    if _CHAIR.search(asked.group()) and not re.match(r"[A-Z]", asked.group("who")):
        return None
    who = content_stems(unshortened(asked.group("who")))
    subject = content_stems(question) - who
    others = []
    for sentence, _near in related_sentences(chosen, hits):
        if len(subject & content_stems(sentence)) < _CONTROL_SUBJECT_MIN:
            continue
        for told in asked.re.finditer(sentence):
            said = content_stems(told.group("who"))
            # ("the Federal Public Service Justice" is not "the Federal Public Service Interior", one's words all in the
            # other's are: "the Secretary of State" in "the Secretary of State for Asylum and Migration")
            if who <= said or said <= who:
                return None
            others.append((told.group()[:5].lower() == asked.group()[:5].lower(), told.group("who"), sentence,
                           told.start()))
    # the one held as the question has it first: "under the authority of" before "overseen by"
    other = next((o for o in others if o[0]), others[0]) if others else None
    # (quoted from the sentence that holds it: "... the ‘Sudan crisis’ ...58 Following this crisis, a temporary
    # Commission was established ..., under the presidency of ...")
    return f"the reports give it to {_with_article(other[1])}: “{quote_from(other[2], other[3])}”" if other else None


def _with_article(who: str) -> str:
    """A receiver as the sentence names it, with its article: "Executive" -> "the Executive"."""
    return who if who[:1].islower() or who.lower().startswith("the ") else f"the {who}"


# a body or scheme called by a name before its kind: "the Eurocities working group", "the URBACT network"
_KINDS_NAMED = (r"working\s+groups?|networks?|programmes?|programs?|partnerships?|platforms?|campaigns?|"
                r"initiatives?|forums?|committees?")
_NAMED_KIND = re.compile(rf"(?<![.!?]\s)(?<!^)\b((?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){{0,2}})\s+"
                         rf"({_KINDS_NAMED})\b", re.I)
_NAME_AFTER_KIND = re.compile(r"(?:\s+(?:&|and|[A-Z][\w’'-]*))+")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:&|and)\s+)?)*$")
_NAMED_KIND_SHARED = 3  # the question's other words a sentence naming another such body must share


def other_named_kind(question: str, chosen: Sequence[str]) -> str | None:
    """The question calls a body by one name before its kind ("cities swap experiences through the URBACT working
    group on migration & integration") and a chosen sentence on the same subject calls it by another ("through the
    Eurocities working group Migration & Integration"); no chosen sentence gives the question's name that kind."""
    for asked in _NAMED_KIND.finditer(question):
        name, kind = asked.group(1), _stem(asked.group(2).split()[-1])
        if scopes(name) or name.split()[0].lower() in STOP_NAMES:
            continue  # "the Ghent working group": where, not which
        named = [m for s in chosen for m in _NAMED_KIND.finditer(s) if _stem(m.group(2).split()[-1]) == kind]
        if any(m.group(1).lower() == name.lower() for m in named):
            return None
        rest = content_stems(question[:asked.start()] + " " + question[asked.end():])
        for m in named:
            sentence = m.string
            # (the name may follow the kind there: "the Eurocities working group Migration & Integration" is the
            # question's "Eurocities Migration & Integration working group", probes68 #11)
            after = _NAME_AFTER_KIND.match(sentence, m.end())
            before = _NAME_BEFORE.search(question[:asked.start(1)])
            whole = content_stems(f"{before.group() if before else ''} {name}")
            if not content_stems(m.group(1)) & content_stems(name) and not scopes(m.group(1)) \
                    and not (after and whole <= content_stems(f"{m.group(1)} {after.group()}")) \
                    and len(rest & content_stems(sentence)) >= _NAMED_KIND_SHARED:
                return f"the reports name the {m.group(1)} {m.group(2)}, not the {name} {asked.group(2)}: " \
                       f"“{quote(sentence)}”"
    return None


# an assembly where a thing was said or done: "in the European Parliament", "at the UN General Assembly"
_FORUM = re.compile(r"\b(?:in|at|before|to)\s+(?:the\s+)?((?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3})\b",
                    re.I)
_FORUM_KINDS = frozenset(_stem(w) for w in "parliament assembly council senate chamber summit conference".split())
_FORUM_SHARED = 4  # the question's other words a sentence naming another forum must hold


def other_forum(question: str, chosen: Sequence[str]) -> str | None:
    """The question has a thing said or done in one assembly ("Charles Michel expressed Belgium's support for the
    Global Compact in the European Parliament") that a chosen sentence on it has in another ("... in the UN General
    Assembly"), and no chosen sentence names the question's."""
    asked = next((m for m in _FORUM.finditer(question) if _stem(m.group(1).split()[-1]) in _FORUM_KINDS), None)
    if not asked:
        return None
    name = asked.group(1)
    if any(name.lower() in sentence.lower() for sentence in chosen):
        return None
    rest = content_stems(question[:asked.start()] + " " + question[asked.end():])
    for sentence in chosen:
        for told in _FORUM.finditer(sentence):
            other = told.group(1)
            if _stem(other.split()[-1]) in _FORUM_KINDS and not content_stems(other) & content_stems(name) - {
                    _stem(name.split()[-1])} and len(rest & content_stems(sentence)) >= _FORUM_SHARED:
                return f"the reports say the {other}, not the {name}: “{quote(sentence)}”"
    return None


# a person by first name and where they work: "Rose from the Jobteam", "Julie from the Jobteam"
_FROM_BODY = re.compile(r"\b([A-Z][a-z’'-]+)\s+from\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


def other_person_from(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question names a person by first name and body ("who continued his job search together with Rose from the
    Jobteam") and a sentence near the answer names another of that body in their place ("Together with Julie from the
    Jobteam, I continued my search"), without the question's."""
    for asked in _FROM_BODY.finditer(question):
        name, body = asked.group(1), asked.group(2)
        if name.lower() in _NOT_FIRST_NAMES or not asked.start():
            continue  # "What from the ..." opens a question; a capital that starts it is no name
        # (after the same word: "together with Rose from the Jobteam" and "Together with Julie from the Jobteam", not
        # "Renaud Teukam from the Jobteam", a surname)
        before = _word_before(question, asked.start())
        for sentence, near in related_sentences(chosen, hits):
            told = next((m for m in _FROM_BODY.finditer(sentence) if near and m.group(2) == body
                         and m.group(1) != name and m.group(1).lower() not in _NOT_FIRST_NAMES
                         and _word_before(sentence, m.start()) == before), None)
            if told and not re.search(rf"\b{re.escape(name)}\b", sentence):
                return f"the reports name {told.group(1)} from the {body}, not {name}: “{quote(sentence)}”"
    return None


_NOT_FIRST_NAMES = frozenset("together apart away far coordinator director member members someone people staff the "
                             "a an one".split())


def _word_before(text: str, at: int) -> str:
    words = re.findall(r"[\w’'-]+", text[:at])
    return words[-1].lower() if words else ""

