"""Premise checks that find the reports saying something else than the question takes for granted.

A sentence about another place, level of government or year ("Which Walloon towns ...?" / "regions in
Flanders"), quoted words the reports put in another mouth, a verb whose opposite the reports use
("agree" / "rejected"), or a denial of the question's own terms. Each check returns the reason for refusing,
quoting the sentence, so the reader can check it; qa.premise runs them after its "something is missing"
checks. Lexical, English-only (except the place names), and narrow on purpose, like those.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ingest.bm25 import tokenize
from ingest.passage import Chunk
from ingest.sentences import split_sentences
from qa.question import (
    FREQUENCY,
    MONTHS,
    asked_after_statement,
    asks_yes_no,
    conditions_given,
    frequencies,
    question_names,
    question_parts,
    told_before_yes_no,
    unshortened,
    without_whether,
)
from qa.reports import without_report_descriptions, without_report_names
from qa.result import Hit
from qa.synonyms import canonical_stem as _stem


def contradiction(question: str, best: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """Why the reports contradict the question's premise, or None. `best` is the best-scoring sentence,
    `chosen` all answer sentences, `hits` the passages read."""
    context = context_of(best, hits)  # both checks of the best sentence read it with its context
    return (_other_scope(question, best, context, _dated_before(best, hits) if _SAME_YEAR.search(best) else "",
                         chosen)
            or _other_scope_of_closest(question, best, chosen, hits)
            or _other_person(question, best, context) or _other_person_then(question, best, chosen, hits)
            or _swapped(question, [s for s, _near in related_sentences(chosen, hits)])
            or _swapped_contrast(question, chosen)
            or _quote_misattributed(question, hits)
            or _contradicted(question, chosen, hits) or _other_frequency(question, chosen, hits)
            or _other_actor(question, chosen, hits) or _other_taker(question, chosen, hits)
            or _other_share(question, chosen, hits)
            or _share_for_another(question, chosen)
            or _negated(question, best, chosen, hits) or _affirmed(question, best) or _none_said_done(question, chosen)
            or _mentioned_after_all(question, chosen))


_WORD = re.compile(r"[\w’'%-]+")
# "can't", "don’t": a contraction's "n't" is no word of its own (denials.py builds on these words too)
NEGATION_WORDS = r"not|no|never|neither|nor|without|cannot|\w+n['’]t"
NEGATION = re.compile(rf"\b(?:{NEGATION_WORDS})\b", re.I)
# a question that denies by its verb ("Why are irregular migrants denied access to health care?") is as negative
# as one that says "not": a sentence saying "do not have access" agrees with it
DENYING_VERBS = r"denied|deny|denies|excluded|barred|prevent|prevents|prevented"
_DENYING = re.compile(rf"\b(?:{DENYING_VERBS})\b", re.I)
# "what cut do the fees take": a share, not cutting ("the increase in applications" still claims an increase)
# ("what support does Jobteam Gent offer": help given, not backing a stance)
AS_NOUN = re.compile(r"\b(?:what|which|a|an|the|its|their)\s+cut\b(?!\s+(?:it|them|down|back))|"
                     r"\b(?:what|which|any|extra|additional|more|other)\s+(?:kinds?\s+of\s+)?support\b", re.I)
# two sentences the splitter keeps together, a footnote mark after the first's full stop: "... in exceptional
# cases (in case of specific shortages).15 In conclusion, ..."; and "low- skilled", a line break's leftover
FOOTNOTE_END = re.compile(r"(?<=[^\W\d_]|[)\"”’])[.!?]\d{1,3}\s+(?=[A-Z])")
BROKEN_HYPHEN = re.compile(r"(?<=\w)-\s+(?=\w)")
_END_UP = re.compile(r"\bend(s|ed)?\s+up\b", re.I)
# a phrasal verb split by a long object: "take powers over work-based immigration back" (to "take back powers ...")
_TAKEN_BACK = re.compile(r"\b(take|takes|took|taken|taking|claw|clawed)\s+((?:[\w’'-]+\s+){1,8}?)back\b", re.I)
# "lowering remittance costs to below 3%": a level aimed at, not where the thing stands (in a question or a sentence)
_TO_LEVEL = re.compile(r"\bto\s+(?:below|under|above|over)\b", re.I)
# ... with the verb aiming at it, in a sentence: "lowering the transaction costs for remittances to below 3%"
_AIMED_LEVEL = re.compile(r"\b(?:(?:lower|reduc|rais|increas|bring|brought|cut|push|get)\w*\s+(?:[\w’'-]+\s+){0,8}?)?"
                          + _TO_LEVEL.pattern, re.I)
# "by the end of its first year": a time, not an ending
_END_OF_TIME = re.compile(r"\bthe\s+end\s+of\s+(?=(?:(?:the|its|their|this|that|each|every|a)\s+)?(?:[\w-]+\s+)?"
                          r"(?:year|month|week|day|decade|period|summer|winter|spring|autumn|century)s?\b)", re.I)
# "what was n-va's objection?": a concern, which a question naming the backing too names both sides of
_OBJECTION = re.compile(r"\bobject(?:ion|ions|ed|s)?\b", re.I)
# "the project that began in early 2020": a part of a time, not earliness against "after" or "late"
_PART_OF_TIME = re.compile(rf"\b(early|late)(?=[\s-]+(?:(?:19|20)\d\d|{'|'.join(MONTHS)}|spring|summer|autumn|"
                           r"winter)\b)", re.I)
_NAME_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")  # "Daniël Termont"


# A verb or comparison in a question, and words that say the opposite. The question's word (the first word of a
# phrase: "shut" of "shut down") must be absent and an opposite present in a sentence about the same thing for
# the premise to count as contradicted.
# what a question says is done widely or first ("mainly", "prioritise"), which "exceptional" denies
_WIDE = ("broadly", "widely", "mainly", "mostly", "primarily", "largely", "generally", "concentrate", "concentrating",
         "focus", "focusing", "focussing", "prioritise", "prioritize", "prioritising", "prioritizing")
# acts a court makes final, which a suspension is not the opposite of but falls short of
_FINAL_ACTS = ("annul", "annulled", "quash", "quashed", "overturn", "overturned")
OPPOSITES: dict[str, tuple[str, ...]] = {
    "agree": ("reject", "refuse", "block", "deny", "oppose", "veto"),
    # ("the council of state signed off on belgium locking up families" against "a measure which the Council of State
    # has since suspended")
    **{approve: ("reject", "refuse", "block", "deny", "oppose", "veto", "suspend", "illegal", "strike down",
                 "struck down") for approve in ("approve", "sign off")},
    "accept": ("reject", "refuse", "block", "deny", "oppose"),
    "grant": ("reject", "refuse", "deny"),
    "allow": ("forbid", "prohibit", "ban", "block", "refuse"),
    # "the 2019 flemish coalition agreement gives private persons more access to the agii helpdesk" against "aims to
    # exclude private persons from obtaining legal information from the helpdesk"
    **{wider: ("exclude", "limit", "restrict", "no longer") for wider in ("more access", "wider access",
                                                                         "easier access", "better access")},
    # "why did the federal government take powers over work-based immigration back from the regions" against "the
    # federal government devolved decision-making powers ... to three regions"
    **{back: ("devolve", "devolved", "decentralise", "decentralize", "decentralised", "decentralized", "regionalise",
              "regionalize", "regionalised", "regionalized")
       for back in ("take back", "took back", "taken back", "claw back", "clawed back", "recentralise",
                    "recentralize", "reclaim", "reclaimed")},
    # "the august 2018 ban on detaining families with kids" against "in August 2018, Belgium started to detain again
    # families with children"
    **{ban: ("allow", "permit", "authorise", "authorize", "resume", "reintroduce", "again")
       for ban in ("ban", "forbid", "prohibit")},
    "confirm": ("annul", "overturn", "revoke", "invalidate", "reject", "suspend", "illegal", "strike down",
                "struck down"),
    **{keep: ("annul", "overturn", "revoke", "invalidate", "reject", "suspend", "illegal", "strike down",
              "struck down") for keep in ("uphold", "upheld")},
    # "Why did the Constitutional Court keep criminal history as a criterion?" against "annulled by the Court"
    **{keep: ("annul", "overturn", "revoke", "invalidate", "strike down", "struck down", "repeal")
       for keep in ("keep", "kept", "retain", "maintain", "preserve")},
    # "abolish", "shut down", "disband" ... end a thing: "transformed into" or "taken over" says otherwise
    # ("why did the flemish government drop the fee" against "the introduction of a minimum fee of 360 euros")
    **{end: ("continue", "maintain", "keep", "kept", "extend", "extension", "expand", "transform", "take over",
             "taken over", "took over", "introduce", "introduction")
       for end in ("abolish", "shut down", "disband", "dissolve", "scrap", "discontinue", "wound up", "wind up",
                   "close down", "closed down")},
    "suspend": ("continue", "maintain", "keep", "extend", "extension of", "expand"),
    # "on what grounds did the Council of State annul the royal decree ... in April 2019" against "the Council of
    # State suspended in April 2019 a number of provisions of the royal decree": a suspension is not an annulment
    **{annul: ("suspend",) for annul in _FINAL_ACTS},
    # asylum: "most applicants are turned down" against "most of them (60%) are getting recognised"
    "refuse": ("recognise", "grant", "accept", "pledge", "offer", "welcome"),
    # "an NGO coalition rejected the idea of open centres" against "has recommended to establish open centers"
    "reject": ("recognise", "grant", "accept", "adopt", "approve", "recommend"),
    "turn down": ("recognise", "grant", "accept"),
    # "Since Ankerkracht is still financed by the EU, ..." against "in 2015 European subsidies were ended"
    # "Why does Ghent still run its Refugee Taskforce?" against "decided to transform the Refugee Taskforce into ..."
    "still": ("ended", "no longer", "ceased", "expired", "transform", "replaced by"),
    # "Why did the New Pact play down local communities?" against "with explicit emphasis on ... local communities"
    **{less: ("emphasis", "emphasise", "emphasize", "stress", "highlight", "prioritise", "prioritize")
       for less in ("play down", "played down", "downplay", "neglect", "ignore")},
    # "Why did civil society praise Ghent for political participation?" against "Ghent is silent ... This
    # shortcoming was confirmed by civil society organizations"
    **{good: ("shortcoming", "shortcomings", "criticise", "criticised", "criticize", "criticized", "criticism")
       for good in ("praise", "commend", "applaud")},
    # "Why did the Flemish government make the civic integration course free of charge?" against "the introduction
    # of a minimum fee of 360 euros" ("free of charge", "for free", "costs nothing" are read as "gratis")
    "gratis": ("fee", "fees"),
    # "Why did the N-VA campaign for the Compact?" against "the N-VA started to raise critical concerns about it"
    **{backing: ("critical", "concerns", "oppose", "opposition", "against", "criticise", "criticize")
       for backing in ("campaign", "push for", "pushed for", "lobby", "champion")},
    # "Why has Flanders opened its labour market broadly to low-skilled workers?" against "only possible in
    # exceptional cases"
    **{wide: ("exceptional",) for wide in _WIDE},
    # "Why did the commission recommend decriminalising irregular stay?" against "increase the criminalisation"
    **{softer: ("increase", "tougher", "stricter", "harsher") for softer in ("decriminalise", "decriminalize")},
    # "why does the coordinator want European funds for cities channelled through national governments?" against
    # "it is important that cities can have direct access to European funds"
    **{through: ("direct access", "directly", "direct funding") for through in ("national governments",
                                                                                "national government")},
    # "begins by having the young refugees sign a formal intake contract" against "first establish informal contacts"
    "formal": ("informal",),
    "informal": ("formal",),
    # "myria, the private ngo, ..." against "The Federal Migration Centre Myria, an independent public institution"
    "private": ("public",),
    # "why did the esf say jobteam gent scores poorly on expertise" against "the project scores the maximum on ..."
    "poorly": ("maximum", "excellent", "highly"),
    # "Belgium, with its centralised governance system" against "its multilevel governance system"
    **{central: ("multilevel", "multi-level", "decentralised", "decentralized")
       for central in ("centralised", "centralized", "centralist")},
    # "jobteam gent was cancelled after its initial two years" against "with a current extension of one year"
    "cancel": ("continue", "maintain", "keep", "extend", "extension of"),
    "halt": ("continue", "maintain", "keep", "extend", "extension of"),
    "favour": ("violate", "condemn", "against"),
    "favor": ("violate", "condemn", "against"),
    "win": ("lose", "lost"),
    # "External services were dissatisfied with ..." against "external services are satisfied with ..."
    **{unhappy: ("satisfied", "pleased") for unhappy in ("dissatisfied", "unsatisfied", "displeased")},
    # "set up its refugee taskforce despite opposition from the city council" against "with full support of the city
    # council"
    **{against: ("full support", "backed by") for against in ("despite opposition", "against wishes")},
    # "the commission's proposals fit the spirit of gcm objective 11" against "This goes against the spirit of ..."
    **{fits: ("goes against", "go against", "went against", "contrary to", "odds with")
       for fits in ("fit spirit", "fits spirit")},  # a phrase is two words: "fit ... spirit" within a few words
    # "why does the gcm contribution support the bossuyt commission's idea of jailing" against "This goes against the
    # spirit of the action suggested under Objective 11"
    # "why did n-va back the global compact in autumn 2018" against "N-VA started to raise critical concerns about the
    # Compact"
    # ("concerns" raised, not "concerning" a subject: "projects concerning migration and integration")
    **{backing: ("goes against", "go against", "went against", "contrary to", "odds with", "raise concerns",
                 "raised concerns", "critical concerns", "voiced concerns", "expressed concerns", "critical of")
       for backing in ("support", "endorse", "back")},
    "below": ("above", "higher", "exceed"),
    "under": ("above", "higher", "exceed"),
    "lower": ("above", "higher", "exceed"),
    "above": ("below", "lower"),
    "higher": ("below", "lower"),
    "exceed": ("below", "lower"),
    # ("If European subsidies for Project Ankerkracht were increased in 2015" against "in 2015 European subsidies were
    # ended")
    "increase": ("decrease", "fall", "drop", "shrink", "ended", "cut", "stopped", "ceased"),
    "rise": ("decrease", "fall", "drop", "shrink"),
    # "asylum applications dropped within one year" against "doubled within one year" (not "fall": a government
    # falls too)
    **{less: ("increase", "rise", "grow", "double", "doubled") for less in ("decrease", "decline")},
    "drop": ("increase", "rise", "grow", "double", "doubled", "introduce", "introduction"),
    # "why did the number of applications fall between 2014 and 2015" against "increased from 41 in 2014 to 77 in
    # 2015" (a number's rise from one figure to another, which no government's fall is)
    **{fall: ("increased from", "rose from", "grew from") for fall in ("fall", "fell")},
    # "court challenges were the least successful way" against "has proven the most successful way"
    "least": ("most",),
    # "mostly developed at the municipal level" against "mostly developed at a federal level"
    "municipal level": ("federal level", "national level"),
    # "integration essentially happens at the national level" against "integration essentially happens locally"
    "national level": ("locally",),
    # "immigrants facing the same national framework perform the same regardless of local factors" against "can still
    # perform very differently, depending on local factors"
    "regardless": ("depending on", "depends on", "depend on", "dependent on"),
    # "what does the website say on irregular migration" against "information on regular migration"
    "irregular migration": ("regular migration",),
    # "individual, short-term support" against "Individual and long-term support"
    "short-term": ("long-term",),
    # "the campaign got little public support" against "campaign against child immigration detention found widespread
    # support"
    "little": ("widespread",), "widespread": ("little",),
    # "Why does Jobteam Gent stick to the traditional model of having job seekers come to its office?" against
    # "an outreaching approach, moving away from the traditional model where job seekers are required to visit an
    # office"
    **{keep: ("move away", "moving away", "moved away", "abandon", "break with", "depart from", "departed from")
       for keep in ("stick to", "stuck to", "keep to", "cling to", "hold on to")},
    # "cut the fee down to 360 euros" against "the introduction of a minimum fee of 360 euros"
    **{less: ("introduce", "introduction", "increase", "raise", "tougher", "stricter")
       for less in ("cut", "reduce")},
    "succeed": ("fail", "failure"),
    # "Why did the 2014-2018 coalition lengthen appeal periods?" against "it reduced appeal periods"
    **{longer: ("reduce", "shorten", "cut") for longer in ("lengthen", "prolong", "extend")},
    "shorten": ("lengthen", "prolong", "extend"),
    # "why did Bodson say the Compact had been strengthened from a migrant rights' perspective" against "the text had
    # been amended – and weakened from a migrant rights’ perspective"
    "strengthen": ("weaken",), "weaken": ("strengthen", "reinforce"),
    # "the agreement says forced returns should be phased out" against "should be equally reinforced"; "the 2017
    # master plan was meant to phase out closed centres" against "a “master plan” to increase available places in
    # closed centres"
    **{fewer: ("reinforce", "reinforced", "strengthen", "strengthened", "step up", "stepped up", "intensify",
               "intensified", "increase", "expand")
       for fewer in ("phase out", "phased out", "phasing out", "scale back", "scaled back")},
    # "partnerships established for very long periods of time" against "for relatively short periods of time"
    "long periods": ("short periods",), "short periods": ("long periods",),
    # "Why did Belgium transpose the rules ahead of the deadline?" against "more than five years after the deadline"
    **{early: ("after", "late", "delay") for early in ("ahead", "early", "earlier")},
    "include": ("exclude",),
    # "the legally binding gcm" against "a non-binding international legal instrument"
    "binding": ("non-binding",),
    # "the left-wing party N-VA" against "the right-wing nationalist political party N-VA"; "belgium's centre-left
    # coalition of 2014-2018" against "a centre-right coalition"
    "left-wing": ("right-wing",), "right-wing": ("left-wing",),
    "centre-left": ("centre-right", "center-right"), "centre-right": ("centre-left", "center-left"),
    # "cash benefits" against "material assistance from a public welfare centre"
    "cash": ("material assistance", "in kind", "in-kind"),
    # "Why is integration policy a federal competence in Belgium?" against "whereas integration is regionalised"
    "federal competence": ("regionalised", "regionalized", "regional competence"),
    **{regional: ("federal competence",) for regional in ("regionalised", "regionalized", "regional competence")},
    # "declared the whole royal decree on family units illegal" against "declared the royal decree partly illegal"
    **{whole: ("partly", "partially") for whole in ("whole", "entire", "entirely", "wholly")},
    # "humanitarian regularisation is a legal entitlement" against "a discretionary competence of the Secretary of
    # State"
    **{owed: ("discretionary",) for owed in ("entitlement", "entitled")},
    # "Why did Flanders make it harder to get work permits?" against "The Flemish government has relaxed the
    # conditions for obtaining a work permit"
    **{tighter: ("relax", "loosen", "ease", "simplify", "facilitate", "soften", "liberalise", "liberalize")
       for tighter in ("tighten", "toughen", "harder", "stricter", "tougher", "harsher")},
    **{looser: ("tighten", "stricter", "tougher", "harsher", "restrict")
       for looser in ("relax", "loosen", "ease", "soften", "liberalise", "liberalize")},
    # "give low-skilled labour migrants easier access ... than higher-skilled ones" against "Access ... for
    # 'low-skilled' labour migrants is only possible in exceptional cases"
    "easier": ("tighten", "stricter", "tougher", "harsher", "restrict", "exceptional"),
    # "Why did the 2020 coalition agreement distance itself from the Global Compact?" against "explicitly
    # recognising the importance of the Global Compact"
    **{away: ("recognise", "endorse", "support", "embrace", "welcome", "importance")
       for away in ("distance", "distanced", "back away", "backed away", "walk away", "walked away", "turn away",
                    "turned away")},
    # "Why did Belgium vote against the GCM at the UN in 2018?" against "Charles Michel expressed Belgium's support
    # for the Global Compact in the UN General Assembly"
    **{against: ("support", "endorse", "endorsed", "in favour", "in favor", "backed")
       for against in ("vote against", "voted against")},  # not "oppose": "who opposed the GCM?" (the N-VA)
    # "Why did Belgium's endorsement of the Compact pass without any political controversy?" against "N-VA
    # started to raise critical concerns about it"
    **{calm: ("critical", "concerns", "opposition", "oppose", "crisis", "sensitive", "protest", "fall")
       for calm in ("without controversy", "without opposition", "without protest", "uncontroversial",
                    "unanimously", "smoothly")},
    # "optional newcomers declaration belgium what would newcomers who sign it commit to" against "newcomers will be
    # obliged in the future to sign a “newcomers’ declaration”"
    # "medical age testing ... is optional and rarely used" against "very often have to undergo medical age testing"
    "optional": ("obliged", "obligatory", "mandatory", "compulsory", "required", "have to"),
    # "Since Refu Interim places refugees in paid interim jobs, ..." against "through voluntary work"; "newcomers
    # hired as paid performers" against "more than 70 newcomers participated as volunteers" (not "hired" alone:
    # Rose was hired to run the operation in Lokeren)
    **{paid: ("voluntary", "volunteer", "unpaid") for paid in ("paid job", "paid work", "paid employment",
                                                            "paid position", "paid performer", "paid staff",
                                                            "paid worker", "paid employee", "salaried")},
    # "what made the 1980 aliens act so simple and accessible" against "the act has become highly complex and
    # inaccessible"; "the procedure ... so simple to use" against "the complexity of the procedure"
    **{simple: ("complex", "complexity", "complicated") for simple in ("simple", "straightforward", "uncomplicated")},
    "accessible": ("inaccessible",),
    # "ghent takes a reactive, wait-and-see approach" against "we believe in a pro-active approach"
    "reactive": ("pro-active", "proactive"),
    # "which only implicitly touches on integration" against "with explicit emphasis on supporting integration"
    **{tacit: ("explicit", "explicitly") for tacit in ("implicit", "implicitly", "tacit", "tacitly")},
    # "immigrants ... perform uniformly across the country" against "can still perform very differently"
    **{same: ("differently", "vary", "varies", "variation", "variations") for same in ("uniform", "uniformly")},
    # "does its matching in groups" against "takes place on an individual basis"
    "in groups": ("individual basis",),
    # "had to switch to in-person street work" against "were forced to continue working online"
    **{present: ("online", "digital", "digitally", "virtual", "virtually")
       for present in ("in-person", "in person", "face-to-face", "face to face")},
    # "granted on fixed statutory criteria" against "a discretionary competence of the Secretary of State"
    **{ruled: ("discretionary",) for ruled in ("statutory", "rule-bound", "rules-based", "rule-based")},
    # "Why did the Taskforce keep NGOs and citizens out?" against "also citizens and NGO's are involved"
    **{out: ("involve", "include", "participate", "take part") for out in ("exclude", "keep out", "kept out",
                                                                         "shut out", "left out", "leave out")},
    # "why were most amendments to the 1980 aliens act aimed at expanding asylum" against "mostly geared towards
    # limiting humanitarian forms of immigration (asylum and family reunification)"
    **{wider: ("limit", "restrict", "curb", "narrow") for wider in ("expand", "widen", "broaden")},
    # "set up the reno-boat as a permanent reception initiative" against "a temporary reception initiative"
    **{lasting: ("temporary", "temporarily") for lasting in ("permanent", "permanently")},
    **{passing: ("permanent", "permanently", "structural", "structurally") for passing in ("temporary", "temporarily")},
    # "Why does Refu Interim oblige newcomers to do unpaid work?" against "the opportunity to work voluntarily" (not
    # "voluntary" alone: "voluntary return" is no answer to an obligation)
    **{must: ("work voluntarily", "voluntary work", "as volunteers") for must in ("oblige", "obligatory", "mandatory",
                                                                               "compulsory")},
    # "the many non-European migrants from Bulgaria" against "the many intra-European migrants" (not "EU citizens"
    # against "non-EU citizens": "Among fellow EU citizens who have moved to Ghent, ..." is answered by a sentence
    # that also counts non-EU citizens)
    "non-european": ("intra-european",),
    # "why are civil society organisations opposed to closer cooperation" against "they are in favour of an even
    # closer cooperation"
    "oppose": ("in favour", "in favor"),
    # "jobteam gent has secured a further extension" against "the hope for a further extension"
    "secured": ("hope", "hoped", "hoping"),
    # "the immigration office, independent of FPS interior" against "overseen by the Federal Public Service Interior"
    "independent": ("overseen", "supervised", "under the authority"),
    # "set up the Migratieforum as a separate body alongside its Refugee Taskforce" against "transform the Refugee
    # Taskforce into the Migratieforum"
    "separate": ("transform", "merge", "merged"),
    # a language: "practise their French speaking skills" against "practice their Dutch language speaking skills"
    "french": ("dutch",),
    "english": ("dutch",),
    # "immigrants outperform natives ... in many eu states" against "Immigrants underperform relative to the native
    # population"
    "outperform": ("underperform",), "underperform": ("outperform",),
    # "shorter-term and less tailored support" against "more long-term and tailored support"
    "shorter-term": ("long-term", "longer-term"), "longer-term": ("short-term", "shorter-term"),
    # "asylum seekers who are still waiting for a decision on their claim" against "have been recognised as a refugee
    # or granted subsidiary protection" (the pair "waiting ... decision", as phrasal verbs are read)
    "waiting decision": ("recognised", "recognized", "subsidiary protection"),
    # "the 'urgent medical assistance' procedure has given easy and effective access" against "Effective access is
    # frustrated, however, by"
    "easy access": ("frustrated", "hampered", "obstacles", "barriers"),
}

# Places and levels of government a question can pin its premise to. The words of one group name one
# scope ("Flemish" is Flanders; "federal" is Belgium's level), in English, Dutch and French. A question
# about one scope is not answered by a sentence about another ("Walloon towns" / "towns in Flanders").
SCOPES: dict[str, tuple[str, ...]] = {
    "Belgium": ("belgium", "belgian", "belgians", "belgië", "belgische", "belgique", "belge", "belges"),
    "the federal level": ("federal", "fédéral", "fédérale", "federale"),
    "Flanders": ("flanders", "flemish", "vlaanderen", "vlaamse", "vlaams", "flandre", "flamand", "flamande"),
    "Wallonia": ("wallonia", "walloon", "wallonië", "waalse", "waals", "wallonie", "wallon", "wallonne"),
    "Brussels": ("brussels", "brussel", "bruxelles", "brusselse"),
    "Ghent": ("ghent", "gent", "gand", "gentse"),
    "Antwerp": ("antwerp", "antwerpen", "anvers", "antwerpse"),
    "Liège": ("liège", "liege", "luik"),
    "Charleroi": ("charleroi",),
    # Flemish towns the reports name (Refu Interim's other regions, Rose's operation in Lokeren)
    "Lokeren": ("lokeren",),
    "Kortrijk": ("kortrijk", "courtrai"),
    "Ostend": ("ostend", "oostende", "ostende"),
    "Bruges": ("bruges", "brugge"),
    "Leuven": ("leuven", "louvain"),
    "Mechelen": ("mechelen", "malines"),
    "Aalst": ("aalst", "alost"),
    "the Netherlands": ("netherlands", "nederland"),
    "France": ("france", "frankrijk"),
    "Germany": ("germany", "german", "duitsland", "allemagne"),
    "Greece": ("greece", "greek", "griekenland", "grèce"),
    "Italy": ("italy", "italian", "italië", "italie"),
    "Morocco": ("morocco", "moroccan", "marokko", "maroc"),
    "Turkey": ("turkey", "turkish", "turkije", "turquie"),
    "Syria": ("syria", "syrian", "syrië", "syrie"),
    # countries of origin common in Belgian migration reports ("the Afghan applicant" is not "a Sudanese national")
    "Afghanistan": ("afghanistan", "afghan", "afghans"),
    "Sudan": ("sudan", "sudanese", "soedan", "soudan", "soudanais"),
    "Eritrea": ("eritrea", "eritrean", "eritreans", "eritrée"),
    "Iraq": ("iraq", "iraqi", "iraqis", "irak", "irakees"),
    "Iran": ("iran", "iranian", "iranians"),
    "Somalia": ("somalia", "somali", "somalis", "somalië", "somalie"),
    "Guinea": ("guinea", "guinean", "guinée"),
    "the DR Congo": ("congo", "congolese", "drc"),
    "Algeria": ("algeria", "algerian", "algerians", "algerije", "algérie"),
    "Ukraine": ("ukraine", "ukrainian", "ukrainians", "oekraïne"),
    "Russia": ("russia", "russian", "russians", "rusland", "russie"),
    "Romania": ("romania", "romanian", "romanians", "roemenië", "roumanie"),
    "Bulgaria": ("bulgaria", "bulgarian", "bulgarians", "bulgarije", "bulgarie"),
    "Slovakia": ("slovakia", "slovak", "slovaks", "slowakije", "slovaquie"),
    "Poland": ("poland", "polish", "poles", "polen", "pologne"),
    "Spain": ("spain", "spanish", "spanje", "espagne"),
    "Rwanda": ("rwanda", "rwandan", "rwandans"),
    "Nigeria": ("nigeria", "nigerian", "nigerians"),
    "Albania": ("albania", "albanian", "albanians"),
    "Libya": ("libya", "libyan", "libië", "libye"),
    "Tunisia": ("tunisia", "tunisian", "tunisië", "tunisie"),
    "Pakistan": ("pakistan", "pakistani", "pakistanis"),
    "Cameroon": ("cameroon", "cameroonian", "kameroen", "cameroun"),
    "Burundi": ("burundi", "burundian", "burundians"),
    "Ethiopia": ("ethiopia", "ethiopian", "ethiopians", "ethiopië", "éthiopie"),
    "Senegal": ("senegal", "senegalese", "sénégal"),
    "Ghana": ("ghana", "ghanaian", "ghanaians"),
    "Egypt": ("egypt", "egyptian", "egyptians", "egypte", "égypte"),
    "Lebanon": ("lebanon", "lebanese", "libanon", "liban"),
    "Palestine": ("palestine", "palestinian", "palestinians", "palestina"),
    "Yemen": ("yemen", "yemeni", "yemenis", "jemen"),
    "Venezuela": ("venezuela", "venezuelan", "venezuelans"),
    "Bangladesh": ("bangladesh", "bangladeshi", "bangladeshis"),
    "India": ("india", "indian", "indians", "inde"),
    "China": ("china", "chinese", "chine"),
}

# the towns and cities among SCOPES: a person or project placed in one is not in another
TOWNS = frozenset({"Ghent", "Antwerp", "Liège", "Charleroi", "Lokeren", "Kortrijk", "Ostend", "Bruges", "Leuven",
                   "Mechelen", "Aalst", "Brussels"})
_FLEMISH_TOWNS = TOWNS - {"Liège", "Charleroi", "Brussels"}
# towns asked for by their region (not "the Flemish government", a level of government a town is not)
_TOWN_WORDS = r"(?:cit(?:y|ies)|towns?|municipalit(?:y|ies))"
_FLEMISH_TOWNS_ASKED = re.compile(rf"\bflemish\s+(?:{_TOWN_WORDS}|local\s+authorit(?:y|ies))\b|"
                                  rf"\b{_TOWN_WORDS}\s+in\s+flanders\b", re.I)
_SCOPE_OF = {word: scope for scope, words in SCOPES.items() for word in words}
PLACE_WORDS = frozenset(_SCOPE_OF)  # every word of every scope: "ghent", "belgian", "flemish" ...
PLACE_STEMS = frozenset(_stem(w) for w in PLACE_WORDS)


def place_forms(word: str) -> tuple[str, ...]:
    """Every word for the place `word` names ("rwandan": "rwanda", "rwandans" ...); () for no place word."""
    scope = _SCOPE_OF.get(word.lower())
    return SCOPES[scope] if scope else ()


def _other_scope(question: str, best: str, context: str, before: str = "", chosen: Sequence[str] = ()) -> str | None:
    """The best sentence is about another place, level of government or year than the question asks about:
    "Which Walloon towns ...?" answered by "expanded into other regions in Flanders", "How much is the fee of
    the 2020 federal agreement?" by "the 2019 coalition agreement of the Flemish government ... 360 euros".

    The asked scope counts as given when the sentence, the one before it, its section heading or its
    report's title names it (a passage of a report on Ghent need not repeat "Ghent"). Not for a question of
    several parts ("Which party ..., and how does the 2020 government ...?"): the best sentence may answer a
    part the scope is not about. A year is not contradicted when another of the `chosen` sentences gives it and
    every name of the question: "what did he ask them to do? (for Ghent European Council former mayor wrote open
    letter 2018)" is answered by "in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call on the
    European Council ...", though the best sentence is another letter's, of June 2020 (zo005)."""
    if len(question_parts(question)) > 1:
        return None
    # "in the same year" is the year of the sentence before ("In 2018, Belgian ODA amounted to 0,44% ... In the
    # same year, Belgium spent 37,1% of ODA to least developed countries"); "by 2030" is a target, not its year
    same_year = bool(_SAME_YEAR.search(best))
    years = set(YEAR.findall(_TARGET_YEAR.sub("", before if same_year else best)))
    # "If national rules are the same across Belgium, how come migrants in one town fare better?": a place in a
    # leading condition frames the question, it is not what the question is about
    cond = _CONDITION.match(question)
    framed, condition = (f" {question[cond.end():]}", cond.group()) if cond else (question, "")
    # "Given that asylum and migration are a federal competence in Belgium while integration is regionalised, does
    # the Flemish coalition agreement refer to the GCM?": a best sentence telling the condition is not the answer
    told = content_stems(best)
    # ... but a condition the question takes as given, before its question word, is checked against a best sentence
    # that tells it: "if the echr found belgium violated art 3 by deporting an eritrean national, what structural
    # problem ...?" against "... by deporting a Sudanese national" (however much more of it the sentence tells: "if
    # the 18 unaccompanied minors relocated in aug 2020 came from the italian island of lampedusa, how many more
    # ...?" against "18 unaccompanied minors from the Greek islands of Lesbos and Samos in August 2020")
    premise_if = conditions_given(question) and len(told & content_stems(condition)) >= _CONDITION_TOLD_WORDS
    if not premise_if and len(told & content_stems(condition)) > _CONDITION_TOLD * len(told & content_stems(framed)):
        return None
    if premise_if:
        framed = question
    framed = " ".join(told_of_reports(framed))  # "We work with a Senegalese community group. What does ...?"
    places = scopes(without_report_names(framed))  # "the Ghent city profile" is where to look, not a place asked
    # a place only in an organisation's name the sentences give ("Vluchtelingenwerk Vlaanderen") is not asked about,
    # nor is another place the sentence names than that one
    # (so is one in a name the question itself writes in a condition it takes as given: "If the collaboration ... was
    # granted a welcoming award by Vluchtelingenwerk Vlaanderen, how many days ...?")
    named_places = places - scopes(without_place_names(framed, [best, *chosen, *([framed] if premise_if else [])]))
    # where something came from is compared with where the sentence has it come from: "relocated from the italian
    # islands" against "from the Greek islands"
    origins_asked = bool(places - scopes(framed, origins=False))
    # (and "A collaboration between Vluchtelingenwerk Vlaanderen, ... granted Ghent solidarity status" is not about
    # Flanders)
    unnamed = without_place_names(best, [best])
    for kind, asked, said in (("place", places - named_places, scopes(unnamed, origins=origins_asked) - named_places),
                              ("year", set(YEAR.findall(clause_about(question, f"{context} {best}"))), years)):
        # the year "in the same year" means is the one given, whatever the sentence before it or the title says
        given = scopes(context) if kind == "place" else years if same_year and years else set(YEAR.findall(context))
        if kind == "place" and asked & LEVELS and (said - asked) & LEVELS:
            # a sentence that names another level of government is not about the asked one because its report's
            # title names that region: "the federal coalition agreement" in a report on "Belgium and Flanders"
            # does not answer "the Flemish government's coalition agreement" (zc004)
            given -= (asked & LEVELS) - scopes(best, origins=False)
        # "the Belgian government" is the federal one (not each federal thing Belgium's as a whole: "the 2020
        # federal coalition" did not do what "Belgium" did in 2018)
        missing = sorted(m for m in asked - given if not (m == "Belgium" and "the federal level" in given | said)
                         and not (m == "the federal level" and _federal_body_told(question, best)))
        if (kind == "place" and "Flanders" in missing and said & _FLEMISH_TOWNS
                and _FLEMISH_TOWNS_ASKED.search(question)):
            missing.remove("Flanders")  # "which other flemish cities did it spread to?": Ghent is one of them (zn007)
        other = sorted(said - asked)
        if len(missing) < len(asked) and COMPARES.search(question):
            continue  # "How did Ghent's offer compare with what Belgium did?": a sentence on one side answers
        if missing and other and kind == "year" and any(of_year_and_names(question, asked, s) for s in chosen):
            continue
        # "The 2017 master plan ..., was followed in August 2018 by what detention measure?": a best sentence of one of
        # the question's years is on that one; the other year is another thing's
        if missing and other and kind == "year" and asked & said:
            continue
        # "the 2014-2018 centre-right government" spans the years between: "In 2017, it adopted a master plan"
        if missing and other and kind == "year" and all(_within_range(year, question) for year in other):
            continue
        # "Refu Interim's volunteer placements give newcomers a chance to practise their Dutch. How many asylum
        # seekers, refugees and migrants volunteered through it in 2019?": after a statement, a chosen sentence of
        # the year on what the question asks answers it ("In 2019, 210 asylum seekers, refugees and migrants
        # volunteered in organisations in Ghent")
        tail = asked_after_statement(question)
        if missing and other and kind == "year" and tail and any(
                asked <= set(YEAR.findall(s)) and len(content_stems(s) & content_stems(tail)) >= _YEAR_TOLD_SHARED
                for s in chosen):
            continue
        if missing and other:
            return f"the reports say this about {', '.join(other)}, not {', '.join(missing)}: “{quote(best)}”"
    return None


