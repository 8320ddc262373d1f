"""What a question asks for: its type, its key terms, and what a follow-up refers to."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ingest.bm25 import tokenize
from ingest.errors import BadQuestionError
from ingest.language import detect_language

MAX_QUESTION_CHARS = 1000
_PRONOUNS = re.compile(
    r"\b(it|its|they|them|their|theirs|this|that|these|those|he|she|his|her|"
    r"the (?:whole |entire |same |overall )?project|this project|"
    r"that project|the initiative|this initiative|that initiative|the programme|the program|there)\b", re.I)
_CAPITALISED = re.compile(r"\b(?:[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|on|de|van|the|and)){0,4}\s*)"
                          r"(?<!\s)")
_QUESTION_WORDS = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how", "is", "are", "does",
                   "do", "did", "can", "could", "should", "was", "were", "has", "have", "in", "according", "and",
                   "the", "a", "an", "tell", "give", "list", "name", "describe", "explain"}


# Words that frame a question rather than name its topic; answers rarely repeat them.
# Light verbs too: "want cities to get European money directly", "see European money go straight to cities";
# and a preference's frame: "would rather ... instead of".
FRAMING_WORDS = frozenset("many much share percentage proportion number amount according mention mentioned say "
                          "said describe described describes kind kinds type types happen happened exactly currently "
                          "actually go goes going get gets got see would rather instead roughly approximately matter "
                          "via ok okay tell explain".split())
_WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=8)
def question_language(question: str) -> str:
    """The question's language (ingest.language.detect_language), detected once for the questions of the moment:
    retrieval and the composer both ask it, and detection takes about 1.4 ms. Only a few are kept, so a
    question asked again later (as the benchmark does) is detected again and timed honestly."""
    return detect_language(question)


def topic_words(question: str) -> str:
    """The question without its framing words, for lexical matching ("How many ... according to X?"), idioms
    in the reports' plain words ("gave rise to" is "originated", "turned into" is "transformed into"); a
    question about one's own situation asks who a programme is for ("eligible")."""
    question = _ASKER_ROLE.sub("", question)  # "As a councillor thinking of ...": who asks, not what
    question = _ORIGINATED.sub("originated from", question)
    question = _CAME_UP_WITH.sub("initiated initiative", question)
    question = _GO_OUT.sub("outreach", question)
    question = _MUNICIPALITY.sub(lambda m: f"{m.group()} local authority", question)
    question = _TURNED_INTO.sub(lambda m: f"transformed {m.group(1) or ''}into", question)
    question = _HOW_FAR_ALONG.sub("what reached", question)  # "how far along was it after a year?": progress
    question = _TWELVE_MONTHS.sub("one year", question)
    question = _PUSH_FOR.sub("asked for", question)  # "what did Ghent push for?": what it requested
    question = _FALL_SHORT.sub("shortcoming", question)  # "where does Ghent fall short": "This shortcoming ..."
    question = _STRAIGHT.sub("directly", question)  # "money go straight to cities": "direct funding streams"
    question = _ACCLAIM.sub(lambda m: f"{m.group(1)} praised awarded declared", question)
    question = _STRASBOURG.sub("European Court of Human Rights", question)  # as the reports name it
    question = _RULINGS.sub("case law", question)  # "court rulings on migration": "the migration case law"
    question = _CHANGED_ANY.sub("influenced", question)  # "did it change anything in ...": what it influenced
    question = _THE_REPORTS.sub(" ", question)  # "according to the reports": where to look, not what
    question = _NAME_THEM.sub(" ", question)  # "how does each source name them?": what they are called, by any word
    # "listed in the GCM paper": the report to look in (its name stays), not a list or papers (undocumented)
    question = _IN_REPORT.sub(lambda m: f" {m.group(1)} ", question)
    question = months_written_out(question)  # "Aug 2018": "August 2018"
    question = _QUARTER.sub(lambda m: f"{_ORDINALS[int(m.group(1)) - 1]} quarter of", question)  # "Q3 2020"
    question = _DIGIT_ORDINAL.sub(lambda m: _ORDINALS[int(m.group(1)) - 1], question)  # "the 1st year": "first"
    question = unshortened(question)  # "that yr": "that year"
    question = _HOW_LONG.sub("how", question)  # "how long was it supposed to run": not "long journeys"
    question = _FOUNDED.sub("founded created", question)  # "when was it founded?": "Refu Interim was created in 2017"
    if WHO_MAY_JOIN.search(question):  # "who can take part in it?" is answered by its target group
        question += " eligible group"
    if _COME_FROM.search(question):  # "where do the people on it come from?": "originating from ten organisations"
        question += " originating"
    if _ORIGIN_ASKED.search(question):  # "how did it get started?" is answered by "originated from", "was created"
        question = _INTO_BEING.sub(" ", question) + " originated created"
    if _OWN_SITUATION.search(question) and _PROGRAMME.search(question):
        question += " eligible"  # "I'm 20 ... Is there a programme for me?" asks who the programme is for
    return _WORD.sub(lambda m: "" if m.group().lower() in FRAMING_WORDS else m.group(), question)


# the asker's own role, told before the question: "As a councillor thinking of copying Ghent's partnership model,
# what's ...", "As a volunteer I wonder: ..." (not "As a Groen mayor, what did Mathias De Clercq say ...", a premise)
_ASKER_ROLE = re.compile(r"^\W*(?i:as\s+an?)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s+(?:I|thinking|working|writing|planning|"
                         r"looking|trying|hoping|wondering|considering)\b)")

_HOW_LONG = re.compile(r"\bhow long\b", re.I)
_FOUNDED = re.compile(r"\bfounded\b", re.I)
_FALL_SHORT = re.compile(r"\bf(?:all|alls|ell|allen|alling)\s+short\b", re.I)
_PUSH_FOR = re.compile(r"\b(?:push|pushed|pushing|press|pressed|pressing|lobby|lobbied|lobbying) for\b", re.I)
# "how far along was it", "how far had it got twelve months in": what it had reached
_HOW_FAR_ALONG = re.compile(r"\bhow far (?:along\b|(?:had|has|have|did|does|is|was|were|are)\s+(?:[\w’'-]+\s+){0,4}?"
                            r"(?:got|gotten|get|come|came|progressed|advanced)\b)", re.I)
# "twelve months into the project": "After one year, they have already reached 798 people"
_TWELVE_MONTHS = re.compile(r"\b(?:twelve|12)\s+months\b", re.I)
# a month or quarter as a busy user types it, before a day or year: "in Aug 2018", "in Q3 2020"
# (composer.unknown_names takes these words as known too)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTHS_SHORT = {**{m[:3]: m for m in MONTHS if m != "may"}, "sept": "september"}
_SHORT_MONTH = re.compile(rf"\b({'|'.join(MONTHS_SHORT)})\.?(?=\s+\d)", re.I)
QUARTERS_SHORT = ("q1", "q2", "q3", "q4")
_QUARTER = re.compile(r"\bQ([1-4])(?=\s+\d{4}\b)", re.I)
# words as a busy user shortens them: "how many were new that yr", "which govt", "how many orgs"
SHORTHAND = {"yr": "year", "yrs": "years", "govt": "government", "gov": "government", "org": "organisation",
             "orgs": "organisations", "ppl": "people", "rn": "now", "atm": "now", "bc": "because", "b/c": "because",
             "w/o": "without", "w/": "with ", "abt": "about", "wrt": "about", "tho": "though", "thx": "", "pls": "",
             "plz": "", "fyi": "", "btw": "", "imo": "", "idk": "", "dept": "department",
             "govts": "governments", "intl": "international", "approx": "approximately", "mths": "months",
             "pop": "population", "acc to": "according to", "acc. to": "according to", "feds": "federal government",
             "thru": "through", "cuz": "because", "b4": "before", "fps": "Federal Public Service"}
_SHORTHAND = re.compile(rf"(?<![\w/])(?:{'|'.join(re.escape(k) for k in sorted(SHORTHAND, key=len, reverse=True))})"
                        r"(?![\w/])", re.I)
_ORDINALS = ("first", "second", "third", "fourth")
_DIGIT_ORDINAL = re.compile(r"\b([1-4])(?:st|nd|rd|th)\b(?=\s+(?:year|month|week|day|phase|round|time|half)s?\b)", re.I)


# the reports as where to look: "..., according to the reports?", "what do the reports say about ...?"
_THE_REPORTS = re.compile(r"\b(?:(?:according to|in|from|do|does|did) (?:the|these|those|your|our) "
                          r"(?:reports|documents|sources|texts|passages)|(?:each|either|every) "
                          r"(?:report|document|source|text))\b", re.I)


