"""Does the evidence answer what the question asks, or only look like it?

The questions the reports can't answer are rarely off topic: they reuse the reports' own words and ask
for one thing more ("How many families were held ...?" when the report says families were held but not
how many) or state something the reports contradict ("Why did the Court confirm X?" when it annulled X).
Word overlap and embeddings score these as well as real questions; these checks look at what the chosen
sentences actually say. Each returns the reason for refusing, or None.

The checks here find what the question asks for missing from the answer (a count, an amount, a time, a
name, a figure for the asked rate); qa.contradiction finds the reports saying something else (another
place or year, an opposite verb, a denial). All of them are lexical and English-only, and deliberately
narrow: a check that fires on an answerable question costs a wrong refusal, so each needs a specific sign
(a counted noun with no count, an opposite verb next to the question's own terms), not just missing words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.bm25 import tokenize
from ingest.sentences import split_sentences
from qa.announcers import other_announcer
from qa.authors import other_author
from qa.awards import other_giver, other_giver_by, other_namer
from qa.bodies import other_description, other_kind_of_body, other_kind_of_title, other_maker, other_writer
from qa.causes import (
    cause_untold,
    given_cause_untold,
    other_cause,
    other_occasion,
    other_purpose,
    other_side_of_event,
    reversed_cause,
    reversed_effect,
    reversed_in_one,
    reversed_influence,
    reversed_sequel,
)
from qa.compared import (
    comparison_reversed,
    degree_reversed,
    more_for_reversed,
    more_or_less_reversed,
    preference_reversed,
    side_of_deadline_reversed,
    superlative_reversed,
)
from qa.concepts import other_concept, other_examples
from qa.contradiction import (
    FIRST_PERSON,
    OFFICES,
    PLACE_STEMS,
    PLACE_WORDS,
    ROLE_HOLDER,
    SPEECH,
    TOWNS,
    YEAR,
    content_stems,
    context_of,
    contradiction,
    place_forms,
    quote,
    quote_from,
    related_sentences,
    report_label,
    scopes,
    sentence_before,
    speaker_at,
    without_place_names,
)
from qa.denials import (
    access_granted,
    another_only_one,
    both_taken_for_only,
    but_not,
    denial_affirmed,
    denied,
    excluded_taken_as_getting,
    left_behind_taken_as_done,
    left_out_listed,
    list_taken_for_one,
    manner_untold,
    many_taken_for_only,
    negation_affirmed,
    non_taken_away,
    none_such,
    one_place_taken_for_many,
    only_doer_among_others,
    only_of_both,
    only_one,
    only_one_of_pair,
    only_taken_for_more,
    only_taken_for_one_of,
    pending_taken_as_eligible,
    restricted_taken_for_all,
    set_aside_told,
    study_never_done,
)
from qa.doers import described_other, other_doer, other_holder_of_most, other_owner
from qa.events import ending_untold, visit_untold
from qa.figures import (
    SHARE_STATED,
    STARTING,
    WORD_NUMBERS,
    age_within,
    below_rough_count,
    bounded_counts,
    count_of_other_event,
    count_of_other_month,
    few_taken_for_most,
    figure_of_another,
    most_of_a_smaller_part,
    number_value,
    numbers_written_out,
    other_age,
    other_base,
    other_binding,
    other_bound,
    other_century,
    other_change_span,
    other_count,
    other_days,
    other_deed_figure,
    other_enumeration_count,
    other_event_year,
    other_factor,
    other_figure,
    other_first_span,
    other_fraction,
    other_length,
    other_magnitude,
    other_month,
    other_period,
    other_share_of_base,
    other_share_of_deed,
    other_side_of_base,
    other_start,
    other_than,
    other_times,
    other_year_of_act,
    other_year_of_document,
    roughly_stated,
    rounded_from,
    same_value,
    same_year_taken_as_later,
    share_beyond_bound,
    spans,
)
from qa.levels import other_skill_level
from qa.lists import apart_from_unlisted, list_with_unlisted, other_group, other_list_member, other_pair_member
from qa.members import other_coalition, other_members, political_families, team_member_untold
from qa.order import order_reversed, order_told_reversed, sequence_reversed, success_reversed
from qa.ordinals import beyond_count, other_world_war
from qa.places import (
    other_side,
    other_town_of_deed,
    other_venue,
    region_of_topic_untold,
    town_never_read,
    town_not_listed,
)
from qa.plans import (
    agreement_taken_as_pending,
    done_taken_as_planned,
    done_taken_as_still_planned,
    ended_rule_taken_as_current,
    ended_span_taken_as_ongoing,
    figure_only_planned,
    no_outcome_yet,
    not_yet_done,
    other_years_span,
    plan_taken_as_done,
    planned_not_done,
    request_taken_as_granted,
    start_put_off,
    target_taken_as_met,
)
from qa.question import (
    ABOUT_HOW,
    LENGTH_OF_TIME,
    REFERS_BACK,
    SHORTHAND,
    QuestionKind,
    asks_yes_no,
    question_names,
    question_parts,
    split_resolved,
    without_bounds,
)
from qa.result import Hit
from qa.roles import (
    changed_other_thing,
    other_association,
    other_beneficiary,
    other_blocker,
    other_body_in_charge,
    other_body_with_duty,
    other_court,
    other_forum,
    other_holder_of_control,
    other_instrument,
    other_kind_of_receiver,
    other_level_of_funds,
    other_level_of_matter,
    other_name_for,
    other_name_of_kind,
    other_named_kind,
    other_office,
    other_partner,
    other_person_from,
    other_portfolio,
    other_recipient,
    other_successor,
    other_tenure,
    other_undone,
    swapped_change,
    swapped_ends,
    swapped_roles,
    swapped_transfer,
)
from qa.sources import other_source
from qa.speakers import (
    folded,
    words_of_another_holder,
    words_of_another_office,
    words_of_another_person,
)
from qa.support import content_words
from qa.swaps import swapped_kind_word
from qa.synonyms import canonical_stem as _stem
from qa.together import ASKS_WHAT_WAS_SAID, POINT_WORDS, named_elsewhere, names_apart
from qa.units import other_span, other_time_unit, other_unit

_WORD = re.compile(r"[\w’'%-]+")

# Any quantity in an answer (digits not glued to a word, as footnote marks are; number words, "half",
# "majority"). _NUMBER_WORDS below are the words that count things in "how many": a narrower list.
_QUANTITY = re.compile(r"(?<![A-Za-z.,;:)])\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|"
                       r"half|twice|double|majority|minority)\b", re.I)
# a number that labels rather than counts: "Objective 4: Recognized stateless persons ..." counts no one
_LABEL_NUMBER = re.compile(r"\b(objectives?|articles?|art\.|actions?|chapters?|sections?|figures?|tables?|annex|"
                           r"paragraphs?|pages?|steps?|goals?|recommendations?|points?|footnotes?)\s+\d+[a-z]?\b",
                           re.I)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
                          "forty fifty hundred hundreds thousand thousands million millions dozen dozens".split())

# words that end the counted phrase after "how many": verbs, prepositions, pronouns
_PHRASE_END = frozenset("does do did is are was were have has had can could will would should may might must in "
                        "from of at on for to through with by per during since they it there we you he she "
                        "actually still already really".split())
_PEOPLE = frozenset({"people", "persons", "person", "individuals", "individual"})
_IRREGULAR_PLURALS = frozenset({"children", "men", "women"})
# people who migrated: "how many newcomers volunteered" is counted by "210 asylum seekers, refugees and migrants"
_MIGRANTS = frozenset("newcomers migrants immigrants refugees seekers foreigners people persons".split())
# ("how big was the jobteam gent grant from the european social fund": an amount)
_MONEY_QUESTION = re.compile(r"\b(budget|money|funding|costs?|spend|spent|price|fees?|expensive|paid|pay|wages?|"
                             r"grants?|salar(y|ies)|allowances?|income|"
                             # Dutch and French: "Hoeveel geld heeft het ESF bijgedragen?", "Combien coûte ...?"
                             r"geld|kost|kosten|kostte|bedrag|financiering|betaald|betalen|loon|uitkering|argent|"
                             r"coût|coûts|coûte|coûtent|coûté|prix|montant|financement|payé|payer|salaire|frais)\b",
                             re.I)
_SHARE_ASKED = re.compile(r"\b(?:what|which|how (?:big|large|high) (?:a |an )?)\s*(?:share|percentage|proportion|"
                          r"fraction)\b|\bwhat per ?cent|"
                          # typed tersely: "jobteam % of participants who found a job" (not "30 % of them")
                          r"(?<![\d.,%])(?<![\d.,%] )%\s*of\b", re.I)
# "unemployment rate for non-eu migrants in ghent?": a rate is a share in figures, not "most newcomers"
_RATE_ASKED = re.compile(r"\b(?:employment|unemployment|jobless|pass|recognition|activity|poverty|participation|"
                         r"drop-?out|success|approval|acceptance|return|detention|refusal)[\s-]rates?\b", re.I)
_RATE_DESCRIBED = frozenset("lower higher low high rising falling poor good better worse".split())
_RATE = re.compile(r"%|\bper ?cent\b|\bone in \w+|\b\w+ out of \w+", re.I)
_SHARE = re.compile(r"%|\bper ?cent\b|\b(half|third|quarter|fifth|majority|minority|most|one in \w+|\w+ out of \w+)\b",
                    re.I)
_MONEY_UNITS = r"euros?|eur|dollars?|per ?cent|million|billion"  # the words of an amount or a share
# an amount asked of what was given: "What total amount did the European Social Fund contribute to Jobteam Gent?",
# "how much did the city invest in it?" (yw023)
_MONEY_GIVEN = re.compile(r"\b(?:contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|invest(?:s|ed|ing)?|"
                          r"subsidi[sz](?:e|es|ed)|sponsor(?:s|ed)?|financ(?:e|es|ed)|fund(?:s|ed)?|gave|give|gives|"
                          r"given|receiv(?:e|es|ed))\b", re.I)
_MONEY_OR_SHARE = re.compile(rf"[€$£%]|\b({_MONEY_UNITS})\b", re.I)
_QUESTION_NUMBER = re.compile(r"(?<![\w.,\-–—])\d+(?:[.,]\d+)?(?![\w])")
_YEAR_LIKE = re.compile(r"(1[89]|20)\d\d")
_YEAR_WORDS = content_stems("year years first start started begin began")
_WHICH_YEAR = re.compile(r"\b(what|which) year\b", re.I)  # wants a year, not "after the fire"
_WHEN = re.compile(r"\bwhen\b|\b(what|which) year\b", re.I)  # English only, like _TIME's words
_TIME = re.compile(r"\d|\b(january|february|march|april|may|june|july|august|september|october|november|"
                   r"december|hour|hours|hourly|minute|minutes|night|nights|morning|evening|afternoon|noon|"
                   r"midnight|day|days|daily|week|weeks|weekly|weekend|month|months|monthly|year|years|yearly|"
                   r"annual|annually|season|spring|summer|autumn|fall|winter|today|now|currently|recently|soon|later|earlier|after|before|during|"
                   r"until|since|once|then|when|while|first|last|decade|century)\b", re.I)
_NAME_ASKED = re.compile(r"\bname of\b|\bwhat (is|was|are|were) (the|his|her|its|their) names?\b", re.I)
_PROPER_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+")


def premise_problem(question: str, kind: QuestionKind, best: str, chosen: Sequence[str],
                    hits: Sequence[Hit]) -> str | None:
    """Why the chosen sentences don't answer the question, or None when nothing says so.

    `best` is the best-scoring sentence, `chosen` all answer sentences, `hits` the passages read."""
    return (other_office(question, chosen, hits)  # "in which year did rudy coddens become mayor?": no year is asked
            or _quantity_missing(question, kind, chosen) or _stated_number_missing(question, hits)
            or _count_missing(question, chosen, hits) or _measure_missing(question, chosen, hits)
            or _amount_missing(question, kind, chosen) or _euros_missing(question, chosen, hits)
            or _share_missing(question, chosen) or _country_missing(question, chosen)
            or _time_missing(question, kind, chosen, hits) or _name_missing(question, chosen)
            or _holder_missing(question, chosen) or _funder_missing(question, chosen)
            or _told_funder_missing(question, chosen)
            or _elsewhere_too(question, chosen, hits)
            or _party_missing(question, chosen) or _other_party(question, hits) or _ranking_missing(question, chosen)
            or _finding_missing(question, chosen)
            # the specific readings first: their reasons say more than a bare denial would
            or other_members(question, chosen, hits) or other_coalition(question, chosen, hits)
            or team_member_untold(question, chosen, hits)
            or beyond_count(question, chosen, hits) or other_world_war(question, chosen, hits)
            or target_taken_as_met(question, hits) or request_taken_as_granted(question, hits)
            or swapped_roles(question, chosen) or other_name_for(question, chosen, hits)
            or other_name_of_kind(question, chosen, hits)
            or other_body_in_charge(question, chosen, hits) or other_body_with_duty(question, chosen, hits)
            or other_person_from(question, chosen, hits)
            or swapped_change(question, chosen) or other_successor(question, chosen, hits)
            or other_recipient(question, chosen, hits) or other_portfolio(question, chosen, hits)
            or other_level_of_matter(question, chosen, hits) or other_level_of_funds(question, chosen, hits)
            or other_partner(question, chosen) or other_instrument(question, chosen)
            or swapped_transfer(question, chosen) or other_kind_of_receiver(question, chosen)
            or swapped_ends(question, chosen) or changed_other_thing(question, chosen)
            or other_figure(question, chosen, hits) or figure_of_another(question, chosen, hits)
            or other_share_of_deed(question, chosen, hits)
            or other_than(question, chosen, hits)
            or other_age(question, chosen, hits)
            or contradiction(question, best, chosen, hits) or _other_party_kind(question, hits)
            or other_association(question, chosen)
            or other_named_kind(question, chosen) or other_forum(question, chosen)
            or other_beneficiary(question, chosen)
            or _share_elsewhere(question, chosen, hits)
            or other_binding(question, chosen, hits) or other_century(question, chosen, hits)
            or other_deed_figure(question, chosen)
            or other_factor(question, chosen, hits)
            or other_count(question, chosen, hits) or other_enumeration_count(question, chosen, hits)
            or other_start(question, chosen, hits) or other_purpose(question, chosen, hits)
            or other_fraction(question, chosen, hits)
            or other_event_year(question, chosen, hits) or other_magnitude(question, chosen, hits)
            or below_rough_count(question, chosen, hits) or most_of_a_smaller_part(question, chosen, hits)
            or few_taken_for_most(question, chosen, hits)
            or other_year_of_act(question, chosen, hits) or other_times(question, chosen, hits)
            or other_year_of_document(question, chosen, hits) or same_year_taken_as_later(question, chosen, hits)
            or other_length(question, chosen, hits) or other_days(question, chosen) or other_period(question, chosen)
            or other_change_span(question, chosen, hits)
            or other_first_span(question, chosen)
            or other_month(question, chosen, hits) or count_of_other_month(question, chosen, hits)
            or count_of_other_event(question, chosen, hits)
            or other_base(question, chosen, hits) or other_share_of_base(question, chosen, hits)
            or other_bound(question, chosen, hits)
            or share_beyond_bound(question, chosen, hits)
            or other_side_of_base(question, chosen, hits)
            or _other_subject(question, best, hits, chosen) or named_elsewhere(question, chosen, hits)
            or town_not_listed(question, chosen, hits) or town_never_read(question, chosen, hits)
            or region_of_topic_untold(question, chosen, hits)
            or other_town_of_deed(question, chosen, hits)
            or other_side(question, chosen, hits)
            or other_list_member(question, chosen) or apart_from_unlisted(question, chosen, hits)
            or other_pair_member(question, chosen, hits) or list_with_unlisted(question, chosen, hits)
            or swapped_kind_word(question, chosen, hits)
            or other_group(question, chosen)
            or other_unit(question, chosen, hits) or other_span(question, chosen)
            or other_time_unit(question, chosen, hits)
            or other_concept(question, chosen, hits) or other_examples(question, chosen, hits)
            or other_skill_level(question, chosen)
            or other_kind_of_body(question, chosen, hits) or other_description(question, chosen, hits)
            or other_kind_of_title(question, chosen, hits)
            or other_author(question, chosen, hits)
            or other_maker(question, chosen, hits) or other_writer(question, chosen, hits)
            or _stated_span_missing(question, hits)
            or planned_not_done(question, chosen) or not_yet_done(question, chosen)
            or plan_taken_as_done(question, chosen) or agreement_taken_as_pending(question, chosen, hits)
            or done_taken_as_planned(question, chosen) or done_taken_as_still_planned(question, chosen)
            or figure_only_planned(question, chosen, hits) or no_outcome_yet(question, chosen)
            or _own_amount_only(question, chosen)
            or ended_rule_taken_as_current(question, chosen) or ended_span_taken_as_ongoing(question, chosen)
            or other_years_span(question, chosen, hits)
            or other_undone(question, chosen, hits) or other_court(question, chosen, hits)
            or other_blocker(question, chosen, hits) or other_tenure(question, chosen, hits)
            or _none_of_them(question, chosen, hits) or denied(question, chosen, hits)
            or negation_affirmed(question, chosen, hits) or denial_affirmed(question, chosen, hits)
            or manner_untold(question, chosen, hits)
            or other_venue(question, chosen)
            or words_of_another_holder(question, chosen, hits)
            or words_of_another_office(question, chosen, hits)
            or access_granted(question, chosen) or study_never_done(question, chosen, hits)
            or non_taken_away(question, chosen) or none_such(question, chosen) or only_one(question, chosen, hits)
            or both_taken_for_only(question, chosen, hits) or only_taken_for_more(question, chosen, hits)
            or restricted_taken_for_all(question, chosen, hits)
            or left_behind_taken_as_done(question, chosen, hits)
            or excluded_taken_as_getting(question, chosen, hits)
            or pending_taken_as_eligible(question, chosen, hits)
            or one_place_taken_for_many(question, chosen, hits)
            or only_one_of_pair(question, chosen, hits) or list_taken_for_one(question, chosen, hits)
            or many_taken_for_only(question, chosen, hits) or only_taken_for_one_of(question, chosen, hits)
            or only_doer_among_others(question, chosen, hits) or another_only_one(question, chosen, hits)
            or only_of_both(question, chosen) or but_not(question, chosen) or set_aside_told(question, chosen)
            or left_out_listed(question, chosen)
            or _named_in_anothers_words(question, chosen, hits)
            or _other_speaker(question, chosen, hits) or _other_person_of_deed(question, chosen, hits)
            or other_source(question, chosen)
            or words_of_another_person(question, hits)
            or _cause_unsupported(question, hits) or reversed_cause(question, hits)
            or reversed_sequel(question, chosen) or reversed_effect(question, chosen, hits)
            or cause_untold(question, chosen, hits)
            or other_side_of_event(question, chosen) or order_reversed(question, chosen, hits)
            or order_told_reversed(question, chosen) or sequence_reversed(question, chosen, hits)
            or success_reversed(question, chosen, hits)
            or reversed_influence(question, chosen, hits)
            or reversed_in_one(question, chosen)
            or other_cause(question, chosen, hits) or given_cause_untold(question, chosen, hits)
            or other_occasion(question, chosen, hits)
            or comparison_reversed(question, chosen) or superlative_reversed(question, chosen)
            or side_of_deadline_reversed(question, chosen) or preference_reversed(question, chosen)
            or more_for_reversed(question, chosen)
            or more_or_less_reversed(question, chosen) or degree_reversed(question, chosen)
            or other_giver(question, chosen) or other_giver_by(question, chosen, hits) or other_namer(question, hits)
            or other_announcer(question, chosen, hits) or other_doer(question, chosen, hits)
            or described_other(question, chosen, hits)
            or other_holder_of_control(question, chosen, hits)
            or other_owner(question, chosen, hits)
            or other_holder_of_most(question, chosen, hits)
            or ending_untold(question, chosen, hits) or start_put_off(question, chosen, hits)
            or visit_untold(question, chosen, hits)
            or (names_apart(question, chosen, hits) if kind.wants_reason or ASKS_WHAT_WAS_SAID.search(question)
                else None))


# ("Which of the bills ..., tabled under the previous federal legislature, ended up being adopted?")
_WHICH_OF = re.compile(r"\bwhich\b[^?,;]{0,120}?\b(?:were|was|have|has|had|got|did)\b|"
                       r"\bwhich\s+of\b[^?;]{0,120}?\b(?:ended|end)\s+up\b", re.I)
_WHICH_VERB = re.compile(r"\bwhich\b[^?;]*?\b(?:were|was|got|been|being)\s+(?:\w+ly\s+)?([a-z]+)", re.I)
_NOT_DONE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:been\s+|yet\s+)?([a-z]+)", re.I)  # "were not adopted"
_DONE = frozenset(_stem(w) for w in "adopted passed approved enacted implemented accepted".split())
_NONE_OF = re.compile(r"\bnone of (?:these|them|those|which|the [\w’'-]+)\b[^.;]*", re.I)
# ("Which of the bills making family reunification more restrictive, adopted under the previous legislature, hit
# refugees hardest?": what a clause of the question takes as done, which "None of these were adopted" must deny)
# ... or that it states as done: "After the previous legislature adopted bills making family reunification more
# restrictive, ... which obstacles ... persist?"
_DONE_STATED = re.compile(r"\b(adopted|passed|approved|enacted)\s+(?:the\s+|several\s+|various\s+|some\s+|its\s+|"
                          r"their\s+)?(?:[\w-]+\s+)?(?:bills?|laws?|proposals?|amendments?)\b", re.I)
# "Most of the bills tabled under the previous legislature ... were adopted" (probes67 #23)
_MOST_DONE = re.compile(r"\b(?:most|many|all|some|several|half)\s+of\s+(?:the|these|those|its|their)\b[^?;]{0,120}?"
                        r"\b(?:were|was|got|have\s+been|had\s+been)\s+(adopted|passed|approved|enacted)\b", re.I)
_WHICH_OF_DONE = re.compile(r"\bwhich\s+of\b[^?;]{0,120}?,\s*(adopted|passed|approved|enacted|implemented|accepted)\b",
                            re.I)


def _none_of_them(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """ "Which of the bills tightening family reunification were passed ...?" against "various bills were tabled
    to make family reunification more restrictive ... None of these were adopted." The question takes some for
    granted (or states them done: "After the previous legislature adopted bills ..."); the reports say none. The
    sentence with the one before it must share two of the question's words, and
    what none were must be what the question has them be ("adopted" or "passed", not "tabled")."""
    done = _WHICH_OF_DONE.search(question) or _DONE_STATED.search(question) or _MOST_DONE.search(question)
    if not _WHICH_OF.search(question) and not done:
        return None
    asked = {_stem(w) for w in _WORD.findall(question) if tokenize(w, "en")}
    # what the question has them be: "adopted" is denied by "none of these were adopted", "tabled" is not
    verb = _WHICH_VERB.search(question)
    for sentence in chosen:
        match = _NONE_OF.search(sentence)
        none_were = {_stem(w) for w in _WORD.findall(match.group())} if match else set()
        if match and verb and not (_stem(verb.group(1)) in none_were
                                   or _stem(verb.group(1)) in _DONE and _DONE & none_were):
            continue
        if match and done and done.group(1).lower() not in match.group().lower():
            continue
        # "Although the bills ... were not adopted, which obstacles ... does Belgium still have?": the question says
        # what the reports say
        if match and any(_stem(w) in none_were for w in _NOT_DONE.findall(question)):
            continue
        if match and len(asked & {_stem(w) for w in _WORD.findall(context_of(sentence, hits))}) >= 2:
            said = " ".join(match.group().split())  # "none of these\nwere adopted": as one line
            return f"the reports say {said[0].lower()}{said[1:]}: “{quote(sentence)}”"
    return None


def _section_of(sentence: str, hits: Sequence[Hit]) -> str:
    """The short heading of the section of the passage read that holds the sentence ("" for none)."""
    where = next((h for h in hits if sentence in h.chunk.text), None)
    return _subject_heading(where.chunk.section) if where else ""


def _other_subject(question: str, best: str, hits: Sequence[Hit], chosen: Sequence[str] = ()) -> str | None:
    """The question names a thing a report has a section on ("3.2 Jobteam Gent") and the best sentence comes
    from the section on another ("3.4 Project Ankerkracht") without naming the asked one: "Why did the EU stop
    funding Jobteam Gent in 2015?" against "in 2015 European subsidies were ended" (of Ankerkracht). Only
    sections named by a short title in capitals count, and not for a question of several parts.

    A chosen sentence naming another name of the question is read the same way: "how did project ankerkracht
    help renaud teukam get his job" against Renaud Teukam's words, which sit in "3.2 Jobteam Gent"."""
    if len(question_parts(question)) > 1:
        return None
    names = question_names(question)
    read = [best, *(s for s in chosen if s != best and any(n in s for n in names))]
    headings = {_subject_heading(h.chunk.section) for h in hits} - {""}
    for sentence in read:
        heading = _section_of(sentence, hits)
        for name in names:
            key = name.lower()
            own = [h for h in headings if key in h.lower() and len(h.split()) <= len(name.split()) + 1]
            # (not when another chosen sentence of the same section names it: "Jobteam Gent, a civil society
            # organization, expressed its appreciation for the Migratieforum", probes68 #31)
            if own and heading and heading not in own and key not in heading.lower() and key not in sentence.lower() \
                    and not any(key in s.lower() and _section_of(s, hits) == heading for s in chosen):
                return f"the reports say this about {heading}, not {name}: “{quote(sentence)}”"
    return None