_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|to|until|till)\s*((?:19|20)\d\d)\b|"
                         r"\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b", re.I)


def _within_range(year: str, question: str) -> bool:
    """The question gives a span of years the year lies in: "2014-2018", "between 2014 and 2018"."""
    for match in _YEAR_RANGE.finditer(question):
        first, last = (g for g in match.groups() if g)
        if int(first) <= int(year) <= int(last):
            return True
    return False


def _other_scope_of_closest(question: str, best: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """_other_scope of the chosen sentence that tells more of the question than the best one: "Why did the European
    Court of Human Rights condemn Belgium in October 2020 for sending an Eritrean man back to Eritrea?", whose best
    sentence is a summary ("Belgium’s recent condemnation by the European Court of Human Rights highlights ..."),
    against the next one ("On 27 October 2020, the European Court of Human Rights found ... by deporting a Sudanese
    national"). Only for a country abroad: at home the levels of government the sentences mix answer for each other
    ("does the Flemish coalition agreement mention the Global Compact?", asked after a condition on the federal
    level)."""
    if not scopes(question) - TOWNS - LEVELS - {"Belgium", "Brussels"}:
        return None
    asked = content_stems(question)
    told, closest = max(((len(asked & content_stems(s)), s) for s in chosen), key=lambda pair: pair[0],
                        default=(0, best))
    if closest == best or told <= len(asked & content_stems(best)):
        return None
    return _other_scope(question, closest, context_of(closest, hits), "", chosen)


_YEAR_TOLD_SHARED = 3  # the asked part's words a sentence of the asked year must hold to answer it


# a name of capitalised words a place is part of: "Vluchtelingenwerk Vlaanderen", "Gent Zonder Grenzen"
_PLACE_IN_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")


_SMALL_WORDS = frozenset("in on at for from to of the a an and by with since after before during".split())
# a name of a place's institution keeps its place: "the Flemish Government" is Flanders'
_INSTITUTION_WORDS = frozenset("government parliament council city region regional community minister ministry federal "
                               "court state commission agreement coalition administration office agency".split())


def without_place_names(question: str, sentences: Sequence[str]) -> str:
    """The question without the names the sentences give that hold a place and other words: a welcoming award
    "by Vluchtelingenwerk Vlaanderen" (an organisation) is not about Flanders."""
    for sentence in sentences:
        for name in _PLACE_IN_NAME.findall(sentence):
            words = [w.lower() for w in name.split()]
            # (not "In Ghent" opening a sentence: a word of a name is no small word)
            rest = [w for w in words if w not in PLACE_WORDS and w not in _SMALL_WORDS]
            if rest and len(rest) < len(words) and not _INSTITUTION_WORDS.intersection(rest):
                question = re.sub(rf"\b{re.escape(name)}\b", " ", question, flags=re.I)
    return question


def _federal_body_told(question: str, best: str) -> bool:
    """ "the bills tabled under the previous federal legislature" against "Under the previous legislature, various
    bills were tabled ... after Belgium had expressed ...": the sentence names the federal body the question does,
    without the word "federal", in a report on Belgium."""
    return any(re.search(rf"\b(?:previous|current|then|new)\s+{re.escape(m.group(1))}\b", best, re.I)
               for m in re.finditer(r"\bfederal\s+(legislature|parliament|legislative\s+term)\b", question, re.I))


def of_year_and_names(question: str, years: set[str], sentence: str) -> bool:
    """The sentence gives each of the `years` and every word of the question's names (a follow-up's run them
    together: "Ghent European Council")."""
    names = question_names(question)
    words = [word for name in names for word in name.split()]
    if not words or not years <= set(YEAR.findall(sentence)):
        return False
    # ... or the name the question gives the year to: "Which vzw Cirq production led to Refu Interim being created
    # in 2017?" is told by "Refu Interim was created in 2017"
    owner = _name_of_year(question, years, names)
    return any(all(re.search(rf"\b{re.escape(word)}\b", sentence) for word in told)
               for told in (words, owner.split() if owner else ()) if told)


def _name_of_year(question: str, years: set[str], names: Sequence[str]) -> str | None:
    """The name the question gives its year to: the last one before the year, at most _YEAR_REACH words before it."""
    at = min((m.start() for m in YEAR.finditer(question) if m.group() in years), default=None)
    if at is None:
        return None
    # ("announced in September 2019": a month is no name)
    found = [(question.rfind(name, 0, at), name) for name in names if name.lower() not in MONTHS]
    found = [(where, name) for where, name in found if where >= 0]
    if not found:
        return None
    where, name = max(found)
    return name if len(question[where + len(name):at].split()) <= _YEAR_REACH else None


_YEAR_REACH = 4  # words between a name and the year the question gives it: "Refu Interim being created in 2017"


def clause_about(question: str, text: str) -> str:
    """The question without its clauses about another named thing than `text`: "Jobteam Gent was started by Ghent's
    work dept in 2020 and Refu Interim grew out of vzw Cirq's Batahlan show - who funds each" tells two things, and
    a sentence on Refu Interim is not about the other's year. A clause is left out when `text` has none of its
    names and another clause names nothing `text` lacks and shares words with it; the whole question when none is."""
    clauses = [c for c in _CLAUSE_BREAK.split(question) if len(c.split()) >= _CLAUSE_WORDS]
    said = content_stems(text)
    found = [[content_stems(name) <= said for name in question_names(c, first=True)] for c in clauses]
    about = [all(names) and len(content_stems(c) & said) >= _CLAUSE_SHARED for c, names in zip(clauses, found,
                                                                                                strict=True)]
    kept = [c for c, names in zip(clauses, found, strict=True) if not names or any(names)]
    return question if len(clauses) < 2 or not any(about) or len(kept) == len(clauses) else " ".join(kept)


_CLAUSE_BREAK = re.compile(r",\s+|;\s+|\s+and\s+|\s[-–—]\s")
_CLAUSE_WORDS = 4  # words a clause must have to tell a thing of its own
_CLAUSE_SHARED = 2  # words a clause must share with a sentence to be about it


YEAR = re.compile(r"(?<![\w.,])(?:1[89]|20)\d\d(?![\w])")
LEVELS = frozenset({"the federal level", "Flanders", "Wallonia"})  # levels of government, each with its own acts
# (with commas inside, up to the one before the question's word: "Given that the Flemish, French-speaking and
# German-speaking communities are jointly responsible for ..., under whose political authority ...?")
_CONDITION = re.compile(r"^\W*(?:if|even if|although|though|given that)\b(?:[^?]*?,(?=\s*(?:[\w’'-]+\s+){0,2}?"
                        r"(?:what|which|who|whom|whose|how|why|when|where)\b)|[^,?]*,)", re.I)
_CONDITION_TOLD = 2  # times more of its words a sentence shares with a condition than with the rest, to tell it
_CONDITION_TOLD_WORDS = 3  # words of a condition taken as given a best sentence must share to be checked against it
COMPARES = re.compile(r"\b(?:compar\w*|contrast\w*|differ\w*|versus|line up with|lines up with)\b", re.I)
_TARGET_YEAR = re.compile(r"\b(by|until|till|before)\s+(?:1[89]|20)\d\d\b", re.I)
_SAME_YEAR = re.compile(r"\b(same|that|this|the following|the next|the previous) year\b", re.I)


# An office and the person holding it: "the then mayor of Ghent, Daniël Termont", "Mayor Mathias De Clercq"
OFFICES = (r"mayor|alderman|alderwoman|(?:first|foreign|prime|interior|finance|justice|deputy)\s+minister|"
           r"minister|secretary of state|state secretary|coordinator|(?:special\s+)?envoy|ambassador|"
           r"spokes(?:man|woman|person)|president|commissioner|director|chair(?:man|woman|person)?|"
           r"councillor|(?:constitutional\s+)?judge")
# a word's apostrophes ("d'Ivoire"), not a possessive's "'s" ("Mathias De Clercq's open letter")
NOT_POSSESSIVE = r"(?:['’](?!s\b)[\w-]+)*"
# ("the Belgian Special Envoy for Migration and Asylum Mr. Jean-Luc Bodson": an office of several words, a title)
ROLE_HOLDER = re.compile(rf"\b(?i:({OFFICES}))\b(?:\s+(?:of|for)\s+[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?)?,?\s+"
                         r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                         rf"((?:[A-Z][\w’'-]+\s+){{1,3}}[A-Z][\w-]*{NOT_POSSESSIVE})(?:['’]s)?(?=[\s,.;:?!)]|$)")


# a person and, after a comma, the office the question gives them: "Marc Bossuyt, the Special Envoy who ..."
HOLDER_ROLE = re.compile(rf"(?<![.!?]\s)(?<!^)\b((?:[A-Z][\w’'-]+\s+){{1,3}}[A-Z][\w-]*{NOT_POSSESSIVE}),\s+"
                         rf"(?:the|a|an)\s+(?:(?:then|former|current|belgian|flemish|federal)\s+)?(?i:({OFFICES}))\b")


def _other_person_then(question: str, best: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """_other_person for an answer sentence of the year the question names, when another is best: "What did Mayor
    Mathias De Clercq ask of the European Council in his 2018 open letter?" against "in 2018 the then mayor of Ghent,
    Daniël Termont, wrote an open letter ..." behind "Ghent Mayor Mathias De Clercq proclaimed ..." """
    years = set(YEAR.findall(question))
    found = next((problem for sentence in chosen if sentence != best and years & set(YEAR.findall(sentence))
                  for problem in [_other_person(question, sentence, context_of(sentence, hits))] if problem), None)
    if found or not years:
        return found
    # ... or a sentence of the passages read that tells the deed asked in that year, though none chosen does
    # ("what did mayor mathias de clercq ask the european council for in his 2018 open letter": the sentences on
    # De Clercq are chosen by his name; "in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call
    # on the European Council ..." tells the letter)
    roles = " ".join(role for role, _ in ROLE_HOLDER.findall(question))
    deed = content_stems(_NAME_RUN.sub(" ", question)) - content_stems(f"{roles} {' '.join(years)}")
    return next((problem for hit in hits for sentence in chunk_sentences(hit.chunk)
                 if years & set(YEAR.findall(sentence)) and len(deed & content_stems(sentence)) >= _DEED_TOLD
                 for problem in [_other_person(question, sentence, context_of(sentence, hits))] if problem), None)


_DEED_TOLD = 4  # words of what the question says a person did that a sentence of another holder must share


def _other_person(question: str, best: str, context: str) -> str | None:
    """The question gives an office to one person ("Why did Mayor Mathias De Clercq write ... in 2018?") and
    the best sentence gives it to another ("the then mayor of Ghent, Daniël Termont, wrote ..."); `context`
    is the best sentence's (context_of)."""
    said = {role.lower(): name for role, name in ROLE_HOLDER.findall(best)}
    for role, name in [*ROLE_HOLDER.findall(question), *((r, n) for n, r in HOLDER_ROLE.findall(question))]:
        other = said.get(role.lower())
        surname = name.split()[-1]
        if other and surname not in other and surname not in context:
            return f"the reports say this of {role.lower()} {other}, not {name}: “{quote(best)}”"
    return None


# (not what the asker read or heard: "I read that Rose ... ended up running their branch in Aalst" is a claim)
_ABOUT_ME = re.compile(r"^\W*(?:I|I'm|I’m|We|We're|We’re|My|Our)\b(?!\s+(?:(?:have|had|just|once|recently|also)\s+)?"
                       r"(?:read|heard|saw|seen|learned|learnt|noticed|understand|was\s+told|were\s+told)\b)")


def told_of_reports(question: str) -> list[str]:
    """The question's sentences without those telling the asker's own situation ("We work with a Congolese community
    group. What does it cost ...?"): those claim nothing about the reports."""
    return [part for part in re.split(r"(?<=[.!?])\s+", question) if not _ABOUT_ME.match(part) or part.endswith("?")]


def scopes(text: str, origins: bool = True) -> set[str]:
    """The places and levels `text` names; without `origins`, not those it only names as where something
    comes from ("minors relocated from the Greek islands" is not about Greece)."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    # "non-Belgian nationals" are not about Belgium
    found = {_SCOPE_OF[w] for i, w in enumerate(words) if w in _SCOPE_OF and words[i - 1:i] != ["non"]
             and (origins or "from" not in words[max(0, i - 3):i])}
    # "Dutch" is mostly a language; before a word for a place or its rulers it is the Netherlands ("dutch cities")
    if _DUTCH_PLACE.search(text):
        found.add("the Netherlands")
    return found


_DUTCH_PLACE = re.compile(r"\bdutch\s+(?:cit(?:y|ies)|towns?|municipalit(?:y|ies)|provinces?|regions?|border|"
                          r"government|authorities|state|ports?|soil)\b", re.I)


def context_of(sentence: str, hits: Sequence[Hit]) -> str:
    """The sentence with the one before it, its section heading, and its report's title and date ("the 2016
    article" is about the report of 2016)."""
    chunk, before = sentence_before(sentence, hits)
    return _context_in(chunk, before, sentence) if chunk else sentence


def _context_in(chunk: Chunk, before: str, sentence: str) -> str:
    return " ".join([report_label(chunk), chunk.section or "", before, sentence])


def report_label(chunk: Chunk) -> str:
    """The passage's report as a reader names it: its title with its year and date ("the 2016 article")."""
    meta = chunk.metadata or {}
    return " ".join([chunk.title, *(str(meta[key]) for key in ("year", "date") if meta.get(key))])


def sentence_before(sentence: str, hits: Sequence[Hit]) -> tuple[Chunk | None, str]:
    """The passage holding `sentence` and the sentence before it there ("" for its first)."""
    chunk, before = sentences_before(sentence, hits, 1)
    return chunk, (before[-1] if before else "")


def sentence_after(sentence: str, hits: Sequence[Hit]) -> str:
    """The sentence after `sentence` in the first passage read that holds it ("" for its last, or none)."""
    for hit in hits:
        chunk = hit.chunk
        at = chunk.text.find(sentence)
        if at >= 0:
            end = chunk.start + at + len(sentence)
            return next((chunk.text[s - chunk.start:e - chunk.start]
                         for s, e in split_sentences(chunk.text, chunk.start) if s >= end), "")
    return ""


def sentences_before(sentence: str, hits: Sequence[Hit], count: int) -> tuple[Chunk | None, list[str]]:
    """The first passage read that holds `sentence`, and up to `count` of the sentences before it there, nearest
    last."""
    for hit in hits:
        chunk = hit.chunk
        at = chunk.text.find(sentence)
        if at >= 0:
            before = [chunk.text[s - chunk.start:e - chunk.start] for s, e in split_sentences(chunk.text, chunk.start)
                      if e - chunk.start <= at]
            return chunk, before[-count:]
    return None, []


NOTE = re.compile(r"^\s*(?:\d{1,3}\s+\S|https?://)")  # a footnote ("12 Myria, Migratie in cijfers, 2019") or a link


def _dated_before(sentence: str, hits: Sequence[Hit], reach: int = 6) -> str:
    """The nearest of the `reach` sentences before `sentence` that names a year and shares a word with it ("" if
    none): the year "In the same year" means, past the footnotes PDF text puts between them ("... (die Keure
    2020)."), in its passage or a passage read that overlaps its start."""
    for hit in hits:
        chunk = hit.chunk
        at = chunk.text.find(sentence)
        if at < 0:
            continue
        where = chunk.start + at  # the sentence's place in its report
        spans: dict[int, str] = {}
        for other in [h.chunk for h in hits if h.chunk.doc_id == chunk.doc_id
                      and h.chunk.start <= chunk.start <= h.chunk.end + 2]:
            for s, e in split_sentences(other.text, other.start):
                if e <= where:
                    spans.setdefault(s, other.text[s - other.start:e - other.start])
        before = [spans[s] for s in sorted(spans) if not NOTE.match(spans[s])][-reach:]
        subject = content_stems(sentence) - content_stems("same year")
        return next((t for t in reversed(before) if YEAR.search(_TARGET_YEAR.sub("", t))
                     and subject & content_stems(t)), "")
    return ""


# words of speech: who said, wrote or stated something
SPEECH = re.compile(r"\b(?:said|says|say|stated|states|state|proclaimed|proclaims|declared|declares|argued|argues|"
                    r"claimed|claims|explained|explains|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|noted|notes|"
                    r"remarked|added|adds|told|tells|wrote|writes|outlined|outlines|according to|"
                    # "Why did Rudy Coddens proclaim that '...'?"
                    r"proclaim|declare|claim|argue|explain|stress|emphasi[sz]e|remark|tell|write)\b", re.I)
# what names quoted words as someone's, besides a verb of speech: "the slogan 'X'", "in the words of"
_ATTRIBUTED = re.compile(r"\b(?:call\w*|describ\w*|slogan|motto|words|phrase|quot\w+|put it|warn\w*|insist\w*|"
                         r"mean|meant|think|thinks|thought|believ\w*)\b", re.I)
_QUOTED = re.compile(r"(?:^|(?<=\s))['‘\"“]([^\"“”]+?)['’\"”](?=[\s?.,!;:]|$)")
# words reported without quotation marks: "Why did Rudy Coddens say that the coronavirus doesn't know any borders?"
_SAID_THAT = re.compile(r"\b(?:say|said|says|claim|claimed|state|stated|declare|declared|proclaim|proclaimed)\s+that\s+"
                        r"([^\"“”?!]+?)\s*[?.!]*$", re.I)


# the clause that has someone say the quoted words, up to them: "..., when Mayor Mathias De Clercq proclaimed that "
_SPEAKING_CLAUSE = re.compile(rf"(?:^|[,;:]\s*|\b(?:when|while|as|after|before)\s+)((?:(?![,;:]).)*?{SPEECH.pattern}"
                              r"(?:\s+that)?\s*)$", re.I)


def _quote_misattributed(question: str, hits: Sequence[Hit]) -> str | None:
    """The question puts quoted words in someone's mouth ("Why did Daniël Termont say 'the coronavirus doesn't
    know any borders'?", or without quotation marks: "... say that the coronavirus ...") and the reports quote them
    next to other names, not the question's."""
    said_that = [] if _QUOTED.search(question) else list(_SAID_THAT.finditer(question))
    for match in [*_QUOTED.finditer(question), *said_that]:
        quoted = _plain_words(match.group(1))
        if len(quoted.split()) < 3:
            continue
        outside = question[:match.start()] + " " + question[match.end():]
        if match.re is _QUOTED and not (SPEECH.search(outside) or _ATTRIBUTED.search(outside)):
            continue  # quoted as a term, not as anyone's words: "did the Constitutional Court annul a migrant's
            # 'reasonable effort to integrate'?"
        names = [m.group() for m in _NAME_RUN.finditer(outside)]
        # "What had Ghent pledged after the Moria fire, when Mayor Mathias De Clercq proclaimed that '...'?": the
        # speaker is named in the clause that says it, the rest sets the scene
        speaking = _SPEAKING_CLAUSE.search(question[:match.start()])
        names = [m.group() for m in _NAME_RUN.finditer(speaking.group(1))] if speaking else []
        names = names or [m.group() for m in _NAME_RUN.finditer(outside)]
        for hit in hits:
            chunk = hit.chunk
            for start, end in split_sentences(chunk.text, chunk.start):
                sentence = chunk.text[start - chunk.start:end - chunk.start]
                if quoted not in _plain_words(sentence):
                    continue
                _, before = sentence_before(sentence, [hit])
                # "I have now been working for Ivago ...", inside the quotation "Renaud Teukam ... states: “..." opened
                speaker = speaker_at(chunk.text, start - chunk.start)
                # "According to Yar and Laurentsyeva, what does the pact say ...": the report's authors quote it
                said = {w.casefold() for w in
                        _WORD.findall(f"{_context_in(chunk, before, sentence)} {speaker} {made_by(chunk)}")}
                missing = [name for name in names if not all(w.casefold() in said for w in _WORD.findall(name))]
                if missing:
                    return (f"the reports quote these words without {', '.join(missing)}: "
                            f"“{quote(f'{before} {sentence}'.strip())}”")
                return None
    return None


def speaker_at(text: str, at: int) -> str:
    """The names before the quotation mark that opened a quotation still open at `at` in `text` ("Renaud Teukam,
    a participant in the coaching program, states: “My first job ..." -> "Renaud Teukam"); "" outside one."""
    opened = text.rfind("“", 0, at)
    if opened < 0 or text.rfind("”", 0, at) > opened:
        return ""
    lead = re.split(r"(?<=[.!?])\s+", text[:opened])[-1]
    return " ".join(FULL_NAME.findall(lead))


# words a speaker says of themselves: "Together with Julie from the Jobteam, I continued my search."
FIRST_PERSON = re.compile(r"\b(?:I|my|me|we|our|us)\b")
FULL_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")  # "Renaud Teukam"


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold().replace("’", "'").replace("'", "")))