_NAME_THEM = re.compile(r"\b(?:name|call)s?\s+(?:them|it|these|those)\b", re.I)
_IN_REPORT = re.compile(r"(?:\b(?:listed|mentioned|named|cited|described|outlined|set out)\s+)?"
                        r"\b(?:in|by|from|according to) (?:the|this|that) ((?:[\w-]+ ){0,3}?)"
                        r"(?:paper|report|article|study|document|piece)\b", re.I)


# someone describing their own (or a relative's) situation and asking for a programme
_OWN_SITUATION = re.compile(r"(?:^|\W)(?:I'm|I’m|I am|I've|I’ve|am I|can I|could I|do I|my (?:situation|case|son|"
                            r"daughter|cousin|friend|brother|sister|child|children|family|partner|wife|husband)|"
                            r"like (?:him|her|me|them))\b", re.I)
_PROGRAMME = re.compile(r"\b(programmes?|programs?|projects?|schemes?|support|services?|courses?|initiatives?)\b",
                        re.I)
_CHANGED_ANY = re.compile(r"\b(?:change|changed|changes)\s+(?:anything|something|much|a lot)\s+(?:in|about|for)\b",
                         re.I)
_RULINGS = re.compile(r"\b(?:court\s+)?(?:rulings|judgments|judgements|jurisprudence)\b", re.I)
# "the Strasbourg court", "the Strasbourg human rights court": the European Court of Human Rights
_STRASBOURG = re.compile(r"\bStrasbourg(?:\s+human\s+rights)?\s+court\b", re.I)
_STRAIGHT = re.compile(r"\bstraight(?=\s+(?:to|into|from)\b)", re.I)
# "what recognition has Ghent received for its taskforce?": praise and awards, not a refugee's recognition
_ACCLAIM = re.compile(r"\b(what|which|any|much)\s+(?:international\s+|external\s+|official\s+)?(?:recognition|acclaim|"
                      r"accolades?)\b(?!\s+(?:rates?|of|as|procedures?|process|decisions?|figures?)\b)", re.I)
_TURNED_INTO = re.compile(r"\b(?:turn|turns|turned|turning)\s+((?:[\w’'-]+\s+){0,4}?)into\b", re.I)
# "What happened to that request?", "what became of it", "how did the government react": the question asks for
# an outcome
OUTCOME_ASKED = re.compile(r"\bwhat (?:happened|became|came)\b|\bwhat was the (?:outcome|result|response|reaction|"
                           r"fate)\b|\bhow did (?:\w+\s+){1,4}(?:respond|react)\b|\bwith what (?:result|outcome)\b|"
                           # "did it go anywhere?", "what Belgium actually ended up doing"
                           r"\b(?:go|get|got|went) anywhere\b|\bactually (?:do|did|done|end\w* up)\b|"
                           # "did it actually happen?", "did that work out?", "did the plan go ahead?"
                           # "... and what did the federal govt do": what an actor did, last in the question (a
                           # follow-up's subject may come after it: "... do? (gent zonder grenzen moria)")
                           # ("... do with that request?")
                           r"\bwhat did (?:the\s+)?(?:[\w’'-]+\s+){1,3}do(?:\s+(?:(?:about|with) (?:it|them|"
                           r"(?:that|this|these|those|the|their|its)(?:\s+[\w’'-]+){1,2})|then|next|in response|"
                           r"after that))?\s*\??\s*(?:\([^()]*\)\s*)?$|"
                           r"\bdid (?:it|that|this|they|the \w+)\s+(?:actually\s+|ever\s+|really\s+)?"
                           r"(?:happen|work out|go ahead|go through|succeed)\b|"
                           # what came after an ending: "who pays for it now that the eu money is gone?", "how come
                           # the project didn't just stop?"
                           r"\bnow that (?:[\w’'-]+\s+){1,4}(?:is|are|has|have|was|were)\s+(?:been\s+)?(?:gone|ended|"
                           r"stopped|cut|over)\b|\bdid(?:n['’]t| not) (?:just )?(?:stop|end|close|disappear)\b|"
                           # "scandal early 2019 - what went wrong and what changed in the law after": what came of it
                           r"\bwhat (?:has |have )?changed\b[^?]{0,40}\b(?:after|afterwards|since then|as a result)\b|"
                           # typed last: "... open letter june 2020 - what did they ask for and outcome?"
                           r"(?:\band|[,&+/])\s+(?:the\s+|its\s+|their\s+)?(?:outcome|result|response|reaction|fate)"
                           r"\s*\??\s*(?:\([^()]*\)\s*)?$",
                           re.I)
# "Who exactly can take part in it?", "who is it for?": who a programme is for, not a person's name
WHO_MAY_JOIN = re.compile(r"\bwho\b[^?]*\b(?:can|may|could|is allowed to|are allowed to)\s+(?:\w+\s+)?(?:take part|"
                          r"participate|join|apply|sign up|enrol|enroll|register)\b|\bwho\s+(?:is|are)\s+(?:it|they|"
                          r"this|the (?:project|programme|program|scheme|course))\s+(?:for|aimed at|meant for)\b|"
                          # "who qualifies for ankerkracht?", "who is eligible for it?"
                          # ("who actually qualifies?": an adverb between)
                          r"\bwho\s+(?:\w+ly\s+)?(?:qualif(?:y|ies|ied)|(?:is|are|was|were) (?:\w+ly\s+)?"
                          r"(?:eligible|entitled))\b",
                          re.I)
_COME_FROM = re.compile(r"\bwhere\b[^?]*\bcom(?:e|es|ing)\s+from\b", re.I)
_ORIGIN_ASKED = re.compile(r"\bhow did\b[^?]*\b(?:get started|got started|start|begin|come about|originate|arise|"
                           r"emerge|get off the ground)\b|\bwhose idea\b|\b(?:come|came) into (?:being|existence)\b|"
                           r"\bwhere did\b[^?]*\bcome from\b|\bhow (?:was|were)\b[^?]*\bborn\b|"
                           # "what did it grow out of originally?"
                           r"\b(?:grow|grew|grown|spring|sprang|sprung)\s+out\s+of\b|"
                           r"\b(?:originate|originated|stem|stemmed)\s+from\b|"
                           # typed tersely: "origin of refu interim" (not "origin of most asylum seekers": where from)
                           r"\b(?:origins?|roots|beginnings?)\s+of\s+(?!(?:the\s+|most\s+|these\s+|those\s+|its\s+|"
                           r"their\s+)?(?:\w+\s+)?(?:migrants?|refugees?|asylum(?:\s+(?:seekers?|applicants?))?|newcomers?|"
                           r"people|persons?|applicants?|residents?|volunteers?|participants?|children|minors?|workers?|"
                           r"students?|families)"
                           r"(?:\s+(?:in|from|to|who|that|arriving|coming|living|at)\b|\s*[?,.]|\s*$))", re.I)


def asks_origin(question: str) -> bool:
    """ "How did it get started?", "How did Refu Interim come into being?": how something began."""
    return bool(_ORIGIN_ASKED.search(question))


_INTO_BEING = re.compile(r"\b(?:come|came|comes|coming) into (?:being|existence)\b", re.I)
# "gave rise to"; "the theatre project that Refu Interim grew out of": "The project originated from an initiative of
# vzw Cirq" (not "what came out of the evaluation?": what it led to)
_ORIGINATED = re.compile(r"\b(?:gave|give|gives|given|giving)\s+rise\s+to\b|"
                         r"\b(?:grew|grown|grow|grows|growing|sprang|sprung|spring|springs)\s+out\s+of\b|"
                         r"(?<!what )\b(?:came|come|comes)\s+out\s+of\b|"
                         r"\b(?:stemmed|stems|stem|sprang|sprung)\s+from\b", re.I)
# "do they go out to find them?", "seek people out": outreach, as the reports call it
_GO_OUT = re.compile(r"\b(?:go|goes|going|went|gone)\s+out\s+(?:to\s+)?(?:find|look for|seek|reach|meet|search for)\b|"
                     r"\b(?:seek|seeks|seeking|sought)\s+(?:[\w’'-]+\s+){1,2}?out\b|\breach(?:es|ing|ed)?\s+out\s+to\b",
                     re.I)
# "what can a municipality do ...": "As a local authority you can align these initiatives"
_MUNICIPALITY = re.compile(r"\b(?:municipalit(?:y|ies)|(?:city|town|local) (?:government|administration)s?)\b", re.I)
# "which organisation came up with it": whose initiative it was
_CAME_UP_WITH = re.compile(r"\b(?:came|come|comes|coming)\s+up\s+with\b", re.I)


_UNIT = r"(day|week|fortnight|month|quarter|year)"
FREQUENCY = re.compile(r"\b(?:(daily|weekly|fortnightly|monthly|quarterly|yearly|annually|biannually)|"
                       r"(every|each|per|once a|twice a|three times a|four times a|once per|twice per)\s+(other\s+)?"
                       + _UNIT + r"|(once|twice|three times|four times)\s+(?:a|per|every)\s+" + _UNIT
                       + r"|(?:once\s+)?every\s+(two|three|four|five|six|\d+)\s+" + _UNIT + r"s)\b", re.I)