def _subject_heading(section: str | None) -> str:
    """The deepest part of a section path that names one thing ("3.2 Jobteam Gent" -> "Jobteam Gent"; "3.3 Refu
    Interim > Fostering social and professional self-reliance" -> "Refu Interim"), else ""."""
    for part in reversed((section or "").split(" > ")):
        title = re.sub(r"^[\d.]+\s*", "", part).strip()
        words = title.split()
        if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            return title
    return ""


def _quantity_missing(question: str, kind: QuestionKind, chosen: Sequence[str]) -> str | None:
    """A "how many / what share / how much" answer must hold a quantity: a passage on the right topic without
    one does not answer (footnote digits glued to words don't count). None at all is one: "how much public and
    political attention did the gcm attract" against "did not attract any substantive public or political
    attention"."""
    if kind.wants_number and not _QUANTITY.search(_LABEL_NUMBER.sub("", " ".join(chosen))):
        asked = _HOW_MUCH_OF.search(question)
        wanted = content_stems(asked.group(1)) if asked else set()
        if wanted and any(wanted & content_stems(m.group(1)) for sentence in chosen
                          for m in _NONE_GIVEN.finditer(sentence)):
            return None
        return "no sentence gives a quantity"
    return None


# what a "how much / how many" question counts: "how much public and political attention did ..."
_HOW_MUCH_OF = re.compile(r"\bhow\s+(?:much|many)\s+((?:[\w-]+\s+){0,4}?)(?:did|does|do|is|are|was|were|has|have|had|"
                          r"will|would|could|can)\b", re.I)
# none of it told: "did not attract any substantive public or political attention", "no funding", "without any"
_NONE_GIVEN = re.compile(r"\b(?:not\s+(?:\w+\s+)?any|no|hardly\s+any|without\s+any)\s+((?:[\w-]+\s+){0,3}[\w-]+)",
                         re.I)