def _contradicted(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says "agree" and a sentence on the same subject says "rejected". Not when the question
    negates ("Why did X not agree?"); "without" qualifies rather than negates ("abolish it without a successor").
    Not for yes/no questions either: "Will children still be locked up?" may well be answered "no"."""
    question = without_whether(question)  # "criteria for judging whether X": X is not claimed, the rest is
    question = unshortened(question)  # "which the federal govt approved": the government, as the reports write it
    # "I teach at a primary school. ... Are we allowed to turn her away?": what is told before a yes/no question is
    # checked, the yes/no question is not (the answer may well be "no"); not a question before it ("What did they
    # find: does a higher concentration go with better outcomes?" is no statement)
    told = told_before_yes_no(question)
    question = told if told and not _ASKING_LEAD.match(told) else question
    # (a negation in a quoted name negates nothing: "the 'you don't lock up a child. period' campaign")
    if any(m.group().lower() != "without" for m in NEGATION.finditer(_QUOTED.sub(" ", question))) or \
            asks_yes_no(question):
        return None
    question = _END_UP.sub("finally", question)  # "how many did Belgium end up relocating": not an ending
    question = _TAKEN_BACK.sub(r"\1 back \2", question)  # "take powers over work-based immigration back"
    question = _TO_LEVEL.sub("to", question)
    question = _END_OF_TIME.sub("the last part of ", question)
    # the reports' words for it ("raised critical concerns"): not an aim ("objective")
    question = _OBJECTION.sub("raised concerns", question)
    question = _PART_OF_TIME.sub(lambda m: "the first part of" if m.group(1).lower() == "early" else "the last part of",
                                 question)
    # "puts social rights ahead of political rights": a preference, not a time
    question = _PUT_AHEAD.sub(lambda m: m.group()[:-len("ahead of")] + "over", question)
    question = _FREE.sub("gratis", question)  # "free of charge": one word, not "charge", a fee's synonym
    question = DECLINED_TO.sub("did not", question)
    question = STOP_FROM.sub(r"prevent\1", question)  # "stop private persons from obtaining": keeping them from it
    question = AS_NOUN.sub(" ", question)  # "what cut do the fees take": a share, not cutting
    asked = [_stem(w) for w in _WORD.findall(question)]
    # phrasal verbs may be split in a question: "took the project over", "keep NGOs and citizens out"
    asked_pairs = set(asked) | {f"{a} {b}" for i, a in enumerate(asked) for b in asked[i + 1:i + 6]}
    # a phrase counts whole ("turned down", "shut the centre down"), not by its first word ("turned into")
    opposites = {word: {_stem_phrase(o) for o in OPPOSITES[word]} for word in OPPOSITES
                 if (_stem_phrase(word) if " " in word else _head(word)) in asked_pairs}
    # a question that names both sides ("when the subsidies ended, who took it over?") presumes neither; one it sets
    # aside ("through national governments rather than directly") it denies, and claims nothing of it ("straight to
    # cities instead of through national governments")
    # (nor one side named in what a report is on: "as the article on Belgian local integration claims", probes66 #5)
    kept = [_stem(w) for w in _WORD.findall(SET_ASIDE.sub(" ", without_report_descriptions(question)))]
    kept_pairs = set(kept) | {f"{a} {b}" for i, a in enumerate(kept) for b in kept[i + 1:i + 6]}
    opposites = {word: against for word, against in opposites.items() if not against & kept_pairs
                 and (_stem_phrase(word) if " " in word else _head(word)) in kept_pairs}
    # "which PM had backed the compact": who did it is asked, and another's opposite stance denies nobody's (nor
    # when who said it is asked: "Who stated Belgium's backing for the Global Compact")
    opposites = {word: against for word, against in opposites.items()
                 if not re.search(rf"{_DOER_ASKED}{_VOICED}{re.escape(word)}\w*", question, re.I)}
    # "which labour migrants does flanders mainly target": the kind done widely is asked, and one kind done in
    # exceptional cases denies no other
    opposites = {word: against for word, against in opposites.items()
                 if not (word in _WIDE and re.search(rf"{_KIND_ASKED}{re.escape(word)}\b", question, re.I))}
    # funding that stopped is not contradicted by the project being taken over, unless the question also ends
    # something itself ("Why did the OCMW stop funding it when the European subsidies ended?")
    ends_itself = _ENDED in {_stem(w) for w in _WORD.findall(_MONEY_ENDED.sub(" ", question))}
    not_denying = {_stem_phrase(w) for w in _TAKEN_OVER} if _MONEY_ENDED.search(question) and not ends_itself else set()
    # "would stop giving info to whom": a doing that ends is not denied by something introduced ("the introduction
    # of a minimum fee")
    if _STOP_DOING.search(question):
        not_denying |= {_stem_phrase(w) for w in ("introduce", "introduction")}
    opposites = {word: against - not_denying if _head(word) == _ENDED else against
                 for word, against in opposites.items()}
    if not any(opposites.values()):
        return None
    subject = content_stems(question) - {_stem("without")} - {_head(w) for w in opposites}
    # "flemish govt relaxed work permit conditions" is told by "The Flemish government has relaxed the conditions for
    # obtaining a work permit": a chosen sentence on the subject with the question's own word says it, whatever
    # another sentence says against it ("making the civic integration course tougher")
    # (what the word is said of follows it in both: "relaxed work permit conditions", "relaxed the conditions")
    asked_after = {word: _what_follows(word, question) for word in opposites}
    # (or what it is said of comes before it in the question and after it in the sentence: "if welfare access and
    # labour market rules are mostly decided at national level" and "decided at national level, namely inclusion in
    # the welfare system, labour market regulations, ...")
    asked_before = {word: _what_precedes(word, question) for word in opposites}
    for sentence in chosen:
        stems = {_stem(w) for w in _WORD.findall(sentence)}
        opposites = {word: against for word, against in opposites.items()
                     if not (len(subject & stems) >= _OWN_WORD_SHARED
                             and (asked_after[word] & (_what_follows(word, sentence) | _relative_of(word, sentence))
                                  or len(asked_before[word] & _what_follows(word, sentence, _PRECEDING))
                                  >= _BEFORE_SHARED))
                     # ("is mostly decided at national level" is told by "are decided at national level": a word of
                     # how widely, the deed told without it)
                     and not (word in _WIDE and _told_without(word, question, sentence))
                     # ("a high degree of autonomy at the regional and municipal levels" is told by a sentence
                     # writing those words, whatever a sentence near it says of another level)
                     and not _said_alike(word, question, sentence)
                     # ("which independent body decides on applications ...?" is told by "The independent Commissioner
                     # General ... makes decisions", whatever a sentence near it says is overseen)
                     and not _kind_asked_told(word, question, sentence)}
    if not any(opposites.values()):
        return None
    named = {stem for name in question_names(question) for stem in content_stems(name)} - PLACE_STEMS
    # "prioritise medium- and higher-skilled labour migrants over low-skilled ones": the kind asked about is the
    # one preferred (a sentence on low-skilled migrants says nothing against it)
    kinds = _compounds(_PASSED_OVER.sub(" ", question))
    # ... but an opposite of its own ("short-term" support against "long-term support") is what is denied
    kinds = {head: modifiers for head, modifiers in kinds.items()
             if not any(f"{m}-{head}" in opposites for m in modifiers)}
    # "Asylum and migration is a federal competence in Belgium, whereas integration is regionalised": each side of a
    # contrast is read on its own too, so "federal" on one side does not hold for the other (zn029); the whole
    # sentence tells whether it is on the subject, the side must share a word of it that names no place
    for sentence, clause, near in [(piece, clause, near) for piece, near in related_pieces(chosen, hits)
                                   for clause in _with_contrasts(piece)]:
        if clause is not sentence:
            whole_words = {_stem(w) for w in _WORD.findall(BROKEN_HYPHEN.sub("-", sentence))}
            # a place both sides share does not tie the question to one side ("in Belgium")
            if not on_subject(subject & whole_words, near) or not (subject - PLACE_STEMS) & {
                    _stem(w) for w in _WORD.findall(clause)}:
                continue
        # ("the SDG of lowering the transaction costs for remittances to below 3%": a level aimed at)
        told = _AIMED_LEVEL.sub("to", BROKEN_HYPHEN.sub("-", clause))
        words = [_stem(w) for w in _WORD.findall(told)]
        stems = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        # an opposite outside an aside on a detail: "(of 3 working days, which can be extended with another 3 days)"
        # (the aside's words still tell the subject: "limiting humanitarian forms of immigration (asylum and ...)")
        bare = [_stem(w) for w in _WORD.findall(_ASIDE.sub(" ", told))]
        bare_stems = set(bare) | {f"{a} {b}" for a, b in zip(bare, bare[1:], strict=False)}
        # a sentence further away does not take the question's subject by its places ("The city of Ghent
        # recognises and supports these initiatives" is not on the feds rejecting ghent's offer), unless it shares a
        # name of the question's ("Ghent decided to transform the Refugee Taskforce into the Migratieforum")
        shared = subject & stems if near or named & stems else (subject - PLACE_STEMS) & stems
        # ... and one whose passage names all the question names, but places, is as near ("also citizens and NGO's
        # are involved in this structure", in a passage on the Taskforce, against "keep citizens and NGOs out of its
        # Taskforce on Refugees")
        # (two words of names at least: "GCM" alone is in most passages of its report; and the sentence must share
        # a word besides them: "a measure which the Council of State has since suspended" is not on "why did the
        # Council of State annul the criminal-history criterion")
        near = near or (len(named - PLACE_STEMS) >= _NAMED_NEAR and bool(shared - named)
                        and named - PLACE_STEMS <= _passage_stems(sentence, hits))
        if clause is sentence and not on_subject(shared, near) or _other_kind(kinds, clause) \
                or _dated_apart(question, clause):
            continue
        # "does not refer explicitly to the GCM" says it tacitly: a word of the opposite just after a negation
        # (the word itself, not a synonym: "did not uphold all complaints" leaves "challenging" a criticism)
        raw = _WORD.findall(clause)
        negated = {_stem(w) for j, n in enumerate(raw) if NEGATION.fullmatch(n) for w in raw[j + 1:j + 4]
                   if tokenize(w, "en") == [_stem(w)]}
        # "a greater insecurity as to the permanency of their residence rights" doubts it, does not say it
        negated |= {_stem(m.group("what")) for m in _IN_DOUBT.finditer(clause)}
        # the question's own words first: "wound up" rather than "abolish", its group's head
        for word, against in sorted(opposites.items(), key=lambda pair: pair[0] not in question.lower()):
            if _head(word) not in stems and (bare_stems & against) - negated and \
                    not _opposite_on_other_side(question, word, sentence, clause, against) and \
                    not _word_on_sibling_side(question, word, sentence, clause):
                shown = _SHOWN.get(word, word)
                if word in _FINAL_ACTS:
                    return f"the reports tell of a suspension, not '{shown}': “{quote(sentence)}”"
                return f"the reports say the opposite of '{shown}': “{quote(sentence)}”"
    return None


# a thing dated by its name: "the Aliens Act of 15th December 1980", "(Aliens Acts of 1835 and 1897)", "the 1980 Aliens
# Act"
_DATED_NAME = re.compile(r"\b([A-Z][\w’'-]*)\s+of\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+)?((?:1[89]|20)\d\d)"
                         r"(?:\s+and\s+((?:1[89]|20)\d\d))?(?![\w])|"
                         r"(?<![\w.,])((?:1[89]|20)\d\d)\s+((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)")


def _dated_names(text: str) -> dict[str, set[str]]:
    """The years each capitalised word of a dated name is given ("Act": {"1835", "1897"})."""
    out: dict[str, set[str]] = {}
    for m in _DATED_NAME.finditer(text):
        words, years = ([m.group(1)], {m.group(2), m.group(3)}) if m.group(1) else (m.group(5).split(), {m.group(4)})
        for word in words:
            out.setdefault(_stem(word), set()).update(y for y in years if y)
    return out


def _dated_apart(question: str, clause: str) -> bool:
    """The clause names the question's dated thing with other years: "the Aliens Act of 15th December 1980" is not
    "(Aliens Acts of 1835 and 1897)", whose ending says nothing of the 1980 one."""
    asked, said = _dated_names(question), _dated_names(clause)
    return any(said[word] and not years & said[word] for word, years in asked.items() if word in said)


# who did it asked, at the question's start or after "and" or a dash: "which PM had backed", "who backed"
_KIND_ASKED = (r"^\W*(?:which|what)\s+(?:(?:kinds?|types?|sorts?|groups?)\s+of\s+)?(?:[\w’'-]+\s+){1,3}?"
               r"(?:does|do|did|is|are|was|were|has|have|will)\s+(?:[\w’'-]+\s+){0,3}?")
_VOICED = (r"(?:(?:stated|expressed|voiced|declared|announced|pledged|signalled|signaled|said)\s+"
           r"(?:[\w’'-]+\s+){0,2}?)?")
_DOER_ASKED = (r"(?:^\W*|\band\s+|\s[-–—:]\s+)(?:who\s+|which\s+(?:[\w’'-]+\s+){1,3}?)"
               r"(?:had\s+|has\s+|have\s+|did\s+)?")


# what a sentence is unsure of: "insecurity as to the permanency", "uncertainty about the continuation"
_ASIDE = re.compile(r"\([^()]{12,}\)")  # a remark in brackets, not an acronym or a footnote's number
_IN_DOUBT = re.compile(r"\b(?:insecurity|uncertainty|doubts?)\s+(?:as\s+to|about|over|regarding|concerning)\s+"
                       r"(?:(?:the|their|its|his|her|any)\s+)?(?P<what>\w+)", re.I)
# keys of OPPOSITES as the reason shows them
_SHOWN = {"gratis": "free of charge", "waiting decision": "waiting for a decision", "fit spirit": "fit the spirit",
          "fits spirit": "fit the spirit"}
_OWN_WORD_SHARED = 3  # the question's words, besides its own opposite word, a sentence telling that word must hold
_FOLLOWING = 3  # content words after an opposite word that tell what it is said of


def _what_follows(word: str, text: str, reach: int = 0) -> set[str]:
    """The first content stems after each place the text has the (first word of the) OPPOSITES key `word` (all
    within `reach` words, if given)."""
    words, head = _WORD.findall(text), _head(word)
    own = {_stem(w) for w in word.split()}
    out: set[str] = set()
    for i, w in enumerate(words):
        if _stem(w) == head:
            # words, not figures ("below the 3% target" is not told by "lowering the costs below 3%")
            # (a phrase's own words are not what it is said of: "level" of "national level")
            out |= set([_stem(v) for v in words[i + 1:i + (reach or 8)] if v.isalpha() and tokenize(v, "en")
                        and _stem(v) not in own][:None if reach else _FOLLOWING])
    return out


def _told_without(word: str, question: str, sentence: str) -> bool:
    """The sentence tells, word for word, the _WIDE_WORDS words after `word` in the question: "is mostly decided at
    national level" by "are decided at national level"."""
    words = _WORD.findall(question)
    at = next((i for i, w in enumerate(words) if w.lower() == word), None)
    after = words[at + 1:at + 1 + _WIDE_WORDS] if at is not None else []
    phrase = r"\W+".join(map(re.escape, after))
    return len(after) == _WIDE_WORDS and re.search(rf"\b{phrase}\b", sentence, re.I) is not None


_WIDE_WORDS = 4


def _said_alike(word: str, question: str, sentence: str) -> bool:
    """The sentence writes the (first word of the) OPPOSITES key `word` after the same _ALIKE_WORDS words as the
    question does, wherever the question writes it: "the regional and municipal levels" in both."""
    words, head = _WORD.findall(question), _head(word)
    alike = [re.search(rf"\b{phrase}\b", sentence, re.I) is not None
             for phrase in (r"\W+".join(map(re.escape, words[i - _ALIKE_WORDS:i + 1]))
                            for i, w in enumerate(words) if _stem(w) == head and i >= _ALIKE_WORDS)]
    # (every place the question writes it: "integration essentially happens at the national level, which policies
    # ... are decided at national level?" claims one thing the sentence says alike, and one it does not)
    return bool(alike) and all(alike)


_ALIKE_WORDS = 3


def _kind_asked_told(word: str, question: str, sentence: str) -> bool:
    """The (first word of the) OPPOSITES key `word` is the kind the question asks for, right after "which" or "what"
    ("which independent body"), and the sentence writes it."""
    head = _head(word)
    asked = any(_stem(m.group(1)) == head for m in _ASKED_KIND_WORD.finditer(question))
    return asked and any(_stem(w) == head for w in _WORD.findall(sentence))


_ASKED_KIND_WORD = re.compile(r"\b(?:which|what)\s+([\w-]+)\s+[\w-]+", re.I)


def _what_precedes(word: str, text: str) -> set[str]:
    """The content stems in the clause before each place the text has the (first word of the) OPPOSITES key `word`,
    up to _PRECEDING words."""
    words, head = _WORD.findall(text), _head(word)
    out: set[str] = set()
    for i, w in enumerate(words):
        if _stem(w) == head:
            out |= {_stem(v) for v in words[max(0, i - _PRECEDING):i] if v.isalpha() and tokenize(v, "en")}
    return out


_PRECEDING = 10
_BEFORE_SHARED = 3  # of the words before it in the question, the sentence must have after it


def _relative_of(word: str, text: str) -> set[str]:
    """The thing a relative clause ending in the (first word of the) OPPOSITES key `word` is said of: "a measure
    which the Council of State has since suspended" suspends the measure."""
    words, head = _WORD.findall(text), _head(word)
    out: set[str] = set()
    for i, w in enumerate(words):
        if _stem(w) == head:
            out |= {_stem(words[j - 1]) for j in range(max(1, i - _RELATIVE_REACH), i)
                    if words[j].lower() in ("which", "that") and words[j - 1].isalpha()}
    return out


_RELATIVE_REACH = 8  # words from a relative "which" to its verb


_NAMED_NEAR = 2  # stems of names (not places) a far sentence's passage must hold to count as near
_STOP_DOING = re.compile(r"\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|quit|quits)\s+[a-z]+ing\b", re.I)


def _passage_stems(sentence: str, hits: Sequence[Hit]) -> frozenset[str]:
    """The stems of the first passage read that holds the sentence."""
    return _text_stems(passage_text(sentence, hits))


@lru_cache(maxsize=256)
def _text_stems(text: str) -> frozenset[str]:
    """The stems of a passage's words (each passage once, not once for each of its sentences)."""
    return frozenset(_stem(w) for w in _WORD.findall(text))


def _opposite_on_other_side(question: str, word: str, sentence: str, clause: str, against: set[str]) -> bool:
    """The question draws a contrast too, and the sentence's opposite lies on a side of its contrast (the clause
    read, or any side when the whole sentence is read) that shares no word but places with the question's side
    holding `word`: "Given that integration is a regional competence while
    asylum and migration are federal" against "Asylum and migration is a federal competence in Belgium, whereas
    integration is regionalised"."""
    asked_sides = _ASKED_CONTRAST.split(question)
    sides = _with_contrasts(sentence)[1:] if clause is sentence else [clause]
    if len(asked_sides) < 2 or not sides:
        return False
    head = _head(word)
    own = {stem for side in asked_sides if head in {_stem(w) for w in _WORD.findall(side)}
           for stem in content_stems(side)} - PLACE_STEMS - {_stem(w) for w in word.split()}
    opposite_words = {part for phrase in against for part in phrase.split()}
    for side in sides:
        words = [_stem(w) for w in _WORD.findall(side)]
        if against & (set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}) and \
                own & (set(words) - opposite_words):
            return False
    return True