_EVERY = {"daily": "every day", "weekly": "every week", "fortnightly": "every fortnight", "monthly": "every month",
          "quarterly": "every quarter", "yearly": "every year", "annually": "every year", "biannually": "twice a year"}
_TIMES = {"every": "every", "each": "every", "per": "every", "once a": "every", "once per": "every", "once": "every",
          "twice a": "twice a", "twice per": "twice a", "twice": "twice a", "three times a": "three times a",
          "three times": "three times a", "four times a": "four times a", "four times": "four times a"}


_ADVERB_UNIT = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year"}
_TIMES_ADVERB = re.compile(r"\b(once|twice|three times|four times)[\s-]+(daily|weekly|monthly|yearly|annually)\b", re.I)


def frequencies(text: str) -> set[str]:
    """How often things happen, said one way: "monthly", "each month" and "once a month" are "every month".

    >>> sorted(frequencies("It meets monthly, or twice per year, and every other week, or once every two years."))
    ['every month', 'every other week', 'every two years', 'twice a year']
    >>> sorted(frequencies("the twice-yearly forum"))
    ['twice a year']
    """
    out = set()
    # "twice-yearly", "twice yearly": twice a year
    text = _TIMES_ADVERB.sub(lambda m: f"{m.group(1)} a {_ADVERB_UNIT[m.group(2).lower()]}", text)
    for match in FREQUENCY.finditer(text):
        adverb, lead, other, unit, times, unit2, count, unit3 = match.groups()
        if count:  # "once every two years"
            out.add(f"every {count.lower()} {unit3.lower()}s")
        elif adverb:
            out.add(_EVERY[adverb.lower()])
        elif lead:
            out.add(f"{_TIMES[lead.lower()]} {'other ' if other else ''}{unit.lower()}")
        else:
            out.add(f"{_TIMES[times.lower()]} {unit2.lower()}")
    return out


# a length of time: "for almost one and a half years", "the two-year project", "a few months"
LENGTH_OF_TIME = (r"\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|few|many|some|"
                  r"a|an|half an?)[\s-]+(?:\w+[\s-]+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b")


@dataclass(frozen=True)
class QuestionKind:
    wants_number: bool = False
    wants_date: bool = False
    wants_person: bool = False
    wants_list: bool = False
    wants_reason: bool = False
    wants_process: bool = False
    wants_author: bool = False  # "Who wrote the openDemocracy piece?": the report's byline answers
    wants_role: bool = False  # "... and what was her role?": a title ("a coordinator from the Taskforce")
    wants_place: bool = False  # "where does he work now?", "where had the man been deported to?": a name
    wants_case: bool = False  # "In which case was Belgium condemned ...?": a case's name ("M.A. v. Belgium")
    wants_duration: bool = False  # "how long was it supposed to run?": a length of time ("two years")
    wants_age: bool = False  # "how old do young ppl have to be to take part in it": "between 16 and 25 years old"
    wants_share: bool = False  # "what share of applicants were recognised": a share ("60%", "half"), not any number
    # "What was the floating reception facility called?": the name of a thing, which no byline or caption gives
    wants_thing_name: bool = False


def check_question(question: str) -> str:
    """The question, stripped; raises BadQuestionError for ones that cannot be answered as given."""
    if not isinstance(question, str):
        raise BadQuestionError(f"the question must be text, got {type(question).__name__}")
    text = " ".join(question.split())
    if not text:
        raise BadQuestionError("the question is empty; type a question about the reports")
    if not re.search(r"\w", text):
        raise BadQuestionError(f"the question {text[:40]!r} has no words; type a question about the reports")
    return text


_CONTRACTED = re.compile(r"\b(what|who|where|when|how|which)(?:['’]s|s)\b(?=\s+(?:the|a|an|his|her|its|it|he|she|their|"
                         r"this|that|there|[\w-]+ing\b))", re.I)


def months_written_out(text: str) -> str:
    """A short month before a day or year written out: "in Aug 2018" -> "in August 2018"."""
    return _SHORT_MONTH.sub(lambda m: MONTHS_SHORT[m.group(1).lower()], text)


def unshortened(text: str) -> str:
    """The words a busy user shortens written out: "the michel govt" -> "the michel government"."""
    return _SHORTHAND.sub(lambda m: SHORTHAND[m.group().lower()], text)


def spelled_out(question: str) -> str:
    """ "whats the pass rate ...?" / "What's the ...?" read as "what is the ...": what the question's patterns
    expect. "Who's" and "Whose" stay apart: only "'s" or a bare "s" before an article, a pronoun or an -ing word."""
    question = _NOT_CONTRACTED.sub(lambda m: f"{m.group(1)}n't", question)  # "shouldnt" is "shouldn't"
    question = _MISSPELT.sub(lambda m: _as_meant(m.group()), question)  # "the flemish goverment": "government"
    question = _PM.sub("prime minister", question)  # "when pm jan jambon backed ...", not "at 3 pm"
    return _CONTRACTED.sub(lambda m: f"{m.group(1)} is", question)


_AUTHOR_SAYS = re.compile(r"\b(?:do|does|did)\s+(?:the|its|this|that|her|his|their)\s+authors?\s+[a-z]",
                          re.I)
# words users often misspell, as meant (small letters; a capital kept)
MISSPELT = {"goverment": "government", "govenment": "government", "goverments": "governments",
            "accomodation": "accommodation", "accomodate": "accommodate", "accomodated": "accommodated",
            "recieve": "receive", "recieved": "received", "recieves": "receives", "seperate": "separate",
            "occured": "occurred", "untill": "until", "beleive": "believe", "comittee": "committee",
            "committe": "committee", "enviroment": "environment",
            "refugess": "refugees", "asylym": "asylum", "intergration": "integration", "integation": "integration",
            "migarnts": "migrants", "orginisation": "organisation", "organisaton": "organisation"}
_MISSPELT = re.compile(rf"\b(?:{'|'.join(map(re.escape, MISSPELT))})\b", re.I)


def _as_meant(word: str) -> str:
    meant = MISSPELT[word.lower()]
    return meant[:1].upper() + meant[1:] if word[:1].isupper() else meant


_PM = re.compile(r"(?<![\d:.])(?<!\d\s)\b(?:pm|PM|Pm)\b(?=\s+[^\W\d_])")
# a negation contracted without its apostrophe, as a busy user types it: "why does he say cities shouldnt get ..."
_NOT_CONTRACTED = re.compile(r"\b(do|does|did|is|are|was|were|should|could|would|has|have|had|ca|wo|must|need)nt\b",
                             re.I)