def _stated_number_missing(question: str, hits: Sequence[Hit]) -> str | None:
    """A number the question states ("refugees over 30") that none of the passages read contains, nor falls
    in a range they give ("my nephew is 19" is in "between 16 and 25 years old"). A passage's report counts with
    its title and year: "the 2016 article" is the report of 2016."""
    question = numbers_written_out(question)
    stated = _QUESTION_NUMBER.findall(without_bounds(question))
    if not stated:
        return None  # (most questions: the passages need not be read for numbers)
    text = " ".join(f"{report_label(h.chunk)} {h.chunk.text}" for h in hits)
    numbers = {number_value(n) for n in _QUESTION_NUMBER.findall(text)}
    # "prolonged from 3 to 5 years in 2016.50 This creates ...": a year with a footnote's number after its stop
    numbers |= {float(year) for year in _YEAR_NOTED.findall(text)}
    # "after one year" gives the 1 of "after year 1"
    # (and "a four-day cycling tour" the 4 of "the 4-day bike tour")
    numbers |= {float(WORD_NUMBERS[w.lower()]) for w in re.findall(r"[^\W\d_]+", text) if w.lower() in WORD_NUMBERS}
    # "for almost one and a half years" gives the 1.5 of "for almost 1.5 yrs"
    numbers |= {float(WORD_NUMBERS.get(w.lower(), w)) + 0.5 for w in _AND_A_HALF.findall(text)
                if w.lower() in WORD_NUMBERS or w.isdigit()}
    ranges = [(float(low), float(high)) for low, high in _RANGE.findall(text)]
    ages = {a or b for a, b in _AGE_STATED.findall(question)}
    spans = set(_CASE_SPAN.findall(question))
    # "built for more than 200 asylum seekers" is held by "for 250 asylum seekers" (and one that is not, other_than
    # tells)
    held = {number for number, _within, _sentence, _asked in bounded_counts(question, hits)}
    # "cost about 10% in the third quarter of 2020" is held by "10.08%" (a share by a share: "about 20%" is not the
    # 21 of "21 December 2016")
    rough = roughly_stated(question) & {number_value(n) for n in SHARE_STATED.findall(question)}
    shares = {number_value(n) for n in SHARE_STATED.findall(text)}
    for number in stated:
        value = number_value(number)  # "1,500" is the reports' "1.500"
        if number in spans or number in held:
            continue  # how long the asker's case has lasted: their situation, not a claim about the reports
        if value not in numbers and not any(low <= value <= high for low, high in ranges) and not (
                number in ages and _within_age_bound(value, text)) and not rounded_from(value, numbers) and not (
                value in rough and any(same_value(n, value, rough) for n in shares)):
            return f"the passages never mention {number}"
    return None


def _stated_span_missing(question: str, hits: Sequence[Hit]) -> str | None:
    """A length of time the question states ("a five-year project", "from 3 to 7 years") that the passages read
    never give in that unit, when they give other lengths in it ("two years", "from 3 to 5 years"). The asker's
    own case ("has been here for 8 months") and an age are not claims about the reports."""
    text = " ".join(h.chunk.text for h in hits)
    given = spans(text)
    asked = spans(_CASE_SPAN.sub(" ", without_bounds(question)))
    for value, unit, written in asked:
        if (value, unit) not in {(v, u) for v, u, _ in given} and any(u == unit for _, u, _ in given):
            return f"the passages never mention {written}"
    return None


_YEAR_NOTED = re.compile(r"(?<![\w.,-])((?:19|20)\d\d)\.\d{1,3}(?=\s|$)")
_AND_A_HALF = re.compile(r"\b(\w+)\s+and\s+a\s+half\b", re.I)
_RANGE = re.compile(r"\b(\d+)\s*(?:-|–|to|and|until)\s*(\d+)\b")
# an age the question states: "since he was 8", "aged 8", "an 8-year-old"
_AGE_STATED = re.compile(r"\b(?:(?:he|she|i|they|you|we) (?:was|were|is|am|are)|aged|age(?: of)?|at)\s+(\d{1,2})\b"
                         r"(?!\s*(?:%|per|years? ago|days?|weeks?|months?))|\b(\d{1,2})[- ]?(?:years?|yrs?)[- ]old\b",
                         re.I)
# how long a person's situation has lasted: "a 19 yr old refugee has been living in ghent for 8 months"
_CASE_SPAN = re.compile(r"\b(?:i|we|he|she|they|my \w+|(?:refugee|newcomer|client|person|man|woman|boy|girl|son|"
                        r"daughter|nephew|niece|friend|student|mother|father|family|migrant|seeker)s?)\b[^.?!;]{0,40}?"
                        r"(?:\b(?:has|have|had)|['’]s|['’]ve)\s+been\b[^.?!;]{0,40}?\bfor\s+(\d{1,3})\s+"
                        r"(?:days?|weeks?|months?|years?|yrs?)\b", re.I)
# an age bound the reports give: "(born in Belgium or who moved there) before the age of 12"
_AGE_BOUND = re.compile(r"\b(before|under|below|until|over|above|after|from)\s+(?:the\s+)?age\s+of\s+(\d{1,2})\b",
                        re.I)


def _within_age_bound(age: float, text: str) -> bool:
    """Whether an age bound of `text` holds `age` ("8" is before the age of 12)."""
    # (an age equal to the bound is one of the numbers the passages read give, and never asked of it)
    return any(age_within(age, side, float(bound)) for side, bound in _AGE_BOUND.findall(text))


_HOW_MANY = r"\bhow many\s+(?:of\s+(?:the|these|those|its|their)\s+)?"  # "how many of the people" counts people


def counted_phrases(question: str) -> list[list[str]]:
    """The counted things after each "how many", up to their plural noun: "How many asylum seekers could
    ..." -> [[asylum, seekers]]; none when there is no clear plural noun within four words."""
    phrases = []
    # "how many bulgarian, slovak and romanian migrants": a list of the counted's kinds is one phrase (yw027)
    question = _KINDS_LISTED.sub("", question)
    for match in re.finditer(rf"{_HOW_MANY}([^,;:?()]*)", question, re.I):
        words: list[str] = []
        for word in _WORD.findall(match.group(1))[:6]:
            word = SHORTHAND.get(word.lower(), word)  # "how many ppl": people
            if word.lower() in _PHRASE_END or len([w for w in words if w.lower() not in ("and", "or")]) >= 4:
                break
            words.append(word)
            if word.lower() in _PEOPLE or word.lower() in _IRREGULAR_PLURALS or (len(word) > 3 and word.endswith("s")):
                phrases.append(words)
                break
    return phrases


# the commas of a list of words ended by "and"/"or": "bulgarian, slovak and romanian"
_KINDS_LISTED = re.compile(r"(?<=\w),(?=\s+[\w’'-]+(?:,\s+[\w’'-]+)*,?\s+(?:and|or)\s+\w)")


def counts_any(phrases: Sequence[list[str]], sentence: str) -> bool:
    """Does the sentence give a number of one of a question's counted phrases (counted_phrases: "how many newcomers
    were volunteering" and "In 2019, 210 asylum seekers, refugees and migrants volunteered")?"""
    return any(_counts(phrase, sentence) for phrase in phrases)


_DEED_ROOT = 5  # letters of a deed's stem a word telling it begins with
# the deed of the counted, a verb in the past right after them: "how many people signed ..."
_COUNTED_DEED = re.compile(rf"{_HOW_MANY}(?:[\w’'-]+\s+){{1,3}}?(signed|attended|joined|visited|voted|applied|"
                           r"live|lived|reside|resided|registered|enrolled|donated|participated|protested|"
                           r"demonstrated)\b", re.I)
# the way a counted deed was done: "registered through the volunteer website" (its last word says what)
_DEED_WAY = re.compile(r"\s+(?:through|via|thru|using|online\s+(?:through|via|on))\s+"
                       r"(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}?([\w’'-]+)(?=\s+(?:that|which|who|set|run|launched|created|of|in|on|at|"
                       r"for|by)\b|\s*[?,.]|\s*$)", re.I)
# words that tell a deed by another root: who live somewhere are its inhabitants, population or residents
_DEED_TOLD_ALSO = {"live": ("inhab", "popul", "resid"), "resid": ("inhab", "popul", "live")}
# a count tied to a name: "how many volunteers work for Hart voor Vluchtelingen" (the small words inside a name too)
# (or the name that did the counted deed: "how many asylum seekers did Hart voor Vluchtelingen ask the city to shelter")
_COUNT_FOR_NAME = re.compile(rf"{_HOW_MANY}(?:[\w’'-]+\s+){{1,6}}?(?:for|at|with|by|did|does|do)\s+(?:the\s+)?"
                             r"(?-i:(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:voor|van|de|der|den|het|for|of|the|and)\s+)?"
                             r"[A-Z][\w’'-]*)*))", re.I)


def _passage_of(sentence: str, hits: Sequence[Hit]) -> str:
    """The whole passage read that holds the sentence, with its section and report title (the sentence itself when
    none does)."""
    hit = next((hit for hit in hits if sentence in hit.chunk.text), None)
    return " ".join([report_label(hit.chunk), hit.chunk.section or "", hit.chunk.text]) if hit else sentence


_STARTED_IN = re.compile(rf"\b{STARTING}\s+"
                         r"(?:in\s+)?(?:(?:early|late|mid|the\s+(?:beginning|start|end)\s+of)\s+)?(?:in\s+)?"
                         r"(?:19|20)\d\d\b", re.I)


# a question that opens by asking a number: "exact number of ...", "the total number of ..."
_TERSE_NUMBER = re.compile(r"^\W*(?:(?:the|exact|precise|total|overall)\s+)*number\s+of\s+", re.I)


_PART_ASKED = re.compile(r"\bhow many of (?:the|them|those|these)\b", re.I)
_SHARE_TOLD = re.compile(r"\d\s?%|\bper ?cent\b|\b(?:half|majority|a third|two thirds|a quarter)\b", re.I)


