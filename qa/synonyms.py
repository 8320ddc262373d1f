"""Words that policy questions and reports use for the same thing ("who pays" / "sponsored by").

Question and passage terms are mapped to one stem per group before they are compared, and BM25 queries
are widened with the group's other words. Kept small and generic on purpose: only groups whose words are
interchangeable in policy texts, never names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.bm25 import british, tokenize
from ingest.language import snowball_stemmer

GROUPS: tuple[tuple[str, ...], ...] = (
    ("fund", "funds", "funded", "funding", "pay", "pays", "paid", "finance", "finances", "financed", "financing",
     "sponsor", "sponsors", "sponsored", "subsidise", "subsidised", "subsidize", "subsidized", "subsidy",
     "subsidies", "money", "funder", "funders"),
    ("eu", "european", "europe"),  # "EU money" is written "European funds"
    ("aim", "aims", "goal", "goals", "objective", "objectives", "purpose"),
    ("child", "children", "kid", "kids", "minor", "minors"),
    # "migrants who want to bring relatives to Belgium": "family reunification"
    ("family", "families", "relative", "relatives", "kin"),
    ("job", "jobs", "employment", "employed", "labour", "labor"),
    ("start", "started", "begin", "began", "launch", "launched", "establish", "established", "initiate",
     "initiated"),
    ("end", "ended", "stop", "stopped", "abolish", "abolished", "discontinue", "discontinued", "terminate",
     "terminated"),
    ("housing", "accommodation", "shelter", "sheltered"),
    # the basics of reception, "bed, bath, bread": a place to sleep, wash and eat
    ("bed", "beds", "sleep", "sleeping"),
    ("bath", "wash", "washing", "shower", "showers"),
    ("bread", "food", "meal", "meals", "eat", "eating"),
    ("detain", "detained", "detention"),
    ("jail", "jailed", "prison", "prisons", "imprisonment", "imprisoned"),
    ("uphold", "upholds", "upheld", "upholding"),  # an irregular past the stemmer keeps apart
    ("centre", "centres", "center", "centers"),  # British and American spelling
    ("dock", "docked", "docking", "moor", "moored", "mooring", "berth", "berthed"),
    ("evidence", "research", "study", "studies", "evaluated", "evaluation", "analysis", "analyses"),
    ("eligible", "eligibility", "criteria", "conditions", "requirements", "target"),
    ("school", "schools", "schooling", "education"),
    # how people ask about health care, irregular stay, removal, costs, youth and volunteering
    ("doctor", "doctors", "medical", "healthcare", "hospital", "hospitals"),
    ("undocumented", "irregular", "irregularly", "papers"),
    ("deport", "deported", "deporting", "deportation", "deportations", "expel", "expelled", "expulsion", "removal"),
    ("fee", "fees", "cost", "costs", "price", "prices", "charge", "charges"),
    ("young", "youth", "youths", "teenager", "teenagers", "adolescent", "adolescents", "youngsters"),
    ("volunteer", "volunteers", "volunteered", "volunteering", "voluntary", "voluntarily"),
    ("ask", "asks", "asked", "request", "requests", "requested"),
    ("neighbour", "neighbours", "neighbourhood", "neighbourhoods", "nearby"),  # the stems differ
    ("floating", "pontoon", "pontoons", "boat"),  # "the floating asylum centre": "a pontoon on the water"
    ("influence", "influences", "influenced", "influencing", "shape", "shapes", "shaped", "shaping", "impact",
     "impacts", "impacted", "affect", "affects", "affected", "change", "changes", "changed"),
    ("contradictory", "contradiction", "contradictions", "tension", "tensions", "paradox", "paradoxical",
     "inconsistent", "inconsistency"),  # "Why is Belgian integration policy contradictory?": "This creates a tension"
    ("decide", "decides", "decided", "deciding", "decision", "decisions"),  # the stems differ: "decid", "decis"
    ("aid", "assistance", "oda"),  # "foreign aid targets": "official development assistance (ODA)"
    # "foreign workers with few qualifications": "low-skilled labour migrants"
    ("skill", "skills", "skilled", "qualified", "qualification", "qualifications"),
    ("age", "ages", "aged", "old"),  # "how old" is asked, "age determination" is written
    ("criticism", "criticisms", "criticise", "criticised", "criticize", "criticized", "critical", "complain",
     "complains", "complained", "complaint", "complaints", "gripe", "gripes", "grievance", "grievances"),
    # "what European distinction did Ghent's refugee policy receive?": "awarded an URBACT Good Practice"
    ("award", "awards", "awarded", "prize", "prizes", "distinction", "distinctions", "accolade", "accolades"),
    # "who chaired the commission": "under the presidency of former Constitutional Judge Marc Bossuyt"
    ("chair", "chairs", "chaired", "chairing", "chairman", "chairwoman", "chairperson", "presidency", "preside",
     "presided", "presiding"),
    ("affair", "affairs", "crisis", "crises", "scandal", "scandals"),  # "that sudan affair": the "Sudan crisis"
    # "the main hurdles for family reunification": "Many obstacles to family reunification persist"
    ("shortcoming", "shortcomings", "weakness", "weaknesses", "drawback", "drawbacks", "flaw", "flaws"),
    ("obstacle", "obstacles", "barrier", "barriers", "hurdle", "hurdles", "hindrance", "hindrances"),
    # "what did he tell MPs": "In a parliamentary hearing on 4 December 2018"
    ("parliament", "parliaments", "parliamentary", "parliamentarian", "parliamentarians", "mp", "mps"),
    # "which PM backed the compact at the UN": "then first minister Charles Michel expressed Belgium's support"
    ("minister", "ministers", "pm", "pms", "premier"),
    # "who sat on the commission", "its composition": "The Commission only consisted of state actors"
    ("consist", "consists", "consisted", "composed", "composition", "sat", "sit", "sits", "membership"),
    # "the UN migration pact": the Global Compact for Migration
    ("pact", "pacts", "compact", "compacts"),
    # "what did the commission recommend": "The Commission's final report ... proposes among others to ..."
    ("recommend", "recommends", "recommended", "recommendation", "recommendations", "propose", "proposes",
     "proposed", "proposal", "proposals"),
)


@lru_cache(maxsize=8)
def _canonical(lang: str) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for group in GROUPS:
        stems = [s for word in group for s in tokenize(word, lang)]
        for stem in stems:
            mapping.setdefault(stem, stems[0])
    return mapping


def canonical(stem: str, lang: str = "en") -> str:
    """The group's stem for `stem` (itself when it is in no group).

    >>> canonical(tokenize("sponsored")[0]) == canonical(tokenize("pays")[0])
    True
    """
    return _canonical(lang).get(stem, stem)


def widen(text: str) -> str:
    """`text` plus the other words of every group one of its words belongs to (for BM25 queries)."""
    mapping = _canonical("en")
    groups = {mapping[s] for s in tokenize(text, "en") if s in mapping}
    extra = [w for group in GROUPS if mapping.get(tokenize(group[0], "en")[0]) in groups for w in group]
    return f"{text} {' '.join(extra)}" if extra else text


@lru_cache(maxsize=4096)
def canonical_stem(word: str) -> str:
    """English stem of a word (stop words too: "below" and "against" matter to the premise checks), mapped
    to its group's stem: canonical_stem("sponsored") == canonical_stem("pays")."""
    if word[-2:] in ("’s", "'s"):  # "NGO’s", "Ghent's": the name's
        word = word[:-2]
    elif len(word) > 2 and word[-1] == "s" and word[:-1].isupper():  # "NGOs": the acronym's plural
        word = word[:-1]
    if word.lower() == "paper":  # "the paper on implementing the compact": a text; "without papers" is undocumented
        return "paper"
    return canonical(snowball_stemmer("en").stemWord(british(word.lower().strip("’'"))))


_COMPOUND = re.compile(r"\b([^\W\d_]+)-(making|makers?)\b", re.I)


def join_compounds(text: str) -> str:
    """ "decision-making" as one word ("decisionmaking"): participation in decision-making is not deciding. "After
    its first year" and "after one year" as one word too: the same time, which "first" alone does not say."""
    return _COMPOUND.sub(lambda m: m.group(1) + m.group(2), _AFTER_FIRST_YEAR.sub(" afterfirstyear ", text))


# "after its first year", "after one year"; typed "after 1st year", "after yr 1"
_AFTER_FIRST_YEAR = re.compile(r"\bafter\s+(?:(?:(?:its|their|the|his|her)\s+(?:very\s+)?)?(?:first|1st)\s+year|"
                               r"one\s+year|(?:year|yr)\s+(?:one|1)(?![\d.,]))\b", re.I)