def shorten(question: str) -> tuple[str, str | None]:
    """Very long questions are cut to their first MAX_QUESTION_CHARS characters (with a notice)."""
    if len(question) <= MAX_QUESTION_CHARS:
        return question, None
    cut = question[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
    return cut, (f"Your question was {len(question):,} characters long; only its first "
                 f"{len(cut):,} characters were used.")


# a clause of time leading a question: "When Ghent opened its floating reception centre, how did it ...?" (not
# "When did it open, and ...?", which asks when)
WHEN_LEAD = re.compile(r"(?:^|(?<=[.!?])\s+)\s*when\s+(?!(?:did|does|do|was|were|is|are|will|would|could|can|has|have|"
                       r"had)\b)[^,?]*,", re.I)


# "who took it over when the eu subsidies ended": a clause of time after what a wh-word asks
WHEN_TRAIL = re.compile(r"^(\s*(?:who|whom|whose|what|which)\b[^?,;]*?\w)\s+when\s+"
                        r"(?!(?:did|does|do|was|were|is|are|will|would|could|can|has|have|had)\b)[^,?;]*", re.I)


# "what position does the author hold", "what job did she have": a person's role asked with a verb of holding
# ("what title does Rudy Coddens have", "the title they give Rudy Coddens": a name of one word or more)
_ROLE_OF = re.compile(r"\bwhat\s+(?:position|role|job|title|office|function|post)\s+(?:does|did|do)\s+"
                      r"(?:the\s+)?(?:[\w’'-]+\s+){1,3}?(?:hold|have|occupy|fill)\b|"
                      r"\b(?:position|job title|title|office)s?\s+(?:that\s+)?(?:they|each|both|it|the\s+(?:two\s+)?"
                      r"(?:reports|texts|sources|documents))\s+(?:give|gives|gave|use|uses|used)\b", re.I)


_NOT_DEGREE = (r"(?!\s+(?:autonomy|freedom|influence|power|control|say|discretion|leeway|room|independence|emphasis|"
               r"importance|attention|weight|trust|flexibility|leverage)\b)")


# "what complaint do they have about how long their partnerships last": a how-clause a what-question is about is
# its topic, not what it asks
ABOUT_HOW = re.compile(r"^(\s*(?:what|which)\b[^?]*?\babout)\s+how\s+(?:many|much|long|often)\b")


def classify(question: str) -> QuestionKind:
    q = ABOUT_HOW.sub(r"\1 it", question.lower())
    return QuestionKind(
        # a number named in a why-question is its subject, not what it asks: "Why did the OCMW end up paying for
        # the project out of its own regular budget?"
        # ("how much autonomy do regions have" asks a degree, not a quantity)
        wants_number=bool(re.search(rf"\bhow (many|much{_NOT_DEGREE}|large|big|high|often|frequently|regularly|long)\b|"
                                    rf"{_TERM_ASKED}|"
                                    r"\b(what|which) (share|percentage|proportion|number|amount|fee|cost|capacity)\b|"
                                    # "What is the monthly amount of the living wage ...?"
                                    r"\bwhat (?:is|was|are|were) the (?:[a-z]+ )?(?:amount|sum|fee|cost)s? of\b|"
                                    r"\bwhat\s*%|"
                                    r"\bhoeveel\b|\bcombien\b", q)
                          # ("does it give them a separate budget line?": an item of the budget, not a sum; nor does
                          # "fell over a budget dispute" ask one)
                          # "jobteam gent targets vs results after yr 1": a target set against what was reached
                          # (not "how did the growing number of refugees lead ...": a trend, not a count asked)
                          # "how far had it got twelve months into the project?": what it had reached by then
                          or _HOW_FAR_ALONG.search(q)
                          or re.search(rf"{_NOT_TREND}\bnumber of\b|\bpercent|"
                                       r"\bbudget\b(?!\s+(?:lines?|disputes?|rows?|crisis|talks|negotiations|debates?)\b)|"
                                       r"\bcosts?\b|"
                                       r"\b(?:targets?|goals?)\s+(?:vs\.?|versus|compared (?:to|with))\s", q)
                          and not re.match(r"\s*(?:why|waarom|pourquoi)\b", q)),
        # "When Ghent opened its floating reception centre, how did it ...?": a clause of time leads the question
        wants_date=bool(re.search(r"\bwhen\b|\bwhat year\b|\bwhich year\b|\bsince when\b|\bin what year\b|"
                                  r"\bwanneer\b|\bquand\b|\bdate\b", WHEN_TRAIL.sub(r"\1", WHEN_LEAD.sub(" ", q)))),
        # a name, of a person or of a thing: "What was the floating reception centre called?"
        # ("who can take part?" asks for a target group)
        wants_person=not WHO_MAY_JOIN.search(q) and bool(re.search(
            r"^\s*(who|whom|whose)\b|\bwhich (person|organi[sz]ations?|minister|mayor|author|actors?)\b|\bwie\b|"
            r"\bqui\b|\b(called|named)\s*([?,]|$)|\bname of\b", q)),
        wants_thing_name=bool(re.search(r"\b(called|named)\s*([?,]|$)", q))
        and not re.search(r"^\s*(who|whom|whose)\b", q),
        # "a waiting list" asks for no list; "who makes up the team" does
        # "which measures ...", not "which case was Belgium condemned by the human rights court"
        wants_list=bool(re.search(r"\bwhich\b(?!\s+(?:court\s+)?(?:case|ruling|judge?ment)\b).*\b\w+s\b|"
                                  r"\bwhat (are|were)\b|(?<!waiting )\blist\b|\bname the\b|"
                                  r"\bwhat kinds?\b|\bwhat types?\b|\bwhat .*(measures|factors|groups|areas|challenges|"
                                  r"obstacles|initiatives|steps|services)\b|\b(make|makes|made) up\b|"
                                  r"\bconsists? of\b|\bcomposed of\b|"
                                  # "who's on the multidisciplinary team": its members
                                  r"\bwho(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:on|in)\s+(?:the|that|this|its|their)\b"
                                  r"[^?]*\b(?:team|board|committee|panel|group|council)\b", q)),
        # "why" opening the question, or its question after a lead-in: "If national rules are the same, why would
        # ...?", "Two immigrants live in the same country. Why might one ...?"
        wants_reason=bool(re.search(r"^\s*why\b|(?:[.?!,;:]|\s-)\s+why\b|\bhow come\b|\bfor what reason\b|"
                                    r"\bwhat (is|was) the reason\b|"
                                    r"\bwaarom\b|\bpourquoi\b|\bwhat led\b|\bwhat caused\b|"
                                    r"\b(?:on )?what (?:grounds|basis)\b", q)),
        # (not "how far had it got": what it had reached)
        wants_process=bool(re.search(r"(?:^\s*|[.?!,;:]\s+|\s-\s+)how\b(?! (many|much|large|big|high|often|"
                                     r"frequently|regularly|long|come))|\bin what way\b", q))
        and not _HOW_FAR_ALONG.search(q),
        # (not "what position does the author hold": that asks the author's role)
        # (nor "what approach does the author advocate", written by a name given: what the author says is asked)
        wants_author=bool(re.search(r"\bwho (wrote|writes|authored|is the author)\b|\bauthors?\b|\bwritten by\b", q))
        and not _ROLE_OF.search(q) and not _AUTHOR_SAYS.search(q),
        # a person's role, not "what role do cities play"
        wants_role=bool(re.search(r"\b(his|her|their|whose)\s+(role|position|job title|title|portfolio)\b", q)
                        or _ROLE_OF.search(q)),
        # "where" asking for a place or an employer, not "where does that leave them" or "where ... stand"
        wants_place=bool(re.search(r"(?:^|[,.?!]|\band\b)\s*where\s+(?:is|are|was|were|do|does|did|had|has|have)\b|"
                                   r"\b(?:which|what) (?:employer|company|firm)\b", q)
                         and not re.search(r"\b(?:stand|stands|leave|leaves|left|go from here)\b", q)),
        wants_case=bool(re.search(r"\b(?:which|what) (?:court )?(?:case|ruling|judgment|judgement)\b|"
                                  r"\bname of the (?:case|ruling|judgment)\b", q)),
        wants_duration=bool(re.search(rf"\bhow long\b(?! ago)|{_TERM_ASKED}", q)),
        # (not "how do authorities establish how old lone child migrants are?": a way of finding the age out)
        wants_age=bool(re.search(r"\bhow old\b|\b(?:what|which|minimum|maximum)\s+age\b|\bage (?:limit|range|group)\b",
                                 q)) and not re.search(r"\b(?:establish|determine|assess|check|verify|test|estimate|"
                                                       r"find out|know)\w*\s+(?:how old|what age)\b", q),
        # (also "what is the share of ...", and typed without asking: "share of asylum seekers getting refugee
        # status per the ghent taskforce article")
        wants_share=bool(re.search(r"\b(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?(?:share|percentage|"
                                   r"proportion|per\s?cent)\b|\bwhat\s*%|\bhow many per\s?cent\b|"
                                   r"^\W*(?:the\s+)?(?:share|percentage|proportion)\s+of\b", q))
        and not re.match(r"\s*(?:why|waarom|pourquoi)\b", q),
    )


# a term asked for: "What jail sentence ... did the commission recommend?" wants a length of time
_TERM_ASKED = r"\b(?:what|which)\s+(?:(?:jail|prison|custodial|maximum|minimum)\s+)+(?:sentences?|terms?)\b"


# the number of something told as a trend: "the growing number of refugees"
_NOT_TREND = "".join(rf"(?<!{word} )" for word in ("growing", "rising", "increasing", "decreasing", "declining",
                                                   "falling", "shrinking", "large", "huge", "high", "small", "low"))


def needs_context(question: str) -> bool:
    """Does the question lean on an earlier one ("Who pays for it?")?"""
    words = re.findall(r"\w+", question.lower())
    text = _told_before(_named_in_full(_DUMMY_IT.sub(" ", _THAT_CLAUSE.sub(" ", _own_time(question)))))
    pronouns = list(_PRONOUNS.finditer(text))
    # "We want to join the Migration Forum. How often does it meet?": "it" is the name before it
    # "Why did Ghent replace its Migratieforum ...?": a possessive after a name is the name's
    possessive = all(m.group().lower() == "its" for m in pronouns)
    # ("when did the EC announce the new pact + what did it emphasise": an acronym before "it" as a subject is
    # its name, not "Why did the EU end it?")
    subject_it = bool(pronouns) and all(_SUBJECT_IT.search(text[:m.end()]) for m in pronouns)
    if pronouns and all(m.group().lower() in _SINGULAR for m in pronouns) and any(
            len(name.split()) > 1 or possessive or subject_it and name.isupper() and len(name) > 1
            for name in question_names(text[:pronouns[0].start()])):
        return False
    # "since jobteam gent got extended bc it had already hit its targets ...": a clause before the pronoun names
    # its own subject, typed in lower case, and the pronoun is that subject
    # ("Given that humanitarian regularisation is ..., are there clear criteria for granting it?": read as asked,
    # before "given that" goes with the other clauses of saying)
    # ("ghent is in west flanders province, whats its population": a statement before the question names it too)
    if pronouns and all(m.group().lower() in _SINGULAR for m in pronouns) and (
            _OWN_SUBJECT.match(text[:pronouns[0].start()]) or _OWN_SUBJECT.match(question)
            or _STATED_SUBJECT.match(text[:pronouns[0].start()])):
        return False
    # "why did the fall of the belgian govt make it sign up to the global compact": "it" after a verb of making is the
    # body the question names before it, typed in lower case
    made_it = _MADE_IT.search(text)
    if pronouns and made_it and all(m.start() == made_it.start(1) for m in pronouns) and _BODY_BEFORE.search(
            unshortened(text[:made_it.start()])):
        return False
    # "Which Ghent volunteering project grew out of ..., and in what year was it founded?": "it" is the thing the
    # question asks for
    # (in a later part: "Which court ruled on it?" leans on an earlier question)
    asked_thing = _ASKED_THING.search(text[:pronouns[0].start()]) if pronouns else None
    if asked_thing and all(m.group().lower() in _SINGULAR for m in pronouns) and _LATER_PART.search(
            text[asked_thing.end():pronouns[0].start()]):
        return False
    # "Which organisations did Rose work with when she ran ...?": "she" is the person named before it
    if pronouns and all(m.group().lower() in _PERSONAL for m in pronouns) and question_names(
            text[:pronouns[0].start()]):
        return False
    # "Among EU citizens who moved to Ghent, where do most of them come from?": "them" is the plural before it
    # "Why does Refu Interim place newcomers in volunteer work while their residence procedure is still ongoing?":
    # "their" is the plural before it too, when the question names its own subject
    before = text[:pronouns[0].start()] if pronouns else ""
    if pronouns and all(m.group().lower() in _PLURAL | _THEIR for m in pronouns) and any(
            _PLURAL_NOUN.fullmatch(w) and w.lower() not in _NOT_PLURAL_NOUNS
            for w in re.findall(r"[A-Za-z]+", before)) and (
            all(m.group().lower() in _PLURAL for m in pronouns) or question_names(before)):
        return False
    # "q3 2020 remittances from belgium, morocco was the priciest corridor listed - what was the avg cost there": a
    # long question that names its own places before "there" (found in Chromium, after a question on Moria)
    if pronouns and all(m.group().lower() == "there" for m in pronouns) and len(
            re.findall(r"\w+", text[:pronouns[0].start()])) >= _OWN_PLACE_WORDS:
        return False
    # "the 2019 flemish coalition of flemish-nationalists, greens and liberals - did their agreement refer to the gcm":
    # a long lead before the dash names what the pronouns after it stand for (found in Chromium, after a question on
    # the Compact's negotiator)
    # ("belgium spent 37.1 million euros of its oda on ldcs in 2018 - what should it be": a possessive in the lead is
    # of the lead's own subject, told before it; "ok and where does its money come from - ..." tells none)
    # ("the boat reception centre ghent set up - whats it called": fewer words, but five that name a thing)
    # ("In 2018 Belgium spent more than the 50% target share of its ODA on ... . What was its ODA ... that year?": a
    # statement of its own before the question is such a lead too, found in Chromium after a question on Batahlan)
    lead = _DASH_LEAD.match(text) or _STATEMENT_LEAD.match(text)
    if pronouns and lead and all(m.start() >= lead.end() or m.group().lower() in _THEIR | {"its"}
                                 and _tells_subject(text[:m.start()]) for m in pronouns) and (
            len(re.findall(r"\w+", lead.group(1))) >= _OWN_LEAD_WORDS or len(_naming(lead.group(1))) >= _NAMING_WORDS):
        return False
    # "In her openDemocracy article ..., how does Ellen Desmet describe ...?": "her" in a lead before the comma is the
    # person the question names after it (found in Chromium, after a question on Ghent's population)
    comma = text.find(",")
    if pronouns and comma > 0 and all(m.group().lower() in _PERSONAL and m.end() <= comma for m in pronouns) and any(
            len(name.split()) > 1 for name in question_names(text[comma:])):
        return False
    if pronouns:
        return True
    # "ok and who's mayor now + which party": a question that goes on from the one before and names nothing of its
    # own leans on it
    if _GOES_ON.match(question) and not question_names(question):
        return True
    # a short question leans on the one before ("And in 2019?", "Who funds?"), unless it names its own subject
    # ("What is Jobteam Gent?"); "What about Antwerp?" asks the question before again
    short = len([w for w in words if w not in _QUESTION_WORDS]) <= 2
    return short and (not question_names(question) or bool(_ASKS_AGAIN.match(question)))


def _naming(text: str) -> list[str]:
    """The words of `text` that may name a thing: not question words, words that go on from an earlier question,
    pronouns, determiners or prepositions."""
    return [w for w in re.findall(r"[a-z]+", text.lower())
            if w not in _QUESTION_WORDS | _GOING_ON | _SINGULAR | _PERSONAL | _PLURAL | _THEIR | _NOT_NAMING]


_NOT_NAMING = frozenset("this that these those other another some any its their his her our my your of to for with "
                        "about on at by from".split())
_NAMING_WORDS = 5  # words of a shorter lead before a dash that name what follows it


def _tells_subject(text: str) -> bool:
    """Two words or more of `text` are neither question words nor words that go on from an earlier question."""
    return len([w for w in re.findall(r"[a-z]+", text.lower()) if w not in _QUESTION_WORDS | _GOING_ON]) >= 2


_GOING_ON = frozenset("ok okay so then now also too and but".split())
_ASKED_THING = re.compile(r"\b(?:which|what)\s+(?:[\w’'-]+\s+){0,3}?(?:project|initiative|organi[sz]ation|"
                          r"programme|program|scheme|centre|center|movement|platform|network|forum|law|act|report|"
                          r"body|agreement|policy|plan|court|institution|agency|association|campaign|festival)\b",
                          re.I)
_LATER_PART = re.compile(r"\w+\s+\w+.*(?:,|;|\band\b)", re.S)  # a clause of the question's own, then another
_OWN_SUBJECT = re.compile(r"^\W*(?:since|because|as|now that|given that|although|though)\s+(?:the\s+)?"
                          r"(?!(?:it|its|they|he|she|this|that|these|those|i|we|you|there)\b)[a-z][\w’'-]*"
                          r"(?:\s+[a-z][\w’'-]*){0,3}?\s+(?:got|gets|was|is|has|had|became|did|does)\b", re.I)
_STATED_SUBJECT = re.compile(r"^\W*(?!(?:it|its|they|he|she|this|that|these|those|i|we|you|there|the|a|an|what|which|"
                             r"who|how|why|when|where)\b)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?\s+(?:is|was|has|had)\s+"
                             r"[^,?;]+,\s*(?:what|which|who|how|when|where|why)", re.I)
_MADE_IT = re.compile(r"\b(?:make|makes|made|force|forces|forced|lead|leads|led|push|pushes|pushed|drive|drove|"
                      r"cause|caused|get|got)\s+(it)\s+[a-z]", re.I)
# (a body within what made it: "the fall of the government", not "why did the city make it close", where "it" is
# another thing the city made close)
_BODY_BEFORE = re.compile(r"\b(?:of|from|in)\s+the\s+(?:[\w’'-]+\s+){0,2}(?:government|commission|council|ministry|"
                          r"city|state|country|"
                          r"region|party|court|parliament|organi[sz]ation)\b", re.I)
_SUBJECT_IT = re.compile(r"\b(?:did|does|do|is|was|has|had|will|would|can|could)\s+it$", re.I)
_OWN_PLACE_WORDS = 10  # words before "there" that make a question its own
_DASH = r"\s[-–—]\s"  # a dash between words, not a hyphen
_DASH_LEAD = re.compile(rf"^(.*?){_DASH}", re.S)
_STATEMENT_LEAD = re.compile(r"^([^.?!]*[^.?!\s][.!])\s+(?=\S)")
_OWN_LEAD_WORDS = 8  # words of a lead before a dash that make what follows the question's own
_SINGULAR = frozenset({"it", "its", "this", "that"})
_PERSONAL = frozenset({"he", "she", "his", "her"})
# object pronouns only: in "How many volunteers did they have?" "they" is someone earlier, not the volunteers
_PLURAL = frozenset({"them", "these", "those"})
_THEIR = frozenset({"their", "theirs"})
_PLURAL_NOUN = re.compile(r"[a-z]{3,}[^s]s", re.I)  # "citizens", "refugees"; not "process", "has", "was"
_NOT_PLURAL_NOUNS = frozenset("does goes lives works comes gives takes makes says means needs wants helps runs "
                              "pays funds leads aims plans sets gets keeps shows".split())
# "make it harder", "made it possible", "how much does it cost to send money": an "it" that stands for nothing
# before it
_HOW_IT_IS = (r"(?:so\s+|much\s+|far\s+|still\s+)?(?:(?:more|less)\s+[a-z]+|[a-z]{3,}er|possible|impossible|difficult|"
              r"easy|hard|necessary|important|expensive|cheap|costly|mandatory|compulsory|common|rare|useful|legal|"
              r"illegal)")
_DUMMY_IT = re.compile(r"\b(?:make|makes|made|making|find|found|consider|considered)\s+it\s+(?:\w+er|more|less|"
                       r"possible|impossible|difficult|easy|hard|clear|mandatory|compulsory|necessary|attractive)\b|"
                       r"\bit\s+(?:cost|costs|take|takes|took)\b(?=[^?.]*?\bto\s+[a-z])|"
                       # "Why is it more expensive to send remittances ...?", "it is hard for refugees to find ...":
                       # "it" that stands for what follows
                       rf"\b(?:(?:is|was|isn['’]t|wasn['’]t)\s+it|it\s+(?:is|was|['’]s))\s+{_HOW_IT_IS}\s+"
                       r"(?:for\s+[^?.,]{1,40}?\s+)?to\s+[a-z]+|"
                       # "are there clear criteria", "there is no ...": "there" that points at no place
                       r"\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+there\b|"
                       r"\bthere\s+(?:is|are|was|were|has|have|had|will|would|exists?|seems?|remains?)\b", re.I)
_GOES_ON = re.compile(r"^\W*(?:(?:ok|okay|right|thanks|great)\W+)?(?:and|so|also|then)\b", re.I)
_ASKS_AGAIN = re.compile(r"^\W*(?:and|what about|how about|and what about|same for)\b", re.I)


# "the reno-boat opened in 2017 right? what was the city responding to at that point": a time the question gave
# before (a year), not one an earlier question gave (found in Chromium, after a question on the Bossuyt Commission)
_THAT_TIME = re.compile(r"\b(?:that|this)\s+(?:point|time|moment|stage|year|period|date)\b", re.I)
_GIVEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _own_time(question: str) -> str:
    """The question without "that point", "that time", ... after a year it gives itself."""
    return _THAT_TIME.sub(lambda m: " " if _GIVEN_YEAR.search(question[:m.start()]) else m.group(), question)


# "that" opening a clause is no pronoun: "argue that charity ...", "given that most ...", "so that"
_THAT_CLAUSE = re.compile(r"\b(?:argue[sd]?|say|says|said|claim(?:s|ed)?|think|thinks|thought|believe[sd]?|"
                          r"show(?:s|ed)?|mean(?:s|t)?|suggest(?:s|ed)?|state[sd]?|find|finds|found|note[sd]?|know|"
                          r"knows|knew|given|now|so|such|insist(?:s|ed)?|explain(?:s|ed)?)\s+that\b", re.I)


def _told_before(text: str) -> str:
    """`text` without the demonstratives whose noun the question itself told of before ("I work for an NGO that
    partners with the city of Ghent on a project. What's the main criticism of these partnerships?": "these
    partnerships" are the asker's own, not something an earlier question named)."""
    text = _RELATIVE_THAT.sub(lambda m: f"{m.group(1)} ", text)  # "an NGO that partners with ...": no pronoun
    for match in reversed(list(_POINTED.finditer(text))):
        noun = match.group(1).lower()[:_SAME_STEM]
        told = re.findall(r"\w+", text[:match.start()])
        if len(noun) >= _SAME_STEM and any(w.lower().startswith(noun) for w in told):
            text = text[:match.start()] + " " + text[match.end():]
    return text


# "that" after a thing and before its verb opens a relative clause: "an NGO that partners with the city"
# ("the floating reception centre for asylum seekers that opened in Ghent": a thing named in up to eight words, found
# in Chromium, where it was read as a follow-up)
_RELATIVE_THAT = re.compile(r"(\b(?:a|an|the|my|our|your|some|one)\s+(?:[\w-]+\s+){0,6}?[\w-]+)\s+that\s+"
                            r"(?=[a-z]+(?:s|ed)\b|(?:is|was|are|were|has|have|had|does|did|will|can|could)\b|"
                            # "the five key success factors that the Moving Cities report attributes to ...": a clause
                            # with a subject of its own
                            r"(?:the|a|an)\s|"
                            # "the ghent mayor that wrote to the european council": a past tense of its own
                            r"(?:wrote|said|made|led|ran|took|gave|began|sent|got|came|went|told|spoke|chose|held|"
                            r"left|paid|brought|saw|met|won|lost|built|became|fell|kept|sought|sat|set|put)\b)",
                            re.I)
_POINTED = re.compile(r"\b(?:this|that|these|those)\s+([a-z]+)", re.I)
_SAME_STEM = 6  # letters a noun pointed at shares with a word told before it: "partnerships" and "partners"


_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those)\s+((?:[\w’'-]+\s*){1,4})", re.I)


def _named_in_full(text: str) -> str:
    """`text` without the demonstratives that come with a thing named in three or more words ("When that floating
    asylum centre opened, ...?" names its subject; "that project", "this initiative cost" and "that year" do not).
    The thing's words run up to the first stop word or past participle."""
    def drop(match: re.Match) -> str:
        named = 0
        for word in match.group(1).split():
            if not tokenize(word) or word.lower().endswith("ed"):
                break
            named += 1
        return " " + match.group(1) if named >= 3 else match.group()
    return _DEMONSTRATIVE.sub(drop, text)


# verbs a question asks with, which say nothing of its subject: "How did Refu Interim come into being?" is about
# Refu Interim, not "Refu Interim come"
_QUOTED_TITLE = re.compile(r"(?:^|(?<=\s))[‘'\"“]([A-Z][^‘'\"“”’?]*?\s[^‘'\"“”’?]*?)[’'\"”](?!\w)")
_WHO_DID = re.compile(r"\s*who\s+([a-z]+)\b", re.I)
_NOT_A_SUBJECT = frozenset("come came comes coming become became becomes make made makes take took takes taken give "
                           "gave gives given being".split())


# a word that leads a question without being part of its subject
_HEDGE_LEAD = re.compile(r"^\W*(?:roughly|approximately|about|around|exactly|precisely|so|ok|okay|also|just|briefly)"
                         r"\b[\s,]*", re.I)


def subject_of(question: str) -> str:
    """The thing an earlier question was about: its capitalised names, then its other content words.

    >>> subject_of("What is Jobteam Gent?")
    'Jobteam Gent'
    >>> subject_of("How transparent is the issuing of humanitarian visas in Belgium?")
    'Belgium transparent issuing humanitarian visas'
    """
    question = _HEDGE_LEAD.sub("", question)  # "Roughly how many people had Jobteam Gent reached?": no name "Roughly"
    # a title in quotation marks is the thing: "Who wrote the openDemocracy article 'Refugee solidarity: the view from
    # Ghent'?" is about "Refugee solidarity: the view from Ghent"
    title = _QUOTED_TITLE.search(question)
    if title:
        return " ".join(title.group(1).split())
    names = [m.group().strip() for m in _CAPITALISED.finditer(question)]
    names = [n for n in names if n.split()[0].lower() not in _QUESTION_WORDS or len(n.split()) > 1]
    names = [" ".join(w for w in n.split() if w.lower() not in _QUESTION_WORDS) for n in names]
    named = {w.lower() for n in names for w in n.split()}
    # "Who wrote the openDemocracy article ...?": what was asked of it ("wrote") is not what it was about, and "and
    # what proportion ... did she say ..." must not bring sentences on whoever "wrote an open letter"
    asked = _WHO_DID.match(question)
    named |= {asked.group(1).lower()} if asked else set()
    words = [w for w in re.findall(r"[\w’'-]+", question) if len(w) > 3 and w.lower() not in named
             and w.lower() not in _QUESTION_WORDS and w.lower() not in FRAMING_WORDS
             and w.lower() not in _NOT_A_SUBJECT and tokenize(w)]
    return " ".join(dict.fromkeys([n for n in names if n] + words[:6]))


_WH_WORDS = r"how|what|which|who|whom|whose|when|where|why"
_VERSUS = r"\s(?:vs\.?|versus)"
# "..., and in what year was it founded?", "..., and on what date was its final report launched?" (yw005): a time asked
# after "in" or "on" opens a part too, with a verb of its own (not "and in what year?", nor "for which event?": a part
# of one word finds sentences of its kind only)
_PART_START = (r"(?:(?:in|on)\s+(?:what|which)\s+(?:year|month|date|day)\s+"
               r"(?:was|were|did|does|do|is|are|has|had|have)\b|"
               # "..., and with how many organisations did the project work?" (zn005)
               r"(?:with|for|to|by|from|through)\s+how\s+(?:many|much)\b|"
               rf"{_WH_WORDS}|is|are|was|were|does|do|did|has|have|can|could)\b")
# "how many did ghent ask for vs how many were relocated", "who's mayor now + which party": typed joins too
# ("what was it called n how many ppl could it take": a busy user's "n" is "and")
# (not a relative clause between commas that the question goes on after: "Does the Flemish coalition agreement, which
# was adopted on 30 September 2020, refer to the Global Compact?")
# (or one that ends the question, its verb right after "which": "..., in M.A. v. Belgium, which concerned the
# deportation of an Eritrean national?"; not "who": "..., who granted the collaboration an award?" asks)
_RELATIVE = rf"(?:(?:which|who|whom|whose)\b[^,;?]*,\s+(?!(?:and|or|but|so)\b|{_PART_START})|" \
            r"which\s+(?:[a-z]+ed|concerns|involves|is|was|are|were|has|had)\s+(?![^,;?]*\b(?:what|which|" \
            r"who|whom|whose|when|where|why|how)\b)[^,;?]*\?\s*$)"
# (or an apposition: "what did the 2014-2018 govt, a centre-left coalition, do to appeal periods ...")
_RELATIVE_OPEN = re.compile(r"(?:^|,\s+)(?:which|who|whom|whose|an?|the)\b[^,;?]*$", re.I)
_VERB_GOES_ON = re.compile(r"(?:is|are|was|were|has|have|had|do)\s+(?!(?:it|they|he|she|there|this|that|these|those|"
                           r"the|a|an|its|their|his|her|we|you|i|any|ghent|belgium)\b)[a-z]+(?:ed|en|ing)?\b", re.I)
_PART_BREAK = re.compile(rf"(?:,(?!\s+{_RELATIVE})|;|\band|\s(?:\+|&|n))\s+(?={_PART_START})|"
                         rf"{_VERSUS}\s+(?=(?:{_PART_START}|"
                         # "jobteam gent targets vs results after yr 1": what came of it, set against a plan
                         r"(?:the\s+)?(?:actual\s+)?(?:results?|outcomes?|achievements?|reality)\b))", re.I)


# where a question opens: at the start or after a sentence, dash or colon; a word or two may lead its question word
_QUESTION_OPENS = re.compile(rf"(?:^|[.!?:]\s+|\s[-–—]\s+)(?:{_PART_START}|(?:[\w’'-]+\s+){{1,2}}(?:{_WH_WORDS})\b|"
                             # a request asks too: "Tell me about the 1980 Aliens Act and why ..."
                             r"(?:please\s+)?(?:tell me|describe|explain|summari[sz]e)\b|"
                             # a lead of time typed without its comma: "after the moria fire how many ..."
                             rf"(?:after|before|since|during|following)\s+(?:[\w’'-]+\s+){{1,4}}(?:{_WH_WORDS})\b)",
                             re.I)


def question_parts(question: str) -> list[str]:
    """The questions a question asks: "Who is the mayor, and which party is he from?" -> two parts. A lead-in
    without a question word belongs to the part after it ("After the fire, how many ...?" is one part).

    >>> question_parts("Which party turned it into a crisis, and how does the 2020 government view it?")
    ['Which party turned it into a crisis', 'how does the 2020 government view it?']
    >>> question_parts("After the Moria fire, how many minors were relocated?")
    ['After the Moria fire, how many minors were relocated?']
    """
    parts = [piece.strip(" ,;") for piece in _PART_BREAK.split(question) if piece.strip(" ,;")]
    # "Refu Interim, which is a real interim agency, is subsidised by which bodies?": the clause between commas ends,
    # and the question goes on with its verb (not "..., is it ...?", a question of its own)
    for i in range(len(parts) - 1, 0, -1):
        if _RELATIVE_OPEN.search(parts[i - 1]) and _VERB_GOES_ON.match(parts[i]):
            parts[i - 1:i + 1] = [f"{parts[i - 1]}, {parts[i]}"]
    # "jobteam gent targets vs what they actually reached after 1st year?": two things set against each other,
    # each a part of its own
    first = _PART_BREAK.search(question)
    versus = first is not None and re.match(_VERSUS, first.group(0), re.I) is not None
    # "Our department wants to join. How often does it meet, and is it still ...?": the question starts after
    # the statement, so its first part is one
    # "Roughly what share ..., and what income ...?": a word or two may lead the question word; "ghent wanted to
    # take people in after the fire - how many did it ask for, and how many ...?": a dash or colon may end a statement
    # "the pontoon centre was for how many asylum seekers, and what % ...": a count asked inside the first part
    # makes it a question of its own
    if len(parts) > 1 and not versus and (not _QUESTION_OPENS.search(parts[0]) and not _COUNT_ASKED.search(parts[0])
                           or WHEN_LEAD.search(f"{parts[0]},")):
        parts[:2] = [f"{parts[0]}, {parts[1]}"]
    return parts


def listed_parts(question: str) -> list[str]:
    """A "which"/"who" question over three things or more, asked of each: "Which authorities are responsible for
    visas, residence permits and asylum decisions?" -> "Which authorities are responsible for visas", "... for
    residence permits", "... for asylum decisions"; [] for any other question."""
    match = _LISTED.match(question)
    if not match:
        return []
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("items"))
    return [f"{match.group('head')}{item}" for item in items if item]


_ITEM = r"[\w’'-]+(?:\s+[\w’'-]+){0,3}?"
_LISTED = re.compile(rf"^(?P<head>\W*(?:which|who)\b[^?,;:]*?\b(?:for|of|on|over|about)\s+)"
                     rf"(?P<items>{_ITEM}(?:,\s*{_ITEM})+,?\s+and\s+{_ITEM})\s*(?:[,(][^?]*)?\??\s*$", re.I)


_COUNT_ASKED = re.compile(r"\s(?:for|of|to|by|at|with|is|was|are|were)\s+how\s+(?:many|much)\b", re.I)


def asked_after_lead(question: str) -> str | None:
    """What a question asks after a lead naming its subject and ending in a dash or colon ("that commission led by
    an ex constitutional judge - what sanction did it want for irregular stay?" -> "what sanction did it want for
    irregular stay?"), or None without such a lead."""
    match = _AFTER_LEAD.search(question)
    return match.group(1) if match else None


_AFTER_LEAD = re.compile(rf"\S\s*(?:\s[-–—]|:)\s+((?:{_WH_WORDS})\b[^-–—:]*)$", re.I)


def asked_after_statement(question: str) -> str | None:
    """What a question asks in its last sentence, after a statement ending in a full stop ("Project Ankerkracht in
    Ghent works with young people aged 16 to 25 .... How many applications did it receive in 2015?" -> "How many
    applications did it receive in 2015?"), or None without such a statement."""
    match = _AFTER_STATEMENT.search(question)
    return match.group(1) if match else None


_AFTER_STATEMENT = re.compile(rf"[a-z)]\.\s+((?:{_WH_WORDS})\b[^.]*)$", re.I)


def split_resolved(query: str) -> tuple[str, str]:
    """A resolved follow-up back into (the question asked, the subject taken from history); subject "" if none.

    >>> split_resolved("Who pays for it? (Jobteam Gent)")
    ('Who pays for it?', 'Jobteam Gent')
    """
    match = re.fullmatch(r"(.*\?)\s+\(([^()]+)\)", query.strip(), re.S)
    return (match.group(1), match.group(2)) if match else (query, "")


def resolve_followup(question: str, history: Sequence[str]) -> str | None:
    """The question with the subject of the latest earlier question made explicit, or None if not needed.

    >>> resolve_followup("Who pays for it?", ["What is Jobteam Gent?"])
    'Who pays for it? (Jobteam Gent)'
    """
    if not history or not needs_context(question):
        return None
    for earlier in reversed(history):
        if needs_context(str(earlier)) and earlier != history[0]:
            continue  # itself a follow-up ("Who is its target group?"): its subject lies further back
        subject = subject_of(str(earlier))
        if subject and subject.lower() not in question.lower():
            # a question typed without its question mark gets one, so split_resolved finds where it ends
            asked = question.rstrip()
            return f"{asked if asked.endswith('?') else asked + '?'} ({subject})"
    return None


def question_names(question: str, first: bool = False) -> list[str]:
    """Capitalised names in the question (not its first word, unless `first`: a clause cut from within a question):
    "Who funds Refu Interim?" -> ["Refu Interim"]."""
    words = re.findall(r"[\w’'-]+", question)
    names, run = [], []
    for i, word in enumerate(words + [""]):
        if (i > 0 or first) and word[:1].isupper() and word.lower() not in STOP_NAMES:
            run.append(word)
            continue
        if run:
            names.append(" ".join(run))
        run = []
    return names


_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|the|and)\s+)*[A-Z][\w’'-]*)+")


def initials(texts: Iterable[str]) -> set[str]:
    """The acronyms the texts' names would have, with those of their first three words or more: "FPSI" and "FPS" of
    "the Federal Public Service Interior". An acronym a question types for a name the passages spell out."""
    texts = list(texts)
    out = {acronym[:n] for text in texts for acronym in name_acronyms(text) for n in range(3, len(acronym) + 1)}
    # a name of two words is known by its two initials: "the EC" for "The European Commission announced ..."
    for text in texts:
        for match in _NAME_RUN.finditer(text):
            words = [w for w in match.group().split() if w[:1].isupper() and w.lower() not in _ARTICLES]
            if len(words) == 2:
                out.add((words[0][0] + words[1][0]).upper())
    return out


_ARTICLES = {"the", "a", "an", "this", "that", "these", "those", "its", "their"}


def name_acronyms(text: str) -> dict[str, str]:
    """Acronyms of the text's names of two or more capitalised words, with the name's capitalised words: "the
    Democratic Republic of Congo" -> {"DRC": "Democratic Republic Congo"}, "Global Compact for Migration" ->
    {"GCM": "Global Compact Migration"}. The first word of the text may start a name."""
    out: dict[str, str] = {}
    for match in _NAME_RUN.finditer(text):
        words = [w for w in match.group().split() if w[:1].isupper()]
        for i in range(len(words) - 1):  # "Belgium's Global Compact for Migration": a tail of 3 words is a name too
            if i == 0 or len(words) - i >= 3:
                out.setdefault("".join(w[0] for w in words[i:]).upper(), " ".join(words[i:]))
                # "the Court of Justice of the EU" is the "CJEU": an acronym in the name gives all its letters
                out.setdefault("".join(w if w.isupper() else w[0] for w in words[i:]).upper(), " ".join(words[i:]))
    return out


# a sentence whose subject is its section's ("The project originated from ..." under "3.3 Refu Interim")
REFERS_BACK = re.compile(r"^\W*(?:(?:the|this|that)\s+(?:project|programme|program|initiative|organisation|"
                          r"organization|scheme|team|centre|center|taskforce|forum|network|movement|platform)|it|they|"
                          r"its|their)\b", re.I)


STOP_NAMES = {"i", "what", "who", "which", "when", "why", "how", "the", "in", "is", "are", "does"}


# the words a yes/no question opens with
_YES_NO_LEAD = re.compile(r"^\s*(?:is|are|was|were|does|do|did|can|could|has|have|had|will|would|should)\b", re.I)
_YES_NO_OR_WHETHER = re.compile(rf"{_YES_NO_LEAD.pattern}|\bwhether\b|\bif\b", re.I)
# a condition a question takes as given: after a why-question ("Why do the authors say policy action is needed if
# immigrants outperform the native population?"; not "why do they ask if ...": whether), or before a question word
_WHY_GIVEN_IF = re.compile(r"^\W*(?:why|how come)\b(?![^?]*\b(?:ask|asks|asked|wonder|wonders|wondered|know|check|see|"
                           r"unclear|doubt|doubts|decide|decided|determine|tell)\s+(?:\w+\s+)?if\b)[^?]*\bif\b|"
                           # ... or before a question word: "If the Aliens Act was amended after the Moria fire to
                           # strengthen public order, which protection against deportation was abolished?"
                           # (or a preposition before it: "If Rose was recruited to run ... in Ostend, in which country
                           # had she gained extensive work experience?")
                           rf"^\W*if\b[^?]*?,\s*(?:(?:in|at|from|to|for|by|with|of|on|under|since|during)\s+)?"
                           rf"(?:{_WH_WORDS})\b", re.I)


def conditions_given(question: str) -> bool:
    """Does the question take its "if" clause as given (a condition, not a whether): after a why-question, or before
    a question word?"""
    return bool(_WHY_GIVEN_IF.search(question))


def asks_yes_no(question: str) -> bool:
    """Is the question, or one of its parts, a yes/no question ("What did it recommend, and did the government
    go along with that?")? Its answer may well be a denial."""
    given = conditions_given(question)
    return any(_YES_NO_OR_WHETHER.search(_IF.sub(" ", piece) if given else piece)
               or _YES_NO_LEAD.match(_LEAD_CLAUSE.sub("", piece))
               or _YES_NO_AFTER_STATEMENT.search(piece)
               for part in question_parts(question) for piece in _asked_pieces(part))


# a yes/no question after a statement and a comma, typed as one sentence: "up to june 2020 only two applicants cited
# the GCM before the council for alien law litigation, did it change the outcome of there cases"
_YES_NO_AFTER_STATEMENT = re.compile(r"[,;]\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\s+"
                                     r"(?:it|they|this|that|these|those|he|she|there)\b[^,;]*$", re.I)


def _asked_pieces(part: str) -> list[str]:
    """The sentences of a question's part that may ask: not one that ends in a full stop before another ("Rose,
    who had lots of work experience in Rwanda, was taken on by Refu Interim to run its operation in Kortrijk. What
    did that job involve?" has the part "was taken on by ... Kortrijk. What did that job involve?", and its
    "was" asks nothing)."""
    pieces = _SENTENCE_BREAK.split(part.strip())
    return [piece for i, piece in enumerate(pieces) if i == len(pieces) - 1 or not piece.endswith(".")]


_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9][.!])\s+(?=[A-Z])")