def _count_missing(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """ "How many X ...?" needs a sentence that counts X: a number shortly before the noun, and the phrase's
    other words in the same sentence ("250 asylum seekers"). With several "how many", one counted is enough
    (a partial answer beats a refusal). A counted noun the passages read never use is the question's own
    wording ("how many host bodies" for "69 different organisations"): any number of things counts it, as
    for "how many people"."""
    # ("exact number of asylum applications belgium got in 2015": a count asked as tersely, not answered by "The
    # number of applications increased from 41 in 2014 to 77 in 2015", a project's)
    asked = counted_phrases(question) or counted_phrases(_TERSE_NUMBER.sub("how many ", question))
    # (not a kind of what the reports count by where they come from: "how many bulgarian ... migrants", yw027)
    phrases = [p if _reports_use(p, hits) or _placed_kind(p, hits) else ["things"] for p in asked]
    if not phrases:
        return None
    counting = [sentence for sentence in chosen if any(_counts(phrase, sentence) for phrase in phrases)]
    # "how many of the applicants were getting recognised as refugees?": a part, which a share tells ("Most of them
    # (60%) are getting recognised as refugees")
    if not counting and _PART_ASKED.search(question) and any(_SHARE_TOLD.search(s) for s in chosen):
        return None
    if not counting:
        return f"no sentence gives a number of {' '.join(asked[0])}"
    # "How many people were held in closed centres in 2019?" wants a count for 2019 (not "jobteam gent was started in
    # early 2020 ... — how many ppl had it reached after 1 yr": the year it began, not the count's)
    years = set(YEAR.findall(_STARTED_IN.sub(" ", question)))
    if years and not any(years & set(YEAR.findall(context_of(s, hits))) for s in counting):
        return f"no sentence gives a number of {' '.join(asked[0])} for {', '.join(sorted(years))}"
    # "How many volunteered through Refu Interim in Ostend?" is not answered by "210 ... volunteered in Ghent"
    # (an organisation named after a place is no place: "a welcoming award by Vluchtelingenwerk Vlaanderen"; nor is
    # a place of another part: "how many asylum seekers was that and what did the federal govt do")
    counted_part = next((part for part in question_parts(question) if counted_phrases(part)), question)
    places = scopes(without_place_names(counted_part, [hit.chunk.text for hit in hits]))
    if places and all(scopes(s, origins=False) - places and not places & scopes(context_of(s, hits))
                      for s in counting):
        other = sorted(scopes(counting[0], origins=False) - places)
        return f"the reports give this number for {', '.join(other)}, not {', '.join(sorted(places))}: " \
               f"“{quote(counting[0])}”"
    # "How many participants have found a job so far?" is not answered by "wants to reach 920 participants"
    if all(_INTENT.search(sentence) for sentence in counting) and not _INTENT.search(question):
        return f"the reports give only a target: “{quote(counting[0])}”"
    # "How many of the people coached by Jobteam Gent have landed a durable job?" is not answered by "they have
    # reached 798 people": a count must share a word of what the counted did, when that names two things or more
    done, words = _counted_did(question) if len(asked) == 1 else (set(), "")  # one counted part is enough
    # ("how many asylum seekers was it meant to house" is told by "a reception centre ... for 250 asylum seekers")
    held = done & _HOLDS and any(_FOR_COUNT.search(sentence) for sentence in counting)
    if len(done) >= 2 and not held and not any(done & content_stems(sentence) for sentence in counting):
        return f"no sentence counts {' '.join(asked[0])} that {words}: “{quote(counting[0])}”"
    # "How many people signed Gent Zonder Grenzen's open letter?" is not answered by "wrote an open letter ...
    # requesting the shelter of 300 asylum seekers": the counted did a deed (a verb right after them) no sentence
    # counting tells
    deed = _COUNTED_DEED.search(question) if len(asked) == 1 else None
    root = _stem(deed.group(1))[:_DEED_ROOT] if deed else ""  # "applied" is told by "an application"
    # ("how many people live in ghent" is told by "263,608 inhabitants", "of the Belgian population")
    roots = (root, *_DEED_TOLD_ALSO.get(root, ()))
    if deed and not any(word.lower().startswith(roots) for s in counting
                        for word in _WORD.findall(context_of(s, hits))):
        return f"no sentence counts {' '.join(asked[0])} that {deed.group(1).lower()}: “{quote(counting[0])}”"
    # "How many people registered through the volunteer website ...?" is not answered by "65 of whom had newly
    # registered that year" in a passage that never names a website: the way the deed was done must be told
    way = _DEED_WAY.match(question, deed.end()) if deed else None
    if deed and way and not any(_stem(way.group(1)) in content_stems(_passage_of(s, hits)) for s in counting):
        return f"no sentence counts {' '.join(asked[0])} that {deed.group(1).lower()} {way.group().strip()}: " \
               f"“{quote(counting[0])}”"
    # "How many volunteers work for Hart voor Vluchtelingen today?" is not answered by "210 asylum seekers, refugees
    # and migrants volunteered in organisations in Ghent", in a passage that never names it
    for match in _COUNT_FOR_NAME.finditer(question):
        stems = content_stems(match.group("name")) - PLACE_STEMS
        if stems and not any(stems & content_stems(_passage_of(s, hits)) for s in counting):
            return f"no sentence gives a number of {' '.join(asked[0])} for {match.group('name')}: " \
                   f"“{quote(counting[0])}”"
    return None


_AUXILIARY = re.compile(r"\b(have|has|had|were|was|did|do|does|are|is|will|could|can|would)\b", re.I)
_HOW_MANY_REST = re.compile(rf"{_HOW_MANY}([^?]*)", re.I)
# a do-auxiliary with a subject after it: the counted are its object
_DONE_TO = re.compile(r"(?:did|do|does)\s+(?:(?:the|this|that|these|those|they|it|we|you|he|she|its|their)\b|"
                      r"(?-i:[A-Z]))", re.I)
_SOURCE_CLAUSE = re.compile(r"(?:\bthat\s+)?\b(?:the|this|that|your)\s+(?:[\w’'-]+\s+){0,4}?"
                            r"(?:profile|report|article|paper|study|document|text|piece|source)s?\s+"
                            r"(?:mentions?|mentioned|describes?|described|cites?|cited|notes?|noted|says?|said|"
                            r"names?|named|reports?|reported|gives?|gave|refers?\s+to|referred\s+to)\b", re.I)
_PART_END = re.compile(r"[,;]|\band\b|\bhow\b|\bwhat\b|\bwhich\b")
_FLUFF = frozenset(_stem(w) for w in "actually really so far already now today currently still ever total "
                   "altogether exactly roughly about around".split())


# "what % of ...", "what share of ...": a share asked of something
_SHARE_OF = re.compile(r"\b(?:what|which)\s+(?:%|per\s?cent(?:age)?|share|proportion)\s+of\b", re.I)
PERCENT = re.compile(r"\d\s?%|\bper\s?cent\b", re.I)  # a share in figures (the composer's too)


def _share_elsewhere(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """ "what % of ghent's population has a migrant background" is not answered by "As of 2018, 16.8% ... of the
    Belgian population": every chosen sentence giving a percentage names another place, and neither it nor its
    context (the sentence before, its section, its report) names the asked one."""
    places = scopes(question)
    giving = [sentence for sentence in chosen if PERCENT.search(sentence)]
    if not _SHARE_OF.search(question) or not places or not giving:
        return None
    if all(scopes(s, origins=False) - places and not places & scopes(context_of(s, hits)) for s in giving):
        other = sorted(scopes(giving[0], origins=False) - places)
        return f"the reports give this share for {', '.join(other)}, not {', '.join(sorted(places))}: " \
               f"“{quote(giving[0])}”"
    return None


# a place's room for the counted: "meant to house", "built to accommodate"; told by "for 250 asylum seekers"
_HOLDS = content_stems("house houses housed housing accommodate accommodated hold held shelter sheltered host hosted "
                       "lodge lodged fit")
_FOR_COUNT = re.compile(r"\bfor\s+(?:up\s+to\s+|about\s+|some\s+|around\s+)?\d[\d,.]*\s+[a-z]", re.I)


def _counted_did(question: str) -> tuple[set[str], str]:
    """What the counted things did, after the first auxiliary of the first "how many" ("... have actually landed a
    durable job so far" -> stems of landed, durable, job), up to the next part; empty without an auxiliary."""
    match = _HOW_MANY_REST.search(question)
    # the auxiliary of its own part: "how many ppl volunteered and how many of them were new" has none
    part = _PART_END.split(match.group(1))[0] if match else ""
    aux = _AUXILIARY.search(part)
    # "how many reception centres did the city link up": the counted are what a subject did something to, told in
    # other words ("we started a cooperation in between three reception centers")
    if not aux or _DONE_TO.match(part, aux.start()):
        return set(), ""
    # (the report the question names is where to look: "the hunger strike the moving cities profile mentions")
    words = _SOURCE_CLAUSE.sub(" ", part[aux.end():]).strip()
    return content_stems(words) - _FLUFF, words


# A sentence about what is meant to happen, not what happened; a question asking about one may be answered by it
_INTENT = re.compile(r"\b(wants?|aims?|aiming|aimed|plans?|planned|planning|intends?|intended|will|would|"
                     r"target|targets|goal|goals|objective|expects?|expected|hopes?|seeks?|envisag\w*|"
                     r"supposed|meant|promised?)\b", re.I)


def _reports_use(phrase: Sequence[str], hits: Sequence[Hit]) -> bool:
    """Do the passages read use every content word of the phrase ("people" always counts as used)? Without
    passages (unit checks of a sentence), yes."""
    if not hits:
        return True
    # (and the unit of a count written as one word: "a four-day cycling tour" uses "day")
    used = {_stem(part) for h in hits for w in _WORD.findall(h.chunk.text)
            for part in {w, *(w.split("-")[1:] if _is_quantity(w.split("-")[0]) else ())}}
    return all(_stem(w) in used or w.lower() in _PEOPLE for w in phrase if tokenize(w, "en"))


def _placed_kind(phrase: Sequence[str], hits: Sequence[Hit]) -> bool:
    """A counted noun the passages use, whose other words they don't use are all of a place ("bulgarian",
    "slovak" before "migrants")."""
    unused = [w for w in phrase[:-1] if tokenize(w, "en") and not _reports_use([w], hits)]
    return _reports_use(phrase[-1:], hits) and bool(unused) and all(place_forms(w) for w in unused)


# "how many people" is counted by a noun for people: "250 asylum seekers", "920 participants", "7 minors", not
# "fifteen civil society organisations"
_PERSON_NOUN = re.compile(r"(ers|ants|ees|ists|ians)$")  # workers, applicants, detainees, activists, Belgians
_PERSONS = frozenset("people persons individuals children men women families youths adults pupils students "
                     "citizens members residents parents minors sponsors visitors actors".split())
_NOT_PERSONS = frozenset("numbers centers centres letters papers borders matters others orders quarters waters "
                         "grants fees degrees committees".split())


def _is_people(word: str) -> bool:
    low = word.lower()
    return low in _PERSONS or low in _MIGRANTS or (
        len(low) > 4 and low not in _NOT_PERSONS and bool(_PERSON_NOUN.search(low)))


def _counts(phrase: list[str], sentence: str) -> bool:
    head, generic, people = _stem(phrase[-1]), phrase[-1].lower() == "things", phrase[-1].lower() in _PEOPLE
    kin = _MIGRANTS if phrase[-1].lower() in _MIGRANTS else frozenset()
    others = {_stem(w) for w in phrase[:-1] if tokenize(w, "en")}
    words = _WORD.findall(_LABEL_NUMBER.sub("", sentence))
    stems = [_stem(w) for w in words]
    if not others <= set(stems):
        return False
    for i, word in enumerate(words):
        # "a four-day cycling tour" counts days
        number, _, unit = word.partition("-")
        if unit and _is_quantity(number) and _stem(unit) == head:
            return True
        if not _is_quantity(word):
            continue
        # a year ("in 2018 for newcomers") counts only right before the noun ("2000 newcomers")
        reach = 2 if _YEAR_LIKE.fullmatch(word) else 5
        for stem, after in zip(stems[i + 1:i + reach], words[i + 1:i + reach], strict=False):
            # "people" is counted by a noun for people ("250 asylum seekers"); a noun the reports never use
            # ("host bodies", read as "things") by any plural noun ("69 different organisations")
            if stem == head or after.lower() in kin or (people and _is_people(after)) or (
                    generic and len(after) > 3 and after.endswith("s")):
                return True
        # "210 asylum seekers, refugees and migrants volunteered" counts volunteers: the noun's verb
        # ("-ed") within the clause after a count that is not a year
        for stem, after in zip(stems[i + 1:i + 10] if reach == 5 else (), words[i + 1:i + 10], strict=False):
            if stem == head and after.lower().endswith("ed"):
                return True
    # the noun shortly before a count in digits (not a year, not a footnote mark glued to a word):
    # "Applications rose from 41 in 2014 to 77 in 2015"
    text = _LABEL_NUMBER.sub("", sentence)
    for number in _COUNT_DIGITS.finditer(text):
        words_before = _WORD.findall(text[:number.start()])
        before = [_stem(w) for w in words_before[-4:]]
        if not _YEAR_LIKE.fullmatch(number.group()) and (head in before or _numbered(head, words_before[-9:])):
            return True
    return False


def _numbered(head: str, words: Sequence[str]) -> bool:
    """ "the number of active participants every year fluctuating between": the noun named as "the number of"
    shortly before a count."""
    low = [w.lower() for w in words]
    return any(low[i:i + 2] == ["number", "of"] and head in {_stem(w) for w in low[i + 2:i + 5]}
               for i in range(len(low) - 2))


_COUNT_DIGITS = re.compile(r"(?<![\w.,;:)])\d[\d.,]*(?![\w])")


_MEASURE = re.compile(r"\b(?:what|which|how high|how large|how much (?:lower|higher|smaller|bigger|larger))\s+"
                      r"(?:(?:exactly|roughly|currently|really|actually)\s+)?(?:is|was|are|were)?\s*"
                      r"(?:the\s+|its\s+|their\s+)?"
                      r"((?:[\w-]+\s+){0,2}?(?:rate|ratio|share|percentage|proportion|number|amount|total|size|cost|"
                      r"budget|fee|price))\b(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?([\w-]+))?", re.I)
_MODIFIERS = frozenset("average total current annual yearly monthly overall exact estimated".split())
# a rate typed as the whole question, without "what is": "unemployment rate among refugees in ghent right now"
_BARE_RATE = re.compile(r"^\W*(?:the\s+)?((?:[\w-]+\s+){0,2}?(?:rate|ratio))\b()", re.I)


def measured_phrase(question: str) -> list[str]:
    """The thing a "what is the ... rate / share of ..." question measures: "What is the employment rate of
    non-EU immigrants?" -> [employment, rate]; "What share of its ODA ...?" -> [ODA]. Empty when unclear."""
    match = _MEASURE.search(question) or _BARE_RATE.match(question)
    if not match:
        return []
    words = [w for w in match.group(1).split() if tokenize(w, "en") and w.lower() not in _MODIFIERS]
    if not words:
        return []
    if words[-1].lower() in _GENERIC_MEASURES:  # "the share of X", "the number of X": X is what is measured
        return [match.group(2)] if match.group(2) and tokenize(match.group(2), "en") else []
    return words


_GENERIC_MEASURES = frozenset("share percentage proportion number amount total".split())


def _measure_missing(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """ "What is the employment rate of ...?" needs a sentence that gives a figure *for* the employment rate:
    "a lower employment rate" next to a sentence with other percentages does not answer it. Not for words the
    passages read never use ("What price floor ...?" for "a minimum fee of 360 euros")."""
    phrase = measured_phrase(question)
    if not phrase or counted_phrases(question):
        return None
    if not _reports_use(phrase, hits):
        # a rate the reports never name ("the pass rate for the civic integration exam") still needs one
        # a share in a sentence on something else does not give it ("What is the unemployment rate among non-EU
        # migrants?" against "16.8% ... came from a foreign country"): the rate's own word must be there ("50%
        # were unemployed") when the rate is named by one (zn033)
        kind = phrase[0][:6].lower() if len(phrase) > 1 else ""
        of_kind = [s for s in chosen if not kind or any(w.lower().startswith(kind) for w in _WORD.findall(s))]
        if phrase[-1].lower() in ("rate", "rates", "ratio") and not _SHARE.search(" ".join(of_kind)):
            return f"no sentence gives {'an' if phrase[0][:1].lower() in 'aeiou' else 'a'} {' '.join(phrase)}"
        return None
    wanted = {_stem(w) for w in phrase}
    acronyms = _acronyms(question)  # "official development assistance" is "ODA" in the reports
    # "what share of people living in belgium came from abroad": "16.8% ... of the Belgian population"
    people = len(phrase) == 1 and SHORTHAND.get(phrase[0].lower(), phrase[0]).lower() in _ANYONE
    head, asked = _stem(phrase[-1]), content_stems(question)
    for sentence in [*chosen, *_leaning_pairs(chosen, hits)]:
        words = _WORD.findall(sentence)
        stems = {_stem(w) for w in words}
        # ("what proportion of people seeking protection ... end up being granted refugee status?": "Most of them
        # (60%) are getting recognised as refugees" counts people by a noun for people)
        named = (wanted <= stems or acronyms & set(words)
                 or people and any(w.lower() in _ANYONE | {"population"} for w in words)
                 # (or by a noun for people the question writes too: "recognised as refugees")
                 or people and any(_is_people(w) and _stem(w) in asked for w in words)
                 # a cost, budget or fee whose kind its passage gives before it: "what average transfer cost ...?"
                 # against "The average cost to send remittances ... was ... 5.05% to Morocco" under "Promote faster,
                 # safer and cheaper transfer of remittances" (not a rate: an "unemployment rate" is not the
                 # employment rate its passage names)
                 or head in stems and phrase[-1].lower() not in _RATE_HEADS
                 and wanted <= {_stem(w) for w in _WORD.findall(_up_to(sentence, hits))})
        if named and _QUANTITY.search(_LABEL_NUMBER.sub("", sentence)):
            return None
    return f"no sentence gives a figure for the {' '.join(phrase)}"


_ANYONE = frozenset({"people", "persons", "individuals"})
_RATE_HEADS = frozenset({"rate", "rates", "ratio", "ratios"})


def _up_to(sentence: str, hits: Sequence[Hit]) -> str:
    """The passages read that hold the sentence, each up to the sentence's end (passages overlap: the heading
    may be in only one of them); the sentence alone when none holds it."""
    return " ".join(h.chunk.text[:h.chunk.text.find(sentence) + len(sentence)] for h in hits
                    if sentence in h.chunk.text) or sentence


def _leaning_pairs(chosen: Sequence[str], hits: Sequence[Hit]) -> list[str]:
    """A chosen sentence that leans on the chosen one before it in a passage ("Most of them ...", "They ..."),
    read with it: "In Belgium, asylum applications doubled. Most of them (60%) are getting recognised." gives
    the share of applicants."""
    texts = [" ".join(h.chunk.text.split()) for h in hits]
    pairs = (" ".join(f"{a} {b}".split()) for a in chosen for b in chosen if a != b and _LEANS.search(b))
    return [pair for pair in pairs if any(pair in text for text in texts)]


# "Most of them (60%) ...": a part of what the sentence before counted (the composer brings that one along too)
OF_THEM = r"(?:most|many|some|all|half|none|one|each) of (?:them|these|those)"
_LEANS = re.compile(rf"^\W*(it|its|they|their|these|those|this|{OF_THEM})\b", re.I)


def _acronyms(text: str) -> set[str]:
    """The acronyms of the text's runs of three or four words: "official development assistance" -> "ODA"."""
    words = [w for w in _WORD.findall(text) if w[:1].isalpha()]
    return {"".join(w[0] for w in words[i:i + n]).upper() for n in (3, 4) for i in range(len(words) - n + 1)}


def _amount_missing(question: str, kind: QuestionKind, chosen: Sequence[str]) -> str | None:
    """A question about money (budget, cost, funding) wants an amount or a share."""
    if (kind.wants_number or _FEE_ASKED.search(question)) and _MONEY_QUESTION.search(question) \
            and not _MONEY_OR_SHARE.search(" ".join(chosen)):
        # "jobteam gent gets money from the city and the ESF - how many people did it want to reach": people counted
        counted = _HOW_MANY_OF.search(question)
        if counted and not _MONEY_QUESTION.search(question, counted.start()) and not _FEE_ASKED.search(question):
            return None  # (the money told before what is counted)
        return "no sentence gives an amount"
    return None


def given_amount_missing(question: str, chosen: Sequence[str]) -> str | None:
    """An amount asked of what was given ("What total amount did the European Social Fund contribute to Jobteam
    Gent?", yw023) and no sentence giving one. Checked after every other reading: one naming another funder, or
    the reports saying the funding ended, tells more."""
    if AMOUNT_ASKED.search(question) and _MONEY_GIVEN.search(question) and not _MONEY_OR_SHARE.search(" ".join(chosen)):
        return "no sentence gives an amount"
    return None


def _own_amount_only(question: str, chosen: Sequence[str]) -> str | None:
    """ "Before the 360-euro minimum fee was proposed, how much did the course cost?": the only amount the
    sentences give is the one the question states, which answers nothing it asks."""
    if not (AMOUNT_ASKED.search(question) and _MONEY_QUESTION.search(question)) or asks_yes_no(question):
        return None
    own = {number_value(n) for n in _QUESTION_NUMBER.findall(numbers_written_out(question))}
    amounts = [(m, sentence) for sentence in chosen for m in AMOUNT.finditer(sentence)]
    if own and amounts and {number_value(m.group("n") or m.group("m")) for m, _sentence in amounts} <= own \
            and not _SHARE_WORD.search(" ".join(chosen)):
        given, sentence = amounts[0]
        return f"the only amount the reports give is the question's own, {given.group()}: “{quote(sentence)}”"
    return None


# an amount asked for: "how much did the course cost", "what fee do newcomers pay" (not "what does the summary say
# about current remittance costs")
AMOUNT_ASKED = re.compile(r"\bhow\s+much\b|\bhow\s+many\s+euros?\b|\bwhat\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?"
                          r"(?:[a-z]+\s+)?(?:fees?|costs?|prices?|amounts?|sums?)\b", re.I)
# an amount in a sentence: "a minimum fee of 360 euros", "€ 1.5 million", "10%"
AMOUNT = re.compile(rf"(?:[€$£]\s*)(?P<n>\d[\d.,]*\d|\d)|(?<![\w.,])(?P<m>\d[\d.,]*\d|\d)\s*(?:%|(?:{_MONEY_UNITS})\b)",
                    re.I)
_SHARE_WORD = re.compile(r"\b(?:half|third|quarter|double|twice|triple)\b", re.I)


_HOW_MANY_OF = re.compile(r"\bhow\s+many\b", re.I)


# "What fees does Refu Interim charge companies ...?" asks for an amount as "how much" does, and so does "what
# did the court order Belgium to pay?"
_FEE_ASKED = re.compile(r"\bwhat (?:fees?|prices?|charges?|rates?)\b|\bcharg(?:e|es|ed|ing)\b|"
                        r"\bwhat\b[^?]*\b(?:order\w*|fine[ds]?|sentenced|required|forced|made)\b[^?]*\bto pay\b", re.I)


# "How much official development assistance, in euros, ...?" is not answered by "0,44% of the GNI"
_EUROS_ASKED = re.compile(r"\b(?:in|how many) (?:euros?|EUR)\b|\bhow much money\b|\bhow many €|"
                          # "What is the total value of remittances sent from Belgium each year?": not their cost in %
                          r"\b(?:total|annual|yearly) (?:value|sum)\b", re.I)
# places and the currency name no subject an amount must be about ("in Belgium", "in EUR")
_NOT_SUBJECTS = PLACE_WORDS | {"eur", "euro", "euros"}
_EUROS = re.compile(r"€|\beuros?\b|\bEUR\b", re.I)


def _euros_missing(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """A question for an amount in euros wants one, not a share, in a sentence about what the question names
    (with the sentence before it): "How much did the European Social Fund put into Jobteam Gent, in euros?" is
    not answered by "intermediaries had accepted thousands of euros"."""
    if not _EUROS_ASKED.search(question):
        return None
    names = [{_stem(w) for w in _WORD.findall(name)} for name in question_names(question)
             if not all(w.lower() in _NOT_SUBJECTS for w in _WORD.findall(name))]
    for sentence in chosen:
        if _EUROS.search(sentence) and (not names or any(
                name <= {_stem(w) for w in _WORD.findall(context_of(sentence, hits))} for name in names)):
            return None
    return "no sentence gives an amount in euros"


def _share_missing(question: str, chosen: Sequence[str]) -> str | None:
    """ "What share of ...?" wants a share (a percentage, "half", "one in three"): "wants to reach 1.500
    persons" is a count, not the share asked for."""
    if _SHARE_ASKED.search(question) and not _SHARE.search(" ".join(chosen)):
        return "no sentence gives a share"
    rate = _RATE_ASKED.search(question)
    # a question that states the rate ("only about a third get recognised") is checked against the one given; one
    # that describes it asks no figure ("what does the lower employment rate of immigrants indicate?")
    described = rate and any(w in _RATE_DESCRIBED for w in question[:rate.start()].lower().split()[-1:])
    # (of what is asked: "What employment-rate gap ...?" is not answered by "16.8% ... came from a foreign country")
    # ("recognition rate": "are getting recognised as refugees")
    topic = rate.group().replace("-", " ").split()[0].lower() if rate else ""
    if rate and not described and not _SHARE.search(question) \
            and not any(_RATE.search(s) and (_stem(topic) in content_stems(s)
                                             or re.search(rf"\b{re.escape(topic[:5])}", s, re.I)) for s in chosen):
        return f"no sentence gives a rate ({rate.group().lower()})"
    return None


# ("deporting a Sudanese national to his country of origin" asks for none: it is where someone is sent)
_COUNTRY_ASKED = re.compile(r"\b(?:which|what) countr(?:y|ies)\b|(?<!\bto his )(?<!\bto her )(?<!\bto their )"
                            r"(?<!\bto its )(?<!\bto the )\bcountr(?:y|ies) of origin\b", re.I)
# the places at home: a country asked for is another one
_HOME = TOWNS | {"Belgium", "the federal level", "Flanders", "Wallonia"}


# "why is refu interim only active in ghent and nowhere else": the question takes one place as the only one
_ONLY_THERE = re.compile(r"\bonly\s+(?:\w+\s+){0,2}?(?:in|within)\s+[A-Z\w][\w’'-]+|\bnowhere else\b|"
                         r"\bexclusively\s+(?:\w+\s+)?in\b|\bno(?:where| other (?:city|town|place|region))\b", re.I)
_SPREAD = re.compile(r"\b(?:expand\w*|extend\w*|spread|also (?:active|present|running|available)|other "
                     r"(?:regions|cities|towns|municipalities|places))\b", re.I)


def _elsewhere_too(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has a thing only in one place, and a sentence on it says it spread to others ("has expanded
    into other regions in Flanders: Ostend, Kortrijk, ...")."""
    if not _ONLY_THERE.search(question) or asks_yes_no(question):
        return None
    asked = scopes(question)
    names = {w.lower() for n in question_names(question) for w in n.split()} - {p.lower() for p in asked}
    for sentence, _near in related_sentences(chosen, hits):
        others = scopes(sentence) - asked - {"Belgium", "the federal level"}
        if _SPREAD.search(sentence) and others and (not names or any(n in sentence.lower() for n in names)):
            return f"the reports name other places: “{quote(sentence)}”"
    return None


def _country_missing(question: str, chosen: Sequence[str]) -> str | None:
    """ "From which countries do most asylum seekers arriving in Ghent originate?" wants a country the question
    does not name: sentences on asylum seekers arriving in Ghent that name none do not answer."""
    if _COUNTRY_ASKED.search(question) and not scopes(" ".join(chosen)) - scopes(question) - _HOME:
        return "no sentence names a country"
    return None


def _time_missing(question: str, kind: QuestionKind, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """ "When ...?" wants a time: a date, a year, a number, or a word for a time ("at night", "in spring",
    "after the fire"); "In what year ...?" wants a year."""
    if kind.wants_date and _WHEN.search(question) and not _TIME.search(" ".join(chosen)):
        return "no sentence says when"
    if _WHICH_YEAR.search(question):
        if not _YEAR_LIKE.search(" ".join(chosen)):
            return "no sentence gives a year"
        # ... a year of what is asked: "In which year did Ghent schools first start using the board game 'This is not
        # a Game'?" is not answered by "This photo exhibition was launched to celebrate World Refugee Day 2020", which
        # shares no word with it, places aside
        subject = content_stems(question) - PLACE_STEMS - _YEAR_WORDS
        # (or the sentence before it: "This initiative was founded in 2015" after "... is Hart voor Vluchtelingen")
        if subject and not any(_YEAR_LIKE.search(s) and subject & content_stems(f"{sentence_before(s, hits)[1]} {s}")
                               for s in chosen):
            return "no sentence on what is asked gives a year"
    if _HOW_LONG.search(question) and not ABOUT_HOW.search(question.lower()):
        # a length of time told of what is asked about: "for several years" of volunteers doesn't say how long the
        # CGRS takes to decide on an asylum application
        subject = set(content_words(question)) - _HOW_LONG_WORDS
        if not any(_DURATION.search(s) and (not subject or subject & set(content_words(s))) for s in chosen):
            return "no sentence says for how long"
        # "how long does it take to decide on ...?": the length of the taking, not "doubled within one year"
        taking = _TAKES.search(question)
        done = _done_word(taking.group(1) or "") if taking else ""
        if taking and not any(_SPAN_OF.search(s) and (_TAKING.search(s) or done and any(
                w.startswith(done) for w in content_words(s))) for s in chosen):
            return "no sentence says how long it takes"
    # (the length of a wait, not of anything: "a yearly ten-day festival" tells no waiting list's length)
    if _WAIT_ASKED.search(question) and not any(_SPAN_OF.search(s) and _WAITED.search(s) for s in chosen):
        return "no sentence says how long the wait is"
    for asked, said, what in _DATED_EVENTS:
        if asked.search(question) and not any(_TIME.search(s) and said.search(s) for s in chosen):
            return f"no sentence says when it {what}"
    return None


def _when_did(event: str) -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:by when|when|in what year|what year)\b[^?,;]*?\b(?:did|was|were|has|have|had|is|are|"
                      rf"will|would)\b[^?,;]*?\b{event}\b", re.I)


# A time for the event asked about, not for another: "When did the Reno-boat stop taking in asylum seekers?"
# is not answered by the year it began, "When will the new code enter into force?" not by the year of the law
# it replaces
_DATED_EVENTS = (
    # ("when did belgium start detaining families in a closed centre": a kind of centre, not a closing)
    (_when_did(r"(?:stop|stopped|end|ended|close|closed(?!\s+cent(?:re|er)s?\b)|shut|shut down|cease|ceased|wound up|"
               r"wind up|abolish|"
               r"abolished|discontinue|discontinued|terminate|terminated|disband|disbanded|dissolve|dissolved|scrap|"
               r"scrapped|phase out|phased out)"),
     # "a closed centre" is a kind of detention centre, not one that closed
     re.compile(r"\b(?:stop\w*|end|ended|ends|ending|closed(?!\s+cent(?:re|er)s?\b)|clos(?!ed\b)\w*|"
                r"shut\w*|ceas\w*|wound up|wind\w* up|abolish\w*|"
                r"discontinu\w*|terminat\w*|disband\w*|dissol\w*|scrap\w*|phas\w* out|no longer|expir\w*|"
                r"last\w*|until(?! (?:today|now)\b)|till|replaced|transformed)\b", re.I),
     "ended"),
    # a plan's date: "When is the new code supposed to enter into force?" (not "When did the devolution take
    # effect?", which "On 1 July 2014 the federal government devolved ..." answers)
    # ("When is Belgium's new code expected to ...?": a possessive on the way)
    (re.compile(r"^\W*(?:by when|when)\b[^?,;]*?\b(?:will\b|(?:is|are)\s+(?:[\w’'-]+\s+){0,10}?"
                r"(?:supposed|expected|due|planned|set|scheduled|going)\s+to\b)", re.I),
     re.compile(r"\b(?:into (?:force|effect)|in force|effect|will|plan\w*|expect\w*|scheduled|due|envisag\w*|"
                r"foresee\w*|intend\w*|aim\w*|target\w*|by (?:the end of )?(?:\d|\w+ \d))", re.I),
     "is planned"),
)


# "How long ...?" wants a length of time ("two years", "since 2015", "until the decision", "for months");
# a date alone ("December 2020") is not one. Not "how long ago" (a date answers that).
_HOW_LONG = re.compile(r"\bhow (?:long\b(?! ago)|quickly|soon|fast)\b", re.I)
_HOW_LONG_WORDS = frozenset(content_words("how long does it take on average usually typically last lasted"))
_SPAN = LENGTH_OF_TIME
_DURATION = re.compile(rf"{_SPAN}|\b(?:since|until|till|during|throughout)\b", re.I)
_SPAN_OF = re.compile(_SPAN, re.I)
# "how long does it take (the CGRS) to decide ...": what is taken time for, after "to"
_TAKES = re.compile(r"\bhow long\b[^?]*?\b(?:take|takes|took|taken)\b(?:[^?]*?\bto\s+((?:be\s+)?[^?,;]*))?", re.I)
_TAKING = re.compile(r"\b(?:takes?|took|taken|taking|lasts?|lasted|duration)\b", re.I)
_LIGHT = frozenset(content_words("be get make have reach receive give"))


def _done_word(words: str) -> str:
    """The start of the first word of what takes time, beyond a light verb: "be processed" -> "proc", "get a
    decision" -> "deci" (as "decide"); "" when none."""
    first = next((w for w in content_words(words) if w not in _LIGHT), "")
    return first[:4]


# a wait asked about wants a length of time itself, not "until after the recognition"
_WAIT_ASKED = re.compile(r"\b(?:waiting|processing|handling) (?:time|period|list)s?\b", re.I)
# what a length of time must be told of to be a wait's: "The waiting time ... is about two years", "takes six months"
_WAITED = re.compile(r"\b(?:wait\w*|queue\w*|delay\w*|backlog\w*|tak(?:e|es|en|ing)|took|last(?:s|ed|ing)?|"
                     r"processing|handling|within|after|before)\b", re.I)


# "Who is the Secretary of State for Asylum and Migration in the 2020 government?" wants a person's name
# ("Who held the post of Secretary of State ...?", "who served as mayor ...?")
_WHO_HOLDS = re.compile(r"^\s*who(?:\s+(?:is|was|are|were|has been)|['’]s|\s+(?:held|holds|has held|occupied|filled)\s+"
                        r"(?:the\s+)?(?:post|office|position|job|role|seat)\s+of|\s+(?:served|serves|acted) as)\s+"
                        r"(?:the\s+)?"
                        r"(?:current\s+|then\s+|new\s+|present\s+)?(?:flemish\s+|federal\s+|belgian\s+|walloon\s+|"
                        rf"brussels\s+|european\s+|local\s+)?({OFFICES}|chair\w*|head)\b", re.I)


# "which person holds the asylum & migration secretary of state post ...?": the office's own words may come first,
# not a relation to it ("who is the main partner of the mayor?")
_PERSON_HOLDS = re.compile(r"^\s*(?:who|which person|what person)\s+(?:is|was|holds|held|has held|occupies|occupied|"
                           r"fills|filled)\s+(?:the\s+)?(?:(?!(?:of|for|with|and|or|to|by|from|in|at|on)\b)[\w&-]+\s+)"
                           rf"{{0,4}}?({OFFICES})\b", re.I)


# "which flemish minister mainly shapes belgian immigration policy": an office holder asked for by the office
_WHICH_HOLDER = re.compile(rf"^\W*(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?({OFFICES}|official|politician)\b"
                           r"(?!\s+(?:of|for|to)\b)(?=\s+(?:\w+ly\s+)?(?:is|was|are|were|has|had|does|did|[a-z]+s|[a-z]+ed)\b)",
                           re.I)
_OFFICE_NAMED = re.compile(rf"\b(?:{OFFICES}|officials?)\b", re.I)


def _holder_missing(question: str, chosen: Sequence[str]) -> str | None:
    """ "Who is the <office> ...?" wants a sentence naming a holder of that office ("the then mayor of Ghent, Daniël
    Termont"): "a new federal government was formed" names no Secretary of State. "Which <office> ...?" wants one
    naming an office at least ("which federal official mainly shapes belgian immigration policy" is answered by
    "under the political authority of the Secretary of State for Asylum and Migration")."""
    which = _WHICH_HOLDER.search(question)
    if which:
        if any(_OFFICE_NAMED.search(sentence) for sentence in chosen):
            return None
        office = which.group(1).lower()
        return f"no sentence names {'an' if office[0] in 'aeiou' else 'a'} {office}"
    match = _WHO_HOLDS.search(question) or _PERSON_HOLDS.search(question)
    if not match:
        return None
    office = match.group(1).lower()
    if any(role.lower() == office for sentence in chosen for role, _name in ROLE_HOLDER.findall(sentence)):
        return None
    return f"no sentence names the {office}"


def _name_missing(question: str, chosen: Sequence[str]) -> str | None:
    """ "What is the name of ...?" wants a proper name the question doesn't already give ("founded by a citizen
    of Ghent" names no one)."""
    if not _NAME_ASKED.search(question):
        return None
    given = {w.lower() for w in _WORD.findall(question)}
    # "Hart voor Vluchtelingen (Heart for Refugees)": a gloss of a name the question gives is not a new name
    glossed = [re.sub(r"([\w’'-]+)\s*\(([^()]*)\)", lambda m: m.group(1) if m.group(1).lower() in given
                      else m.group(0), sentence) for sentence in chosen]
    if _PERSON_NAME_ASKED.search(question):  # a person's name, first and last: "the Secretary of State" is an office
        full = {m.group().lower() for sentence in glossed for m in _FULL_NAME.finditer(sentence)
                if not {w.lower() for w in m.group().split()} <= _OFFICE_WORDS | _NAME_PARTICLES}
        return None if any(set(name.split()) - given for name in full) else "no sentence gives a person's name"
    names = {m.group().lower() for sentence in glossed for m in _PROPER_NAME.finditer(sentence)}
    return None if names - given else "no sentence gives a name"


# "the name of the secretary of state / the Ghent resident who ...": a person is asked for
_PERSON_NAME_ASKED = re.compile(rf"\bname of (?:the|this|that)\s+(?:[\w-]+\s+)?(?:{OFFICES}|person|man|woman|resident|"
                                r"founder|author|judge|lawyer|official)\b", re.I)
# two or more capitalised words, Dutch particles between: "Daniël Termont", "Kathleen Van de Kerckhove"
_FULL_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:(?:de|van|der|den)\s+)*[A-Z][\w’'-]+)+")
_NAME_PARTICLES = frozenset("de van der den the of for and".split())
# the capitalised words of offices and the bodies they sit in, which name no person
_OFFICE_WORDS = frozenset("secretary state minister mayor alderman alderwoman commissioner general director president "
                          "chair coordinator councillor asylum migration immigration office court council government "
                          "federal flemish belgian european union parliament refugees stateless persons interior "
                          "public service social policy finance act law code special envoy".split())


# "who funded the pontoon reception centre - the EU?" wants a sentence that says who pays for that thing
_WHO_FUNDS = re.compile(r"^\W*(?:(?:so|and|ok|okay)\W+)?who\s+(?:funds?|funded|pays?|paid|finances?|financed|"
                        r"sponsors?|sponsored|subsidi[sz]es|subsidi[sz]ed|subsidi[sz]e|bankrolls?|bankrolled)\s+"
                        r"(?:for\s+)?(?P<what>[^?,;:\-–—]*)", re.I)
# "why did the EU fund the reno-boat?" takes a funding of that thing as given
# ("why did the european social fund decide to fund refu interim": the funder the question names)
_WHY_FUNDS = re.compile(r"^\W*why\s+(?:did|does|do|would)\s+(?P<who>[^?,;]*?)\s+(?:(?:decide|choose|agree|want|"
                        r"offer)\s+to\s+)?\b(?:fund|pay|finance|sponsor|subsidi[sz]e|bankroll)"
                        r"(?!\s+(?:decide|choose|agree|want|offer)\s+to\b)\s+(?:for\s+)?"
                        r"(?P<what>(?:[\w’'][\w’'-]*\s*)+)", re.I)
# "how much does the esf put into refu interim": the funder the question names, and what it pays for
_HOW_MUCH_FUNDS = re.compile(r"^\W*how\s+much\s+(?:money\s+)?(?:does|did|do|will|would)\s+(?P<who>[^?,;]*?)\s+"
                             r"(?:put|invest|give|contribute|pay|spend|provide)\s+(?:in|into|to|towards?|for|on)\s+"
                             r"(?P<what>(?:[\w’'][\w’'-]*\s*)+)", re.I)
# "the european regional development fund, one of jobteam gent's sponsors, ...": a funder in an apposition
_FUNDER_APPOSED = re.compile(r"(?P<who>(?:[\w’'-]+\s+){0,5}[\w’'-]+),\s+(?:one\s+of\s+|a\s+|an\s+|the\s+)?"
                             r"(?P<what>(?:[\w’'-]+\s+){0,3}[\w’'-]+?)['’]s?\s+(?:main\s+|other\s+)?(?:co-?)?"
                             r"(?:sponsors?|funders?|financers?|backers?)\b", re.I)
_NOT_FUNDER_WORDS = re.compile(r"^(?:(?:what|which|who|how|why|when|where|did|does|do|has|have|had|is|was|were|are|"
                               r"according|to|given|that|since|if|so|and)\s+)+", re.I)
_NO_FUNDER = frozenset("it they he she we you them his her its their this that these those".split())
_BESIDES = re.compile(r"^\W*(?:besides|apart from|other than|aside from|in addition to)\s+(?:the\s+)?([^,?;]+?)\s*,?\s+"
                      r"(?=who\s+(?:else\s+)?(?:funds?|sponsors?|finances?|pays?\s+for|subsidi[sz]es?|bankrolls?)\b)",
                      re.I)
_FUND = content_stems("funded")  # its synonym group: pays, sponsored, subsidised, money ...


def _funder_missing(question: str, chosen: Sequence[str]) -> str | None:
    """ "Who funds <thing>?" needs a chosen sentence with a word of paying that names the thing (any, for "it"), or
    that is about its section's subject."""
    # "besides the robert bosch stiftung who sponsors jobteam gent": a funder taken as known must be among them
    known = _BESIDES.match(question)
    asked = (_WHO_FUNDS.search(question[known.end():] if known else question) or _WHY_FUNDS.search(question)
             or _HOW_MUCH_FUNDS.search(question) or _FUNDER_APPOSED.search(question))
    if not asked:
        return None
    what = content_stems(asked.group("what")) - _FUND - content_stems("originally now currently first")
    # "who subsidises that project now? (Refu Interim ...)": the thing referred back to is the follow-up's subject
    if REFERS_BACK.match(asked.group("what")):
        what = content_stems(split_resolved(question)[1])
    on_it = _paying_for(what, chosen)
    funder = " ".join(known.group(1).split()) if known else ""
    named = content_stems(funder)
    if on_it and named and not any(named & content_stems(s) for s in chosen):
        return f"the reports name other funders than {funder}: “{quote(on_it[0])}”"
    # "why did the european social fund decide to fund refu interim" against "Refu Interim is subsidised by the city
    # of Ghent and the Ministry of Culture": a funder no sentence paying for the thing names (all its words)
    payer = " ".join(_NOT_FUNDER_WORDS.sub("", asked.groupdict().get("who") or "").split())
    payer_stems = content_stems(payer) if payer.casefold() not in _NO_FUNDER else set()
    if on_it and payer_stems and not any(payer_stems <= content_stems(s) for s in on_it):
        return f"the reports name other funders than {payer}: “{quote(on_it[0])}”"
    if on_it or asked.re in (_HOW_MUCH_FUNDS, _FUNDER_APPOSED):  # (an amount no sentence gives: another check's)
        return None
    thing = " ".join(asked.group("what").split())
    return f"no sentence says who funds {thing}" if thing else "no sentence says who funds it"


def _paying_for(what: set[str], chosen: Sequence[str]) -> list[str]:
    """The chosen sentences with a word of paying that name the thing (any, when `what` is empty), or whose subject
    is their section's ("The project is sponsored by ...")."""
    return [s for s, stems in ((s, content_stems(s)) for s in chosen)
            if _FUND & stems and (not what or what & stems or REFERS_BACK.match(s))]


_FUNDED = r"(?:sponsored|funded|subsidi[sz]ed|financed|paid for|bankrolled|co-?funded|co-?financed)"
# "jobteam gent is sponsored by the city and amif - what did amif say": funders the question tells (up to the end of
# its sentence: "... and the Ministry of Culture. What three objectives ...")
_FUNDED_BY = re.compile(rf"^(?P<what>[^?;:]*?)\s+(?:is|are|was|were|being)\s+(?:\w+ly\s+)?{_FUNDED}\s+by\s+"
                        r"(?P<who>[^?;:—–]+?)(?=\s*(?:[?;:—–]|\s-\s|\.\s|$|,))", re.I)
_FUNDER_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", re.I)


# ... or in a participle after the thing: "jobteam gent, sponsored by the city and the european regional development
# fund, scores the max on what ...?"
_FUNDED_APPOSED = re.compile(rf"(?P<what>[\w’'-]+(?:\s+[\w’'-]+){{0,3}}),\s+(?:which\s+(?:is|was)\s+)?{_FUNDED}\s+by\s+"
                             r"(?P<who>[^?;:—–,]+)", re.I)


def _told_funder_missing(question: str, chosen: Sequence[str]) -> str | None:
    """A funder the question tells ("jobteam gent is sponsored by the city and amif", "jobteam gent, sponsored by the
    city and the european regional development fund, ...") that no chosen sentence paying
    for the thing names by all its words or its initials ("The project is sponsored by the city of Ghent and the
    European Social Fund (ESF)")."""
    told = _FUNDED_BY.search(question) or _FUNDED_APPOSED.search(question)
    # "Refu Interim, which is not a real interim agency, is subsidised by which bodies?": funders asked, not told
    if not told or re.match(r"\W*(?:which|what|whom|who)\b", told.group("who"), re.I):
        return None
    paying = _paying_for(content_stems(told.group("what")), chosen)
    if not paying:
        return None
    for funder in _FUNDER_SEPARATOR.split(told.group("who")):
        stems = content_stems(funder)
        # its initials, typed in capitals or short ("esf", "amif"), not a stop word ("the eu" is not named by "the")
        # (a short word of a longer name is no initials: the "fund" of "the european regional development fund")
        words = [w for w in re.findall(r"[\w-]+", funder) if tokenize(w, "en")]
        acronyms = [w for w in words if len(w) > 1 and (w.isupper() or len(w) <= 5 and len(words) == 1)]
        if stems and not any(stems <= content_stems(s) or any(re.search(rf"\b{re.escape(a)}\b", s, re.I)
                                                               for a in acronyms) for s in map(_funding_told, paying)):
            return f"the reports name other funders than {' '.join(funder.split())}: “{quote(paying[0])}”"
    return None


# what a sentence says is paid by: "a project from Seebrücke, ... and Heinrich Böll Stiftung, funded by Robert Bosch
# Stiftung and Stiftungsfonds Zivile Seenotrettung and supported by many more initiatives"
_FUNDED_CLAUSE = re.compile(rf"\b{_FUNDED}\s+by\s+(.+?)(?=\s+and\s+(?:\w+ly\s+)?(?:supported|run|managed|set up|"
                            r"implemented|coordinated)\b|[;]|\.\s|\.?$)", re.I)


def _funding_told(sentence: str) -> str:
    """The sentence's words on who pays (all of it when it says so in no "funded by" clause): a body it names for
    something else is no funder."""
    clauses = [m.group(1) for m in _FUNDED_CLAUSE.finditer(sentence)]
    return " ".join(clauses) if clauses else sentence


# "Is alderman Coddens a member of the socialist party or of some other party?", "what's his party affiliation"
_PARTY_ASKED = re.compile(r"\b(which|what)\s+(political\s+)?(party|parties)\b|\bwelke partij\b|\bquel parti\b|"
                          r"\b(?:member|members|membership)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}part(?:y|ies)\b|"
                          r"\bparty\s+(?:affiliation|membership|card)\b", re.I)

# Belgian political parties, current and former names (Dutch- and French-speaking)
_PARTY_NAMES = (r"N-VA|Open ?Vld|VLD|CD&V|cdH|Vooruit|sp\.a|Groen|Vlaams Belang|Vlaams Blok|PVDA|PTB|PS|MR|Ecolo|"
                r"Les Engagés|DéFI|FDF|Volksunie")
_PARTIES = re.compile(rf"\b({_PARTY_NAMES})\b|\bpart(y|ies|ij|i)\b", re.I)


_PARTY_NAMED = re.compile(rf"(?<![\w&-])({_PARTY_NAMES})(?![\w&-])", re.I)
# a person given with a party in brackets: "Mathias De Clercq (Open Vld)"
_PERSON_PARTY = re.compile(rf"\b((?:[A-Z][\w’'-]+\s+)(?:(?:[Dd]e|[Vv]an|[Dd]er|[Dd]en|[A-Z][\w’'-]+)\s+)*"
                           rf"[A-Z][\w’'-]+)\s*\(\s*({_PARTY_NAMES})\s*\)")


def _other_party(question: str, hits: Sequence[Hit]) -> str | None:
    """The question gives a person a party ("why is ghent mayor mathias de clercq in cd&v") and the passages read give
    that person, by full name, only another, in brackets after the name ("Mathias De Clercq (Open Vld)")."""
    asked = {m.group(1).lower().replace(" ", "") for m in _PARTY_NAMED.finditer(question)}
    if not asked:
        return None
    typed = " ".join(question.lower().split())
    given = [(m.group(1), m.group(2)) for hit in hits for m in _PERSON_PARTY.finditer(hit.chunk.text)
             if " ".join(m.group(1).lower().split()) in typed]
    if not given or any(party.lower().replace(" ", "") in asked for _name, party in given):
        return None
    name, party = given[0]
    return f"the reports give {' '.join(name.split())} another party, {party}"


# a party given its kind: "n-va, the socialist party", "the socialist party N-VA" ("the right-wing nationalist
# political party N-VA")
_PARTY_KIND = re.compile(rf"(?<![\w&-])(?P<name>{_PARTY_NAMES}),\s+(?:the|a)\s+(?P<kind>(?:[\w-]+\s+){{1,3}}?)"
                         rf"(?:political\s+)?party\b|"
                         rf"\b(?:the|a)\s+(?P<kind2>(?:[\w-]+\s+){{1,3}}?)(?:political\s+)?party\s+"
                         rf"(?P<name2>{_PARTY_NAMES})(?![\w&-])", re.I)
# the kinds of party: a political family, or a side
_SIDES = {"left": re.compile(r"\b(?:centre-)?left(?:-wing)?\b", re.I),
          "right": re.compile(r"\b(?:centre-)?right(?:-wing)?\b", re.I)}


def _kinds_of_party(text: str) -> set[str]:
    return political_families(text) | {side for side, pattern in _SIDES.items() if pattern.search(text)}


def _other_party_kind(question: str, hits: Sequence[Hit]) -> str | None:
    """The question gives a party a kind ("n-va, the socialist party, argued ...") that the passages read give it
    none of ("the right-wing nationalist political party N-VA")."""
    asked = {(m.group("name") or m.group("name2")).lower().replace(" ", ""): _kinds_of_party(m.group("kind") or
                                                                                             m.group("kind2"))
             for m in _PARTY_KIND.finditer(question)}
    for hit in hits:
        for m in _PARTY_KIND.finditer(" ".join(hit.chunk.text.split())):
            name = (m.group("name") or m.group("name2")).lower().replace(" ", "")
            claimed, told = asked.get(name, set()), _kinds_of_party(m.group("kind") or m.group("kind2"))
            if claimed and told and not claimed & told:
                return f"the reports write “{' '.join(m.group().split())}”"
    return None


_PARTY_DOES = re.compile(r"\b(?:which|what)\s+(?:political\s+)?part(?:y|ies)\s+"
                         r"(?!(?:is|was|are|were|does|did|do|has|had|have|will|would|can|could|should)\b)"
                         # (or an irregular past: "which party began raising concerns about the Compact")
                         r"(?:[a-z]+(?:ed|s)|began|begun|led|took|made|rose|fought|stood|spoke|said|came|went)\b",
                         re.I)


def _party_missing(question: str, chosen: Sequence[str]) -> str | None:
    """ "Which party does X belong to?" wants a party: a sentence naming X's office does not answer it. Not
    when the party is one part of several (a partial answer beats a refusal)."""
    if not _PARTY_ASKED.search(question) or len(question_parts(question)) > 1:
        return None
    with_party = [sentence for sentence in chosen if _PARTIES.search(sentence)]
    if not with_party:
        return "no sentence names a party"
    # "Which party is Rudy Coddens from?" against "the N-VA started to raise critical concerns": a party, but no
    # sentence naming the person asked about gives one
    persons = [name for name in question_names(question) if len(name.split()) >= 2]
    # "charles michel backed the gcm - which party started raising concerns after that": the party asked is the
    # doer of its own verb, not the person's party
    if _PARTY_DOES.search(question):
        return None
    if persons and not any(name.split()[-1] in sentence for name in persons for sentence in with_party):
        return f"no sentence names the party of {persons[0]}"
    return None


# a sentence reporting what someone said: "Ghent Mayor Mathias De Clercq proclaimed that", "according to X"


def _named_in_anothers_words(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """ "What did Julie, a participant in its coaching program, say about ... Renaud Teukam?" when the chosen
    sentence naming Julie is Renaud Teukam's, inside his quotation ("Together with Julie from the Jobteam, I
    continued my search."): the one asked about is spoken of, not speaking."""
    asked = _WHAT_DID_NAME_SAY.search(question)
    if not asked:
        return None
    name = asked.group(1)
    for sentence in chosen:
        if not re.search(rf"\b{re.escape(name)}\b", sentence) or not FIRST_PERSON.search(sentence):
            continue
        for hit in hits:
            at = hit.chunk.text.find(sentence)
            speaker = speaker_at(hit.chunk.text, at) if at >= 0 else ""
            if speaker and name.split()[-1] not in speaker.split():
                return f"the reports give these words to {speaker}, not {name}: “{quote(sentence)}”"
    return None


# "What did Julie, a participant ..., say": a name typed with capitals between "did" and the verb of saying
_WHAT_DID_NAME_SAY = re.compile(r"\b(?i:what\s+did)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\b[^?]{0,80}?\b(?:say|said|"
                                r"state|tell|write)\b")


def _other_speaker(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """ "What did Rudy Coddens say about ...?" answered only by words a sentence gives to another person ("Ghent
    Mayor Mathias De Clercq proclaimed that ...") and no sentence naming the person asked about. So too words the
    question gives to someone ("Charles Michel once wrote that cities put European values ... into practice every
    day. Who was that open letter addressed to?") that a sentence gives to another ("Daniël Termont, wrote an open
    letter ..., declaring that ...")."""
    asked = ASKS_WHAT_WAS_SAID.search(question)
    quoted = _QUOTE_ASKED.search(question)
    if not asked and not quoted and not _TELLS_SAID.search(question):
        return None
    # the one told of may open the question
    persons = [person for person in map(_person, question_names(question, first=not asked)) if person]
    if not persons and quoted:
        persons = _surnamed(question[:quoted.start()], hits)
    # "what clear signal did mayor de clercq say ghent sent": an office, then a surname typed in lower case
    # ("why did former mayor termont say ...")
    if not persons and (asked or _WHY_DID_SAY.search(question)):
        persons = [p for p in _surnamed(question, hits)
                   if re.search(rf"\b(?:{OFFICES})\s+(?:[a-z][\w’'-]*\s+){{0,2}}{re.escape(p.split()[-1].lower())}\b",
                                question, re.I)]
    # "why did rudy coddens say ...": the one between "did" and the verb, typed in small letters (not "the mayor",
    # "they")
    typed = _WHY_DID_SAY.search(question)
    if not persons and typed and not {w.lower() for w in typed.group(1).split()} & (_OFFICE_WORDS | _NOT_A_SPEAKER):
        typed_words = typed.group(1).split()
        # a surname alone ("why did coddens say ..."): a person the passages read name in full or by office
        persons = [" ".join(w.capitalize() for w in typed_words)] if len(typed_words) > 1 else (
            _surnamed(typed_words[0], hits) or _titled_as(typed_words[0], hits))
    if not persons:
        return None
    named = next((p for p in persons if any(p.split()[-1] in sentence for sentence in chosen)), None)
    if named:
        return _said_by_another_there(question, named, chosen) or _quoted_from_another(question, named, hits)
    # the sentence that tells most of what the question asks first ("The spokesman of alderman Coddens stated that
    # “we have sent a clear signal ...”" rather than the open letter it answered)
    what = _WHAT_SAID.search(question)
    said_words, asked_words = content_stems(what.group(1) if what else ""), content_stems(question)
    # (or a sentence beside them that holds every word of what was said: "what point about the coronavirus did
    # Alderman Rudy Coddens make" against "The coronavirus doesn’t know any borders.”", the end of the mayor's words)
    topic = said_words - _POINT_STEMS
    beside = [s for s, near in related_sentences(chosen, hits) if near and s not in chosen
              and topic <= content_stems(s)] if topic else []
    for sentence in sorted([*chosen, *beside], key=lambda s: (-len(said_words & content_stems(s)),
                                                              -len(asked_words & content_stems(s)))):
        if not SPEECH.search(sentence) and _QUOTE_GOES_ON.search(sentence):
            # "The coronavirus doesn’t know any borders.”": a quotation's last sentence, whose speaker the sentence
            # opening it names ("In response, Ghent Mayor Mathias De Clercq proclaimed that “cooperation ...")
            _, before = sentence_before(sentence, hits)
            sentence = before if "“" in before and "”" not in before.split("“")[-1] else sentence
        if not SPEECH.search(sentence):
            continue
        speaker = _first_person(sentence) or _office_holder(sentence)
        if speaker and folded(persons[0]).split()[-1] not in folded(speaker).split():
            return f"the reports give these words to {speaker}, not {persons[0]}: “{quote(sentence)}”"
        if speaker:
            return None  # the words that tell most of what is asked are the person's
    return None


_DEED_SHARED = 4  # words of the deed (the question's, besides the person's) a sentence must hold to tell it


def _other_person_of_deed(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has a person do a thing ("When did Special Envoy Jean-Luc Bodson announce Belgium's support for
    the Global Compact at the UN General Assembly?"), the chosen sentence telling most of the thing gives it to
    another person named by office ("then first minister Charles Michel expressed Belgium's support for the Global
    Compact in the UN General Assembly"), and no sentence read names the person asked with as much of the thing.
    Only persons the question or the passages read name by office: a run of capitalised words may be a body, a
    project or a title."""
    texts = [question, *(hit.chunk.text for hit in hits)]
    persons = [person for run in question_names(question) if (person := _person(run))
               and any(_by_office(person.split()[-1]).search(text) for text in texts)]
    if len(persons) != 1:
        return None
    person = persons[0]
    surname = re.compile(rf"\b{re.escape(folded(person).split()[-1])}\b")  # ("Daniël Termont, wrote ...")
    deed = content_stems(question) - content_stems(person) - _OFFICE_STEMS

    def told(sentence: str) -> int:
        return len(deed & content_stems(sentence))

    best = max(chosen, key=told, default="")
    if told(best) < _DEED_SHARED or surname.search(folded(best)):
        return None
    others = [name for m in _FULL_NAME.finditer(best) if (name := _person(m.group()))
              and _by_office(name.split()[-1]).search(best)]
    if not others or any(surname.search(folded(sentence)) and told(sentence) >= _DEED_SHARED
                         for sentence, _near in related_sentences(chosen, hits)):
        return None
    return f"the reports give this to {others[0]}, not {person}: “{quote(best)}”"


def _by_office(surname: str) -> re.Pattern[str]:
    """A surname right after an office, maybe with a first name and "Mr." between: "first minister Charles Michel",
    "Special Envoy ... Mr. Jean-Luc Bodson" (up to four words between)."""
    return re.compile(rf"\b(?i:{OFFICES})\s+(?:[\w’'.,-]+\s+){{0,4}}?{re.escape(surname)}\b")


_OFFICE_STEMS = content_stems(" ".join(sorted(_OFFICE_WORDS)))


# "what clear signal did ... say": "clear signal"
_WHAT_SAID = re.compile(r"\bwhat\s+((?:[\w’'-]+\s+){1,4}?)did\b", re.I)
_POINT_STEMS = content_stems(f"{POINT_WORDS.replace('|', ' ')} about on regarding")
# "mayor termont quote about corona not knowing borders": the words of the one named before it are asked for
_QUOTE_ASKED = re.compile(r"\b(?:quote|quotes|quotation|statement|remarks?)\s+(?:about|on|regarding)\b", re.I)


def _surnamed(text: str, hits: Sequence[Hit]) -> list[str]:
    """The persons the passages read name in full ("Daniël Termont") whose surname alone `text` gives, in any case
    ("mayor termont")."""
    words = {w.lower() for w in _WORD.findall(text)}
    persons = (_person(m.group()) for hit in hits for m in _FULL_NAME.finditer(hit.chunk.text))
    return list(dict.fromkeys(p for p in persons if p and p.split()[-1].lower() in words))


_WHY_DID_SAY = re.compile(r"\bwhy\s+did\s+([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\s+"
                          r"(?:say|write|state|declare|claim|proclaim)\b", re.I)
_NOT_A_SPEAKER = frozenset("the a an he she they it we you his her their its this that these those".split())
_QUOTE_GOES_ON = re.compile(r"^[^“”]*”\W*$")  # a sentence closing a quotation it does not open


_TELLS_SAID = re.compile(r"\b(?:said|wrote|stated|declared|argued|claimed|stressed|emphasi[sz]ed)\s+that\b|"
                         # "Why did Mayor Mathias De Clercq say that Ghent supports ...?"
                         r"\bdid\b[^?,;]{0,60}?\b(?:say|write|state|declare|argue|claim|stress|emphasi[sz]e)\s+"
                         r"that\b|"
                         # "why did rudy coddens say the coronavirus doesn't know any borders": the words said, without
                         # "that" (not "say about", "say to", "say what", "say anything")
                         r"\bwhy\s+did\b[^?,;]{0,60}?\b(?:say|write|state|declare|claim|proclaim)\s+"
                         r"(?!(?:about|to|in|on|at|during|when|what|why|how|where|who|anything|nothing|something|so|"
                         r"this|it|that)\b)(?:[\w’'-]+\s+){2,}", re.I)


_SAYING = frozenset(_stem(w) for w in ("say", "said", "state", "stated"))


def _asked_of(question: str, person: str, besides: frozenset[str] = frozenset()) -> set[str]:
    """The stems of what the question asks `person` to have said: its content words less the person's name, the
    verb of saying and the words `besides` (lower case)."""
    named = {w.lower() for w in person.split()}
    return {_stem(w) for w in _WORD.findall(question) if tokenize(w, "en") and w.lower() not in named
            and w.lower() not in besides} - _SAYING


def _said_by_another_there(question: str, person: str, chosen: Sequence[str]) -> str | None:
    """The person asked about is named, but the words the question places ("At the December 2018 parliamentary
    hearing, what did Charles Michel say about how the Compact text had been weakened?") are another's: "In a
    parliamentary hearing on 4 December 2018, ... Mr. Jean-Luc Bodson ... emphasized that the text had been
    amended – and weakened". The other's sentence shares at least four of the question's words, and at least
    twice as many as any sentence naming the asked person, which says nothing itself."""
    asked = _asked_of(question, person)

    def shared(sentence: str) -> int:
        return len(asked & {_stem(w) for w in _WORD.findall(sentence)})

    own = [s for s in chosen if person.split()[-1] in s]
    if any(SPEECH.search(s) for s in own):
        return None
    most = max(shared(s) for s in own)
    for sentence in chosen:
        if sentence in own or not SPEECH.search(sentence) or shared(sentence) < max(4, 2 * most):
            continue
        speaker = _first_person(sentence)
        if speaker:
            # "... via litigation.1 In a parliamentary hearing ...": a footnote's number hid a sentence's end
            said = quote_from(sentence, sentence.find(speaker))
            return f"the reports give these words to {speaker}, not {person}: “{said}”"
    return None


_TOPIC_WORDS = 3  # the question's words, besides the person and the office, that the other's words must all hold


def _quoted_from_another(question: str, person: str, hits: Sequence[Hit]) -> str | None:
    """The person asked about is named, but what the question asks them to have said ("what did mayor daniël
    termont say about the coronavirus not knowing borders") is all in one sentence the reports give to another ("The
    coronavirus doesn't know any borders.", inside Mayor Mathias De Clercq's quotation), and nearly all in no
    sentence naming the person asked."""
    topic = _asked_of(question, person, besides=_OFFICE_WORDS | _FORMER)
    # "What did mayor Mathias De Clercq mean when he said Ghent supports bottom-up initiatives ...?": the words said
    said = _WORDS_SAID.search(question)
    if said and len(content_stems(said.group(1))) >= _TOPIC_WORDS:
        topic = _asked_of(said.group(1), person)
    if len(topic) < _TOPIC_WORDS:
        return None
    surname = person.split()[-1]
    found = None
    for hit in hits:
        chunk = hit.chunk
        for start, end in split_sentences(chunk.text, chunk.start):
            sentence = chunk.text[start - chunk.start:end - chunk.start]
            held = topic & {_stem(w) for w in _WORD.findall(sentence)}
            if surname in sentence and len(held) >= len(topic) - 1:
                return None  # the person asked says much of it too
            if found or held != topic:
                continue
            speaker = speaker_at(chunk.text, start - chunk.start) or (
                _first_person(sentence) or _titled(sentence) if _SPEAKS.search(sentence) else None)
            if speaker and surname not in speaker and surname not in sentence:
                speaker = _person(speaker) or speaker  # "Ghent Mayor Mathias De Clercq": the person
                found = f"the reports give these words to {speaker}, not {person}: “{quote(sentence)}”"
    return found


# (or the person named there: "when Ghent Mayor Daniël Termont said that the coronavirus doesn't know any borders,
# what had ...?", the words up to the question's own)
_WORDS_SAID = re.compile(r"\b(?:when|where|as)\s+(?:he|she|they|(?:[\w’'-]+\s+){1,5}?)(?:said|says|stated|states|"
                         r"claimed|wrote)\s+(?:that\s+)?([^?;]+?)(?=,\s*(?:what|which|who|whom|how|why|when|where)\b|"
                         r"[?;]|$)", re.I)
_FORMER = frozenset({"former", "then", "ex", "later", "current"})  # "former mayor termont": the office's time


# words given to someone: a verb of speech, or "describes this as follows"
_SPEAKS = re.compile(rf"{SPEECH.pattern}|\bdescrib(?:es|ed)\b", re.I)
# one named by office and surname alone: "Alderman Coddens describes this as follows: ..."
_TITLED_NAME = re.compile(rf"\b(?i:{OFFICES})\s+[A-Z][\w’'-]+")


def _titled_as(surname: str, hits: Sequence[Hit]) -> list[str]:
    """ "Coddens" where the passages read name one by office and `surname` (any case) alone ("Alderman Coddens")."""
    return list(dict.fromkeys(m.group().split()[-1] for hit in hits for m in _TITLED_NAME.finditer(hit.chunk.text)
                              if m.group().split()[-1].lower() == surname.lower()))


def _titled(sentence: str) -> str | None:
    """ "Alderman Coddens" of a sentence that names someone by office and surname only; None when none."""
    match = _TITLED_NAME.search(sentence)
    return match.group() if match else None


def _first_person(sentence: str) -> str | None:
    """The first person the sentence names in full ("the Belgian Special Envoy ... Mr. Jean-Luc Bodson" -> "Jean-Luc
    Bodson"), offices and places dropped; None when it names none."""
    return next((name for name in map(_person, (m.group() for m in _FULL_NAME.finditer(sentence))) if name), None)


def _office_holder(sentence: str) -> str | None:
    """One named by an office and a surname only, maybe through another office ("The spokesman of alderman Coddens
    stated ..." -> "the spokesman of alderman Coddens"); None when there is none."""
    held = re.search(rf"\b(?:(?:[Tt]he\s+)?(?i:{OFFICES})\s+of\s+)?(?i:{OFFICES})\s+[A-Z][\w’'-]+", sentence)
    return held.group()[0].lower() + held.group()[1:] if held else None


def _person(name: str) -> str | None:
    """The person's name in a run of capitalised words, offices and places before it dropped ("Ghent Mayor
    Mathias De Clercq" -> "Mathias De Clercq"); None when fewer than two words are left ("Refugee Taskforce" is no
    person: its words are office words)."""
    words = name.split()
    while words and (words[0].lower() in _OFFICE_WORDS or words[0].lower() in PLACE_WORDS):
        words.pop(0)
    if len(words) < 2 or any(w.lower() in _OFFICE_WORDS for w in words):
        return None
    return " ".join(words)


# "Which municipalities did the study find most successful at integrating immigrants?" wants a sentence that
# ranks or singles out ("the most", "best", "mainly", "more than"), not one that only sets out the study
_RANK_ASKED = re.compile(r"\b(?:the|be|is|are|was|were|finds?|found|rates?|rated|considers?|considered|deems?|"
                         r"deemed)\s+(?:most|least)\s+(?!of\b|developed\b)[a-z]{4,}|"
                         r"\b(?:best|worst|highest|lowest|largest|biggest|greatest|smallest|strongest|weakest|"
                         r"poorest|richest|fastest|slowest)\b|"
                         # "moving cities ranked ghent top - what put it first?"
                         r"\b(?:ranked|ranking|rankings|top(?! of\b)|number one)\b", re.I)
_RANKS = re.compile(r"\b(?:most|best|least|worst|top|leading|main|mainly|largest|biggest|highest|lowest|greatest|"
                    r"smallest|strongest|major|majority|primarily|mostly|chief|key|more|less|better|worse|"
                    r"particularly|especially)\b", re.I)


# "Which local characteristic explains most of the differences?" asks for a finding: a sentence that says what
# explains or drives the most, not one that sets out the question the study asks
_EXPLAINS_MOST = re.compile(r"\b(?:explains?|explained|accounts? for|accounted for|drives?|drove|determines?|"
                            r"determined)\s+(?:most|the most|the bulk|the largest part)\b", re.I)
_EXPLAINS = re.compile(r"\b(?:explain\w*|account(?:s|ed)? for|driv\w*|determin\w*|factors?|due to|because|caus\w*|"
                       r"attribut\w*)\b", re.I)


def _finding_missing(question: str, chosen: Sequence[str]) -> str | None:
    """ "What explains most of ...?" needs a sentence that singles out what explains it."""
    if not _EXPLAINS_MOST.search(question) or asks_yes_no(question):
        return None
    if any(_EXPLAINS.search(s) and _RANKS.search(s) for s in chosen):
        return None
    return "no sentence says what explains most of it"


def _ranking_missing(question: str, chosen: Sequence[str]) -> str | None:
    """ "Which ... the most successful / best ...?" needs a sentence that ranks or singles something out."""
    asked = _RANK_ASKED.search(question)
    if not asked or asks_yes_no(question):
        return None
    if not any(ranks_asked(question, sentence) for sentence in chosen):
        return f"no sentence says which is {re.sub(r'^(?!most|least)[a-z]+ (?=most|least)', '', asked.group().lower())}"
    return None


def ranks_asked(question: str, sentence: str) -> bool:
    """Does the sentence rank or single out what the question asks the best (most ..., top) of?"""
    ranked = _ranked(question)
    return ranked is not None and _ranks(sentence, ranked)


def asks_best_way(question: str) -> bool:
    """Does the question ask which way of doing something is best ("which civil-society strategy ... has paid off
    best?")?"""
    ranked = _ranked(question)
    return bool(ranked and ranked & _MANNERS)


def _ranked(question: str) -> set[str] | None:
    """The stems of what the question asks the best (most ..., top) of; None when it asks no ranking."""
    asked = _RANK_ASKED.search(question)
    if not asked:
        return None
    # the sentence that ranks must be about what is ranked: "most successful" wants "success" or the things asked
    # for ("Which municipalities ...") in it, not a "more" or "key" anywhere
    # (and the thing the rank is said of: "what should the best approach ... be grounded in?")
    after = re.match(r"\s+([a-z]{4,}|way)\b", question[asked.end():])
    ranked = {_stem(w) for w in [asked.group().split()[-1], *_RANKED_THING.findall(question),
                                 *(after.groups() if after else ())]
              if not _RANKS.fullmatch(w)}
    if ranked & _MANNERS:  # "the best way to integrate refugees" is told as "the best approach to integrating ..."
        ranked |= _MANNERS
    return ranked


_MANNERS = frozenset(_stem(w) for w in ("way", "approach", "method", "manner", "strategy"))


def _ranks(sentence: str, ranked: set[str]) -> bool:
    """The sentence ranks or singles out, within three words of one of the `ranked` stems (anywhere, if none), or
    gives shares to compare."""
    words = _WORD.findall(sentence)
    if len(re.findall(r"\d+(?:[.,]\d+)?\s*%", sentence)) >= 2:  # "10.08% for Algeria, 8.87% for the DRC": compared
        return True
    at = [i for i, w in enumerate(words) if _RANKS.fullmatch(w)]
    if not ranked or not at:
        return bool(at)
    return any(abs(i - j) <= 3 for j, w in enumerate(words) if _stem(w) in ranked for i in at)


# the things a "which" question ranks: "Which Belgian municipalities did the study find most successful?"
# ("which civil-society strategy": the strategy, past a compound before it)
_RANKED_THING = re.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+(?:[A-Z][\w-]*\s+|[a-z]+(?:-[a-z]+)+\s+)*([a-z]{4,})\b(?!-)")


def _is_quantity(word: str) -> bool:
    return bool(re.fullmatch(r"\d[\d.,]*%?", word)) or word.lower() in _NUMBER_WORDS


# a cause the question states: "Since the EU cut Ankerkracht's subsidies in 2015 because the project failed its
# evaluation, who took it over?" (up to the clause's end)
# (nor across a sentence's end: "... because Belgium deported a Sudanese national. What structural problem ...?")
# (up to a dash that opens what is asked: "... because it was too broad — what else did the court nuance ...?",
# probes67 #30)
# (or a purpose: "wants cities to get direct access to europen funds so they can lower local taxes", probes67 #34)
_CAUSE = re.compile(r"\b(?:because|due to the fact that|so\s+(?:that\s+)?(?:they|we|it|he|she|cities|the\s+city)\s+"
                    r"(?:can|could|would|will|may|might))\s+(?!of\b)((?:(?!\s[-–—]\s)[^,;?.]|\.(?!\s))+)", re.I)


def _cause_unsupported(question: str, hits: Sequence[Hit]) -> str | None:
    """A cause the question takes for granted that no passage read gives: the rest of the cause is found in one
    sentence of a passage read, with the sentences either side of it ("after an evaluation"), but a word of it in
    none of the passages read ("failed"). Not for "because of" (a noun, often the reports' in other words), nor
    for yes/no questions ("Can they turn her away because the family is undocumented?"), which ask whether the
    cause holds."""
    if asks_yes_no(question):
        return None
    for match in _CAUSE.finditer(question):
        cause = content_stems(match.group(1))
        if len(cause) < 2:
            continue
        best: set[str] = set()
        read: set[str] = set()
        for hit in hits:
            text = hit.chunk.text
            stems = [content_stems(text[s:e]) for s, e in split_sentences(text)]
            read.update(*stems)
            for i in range(len(stems)):
                window = cause & set().union(*stems[max(0, i - 1):i + 2])
                if len(window) > len(best):
                    best = window
        # the rest of the cause is told together, and a word of it nowhere in the passages read ("failed"): a word
        # used elsewhere there may be the reports' own, told in other words ("arrived" for "moved to Belgium")
        missing = [w for w in _WORD.findall(match.group(1)) if content_stems(w) and not content_stems(w) & read]
        if missing and len(best) >= len(cause) - len(missing):
            return f"no passage read says {match.group(1).strip()}: they never mention {', '.join(missing)}"
    return None
