"""A comparison the question takes for granted that the reports' figures turn round.

"Why are remittances from Belgium to Turkey more expensive than those sent to Algeria?" against "The average cost
to send remittances from Belgium ... was 10.08% to Algeria, 8.87% to DRC, 5.05% to Morocco and 7.94% to Turkey":
the reports give Turkey the lower figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import YEAR, content_stems, quote
from qa.figures import number_value
from qa.question import question_names

# "more expensive than", "higher than", "cheaper than": the comparative and which way it points
_COMPARED = re.compile(r"\b(?:(?P<up>more expensive|more costly|costlier|pricier|dearer|higher|larger|bigger|greater)|"
                       r"(?P<down>cheaper|less expensive|lower|smaller))\s+(?P<gap>(?:[\w’'-]+\s+){0,10}?)than\b", re.I)
# a figure of a side: a percentage, an amount in euros or a plain number, not a year or a footnote mark
_FIGURE = re.compile(r"(?<![\w.,])(?:€\s*)?(\d+(?:[.,]\d+)*)\s*(?:%|percent\b|per cent\b|euros?\b)?(?![\w])", re.I)
# the pieces of an enumeration that each pair one figure with one side: "10.08% to Algeria, 8.87% to DRC and ..."
# (and the sentences of a passage sentence that runs on after a footnote mark: "to Turkey.55 The new ...")
_PIECES = re.compile(r",|;|\band\b|\bwhereas\b|\bwhile\b|\bcompared (?:to|with)\b|\bagainst\b|[.!?]\d*\s+(?=[A-Z])")


def comparison_reversed(question: str, chosen: Sequence[str]) -> str | None:
    """The question says one side is higher (or lower) than another; a chosen sentence gives a figure for each
    side, the other way round. Sides are names: the last one before the comparative, the first after "than"."""
    match = _COMPARED.search(question)
    if not match:
        return None
    # "more expensive to send remittances from Belgium to Morocco than to Algeria": the side is the last name before
    # "than"
    lead = question[:match.start("gap")] if len(match.group("gap").split()) <= 2 else question[:match.end("gap")]
    for sentence in chosen:
        # names as the question types them, or as the sentence writes them ("morocco" for Morocco)
        written = _capitalised(sentence)
        before = question_names(lead) or _written(lead, written)
        after = question_names("X " + question[match.end():]) or _written(question[match.end():], written)
        if before and after and (turned := _turned_round(before[-1], after[0], sentence, bool(match.group("up")))):
            return turned
    return None


def _turned_round(first: str, second: str, sentence: str, up: bool) -> str | None:
    """The reason when the sentence gives `first` a lower figure than `second` and the question says higher (`up`),
    or the other way round; None when it gives either no figure or the same."""
    mine, theirs = _figure_of(first, sentence), _figure_of(second, sentence)
    if mine is None or theirs is None or mine[0] == theirs[0] or (mine[0] < theirs[0]) != up:
        return None
    return f"the reports give {mine[1]} for {first} and {theirs[1]} for {second}: “{quote(sentence)}”"


# "issued more first residence permits for work than for education": more of a thing for one side than another,
# the sides after the same preposition
_MORE_FOR = re.compile(r"\b(?:(?P<up>more)|(?P<down>fewer|less))\s+(?:[\w’'-]+\s+){0,5}?(?P<prep>for|to|in|among)\s+"
                       r"(?:the\s+)?(?P<first>[\w’'-]{3,})\s+than\s+(?:(?P=prep)\s+)?(?:the\s+)?(?P<second>[\w’'-]{3,})\b",
                       re.I)

# "permits for work outnumbered those for education": the same, said with a verb
_OUTNUMBERED = re.compile(r"\b(?P<prep>for|to|in|among)\s+(?:the\s+)?(?P<first>[\w’'-]{3,})\s+(?:(?P<up>outnumbered|"
                          r"outnumber|outnumbers|exceeded|exceed|exceeds|outstripped)|(?P<down>trailed))\s+"
                          r"(?:those|the ones|ones)\s+(?P=prep)\s+(?:the\s+)?(?P<second>[\w’'-]{3,})\b", re.I)

# "work was a more common reason than education for belgium's first residence permits": one side said to be more
# common than another
_MORE_COMMON = re.compile(r"\b(?P<first>[\w’'-]{3,})\s+(?:was|is|were|are)\s+(?:a\s+|an\s+|the\s+)?(?:(?P<up>more "
                          r"(?:common|frequent|usual|important)|commoner)|(?P<down>less (?:common|frequent|usual|"
                          r"important)|rarer))\s+(?:[\w’'-]+\s+){0,2}?than\s+(?:for\s+)?(?:the\s+)?"
                          r"(?P<second>[\w’'-]{3,})\b", re.I)


def more_for_reversed(question: str, chosen: Sequence[str]) -> str | None:
    """The question says there is more (or less) of a thing for one side than for another ("more first residence permits
    for work than for education", "work was a more common reason than education"); a chosen sentence gives a figure
    for each side, the other way round ("11% for education, and 9% for work")."""
    match = _MORE_FOR.search(question) or _OUTNUMBERED.search(question) or _MORE_COMMON.search(question)
    if not match:
        return None
    return next((turned for sentence in chosen
                 if (turned := _turned_round(match.group("first"), match.group("second"), sentence,
                                             bool(match.group("up"))))), None)


def _capitalised(sentence: str) -> dict[str, str]:
    """The sentence's capitalised words, by their lower case: {"morocco": "Morocco", ...}."""
    return {w.lower(): w for w in re.findall(r"\b[A-Z][\w’'-]*", sentence)}


def _written(text: str, names: dict[str, str]) -> list[str]:
    """The words of `text` that are names the sentence writes with a capital, as it writes them."""
    return [names[w.lower()] for w in re.findall(r"[\w’'-]+", text) if w.lower() in names and len(w) > 1]


def _figure_of(name: str, sentence: str) -> tuple[float, str] | None:
    """The one figure of the piece of the sentence that names `name` ("7.94% to Turkey"), else None."""
    key = name.lower()
    pieces = [p for p in _PIECES.split(sentence) if key in p.lower()]
    if len(pieces) != 1:
        return None
    figures = [m for m in _FIGURE.finditer(pieces[0]) if not YEAR.fullmatch(m.group(1))]
    if len(figures) != 1:
        return None
    return number_value(figures[0].group(1)), figures[0].group().strip()


# "morocco was the priciest corridor", "the cheapest": a side said to have the highest (or lowest) figure
_MOST = re.compile(r"\b(?:(?P<up>priciest|most expensive|costliest|dearest|highest|largest|biggest|greatest)|"
                   r"(?P<down>cheapest|least expensive|lowest|smallest))\b", re.I)


_SAID_OF = re.compile(r"([\w’'-]+)\s+(?:was|is|were|are|has|had)\s+(?:by far\s+)?(?:the\s+)?$", re.I)
# ... or asked: "why was morocco the priciest country"
_ASKED_OF = re.compile(r"\b(?:was|is|were|are)\s+([\w’'-]+)\s+(?:by far\s+)?the\s+$", re.I)
# ... or the side it goes to: "remittances ... were cheapest to send to Algeria", "cheapest for Morocco"
_SAID_TO = re.compile(r"^\s+(?:(?:to\s+)?(?:send|transfer|get|reach)\s+(?:[\w’'-]+\s+)?)?(?:to|for)\s+(?:the\s+)?"
                      r"([\w’'-]+)", re.I)


_GIVEN_SHARE = re.compile(r"\bat\s+(\d+(?:[.,]\d+)?)\s*%\s*,?\s*(?:was|is|were|are)\s+(?:by far\s+)?(?:the\s+)?$", re.I)


def superlative_reversed(question: str, chosen: Sequence[str]) -> str | None:
    """The question says one side has the highest (or lowest) figure ("q3 2020 remittances from belgium, morocco was
    the priciest corridor listed"); a chosen sentence gives figures for three sides or more, and a higher (lower)
    one to another side. The side is the name the superlative is said of ("<side> was the priciest")."""
    match = _MOST.search(question)
    # the side is what the superlative is said of: "morocco was the priciest", not "which ... was the priciest"
    said_of = match and (_SAID_TO.match(question[match.end():]) or _SAID_OF.search(question[:match.start()])
                         or _ASKED_OF.search(question[:match.start()]))
    # ... or the side's figure the question gives: "the DR Congo, at 8.87%, was the most expensive destination"
    given = match and _GIVEN_SHARE.search(question[:match.start()])
    if not match or not said_of and not given:
        return None
    for sentence in chosen:
        written = _capitalised(sentence)
        figures = {name: figure for name in written.values() if (figure := _figure_by(name, sentence))}
        side = written.get(said_of.group(1).lower()) if said_of else next(
            (name for name, figure in figures.items() if given and figure[0] == number_value(given.group(1))), None)
        if not side:
            continue
        if side not in figures or len(figures) < 3:
            continue
        top = (max if match.group("up") else min)(figures, key=lambda name: figures[name][0])
        if figures[top][0] != figures[side][0]:
            return (f"the reports give {figures[side][1]} for {side} and {figures[top][1]} for {top}: "
                    f"“{quote(sentence)}”")
    return None


def _figure_by(name: str, sentence: str) -> tuple[float, str] | None:
    """The figure written just before `name` ("5.05% to Morocco") or just after it ("Morocco: 5.05%"), not a
    year; None when there is none ("from Belgium in the third quarter of 2020")."""
    side = re.escape(name)
    for pattern in (rf"{_FIGURE.pattern}\s+(?:[\w’'-]+\s+){{0,2}}?{side}\b",
                    rf"\b{side}\b\W{{0,3}}(?:[\w’'-]+\s+){{0,2}}?{_FIGURE.pattern}"):
        found = re.search(pattern, sentence, re.I)
        if found and not YEAR.fullmatch(found.group(1)):
            return number_value(found.group(1)), found.group(1) + ("%" if "%" in found.group() else "")
    return None


# "pledged to receive more refugees than the federal government set out to do"
_MORE_OR_LESS = re.compile(r"\b(?:(?P<up>more)|(?P<down>fewer|less))\s+((?:[\w’'-]+\s+){0,3}?)than\s+(?:the\s+)?"
                           r"([\w’'-]+(?:\s+[\w’'-]+)?)", re.I)


def more_or_less_reversed(question: str, chosen: Sequence[str]) -> str | None:
    """The question says one does fewer (or more) of a thing than another ("Ghent offered to take in fewer refugees
    than the federal government planned") and a chosen sentence says the opposite of the same thing against the
    same other ("the city of Ghent pledged to receive more refugees than the federal government set out to do")."""
    asked = _MORE_OR_LESS.search(question)
    if not asked:
        return None
    what, other = content_stems(asked.group(3)), content_stems(asked.group(4))
    for sentence in chosen:
        for said in _MORE_OR_LESS.finditer(sentence):
            if bool(said.group("up")) == bool(asked.group("up")):
                continue
            if what and not what & content_stems(said.group(3)) or not other & content_stems(said.group(4)):
                continue
            return f"the reports say {said.group().strip()}: “{quote(sentence)}”"
    return None


# "looks more restrictive", "appears less restrictive": a degree of a quality, either way
_DEGREE = re.compile(r"\b(?:(?P<up>more)|(?P<down>less))\s+(?!than\b|and\b|or\b)(?P<quality>[a-z][a-z-]{3,})\b", re.I)
DEGREE_SUBJECT = 3  # words a sentence must share with the question besides the quality


def degree_reversed(question: str, chosen: Sequence[str]) -> str | None:
    """The question says a thing is more (or less) of a quality and a chosen sentence on it says the other way:
    "gcm report says belgiums new orientation on return policy looks more restrictive" against "The new Belgian
    orientation on return policy appears less restrictive". Not when a chosen sentence says it the question's way."""
    asked = [(bool(m.group("up")), m.group("quality").lower(), m.group()) for m in _DEGREE.finditer(question)]
    if not asked:
        return None
    subject = content_stems(question)
    for up, quality, typed in asked:
        told = [(s, bool(m.group("up"))) for s in chosen for m in _DEGREE.finditer(s)
                if m.group("quality").lower() == quality
                and len(subject & content_stems(s) - content_stems(quality)) >= DEGREE_SUBJECT]
        if told and not any(said_up == up for _s, said_up in told):
            sentence = told[0][0]
            return f"the reports say {'less' if up else 'more'} {quality}, not {typed.lower()}: “{quote(sentence)}”"
    return None


# "how long before the EU deadline", "ahead of the deadline", "after the deadline": which side of a moment
_SIDE_OF = re.compile(r"\b(?:(?P<before>before|ahead of|prior to|in advance of|earlier than)|"
                      r"(?P<after>after|later than|past))\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?"
                      r"(?P<moment>deadline|due date|time limit)s?\b", re.I)


def side_of_deadline_reversed(question: str, chosen: Sequence[str]) -> str | None:
    """The question has a thing done before a deadline ("belgium transposed the single permit rules in 2019 - how
    long before the EU deadline was that") and an answer sentence on the same thing has it done after ("In 2019,
    ... transposed the provisions on the single permit – more than five years after the deadline")."""
    asked = _SIDE_OF.search(question)
    if not asked:
        return None
    subject = content_stems(question[:asked.start()] + " " + question[asked.end():])
    for sentence in chosen:
        for told in _SIDE_OF.finditer(sentence):
            if (told.group("moment").lower() == asked.group("moment").lower()
                    and bool(told.group("before")) != bool(asked.group("before"))
                    and len(subject & content_stems(sentence)) >= _SIDE_SUBJECT):
                return f"the reports say it came {'before' if told.group('before') else 'after'}: “{quote(sentence)}”"
    return None


_SIDE_SUBJECT = 2  # the question's other words the sentence must share


def preference_reversed(question: str, chosen: Sequence[str]) -> str | None:
    """The question has one thing done instead of another ("why does ghent wait for refugee recognition before
    starting the integration process instead of starting on day one?") and a chosen sentence on it the other way
    round ("to start the integration process as soon as an asylum seeker arrives in the city, instead of waiting until
    after the recognition"): what each sets aside is the first word after "instead of", and the sentence sets aside
    what the question does and does what the question sets aside."""
    asked = _INSTEAD.search(question)
    if not asked:
        return None
    done, set_aside = content_stems(question[:asked.start()]), _first_stem(question[asked.end():])
    for sentence in chosen:
        told = _INSTEAD.search(sentence)
        if not told:
            continue
        its_done, its_aside = content_stems(sentence[:told.start()]), _first_stem(sentence[told.end():])
        if set_aside and its_aside and set_aside != its_aside and its_aside in done and set_aside in its_done \
                and its_aside not in content_stems(question[asked.end():]) \
                and len((done - {its_aside}) & its_done) >= _SIDE_SUBJECT:
            return f"the reports say it the other way round: “{quote(sentence)}”"
    return None


_INSTEAD = re.compile(r"\b(?:instead of|rather than)\s+", re.I)


def _first_stem(text: str) -> str | None:
    """The first content word of the text, stemmed: "waiting until after the recognition" -> "wait"."""
    for word in re.findall(r"[\w’'-]+", text)[:3]:
        stems = content_stems(word)
        if stems:
            return next(iter(stems))
    return None