# a clause that states what the question takes as given before it asks: "Given that humanitarian regularisation is a
# discretionary competence of the Secretary of State, are there clear criteria for granting it?"
_LEAD_CLAUSE = re.compile(r"^\W*(?:given that|considering that|seeing that|knowing that|since|as|now that)\s+"
                          r"([^,?]{8,}),\s*", re.I)


def told_before_yes_no(question: str) -> str | None:
    """What a question states before a yes/no question it ends with, after a dash, colon or full stop
    ("humanitarian regularisation is at the discretion of the secretary of state - are there clear criteria?" ->
    "humanitarian regularisation is at the discretion of the secretary of state"), or in a clause that leads it
    ("Given that it is at the discretion of the secretary of state, are there clear criteria?"); or None."""
    lead = _LEAD_CLAUSE.match(question)
    if lead and _YES_NO_LEAD.match(question[lead.end():]):
        return lead.group(1).strip()
    pieces = _STATEMENT_END.split(question.strip())
    if len(pieces) < 2 or not _YES_NO_LEAD.match(pieces[-1]):
        return None
    return question[:question.rstrip().rfind(pieces[-1])].rstrip(" -–—:.")


_STATEMENT_END = re.compile(rf"{_DASH}|[:.!]\s+")


def without_whether(question: str) -> str:
    """The question without the "whether" or "if" clauses of its parts led by a question word: "What reasoning
    did the Court give for keeping criminal history as a criterion for judging whether a migrant made an effort?"
    claims the keeping, not the effort. A part that is itself a yes/no question stays whole."""
    if conditions_given(question):  # (its "if" clause is a premise: kept)
        return _JUDGED_WHETHER.sub(lambda m: m.group(1), question)
    for part in question_parts(question):
        if _WH_LEAD.match(part) and not _YES_NO_LEAD.match(part) and part in question:
            question = question.replace(part, _WHETHER_CLAUSE.sub(" ", part), 1)
    # "The Constitutional Court upheld criminal history as one of the criteria for assessing whether a migrant made
    # ...": what is judged, in any part, asks nothing
    return _JUDGED_WHETHER.sub(lambda m: m.group(1), question)


_WH_LEAD = re.compile(rf"^\W*(?:\w+\s+){{0,3}}?(?:{_WH_WORDS})\b", re.I)
_IF = re.compile(r"\bif\b", re.I)
_WHETHER_CLAUSE = re.compile(r"\b(?:whether|if)\b[^,;:?]*", re.I)
_JUDGED_WHETHER = re.compile(r"\b((?:assess|judg|determin|decid|evaluat|establish|check)\w*)\s+whether\b[^,;:?.]*",
                             re.I)


# "more than 200", "at least 5%"
_BOUND = re.compile(r"\b(?:more|fewer|less|greater|higher|lower)\s+than\s+\d[\d.,%]*|"
                    r"\b(?:at least|at most|over|under|above|below|up to)\s+\d[\d.,%]*", re.I)


def without_bounds(question: str) -> str:
    """A yes/no question's bounds ("Was it built for more than 200 people?") are what it compares with, not
    figures it claims, so they are left out; in other questions ("Why is it aimed at refugees over 30?") they
    are claims and stay."""
    return _BOUND.sub(" ", question) if asks_yes_no(question) else question