_ASKED_CONTRAST = re.compile(r",?\s+(?:whereas|while)\s+", re.I)


def _word_on_sibling_side(question: str, word: str, sentence: str, clause: str) -> bool:
    """The clause read is one side of the sentence's contrast, and another side says the question's own word of
    something the question names that this side does not: "Since integration is a regionalised competence in Belgium"
    is told by "..., whereas integration is regionalised", whatever "Asylum and migration is a federal competence"
    says on the other side."""
    if clause is sentence:
        return False
    head = _head(word)
    # the word said of the same thing: the content word before it, wherever the question writes it ("integration is
    # a regionalised", "whereas integration is regionalised"; not "integration essentially happens at the national
    # level" and "policies ... are decided at national level")
    asked = _words_before(head, question)
    for side in _with_contrasts(sentence)[1:]:
        told = _words_before(head, side)
        if side != clause and asked and told and all(before in told for before in asked):
            return True
    return False


def _words_before(head: str, text: str) -> list[str]:
    """The content stem before each place the text writes the stem `head` ("" where none comes before it)."""
    content = [_stem(w) for w in _WORD.findall(text) if tokenize(w, "en")]
    return [content[n - 1] if n else "" for n, stem in enumerate(content) if stem == head]


def _with_contrasts(sentence: str) -> list[str]:
    """The sentence, then each side of a contrast it draws with "whereas" or ", while", or opens with "While ...,"
    (the main clause after its last comma: "While many policies ... are decided at national level, namely inclusion in
    the welfare system, ..., integration essentially happens locally")."""
    sides = _CONTRAST.split(sentence)
    if len(sides) == 1 and _OPENING_CONTRAST.match(sentence) and "," in sentence:
        sides = sentence.rsplit(",", 1)
    return [sentence, *sides] if len(sides) > 1 else [sentence]


