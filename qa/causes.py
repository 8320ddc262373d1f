"""A cause the question turns round: "the ocmw took over ankerkracht in 2015 - why did that make the EU stop funding
it?" against the report's "However, in 2015 European subsidies were ended. The same year, the OCMW ... decided ...
which projects that were no longer subsidised would be taken over with regular funds." The report tells the
claimed effect first and the claimed cause after it, as its consequence. Lexical and English-only, like the other
premise checks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from os.path import commonprefix

from qa.contradiction import (
    NEGATION,
    PLACE_STEMS,
    chunk_sentences,
    content_stems,
    context_of,
    passage_text,
    quote,
    quote_from,
    related_pieces,
    related_sentences,
    sentences_before,
)
from qa.figures import STARTED, STARTING
from qa.question import asks_yes_no, name_acronyms, question_names, unshortened
from qa.result import Hit

# "<cause> - why did that make/cause/lead to <effect>", "why did <cause> cause/lead to <effect>", "how did <cause>
# lead to <effect>"
_THAT_MADE = re.compile(r"^(?P<cause>.+?)\s*[-–—:;,]\s*(?:so\s+)?(?:why|how)\s+(?:did|does|would|could)\s+"
                        r"(?:that|this|it)\s+(?:make|cause|lead to|result in|force|push|prompt|trigger|give rise to|"
                        r"bring about)\s+"
                        r"(?P<effect>[^?]+)", re.I)
_CAUSED = re.compile(r"\b(?:why|how)\s+(?:did|does|would|could)\s+(?P<cause>.+?)\s+(?:cause|lead to|result in|"
                     r"trigger|give rise to|bring about)\s+(?P<effect>[^?]+)", re.I)  # not "make it harder", "push for"
# "<effect>, which broke out after <cause>": what the question has come first
_BROKE_AFTER = re.compile(r"(?P<effect>[^,;?]+?)\s*,?\s+(?:which|that)\s+(?:had\s+)?(?:broke|broken|came|come|arose|"
                          r"arisen|erupted|happened|occurred|started|began|begun|emerged)(?:\s+out|\s+up|\s+about)?"
                          r"\s+(?:only\s+|just\s+)?after\s+(?P<cause>[^,;?]+)", re.I)
# a sentence telling what followed from the one before it
# ("This led to the inclusion of a new provision": what the sentence before it told brought it)
_FOLLOWS = re.compile(r"\b(?:then|after|afterwards|following|as a result|therefore|thus|consequently|in response|"
                      r"(?:this|that|which|these|it)\s+led\s+to|"
                      r"the same year|no longer|subsequently|hence|so that)\b", re.I)
_MIN_SHARE = 0.5  # of the claimed cause's and effect's words their sentences must have


_IRREGULAR = {"took": "take", "taken": "take", "made": "make", "began": "begin", "begun": "begin", "gave": "give",
              "given": "give", "went": "go", "gone": "go", "left": "leave", "brought": "bring"}


def _stems(text: str) -> set[str]:
    return content_stems(" ".join(_IRREGULAR.get(w.lower(), w) for w in re.findall(r"[\w’'-]+", text)))


def _best(stems: set[str], sentences: list[set[str]], window: bool) -> tuple[int, float]:
    """The sentence (with the next one if `window`: "... taken over with regular funds. Ankerkracht was one of
    the selected projects") that has most of `stems`, and the share it has; of two windows as good, the one whose
    sentence has more itself."""
    best, share, own = -1, 0.0, 0.0
    for i in range(len(sentences)):
        window_stems = sentences[i] | (sentences[i + 1] if window and i + 1 < len(sentences) else set())
        got, mine = len(stems & window_stems) / len(stems), len(stems & sentences[i]) / len(stems)
        if (got, mine) > (share, own):
            best, share, own = i, got, mine
    return best, share


def reversed_cause(question: str, hits: Sequence[Hit]) -> str | None:
    """The question says A made B happen, and a passage read tells B first and A after it, as what followed."""
    claim = _THAT_MADE.search(question) or _CAUSED.search(question) or _BROKE_AFTER.search(question)
    if not claim:
        return None
    cause, effect = _stems(claim.group("cause")), _stems(claim.group("effect"))
    if len(cause) < 2 or len(effect) < 2:
        return None
    for hit in hits:
        texts = chunk_sentences(hit.chunk)
        stems = [_stems(t) for t in texts]
        at_cause, cause_share = _best(cause - effect, stems, window=True)
        at_effect, effect_share = _best(effect - cause, stems, window=False)
        if at_cause == at_effect:  # the cause's window opens on the effect's sentence: the cause's own sentence
            at_cause, cause_share = _best(cause - effect, stems, window=False)
        if min(cause_share, effect_share) < _MIN_SHARE or not 0 <= at_effect < at_cause:
            continue
        if _FOLLOWS.search(texts[at_cause]):
            told = " ".join(quote(t) + "." for t in texts[at_effect:at_cause + 1])
            return f"the reports tell it the other way round: “{told.rstrip('.')}”"
    return None


def reversed_in_one(question: str, chosen: Sequence[str]) -> str | None:
    """The question says A led to B, and a chosen sentence gives B as the cause of A within itself: "how did the
    federal government's provision of more accommodation lead to the growing number of refugees?" against "Due to
    the growing number of refugees, the federal government decided to provide more accommodation"."""
    claim = _THAT_MADE.search(question) or _CAUSED.search(question)
    if not claim:
        return None
    cause, effect = _stems(claim.group("cause")), _stems(claim.group("effect"))
    for sentence in chosen:
        for given in _GIVES_CAUSE.finditer(sentence):
            told_cause = _stems(given.group(1))
            told_effect = _stems(f"{sentence[:given.start()]} {sentence[given.end():]}")
            if (len(effect & told_cause) >= _ACT_SIDE_MIN and len(cause & told_effect) >= _ACT_SIDE_MIN
                    and len(cause & told_cause) < _ACT_SIDE_MIN):
                return f"the reports tell it the other way round: “{quote_from(sentence, given.start())}”"
    return None


# a cause the question names with a noun: "why did gent zonder grenzen move online because of funding cuts"
# (or with a clause: "had to move its work online because the city refused it meeting space")
# "the michel govt collapsed in 2018 over the pension reform row — did that ...": a fall over something
# ("why did the michel govt fall over ...": the base form after "did")
_FELL_OVER = (r"(?:collapsed?|collapses|fell|falls?|fallen|broke up|break up|breaks up|resign(?:ed|s)?)"
              r"(?:\s+in\s+\d{4})?\s+over")
_FALL = re.compile(_FELL_OVER, re.I)
# "access to health care is frustrated by the high fees" against "Effective access is frustrated, however, by the
# complexity of the procedure": what hinders a thing is its cause
_HINDERED = r"(?:frustrated|hampered|hindered|undermined|impeded|obstructed)(?:,\s*(?:however|though),)?\s+by"
_BECAUSE_OF = re.compile(rf"\b(?:because of|due to|owing to|as a result of|thanks to|because(?! of\b)|"
                         rf"on the grounds? that|on (?:the )?grounds? of|{_FELL_OVER}|{_HINDERED})\s+"
                         r"((?:(?!\s-\s)[^,;?.–—])+)", re.I)  # (" - which procedure ...": a dash ends it)
# a cause a sentence gives: "were forced to continue working online due to the COVID pandemic", "the previous federal
# government fell over public endorsement of a non-binding international legal instrument"
_GIVES_CAUSE = re.compile(rf"\b(?:because of|due to|owing to|as a result of|thanks to|because|caused by|{_FELL_OVER}|"
                          rf"{_HINDERED})"
                          r"\s+([^,;.]+)", re.I)
_SAME_CAUSE = {"corona": "covid", "coronavirus": "covid", "pandemic": "covid", "lockdown": "covid",
               "lockdowns": "covid", "virus": "covid"}
_EVENT_MIN = 2  # of the question's words before its cause a sentence giving another cause must have


def other_cause(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a cause with a noun ("because of funding cuts") and a sentence on the same event gives
    another ("due to the COVID pandemic"), sharing no word with it. The sentence is a chosen one, or one of a
    passage with a chosen one ("They ... were forced to continue working online due to the COVID pandemic"); the
    event's words are then counted in its passage, and one of them must be in the sentence. A government's fall is
    one event ("why did the michel govt fall over the family units detention"): a sentence telling it in any passage
    read gives its cause ("fell over", "led to its collapse"), and one giving the question's cause clears it."""
    asked = _BECAUSE_OF.search(question)
    if not asked:
        return _other_origin(question, chosen, hits)
    # ("over the family units detention in 2018": the year says when, not why)
    cause = {w for w in _causes(asked.group(1)) if not w.isdigit()}
    if not cause:
        return None
    event = content_stems(unshortened(question[:asked.start()]))  # "the michel govt": the government
    fell = _FALL.match(asked.group())
    other = None
    for sentence, near in related_sentences(chosen, hits):
        given = _GIVES_CAUSE.search(sentence)
        # "collapsed ... over" and "fell over" tell one event, in whichever passage read they are told, as does
        # "the endorsement of the UN Global Compact ... by the previous federal government in 2018 led to its collapse"
        led = _LED_TO.search(sentence) if fell else None
        if led and _ONE_EVENT.search(led.group(1)):
            given = led
        one_event = bool(fell and given and (given is led or _FALL.match(given.group())))
        if not given or not near and not one_event:
            continue
        told = event & content_stems(sentence[:given.start()])
        if one_event:
            told = told | {"fell over"}
        passage = passage_text(sentence, hits)
        if len(told) < _EVENT_MIN and not (told and len(event & content_stems(passage)) >= _EVENT_MIN + 1):
            continue
        if _shares_word(cause, _causes(sentence)):
            if one_event:
                return None  # "fell over the GCM": another sentence on the fall gives the question's cause
            continue
        # "... via litigation.1 Ultimately, the previous federal government fell over ...": from the sentence a
        # footnote's number hid
        other = other or f"the reports give another cause: “{quote_from(sentence, given.start())}”"
    return other


# a sentence telling what brought an event about: "the endorsement of the UN Global Compact ... by the previous
# federal government in 2018 led to its collapse"
_LED_TO = re.compile(r"\b(?:led to|leads to|caused|causes|resulted in|results in|triggered|brought about|provoked)\s+"
                     r"([^,;.]+)", re.I)


def _other_origin(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """ "Why did the family reunification bills cause the Belgian federal government to collapse in 2018?" against a
    sentence near the chosen ones that gives the same effect another cause ("the endorsement of the UN Global
    Compact ... led to its collapse"): the effect's words after "led to", the event's words in the sentence (more of
    them in a passage without a chosen sentence), and none of the question's cause in it."""
    claim = _CAUSED.search(question) or _BROUGHT_DOWN.search(question)
    if not claim:
        return None
    cause, effect = _causes(claim.group("cause")), _causes(claim.group("effect"))
    if len(cause) < 2 or len(effect) < 2:
        return None
    brought_down = claim.re is _BROUGHT_DOWN
    if brought_down:  # "bring down the government": its collapse
        effect |= _causes("collapse")
    for sentence, near in related_sentences(chosen, hits):
        led = _LED_TO.search(sentence)
        fell = _FALL.search(sentence) if brought_down else None
        if fell and not cause & _causes(sentence) and len(effect & _causes(sentence[:fell.start()])) >= _EVENT_MIN:
            # "The previous federal government in Belgium fell over public endorsement of the GCM"
            return f"the reports give another cause: “{quote_from(sentence, fell.start())}”"
        if not led or cause & _causes(sentence) or not effect & _causes(led.group(1)):
            continue
        if _ANAPHOR.match(sentence[:led.start()]):
            # "This led to the inclusion of a new provision ...": the cause is told before ("Early 2019, a ‘scandal’
            # burst out ..."), two sentences back at most
            _chunk, told = sentences_before(sentence, hits, _CAUSE_BEFORE)
            # (the cause's words, not its time: "a Constitutional Court ruling in early 2019" is not told by "Early
            # 2019, a ‘scandal’ burst out")
            what = {w for w in cause if not w.isdigit()} - _TIME_STEMS
            if not told or not what or what & _causes(" ".join(told)):
                continue
            if len(effect & _causes(sentence)) >= (_EVENT_MIN if near else _EVENT_MIN + 1):
                return f"the reports give another cause: “{quote(told[0])}”"
            continue
        # a sentence of another passage read must share more of the event
        if len(effect & _causes(sentence)) >= (_EVENT_MIN if near else _EVENT_MIN + 1):
            return f"the reports give another cause: “{quote(sentence)}”"
    return None


_ANAPHOR = re.compile(r"^\W*(?:this|that|these|those|it|all this|all of this)\W*$", re.I)
_TIME_STEMS = frozenset(content_stems("early late mid beginning end start autumn spring summer winter year month"))
_CAUSE_BEFORE = 2  # sentences before a "This led to ..." that may tell what "This" is


# "why did the sudan identification mission bring down belgium's previous federal government in 2018?"
_BROUGHT_DOWN = re.compile(r"\b(?:why|how)\s+(?:did|does|would|could)\s+(?P<cause>.+?)\s+(?:bring|take)\s+down\s+"
                           r"(?P<effect>[^?]+)", re.I)
_SAME_WORD_PREFIX = 5  # letters two stems must open with alike to be one word's forms ("expans", "expand")


def _shares_word(cause: set[str], stems: set[str]) -> bool:
    """Whether a sentence's stems hold a word of the cause, in another form: "in which towns is Refu Interim active
    as a result of its expansion?" names what "due to their success in Ghent has expanded into ..." tells, not
    another cause."""
    return any(a == b or len(commonprefix([a, b])) >= _SAME_WORD_PREFIX for a in cause for b in stems)


def _causes(text: str) -> set[str]:
    """The content stems, with the names of the pandemic as one."""
    return {_SAME_CAUSE.get(w, w) for w in content_stems(text)}


# what came of something told as what followed it: "batahlan created after the success of refu interim" against
# "Due to the success and enthusiasm for Batahlan, Refu Interim was created in 2017"
_SEQUEL = re.compile(r"\b(?:after|due to|because of|following|thanks to|owing to|given)\s+(?:the\s+)?"
                     r"(success|failure|closure|launch|creation|end|collapse|example)(?:\s+and\s+\w+)?\s+(?:of|for)\s+"
                     r"([^,;:?.–—()]+)", re.I)
_SEQUEL_WORDS = 4  # words after "the success of" that name the thing


# one thing told as giving rise to another: "how did refu interim inspire cirq's batahlan show"
_GAVE_RISE = re.compile(r"\b(?:how|why|in what way)\s+(?:did|does|do|has|had|could)\s+(?P<a>[^?,;]+?)\s+"
                        r"(?:inspire|lead\s+to|give\s+rise\s+to|spark|prompt|trigger|spawn|pave\s+the\s+way\s+for)\s+"
                        r"(?P<b>[^?,;]+)", re.I)

# ... or as growing out of it: "vzw Cirq's Batahlan production at the 2016 Gentse Feesten grew out of Refu Interim"
# (or spun off from it: "Batahlan, the vzw Cirq production that was spun off from Refu Interim")
_GREW_OUT = re.compile(r"(?P<b>[^?,;:–—]+?)\s+(?:(?:grew|grows|had grown)\s+out\s+of|(?:was\s+|were\s+|had\s+been\s+)?"
                       r"spun\s+off\s+from|(?:was\s+|were\s+)?born\s+out\s+of|sprang\s+from|emerged\s+from)\s+"
                       r"(?P<a>[^?,;:–—]+)", re.I)


def reversed_sequel(question: str, chosen: Sequence[str]) -> str | None:
    """The question has B follow from A's success ("after the success of A"), A give rise to B ("how did A
    inspire B"), B grow out of A or A do B after A was founded, a chosen sentence A from B's ("Due to the success
    and enthusiasm for B, A was created")."""
    asked = _SEQUEL.search(question)
    led = None if asked else _GAVE_RISE.search(question)
    grew = None if asked or led else _GREW_OUT.search(question)
    before = None if asked or led or grew else _PUT_BEFORE.search(question)
    founded = None if asked or led or grew or before else _AFTER_FOUNDED.search(question)
    kind: set[str] | None = None  # what gave rise to it is told by any of the sentence's words for it ...
    if founded:  # "refu interim put on the batahlan show at the gentse feesten after it was founded": its subject
        words = founded.group("clause").split()
        cut = next((i for i, w in enumerate(words) if w.lower() in _DOING), min(len(words), _SUBJECT_WORDS))
        first, rest = _stems(" ".join(words[:cut])), _stems(" ".join(words[cut:]))
    elif before:  # "Since Refu Interim was already up and running before the Batahlan production, ...": by its name
        first = _stems(" ".join(w for w in _CAPITALISED.findall(before.group("first")) if w not in _OPENERS))
        rest = _stems(before.group("then"))
    elif grew:
        first = _stems(" ".join(grew.group("a").split()[:_SEQUEL_WORDS]))
        rest = _stems(question[:grew.start("a")])  # (with what an apposition names: "Batahlan, the ... production")
    elif asked:
        kind = _stems(asked.group(1))  # ... unless the question names its kind: "after the success of"
        first = _stems(" ".join(asked.group(2).split()[:_SEQUEL_WORDS]))
        rest = _stems(question[:asked.start()] + " " + question[asked.end():])
    elif led:
        first = _stems(" ".join(led.group("a").split()[-_SEQUEL_WORDS:]))
        rest = _stems(led.group("b"))
    else:
        return None
    for sentence in chosen:
        for told in _SEQUEL.finditer(sentence):
            if kind is not None and _stems(told.group(1)) != kind:
                continue
            other = _stems(" ".join(told.group(2).split()[:_SEQUEL_WORDS]))
            around = _stems(sentence[:told.start()] + " " + sentence[told.end():])
            if other and first and not other & first and other <= rest and first <= around:
                return f"the reports tell it the other way round: “{quote(sentence)}”"
    return None


# one thing told done by another after its founding: "refu interim put on the batahlan show ... after it was founded"
_AFTER_FOUNDED = re.compile(r"^\W*(?P<clause>[^,;?]+?)\s+after\s+(?:it|they)\s+(?:was|were|had\s+been|got)\s+"
                            r"(?:founded|created|set\s+up|established|launched|started)\b", re.I)
_DOING = frozenset("put puts held holds staged stages organised organized organises organizes ran runs run made makes "
                   "did does performed hosted hosts launched started created produced".split())
_SUBJECT_WORDS = 3  # words of the clause read as its subject when no verb of doing ends it
# one thing put before another: "Refu Interim was already up and running before the Batahlan production" (the reports
# tell the other order when they tell the first from the success of the second)
_PUT_BEFORE = re.compile(r"(?P<first>[^.?!;,]+?)\s+(?:before|prior\s+to|ahead\s+of)\s+(?P<then>[^.?!;,]+)", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")
_OPENERS = frozenset("Since Given As When Because After Before While If Now So And But Why How What".split())


# one thing acting on another: "how does the type of incoming migrants influence the local economy"
_ACTS_ON = r"(?:influenc(?:e|es|ed|ing)|shap(?:e|es|ed|ing)|affect(?:s|ed|ing)?|determin(?:e|es|ed|ing))"
_ASKED_ACT = re.compile(rf"\b(?:how|why|to what extent|in what way)\s+(?:does|do|did|can|could|would|might)\s+"
                        rf"(?P<a>[^?,;]+?)\s+{_ACTS_ON}\s+(?P<b>[^?,;]+)", re.I)
_TOLD_ACT = re.compile(rf"(?P<a>[^.;:,]+?)\s+(?:\w+ly\s+)?{_ACTS_ON}\s+(?P<b>[^.;:]+)", re.I)
_ACT_SIDE_MIN = 2  # the words of each side that must stand on the other side of the sentence's act


# ... or claims it, as a cleft ("it was ghent's big surge in solidarity that drew the new migrants to the city") or
# with "what" ("the type of incoming migrants is what shapes a local area's economy"), with a verb of bringing about
_BRINGS = (rf"(?:{_ACTS_ON}|led\s+to|leads?\s+to|drew|draws?|attract(?:s|ed)?|drove|drives?|caus(?:e|es|ed)|"
           r"brought\s+about|brings?\s+about|trigger(?:s|ed)?|prompt(?:s|ed)?)")
_CLAIMED_ACT = re.compile(rf"\bit\s+(?:was|is)\s+(?P<a>[^,;?]+?)\s+that\s+(?:\w+ly\s+)?{_BRINGS}\s+(?P<b>[^,;?]+)|"
                          rf"(?P<a2>[^,;?]+?)\s+(?:is|was|are|were)\s+what\s+(?:\w+ly\s+)?{_BRINGS}\s+(?P<b2>[^,;?]+)",
                          re.I)
_TOLD_BRINGS = re.compile(rf"(?P<a>[^.;:,]+?)\s+(?:also\s+|\w+ly\s+)?{_BRINGS}\s+(?P<b>[^.;:]+)", re.I)


def reversed_influence(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question has A act on B ("how does the type of incoming migrants influence the local economy and
    demographic profile of an area") and a chosen sentence B on A ("the local economy and demographic profiles of the
    local area strongly influence the type of incoming migrants"). So too when the question claims A brought B about
    ("since it was ghent's big surge in solidarity that drew the new migrants to the city") and a sentence chosen or
    in a chosen one's passage has B bring A about ("The arrival of these new migrants also led to an enormous
    increase in solidarity"): one word on one side is enough then, two on the other, none of A on A's side."""
    asked = _ASKED_ACT.search(question)
    claimed = None if asked else _CLAIMED_ACT.search(question)
    if not asked and not claimed:
        return None
    if asked:
        a, b = _stems(asked.group("a")), _stems(asked.group("b"))
        sentences, told_by = list(chosen), _TOLD_ACT
    else:
        assert claimed is not None
        a, b = _stems(claimed.group("a") or claimed.group("a2")), _stems(claimed.group("b") or claimed.group("b2"))
        sentences, told_by = [s for s, near in related_sentences(chosen, hits) if near], _TOLD_BRINGS
    for sentence in sentences:
        for told in told_by.finditer(sentence):
            told_a, told_b = _stems(told.group("a")), _stems(told.group("b"))
            back, forth = len(a & told_b), len(b & told_a)
            if asked and min(back, forth) >= _ACT_SIDE_MIN and len(a & told_a) < _ACT_SIDE_MIN \
                    or claimed and min(back, forth) >= 1 and max(back, forth) >= _ACT_SIDE_MIN and not a & told_a:
                return f"the reports tell it the other way round: “{quote_from(sentence, told.start('a'))}”"
    return None


# a time set off from an event: "one year before the adoption of the GCM", "two months after the fire"
_OFFSET = re.compile(r"\b(\w+)\s+(years?|months?|weeks?|days?)\s+(before|after|prior to|later than)\s+(?:the\s+)?"
                     r"([^,;:?.–—()]+)", re.I)
_OFFSET_WORDS = 3  # words after "before the" that name the event


def _offsets(text: str) -> list[tuple[str, str, bool, set[str], int]]:
    """(count, unit, after, event stems, where) of each time the text sets off from an event."""
    return [(m.group(1).lower(), m.group(2).lower().rstrip("s"), m.group(3).lower() in ("after", "later than"),
             _stems(" ".join(m.group(4).split()[:_OFFSET_WORDS])), m.start()) for m in _OFFSET.finditer(text)]


def other_side_of_event(question: str, chosen: Sequence[str]) -> str | None:
    """The question sets something a time before an event that a chosen sentence sets the same time after it, or
    the other way round: "One year before the adoption of the GCM, what did a coalition of NGOs launch?" against
    "One year after the adoption of the GCM, a coalition of NGOs launched an Action Plan"."""
    asked = _offsets(question)
    for sentence in chosen:
        for count, unit, after, event, at in _offsets(sentence):
            for a_count, a_unit, a_after, a_event, _at in asked:
                if (count, unit) == (a_count, a_unit) and after != a_after and event and event == a_event:
                    return f"the reports give the other side of it: “{quote_from(sentence, at)}”"
    return None


# "why did the fall of the belgian govt make it sign up to the global compact": a cause, a verb of making, an effect
_MADE = re.compile(r"\b(?:why|how)\s+(?:did|does|would|could)\s+(?P<cause>.+?)\s+(?:make|makes|made|cause|lead|"
                   r"leads|force|forces|push|drive|prompt|trigger)\s+(?P<effect>[^?]+)", re.I)
# ... or one the question takes as given: "Given that an enormous increase in solidarity led to the arrival of new
# migrants, ..."
_GIVEN_LED = re.compile(r"^\W*(?:given\s+that|since|as|because|now\s+that|if)\s+(?P<cause>[^,?]+?)\s+"
                        r"(?:led\s+to|leads\s+to|caused|causes|brought\s+about|resulted\s+in|results\s+in|triggered|prompted)\s+"
                        r"(?P<effect>[^,?]+)", re.I)
# the ways a government's end is told: "fell over", "led to its collapse", "the fall of"
_ONE_EVENT = re.compile(r"\b(?:fall|falls|fell|fallen|collapse|collapsed|collapses|broke\s+up|break-up)\b", re.I)


def _event_stems(text: str) -> set[str]:
    return _causes(_ONE_EVENT.sub(" collapse ", unshortened(text)))


def reversed_effect(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has A make B happen, and a sentence read has B bring A about: "why did the fall of the belgian
    govt make it sign up to the global compact" against "The previous federal government in Belgium fell over public
    endorsement of the GCM". The sentence's cause has the question's effect, its effect the question's cause (the
    words the two share aside) and not the question's effect; a sentence of a passage without a chosen one must
    share two words of the effect. An acronym in the sentence counts as the name the passages spell it out with."""
    claim = _MADE.search(question) or _GIVEN_LED.search(question)
    if not claim:
        return None
    cause, effect = _event_stems(claim.group("cause")), _event_stems(claim.group("effect"))
    cause, effect = cause - effect, effect - cause
    if not cause or not effect:
        return None
    spelled: dict[str, str] = {}
    for hit in hits:
        for acronym, name in name_acronyms(hit.chunk.text).items():
            spelled.setdefault(acronym, name)

    def stems(text: str) -> set[str]:
        return _event_stems(re.sub(r"\b[A-Z]{2,}\b", lambda m: spelled.get(m.group(), m.group()), text))

    for sentence, near in related_sentences(chosen, hits):
        # "A led to B" and "B because of A", "B fell over A"
        told = [(sentence[:m.start()], m.group(1)) for m in _LED_TO.finditer(sentence)]
        told += [(m.group(1), sentence[:m.start()] + (" collapse" if _FALL.match(m.group()) else ""))
                 for m in _GIVES_CAUSE.finditer(sentence)]
        for told_cause, told_effect in told:
            said_cause, said_effect = stems(told_cause), stems(told_effect)
            if cause & said_effect and not effect & said_effect and len(effect & said_cause) >= (1 if near else 2):
                return f"the reports tell it the other way round: “{quote(sentence)}”"
    return None


# "why did covid rules make the federal govt reject ghents offer": a cause made to bring about what someone did
_WHY_MADE = re.compile(r"^\W*why\s+(?:did|does|would)\s+(?P<cause>.+?)\s+(?:make|made|cause|caused|lead|led|force|"
                       r"forced|drive|drove|prompt|prompted|trigger|triggered)\s+(?P<effect>[^?]+)", re.I)
_MADE_SO = re.compile(r"(?:it|them|this|that)\s+(?:\w+er|more|less)\b", re.I)  # "make it harder", "make it more ..."
_EFFECT_TOLD = 2  # the effect's words a chosen sentence must hold to tell it


def cause_untold(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question asks why a thing made something happen ("why did covid rules make the federal govt reject ghents
    offer to take in refugees from moria"), a chosen sentence tells what happened ("only to see the federal government
    block it") and no sentence read holds a word of the cause with a word of what happened: the reports never tie
    the two, so there is no why to tell."""
    claim = _WHY_MADE.search(unshortened(question))
    if not claim:
        return None
    return _untied(claim.group("cause"), claim.group("effect"), chosen, hits)


def given_cause_untold(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The same, of a cause the question gives with "because of" or "due to": "the federal govt blocked ghent's moria
    pledge because of covid restrictions - which restrictions" (after other_cause, which names the cause the reports
    give instead)."""
    question = unshortened(question)
    # "The report blames privacy rules for researchers' poor access to data ..."
    blamed = _BLAMED.search(question)
    if blamed:
        return _untied(blamed.group("cause"), blamed.group("effect"), chosen, hits)
    given = _BECAUSE_OF.search(question)
    if not given or _WHY_MADE.search(question):
        return None
    # "did any belgian migration rulings change because the gcm was invoked": "The GCM has not influenced the
    # migration case law in Belgium" answers no
    return _untied(given.group(1), question[:given.start()], chosen, hits, denial_answers=asks_yes_no(question))


_BLAMED = re.compile(r"\bblam(?:es|ed|e|ing)\s+(?P<cause>[^,;?.]+?)\s+for\s+(?P<effect>[^,;?]+)", re.I)


_CAUSE_TIED = 2  # words of a cause a sentence must hold to tell it


def _untied(cause_text: str, effect_text: str, chosen: Sequence[str], hits: Sequence[Hit],
            denial_answers: bool = False) -> str | None:
    cause, effect = _causes(cause_text), _causes(effect_text)
    cause -= effect
    # "why did Flanders make it easier for employers ...": a doer making a thing so, not a cause; one word may be
    # one
    if len(cause) < 2 or _MADE_SO.match(effect_text):
        return None
    told = next((s for s in chosen if len(effect & _causes(s)) >= _EFFECT_TOLD), None)
    if told is None or denial_answers and NEGATION.search(told):
        return None
    # (a sentence ties it when it holds two of the cause's words: "EU citizens" alone is not "discriminated against EU
    # citizens")
    if any(len(cause & stems) >= _CAUSE_TIED and effect & stems for sentence, _near in related_sentences(chosen, hits)
           for stems in [_causes(sentence)]):
        return None
    return f"the reports don't tie {' '.join(cause_text.split())} to it: “{quote(told)}”"


# a thing started to do something: "founded in 2015 by a citizen of Ghent to collect material aid for asylum seekers"
# (what it does runs up to whom or where it is done for)
# (or in an apposition: "Hart voor Vluchtelingen, an initiative founded in 2015 by a citizen of Ghent to provide legal
# advice to asylum seekers")
# (or "Hart voor Vluchtelingen, which a Ghent citizen founded in 2015 to give legal advice", probes68 #24)
_STARTED_TO = re.compile(rf"(?:\b(?:was|were|been|is|are)\s+(?:[\w’'-]+\s+)?|,\s+(?:an?|the)\s+[\w’'-]+\s+|"
                         r",\s+(?:which|that)\s+(?:[\w’'-]+\s+){1,3}?)"
                         rf"{STARTING}\b[^.?!;]*?\b"
                         r"(?:in\s+order\s+)?to\s+(?P<purpose>[a-z][\w’'-]*"
                         r"(?:\s+(?!(?:to|for|of|in|among|at|with|from|and|who|that|which)\b)[\w’'-]+){0,3})", re.I)


def other_purpose(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says what a named thing was started to do ("Hart voor Vluchtelingen was started in 2015 by a
    Ghent resident to give legal advice to asylum seekers") and a sentence telling the start of that thing gives
    another purpose ("This initiative was founded in 2015 by a citizen of Ghent to collect material aid for asylum
    seekers"): no word of the asked purpose is in that sentence's passage."""
    asked = _STARTED_TO.search(question)
    names = [n for n in question_names(question[:asked.start()], first=True)
             if content_stems(n) - PLACE_STEMS] if asked else []
    if not asked or not names:
        return None
    wanted = _stems(asked.group("purpose"))
    if not wanted:
        return None
    for sentence, _near in related_sentences(chosen, hits):
        told = _STARTED_TO.search(sentence) or _AIM_TOLD.search(sentence)
        if not told or not any(name in context_of(sentence, hits) for name in names):
            continue
        if wanted & _stems(passage_text(sentence, hits)):
            return None  # "to offer material assistance" where the passage tells it offers it today
        if told.re is _AIM_TOLD:
            return f"the reports give its aim as {told.group('purpose')}: “{quote_from(sentence, told.start())}”"
        return f"the reports say it was started to {told.group('purpose')}: “{quote(sentence)}”"
    return None


# ... or its aim, told otherwise: "Despite its name, Refu Interim is not a real interim agency: their main focus is
# social contact", "The main aim of Jobteam Gent is to help vulnerable people ..."
_AIM_TOLD = re.compile(r"\b(?:main\s+|primary\s+|first\s+)?(?:focus|aim|goal|purpose)\s+(?:of\s+[\w’' -]{3,40}?\s+)?"
                       r"is\s+(?:to\s+)?(?P<purpose>[a-z][\w’'-]*(?:\s+(?!(?:to|for|of|in|among|at|with|from|and|who|"
                       r"that|which)\b)[\w’'-]+){0,3})", re.I)


# what the question says a deed followed, at its start: "after the 2015 refugee crisis belgium scrapped the rule ..."
# (up to a comma, and at most its first words, for one typed without a comma)
_AFTER_ASKED = re.compile(r"^\W*(?:after|following|in the wake of|in response to)\s+(?P<event>[^,;?–—]+)", re.I)
_EVENT_WORDS = 6  # words after "after" read as the event, at most
_CLOSED_EVENT_WORDS = 15  # ... or up to a comma ending it
_THING_ASKED = re.compile(r"\b(?:what|which)\s+([a-z][\w-]*)\b(?!\s+(?:did|does|do|is|are|was|were|has|have)\s+"
                          r"(?:it|they|he|she)\b)", re.I)
# ... and what a sentence says one followed: "Following the Paris and Brussels terrorist attacks, various provisions
# of the Aliens Act were amended"
_FOLLOWING = re.compile(r"^\W*(?:following|after|in the wake of|in response to)\s+(?P<event>[^,;]{3,80}),", re.I)
_DEED_TIED = 3  # the question's other words the sentence, with what follows it, must hold
_FOLLOWING_READ = 300  # characters after the sentence read with it ("For instance, the rule ... was abolished")


def other_occasion(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says a deed followed one event ("after the 2015 refugee crisis belgium scrapped the rule that
    people who came before age 12 couldnt be deported") and a sentence on that deed says it followed another, sharing
    no word with it ("Following the Paris and Brussels terrorist attacks, various provisions of the Aliens Act were
    amended ... For instance, the rule that people ... before the age of 12 could not be deported was abolished").
    So too of a body set up after an event ("bossuyt commission set up after the humanitarian visa scandal") that a
    sentence has follow "this crisis", the one the sentence before tells ("... the so-called ‘Sudan crisis’ ...")."""
    asked = _AFTER_ASKED.search(question) or _SET_UP_AFTER.search(question) or _DONE_AFTER.search(question)
    if not asked:
        return None
    # (the whole event when a comma ends it: "After the number of asylum applications in Belgium doubled within one
    # year, what structure did ...")
    closed = asked.group("event").split() if question[asked.end("event"):].startswith(",") else []
    event_text = " ".join(closed if 0 < len(closed) <= _CLOSED_EVENT_WORDS
                          else asked.group("event").split()[:_EVENT_WORDS])
    event = {w for w in _causes(event_text) if not w.isdigit()}
    # (not its places: "the city of Ghent" does many deeds)
    deed = _causes(question[:asked.start("event")] + " " + question[asked.start("event") + len(event_text):]) - event \
        - PLACE_STEMS
    if len(event) < 2:
        return None
    # (a question opening with the event, its deed asked after it: not a deed stated, "If the Aliens Act was amended
    # after ..., which protection against deportation was abolished?")
    asked_thing = _THING_ASKED.search(question, asked.end("event")) if asked.re is _AFTER_ASKED else None
    thing = _causes(asked_thing.group(1)) if asked_thing else set()
    core = event - _OCCASION_KINDS  # "scandal" and "crisis" are one kind of thing, not the same one
    if not core:
        return None
    # (a body set up after an event is read in each piece of a sentence a footnote's number runs together: "... with a
    # view to their return.58 Following this crisis, a temporary Commission was established ...")
    pieces = related_pieces(chosen, hits) if asked.re is _SET_UP_AFTER else related_sentences(chosen, hits)
    for sentence, _near in pieces:
        told = _FOLLOWING.search(sentence)
        if told is None:
            continue
        occasion = told.group("event")
        other = {w for w in _causes(occasion) if not w.isdigit()}
        passage = passage_text(sentence, hits)
        at = passage.find(sentence)
        if _THIS.match(occasion) and at > 0:  # "Following this crisis": the one told just before
            prefix = passage[:at].rstrip()
            before = prefix[max([0, *(m.end() for m in _LAST_SENTENCE.finditer(prefix))]):]
            other |= {w for w in _causes(before) if not w.isdigit()}
            sentence = f"{before} {sentence}"
        elif _shares_word(event, other):
            continue
        # (not when the question names that occasion too, nor when the sentence tells the question's event itself:
        # "After the federal government blocked Ghent's pledge ... following the Moria fire" against "After the Moria
        # fire, the city of Ghent pledged ..., only to see the federal government block it")
        if len(other) < 2 or _shares_word(core, other) or (other - _OCCASION_KINDS) & _causes(question) \
                or core & _causes(sentence):
            continue
        read = passage[at:at + len(told.string) + _FOLLOWING_READ] if at >= 0 else told.string
        # (a body set up is told set up in any words: "a temporary Commission was established")
        set_up = bool(asked.re is _SET_UP_AFTER and STARTED.search(told.string))
        # ("After ..., what structure did the city of Ghent set up ...?": a sentence on another deed of the city's
        # names no structure)
        if thing and not thing & _causes(read):
            continue
        if len(deed & _causes(read)) + set_up >= _DEED_TIED:
            return f"the reports say it followed {occasion}: “{quote(sentence)}”"
    return None


# "bossuyt commission set up after the humanitarian visa scandal"
_SET_UP_AFTER = re.compile(rf"\b{STARTING}\s+(?:after|following|in the wake of|in response to)\s+(?P<event>[^,;?–—]+)",
                           re.I)
_THIS = re.compile(r"(?:this|that|these|those)\s+\w+$", re.I)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\d{0,3}\s+(?=[A-Z])")
# ... or in a passive deed within the question: "If the Aliens Act was amended after the Moria fire to strengthen
# public order, ..." (the event ends before a purpose)
_DONE_AFTER = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+[a-z]+ed\s+(?:after|following|in the "
                         r"wake of|in response to)\s+(?P<event>(?:(?!\s+(?:to|in\s+order\s+to)\s)[^,;?–—])+)", re.I)
_OCCASION_KINDS = _causes("crisis crises scandal affair event events incident episode")