_OPENING_CONTRAST = re.compile(r"\W*(?:while|whereas|although|though)\b", re.I)


_CONTRAST = re.compile(r",?\s+whereas\s+|,\s+while\s+", re.I)
_ASKING_LEAD = re.compile(r"^\W*(?:what|who|whom|whose|why|how|when|where|which)\b", re.I)
_PUT_AHEAD = re.compile(r"\b(?:put|puts|putting|place|places|placed|placing|rank|ranks|ranked|ranking)\s+"
                        r"(?:[\w’'-]+\s+){0,5}?ahead of\b", re.I)
# what a question sets aside, and so claims nothing of: "instead of through national governments", "not in Ghent"
SET_ASIDE = re.compile(r"\b(?:instead of|rather than|and not|not in|without\s+(?:going|passing)?\s*(?:through|via))"
                       r"\s+[^,;?]*", re.I)
_PASSED_OVER = re.compile(r"\b(?:over|rather than|instead of|ahead of|than)\s+[^,;?]*", re.I)
_FREE = re.compile(r"\bfree of (?:charge|cost)\b|\bfor free\b|\bcosts? nothing\b|\bat no cost\b", re.I)
# "having declined to endorse the Bossuyt Commission's proposals": a refusal, not a fall
DECLINED_TO = re.compile(r"\bdeclin(?:e|es|ed|ing)\s+to\b", re.I)


def _other_kind(asked: dict[str, set[str]], sentence: str) -> bool:
    """The sentence is about another kind of the same thing than the question's compounds `asked`: "low-skilled"
    labour migrants for a question on "medium-skilled" ones (compounds with one head and no modifier in common)."""
    said = _compounds(BROKEN_HYPHEN.sub("-", sentence))
    return any(head in said and not modifiers & said[head] for head, modifiers in asked.items())


def _compounds(text: str) -> dict[str, set[str]]:
    """{head: modifiers} of the hyphenated compounds: "medium- and higher-skilled" -> {"skilled": {"higher"}}."""
    found: dict[str, set[str]] = {}
    for modifier, head in re.findall(r"\b([a-z]+)-([a-z]{4,})\b", text.lower()):
        found.setdefault(head, set()).add(modifier)
    return found


# "when the European funding stopped": it is the money that ended, not the thing it paid for (but "Why did the
# OCMW stop funding it?" is contradicted by "the OCMW took it over with regular funds")
# ("when eu subsidies for ankerkracht ended": what the money was for may stand between)
# ("European subsidies for Project Ankerkracht were ended")
_MONEY_ENDED = re.compile(r"\b(fund\w*|subsid\w*|financ\w*|grants?|budget|money)\s+(?:\w+\s+){0,4}?"
                          r"(end|ended|ends|stopped|stops|ceased|expired|ran out|dried up)\b", re.I)
_ENDED = _stem("abolish")
_TAKEN_OVER = ("transform", "take over", "taken over", "took over")


# "charity, rather than solidarity" and "solidarity, not charity": the first is preferred to the second
_PREFERRED = re.compile(r"\b([\w’'-]+(?:\s+[\w’'-]+)?),?\s+\(?(?:rather than|instead of|not|and not|over|ahead of)\s+"
                        r"([\w’'-]+(?:\s+[\w’'-]+)?)", re.I)
# "why does the coordinator argue that charity works better than solidarity": the first is preferred too
_BETTER_THAN = re.compile(r"\b([\w’'-]+)\s+(?:(?:works?|worked|is|are|was|were|does|do|did)\s+)?(?:better|more "
                          r"effective(?:ly)?|preferable)\s+(?:than|to)\s+([\w’'-]+)", re.I)


def _preferences(text: str) -> set[tuple[str, str]]:
    """(preferred, passed over) stems: "solidarity, not charity" -> ("solidar", "chariti"); content words only.
    Two phrases of one head differ by the word before it: "social rights (over political rights)" -> ("social",
    "polit")."""
    pairs = [(m.group(1), m.group(2)) for m in _BETTER_THAN.finditer(text)]
    for m in _PREFERRED.finditer(text):
        first, second = m.group(1).split(), m.group(2).split()
        if len(first) == len(second) == 2 and _stem(first[1]) == _stem(second[1]):
            pairs.append((first[0], second[0]))
        else:
            pairs.append((first[-1], second[0]))
    return {(_stem(a), _stem(b)) for a, b in pairs if tokenize(a, "en") and tokenize(b, "en")}


def _swapped(question: str, chosen: Sequence[str]) -> str | None:
    """The question prefers what a sentence read puts second: "Why does the coordinator argue that charity, rather
    than solidarity, is the best basis?" against "an approach grounded in solidarity, not charity"."""
    asked = {pair for pair in _preferences(question) if pair[0] != pair[1]}
    if not asked:
        return None
    for sentence in chosen:
        said = _preferences(sentence)
        if any((second, first) in said and (first, second) not in said for first, second in asked):
            return f"the reports say it the other way round: “{quote(sentence)}”"
    return None


def _swapped_contrast(question: str, chosen: Sequence[str]) -> str | None:
    """The question says of each side of a contrast what a chosen sentence says of the other: "integration is a
    federal competence in Belgium while asylum and migration are regionalised" against "Asylum and migration is a
    federal competence in Belgium, whereas integration is regionalised"."""
    asked = _contrast_sides(question)
    if not asked:
        return None
    (subject_1, said_1), (subject_2, said_2) = asked
    for sentence in chosen:
        told = _contrast_sides(sentence)
        if not told:
            continue
        for (s1, p1), (s2, p2) in ((told[0], told[1]), (told[1], told[0])):
            if (subject_1 & s2 and subject_2 & s1 and said_1 & p1 and said_2 & p2
                    and not subject_1 & s1 and not subject_2 & s2):
                return f"the reports say it the other way round: “{quote(sentence)}”"
    return None


_COPULA = re.compile(r"\b(?:is|are|was|were|remains?|remained|became|becomes?)\b", re.I)


def _contrast_sides(text: str) -> tuple[tuple[set[str], set[str]], tuple[set[str], set[str]]] | None:
    """(subject stems, stems said of it) of each side of one contrast drawn with "whereas" or ", while" / " while"
    between two clauses with a copula, each side up to its comma."""
    sides = re.split(r",?\s+(?:whereas|while)\s+", text, flags=re.I)
    if len(sides) != 2:
        return None
    out = []
    for side in (sides[0].split(",")[-1], re.split(r"[,?;]", sides[1])[0]):
        copula = _COPULA.search(side)
        if not copula:
            return None
        subject, said = content_stems(side[:copula.start()]), content_stems(side[copula.end():])
        if not subject or not said:
            return None
        out.append((subject, said))
    return out[0], out[1]


def _other_frequency(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says how often something happens and a sentence on the same subject says otherwise:
    "Since the Migratieforum meets every month, ..." against "Ghent organizes its Migratieforum twice a year".
    A chosen sentence or one beside it must share a word of the subject, one further away two."""
    asked = frequencies(question)
    if not asked:
        return None
    # (a place names no subject: "cities work every day" is no sentence on "Ghent's twice-yearly Migratieforum",
    # probes68 #31)
    subject = content_stems(FREQUENCY.sub(" ", question))
    # (a name the question writes with a capital counts twice, a place's not: "Migratieforum" over "value"; and a
    # place alone puts no sentence on the subject: "cities work every day ..." is none on "Ghent's twice-yearly
    # Migratieforum", probes68 #31)
    named = content_stems(" ".join(re.findall(r"(?<=\s)[A-Z][\w’'-]*", question))) - PLACE_STEMS
    told = []
    for sentence, near in related_sentences(chosen, hits):
        said = frequencies(sentence)
        shared = subject & {_stem(w) for w in _WORD.findall(FREQUENCY.sub(" ", sentence))}
        if said and len(shared) >= (1 if near else 2) and shared - PLACE_STEMS:
            told.append((sentence, said, len(shared) + len(shared & named)))
    # (the sentence most on the subject says how often: "Ghent organizes its Migratieforum twice a year" rather than
    # "cities work every day to put the European values ... into practice")
    most = max((shared for _s, _said, shared in told), default=0)
    closest = [(sentence, said) for sentence, said, shared in told if shared == most]
    if any(said & asked for _sentence, said in closest):
        return None
    for sentence, said in closest[:1]:
        return f"the reports say {', '.join(sorted(said))}, not {', '.join(sorted(asked))}: “{quote(sentence)}”"
    return None


# Who started or funds a thing: "set up", "launched", "funded", "sponsored" ... followed by "by <actor>"
_START, _FUND = _stem("start"), _stem("fund")  # synonym groups: "launched" and "set up" start, "sponsored" funds
# ("founded in 2015 by a citizen of Ghent": a date may stand between)
_BY_ACTOR = re.compile(r"^\s*(?:up\s+)?(?:in\s+(?:[A-Z]\w+\s+)?\d{4}\s+)?by\s+((?:the\s+)?[^,.;:()?!]{3,80}?)"
                       r"(?=\s+(?:and\s+(?:was|is|were|has|[a-z]+ed\s+by)|to|in|for|with|from|since|until|as)\b|"
                       r"\s+[-–—]\s|[,.;:()?!]|$)", re.I)  # "... and supported by many more", "... - which orgs"
_AUXILIARY = frozenset("did does do has have had will would is was were are".split())
_BASE_FORM_AFTER = frozenset("did does do will would".split())  # auxiliaries a verb follows in its base form
_NOT_THE_ACTOR = frozenset(_stem(w) for w in "decide decided choose chose want wanted plan planned first originally "
                                             "initially".split())
_GENERIC_NAME = frozenset({"project", "city", "ministry", "programme", "program", "the"})


# a deed the question states in the past, after what opens its clause: "Given that <actor> created ..."
_STATED_DEED = re.compile(r"^\W*(?:given that|since|now that|knowing that|considering that|as|because|after)(?=\s)",
                          re.I)


def _acts(text: str) -> list[tuple[str, re.Match[str]]]:
    """(kind, word) for each word that starts or funds something; "set up", "founded" and "created" start,
    "bankrolled" funds."""
    out = []
    for word in _WORD.finditer(text):
        low = word.group().lower()
        if low == "set" and re.match(r"\s+up\b", text[word.end():]):
            out.append((_START, word))
        elif low.startswith("bankroll") or low in ("co-funded", "co-financed", "co-sponsored"):
            out.append((_FUND, word))
        elif low in ("founded", "co-founded", "create", "creates", "created", "creating"):  # not "found" ("find")
            out.append((_START, word))
        elif _stem(low) == _START and re.match(r"\s+\w+ing\b", text[word.end():]):
            continue  # "start paying for it": the act is what was begun, not a founding
        elif low in ("fund", "funds", "funding") and _MONEY_NOUN_BEFORE.search(text[:word.start()]):
            continue  # "keep it going with regular funds": money, not an act of funding
        elif _stem(low) in (_START, _FUND):
            out.append((_stem(low), word))
    return out


# (not "to fund", nor a body's name before its act: "the EU funds ...", "the city funds ...")
_MONEY_NOUN_BEFORE = re.compile(r"\b(?:with|regular|own|structural|extra|additional|the|its|their|our|of|from|in)\s+$",
                                re.I)


def _other_level(actor: str, said: str) -> bool:
    """Two governments of other levels: "the Flemish government" and "the Belgian federal government"."""
    asked, given = scopes(actor) & _GOVERNMENT_LEVELS, scopes(said) & _GOVERNMENT_LEVELS
    return bool(asked and given and not asked & given and _GOVERNMENT.search(actor) and _GOVERNMENT.search(said))


_GOVERNMENT = re.compile(r"\bgovernments?\b", re.I)
_GOVERNMENT_LEVELS = frozenset({"Belgium", "the federal level", "Flanders", "Wallonia", "Brussels"})


def stands_for(acronyms: Sequence[str], said: str) -> bool:
    """Does one of the question's acronyms ("EC") stand for the body a sentence names ("the European Commission"):
    its letters among the initials of the body's capitalised words?"""
    initials = "".join(w[0] for w in said.split() if w[:1].isupper())
    return any(a in initials for a in acronyms)


def _thing_names(runs: Sequence[str]) -> list[str]:
    return [w for run in runs for w in run.split() if w.lower() not in _SCOPE_OF and w.lower() not in _GENERIC_NAME]


def _actor_words(text: str) -> set[str]:
    """The stems that name an actor, one word for a town's people: "a Ghent resident" is "a citizen of Ghent"."""
    return {_TOWNSPEOPLE.get(w, w) for w in content_stems(text)} - _NOT_THE_ACTOR


_TOWNSPEOPLE = {_stem(w): _stem("citizen") for w in ("resident", "inhabitant", "townsman", "townswoman")}


def _core(actor: set[str]) -> set[str]:
    """An actor's words without its places and legal forms, unless it is only those: "the city of Ghent" and "a
    citizen of Ghent" are two actors, "Ghent" and "the city of Ghent" one; "vzw Thope" and "vzw Cirq" two."""
    return actor - PLACE_STEMS - LEGAL_FORMS or actor


LEGAL_FORMS = frozenset(_stem(w) for w in "vzw asbl npo ngo nv bv".split())
# "originated from an initiative of vzw Cirq", "grew out of an initiative by ...": who set it up
_INITIATIVE_OF = re.compile(r"\b(?:originated|originates|originate|grew|grown|grows|came|comes|sprang|sprung|stemmed|"
                            r"stems)\s+(?:out\s+of|from)\s+(?:an?\s+|the\s+)?initiative\s+(?:of|by|from)\b", re.I)


# who took a thing over: "why did the flemish government decide to take over the funding of ...", "after fedasil took
# ankerkracht over"
_TOOK_OVER = re.compile(r"(?:^\W*|\b(?:after|when|once|since|why\s+did|how\s+did)\s+)(?P<actor>(?:the\s+)?[\w’'-]+"
                        r"(?:\s+[\w’'-]+){0,3}?)\s+(?:(?:decided?|chose|choose|agreed?)\s+to\s+)?(?:took|take|takes|"
                        r"taking)\s+(?:[\w’'-]+\s+(?:[\w’'-]+\s+)?)?over\b", re.I)
# ... and who a sentence says decided what would be taken over: "the OCMW of Ghent decided, after an evaluation, which
# projects that were no longer subsidised would be taken over with regular funds"
_DECIDED_TAKEN = re.compile(r"(?:^|,\s*)(?P<who>[^,.;]+?)\s+decided\b[^.;]*?\b(?:be|been)\s+taken\s+over\b", re.I)
_NO_ACTOR = frozenset({"someone", "somebody"})  # (a pronoun has no content stems: "after they took it over")


def _other_taker(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """ "Why did the Flemish government decide to take over the funding of Project Ankerkracht?" against "the OCMW of
    Ghent decided ... which projects that were no longer subsidised would be taken over with regular funds": the body
    that decided it shares no word with the one the question names (its places included: "the city of Ghent" is
    not another body than "the OCMW of Ghent")."""
    asked = _TOOK_OVER.search(question)
    if not asked or asked.group("actor").lower() in _NO_ACTOR:
        return None
    actor = content_stems(asked.group("actor"))
    if not actor:
        return None
    for sentence, _near in related_sentences(chosen, hits):
        plain = re.sub(r"\s*\([^)]*\)", "", sentence)  # "(Public Centre for Social Welfare, OCMW)" holds a comma
        told = _DECIDED_TAKEN.search(plain)
        if not told:
            continue
        who = told.group("who").strip()
        words = content_stems(who) | {s for inner in re.findall(r"\(([^)]*)\)", sentence) for s in content_stems(inner)}
        if not actor & words:
            return f"the reports name another actor, {who}: “{quote(sentence)}”"
    return None


# "Ankerkracht started as an OCMW Ghent project": who set it up, said as the kind of project it was
_STARTED_AS = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+(?:started|began|was launched|was set up)\s+as\s+"
                         r"an?\s+((?:[\w’'-]+\s+){1,3}?)(?:project|initiative|programme|program)\b")

_NO_OWNER = re.compile(r"\d|\b(?:one|two|three|four|five|six|year|years|month|months|week|weeks|pilot|temporary|small|"
                       r"short|long|new|joint|large|local)\b|-(?:year|month|week)\b", re.I)

# "the federal government cut Ankerkracht's funding": who cut a thing's money had been paying for it
_CUT_FUNDING = re.compile(r"\b((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:cut|ended|stopped|withdrew|pulled|axed|"
                          r"scrapped|slashed|halted)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)['’]s\s+(?:funding|"
                          r"subsidies|subsidy|grants?|financing)\b")
# ... or stopped paying for it: "After the Flemish government stopped funding Project Ankerkracht in 2015, ..."
_STOPPED_FUNDING = re.compile(r"\b((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:stopped|ceased|quit|ended)\s+"
                              r"(?:funding|financing|subsidi[sz]ing|sponsoring|paying\s+for)\s+(?:the\s+)?"
                              r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


# "how much $ does refu interim get from the european social fund": money a thing gets from an actor is the actor's
# funding (not "what support do newcomers get from Refu Interim": the money is asked of)
_GETS_MONEY = re.compile(r"(?:\b(?:money|funding|funds|euros?|cash|subsid\w*|grants?|financ\w*)|[$€])\s+"
                         r"(?:does|did|do)\s+(.{3,60}?)\s+(?:get|gets|got|receive|receives|received)\s+from\s+([^,;?]{3,80}?)\s*(?=[,;?]|$)",
                         re.I)


# "was originally funded by ...": the first actor, which a later one may have followed
_FIRST = r"\b(?:originally|initially|at first|first)"
_FIRST_ONLY = re.compile(rf"{_FIRST}\s+$", re.I)
_FIRST_ASKED = re.compile(rf"{_FIRST}\b", re.I)


_WHICH_ACTOR_DID = re.compile(r",\s+which\s+((?:(?!(?:was|were|is|are|has|had|have|it|they|he|she|we|you|i)\b)"
                              r"[\w’'-]+\s+){1,5}?)(set up|founded|launched|created|established|initiated|funded|"
                              r"financed|started)\b", re.I)


def _other_actor(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says who started or funds a named thing, and a sentence about that thing names another
    actor: "Why did the city of Ghent launch Project Ankerkracht?" against "Ankerkracht was set up by the
    Belgian federal government"; "Jobteam Gent is bankrolled by the Ministry of Culture" against "The
    project is sponsored by the city of Ghent and the European Social Fund (ESF)" in Jobteam Gent's section.
    Not for questions asking who ("Who funds it?"), nor when the question names no actor ("Why was it set up?").
    An acronym counts as its words: "the EU" is "the European Union"."""
    started_as = _STARTED_AS.search(question)
    # "Since Ankerkracht started as an OCMW Ghent project, ...": it was set up by the OCMW Ghent (not "Jobteam Gent
    # was set up as a 2 year project": how long, not whose)
    if started_as and not _NO_OWNER.search(started_as.group(2)):
        question = f"{started_as.group(1)} was set up by the {started_as.group(2)}"
    cut = _CUT_FUNDING.search(question) or _STOPPED_FUNDING.search(question)
    if cut:  # "After the federal government cut Ankerkracht's funding in 2015, ...": it funded Ankerkracht until then
        question = f"{cut.group(2)} was originally funded by {cut.group(1)}"
    money = _GETS_MONEY.search(question)
    if money:  # "how much $ does refu interim get from the european social fund": the fund funds it
        question = f"{money.group(1)} is funded by {money.group(2)}"
    question = _INITIATIVE_OF.sub("was set up by", question)  # "grew out of an initiative by vzw Thope"
    # "project ankerkracht, which ghent's ocmw set up - who ...": the thing was set up by that actor
    question = _WHICH_ACTOR_DID.sub(lambda m: f" was {m.group(2)} by {m.group(1)}", question)
    acts = _acts(question)
    if not acts or re.match(r"\s*(who|whom|whose|which)\b", question, re.I):
        return None
    # the deed an actor is named for: "the initiative set up in 2015 by the city of ghent" (not "initiative")
    kind, verb = next(((k, v) for k, v in acts if _BY_ACTOR.match(question[v.end():])), acts[0])
    passive = _BY_ACTOR.match(question[verb.end():])
    if passive:  # "Jobteam Gent is bankrolled by the Ministry of Culture"
        actor_text, thing = passive.group(1), question[:verb.start()]
    else:  # "Why did the city of Ghent launch Project Ankerkracht"
        before = [w for w in _WORD.finditer(question[:verb.start()]) if w.group().lower() in _AUXILIARY]
        stated = _STATED_DEED.search(question[:verb.start()]) if verb.group().lower().endswith("ed") else None
        if not before and stated:  # "Given that Ghent's city council created Project Ankerkracht, why ...?"
            before = [stated]
        if not before or before[0].group().lower() in ("is", "was", "were", "are"):
            return None  # "When was that movement launched?": a passive that names no actor
        if before[0].group().lower() in _BASE_FORM_AFTER and verb.group().lower().endswith("ed"):
            return None  # "What do Ghent citizens share in the exhibition launched for World Refugee Day": "do" is
            # another verb's, "launched" says of the exhibition, naming no actor
        # the thing started is the verb's object, up to the clause's end ("When did that movement start, and
        # ...?" starts nothing)
        actor_text, thing = question[before[0].end():verb.start()], re.split(r"[,;?]", question[verb.end():])[0]
    if re.match(r"\W*(?:which|what|whom|who)\b", actor_text, re.I):
        return None  # "Refu Interim, which is not a real interim agency, is subsidised by which bodies?": asked
    names = _thing_names(_NAME_RUN.findall(thing))
    if not names and passive:  # "Jobteam Gent is co-funded by AMIF ...": the thing may open the question
        names = _thing_names(question_names(thing, first=True))
    if not names and passive:  # "moving cities funded by ...": typed in lower case, the passages' capitals
        names = _thing_names([w.capitalize() for w in _WORD.findall(thing)
                              if len(w) > 3 and any(re.search(rf"\b{w.capitalize()}\b", s) for s in chosen)])
    actor = _actor_words(actor_text) - {_stem(n) for n in names}
    acronyms = [w for w in _WORD.findall(actor_text) if w.isupper() and len(w) > 1]
    if not names or not actor:
        return None
    passages = [f"{h.chunk.section or ''}\n{h.chunk.text}" for h in hits]
    for sentence, _near in related_sentences(chosen, hits):
        if not all(n in sentence for n in names) and not any(
                sentence in text and all(n in text for n in names) for text in passages):
            continue
        # "The project originated from an initiative of vzw Cirq": vzw Cirq set it up
        told = _INITIATIVE_OF.sub("was set up by", sentence)
        for said_kind, word in _acts(told):
            by = _BY_ACTOR.match(told[word.end():])
            if said_kind != kind or not by:
                continue
            if _FIRST_ONLY.search(told[:word.start()]) and not _FIRST_ASKED.search(question):
                continue  # "originally funded by the EU" leaves room for who pays now ("end up paying for it")
            said = by.group(1).strip()
            if not _core(actor) & _core(_actor_words(said)) and not stands_for(acronyms, said) \
                    or _other_level(actor_text, said):
                return f"the reports name another actor, {said}: “{quote(sentence)}”"
    return None


# "50% were for the purpose of family reunification, 11% for education", "37,1% of ODA to least developed ..."
_SHARE_FOR = re.compile(r"(\d+(?:[.,]\d+)?)\s*%\s+(?:of\s+[\w-]+\s+)?(?:(?:were|was|went|are|is)\s+)?(?:for|to)\s+"
                        r"(?:the\s+)?(?:purpose\s+of\s+)?([a-z]+(?:\s+[a-z]+)?)", re.I)
# the question's claim: "9% ... granted for family reunification", "most ... were for work", "half of its aid to ..."
# (not across a comma or a dash: "when ODA amounted to 0.44% of GNI, what share of that ODA went to least developed
# ...", "well above the 3% target - what was the average cost to morocco"); a comma or point inside a number is no
# stop ("most of the roughly 54,000 first residence permits ... granted for work")
# ("most expensive to algeria" is a superlative, no share: probes68 #39)
_CLAIMED_SHARE = re.compile(r"(?:(\d+(?:[.,]\d+)?)\s*%|\b(most(?!\s+(?:[a-z]+(?:ive|ous|ful|ble|ant|ent|ic|al|ly)|"
                            r"common|popular|likely|costly|cheap|difficult|affected|vulnerable|recent)\b)|half|"
                            r"(?:biggest|largest|greatest|main) share)\b)"
                            r"(?:(?!\s[-–—]\s)(?:(?<=\d)[.,](?=\d)|[^?.;,–—]))*?\b(?:for|to)\s+(?:the\s+)?"
                            r"(?:purpose\s+of\s+)?([a-z]+(?:\s+[a-z]+)?)", re.I)


_MAIN_REASON = re.compile(r"\b([a-z]+(?:\s+[a-z]+)?)\s+(?:was|is|were|are)\s+the\s+(?:main|primary|chief|biggest|"
                          r"most common|largest)\s+(?:reason|purpose|motive|ground)", re.I)
# "why did work-related permits make up the largest share of ...": the largest share claimed for work
_MAKES_MOST = re.compile(r"\b([a-z]+)(?:-(?:related|based))?\s+(?:permits?\s+|ones\s+)?(?:make|makes|made|making)\s+"
                         r"up\s+the\s+(?:largest|biggest|greatest|main)\s+(?:share|part|portion|proportion)\b", re.I)


def _category(words: str) -> str:
    return " ".join(_PURPOSE.get(_stem(w), _stem(w)) for w in words.split() if tokenize(w, "en"))


def _other_share(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question claims a share for something and a sentence on the same subject gives another: "Why were
    only 9% of the permits granted for family reunification?" or "Since most permits were for work, ..."
    against "about 50% were for the purpose of family reunification, 11% for education, and 9% for work";
    "Belgium already devoted half of its aid to least developed countries in 2018" against "37,1% of ODA to
    least developed countries". "Most" claims more than half, as does "work-related permits make up the largest
    share"."""
    # "work was the main reason for ..." claims the largest share for work
    claims: list[tuple[float | None, str]] = [(None, _category(m.group(1))) for pattern in (_MAIN_REASON, _MAKES_MOST)
                                              for m in pattern.finditer(question) if _category(m.group(1))]
    for match in _CLAIMED_SHARE.finditer(question):
        number, word, what = match.groups()
        claimed = float(number.replace(",", ".")) if number else 50.0 if word.lower() == "half" else None
        if _category(what) and (claimed is None or claimed <= 100):  # "120% of the living wage" is no share
            claims.append((claimed, _category(what)))
    if not claims:
        return None
    subject = content_stems(question)
    for sentence, near in related_sentences(chosen, hits):
        # "Among them, about 50% were ...": the permits the sentence before counted
        read = f"{sentence_before(sentence, hits)[1]} {sentence}" if _AMONG_THEM.match(sentence) else sentence
        if not on_subject(subject & {_stem(w) for w in _WORD.findall(read)}, near):
            continue
        for given in _SHARE_FOR.finditer(sentence):
            value, what = float(given.group(1).replace(",", ".")), _category(given.group(2))
            for claimed, category in claims:
                if not (what and (what.startswith(category) or category.startswith(what))):
                    continue
                if (claimed is None and value < 50) or (claimed is not None and abs(claimed - value) > 1):
                    return f"the reports give {given.group(1)}% for {given.group(2)}: “{quote(sentence)}”"
    return None


_AMONG_THEM = re.compile(r"\W*(?:among|of|from|out of) (?:them|these|those)\b", re.I)
# how a question may name the purposes permits are given for: "to study" is education, "to work" is work
_PURPOSE = {_stem(w): _stem(p) for w, p in (("study", "education"), ("studies", "education"),
                                              ("students", "education"), ("studying", "education"),
                                              ("labour", "work"), ("employment", "work"))}  # "labour migrants"
# the share asked is one for a purpose ("went to people coming to study"), not of a whole ("came from abroad")
_SHARE_PURPOSE = re.compile(r"\b(?:went|go|goes|gone|granted|issued|given|were|was|are|is)\s+(?:to|for)\b|"
                            r"\bfor the purpose of\b", re.I)
_WHAT_SHARE = re.compile(r"\b(?:what|which|how (?:big|large|high) (?:a |an )?)\s*(?:share|percentage|proportion)\b",
                         re.I)


def _share_for_another(question: str, chosen: Sequence[str]) -> str | None:
    """ "What share of the permits went to people granted international protection?" against "about 50% were for
    the purpose of family reunification, 11% for education, and 9% for work": the sentence gives shares for
    two or more purposes, none of which the question names."""
    if not (_WHAT_SHARE.search(question) and _SHARE_PURPOSE.search(question)):
        return None
    asked = {_PURPOSE.get(stem, stem) for stem in content_stems(question)}
    for sentence in chosen:
        given = [(m.group(2), _category(m.group(2))) for m in _SHARE_FOR.finditer(sentence)]
        given = [(what, category) for what, category in given if category]
        if len(given) >= 2 and not any(category.split()[0] in asked for _, category in given):
            purposes = ", ".join(what for what, _ in given)
            return f"the reports give shares for {purposes} only: “{quote(sentence)}”"
    return None


# "how much public and political attention did the gcm attract": "did not attract any" answers it (none)
ASKS_AMOUNT = re.compile(r"^\W*how\s+(?:much|many)\b", re.I)


# a rule's content, which a negation in it tells ("the rule that people ... could not be deported was abolished")
RULE_CONTENT = re.compile(r"\bthe (?:rule|provision|principle|guarantee|protection) that\b[^.;:]*$", re.I)


_IF_WORDS = frozenset({"if", "unless", "when", "whenever"})
_IF_REACH = 4  # words before a negation: "when the person has not"


def _negated(question: str, best: str, chosen: Sequence[str] = (), hits: Sequence[Hit] = ()) -> str | None:
    """An answer sentence denies what the question takes for granted: "does not mention a collective
    regularisation" for "What collective regularisation did ... announce?". The best sentence must negate
    two of the question's words, another chosen sentence three ("The GCM has not influenced the migration
    case law" for "Why have judges been persuaded by the GCM in migration cases?"). Not for yes/no questions
    ("Is it an interim agency?" - "it is not"), whose answer may well be a denial: a statement before one is read
    alone ("... is at the discretion of the secretary of state - are there clear criteria?" is answered by "There
    are no clear criteria")."""
    question = told_before_yes_no(question) or question
    lead = _GIVEN_LEAD.match(question)
    if _denies(question) or asks_yes_no(question):
        # "Given that recognised stateless persons automatically obtain a residence right, what ... for people who
        # cannot return ...?": the premise told before the question is read alone, when it denies nothing itself
        if not lead or _denies(lead.group()):
            return None
        question = lead.group()
    elif ASKS_AMOUNT.match(question):
        return None
    asked = content_stems(question)
    in_question = {_stem(w) for w in _WORD.findall(question)}  # every word's, stop words too
    stance = bool(_ASKS_STANCE.search(question))
    # a premise told before the question is claimed outright: a chosen sentence denying two of its words denies it
    relative = _RELATIVE_DEED.search(question)
    others = 2 if lead or relative else 3
    # ... and so does a sentence beside the answer denying three ("since the gcm changed how the council for alien law
    # litigation decided cases, how many applicants had invoked it": "The GCM has not influenced the migration case
    # law in Belgium" comes just before "Until 1 June 2020, only two applicants invoked the GCM ...")
    # (so too for a deed told in a relative clause: "Ghent's double-pronged approach, whose impact on prejudice has been
    # measured in a research study" against "Until now, no research has been conducted to measure the impact of this
    # approach")
    beside = [s for s, near in related_sentences(chosen, hits) if near and s not in chosen] \
        if lead or relative else []
    for sentence, needed in [(best, 2), *((s, others) for s in chosen if s != best), *((s, 3) for s in beside)]:
        # the denial reaches to the clause's end: "is not a real interim agency: their main focus is social
        # contact" denies nothing of "their main focus"; the game ‘This is not a Game’ denies nothing
        for clause in CLAUSE_END.split(QUOTED_TITLE.sub("", sentence)):
            words = _WORD.findall(clause)
            for i, word in enumerate(words):
                if ((NEGATION.fullmatch(word) and word.lower() != "without"
                        and not (i + 1 < len(words) and words[i + 1].lower() in _NOT_DENYING_HERE))
                        # "will refrain from detaining minors" denies "why is it going back to detaining minors?"
                        # but answers "what will it do about detaining minors?"
                        or (_REFRAIN.fullmatch(" ".join(words[i:i + 2])) and _WHY.search(question))):
                    # "do not automatically obtain a residence right" denies only that it comes automatically
                    if i + 1 < len(words) and manner_only(words[i + 1], in_question):
                        continue
                    if RULE_CONTENT.search(" ".join(words[:i])):  # what a rule said, not a denial
                        continue
                    # "can end a residence right when the person has not made “a reasonable effort to integrate”":
                    # a condition, which denies nothing ("even if the courts did not uphold all complaints" tells
                    # what they did)
                    if any(words[j].lower() in _IF_WORDS and not (j and words[j - 1].lower() == "even")
                           for j in range(max(0, i - _IF_REACH), i)):
                        continue
                    # the denial ends where a new verb starts: "projects that were no longer subsidised would be
                    # taken over" does not deny the taking over
                    reach = words[i + 1:i + 8]
                    ends = [j for j, w in enumerate(reach) if j and w.lower() in _NEW_PREDICATE]
                    after = [_stem(w) for w in reach[:ends[0] if ends else None]]
                    # "cannot be subordinated to the migration agenda" denies the subordinating, which "how does it
                    # position development cooperation relative to the migration agenda" does not claim
                    if stance and _stem(next((w for w in reach if w.lower() not in _AUXILIARIES), "")) \
                            not in in_question:
                        continue
                    if sum(1 for s in after if s in asked) >= needed:
                        return f"the reports say otherwise: “{quote(sentence)}”"
    return None


def _denies(text: str) -> bool:
    """Does the text deny something itself: "not", "denied", "will refrain from", "silent on", "stop X from ..."?"""
    return bool(NEGATION.search(text) or _DENYING.search(text) or _REFRAIN.search(text) or _SILENT.search(text)
                or STOP_FROM.search(text))


# "stop private persons from obtaining information": preventing a deed, not ending a thing
STOP_FROM = re.compile(r"\bstop(?:s|ped|ping)?(\s+(?:[\w’'-]+\s+){1,4}?from\s+[a-z]+ing)\b", re.I)
# a deed the question tells in a relative clause: "..., whose impact on prejudice has been measured ..."
_RELATIVE_DEED = re.compile(r",\s+(?:whose|which|that)\b[^,?;]*?\b(?:has|have|had)\s+been\s+[a-z]+ed\b", re.I)
# a question that says a text is silent on a thing ("The 2020 federal coalition agreement, silent on any collective
# regularisation, ...") agrees with a sentence saying it "does not mention" it
_SILENT = re.compile(r"\bsilent\s+(?:on|about|over)\b|\bsays?\s+nothing\s+(?:on|about)\b", re.I)
# a premise told before the question: "Given that ..., what ...?", "Since ..., how ...?"
_GIVEN_LEAD = re.compile(r"^\W*(?:given that|since|now that|because)\b[^?,;]*,", re.I)
# "why was no tour of the pontoon organised for citizens": the thing denied and the deed
_WHY_NO = re.compile(r"^\W*(?:why|how come)\s+(?:was|were|is|are|has|have|had)\s+(?:there\s+)?no\s+"
                     r"(?P<thing>[^\W\d_][\w’'-]*)\b[^?,;]*?\b(?P<done>[a-z]+(?:ed|en))\b", re.I)


def _none_said_done(question: str, chosen: Sequence[str]) -> str | None:
    """"Why was no tour of the pontoon organised for citizens?" against "Also a tour within the pontoon was
    organised.": a chosen sentence that denies nothing tells the thing and the deed the question says were not."""
    asked = _WHY_NO.search(question)
    if not asked:
        return None
    thing, done = _stem(asked.group("thing")), _stem(asked.group("done"))
    for sentence in chosen:
        stems = {_stem(w) for w in _WORD.findall(sentence)}
        if thing in stems and done in stems and not (NEGATION.search(sentence) or _DENYING.search(sentence)
                                                     or _LACKING.search(sentence)):
            return f"the reports say it was done: “{quote(sentence)}”"
    return None


# "why does the 2020 federal coalition agreement not mention the global compact at all", "why doesn't X refer to Y":
# what is said not to name what
_NOT_MENTIONED = re.compile(
    r"^\W*(?:why|how come)\s+(?:(?:does|did|do|has|have)\s+(?P<who>[^?,;]+?)\s+(?:not|never)|"
    r"(?:doesn|didn|don|hasn|haven)['’]?t\s+(?P<who_after>[^?,;]+?)|(?P<who_come>[^?,;]+?)\s+(?:never|not|"
    r"(?:doesn|didn|don|hasn|haven)['’]?t|does not|did not))\s+(?:even\s+|explicitly\s+)?"
    r"(?:mention|refer\s+to|name|cite|acknowledge|recognise|recognize)s?\s+(?P<what>[^?,;]+)", re.I)
# a sentence giving what a text says: "The agreement’s first paragraph states ...", "explicitly recognising ..."
_SAYING = re.compile(r"\b(?:state[sd]?|stating|recogni[sz](?:es|ed|ing)|refers?|referr(?:ed|ing)|mentions?|"
                     r"mentioned|mentioning|cites?|cited|names?|named|acknowledg(?:es|ed|ing)|says|said)\b", re.I)
_AT_ALL = frozenset(_stem(w) for w in "all even explicitly once anywhere".split())


def _mentioned_after_all(question: str, chosen: Sequence[str]) -> str | None:
    """ "Why does the 2020 federal coalition agreement not mention the Global Compact at all?" against "The
    federal coalition agreement's first paragraph states that ... Belgium recognises the importance of ... the UN
    Global Compact": a chosen sentence that denies nothing names the text asked about (every word of it but its
    year), what it is said not to name, and a verb of saying."""
    asked = _NOT_MENTIONED.search(question)
    if not asked:
        return None
    who = content_stems(YEAR.sub(" ", asked.group("who") or asked.group("who_after") or asked.group("who_come")))
    what = content_stems(asked.group("what")) - _AT_ALL
    if not who or not what:
        return None
    for sentence in chosen:
        stems = {_stem(w) for w in _WORD.findall(sentence)}
        if (who <= stems and what <= stems and _SAYING.search(sentence)
                and not (NEGATION.search(sentence) or _DENYING.search(sentence) or _LACKING.search(sentence))):
            return f"the reports say it does: “{quote(sentence)}”"
    return None


def _affirmed(question: str, best: str) -> str | None:
    """The question asks why a thing was not done ("Why did Ghent decide not to go beyond national requirements for
    the Reno-boat?") and the best sentence tells it done ("For the Reno-boat Ghent decided to go beyond what was
    required at the national level"): three or more words the question denies, all but two of them in the sentence,
    which denies nothing itself."""
    why = _WHY_NOT.search(question)
    denial = why or _GIVEN_NOT.search(_PARTICIPLE_NOT.sub(r"\1 ", question)) or _TOLD_NOT.search(question)
    relative = None if denial else _STILL_NOT.search(question)
    if not (denial or relative) or NEGATION.search(best) or _DENYING.search(best) or _LACKING.search(best) or \
            _REFUSING.search(best):
        return None
    if denial:
        denied_text = denial.group(1)
    else:  # (the thing by its last words: "how late was belgium with the single permit rules")
        assert relative is not None
        thing = " ".join(relative.group("thing").split()[-_THING_WORDS:])
        denied_text = f"{thing} {relative.group('who')} {relative.group('deed')}"
    denied = content_stems(denied_text) - _ASKING
    said = content_stems(best)
    shared = denied & said
    if len(shared) >= _AFFIRMED_SHARED and len(shared) >= len(denied) - _AFFIRMED_MISSING:
        # (the sentence a footnote's number ran into the one before: "... Asylum and Migration.4 The agreement’s
        # first paragraph states ...")
        told = quote(max(FOOTNOTE_END.split(best), key=lambda piece: len(denied & content_stems(piece))))
        return f"the reports say it was done: “{told}”" if why else f"the reports say otherwise: “{told}”"
    return None


# "why did X (decide) not (to) ...", "why didn't X ...", "how come X never ...": what is denied runs to the clause's end
# ("why did the agreement refuse to recognise ...": a refusal denies the deed too)
_WHY_NOT = re.compile(r"^\W*(?:why|how come)\b[^?,;]*?\b(?:not|never|\w+n['’]t|(?:refus|declin)(?:e|es|ed)\s+to|"
                      r"fail(?:s|ed)?\s+to)\b(?!\s+(?:only|just|merely|least)\b)([^?,;:]+)", re.I)
# "Since local authorities can neither implement national integration policies in different ways nor design their
# own programmes, ...": a premise the question gives as a denial, to its comma
_GIVEN_NOT = re.compile(r"^\W*(?:since|given that|now that|as|because)\b[^?,;]*?\b(?:not|never|neither|cannot|"
                        r"\w+n['’]t)\b(?!\s+(?:only|just|merely|least)\b)([^?,;:]+),", re.I)
# "the single permit rules, which the federal and regional authorities still havent transposed": a denial told of
# what the question names, with who did not and what
_STILL_NOT = re.compile(r"(?P<thing>[^,?;]{3,80}?),?\s+(?:which|that)\s+(?P<who>[^,?;]{0,60}?)\s*(?:still\s+)?"
                        r"(?:ha(?:s|ve|d)n['’]?t|ha(?:s|ve|d)\s+not|never)\s+(?:yet\s+)?(?P<deed>[^?,;:]+)", re.I)
# ... or a denial told before a dash and the question: "immigrants living in the same country ... can't perform very
# differently depending on local factors - so what local stuff does the paper say shapes their integration paths?"
_TOLD_NOT = re.compile(r"^[^?]*?\b(?:not|never|cannot|\w+n['’]t)\b(?!\s+(?:only|just|merely|least)\b)([^?,;:–—]+?)\s+"
                       r"[-–—]\s+(?:so\s+|but\s+|and\s+|then\s+)?(?:what|which|who|how|why|where|when)\b", re.I)
# ("given that international protection was one of the reasons for the permits not issued for family reunification,
# education or work, ...": "the permits not issued" are some permits, no denial)
_PARTICIPLE_NOT = re.compile(r"\b(?!(?:was|is|does|has|this|its|his|hers|as|thus)\b)([a-z]\w*s)\s+not\s+(?=\w+ed\b)",
                             re.I)
_THING_WORDS = 3
_ASKING = frozenset(_stem(w) for w in "why how come decide decided choose chose".split())
# "the N-VA refused to endorse the Global Compact" tells it was not done
_REFUSING = re.compile(r"\b(?:(?:refus|declin)(?:e|es|ed|ing)|fail(?:s|ed|ing)?)\s+to\b", re.I)
_AFFIRMED_SHARED = 3
# "there is “a lack of political will” to make these data sufficiently accessible" tells it is not done
_LACKING = re.compile(r"\b(?:lack|lacks|lacking|absence|insufficient|insufficiently)\b", re.I)
_AFFIRMED_MISSING = 2


CLAUSE_END = re.compile(r"[:;]|\s[–—-]\s")
# a denial by its verb in an answer sentence: "will refrain from detaining minors in closed centres"
_REFRAIN = re.compile(rf"\brefrain(?:s|ed|ing)?\s+from\b|{DECLINED_TO.pattern}", re.I)
_WHY = re.compile(r"\bwhy\b", re.I)


# "not only ... but also", "not alone by ...", "not least" deny nothing
NOT_DENYING = ("only", "just", "merely", "alone", "least", "simply", "solely")
# _negated's too: "we cannot afford the time it takes to lobby national governments" is too costly, not absent
_NOT_DENYING_HERE = (*NOT_DENYING, "afford")
# "not automatically", "not always": what is denied is the manner, not the deed
QUALIFIED_DENIAL = frozenset("automatically always necessarily fully entirely completely directly immediately".split())


def manner_only(word: str, asked: set[str]) -> bool:
    """Does a negation followed by `word` deny only a manner ("do not automatically obtain a residence right") that
    the question (its stems `asked`) does not claim?"""
    return word.lower() in QUALIFIED_DENIAL and _stem(word) not in asked


# a question asking how something is seen or placed, which claims nothing a denial of another verb could deny
_ASKS_STANCE = re.compile(r"\bhow\s+(?:does|do|did|is|are|was|were)\s+[^?]*?\b(?:position|view|see|describe|frame|"
                          r"treat|regard|approach|relate|characteri[sz]e|portray|situate|place)s?\b", re.I)
_AUXILIARIES = frozenset("be been being is are was were have has had do does did yet always necessarily "
                         "automatically ever".split())
_NEW_PREDICATE = frozenset("would will could can should must shall but".split())
QUOTED_TITLE = re.compile(r"[‘“][^’”]{1,80}[’”]|(?<!\w)'[^']{1,80}'(?!\w)|\"[^\"]{1,80}\"")


def chunk_sentences(chunk: Chunk) -> list[str]:
    """The texts of the passage's sentences, in order."""
    return [chunk.text[s - chunk.start:e - chunk.start] for s, e in split_sentences(chunk.text, chunk.start)]


def related_pieces(chosen: Sequence[str], hits: Sequence[Hit]) -> list[tuple[str, bool]]:
    """related_sentences, each split where a footnote's number ends one sentence and another begins ("... the
    detention regime.35 On 1 October 2020, the Council of State ..."): PDF text often runs them together."""
    return [(piece, near) for whole, near in related_sentences(chosen, hits) for piece in FOOTNOTE_END.split(whole)]


def passage_text(sentence: str, hits: Sequence[Hit]) -> str:
    """The text of the first passage read that holds the sentence (the sentence itself when none does)."""
    return next((hit.chunk.text for hit in hits if sentence in hit.chunk.text), sentence)


def related_sentences(chosen: Sequence[str], hits: Sequence[Hit]) -> list[tuple[str, bool]]:
    """(sentence, near) for the chosen sentences and the other sentences of the passages read; near: it is
    chosen or shares a passage with a chosen one (a sentence further away must share more of the subject)."""
    out = [(sentence, True) for sentence in chosen]
    for hit in hits:
        text = hit.chunk.text
        near = any(sentence in text for sentence in chosen)
        out += [(sentence, near) for sentence in chunk_sentences(hit.chunk)]
    return out


NEAR_SHARED = 2  # the question's words a sentence near the answer must share to be on its subject ...
FAR_SHARED = 3  # ... and a sentence further away


def on_subject(shared: set[str], near: bool) -> bool:
    """Whether a sentence of related_sentences sharing the words `shared` with the question is on its subject."""
    return len(shared) >= (NEAR_SHARED if near else FAR_SHARED)


def quote_from(sentence: str, at: int) -> str:
    """The sentence quoted from where the one holding position `at` starts: "... of the judgments.6 One year after
    ..." is quoted from "One" (a footnote's number hid a sentence's end)."""
    ends = [m.end() for m in FOOTNOTE_END.finditer(sentence, 0, at + 1)]
    return quote(sentence[ends[-1] if ends else 0:])


def made_by(chunk: Chunk) -> str:
    """The author and publisher of the report a passage is from, as one text ("" when unknown)."""
    meta = chunk.metadata or {}
    return " ".join(str(meta.get(key, "")) for key in ("author", "publisher"))


def quote_within(sentence: str, at: int) -> str:
    """The sentence holding position `at` quoted alone, when footnote numbers hid its ends: "... to Turkey.55 The new
    federal government ..." is quoted up to "Turkey"."""
    end = _NOTE_END.search(sentence, at)
    return quote_from(sentence[:end.start() + 1] if end else sentence, at)


_NOTE_END = re.compile(r"(?<=[^\W\d_])[.!?]\d{1,3}(?=\s)")  # "... implement the GCM.7 5 This ..."


def quote(sentence: str, limit: int = 300) -> str:
    """The sentence as the report has it (whitespace flattened), for the refusal to show."""
    flat = " ".join(sentence.split())
    if flat.endswith("”") and flat.count("“") < flat.count("”"):  # a quotation opened in a sentence before: the
        flat = flat[:-1]  # reason's own quotation marks close it ("... know any borders.”")
    flat = flat.rstrip(".")
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + " …"


def _head(word: str) -> str:
    """The stem an OPPOSITES key is found by: its first word's ("shut" of "shut down")."""
    return _stem(word.split()[0])


def content_stems(text: str) -> set[str]:
    """The stems of the text's words that are not stop words."""
    return {_stem(w) for w in _WORD.findall(text) if tokenize(w, "en")}


def _stem_phrase(phrase: str) -> str:
    """ "taken over" -> "taken over" with each word stemmed, matched against a sentence's word pairs."""
    return " ".join(_stem(w) for w in phrase.split())
