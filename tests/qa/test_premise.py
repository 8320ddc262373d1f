"""The premise checks: each fires on its own sign and stays quiet on the answerable look-alike."""

from __future__ import annotations

import pytest

from ingest.passage import Chunk
from qa.causes import reversed_cause, reversed_sequel
from qa.contradiction import _other_actor, quote
from qa.denials import only_doer_among_others
from qa.events import ending_untold
from qa.figures import other_binding, other_count, other_fraction
from qa.plans import other_years_span, target_taken_as_met
from qa.premise import _funder_missing, _other_speaker, counted_phrases, measured_phrase, premise_problem
from qa.question import classify, question_parts
from qa.result import Hit
from qa.roles import other_body_in_charge, other_name_for, other_office, swapped_transfer
from qa.sources import other_source


def hits(*texts: str) -> list[Hit]:
    out, start = [], 0
    for i, text in enumerate(texts):
        out.append(Hit(Chunk(id=f"p{i}", doc_id="d", text=text, start=start, end=start + len(text), lang="en"), 1.0))
        start += len(text) + 2
    return out


def problem(question: str, *sentences: str, passages: tuple[str, ...] = ()) -> str | None:
    return premise_problem(question, classify(question), sentences[0], list(sentences),
                           hits(*(passages or (" ".join(sentences),))))


@pytest.mark.parametrize("question, phrase", [
    ("How many asylum seekers could the pontoon house?", [["asylum", "seekers"]]),
    ("How many newcomers took part as volunteers?", [["newcomers"]]),
    ("How many people did Jobteam Gent reach?", [["people"]]),
    ("How many families with children were held?", [["families"]]),
    ("How many volunteers were there, and how many of them were new?", [["volunteers"]]),
    ("How many, in total?", []),
    ("how many ppl usually show up", [["people"]]),  # zf035: a busy user's "ppl"
])
def test_counted_phrase_ends_at_its_plural_noun(question, phrase):
    assert counted_phrases(question) == phrase


def test_how_many_needs_a_number_that_counts_the_asked_thing():
    question = "How many families with children were held in the family units?"
    held = "In August 2018, Belgium started to detain families with children in family units."
    assert problem(question, held) == "no sentence gives a number of families"
    assert problem(question, "In 2019, 24 families with children were held in the family units.") is None
    # the counted noun's other words must be there too: applications of another kind are not asylum ones
    # (when the reports use "asylum": a word they never use is the question's own wording)
    assert problem("How many asylum applications were lodged?", "The project received 77 applications.",
                   passages=("The project received 77 applications. Asylum is a federal matter.",))
    assert problem("How many people did it reach?", "It reached 798 persons in its first year.") is None
    assert problem("How many applicants invoked it?", "Only two applicants invoked the GCM.") is None
    # "people" is counted by any plural noun; a year is not a count
    assert problem("How many people was the pontoon built for?", "A pontoon for 250 asylum seekers.") is None
    assert problem("How many newcomers joined the tour?", "A tour was arranged in 2018 for newcomers.")
    assert problem("How many newcomers joined in 2018?", "In 2018, 2000 newcomers joined.") is None


def test_one_counted_part_of_a_two_part_question_is_enough():
    question = "How many asylum seekers did citizens ask to shelter, and how many minors were relocated?"
    assert problem(question, "In August 2020, 18 unaccompanied minors were relocated.") is None
    assert problem(question, "Minors were relocated after the fire.")


def test_a_question_for_a_name_wants_a_name_it_does_not_give_itself():
    question = "What is the name of the Ghent resident who founded Hart voor Vluchtelingen?"
    assert problem(question, "Hart voor Vluchtelingen was founded in 2015 by a citizen of Ghent.") == \
        "no sentence gives a person's name"
    assert problem(question, "Hart voor Vluchtelingen was founded in 2015 by Ann Peeters of Ghent.") is None
    # a gloss of the asked name is not a name of someone
    assert problem(question, "An example is Hart voor Vluchtelingen (Heart for Refugees), founded by a citizen.") \
        == "no sentence gives a person's name"
    # an office is no person's name; a thing's name may be any name
    question = "What was the name of the secretary of state whose intermediaries were caught up in the visa scandal?"
    assert problem(question, "Humanitarian visa are a discretionary competence of the Secretary of State for "
                             "Asylum and Migration under the Immigration Act.") == "no sentence gives a person's name"
    assert problem(question, "Secretary of State Theo Francken saw his intermediaries caught up in the visa "
                             "scandal.") is None
    assert problem("What is the name of the board game used in Ghent schools?",
                   "This is the objective of the board game ‘This is not a Game’, offered in the schools.") is None


def test_money_questions_want_an_amount_or_a_share():
    assert problem("What is the annual budget of the forum?", "The forum meets twice a year.")
    assert problem("What is the annual budget of the forum?", "The forum has a budget of €40,000 a year.") is None
    assert problem("How expensive is it to send remittances?", "Costs were 10.08% to Algeria in 2020.") is None
    # "what fees does X charge" asks for an amount too (r029)
    placing = "Despite its name, Refu Interim is not a real interim agency: their main focus is social contact."
    assert problem("What fees does Refu Interim charge companies for placing refugees in temporary jobs?", placing) \
        == "no sentence gives an amount"
    assert problem("What fees does the agency charge?", "The agency charges a fee of 50 euros.") is None
    # "what did the court order Belgium to pay?" asks for an amount too (probe)
    judgment = "In the M.A. v. Belgium judgment, the Court held that Belgium had violated Article 3 ECHR."
    assert problem("what did the ECHR order belgium to pay in the M.A. case", judgment) == (
        "no sentence gives an amount")
    assert problem("What did the court order Belgium to pay?", "Belgium was ordered to pay 5,000 euros.") is None
    assert problem("What did the court order Belgium to do?", judgment) is None
    # not "what fees": no amount asked (who pays is, and this sentence does not say it)
    assert problem("Who pays for the fees of the course?", placing) == (
        "no sentence says who funds the fees of the course")


def test_a_number_the_question_states_must_be_in_the_passages():
    question = "Why is the project aimed at refugees over 30?"
    assert problem(question, "The project aims to anchor young refugees.",
                   passages=("Members of the target group are between 16 and 25 years old.",)) == \
        "the passages never mention 30"
    assert problem("Why does the pontoon house 250 people?", "A pontoon for 250 asylum seekers was opened "
                   "because the reception centres were full.") is None
    # "the 2016 article" is the report of 2016, whose text need not say so
    groups = "Within the taskforce, we set up three working groups: on shelter, on integration and on volunteers."
    dated = Hit(Chunk(id="p0", doc_id="d", text=groups, start=0, end=len(groups), lang="en",
                      metadata={"year": 2016}), 1.0)
    question = "What working groups did the taskforce have, according to the 2016 article?"
    assert premise_problem(question, classify(question), groups, [groups], [dated]) is None
    assert problem(question, groups) == "the passages never mention 2016"


def test_a_premise_the_reports_contradict_is_refused():
    question = "Why did the federal government agree to Ghent's request to shelter asylum seekers?"
    asked = "Ghent asked to shelter 300 asylum seekers from Moria."
    passage = asked + " However, the request was rejected by the Belgian federal government."
    assert problem(question, asked, passages=(passage,)) == ("the reports say the opposite of 'agree': “However, the "
                                                              "request was rejected by the Belgian federal government”")
    # the opposite word about something else does not count
    other = asked + " The minister rejected a motion on housing."
    assert problem(question, asked, passages=(other,)) is None
    # the question's own word in the sentence: no contradiction
    agreed = asked + " The federal government agreed to the request of Ghent after a month."
    assert problem(question, asked, passages=(agreed,)) is None
    assert problem("Since when have remittance costs been below the target?",
                   "Remittance costs remain substantially higher than the target of 3%.")
    assert problem("Why did the Court confirm criminal history as a criterion?",
                   "The criterion of criminal history was annulled by the Constitutional Court.")


def test_an_opposite_may_be_a_phrase_and_a_question_naming_both_sides_presumes_neither():
    passage = ("In 2015 the European subsidies for Project Ankerkracht were ended. The OCMW of Ghent decided that "
               "the project would be taken over with regular funds of the OCMW.")
    assert problem("Why did the OCMW of Ghent stop funding Project Ankerkracht?", passage.split(". ")[1],
                   passages=(passage,)).startswith("the reports say the opposite of 'abolish'")
    assert problem("After the subsidies for Ankerkracht ended, which Ghent body took the project over?",
                   passage.split(". ")[1], passages=(passage,)) is None


@pytest.mark.parametrize("question, word", [
    ("Why did Ghent shut down its Refugee Taskforce?", "shut down"),
    ("Why was the Refugee Taskforce disbanded?", "disband"),
    ("Why did the city scrap the Refugee Taskforce?", "scrap"),
])
def test_shutting_down_is_contradicted_by_a_transformation(question, word):
    passage = "Ghent decided to transform the Refugee Taskforce into the Migratieforum (Migration Forum)."
    assert problem(question, passage).startswith(f"the reports say the opposite of '{word}'")
    # a sentence that says it was shut down does not contradict it
    assert problem(question, "Ghent shut down, disbanded and scrapped the Refugee Taskforce in 2019.") is None


def test_a_number_that_labels_counts_nothing():
    sentence = "- Objective 4: Recognized stateless persons in Belgium do not automatically obtain a residence right."
    assert problem("How many recognised stateless persons are living in Belgium?", sentence) == \
        "no sentence gives a quantity"
    assert problem("How many recognised stateless persons are living in Belgium?",
                   "Belgium counts 4 recognised stateless persons.") is None


def test_another_frequency_contradicts_the_question():
    said = "Therefore, Ghent organizes its Migratieforum twice a year to allow all the actors to meet."
    assert problem("Since Ghent's Migratieforum meets every month, who usually turns up?", said).startswith(
        "the reports say twice a year, not every month: “Therefore, Ghent organizes")
    assert problem("Who turns up to the monthly sessions of the Migratieforum?", said).startswith(
        "the reports say twice a year, not every month")
    # the same frequency said another way, or no frequency in the question: no contradiction
    assert problem("Who attends the Migratieforum, held biannually?", said) is None
    assert problem("Who attends the Migratieforum?", said) is None
    # a sentence about something else (no shared word) says nothing about the question's frequency
    assert problem("Since the Migratieforum meets every month, who attends?",
                   "Volunteers cook dinner every week.") is None


def test_a_wage_or_income_question_wants_an_amount():
    assert problem("How much is the monthly living wage that young people in the project receive?",
                   "Members of the target group are between 16 and 25 years old.") == "no sentence gives an amount"
    assert problem("How much income must a sponsor show?",
                   "The amount of resources is set at 120% of the living wage.") is None


def test_still_is_contradicted_by_an_ending_but_a_yes_no_question_may_be_answered_no():
    passage = ("Ankerkracht was originally funded by the European Union. However, in 2015 European subsidies for "
               "Ankerkracht were ended.")
    assert problem("Since Project Ankerkracht is still financed by the European Union, what does Ghent add?",
                   passage.split(". ")[1], passages=(passage,)).startswith("the reports say the opposite of 'still'")
    assert problem("Is Project Ankerkracht still financed by the European Union?", passage.split(". ")[1],
                   passages=(passage,)) is None
    assert problem("Did the federal government agree to Ghent's request?",
                   "However, the request was rejected by the federal government.") is None


def test_another_actor_who_started_or_funds_a_named_thing_contradicts_the_question():
    def actor(question: str, *passages: Hit) -> str | None:
        return _other_actor(question, [passages[0].chunk.text], passages)

    set_up = hits("Ankerkracht (Anchor Power) was set up by the Belgian federal government and was originally "
                  "funded by the European Union.")
    assert actor("Why did the city of Ghent decide to launch Project Ankerkracht in 2015?", *set_up) == (
        "the reports name another actor, the Belgian federal government: “" + set_up[0].chunk.text.rstrip(".") + "”")
    # the actor the reports name, in other words or as an acronym; a question naming no actor, or asking who
    for question in ("Why did the federal government set up Ankerkracht?", "Why did the EU fund Ankerkracht?",
                     "Why was Ankerkracht set up?", "Who launched Ankerkracht?"):
        assert actor(question, *set_up) is None, question
    # the thing may be named only in the passage's section heading: "The project is sponsored by ..."
    text = "The project is sponsored by the city of Ghent and the European Social Fund (ESF)."
    sponsored = Hit(Chunk(id="p0", doc_id="d", text=text, start=0, end=len(text), lang="en",
                          section="3.2 Jobteam Gent"), 1.0)
    assert actor("I read that Jobteam Gent is bankrolled by the Flemish Ministry of Culture. What does it expect?",
                 sponsored) == ("the reports name another actor, the city of Ghent and the European Social Fund: "
                                "“The project is sponsored by the city of Ghent and the European Social Fund (ESF)”")
    assert actor("I read that Refu Interim is bankrolled by the Flemish Ministry of Culture.", sponsored) is None
    # "originally funded by" names the first funder, who may have been followed: not against who pays now
    assert actor("Why did Ghent's social welfare centre end up paying for Ankerkracht?", *set_up) is None
    assert actor("Why did the city of Ghent originally fund Ankerkracht?", *set_up).startswith(
        "the reports name another actor, the European Union")
    # one of several actors named is enough
    assert actor("How is Refu Interim funded by the Ministry of Culture?",
                 *hits("Refu Interim is subsidised by the city of Ghent and the Ministry of Culture.")) is None
    # money a thing gets from an actor is the actor's funding, typed in lower case or not
    refu = hits("Refu Interim is subsidised by the city of Ghent and the Ministry of Culture.")
    assert actor("how much $ does refu interim get from the european social fund", *refu) == (
        "the reports name another actor, the city of Ghent and the Ministry of Culture: "
        "“Refu Interim is subsidised by the city of Ghent and the Ministry of Culture”")
    assert actor("How much funding did Refu Interim receive from the European Social Fund?", *refu).startswith(
        "the reports name another actor")
    for question in ("how much money does refu interim get from the ministry of culture",
                     "what support do newcomers get from refu interim"):
        assert actor(question, *refu) is None, question


def test_which_year_wants_a_year():
    said = "Therefore, Ghent organizes its Migratieforum twice a year to let all the actors meet."
    assert problem("In what year did Ghent hold its first Migratieforum?", said) == "no sentence gives a year"
    assert problem("In what year did Ghent hold its first Migratieforum?",
                   "Ghent held its first Migratieforum in 2017.") is None
    assert problem("When does Ghent hold its Migratieforum?", said) is None  # "twice a year" says when


def test_words_the_passages_never_use_are_not_held_against_the_answer():
    said = "Refu Interim has worked with 69 different organisations in 2019."
    # "host bodies" is the question's wording: any number of things counts it
    assert problem("With how many host bodies did Refu Interim cooperate in 2019?", said) is None
    assert problem("With how many host bodies did Refu Interim cooperate in 2019?", "Refu Interim began in 2019.") \
        == "no sentence gives a number of host bodies"
    # a counted word the passages do use must be counted
    assert problem("How many volunteers did Refu Interim place in 2019?", said,
                   passages=(said + " Volunteers are placed in organisations.",)) \
        == "no sentence gives a number of volunteers"
    # the reports use "bodies" elsewhere, never "host bodies": still the question's own wording
    assert problem("With how many host bodies did Refu Interim cooperate in 2019?", said,
                   passages=(said + " Public bodies fund it.",)) is None
    fee = "The Flemish government envisages a minimum fee of 360 euros for the civic integration course."
    assert problem("What price floor does the Flemish government want to put on civic integration?", fee) is None


def test_a_rate_the_reports_never_name_still_needs_a_rate():
    fee = ("The Flemish government envisages making the civic integration course tougher through a minimum fee of "
           "360 euros and by tightening language requirements.")
    assert problem("What is the pass rate for the Flemish civic integration exam these days?", fee) \
        == "no sentence gives a pass rate"
    assert problem("What is the pass rate for the Flemish civic integration exam these days?",
                   "About 70% of the candidates pass the civic integration exam.") is None


def test_when_something_ended_wants_the_time_of_an_ending():
    began = "In 2015 Ghent, like many European cities, was facing an increasing number of refugees."
    assert problem("When did the Reno-boat stop taking in asylum seekers?", began) == "no sentence says when it ended"
    assert problem("When did the EU funding for Ankerkracht stop?",
                   "However, in 2015 European subsidies were ended.") is None
    assert problem("When did the Reno-boat open?", began) is None

    # "a closed centre" is a kind of centre, and "until today" is no ending (zc032)
    detained = ("In August 2018, Belgium started to detain again families with children in family units in a "
                "closed centre near Brussels airport; until today, minors can be detained with adults.")
    assert problem("When were the family units near Brussels airport closed down?", detained) \
        == "no sentence says when it ended"
    assert problem("When were the family units near Brussels airport closed down?",
                   "The family units near Brussels airport were closed in 2021.") is None


def test_an_extension_says_the_opposite_of_wound_up():
    extended = ("For example, the duration of the project Jobteam Gent was originally set at two years. This was "
                "already granted to Jobteam Gent once, with a current extension of one year.")
    assert problem("Why was Jobteam Gent wound up once its two-year run ended?", extended.split(". ")[1],
                   passages=(extended,)).startswith("the reports say the opposite of 'wound up'")
    assert problem("Why was Jobteam Gent extended after its two-year run ended?", extended.split(". ")[1],
                   passages=(extended,)) is None


def test_voluntary_work_says_the_opposite_of_paid_jobs_unless_the_question_negates():
    voluntary = ("Specifically, the project Refu Interim brings newcomers and organisations in touch with each other "
                 "through voluntary work in the cultural and social sector.")
    assert problem("Since Refu Interim works as a temp agency placing refugees in paid interim jobs, which sectors "
                   "do most of them get hired into?", voluntary) \
        .startswith("the reports say the opposite of 'paid job'")
    # "can't" negates like "cannot": the question does not take paid jobs for granted
    assert problem("Asylum seekers in Ghent can't take paid jobs. Which Refu Interim scheme lets them do work in the "
                   "cultural sector?", voluntary) is None


@pytest.mark.parametrize("question, sentence, word", [
    # probes12: the manner or nature a question gives, against the reports' opposite
    ("what made the 1980 aliens act so simple and accessible after forty years?",
     "Due to numerous amendments since 1980, over the past forty years, the act has become highly complex and "
     "inaccessible.",
     "simple"),
    ("Yar and Laurentsyeva argue that immigrants facing the same national framework perform uniformly across the "
     "country; which local factors do they nonetheless study?",
     "As a result, immigrants living in the same country and thus facing the same overall institutional and "
     "regulatory framework can still perform very differently, depending on local factors.", "uniform"),
    ("refu interim does its newcomer-org matching in groups - what does it pay attention to?",
     "With Refu Interim, matching between newcomer and organisation takes place on an individual basis.", "in groups"),
    ("gent zonder grenzen had to switch to in-person street work during covid - what did that let them do?",
     "Gent Zonder Grenzen first gained attention through social media and was forced to continue working online "
     "due to the COVID pandemic.", "in-person"),
    ("When did the European Commission announce its New Pact on Migration and Asylum, which only implicitly touches "
     "on integration into local communities?",
     "The European Commission announced its New Pact on Migration and Asylum on 23 September 2020, with explicit "
     "emphasis on supporting integration into local communities.", "implicit"),
    ("Humanitarian regularisation in Belgium is granted on fixed statutory criteria; who applies them?",
     "The granting of a humanitarian regularisation in Belgium is a discretionary competence of the Secretary of "
     "State.", "statutory"),
])
def test_a_manner_the_reports_give_the_opposite_of_is_refused(question, sentence, word):
    assert problem(question, sentence) == f"the reports say the opposite of '{word}': “{sentence.rstrip('.')}”"


@pytest.mark.parametrize("question, twin, sentence, word", [
    # probes24
    ("External services were dissatisfied with the social value of Project Ankerkracht. What made it a success?",
     "External services were satisfied with the social value of Project Ankerkracht. What made it a success?",
     "Both internal and external services are satisfied with the social value of the Ankerkracht project.",
     "dissatisfied"),
    ("ghent set up its refugee taskforce despite opposition from the city council - what did it want to give "
     "newcomers",
     "ghent set up its refugee taskforce with full support of the city council - what did it want to give newcomers",
     "To coordinate this approach, Ghent set up a Refugee Taskforce with full support of the city council.",
     "despite opposition"),
    ("the report says the bossuyt commission's proposals on criminalising irregular stay fit the spirit of gcm "
     "objective 11 - what does that objective ask",
     "the report says the bossuyt commission's proposals on criminalising irregular stay go against the spirit of gcm "
     "objective 11 - what does that objective ask",
     "The Commission Bossuyt proposes to increase the criminalisation of irregular stay. This goes against the spirit "
     "of the action suggested under Objective 11 of the GCM.", "fit the spirit"),
    # heldout48 zw027
    ("why does the gcm contribution support the bossuyt commission's idea of jailing irregular migrants",
     "why does the gcm contribution criticise the bossuyt commission's idea of jailing irregular migrants",
     "The Commission Bossuyt proposes to increase the criminalisation of irregular stay with a prison sentence of 3 "
     "months to 1 year. This goes against the spirit of the action suggested under Objective 11 of the GCM.",
     "support"),
    # probes27 #4: backing against critical concerns
    ("why did n-va back the global compact in autumn",
     "why did n-va criticise the global compact in autumn",
     "During autumn, however, the right-wing nationalist political party N-VA started to raise critical concerns about "
     "the Compact, arguing that endorsing the Compact would imply relinquishing national sovereignty.", "back"),
])
def test_an_opposite_phrase_of_a_stance_is_refused(question, twin, sentence, word):
    reason = problem(question, sentence)
    assert reason and reason.startswith(f"the reports say the opposite of '{word}': “")
    assert problem(twin, sentence) is None


def test_a_stance_asked_of_whoever_took_it_is_no_premise_another_denies():
    # heldout46 zu007: "which PM had backed the compact" asks who did; the N-VA's concerns deny nobody's backing
    concerns = ("During autumn, however, the right-wing nationalist political party N-VA started to raise critical "
                "concerns about the Compact, arguing that endorsing the Compact would imply relinquishing national "
                "sovereignty.")
    assert problem("which PM had backed the compact in the UN before the N-VA turned on it", concerns) is None
    assert problem("who backed the global compact in autumn", concerns) is None
    reason = problem("why did the n-va back the global compact in autumn", concerns)
    assert reason and reason.startswith("the reports say the opposite of 'back'")


def test_an_opposite_word_the_sentence_negates_says_nothing_against_the_question():
    # "does not refer explicitly" agrees with "tacitly"; a synonym after "not" is no negation of the word itself
    tacit = ("Unlike the GCM, the new federal coalition agreement does not refer explicitly to the Global Compact "
             "when it comes to minors.")
    assert problem("new federal govt only tacitly backs the Global Compact without naming it - what did it say on "
                   "minors?", tacit) is None
    assert problem("new federal govt only tacitly backs the Global Compact without naming it - what did it say on "
                   "minors?",
                   "The new federal coalition agreement explicitly backs the Global Compact when it comes to "
                   "minors.").startswith("the reports say the opposite of 'tacit'")
    court = ("Challenging the legality of these measures in court has proven the most successful way of influencing "
             "migration policy, even if the courts did not uphold all complaints.")
    assert problem("lobbying proved the most successful way for belgian civil society to influence migration "
                   "policy - what caveat does the report add", court).startswith("the reports say the opposite of")
    # the look-alikes: the matching asked as the reports give it, aid collected (not "collectively")
    assert problem("refu interim does its newcomer-org matching individually - what does it pay attention to?",
                   "With Refu Interim, matching between newcomer and organisation takes place on an individual "
                   "basis.") is None


def test_recognising_a_compact_says_the_opposite_of_distancing_from_it():
    recognised = ("The new federal coalition agreement of 2020 holds potential for a more GCM-compliant migration "
                  "policy, e.g. by explicitly recognising the importance of the Global Compact for Migration.")
    assert problem("Why did the 2020 federal coalition agreement distance itself from the UN Global Compact for "
                   "Migration?", recognised).startswith("the reports say the opposite of 'distance'")
    assert problem("Why did the 2020 federal coalition agreement embrace the Global Compact for Migration?",
                   recognised) is None


def test_which_is_most_successful_wants_a_sentence_that_ranks():
    setting = ("The setting for our analysis is Belgium, due to its multilevel governance system and high degree "
               "of autonomy at the regional and municipal levels.")
    question = "Which Belgian municipalities did the study find to be the most successful at integrating immigrants?"
    assert problem(question, setting) == "no sentence says which is most successful"
    assert problem(question, "Municipalities with a local integration plan were the most successful at it.") is None
    # "find most successful", without "the" or "to be" (zk035)
    question = ("Which Belgian municipalities does the Yar and Laurentsyeva paper find most successful at integrating "
                "immigrants?")
    assert problem(question, setting) == "no sentence says which is most successful"
    assert problem(question, "Municipalities with a local integration plan were the most successful at it.") is None
    # "most of them" counts, "least developed countries" is a name
    assert problem("What share of its ODA did Belgium spend on least developed countries?",
                   "Belgium spent 37.1% of its ODA on least developed countries.") is None
    # a ranking the question takes as made (zc016); "in the first place" ranks nothing (b021)
    project = "The Moving Cities project provides an in-depth research of 28 progressive, solidarity-based cities."
    assert problem("moving cities ranked ghent top among its 28 cities - what criteria put it first?", project) \
        == "no sentence says which is ranked"
    assert problem("Where did Ghent rank among the 28 cities?",
                   "Ghent was ranked first among the 28 cities of the project.") is None
    assert problem("how did the movement get noticed in the first place?",
                   "The movement gained public attention through social media.") is None


def test_when_a_plan_takes_effect_wants_a_planned_time():
    code = "One of its priorities is a new Migration Code to replace the opaque 1980 Aliens Act."
    assert problem("When is the new asylum and migration code supposed to take effect?", code) \
        == "no sentence says when it is planned"
    assert problem("When is Belgium's new Asylum and Migration Code expected to enter into force?",  # zh036
                   code) == "no sentence says when it is planned"
    assert problem("When is Belgium's new Asylum and Migration Code expected to enter into force?",
                   "Belgium's new code is expected to enter into force in 2023.") is None
    assert problem("By when is Belgium supposed to spend half of its ODA on least developed countries?",
                   "In 2018, Belgium spent 37,1% of ODA to least developed countries, which should be 50% by 2030.") \
        is None
    # a past event is dated by the sentence that tells it
    assert problem("When did the devolution of employment-based immigration policy to the regions take effect?",
                   "On 1 July 2014, the federal government devolved decision-making powers on employment based "
                   "immigration policy to three regions.") is None


def test_a_body_that_only_consisted_of_others_had_no_such_members():
    commission = ("Following this crisis, a temporary Commission was established to evaluate the return policy of "
                  "Belgium, under the presidency of Marc Bossuyt. The Commission only consisted of state actors, with "
                  "very minimal consultation of civil society.")
    first, second = commission.split(". ")
    for question in ("Which NGOs and civil society groups sat on the Bossuyt Commission?",
                     "What did the Bossuyt Commission, with its mix of NGOs and academics, recommend?"):
        assert problem(question, first, passages=(commission,)) \
            .startswith("the reports give its members otherwise: “The Commission only consisted of state actors")
    assert problem("Which state actors sat on the Bossuyt Commission?", first, passages=(commission,)) is None
    assert problem("Did NGOs sit on the Bossuyt Commission?", second, passages=(commission,)) is None


def test_roles_swapped_are_refused_in_either_voice():
    letter = ("On the national level, the citizen initiative Gent Zonder Grenzen (Ghent Without Borders) wrote an open "
              "letter to the city council of Ghent in June 2020 requesting the shelter of 300 asylum seekers.")
    assert problem("Why did Ghent's city council write an open letter to Gent Zonder Grenzen in June 2020?", letter) \
        .startswith("the reports say it the other way round: “On the national level")
    assert problem("Why did Gent Zonder Grenzen write an open letter to the city council of Ghent?", letter) is None
    # a party named far from the act is no party to it: "After the Moria fire, ... did they ask Ghent ..."
    assert problem("After the reports about Moria, how many asylum seekers did they ask Ghent to take in?", letter) \
        is None
    from qa.roles import swapped_roles

    funded = ["Since 2018, Jobteam Gent is funded by the European Social Fund."]  # the passive turns the roles
    assert swapped_roles("Why did Jobteam Gent fund the European Social Fund?", funded) \
        .startswith("the reports say it the other way round")
    assert swapped_roles("Why did the European Social Fund fund Jobteam Gent?", funded) is None


def test_critical_concerns_say_the_opposite_of_without_controversy():
    concerns = ("During autumn, however, the right-wing nationalist political party N-VA started to raise critical "
                "concerns about the Compact, and Belgium's endorsement of the Global Compact caused the fall of the "
                "federal government.")
    assert problem("Why did Belgium's endorsement of the Global Compact pass without any political controversy?",
                   concerns).startswith("the reports say the opposite of 'without controversy'")
    assert problem("Why did Belgium's endorsement of the Global Compact cause political controversy?", concerns) \
        is None


def test_a_citizen_of_ghent_is_another_actor_than_the_city_of_ghent():
    founded = ("An example of an individual citizen initiative is Hart voor Vluchtelingen (Heart for Refugees). This "
               "initiative was founded in 2015 by a citizen of Ghent to collect material aid for asylum seekers.")
    second = founded.split(". ")[1]
    assert problem("Why did the city of Ghent set up Hart voor Vluchtelingen in 2015?", second, passages=(founded,)) \
        .startswith("the reports name another actor, a citizen of Ghent")
    assert problem("Why did a Ghent citizen set up Hart voor Vluchtelingen in 2015?", second, passages=(founded,)) \
        is None
    # the movement that started is no actor: "When was it launched?", "When did that movement start, and ...?"
    for question in ("When was Hart voor Vluchtelingen launched?",
                     "When did that movement start, and how did it get noticed? (Hart voor Vluchtelingen)"):
        assert problem(question, second, passages=(founded,)) is None


def test_a_figure_the_reports_give_only_as_a_plan_was_not_struck_down():
    plan = ("Regarding integration, the 2019 coalition agreement of the Flemish government envisages making the civic "
            "integration course tougher through the introduction of a minimum fee of 360 euros.")
    question = "What did the Constitutional Court say when it struck down the 360 euro fee for civic integration?"
    assert problem(question, plan).startswith("the reports give 360 only as a plan")
    assert problem(question, "In 2020 the Constitutional Court struck down the civic integration fee of 360 euros.") \
        is None
    assert problem("What civic integration fee of 360 euros does the Flemish coalition agreement envisage?",
                   plan) is None


def test_a_share_among_them_is_read_with_the_sentence_that_counted_them():
    permits = ("Over 2009-18, Belgium issued an average of 54,000 first residence permits per year. Among them, about "
               "50% were for the purpose of family reunification, 11% for education, and 9% for work.")
    first, among = permits.split(". ")
    assert problem("Given that most of Belgium's first residence permits went to labour migrants, what does the "
                   "article recommend?", first, passages=(permits,)).startswith("the reports give 9% for work")
    # 120% of a wage is no share of the permits
    assert problem("Why is the income threshold of 120% of the living wage for family reunification too high?",
                   among, passages=(permits + " The income threshold is 120% of the living wage.",)) is None


def test_a_count_for_another_place_does_not_count_for_the_asked_one():
    ghent = "In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent."
    assert problem("How many asylum seekers volunteered through Refu Interim in Ostend in 2019?", ghent) \
        .startswith("the reports give this number for Ghent, not Ostend")
    assert problem("How many asylum seekers volunteered through Refu Interim in Ghent in 2019?", ghent) is None
    assert problem("How many asylum seekers volunteered through Refu Interim in 2019?", ghent) is None


def test_a_noun_is_no_act_and_not_only_denies_nothing():
    fee = "Moreover, the Flemish coalition agreement envisages making integration stricter, with a fee of 360 euros."
    assert problem("Why did the Flemish coalition agreement cut the integration fee to 360 euros?", fee) \
        .startswith("the reports say the opposite of 'cut'")
    assert problem("Roughly what cut do the fees of the Flemish coalition agreement take, 360 euros?", fee) is None
    from qa.contradiction import _negated

    assert _negated("At what point does Ghent start integrating refugees and asylum seekers?",
                    "An approach to integration is not only relevant for refugees and asylum seekers.") is None
    assert _negated("At what point does Ghent start integrating refugees and asylum seekers?",
                    "Integration is not relevant for refugees and asylum seekers.")


def test_how_much_lower_or_what_exactly_is_a_rate_wants_its_figure():
    lower = "A lower employment rate and lower civic participation all point to a lack of integration."
    for question in ("How much lower is the employment rate of non-EU immigrants than that of native Belgians?",
                     "What exactly is the employment rate of immigrants in Belgium compared with natives?"):
        # (a "how much" question with no number at all is refused for that first)
        assert problem(question, lower, "The study covered 4 cities.") \
            == "no sentence gives a figure for the employment rate"
        assert problem(question, "The employment rate of non-EU immigrants is 20% lower than that of natives.") \
            is None


def test_created_starts_a_thing_like_set_up():
    from qa.contradiction import _other_actor

    set_up = ["Ankerkracht (Anchor Power) was set up by the Belgian federal government and was funded by the EU."]
    assert _other_actor("Why did Ghent's city council decide to create Project Ankerkracht?", set_up, hits(*set_up)) \
        .startswith("the reports name another actor, the Belgian federal government")
    assert _other_actor("Why did the Belgian federal government create Project Ankerkracht?", set_up,
                        hits(*set_up)) is None


def test_two_sentences_joined_by_a_footnote_mark_are_read_apart():
    joined = ('Access to the labour market for "low- skilled" labour migrants is only possible in exceptional cases '
              '(in case of specific shortages).15 In conclusion, the Flemish government mainly focuses on medium '
              'and higher-skilled labour migrants.')
    assert problem("Given that Flemish labour migration policy mainly targets low-skilled workers, how are they "
                   "recruited?", joined).startswith("the reports say the opposite of 'mainly': “Access to the labour")
    # concentrating or focusing on a group is taking it mainly (j009); the group the reports do focus on is no
    # contradiction
    assert problem("Why is Flanders concentrating its labour migration policy on low-skilled workers?",
                   joined).startswith("the reports say the opposite of 'concentrating'")
    assert problem("Why is the Flemish government focusing on medium and higher-skilled labour migrants?",
                   joined) is None
    # refused before: the low-skilled sentence is about another kind of labour migrant
    assert problem("Why does Flemish labour migration policy mainly target medium-skilled migrants?", joined) is None


def test_not_a_real_agency_denies_a_question_that_takes_it_for_one():
    name = "Despite its name, Refu Interim is not a real interim agency: their main focus is social contact."
    assert problem("Refu Interim works as a temp agency for refugees - roughly what do its jobs pay?", name) \
        == f"the reports say otherwise: “{name.rstrip('.')}”"
    # the denial ends with its clause: "their main focus is social contact" is not denied
    assert problem("What is the main focus of Refu Interim?", name) is None
    from qa.contradiction import _negated

    assert _negated("What is the main focus of Refu Interim?", name) is None


def test_a_change_the_other_way_round_is_refused():
    transformed = "Ghent decided to transform the Refugee Taskforce into the Migratieforum (Migration Forum)."
    assert problem("Why did Ghent decide to replace its Migratieforum with the Refugee Taskforce?", transformed) \
        .startswith("the reports say it the other way round")
    assert problem("Why did Ghent replace its Refugee Taskforce with the Migratieforum?", transformed) is None
    assert problem("Why was the Refugee Taskforce replaced by the Migratieforum?", transformed) is None


def test_what_share_wants_a_share():
    count = "During the project, Jobteam Gent wants to reach 1.500 persons and have 920 participants."
    assert problem("What share of Jobteam Gent participants found a durable job?", count) == "no sentence gives a share"
    assert problem("What share of Jobteam Gent participants found a durable job?",
                   "About 40% of the participants found a durable job.") is None
    assert problem("What share of participants found a job?", "Half of the participants found a job.") is None
    # typed tersely, "%" before "of" asks a share too (heldout53 yb035); "30% of them" tells one
    assert problem("jobteam gent % of participants who actually landed a durable job", count) == \
        "no sentence gives a share"
    assert problem("jobteam gent % of participants who landed a job", "About 40% of the participants found a job.") \
        is None
    assert problem("Why did 30 % of the participants find a job?", count) != "no sentence gives a share"


def test_stopping_the_funding_is_contradicted_even_when_the_question_also_tells_the_subsidies_ended():
    passage = ("In 2015 European subsidies for Ankerkracht were ended. The same year, the OCMW of Ghent decided "
               "that the project would be taken over with regular funds.")
    assert problem("Why did the OCMW of Ghent stop funding Project Ankerkracht when the European subsidies ended?",
                   passage.split(". ")[1], passages=(passage,)).startswith("the reports say the opposite of")
    assert problem("Who kept Ankerkracht going when the European subsidies ended?", passage.split(". ")[1],
                   passages=(passage,)) is None


def test_a_why_question_about_a_budget_asks_for_no_amount():
    assert not classify("Why did the OCMW end up paying for Ankerkracht out of its own regular budget?").wants_number
    assert classify("How big was the budget of Ankerkracht?").wants_number
    assert classify("What was the budget of Ankerkracht?").wants_number
    said = "The OCMW decided Ankerkracht would be taken over with regular funds."
    assert problem("Why did the OCMW end up paying for Ankerkracht out of its own regular budget?", said) is None
    assert problem("What was the OCMW's budget for Ankerkracht?", said) == "no sentence gives a quantity"


def test_a_question_naming_both_sides_presumes_neither_even_with_an_irregular_verb():
    passage = ("In 2015 European subsidies for Ankerkracht were ended. The same year, the OCMW of Ghent decided "
               "that the project would be taken over with regular funds.")
    assert problem("Who kept that project going once the European subsidies stopped?", passage.split(". ")[1],
                   passages=(passage,)) is None


def test_a_comparison_is_answered_by_a_sentence_on_one_side():
    offer = ("Ghent, together with other European cities, addressed the statement in April 2020, offering to take in "
             "unaccompanied children from overcrowded refugee camps on the Greek islands.")
    assert problem("How did Ghent's offer to take in children compare with what Belgium ended up doing?", offer) is None
    assert problem("What did Belgium offer to take in?", offer).startswith("the reports say this about Ghent, Greece")


def test_another_nationality_is_another_scope():
    ruling = ("On 27 October 2020, the European Court of Human Rights found in M.A. v. Belgium that Belgium had "
              "violated Article 3 ECHR by deporting a Sudanese national to his country of origin.")
    assert problem("What did the Court conclude in M.A. v. Belgium about the deportation of the Afghan applicant?",
                   ruling).startswith("the reports say this about Sudan, not Afghanistan")
    assert problem("What did the Court conclude in M.A. v. Belgium about the deportation of the Sudanese applicant?",
                   ruling) is None


def test_dutch_before_a_word_for_places_is_the_netherlands():
    from qa.contradiction import scopes

    tour = ("For example, a collaboration between youth organisations (JES vzw and Tumult vzw) arranged a four-day "
            "cycling tour in 2018 for newcomers from Ghent to other cities in Belgium, called 'Circle of Cycle'.")
    # heldout53 yb026: "dutch cities" are in the Netherlands; "Dutch" alone is a language
    assert problem("which dutch cities did the circle of cycle tour stop in", tour).startswith(
        "the reports say this about Belgium, not the Netherlands")
    assert problem("which belgian cities did the circle of cycle tour stop in", tour) is None
    assert "the Netherlands" in scopes("the Dutch government") and not scopes("Dutch language courses for newcomers")


def test_a_text_said_not_to_mention_what_it_states_is_refused():
    states = ("The agreement’s first paragraph of the 2020 federal coalition agreement states that “Belgium recognises "
              "the importance of multilateral cooperation on migration, such as the UN Global Compact for Migration”.")
    # heldout53 yb030
    assert problem("why does the 2020 federal coalition agreement not mention the global compact at all",
                   states).startswith("the reports say it does: “The agreement’s first paragraph")
    assert problem("how come the federal coalition agreement never mentions the global compact?",
                   states).startswith("the reports say it does")
    # another text, or a sentence that says it is not mentioned, refuses nothing of this kind
    from qa.contradiction import _mentioned_after_all

    assert _mentioned_after_all("why does the flemish coalition agreement not mention the global compact",
                                [states]) is None
    assert problem("why doesn’t the federal coalition agreement mention collective regularisation",
                   "The 2020 federal coalition agreement does not mention a possibility of collective "
                   "regularisation, but does announce a solution.") is None


def test_a_denial_about_another_level_of_government_denies_nothing():
    from qa.denials import denied

    flemish = ("On 30 September 2019, the coalition agreement of the Flemish government for the next five years was "
               "adopted. This agreement does not refer to the GCM and envisages to make civic integration stricter.")
    denial = "This agreement does not refer to the GCM and envisages to make civic integration stricter."
    # probes31 #19's twin: the sentence before tells whose agreement it is
    assert denied("how does the 2020 federal coalition agreement refer to the Global Compact for Migration (GCM)?",
                  [denial], hits(flemish)) is None
    assert denied("how does the 2019 flemish coalition agreement refer to the Global Compact for Migration (GCM)?",
                  [denial], hits(flemish)).startswith("the reports say otherwise")
    # a sentence before that names no level is read as before
    other = "On 30 September 2019, a coalition agreement was adopted. " + denial
    assert denied("how does the 2020 federal coalition agreement refer to the Global Compact for Migration (GCM)?",
                  [denial], hits(other)).startswith("the reports say otherwise")


def test_an_ending_of_a_thing_of_other_years_denies_nothing():
    ended = ("The 19th century’s overall liberal policy towards foreigners (Aliens Acts of 1835 and 1897) ended with "
             "the outbreak of the Second World War.")
    cornerstone = "The cornerstone of current Belgian immigration law is the Aliens Act of 15th December 1980."
    # probes31 #6's twin: the 1980 Aliens Act is not the Acts of 1835 and 1897
    assert problem("Why has the Aliens Act of 15th December 1980, still the cornerstone of Belgian immigration law, "
                   "become so complex?", cornerstone, ended) is None
    assert problem("Why has the 1980 Aliens Act, still the cornerstone of Belgian immigration law, become so complex?",
                   cornerstone, ended) is None
    assert problem("Why is the Aliens Act of 1897 still the cornerstone of Belgian immigration law?", ended) \
        .startswith("the reports say the opposite of 'still'")


def test_a_count_may_follow_its_noun():
    rose = "Applications rose from 41 in 2014 to 77 in 2015, and active participants number 50 to 60 a year."
    # (in a passage on the project: the name that received them is read there)
    assert problem("How many applications did Project Ankerkracht receive in 2014 and in 2015?", rose,
                   passages=("Project Ankerkracht. " + rose,)) is None
    # "the number of <noun> ... between 50 and 60" (zf007), not the noun far before an unrelated number
    fluctuating = ("The number of applications increased from 41 in 2014 to 77 in 2015, with the number of active "
                   "participants every year fluctuating between 50 and 60.")
    assert problem("ankerkracht applications 2014 vs 2015, and how many active participants per yr",
                   fluctuating) is None
    assert problem("How many active participants did it have?",
                   "Active participants found their way in the city, which has 260,000 inhabitants.") \
        == "no sentence gives a number of active participants"
    # a number word or a footnote mark after the noun counts nothing
    assert problem("How many asylum applications were lodged in the year the number doubled?",
                   "In Belgium, the number of asylum applications doubled within one year.") \
        == "no sentence gives a number of asylum applications"
    assert problem("How many municipalities run their own integration programmes?",
                   "The setting is Belgium, with 2 levels of autonomy for municipal levels.3 These vary.") \
        == "no sentence gives a number of municipalities"


def test_a_measured_thing_may_be_named_by_its_acronym():
    said = "In 2018, Belgium spent 37.1% of its ODA on least developed countries; this should be 50% by 2030."
    question = "What share of its official development assistance did Belgium spend on least developed countries?"
    assert problem(question, said) is None
    other = "In 2018, Belgium spent 37.1% of its budget on defence."
    assert problem(question, other, passages=(other + " Official figures are published yearly.",)) \
        == "no sentence gives a figure for the official"


def test_another_share_for_the_same_thing_contradicts_the_question():
    permits = ("Among them, about 50% were for the purpose of family reunification, 11% for education, and 9% for "
               "work; the remaining permits were issued for other reasons.")
    assert problem("Why were only 9% of Belgium's first residence permits granted for family reunification?",
                   permits).startswith("the reports give 50% for family reunification; 9% is for work: “Among them")
    assert problem("Since most first residence permits in Belgium were for work, which sectors recruited them?",
                   permits).startswith("the reports give 9% for work")
    oda = "In the same year, Belgium spent 37,1% of ODA to least developed countries, which should be 50% by 2030."
    assert problem("Belgium already devoted half of its ODA to least developed countries: what is the next target?",
                   oda).startswith("the reports give 37,1% for least developed")
    # the share the reports give, or no claimed share
    assert problem("Why were about 50% of first residence permits issued for family reunification?", permits) is None
    assert problem("What share of first residence permits went to work?", permits) is None
    # "the biggest share for work" claims more than the others (probe)
    assert problem("belgian first residence permits: biggest share for work - what % were for education",
                   permits).startswith("the reports give 9% for work")
    assert problem("belgian first residence permits: biggest share for family reunification - what % were for "
                   "education", permits) is None
    # a share the question gives for another thing, a comma before the share it asks about, claims nothing of it
    gni = "In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI)."
    assert problem("In 2018, when Belgium's official development assistance amounted to 0.44% of gross national "
                   "income, what share of that ODA went to least developed countries?", oda, gni) is None


def test_a_yes_no_part_may_be_answered_no():
    denial = "The federal coalition agreement of 30 September 2020 does not endorse the suggestions of the Commission."
    assert problem("What did the Commission recommend, and did the federal coalition agreement endorse the "
                   "suggestions?", denial) is None
    assert problem("How does the federal coalition agreement endorse the suggestions of the Commission?",
                   denial).startswith("the reports say otherwise")


def test_a_share_may_lean_on_the_sentence_before():
    first, second = "In Belgium, the number of asylum applicants doubled within a year.", \
        "Most of them (60%) are getting recognised as refugees."
    question = "What share of applicants were being recognised as refugees?"
    assert problem(question, second, first, passages=(f"{first} {second}",)) is None
    # not when the two sentences are apart in the passage
    assert problem(question, second, first, passages=(f"{first} Ghent responded. {second}",)) == \
        "no sentence gives a figure for the applicants"


def test_a_denied_premise_is_refused_but_a_yes_no_question_may_be_answered_no():
    assert problem("What collective regularisation did the agreement announce?",
                   "The agreement does not mention a possibility of collective regularisation.") == \
        "the reports say otherwise: “The agreement does not mention a possibility of collective regularisation”"
    assert problem("Is Refu Interim a staffing agency?",
                   "Despite its name, Refu Interim is not a real interim staffing agency.") is None
    assert problem("What criteria show whether a migrant has made an effort to integrate?",
                   "A residence right can end when a person has not made an effort to integrate.") is None

    # "not automatically" denies only the manner (probes12 twin 9): refused only when the question claims it
    stateless = ("Recognised stateless persons in Belgium do not automatically obtain a residence right, but must "
                 "apply for a humanitarian regularisation.")
    assert problem("via which procedure do recognised stateless ppl in belgium have to apply for a residence right?",
                   stateless) is None
    assert problem("via which procedure do recognised stateless ppl in belgium get their automatic residence right?",
                   stateless).startswith("the reports say otherwise")
    # the denial ends where a new verb starts: the projects no longer subsidised would be taken over (twin 10)
    ocmw = ("In 2015, the OCMW of Ghent decided, after an evaluation, which projects that were no longer "
            "subsidised would be taken over with regular funds.")
    assert problem("When EU subsidies ended in 2015, Ghent's OCMW selected after an evaluation which projects that "
                   "lost funding it would take over; what did it then decide about Ankerkracht specifically?",
                   ocmw) is None
    assert problem("Why were the projects taken over with regular funds by the OCMW of Ghent?",
                   "The projects were not taken over with regular funds by the OCMW of Ghent.") \
        .startswith("the reports say otherwise")


def test_plain_answers_pass_every_check():
    assert problem("Who funds Jobteam Gent?",
                   "The project is sponsored by the city of Ghent and the European Social Fund.") is None
    assert problem("How many newcomers took part as volunteers in the production?",
                   "Eventually more than 70 newcomers participated as volunteers.") is None


@pytest.mark.integration
def test_refusal_reason_reaches_the_json(seed_engine):
    from qa.result import answer_json

    answer = seed_engine.answer("Why did the European Court of Human Rights rule in Belgium's favour in M.A. v. "
                                "Belgium?")
    data = answer_json(answer)
    assert data["refused"] and data["refusal_reason"].startswith("the reports say the opposite of 'favour': “On 27 "
                                                                 "October 2020, the European Court of Human Rights")
    assert len(data["passages"]) >= 5  # the closest passages are still shown
    # the quoted sentence is located in its report, to open like a citation
    source = data["refusal_source"]
    assert source["n"] == 0 and source["quote"].startswith("On 27 October 2020, the European Court of Human Rights")
    assert seed_engine.store.document_text(source["doc"])[source["start"]:source["end"]] == source["quote"]


def test_a_quote_cut_short_is_located_as_whole_sentences():
    from qa.composer import quoted_source

    text = "First one.  The Court   annulled the\ncriterion of criminal history in 2019. Last one."
    passage = hits(text)
    source = quoted_source("the reports say the opposite of 'confirm': “The Court annulled the criterion …”", passage)
    assert source.quote == "The Court   annulled the\ncriterion of criminal history in 2019."
    assert (source.start, source.end) == (12, 12 + len(source.quote))
    assert quoted_source("no sentence gives a number of families", passage) is None
    assert quoted_source("the reports say otherwise: “Nothing like this”", passage) is None


def test_when_wants_a_time_but_not_necessarily_a_date():
    assert problem("When did the Reno-boat close?", "The Reno-boat was a temporary reception initiative.") == \
        "no sentence says when"
    assert problem("When does the harbour close?", "The harbour closes at night.") is None
    assert problem("When was the movement launched?", "The movement was launched in early 2020.") is None
    assert problem("When do the members meet?", "The members meet after the council sessions.") is None


def test_time_check_is_english_only():
    # a Dutch answer without a digit is not refused for lacking an English time word
    assert problem("Wanneer sluit de haven?", "De haven sluit 's nachts.") is None


def scoped(question: str, sentence: str, before: str = "", title: str = "", section: str | None = None,
           after: str = "") -> str | None:
    text = f"{before} {sentence} {after}".strip()
    hit = Hit(Chunk(id="p0", doc_id="d", text=text, start=0, end=len(text), lang="en", title=title,
                    section=section), 1.0)
    return premise_problem(question, classify(question), sentence, [sentence], [hit])


def test_a_sentence_about_another_place_or_level_does_not_answer():
    expanded = "Due to its success in Ghent, Refu Interim expanded into other regions in Flanders: Ostend and Leuven."
    assert scoped("Which Walloon towns did Refu Interim expand to after its success in Ghent?", expanded) == \
        f"the reports say this about Flanders, Leuven, Ostend, not Wallonia: “{expanded.rstrip('.')}”"
    assert scoped("Which Flemish towns did Refu Interim expand to?", expanded) is None  # Flemish is Flanders
    share = "As of 2018, 16.8% of the Belgian population came from a foreign country."
    assert scoped("What percentage of Ghent's population has a foreign background?", share).startswith(
        "the reports say this about Belgium, not Ghent")
    fee = "The 2019 coalition agreement of the Flemish government introduces a minimum fee of 360 euros."
    assert scoped("How much is the integration fee of the federal coalition agreement?", fee).startswith(
        "the reports say this about Flanders, not the federal level")
    assert scoped("How much is the integration fee in the 2019 Flemish coalition agreement?", fee) is None


def test_the_asked_place_may_come_from_the_title_the_heading_or_the_sentence_before():
    sentence = "Since 2015 the city has worked with 69 organisations across Flanders."
    question = "How many organisations does Ghent work with?"
    assert scoped(question, sentence)
    assert scoped(question, sentence, title="Ghent: comprehensive policies") is None
    assert scoped(question, sentence, section="3. Ghent's approach") is None
    assert scoped(question, sentence, before="Ghent set up a Refugee Taskforce.") is None
    # but not when the sentence names another level of government for it (zc004)
    federal = ("The new federal government explicitly recognises the importance of the Global Compact for "
               "Migration.")
    title = "The Global Compact for Migration in Belgium and Flanders"
    assert scoped("How does the Flemish government's coalition agreement recognise the Global Compact?",
                  federal, title=title).startswith("the reports say this about the federal level, not Flanders")
    assert scoped("How does the federal government's coalition agreement recognise the Global Compact?",
                  federal, title=title) is None
    assert scoped("How does Belgium's federal government recognise the Global Compact?", federal, title=title) is None


def test_a_sentence_about_another_year_does_not_answer_but_a_target_or_back_reference_may():
    held = "In August 2018, Belgium started to detain families with children in family units."
    later = "A law of 2016 had made it possible."  # 2016 is in the passage, but not said of this
    assert scoped("When in 2016 did Belgium start to detain families with children?", held, after=later) == \
        f"the reports say this about 2018, not 2016: “{held.rstrip('.')}”"
    assert scoped("When in 2018 did Belgium start to detain families with children?", held) is None
    assert scoped("What share of its ODA did Belgium spend on least developed countries in 2018?",
                  "In the same year, Belgium spent 37,1% of ODA on them, which should be 50% by 2030.",
                  before="ODA should increase to 0,7% by 2030.", after="Belgium's ODA fell in 2018.") is None


def test_a_question_of_several_parts_is_not_held_to_one_part_s_place_or_year():
    sentence = "During autumn 2018, the party N-VA started to raise critical concerns about the Compact."
    later = "The government formed in 2020 recognises the Compact."
    assert scoped("Which party turned the Compact into a crisis, and how does the government formed in 2020 "
                  "view it?", sentence, after=later) is None
    assert scoped("Why did the government formed in 2020 turn the Compact into a crisis?", sentence,
                  after=later)


@pytest.mark.parametrize("question, phrase", [
    ("What is the employment rate of non-EU immigrants in Belgium?", ["employment", "rate"]),
    ("What share of its ODA did Belgium spend on least developed countries?", ["ODA"]),
    ("What percentage of Ghent's population has a foreign background?", ["population"]),
    ("What is the average cost of sending remittances?", ["cost"]),
    ("Which level of government decides on asylum?", []),
])
def test_measured_phrase(question, phrase):
    assert measured_phrase(question) == phrase


def test_a_rate_or_share_question_needs_a_figure_for_that_rate():
    question = "What is the employment rate of non-EU immigrants in Belgium?"
    lower = "A lower employment rate and lower civic participation point to a lack of integration."
    other = "As of 2018, 16.8% of the Belgian population came from a foreign country."
    assert problem(question, lower, other) == "no sentence gives a figure for the employment rate"
    assert problem(question, "The employment rate of non-EU immigrants was 47% in 2019.") is None
    assert problem("What share of its ODA did Belgium spend on the least developed countries?",
                   "Belgium spent 37,1% of ODA on the least developed countries.") is None


def test_which_party_wants_a_party():
    question = "Which political party does alderman Rudy Coddens belong to?"
    assert problem(question, "(Rudy Coddens, Alderman of Social Policy and Finance)") == "no sentence names a party"
    # zn035: a party asked for as membership
    question = "Is Ghent's social policy alderman Coddens a member of the socialist party or of some other party?"
    assert problem(question, "Alderman Coddens describes this as follows.") == "no sentence names a party"
    assert problem("which parties are members of the flemish government", "The N-VA, CD&V and Open Vld govern.") is None
    assert problem("what do members of the city council do", "Alderman Coddens describes this as follows.") is None
    assert problem(question, "Rudy Coddens (Vooruit) is alderman of Social Policy.") is None
    # one part of two: the answer to the other part is not refused
    assert problem("Who is the mayor of Ghent, and which party is he from?", "Mayor Mathias De Clercq said ...") \
        is None


def test_quoted_words_put_in_the_wrong_mouth_are_refused():
    passage = ("After the fire, Ghent pledged to receive more refugees. In response, Ghent Mayor Mathias De Clercq "
               "proclaimed that “solidarity is more relevant than ever. The coronavirus doesn’t know any borders.”")
    question = "Why did mayor Daniël Termont say that 'the coronavirus doesn't know any borders'?"
    reason = problem(question, passage.split(". ")[0], passages=(passage,))
    assert reason.startswith("the reports quote these words without Daniël Termont: “In response, Ghent Mayor "
                             "Mathias De Clercq proclaimed")
    assert problem("Why did mayor Mathias De Clercq say that 'the coronavirus doesn't know any borders'?",
                   passage.split(". ")[0], passages=(passage,)) is None
    # the same words reported without quotation marks (i034)
    reason = problem("Why did alderman Rudy Coddens say that the coronavirus doesn't know any borders?",
                     passage.split(". ")[0], passages=(passage,))
    assert reason.startswith("the reports quote these words without Rudy Coddens")
    assert problem("Why did mayor Mathias De Clercq say that the coronavirus doesn't know any borders?",
                   passage.split(". ")[0], passages=(passage,)) is None
    # the speaker of a quotation opened sentences before is the one who says its later sentences (probe)
    teukam = ("To illustrate this, Renaud Teukam, a participant in the coaching program, states: “My first job here "
              "was very irregular. Together with Julie from the Jobteam, I continued my search. I have now been "
              "working for Ivago for almost one and a half years”.")
    asked = 'so renaud teukam said "i have now been working for ivago" - what else did the Jobteam help with'
    assert problem(asked.replace("renaud teukam", "Renaud Teukam"), teukam, passages=(teukam,)) is None
    assert problem(asked.replace("renaud teukam", "Anna Peeters"), teukam, passages=(teukam,)).startswith(
        "the reports quote these words without Anna Peeters")
    # a surname alone, typed in small letters, of one the passages name by office (heldout54 yc032)
    coddens = "The spokesman of alderman Coddens stated that “we have sent a clear signal”."
    said = ("In response, Ghent Mayor Mathias De Clercq proclaimed that “solidarity is more relevant than ever.",
            "The coronavirus doesn’t know any borders.”")
    read = hits(" ".join(said), coddens)
    reason = _other_speaker("why did coddens say the coronavirus doesnt know any borders", said[::-1], read)
    assert reason and reason.startswith(
        "the reports give these words to Mathias De Clercq, not Coddens: “In response")
    assert _other_speaker("why did de clercq say the coronavirus doesnt know any borders", said[::-1], read) is None
    # a word no passage gives as a name by office is no speaker
    assert _other_speaker("why did ghent say the coronavirus doesnt know any borders", said[::-1], read) is None

    # the report's authors quote the words they report (probes24)
    pact = ("The European Commission announced its ‘New Pact on Migration and Asylum’ on 23 September 2020. It "
            "states that successful integration benefits the whole society.")
    by = [Hit(Chunk(id="p0", doc_id="d", text=pact, start=0, end=len(pact), lang="en",
                    metadata={"author": "Yar, A.W.A.; Laurentsyeva, N."}), 1.0)]
    asked = ("The European Commission announced its 'New Pact on Migration and Asylum' on 23 September 2020. "
             "According to {}, what does the pact say successful integration achieves?")
    chosen = pact.split(". ")[1]
    assert premise_problem(asked.format("Yar and Laurentsyeva"), classify(asked), chosen, [chosen], by) is None
    assert premise_problem(asked.format("Ellen Desmet"), classify(asked), chosen, [chosen], by).startswith(
        "the reports quote these words without Ellen Desmet")

    # words quoted as a term, not as anyone's, are not attributed to the question's names (zc010)
    annulled = ("Second, a 2016 law inserted integration as a residence condition, in that the Immigration Office can "
                "end a residence right when the person has not made “a reasonable effort to integrate”. The "
                "criterion of criminal history has been annulled by the Constitutional Court as being too broad.")
    assert problem("Which criterion for assessing a migrant's 'reasonable effort to integrate' did the Constitutional "
                   "Court annul?", annulled.split(". ")[1], passages=(annulled,)) is None
    assert problem("Why did the Constitutional Court say that 'a reasonable effort to integrate' is needed?",
                   annulled.split(". ")[1], passages=(annulled,)).startswith(
        "the reports quote these words without Constitutional Court")


def test_a_court_that_suspended_did_not_uphold():
    assert problem("On what grounds did the Council of State uphold the detention of families?",
                   "The Council of State suspended in April 2019 provisions of the decree on the detention of "
                   "families.").startswith("the reports say the opposite of 'uphold'")


def test_a_stated_number_may_fall_in_a_range_and_covid_19_is_a_name():
    passage = "Members of the target group are between 16 and 25 years old and live in Ghent."
    assert problem("My nephew is 19 and lives in Ghent: is there a project for him?", passage) is None
    assert problem("Why is the project aimed at refugees over 30?", passage) == "the passages never mention 30"
    assert problem("How did COVID-19 change the work of the movement?",
                   "They were forced to continue working online due to the COVID pandemic.") is None

    # the asker's case: an age typed "19 yr old" and how long they have been here (zc003)
    passage = ("Members of the target group are between 16 and 25 years old and have been living in Ghent for less "
               "than one year.")
    assert problem("a 19 yr old recognised refugee has been living in ghent for 8 months. what are the criteria to "
                   "join the project?", passage) is None
    assert problem("my client has been in ghent for 8 months, can he join the project?", passage) is None
    # a span stated of a project, not of a person, is a claim about the reports
    assert problem("the project has been running for 8 years, why did it start?", passage) \
        == "the passages never mention 8"


def test_a_contradiction_may_sit_in_another_passage_read_if_it_shares_more_of_the_subject():
    question = "Why did Ghent abolish its Refugee Taskforce without any successor structure?"
    chosen = "To coordinate all of this, the city of Ghent set up a Taskforce on Refugees."
    far = "Ghent decided to transform the Refugee Taskforce into the Migratieforum."
    assert problem(question, chosen, passages=(chosen, far)).startswith("the reports say the opposite of 'abolish'")
    # a sentence further away about something else (one shared word) does not count: only that nothing tells of
    # the abolition is left to say
    assert problem(question, chosen, passages=(chosen, "Ghent decided to transform its harbour.")) \
        == "no sentence read says that its Refugee Taskforce was abolished"
    # "end up" is not an ending
    assert problem("How many minors did Belgium end up relocating after the fire?",
                   "After the fire, 11 minors were relocated to Belgium.",
                   passages=("After the fire, 11 minors were relocated to Belgium.",
                             "Belgium continued to relocate minors after the fire.")) is None


def test_a_place_named_as_an_origin_is_not_the_sentence_s_scope():
    relocated = "Pressure from cities led to the relocation of 18 unaccompanied minors from the Greek islands in 2020."
    assert scoped("How many unaccompanied children were brought to Belgium from Lesbos in 2020?", relocated) is None
    assert scoped("How many unaccompanied children were brought to Belgium in 2020?",
                  "Greece relocated 18 unaccompanied minors in 2020.").startswith(
        "the reports give this number for Greece, not Belgium")  # a count: the count's place check words it


def test_an_office_given_to_another_person_is_refused():
    letter = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call on the "
              "European Council to create a fair and common EU asylum system.")
    reason = scoped("Why did Mayor Mathias De Clercq write to the European Council in 2018?", letter)
    assert reason.startswith("the reports say this of mayor Daniël Termont, not Mathias De Clercq: “For example")
    assert scoped("Why did Mayor Daniël Termont write to the European Council in 2018?", letter) is None
    # the question's person named nearby (the sentence before) is not a conflict
    assert scoped("Why did Mayor Mathias De Clercq write to the European Council in 2018?", letter,
                  before="Mathias De Clercq succeeded Daniël Termont.") is None


def test_a_denial_in_another_chosen_sentence_needs_three_of_the_question_s_words():
    question = ("Why have judges at the Council for Alien Law Litigation been so persuaded by the GCM in migration "
                "cases?")
    invoked = "Only two applicants invoked the GCM before the Council for Alien Law Litigation."
    denial = "The GCM has not influenced the migration case law in Belgium."
    assert problem(question, invoked, denial) == f"the reports say otherwise: “{denial.rstrip('.')}”"
    assert problem("Why did the federal agreement endorse the proposals of the Commission Bossuyt?",
                   "The Commission Bossuyt proposed prison sentences.",
                   "The federal agreement does not endorse the suggestions of the Commission Bossuyt.")
    assert problem("How did the Commission Bossuyt's report change the federal agreement?",
                   "The Commission Bossuyt proposed prison sentences.",
                   "The agreement does not say much about the Commission Bossuyt.") is None


def test_a_negation_inside_a_quoted_title_denies_nothing():
    assert problem("What is the name of the board game Ghent schools use to show pupils what being a refugee is like?",
                   "This is the objective of the board game ‘This is not a Game’, offered in the schools of Ghent.") \
        is None


def test_the_report_s_own_year_counts_as_said():
    sentence = "Since 2015, cities need direct access to European funds."
    text = f"{sentence} Other cities said so in 2016."

    def asked(meta: dict) -> str | None:
        hit = Hit(Chunk(id="p0", doc_id="d", text=text, start=0, end=len(text), lang="en", title="Refugee solidarity",
                        metadata=meta), 1.0)
        question = "In the 2016 opinion piece, why does the coordinator want direct access to European funds?"
        return premise_problem(question, classify(question), sentence, [sentence], [hit])

    assert asked({}).startswith("the reports say this about 2015, not 2016")
    assert asked({"year": 2016}) is None


def test_how_long_wants_a_length_of_time_not_a_date():
    agreement = ("A clear example is the cooperation agreement of December 2020 between Ghent and vzw Thope "
                 "concerning the housing of resettled refugees.")
    assert problem("How long is the waiting list for social housing in Ghent?", agreement) \
        == "no sentence says for how long"
    assert problem("How long do refugees wait for social housing in Ghent?",
                   "Refugees wait about two years for social housing in Ghent.") is None
    assert problem("How long has the agreement with vzw Thope been running?",
                   "The agreement with vzw Thope has been running since December 2020.") is None
    assert problem("How long ago was the agreement with vzw Thope signed?", agreement) is None

    # the length of time must be told of what is asked about, not of something else read (zc020)
    assert problem("How long does the CGRS take on average to decide on an asylum application?",
                   "These numbers show that most newcomers do voluntary work not for one, but for several years.") \
        == "no sentence says for how long"
    assert problem("How long does the CGRS take to decide on an asylum application?",
                   "The CGRS decides on an asylum application within six months.") is None
    # "how quickly" asks how long too (p025), and is answered by a length of time told of its subject
    stateless = ("Recognised stateless persons do not automatically obtain a residence right; they must apply for a "
                 "humanitarian regularisation.")
    assert problem("Once someone is recognised as stateless in Belgium, how quickly do they get the residence permit?",
                   stateless) == "no sentence says for how long"
    assert problem("How quickly were asylum applications going up in Belgium?",
                   "In Belgium, the number of asylum applications doubled within one year.") is None
    # a waiting time wants a length of time, not "until" (zb038)
    assert problem("what's the current waiting time for social housing for recognised refugees in ghent?",
                   "Ghent starts the integration process as soon as an asylum seeker arrives, instead of waiting until "
                   "after the recognition of their status.") == "no sentence says how long the wait is"
    assert problem("what's the waiting time for social housing in ghent?",
                   "The waiting time for social housing in Ghent is about two years.") is None
    # heldout69 yr015: the length of a wait, not of anything ("a yearly ten-day festival")
    assert problem("waiting list for dutch lessons for newcomers in ghent how long",
                   "The project wanted to perform at the Gentse Feesten (a yearly ten-day festival in Ghent).") \
        == "no sentence says how long the wait is"
    assert problem("waiting list for dutch lessons for newcomers in ghent how long",
                   "Newcomers in Ghent wait about six months for Dutch lessons.") is None


def test_how_long_something_takes_wants_the_length_of_the_taking():
    # zc020, e027, za023: "doubled within one year", "prolonged from 3 to 5 years" tell the length of something else
    doubled = "In Belgium, the number of asylum applications doubled within one year."
    assert problem("how long does the CGRS take on average to decide on an asylum application?", doubled) \
        == "no sentence says how long it takes"
    prolonged = ("In cases of family reunification, the conditionality of residence rights was prolonged from 3 to 5 "
                 "years in 2016.")
    assert problem("How long does it take for a family reunification application to be processed?", prolonged) \
        == "no sentence says how long it takes"
    # the answerable look-alikes: the taking said, or what takes time said with its length
    assert problem("How long does it take for a family reunification application to be processed?",
                   "Processing a family reunification application takes nine months.") is None
    assert problem("How long does it take to get a decision on a humanitarian visa?",
                   "A decision on a humanitarian visa comes after about four months.") is None
    # a waiting list wants a length of time too (v031)
    assert problem("How long is the waiting list for social housing for recognised refugees in Ghent?",
                   "Ghent starts integrating refugees in 2020, instead of waiting until after the recognition.") \
        == "no sentence says how long the wait is"


def test_a_count_of_people_may_be_followed_by_the_asked_noun_s_verb():
    volunteered = ("In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent, "
                   "65 of whom had newly registered that year.")
    # (in a passage on Refu Interim: the name that had them is read there)
    assert problem("How many volunteers did Refu Interim have in 2019?", volunteered,
                   passages=("3.3 Refu Interim. " + volunteered,)) is None
    # after a count, not after a year
    assert problem("How many volunteers did Refu Interim have in 2019?",
                   "In 2019, many asylum seekers and refugees volunteered in organisations in Ghent.") \
        == "no sentence gives a number of volunteers"


def test_a_non_scope_word_names_no_scope():
    share = "As of 2018, 16.8% (or 1.9 million) of the Belgian population came from a foreign country."
    assert scoped("What share of Ghent's residents hold a non-Belgian nationality?", share).startswith(
        "the reports say this about Belgium, not Ghent")
    assert scoped("What share of Belgium's residents hold a non-Belgian nationality?", share) is None


def test_a_target_does_not_answer_how_many_have_done_it():
    target = "During the project, Jobteam Gent wants to reach 1.500 persons and have 920 participants in coaching."
    assert problem("How many Jobteam Gent participants have found a durable job so far?", target) == \
        f"the reports give only a target: “{target.rstrip('.')}”"
    # a question about the target is answered by it; an outcome answers the question
    assert problem("How many participants does Jobteam Gent aim to coach?", target) is None
    assert problem("How many Jobteam Gent participants have found a job so far?", target,
                   "After one year, 300 Jobteam Gent participants have found a job.") is None


def test_how_many_of_the_counts_the_noun_after_it():
    assert counted_phrases("How many of the people coached by Jobteam Gent found a job?") == [["people"]]
    assert counted_phrases("How many of them were new?") == []


def test_a_count_for_a_stated_year_must_be_for_that_year():
    question = "How many people were held in Belgian closed centres in 2019?"
    assert problem(question, "In 2018, 24 families were held in closed centres.",
                   passages=("In 2018, 24 families were held in closed centres. In 2019 the law changed.",)) == \
        "no sentence gives a number of people for 2019"
    assert problem(question, "In 2019, 7,000 people were held in closed centres.") is None
    # the year may be in the sentence before
    assert problem(question, "In 2019, detention rose.", "That year 7,000 people were held in closed centres.",
                   passages=("In 2019, detention rose. That year 7,000 people were held in closed centres.",)) is None


def test_refused_is_contradicted_by_recognised_but_turned_into_is_not_turned_down():
    said = "In Belgium, most asylum applicants (60%) are getting recognised as refugees in Ghent."
    assert problem("Given that most asylum applicants in Belgium are turned down, why does Ghent start "
                   "integration on day one?", said).startswith("the reports say the opposite of 'turn down'")
    assert problem("Why were most asylum applicants in Belgium refused?", said).startswith(
        "the reports say the opposite of 'refuse'")
    assert problem("How were most asylum applicants in Belgium turned into refugees in Ghent?", said) is None
    pledge = "After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government."
    assert problem("Why did the city of Ghent refuse to take in refugees after the Moria fire?", pledge).startswith(
        "the reports say the opposite of 'refuse'")


def test_the_main_reason_claims_the_largest_share():
    said = ("Among them, about 50% were for the purpose of family reunification, 11% for education, and 9% for work "
            "as first residence permits in Belgium.")
    assert problem("Work was the main reason Belgium issued first residence permits. What share was that?",
                   said).startswith("the reports give 9% for work")
    assert problem("Family reunification was the main reason Belgium issued first residence permits. What share "
                   "was that?", said) is None


def test_a_figure_stated_for_a_year_is_held_against_the_figure_given_for_that_year():
    said = ("In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI), whereas this should "
            "increase to 0,7% by 2030.")
    assert problem("Belgian ODA already reached 0,7% of gross national income in 2018; what is the next goal?",
                   said) == f"the reports give 0,44% for 2018: “{said.rstrip('.')}”"
    assert problem("Belgian ODA amounted to 0,44% of gross national income in 2018; what is the goal?", said) is None
    # the figure for another year is the target: no claim for 2018 to hold against
    assert problem("Belgian ODA should reach 0,7% of gross national income by 2030; how?", said) is None


def test_a_sentence_from_the_section_on_another_project_does_not_answer():
    def hit(text: str, section: str, n: int) -> Hit:
        return Hit(Chunk(id=f"p{n}", doc_id="d", text=text, start=n * 1000, end=n * 1000 + len(text), lang="en",
                         section=section), 1.0)

    ended = "However, in 2015 European subsidies were ended."
    jobteam = "Jobteam Gent helps vulnerable people in Ghent find a durable job."
    passages = [hit(f"Ankerkracht was originally funded by the European Union. {ended}",
                    "3. Selected local approaches > 3.4 Project Ankerkracht", 0),
                hit(jobteam, "3. Selected local approaches > 3.2 Jobteam Gent", 1)]
    question = "Why did the European Union stop funding Jobteam Gent in 2015?"
    assert premise_problem(question, classify(question), ended, [ended], passages) == \
        f"the reports say this about Project Ankerkracht, not Jobteam Gent: “{ended.rstrip('.')}”"
    question = "Why did the European Union stop funding Project Ankerkracht in 2015?"
    assert premise_problem(question, classify(question), ended, [ended], passages) is None
    # the project's name may stand above a subsection of its own
    funded = "Refu Interim is subsidised by the city of Ghent and the Ministry of Culture."
    passages = [hit(funded, "3. Selected local approaches > 3.3 Refu Interim > Fostering social self-reliance", 0),
                hit(jobteam, "3. Selected local approaches > 3.2 Jobteam Gent", 1)]
    question = "I read that Jobteam Gent is bankrolled by the Ministry of Culture. What does it expect in return?"
    assert premise_problem(question, classify(question), funded, [funded], passages) == \
        f"the reports say this about Refu Interim, not Jobteam Gent: “{funded.rstrip('.')}”"
    # a chosen sentence naming another name of the question is read too: a participant of one project asked
    # about as helped by another (zg027)
    anchor = "Project Ankerkracht supports young, recently arrived refugees in multiple domains of their lives."
    teukam = "Renaud Teukam, a participant in the coaching program, works for Ivago."
    passages = [hit(anchor, "3. Selected local approaches > 3.4 Project Ankerkracht", 0),
                hit(teukam, "3. Selected local approaches > 3.2 Jobteam Gent", 1)]
    question = "How did Project Ankerkracht help Renaud Teukam get his job at Ivago?"
    assert premise_problem(question, classify(question), anchor, [anchor, teukam], passages) == \
        f"the reports say this about Jobteam Gent, not Project Ankerkracht: “{teukam.rstrip('.')}”"
    question = "How did Jobteam Gent help Renaud Teukam get his job at Ivago?"
    assert premise_problem(question, classify(question), teukam, [teukam, anchor], passages) is None


def test_every_two_years_is_a_frequency_and_a_cut_is_contradicted_by_an_introduction():
    forum = "Therefore, Ghent organizes its Migratieforum twice a year to let the actors meet."
    assert problem("Why does Ghent hold its Migratieforum only once every two years?", forum) == \
        f"the reports say twice a year, not every two years: “{forum.rstrip('.')}”"
    fee = ("The 2019 coalition agreement of the Flemish government makes the civic integration course tougher "
           "through the introduction of a minimum fee of 360 euros.")
    assert problem("Why did the Flemish government cut the civic integration fee to 360 euros?", fee).startswith(
        "the reports say the opposite of 'cut'")
    assert problem("Why did the Flemish government introduce a civic integration fee of 360 euros?", fee) is None


def test_a_yes_no_question_s_bound_is_no_claim_but_another_question_s_is():
    pontoon = "A new reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity."
    assert problem("Was the pontoon reception centre meant for more than 200 asylum seekers?", pontoon) is None
    # another question's bound is a claim, checked against the count the reports give (held here: 250 is more)
    assert problem("Why was the pontoon reception centre meant for more than 200 asylum seekers?", pontoon) is None
    assert problem("Why was the pontoon reception centre meant for fewer than 200 asylum seekers?", pontoon) == \
        f"the reports give a count that is not fewer than 200: “{pontoon.rstrip('.')}”"
    assert problem("Why was the pontoon reception centre meant for more than 300 asylum seekers?", pontoon) == \
        f"the reports give a count that is not more than 300: “{pontoon.rstrip('.')}”"


def test_an_initiative_of_another_organisation_is_another_actor():
    cirq = ("The project originated from an initiative of vzw Cirq, who wanted to make an artistic production about "
            "newcomers to perform at the Gentse Feesten in 2016.")
    passage = "3.3 Refu Interim\n\nRefu Interim is a project addressing the social and labour integration. " + cirq
    # probes31 #8: "vzw Thope" is named in the reports (for housing), not as the initiator of Refu Interim
    assert problem("The Refu Interim project grew out of an initiative by vzw Thope - what was the name of the "
                   "artistic production?", cirq, passages=(passage,)) == \
        f"the reports name another actor, vzw Cirq: “{cirq.rstrip('.')}”"
    assert problem("The Refu Interim project grew out of an initiative by vzw Cirq - what was the name of the "
                   "artistic production?", cirq, passages=(passage,)) is None


def test_a_premise_told_before_the_question_is_checked_alone():
    stateless = ("Recognised stateless persons in Belgium do not automatically obtain a residence right, but must "
                 "apply for a humanitarian regularisation.")
    # probes31 #21: the question's own "cannot return" no longer hides the premise told before it
    assert problem("Given that recognised stateless persons automatically obtain a residence right, what does the "
                   "government plan for people who cannot return?", stateless).startswith("the reports say otherwise")
    assert problem("Given that recognised stateless persons must apply for a humanitarian regularisation, what does "
                   "the government plan for people who cannot return?", stateless) is None
    # probes31 #23: a premise told so is denied by any chosen sentence that denies two of its words
    aim = "The aim is to help combat negative stereotypes and prejudices against newcomers."
    none = "Until now, no research has been conducted to measure the impact of this approach."
    assert problem("Since research has already measured the impact of Ghent's approach, what other way of reducing "
                   "stereotypes does the report describe?", aim, none).startswith("the reports say otherwise")
    assert problem("What other way of reducing stereotypes does the report describe, besides research measuring the "
                   "impact of Ghent's approach?", aim, none) is None


def test_a_list_of_what_both_name_before_it_has_its_members_checked():
    groups = ("In light of this, three working groups were created, respectively concerning reception, integration "
              "and sensibilisation.")
    # probes31 #32, heldout50 zy026: lower-case members, of a list both name ("working groups")
    assert problem("Ghent's Refugee Taskforce created three working groups on reception, integration and employment - "
                   "which partners does this approach bring together?", groups) == \
        f"the reports name sensibilisation, not employment: “{groups.rstrip('.')}”"
    assert problem("Ghent's Refugee Taskforce created three working groups on reception, integration and "
                   "sensibilisation - which partners does this approach bring together?", groups) is None
    # describing words of no such thing stay unchecked
    assert problem("Why is the journey long, risky and costly?", "The journey is long, dangerous and costly.") is None


def test_a_thing_said_cancelled_is_contradicted_by_its_extension():
    extended = ("This was already granted to Jobteam Gent once, with a current extension of one year, and the hope "
                "for a further extension.")
    # probes31 #39; "an extensive project" is no extension
    assert problem("jobteam gent was cancelled after its initial two years - what had it achieved", extended) == \
        f"the reports say the opposite of 'cancel': “{extended.rstrip('.')}”"
    assert problem("jobteam gent was cancelled after its initial two years - what had it achieved",
                   "Jobteam Gent is an extensive project that aims to help people find a job.") is None


def test_a_letter_the_reports_give_another_writer_is_refused():
    letter = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call on the "
              "European Council to create a fair and common EU asylum system.")
    # probes31 #7, probes30 #13
    assert problem("Mathias De Clercq's 2018 open letter to the European Council - what was he calling for?",
                   letter) == f"the reports give the open letter to Daniël Termont, not Mathias De Clercq: " \
                              f"“{letter.rstrip('.')}”"
    assert problem("Daniël Termont's 2018 open letter to the European Council - what was he calling for?",
                   letter) is None
    # the office's holder asked by a possessive is named without its "'s" (probes30 #13)
    assert problem("Mayor Mathias De Clercq's 2018 open letter to the European Council - what did it ask for?",
                   letter).startswith("the reports say this of mayor Daniël Termont, not Mathias De Clercq:")
    # a letter of another year is another letter, its year before it or after (heldout42 zq012)
    assert not problem("what did Gent Zonder Grenzen's open letter of June 2020 ask the city for?", letter) \
        .startswith("the reports give the open letter")
    assert problem("Mathias De Clercq's 2020 open letter to the European Council - what was he calling for?",
                   letter) != f"the reports give the open letter to Daniël Termont, not Mathias De Clercq: " \
                              f"“{letter.rstrip('.')}”"


def test_a_superlative_said_of_the_side_it_goes_to_is_checked():
    costs = ("The average cost to send remittances from Belgium in the third quarter of 2020 was 10.08% to Algeria, "
             "8.87% to DRC, 5.05% to Morocco and 7.94% to Turkey.")
    from qa.compared import superlative_reversed

    # probes31 #25
    assert superlative_reversed("Of the four destinations listed, remittances from Belgium in the third quarter of "
                                "2020 were cheapest to send to Algeria - how does that compare with the 3% target?",
                                [costs]) == \
        f"the reports give 10.08% for Algeria and 5.05% for Morocco: “{costs.rstrip('.')}”"
    assert superlative_reversed("remittances from Belgium in q3 2020 were cheapest to send to Morocco - how does that "
                                "compare with the 3% target?", [costs]) is None
    assert superlative_reversed("remittances from Belgium in q3 2020 were priciest for Algeria?", [costs]) is None
    # ... or asked of it: "why was morocco the priciest country" (probes33 #28)
    assert superlative_reversed("why was morocco the priciest country to send remittances to from belgium in q3 2020",
                                [costs]) == \
        f"the reports give 5.05% for Morocco and 10.08% for Algeria: “{costs.rstrip('.')}”"
    assert superlative_reversed("why was algeria the priciest country to send remittances to", [costs]) is None
    assert superlative_reversed("why was it the priciest country to send remittances to", [costs]) is None


def test_who_took_a_project_over_is_the_body_the_sentence_says_decided_it():
    from qa.contradiction import _other_taker

    taken = ("The same year, the Openbaar Centrum voor Maatschappelijk Welzijn (Public Centre for Social Welfare, "
             "OCMW) of Ghent decided, after an evaluation, which projects that were no longer subsidised would be "
             "taken over with regular funds.")
    passage = hits("Ankerkracht was set up by the Belgian federal government. However, in 2015 European subsidies "
                   "were ended. " + taken)
    reason = ("the reports name another actor, the Openbaar Centrum voor Maatschappelijk Welzijn of Ghent: "
              f"“{taken.rstrip('.')}”")
    # heldout36 zk024, probes31 #9
    assert _other_taker("Why did the Flemish government decide to take over the funding of Project Ankerkracht when "
                        "EU subsidies ended in 2015?", [taken], passage) == reason
    assert _other_taker("after fedasil took ankerkracht over with regular funds in 2015 who ran it", [taken],
                        passage) == reason
    # the body by its bracketed name or its place is no other body
    assert _other_taker("Why did the OCMW decide to take over Project Ankerkracht when EU subsidies ended?", [taken],
                        passage) is None
    assert _other_taker("after the city of ghent took ankerkracht over in 2015, who ran it", [taken], passage) is None


def test_a_count_the_reports_bound_alike_holds_the_question_s_bound():
    cirq = ("Vzw Cirq wanted to involve newcomers themselves in their production, Batahlan, and eventually more than "
            "70 newcomers participated as volunteers.")
    # probes31 #8's twin: "more than 70" is what the reports say, not a count that is not more than 70
    assert problem("What was the name of the production that more than 70 newcomers volunteered in?", cirq) is None
    assert problem("What was the name of the production that more than 50 newcomers volunteered in?", cirq) is None
    assert problem("What was the name of the production that more than 100 newcomers volunteered in?", cirq) == \
        f"the reports give a count that is not more than 100: “{cirq.rstrip('.')}”"
    assert problem("What was the name of the production that fewer than 70 newcomers volunteered in?", cirq) == \
        f"the reports give a count that is not fewer than 70: “{cirq.rstrip('.')}”"


def test_a_plan_taken_as_done_is_refused_but_a_purpose_is_no_plan():
    code = ("One of its priorities is the development of a new Migration Code to replace the opaque 1980 Aliens "
            "Act, for which a consultation process has been initiated.")
    assert problem("Since the new Migration Code replaced the 1980 Aliens Act, what has changed?", code) == \
        f"the reports give this only as a plan: “{code.rstrip('.')}”"
    assert problem("Which act is the new Migration Code meant to replace?", code) is None  # asks about the plan
    commission = ("Following this crisis, a temporary Commission was established to evaluate the return policy, "
                  "chaired by Jan Bossuyt.")
    assert problem("Who chaired the commission that evaluated the return policy?", commission) is None


@pytest.mark.parametrize("question, said, word", [
    ("Since the Constitutional Court upheld criminal history as a criterion, what role does it play?",
     "The criterion of criminal history has been annulled by the Constitutional Court as being too broad.", "upheld"),
    ("Why does Ghent still run its Refugee Taskforce as a separate body alongside the Migratieforum?",
     "Ghent decided to transform the Refugee Taskforce into the Migratieforum (Migration Forum).", "still"),
    ("Why did the New Pact on Migration and Asylum play down the role of local communities?",
     "The New Pact on Migration and Asylum put explicit emphasis on supporting integration into local communities.",
     "play down"),
    ("Why did the N-VA campaign for Belgium to endorse the Global Compact?",
     "During autumn, the N-VA started to raise critical concerns about the Global Compact.", "campaign"),
    ("Why did the Commission Bossuyt recommend decriminalising irregular stay?",
     "The Commission Bossuyt proposes to increase the current criminalisation of irregular stay.", "decriminalise"),
    ("Why has Flanders opened its labour market broadly to low-skilled migrant workers?",
     "Access to the labour market for low-skilled labour migrants is only possible in exceptional cases.", "broadly"),
])
def test_more_opposites(question, said, word):
    assert problem(question, said).startswith(f"the reports say the opposite of '{word}'")


def test_more_opposites_stay_quiet_when_the_report_agrees():
    assert problem("Why does Flanders mainly target medium-skilled labour migrants?",
                   "Flanders mainly focuses on medium and higher-skilled labour migrants.") is None
    assert problem("Why did the N-VA campaign against the Global Compact?",
                   "During autumn, the N-VA started to raise critical concerns about the Global Compact.") is None
    assert problem("Why does Ghent still organise the Migratieforum twice a year?",
                   "Ghent organizes its Migratieforum twice a year to allow all actors to meet.") is None
    assert problem("Why did the New Pact on Migration and Asylum put emphasis on local communities?",
                   "The New Pact on Migration and Asylum put explicit emphasis on supporting integration into "
                   "local communities.") is None


def test_funding_that_stopped_is_not_contradicted_by_the_project_being_taken_over():
    passage = ("In 2015 the European subsidies for Project Ankerkracht were ended. The OCMW of Ghent decided that "
               "the project would be taken over with regular funds of the OCMW.")
    taken_over = passage.split(". ")[1]
    assert problem("What happened to Project Ankerkracht after the European funding stopped?", taken_over,
                   passages=(passage,)) is None
    # the project itself stopping is still contradicted
    assert problem("Why did the OCMW of Ghent abolish Project Ankerkracht?", taken_over,
                   passages=(passage,)).startswith("the reports say the opposite of 'abolish'")


def test_a_measure_taken_as_in_force_that_is_not_yet_is_refused():
    said = "The newcomers’ declaration is not implemented yet, as it depends on a collaboration agreement."
    assert problem("Now that the newcomers' declaration is in force, what do newcomers have to sign?",
                   said) == f"the reports say this is not in force yet: “{said.rstrip('.')}”"
    # asking whether it is, or about the plan, is answered
    assert problem("Is the newcomers' declaration in force?", said) is None
    assert problem("What does the newcomers' declaration plan to require?", said) is None
    # an obligation stated of someone as today's (zb031); "what happens if" is a condition, not a yes/no question;
    # asking what one has to sign asks what the declaration holds
    assert problem("My client is a newcomer who has to sign the newcomers' declaration. What happens if he refuses "
                   "to sign it?", said).startswith("the reports say this is not in force yet")
    assert problem("What do newcomers have to sign in the newcomers' declaration?", said) is None
    assert problem("Now that the newcomers' declaration is in force, what do newcomers have to sign?",
                   "Newcomers have to sign the newcomers’ declaration since it was implemented in 2021.") is None
    # "an unrealised intention", and "since ... was adopted" taking it as done (probe)
    code = ("One of the priorities of the new federal government is the development of an Asylum and Migration Code "
            "– an unrealised intention of the 2014 coalition agreement.")
    assert problem("since the new migration code was adopted, how have asylum procedures changed", code) \
        .startswith("the reports say this is not in force yet")
    assert problem("what is the status of the new asylum and migration code", code) is None
    assert problem("since when is the new migration code in the works", code) is None


def test_a_count_of_migrants_counts_newcomers():
    said = "In 2019, 210 asylum seekers, refugees and migrants volunteered in Ghent organisations."
    assert problem("How many newcomers volunteered in Ghent organisations in 2019?", said) is None
    assert problem("How many newcomers volunteered in Ghent organisations in 2019?",
                   "In 2019, 69 organisations in Ghent took newcomers as volunteers.").startswith(
        "no sentence gives a number of newcomers")


def test_how_many_people_is_counted_by_a_noun_for_people():
    question = "How many people were held in Belgian closed centres in 2019?"
    assert problem(question, "Following an application of fifteen civil society organisations, the Council of "
                             "State suspended in April 2019 a number of provisions.").startswith(
        "no sentence gives a number of people")
    assert problem(question, "In 2019, 7,000 detainees were held in closed centres.") is None
    assert problem(question, "In 2019, 7,000 asylum seekers were held in closed centres.") is None
    # a counted noun the reports never use is counted by any plural noun
    assert problem("With how many host bodies did Refu Interim cooperate in 2019?",
                   "Refu Interim has worked with 69 different organisations in 2019.") is None


def test_which_of_them_is_refused_when_the_reports_say_none():
    said = ("Various bills were tabled to make the rules on family reunification more restrictive. None of these "
            "were adopted.")
    assert problem("Which of the bills tightening family reunification rules were passed?", said).startswith(
        "the reports say none of these were adopted: “Various bills")
    assert problem("Which bills on family reunification were tabled?", "Various bills were tabled to make the "
                   "rules on family reunification more restrictive.") is None


def test_a_why_question_naming_actors_no_sentence_names_together_is_refused():
    passage = ("UNHCR declared Ghent a “solidarity city” with refugees. Ghent received other awards. Lastly, Ghent "
               "has been awarded an URBACT Good Practice label for its refugee policy.")
    awarded = passage.split(". ")[2]
    assert problem("Why did UNHCR praise Ghent for its URBACT Good Practice label?", awarded,
                   passages=(passage,)) == "no passage read names UNHCR, URBACT Good Practice together"
    # an award the question has another body give: the award check reads it first, and says so
    assert problem("Why did UNHCR award Ghent an URBACT Good Practice label for its refugee policy?", awarded,
                   passages=(passage,)).startswith("the reports do not say UNHCR gave it")
    # named together, or with places only, it is answered
    assert problem("Why did URBACT award Ghent a Good Practice label for its refugee policy?", awarded,
                   passages=(passage,)) is None
    assert problem("Why did Belgium and Flanders ...?", "Belgium and Flanders did so.") is None
    # probes10: the subject is named two sentences before, by a sentence the one before leans back to; a name
    # the question ends with a full stop is no name of two words ("Facebook. Why")
    movement = ("A well-known citizen movement is Gent Zonder Grenzen (Ghent Without Borders). This movement, "
                "consisting of committed citizens and launched in early 2020, stands for the humane treatment of "
                "people. They first gained public attention through social media platforms (especially Facebook) and "
                "were forced to continue working online due to the COVID pandemic.")
    online = movement.split(". ")[2]
    asked = "Gent Zonder Grenzen first gained public attention through {}. Why did they keep working online?"
    assert problem(asked.format("Facebook"), online, passages=(movement,)) is None
    assert problem(asked.format("Instagram"), online, passages=(movement,)) == \
        "no passage read names Gent Zonder Grenzen, Instagram together"


@pytest.mark.parametrize("question, said, word", [
    ("Why did the centre-right coalition of 2014-2018 lengthen appeal periods for asylum seekers in detention?",
     "From 2014 until 2018, the centre-right coalition reduced appeal periods for asylum seekers in detention.",
     "lengthen"),
    ("Why did Belgium transpose the EU single permit rules ahead of the deadline in 2019?",
     "In 2019, the authorities transposed the provisions on the single permit, more than five years after the "
     "deadline.", "ahead"),
])
def test_longer_and_earlier_are_contradicted(question, said, word):
    assert problem(question, said).startswith(f"the reports say the opposite of '{word}'")


def test_a_preference_the_reports_put_the_other_way_round_is_refused():
    said = ("A coordinator outlines that the best approach to integrating refugees is one grounded in solidarity, "
            "not charity.")
    assert problem("Why does the coordinator argue that charity, rather than solidarity, is the best basis for "
                   "integrating refugees?", said).startswith("the reports say it the other way round")
    assert problem("Why does the coordinator argue that solidarity, rather than charity, is the best basis for "
                   "integrating refugees?", said) is None
    # two phrases of one head, the preferred one in brackets (zh022)
    rights = "Ghent’s migration and integration policy mainly focuses on social rights (over political rights)."
    assert problem("Why does Ghent's integration policy give priority to political rights over social rights?",
                   rights).startswith("the reports say it the other way round")
    assert problem("Why does Ghent's integration policy give priority to social rights over political rights?",
                   rights) is None


def test_a_yes_no_question_after_a_statement_may_be_answered_no():
    said = ("The granting of a humanitarian regularization is a discretionary competence of the Secretary of State for "
            "Asylum and Migration. There are no clear criteria on the basis of which such a regularization is granted.")
    assert problem("humanitarian regularisation is at the discretion of the secretary of state for asylum and "
                   "migration - are there clear criteria for granting it", said) is None  # probe
    # the statement itself is still read: a denial of it is refused
    assert problem("Why are there clear criteria for granting a humanitarian regularisation?", said) \
        .startswith("the reports say otherwise")
    # the yes/no question after the dash is answered by the denial (probes10), and what is told before is read
    agreement = ("On 30 September 2019, the coalition agreement of the Flemish goverment for the next five years was "
                 "adopted, by a coalition of Flemish-nationalist, Christian democratic and liberal political parties. "
                 "This agreement does not refer to the GCM and envisages to make the civic integration stricter.")
    adopted, denial = agreement.split(". ")
    asked = "the 2019 flemish coalition of flemish-nationalists, {} and liberals - did their agreement refer to the gcm"
    assert problem(asked.format("christian democrats"), adopted, denial, passages=(agreement,)) is None
    # a family the reports leave out of that coalition
    assert problem(asked.format("greens"), adopted, denial, passages=(agreement,)) \
        .startswith("the reports give the coalition otherwise: “On 30 September 2019")


def test_what_a_question_puts_ahead_of_another_is_a_preference():
    rights = ("Ghent’s migration and integration policy mainly focuses on social rights (over political rights). It "
              "starts the integration process as soon as an asylum seeker arrives, instead of waiting until after the "
              "recognition of their status.")
    assert problem("ghent's integration policy puts social rights ahead of political rights - what shortcoming do "
                   "ngos point out", rights) is None  # probe: not a time ("after")
    assert problem("ghent's integration policy puts political rights ahead of social rights - what shortcoming do "
                   "ngos point out", rights).startswith("the reports say it the other way round")
    # the kind preferred is the one asked about: low-skilled migrants passed over are no contradiction
    skills = ('Access to the labour market for "low- skilled" labour migrants is only possible in exceptional cases.',
              "The Flemish government mainly focuses on medium and higher-skilled labour migrants.")
    assert problem("Why does the Flemish government prioritise medium- and higher-skilled labour migrants over "
                   "low-skilled ones?", *skills) is None
    assert problem("Why does the Flemish government prioritise low-skilled labour migrants over medium- and "
                   "higher-skilled ones?", *skills).startswith("the reports say the opposite of 'prioritise'")
    # which kind is mainly targeted is asked: one kind let in only in exceptional cases denies nothing (probes33
    # twin #24); said of a kind, it does
    assert problem("which labour migrants does flanders mainly target", skills[0]) is None
    assert problem("why does flanders mainly target low-skilled labour migrants", skills[0]).startswith(
        "the reports say the opposite of 'mainly'")


def test_a_year_told_of_another_named_thing_is_not_the_sentence_s():
    from qa.contradiction import _other_scope, clause_about

    cirq = ("The project originated from an initiative of vzw Cirq, who wanted to make an artistic production about "
            "newcomers to perform at the Gentse Feesten in 2016.")
    context = f"3.3 Refu Interim {cirq}"
    question = ("Jobteam Gent was started by ghent's work dept in 2020 and refu interim grew out of vzw cirq's "
                "batahlan show - who funds each")  # probe
    assert "2020" not in clause_about(question, context)
    assert _other_scope(question, cirq, context) is None
    # the year told of the thing the sentence is about is still its year
    swapped = ("refu interim was started by ghent's work dept in 2020 and Jobteam Gent grew out of vzw cirq's "
               "batahlan show - who funds each")
    assert _other_scope(swapped, cirq, context).startswith("the reports say this about 2016, not 2020")
    # a name split by "and" is no two clauses (zc026)
    pact = "the European Commission's New Pact on Migration and Asylum came out in March 2019 - what did it say?"
    assert clause_about(pact, "The European Commission announced its New Pact on Migration and Asylum") == pact


def test_a_comma_ends_a_name_the_question_puts_with_others():
    from qa.together import names_apart

    quote = ("The city of Ghent recognises and supports these initiatives and organisations, without taking them over. "
             "(Rudy Coddens, Alderman of Social Policy and Finance)")
    assert names_apart("What did Rudy Coddens, Ghent's alderman for Social Policy and Finance, say about how the city "
                       "treats bottom-up initiatives?", [], hits(quote)) is None  # probe: not "Rudy Coddens Ghent's"
    assert names_apart("What did Rudy Coddens, Ghent's alderman for Education and Youth, say about how the city "
                       "treats bottom-up initiatives?", [], hits(quote)) == \
        "no passage read names Rudy Coddens, Education, Youth together"


def test_another_town_is_another_scope():
    said = "They [Refu Interim] were looking for someone to run the operation in Lokeren."
    assert problem("What did Rose's job involve after Refu Interim hired her to run its operation in Kortrijk?",
                   said).startswith("the reports say this about Lokeren, not Kortrijk")


def test_what_a_person_said_about_a_topic_someone_else_spoke_about_is_refused():
    passage = ("This photo exhibition was launched to celebrate World Refugee Day 2020, which is, as the Mayor Mathias "
               "De Clercq said, a good time to think about those who are fleeing. Other initiatives exist. (Rudy "
               "Coddens, Alderman of Social Policy and Finance)")
    said = passage.split(". ")[0]
    assert problem("What did Alderman Rudy Coddens say about World Refugee Day 2020?", said,
                   passages=(passage,)).startswith("no passage read names Alderman Rudy Coddens, World Refugee Day")
    assert problem("What did Mayor Mathias De Clercq say about World Refugee Day 2020?", said,
                   passages=(passage,)) is None


def test_a_share_for_a_purpose_the_reports_give_no_share_for_is_refused():
    said = ("Among them, about 50% were for the purpose of family reunification, 11% for education, and 9% for work; "
            "the remaining permits were issued for other reasons, with international protection being among them.")
    assert problem("What share of Belgium's first residence permits went to people granted international "
                   "protection?", said).startswith(
        "the reports give shares for family reunification, education, work only")
    assert problem("What share of Belgium's first residence permits went to people coming to study?", said) is None
    assert problem("What share of Belgium's first residence permits was for family reunification?", said) is None


def test_now_that_a_plan_is_done_is_refused():
    said = ("The Flemish coalition agreement aims to exclude private persons from obtaining legal information from "
            "the helpdesk of the Agency for Integration and Civic Integration.")
    assert problem("Now that the Agency for Integration and Civic Integration no longer gives legal information to "
                   "private persons, where are migrants supposed to get it?", said).startswith(
        "the reports give this only as a plan")
    # a question about the plan itself is answered
    assert problem("What does the Flemish coalition agreement plan for the helpdesk of the Agency for Integration "
                   "and Civic Integration?", said) is None


def test_a_sentence_read_that_denies_the_questions_premise_on_both_sides_is_refused():
    from qa.denials import denied

    answer = "One of its priorities is increasing the effectiveness of Belgium's return policy."
    denial = "The federal coalition agreement of 30 September 2020 does not endorse the suggestions of the " \
             "Commission Bossuyt."
    passage = f"{denial} {answer}"
    question = "How is the 2020 federal coalition agreement implementing the Commission Bossuyt's proposal?"
    # the denial is not the answer sentence: every sentence of the passages read counts
    assert "does not endorse" in denied(question, [answer], hits(passage))
    # asked what it says, or whether: the denial is the answer
    assert denied("What does the 2020 federal coalition agreement say about the Commission Bossuyt?", [answer],
                  hits(passage)) is None
    assert denied("Does the 2020 federal coalition agreement endorse the Commission Bossuyt's proposal?", [answer],
                  hits(passage)) is None
    # "This agreement does not refer to the GCM": the agreement of the sentence before; GCM is the asked name
    flemish = ("On 30 September 2019, the coalition agreement of the Flemish government was adopted by a coalition "
               "of three political parties. This agreement does not refer to the GCM and makes integration stricter.")
    assert denied("How does the 2019 Flemish coalition agreement put the Global Compact for Migration into practice?",
                  [], hits(flemish))
    # heldout58 yg030: the question writes the name in small letters, a passage read defines the acronym
    defined = "The implementation of the Global Compact for Migration (GCM) in Belgium and Flanders is discussed."
    asked = "why does the 2019 flemish coalition agreement refer so explicitly to the global compact"
    assert denied(asked, [], hits(flemish, defined)).startswith("the reports say otherwise")
    assert denied(asked, [], hits(flemish)) is None  # no passage read says what "GCM" stands for
    # ... on the denied side only: "The GCM" as a subject is not the question's "UN migration compact" (heldout34 zi011)
    case_law = "The GCM does not seem to have influenced case law in Belgium."
    assert denied("Who negotiated the UN migration compact on Belgium's behalf, and what did he tell MPs about how "
                  "the text had changed?", [], hits(case_law, defined)) is None
    # the question's own subject, between "does" and the denial's subject, is not what it claims of that subject:
    # "what does the flemish development policy offer diaspora organisations" (seen while testing zu032)
    partners = "- Objective 19: Diaspora organisations are not recognized as full-fledged partners in development " \
               "cooperation policies."
    assert denied("what does the flemish development policy offer diaspora organisations", [],
                  hits(partners)) is None
    assert denied("Why are diaspora organisations recognised as full partners in development policies?", [],
                  hits(partners))
    # ... but not for a question about the parties, which asks nothing of an agreement
    assert denied("Which political party raised objections to the Global Compact for Migration?", [],
                  hits(flemish)) is None
    # "not only", "not alone", a title or a quote deny nothing; nor a clause of its own ("when the person has not")
    for sentence in ("Ghent's approach is not only relevant for refugees and asylum seekers in Ghent.",
                     "Pupils in Ghent play the board game ‘This is not a Game’ about refugees.",
                     "A 2016 law lets the office end a residence right when the person has not made an effort."):
        assert denied("Why does Ghent's approach help refugees and asylum seekers, and what do pupils play?",
                      [], hits(sentence)) is None, sentence
    assert denied("Under the 2016 law on residence, which criteria measure an effort?", [],
                  hits("A 2016 law lets the office end a residence right when the person has not made an effort "
                       "to integrate.")) is None


def test_a_number_the_reports_tie_to_another_thing_is_refused():
    from qa.figures import other_binding

    permits = "Over 2009-18, Belgium issued an average of 54,000 first residence permits per year."
    assert "54,000 for something else" in other_binding(
        "Why did Belgium issue around 54,000 work permits a year?", [permits], hits(permits))
    assert other_binding("Why did Belgium issue around 54,000 residence permits a year?", [permits],
                         hits(permits)) is None
    # a unit measures, it names nothing: "120% income requirement", "3 months", "1 July"
    wage = "The amount is set at 120% of the living wage. Given that the objective of the income requirement is ..."
    assert other_binding("Why is the 120% income requirement too high?", [wage], hits(wage)) is None
    day = "World Refugee Day 2020 was celebrated with a photo exhibition."
    assert "another year" in other_binding("What did the exhibition show for World Refugee Day 2018?", [day],
                                           hits(day))
    assert other_binding("What did the exhibition show for World Refugee Day 2020?", [day], hits(day)) is None
    # a year the reports never give with anything is left to the other checks
    assert other_binding("What happened on Ghent Light Festival 2018?", [day], hits(day)) is None
    # a number the reports write as a word counts: "ten different partner organisations" gives 10 of them
    team = ("This is all realised by staff members from 10 municipal and civil society organisations. The team is "
            "composed of 35 staff members, originating from ten different partner organisations.")
    assert other_binding("Jobteam Gent brings together 10 partner organisations: which ones?", [team],
                         hits(team)) is None
    assert "10 for something else" in other_binding("Why does Jobteam Gent work with 10 employment agencies?",
                                                    [team], hits(team))


def test_an_amount_in_euros_is_not_answered_by_a_share():
    question = "How much official development assistance, in euros, did Belgium spend in 2018?"
    share = "In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI)."
    assert problem(question, share) == "no sentence gives an amount in euros"
    assert problem(question, "In 2018, Belgian ODA amounted to 1,9 billion euros.") is None
    assert problem("How much money, in EUR, did the project get?", "The project received € 200,000.") is None


def test_keeping_someone_out_is_contradicted_by_their_being_involved():
    involved = "Also citizens and NGO’s / civil society are involved in this structure from scratch on."
    question = "Why did Ghent's Taskforce on Refugees keep NGOs and ordinary citizens out of its structure?"
    assert "opposite of 'keep out'" in problem(question, "Ghent set up a Taskforce on Refugees.",
                                               passages=(f"Ghent set up a Taskforce on Refugees. {involved}",))
    assert problem("Why did Ghent's Taskforce on Refugees involve NGOs and ordinary citizens in its structure?",
                   involved, passages=(f"Ghent set up a Taskforce on Refugees. {involved}",)) is None


def test_a_possessive_or_a_plural_acronym_has_the_names_stem():
    from qa.synonyms import canonical_stem

    assert canonical_stem("NGO’s") == canonical_stem("NGOs") == canonical_stem("NGO")
    assert canonical_stem("Ghent's") == canonical_stem("Ghent")
    assert canonical_stem("its") == "it" and canonical_stem("was") == "was"


def test_how_come_asks_why_and_a_places_possessive_is_a_place():
    from qa.together import names_apart

    kind = classify("How come Belgium's 1980 Aliens Act is described as so hard to navigate?")
    assert kind.wants_reason and not kind.wants_process
    act = "Due to numerous amendments over the past forty years, the Aliens Act has become highly complex."
    # "Belgium's" is where, not who: one name is left, nothing to put together
    assert names_apart("Why is Belgium's Aliens Act so hard to navigate?", [act], hits(act)) is None


def test_a_statement_before_the_question_does_not_merge_its_parts():
    from qa.question import question_parts

    question = ("Our department is thinking of joining the Migration Forum. How often does it meet, and is it "
                "still only about refugees?")
    assert question_parts(question)[-1] == "is it still only about refugees?"
    # a yes/no part may be answered by what changed: "still" is not contradicted by "transformed into"
    changed = "Ghent decided to transform the Refugee Taskforce into the Migration Forum, which meets twice a year."
    assert problem(question, changed) is None



def test_a_word_or_two_before_the_question_word_leaves_the_parts_apart():
    from qa.question import question_parts

    assert question_parts("Roughly what share of first residence permits are issued for family reunification, and "
                          "what income level is required?") == [
        "Roughly what share of first residence permits are issued for family reunification",
        "what income level is required?"]
    # a statement ended by a dash or colon leaves the question after it its own first part
    assert len(question_parts("ghent wanted to take people in after the moria fire - how many did it ask for, and "
                              "how many kids did belgium relocate?")) == 2
    # a lead-in without a question word still belongs to the part after it; a statement is no part
    assert len(question_parts("After the Moria fire, how many minors were relocated?")) == 1
    assert len(question_parts("The centre is closed, and how did the city react?")) == 1
    # a lead of time typed without its comma leaves the question its own first part (l017)
    assert len(question_parts("after the moria fire how many asylum seekers did ghent ask to take in, and how many "
                              "unaccompanied kids did belgium actually relocate?")) == 2

def test_who_holds_an_office_wants_a_sentence_naming_its_holder():
    question = "Who is the Secretary of State for Asylum and Migration in the federal government formed in 2020?"
    formed = "On 30 September 2020, a new federal government was formed by a coalition of four parties."
    assert problem(question, formed) == "no sentence names the secretary of state"
    mayor = "In 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter."
    assert problem("Who was the mayor of Ghent in 2018?", mayor) is None
    # typed informally, with the level of government before the office (i024)
    fee = "The Flemish coalition agreement envisages a fee of minimum 360 euros for the civic integration trajectory."
    assert problem("who's the flemish minister in charge of integration right now?", fee) == \
        "no sentence names the minister"
    assert problem("who's the flemish minister in charge of integration right now?",
                   "Flemish minister Bart Somers presented the civic integration decree.") is None
    # asked as who held the post, or served as it (zd026)
    assert problem("Who held the post of Secretary of State for Asylum and Migration in the government formed in "
                   "2020?", formed) == "no sentence names the secretary of state"
    assert problem("who served as mayor of Ghent in 2018?", mayor) is None
    assert problem("who served as mayor of Ghent?", formed) == "no sentence names the mayor"
    # "which person holds the <words> <office> post" (zm035); not a relation to the office
    assert problem("which person holds the asylum & migration secretary of state post in the coalition formed 30 sept "
                   "2020?", formed) == "no sentence names the secretary of state"
    assert problem("which person was the then mayor of Ghent in 2018?", mayor) is None
    from qa.premise import _holder_missing

    assert _holder_missing("who is the main partner of the mayor of ghent?", [formed]) is None


def test_a_start_the_reports_date_otherwise_is_refused():
    from qa.figures import other_start

    before = "A well-known citizen movement is Gent Zonder Grenzen (Ghent Without Borders)."
    launched = "This movement, consisting of committed citizens and launched in early 2020, stands for dignity."
    passage = hits(f"{before} {launched}")
    question = "Gent Zonder Grenzen has been around since the 2015 refugee crisis - what were its first campaigns?"
    assert "another start, early 2020" in other_start(question, [before, launched], passage)
    assert other_start("Gent Zonder Grenzen was launched in 2020 - what were its first campaigns?",
                       [before, launched], passage) is None
    # another movement's start says nothing of this one
    assert other_start("Hart voor Vluchtelingen has been around since 2015 - what does it collect?",
                       [before, launched], passage) is None


def test_a_name_no_passage_retrieved_contains_is_never_mentioned():
    from qa.together import unmentioned_name

    feesten = hits("Vzw Cirq made a production about newcomers for the Gentse Feesten (a yearly ten-day festival in "
                   "Ghent) in 2016. The Council for Alien Law Litigation heard two applicants.")
    assert unmentioned_name("What did vzw Cirq stage at the Ghent Light Festival?", feesten) == \
        "the reports never mention Ghent Light Festival"
    assert unmentioned_name("What did vzw Cirq stage at the Gentse Feesten in June?", feesten) is None
    # another spelling or number of the same words is the same name
    assert unmentioned_name("What did the Council for Alien Law-Litigations decide?", feesten) is None
    assert unmentioned_name("What did the Council for AlienLaw Litigation decide?", feesten) is None
    # an acronym of a name the passages spell out, with the name's other words (probe)
    fps = hits("The Immigration Office, overseen by the Federal Public Service Interior, issues visas.")
    assert unmentioned_name("Which office does the FPS Interior oversee?", fps) is None
    assert unmentioned_name("Which office does the FPS Transport oversee?", fps) == \
        "the reports never mention FPS Transport"
    # a medium after a programme's name is no part of it: "a Pano TV documentary" where a report cites "Pano"
    pano = hits("The practices were unveiled by a judicial investigation and a documentary.45 Pano, “Zijn humanitaire "
                "visa te koop?”, 15 January 2019.")
    assert unmentioned_name("What did the judicial investigation and the Pano TV documentary unveil?", pano) is None
    assert unmentioned_name("What did the judicial investigation and the Panorama TV documentary unveil?", pano) == \
        "the reports never mention Panorama TV"
    # an office before a person's name: the person is the name ("Rudy Coddens, City Councillor for ...")
    coddens = hits("Rudy Coddens, City Councillor for Social Policy and Finance")
    assert unmentioned_name("What does City Councillor Rudy Coddens say about bottom-up initiatives?", coddens) is None
    assert unmentioned_name("What does City Councillor Rudy Peeters say about bottom-up initiatives?", coddens) == \
        "the reports never mention City Councillor Rudy Peeters"
    # a possessive, "and", a month or a question word ends a name; a place is no part of one
    for question in ("Why did Cirq's Batahlan involve newcomers?", "What did Yar and Laurentsyeva find?",
                     "How often did the Council for Alien Law Litigation cite it?",
                     "In Ghent, What did Belgium decide?"):
        assert unmentioned_name(question, feesten) is None, question


def test_a_count_of_people_who_did_something_else_does_not_answer_how_many_did_it():
    question = "How many of the people coached by Jobteam Gent have actually landed a durable job so far?"
    reached = "After one year, they have already reached 798 people, of which 532 entered coaching programs."
    assert problem(question, reached).startswith("no sentence counts people that actually landed a durable job")
    assert problem(question, "So far, 140 people coached by Jobteam Gent have landed a durable job.") is None
    # heldout48 zw001: what the first counted did is read in its own part, not from a later "how many" ("were new
    # that yr" is not what the volunteers did)
    volunteered = ("In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent, 65 of "
                   "whom had newly registered that year.")
    assert problem("refu interim in 2019 - how many ppl volunteered and how many of them were new that yr",
                   volunteered) is None
    assert problem("refu interim in 2019 - how many ppl have found a paid job and how many of them were new that yr",
                   volunteered).startswith("no sentence counts people that found a paid job")
    # one word of what they did is too little to hold against a count: "was it built for" / "a pontoon for 250"
    assert problem("How many asylum seekers was the pontoon built for?",
                   "A new reception centre (a pontoon on the water) for 250 asylum seekers got publicity.") is None


def test_harder_is_contradicted_by_relaxed_and_an_amount_in_euros_must_be_about_the_asked_thing():
    relaxed = "The Flemish government has relaxed the conditions for obtaining a work permit for foreign employees."
    assert "opposite of 'harder'" in problem("Why did Flanders make it harder for employers to get a work permit "
                                             "for foreign employees?", relaxed)
    assert problem("Why did Flanders make it easier for employers to get a work permit for foreign employees?",
                   relaxed) is None
    fund = "The project is sponsored by the city of Ghent and the European Social Fund (ESF)."
    visa = "Some intermediaries had accepted money (arguably thousands of euros) from applicants."
    assert problem("How much money did the European Social Fund put into Jobteam Gent, in euros?", fund, visa,
                   passages=(fund, visa)) == "no sentence gives an amount in euros"


def test_the_nth_of_something_the_reports_count_fewer_of_is_refused():
    groups = ("Within the taskforce, we set up three working groups: a working group on shelter, a working group on "
              "integration and one on volunteers and public awareness.")
    reason = problem("What was the fourth working group of Ghent's refugee taskforce, the one on housing, "
                     "responsible for?", groups)
    assert reason and reason.startswith("the reports count three working groups")
    # the third of three is there to ask about; "a third of" is a share, not an ordinal
    assert problem("What was the third working group of the taskforce responsible for?", groups) is None
    assert problem("What did a third of the working groups do?", groups) is None
    # a sentence naming the fourth one answers, whatever else counts three
    assert problem("What did the fourth working group do?", groups,
                   "Later a fourth working group was added, on housing.") is None


def test_keeping_is_contradicted_by_annulling_and_a_whether_clause_claims_nothing():
    annulled = ("The criterion of criminal history has been annulled by the Constitutional Court as being too broad "
                "and not proportionate to the goal of integration.")
    reason = problem("What reasoning did the Constitutional Court give for keeping criminal history as one of the "
                     "criteria for judging whether a migrant made an effort to integrate?", annulled)
    assert reason and "the opposite of 'keep'" in reason
    assert problem("Why did the Constitutional Court annul the criminal history criterion?", annulled) is None
    # a yes/no question may be answered "no"
    assert problem("Did the Constitutional Court keep the criminal history criterion?", annulled) is None
    # ending the money is not ending what was kept going
    assert problem("When the EU money for Ankerkracht dried up in 2015, who stepped in to keep the project going?",
                   "However, in 2015 European subsidies were ended. The same year, the OCMW of Ghent decided to "
                   "take over Ankerkracht with regular funds.") is None


def test_which_party_a_person_is_from_wants_a_party_named_with_that_person():
    nva = ("During autumn, however, the right-wing nationalist political party N-VA started to raise critical "
           "concerns about the Compact.")
    assert problem("Which political party is Rudy Coddens from?", nva) == "no sentence names the party of Rudy Coddens"
    # a party asked of an act, not a person, is answered by the party that did it
    assert problem("Which political party started raising concerns about the Compact?", nva) is None
    assert problem("Which party is Rudy Coddens from?", "Alderman Rudy Coddens (Vooruit) said so.") is None


def test_a_name_the_reports_place_in_another_town_is_refused():
    rose = ("An example of a success story is Rose, who came in contact with Refu Interim: “They were looking for "
            "someone to run the operation in Lokeren.”")
    spread = ("Refu Interim has worked with 69 different organisations in 2019, and has expanded into other regions "
              "in Flanders: Ostend, Kortrijk, Bruges, Leuven, Sint-Niklaas and Lokeren.")
    # the best sentence names Ostend (Refu Interim's); the one naming Rose places her elsewhere
    reason = problem("Which organisations did Rose work with when she ran Refu Interim's operation in Ostend?",
                     spread, rose, passages=(spread, rose))
    assert reason and reason.startswith("the reports place Rose in Lokeren")
    # the town the reports give, and a name they also place in the asked town, are fine
    assert problem("What did Rose do for Refu Interim in Lokeren?", rose, spread) is None
    assert problem("When did Refu Interim start working in Ostend?", spread, rose) is None


def test_a_handing_over_the_other_way_round_is_refused():
    devolved = ("On 1st July 2014, the federal government devolved decision-making powers on matters relating to "
                "employment based immigration policy to three regions: the Flemish region (Flanders) and the Walloon "
                "region (Wallonia).")
    reason = problem("Why did the Flemish and other regions hand employment-based immigration powers back to the "
                     "federal government in 2014?", devolved)
    assert reason and reason.startswith("the reports say it the other way round")
    # the same direction, and a handing over without a receiver, are no contradiction
    assert problem("Why did the federal government hand employment-based immigration powers to Flanders in 2014?",
                   devolved) is None
    assert problem("Which powers did the federal government devolve in 2014?", devolved) is None


def test_a_change_or_way_between_two_ends_the_other_way_round_is_refused():
    prolonged = ("In cases of family reunification with a third country national, the temporariness and "
                 "conditionality of residence rights were prolonged from 3 to 5 years in 2016.")
    reason = problem("Why did Belgium shorten the conditional residence period for reunified family members from five "
                     "to three years in 2016?", prolonged)
    assert reason and "other way round" in reason
    assert problem("Why did Belgium prolong the conditional residence period from three to five years in 2016?",
                   prolonged) is None
    # "3 years instead of 5" goes from 5 to 3
    reason = problem("Since 2016 residence rights for family reunification only stay conditional for 3 years instead "
                     "of 5. Has that made things easier for families?", prolonged)
    assert reason and "other way round" in reason
    assert problem("Since 2016 residence rights for family reunification stay conditional for 5 years instead of 3. "
                   "Has that made things harder for families?", prolonged) is None
    # a year may stand after each end
    grew = "The number of applications increased from 41 in 2014 to 77 in 2015."
    assert "other way round" in problem("Why did applications to Ankerkracht fall from 77 in 2014 to 41 in 2015?", grew)
    sent = "The average cost to send remittances from Belgium to Algeria was 10.08%."
    assert "other way round" in problem("What does it cost to send remittances from Algeria to Belgium?", sent)
    assert problem("What does it cost to send remittances from Belgium to Algeria?", sent) is None


def test_a_ranking_must_rank_what_is_asked_about():
    question = "Which municipalities did Yar and Laurentsyeva find to be most successful at integrating immigrants?"
    # "successfully" and "more" in one sentence, far apart, rank nothing
    elsewhere = ("Whereas the city of Ghent has successfully created several solidarity projects locally, its appeals "
                 "to the Belgian and European level to show more solidarity were not heard.")
    assert problem(question, elsewhere) == "no sentence says which is most successful"
    assert problem(question, "Yar and Laurentsyeva found that municipalities with a strong local economy were the "
                             "most successful at integrating immigrants.") is None
    # shares to compare rank too
    assert problem("Which destination was most expensive to send money to from Belgium?",
                   "The average cost to send remittances from Belgium was 10.08% for Algeria and 8.87% for the DRC.") \
        is None


def test_shaping_is_influencing_so_a_denied_influence_denies_the_shaping():
    from qa.synonyms import canonical_stem

    assert canonical_stem("shaped") == canonical_stem("influenced")
    denied = "The GCM has not influenced the migration case law in Belgium."
    assert problem("In what ways has the Global Compact for Migration (GCM) shaped the migration case law in Belgium?",
                   denied)
    assert problem("Has the GCM shaped the migration case law in Belgium?", denied) is None
    # changing or affecting is influencing too (zf027): "did not substantively impact on ... the outcome"
    assert canonical_stem("change") == canonical_stem("affected") == canonical_stem("impact")
    before = "Until 1 June 2020, only two applicants invoked the GCM in proceedings before the CALL."
    impact = "This did not substantively impact on the reasoning or outcome of the judgments."
    assert problem("how did the gcm change outcomes of asylum appeals at CALL", impact,
                   passages=(f"{before} {impact}",)).startswith("the reports say otherwise")
    assert problem("did the GCM change the outcome of appeals at the CALL?", impact,
                   passages=(f"{before} {impact}",)) is None


def test_on_what_grounds_asks_why():
    assert classify("On what grounds did the Council of State rule in M.A. v. Belgium?").wants_reason
    assert classify("What was the basis for the ruling?").wants_reason is False
    # "why" after a lead-in asks why as well; "why" inside a clause does not
    assert classify("If national rules are the same across Belgium, why would migrants fare differently?").wants_reason
    assert classify("Two immigrants live in one country. Why might one of them fare better?").wants_reason
    assert classify("What does the paper ask about why some areas do better?").wants_reason is False
    found = ("On 27 October 2020, the European Court of Human Rights found in M.A. v. Belgium that Belgium had "
             "violated Article 3 ECHR by deporting a Sudanese national.")
    reason = problem("On what grounds did the Council of State rule in M.A. v. Belgium that the deportation to Sudan "
                     "breached Article 3?", found)
    # the court that ruled is named ("no passage read names the Council of State" before it was)
    assert reason and reason.startswith("the reports say the European Court of Human Rights did this")
    assert problem("On what grounds did the European Court of Human Rights find in M.A. v. Belgium that the "
                   "deportation breached Article 3?", found) is None


def test_a_place_in_a_leading_condition_is_not_the_scope_asked_about():
    ghent = "In Ghent, the local economy strongly influences which migrants arrive and how they integrate."
    assert problem("If national rules are the same across Belgium, how come migrants in one town fare so much "
                   "better than in another?", ghent) is None
    assert problem("How do national rules shape integration across Belgium?", ghent).startswith(
        "the reports say this about Ghent, not Belgium")


def test_names_never_put_together_are_given_as_the_question_writes_them():
    from qa.together import _as_written

    question = ("On what grounds did the Council of State rule in M.A. v. Belgium that the deportation to Sudan "
                "breached Article 3?")
    assert _as_written(question, ["Council", "State", "M A", "Article"]) == \
        ["Council of State", "M.A. v. Belgium", "Article 3"]
    assert _as_written("Why did UNHCR award Ghent the 'Refugee Solidarity' label?", ["UNHCR", "Solidarity'"]) == \
        ["UNHCR", "Refugee Solidarity"]


def test_what_a_person_said_is_not_answered_by_words_another_person_said():
    mayor = ("In this respect, Ghent Mayor Mathias De Clercq proclaimed that “cooperation and solidarity across "
             "borders is more relevant than ever, especially for the most vulnerable in our global society.")
    reason = problem("As mayor of Ghent, what did Rudy Coddens say about cooperation across borders?", mayor)
    assert reason and reason.startswith("the reports give these words to Mathias De Clercq, not Rudy Coddens")
    # the person who said it, with or without an office before the name
    assert problem("What did Mathias De Clercq say about cooperation across borders?", mayor) is None
    assert problem("What did Mayor Mathias De Clercq say about cooperation across borders?", mayor) is None
    # a sentence naming no one who speaks does not give the words to another
    assert problem("What did Rudy Coddens say about cooperation across borders?",
                   "Cooperation across borders is more relevant than ever, Rudy Coddens said.") is None

    # words the question gives to someone, opening it (zi031), and to the one who wrote them
    letter = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call on the "
              "European Council to create a fair and common EU asylum system, declaring that “cities work every day "
              "to put the European values of solidarity, humanity and dignity into practice”.")
    told = ("{} once wrote that cities put European values of solidarity, humanity and dignity into practice every "
            "day. Who was that open letter addressed to?")
    reason = problem(told.format("Charles Michel"), letter)
    assert reason and reason.startswith("the reports give these words to Daniël Termont, not Charles Michel")
    assert problem(told.format("Daniël Termont"), letter) is None


def test_why_a_person_typed_in_small_letters_said_a_quotations_last_sentence_is_refused_with_its_speaker():
    # probes27 #31: the question's words are the end of a quotation opened in the sentence before it
    mayor = ("In response, Ghent Mayor Mathias De Clercq proclaimed that “cooperation and solidarity across borders is "
             "more relevant than ever, especially for the most vulnerable in our global society. The coronavirus "
             "doesn’t know any borders.”")
    end = "The coronavirus doesn’t know any borders.”"
    reason = problem("why did rudy coddens say the coronavirus doesn't know any borders", end, passages=(mayor,))
    assert reason and reason.startswith("the reports give these words to Mathias De Clercq, not Rudy Coddens: "
                                        "“In response, Ghent Mayor Mathias De Clercq proclaimed")
    # look-alikes: the speaker, the office or a pronoun, and what someone said about something
    for asked in ("why did mathias de clercq say the coronavirus doesn't know any borders",
                  "why did the mayor say the coronavirus doesn't know any borders",
                  "why did he say the coronavirus doesn't know any borders",
                  "why did rudy coddens say nothing about the coronavirus"):
        assert problem(asked, end, passages=(mayor,)) is None, asked


def test_what_a_person_said_on_a_subject_is_refused_when_only_another_is_quoted_on_it():
    # zk029: the person asked about is named and speaks, but on something else; the words asked about are all
    # inside another's quotation
    letter = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call on the "
              "European Council to create a fair and common EU asylum system.")
    mayor = ("In this respect, Ghent Mayor Mathias De Clercq proclaimed that “cooperation and solidarity across "
             "borders is more relevant than ever. The coronavirus doesn’t know any borders.”")
    passages = (f"{letter} {mayor}",)
    # the question as the composer reads it, its names cased as the reports write them (recased)
    reason = problem("what did mayor Daniël Termont say about the coronavirus not knowing borders", letter,
                     passages=passages)
    assert reason == ("the reports give these words to Mathias De Clercq, not Daniël Termont: “The coronavirus "
                      "doesn’t know any borders”")
    # the one quoted, a person asked on what they said, and a subject of fewer words: not refused
    assert problem("what did mayor Mathias De Clercq say about the coronavirus not knowing borders", mayor,
                   passages=passages) is None
    assert problem("what did mayor Daniël Termont say to the European Council", letter, passages=passages) is None
    assert problem("what did Daniël Termont say about borders", letter, passages=passages) is None


def test_words_said_at_an_event_are_not_a_person_the_reports_only_place_elsewhere():
    # zg024: the person asked about is named, but only for another occasion; the hearing's words are another's
    michel = ("In September 2018, then first minister Charles Michel expressed Belgium’s support for the Global "
              "Compact in the UN General Assembly.")
    hearing = ("During autumn, however, the N-VA started to raise critical concerns about the Compact, arguing "
               "that lawyers would try to enforce its provisions via litigation.1 In a parliamentary hearing on 4 "
               "December 2018, the Belgian Special Envoy for Migration and Asylum Mr. Jean-Luc Bodson emphasized "
               "that the text had been amended – and weakened from a migrant rights’ perspective.")
    reason = problem("At the December 2018 parliamentary hearing, what did Charles Michel say about how the "
                     "Compact text had been weakened?", michel, hearing)
    # the quote starts where the footnote mark hid the end of a sentence
    assert reason == ("the reports give these words to Jean-Luc Bodson, not Charles Michel: “In a parliamentary "
                      "hearing on 4 December 2018, the Belgian Special Envoy for Migration and Asylum Mr. Jean-Luc "
                      "Bodson emphasized that the text had been amended – and weakened from a migrant rights’ "
                      "perspective”")
    # the answerable look-alikes: the one who spoke there, and the person asked about the occasion of his own
    assert problem("At the December 2018 parliamentary hearing, what did Jean-Luc Bodson say about how the "
                   "Compact text had been weakened?", hearing, michel) is None
    assert problem("What did Charles Michel say about the Global Compact at the UN General Assembly in 2018?",
                   michel, hearing) is None


def test_access_the_question_takes_as_denied_is_refused_when_the_reports_give_it():
    care = ("Irregular migrants in Belgium have access to health care through the procedure “urgent medical "
            "assistance”. Effective access is frustrated, however, by the complexity of the procedure.")
    reason = problem("Why are irregular migrants in Belgium denied any access to health care?", care)
    assert reason and reason.startswith("the reports say otherwise")
    assert problem("Why do irregular migrants in Belgium have access to health care?", care) is None
    # access to something else, or a sentence that itself denies it, contradicts nothing
    assert problem("Why are irregular migrants in Belgium denied any access to housing?", care) is None
    assert problem("Why are irregular migrants in Belgium denied access to health care?",
                   "Irregular migrants in Belgium do not have access to health care.") is None


def test_numbers_of_a_change_the_reports_give_for_another_thing_are_refused():
    applications = ("The number of applications increased from 41 in 2014 to 77 in 2015, with the number of active "
                    "participants every year fluctuating between 50 and 60.")
    reason = problem("Ankerkracht's active participants nearly doubled from 41 in 2014 to 77 in 2015 - what drove "
                     "that?", applications)
    assert reason and reason.startswith("the reports give these numbers for something else")
    assert problem("Why did applications to Ankerkracht go from 41 in 2014 to 77 in 2015?", applications) is None
    # a sentence whose change has no named subject ("It rose") is left alone
    assert problem("Why did active participants rise from 41 to 77?", "It rose from 41 to 77 that year.") is None


def test_now_that_a_plan_would_have_done_it_is_taken_as_done():
    plan = ("However, the 2019 Flemish coalition agreement proposes to limit the accessibility of the Agency, by "
            "focusing its tasks on second line support.")
    would = "Private persons would no longer be able to obtain information from the Agency."
    reason = problem("now that private persons can't get legal info from the AGII helpdesk anymore, where are they "
                     "supposed to go instead?", plan, would)
    assert reason and reason.startswith("the reports give this only as a plan")
    # the same effect said as done is no plan
    assert problem("now that private persons can't get legal info from the AGII helpdesk anymore, where are they "
                   "supposed to go instead?", "Private persons no longer obtain information from the Agency.") is None


def test_an_age_the_question_states_may_fall_within_an_age_bound_of_the_reports():
    rule = ("For instance, the rule that people born in Belgium or who had moved to Belgium before the age of 12 "
            "could not be deported was abolished.")
    question = ("my cousin has lived in belgium since he was 8. i heard people who came as kids can't be deported - "
                "is that still true?")
    assert problem(question, rule, passages=(rule,)) is None
    # an age outside the bound, or a number that is no age, is still one the passages never mention
    assert problem(question.replace("8", "14"), rule, passages=(rule,)) == "the passages never mention 14"
    assert problem("why were 8 families deported?", rule, passages=(rule,)) == "the passages never mention 8"


def test_how_something_came_out_is_refused_when_the_reports_tell_it_as_still_going_on():
    strike = ("Irregular migrants are calling for a more lenient approach to regularisation through various means, "
              "such as the occupation of a church and university buildings as well as – currently – a hunger strike.")
    for question in ("Did the undocumented migrants on hunger strike eventually get their papers?",
                     "How did the hunger strike by undocumented migrants in Belgium end - were they regularised?",
                     "did the hunger strike by undocumented migrants end up getting them regularised?",
                     "did the undocumented migrants' hunger strike lead to regularisation"):  # zk036
        reason = problem(question, strike)
        assert reason and reason.startswith("the reports tell this as still going on"), question
    # a question that asks for no outcome, or an outcome the sentences give
    assert problem("Which means do irregular migrants use to call for regularisation?", strike) is None
    assert problem("Did the hunger strike eventually end?", strike,
                   "The hunger strike ended after the government agreed to review the files.") is None
    assert problem("did the hunger strike lead to regularisation", strike,
                   "The hunger strike led to the regularisation of 200 people.") is None


def test_a_share_said_in_words_is_refused_when_the_reports_give_a_far_other_percentage():
    most = "Most of them (60%) are getting recognised as refugees."
    reason = problem("The coordinator notes that only about a third of asylum seekers get recognised as refugees. "
                     "Why is the recognition rate so low?", most)
    assert reason and reason.startswith("the reports give 60%")
    # a share close to the one given, a share of something else, and "a third-country national" claim nothing
    assert problem("Why do more than half of asylum seekers get recognised as refugees?", most) is None
    assert problem("Why do only a third of asylum seekers find a job within a year?", most) is None
    assert other_fraction("Why does a third-country national get recognised as refugee?", [most], hits(most)) is None

    # zk023: 16.8% is not "about a quarter", the aside after the percentage skipped; a fifth is close enough
    abroad = ("As of 2018, 16.8% (or 1.9 million) of the Belgian population came from a foreign country, among which "
              "more than one million were non-EU citizens.")
    reason = problem("since about a quarter of belgium's population came from abroad in 2018, how many of them were "
                     "non-eu citizens", abroad)
    assert reason and reason.startswith("the reports give 16.8%")
    assert problem("since about a fifth of belgium's population came from abroad in 2018, how many of them were "
                   "non-eu citizens", abroad) is None


def test_something_else_undone_by_the_same_act_is_refused():
    annulled = ("The criterion of criminal history has been annulled by the Constitutional Court as being too broad "
                "and not proportionate to the goal of integration.")
    reason = problem("On what grounds did the Constitutional Court strike down language knowledge as a criterion for "
                     "judging whether migrants made enough effort to integrate?", annulled)
    assert reason and reason.startswith("the reports say something else was annulled")
    # the thing annulled, written another way or with one word of its own, is no other thing
    for question in ("Why did the Constitutional Court strike down the criminal-history criterion for assessing "
                     "integration efforts?", "Why did the Constitutional Court strike down criminal record as a "
                     "criterion?"):
        assert problem(question, annulled) is None, question

    # "throw out" is to annul (c017)
    reason = problem("Why did the Constitutional Court throw out the whole 2016 rule making 'a reasonable effort to "
                     "integrate' a condition of residence?", annulled,
                     passages=(f"A 2016 law inserted integration as a residence condition. {annulled}",))
    assert reason and reason.startswith("the reports say something else was annulled")
    assert problem("Why did the Constitutional Court throw out the criminal history criterion?", annulled) is None

    # one word of its own is enough ("the language requirement"); "which got scrapped" names what by its clause
    assert problem("why did the constitutional court annul the language requirement", annulled).startswith(
        "the reports say something else was annulled")
    assert problem("Why did the Constitutional Court annul the criminal requirement?", annulled) is None
    abolished = ("For instance, the rule that people born in Belgium or who had moved to Belgium before the age of 12 "
                 "could not be deported was abolished.")
    assert problem("There was a rule that protected some people from deportation which got scrapped back then - what "
                   "was the age cutoff?", abolished) is None


def test_another_start_of_a_named_thing_counts_from_any_passage_read():
    started = ("Jobteam Gent is an extensive project that aims to help people find a job. The two-year project started "
               "in the beginning of 2020, initiated by the department of Work of Ghent.")
    chosen = "During the project, Jobteam Gent wants to reach 1.500 persons."
    reason = problem("Jobteam Gent started in 2017 as a five-year project - how far along is it now?", chosen,
                     passages=(f"{started} {chosen}", "In 2017, the city reviewed its programmes."))
    assert reason and reason.startswith("the reports give another start, the beginning of 2020")
    # beyond the answer, a town is too wide a name: Ghent starts many things
    assert problem("Which Ghent initiative was started by a resident in 2015 to collect material aid?",
                   "This initiative was founded in 2015 by a citizen of Ghent to collect material aid.",
                   passages=("This movement, launched in early 2020 in Ghent, stands for humane treatment. This "
                             "initiative was founded in 2015 by a citizen of Ghent to collect material aid.",)) is None


def test_a_start_dated_by_the_sentence_before_is_another_start():
    reno = ("In 2015 Ghent, like many European cities, was facing an increasing number of refugees. In response, Ghent "
            "expanded its reception capacities by establishing a temporary reception initiative called the Reno-boat.")
    from qa.figures import other_start

    chosen = "The Reno-boat provided the starting point to create a closer cooperation."
    read = hits(f"{reno} {chosen}")
    reason = other_start("What led Ghent to set up the Reno-boat as a temporary reception initiative in 2019?",
                         [chosen], read)  # zh006
    assert reason and reason.startswith("the reports give another start, 2015: “In 2015 Ghent")
    assert other_start("What led Ghent to set up the Reno-boat as a temporary reception initiative in 2015?",
                       [chosen], read) is None
    # the sentence must name the thing itself: "European cities" before it is no EU initiative (r036)
    assert other_start("Which EU initiative from autumn 2020 stresses integration, and who launched it?", [chosen],
                       read) is None


def test_a_thing_that_started_as_someone_s_project_was_set_up_by_them():
    set_up = ("Ankerkracht (Anchor Power) was set up by the Belgian federal government and was originally funded by "
              "the European Union.")
    reason = _other_actor("Since Ankerkracht started as an OCMW Ghent project, when did the EU start co-funding it?",
                          [set_up], hits(set_up))
    assert reason and reason.startswith("the reports name another actor, the Belgian federal government")
    assert _other_actor("Since Ankerkracht started as a federal government project, when did the EU start funding "
                        "it?", [set_up], hits(set_up)) is None


def test_refraining_from_something_denies_a_why_question_that_takes_it_as_done():
    sentence = ("The new federal government aims to fully develop alternatives to detention and will refrain from "
                "detaining minors in closed centres.")
    assert problem("why is the new federal government going back to detaining minors in closed centres?",
                   sentence).startswith("the reports say otherwise")  # i035
    # the answerable look-alikes: a question that asks about refraining, or asks neutrally
    assert problem("Why will the new federal government refrain from detaining minors in closed centres?",
                   sentence) is None
    assert problem("What will the new federal government do about detaining minors in closed centres?",
                   sentence) is None


def test_a_count_the_reports_give_as_another_number_of_the_same_thing_is_refused():
    chosen = ("Jobteam Gent is an extensive project that aims to help people with a migrant background find a job. "
              "It is realised by a team of staff members from 10 municipal and civil society organisations.")
    staff = ("The Jobteam Gent team has 35 staff members, originating from ten different partner organisations, "
             "including the city of Ghent and 11.11.11.")
    passages = (chosen, staff)
    question = "jobteam gent only has 10 staff - how do they manage to coach hundreds of people?"
    assert problem(question, chosen, passages=passages) == (  # za005
        f"the reports give 35 staff, not 10 staff: “{staff[:-1]}”")
    # the answerable look-alikes: the count the reports give, another thing counted, a bound or a rough count
    assert problem("jobteam gent has 35 staff - how do they manage to coach hundreds of people?", chosen,
                   passages=passages) is None
    assert problem("Jobteam Gent's staff come from ten different partner organisations: which ones?", chosen,
                   passages=passages) is None
    assert problem("Does jobteam gent have more than 30 staff to coach all those people?", chosen,
                   passages=passages) is None
    # a rough count is no claim for this check (other checks still ask whether the reports give 30 at all)
    assert other_count("jobteam gent has about 30 staff - how do they manage to coach hundreds of people?", [chosen],
                       hits(*passages)) is None


def test_a_share_the_reports_give_to_another_of_several():
    from qa.figures import figure_of_another

    # probes24: 5.05% is Morocco's, the DRC's is 8.87%; a footnote's number ends the quoted sentence
    costs = ("The average cost to send remittances from Belgium in the third quarter of 2020 was 10.08% to Algeria, "
             "8.87% to DRC, 5.05% to Morocco and 7.94% to Turkey.55 The new federal government has announced to "
             "support the SDG.")
    asked = "sending remittances from belgium to the {} cost {} on avg in q3 2020 - what did it cost to send to turkey"
    assert figure_of_another(asked.format("drc", "5.05%"), [costs], hits(costs)) == (
        "the reports give 8.87% for DRC; 5.05% is for Morocco: “The average cost to send remittances from Belgium in "
        "the third quarter of 2020 was 10.08% to Algeria, 8.87% to DRC, 5.05% to Morocco and 7.94% to Turkey”")
    assert figure_of_another(asked.format("drc", "8.87%"), [costs], hits(costs)) is None
    assert figure_of_another(asked.format("morocco", "5.05%"), [costs], hits(costs)) is None
    # comparing two named ones claims neither's share for the other
    assert figure_of_another("why is morocco's 5.05% so much lower than the drc", [costs], hits(costs)) is None


def test_an_act_dated_to_another_year():
    from qa.figures import other_year_of_act

    # probes24: the city report dates from 2021 and was updated in 2023
    dated = "Report from 2021, updated in 2023."
    passage = f"The city report contains more information about the city's migration policies. {dated}"
    asked = "The Moving Cities city report on Ghent dates from {} and was updated in {}. What does the report contain?"
    assert other_year_of_act(asked.format(2019, 2021), [dated], hits(passage)) == \
        "the reports give 2023, not 2021: “Report from 2021, updated in 2023”"
    assert other_year_of_act(asked.format(2021, 2023), [dated], hits(passage)) is None
    # an act the sentence does not date is left alone
    assert other_year_of_act("The city report was published in 2019. What does it contain?", [dated],
                             hits(passage)) is None


def test_how_many_times_a_thing_was_done():
    from qa.figures import other_times

    # probes24: the project was extended once
    once = "This was already granted to Jobteam Gent once, with a current extension of one year."
    asked = "Jobteam Gent's project has already been extended {}. How long is the current extension?"
    assert other_times(asked.format("three times"), [once], hits(once)) == \
        f"the reports say once, not three times: “{once[:-1]}”"
    assert other_times(asked.format("once"), [once], hits(once)) is None
    # "once" telling a time is no count, nor is a count of another act
    assert other_times("why is the project only extended once the first two years are over", [once], hits(once)) is None
    assert other_times("the project was evaluated twice - how long is its extension", [once], hits(once)) is None


def test_a_count_of_the_others_is_no_count_of_all():
    # probes24: one of the four dimensions named, "the other three" are the rest
    four = "The success story of the Refugee Taskforce can be attributed to four dimensions."
    asked = ("According to URBACT, Ghent's Refugee Taskforce serves as a replicable solution for other cities. "
             "What are the {} dimensions of the taskforce's success?")
    assert other_count(asked.format("other three"), [four], hits(four)) is None
    assert other_count(asked.format("three"), [four], hits(four)) == \
        f"the reports give four dimensions, not three dimensions: “{four[:-1]}”"


def test_a_clause_of_time_leading_a_question_is_no_when_question():
    question = ("Our town is opening an asylum centre next spring. When Ghent opened its floating reception centre, "
                "how did it bring the neighbourhood on board?")  # za016
    kind = classify(question)
    assert not kind.wants_date and kind.wants_process
    assert len(question_parts(question)) == 1
    # a question that asks when is still one
    assert classify("When did the floating reception centre open, and how many people did it house?").wants_date
    assert len(question_parts("When did the floating reception centre open, and how many people did it house?")) == 2
    assert classify("When Coddens said it, what was he reacting to?").wants_date is False
    # nor one trailing what a wh-word asks (zo021): "who took it over" wants a body, not the year it ended
    assert classify("who took it over when the eu subsidies ended? (Project Ankerkracht)").wants_date is False
    assert classify("What did the mayor say when the exhibition opened?").wants_date is False
    for asks_when in ("Who set it up, and when?", "who set it up, and when did it start", "When did it start?",
                      "Which regions, and when did they take over?"):
        assert classify(asks_when).wants_date, asks_when


def test_a_cause_no_passage_gives_is_refused():
    passage = ("Ankerkracht was set up by the Belgian federal government and was originally funded by the European "
               "Union. However, in 2015 European subsidies were ended. The same year, the OCMW of Ghent decided, after "
               "an evaluation, which projects that were no longer subsidised would be taken over with regular funds.")
    sentence = passage.split(". ")[1]
    question = ("Since the EU cut Ankerkracht's subsidies in 2015 because the project failed its evaluation, who took "
                "it over?")  # i031
    assert problem(question, sentence, passages=(passage,)) == (
        "no passage read says the project failed its evaluation: they never mention failed")
    # the answerable look-alikes: no cause, a cause the passage gives, "because of", a yes/no question
    assert problem("Since the EU cut Ankerkracht's subsidies in 2015, who took it over?", sentence,
                   passages=(passage,)) is None
    assert problem("Who took Ankerkracht over because the European subsidies were ended?", sentence,
                   passages=(passage,)) is None
    assert problem("Who took Ankerkracht over because of the evaluation?", sentence, passages=(passage,)) is None
    assert problem("Was Ankerkracht taken over because the project failed its evaluation?", sentence,
                   passages=(passage,)) is None


def test_a_dutch_or_french_question_about_money_wants_an_amount():
    # a number, but no amount of money: "1.500 persons"
    sponsored = ("Jobteam Gent wants to reach 1.500 persons. The project is sponsored by the city of Ghent and the "
                 "European Social Fund (ESF).")
    assert problem("Hoeveel geld heeft het Europees Sociaal Fonds bijgedragen aan Jobteam Gent?", sponsored) == \
        "no sentence gives an amount"  # ml19
    assert problem("Combien coûte le projet Jobteam Gent ?", sponsored) == "no sentence gives an amount"
    fee = "The Flemish coalition agreement envisages a fee of minimum 360 euros for the civic integration course."
    assert problem("Hoeveel kost het inburgeringstraject in Vlaanderen?", fee) is None
    assert problem("Combien coûte le parcours d'intégration en Flandre ?", fee) is None


def test_a_rule_the_reports_say_was_abolished_is_not_in_force():
    sentence = ("For instance, the rule that people born in Belgium or who had moved to Belgium before the age of 12 "
                "could not be deported was abolished.")
    reason = problem("The Belgium profile says nobody who came to Belgium before age 12 can be deported. Does that "
                     "protection also cover people born in Belgium?", sentence)  # c020
    assert reason.startswith("the reports say this rule was abolished")
    assert problem("Why can't people who moved to Belgium before the age of 12 be deported?", sentence)
    # the answerable look-alikes: a question that knows the rule ended, asks what became of it, or about its change
    assert problem("Can people born in Belgium still be deported?", sentence) is None
    assert problem("What happened to the rule that people who moved to Belgium before the age of 12 could not be "
                   "deported?", sentence) is None
    assert problem("Why was the rule on people who moved to Belgium before the age of 12 changed?", sentence) is None


def test_a_busy_users_month_quarter_and_year_1_are_the_reports_words():
    from qa.question import topic_words

    assert topic_words("what started in Aug 2018, and what did it cost in Q3 2020?") == \
        "what started in august 2018, and what did it cost in third quarter of 2020?"
    assert "mar " not in topic_words("in mar 2019") and "march 2019" in topic_words("in mar 2019")
    # "after year 1" is given by "after one year" (zb011)
    passage = "After one year, they have already reached 798 people."
    assert problem("where was jobteam gent after year 1?", passage) is None
    assert problem("where was jobteam gent after year 3?", passage) == "the passages never mention 3"
    # "the 1st year" is the first year, and "after the first year" is how the reports say it: "After one year"
    assert "after the first year" in topic_words("what had they reached after the 1st year?")
    assert "during the second year" in topic_words("what happened during the 2nd year?")
    assert "1st" in topic_words("on 1st July 2014")  # a date, not an ordinal of time


def test_a_dated_start_is_looked_up_by_the_names_of_what_started():
    from qa.figures import start_lookup

    assert start_lookup("Refu Interim was set up in 2015, right? who started it?").startswith("Refu Interim created")
    assert start_lookup("Who started Refu Interim?") is None  # dates nothing
    assert start_lookup("what was set up in Ghent in 2015?") is None  # names only a town


def test_the_report_a_question_names_is_where_to_look_not_what_to_find():
    from qa.question import topic_words

    # "listed in the GCM paper": no list, and "paper" is not the "papers" of the undocumented (zc027)
    words = topic_words("what are the main obstacles to family reunification in belgium listed in the GCM paper?")
    assert "GCM" in words and "listed" not in words and "paper" not in words
    assert "papers" in topic_words("why do undocumented people have no papers?")
    assert "waiting list" in topic_words("how long is the waiting list?")


def test_another_length_of_time_for_a_named_thing_is_refused():
    from qa.figures import other_length

    set_at = ("For example, the duration of the project Jobteam Gent was originally set at two years, but the "
              "pressure will not have ceased after this period.")
    far = "The provisions were transposed more than five years after the deadline."
    read = hits(set_at, far)
    assert other_length("Jobteam Gent was originally set up as a five-year project; how long was the extension it "
                        "was granted?", [set_at], read) == f"the reports give 2 years: “{set_at[:-1]}”"  # probe
    assert other_length("Jobteam Gent was originally set up as a two-year project; how long was the extension it "
                        "was granted?", [set_at], read) is None
    # a length the question gives something else, or no name: nothing to compare
    assert other_length("Refu Interim was set up as a five-year project; who funds it?", [set_at], read) is None
    assert other_length("how long was the extension it was granted?", [set_at], read) is None


def test_a_court_typed_short_or_as_its_acronym_is_that_court():
    from qa.roles import _courts, other_court

    assert _courts("const court suspended parts of the royal decree") == {"the Constitutional Court"}
    assert _courts("two applicants invoked the GCM before the CALL") == {"the Council for Alien Law Litigation"}
    assert not _courts("Termont wrote to call on the European Council")  # "call" is no court
    suspended = ("Following an application of fifteen civil society organisations, the Council of State suspended in "
                 "April 2019 a number of provisions of the royal decree establishing the detention regime.")
    reason = other_court("const court suspended parts of the family units royal decree in april 2019 - what happened "
                         "next", [suspended], hits(suspended))  # probe
    assert reason and reason.startswith("the reports say the Council of State did this")
    assert other_court("council of state suspended parts of the family units royal decree in april 2019 - what "
                       "happened next", [suspended], hits(suspended)) is None


def test_another_court_doing_the_asked_thing_is_refused():
    ruled = ("This is important because in August 2018, Belgium started to detain again families with children in "
             "family units, despite extensive mobilisation to refrain from this measure.34 Following an application "
             "of fifteen organisations, the Council of State suspended in April 2019 a number of provisions of the "
             "royal decree.35 On 1 October 2020, the Council of State declared the royal decree partly illegal.")
    reason = problem("why did the constitutional court declare the royal decree on detaining families with kids partly "
                     "illegal in oct 2020?", ruled)
    assert reason == ("the reports say the Council of State did this: “Following an application of fifteen "
                      "organisations, the Council of State suspended in April 2019 a number of provisions of the royal "
                      "decree.35 On 1 October 2020, the Council of State declared the royal decree partly illegal”")
    # the right court, a question asking which court, or another ruling of the asked court: nothing to refuse
    assert problem("why did the council of state declare the royal decree partly illegal in 2020?", ruled) is None
    assert problem("Which court declared the royal decree partly illegal in 2020?", ruled) is None
    annulled = "The criterion of criminal history has been annulled by the Constitutional Court as too broad."
    assert problem("Why did the Constitutional Court annul the criminal history criterion?", annulled) is None


def test_a_court_asked_what_it_decided_where_another_court_found_it_is_refused():
    found = ("On 27 October 2020, the European Court of Human Rights found in M.A. v. Belgium that Belgium had "
             "violated Article 3 ECHR by deporting a Sudanese national to his country of origin.")
    reason = problem("what did belgium's constitutional court decide in M.A. v. Belgium about the sudanese deportation",
                     found)  # zj031
    assert reason and reason.startswith("the reports say the European Court of Human Rights did this")
    assert problem("what did the european court of human rights decide in M.A. v. Belgium about the sudanese "
                   "deportation", found) is None
    assert problem("what did the strasbourg court rule in M.A. v. Belgium about the sudanese deportation",
                   found) is None
    # a noun asks which ruling, not what the court did: "Which judgments were they?" (probes8)
    called = ("Until 1 June 2020, only two applicants invoked the GCM in proceedings before the Council for Alien Law "
              "Litigation. Following an application, the Council of State suspended in April 2019 provisions of the "
              "royal decree.")
    assert problem("Before June 2020 two applicants invoked the GCM before the Council for Alien Law Litigation. Which "
                   "judgments were they?", called) is None


def test_people_taken_in_whose_taking_in_was_asked_for_and_rejected():
    letter = ("On the national level, the citizen initiative Gent Zonder Grenzen wrote an open letter to the city "
              "council of Ghent in June 2020 requesting the shelter of 300 asylum seekers following the inhuman living "
              "conditions in Moria. With the support of Ghent, they then addressed the federal government. However, "
              "the initiative was rejected by the Belgian federal government.")
    chosen = letter.split(". ")[0]
    reason = problem("How were the 300 asylum seekers from Moria that Ghent took in during 2020 housed?", chosen,
                     passages=(letter,))
    assert reason == ("the reports say this was asked for and rejected: “However, the initiative was rejected by the "
                      "Belgian federal government”")
    # an offer the question has granted (zm028)
    assert problem("after the feds approved ghent's offer to take 300 asylum seekers from moria, where were they "
                   "housed?", chosen, passages=(letter,)).startswith("the reports say this was asked for and rejected")
    assert problem("Why did the Flemish government agree to Ghent's 2020 request to shelter 300 asylum seekers from "
                   "Moria?", chosen, passages=(letter,)).startswith("the reports say this was asked for and rejected")
    # asked how the request was carried out (heldout50 zy027)
    assert problem("How did Ghent go about housing the 300 asylum seekers from Moria that Gent Zonder Grenzen asked "
                   "it to take in?", chosen, passages=(letter,)).startswith("the reports say this was asked for and "
                                                                           "rejected")
    assert problem("where were the 300 asylum seekers from moria housed that gent zonder grenzen asked for",
                   chosen, passages=(letter,)).startswith("the reports say this was asked for and rejected")
    # asked of the request, of a year, or as yes/no: nothing taken as done (l017, m026)
    for question in ("after the moria fire how many asylum seekers did ghent ask to take in?",
                     "Was ghent's offer to take 300 asylum seekers from moria approved?",
                     "Did Ghent take in the 300 asylum seekers from Moria?",
                     "Which organisation helped Ghent house resettled refugees in late 2020?",
                     "how did ghent respond when gent zonder grenzen asked it to shelter 300 asylum seekers",
                     "How many asylum seekers did Gent Zonder Grenzen ask Ghent to house?"):
        assert problem(question, chosen, passages=(letter,)) is None, question


def test_a_total_value_wants_an_amount_in_euros_not_a_cost_in_percent():
    costs = "The average cost to send remittances from Belgium in 2020 was 10.08% to Algeria and 5.05% to Morocco."
    assert problem("What is the total value of remittances sent from Belgium each year?", costs) \
        == "no sentence gives an amount in euros"
    assert problem("What is the total value of remittances sent from Belgium each year?",
                   "Remittances sent from Belgium total 4 billion euros a year.") is None
    assert problem("What does it cost to send remittances from Belgium?", costs) is None


def test_pushing_for_something_is_asking_for_it():
    from qa.question import topic_words

    # "what reception did Ghent push for?" is answered by "requesting the shelter of 300 asylum seekers" (y022)
    assert "asked for" in topic_words("After the Moria fire, what reception did Ghent push for?")
    assert "push back" in topic_words("How did NGOs push back against the rules?")


def test_a_target_taken_as_met_is_refused_with_what_was_reached():
    passage = hits("During the project, Jobteam Gent wants to reach 1.500 persons and have 920 participants in an "
                   "intensive coaching program. After one year, they have already reached 798 people, of which 532 "
                   "people have entered in intensive coaching programs.")
    reason = target_taken_as_met("since jobteam gent got extended bc it had already hit its targets in yr 1, what "
                                 "were those targets", passage)
    assert reason.startswith("the reports give a target of 1.500 and 798 reached: “After one year")
    assert target_taken_as_met("Jobteam Gent already hit its target of 1,500 people, so why extend it?", passage)
    # asking whether, or about the targets, takes nothing as met; nor does a target met by more than it set
    for question in ("Did Jobteam Gent hit its targets in the first year?", "What are Jobteam Gent's targets?",
                     "Jobteam Gent has not yet met its target, has it?"):
        assert target_taken_as_met(question, passage) is None, question
    more = hits("Jobteam Gent wants to reach 500 persons. After one year, they have already reached 798 people.")
    assert target_taken_as_met("Since Jobteam Gent hit its target, what is next?", more) is None
    # a share to reach later, given after the share reached (probe)
    oda = hits("In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI), whereas this should "
               "increase to 0,7% by 2030 to achieve the SDGs.")
    assert target_taken_as_met("now that belgium meets the 0.7% ODA target, what is the next goal", oda) \
        .startswith("the reports give 0,44% and a target of 0,7%: “In 2018")
    assert target_taken_as_met("will belgium meet the 0.7% ODA target by 2030?", oda) is None
    assert target_taken_as_met("now that belgium meets the 0.5% ODA target, what is the next goal", oda) is None


def test_a_number_written_with_either_thousands_separator_is_the_same_number():
    said = "During the project, Jobteam Gent wants to reach 1.500 persons and have 920 participants."
    assert problem("What is Jobteam Gent's target of 1,500 people about?", said) is None
    assert problem("What is Jobteam Gent's target of 2,500 people about?", said) == "the passages never mention 2,500"
    assert other_count("What is Jobteam Gent's target of 1,500 people?", [said], hits(said)) is None
    # what a number after a comma counts came before it: "ghent pop 263,608, province east flanders"
    ghent = "Ghent has a population of 263,608."
    assert other_binding("ghent pop 263,608, province east flanders - which party is the mayor from", [ghent],
                         hits(ghent)) is None
    # a count of the word right after the number, whatever the question puts between (probe)
    moria = "They requested the shelter of 300 asylum seekers following the inhuman living conditions in Moria."
    assert other_binding("ghent backed a request to shelter 300 moria asylum seekers - who made it", [moria],
                         hits(moria)) is None
    assert "300 for something else" in other_binding("why did ghent build 300 housing units", [moria],
                                                     hits(moria))
    assert "263,608 for something else" in other_binding("why does ghent have 263,608 refugee families", [ghent],
                                                         hits(ghent))


def test_a_title_the_reports_give_another_body_is_refused():
    unia = ("2. The Socioeconomic Monitoring of Unia (the Interfederal Centre of Equal Opportunities) and the Federal "
            "Public Service for Employment assesses the situation of persons on the labour market.")
    myria = "The Federal Migration Centre Myria, an independent public institution, is legally charged with it."
    passages = hits(unia, myria)
    assert other_name_for("What monitoring does Myria, the Interfederal Centre of Equal Opportunities, carry out?",
                          [unia], passages) == (
        "the reports call Unia the Interfederal Centre of Equal Opportunities: “The Socioeconomic Monitoring of Unia "
        "(the Interfederal Centre of Equal Opportunities) and the Federal Public Service for Employment assesses the "
        "situation of persons on the labour market”")
    assert other_name_for("What does Unia, the Federal Migration Centre, report?", [myria], passages).startswith(
        "the reports call Myria the Federal Migration Centre")
    # the body the reports give that title, or a title they never give, is no swap
    for question in ("What monitoring does Unia, the Interfederal Centre of Equal Opportunities, carry out?",
                     "What does the Federal Migration Centre Myria report?",
                     "What does Myria, the Federal Office for Statistics, report?",
                     "What does Myria report with the Federal Public Service?"):
        assert other_name_for(question, [unia], passages) is None, question


def test_a_rate_wants_a_figure_and_a_country_asked_for_wants_one_named():
    said = ("In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent. These numbers "
            "show that most newcomers do voluntary work for several years.")
    # (a rate typed as the whole question is the measure asked, named as typed)
    assert problem("unemployment rate for non-eu migrants in ghent?", said) == "no sentence gives an unemployment rate"
    assert problem("refugee jobless rate in ghent, any figure?", said) == "no sentence gives a rate (jobless rate)"
    assert problem("refugee jobless rate in ghent, any figure?", "About 50% of the refugees were jobless.") is None
    assert problem("What is the recognition rate of asylum seekers?",
                   "Most of them (60%) are getting recognised as refugees.") is None
    arrive = "The moment asylum seekers arrive in Ghent, they are brought into contact with relevant organisations."
    assert problem("From which countries do most asylum seekers arriving in Ghent originate?", arrive) == (
        "no sentence names a country")
    assert problem("From which countries do most EU migrants in Ghent originate?",
                   "Intra-European migrants in Ghent mainly come from Bulgaria, Slovakia and Romania.") is None
    assert problem("Which country had the man been deported to?",
                   "Belgium had deported a Sudanese national to his country of origin.") is None


def test_a_task_the_reports_give_another_body():
    structure = ("The Immigration Office, overseen by the Federal Public Service Interior, is responsible for issuing "
                 "visas and residence permits. The independent Commissioner General for Refugees and Stateless Persons "
                 "makes decisions on applications for international protection (refugee status and subsidiary "
                 "protection status). Finally, the Flemish, French-speaking and German-speaking communities are "
                 "jointly responsible for the state’s integration policy.")
    sentences = [s + "." for s in structure.rstrip(".").split(". ")]
    passages = hits(structure)
    question = ("Why is it the Immigration Office that decides on applications for refugee status and subsidiary "
                "protection in Belgium?")
    assert other_body_in_charge(question, sentences[1:2], passages) == (
        "the reports give this task to another body: “The independent Commissioner General for Refugees and "
        "Stateless Persons makes decisions on applications for international protection (refugee status and "
        "subsidiary protection status)”")
    assert other_body_in_charge("Why is the Immigration Office responsible for integration policy?", sentences,
                                passages).endswith("jointly responsible for the state’s integration policy”")
    # ye010: deciding between the statuses, typed in haste
    assert other_body_in_charge("how does the immigration office decide betwen refugee status and subsidiary "
                                "protection", sentences, passages).startswith("the reports give this task to another")
    # the body the reports give the task (by a word of its name or its initials), a question asking who, a place,
    # or a task nobody is given: no other body
    for question in ("Why does the Commissioner General decide on applications for international protection?",
                     "how does the commissioner general decide between refugee status and subsidiary protection",
                     "Why does the CGRS make decisions on applications for refugee status?",
                     "why does the CGRS handle decisions on int. protection applications",
                     "Which body decides on applications for international protection?",
                     # a lead before the question word still asks which body (zk014)
                     "In Belgium, which body issues visas and residence permits, and which one decides on "
                     "applications for international protection?",
                     "Why is the Immigration Office responsible for issuing visas?",
                     "Why is Belgium responsible for integration policy?",
                     "Why is the Immigration Office responsible for detention centres?"):
        assert other_body_in_charge(question, sentences, passages) is None, question
    # "the issuing of humanitarian visa" names no body that issues them
    visa = "Finally, there is a lack of transparency on the issuing of humanitarian visa."
    assert other_body_in_charge("Why does the Immigration Office issue humanitarian visas?", [visa],
                                hits(visa)) is None


def test_an_office_the_reports_never_give_that_person():
    said = ("According to alderman Coddens, together with the mayor competent for the refugee policy of Ghent, “the "
            "real strength and power of the Refugee Taskforce has always been in the daily efforts of professional "
            "staff.”")
    mayor = "This photo exhibition is, as the mayor of Ghent, Mathias De Clercq put it, “a good time to think.”"
    passages = hits(said, mayor, "(Rudy Coddens, City Councillor for Social Policy and Finance)")
    assert other_office("writing a piece on ghent, in which year did rudy coddens become mayor?", [said],
                        passages) == f"the reports call Coddens alderman, not mayor: “{quote(said)}”"
    assert other_office("What did Mayor Coddens say about the taskforce?", [said], passages).startswith(
        "the reports call Coddens alderman, not mayor")
    assert other_office("Why did De Clercq, the alderman, call it a good time?", [mayor], passages).startswith(
        "the reports call Clercq mayor, not alderman")
    assert other_office("As mayor of Ghent, how did Rudy Coddens describe the city's stance?", [said],
                        passages).startswith("the reports call Coddens alderman, not mayor")
    # the office the reports give (in either of their words), an office beside the name but not given to it, or a
    # person the reports name with no office: no other office
    for question in ("When did Coddens become alderman?", "Since when is Rudy Coddens a city councillor?",
                     "According to alderman Coddens, together with the mayor, what is the taskforce's strength?",
                     "Why did Coddens and the mayor praise the staff?",
                     "Why did mayor Mathias De Clercq call it a good time?",
                     "When did Jan Jambon become minister?",
                     "As alderman of Ghent, how did Rudy Coddens describe the city's stance?",
                     "As mayor of Ghent, how did Mathias De Clercq describe World Refugee Day?",
                     "As mayor, what did De Clercq say about Coddens?"):
        assert other_office(question, [said, mayor], passages) is None, question


def test_an_office_the_reports_never_give_is_told_before_a_missing_year():
    # heldout30 ze005, once the profile's "Rudy Coddens, City Councillor for ..." was read: the line gives no year, so
    # "in which year" was refused for the missing year, not for the office; the office is named as the reports write it
    byline = "Rudy Coddens, City Councillor for Social Policy and Finance"
    assert problem("writing a piece on ghent, in which year did rudy coddens become mayor?", byline) == \
        f"the reports call Coddens councillor, not mayor: “{byline}”"
    assert problem("writing a piece on ghent, in which year did rudy coddens become councillor?", byline) == \
        "no sentence says when"


def test_what_explains_most_wants_a_finding():
    study = ("To achieve this goal, it is crucial to look into existing integration policies at the local level. "
             "Immigrants living in the same country can still perform very differently, depending on local factors.")
    question = ("According to Yar and Laurentsyeva, which local characteristic explains most of the differences in "
                "integration outcomes between Belgian municipalities?")
    assert problem(question, *study.split(". ")) == "no sentence says what explains most of it"
    # a sentence that singles out what explains it answers; "most of the newcomers" asks for no finding
    assert problem(question, "The differences are mainly explained by the local labour market.") is None
    assert problem("Which town do most of the newcomers move to?", "Most newcomers settle in Ghent.") is None


def test_a_cause_the_reports_tell_the_other_way_round():
    told = ("Ankerkracht (Anchor Power) was set up by the Belgian federal government and was originally funded by the "
            "European Union. However, in 2015 European subsidies were ended. The same year, the OCMW of Ghent decided, "
            "after an evaluation, which projects that were no longer subsidised would be taken over with regular "
            "funds. Ankerkracht was one of the selected projects.")
    passages = hits(told)
    assert reversed_cause("the ocmw took over ankerkracht in 2015 - why did that make the EU stop funding it?",
                          passages) == (
        "the reports tell it the other way round: “However, in 2015 European subsidies were ended. The same year, "
        "the OCMW of Ghent decided, after an evaluation, which projects that were no longer subsidised would be taken "
        "over with regular funds”")
    # the order the reports tell, a question that claims no cause, or "make it stricter": no reversed cause
    for question in ("the EU stopped funding ankerkracht in 2015 - why did that make the OCMW take it over?",
                     "Why did the end of the European subsidies lead the OCMW to take over Ankerkracht?",
                     "Why did the OCMW take over Ankerkracht in 2015?",
                     "How does the Flemish government plan to make the civic integration course stricter?"):
        assert reversed_cause(question, passages) is None, question


def test_a_figure_for_belgium_said_as_belgian():
    oda = ("In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI), whereas this should increase "
           "to 0,7% by 2030 to achieve the SDGs.")
    assert problem("Why did Belgium meet the 0.7% development aid target in 2018?", oda).startswith(
        "the reports give 0,44% for 2018")
    assert problem("Why did Belgium reach only 0.44% development aid in 2018?", oda) is None


def test_praise_the_reports_tell_as_a_shortcoming_and_the_year_of_in_the_same_year():
    silent = ("With respect to other rights, such as political participation, Ghent is silent. This shortcoming was "
              "confirmed by civil society organizations.")
    assert problem("why did civil society organisations praise ghent for political participation of refugees",
                   *silent.split(" This ")).startswith("the reports say the opposite of 'praise'")
    praised = "Ghent's Refugee Taskforce has been widely praised for its quality and success."
    assert problem("Why was Ghent's Refugee Taskforce praised?", praised) is None
    # "In the same year" is the year of the sentence before on the same subject, past a footnote between them
    oda = ("In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI). 12 Myria, Migratie in cijfers "
           "en in rechten, 2019, 14. In the same year, Belgium spent 37,1% of ODA to least developed countries.")
    same = "In the same year, Belgium spent 37,1% of ODA to least developed countries."
    assert problem("what share of oda went to least developed countries in 2019", same, passages=(oda,)) == (
        f"the reports say this about 2018, not 2019: “{quote(same)}”")
    assert problem("what share of ODA went to least developed countries in 2018?", same, passages=(oda,)) is None


def test_who_funds_a_thing_wants_a_sentence_on_paying_for_it():
    pontoon = "A new reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity."
    anker = ("Ankerkracht (Anchor Power) was set up by the Belgian federal government and was originally funded by "
             "the European Union.")
    assert problem("who funded the pontoon reception centre - the EU?", pontoon, anker) == (
        "no sentence says who funds the pontoon reception centre")
    # a sentence on paying for the thing asked, or for "it" (a follow-up), answers
    assert problem("Who paid for Ankerkracht originally?", anker) is None
    assert problem("Who funds it? (Ankerkracht)", anker) is None
    assert problem("Who pays for the floating reception centre?",
                   "The pontoon is paid for by the federal reception agency.") is None
    # "why did X fund <thing>?" takes a funding of it as given (probe)
    boat = "Central to this was an additional reception initiative, in the shape of a boat: the Reno-boat."
    assert problem("why did the EU fund the reno-boat", boat, anker) == "no sentence says who funds the reno-boat"
    assert problem("Why did the EU stop funding Ankerkracht?", anker) is None


def test_a_funder_no_sentence_paying_for_the_thing_names_is_refused():
    refu = "Refu Interim is subsidised by the city of Ghent and the Ministry of Culture."
    helper = ("Refu Interim supports them in their path to work and gives them a helping hand in building a social "
              "network.")
    # heldout50 zy032: the ESF sponsors Jobteam Gent, not Refu Interim ("social" in another sentence names no funder)
    assert problem("why did the european social fund decide to fund refu interim", refu, helper) == (
        "the reports name other funders than the european social fund: “Refu Interim is subsidised by the city of "
        "Ghent and the Ministry of Culture”")
    assert problem("Why did the Flemish government fund Refu Interim?", refu).startswith(
        "the reports name other funders than the Flemish government")
    # "how much does X put into <thing>" names X a funder too (heldout54 yc030)
    assert _funder_missing("how much does the esf put into refu interim alongside the city + ministry of culture",
                           [refu, helper]) == ("the reports name other funders than the esf: “Refu Interim is "
                                               "subsidised by the city of Ghent and the Ministry of Culture”")
    for question in ("how much does the city of ghent put into refu interim",
                     "how much money did the ministry of culture give to refu interim",
                     "how much does the esf put into jobteam gent"):  # no sentence paying for it: another check's
        assert _funder_missing(question, [refu, helper]) is None, question
    # a funder the sentence names, by all its words, or by none (a pronoun)
    for question in ("why did the city of ghent decide to fund refu interim", "why did ghent fund refu interim",
                     "Why does the Ministry of Culture subsidise Refu Interim?", "why do they fund refu interim"):
        assert problem(question, refu, helper) is None, question


def test_who_funds_a_thing_referred_back_to_reads_the_follow_ups_subject():
    refu = "Refu Interim is subsidised by the city of Ghent and the Ministry of Culture."
    # heldout50 zy013: "that project" is Refu Interim, the subject taken from the question before
    assert problem("who subsidises that project now? (Refu Interim organisation's stage production creation)",
                   refu) is None
    assert problem("who subsidises that project now? (Jobteam Gent)", refu) == (
        "no sentence says who funds that project now")


def test_a_thing_taken_as_only_in_one_place_that_spread_to_others():
    spread = ("Refu Interim has worked with 69 different organisations in 2019, and, due to their success in Ghent has "
              "expanded into other regions in Flanders: Ostend, Kortrijk, Bruges, Leuven, Sint-Niklaas and Lokeren.")
    assert problem("why is refu interim only active in ghent and nowhere else", spread) == (
        f"the reports name other places: “{quote(spread)}”")
    # asked whether (it may be answered "no"), or without "only": no premise
    for question in ("Is Refu Interim only active in Ghent?", "Why is Refu Interim active in Ghent?",
                     "In which other towns is Refu Interim active besides Ghent?"):
        assert problem(question, spread) is None, question


def test_a_comparison_the_figures_turn_round():
    # zf030: Turkey's 7.94% is below Algeria's 10.08%
    costs = ("The average cost to send remittances from Belgium in the third quarter of 2020 was 10.08% to Algeria, "
             "8.87% to\nDRC, 5.05% to Morocco and 7.94% to Turkey.55 The new federal government has announced to "
             "support the SDG of\nlowering the transaction costs for remittances to below 3%.56")
    assert problem("Why are remittances from Belgium to Turkey more expensive than those sent to Algeria?", costs) \
        .startswith("the reports give 7.94% for Turkey and 10.08% for Algeria")
    assert problem("why is sending money to DRC cheaper than to Morocco", costs) \
        .startswith("the reports give 8.87% for DRC and 5.05% for Morocco")
    # the answerable look-alikes: the comparison the figures bear out, a bound, one side without a figure
    assert problem("Why are remittances to Algeria more expensive than those to Turkey?", costs) is None
    assert problem("Why is sending money to Turkey pricier than to Morocco?", costs) is None
    assert problem("Why are remittances to Algeria more expensive than to Belgium?", costs) is None
    # the sides told after the comparative, the first just before "than" (zt032), and its look-alike
    assert problem("Why is it more expensive to send remittances from Belgium to Morocco than to Algeria?", costs) \
        .startswith("the reports give 5.05% for Morocco and 10.08% for Algeria")
    assert problem("Why is it more expensive to send remittances from Belgium to Algeria than to Morocco?",
                   costs) is None
    from qa.compared import comparison_reversed
    assert comparison_reversed("Why did more than 200 people volunteer?",
                               ["In 2019, 210 asylum seekers volunteered."]) is None
    # a side said to be the highest or lowest of three or more (probes)
    assert problem("q3 2020 remittances from belgium, morocco was the priciest corridor listed - what was the avg "
                   "cost there", costs).startswith("the reports give 5.05% for Morocco and 10.08% for Algeria")
    assert problem("turkey was the cheapest corridor for remittances from belgium - how much was it", costs) \
        .startswith("the reports give 7.94% for Turkey and 5.05% for Morocco")
    # the answerable look-alikes: the side the figures bear out, a question asking which side (zb015)
    assert problem("q3 2020 remittances from belgium, algeria was the priciest corridor listed - what was the avg "
                   "cost there", costs) is None
    assert problem("What did it cost to send remittances from Belgium to Morocco in Q3 2020, and which of the "
                   "countries listed was the most expensive?", costs) is None


def test_more_or_fewer_than_the_reports_say_is_refused():
    # probe: Ghent pledged more refugees than the federal government planned, not fewer
    pledged = ("After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government "
               "set out to do, only to see the federal government block it.")
    assert problem("After the Moria fire, Ghent offered to take in fewer refugees than the federal government "
                   "planned; how did the federal government react?", pledged) \
        .startswith("the reports say more refugees than the federal government: “After the Moria fire")
    # the answerable look-alikes: the same direction; another thing compared
    assert problem("After the Moria fire, Ghent offered to take in more refugees than the federal government "
                   "planned; how did the federal government react?", pledged) is None
    assert problem("Did Ghent spend less money than the federal government on the Moria refugees?", pledged) is None


def test_an_award_the_reports_have_another_body_give():
    # zf024: the label is URBACT's; UNHCR declared Ghent a "solidarity city" in another sentence
    awarded = "Lastly, Ghent has been awarded an URBACT Good Practice for its policy toward refugees."
    declared = "UNHCR declared Ghent a “solidarity city” with refugees."
    assert problem("why did UNHCR give ghent the URBACT good practice label", awarded, declared) \
        .startswith("the reports do not say UNHCR gave it: “Lastly, Ghent has been awarded an URBACT")
    # the answerable look-alikes: the giver the reports name, a question without a named thing, a who-question
    assert problem("Why did URBACT give Ghent a Good Practice label?", awarded, declared) is None
    assert problem("Why did UNHCR give Ghent a good practice label?", awarded, declared) is None
    assert problem("Who gave Ghent the URBACT good practice label?", awarded, declared) is None


def test_a_group_named_by_what_it_works_on_that_the_reports_do_not_list():
    from qa.lists import other_group

    # probes33 #33: the taskforce's three working groups are on shelter, integration and volunteers
    groups = ("Within the taskforce, we set up three working groups: a working group on shelter, a working group on "
              "integration and one on volunteers and public awareness.")
    assert other_group("Besides shelter and integration, what does the Taskforce on Refugees' working group on border "
                       "security do?", [groups]) == (f"the reports name other groups than one on border security: "
                                                     f"“{quote(groups)}”")
    for question in ("what does the taskforce's working group on volunteers do",
                     "what does the working group on public awareness do",
                     "what does the working group on border security do"):  # no sentence naming groups one by one
        chosen = [groups] if "border" not in question else ["Ghent set up three working groups."]
        assert other_group(question, chosen) is None, question


def test_strengthened_is_denied_by_weakened():
    # probes33 #21: Bodson said the text had been weakened from a migrant rights' perspective
    hearing = ("In a parliamentary hearing on 4 December 2018, the Belgian Special Envoy Mr. Jean-Luc Bodson, who had "
               "negotiated the Compact, emphasized that the text had been amended – and weakened from a migrant "
               "rights’ perspective – on all the issues requested by the cabinet.")
    assert problem("At the parliamentary hearing of 4 December 2018, why did Jean-Luc Bodson say the Compact had been "
                   "strengthened from a migrant rights' perspective?", hearing).startswith(
        "the reports say the opposite of 'strengthen'")
    assert problem("At the parliamentary hearing of 4 December 2018, why did Jean-Luc Bodson say the Compact had been "
                   "weakened from a migrant rights' perspective?", hearing) is None


def test_one_world_war_for_the_other():
    from qa.ordinals import other_world_war

    # probes33 #2: the liberal policy ended with the Second World War
    ended = ("The 19th century’s overall liberal policy towards foreigners (Aliens Acts of 1835 and 1897) ended with "
             "the outbreak of the Second World War.")
    assert other_world_war("why did the outbreak of ww1 end belgiums liberal policy on foreigners", [ended],
                           hits(ended)) == (f"the reports say the Second World War, not the First World War: "
                                            f"“{quote(ended)}”")
    assert other_world_war("Why did World War I end Belgium's liberal policy?", [ended], hits(ended)).startswith(
        "the reports say the Second World War")
    for question in ("why did the outbreak of ww2 end belgiums liberal policy on foreigners",
                     "why did the second world war end belgium's liberal policy",
                     "why did the liberal policy end"):
        assert other_world_war(question, [ended], hits(ended)) is None, question
    # a sentence read that names the war asked about
    first = "The First World War also changed the rules."
    assert other_world_war("why did ww1 end belgiums liberal policy", [ended], hits(ended, first)) is None


def test_a_naming_the_reports_have_another_body_make():
    from qa.awards import other_namer

    # heldout54 yc025: UNHCR declared Ghent a solidarity city, not the European Commission
    declared = "Ghent's Refugee Taskforce has been widely praised. UNHCR declared Ghent a “solidarity city” with " \
               "refugees."
    granted = "A collaboration between Amnesty International and Caritas also granted Ghent solidarity status."
    read = hits(declared, granted)
    assert other_namer("why did the european commission name ghent a solidarity city for refugees", read) == (
        "the reports do not say the european commission did: “UNHCR declared Ghent a “solidarity city” with refugees”")
    assert other_namer("when did the council of europe recognise ghent as a solidarity city", read).startswith(
        "the reports do not say the council of europe did")
    # the answerable look-alikes: the body the reports name; a naming no sentence read tells of; who named it
    for question in ("why did unhcr declare ghent a solidarity city", "Why did UNHCR name Ghent a solidarity city?",
                     "why did the european commission name ghent a city of sanctuary",
                     "who declared ghent a solidarity city"):
        assert other_namer(question, read) is None, question
    # probes35 #8: the naming told in a clause of time; the sentence sharing most of what it was named as decides
    # (the URBACT label "called “Refugee Solidarity”" shares two of its words, UNHCR's naming all three)
    urbact = "Lastly, Ghent has been awarded an URBACT Good Practice for its policy toward refugees, called “Refugee " \
             "Solidarity”."
    read = hits(declared, granted, urbact)
    asked = 'After {} declared Ghent a "solidarity city" with refugees, what recognition did {} give its policy?'
    assert other_namer(asked.format("URBACT", "UNHCR"), read) == (
        "the reports do not say URBACT did: “UNHCR declared Ghent a “solidarity city” with refugees”")
    assert other_namer(asked.format("UNHCR", "URBACT"), read) is None


def test_a_named_plan_the_reports_have_another_body_announce():
    from qa.announcers import other_announcer

    # probes35 #38: the European Commission announced the New Pact, not the European Parliament
    pact = ("The European Commission announced its ‘New Pact on Migration and Asylum’ on 23 September 2020, with "
            "explicit emphasis on supporting integration into local communities.")
    asked = 'When the {} announced its "New Pact on Migration and Asylum" on 23 September 2020, what did it emphasise?'
    assert other_announcer(asked.format("European Parliament"), [pact], hits(pact)) == (
        f"the reports say another announced it: “{pact.rstrip('.')}”")
    assert other_announcer("After the Council of Europe announced the New Pact on Migration and Asylum, what did it "
                           "say?", [pact], hits(pact))
    # the body the reports name, by its words or initials; another plan; no clause of announcing
    for question in (asked.format("European Commission"), asked.format("EC"), asked.format("Commission"),
                     'When the European Parliament announced its "Action Plan on Integration", what did it say?',
                     "What did the European Parliament say about the New Pact on Migration and Asylum?"):
        assert other_announcer(question, [pact], hits(pact)) is None, question


def test_names_told_over_a_sentence_leaning_back_after_a_lead_or_by_initials():
    from qa.together import names_apart

    # probes35 #12 (the twin): Moria is named two sentences before Coddens', the one between opens "With the support
    # of Ghent, they ..."
    letter = ("On the national level, the citizen initiative Gent Zonder Grenzen wrote an open letter to the city "
              "council of Ghent in June 2020 requesting the shelter of 300 asylum seekers following the inhuman living "
              "conditions in Moria.")
    support = "With the support of Ghent, they then addressed this request to the federal government."
    spokesman = ("The spokesman of alderman Coddens stated that “we have sent a clear signal that we want to exercise "
                 "our responsibility for international solidarity”.")
    text = " ".join((letter, support, spokesman))
    question = ("When Ghent backed the request to take in asylum seekers from Moria, what did alderman Coddens' "
                "spokesman say about the signal the city was sending?")
    assert names_apart(question, [spokesman], hits(text)) is None
    # without the sentence leaning back, the names stay apart
    assert names_apart(question, [spokesman], hits(" ".join((letter, "The city council debated it in June.",
                                                                   spokesman))))
    # "the EC" is "The European Commission" by its initials
    pact = "The European Commission announced its ‘New Pact on Migration and Asylum’ on 23 September 2020."
    assert names_apart("after the EC announced the New Pact on Migration and Asylum what did it say about integration",
                       [pact], hits(pact)) is None
    assert names_apart("after the IOM announced the New Pact on Migration and Asylum what did it say about integration",
                       [pact], hits(pact))


def test_a_cause_stated_in_one_sentence_ends_there():
    # probes35 #27 (the twin): "because Belgium deported a Sudanese national" ends at its full stop; the question
    # after it ("What structural problem does the report say this reveals?") is no part of the cause
    from qa.premise import _cause_unsupported

    ruling = ("On 27 October 2020, the European Court of Human Rights found in M.A. v. Belgium that Belgium had "
              "violated Article 3 ECHR by deporting a Sudanese national to his country of origin. This judgment points "
              "to a more structural problem.")
    assert _cause_unsupported("In M.A. v. Belgium the ECtHR found a breach of Article 3 because Belgium deported a "
                              "Sudanese national. What structural problem does the report say this reveals?",
                              hits(ruling)) is None
    assert _cause_unsupported("The ECtHR found a breach of Article 3 because Belgium bribed a Sudanese national. "
                              "What does it reveal?", hits(ruling))


def test_an_ending_no_sentence_tells_of():
    # probes: the Migratieforum was never closed, Belgium never withdrew from the GCM
    forum = "Therefore, Ghent organizes its Migratieforum twice a year to allow all the different actors to meet."
    assert problem("why did ghent close the migratieforum", forum) \
        == "no sentence read says that the migratieforum was closed"
    gcm = "Belgium voted in favour of the Global Compact for Migration in the UN General Assembly in 2018."
    assert problem("why did belgium withdraw from the global compact for migration", gcm) \
        == "no sentence read says that anyone withdrew from the global compact"
    # "closer cooperation" is no closing; "closed centres" are a kind of centre
    boat = "The Reno-boat provided the starting point to create a closer cooperation between the city and others."
    assert problem("who closed the reno boat", boat) == "no sentence read says that the reno boat was closed"
    # the answerable look-alikes: the ending told of what the question names, a yes/no question, a closed centre
    closed = "The Reno-boat was closed in 2018 after two years of service."
    assert problem("who closed the reno boat", closed) is None
    # "ghent's close ... collab": an adjective after a possessive or "very" ends nothing (probes12 twin 31)
    unique = ("The particularly high level of collaboration between the city and civil society organisations makes "
              "Ghent’s local migration and integration policies unique in Belgium.")
    for question in ("ghent's close city/civil-society collab is unique in belgium - what does the moving cities "
                     "profile say it enables?", "why is there a very close collaboration in ghent"):
        assert problem(question, unique) is None, question
    assert problem("Did Ghent close the Migratieforum?", forum) is None
    # "how close had they come", "close to": nearness, no ending (heldout54 yc002, a follow-up on Jobteam Gent)
    reached = "After one year, they have already reached 798 people, of which 532 people have entered coaching."
    for question in ("How close had they come to those numbers after one year?",
                     "how did jobteam gent get close to 800 people after one year", "why were they so close to it"):
        assert ending_untold(question, [reached], hits(reached)) is None, question
    assert ending_untold("why did jobteam gent close its coaching programme", [reached], hits(reached)) \
        == "no sentence read says that its coaching programme was closed"
    assert problem("How long can minors be held in closed centres during age determination?",
                   "Minors can be detained in a closed center during the age determination period of 3 days.") is None
    # an ending taken as given before what is asked, in the passive, or as pulling out (probes)
    pontoon = "A new reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity."
    assert problem("After the pontoon reception centre for 250 asylum seekers was shut down following protests, how "
                   "had the city engaged the neighbourhood?", pontoon) \
        == "no sentence read says that pontoon reception centre for 250 asylum seekers was shut down"
    statement = "Another illustration is the Public Statement from European Cities on Vulnerable Children."
    assert problem("ghent pulled out of the public statement from european cities - who was it addressed to",
                   statement) == "no sentence read says that anyone pulled out of the public statement"
    assert problem("belgium withdrew from the global compact for migration - what did it say about minors", gcm) \
        == "no sentence read says that anyone withdrew from the global compact"
    eurocities = "Ghent takes part in the Eurocities working group Migration & Integration to exchange practices."
    assert problem("the article says ghent quit the eurocities working group - what were the exchanges good for",
                   eurocities) == "no sentence read says that the eurocities working group was quit"
    # the answerable look-alikes: another verb of the same ending ("scrapped" told as "abolished"), no ending
    rule = "For instance, the rule that people born in Belgium could not be deported was abolished."
    assert problem("There was a rule that protected some people from deportation which got scrapped - what was it?",
                   rule) is None
    assert problem("After the pontoon reception centre for 250 asylum seekers got a lot of publicity, how had the "
                   "city engaged the neighbourhood?", pontoon) is None


def test_a_length_of_time_the_passages_never_give():
    # probes: Jobteam Gent was a two-year project; residence rights went from 3 to 5 years
    two = "The two-year project started in the beginning of 2020."
    assert problem("why was jobteam gent set up as a five-year project", two) \
        == "the passages never mention five years"
    prolonged = "The conditionality of residence rights was prolonged from 3 to 5 years in 2016."
    assert problem("why did the conditionality of residence rights go from 3 to 7 years in 2016", prolonged,
                   passages=(f"{prolonged} Objective 7 asks for it.",)) == "the passages never mention 7 years"
    # the answerable look-alikes: the lengths the passages give, the asker's own case, an age, no length given
    assert problem("why was jobteam gent set up as a two-year project", two) is None
    assert problem("why did the conditionality of residence rights go from 3 to 5 years in 2016", prolonged) is None
    assert problem("my nephew has been living in ghent for 8 months - can jobteam gent help him?",
                   "Members of the target group have been living in Ghent for less than one year.") is None
    assert problem("why does jobteam gent help 19-year-old refugees?",
                   "Members of the target group are between 16 and 25 years old.") is None
    assert problem("why was jobteam gent set up as a five-year project",
                   "The project started in the beginning of 2020.") is None


def test_a_comparison_typed_in_lower_case_reads_the_sentence_s_names():
    costs = "The average cost to send remittances from Belgium in 2020 was 10.08% to Algeria and 5.05% to Morocco."
    assert problem("why are remittances to morocco more expensive than to algeria", costs) \
        .startswith("the reports give 5.05% for Morocco and 10.08% for Algeria")
    assert problem("why are remittances to algeria more expensive than to morocco", costs) is None


def test_free_of_charge_is_contradicted_by_a_fee():
    fee = ("Regarding integration, the 2019 coalition agreement of the Flemish government envisages making the civic "
           "integration course tougher through the introduction of a minimum fee of 360 euros.")
    assert problem("Why did the Flemish government make the civic integration course free of charge in 2019?", fee) \
        .startswith("the reports say the opposite of 'free of charge'")
    assert problem("why does the civic integration course cost nothing", fee) \
        .startswith("the reports say the opposite of 'free of charge'")
    # asking whether, or what it costs: no premise
    assert problem("Is the civic integration course free of charge?", fee) is None
    assert problem("how much is the fee for the civic integration course", fee) is None


def test_a_cause_named_by_a_noun_that_the_reports_give_otherwise():
    movement = "A well-known citizen movement is Gent Zonder Grenzen (Ghent Without Borders)."
    online = ("They first gained public attention through social media platforms (especially Facebook) and were "
              "forced to continue working online due to the COVID pandemic.")
    passage = (f"{movement} {online}",)
    assert problem("why did Gent Zonder Grenzen move online because of funding cuts", movement, passages=passage) \
        .startswith("the reports give another cause: “They first gained public attention")
    # the reports' cause in other words ("the pandemic", "corona" for COVID), or no cause asked: answered
    for question in ("why did Gent Zonder Grenzen move online because of the pandemic",
                     "why did Gent Zonder Grenzen move online because of corona",
                     "why did Gent Zonder Grenzen move online"):
        assert problem(question, movement, passages=passage) is None, question
    # "because of funding cuts" is no funding asked about (it read "who funds cuts")
    assert problem("why did the movement go online because of funding cuts", movement) is None
    # a cause given with a clause (probe), and the reports' cause so given
    from qa.causes import other_cause

    assert other_cause("Gent Zonder Grenzen had to move its work online because the city refused it meeting space. "
                       "How did that affect its reach?", [online], hits(*passage)) \
        .startswith("the reports give another cause: “They first gained public attention")
    assert other_cause("Gent Zonder Grenzen had to move its work online because the pandemic hit. How did that "
                       "affect its reach?", [online], hits(*passage)) is None


def test_a_cause_the_sentence_tells_in_another_form_of_its_word_is_no_other_cause():
    from qa.causes import other_cause

    # heldout51 zz008: "its expansion" is what "has expanded into" tells; "due to their success" is its cause
    expanded = ("Refu Interim has worked with 69 different organisations in 2019, and, due to their success in "
                "Ghent has expanded into other regions in Flanders: Ostend, Kortrijk, Bruges, Leuven, Sint-Niklaas "
                "and Lokeren.")
    assert other_cause("Besides Ghent, in which towns is Refu Interim now active as a result of its expansion?",
                       [expanded], hits(expanded)) is None
    # look-alike: a cause the sentence does not tell, in any form, is still another cause
    assert other_cause("in which towns is Refu Interim active as a result of a government subsidy?", [expanded],
                       hits(expanded)).startswith("the reports give another cause: “Refu Interim has worked")


def test_an_effect_the_reports_give_another_origin_is_refused():
    from qa.causes import other_cause

    fell = ("It is a highly sensitive issue, illustrated by the fact that the endorsement of the UN Global Compact "
            "for Safe, Orderly and Regular Migration by the previous federal government in 2018 led to its collapse.")
    bills = "Under the previous legislature, various bills were tabled to make family reunification more restrictive."
    question = "Why did the family reunification bills cause the Belgian federal government to collapse in 2018?"
    assert other_cause(question, [bills], hits(bills, fell)) == f"the reports give another cause: “{fell[:-1]}”"
    # the reports' own cause, and a sentence on another effect, are no other cause
    assert other_cause("Why did the endorsement of the Global Compact cause the Belgian federal government to "
                       "collapse in 2018?", [fell], hits(fell)) is None
    assert other_cause("Why did the family reunification bills cause the number of asylum applications to drop?",
                       [bills], hits(bills, fell)) is None


def test_a_government_that_fell_over_another_thing_is_another_cause():
    # zi028: "collapsed in 2018 over the pension reform row" against "fell over public endorsement of ..."; the
    # quote starts where a footnote's number hid the end of a sentence
    from qa.causes import other_cause

    michel = ("In September 2018, then first minister Charles Michel expressed Belgium’s support for the Global "
              "Compact in the UN General Assembly.")
    fell = ("The N-VA argued that lawyers would try to enforce the Compact via litigation.2 Ultimately, the previous "
            "federal government fell over public endorsement of a non-binding international legal instrument.")
    asked = "michel govt collapsed in 2018 over {} — did that delay belgium backing the gcm"
    assert other_cause(asked.format("the pension reform row"), [michel, fell], hits(michel, fell)) == (
        "the reports give another cause: “Ultimately, the previous federal government fell over public endorsement of "
        "a non-binding international legal instrument”")
    assert other_cause(asked.format("the endorsement of the compact"), [michel, fell], hits(michel, fell)) is None


def test_a_government_asked_to_fall_over_another_thing_than_any_passage_read_tells():
    # ye016: "fall" after "did"; the fall is one event, told in a passage far from the chosen sentences, and told as
    # "led to its collapse" as well as "fell over"
    from qa.causes import other_cause

    units = ("Further, in August 2018, Belgium started detaining families with children in newly constructed family "
             "units in a closed centre near Brussels airport.")
    led = ("It is a highly sensitive issue, illustrated by the fact that the endorsement of the UN Global Compact by "
           "the previous federal government in 2018 led to its collapse.")
    fell = "The previous federal government in Belgium fell over public endorsement of the GCM."
    assert other_cause("why did the michel govt fall over the family units detention in 2018", [units],
                       hits(units, led)) == f"the reports give another cause: “{led.rstrip('.')}”"
    assert other_cause("why did the michel govt fall over the family units detention in 2018", [units],
                       hits(units, fell)) == f"the reports give another cause: “{fell.rstrip('.')}”"
    # the cause the reports give, in one of the sentences on the fall; a cause that is only a year
    instrument = ("Ultimately, the previous federal government fell over public endorsement of a non-binding "
                  "international legal instrument.")
    for question in ("why did the michel govt fall over the GCM", "why did the michel govt fall over 2018"):
        assert other_cause(question, [units], hits(units, instrument, fell)) is None, question
    assert other_cause("why did the michel govt fall over the compact in 2018", [units],
                       hits(units, instrument, led)) is None
    # a fall told only in a passage without a chosen sentence is read; another event there is not
    assert other_cause("why did the michel govt resign over the family units", [units], hits(units, fell))
    assert other_cause("why were the family units closed because of the costs", [units],
                       hits(units, "The centre was closed due to a ruling of the Council of State.")) is None


def test_a_change_by_another_factor_than_the_reports_give():
    # probes: the applications doubled, not tripled or halved
    doubled = "In Belgium, the number of asylum applications doubled within one year."
    assert problem("belgium asylum applications tripled in one year - what % got recognised", doubled) \
        == f"the reports say doubled, not tripled: “{doubled.rstrip('.')}”"
    assert problem("why did belgian asylum applications halve within a year", doubled) \
        .startswith("the reports say doubled, not halved")
    # the answerable look-alikes: the factor the reports give, another thing that tripled
    assert problem("belgium asylum applications doubled in one year - what % got recognised", doubled) is None
    assert problem("why did the number of volunteers triple?", doubled) is None


def test_a_vote_against_is_contradicted_by_support():
    support = ("In September 2018, then first minister Charles Michel expressed Belgium’s support for the Global "
               "Compact in the UN General Assembly.")
    assert problem("why did belgium vote against the GCM at the UN in 2018", support) \
        .startswith("the reports say the opposite of 'vote against'")
    # asking whether, or who opposed it (the N-VA did): no premise contradicted
    assert problem("did belgium vote against the GCM?", support) is None
    assert problem("who opposed the global compact in belgium", support) is None


@pytest.mark.parametrize("asked, said, word", [
    # probes10: a binding instrument, a whole decree, a legal entitlement
    ("why did the previous belgian federal govt fall over endorsing the {} gcm",
     "Ultimately, the previous federal government fell over public endorsement of a non-binding international legal "
     "instrument.", ("legally binding", "non-binding")),
    ("On 1 October 2020 the Council of State declared {} royal decree on family units illegal. Which provisions did "
     "it object to?", "On 1 October 2020, the Council of State declared the royal decree partly illegal.",
     ("the whole", "the")),
    ("Humanitarian regularisation in Belgium is {} for applicants. On what criteria is it granted?",
     "The granting of a humanitarian regularization is a discretionary competence of the Secretary of State for "
     "Asylum and Migration.", ("a legal entitlement", "a discretionary competence")),
])
def test_a_binding_whole_or_owed_thing_the_reports_qualify_is_contradicted(asked, said, word):
    false, true = word
    assert problem(asked.format(false), said).startswith(f"the reports say the opposite of '{false.split()[-1]}'")
    assert problem(asked.format(true), said) is None


def test_a_month_the_reports_give_otherwise_in_that_year_is_refused():
    from qa.figures import other_month

    letter = ("On the national level, the citizen initiative Gent Zonder Grenzen (Ghent Without Borders) wrote an open "
              "letter to the city council of Ghent in June 2020 requesting the shelter of 300 asylum seekers.")
    detention = "On 1 October 2020, the Council of State declared the royal decree on family units partly illegal."
    asked = ("In {} 2020 Gent Zonder Grenzen wrote an open letter to the Ghent city council. How many asylum seekers "
             "did it ask the city to shelter?")
    assert other_month(asked.format("March"), [letter], hits(letter, detention)) == \
        f"the reports give another month: “{letter[:-1]}”"
    assert other_month(asked.format("June"), [letter], hits(letter, detention)) is None
    # the month is the part's that holds it: the other part's sentence does not date it
    minors = ("Pressure from civil society led to the relocation of 18 unaccompanied minors from Lesbos and Samos in "
              "August 2020, and of another 11 unaccompanied minors in December 2020.")
    assert other_month("How many asylum seekers did Gent Zonder Grenzen ask Ghent to shelter, and how many "
                       "unaccompanied minors did Belgium relocate in December 2020?", [letter, minors],
                       hits(letter, minors)) is None


def test_a_share_of_another_thing_is_refused():
    from qa.figures import other_base

    oda = "In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI), whereas this should increase."
    assert other_base("belgian oda was 0.44% of the federal budget in 2018 - what should it be by 2030", [oda],
                      hits(oda)) == f"the reports give 0.44% of something else: “{oda[:-1]}”"
    for question in ("belgian oda was 0.44% of gni in 2018 - what should it be by 2030",
                     "belgian oda was 0.44% of gross national income in 2018 - what should it be by 2030"):
        assert other_base(question, [oda], hits(oda)) is None, question
    wage = "For family reunification with Belgians, the amount of resources is set at 120% of the living wage."
    assert other_base("The income threshold is set at 120% of the average wage. What level does the report argue "
                      "should suffice?", [wage], hits(wage)).startswith("the reports give 120% of something else")
    # the thing by its first words: "the living wage income requirement" is the living wage
    assert other_base("Why is the 120% of the living wage income requirement too high?", [wage], hits(wage)) is None


def test_probes25_twins_wrongly_refused_are_answered():
    # a count written out in words ("fifteen") holds the question's digits
    suspended = ("Following an application of fifteen civil society organisations, the Council of State suspended in "
                 "April 2019 a number of provisions of the royal decree establishing the detention regime.")
    launched = "The Commission’s final report, launched on 15 September 2020, proposes to increase the criminalisation."
    asked = "{} civil society orgs applied to the council of state - what did it suspend in april 2019 as a result"
    assert other_binding(asked.format(15), [suspended, launched], hits(suspended, launched)) is None
    assert other_binding(asked.format(15), [launched], hits(launched)).startswith(
        "the reports give 15 for something else")
    # "lowering costs to below 3%" is a level aimed at, not where the costs stand
    higher = "Objective 20: Remittance costs in Belgium remain substantially higher than the target of 3%."
    sdg = ("The new federal government has announced to support the SDG of lowering the transaction costs for "
           "remittances to below 3%.")
    assert problem("Given the new federal government's announced support for the SDG of lowering remittance "
                   "transaction costs to below 3%, what does the summary say about current remittance costs in "
                   "Belgium?", sdg, higher) is None
    assert problem("Since remittance costs in Belgium are already below the 3% target, what does the government still "
                   "plan?", higher).startswith("the reports say the opposite of 'below'")
    # "which party started raising concerns" asks the doer, not the person's party
    concerns = ("During autumn, however, the right-wing nationalist political party N-VA started to raise "
                "critical concerns about the Compact.")
    michel = ("In September 2018, then first minister Charles Michel expressed Belgium’s support for the Global "
              "Compact in the UN General Assembly.")
    # (the question as the composer recases it from the passages)
    assert problem("then first minister Charles Michel backed the GCM at the UN General Assembly in sept 2018 - "
                   "which party started raising concerns after that", michel, concerns) is None
    assert problem("Which party is Charles Michel from?", concerns, michel) == \
        "no sentence names the party of Charles Michel"
    # a negation in a condition ("when the person has not made ...") denies nothing
    law = ("Second, a 2016 law inserted integration as a residence condition, in that the Immigration Office can end a "
           "residence right when the person has not made “a reasonable effort to integrate”.")
    assert problem("Which criteria did the 2016 law that made integration a condition of residence list for assessing "
                   "a person's efforts to integrate?", law) is None
    assert problem("Why did the 2016 law make a reasonable effort to integrate a condition of residence?",
                   "The 2016 law did not make a reasonable effort to integrate a condition of residence.") is not None


def test_a_level_the_reports_give_as_a_share_on_its_other_side_is_refused():
    from qa.figures import other_side_of_base

    wage = ("For family reunification with EEA-nationals and Belgians, the current indicative amount of resources is "
            "set at 120% of the living wage. Given that the objective of the income requirement is to prevent persons "
            "from having resource to the social assistance system of the host country, an income of 100% of the living "
            "wage should suffice.")
    below = ("Why is the resource requirement for family reunification with Belgians set below the level of the living "
             "wage?")
    assert other_side_of_base(below, [wage], hits(wage)).startswith(
        "the reports give 120%, not below the level of the living wage: “For family reunification")
    # above is held by 120% (the 100% that "should suffice" does not undo it); a share the question names itself;
    # another base
    for question in (below.replace("below", "above"),
                     "the income requirement for family reunification with belgians - why is it higher than the "
                     "living wage",
                     "why is the income requirement for reunification with belgians lower than 120% of the living wage",
                     "Why is the resource requirement for family reunification with Belgians below the average wage?"):
        assert other_side_of_base(question, [wage], hits(wage)) is None, question


def test_a_government_of_another_level_is_another_actor():
    set_up = hits("Ankerkracht (Anchor Power) was set up by the Belgian federal government and was originally "
                  "funded by the European Union.")
    asked = "Project Ankerkracht was set up by the {} government. Who took it over when the subsidies ended?"
    assert _other_actor(asked.format("Flemish"), [set_up[0].chunk.text], set_up) \
        .startswith("the reports name another actor, the Belgian federal government")
    for level in ("federal", "Belgian", "Belgian federal"):
        assert _other_actor(asked.format(level), [set_up[0].chunk.text], set_up) is None, level


def test_a_party_the_question_puts_in_a_coalition_it_was_not_in_is_refused():
    formed = ("On 30 September 2020, a new federal government was formed by a coalition of liberal, socialist, "
              "Christian- democratic and green parties.")
    asked = ("The federal coalition formed on 30 September 2020, which included {}, explicitly recognised the GCM. "
             "What does its agreement say?")
    assert problem(asked.format("N-VA"), formed).startswith("the reports give the coalition otherwise")
    assert problem(asked.format("the greens"), formed) is None


def test_easier_access_for_those_the_reports_admit_only_in_exceptional_cases_is_refused():
    # zi026; the kind passed over after "than" is no subject of the claim
    said = ('Access to the labour market for "low- skilled" labour migrants is only possible in exceptional cases (in '
            'case of specific shortages).')
    asked = "Why does the Flemish government give {} labour migrants easier access to work permits than {} ones?"
    assert problem(asked.format("low-skilled", "higher-skilled"), said) \
        .startswith("the reports say the opposite of 'easier'")
    assert problem(asked.format("higher-skilled", "low-skilled"), said) is None
    assert problem("is it easier for low-skilled labour migrants to get a work permit in flanders", said) is None


def test_a_thing_the_question_has_become_another_than_the_reports_say_is_refused():
    from qa.roles import other_successor

    said = ("Because a coordinated approach is not only relevant for refugees and asylum seekers, Ghent decided to "
            "transform the Refugee Taskforce into the Migratieforum (Migration Forum).")
    asked = "ghent turned its refugee taskforce into the {} - who does that now cover"
    assert other_successor(asked.format("urban reception initiative"), [], hits(said)) == \
        f"the reports say it became something else: “{said[:-1]}”"
    # what it became, by its name or its English one; or a vague "something broader" (j032)
    for new in ("migratieforum", "migration forum", "something broader"):
        assert other_successor(asked.format(new), [], hits(said)) is None, new


def test_a_letter_or_call_to_another_addressee_is_refused():
    from qa.roles import other_recipient

    letter = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call on the "
              "European Council to create a fair and common EU asylum system.")
    asked = "what did ghent's then mayor daniel termont call on the {} to do in his 2018 open letter"
    assert other_recipient(asked.format("european parliament"), [letter], hits(letter)) == \
        f"the reports name another addressee: “{letter[:-1]}”"
    assert other_recipient(asked.format("european council"), [letter], hits(letter)) is None
    # "an open letter to the European Council" is the letter that calls on it (zd028)
    assert other_recipient("What did Daniël Termont call for in his 2018 open letter to the European Council?",
                           [letter], hits(letter)) is None
    citizens = ("Irregular migrants are calling for a more lenient approach to regularisation through various means, "
                "such as an open letter to Belgian citizens on the website “We are Belgium too”.")
    asked = "Irregular migrants published an open letter to {} on the website. What other means have they used?"
    assert other_recipient(asked.format("the federal government"), [citizens], hits(citizens)) \
        .startswith("the reports name another addressee")
    assert other_recipient(asked.format("Belgian citizens"), [citizens], hits(citizens)) is None



def test_another_body_stopping_the_asked_thing_is_refused():
    from qa.roles import other_blocker

    pledge = ("After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government "
              "set out to do, only to see the federal government block it.")
    reason = problem("why did the EC block ghents offer to take in more refugees after the moria fire", pledge)  # zj024
    assert reason == f"the reports say the federal government did this: “{pledge[:-1]}”"
    # the body that did it, a question asking who, or a body of the same words: nothing to refuse
    assert problem("why did the federal government block ghents offer to take in more refugees after the moria "
                   "fire", pledge) is None
    assert problem("who blocked ghents offer to take in more refugees after the moria fire", pledge) is None
    rejected = ("Gent Zonder Grenzen asked the city to shelter 300 asylum seekers after the Moria fire. However, the "
                "initiative was rejected by the Belgian federal government.")
    assert other_blocker("why did the city council reject the request to shelter 300 asylum seekers after moria",
                         [rejected], hits(rejected)).startswith("the reports say the Belgian federal government did")
    assert other_blocker("why did the federal government reject the request to shelter 300 asylum seekers after "
                         "moria", [rejected], hits(rejected)) is None
    # a sentence on something else stopped is no answer to compare with
    assert other_blocker("why did the EC block the new migration code", [pledge], hits(pledge)) is None
    # the Belgian government is the federal one, typed short or not (found beside zj024: both were refused)
    assert problem("why did the belgian govt block ghent's offer to take in more refugees after the moria fire",
                   pledge) is None
    assert problem("why did the flemish government block ghent's offer to take in more refugees after the moria fire",
                   pledge).startswith("the reports say this about the federal level, not Flanders")


def test_twice_yearly_and_money_that_ended_for_a_named_thing_are_not_contradicted():
    # probes11 twins, both wrongly refused
    forum = "Therefore, Ghent organizes its Migratieforum twice a year to allow all actors to exchange."
    assert problem("what gets discussed at ghent's twice-yearly migratieforum", forum) is None
    assert problem("what gets discussed at ghent's monthly migratieforum", forum).startswith(
        "the reports say twice a year, not every month")
    taken = ("However, in 2015 European subsidies were ended. The same year, the OCMW of Ghent decided, after an "
             "evaluation, which projects that were no longer subsidised would be taken over with regular funds.")
    assert problem("when eu subsidies for ankerkracht ended in 2015 what did ghent's ocmw decide", taken) is None
    assert problem("why did ghent's ocmw abolish ankerkracht when the eu subsidies ended in 2015", taken) \
        .startswith("the reports say the opposite of 'abolish'")


def test_a_number_given_as_the_other_bound_is_refused():
    from qa.figures import other_bound

    fee = ("Regarding integration, the 2019 coalition agreement of the Flemish government envisages making the civic "
           "integration course tougher through the introduction of a minimum fee of 360 euros.")
    reason = problem("flemish 2019 agreement caps the civic integration fee at 360 euros what else makes the course "
                     "tougher", fee)  # probes11
    assert reason and reason.startswith("the reports give 360 as a minimum, not a maximum")
    assert problem("flemish 2019 agreement sets a minimum civic integration fee of 360 euros what else makes the "
                   "course tougher", fee) is None
    isolated = ("A young person of at least 16 years old can be isolated for a maximum of 24 hours if his behavior "
                "endangers his own safety.")
    reason = problem("In what circumstances could a young person aged 16 or over be isolated for at least 24 hours?",
                     isolated)
    assert reason and reason.startswith("the reports give 24 as a maximum, not a minimum")
    assert problem("In what circumstances could a young person aged 16 or over be isolated for up to 24 hours?",
                   isolated) is None
    # another number as a bound says nothing against it
    assert other_bound("In what circumstances could a young person be isolated for at least 12 hours?", [isolated],
                       hits(isolated)) is None


def test_a_person_in_office_whom_the_reports_call_former_is_refused():
    chaired = ("The M.A. judgment is the last episode of the so-called ‘Sudan crisis’.58 Following this crisis, a "
               "temporary Commission was established to evaluate the voluntary and forced return policy of Belgium, "
               "under the presidency of former Constitutional Judge Marc Bossuyt (‘Commission Bossuyt’).")
    reason = problem("What did the temporary commission chaired by sitting Constitutional Court judge Marc Bossuyt "
                     "evaluate?", chaired)  # probes11
    assert reason and reason.startswith("the reports call Marc Bossuyt former: “Following this crisis")
    assert problem("What did the temporary commission chaired by former Constitutional Court judge Marc Bossuyt "
                   "evaluate?", chaired) is None
    # "the then mayor" was in office then
    letter = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call on the "
              "European Council to create a fair and common EU asylum system.")
    assert problem("what did sitting mayor daniël termont ask the european council in 2018", letter) is None


def test_an_optional_thing_the_reports_make_obligatory_is_refused():
    declaration = ("First, newcomers will be obliged in the future to sign a “newcomers’ declaration”, in which they "
                   "commit to integrate and actively participate in Belgian society.")
    reason = problem("optional newcomers declaration belgium what would newcomers who sign it commit to",
                     declaration)  # probes11
    assert reason and reason.startswith("the reports say the opposite of 'optional'")
    assert problem("mandatory newcomers declaration belgium what would newcomers who sign it commit to",
                   declaration) is None


def test_a_start_the_question_puts_off_is_refused_when_the_reports_start_it_at_once():
    # zk031
    day_one = "In fact, we believe in starting the integration process from day one."
    told = "As such, asylum seekers are starting the integration process from day one."
    question = ("why does the ghent taskforce coordinator say integration should only start once asylum seekers are "
                "recognised")
    reason = problem(question, day_one, told)
    assert reason and reason.startswith("the reports have it start at once")
    assert problem("why does the coordinator say integration should not begin until asylum seekers are recognised",
                   day_one, told).startswith("the reports have it start at once")
    # the start the reports give, and a start put off on another subject, are not refused
    assert problem("why does the ghent taskforce coordinator say integration should start from day one", day_one,
                   told) is None
    assert problem("why does the reception only begin once the pontoon is moored", day_one, told) is None
    # without "only", a start after a recognition (probes12 24), and "as soon as an asylum seeker arrives"
    soon = ("Exemplary of this is Ghent’s collaboration with civil society organizations to start the integration "
            "process as soon as an asylum seeker arrives in the city.")
    question = ("With whom does Ghent collaborate to start the integration process once an asylum seeker has been "
                "recognised as a refugee?")
    assert problem(question, soon).startswith("the reports have it start at once")
    assert problem("With whom does Ghent collaborate to start the integration process as soon as an asylum seeker "
                   "arrives in the city?", soon) is None


def test_a_quoted_sentence_that_ends_a_quotation_shows_one_closing_mark():
    from qa.contradiction import quote
    # the quotation opened in the sentence before; the reason's own marks close it (the chat showed "borders.””")
    assert quote("The coronavirus doesn’t know any borders.”") == "The coronavirus doesn’t know any borders"
    # a quotation opened and closed in the sentence keeps its mark
    assert quote("He declared that “cities work every day”.") == "He declared that “cities work every day”"



@pytest.mark.parametrize("question, said, word", [
    # probes13: a direction, a rank, a level, a status, a stance and a time span the reports give the opposite of
    ("opendemocracy ghent piece: asylum applications in belgium dropped within one year - by how much?",
     "In Belgium, the number of asylum applications doubled within one year.", "drop"),
    ("court challenges were the least successful way for belgian civil society to influence migration policy - did "
     "the courts uphold all complaints?",
     "Challenging the legality of these measures in court has proven the most successful way of influencing "
     "migration policy, even if the courts did not uphold all complaints.", "least"),
    ("Belgian immigration policy is mostly developed at the municipal level. Under whose political authority?",
     "Immigration policy is mostly developed at a federal level, under the political authority of the Secretary of "
     "State for Asylum and Migration.", "municipal level"),
    ("what info does the belgian immigration office's central website give on irregular migration?",
     "The Belgian Immigration Office hosts a centralized and publicly accessible website with legal and practical "
     "information on regular migration.", "irregular migration"),
    ("An NGO coalition rejected the idea of open 'Reception and Orientation centers' for transit migrants. What would "
     "those centres provide?",
     "A coalition of NGOs has recommended to establish open Reception and Orientation centers for transit migrants, "
     "that would provide objective information.", "reject"),
    # a compound that is itself the opposite is no other kind of support ("short-term" / "long-term support")
    ("Ghent gives migrants individual, short-term support soon after arrival. What broader approach is this part of?",
     "Individual and long-term support of migrants soon after their arrival is part of an overall comprehensive "
     "approach to inclusion.", "short-term"),
])
def test_opposites_of_direction_rank_level_and_span(question, said, word):
    assert problem(question, said).startswith(f"the reports say the opposite of '{word}'")


def test_opposites_of_direction_rank_level_and_span_stay_quiet_on_the_twins():
    # the twins of the questions above, and a government that falls (not a number)
    assert problem("opendemocracy ghent piece: asylum applications in belgium rose within one year - by how much?",
                   "In Belgium, the number of asylum applications doubled within one year.") is None
    assert problem("Belgian immigration policy is mostly developed at the federal level. Under whose authority?",
                   "Immigration policy is mostly developed at a federal level, under the political authority of "
                   "the Secretary of State for Asylum and Migration.") is None
    assert problem("Ghent gives migrants individual, long-term support soon after arrival. What broader approach is "
                   "this part of?", "Individual and long-term support of migrants soon after their arrival is part "
                   "of an overall comprehensive approach to inclusion.") is None
    assert problem("why did the belgian govt fall over the migration compact in 2018",
                   "Belgium's migration policy shows increased expectations towards migrants to integrate, and the "
                   "previous federal government fell over the migration compact in 2018.") is None


def test_a_minister_of_another_kind_and_a_century_are_refused_but_not_an_ordinal_or_item_number():
    from qa.figures import other_century

    michel = ("In September 2018, then first minister Charles Michel expressed Belgium’s support for the Global "
              "Compact in the UN General Assembly.")
    assert other_office("In which month did then foreign minister Charles Michel express Belgium's support for the "
                        "Global Compact?", [michel], hits(michel)) == \
        f"the reports call Michel first minister, not foreign minister: “{quote(michel)}”"
    for question in ("In which month did then first minister Charles Michel express support for the Compact?",
                     "when did prime minister charles michel express support for the gcm",
                     "when did minister Charles Michel express support for the gcm"):
        assert other_office(question, [michel], hits(michel)) is None, question
    liberal = ("The 19th century’s overall liberal policy towards foreigners (Aliens Acts of 1835 and 1897) ended "
               "with the outbreak of the Second World War.")
    assert other_century("What ended Belgium's overall liberal 20th-century policy towards foreigners?", [liberal],
                         hits(liberal)) == f"the reports give another century: “{quote(liberal)}”"
    assert other_century("What ended Belgium's liberal 19th-century policy towards foreigners?", [liberal],
                         hits(liberal)) is None
    # "19th" is no count of 19 things; "(4)" numbers an item, it counts nothing
    assert other_binding("What ended Belgium's liberal 19th-century policy towards foreigners?", [liberal],
                         hits(liberal)) is None
    urbact = ("- (4) Lastly, according to URBACT, the Refugee Taskforce serves as a replicable and transferrable "
              "solution for other European cities.")
    assert other_binding("last of the 4 success factors of ghent's refugee taskforce is urbact's verdict on it - "
                         "what did urbact say?", [urbact], hits(urbact)) is None


def test_a_study_the_reports_say_was_never_done():
    from qa.denials import study_never_done

    none = "Until now, no research has been conducted to measure the impact of this approach."
    context = ("Building on the ideas of contact theory, the aim is to help combat prejudices against newcomers. "
               + none)
    for question in ("What did the study measuring the impact of Ghent's contact-theory approach find about "
                     "prejudice against newcomers?",  # zi027
                     "what did research find about the impact of ghent's contact approach on prejudice"):
        assert study_never_done(question, [none]) == f"the reports say no such study was done: “{quote(none)}”"
        assert problem(question, none, passages=(context,)) is not None
    # asked whether anyone checked, the sentence is the answer; a study of something else is not denied
    assert study_never_done("Has anybody actually checked whether Ghent's idea of getting locals and newcomers to "
                            "meet really makes people less prejudiced?", [none]) is None
    assert study_never_done("What did the study of Refu Interim's volunteers find?", [none]) is None


@pytest.mark.parametrize("question, said, word", [
    # probes14: a duration, an obligation, a stance, a plan taken as secured, an oversight, a merger, a language
    ("why did ghent set up the reno-boat as a permanent reception initiative",
     "In response, Ghent expanded its reception capacities by providing more reception places and by establishing a "
     "temporary reception initiative called the Reno-boat.", "permanent"),
    ("Why does Refu Interim oblige newcomers to do unpaid work during their residence procedure?",
     "By involving them as volunteers during the period of their residence procedure, Refu Interim wants to give "
     "newcomers the opportunity to work voluntarily.", "oblige"),
    ("Why are Ghent's civil society organisations opposed to even closer cooperation with the city?",
     "This openness to collaboration is equally recognised by the civil society organisations, who appreciate the "
     "trust-based relationships; they are in favour of an even closer cooperation.", "oppose"),
    ("jobteam gent has secured a further extension after the current one-year one, why",
     "This was already granted to Jobteam Gent once, with a current extension of one year, and the hope for a "
     "further extension.", "secured"),
    ("belgian immigration office, independent of FPS interior - what does it issue",
     "The Immigration Office, overseen by the Federal Public Service Interior, is responsible for issuing visas and "
     "residence permits.", "independent"),
    ("Why did Ghent set up the Migratieforum as a separate body alongside its Refugee Taskforce?",
     "Ghent decided to transform the Refugee Taskforce into the Migratieforum (Migration Forum).", "separate"),
    ("How do Refu Interim volunteers get to practise their French speaking skills?",
     "At Refu Interim, volunteers can practice their Dutch language speaking skills.", "french"),
    ("Does Ghent's Migratieforum also cover the many non-European migrants from Bulgaria, Slovakia and Romania?"
     .replace("Does", "How does").replace("also cover", "reach"),
     "This includes the many intra-European migrants residing in Ghent, who mainly come from Bulgaria, Slovakia "
     "and Romania.", "non-european"),
])
def test_opposites_of_duration_obligation_stance_oversight_and_language(question, said, word):
    assert problem(question, said).startswith(f"the reports say the opposite of '{word}'")


def test_opposites_of_duration_obligation_stance_oversight_and_language_stay_quiet_on_the_twins():
    assert problem("why did ghent set up the reno-boat as a temporary reception initiative",
                   "In response, Ghent expanded its reception capacities by establishing a temporary reception "
                   "initiative called the Reno-boat.") is None
    # an obligation is not answered "no" by "voluntary return"; Rose was hired (a volunteer elsewhere is no paid job)
    assert problem("Which obligations do rejected asylum seekers have?",
                   "Rejected asylum seekers are offered voluntary return.") is None
    assert problem("rose from refu interim got hired to run the operation in lokeren - what did she do before",
                   "By involving them as volunteers, Refu Interim gives newcomers the opportunity to work "
                   "voluntarily.") is None
    assert problem("Why are Ghent's civil society organisations in favour of even closer cooperation with the city?",
                   "They appreciate the trust-based relationships; they are in favour of an even closer "
                   "cooperation.") is None
    # "EU citizens" against "non-EU citizens" is no opposite: the sentence counts both
    assert problem("Among fellow EU citizens who have moved to Belgium, where do most of them come from?",
                   "As of 2018, 16.8% of the Belgian population came from a foreign country, among which more than "
                   "one million were non-EU citizens.") is None


def test_why_not_is_refused_when_the_best_sentence_says_it_was_done():
    reno = "For the Reno-boat Ghent decided to go beyond what was required at the national level."
    assert problem("why did ghent decide not to go beyond national requirements for the reno-boat", reno) == \
        f"the reports say it was done: “{reno.rstrip('.')}”"
    pontoon = ("From the beginning, we invested, together with the proprietors of this pontoon, in a good information "
               "exchange with the neighbourhood and all citizens of Ghent.")
    assert problem("Why did Ghent not invest in information exchange with the neighbourhood about the new reception "
                   "pontoon?", pontoon).startswith("the reports say it was done")
    # the twins; a sentence that denies too; "not only"
    assert problem("why did ghent decide to go beyond national requirements for the reno-boat", reno) is None
    assert problem("why did ghent decide not to go beyond national requirements for the reno-boat",
                   "Ghent did not go beyond what was required at the national level for the Reno-boat.") is None
    assert problem("why did ghent not only go beyond national requirements for the reno-boat", reno) is None


def test_what_is_told_before_a_yes_no_question_is_checked_but_not_the_yes_no_question():
    from qa.contradiction import _contradicted

    school = "Irregular stay is not a ground on the basis of which a school can refuse to register a pupil."
    assert _contradicted("I teach at a primary school in Ghent. A family without papers wants to enrol their "
                         "daughter. Are we allowed to turn her away because the family is undocumented?",
                         [school], hits(school)) is None  # b016
    assert _contradicted("I teach at a primary school in Ghent. The school is allowed to turn undocumented pupils "
                         "away. What should the family do?", [school],
                         hits(school)).startswith("the reports say the opposite of 'allow'")
    # a question before the yes/no question is no statement, and is checked whole (b028)
    lower = ("A lower employment rate and lower civic participation, as well as lower educational attainment of "
             "immigrant children all point to a lack of integration in host countries.")
    assert _contradicted("What did Yar and Laurentsyeva actually find: does a higher concentration of immigrants in a "
                         "municipality go with better or worse integration outcomes?", [lower], hits(lower))


def test_an_office_given_to_a_full_name_with_a_particle_is_checked():
    from qa.roles import other_office

    said = ("In response, Ghent Mayor Mathias De Clercq proclaimed that “cooperation and solidarity across borders is "
            "more relevant than ever”.")
    question = "what did ghent alderman mathias de clercq say after the feds blocked ghent's moria pledge?"  # probes13
    assert other_office(question, [said], hits(said)).startswith("the reports call Clercq mayor, not alderman")
    assert other_office(question.replace("alderman", "mayor"), [said], hits(said)) is None
    # another office or person between the office and the name gives it to no one
    assert other_office("what did the alderman and mathias de clercq say?", [said], hits(said)) is None


def test_the_feds_are_the_federal_government():
    from qa.question import unshortened

    assert unshortened("since when do the regions instead of the feds decide") == \
        "since when do the regions instead of the federal government decide"  # za021


def test_a_bounded_count_is_checked_against_the_count_the_reports_give():
    pontoon = "A new reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity."
    assert problem("Why did Ghent's new reception pontoon, built for fewer than 100 asylum seekers, get so much "
                   "publicity?", pontoon) == f"the reports give a count that is not fewer than 100: “{pontoon[:-1]}”"
    # held: no "never mention 200", no contradiction (probes14 32)
    assert problem("Why did Ghent's new reception pontoon, built for more than 200 asylum seekers, get so much "
                   "publicity?", pontoon) is None
    # a range counts with both its ends, the 40 of a footnote is no count of participants (probes14 31)
    ankerkracht = ("The number of applications increased from 41 in 2014 to 77 in 2015, with the number of active "
                   "participants every year fluctuating between 50 and 60.")
    note = "40 Irregular stay is not a ground on the basis of which a school can refuse to register a pupil."
    assert problem("ankerkracht has fewer than 40 active participants each year - how many applications did it get "
                   "in 2015", ankerkracht, passages=(f"{ankerkracht} {note}",)).startswith(
        "the reports give a count that is not fewer than 40")
    assert problem("ankerkracht has more than 40 active participants each year - how many applications did it get in "
                   "2015", ankerkracht, passages=(f"{ankerkracht} {note}",)) is None


def test_an_age_the_reports_give_otherwise_for_the_same_thing_is_refused():
    from qa.figures import other_age

    rule = ("For instance, the rule that people born in Belgium or who had moved to Belgium before the age of 12 could "
            "not be deported was abolished.")
    question = "rule that people who moved to belgium before age 18 couldn't be deported - why was it abolished"
    assert other_age(question, [rule], hits(rule)) == f"the reports give another age: “{rule.rstrip('.')}”"
    assert other_age(question.replace("18", "12"), [rule], hits(rule)) is None
    target = ("Members of the target group of the project are between 16 and 25 years old, have been recognised as a "
              "refugee or granted subsidiary protection.")
    assert other_age("Ankerkracht targets elderly recognised refugees aged 65 and over; what other conditions must "
                     "they meet?", [target], hits(target)).startswith("the reports give another age")  # probes14 39
    assert other_age("Ankerkracht targets recognised refugees aged 16 to 25; what other conditions must they meet?",
                     [target], hits(target)) is None
    assert other_age("which project helps a 19-year-old recognised refugee in the target group?", [target],
                     hits(target)) is None
    school = "Access to education is generally guaranteed for undocumented children up to the age of 18."
    assert other_age("what schooling can an 8-year-old undocumented child get?", [school], hits(school)) is None
    # a length of time is no age range ("from 3 to 5 years")
    prolonged = "For family reunification, the conditionality of residence rights was prolonged from 3 to 5 years."
    assert other_age("which family reunification rules apply to a 19-year-old refugee?", [prolonged],
                     hits(prolonged)) is None


def test_a_deed_the_reports_give_only_as_a_plan_s_noun_is_refused_when_taken_as_done():
    from qa.plans import planned_not_done

    envisaged = ("Regarding integration, the 2019 coalition agreement of the Flemish government envisages making the "
                 "civic integration course tougher through the introduction of a minimum fee of 360 euros.")
    assert planned_not_done("Besides the minimum fee of 360 euros that Flanders has already introduced, how is the "
                            "civic integration course to be made tougher?", [envisaged]) == \
        f"the reports give this only as a plan: “{envisaged.rstrip('.')}”"  # probes14 11
    assert planned_not_done("Besides the minimum fee of 360 euros that Flanders is planning, how is the civic "
                            "integration course to be made tougher?", [envisaged]) is None
    # a deed told as done is no plan ("introduced" in the sentence itself)
    assert planned_not_done("Since Flanders has already introduced the fee, who pays it?",
                            ["The Flemish government introduced a minimum fee of 360 euros in 2019."]) is None


def test_a_rate_the_reports_never_name_needs_a_share_of_its_own_kind():
    # zn033: a share of the population from abroad is no unemployment rate
    question = "What is the unemployment rate among non-EU migrants in Belgium?"
    born = "As of 2018, 16.8% of the Belgian population came from a foreign country."
    assert problem(question, born) == "no sentence gives an unemployment rate"
    assert problem(question, "In 2018, 17% of non-EU migrants in Belgium were unemployed.") is None


def test_each_side_of_a_contrast_is_read_on_its_own():
    # zn029: "federal" holds for asylum and migration, not for integration
    said = "Asylum and migration is a federal competence in Belgium, whereas integration is regionalised."
    assert problem("Why is integration policy a federal competence in Belgium?", said) == \
        f"the reports make integration a regional matter, not federal: “{said.rstrip('.')}”"  # other_level_of_matter
    assert problem("Why is asylum policy a federal competence in Belgium?", said) is None
    assert problem("Why is integration regionalised in Belgium?", said) is None


def test_a_flemish_town_is_one_of_the_flemish_cities_asked_for():
    # zn007: Ghent is a Flemish city; a Walloon town, or the Flemish government, is another scope
    ghent = "Refu Interim builds bridges between local organisations and refugees in Ghent through volunteering."
    assert problem("Which other Flemish cities did Refu Interim spread to?", ghent) is None
    assert problem("Which Walloon towns did Refu Interim spread to?", ghent).startswith(
        "the reports say this about Ghent, not Wallonia")
    assert problem("Why does the Flemish government run Refu Interim?", ghent).startswith(
        "the reports say this about Ghent, not Flanders")


def test_a_count_asked_after_a_preposition_opens_a_part_of_its_own():
    # zn005: the second count was read as part of the first, and its answer (69 organisations) crowded out 210
    assert question_parts("In 2019, how many newcomers volunteered through Refu Interim, and with how many "
                          "organisations did the project work?") == [
        "In 2019, how many newcomers volunteered through Refu Interim",
        "with how many organisations did the project work?"]
    # "with" inside a part is no new part
    assert len(question_parts("How many newcomers did Refu Interim work with in 2019?")) == 1
    assert len(question_parts("How many volunteers and with which organisations?")) == 1


@pytest.mark.parametrize("question, said, word", [
    ("Why did the left-wing party N-VA start raising concerns about the Global Compact in autumn 2018?",
     "During autumn 2018, however, the right-wing nationalist political party N-VA started to raise critical "
     "concerns about the Global Compact.", "left-wing"),
    ("belgium's centre-left coalition of 2014-2018 restricted migrant rights - which groups did it focus on",
     "From 2014 until 2018, a centre-right coalition adopted numerous measures restricting migrant rights, with a "
     "particular focus on asylum seekers.", "centre-left"),
    ("Why do undocumented migrant families receive cash benefits from a public welfare centre?",
     "Undocumented migrant families can receive material assistance from a public welfare centre.", "cash"),
])
def test_opposites_of_political_side_and_of_support_in_kind(question, said, word):
    assert problem(question, said).startswith(f"the reports say the opposite of '{word}'")
    # the twin, with the reports' own word
    twin = question.replace("left-wing", "right-wing").replace("centre-left", "centre-right").replace(
        "cash benefits", "material assistance")
    assert problem(twin, said) is None


def test_the_end_of_a_year_is_a_time_not_an_ending():
    # seen in the web chat: "by the end of its first year" was refused as the opposite of "abolish"
    said = "Jobteam Gent is an extensive project that aims to help people with a migrant background find a job."
    assert problem("Roughly how many people had Jobteam Gent managed to reach by the end of its first year?",
                   said, "After one year, they have already reached 798 people.") is None
    # an ending still is one
    assert problem("Why did Ghent abolish Jobteam Gent?", said).startswith("the reports say the opposite")


def test_a_year_another_chosen_sentence_gives_with_the_question_s_names_is_not_contradicted():
    # zo005: the follow-up, resolved, reads its year; the best sentence is another letter's, of 2020
    other = ("On the national level, the citizen initiative Gent Zonder Grenzen (Ghent Without Borders) wrote an open "
             "letter to the city council of Ghent in June 2020 requesting the shelter of 300 asylum seekers.")
    letter = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call on the "
              "European Council to create a fair and common EU asylum system.")
    resolved = "what did he ask them to do? (for Ghent European Council former mayor wrote open letter 2018)"
    assert problem(resolved, other, letter) is None
    # no chosen sentence of that year with the question's names: still another year
    assert problem(resolved, other, passages=(f"{other} {letter}",)).startswith(
        "the reports say this about 2020, not 2018")
    assert problem("What did Gent Zonder Grenzen ask the city council in its 2018 open letter?", other,
                   letter).startswith("the reports say this about 2020, not 2018")


def test_an_office_told_with_what_it_is_for_and_a_title_before_the_name():
    # zo011: "the Belgian Special Envoy for Migration and Asylum Mr. Jean-Luc Bodson"
    hearing = ("During autumn, however, the N-VA started to raise critical concerns about the Compact, arguing "
               "that lawyers would try to enforce its provisions via litigation.1 In a parliamentary hearing on 4 "
               "December 2018, the Belgian Special Envoy for Migration and Asylum Mr. Jean-Luc Bodson emphasized "
               "that the text had been amended.")
    passages = hits(hearing)
    assert other_office("In his role as Secretary of State for Asylum and Migration, what did Jean-Luc Bodson tell "
                        "the parliamentary hearing on 4 December 2018?", [hearing], passages) == (
        "the reports call Bodson special envoy, not secretary of state: “In a parliamentary hearing on 4 December "
        "2018, the Belgian Special Envoy for Migration and Asylum Mr. Jean-Luc Bodson emphasized that the text had "
        "been amended”")
    for question in ("In his role as special envoy for migration, what did Jean-Luc Bodson tell the hearing?",
                     "What did Jean-Luc Bodson tell the parliamentary hearing on 4 December 2018?"):
        assert other_office(question, [hearing], passages) is None, question


def test_a_quote_asked_of_a_person_named_by_surname_alone_is_another_s():
    # zo008: "mayor termont" typed in lower case, his surname alone; the passages read name him in full
    letter = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to call on the "
              "European Council to create a fair and common EU asylum system.")
    mayor = ("In response, Ghent Mayor Mathias De Clercq proclaimed that “cooperation and solidarity across borders "
             "is more relevant than ever. The coronavirus doesn’t know any borders.”")
    passages = (f"{letter} {mayor}",)
    reason = problem("mayor termont quote about corona not knowing borders after the moria fire", mayor,
                     passages=passages)
    assert reason and reason.startswith("the reports give these words to Mathias De Clercq, not Daniël Termont")
    # the one quoted, by surname alone, and no quote asked for
    assert problem("mayor de clercq quote about corona not knowing borders after the moria fire", mayor,
                   passages=passages) is None
    assert problem("mayor termont and corona not knowing borders after the moria fire", mayor,
                   passages=passages) is None


def test_a_receiver_taken_as_the_giver_of_a_transfer_is_refused():
    # zo031: the regions received the powers; the question has the Flemish government hand them over
    devolved = ("On1st July 2014, the federal government devolved decision-making powers on matters relating to "
                "employment based immigration policy to three regions: the “Brussels Capital” region (Brussels), the "
                "Flemish region (Flanders) and the Walloon region (Wallonia).")
    assert swapped_transfer("flemish govt devolving employment migration to the regions in 2014, what was the "
                            "reason", [devolved]) == (
        f"the reports have the federal level hand it to Brussels, Flanders, Wallonia: “{quote(devolved)}”")
    # the giver the reports name, Belgium for it, and another receiver than theirs: not this check's to refuse
    for question in ("Why did the federal government devolve employment migration to the regions in 2014?",
                     "Why did Belgium devolve employment migration to the regions?",
                     "How did Flanders hand employment powers to Ghent?"):
        assert swapped_transfer(question, [devolved]) is None, question


def test_a_country_someone_is_sent_back_to_is_no_country_asked_for():
    # probes16: "deporting a Sudanese national to his country of origin" asks for no country
    court = ("On 27 October 2020, the European Court of Human Rights found in M.A. v. Belgium that Belgium had "
             "violated Article 3 ECHR by deporting a national to his country of origin, without sufficiently "
             "assessing the real risks he faced.")
    assert problem("In M.A. v. Belgium, why did the European Court of Human Rights find that deporting a national to "
                   "his country of origin violated Article 3 ECHR?", court) is None
    arrive = "The moment asylum seekers arrive in Ghent, they are brought into contact with relevant organisations."
    assert problem("what are their countries of origin, the asylum seekers arriving in Ghent", arrive) == (
        "no sentence names a country")


def test_one_and_a_half_gives_the_1_5_a_question_states():
    # probes16: "for almost 1.5 yrs" against "for almost one and a half years"
    said = "Renaud Teukam states: “I have now been working for Ivago for almost one and a half years.”"
    assert problem("which company did renaud teukam say he's been working at for almost 1.5 yrs", said) is None
    assert problem("which company did renaud teukam say he's been working at for almost 2.5 yrs", said) == (
        "the passages never mention 2.5")


def test_a_finding_the_question_gives_to_another_source():
    # heldout40 zo024 and probes16: the praise is ESF's, the label UNHCR's
    esf = ("According to ESF, “the project scores the maximum on expertise and experience because of a very strong "
           "relationship with its partner organisations”.")
    unhcr = "UNHCR declared Ghent a “solidarity city” with refugees."
    assert other_source("caritas praised Jobteam Gent as scoring max on expertise - why", [esf]) == (
        f"the reports give this to ESF, not caritas: “{quote(esf)}”")
    assert other_source("according to URBACT what does Jobteam Gent score the maximum on", [esf]).startswith(
        "the reports give this to ESF, not URBACT")
    assert other_source("What did the European Commission declare Ghent to be with regard to refugees?",
                        [unhcr]).startswith("the reports give this to UNHCR, not European Commission")
    # probes37 #6: the source after "by" in a clause that takes the label for granted
    urbact = "Ghent has been awarded an URBACT Good Practice for its policy toward refugees."
    assert other_source("Besides being declared a “solidarity city” with refugees by URBACT, what other recognition "
                        "did Ghent's Refugee Taskforce receive?", [unhcr, urbact]).startswith(
        "the reports give this to UNHCR, not URBACT")  # (URBACT gave another label)
    # the source the reports give (as written, spelled out or by its initials), the reports themselves, a
    # question's first word, and no other source given
    for question, sentence in (("according to the ESF what does Jobteam Gent score the maximum on", esf),
                               ("according to the european social fund what does jobteam gent score the maximum on",
                                esf),
                               ("according to the reports what does Jobteam Gent score the maximum on", esf),
                               ("Why was Jobteam Gent praised for its expertise score", esf),
                               ("What did UNHCR declare Ghent to be with regard to refugees?", unhcr),
                               ("What did the European Commission declare Ghent to be?",
                                "Ghent is a “solidarity city” with refugees."),
                               # probes37 #6's twin: a clause's opening is no source
                               ("Besides being declared a “solidarity city” with refugees by UNHCR, what other "
                                "recognition did Ghent's Refugee Taskforce receive?", unhcr)):
        assert other_source(question, [sentence]) is None, question


def test_what_came_of_a_success_told_the_other_way_round():
    # probes16: Refu Interim came of Batahlan's success, not the other way round
    told = "Due to the success and enthusiasm for Batahlan, Refu Interim was created in 2017."
    assert reversed_sequel("what yr was batahlan created after the success of refu interim", [told]) == (
        f"the reports tell it the other way round: “{quote(told)}”")
    for question in ("what yr was refu interim created after the success of batahlan",
                     "What year was Refu Interim created?",
                     "what yr was jobteam created after the success of refu interim"):
        assert reversed_sequel(question, [told]) is None, question
    # heldout55 yd022: "how did A inspire B" has A first
    for question in ("how did refu interim inspire cirq's batahlan show",
                     "How did Refu Interim lead to the Batahlan production?"):
        assert reversed_sequel(question, [told]) == f"the reports tell it the other way round: “{quote(told)}”"
    for question in ("how did cirq's batahlan show inspire refu interim", "how did batahlan lead to refu interim",
                     "how did refu interim inspire jobteam gent"):
        assert reversed_sequel(question, [told]) is None, question


def test_an_office_given_with_where_it_is_held_before_the_name():
    # probes16: "Belgium's ambassador to the UN, Jean-Luc Bodson"; the reports call him special envoy
    hearing = ("In a parliamentary hearing on 4 December 2018, the Belgian Special Envoy for Migration and Asylum Mr. "
               "Jean-Luc Bodson emphasized that the text had been amended.")
    assert other_office("At the parliamentary hearing of 4 December 2018, what did Belgium's ambassador to the UN, "
                        "Jean-Luc Bodson, emphasise about the text of the Compact?", [hearing], hits(hearing)) == (
        f"the reports call Bodson special envoy, not ambassador: “{quote(hearing)}”")
    assert other_office("At the parliamentary hearing of 4 December 2018, what did the Belgian Special Envoy for "
                        "Migration and Asylum, Jean-Luc Bodson, emphasise about the text of the Compact?", [hearing],
                        hits(hearing)) is None


def test_a_funder_taken_as_known_must_be_among_the_funders():
    # probes16: "besides the robert bosch stiftung who sponsors jobteam gent"
    sponsored = "Jobteam Gent is sponsored by the city of Ghent and the European Social Fund (ESF)."
    assert problem("besides the robert bosch stiftung who sponsors jobteam gent", sponsored) == (
        f"the reports name other funders than robert bosch stiftung: “{quote(sponsored)}”")
    for question in ("besides the esf who sponsors jobteam gent", "who sponsors jobteam gent",
                     "apart from the city of ghent, who funds jobteam gent"):
        assert problem(question, sponsored) is None, question


def test_starting_to_pay_for_something_is_no_founding_of_it():
    # zp009: "start paying" is the OCMW's funding, not a setting up the federal government did
    set_up = ("Ankerkracht (Anchor Power) was set up by the Belgian federal government and was originally funded by "
              "the European Union.")
    assert _other_actor("Why did Ghent's OCMW start paying for Project Ankerkracht out of its regular funds?",
                        [set_up], hits(set_up)) is None
    assert _other_actor("Why did Ghent's OCMW start Project Ankerkracht?", [set_up], hits(set_up)).startswith(
        "the reports name another actor, the Belgian federal government")


def test_a_possessive_s_is_no_word_of_a_name_read_together():
    from qa.together import names_apart

    # zp009: "Ghent's OCMW" is the OCMW of Ghent, told in the sentence before the one naming Ankerkracht
    passage = ("The same year, the OCMW of Ghent decided which projects that were no longer subsidised would be taken "
               "over with regular funds. Ankerkracht was one of the selected projects.")
    assert names_apart("Why did Ghent's OCMW start paying for Project Ankerkracht?", [], hits(passage)) is None
    assert names_apart("Why did Ghent's Jobteam start paying for Project Ankerkracht?", [], hits(passage)) == \
        "no passage read names Ghent's Jobteam, Project Ankerkracht together"


def test_a_court_asked_in_which_ruling_it_did_something_is_that_act_s_court():
    from qa.roles import other_court

    # zp030: "ruling" names no act of its own; "suspend" is the act asked about
    suspended = ("Following an application of fifteen civil society organisations, the Council of State suspended in "
                 "April 2019 a number of provisions of the royal decree establishing the detention regime.")
    reason = other_court("In which ruling did the Constitutional Court suspend the detention regime for families in "
                         "the family units?", [suspended], hits(suspended))
    assert reason and reason.startswith("the reports say the Council of State did this")
    assert other_court("In which ruling did the Council of State suspend the detention regime for families in the "
                       "family units?", [suspended], hits(suspended)) is None


def test_a_cause_and_effect_told_the_other_way_round_by_fell_over_or_led_to():
    from qa.causes import reversed_effect

    # zp029: the endorsement brought the government down, not the fall the endorsement
    fell = "The previous federal government in Belgium fell over public endorsement of the GCM."
    passage = f"Belgium voted for the Global Compact for Migration (GCM) in 2018. {fell}"
    question = "why did the fall of the belgian govt make it sign up to the global compact"
    assert reversed_effect(question, [fell], hits(passage)) == \
        f"the reports tell it the other way round: “{fell[:-1]}”"
    assert reversed_effect("why did signing up to the global compact make the belgian govt fall", [fell],
                           hits(passage)) is None
    led = ("The endorsement of the UN Global Compact by the previous federal government in 2018 led to its "
           "collapse.")
    assert reversed_effect(question, [led], hits(led)) == f"the reports tell it the other way round: “{led[:-1]}”"
    assert reversed_effect("How did the endorsement of the Global Compact lead to the collapse of the government?",
                           [led], hits(led)) is None


def test_a_cause_the_reports_never_tie_to_what_happened():
    from qa.causes import cause_untold, given_cause_untold

    # zu029: the reports tell the block, and the mayor's "The coronavirus doesn't know any borders", not a cause
    blocked = ("After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government "
               "set out to do, only to see the federal government block it.")
    passage = (f"{blocked} In response, Ghent Mayor Mathias De Clercq proclaimed that “cooperation and solidarity "
               "across borders is more relevant than ever. The coronavirus doesn’t know any borders.”")
    assert cause_untold("why did covid rules make the federal govt reject ghents offer to take in refugees from moria",
                        [blocked], hits(passage)) == f"the reports don't tie covid rules to it: “{blocked[:-1]}”"
    # a cause told with what happened is the reports' own
    assert cause_untold("why did the moria fire make ghent pledge to take in more refugees", [blocked],
                        hits(passage)) is None
    online = ("They first gained public attention through social media platforms and were forced to continue working "
              "online due to the COVID pandemic.")
    assert cause_untold("why did the pandemic force gent zonder grenzen to keep working online", [online],
                        hits(online)) is None
    # heldout48 zw014: a cause the question gives with "because of" is read the same way
    assert given_cause_untold("the federal govt blocked ghent's moria pledge because of covid restrictions - which "
                              "restrictions", [blocked], hits(passage)) == \
        f"the reports don't tie covid restrictions to it: “{blocked[:-1]}”"
    assert given_cause_untold("ghent pledged to take in more refugees because of the moria fire - how many",
                              [blocked], hits(passage)) is None


def test_a_body_said_to_cut_funding_had_to_be_a_funder():
    # zb032: the EU funded Ankerkracht; the federal government set it up
    set_up = ("Ankerkracht (Anchor Power) was set up by the Belgian federal government and was originally funded by "
              "the European Union.")
    reason = _other_actor("After the federal government cut Ankerkracht's funding in 2015, why did the OCMW of Ghent "
                          "decide to keep it going?", [set_up], hits(set_up))
    assert reason and reason.startswith("the reports name another actor, the European Union")
    assert _other_actor("After the European Union cut Ankerkracht's funding in 2015, why did the OCMW of Ghent "
                        "decide to keep it going?", [set_up], hits(set_up)) is None


def test_an_initiative_rejected_is_read_with_the_sentences_that_tell_what_it_was():
    from qa.roles import other_blocker

    # l030: "the initiative" leans on the open letter told three sentences before
    passage = ("Gent Zonder Grenzen wrote an open letter to the city council of Ghent in June 2020 requesting the "
               "shelter of 300 asylum seekers from Moria. With the support of Ghent, they then addressed this request "
               "to the federal government. The spokesman stated that the city wants to act. However, the initiative "
               "was rejected by the Belgian federal government.")
    first = passage.split(". ")[0] + "."
    reason = other_blocker("Why did Ghent's city council turn down Gent Zonder Grenzen's request to shelter 300 asylum "
                           "seekers from Moria?", [first], hits(passage))
    assert reason and reason.startswith("the reports say the Belgian federal government did this")
    assert other_blocker("Why did the federal government turn down Gent Zonder Grenzen's request to shelter 300 "
                         "asylum seekers from Moria?", [first], hits(passage)) is None


def test_a_place_or_a_month_in_a_name_need_not_be_read_with_it():
    from qa.together import names_apart

    # probes: "Belgium's Aliens Act of 15 December 1980" against "Belgian immigration law is the Aliens Act of 15th
    # December 1980": the place and the month are no words the name must be read with
    act = "The cornerstone of current Belgian immigration law is the Aliens Act of 15th December 1980."
    assert names_apart("Why has Belgium's Aliens Act of 15 December 1980 become so complex?", [act], hits(act)) is None
    assert names_apart("Why has Belgium's Aliens Act of 15 December 1980 hurt the Ghent Taskforce?", [act],
                       hits(act)) == \
        "no passage read names Belgium's Aliens Act of 15 December 1980, Ghent Taskforce together"


def test_a_place_in_an_organisation_s_name_is_no_place_asked_about():
    # probes: "Vluchtelingenwerk Vlaanderen" is an organisation, not Flanders
    tour = ("A collaboration between youth organisations arranged a four-day cycling tour in 2018 for newcomers and "
            "Belgians.")
    award = "This collaboration was granted a welcoming award by Vluchtelingenwerk Vlaanderen."
    assert problem("vluchtelingenwerk vlaanderen welcoming award for the cycling tour - what was that project",
                   tour, award) is None
    assert problem("flemish welcoming award for the cycling tour in flanders - what was that project", tour, award,
                   passages=(f"{tour} {award} The tour went through Belgium.",)) is not None


def test_a_body_folded_into_another_told_the_other_way_round():
    from qa.roles import swapped_change

    told = "Ghent decided to transform the Refugee Taskforce into the Migratieforum (Migration Forum)."
    assert swapped_change("Why did Ghent fold its Migratieforum into the Refugee Taskforce?", [told]) == \
        f"the reports say it the other way round: “{told[:-1]}”"
    assert swapped_change("Why did Ghent fold its Refugee Taskforce into the Migratieforum?", [told]) is None


def test_an_office_for_another_portfolio_than_the_reports_give():
    from qa.roles import other_portfolio

    said = ("The city recognises these initiatives, without taking them over. (Rudy Coddens, Alderman of Social "
            "Policy and Finance)")
    reason = other_portfolio("What did Rudy Coddens, Ghent's alderman for education and youth, say about bottom-up "
                             "initiatives?", [said], hits(said))
    assert reason == "the reports give Rudy Coddens another portfolio: “Rudy Coddens, Alderman of Social Policy and " \
                     "Finance”"
    assert other_portfolio("What did Rudy Coddens, Ghent's councillor for social policy and finance, say about "
                           "bottom-up initiatives?", [said], hits(said)) is None
    assert other_portfolio("What did Rudy Coddens say about bottom-up initiatives?", [said], hits(said)) is None


def test_proceedings_before_another_court():
    from qa.roles import other_court

    call = ("Until 1 June 2020, only two applicants invoked the GCM in proceedings before the Council for Alien Law "
            "Litigation (CALL).")
    reason = other_court("gcm invoked before the constitutional court - how many applicants up to june 2020", [call],
                         hits(call))
    assert reason and reason.startswith("the reports say the Council for Alien Law Litigation did this")
    assert other_court("gcm invoked before the council for alien law litigation - how many applicants up to june 2020",
                       [call], hits(call)) is None


def test_a_funder_typed_in_lower_case_against_a_long_list_of_funders():
    # probes: the thing named in lower case, the funders' list going on "and supported by ..."
    said = ("Moving Cities is a project from Seebrücke, Rosa Luxemburg Stiftung and Heinrich Böll Stiftung, funded by "
            "Robert Bosch Stiftung and Stiftungsfonds Zivile Seenotrettung and supported by many more initiatives.")
    reason = _other_actor("moving cities funded by open society foundations - which orgs run the project", [said],
                          hits(said))
    assert reason and reason.startswith("the reports name another actor, Robert Bosch Stiftung and Stiftungsfonds")
    assert _other_actor("moving cities funded by robert bosch stiftung - which orgs run the project", [said],
                        hits(said)) is None


def test_an_award_given_by_another_organisation():
    award = "This collaboration was granted a welcoming award by Vluchtelingenwerk Vlaanderen."
    assert other_source("unhcr welcoming award for the cycling tour - what was that project", [award]) == \
        f"the reports give this to Vluchtelingenwerk Vlaanderen, not unhcr: “{award[:-1]}”"
    assert other_source("What was the project that got the welcoming award from caritas?", [award]) == \
        f"the reports give this to Vluchtelingenwerk Vlaanderen, not caritas: “{award[:-1]}”"
    assert other_source("vluchtelingenwerk vlaanderen welcoming award for the cycling tour - what was that project",
                        [award]) is None


def test_a_nationality_typed_as_an_adjective_is_its_country():
    # probes: "mostly polish" against migrants who "mainly come from Bulgaria, Slovakia and Romania"
    said = ("This includes the many intra-European migrants residing in Ghent, who mainly come from Bulgaria, "
            "Slovakia and Romania.")
    assert problem("intra-eu migrants in ghent mostly polish - does the migratieforum cover them too", said)
    assert problem("intra-eu migrants in ghent mostly romanian - does the migratieforum cover them too", said) is None


def test_old_age_asked_without_a_number_is_an_age():
    from qa.figures import other_age

    # probes: "elderly asylum seekers" against "between 16 and 25 years old"
    target = ("Members of the target group of the project are between 16 and 25 years old and have been recognised as "
              "a refugee.")
    reason = other_age("What criteria must elderly refugees meet to join the project as members of its target group?",
                       [target], hits(target))
    assert reason and reason.startswith("the reports give another age")
    assert other_age("What criteria must young refugees meet to join the project as members of its target group?",
                     [target], hits(target)) is None


def test_the_previous_legislature_of_a_report_on_belgium_is_the_federal_one():
    # probes: a twin wrongly refused as "about Belgium, not the federal level"; its false premise ("which ... ended up
    # being adopted") is refused by what the reports say of the bills
    bills = ("Under the previous legislature, various bills were tabled to make the rules on family reunification more "
             "restrictive, also after Belgium had expressed its support for the GCM in the UN General Assembly.17 None "
             "of these\nwere adopted.")
    assert problem("What happened to the bills to make family reunification stricter that were tabled under the "
                   "previous federal legislature?", bills) is None
    assert problem("Which of the bills to make family reunification stricter, tabled under the previous federal "
                   "legislature, ended up being adopted?", bills).startswith(
        "the reports say none of these were adopted: “Under the previous legislature")
    # the federal level is still not Belgium's other bodies
    assert problem("What happened to the bills the federal coalition tabled on family reunification?",
                   "In 2018, Belgium tabled various bills on family reunification.")


def test_a_matter_put_at_another_level_of_government():
    from qa.roles import other_level_of_matter

    said = "Asylum and migration is a federal competence in Belgium, whereas integration is regionalised."
    reason = other_level_of_matter("why is asylum+migration a regional matter in belgium but integration federal",
                                   [], hits(said))
    assert reason == f"the reports make asylum and migration a federal matter, not regional: “{said[:-1]}”"
    assert other_level_of_matter("Why is integration policy a federal competence in Belgium?", [], hits(said)) == \
        f"the reports make integration a regional matter, not federal: “{said[:-1]}”"
    # the level asked, or the level right; a level word of something else ("local communities")
    for question in ("asylum+migration vs integration in belgium - which is federal, which regional",
                     "why is asylum and migration a federal matter in belgium but integration regional",
                     "Is integration a federal competence in Belgium?",
                     "What initiative supports the integration of newcomers into local communities?"):
        assert other_level_of_matter(question, [], hits(said)) is None, question


def test_words_a_question_says_one_person_said_that_another_is_given_are_refused():
    # zq002: "why did X say that ..." tells what X said, as "X said that ..." does
    coddens = ("Alderman Coddens describes this as follows: \"various initiatives and organizations arise from "
               "bottom-up initiatives and the city of Ghent recognizes and supports these initiatives and "
               "organizations, without taking them over\".")
    mayor = ("In this respect, Ghent Mayor Mathias De Clercq proclaimed that “cooperation and solidarity across "
             "borders is more relevant than ever”.")
    question = ("Why did Mayor Mathias De Clercq say that Ghent supports bottom-up initiatives without taking them "
                "over?")
    reason = problem(question, mayor, coddens)
    assert reason and reason.startswith("the reports give these words to Alderman Coddens, not Mathias De Clercq")
    assert problem("Why did Alderman Coddens say that Ghent supports bottom-up initiatives without taking them over?",
                   mayor, coddens) is None


def test_a_study_of_a_thing_s_impact_that_was_never_done():
    from qa.denials import study_never_done

    # zq018: "the impact study" is a study of the impact, which no research measured
    none = "Until now, no research has been conducted to measure the impact of this approach."
    reason = study_never_done("what did the impact study of ghent's contact-theory approach conclude", [none])
    assert reason == f"the reports say no such study was done: “{none[:-1]}”"
    assert study_never_done("has an impact study of ghent's contact-theory approach been done", [none]) is None
    assert study_never_done("what did the impact study of the reno boat conclude",
                            ["No research has been conducted on the labour market."]) is None


def test_a_measure_the_question_says_people_now_do_that_is_not_in_force_yet():
    from qa.plans import not_yet_done

    # zq025: "that migrants in Belgium now sign" takes the declaration as in force
    not_yet = ("The newcomers’ declaration is not implemented yet, as it depends on a collaboration agreement to be "
               "concluded with the three (Flemish, French-speaking, and German-speaking) Communities.")
    reason = not_yet_done("How has the mandatory newcomers' declaration that migrants in Belgium now sign changed "
                          "integration outcomes?", [not_yet])
    assert reason and reason.startswith("the reports say this is not in force yet")
    assert not_yet_done("How would the newcomers' declaration that migrants in Belgium will sign change integration "
                        "outcomes?", [not_yet]) is None
    assert not_yet_done("How has the newcomers' declaration changed the debate?", [not_yet]) is None
    # "since belgium began requiring ...", after what is asked: taken as begun (heldout54 yc028)
    plan = ("First, newcomers will be obliged in the future to sign a “newcomers’ declaration”, in which they commit "
            "to integrate.")
    reason = not_yet_done("What effects has the newcomers' declaration had since Belgium began requiring newcomers "
                          "to sign it?", [plan])
    assert reason and reason.startswith("the reports give this only as a plan: “First, newcomers will be obliged")
    assert not_yet_done("What effects has the newcomers' declaration had since Belgium began discussing it?",
                        ["Belgium began discussing a newcomers’ declaration in 2016."]) is None


def test_a_measure_asked_how_it_has_worked_out_since_it_was_brought_in_that_is_not_in_force_yet():
    from qa.plans import not_yet_done

    # heldout49 zx026: how it "has worked out", "since govt brought it in", takes the declaration as in use
    not_yet = ("The newcomers’ declaration is not implemented yet, as it depends on a collaboration agreement to be "
               "concluded with the three (Flemish, French-speaking, and German-speaking) Communities.")
    for question in ("how has the newcomers declaration worked out since govt brought it in",
                     "How have newcomers fared with the newcomers' declaration?",
                     "what changed for newcomers since the govt rolled out the newcomers declaration"):
        reason = not_yet_done(question, [not_yet])
        assert reason and reason.startswith("the reports say this is not in force yet"), question
    # look-alikes: what is in use, and a question of how it would work
    in_use = "Refu Interim has worked with 69 different organisations in 2019."
    assert not_yet_done("how has refu interim worked out since the city brought it in", [in_use]) is None
    assert not_yet_done("how would the newcomers declaration work once the communities agree", [not_yet]) is None


def test_people_bounded_by_a_bare_age_that_the_reports_target_none_of():
    from qa.figures import other_age

    # zq028: "refugees over 65" against a target group of 16 to 25; the age is told in a passage naming the project
    chosen = ("Project Ankerkracht is carried out by a multidisciplinary team to support young, recently arrived "
              "refugees in multiple domains of their lives.")
    aged = ("As the name of the project suggests, Ankerkracht aims to “anchor” young refugees in Ghent’s society. "
            "Members of the target group of the project are between 16 and 25 years old, have been recognised as a "
            "refugee or granted subsidiary protection.")
    read = hits(chosen, aged)
    reason = other_age("what support does ankerkracht give to refugees over 65", [chosen], read)
    assert reason and reason.startswith("the reports give another age: “Members of the target group")
    # some of 16 to 25 are over 18 and under 25; "over 65 percent" is no age
    for question in ("what support does ankerkracht give to refugees over 18",
                     "what support does ankerkracht give to refugees under 25",
                     "does ankerkracht reach refugees over 65 percent of the time"):
        assert other_age(question, [chosen], read) is None, question


def test_an_event_set_in_a_year_nothing_read_names_against_the_year_told():
    from qa.figures import other_event_year

    # zq006: the government fell over the Compact in 2018; nothing read names 2016
    told = ("It is at the same time a highly sensitive issue, illustrated, for instance, by the fact that the "
            "endorsement of the UN Global Compact for Safe, Orderly and Regular Migration – a non-binding "
            "international instrument – by the previous federal government in 2018 led to its collapse.")
    question = "why did the belgian govt fall over the UN migration compact in 2016"
    assert other_event_year(question, [told], hits(told)) == f"the reports give another year: “{told[:-1]}”"
    assert other_event_year(question.replace("2016", "2018"), [told], hits(told)) is None
    # a year some passage names, a year asked for, or a year as a bound is left to other checks
    assert other_event_year(question, [told], hits(told, "In 2016 the N-VA left.")) is None
    assert other_event_year("when did the belgian govt fall over the UN migration compact, 2016?", [told],
                            hits(told)) is None
    assert other_event_year("why did the belgian govt fall over the UN migration compact since 2016", [told],
                            hits(told)) is None


def test_a_jail_sentence_asked_for_is_a_length_of_time():
    # zq026: "what jail sentence" wants "a prison sentence of 3 months to 1 year"
    kind = classify("What jail sentence for staying in Belgium without papers did the return-policy commission "
                    "recommend?")
    assert kind.wants_number and kind.wants_duration
    assert not classify("What sentence did the commission write about jail?").wants_duration


def test_a_plan_taken_as_done_with_adverbs_and_a_passive_between():
    from qa.plans import planned_not_done

    # probes18: "will be fully developed" is a plan; "aims to fully develop" does not say it was done
    plan = ("The federal coalition agreement announces that alternatives to detention (regular administrative and/or "
            "police checks, bail, electronic supervision etc.) will be fully developed and systematically evaluated.")
    aims = "The new federal government aims to fully develop alternatives to detention."
    reason = planned_not_done("which alternatives to detention has the new fed govt already fully developed under its "
                              "coalition agreement", [plan, aims])
    assert reason and reason.startswith("the reports give this only as a plan")
    assert planned_not_done("which alternatives to detention has the new fed govt already fully developed",
                            [plan, "Bail and electronic supervision were fully developed in 2021."]) is None


def test_a_time_before_an_event_that_the_reports_set_after_it():
    from qa.causes import other_side_of_event

    after = ("This did not substantively impact on the reasoning or outcome of the judgments.6 One year after the "
             "adoption of the GCM, a coalition of NGOs launched an Action Plan.")
    assert other_side_of_event("One year before the adoption of the GCM, what did a coalition of NGOs launch?",
                               [after]) == ("the reports give the other side of it: “One year after the adoption of "
                                            "the GCM, a coalition of NGOs launched an Action Plan”")
    assert other_side_of_event("One year after the adoption of the GCM, what did a coalition of NGOs launch?",
                               [after]) is None
    assert other_side_of_event("Two years before the adoption of the GCM, what did NGOs launch?", [after]) is None


def test_a_rough_amount_the_reports_give_otherwise():
    from qa.figures import other_magnitude

    took = ("Some of the intermediaries had accepted money (arguably thousands of euros) from persons who wanted to "
            "be put on the list to qualify for a humanitarian visa.")
    question = "The intermediaries arguably accepted {} of euros; from whom did they take it?"
    reason = other_magnitude(question.format("millions"), [took], hits(took))
    assert reason and reason.startswith("the reports give another amount: “Some of the intermediaries")
    assert other_magnitude(question.format("thousands"), [took], hits(took)) is None
    assert other_magnitude("did thousands of refugees take part?", [took], hits(took)) is None  # another unit


def test_a_group_the_reports_give_only_as_its_non_group():
    from qa.denials import non_taken_away

    non_eu = ("As of 2018, 16.8% (or 1.9 million) of the Belgian population came from a foreign country, among which "
              "more than one million were non-EU citizens.")
    reason = non_taken_away("in 2018 over 1 million of belgium's foreign-born residents were eu citizens, what % of "
                            "the population came from abroad", [non_eu])
    assert reason and reason.startswith("the reports say “non-EU citizens”")
    assert non_taken_away("in 2018 over 1 million of belgium's foreign-born residents were non-eu citizens, what % "
                          "of the population came from abroad", [non_eu]) is None
    both = non_eu + " Another 900,000 were EU citizens from the population abroad."
    assert non_taken_away("in 2018 how many of belgium's foreign-born residents were eu citizens from abroad",
                          [both]) is None


def test_upheld_is_uphold_for_a_denial():
    # probes18: "did not uphold all complaints" denies "the courts upheld all complaints"
    told = ("Challenging the legality of these measures in court has proven the most successful way of influencing "
            "migration policy, even if the courts did not uphold all complaints.")
    reason = problem("Given that the courts upheld all complaints, what has proven the most successful way for "
                     "Belgian civil society to influence migration policy?", told)
    assert reason and reason.startswith("the reports say otherwise")
    assert problem("Given that the courts did not uphold all complaints, what has proven the most successful way for "
                   "Belgian civil society to influence migration policy?", told) is None


def test_where_something_came_from_is_compared_with_where_the_reports_have_it_come_from():
    from qa.contradiction import _other_scope

    # probes18: "from the italian islands" against "from the Greek islands"
    told = ("Pressure from civil society and some cities led to the relocation of 18 unaccompanied minors from the "
            "Greek islands of Lesbos and Samos in August 2020.")
    reason = _other_scope("how many unaccompanied minors were relocated from the italian islands in aug 2020",
                          told, "Belgium")
    assert reason and reason.startswith("the reports say this about Greece, not Italy")
    assert _other_scope("how many unaccompanied minors were relocated from the greek islands in aug 2020",
                        told, "Belgium") is None


def test_a_count_of_centres_is_read_in_centers_too():
    from qa.premise import _count_missing

    # probes18 twin: British "centres" asked, American "centers" written
    told = "In Ghent, we started a cooperation in between three reception centers."
    assert _count_missing("ghent started a cooperation between its reception centres - how many centres and why",
                          [told]) is None
    assert _count_missing("how many volunteers joined the reception centres", [told]) is not None


def test_the_growing_number_of_something_asks_no_count():
    # probes18 twin: a trend is the subject, not what is asked
    assert not classify("According to the view from Ghent, how did the growing number of refugees lead the federal "
                        "government to provide more accommodation?").wants_number
    assert classify("What was the number of refugees in Ghent in 2015?").wants_number


def test_a_year_with_a_footnote_s_number_after_its_stop_is_that_year():
    from qa.premise import _stated_number_missing

    # probes18 twin: "in 2016.50 This creates a tension" gives 2016
    told = "the conditionality of residence rights were prolonged from 3 to 5 years in 2016.50 This creates a tension."
    assert _stated_number_missing("conditionality prolonged from 3 to 5 yrs in 2016 - what tension does that create",
                                  hits(told)) is None
    assert _stated_number_missing("conditionality prolonged from 3 to 5 yrs in 2017 - what tension does that create",
                                  hits(told)) == "the passages never mention 2017"


def test_lengths_of_time_typed_short_and_with_a_decimal():
    from qa.figures import spans

    assert spans("prolonged from 3 to 10 yrs") == [(3.0, "year", "3 years"), (10.0, "year", "10 years")]
    assert spans("for almost 1.5 yrs") == []  # not the "5 yrs" of "1.5"
    assert spans("3 mths and 2 wks") == [(3.0, "month", "3 months"), (2.0, "week", "2 weeks")]


def test_powers_the_regions_are_said_to_hand_to_the_federal_level_that_it_handed_them():
    devolved = ("On 1st July 2014, the federal government devolved decision-making powers on matters relating to "
                "employment based immigration policy to three regions: the “Brussels Capital” region (Brussels), "
                "the Flemish region (Flanders) and the Walloon region (Wallonia).")
    reason = swapped_transfer("In July 2014, which powers did the three Belgian regions devolve to the federal "
                              "government?", [devolved])
    assert reason and reason.startswith("the reports say it the other way round")
    assert swapped_transfer("In July 2014, which powers did the Belgian federal government devolve to the three "
                            "regions?", [devolved]) is None


def test_one_thing_said_to_act_on_another_that_the_reports_have_act_on_it():
    from qa.causes import reversed_influence

    told = ("Moreover, the local economy and demographic profiles of the local area strongly influence the type of "
            "incoming migrants and shape their subsequent integration paths.")
    reason = reversed_influence("how does the type of incoming migrants influence the local economy and demographic "
                                "profile of an area", [told])
    assert reason and reason.startswith("the reports tell it the other way round: “Moreover, the local economy")
    assert reversed_influence("how do the local economy and demographic profile of an area influence the type of "
                              "incoming migrants", [told]) is None


def test_a_cause_and_effect_told_the_other_way_round_within_one_sentence():
    from qa.causes import reversed_in_one

    told = ("Due to the growing number of refugees, the federal government decided to provide more accommodation for "
            "refugees.")
    reason = reversed_in_one("According to the view from Ghent, how did the federal government's provision of more "
                             "accommodation lead to the growing number of refugees?", [told])
    assert reason == f"the reports tell it the other way round: “{told[:-1]}”"
    assert reversed_in_one("Why did the growing number of refugees lead to the provision of more accommodation?",
                           [told]) is None


def test_a_source_given_mid_sentence_and_one_that_has_called_for_something():
    urbact = ("- (4) Lastly, according to URBACT, the Refugee Taskforce serves as a replicable and transferrable "
              "solution for other European cities.")
    reason = other_source("according to eurocities what can ghent's refugee taskforce serve as for other european "
                          "cities", [urbact])
    assert reason and reason.startswith("the reports give this to URBACT, not eurocities")
    assert other_source("according to urbact what can ghent's refugee taskforce serve as for other european cities",
                        [urbact]) is None
    myria = ("Myria has called on policymakers to launch a “major national survey” to deepen and broaden knowledge "
             "about migration.")
    reason = other_source("Unia has called for a major national survey on migration; who should conceive and carry "
                          "it out?", [myria])
    assert reason and reason.startswith("the reports give this to Myria, not Unia")
    assert other_source("Myria has called for a major national survey on migration; who should conceive and carry "
                        "it out?", [myria]) is None


def test_phased_out_against_reinforced_and_long_periods_against_short_ones():
    reinforced = ("On the other hand, the federal coalition agreement also states that forced returns should be "
                  "equally reinforced.")
    reason = problem("fed coalition agreement says forced returns should be phased out - what does that suggest about "
                     "deportations", reinforced)
    assert reason and reason.startswith("the reports say the opposite of 'phased out'")
    assert problem("fed coalition agreement says forced returns should be reinforced too - what does that suggest "
                   "about deportations", reinforced) is None
    short = ("A point of criticism voiced by civil society organizations is that the partnerships between Ghent and "
             "civil society organisations tend to be established for relatively short periods of time.")
    reason = problem("Civil society organisations say their partnerships with Ghent tend to be established for very "
                     "long periods of time; what do they say is needed?", short)
    assert reason and reason.startswith("the reports say the opposite of 'long periods'")
    assert problem("Civil society organisations say their partnerships with Ghent tend to be established for "
                   "relatively short periods of time; what do they say is needed?", short) is None


def test_money_of_one_level_of_government_that_the_reports_give_as_another_s():
    from qa.roles import other_level_of_funds

    told = ("Due to the impact on and responsibility of cities, it is important that cities can have direct access "
            "to European funds.")
    reason = other_level_of_funds("why does the ghent refugee taskforce coordinator want cities to have direct access "
                                  "to federal funds", [told])
    assert reason == f"the reports speak of other funds: “{told[:-1]}”"
    for level in ("european", "EU"):
        assert other_level_of_funds(f"why does the coordinator want cities to have direct access to {level} funds",
                                    [told]) is None
    assert other_level_of_funds("why were federal funds cut for the boat", [told]) is None  # another subject


def test_two_said_to_do_a_thing_together_of_whom_the_reports_name_another():
    from qa.roles import other_partner

    told = ("Furthermore, this objective is also pursued by an open-air exhibition, initiated by Ghent and IN-Gent "
            "vzw, where citizens of Ghent with a migrant background tell a story about their favorite place in Ghent.")
    reason = other_partner("open air exhibition by ghent and amnesty international - what do ghent citizens with a "
                           "migrant background tell a story about", [told])
    assert reason and reason.startswith("the reports name IN-Gent vzw, not amnesty international")
    assert other_partner("open air exhibition by ghent and in-gent vzw - what do ghent citizens with a migrant "
                         "background tell a story about", [told]) is None
    # a legal form names no one: "vzw Cirq" is not "vzw Thope" (probes33 #10)
    thope = ("A clear example is the cooperation agreement of December 2020 between Ghent and vzw Thope concerning the "
             "housing of resettled refugees.")
    assert other_partner("what was the dec 2020 cooperation agreement between ghent and vzw cirq on housing resettled "
                         "refugees about", [thope]) == (f"the reports name vzw Thope, not vzw cirq: “{quote(thope)}”")
    assert other_partner("what was the dec 2020 cooperation agreement between ghent and vzw thope on housing resettled "
                         "refugees about", [thope]) is None
    unveiled = ("This does not prevent, however, to provide clarity about a number of criteria.12 Early 2019, a "
                "‘scandal’ burst out in relation to practices unveiled in parallel by a judicial investigation and "
                "a TV documentary.")
    reason = other_partner("In early 2019, which humanitarian visa practices were unveiled by a parliamentary inquiry "
                           "and a TV documentary?", [unveiled])
    assert reason and reason.startswith("the reports name a judicial investigation, not a parliamentary inquiry: "
                                        "“Early 2019")
    assert other_partner("In early 2019, which practices were unveiled by a judicial investigation and a TV "
                         "documentary?", [unveiled]) is None


def test_a_year_s_legal_text_named_as_another_kind_of_text():
    from qa.roles import other_instrument

    law = ("Second, a 2016 law inserted integration as a residence condition, in that the Immigration Office can end a "
           "residence right when the person has not made “a reasonable effort to integrate”.")
    reason = other_instrument("Under the 2016 royal decree that made integration a residence condition, what can the "
                              "Immigration Office do?", [law])
    assert reason and reason.startswith("the reports name another kind of text: “Second, a 2016 law")
    assert other_instrument("Under the 2016 law that made integration a residence condition, what can the "
                            "Immigration Office do?", [law]) is None
    decree_law = ("A war-time ‘decree law on aliens’ police’ in 1939 gave the Executive full control over the presence "
                  "of foreigners on Belgian territory.")
    assert other_instrument("What did Belgium's war-time act of parliament on aliens' police of 1939 give the "
                            "Executive?", [decree_law])
    for kind in ("decree law", "decree", "law"):  # one names the other
        assert other_instrument(f"What did Belgium's war-time {kind} on aliens' police of 1939 give the Executive?",
                                [decree_law]) is None, kind


def test_people_younger_than_an_age_meet_a_range_that_starts_below_it():
    from qa.figures import other_age

    aged = "Members of the target group of Ankerkracht are between 16 and 25 years old and refugees."
    assert other_age("what support does ankerkracht give to refugees younger than 20", [aged], hits(aged)) is None
    assert other_age("what support does ankerkracht give to refugees younger than 12", [aged], hits(aged))


@pytest.mark.parametrize("question, twin, sentence, word", [
    # probes19: a comparison or a manner told the other way round
    ("immigrants outperform natives on employment and civic participation in many eu states - so what is the "
     "article trying to understand",
     "immigrants underperform natives on employment and civic participation in many eu states - so what is the "
     "article trying to understand",
     "Immigrants underperform relative to the native population across many economic and social outcomes—a fact "
     "that has been documented in many EU member states.", "outperform"),
    ("Why does Jobteam Gent offer shorter-term and less tailored support than the regular interim offices?",
     "Why does Jobteam Gent offer more long-term and tailored support than the regular interim offices?",
     "One of the unique strengths of Jobteam Gent is that they offer more long-term and tailored support than "
     "provided by the regular interim offices.", "shorter-term"),
    ("medical age testing for unaccompanied minors in belgium is optional and rarely used - why is it still "
     "contested",
     "unaccompanied minors in belgium very often have to undergo medical age testing - why is that contested",
     "Currently, however, unaccompanied minors very often have to undergo medical age testing, a procedure that is "
     "contested.", "optional"),
    ("How has the 'urgent medical assistance' procedure given irregular migrants in Belgium easy and effective "
     "access to health care?",
     "What frustrates irregular migrants' effective access to health care through the 'urgent medical assistance' "
     "procedure?",
     "Irregular migrants have access to health care through the procedure “urgent medical assistance”. Effective "
     "access is frustrated, however, by the complexity of the procedure.", "easy access"),
])
def test_an_opposite_comparison_or_manner_is_refused_and_its_twin_answered(question, twin, sentence, word):
    reason = problem(question, sentence)
    assert reason and reason.startswith(f"the reports say the opposite of '{word}'")
    assert problem(twin, sentence) is None


def test_a_kind_of_thing_the_reports_say_there_is_none_of():
    from qa.denials import none_such

    told = ("The granting of a humanitarian regularization is a discretionary competence of the Secretary of State "
            "for Asylum and Migration. There are no clear criteria on the basis of which such a regularization is "
            "granted.")
    reason = none_such("What are the clear legal criteria used to decide whether someone is granted a humanitarian "
                       "regularisation in Belgium?", [told])
    assert reason and reason.startswith("the reports say there are no clear criteria: “")
    # what the criteria are, without saying they are clear, is answered by the sentence
    assert none_such("What criteria are used to decide whether someone is granted a humanitarian regularisation in "
                     "Belgium?", [told]) is None
    assert none_such("Given that there are no clear criteria for granting a humanitarian regularisation, what risk "
                     "does this create?", [told]) is None


def test_a_measure_the_reports_say_there_is_none_of_at_a_level():
    from qa.denials import none_such

    # zu032: "the federal scheme that funds ..." against "no specific policy at the federal level to support ..."
    told = ("Moreover, there is no specific policy at the federal level to support development initiatives of diaspora "
            "organisations.")
    reason = none_such("whats the name of the federal scheme that funds diaspora orgs' development projects", [told])
    assert reason == f"the reports say there is no specific policy at the federal level: “{told.rstrip('.')}”"
    assert none_such("which federal programme supports development initiatives of diaspora organisations", [told])
    # another level, or asking whether there is one, is no such claim
    assert none_such("which flemish programme supports development initiatives of diaspora organisations",
                     [told]) is None
    assert none_such("is there a federal scheme that funds diaspora orgs' development projects", [told]) is None


def test_one_of_two_the_reports_say_both_are():
    from qa.denials import only_of_both

    # probes24: both coalition agreements reaffirm the SDGs
    both = ("Both the federal and the Flemish coalition agreement reaffirm their commitment to realizing the "
            "sustainable development goals (SDGs).")
    asked = ("Only the federal coalition agreement, not the Flemish one, reaffirms a commitment to realising the "
             "Sustainable Development Goals. Are the aid indicators on track?")
    assert only_of_both(asked, [both]) == f"the reports say both: “{both[:-1]}”"
    assert only_of_both(asked.replace("Only the federal coalition agreement, not the Flemish one,",
                                      "The federal coalition agreement"), [both]) is None
    # a sentence on something else that both do is no answer to it
    assert only_of_both(asked, ["Both the federal and the Flemish government fund integration courses."]) is None


def test_others_besides_one_the_reports_say_is_the_only_one():
    from qa.denials import only_one

    told = ("The Flemish Agency for Integration and Civic Integration (AGII) offers a very comprehensive website with "
            "information on immigration rules and procedures, albeit only in Dutch.")
    reason = only_one("Besides Dutch, in which languages does the AGII's website explain immigration rules and "
                      "procedures?", [told])
    assert reason and reason.startswith("the reports say only Dutch: “The Flemish Agency")
    assert only_one("In which languages does the AGII's website explain immigration rules and procedures?",
                    [told]) is None
    assert only_one("Besides the website, how does the AGII explain immigration rules and procedures?", [told]) is None


def test_findings_of_a_study_the_reports_give_only_as_a_plan():
    from qa.denials import study_never_done

    told = "The federal coalition agreement also envisages an external audit of the asylum and migration authorities."
    reason = study_never_done("What did the external audit of Belgium's asylum and migration authorities conclude?",
                              [told])
    assert reason and reason.startswith("the reports give this study only as a plan: “The federal coalition")
    assert study_never_done("What will the external audit of the asylum and migration authorities examine?",
                            [told]) is None


def test_a_deed_taken_as_done_that_a_sentence_says_will_be_done():
    from qa.plans import planned_not_done

    told = ("In line with the GCM, the new federal coalition agreement announces that human rights considerations "
            "will guide the drafting of readmission agreements, which will be subject to parliamentary scrutiny.")
    reason = planned_not_done("which readmission agreements has the belgian parliament already scrutinised under the "
                              "new human rights rules", [told])
    assert reason and reason.startswith("the reports give this only as a plan")
    assert planned_not_done("which readmission agreements will the belgian parliament scrutinise under the new "
                            "human rights rules", [told]) is None


def test_a_rule_said_to_still_hold_that_the_reports_say_was_abolished():
    from qa.plans import ended_rule_taken_as_current

    told = ("For instance, the rule that people born in Belgium or who had moved to Belgium before the age of 12 "
            "could not be deported was abolished.")
    reason = ended_rule_taken_as_current("belgium still can't deport people born there or who arrived before age 12 "
                                         "- why was that protection kept after the attacks", [told])
    assert reason and reason.startswith("the reports say this rule was abolished")
    # asked, not claimed
    assert ended_rule_taken_as_current("can belgium still not deport people born there or who arrived before age 12?",
                                       [told]) is None


def test_a_change_told_with_later_between_is_read_the_other_way_round():
    from qa.roles import swapped_change

    told = "Ghent decided to transform the Refugee Taskforce into the Migratieforum (Migration Forum)."
    reason = swapped_change("Since the Migratieforum was later turned into the Refugee Taskforce, how did its focus "
                            "change?", [told])
    assert reason and reason.startswith("the reports say it the other way round")
    assert swapped_change("Since the Refugee Taskforce was later turned into the Migratieforum, how did its focus "
                          "change?", [told]) is None


def test_how_big_a_grant_wants_an_amount():
    # (a number, not an amount: "how big" alone would want any quantity)
    sponsored = "The project of 35 staff members is sponsored by the city of Ghent and the European Social Fund (ESF)."
    assert problem("how big was the jobteam gent grant from the european social fund", sponsored) == \
        "no sentence gives an amount"
    assert problem("how big was the jobteam gent grant from the european social fund",
                   "Jobteam Gent received a grant of €2 million from the European Social Fund (ESF).") is None


def test_an_office_given_while_he_was_in_it():
    told = ("According to alderman Coddens, together with the mayor competent for the refugee policy of Ghent, the "
            "real strength of the Refugee Taskforce has always been in the daily efforts of professional staff.")
    reason = other_office("what did rudy coddens do for refugees while he was mayor of ghent", [told], hits(told))
    assert reason and reason.startswith("the reports call Coddens alderman, not mayor")
    assert other_office("what did rudy coddens do for refugees while he was alderman in ghent", [told],
                        hits(told)) is None


def test_a_sentence_with_the_question_s_own_word_outweighs_an_opposite_elsewhere():
    relaxed = ("The Flemish government has relaxed the conditions for obtaining a work permit for (some) foreign "
               "employees as from 1 January 2019, in order to attract (especially higher qualified) foreign personnel.")
    tougher = ("Regarding integration, the 2019 coalition agreement of the Flemish government envisages making the "
               "civic integration course tougher through the introduction of a minimum fee of 360 euros.")
    assert problem("flemish govt relaxed work permit conditions from 1 jan 2019 - which foreign workers was it trying "
                   "to attract", tougher, relaxed) is None
    reason = problem("flemish govt tightened work permit conditions from 1 jan 2019 - which foreign workers was it "
                     "trying to keep out", relaxed, tougher)
    assert reason and reason.startswith("the reports say the opposite of 'tighten': “The Flemish government has")


def test_why_not_done_is_not_contradicted_by_a_sentence_telling_a_lack():
    lack = ("1. Databases such as the Crossroads Bank for Social Security and the National Register contain a wealth "
            "of information, but there is “a lack of political will” to make these data sufficiently accessible to "
            "researchers.")
    assert problem("why are crossroads bank for social security + national register data not sufficiently "
                   "accessible to researchers", lack) is None


def test_a_budget_line_is_no_sum_asked():
    assert not classify("How does the Flemish development policy treat diaspora organisations as partners, and does "
                        "it give them a separate budget line?").wants_number
    assert classify("what budget does the Flemish development policy give diaspora organisations").wants_number


def test_a_source_given_by_office_and_surname_is_another_source():
    told = ("According to alderman Coddens, together with the mayor competent for the refugee policy of Ghent, “the "
            "real strength and power of the Refugee Taskforce has always been in the daily efforts of professional "
            "staff.")
    reason = other_source("According to Vluchtelingenwerk Vlaanderen, where has the real strength and power of Ghent's "
                          "Refugee Taskforce always lain?", [told])
    assert reason and reason.startswith("the reports give this to alderman Coddens, not Vluchtelingenwerk Vlaanderen")
    assert other_source("According to alderman Coddens, where has the real strength and power of Ghent's Refugee "
                        "Taskforce always lain?", [told]) is None


def test_words_asked_of_an_office_and_a_lower_case_surname_given_to_another():
    letter = ("On the national level, the citizen initiative Gent Zonder Grenzen (Ghent Without Borders) wrote an open "
              "letter to the city council of Ghent in June 2020 requesting the shelter of 300 asylum seekers.")
    signal = ("The spokesman of alderman Coddens stated that “we have sent a clear signal that we want to exercise our "
              "responsibility for international solidarity”.")
    mayor = "As the mayor of Ghent, Mathias De Clercq put it, “a good time to think about those who are fleeing”."
    reason = problem("what clear signal did mayor de clercq say ghent sent when it backed gent zonder grenzen's "
                     "request", letter, signal, passages=(letter, signal, mayor))
    assert reason and reason.startswith("the reports give these words to the spokesman of alderman Coddens, not ")
    assert "De Clercq: “The spokesman" in reason
    # the spokesman's office is not given to Coddens
    assert problem("what clear signal did the spokesman of alderman coddens say ghent sent when it backed gent zonder "
                   "grenzen's request", letter, signal, passages=(letter, signal, mayor)) is None


def test_how_old_wants_a_sentence_giving_an_age():
    from qa.composer import _kind_match

    kind = classify("and how old do young ppl have to be to take part in it")
    assert kind.wants_age and not classify("how long does it run").wants_age
    assert not classify("How do Belgian authorities usually establish how old lone child migrants are?").wants_age
    aged = ("Members of the target group of the project are between 16 and 25 years old, have been recognised as a "
            "refugee or granted subsidiary protection.")
    assert _kind_match(aged, kind) > _kind_match("However, in 2015 European subsidies were ended.", kind)


def test_asylum_seekers_still_waiting_for_a_decision_are_not_recognised_refugees():
    target = ("Members of the target group of the project are between 16 and 25 years old, have been recognised as a "
              "refugee or granted subsidiary protection, receive a living wage and have been living in Ghent for less "
              "than one year.")
    reason = problem("What age range does Project Ankerkracht accept for asylum seekers who are still waiting for a "
                     "decision on their claim?", target)
    assert reason and reason.startswith("the reports say the opposite of 'waiting for a decision': “Members")
    assert problem("What age range does Project Ankerkracht accept for recognised refugees?", target) is None


def test_a_named_event_s_length_in_days_or_weeks_against_another():
    from qa.figures import other_days

    tour = ("Refugee organisations (SINGA and MENA) arranged a four-day cycling tour in 2018 for newcomers from Ghent "
            "to other cities in Belgium, called 'Circle of Cycle & Eetfestijn'.")
    reason = other_days("who organised the two-week circle of cycle & eetfestijn tour for ghent newcomers in 2018",
                        [tour])
    assert reason and reason.startswith("the reports give four days, not two weeks: “Refugee organisations")
    assert other_days("who organised the four-day circle of cycle & eetfestijn tour for ghent newcomers in 2018",
                      [tour]) is None
    # not named there: another tour
    assert other_days("who organised the two-week tour for ghent newcomers in 2018", [tour]) is None
    # probes35 #9: "week-long" is a week; the thing is the two words after the length, a year between aside
    assert other_days("who gave an award to the week-long 2018 cycling tour that took newcomers from ghent to other "
                      "belgian cities", [tour]).startswith("the reports give four days, not a week")
    assert other_days("who gave an award to the four-day 2018 cycling tour for newcomers", [tour]) is None
    assert other_days("who gave an award to the week-long 2018 cooking course for newcomers", [tour]) is None


def test_an_opening_span_the_reports_give_another_length():
    from qa.figures import other_first_span

    # probes35 #22: the exemption runs through the first year, not the first three
    exempt = ("3. Refugees and subsidiary protection holders are only exempted during the first year after the "
              "granting of international protection of the requirements of sufficient resources, sickness insurance "
              "and housing.")
    asked = ("Refugees in Belgium are exempt from the resources, sickness insurance and housing requirements for "
             "family reunification during the first {} after being granted protection. Why is this exemption still "
             "seen as an obstacle?")
    assert other_first_span(asked.format("three years"), [exempt]) == (
        "the reports say the first year, not the first three years: “3. Refugees and subsidiary protection holders "
        "are only exempted during the first year after the granting of international protection of the requirements "
        "of sufficient resources, sickness insurance and housing”")
    assert other_first_span(asked.format("2 years"), [exempt])
    # the span the reports give; another unit; a sentence on something else
    assert other_first_span(asked.format("year"), [exempt]) is None
    assert other_first_span(asked.format("three months"), [exempt]) is None
    assert other_first_span("How many people did Jobteam Gent reach in its first two years?", [exempt]) is None


def test_since_when_asked_of_what_the_reports_say_is_not_in_force_or_only_to_come():
    from qa.plans import not_yet_done

    future = ("First, newcomers will be obliged in the future to sign a “newcomers’ declaration”, in which they commit "
              "to integrate and actively participate in Belgian society and to respect its laws.44")
    not_yet = ("The newcomers’ declaration is not implemented yet, as it depends on a collaboration agreement to be "
               "concluded with the three (Flemish, French-speaking, and German-speaking) Communities.")
    asked = "since when do newcomers have to sign the newcomers declaration"
    reason = not_yet_done(asked, [future, not_yet])
    assert reason and reason.startswith("the reports say this is not in force yet: “The newcomers’ declaration")
    reason = not_yet_done(asked, [future])
    assert reason and reason.startswith("the reports give this only as a plan: “First, newcomers will be obliged")
    # a start the sentence gives
    devolved = ("On 1st July 2014, the federal government devolved decision-making powers on matters relating to "
                "employment based immigration policy to three regions, which will keep them.")
    assert not_yet_done("since when do the regions decide on employment based immigration policy", [devolved]) is None
    assert not_yet_done("what will newcomers have to sign in the future", [future]) is None
    assert not_yet_done("since when is the newcomers declaration in the works", [future, not_yet]) is None
    # heldout48 zw002: "since X have had to ..." takes the obligation as in force
    asked = ("Since newcomers in Belgium have had to sign the 'newcomers' declaration', how many of them have refused "
             "to sign it?")
    reason = not_yet_done(asked, [future])
    assert reason and reason.startswith("the reports give this only as a plan: “First, newcomers will be obliged")
    # an obligation the reports tell as in force is not a plan
    course = ("Since 2004, newcomers have had to follow a civic integration course, and the coalition agreement will "
              "introduce a fee of 360 euros for it.")
    assert not_yet_done("since newcomers have had to follow a civic integration course, how many passed it",
                        [course]) is None


def test_findings_of_a_study_on_this_approach_that_the_reports_say_was_never_done():
    from qa.denials import study_never_done

    idea = ("Building on the ideas of contact theory (which argues intergroup contact reduces prejudice), the aim is "
            "to help combat negative stereotypes and prejudices against newcomers.")
    none = "Until now, no research has been conducted to measure the impact of this approach."
    asked = "What did the 2019 Myria study on Ghent's contact-theory approach find about reduced prejudice?"
    reason = study_never_done(asked, [idea, none])
    assert reason and reason.startswith("the reports say no such study was done: “Until now")
    # "this approach" is not one the question names
    assert study_never_done("What did the 2019 Myria study on Ghent's buddy project find about reduced prejudice?",
                            [idea, none]) is None
    assert study_never_done("Has any study measured the impact of Ghent's contact-theory approach?",
                            [idea, none]) is None


def test_a_deed_said_to_be_for_one_skill_level_that_the_reports_tell_of_another():
    relaxed = ("In 2019, the federal and regional authorities transposed the provisions on the single permit – more "
               "than five years after the deadline though.14 The Flemish government has relaxed the conditions for "
               "obtaining a work permit for (some) foreign employees as from 1 January 2019, in order to attract "
               "(especially higher qualified) foreign personnel.")
    low = ('Access to the labour market for "low- skilled" labour migrants is only possible in exceptional cases (in '
           'case of specific shortages).15 In conclusion, whereas the GCM aims to provide labour mobility schemes for '
           'migrants at all skills levels, the Flemish government mainly focuses on medium and higher-skilled labour '
           'migrants.')
    medium = ("Flanders aims, among others, to tackle structural shortages in the labour market through simplifying "
              "access for “medium-skilled” migrant workers.")
    reason = problem("why did flanders relax work permits for low skilled migrants in 2019", relaxed, low)
    assert reason and reason.startswith("the reports say this of high-skilled people, not low-skilled: “The Flemish")
    assert problem("why did flanders relax work permits for higher qualified migrants in 2019", relaxed, low) is None

    from qa.levels import levels, other_skill_level

    assert levels('the Flemish government mainly focuses on medium and higher-skilled labour migrants') == {
        "medium", "high"}
    assert levels('Access to the labour market for "low- skilled" labour migrants') == {"low"}
    assert other_skill_level("why did flanders relax work permits for higher qualified migrants in 2019",
                             [relaxed, low]) is None
    assert other_skill_level("why did flanders relax work permits in 2019", [relaxed, low]) is None
    # the asked level's own sentence tells what the question says
    assert other_skill_level("what about low skilled labour migrants in flanders, how do they get a work permit",
                             [medium, low, relaxed]) is None
    assert other_skill_level("can low skilled migrants get work permits more easily since flanders relaxed them",
                             [relaxed, low]) is None


def test_a_negation_inside_a_rule_that_was_abolished_denies_nothing():
    rule = ("For instance, the rule that people born in Belgium or who had moved to Belgium before the age of 12 could "
            "not be deported was abolished.")
    assert problem("Why did Belgium abolish the rule protecting people who moved to Belgium before the age of 12 from "
                   "deportation?", rule) is None
    # a negation outside a rule still denies
    reason = problem("Why did Belgium abolish the rule protecting people who moved to Belgium before the age of 12 "
                     "from deportation?", "For instance, people born in Belgium or who had moved to Belgium before the "
                     "age of 12 could not be deported, and the rule was never abolished.")
    assert reason and reason.startswith("the reports say otherwise")


def test_a_rate_the_question_describes_is_no_rate_asked():
    lower = ("A lower employment rate and lower civic participation, as well as lower educational attainment of "
             "immigrant children all point to a lack of integration in host countries.")
    assert problem("According to the policy article, what does the lower employment rate of immigrants compared with "
                   "the native population indicate?", lower) is None
    assert problem("How does the employment rate of immigrants compare with that of the native population?",
                   lower) == "no sentence gives a rate (employment rate)"


def test_set_up_as_a_two_year_project_names_no_owner():
    started = ("The two-year project started in the beginning of 2020, initiated by the department of Work of Ghent "
               "and the OCMW, and was set up by the department of Work of Ghent.")
    assert _other_actor("Jobteam Gent was set up as a 2 year project, why do civil society orgs want more longevity",
                        [started], hits(f"Jobteam Gent. {started}")) is None
    reason = _other_actor("Since Jobteam Gent started as a Flemish government project, why do civil society orgs want "
                          "more longevity", [started], hits(f"Jobteam Gent. {started}"))
    assert reason and reason.startswith("the reports name another actor, the department of Work of Ghent")


def test_a_closed_centre_is_no_closing_asked_when():
    units = ("Further, in August 2018, Belgium started detaining families with children in newly constructed “family "
             "units” in a closed centre near Brussels airport – a measure which the Council of State has since "
             "suspended.")
    assert problem("When did Belgium start detaining families with children in 'family units' in a closed centre near "
                   "Brussels airport, and what happened to that measure?", units) is None
    assert problem("When did the closed centre for families near Brussels airport close?",
                   units) == "no sentence says when it ended"


def test_a_person_given_with_an_office_of_two_words_the_reports_put_apart():
    from qa.together import unmentioned_name

    hearing = hits("In a parliamentary hearing of 4 December 2018, the Belgian Special Envoy for Migration and Asylum "
                   "Mr. Jean-Luc Bodson, who had negotiated the Compact, stated that the text was not amended.")
    asked = ("At the parliamentary hearing of 4 December 2018, what did Special Envoy {}, who had negotiated the "
             "Compact on behalf of Belgium, say about the amendments to the text?")
    assert unmentioned_name(asked.format("Jean-Luc Bodson"), hearing) is None
    assert unmentioned_name(asked.format("Jean-Luc Dubois"), hearing) == ("the reports never mention Special Envoy "
                                                                          "Jean-Luc Dubois")


def test_a_change_asked_the_other_way_round_with_its_names_in_lower_case():
    from qa.roles import swapped_change

    told = ("Because a coordinated and cooperative approach to migration and integration is not only relevant for "
            "refugees and asylum seekers, Ghent decided to transform the Refugee Taskforce into the Migratieforum "
            "(Migration Forum).")
    reason = swapped_change("why did ghent turn its migratieforum into the refugee taskforce", [told])
    assert reason and reason.startswith("the reports say it the other way round")
    assert swapped_change("why did ghent turn its refugee taskforce into the migratieforum", [told]) is None


def test_a_named_period_given_another_length():
    from qa.figures import other_period

    told = ("Moreover, until today, unaccompanied minors at the border can be detained with adults in a closed center "
            "during the age determination period (of 3 working days, which can be extended with another 3 days).")
    reason = other_period("During the age determination period of up to two months, can unaccompanied minors at the "
                          "border be detained together with adults?", [told])
    assert reason and reason.startswith("the reports give 3 days, not two months: “Moreover")
    assert other_period("During the age determination period of 3 working days, can unaccompanied minors at the "
                        "border be detained together with adults?", [told]) is None
    # asked, not given
    assert other_period("Is the age determination period two months?", [told]) is None
    # another period
    assert other_period("During the asylum procedure of up to two months, can unaccompanied minors at the border be "
                        "detained together with adults?", [told]) is None


def test_a_day_s_date_given_another_year_that_a_report_names_for_something_else():
    from qa.figures import other_event_year

    relaxed = ("In 2019, the federal and regional authorities transposed the provisions on the single permit – more "
               "than five years after the deadline though.14 The Flemish government has relaxed the conditions for "
               "obtaining a work permit for (some) foreign employees as from 1 January 2019, in order to attract "
               "(especially higher qualified) foreign personnel.")
    read = hits(relaxed, "Moving Cities, 2021.")
    reason = other_event_year("why did flanders relax work permit conditions for foreign employees from 1 jan 2021",
                              [relaxed], read)
    assert reason and reason.startswith("the reports give another year: “The Flemish government has relaxed")
    assert other_event_year("why did flanders relax work permit conditions for foreign employees from 1 jan 2019",
                            [relaxed], read) is None
    # a year without a day: left to the checks that read what 2021 is the year of
    assert other_event_year("why did flanders relax work permit conditions for foreign employees in 2021",
                            [relaxed], read) is None


def test_an_agreement_between_two_of_whom_the_reports_name_another():
    from qa.roles import other_partner

    agreement = ("A clear example is the cooperation agreement of December 2020 between Ghent and vzw Thope concerning "
                 "the housing of resettled refugees through the requirement of homes to rent.")
    hart = "An example of an individual citizen initiative is Hart voor Vluchtelingen (Heart for Refugees)."
    asked = ("What did the December 2020 cooperation agreement between Ghent and {} on housing resettled refugees "
             "involve?")
    reason = other_partner(asked.format("Hart voor Vluchtelingen"), [agreement, hart])
    assert reason and reason.startswith("the reports name vzw Thope, not Hart voor Vluchtelingen: “A clear example")
    assert other_partner(asked.format("vzw Thope"), [agreement, hart]) is None
    # a chosen sentence that names the other with the one they share may tell it
    both = "Ghent and Hart voor Vluchtelingen also signed an agreement on housing."
    assert other_partner(asked.format("Hart voor Vluchtelingen"), [agreement, both]) is None


def test_when_a_thing_is_planned_that_the_reports_tell_as_done():
    from qa.plans import done_taken_as_planned

    sent = ("Ghent, together with other European cities, addressed the statement in April 2020 to the presidents of "
            "the EU institutions, offering to take in unaccompanied children from overcrowded refugee camps.")
    reason = done_taken_as_planned("When are Ghent and other European cities planning to send their Public Statement "
                                   "on Vulnerable Children to the presidents of the EU institutions?", [sent])
    assert reason and reason.startswith("the reports tell this as already done: “Ghent, together")
    assert done_taken_as_planned("When did Ghent and other European cities send their Public Statement on Vulnerable "
                                 "Children to the presidents of the EU institutions?", [sent]) is None
    # a sentence that tells a plan
    planned = ("Ghent, together with other European cities, will address the statement in April 2020 to the presidents "
               "of the EU institutions.")
    assert done_taken_as_planned("When are Ghent and other European cities planning to send their Public Statement "
                                 "to the presidents of the EU institutions?", [planned]) is None


def test_what_gave_rise_to_what_told_the_other_way_round_within_one_sentence():
    from qa.causes import reversed_in_one

    told = ("The setting for our analysis is Belgium, due to its multilevel governance system and high degree of "
            "autonomy at the regional and municipal levels.3 These factors lead to variation in the migration policies "
            "within the country.")
    reason = reversed_in_one("According to Yar and Laurentsyeva, how did the variation in migration policies within "
                             "Belgium give rise to its multilevel governance system?", [told])
    assert reason and reason.startswith("the reports tell it the other way round: “The setting")
    assert reversed_in_one("According to Yar and Laurentsyeva, how does Belgium's multilevel governance system give "
                           "rise to variation in migration policies within the country?", [told]) is None


def test_a_yes_no_question_after_a_clause_that_states_what_is_given():
    from qa.question import asks_yes_no, told_before_yes_no

    asked = ("Given that humanitarian regularisation is a discretionary competence of the Secretary of State for "
             "Asylum and Migration, are there clear criteria for granting it?")
    assert asks_yes_no(asked)
    assert told_before_yes_no(asked) == ("humanitarian regularisation is a discretionary competence of the Secretary "
                                         "of State for Asylum and Migration")
    told = ("The granting of a humanitarian regularization is a discretionary competence of the Secretary of State for "
            "Asylum and Migration.30 There are no clear criteria on the basis of which such a regularization is "
            "granted.")
    assert problem(asked, told) is None
    # a question word after the clause asks no yes/no
    why = ("Given that humanitarian regularisation is a discretionary competence of the Secretary of State, why are "
           "there clear criteria for granting it?")
    assert not asks_yes_no(why) and told_before_yes_no(why) is None
    assert problem(why, told)


def test_a_thing_said_to_go_on_since_a_year_that_the_reports_have_end():
    from qa.plans import ended_span_taken_as_ongoing

    told = ("From 2014 until 2018, a centre-right coalition adopted numerous measures restricting migrant rights, with "
            "a particular focus on asylum seekers, family migrants and irregular migrants.")
    reason = ended_span_taken_as_ongoing("what measures is the centre-right coalition in power since 2014 currently "
                                         "taking against sham relationships", [told])
    assert reason and reason.startswith("the reports say this ran from 2014 until 2018: “From 2014")
    assert ended_span_taken_as_ongoing("what measures did the centre-right coalition in power from 2014 until 2018 "
                                       "take against sham relationships", [told]) is None
    # "since 2014" alone bounds a time, it claims nothing going on
    assert ended_span_taken_as_ongoing("what measures has the centre-right coalition taken since 2014 against sham "
                                       "relationships", [told]) is None
    assert ended_span_taken_as_ongoing("is the centre-right coalition in power since 2014 still taking measures?",
                                       [told]) is None


def test_more_than_a_target_reached_against_a_lower_count_reached():
    from qa.plans import target_taken_as_met

    read = hits("During the project, Jobteam Gent wants to reach 1.500 persons and have 920 participants in an "
                "intensive coaching program towards. After one year, they have already reached 798 people, of "
                "which 532 people have entered in intensive coaching programs.")
    reason = target_taken_as_met("after just one year jobteam gent had already reached more than its target of 1,500 "
                                 "people - how many entered intensive coaching", read)
    assert reason and reason.startswith("the reports give a target of 1.500 and 798 reached")
    assert target_taken_as_met("after one year jobteam gent had already reached 798 of the 1,500 people it aimed for "
                               "- how many entered intensive coaching", read) is None


def test_which_of_the_bills_a_clause_says_were_adopted_when_none_were():
    bills = ("Under the previous legislature, various bills were tabled to make the rules on family reunification more "
             "restrictive, also after Belgium had expressed its support for the GCM in the UN General Assembly.17 None "
             "of these were adopted.")
    reason = problem("Which of the bills making family reunification more restrictive, adopted under the previous "
                     "legislature after Belgium backed the GCM, hit refugees hardest?", bills)
    assert reason and reason.startswith("the reports say none of these were adopted")
    # a clause that takes another deed as done, which "none of these were adopted" does not deny
    assert problem("Which of the bills making family reunification more restrictive, tabled under the previous "
                   "legislature after Belgium backed the GCM, would have hit refugees hardest?", bills) is None


def test_a_target_number_the_question_has_reached_is_refused():
    # zt015: 920 is what Jobteam Gent wants in intensive coaching; after one year 532 had entered it
    jobteam = ("During the project, Jobteam Gent wants to reach 1.500 persons and have 920 participants in an "
               "intensive coaching program towards. After one year, they have already reached 798 people, of which "
               "532 people have entered in intensive coaching programs.")
    assert problem("how did jobteam gent get 920 ppl into intensive coaching in its first year", jobteam) \
        .startswith("the reports give a target of 920 and 798 reached")
    assert problem("How did Jobteam Gent reach 1,500 people in its first year?", jobteam) \
        .startswith("the reports give a target of 1.500 and 798 reached")
    # the answerable look-alikes: a number reached; the target asked as a target; a yes/no question
    assert problem("how did jobteam gent get 532 ppl into intensive coaching in its first year", jobteam) is None
    assert problem("how did jobteam gent plan to get 920 ppl into intensive coaching", jobteam) is None
    assert problem("how did jobteam gent's staff plan to get 920 ppl into intensive coaching", jobteam) is None
    assert problem("did jobteam gent get 920 ppl into intensive coaching in its first year", jobteam) is None


def test_twins_of_probes22_are_not_refused():
    # a title after a capitalised word is no kind of member the question puts on the body
    bossuyt = ("Following this crisis, a temporary Commission was established to evaluate the voluntary and forced "
               "return policy of Belgium, under the presidency of former Constitutional Judge Marc Bossuyt "
               "('Commission Bossuyt'). The Commission only consisted of state actors, with very minimal "
               "consultation of civil society.")
    assert problem("The Commission Bossuyt on return policy was chaired by Marc Bossuyt, a former Constitutional "
                   "Judge. Who else sat on it?", bossuyt) is None
    assert problem("Which NGOs and judges sat on the Commission Bossuyt on return policy?", bossuyt) \
        .startswith("the reports give its members otherwise")
    # "partner orgs" are the "partner organisations" a number word counts
    team = ("The team is composed of 35 staff members, originating from ten different partner organisations, "
            "including the city of Ghent and several civil society organizations.")
    refu = ("This is all realised by an inter-organisational team, comprised of staff members from 10 municipal and "
            "civil society organisations, each with their own expertise.")
    assert problem("jobteam gent's team is 35 staff from 10 partner orgs - what kinds of expertise do they cover",
                   team, refu) is None
    assert problem("jobteam gent's team is 35 staff from 10 partner schools - what kinds of expertise do they cover",
                   team, refu).startswith("the reports give 10 for something else")
    # a round number of a figure given: "about 263,000" for "263,608", not "363,000", nor a year for "3,000"
    facts = "Ghent's population: 263,608. Ghent's location/ region: East Flanders (province)."
    assert problem("ghent has about 263,000 inhabitants - what province is it in", facts) is None
    assert problem("ghent has about 260,000 inhabitants - what province is it in", facts) is None
    assert problem("ghent has about 273,000 inhabitants - what province is it in", facts) \
        == "the passages never mention 273,000"
    assert problem("ghent has about 363,000 inhabitants - what province is it in", facts) \
        == "the passages never mention 363,000"
    assert problem("Why did Ghent shelter 3,000 asylum seekers?", "In 2020 Ghent sheltered 300 asylum seekers.") \
        is not None


def test_false_premises_of_probes22_are_refused():
    # a span with the reports' end and another start
    span = ("From 2014 until 2018, a centre-right coalition adopted numerous measures restricting migrant rights, "
            "with a particular focus on asylum seekers.")
    # (read, not chosen: chosen, it is refused as "this about 2014, not 2010")
    assert other_years_span("What did the centre-right coalition that governed Belgium from 2010 until 2018 change "
                            "for asylum seekers?", ["It is a sensitive issue."], hits(span)) \
        .startswith("the reports say this ran from 2014 until 2018, not from 2010")
    assert problem("What did the centre-right coalition that governed Belgium from 2014 until 2018 change for "
                   "asylum seekers?", span) is None
    assert other_years_span("Did the centre-right coalition govern Belgium from 2010 until 2018?", [span],
                            hits(span)) is None
    # more of a thing for one side than another, the figures the other way round
    permits = ("Over 2009-18, Belgium issued an average of 54,000 first residence permits per year. Among them, "
               "about 50% were for the purpose of family reunification, 11% for education, and 9% for work; the "
               "remaining permits were issued for other reasons.")
    assert problem("Over 2009-18, Belgium issued more first residence permits for work than for education. What "
                   "were the two shares?", permits).startswith("the reports give 9% for work and 11% for education")
    assert problem("Over 2009-18, Belgium issued more first residence permits for education than for work. What "
                   "were the two shares?", permits) is None
    assert problem("Over 2009-18, Belgium issued fewer first residence permits for work than for education. What "
                   "were the two shares?", permits) is None
    # little support against widespread support; a negation inside a quoted name negates nothing
    campaign = "Period” campaign against child immigration detention found widespread support."
    assert problem("the 'you don't lock up a child. period' campaign got little public support - what was it "
                   "campaigning against", campaign).startswith("the reports say the opposite of 'little'")
    assert problem("the 'you don't lock up a child. period' campaign got widespread public support - what was it "
                   "campaigning against", campaign) is None
    assert problem("the campaign did not get little support - what was it campaigning against", campaign) is None
    # sticking to what the reports say was moved away from
    outreach = ("The project’s strategy is an outreaching approach, moving away from the traditional model where job "
                "seekers are required to visit an office.")
    assert problem("Why does Jobteam Gent stick to the traditional model of having job seekers come to its office "
                   "rather than visiting them where they live?", outreach) \
        .startswith("the reports say the opposite of 'stick to'")
    assert problem("Why does Jobteam Gent move away from the traditional model of having job seekers come to an office "
                   "and instead visit them where they live?", outreach) is None


def test_plans_and_deeds_of_probes22_taken_the_other_way_are_refused():
    audit = "The federal coalition agreement also envisages an external audit of the asylum and migration authorities."
    assert problem("What is known about the external audit of Belgium's asylum and migration authorities that was "
                   "completed under the new federal government?", audit) \
        .startswith("the reports give this only as a plan")
    assert problem("What is known about the external audit of Belgium's asylum and migration authorities that the "
                   "new federal government envisages?", audit) is None
    from qa.plans import plan_taken_as_done
    assert plan_taken_as_done("What is known about the reform of the reception network that was completed?",
                              [audit]) is None
    detention = ("The federal coalition agreement announces that alternatives to detention (regular administrative "
                 "and/or police checks, bail, electronic supervision etc.) will be fully developed and systematically "
                 "evaluated.")
    assert problem("which alternatives to detention has the new federal govt already fully rolled out (bail, "
                   "electronic supervision etc)", detention).startswith("the reports give this only as a plan")
    assert problem("which alternatives to detention does the federal coalition agreement list (bail, electronic "
                   "supervision etc)", detention) is None
    refu = ("Refu Interim has worked with 69 different organisations in 2019, and, due to their success in Ghent has "
            "expanded into other regions in Flanders: Ostend, Kortrijk, Bruges, Leuven, Sint-Niklaas and Lokeren.")
    assert problem("Refu Interim is planning to expand beyond Ghent. Which Flemish cities is it considering?", refu) \
        .startswith("the reports tell this as already done")
    assert problem("Refu Interim has expanded beyond Ghent. Which Flemish cities is it in?", refu) is None
    assert problem("Is Refu Interim planning to expand beyond Ghent?", refu) is None


def test_a_manner_the_reports_say_is_untold_and_a_thing_offered_elsewhere_are_refused():
    drain = "It is not stipulated how this brain drain will be avoided."
    from qa.denials import manner_untold
    assert manner_untold("how exactly does the federal coalition agreement say it'll avoid brain drain when "
                         "attracting talent from abroad", [drain], hits(drain)).startswith("the reports say this is "
                                                                                           "not told")
    assert manner_untold("does the federal coalition agreement say how it'll avoid brain drain when attracting "
                         "talent from abroad", [drain], hits(drain)) is None
    # what is untold must be what the question asks: "how family reunification policies will evolve" is not how the
    # agreement plans to make the conditions consistent
    evolve = ("According to the new federal coalition agreement, the conditions on family reunification will be "
              "reviewed and possibly revised in order to make them more consistent. It is thus currently unclear how "
              "family reunification policies will evolve, beyond a more uniform and efficient control.")
    assert problem("How does the new federal coalition agreement plan to make family reunification conditions more "
                   "consistent?", evolve) is None
    # (what it is by its last word: the passage's "school" is no "school building"; and not a word that says
    # nothing of what it is, probes62 #3)
    assert problem("how many non-EU citizens were among the residents who came from a foreign country, a group which "
                   "made up 16.8% of the population?", "As of 2018, 16.8% of the Belgian population came from a "
                   "foreign country, among which more than one third were non-EU citizens.") is None
    game = "This is the objective of the board game ‘This is not a Game’, offered in the schools of Ghent."
    assert problem("The board game 'This is not a Game' is offered in Ghent's reception centres. What is it meant to "
                   "achieve?", game).startswith("the reports say offered in the schools of Ghent, not Ghent's "
                                                "reception centres")
    assert problem("The board game 'This is not a Game' is offered in Ghent's schools. What is it meant to achieve?",
                   game) is None
    assert problem("the board game this is not a game offered at the schools of ghent - what is it for", game) is None


def test_probes25_false_premises_of_degree_denial_and_hindrance_are_refused():
    from qa.causes import other_cause
    from qa.compared import degree_reversed
    from qa.denials import denied

    # a degree of a quality, the other way round
    looser = "The new Belgian orientation on return policy appears less restrictive."
    assert degree_reversed("gcm report says belgiums new orientation on return policy looks more restrictive - what "
                           "does that orientation coexist with", [looser]) == (
        "the reports say less restrictive, not more restrictive: “The new Belgian orientation on return policy appears "
        "less restrictive”")
    for question in ("gcm report says belgiums new orientation on return policy looks less restrictive - what does "
                     "that orientation coexist with", "why is the new family reunification policy more restrictive"):
        assert degree_reversed(question, [looser]) is None, question
    # a denial whose subject is an acronym in brackets, in the clause of a time the sentence opens with
    quiet = ("During its drafting and negotiation process, the Global Compact for Migration (GCM) did not attract any "
             "substantive public or political attention in Belgium.")
    asked = ("Given that the GCM {} public and political attention in Belgium during its drafting and negotiation, "
             "when did the N-VA start to raise critical concerns about it?")
    assert denied(asked.format("already drew intense"), [quiet], hits(quiet)) == \
        f"the reports say otherwise: “{quiet[:-1]}”"
    for little in ("drew little", "drew hardly any"):
        assert denied(asked.format(little), [quiet], hits(quiet)) is None, little
    # what hinders a thing is its cause; a dash ends the cause the question gives
    hindered = ("Effective access is frustrated, however, by the complexity of the procedure and variations in the "
                "health services that are covered.")
    access = ("undocumented migrants' access to health care in belgium is frustrated by {} - which procedure is meant "
              "to give them access")
    passage = hits("Irregular migrants in Belgium have access to health care through the procedure “urgent medical "
                   f"assistance”. {hindered}")
    assert other_cause(access.format("the high fees they have to pay"), [hindered], passage).startswith(
        "the reports give another cause: “Effective access is frustrated, however, by the complexity")
    assert other_cause(access.format("the complexity of the procedure"), [hindered], passage) is None


def test_a_denial_given_as_premise_that_the_reports_affirm_and_formal_against_informal():
    can = ("Local authorities and stakeholders can implement national policies in different ways and design their own "
           "programmes.")
    asked = ("Since local authorities in Belgium can {} national integration policies in different ways {} design "
             "their own programmes, what other local factors does the paper say shape immigrants' integration paths?")
    assert problem(asked.format("neither implement", "nor"), can) == f"the reports say otherwise: “{can[:-1]}”"
    assert problem(asked.format("implement", "and"), can) is None
    informal = "The team members first establish informal contacts with the youths to develop a relationship of trust."
    assert problem("Ankerkracht's team begins by having the young refugees sign a formal intake contract; what does "
                   "this first step allow the team to do?", informal) == \
        f"the reports say the opposite of 'formal': “{informal[:-1]}”"
    assert problem("Ankerkracht's team begins by establishing informal contacts with the young refugees; what does "
                   "this first step allow the team to do?", informal) is None


def test_a_letter_written_to_another_addressee_and_a_possibility_taken_as_delivered():
    from qa.plans import plan_taken_as_done
    from qa.roles import other_recipient

    letter = ("On the national level, the citizen initiative Gent Zonder Grenzen wrote an open letter to the city "
              "council of Ghent in June 2020 requesting the shelter of 300 asylum seekers following the inhuman living "
              "conditions in Moria.")
    asked = "gzg first wrote to the {} in june 2020 - how many asylum seekers from moria did they want sheltered"
    assert other_recipient(asked.format("federal govt"), [letter], hits(letter)) == \
        f"the reports name another addressee: “{letter[:-1]}”"
    assert other_recipient(asked.format("ghent city council"), [letter], hits(letter)) is None
    agenda = ("Together with cities a comprehensive European Agenda on Migration (e.g. through the Urban partnership "
              "on Migration and integration) and appropriate and reinforcing funding can be realised.")
    assert plan_taken_as_done("now that the urban partnership on migration and integration has delivered a "
                              "comprehensive european agenda on migration - what else did the ghent coordinator say "
                              "would be realised with it", [agenda]).startswith("the reports give this only as a plan")
    assert plan_taken_as_done("the ghent coordinator hopes a comprehensive european agenda on migration can be "
                              "realised thru the urban partnership on migration and integration - what else did she "
                              "say could be realised with it", [agenda]) is None


def test_a_thing_the_reports_say_is_done_but_not_another_is_refused_for_the_other():
    from qa.denials import but_not

    report = ("This led to the inclusion of a new provision in the Immigration Act: the Immigration Office now has to "
              "draft an annual activity report in order “to control, but not limit, the discretionary power”.")
    asked = ("the immigration office's new annual activity report on humanitarian visas is meant to {} the "
             "discretionary power - what led to adding that provision to the immigration act")
    assert but_not(asked.format("limit"), [report]) == f"the reports say “control, but not limit”: “{report[:-1]}”"
    for done in ("control, but not limit,", "control", "not limit"):
        assert but_not(asked.format(done), [report]) is None, done


def test_a_document_the_reports_date_to_another_year_is_refused():
    from qa.figures import other_year_of_document

    fee = ("Regarding integration, the 2019 coalition agreement of the Flemish government envisages making the civic "
           "integration course tougher through the introduction of a minimum fee of 360 euros.")
    code = ("The development of an Asylum and Migration Code was an unrealised intention of the 2014 coalition "
            "agreement.")
    asked = "Why did the Flemish government's {} coalition agreement introduce a 360 euro fee for civic integration?"
    assert other_year_of_document(asked.format(2014), [fee], hits(fee, code)) == (
        f"the reports give the 2019 coalition agreement, not the 2014 one: “{fee[:-1]}”")
    assert other_year_of_document(asked.format(2019), [fee], hits(fee, code)) is None
    # a sentence on another subject gives no year for this one
    assert other_year_of_document("What did the 2016 coalition agreement say about the Asylum and Migration Code?",
                                  [fee], hits(fee)) is None
    assert other_year_of_document("What did the 2016 coalition agreement say about the Asylum and Migration Code?",
                                  [code], hits(code)).startswith("the reports give the 2014 coalition agreement")


def test_kinds_of_actor_the_question_leaves_out_that_the_reports_count_in_are_refused():
    from qa.denials import left_out_listed

    actors = ("A varied group of relevant actors should be involved in this counselling and orientation, including "
              "Fedasil, the Immigration Office, major cities, social services and non-governmental organisations.")
    asked = ("fed coalition agreement wants return counselling left only to fedasil and the immigration office, with "
             "no {} involved - what does the gcm report say that confirms")
    assert left_out_listed(asked.format("cities or ngos"), [actors]) == \
        f"the reports count cities, ngos in: “{actors[:-1]}”"
    assert left_out_listed(asked.format("ngos"), [actors]) == f"the reports count ngos in: “{actors[:-1]}”"
    # kinds the sentence does not count in; no kinds left out
    assert left_out_listed(asked.format("lawyers or judges"), [actors]) is None
    assert left_out_listed("fed coalition agreement wants return counselling to involve fedasil, the immigration "
                           "office, major cities, social services and ngos - what does the gcm report say that "
                           "confirms", [actors]) is None


def test_a_ruling_held_by_the_court_the_sentence_before_names_is_another_courts():
    from qa.roles import other_court

    annulled = ("The criterion of criminal history has been annulled by the Constitutional Court as being too broad "
                "and not proportionate to the goal of integration.")
    nuanced = ("The Court also nuanced that a lack of (sufficient) proof of efforts to integrate cannot suffice to not "
               "prolong or revoke a residence right; there must be an individual assessment.")
    asked = ("The {} has held that a lack of proof of integration efforts cannot by itself justify refusing to prolong "
             "or revoking a residence right; what else does it require?")
    passage = hits(f"{annulled} {nuanced}")
    assert other_court(asked.format("Council of State"), [nuanced], passage) == \
        f"the reports say the Constitutional Court did this: “{nuanced[:-1]}”"
    assert other_court(asked.format("Constitutional Court"), [nuanced], passage) is None


def test_years_put_between_two_events_the_reports_tell_in_one_year_are_refused():
    from qa.figures import same_year_taken_as_later

    ended = "However, in 2015 European subsidies for Ankerkracht were ended."
    same = ("The same year, the OCMW of Ghent decided, after an evaluation, which projects that were no longer "
            "subsidised would be taken over with regular funds.")
    passage = hits(f"{ended} {same}")
    asked = ("{} the eu subsidies for ankerkracht stopped, the ocmw of ghent took it over with regular funds - what "
             "else did the ocmw decide")
    assert same_year_taken_as_later(asked.format("a few yrs after"), [same], passage) == \
        f"the reports tell both in the same year: “{ended} {same[:-1]}”"
    for when in ("the same yr", "right after", "2 months after"):
        assert same_year_taken_as_later(asked.format(when), [same], passage) is None, when


def test_the_parts_of_an_enumeration_counted_otherwise_are_refused():
    # heldout48 zw034: four dimensions, not five factors
    four = "The success story of the Refugee Taskforce can be attributed to four dimensions."
    reason = problem("What are the five key success factors that the Moving Cities report attributes to Ghent's "
                     "Refugee Taskforce?", four)
    assert reason == f"the reports give four dimensions, not five key success factors: “{four[:-1]}”"
    assert problem("What are the four dimensions the Moving Cities report attributes the success of Ghent's Refugee "
                   "Taskforce to?", four) is None
    # a count the reports give too, of other parts, leaves the question's own
    three = "Three different objectives are pursued by the Refugee Taskforce, in four dimensions."
    assert problem("What are the three objectives of the Refugee Taskforce?", three) is None


def test_a_share_asked_of_one_place_is_not_answered_by_another_place_s():
    # heldout48 zw032: the Belgian share does not answer for Ghent
    belgian = ("As of 2018, 16.8% (or 1.9 million) of the Belgian population came from a foreign country, among "
               "which more than one million were non-EU citizens.")
    best = "Citizens of Ghent with a migrant background tell a story about their favourite place in Ghent."
    reason = problem("what % of ghent's population has a migrant background", best, belgian,
                     passages=(best, belgian))
    assert reason == f"the reports give this share for Belgium, not Ghent: “{belgian[:-1]}”"
    assert problem("what % of belgium's population came from a foreign country", belgian) is None
    # a sentence whose passage is on the asked place may give its share
    assert problem("what % of ghent's population came from a foreign country", belgian,
                   passages=(f"Ghent is a diverse city. {belgian}",)) is None


def test_probes27_premises_read_more_generally():
    # a deed asked why of, after "why did", that the reports give only as a plan (probes27)
    code = ("One of its priorities is the development of a new Migration Code to replace the opaque 1980 Aliens Act, "
            "for which a consultation process with stakeholders and experts has been initiated.")
    assert problem("why did the new migration code replace the 1980 aliens act", code) == \
        f"the reports give this only as a plan: “{code[:-1]}”"
    assert problem("what is the new migration code meant to replace", code) is None
    # "Since X started doing ...": a practice taken as begun
    from qa.plans import not_yet_done
    not_yet = ("The newcomers’ declaration is not implemented yet, as it depends on a collaboration agreement to be "
               "concluded with the Communities.")
    reason = not_yet_done("Since newcomers in Belgium started signing the 'newcomers' declaration', which "
                          "fundamental values have they had to commit to?", [not_yet])
    assert reason and reason.startswith("the reports say this is not in force yet")
    assert not_yet_done("Since when do newcomers in Belgium sign the 'newcomers' declaration'?", [not_yet]) is None
    # an age bound at the end of the reports' range is on its other side: "under 16" against "between 16 and 25"
    members = "Members of the target group of Project Ankerkracht are between 16 and 25 years old."
    assert problem("Project Ankerkracht targets unaccompanied minors under 16; how long may they have been living "
                   "in Ghent?", members).startswith("the reports give another age")
    assert problem("Project Ankerkracht targets refugees under 25; how long may they have been living in Ghent?",
                   members) is None
    assert problem("Project Ankerkracht targets refugees over 16; how long may they have been living in Ghent?",
                   members) is None
    # more for one side, said with "outnumbered"
    permits = ("Among them, about 50% were for the purpose of family reunification, 11% for education, and 9% for "
               "work.")
    assert problem("Of Belgium's first residence permits, permits for work outnumbered those for education; what "
                   "were the shares?", permits).startswith("the reports give 9% for work and 11% for education")
    assert problem("Of Belgium's first residence permits, permits for education outnumbered those for work; what "
                   "were the shares?", permits) is None


def test_a_year_after_after_dates_another_event_not_the_start():
    from qa.figures import other_start

    created = "Due to the success and enthusiasm for Batahlan, Refu Interim was created in 2017."
    # probes27 twin: the 2016 Gentse Feesten came before the start
    assert other_start("Refu Interim was set up after vzw Cirq's Batahlan production at the 2016 Gentse Feesten; how "
                       "many newcomers took part in Batahlan?", [created], hits(created)) is None
    reason = other_start("Refu Interim was set up in 2016 after vzw Cirq's Batahlan production; how many newcomers "
                         "took part in Batahlan?", [created], hits(created))
    assert reason and reason.startswith("the reports give another start, 2017")
    reason = other_start("Refu Interim was set up before vzw Cirq's Batahlan production at the 2016 Gentse Feesten; "
                         "how many newcomers took part in Batahlan?", [created], hits(created))
    assert reason and reason.startswith("the reports give another start, 2017")


def test_what_the_reports_cannot_afford_is_no_denial_of_it():
    # probes27 twin
    lobby = "As more people arrive in the city, we cannot afford the time it takes to lobby national governments."
    assert problem("What does the Ghent Taskforce article propose in response to the time it takes to lobby "
                   "national governments?", lobby) is None
    assert problem("What does the Ghent Taskforce article propose in response to the time it takes to lobby "
                   "national governments?",
                   "As more people arrive in the city, we do not lobby national governments any more.") is not None


def test_a_place_only_in_an_organisations_name_in_the_sentence_is_not_its_scope():
    # heldout50 zy018: "Vluchtelingenwerk Vlaanderen" is an organisation; the sentence is not about Flanders
    granted = ("A collaboration between Vluchtelingenwerk Vlaanderen, Amnesty International, 11.11.11, Caritas and "
               "many other organizations also granted Ghent solidarity status.")
    assert problem("which organisations in belgium granted ghent solidarity status", granted) is None
    # a place the sentence names outside a name still is
    assert problem("which organisations in wallonia granted ghent solidarity status",
                   "Organisations in Flanders granted Ghent solidarity status.").startswith(
        "the reports say this about Flanders, not Wallonia")


def test_a_duty_given_to_another_body_than_the_reports_give_it_is_refused():
    drafts = ("This led to the inclusion of a new provision in the Immigration Act: the Immigration Office now has to "
              "draft an annual activity report in order “to control, but not limit, the discretionary power”.")
    charges = ("The federal coalition agreement explicitly charges the Immigration Office with an “extensive and "
               "transparent reporting of, among others, return figures”.")
    # probes27 #9, probes28 #8
    assert problem("why must Myria now draft an annual activity report", drafts) == (
        "the reports give this duty to the Immigration Office, not Myria: “This led to the inclusion of a new "
        "provision in the Immigration Act: the Immigration Office now has to draft an annual activity report in order "
        "“to control, but not limit, the discretionary power””")
    assert problem("why does fedasil now have to draft an annual activity report", drafts).startswith(
        "the reports give this duty to the Immigration Office, not fedasil")
    assert problem("what does the federal coalition agreement charge fedasil with on return figures",
                   charges).startswith("the reports give this duty to the Immigration Office, not fedasil")
    # the body the reports give it, by its name or initials, a pronoun, or another duty: no premise
    for question, sentence in (("why must the immigration office now draft an annual activity report", drafts),
                               ("since when does it have to draft an annual activity report", drafts),
                               ("what does the federal coalition agreement charge the IO with on return figures",
                                charges),
                               ("why must Myria publish figures on migration", drafts)):
        assert problem(question, sentence) is None, question


def test_a_year_range_typed_with_an_en_dash_states_no_number_of_its_own():
    permits = "Over 2009-18, Belgium issued an average of 54,000 first residence permits per year."
    # probes28 twin #20: "2009–18" is the reports' "2009-18", not a number 18 they never mention
    assert problem("How many first residence permits did Belgium issue per year on average over 2009–18?",
                   permits) is None
    assert problem("How many first residence permits did Belgium issue per year on average over 1999–2008?",
                   permits) == "the passages never mention 1999"


def test_how_a_thing_is_positioned_is_no_claim_a_denial_of_another_verb_denies():
    agreement = ("The federal coalition agreement acknowledges that development cooperation cannot be subordinated to "
                 "the migration agenda, but still sees it under the lens of the struggle against the root causes of "
                 "irregular migration.")
    # probes28 twin #32: answered; its false premise ("why does it subordinate ...") is still refused
    assert problem("how does the federal coalition agreement position development cooperation relative to the "
                   "migration agenda", agreement) is None
    assert problem("why does the federal coalition agreement subordinate development cooperation to the migration "
                   "agenda", agreement) == f"the reports say otherwise: “{quote(agreement)}”"


def test_a_number_said_to_fall_that_the_reports_have_rise_from_one_figure_to_another_is_refused():
    applications = ("The number of applications increased from 41 in 2014 to 77 in 2015, with the number of active "
                    "participants every year fluctuating between 50 and 60.")
    # probes28 #22
    assert problem("Why did the number of applications to Project Ankerkracht fall between 2014 and 2015?",
                   applications) == f"the reports say the opposite of 'fall': “{quote(applications)}”"
    assert problem("Why did the number of applications to Project Ankerkracht rise between 2014 and 2015?",
                   applications) is None
    # a government's fall is no number's
    fell = "Ultimately, the previous federal government fell over public endorsement of the GCM."
    assert problem("why did the federal government fall", fell) is None


def test_a_funder_the_question_tells_that_no_sentence_paying_for_the_thing_names_is_refused():
    sponsored = "The project is sponsored by the city of Ghent and the European Social Fund (ESF)."
    # probes28 #12: Jobteam Gent's sponsors are the city and the ESF, not AMIF
    assert problem("jobteam gent is sponsored by the city and amif — what did amif say about its expertise",
                   sponsored) == f"the reports name other funders than amif: “{quote(sponsored)}”"
    # its funders by their words, or their initials
    for question in ("jobteam gent is sponsored by the city and the esf — what did the esf say about its expertise",
                     "jobteam gent is sponsored by ghent and the european social fund, what did it achieve"):
        assert problem(question, sponsored) is None, question
    # a funder with an article is named by its words, not by "the" (review)
    assert problem("jobteam gent is sponsored by the city and the flemish government - what did it achieve",
                   sponsored) == f"the reports name other funders than the flemish government: “{quote(sponsored)}”"


def test_a_task_a_while_clause_gives_another_body_is_refused_whatever_the_question_asks():
    office = ("The Immigration Office, overseen by the Federal Public Service Interior, is responsible for issuing "
              "visas and residence permits.")
    read = hits(office)
    # probes28 #9: the clause after "while" swaps the two bodies' tasks, though the question asks who
    assert other_body_in_charge("who oversees the immigration office, which decides on asylum applications while the "
                                "cgrs issues visas and residence permits", [office], read) == (
        f"the reports give this task to another body: “{quote(office)}”")
    # the bodies in their places, or no clause telling who does what: no premise
    for question in ("who oversees the immigration office, which issues visas and residence permits while the cgrs "
                     "decides on asylum applications",
                     "who issues visas and residence permits in belgium"):
        assert other_body_in_charge(question, [office], read) is None, question


def test_which_of_them_were_done_is_denied_by_none_of_them_only_for_that_deed():
    bills = ("Under the previous legislature, various bills were tabled to make the rules on family reunification "
             "more restrictive, also after Belgium had expressed its support for the GCM in the UN General "
             "Assembly.17 None of these were adopted.")
    # probes28 #18: a long "which of ..." before "were adopted"
    assert problem("which of the bills to make family reunification more restrictive under the previous legislature "
                   "were adopted", bills).startswith("the reports say none of these were adopted")
    assert problem("which of the bills to make family reunification more restrictive were passed",
                   bills).startswith("the reports say none of these were adopted")
    # what they were, which "none of these were adopted" does not deny
    assert problem("which of the bills to make family reunification more restrictive under the previous legislature "
                   "were tabled after belgium expressed its support for the gcm", bills) is None


def test_why_no_thing_was_done_is_refused_when_a_chosen_sentence_tells_it_done():
    tour = "Also a tour within the pontoon was organised."
    # probes28 #31
    assert problem("why was no tour of the pontoon reception centre organised for citizens", tour) == (
        "the reports say it was done: “Also a tour within the pontoon was organised”")
    # its twin, and a sentence that denies it or tells another deed
    assert problem("why was a tour of the pontoon reception centre organised for citizens", tour) is None
    assert problem("why was no tour of the pontoon organised", "No tour within the pontoon was organised.") is None
    assert problem("why was no tour of the pontoon cancelled", tour) is None


def test_probes30_twins_with_a_true_premise_are_answered():
    # probes30 #2: 37,1% is given for 2018 ("In the same year"), so the 0,44% of GNI is another figure, not another
    # value of it; 30% is another value
    oda = ("In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI), whereas this should increase "
           "to 0,7% by 2030 to achieve the SDGs.")
    ldc = "In the same year, Belgium spent 37,1% of ODA to least developed countries, which should be 50% by 2030."
    asked = "belgium gave {} of its ODA to least developed countries in 2018 - what was total ODA as % of GNI"
    assert problem(asked.format("37.1%"), oda, ldc) is None
    assert problem(asked.format("30%"), oda, ldc) is not None
    # probes30 #21: a question that says none were adopted says what the reports say
    bills = ("Under the previous legislature, various bills were tabled to make the rules on family reunification more "
             "restrictive. None of these were adopted.")
    tail = "the bills to make family reunification more restrictive were {}, which obstacles does Belgium still have?"
    assert problem("Although " + tail.format("not adopted"), bills) is None
    assert problem("Since " + tail.format("adopted"), bills).startswith("the reports say none of these were adopted")
    # probes30 #8: the year is Refu Interim's, which a chosen sentence gives it; another year is refused
    cirq = ("The project originated from an initiative of vzw Cirq, who wanted to make an artistic production about "
            "newcomers in 2016.")
    created = "Due to the success and enthusiasm for Batahlan, Refu Interim was created in 2017."
    assert problem("Which vzw Cirq production led to Refu Interim being created in 2017?", cirq, created) is None
    assert problem("Which vzw Cirq production led to Refu Interim being created in 2015?", cirq, created) is not None
    # ... a month is no name the year is given to (g031)
    pact = ("The European Commission announced its ‘New Pact on Migration and Asylum’ on 23 September 2020, with "
            "explicit emphasis on supporting integration into local communities.")
    assert problem("What did the European Commission's 'New Pact on Migration and Asylum', announced in September "
                   "2019, say about integration in local communities?", pact,
                   "On 30 September 2019, the coalition agreement of the Flemish government was adopted.") == \
        f"the reports say this about 2020, not 2019: “{quote(pact)}”"
    # probes30 #5: money told before what is counted is no amount asked; "how many landed a paid job" wants a number
    reach = "During the project, Jobteam Gent wants to reach 1.500 persons and have 920 participants."
    assert problem("jobteam gent gets money from the city and the ESF - how many people did it want to reach",
                   reach) is None
    assert problem("Of the people who volunteered through Refu Interim in 2019, how many later landed a paid job?",
                   "Refu Interim has worked with organisations.") == "no sentence gives a quantity"


def test_a_name_told_as_one_of_a_list_sharing_its_last_word_is_mentioned():
    from qa.together import unmentioned_name

    # probes30 #23
    communities = hits("Finally, the Flemish, French-speaking and German-speaking communities are jointly responsible "
                       "for the state’s integration policy.")
    assert unmentioned_name("Apart from the Flemish Community and the French-speaking Community, which community "
                            "shares responsibility for integration?", communities) is None
    assert unmentioned_name("Apart from the Flemish Community and the Dutch-speaking Community, which community "
                            "shares responsibility for integration?", communities) == \
        "the reports never mention Dutch-speaking Community"


def test_words_inside_a_quotation_are_its_speakers():
    # probes30 #9: "Together with Julie from the Jobteam, I continued my search." is Renaud Teukam's, inside his
    # quotation; it names him with Julie (it was refused: "no passage read names Renaud Teukam, Julie, Jobteam
    # together"), and what Julie said is not what it tells
    from qa.together import names_apart

    quoted = ("To illustrate this multidimensional approach, Renaud Teukam, a participant in the coaching program, "
              "states: “My first job here in Belgium was very irregular. I rarely knew in advance whether I would be "
              "able to work. Together with Julie from the Jobteam, I continued my search.")
    julie = "Together with Julie from the Jobteam, I continued my search."
    asked = "What did {}, a participant in its coaching program, say about searching for work together with {}?"
    assert names_apart(asked.format("Renaud Teukam", "Julie from the Jobteam"), [julie], hits(quoted)) is None
    assert problem(asked.format("Renaud Teukam", "Julie from the Jobteam"), julie, passages=(quoted,)) is None
    assert problem(asked.format("Julie", "Renaud Teukam from the Jobteam"), julie, passages=(quoted,)) == \
        f"the reports give these words to Renaud Teukam, not Julie: “{julie[:-1]}”"


def test_words_asked_of_a_former_office_holder_typed_in_small_letters_are_checked():
    # heldout35 zj030, once "doesnt" was read as "doesn't": a person typed after an office in a why-did-say question
    # is the one asked about, and "former" is the office's time, not words said
    passage = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter to the European "
               "Council. In response, Ghent Mayor Mathias De Clercq proclaimed that “solidarity is more relevant "
               "than ever. The coronavirus doesn’t know any borders.”")
    borders = "The coronavirus doesn’t know any borders.”"
    assert problem("why did former mayor termont say the coronavirus doesn't know any borders", borders,
                   passage.split(". ")[0] + ".", passages=(passage,)) == \
        "the reports give these words to Mathias De Clercq, not Daniël Termont: “The coronavirus doesn’t know any " \
        "borders”"
    assert problem("why did mayor de clercq say the coronavirus doesn't know any borders", borders,
                   passage.split(". ")[0] + ".", passages=(passage,)) is None


def test_roles_swapped_in_other_words_typed_in_small_letters():
    # heldout52 ya018: "give ... the title" is the act the reports tell as "declared", the names are typed in small
    # letters, and the sentence opens with one (an acronym)
    from qa.roles import swapped_roles

    unhcr = "UNHCR declared Ghent a “solidarity city” with refugees."
    assert swapped_roles("why did ghent give unhcr the title of solidarity city", [unhcr]) == \
        f"the reports say it the other way round: “{quote(unhcr)}”"
    assert swapped_roles("why did unhcr give ghent the title of solidarity city", [unhcr]) is None
    assert swapped_roles("Why did UNHCR declare Ghent a solidarity city?", [unhcr]) is None


def test_an_opposite_held_in_doubt_denies_nothing():
    # heldout55 yd004: "insecurity as to the permanency" doubts it is permanent, it does not say it is
    prolonged = ("In cases of family reunification with a third country national, for instance, the temporariness "
                 "and conditionality of residence rights were prolonged from 3 to 5 years in 2016.")
    insecure = ("This creates a tension: whereas migrants are expected to integrate as fast and as good as possible, "
                "they are faced with a greater insecurity as to the permanency of their residence rights.")
    question = ("family reunification w/ third country national - residence rights stay temporary for how many yrs "
                "since 2016")
    assert problem(question, prolonged, insecure) is None
    # said plainly, the opposite still denies: "the permanency of their residence rights is guaranteed"
    plain = ("This creates a tension: whereas migrants are expected to integrate as fast and as good as possible, "
             "the permanency of their residence rights is guaranteed.")
    assert problem(question, plain, prolonged).startswith("the reports say the opposite of 'temporary'")


def test_a_refusal_to_do_is_denied_by_the_deed_done():
    # heldout55 yd028: the agreement explicitly recognises the importance of the Global Compact
    recognises = ("The new federal government explicitly recognises the importance of the Global Compact for "
                  "Migration and has stated it will refrain from detaining minors in closed centres.")
    for question in ("Why did the new federal government refuse to recognise the importance of the Global "
                     "Compact for Migration?",
                     "why did the new federal government fail to recognise the importance of the global compact",
                     "why has the federal government declined to recognise the importance of the Global Compact"):
        assert problem(question, recognises).startswith("the reports say it was done"), question
    # the twin; a refusal the sentence tells itself
    assert problem("Why did the new federal government recognise the importance of the Global Compact for "
                   "Migration?", recognises) is None
    nva = ("During autumn, however, the N-VA refused to endorse the Global Compact, arguing that it would imply "
           "relinquishing national sovereignty.")
    assert problem("Why did the N-VA refuse to endorse the Global Compact?", nva) is None


def test_a_rough_count_far_above_the_reports_count_is_refused():
    from qa.figures import below_rough_count

    # heldout55 yd026: 18 and 11 unaccompanied minors were relocated, not hundreds
    relocated = ("Pressure from civil society and some cities led to the relocation of 18 unaccompanied minors from "
                 "the Greek islands of Lesbos and Samos in August 2020, and of another 11 unaccompanied minors in "
                 "December 2020 after a fire destroyed the Moria camp.")
    question = ("How does Belgium manage to relocate hundreds of unaccompanied minors from the Greek islands every "
                "month?")
    assert below_rough_count(question, [relocated], hits(relocated)) == (
        f"the reports count 18 and 11, not hundreds: “{quote(relocated)}”")
    # probes33 #22: "only two applicants invoked the GCM", not dozens
    invoked = ("Until 1 June 2020, only two applicants invoked the GCM in proceedings before the Council for Alien Law "
               "Litigation (CALL).")
    footnote = "48 Applicants for international protection would be excluded from the civic integration trajectory."
    dozens = ("what happened in the dozens of cases where applicants invoked the gcm before the council for alien law "
              "litigation up to june 2020")
    assert below_rough_count(dozens, [invoked], hits(invoked, footnote)).startswith("the reports count two, not dozens")
    # the twins; a count as high on the subject; a count of something else
    assert below_rough_count("How does Belgium relocate unaccompanied minors from the Greek islands?", [relocated],
                             hits(relocated)) is None
    pontoon = "A new reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity."
    assert below_rough_count("how did ghent house hundreds of asylum seekers on the pontoon", [pontoon],
                             hits(pontoon)) is None
    assert below_rough_count("How does Belgium relocate hundreds of refugees from the Greek islands?", [relocated],
                             hits(relocated)) is None


def test_a_visit_no_passage_tells_of_is_refused():
    from qa.events import visit_untold

    # heldout55 yd017: the reports quote De Clercq after the Moria fire; they tell of no visit there
    fire = ("In response, Ghent Mayor Mathias De Clercq proclaimed that “cooperation and solidarity across borders is "
            "more relevant than ever, especially for the most vulnerable in our global society.")
    moria = "After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government."
    question = "what did mayor de clercq say during his visit to the moria camp"
    assert visit_untold(question, [moria, fire], hits(moria, fire)) == (
        "no sentence read tells of a visit to the moria camp")
    assert visit_untold("What did the mayor say when he visited Lesbos?", [moria], hits(moria)) == (
        "no sentence read tells of a visit to Lesbos")
    # the twin; a visit told; a yes/no question
    assert visit_untold("what did mayor de clercq say after the moria fire", [moria, fire], hits(moria, fire)) is None
    staff = ("Instead, staff members step into the living environment of job seekers, visiting social services, youth "
             "movements, specific neighbourhoods, individual homes, job sites and so on.")
    assert visit_untold("why do jobteam staff go visiting job sites", [staff], hits(staff)) is None
    assert visit_untold("did the mayor ever visit the moria camp?", [moria], hits(moria)) is None


def test_probes34_twins_no_longer_refused():
    from qa.contradiction import _other_actor
    from qa.members import other_coalition
    from qa.roles import other_recipient

    # #11: "launched" after "do ... share" is said of the exhibition, naming no actor
    exhibition = ("Furthermore, this objective is also pursued by an open-air exhibition, initiated by Ghent and "
                  "IN-Gent vzw, where citizens of Ghent with a migrant background tell a story about their favorite "
                  "place in Ghent.")
    question = ("What do Ghent citizens with a migrant background share in the open-air photo exhibition launched for "
                "World Refugee Day 2020?")
    assert _other_actor(question, [exhibition], hits(exhibition)) is None
    # #12: "open letter asked ghent to shelter 300 asylum seekers": "to shelter" is what was asked, no addressee
    letter = ("On the national level, the citizen initiative Gent Zonder Grenzen (Ghent Without Borders) wrote an open "
              "letter to the city council of Ghent in June 2020 requesting the shelter of 300 asylum seekers following "
              "the inhuman living conditions in Moria.")
    assert other_recipient("gent zonder grenzen's june 2020 open letter asked ghent to shelter 300 asylum seekers "
                           "from moria, who did they send the request to next", [letter], hits(letter)) is None
    assert other_recipient("why did gent zonder grenzen's open letter to the federal government ask for shelter for "
                           "300 asylum seekers", [letter], hits(letter)).startswith(
        "the reports name another addressee")
    # #17: a name between the count and what it counts ("35 jobteam gent staff members" is "35 staff members")
    team = ("The team is composed of 35 staff members, originating from ten different partner organisations, "
            "including the city of Ghent and several civil society organizations.")
    assert other_binding("where do the 35 jobteam gent staff members come from", [team], hits(team)) is None
    assert other_binding("why do jobteam gent clients get 35 coaching sessions", [team], hits(team)).startswith(
        "the reports give 35 for something else")
    # #22: how much attention, against "did not attract any ... attention": none is the amount
    drafting = ("During its drafting and negotiation process, the Global Compact for Migration (GCM) did not attract "
                "any substantive public or political attention in Belgium.")
    assert problem("how much public and political attention did the gcm attract in belgium during its drafting",
                   drafting) is None
    assert problem("why did the gcm attract so much public and political attention in belgium during its drafting",
                   drafting).startswith("the reports say otherwise")
    assert problem("How many people did Jobteam Gent reach?", "Jobteam Gent is a project of the city of Ghent.") == \
        "no sentence gives a quantity"
    # #24: a sentence gives the question's coalition; another coalition's sentence denies nothing
    federal = ("On 30 September 2020, a new federal government was formed by a coalition of liberal, socialist, "
               "Christian-democratic and green parties.")
    flemish = ("On 30 September 2019, the coalition agreement of the Flemish goverment for the next five years was "
               "adopted, by a coalition of Flemish-nationalist, Christian democratic and liberal political parties.")
    asked = ("the federal govt formed on 30 sept 2020 was a coalition of liberal, socialist, christian-democratic and "
             "{} parties, how does its agreement describe belgian asylum policy")
    assert other_coalition(asked.format("green"), [flemish, federal], hits(flemish, federal)) is None
    assert other_coalition(asked.format("flemish-nationalist"), [flemish, federal], hits(flemish, federal))


def test_probes34_false_premises_refused():
    from qa.awards import other_namer
    from qa.lists import apart_from_unlisted
    from qa.places import other_side
    from qa.plans import not_yet_done

    # #8: East Flanders, not West Flanders
    profile = "Location/ region: East Flanders (province)"
    assert other_side("ghent is in west flanders province, whats its population", [profile], hits(profile)) == (
        "the reports say East Flanders, not west flanders")
    assert other_side("ghent is in east flanders province, whats its population", [profile], hits(profile)) is None
    assert other_side("is ghent in west flanders?", [profile], hits(profile)) is None
    # #39: a thing added to those the sentence names
    national = ("While many policies relevant for immigrant integration are decided at national level, namely "
                "inclusion in the welfare system, labour market regulations, access to education, residency or "
                "citizenship requirements, the actual implementation often takes place at the local level.")
    asked = "besides inclusion in the welfare system, labour market regulations and {}, which integration policies " \
            "are decided at national level"
    assert apart_from_unlisted(asked.format("local housing allocation"), [national], hits(national)) == (
        "the reports name inclusion in the welfare system, labour market regulations with others, not local housing "
        f"allocation: “{quote(national)}”")
    assert apart_from_unlisted(asked.format("access to education"), [national], hits(national)) is None
    # (two things, or one the sentence names alone, say too little)
    assert apart_from_unlisted("besides labour market regulations and local housing allocation, which policies are "
                               "decided at national level", [national], hits(national)) is None
    # (heldout41 zp010: deeds, not things, listed: "wash" and "eat" are no phrase of the reports' list)
    basic = ("In addition to the basic “bed, bath, bread” services, Ghent invested in guidance and support for "
             "refugees and asylum seekers.")
    assert apart_from_unlisted("Apart from a place to sleep, wash and eat, what did Ghent offer the people housed on "
                               "its reception boat?", [basic], hits(basic)) is None
    # #3: expanding, against "limiting"
    amendments = ("These amendments were mostly geared towards limiting humanitarian forms of immigration (asylum and "
                  "family reunification) and reducing the procedural rights of migrants.")
    assert problem("why were most amendments to the aliens act aimed at expanding asylum and family reunification",
                   amendments).startswith("the reports say the opposite of 'expand'")
    assert problem("why were most amendments to the aliens act aimed at limiting asylum and family reunification",
                   amendments) is None
    # #30: "took effect" takes it as in force
    declaration = "The newcomers’ declaration is not implemented yet."
    assert not_yet_done("since the newcomers declaration took effect, what do newcomers have to commit to when they "
                        "sign it", [declaration]).startswith("the reports say this is not in force yet")
    assert not_yet_done("what do newcomers have to commit to when they sign the newcomers declaration",
                        [declaration]) is None
    # #14: "for what did X declare ghent ..." names the one who declared
    unhcr = "UNHCR declared Ghent a “solidarity city” with refugees."
    assert other_namer("for what did the european commission declare ghent a 'solidarity city' with refugees",
                       hits(unhcr)) == f"the reports do not say the european commission did: “{quote(unhcr)}”"
    assert other_namer("for what did unhcr declare ghent a 'solidarity city' with refugees", hits(unhcr)) is None


def test_probes34_rules_scrapped_and_a_body_s_group_by_another_name():
    from qa.events import ending_untold
    from qa.lists import other_group

    # #5: "the rule that ... could not be deported was abolished" is no scrapping of the rules on sham marriages
    abolished = ("For instance, the rule that people born in Belgium or who had moved to Belgium before the age of 12 "
                 "could not be deported was abolished.")
    added = ("It also stepped up the fight against “sham” relationships by adding to the legislation on sham "
             "marriages and registered partnership regulations on sham paternity acknowledgements.")
    assert ending_untold("why did the 2014-18 coalition scrap the rules on sham marriages and registered partnerships",
                         [added, abolished], hits(added, abolished)) == (
        "no sentence read says that the rules on sham marriages was scrapped")
    assert ending_untold("why was the rule on deporting people born in belgium abolished", [abolished],
                         hits(abolished)) is None
    assert ending_untold("why did the coalition scrap the rules", [abolished], hits(abolished)) is None
    # #37: the Eurocities working group has a name, and border security is not it
    eurocities = ("Exchanging knowledge and experiences with other European cities (e.g. through the Eurocities "
                  "working group Migration & Integration) is beneficial for as well our local policy as for our "
                  "advocacy work.")
    assert other_group("through the eurocities working group on border security, what does ghent exchange with "
                       "other european cities", [eurocities]) == (
        f"the reports name the Eurocities working group Migration & Integration: “{quote(eurocities)}”")
    for question in ("through the eurocities working group on migration, what does ghent exchange",
                     "through the eurocities working group migration & integration, what does ghent exchange",
                     "through the taskforce's working group on border security, what does ghent exchange"):
        assert other_group(question, [eurocities]) is None, question


def test_a_person_given_another_party_than_the_reports_give():
    from qa.premise import _other_party

    # probes33 #8: "Mathias De Clercq (Open Vld)"
    profile = hits("Mayor: Mathias De Clercq (Open Vld)\nPopulation: 263,608")
    assert _other_party("why is ghent mayor mathias de clercq in cd&v", profile) == (
        "the reports give Mathias De Clercq another party, Open Vld")
    assert _other_party("Why is Mathias De Clercq a member of N-VA?", profile) == (
        "the reports give Mathias De Clercq another party, Open Vld")
    for question in ("why is ghent mayor mathias de clercq in open vld", "why is the mayor in cd&v",
                     "why did the n-va oppose the compact", "why is daniël termont in cd&v"):
        assert _other_party(question, profile) is None, question


def test_probes35_readings_of_a_study_a_comparison_a_coalition_and_an_age_range():
    # #14: "Research has shown" takes a study as done
    contact = ("Building on the ideas of contact theory (which argues intergroup contact reduces prejudice), the aim "
               "is to help combat negative stereotypes and prejudices against newcomers.")
    none = "Until now, no research has been conducted to measure the impact of this approach."
    asked = ("{} that Ghent's contact-based approach measurably reduces prejudice against newcomers. What other ways "
             "does the city use to counter negative stereotypes about refugees?")
    assert problem(asked.format("Research has shown"), contact, none).startswith(
        "the reports say no such study was done")
    assert problem(asked.format("Contact theory argues"), contact, none) is None
    # #39: one side said to be a more common reason than another, the figures the other way round
    permits = ("Among them, about 50% were for the purpose of family reunification, 11% for education, and 9% for "
               "work; the remaining permits were issued for other reasons.")
    asked = "{} was a more common reason than {} for belgium's first residence permits - what were the shares?"
    assert problem(asked.format("work", "education"), permits) == (
        f"the reports give 9% for work and 11% for education: “{permits.rstrip('.')}”")
    assert problem(asked.format("education", "work"), permits) is None
    assert problem("work was a less common reason than education for first residence permits", permits) is None
    # #18: a coalition told without the word, by what it "brought together"
    formed = ("On 30 September 2020, a new federal government was formed by a coalition of liberal, socialist, "
              "Christian- democratic and green parties.")
    asked = ("The federal government formed on 30 September 2020 brought together liberal, socialist, green and {} "
             "parties. How does its coalition agreement describe Belgian asylum and migration policy?")
    assert problem(asked.format("Flemish-nationalist"), formed).startswith("the reports give the coalition otherwise")
    assert problem(asked.format("Christian-democratic"), formed) is None
    # #5: each end of an age range asked; the sentence on the subject by its section heading
    members = ("Members of the target group of the project are between 16 and 25 years old, have been recognised as a "
               "refugee or granted subsidiary protection.")
    text = ("Project Ankerkracht is carried out by a multidisciplinary team to support young, recently arrived "
            "refugees. As young refugees form a particularly vulnerable group, there is a need for guidance. "
            + members)
    read = [Hit(Chunk(id="p0", doc_id="d", text=text, start=0, end=len(text), lang="en",
                      section="3.4 Project Ankerkracht"), 1.0)]
    asked = "ankerkracht works w {} aged {}. who's on the multidisciplinary team that supports them?"
    from qa.figures import other_age

    assert other_age(asked.format("unaccompanied minors", "12 to 18"), [members], read) == (
        f"the reports give another age: “{members.rstrip('.')}”")
    for ages in ("16 to 25", "18 to 20", "16-25"):
        assert other_age(asked.format("young refugees", ages), [members], read) is None, ages
    # probes57 #28: the range told with one end moved is another range, not a part of it
    assert other_age(asked.format("young refugees", "18 to 25"), [members], read) == (
        f"the reports give another age: “{members.rstrip('.')}”")


def test_heldout57_and_probes36_false_premises_refused():
    from qa.causes import _other_origin
    from qa.lists import other_pair_member
    from qa.members import other_coalition, team_member_untold

    # heldout57 yf025: a member the team's list leaves out, named nowhere in its passage
    team = ("As the name of the project suggests, Ankerkracht aims to “anchor” young refugees in Ghent’s society. To "
            "achieve these objectives, the OCMW set up a multidisciplinary team of social workers, a psychologist, a "
            "housing coach and a job coach.")
    listed = team.split(". ")[1]
    elsewhere = "Lawyers of the Flemish Bar assist migrants in detention."
    read = hits(team, elsewhere)
    assert team_member_untold("what does the lawyer on the ankerkracht team do", [team.split(". ")[0] + "."],
                              read) == f"the reports list the team and name no lawyer in it: “{quote(listed)}”"
    for worker in ("psychologist", "job coach", "social workers"):
        assert team_member_untold(f"what does the {worker} on the ankerkracht team do", [team], read) is None
    assert team_member_untold("is there a lawyer on the ankerkracht team?", [team], read) is None  # may be "no"
    assert team_member_untold("what is the number of the ankerkracht team", [team], read) is None
    # a lawyer the passage with the list names is no invention
    assert team_member_untold("what does the lawyer on the ankerkracht team do", [team],
                              hits(team + " A lawyer joined the team in 2019.")) is None

    # heldout57 yf022: a government "brought down" by another cause than the one the reports give
    fell = ("Ultimately, the previous federal government fell over public endorsement of a non-binding international "
            "legal instrument – a unique event in Belgian constitutional history.")
    sudan = ("The M.A. judgment is the last episode of the so-called ‘Sudan crisis’, in which the previous Secretary "
             "of State had organised an identification mission with Sudanese experts.")
    asked = "Why did the {} bring down Belgium's previous federal government in 2018?"
    assert _other_origin(asked.format("Sudan identification mission"), [sudan], hits(sudan, fell)) == (
        f"the reports give another cause: “{quote(fell)}”")
    assert _other_origin(asked.format("endorsement of a non-binding international legal instrument"), [sudan],
                         hits(sudan, fell)) is None
    assert _other_origin("Why did the Sudan identification mission bring down the mayor's plans?", [sudan],
                         hits(sudan, fell)) is None

    # probes36 #35: the coalition's families in brackets, "n" for "and"
    flemish = ("On 30 September 2019, the coalition agreement of the Flemish goverment for the next five years was "
               "adopted, by a coalition of Flemish-nationalist, Christian democratic and liberal political parties.")
    asked = ("the flemish govt coalition agreement of 2019 (nationalists, christian democrats n {}) - what does it "
             "envisage for civic integration?")
    assert other_coalition(asked.format("greens"), [flemish], hits(flemish)) == (
        f"the reports give the coalition otherwise: “{quote(flemish)}”")
    assert other_coalition(asked.format("liberals"), [flemish], hits(flemish)) is None
    assert other_coalition("the flemish govt coalition agreement (2019) - what does it envisage", [flemish],
                           hits(flemish)) is None

    # probes36 #20: a pair with its second swapped for one no passage read names
    islands = ("Pressure from civil society and some cities led to the relocation of 18 unaccompanied minors from the "
               "Greek islands of Lesbos and Samos in August 2020.")
    asked = "how many unaccompanied minors did belgium relocate from lesbos n {} in aug 2020"
    assert other_pair_member(asked.format("chios"), [islands], hits(islands)) == (
        f"the reports name Lesbos with Samos, not chios: “{quote(islands)}”")
    assert other_pair_member(asked.format("samos"), [islands], hits(islands)) is None
    # (a second named in a passage read is left to the other checks)
    assert other_pair_member(asked.format("chios"), [islands], hits(islands, "Chios is an island.")) is None


def test_probes36_false_premises_refused_and_twins_answered():
    from qa.awards import other_namer
    from qa.figures import other_deed_figure
    from qa.premise import _told_funder_missing
    from qa.roles import swapped_roles
    from qa.speakers import words_of_another_holder

    # #12: a body the sentence names as running the project is no funder ("funded by" tells who pays) ...
    moving = ("Moving Cities is a project from Seebrücke, Rosa Luxemburg Stiftung and Heinrich Böll Stiftung, funded "
              "by Robert Bosch Stiftung and Stiftungsfonds Zivile Seenotrettung and supported by many more "
              "initiatives.")
    asked = "Moving Cities is funded by the {} and Stiftungsfonds Zivile Seenotrettung; which organisations run it?"
    assert _told_funder_missing(asked.format("Heinrich Böll Stiftung"), [moving]) == (
        f"the reports name other funders than the Heinrich Böll Stiftung: “{quote(moving)}”")
    assert _told_funder_missing(asked.format("Robert Bosch Stiftung"), [moving]) is None
    esf = "The project is sponsored by the city of Ghent and the European Social Fund (ESF)."
    assert _told_funder_missing("jobteam gent is sponsored by the city and the esf - how many did it reach",
                                [esf]) is None
    # ... and the twin is not "the other way round": "Stiftung, funded by Robert Bosch Stiftung" is passive
    assert swapped_roles(asked.format("Robert Bosch Stiftung"), [moving]) is None
    assert swapped_roles("Why did Heinrich Böll Stiftung fund the Robert Bosch Stiftung?", [moving]) == (
        f"the reports say it the other way round: “{quote(moving)}”")
    assert swapped_roles("Why did the Robert Bosch Stiftung fund Heinrich Böll Stiftung?", [moving]) is None

    # #26: the figure of one deed given to another of the same sentence
    coaching = ("After one year, they have already reached 798 people, of which 532 people have entered in intensive "
                "coaching programs.")
    asked = "jobteam gent reached {} ppl after its first year - how many of them went into intensive coaching"
    assert other_deed_figure(asked.format("532"), [coaching]) == (
        f"the reports give 798, and 532 for something else: “{quote(coaching)}”")
    assert other_deed_figure(asked.format("798"), [coaching]) is None
    assert other_deed_figure(asked.format("600"), [coaching]) is None  # a figure the sentence never gives: elsewhere
    assert other_deed_figure("jobteam gent started in 2017 - how many people did it reach", [coaching]) is None

    # #32: "according to the coordinator of Refu Interim," against the coordinator of Jobteam Ghent
    society = ("However, as the coordinator of Jobteam Ghent has recognised, no person can ever be fully part of "
               "society without participation in decision-making or policy.")
    asked = "According to the coordinator of {}, why can no person ever be fully part of society?"
    assert words_of_another_holder(asked.format("Refu Interim"), [society], hits(society)) == (
        "the reports give these words to the coordinator of Jobteam Ghent, not of Refu Interim: "
        f"“{quote(society)}”")
    assert words_of_another_holder(asked.format("Jobteam Ghent"), [society], hits(society)) is None

    # #7: a naming told in the passive, by another than the reports name
    unhcr = "UNHCR declared Ghent a “solidarity city” with refugees."
    asked = "ghent was declared a 'solidarity city' with refugees by the {} - what other recognition did it get"
    assert other_namer(asked.format("european commission"), hits(unhcr)) == (
        f"the reports do not say the european commission did: “{quote(unhcr)}”")
    assert other_namer(asked.format("unhcr"), hits(unhcr)) is None


def test_probes36_portfolio_deadline_and_level_of_funds():
    from qa.compared import side_of_deadline_reversed
    from qa.roles import other_level_of_funds, other_portfolio

    # #24: a portfolio typed "x n y", before a dash
    said = "Rudy Coddens, City Councillor for Social Policy and Finance"
    asked = "rudy coddens, ghent's councillor for {} - what does he say about bottom-up initiatives"
    assert other_portfolio(asked.format("integration n housing"), [said], hits(said)) == (
        f"the reports give Rudy Coddens another portfolio: “{said}”")
    assert other_portfolio(asked.format("social policy n finance"), [said], hits(said)) is None

    # #19: done before a deadline, against "after the deadline"
    permit = ("In 2019, the federal and regional authorities transposed the provisions on the single permit – more "
              "than five years after the deadline though.")
    asked = "belgium transposed the single permit rules in 2019 - how long {} the EU deadline was that"
    assert side_of_deadline_reversed(asked.format("before"), [permit]) == (
        f"the reports say it came after: “{quote(permit)}”")
    assert side_of_deadline_reversed(asked.format("after"), [permit]) is None
    assert side_of_deadline_reversed("what came before the deadline for the reception plan", [permit]) is None

    # #40: one level's money ended, against another's; the sentence before it tells whose project
    origin = ("Ankerkracht (Anchor Power) was set up by the Belgian federal government and was originally funded by "
              "the European Union.")
    ended = "However, in 2015 European subsidies were ended."
    read = hits(f"{origin} {ended}")
    asked = "after {} funding for ankerkracht ended in 2015, who took the project over n how"
    assert other_level_of_funds(asked.format("flemish govt"), [ended, origin], read) == (
        f"the reports speak of other funds: “{quote(ended)}”")
    assert other_level_of_funds(asked.format("eu"), [ended, origin], read) is None
    # (without the sentence before it, "2015" and "ended" alone are not the subject)
    assert other_level_of_funds(asked.format("flemish govt"), [ended], hits(ended)) is None


def test_probes36_a_list_of_four_or_more_with_one_the_reports_never_name():
    from qa.lists import list_with_unlisted

    tour = ("For example, a collaboration between youth organisations (JES vzw and Tumult vzw), a youth movement (KAJ "
            "De Mug), a university college (Odisee) and refugee organisations (SINGA and MENA) organised a cycling "
            "tour in 2018.")
    asked = "the 2018 cycle tour by JES, tumult, KAJ de mug, {}, SINGA n MENA - what award did it get n from who"
    assert list_with_unlisted(asked.format("ghent university"), [tour], hits(tour)) == (
        "the reports name JES, tumult, KAJ de mug, SINGA, MENA with others, not ghent university: "
        f"“{quote(tour)}”")
    assert list_with_unlisted(asked.format("odisee"), [tour], hits(tour)) is None
    # a member another sentence read names is no invention
    assert list_with_unlisted(asked.format("ghent university"), [tour],
                              hits(tour, "Ghent University hosted the debate.")) is None
    # three members are too few to tell
    assert list_with_unlisted("the tour by JES, tumult n ghent university - what award did it get", [tour],
                              hits(tour)) is None


def test_probes36_two_by_typed_n_and_powers_handed_to_another_kind_of_body():
    from qa.roles import other_kind_of_receiver, other_partner

    # #15: "by a parliamentary inquiry n a tv documentary"
    scandal = ("Early 2019, a ‘scandal’ burst out in relation to practices unveiled in parallel by a judicial "
               "investigation and a TV documentary.")
    asked = "humanitarian visa scandal early 2019 - unveiled by a {} n a tv documentary - what had intermediaries done?"
    assert other_partner(asked.format("parliamentary inquiry"), [scandal]) == (
        f"the reports name a judicial investigation, not a parliamentary inquiry: “{quote(scandal)}”")
    assert other_partner(asked.format("judicial investigation"), [scandal]) is None

    # #18: powers devolved to the communities, against "to three regions"
    devolved = ("On1st July 2014, the federal government devolved decision-making powers on matters relating to "
                "employment based immigration policy to three regions: the “Brussels Capital” region (Brussels), the "
                "Flemish region (Flanders) and the Walloon region (Wallonia).")
    asked = "Which powers did the federal government devolve to the three {} on 1 July 2014?"
    assert other_kind_of_receiver(asked.format("communities"), [devolved]) == (
        f"the reports say regions, not communities: “{quote(devolved)}”")
    assert other_kind_of_receiver(asked.format("regions"), [devolved]) is None
    both = "The sixth state reform transferred powers on family allowances to the regions and communities."
    assert other_kind_of_receiver("which powers did the state reform transfer to the communities", [both]) is None


def test_probes36_centralised_against_multilevel_and_a_plan_aimed_at_taken_as_done():
    from qa.plans import plan_taken_as_done

    # #17: "centralised" against "multilevel"
    setting = ("The setting for our analysis is Belgium, due to its multilevel governance system and high degree of "
               "autonomy at the regional and municipal levels.")
    asked = "Why did the authors choose Belgium, with its {} governance system, as the setting for their analysis?"
    assert problem(asked.format("centralised"), setting) == (
        f"the reports say the opposite of 'centralised': “{quote(setting)}”")
    assert problem(asked.format("multilevel"), setting) is None

    # #39: what an agreement aims to do, taken as already done
    aim = ("- Objective 3: The Flemish coalition agreement aims to exclude private persons from obtaining legal "
           "information from the helpdesk of the Agency for Integration and Civic Integration.")
    asked = ("Since the 2019 Flemish coalition agreement {} private persons from getting information from the AGII "
             "helpdesk, how does that fit with GCM Objective 3?")
    assert plan_taken_as_done(asked.format("has already stopped"), [aim]) == (
        f"the reports give this only as a plan: “{quote(aim)}”")
    assert plan_taken_as_done(asked.format("aims to stop"), [aim]) is None
    # an aim of something else than the thing taken as done
    other = "The federal government aims to reduce the number of asylum applications."
    assert plan_taken_as_done(asked.format("has already stopped"), [other]) is None


def test_probes36_a_way_the_question_sets_aside_that_the_reports_give():
    from qa.denials import set_aside_told

    # #22: "via national govts, not directly" against "direct access to European funds"
    funds = ("Due to the impact on and responsibility of cities, it is important that cities can have direct access "
             "to European funds.")
    asked = "why does the ghent article say cities should get EU funds via national govts{}"
    for aside in (", not directly", " rather than directly", ", instead of directly?"):
        assert set_aside_told(asked.format(aside), [funds]) == (
            f"the reports say directly, not national govts: “{quote(funds)}”"), aside
    assert set_aside_told("why does the ghent article say cities should get EU funds directly, not via national govts",
                          [funds]) is None
    # the question's own way in the sentence too: "grounded in solidarity, not charity"
    approach = ("A coordinator from the Ghent Taskforce on Refugees outlines that the best approach to integrating "
                "refugees is one grounded in solidarity, not charity.")
    assert set_aside_told("why is ghent's approach to integrating refugees grounded in solidarity, not charity",
                          [approach]) is None
    # (a yes/no question asks which way)
    assert set_aside_told("do cities get EU funds via national govts, not directly?", [funds]) is None


def test_probes37_false_premises_refused_and_twins_answered():
    from qa.contradiction import _contradicted
    from qa.denials import only_one
    from qa.doers import other_doer, other_holder_of_most
    from qa.figures import share_beyond_bound
    from qa.lists import other_group
    from qa.order import order_reversed
    from qa.premise import _told_funder_missing
    from qa.roles import other_blocker

    # #4 and #15: a deed told word for word, given to another body
    pact = ("The European Commission announced its ‘New Pact on Migration and Asylum’ on 23 September 2020, with "
            "explicit emphasis on supporting integration into local communities.")
    asked = "The {} announced its 'New Pact on Migration and Asylum' on 23 September 2020. What does it emphasise?"
    assert other_doer(asked.format("European Parliament"), [pact], hits(pact)) == (
        f"the reports say the European Commission did it: “{quote(pact)}”")
    assert other_doer(asked.format("European Commission"), [pact], hits(pact)) is None
    federal = ("Due to the growing number of refugees, the federal government decided to provide more accommodation "
               "for refugees.")
    asked = "after the {} decided to provide more accommodation for refugees, how many reception centres cooperated"
    assert other_doer(asked.format("city of ghent"), [federal], hits(federal)).startswith(
        "the reports say the federal government did it")
    assert other_doer(asked.format("federal government"), [federal], hits(federal)) is None
    assert other_doer("the federal govt decided to provide more accommodation for refugees - how did ghent respond",
                      [federal], hits(federal)) is None  # probes36 #2's twin, typed short
    # ... not another deed: the same verb with other words after it
    assert other_doer("after the city of ghent decided to open a reception centre, what happened", [federal],
                      hits(federal)) is None

    # #36: the most successful way is another
    court = ("Challenging the legality of these measures in court has proven the most successful way of influencing "
             "migration policy, even if the courts did not uphold all complaints.")
    asked = "{} has proven the most successful way for civil society to influence Belgian migration policy. Which ...?"
    assert other_holder_of_most(asked.format("Public campaigning"), [court], hits(court)).startswith(
        "the reports say this of another")
    assert other_holder_of_most(asked.format("Challenging measures in court"), [court], hits(court)) is None

    # #21 and #24: two events dated the other way round
    declared = "On 1 October 2020, the Council of State declared the royal decree partly illegal."
    suspended = ("Following an application of fifteen civil society organisations, the Council of State suspended in "
                 "April 2019 a number of provisions of the royal decree establishing the detention regime.")
    asked = "The Council of State {}. How many civil society organisations applied for the suspension?"
    assert order_reversed(asked.format("declared the royal decree on family units partly illegal before suspending "
                                       "some of its provisions"), [], hits(suspended, declared)).startswith(
        "the reports date them the other way round")
    assert order_reversed(asked.format("suspended some provisions of the royal decree on family units before "
                                       "declaring it partly illegal"), [], hits(suspended, declared)) is None
    cirq = ("The project originated from an initiative of vzw Cirq, who wanted to make an artistic production about "
            "newcomers to perform at the Gentse Feesten (a yearly ten-day festival in Ghent) in 2016.")
    created = "Due to the success and enthusiasm for Batahlan, Refu Interim was created in 2017."
    asked = "batahlan, the gentse feesten show staged {} refu interim was created - how many newcomers volunteered"
    assert order_reversed(asked.format("after"), [], hits(cirq, created))
    assert order_reversed(asked.format("before"), [], hits(cirq, created)) is None
    # one sentence telling both events tells their order itself (heldout18 a016)
    moria = ("Pressure from civil society and some cities led to the relocation of 18 unaccompanied minors from the "
             "Greek islands of Lesbos and Samos in August 2020, and of another 11 unaccompanied minors in December "
             "2020 after a fire destroyed the Moria camp.")
    detained = ("This is important because in August 2018, Belgium started to detain again families with children in "
                "“family units” in a closed centre near Brussels airport.")
    assert order_reversed("Why were only 18 unaccompanied minors relocated to Belgium after the fire at Moria?", [],
                          hits(moria, detained)) is None

    # #26: the third working group the question lists is none of the taskforce's
    groups = ("Within the taskforce, we set up three working groups: a working group on shelter, a working group on "
              "integration and one on volunteers and public awareness.")
    asked = "the ghent taskforce on refugees had working groups on shelter, integration and {} - what did the third do"
    package = "The Refugee Taskforce grants a package of solutions to help refugees with housing, health and work."
    assert other_group(asked.format("health"), [groups, package]) == (
        f"the reports name other groups than one on health: “{quote(groups)}”")
    assert other_group(asked.format("volunteers"), [groups]) is None

    # #27: "alongside state actors" takes others for granted, the reports say only state actors
    only = "The Commission only consisted of state actors, with very minimal consultation of civil society."
    final = "The Commission’s final report, launched on 15 September 2020, proposes among others to ..."
    asked = ("The Commission Bossuyt, which included civil society representatives {} state actors, published its "
             "final report on 15 September 2020. What did it propose regarding irregular stay?")
    assert only_one(asked.format("alongside"), [final], hits(f"{only} {final}")) == (
        f"the reports say only state: “{quote(only)}”")
    assert only_one(asked.format("and"), [final], hits(f"{only} {final}")) is None

    # #32: a share said to be above a bound the reports' share is below
    oda = "In the same year, Belgium spent 37,1% of ODA to least developed countries, which should be 50% by 2030."
    asked = "In 2018 Belgium spent {} than the 50% target share of its ODA on least developed countries. What ...?"
    assert share_beyond_bound(asked.format("more"), [oda], hits(oda)) == (
        f"the reports give 37,1%, not more than the 50%: “{quote(oda)}”")
    assert share_beyond_bound(asked.format("less"), [oda], hits(oda)) is None

    # heldout24 o028 (an aside no longer refuses it, #31's twin): the Council of State suspended it, not a UN committee
    asked = "Why did the {} suspend the royal decree on detaining families with children?"
    assert other_blocker(asked.format("UN Committee on the Rights of the Child"), [suspended],
                         hits(suspended)).startswith("the reports say the Council of State did this")
    assert other_blocker(asked.format("Council of State"), [suspended], hits(suspended)) is None

    # #31's twin: "extended" in an aside on a detail (the age determination period) is no opposite of the suspension
    asked = ("the detention of families w/ kids in family units near brussels airport, later suspended by the council "
             "of state - when did it start")
    aside = ("Moreover, until today, unaccompanied minors at the border can be detained with adults in a closed center "
             "during the age determination period (of 3 working days, which can be extended with another 3 days).37")
    assert _contradicted(asked, [aside], hits(aside)) is None
    extended = ("Moreover, until today, unaccompanied minors at the border can be detained with adults in a closed "
                "center, a detention which has been extended.")
    assert _contradicted(asked, [extended], hits(extended)).startswith("the reports say the opposite of 'suspend'")

    # #23's twin: the funders the question tells end with its sentence ("... Ministry of Culture. What three ...")
    refu = "Refu Interim is subsidised by the city of Ghent and the Ministry of Culture."
    asked = ("Refu Interim is subsidised by the city of Ghent and the {}. What three objectives does it pursue through "
             "voluntary work?")
    assert _told_funder_missing(asked.format("Ministry of Culture"), [refu]) is None
    assert _told_funder_missing(asked.format("Ministry of Education"), [refu]) == (
        f"the reports name other funders than the Ministry of Education: “{quote(refu)}”")


def test_probes38_false_premises_refused_and_twins_answered():
    from qa.compared import superlative_reversed
    from qa.contradiction import _contradicted, _quote_misattributed
    from qa.denials import both_taken_for_only, only_taken_for_more, study_never_done
    from qa.doers import other_holder_of_most
    from qa.figures import numbers_written_out, other_count, other_factor, other_year_of_act
    from qa.lists import other_group
    from qa.members import other_coalition
    from qa.premise import _count_missing, _stated_number_missing
    from qa.roles import other_body_in_charge
    from qa.together import unmentioned_name

    # #8's twin: the speaker is named in the clause that has the words said, not in the one setting the scene
    moria = ("After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government set "
             "out to do, only to see the federal government block it. In response, Ghent Mayor Mathias De Clercq "
             "proclaimed that “cooperation and solidarity across borders is more relevant than ever, especially for "
             "the most vulnerable in our global society. The coronavirus doesn’t know any borders.”")
    asked = ("What had Ghent pledged to do after the Moria fire, when Mayor {} proclaimed that “the coronavirus "
             "doesn't know any borders”?")
    assert _quote_misattributed(asked.format("Mathias De Clercq"), hits(moria)) is None
    assert _quote_misattributed(asked.format("Daniël Termont"), hits(moria)).startswith(
        "the reports quote these words without Mayor Daniël Termont")

    # #11's twin: the year a project started is not the year its count must be for
    reached = "After one year, they have already reached 798 people, of which 532 people have entered in intensive " \
              "coaching programs."
    asked = "jobteam gent was {} 2020 by ghent's dept of Work — how many ppl had it reached after 1 yr?"
    assert _count_missing(asked.format("started in early"), [reached], hits(reached)) is None
    assert _count_missing(asked.format("helping people in"), [reached], hits(reached)) == (
        "no sentence gives a number of people for 2020")

    # #14: "a study has already shown" against "no research has been conducted", in the chosen sentence's passage
    contact = ("Building on the ideas of contact theory (which argues intergroup contact reduces prejudice), the aim "
               "is to help combat negative stereotypes and prejudices against newcomers.")
    none = "Until now, no research has been conducted to measure the impact of this approach."
    asked = ("Ghent's double-pronged approach builds on contact theory, and {}. Besides this approach, what other "
             "tools does the city use to counter stereotypes about refugees?")
    assert study_never_done(asked.format("a study has already shown that it reduced negative stereotypes"), [contact],
                            hits(f"{contact} {none}")) == f"the reports say no such study was done: “{quote(none)}”"
    assert study_never_done(asked.format("no research has yet measured its impact"), [contact],
                            hits(f"{contact} {none}")) is None

    # #14's twin: a "double-pronged approach" is no change by a factor
    triple = "This triple-pronged approach allows us to tackle the challenge of welcoming refugees holistically."
    assert other_factor("Ghent's double-pronged approach builds on contact theory. What other tools does the city "
                        "use to counter stereotypes about refugees?", [triple], hits(triple)) is None
    doubled = "In Belgium, the number of asylum applications doubled within one year."
    assert other_factor("belgium asylum applications tripled in one year - why", [doubled], hits(doubled)) == (
        f"the reports say doubled, not tripled: “{quote(doubled)}”")

    # #22's twin: "X is the body that issues ...": the body is X
    office = ("The Immigration Office, overseen by the Federal Public Service Interior, is responsible for issuing "
              "visas and residence permits.")
    asked = "Since Belgium's {} is the body that issues visas and residence permits, which federal public service " \
            "oversees it?"
    assert other_body_in_charge(asked.format("Immigration Office"), [office], hits(office)) is None
    assert other_body_in_charge(asked.format("Fedasil"), [office], hits(office)) == (
        f"the reports give this task to another body: “{quote(office)}”")

    # #40's twin: "Mr." between the office and the name the question writes without it
    hearing = ("In a parliamentary hearing on 4 December 2018, the Belgian Special Envoy for Migration and Asylum Mr. "
               "Jean-Luc Bodson, who had negotiated the Compact on behalf of Belgium, emphasized that the text had "
               "been amended.")
    asked = ("At the parliamentary hearing of 4 December 2018, Special Envoy for Migration and Asylum {} stressed "
             "that the GCM text had been amended. What then happened to the federal government over the Compact?")
    assert unmentioned_name(asked.format("Jean-Luc Bodson"), hits(hearing)) is None
    assert unmentioned_name(asked.format("Jean-Pierre Bodson"), hits(hearing)) == (
        "the reports never mention Asylum Jean-Pierre Bodson")

    # #6: a rough count far from the reports' ("about a dozen" against "only two")
    call = ("Until 1 June 2020, only two applicants invoked the GCM in proceedings before the Council for Alien Law "
            "Litigation (CALL).")
    asked = "did the GCM change anything in belgian case law, given that {} applicants invoked it before the CALL?"
    assert other_count(asked.format("about a dozen"), [call], hits(call)) == (
        f"the reports give two applicants, not 12 applicants: “{quote(call)}”")
    assert other_count(asked.format("only two"), [call], hits(call)) is None
    assert other_count(asked.format("about 3"), [call], hits(call)) is None  # rough, and near enough
    # #20: "~45k" is 45,000
    assert numbers_written_out("~45k permits, 1.5k people, half a dozen") == "~45,000 permits, 1,500 people, 6"
    permits = "Over 2009-18, Belgium issued an average of 54,000 first residence permits per year."
    asked = "belgium issued ~{}k first residence permits a yr on avg in 2009-18 — what % were for family reunification?"
    assert _stated_number_missing(asked.format(45), hits(permits)) == "the passages never mention 45,000"
    assert _stated_number_missing(asked.format(54), hits(permits)) is None

    # #9: "a working group on shelter and one on employment"
    groups = ("Within the taskforce, we set up three working groups: a working group on shelter, a working group on "
              "integration and one on volunteers and public awareness.")
    asked = "Ghent's Taskforce on Refugees set up a working group on shelter and one on {}. What was the third one?"
    assert other_group(asked.format("employment"), [groups]).startswith("the reports name other groups than one on "
                                                                         "employment")
    assert other_group(asked.format("integration"), [groups]) is None

    # #10: the side of the superlative given by its figure
    costs = ("The average cost to send remittances from Belgium in the third quarter of 2020 was 10.08% to Algeria, "
             "8.87% to DRC, 5.05% to Morocco and 7.94% to Turkey.")
    asked = "Given that {}, was the most expensive destination for remittances from Belgium in Q3 2020, how far ...?"
    assert superlative_reversed(asked.format("the DR Congo, at 8.87%"), [costs]) == (
        f"the reports give 8.87% for DRC and 10.08% for Algeria: “{quote(costs)}”")
    assert superlative_reversed(asked.format("Algeria, at 10.08%"), [costs]) is None

    # #17: a coalition "adopted ... by" its parties
    flemish = ("On 30 September 2019, the coalition agreement of the Flemish goverment for the next five years was "
               "adopted, by a coalition of Flemish-nationalist, Christian democratic and liberal political parties.")
    asked = ("Does the Flemish coalition agreement adopted on 30 September 2019 by Flemish-nationalist, Christian "
             "democratic and {} parties refer to the Global Compact for Migration?")
    assert other_coalition(asked.format("green"), [flemish], hits(flemish)).startswith(
        "the reports give the coalition otherwise")
    assert other_coalition(asked.format("liberal"), [flemish], hits(flemish)) is None

    # #19: "in both dutch and french" against "albeit only in Dutch"
    agii = ("The Flemish Agency for Integration and Civic Integration (AGII) offers a very comprehensive website with "
            "information on immigration rules and procedures, albeit only in Dutch.")
    asked = "the AGII website on immigration rules is in {} — what does the flemish coalition agreement want to change?"
    assert both_taken_for_only(asked.format("both dutch and french"), [agii], hits(agii)) == (
        f"the reports say only Dutch: “{quote(agii)}”")
    assert both_taken_for_only(asked.format("dutch"), [agii], hits(agii)) is None

    # #29: "upheld" against "annulled", the criteria "for assessing whether ..." asking nothing
    annulled = ("The criterion of criminal history has been annulled by the Constitutional Court as being too broad "
                "and not proportionate to the goal of integration.")
    asked = ("The Constitutional Court {} criminal history as one of the criteria for assessing whether a migrant made "
             "\"a reasonable effort to integrate\" under the 2016 law. What are the other listed criteria?")
    assert _contradicted(asked.format("upheld"), [annulled], hits(annulled)).startswith(
        "the reports say the opposite of 'upheld'")
    assert _contradicted(asked.format("annulled"), [annulled], hits(annulled)) is None

    # #32: an act dated further on in its clause, against the date its sentence opens with
    declared = "On 1 October 2020, the Council of State declared the royal decree partly illegal."
    asked = ("After the Council of State declared the royal decree on detaining families in 'family units' partly "
             "illegal in {}, what did it decide next?")
    assert other_year_of_act(asked.format("April 2019"), [declared], hits(declared)) == (
        f"the reports give 2020, not 2019: “{quote(declared)}”")
    assert other_year_of_act(asked.format("October 2020"), [declared], hits(declared)) is None
    # (not past another act: the year is the suspension's, probes35 #24)
    assert other_year_of_act("council of state first declared the family units royal decree partly illegal and then "
                             "in april 2019 suspended parts of it - who brought the case", [declared],
                             hits(declared)) is None

    # #37: "If lobbying has proven the most successful way ..." (what it is the most of, up to its clause's end)
    court = ("Challenging the legality of these measures in court has proven the most successful way of influencing "
             "migration policy, even if the courts did not uphold all complaints.")
    asked = "If {} has proven the most successful way for Belgian civil society to influence migration policy, which?"
    assert other_holder_of_most(asked.format("lobbying"), [court], hits(court))
    assert other_holder_of_most(asked.format("challenging measures in court"), [court], hits(court)) is None

    # #39: "only the basic 'bed, bath, bread' services" against "In addition to the basic ... services"
    reno = ("In addition to the basic “bed, bath, bread” services, Ghent invested in guidance and support for refugees "
            "and asylum seekers.")
    asked = "On the Reno-boat, Ghent offered {} the basic 'bed, bath, bread' services. What body did the city set up?"
    assert only_taken_for_more(asked.format("only"), [reno], hits(reno)).startswith(
        "the reports give more than the basic 'bed, bath, bread' services")
    assert only_taken_for_more(asked.format("more than"), [reno], hits(reno)) is None


def test_probes39_false_premises_refused_and_twins_answered():
    from dataclasses import replace

    from qa.denials import only_one_of_pair
    from qa.doers import other_doer, other_owner
    from qa.figures import count_of_other_month, other_share_of_base
    from qa.order import order_reversed
    from qa.places import other_town_of_deed
    from qa.premise import _none_of_them
    from qa.question import asks_yes_no
    from qa.roles import other_office
    from qa.speakers import words_of_another_person
    from qa.together import unmentioned_name

    # #25: a share of the same thing that the reports give as another; what they say "should" be is not what is
    income = ("4. For family reunification with EEA-nationals and Belgians, the current indicative amount of "
              "resources is "
              "set at 120% of the living wage.23 Given that the objective of the income requirement is to prevent "
              "persons "
              "from having resource to the social assistance system of the host country, an income of 100% of the "
              "living wage should suffice.24 This prevents the poorest migrants from living together with their "
              "family.")
    asked = ("For family reunification with Belgians and EEA nationals, the indicative resources amount is {}% of the "
             "living wage. Why does the report consider this too demanding?")
    assert other_share_of_base(asked.format(100), [income], hits(income)) == (
        "the reports give 120% of it, not 100%: “4. For family reunification with EEA-nationals and Belgians, the "
        "current indicative amount of resources is set at 120% of the living wage”")
    assert other_share_of_base(asked.format(120), [income], hits(income)) is None
    assert other_share_of_base("Why does the report argue that an income of 100% of the living wage, rather than "
                               "120%, should suffice for family reunification with Belgians?", [income],
                               hits(income)) is None

    # #28: a deed placed in another town than the one the reports tell it of; a statement ending in a full stop
    # before the question asks nothing
    rose = ("An example of a success story is Rose, who had extensive work experience in Rwanda but struggled to "
            "find a "
            "job in Belgium, until she came in contact with Refu Interim, where she eventually started to work "
            "professionally: “They [Refu Interim] were looking for someone to run the operation in Lokeren.")
    spread = ("Refu Interim has expanded into other regions in Flanders: Ostend, Kortrijk, Bruges, Leuven, "
              "Sint-Niklaas "
              "and Lokeren.")
    asked = ("Rose, who had lots of work experience in Rwanda, was taken on by Refu Interim to run its operation "
             "in {}. "
             "What did that job involve?")
    assert not asks_yes_no(asked.format("Kortrijk"))
    assert asks_yes_no("Rose worked for Refu Interim. Was she taken on to run its operation in Kortrijk?")
    assert other_town_of_deed(asked.format("Kortrijk"), [rose], hits(rose, spread)).startswith(
        "the reports tell this of Lokeren, not Kortrijk: “An example of a success story is Rose")
    assert other_town_of_deed(asked.format("Lokeren"), [rose], hits(rose, spread)) is None

    # #29: a count given for one month that the reports give for another
    minors = ("Pressure from civil society and some cities led to the relocation of 18 unaccompanied minors from the "
              "Greek islands of Lesbos and Samos in August 2020, and of another 11 unaccompanied minors in "
              "December 2020 "
              "after a fire destroyed the Moria camp.")
    asked = ("after {} unaccompanied minors were relocated from Lesbos and Samos to Belgium in Aug 2020, how many more "
             "followed in Dec 2020 after the Moria fire?")
    assert count_of_other_month(asked.format(11), [minors], hits(minors)).startswith(
        "the reports give 11 for December 2020 and 18 for August 2020: “Pressure from civil society")
    assert count_of_other_month(asked.format(18), [minors], hits(minors)) is None

    # #30: "After X, it went on to Y" (the order word leading), with the year the reports give X
    suspended = ("Following an application of fifteen civil society organisations, the Council of State suspended in "
                 "April 2019 a number of provisions of the royal decree establishing the detention regime.35 On 1 "
                 "October "
                 "2020, the Council of State declared the royal decree partly illegal.")
    asked = ("After the Council of State declared the royal decree on detaining families with children partly "
             "illegal on "
             "1 October 2020, it went on to suspend a number of its provisions. Whose application led to that "
             "suspension?")
    assert order_reversed(asked, [suspended], hits(suspended)).startswith("the reports date them the other way round")
    assert order_reversed(asked.replace("1 October 2020", "1 October 2018"), [suspended], hits(suspended)) is None
    assert order_reversed("Before the Council of State declared the royal decree on detaining families partly illegal, "
                          "it had suspended a number of its provisions. Whose application led to that?", [suspended],
                          hits(suspended)) is None

    # #16: "only in Dutch" against "in French and Dutch" on the same website; not when a sentence as much on the
    # subject says "only in Dutch" (another website: probes40's twin)
    office = ("The Belgian Immigration Office hosts a centralized and publicly accessible website with legal and "
              "practical information on regular migration. This website is mainly in French and Dutch, with limited "
              "information available in English.")
    agii = ("The Flemish Agency for Integration and Civic Integration (AGII) offers a very comprehensive website with "
            "information on immigration rules and procedures, albeit only in Dutch.")
    both = "This website is mainly in French and Dutch, with limited information available in English."
    asked = ("Apart from being available only in Dutch, what other shortcomings does the report find in the Belgian "
             "Immigration Office's website on regular migration?")
    assert only_one_of_pair(asked, [both], hits(office, agii)) == (
        "the reports say French and Dutch, not only Dutch: “This website is mainly in French and Dutch, with limited "
        "information available in English”")
    assert only_one_of_pair("The AGII website on immigration rules is only in Dutch; what other information channel "
                            "does the agency offer private persons?", [agii, both], hits(agii, office)) is None

    # #10: a call told with a verb of its kin ("urged" and "called on") by another body
    myria = ("Myria has called on policymakers to launch a “major national survey” to deepen and broaden knowledge "
             "about migration.")
    asked = ("{} has urged policymakers to launch a 'major national survey' to deepen knowledge about migration. Who "
             "should carry out the survey?")
    unia = "2. The Socioeconomic Monitoring of Unia (the Interfederal Centre of Equal Opportunities) gives figures."
    assert other_doer(asked.format("Unia"), [myria], hits(myria, unia)).startswith("the reports say Myria did it")
    assert other_doer(asked.format("Myria"), [myria], hits(myria, unia)) is None

    # #20: a named thing given to another owner ("the European Council's 'New Pact ...'"); not "the city's"
    pact = ("The European Commission announced its ‘New Pact on Migration and Asylum’ on 23 September 2020, with "
            "explicit "
            "emphasis on supporting integration into local communities.")
    asked = ("What emphasis did the European {}'s 'New Pact on Migration and Asylum' of 23 September 2020 put on "
             "integration?")
    assert other_owner(asked.format("Council"), [pact], hits(pact)).startswith(
        "the reports give it to the European Commission: “The European Commission announced")
    assert other_owner(asked.format("Commission"), [pact], hits(pact)) is None
    taskforce = "Ghent's Refugee Taskforce was set up to help newcomers begin to integrate into society."
    assert other_owner("In the openDemocracy piece on Ghent, what working groups did the city's Taskforce on Refugees "
                       "have?", [taskforce], hits(taskforce)) is None

    # #18's twin: "The project is sponsored by ...": the project is done to, no doer
    sponsored = "The project is sponsored by the city of Ghent and the European Social Fund (ESF)."
    assert other_doer("Jobteam Gent is sponsored by the city of Ghent and the European Social Fund. What did its "
                      "non-city funder say?", [sponsored], hits(sponsored)) is None

    # #2's twin: "Ghent for World Refugee Day": a place joined on by "for" is no part of the name
    day = "This photo exhibition was launched to celebrate World Refugee Day 2020 in the city."
    assert unmentioned_name("which org co-initiated the open-air photo exhibition launched in Ghent for World Refugee "
                            "Day 2020?", hits(day)) is None
    assert unmentioned_name("which org co-initiated the open-air photo exhibition launched in Ghent for World Migrant "
                            "Day 2020?", hits(day)) == "the reports never mention Ghent for World Migrant Day"

    # #26 (and probes37 #25, probes38 #16): the author an office the report's opening describes them by does not hold
    opening = ("Can Europe Make It?\n\nRefugee solidarity: the view from Ghent\n\nA coordinator from the Ghent "
               "Taskforce "
               "on Refugees outlines that the best approach to integrating refugees is one grounded in solidarity, not "
               "charity.\n\nKathleen Van de Kerckhove\n21 December 2016\n")
    groups = "Within the taskforce, we set up three working groups."
    article = [Hit(Chunk(id="a0", doc_id="a", text=opening, start=0, end=len(opening), lang="en",
                         metadata={"author": "Kathleen Van de Kerckhove"}), 1.0)]
    for asked in ("In her December 2016 openDemocracy piece, Ghent alderman Kathleen Van de Kerckhove describes "
                  "working "
                  "groups set up within the Taskforce on Refugees. What were they?",
                  "Kathleen Van de Kerckhove, the alderman in charge of Ghent's Taskforce on Refugees, wrote about "
                  "refugee solidarity in 2016. Which working group does she mention?",
                  "why does Kathleen Van de Kerckhove, Ghent's alderman for social policy, argue that cities need "
                  "direct access to European funds?"):
        assert other_office(asked, [groups], article).startswith(
            "the reports call Kerckhove coordinator, not alderman: “A coordinator from the Ghent Taskforce"), asked
    assert other_office("In her December 2016 openDemocracy piece, Ghent Taskforce on Refugees coordinator Kathleen "
                        "Van de Kerckhove describes working groups. What were they?", [groups], article) is None
    assert other_office("Ghent alderman Kathleen Van de Kerckhove describes working groups. What were they?", [groups],
                        [Hit(replace(article[0].chunk, metadata={}), 1.0)]) is None  # (no author: nobody described)

    # #22: bills the question states as adopted, when the reports say none were
    bills = ("Under the previous legislature, various bills were tabled to make the rules on family reunification more "
             "restrictive, also after Belgium had expressed its support for the GCM in the UN General Assembly.17 None "
             "of these were adopted.")
    asked = ("{} bills making family reunification more restrictive, even after Belgium had backed the GCM at the UN, "
             "which obstacles to family reunification does the report say persist?")
    assert _none_of_them(asked.format("After the previous legislature adopted"), [bills], hits(bills)).startswith(
        "the reports say none of these were adopted")
    assert _none_of_them(asked.format("After the previous legislature tabled"), [bills], hits(bills)) is None

    # #21: words the question has one person say that the reports quote from another
    teukam = ("To illustrate this multidimensional approach, Renaud Teukam, a participant in the coaching program, "
              "states: “My first job here in Belgium was very irregular. I rarely knew in advance whether I would be "
              "able to work.”")
    asked = ("{}, a participant in jobteam gent's coaching program, says {} first job in belgium was very irregular — "
             "which company has {} been working for since?")
    assert words_of_another_person(asked.format("rose", "her", "she"), hits(teukam)).startswith(
        "the reports give these words to Renaud Teukam, not rose: “To illustrate")
    assert words_of_another_person(asked.format("renaud teukam", "his", "he"), hits(teukam)) is None
    assert words_of_another_person("After URBACT declared Ghent a solidarity city, what did UNHCR say?",
                                   hits(teukam)) is None

    # #37: "UNHCR is cited as calling ..." names a source as "according to UNHCR" would
    urbact = ("- (4) Lastly, according to URBACT, the Refugee Taskforce serves as a replicable and transferrable "
              "solution for other European cities.")
    asked = ("{} is cited as calling Ghent's Refugee Taskforce a replicable and transferable solution for other "
             "European "
             "cities. What are the other success factors?")
    assert other_source(asked.format("UNHCR"), [urbact]) == (
        f"the reports give this to URBACT, not UNHCR: “{quote(urbact)}”")
    assert other_source(asked.format("URBACT"), [urbact]) is None

    # probes35 #16: "Jean-Luc Bodson, Belgium's ambassador to the UN" gives him an office the reports don't
    envoy = ("In a parliamentary hearing on 4 December 2018, the Belgian Special Envoy for Migration and Asylum Mr. "
             "Jean-Luc Bodson, who had negotiated the Compact on behalf of Belgium, emphasized that the text had "
             "changed.")
    assert other_office("What did Jean-Luc Bodson, Belgium's ambassador to the UN, tell the parliamentary hearing of 4 "
                        "December 2018?", [envoy], hits(envoy)).startswith(
        "the reports call Bodson special envoy, not ambassador")


def test_probes40_false_premises_refused_and_twins_answered():
    from qa.contradiction import _contradicted
    from qa.denials import both_taken_for_only, only_of_both, only_one_of_pair
    from qa.doers import other_doer
    from qa.roles import other_name_of_kind

    # #40: an office given in a lead, after a possessive and with a portfolio of two words
    opening = ("Refugee solidarity: the view from Ghent\n\nA coordinator from the Ghent Taskforce on Refugees outlines "
               "that the best approach to integrating refugees is one grounded in solidarity, not charity.\n\n"
               "Kathleen Van de Kerckhove\n21 December 2016\n")
    article = [Hit(Chunk(id="a0", doc_id="a", text=opening, start=0, end=len(opening), lang="en",
                         metadata={"author": "Kathleen Van de Kerckhove"}), 1.0)]
    asked = "As {}, what does Kathleen Van de Kerckhove see as the right basis for integrating refugees?"
    assert other_office(asked.format("Ghent's alderman for social policy"), [opening], article).startswith(
        "the reports call Kerckhove coordinator, not alderman")
    assert other_office(asked.format("a coordinator at Ghent's Taskforce on Refugees"), [opening], article) is None

    # #26: a deed asked about with its doer after "has", and what it is done to before it
    myria = ("Myria has called on policymakers to launch a “major national survey” to deepen and broaden knowledge "
             "about migration.")
    asked = "What kind of national survey on migration has {} asked policymakers to launch?"
    assert other_doer(asked.format("Fedasil"), [myria], hits(myria)).startswith("the reports say Myria did it")
    assert other_doer(asked.format("Myria"), [myria], hits(myria)) is None

    # #27: several languages against "only in Dutch"; #32: "only ... state actors" with civil society further on
    agii = ("The Flemish Agency for Integration and Civic Integration (AGII) offers a very comprehensive website with "
            "information on immigration rules and procedures, albeit only in Dutch.")
    asked = ("The AGII website on immigration rules is available in {}; what other information channel does the agency "
             "offer private persons?")
    assert both_taken_for_only(asked.format("Dutch, French and English"), [agii], hits(agii)).startswith(
        "the reports say only Dutch")
    assert both_taken_for_only(asked.format("Dutch"), [agii], hits(agii)) is None
    office = ("The Belgian Immigration Office hosts a centralized and publicly accessible website with legal and "
              "practical information on regular migration. This website is mainly in French and Dutch, with limited "
              "information available in English.")
    assert both_taken_for_only("Apart from being mainly in French and Dutch, what other shortcomings does the report "
                               "find in the Belgian Immigration Office's website on regular migration?",
                               [agii], hits(office, agii)) is None  # (probes39 #16's twin: another website)
    bossuyt = "The Commission only consisted of state actors, with very minimal consultation of civil society."
    asked = "The Commission Bossuyt brought together {}; what did its final report propose on irregular stay?"
    assert both_taken_for_only(asked.format("both state actors and civil society organisations"), [bossuyt],
                               hits(bossuyt)).startswith("the reports say only state")
    assert both_taken_for_only("The website is in both Dutch and French; who runs it?",
                               ["The website is available only in Dutch and French."],
                               hits("The website is available only in Dutch and French.")) is None

    # #15: "as Jobteam Gent's only sponsor" against two sponsors
    sponsored = "The project is sponsored by the city of Ghent and the European Social Fund (ESF)."
    assert only_one_of_pair("What did the city of Ghent, as Jobteam Gent's only sponsor, say about the project?",
                            [sponsored], hits(sponsored)).startswith(
        "the reports say Ghent and the European Social Fund, not only Ghent")
    assert only_one_of_pair("What did the city of Ghent, as one of Jobteam Gent's sponsors, say about the project?",
                            [sponsored], hits(sponsored)) is None

    # #20: a thing of a kind given another's name; no kind in "the 'family units'"
    # (what it is by its last word: the passage's "school" is no "school building"; and not a word that says
    # nothing of what it is, probes62 #3)
    assert problem("how many non-EU citizens were among the residents who came from a foreign country, a group which "
                   "made up 16.8% of the population?", "As of 2018, 16.8% of the Belgian population came from a "
                   "foreign country, among which more than one third were non-EU citizens.") is None
    game = "This is the objective of the board game ‘This is not a Game’, offered in the schools of Ghent."
    asked = "How does the board game '{}', used in Ghent's schools, help students understand refugees?"
    assert other_name_of_kind(asked.format("Batahlan"), [game], hits(game)) == (
        f"the reports call the board game ‘This is not a Game’: “{quote(game)}”")
    assert other_name_of_kind(asked.format("This is not a Game"), [game], hits(game)) is None
    assert other_name_of_kind("the 'family units' near antwerp airport - who built them?", [game], hits(game)) is None

    # #38: "only city services, not citizens and NGOs" against a list naming both
    partners = ("- (2) A second dimension of the success story, referred to as the participatory approach, is the "
                "partnership between city services, NGOs, civil society organizations and individual citizens.")
    assert only_of_both("Why did Ghent involve only city services, not citizens and NGOs, in its Taskforce on "
                        "Refugees at the start?", [partners]) == f"the reports name both: “{quote(partners)}”"

    # #39 (and probes39 #36): funds "channelled through national governments" against "direct access"; not when the
    # question sets national governments aside
    direct = ("Due to the impact on and responsibility of cities, it is important that cities can have direct access "
              "to European funds.")
    assert _contradicted("Why does the Ghent taskforce coordinator want European funds for cities to be channelled "
                         "through national governments?", [direct], hits(direct)).startswith(
        "the reports say the opposite of 'national governments'")
    assert _contradicted("why does the ghent taskforce coordinator argue EU funding for cities should keep going "
                         "through national governments rather than directly to cities?", [direct],
                         hits(direct)).startswith("the reports say the opposite of 'national governments'")
    for asked in ("Why does the Ghent taskforce coordinator want European money to go straight to cities instead of "
                  "through national governments?",
                  "why does the coordinator want city halls to get EU money without going through national "
                  "governments?",
                  "why does the coordinator argue cities should have direct access to EU funds rather than waiting on "
                  "national governments?"):
        assert _contradicted(asked, [direct], hits(direct)) is None, asked

    # #31: "about 10%" is the reports' 10.08% (its twin was refused: "the passages never mention 10"); "about 10%"
    # for Morocco is Algeria's
    from qa.figures import figure_of_another, other_figure
    from qa.premise import _stated_number_missing
    costs = ("The average cost to send remittances from Belgium in the third quarter of 2020 was 10.08% to Algeria, "
             "8.87% to DRC, 5.05% to Morocco and 7.94% to Turkey.")
    asked = ("Sending remittances from Belgium to {} cost {}% in the third quarter of 2020; what cost target has the "
             "federal government said it supports?")
    for stated in ("about 10", "roughly 10"):
        assert _stated_number_missing(asked.format("Algeria", stated), hits(costs)) is None
        assert other_figure(asked.format("Algeria", stated), [costs], hits(costs)) is None
    assert _stated_number_missing(asked.format("Algeria", "10"), hits(costs)) == "the passages never mention 10"
    assert _stated_number_missing(asked.format("Algeria", "about 12"), hits(costs)) == "the passages never mention 12"
    assert figure_of_another(asked.format("Morocco", "about 10"), [costs], hits(costs)).startswith(
        "the reports give 5.05% for Morocco; 10.08% is for Algeria")
    # #36: "about 20%" is held by a share only, not by the 21 of a date
    recognised = "Kathleen Van de Kerckhove, 21 December 2016. Most of them (60%) are getting recognised as refugees."
    assert _stated_number_missing("With only about 20% of asylum applicants in Belgium being recognised as refugees, "
                                  "how did Ghent approach their integration?", hits(recognised)) == (
        "the passages never mention 20")


def test_a_count_tied_to_the_event_of_another_count():
    """heldout18 a016: "only 18 ... after the fire at Moria" when 18 came in August, and 11 after the fire."""
    from qa.figures import count_of_other_event
    minors = ("Pressure from civil society and some cities led to the relocation of 18 unaccompanied minors from the "
              "Greek islands of Lesbos and Samos in August 2020, and of another 11 unaccompanied minors in December "
              "2020 after a fire destroyed the Moria camp.")
    asked = "Why were only {} unaccompanied minors relocated to Belgium after the fire at Moria?"
    assert count_of_other_event(asked.format(18), [minors], hits(minors)) == (
        f"the reports give 11 for this, not 18: “{quote(minors)}”")
    assert count_of_other_event(asked.format(11), [minors], hits(minors)) is None
    assert count_of_other_event("Why were only 18 unaccompanied minors relocated from Lesbos and Samos?", [minors],
                                hits(minors)) is None
    assert count_of_other_event("How many were relocated after the fire?", [minors], hits(minors)) is None
    assert count_of_other_event("Why were only 18 unaccompanied minors relocated after the fire?",
                                ["No count here."], hits("No count here.")) is None
    # (probes40 #14's twin: what is asked after the count is no event of it)
    reached = ("After one year, they have already reached 798 people, of which 532 people have entered in intensive "
               "coaching programs.")
    assert count_of_other_event("Jobteam Gent reached 798 people in its first year; how many of them went on to "
                                "intensive coaching?", [reached], hits(reached)) is None


def test_heldout60_read_misses():
    """heldout60's misses when it was read: a change asked by the English name the reports give in brackets (yi030),
    who stated a stance someone else opposed (yi006), and a count the reports give only for others (yi032)."""
    from qa.contradiction import _contradicted
    from qa.premise import _count_missing
    from qa.roles import swapped_change

    forum = ("Because a coordinated and cooperative approach to migration and integration is not only relevant for "
             "refugees and asylum seekers, Ghent decided to transform the Refugee Taskforce into the Migratieforum "
             "(Migration Forum).")
    for asked in ("Why was Ghent's Migration Forum later turned into the Refugee Taskforce?",
                  "why did ghent turn its migration forum into the refugee taskforce"):
        assert swapped_change(asked, [forum]) == f"the reports say it the other way round: “{quote(forum)}”"
    for asked in ("Why was Ghent's Refugee Taskforce later turned into the Migration Forum?",
                  "why did ghent turn its refugee taskforce into the migration forum"):
        assert swapped_change(asked, [forum]) is None

    support = ("In September 2018, then first minister Charles Michel expressed Belgium’s support for the Global "
               "Compact in the UN General Assembly.")
    concerns = ("During autumn, however, the right-wing nationalist political party N-VA started to raise critical "
                "concerns about the Compact, arguing that endorsing the Compact would imply relinquishing national "
                "sovereignty over migration policy.")
    both = [support, concerns]
    assert _contradicted("Who stated Belgium's backing for the Global Compact for Migration at the UN General "
                         "Assembly, and in which month?", both, hits(*both)) is None
    assert _contradicted("why did n-va back the global compact in autumn 2018", both, hits(*both)).startswith(
        "the reports say the opposite of 'back'")

    hart = ("An example of an individual citizen initiative is Hart voor Vluchtelingen (Heart for Refugees). Today, "
            "Hart voor Vluchtelingen is a community that offers material assistance as well as friendship work.")
    volunteered = ("In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent, 65 of "
                   "whom had newly registered that year.")
    read = hits(hart, volunteered)
    assert _count_missing("How many volunteers work for Hart voor Vluchtelingen today?", [hart, volunteered],
                          read) == ("no sentence gives a number of volunteers for Hart voor Vluchtelingen: "
                                    f"“{quote(volunteered)}”")
    assert _count_missing("How many newcomers volunteered in organisations in Ghent in 2019?", [volunteered],
                          read) is None
    # a passage that names the holder of the count answers it
    assert _count_missing("How many newcomers volunteered for Hart voor Vluchtelingen in 2019?", [volunteered],
                          hits(hart + " " + volunteered)) is None


def test_probes41_false_premises_refused_and_twins_answered():
    from qa.causes import reversed_sequel
    from qa.compared import preference_reversed
    from qa.contradiction import _contradicted
    from qa.denials import only_one_of_pair
    from qa.figures import figure_of_another, other_start
    from qa.premise import _stated_number_missing

    # #7's twin: "4-day" is the reports' "four-day"
    tour = ("For example, a collaboration between youth organisations arranged a four-day cycling tour in 2018 for "
            "newcomers from Ghent to other cities in Belgium, called 'Circle of Cycle & Eetfestijn'.")
    asked = "who organised the {}-day 'circle of cycle & eetfestijn' bike tour in 2018?"
    assert _stated_number_missing(asked.format(4), hits(tour)) is None
    assert _stated_number_missing(asked.format(5), hits(tour)) == "the passages never mention 5"

    # #11's twin: the question draws the reports' contrast itself, and the opposite is on the other side
    competence = "Asylum and migration is a federal competence in Belgium, whereas integration is regionalised."
    asked = ("Given that integration is a {} competence in Belgium while asylum and migration are {}, what does the "
             "2019 Flemish coalition agreement plan for civic integration?")
    assert _contradicted(asked.format("regional", "federal"), [competence], hits(competence)) is None
    assert _contradicted("Why is integration a regional competence rather than asylum?", [competence],
                         hits(competence)).startswith("the reports say the opposite of 'regional competence'")

    # #33: the start's year is asked, and the year the question gives is of the production; the false version has
    # the production grow out of Refu Interim
    created = "Due to the success and enthusiasm for Batahlan, Refu Interim was created in 2017."
    asked = "{} grew out of {} — in what year was Refu Interim itself created?"
    production = "vzw Cirq's Batahlan production at the 2016 Gentse Feesten"
    assert other_start(asked.format("Refu Interim", production), [created], hits(created)) is None
    assert other_start("Refu Interim was created in 2016 — what does it do?", [created], hits(created)).startswith(
        "the reports give another start, 2017")
    assert reversed_sequel(asked.format(production, "Refu Interim"), [created]) == (
        f"the reports tell it the other way round: “{quote(created)}”")
    assert reversed_sequel(asked.format("Refu Interim", production), [created]) is None

    # #35: phased out against increased
    plan = "In 2017, it adopted a “master plan” to increase available places in closed centres."
    asked = "The 2017 'master plan' was meant to {} closed centres. Is the current federal government still doing it?"
    assert _contradicted(asked.format("phase out"), [plan], hits(plan)).startswith(
        "the reports say the opposite of 'phase out'")
    assert _contradicted(asked.format("add places in"), [plan], hits(plan)) is None

    # #29: only one funder, against "the city of Ghent and the Ministry of Culture"
    funded = "Refu Interim is subsidised by the city of Ghent and the Ministry of Culture."
    assert only_one_of_pair("refu interim is funded only by the city of ghent — what does it aim to promote?",
                            [funded], hits(funded)).startswith("the reports say city of Ghent and the Ministry of "
                                                               "Culture, not only city")
    assert only_one_of_pair("refu interim is funded by the city of ghent and the ministry of culture — what does it "
                            "aim to promote?", [funded], hits(funded)) is None

    # #20: half of the permits given to work, when the reports give the half to family reunification
    permits = ("Among them, about 50% were for the purpose of family reunification, 11% for education, and 9% for "
               "work; the remaining permits were issued for other reasons.")
    asked = "{} accounted for about half of Belgium's first residence permits in 2009-18 — what share was for study?"
    assert figure_of_another(asked.format("Work"), [permits], hits(permits)) == (
        f"the reports give 9% for work; 50% is for family reunification: “{quote(permits)}”")
    assert figure_of_another(asked.format("Family reunification"), [permits], hits(permits)) is None

    # #14: one thing done instead of another, the other way round
    ghent = ("Exemplary of this is Ghent’s collaboration with civil society organizations to start the integration "
             "process as soon as an asylum seeker arrives in the city, instead of waiting until after the recognition "
             "of their status as refugee.")
    assert preference_reversed("why does ghent wait for refugee recognition before starting the integration process "
                               "instead of starting on day one?", [ghent]) == (
        f"the reports say it the other way round: “{quote(ghent)}”")
    assert preference_reversed("why does ghent start the integration process on day one instead of waiting for "
                               "refugee recognition?", [ghent]) is None


def test_probes42_false_premises_refused_and_twins_answered():
    from qa.awards import other_giver
    from qa.denials import study_never_done
    from qa.figures import other_figure
    from qa.premise import _quoted_from_another
    from qa.roles import changed_other_thing
    from qa.speakers import words_of_another_person
    from qa.together import unmentioned_name

    # #12's twin: the target the question names beside the year's figure is not the year's
    oda = ("In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI), whereas this should increase to "
           "0,7% by 2030 to achieve the SDGs.")
    asked = "With Belgian development aid at {}% of GNI in 2018, how does the government plan to reach the 0.7% target?"
    assert other_figure(asked.format("0.44"), [oda], hits(oda)) is None
    assert other_figure(asked.format("0.54"), [oda], hits(oda)).startswith("the reports give 0,44% for 2018")
    assert other_figure("How did Belgium manage to reach the 0.7% of GNI target in 2018?", [oda], hits(oda)) \
        .startswith("the reports give 0,44% for 2018")  # a target the question says was met that year

    # #13's twin: two names the passages each give, joined by small words
    cirq = ("Refu Interim originated from an initiative of vzw Cirq, who wanted to make an artistic production about "
            "newcomers to perform at the Gentse Feesten.")
    assert unmentioned_name("How did a production by vzw Cirq for the Gentse Feesten lead to Refu Interim?",
                            hits(cirq)) is None
    assert unmentioned_name("How did a production by vzw Thope for the Gentse Feesten lead to Refu Interim?",
                            hits(cirq)) == "the reports never mention Thope for the Gentse Feesten"

    # #14's twin: "conditional period" is the "conditionality" of residence rights, "stretched" how it changed
    prolonged = ("In cases of family reunification with a third country national, for instance, the temporariness and "
                 "conditionality of residence rights were prolonged from 3 to 5 years in 2016.")
    assert changed_other_thing("family reunification got its conditional period stretched from 3 to 5 years in 2016, "
                               "what tension does the paper see", [prolonged]) is None
    applications = "The number of applications increased from 41 in 2014 to 77 in 2015."
    assert changed_other_thing("Ankerkracht's active participants nearly doubled from 41 in 2014 to 77 in 2015, why?",
                               [applications]).startswith("the reports give these numbers for something else")

    # #24's twin: the question says itself that no study was done
    none = "Until now, no research has been conducted to measure the impact of this approach."
    asked = ("{} the impact of Ghent's contact-theory approach, what other ways does the city use to counter negative "
             "stereotypes?")
    assert study_never_done(asked.format("Given that no study has yet measured"), [none], hits(none)) is None
    assert study_never_done(asked.format("Besides the study that measured"), [none], hits(none)).startswith(
        "the reports say no such study was done")

    # #29's twin: "a welcoming award from X" names no giver before it
    award = "This collaboration was granted a welcoming award by Vluchtelingenwerk Vlaanderen."
    assert other_giver("Which organisations were behind the 'Circle of Cycle & Eetfestijn' tour that won a welcoming "
                       "award from Vluchtelingenwerk Vlaanderen?", [award]) is None
    # probes51 #4's twin: a passive ("was granted ... by X") has its giver after the verb, not before it
    assert other_giver("If the collaboration behind 'Circle of Cycle & Eetfestijn' was granted a welcoming award by "
                       "Vluchtelingenwerk Vlaanderen, how many days did its 2018 cycling tour last?", [award]) is None

    # #26: the words a person says run to the question that follows them
    teukam = ("To illustrate this multidimensional approach, Renaud Teukam, a participant in the coaching program, "
              "states: “My first job here in Belgium was very irregular. I have now been working for Ivago for almost "
              "one and a half years.”")
    asked = ("{}, one of the jobteam gent participants, says {} has been working for ivago for almost a year and a "
             "half, how else did the jobteam help her besides the job search")
    assert words_of_another_person(asked.format("rose", "she"), hits(teukam)).startswith(
        "the reports give these words to Renaud Teukam, not rose")
    assert words_of_another_person(asked.format("renaud teukam", "he"), hits(teukam)) is None

    # #4: what a person is asked to have meant "when he said" words another said
    coddens = ('Alderman Coddens describes this as follows: "various initiatives and organizations arise from '
               'bottom-up initiatives and the city of Ghent recognizes and supports these initiatives and '
               'organizations, without taking them over".')
    asked = ("What did {} mean when he said Ghent supports bottom-up initiatives and organisations without taking them "
             "over?")
    assert _quoted_from_another(asked.format("mayor Mathias De Clercq"), "Mathias De Clercq", hits(coddens)) \
        .startswith("the reports give these words to Alderman Coddens, not Mathias De Clercq")
    assert _quoted_from_another(asked.format("alderman Rudy Coddens"), "Rudy Coddens", hits(coddens)) is None


def test_a_count_of_others_does_not_answer_how_many_did_a_deed():
    """heldout16 f028: "how many people signed the open letter" is not answered by the 300 asylum seekers it asked
    shelter for."""
    from qa.premise import _count_missing
    letter = ("On the national level, the citizen initiative Gent Zonder Grenzen (Ghent Without Borders) wrote an open "
              "letter to the city council of Ghent in June 2020 requesting the shelter of 300 asylum seekers.")
    assert _count_missing("How many people signed Gent Zonder Grenzen's June 2020 open letter?", [letter],
                          hits(letter)) == f"no sentence counts people that signed: “{quote(letter)}”"
    assert _count_missing("How many asylum seekers did Gent Zonder Grenzen ask the city to shelter?", [letter],
                          hits(letter)) is None
    volunteered = ("In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent, 65 of "
                   "whom had newly registered that year.")
    assert _count_missing("how many newcomers registered as volunteers in 2019", [volunteered],
                          hits(volunteered)) is None
    # (probes37 #21's twin: "applied" is told by "an application")
    applied = ("Following an application of fifteen civil society organisations, the Council of State suspended a "
               "number of provisions of the royal decree.")
    assert _count_missing("How many civil society organisations applied for the suspension?", [applied],
                          hits(applied)) is None


def test_a_cause_given_on_grounds_the_reports_do_not_tie_to_it():
    """heldout38 zm027: "on the grounds that it discriminated against EU citizens" when the court found the criterion
    "too broad and not proportionate"; a sentence elsewhere naming citizens alone does not tie the cause to it."""
    from qa.causes import given_cause_untold
    annulled = ("The criterion of criminal history has been annulled by the Constitutional Court as being too broad "
                "and not proportionate to the goal of integration.")
    citizens = "Integration courses are open to all citizens of the municipality."
    asked = "Why did the Constitutional Court annul the criminal-history criterion for integration efforts on the " \
            "grounds that {}?"
    assert given_cause_untold(asked.format("it discriminated against EU citizens"), [annulled, citizens],
                              hits(annulled, citizens)).startswith(
        "the reports don't tie it discriminated against EU citizens to it")
    assert given_cause_untold(asked.format("it was too broad and not proportionate"), [annulled, citizens],
                              hits(annulled, citizens)) is None


def test_a_list_inside_a_name_is_not_the_list_the_question_gives():
    """probes41 #15: "the Flemish Agency for Integration and Civic Integration has a website in Dutch, French and
    English" gives the languages, not "Integration and Civic Integration"."""
    from qa.denials import both_taken_for_only
    agii = ("The Flemish Agency for Integration and Civic Integration (AGII) offers a very comprehensive website with "
            "information on immigration rules and procedures, albeit only in Dutch.")
    asked = ("The Flemish Agency for Integration and Civic Integration has a comprehensive website on immigration "
             "rules {}. What does the 2019 Flemish coalition agreement plan for the agency's helpdesk?")
    assert both_taken_for_only(asked.format("in Dutch, French and English"), [agii], hits(agii)) == (
        f"the reports say only Dutch: “{quote(agii)}”")
    assert both_taken_for_only(asked.format("but only in Dutch"), [agii], hits(agii)) is None


def test_a_cause_the_question_blames_that_the_reports_do_not_tie_to_it():
    """probes39 #13: "The report blames privacy rules for researchers' poor access to data" when the reports give "a
    lack of political will"."""
    from qa.causes import given_cause_untold
    databases = ("Databases such as the Crossroads Bank for Social Security and the National Register contain a wealth "
                 "of information, but there is “a lack of political will” to make these data sufficiently accessible "
                 "for researchers.")
    asked = ("The report blames {} for researchers' poor access to data in the Crossroads Bank for Social Security "
             "and the National Register. What other migration data are lacking?")
    assert given_cause_untold(asked.format("privacy rules"), [databases], hits(databases)) == (
        f"the reports don't tie privacy rules to it: “{quote(databases)}”")
    assert given_cause_untold(asked.format("a lack of political will"), [databases], hits(databases)) is None


def test_heldout61_read_misses():
    """heldout61's false premises when it was read: work-based immigration taken back from the regions (yj022), a ban
    on detaining families (yj023), Ghent's council creating Ankerkracht (yj025), a fee dropped (yj027)."""
    from qa.contradiction import _contradicted

    devolved = ("On1st July 2014, the federal government devolved decision-making powers on matters relating to "
                "employment based immigration policy to three regions.")
    asked = "Why did the federal government {} in July 2014?"
    assert _contradicted(asked.format("take powers over work-based immigration back from the regions"), [devolved],
                         hits(devolved)).startswith("the reports say the opposite of 'take back'")
    assert _contradicted(asked.format("hand powers over work-based immigration to the regions"), [devolved],
                         hits(devolved)) is None

    detained = ("This is important because in August 2018, Belgium started to detain again families with children in "
                "“family units” in a closed centre near Brussels airport.")
    assert _contradicted("how did the august 2018 ban on detaining families with kids in closed centres work out in "
                         "practice", [detained], hits(detained)).startswith("the reports say the opposite of 'ban'")
    assert _contradicted("how did the august 2018 return to detaining families with kids in closed centres work out "
                         "in practice", [detained], hits(detained)) is None

    fee = ("Regarding integration, the 2019 coalition agreement of the Flemish government envisages making the civic "
           "integration course tougher through the introduction of a minimum fee of 360 euros.")
    asked = "why did the flemish government {} the fee for the civic integration course in its 2019 coalition deal"
    for verb in ("drop", "scrap"):
        assert _contradicted(asked.format(verb), [fee], hits(fee)).startswith(
            f"the reports say the opposite of '{verb}'")
    assert _contradicted(asked.format("introduce"), [fee], hits(fee)) is None

    set_up = ("Ankerkracht (Anchor Power) was set up by the Belgian federal government and was originally funded by "
              "the European Union.")
    asked = "Given that {} created Project Ankerkracht, why did it depend on EU subsidies at the start?"
    assert _other_actor(asked.format("Ghent's city council"), [set_up], hits(set_up)).startswith(
        "the reports name another actor, the Belgian federal government")
    assert _other_actor(asked.format("the Belgian federal government"), [set_up], hits(set_up)) is None


def test_probes43_false_premises_refused_and_twins_answered():
    from qa.causes import other_purpose
    from qa.contradiction import contradiction
    from qa.figures import other_start
    from qa.plans import not_yet_done
    from qa.question import asks_yes_no
    from qa.roles import other_association

    # #10: a Ghent resident is a citizen of Ghent; the purpose it was started for is checked
    hart = ("An example of an individual citizen initiative is Hart voor Vluchtelingen (Heart for Refugees). This "
            "initiative was founded in 2015 by a citizen of Ghent to collect material aid for asylum seekers and "
            "refugees arriving in Ghent. Today, Hart voor Vluchtelingen is a community that offers material "
            "assistance as well as friendship work.")
    founded = ("This initiative was founded in 2015 by a citizen of Ghent to collect material aid for asylum seekers "
               "and refugees arriving in Ghent.")
    asked = "Hart voor Vluchtelingen was started in 2015 by a Ghent resident to {} asylum seekers. What does it offer?"
    assert _other_actor(asked.format("collect material aid for"), [founded], hits(hart)) is None
    assert other_purpose(asked.format("collect material aid for"), [founded], hits(hart)) is None
    assert other_purpose(asked.format("give legal advice to"), [founded], hits(hart)) == (
        f"the reports say it was started to collect material aid: “{quote(founded)}”")

    # #4: the year dates the production staged at the Gentse Feesten, not the start; another association
    created = "Due to the success and enthusiasm for Batahlan, Refu Interim was created in 2017."
    origin = ("The project originated from an initiative of vzw Cirq, who wanted to make an artistic production about "
              "newcomers to perform at the Gentse Feesten (a yearly ten-day festival in Ghent) in 2016.")
    asked = ("Which production that vzw {} staged at the 2016 Gentse Feesten led to Refu Interim being set up, and how "
             "many newcomers took part in it?")
    assert other_start(asked.format("Cirq"), [origin, created], hits(origin, created)) is None
    assert other_start("Refu Interim was set up at the 2016 Gentse Feesten. What does it do?", [created],
                       hits(created)).startswith("the reports give another start, 2017")
    assert other_association(asked.format("Thope"), [origin, created]) == (
        f"the reports name vzw Cirq, not vzw Thope: “{quote(origin)}”")
    assert other_association(asked.format("Cirq"), [origin, created]) is None
    assert other_association("Refu Interim grew out of vzw Cirq's Batahlan production - when?", [origin]) is None

    # #13's twin: after a statement, a chosen sentence of the year on what is asked answers the count
    volunteered = ("In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent, 65 of "
                   "whom had newly registered that year.")
    asked = ("Refu Interim's volunteer placements give newcomers a chance to practise their Dutch. How many asylum "
             "seekers, refugees and migrants volunteered through it in {}?")
    read = hits(created, volunteered)
    assert contradiction(asked.format(2019), created, [created, volunteered], read) is None
    assert contradiction(asked.format(2018), created, [created, volunteered], read).startswith(
        "the reports say this about 2017, not 2018")

    # #16's twin: a yes/no question typed after a statement and a comma
    assert asks_yes_no("up to june 2020 only two applicants cited the GCM before the council for alien law "
                       "litigation, did it change the outcome of there cases")
    assert not asks_yes_no("up to june 2020 only two applicants cited the GCM, what did the council say")

    # #24's twin: the question says itself that the declaration is not in force
    declaration = ("The newcomers’ declaration is not implemented yet, as it depends on a collaboration agreement to "
                   "be concluded with the three Communities.")
    assert not_yet_done("Although newcomers in Belgium do not sign the newcomers' declaration yet because it is not "
                        "implemented, what does the GCM contribution criticise about the document?",
                        [declaration]) is None
    assert not_yet_done("Now that the newcomers' declaration is implemented, what does the GCM contribution criticise "
                        "about the document?", [declaration]).startswith("the reports say this is not in force yet")


def test_probes43_false_premises_of_occasion_group_and_order():
    from qa.causes import other_occasion
    from qa.order import order_told_reversed
    from qa.roles import other_beneficiary

    # #30: the deed followed another occasion than the question's
    attacks = ("Following the Paris and Brussels terrorist attacks, various provisions of the Aliens Act were amended "
               "in order to strengthen public order and national security.")
    rule = ("For instance, the rule that people born in Belgium or who had moved to Belgium before the age of 12 could "
            "not be deported was abolished.")
    asked = ("after the {} belgium scrapped the rule that people who came before age 12 couldnt be deported, what was "
             "the aim of those aliens act changes")
    read = hits(f"{attacks} {rule}")
    assert other_occasion(asked.format("2015 refugee crisis"), [attacks, rule], read) == (
        f"the reports say it followed the Paris and Brussels terrorist attacks: “{quote(attacks)}”")
    assert other_occasion(asked.format("paris and brussels terrorist attacks"), [attacks, rule], read) is None
    # the question names the sentence's occasion too, and the sentence tells the question's event
    moria = ("After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government set "
             "out to do, only to see the federal government block it.")
    assert other_occasion("After the federal government blocked Ghent's pledge to take in extra refugees following "
                          "the Moria fire, how did the mayor respond?", [moria], hits(moria)) is None

    # #23: the return homes are for families, not for unaccompanied minors
    homes = ("Currently, the only ‘alternative to detention’ are the so-called ‘return homes’ (terugkeerhuizen) for "
             "families with minor children.")
    asked = ("the return homes for {} are the only alternative to detention in belgium, why does the report say they "
             "arent really an alternative")
    assert other_beneficiary(asked.format("unaccompanied minors"), [homes]) == (
        f"the reports say it is for families, not minors: “{quote(homes)}”")
    assert other_beneficiary(asked.format("families with minor children"), [homes]) is None
    assert other_beneficiary(asked.format("children"), [homes]) is None

    # #27: put before the adoption, told a year after it
    plan = ("This did not substantively impact on the reasoning or outcome of the judgments.6 One year after the "
            "adoption of the GCM, a coalition of NGOs launched an Action Plan with proposals on how Belgium could "
            "implement the GCM.")
    asked = ("a coalition of ngos put out an action plan on implementing the GCM in belgium {} the compact's adoption, "
             "which organisations were behind it")
    assert order_told_reversed(asked.format("in the run-up to"), [plan]) == (
        "the reports tell it after that: “One year after the adoption of the GCM, a coalition of NGOs launched an "
        "Action Plan with proposals on how Belgium could implement the GCM”")
    assert order_told_reversed(asked.format("a year after"), [plan]) is None


def test_probes44_false_premises_refused_and_twins_answered():
    from qa.contradiction import _contradicted, contradiction
    from qa.order import order_reversed
    from qa.roles import other_blocker, other_body_in_charge, swapped_change, swapped_roles

    # #9's twin: "is responsible for issuing" is one charge, and the sentence gives it to the Immigration Office
    office = ("The Immigration Office, overseen by the Federal Public Service Interior, is responsible for issuing "
              "visas and residence permits.")
    asked = "The {} is responsible for issuing visas and residence permits in Belgium; which federal public service " \
            "oversees it?"
    assert other_body_in_charge(asked.format("Immigration Office"), [office], hits(office)) is None
    assert other_body_in_charge(asked.format("CGRS"), [office], hits(office)) == (
        f"the reports give this task to another body: “{quote(office)}”")

    # #32's twin: a condition with commas inside runs up to the question's word
    communities = ("Finally, the Flemish, French-speaking and German-speaking communities are jointly responsible for "
                   "the state’s integration policy.")
    asked = ("Given that the Flemish, French-speaking and German-speaking communities are jointly responsible for "
             "Belgium's integration policy, under whose political authority is immigration policy developed at "
             "federal level?")
    assert contradiction(asked, communities, [communities], hits(communities)) is None

    # #19: a stop the question states, given to the other party
    moria = ("After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government set "
             "out to do, only to see the federal government block it.")
    asked = ("after the moria fire {} offered to take in more refugees than {} planned and {} blocked it, what did the "
             "mayor say about that")
    assert other_blocker(asked.format("the federal government", "ghent", "ghent"), [moria], hits(moria)) == (
        f"the reports say the federal government did this: “{quote(moria)}”")
    assert other_blocker(asked.format("ghent", "the federal government", "the federal government"), [moria],
                         hits(moria)) is None

    # #21: sender and addressee swapped, the sentence opening with its sender
    statement = ("Ghent, together with other European cities, addressed the statement in April 2020 to the presidents "
                 "of the EU institutions, offering to take in unaccompanied children.")
    assert swapped_roles("In April 2020 the presidents of the EU institutions addressed a public statement to Ghent "
                         "and other European cities asking them to take in unaccompanied children; where were those "
                         "children staying?", [statement]).startswith("the reports say it the other way round")
    assert swapped_roles("In April 2020 Ghent and other European cities addressed a public statement to the "
                         "presidents of the EU institutions offering to take in unaccompanied children; where were "
                         "those children staying?", [statement]) is None

    # #25: a name's gloss in brackets is left out of the change
    forum = "Ghent decided to transform the Refugee Taskforce into the Migratieforum (Migration Forum)."
    asked = "After Ghent transformed its {} into the {}, how often does it bring all the actors together?"
    assert swapped_change(asked.format("Migration Forum (Migratieforum)", "Refugee Taskforce"), [forum]) == (
        f"the reports say it the other way round: “{quote(forum)}”")
    assert swapped_change(asked.format("Refugee Taskforce", "Migration Forum (Migratieforum)"), [forum]) is None

    # #26: "A first and then B", A's start dated by the sentence telling it
    origin = ("The project originated from an initiative of vzw Cirq, who wanted to make an artistic production about "
              "newcomers to perform at the Gentse Feesten (a yearly ten-day festival in Ghent) in 2016.")
    created = "Due to the success and enthusiasm for Batahlan, Refu Interim was created in 2017."
    worked = "Refu Interim has worked with 69 different organisations in 2019."
    cirq = ("Vzw Cirq wanted to involve newcomers themselves in their production, Batahlan, and eventually more than "
            "70 newcomers participated as volunteers.")
    chosen = [origin, created, worked, cirq]
    assert order_reversed("refu interim existed first and then its volunteers put on batahlan at the gentse feesten, "
                          "how many newcomers took part in batahlan", chosen, hits(*chosen)).startswith(
        "the reports date them the other way round")
    assert order_reversed("batahlan was put on first at the gentse feesten and then refu interim was set up, how many "
                          "newcomers took part in batahlan", chosen, hits(*chosen)) is None

    # #39, spelled right: more access against excluding private persons
    exclude = ("The Flemish coalition agreement aims to exclude private persons from obtaining legal information from "
               "the helpdesk of the Agency for Integration and Civic Integration.")
    asked = "the 2019 flemish coalition agreement {} private persons to the agii helpdesk, what language is the site in"
    assert _contradicted(asked.format("gives more access for"), [exclude], hits(exclude)).startswith(
        "the reports say the opposite of 'more access'")
    assert _contradicted(asked.format("limits the access of"), [exclude], hits(exclude)) is None


def test_a_thing_asked_of_a_region_the_reports_tell_only_of_another():
    # heldout35 zj034: civic integration asked of Wallonia, told only of Flanders
    from qa.places import region_of_topic_untold

    flemish = ("Regarding integration, the 2019 coalition agreement of the Flemish government envisages making the "
               "civic integration course tougher through the introduction of a minimum fee of 360 euros.")
    devolved = ("On1st July 2014, the federal government devolved decision-making powers on matters relating to "
                "employment based immigration policy to three regions: the Flemish region (Flanders) and the Walloon "
                "region (Wallonia).")
    chosen = [devolved, flemish]
    asked = "Is civic integration compulsory for newcomers in {}, and what does the {} course involve?"
    assert region_of_topic_untold(asked.format("Wallonia", "Walloon"), chosen, hits(*chosen)) == (
        f"the reports tell civic integration of Flanders, not Wallonia: “{quote(flemish)}”")
    assert region_of_topic_untold(asked.format("Flanders", "Flemish"), chosen, hits(*chosen)) is None
    # heldout62 yk035: two regions asked side by side each need telling
    told = f"the reports tell civic integration of Flanders, not Wallonia: “{quote(flemish)}”"
    for asked in ("How much does the civic integration programme cost in Wallonia compared with Flanders?",
                  "How does civic integration in Wallonia compare with Flanders?",
                  "what does civic integration cost in flanders and in wallonia"):
        assert region_of_topic_untold(asked, chosen, hits(*chosen)) == told
    # both told; or one region compared with something else, which may be the yardstick
    walloon = "In Wallonia, the civic integration course has been compulsory since 2016."
    assert region_of_topic_untold("How does civic integration in Wallonia compare with Flanders?",
                                  [*chosen, walloon], hits(*chosen, walloon)) is None
    assert region_of_topic_untold("How does Ghent's civic integration course compare with Wallonia?", chosen,
                                  hits(*chosen)) is None


def test_a_count_of_people_who_live_somewhere_needs_a_sentence_telling_it():
    # heldout43 zr021: "how many refugees live in ghent" is not answered by a count of asylum seekers to shelter
    from qa.premise import _count_missing

    letter = ("Gent Zonder Grenzen wrote an open letter to the city council of Ghent in June 2020 requesting the "
              "shelter of 300 asylum seekers following the inhuman living conditions in Moria.")
    assert _count_missing("how many refugees live in ghent right now", [letter], hits(letter)) == (
        f"no sentence counts refugees that live: “{quote(letter)}”")
    # a population or its inhabitants tell who live there
    inhabitants = "Some 5,000 refugees are counted among Ghent's inhabitants."
    assert _count_missing("how many refugees live in ghent right now", [inhabitants], hits(inhabitants)) is None


def test_a_purpose_against_the_aim_the_reports_give():
    # heldout35 zj027: "launched to fix a shortage of temporary workers" against "their main focus is social contact"
    from qa.causes import other_purpose

    passage = ("Refu Interim is a project addressing the social and labour integration of refugees, asylum seekers and "
               "migrants. Despite its name, Refu Interim is not a real interim agency: their main focus is social "
               "contact.")
    focus = "Despite its name, Refu Interim is not a real interim agency: their main focus is social contact."
    asked = "Refu Interim was launched to {}. How successful was it?"
    assert other_purpose(asked.format("fix a shortage of temporary workers"), [focus], hits(passage)) == (
        f"the reports give its aim as social contact: “{quote(focus)}”")
    assert other_purpose(asked.format("foster social contact between newcomers and organisations"), [focus],
                         hits(passage)) is None


def test_probes46_read_misses():
    from qa.contradiction import _contradicted
    from qa.roles import other_beneficiary

    # #26: the thing a few words before the group it is said to be for
    homes = ("Currently, the only ‘alternative to detention’ – which is actually an alternative form of detention, "
             "because persons receive a detention title – are the so-called ‘return homes’ (terugkeerhuizen) for "
             "families with minor children.")
    asked = ("Since the so-called return homes are currently Belgium's only alternative to detention for {}, why does "
             "the report call them an alternative form of detention?")
    assert other_beneficiary(asked.format("unaccompanied minors"), [homes]) == (
        f"the reports say it is for families, not minors: “{quote(homes)}”")
    assert other_beneficiary(asked.format("families with minor children"), [homes]) is None
    # (in another clause, the group is not the thing's)
    assert other_beneficiary("What are the return homes, and is there support for unaccompanied minors?",
                             [homes]) is None
    # #38: a sentence opening "While ...," read side by side; a phrase's own words are not what it is said of
    local = ("While many policies relevant for immigrant integration are decided at national level, namely inclusion "
             "in the welfare system, labour market regulations, access to education, residency or citizenship "
             "requirements, integration essentially happens locally.")
    asked = ("Since the Yar and Laurentsyeva article holds that integration essentially happens {}, which policy areas "
             "does it say are decided nationally?")
    assert _contradicted(asked.format("at the national level"), [local], hits(local)) == (
        f"the reports say the opposite of 'national level': “{quote(local)}”")
    assert _contradicted(asked.format("locally"), [local], hits(local)) is None


def test_probes46_twins_read_answers():
    from qa.contradiction import _contradicted

    # #5: "with regular funds" is money, not an act of funding that names an actor
    funded = ("Moving Cities is a project from Seebrücke, Rosa Luxemburg Stiftung and Heinrich Böll Stiftung, "
              "funded by Robert Bosch Stiftung and Stiftungsfonds Zivile Seenotrettung.")
    taken = ("The same year, the OCMW of Ghent decided, after an evaluation, which projects that were no longer "
             "subsidised would be taken over with regular funds.")
    assert _other_actor("Why did the OCMW of Ghent decide to keep Project Ankerkracht going with regular funds once "
                        "its European subsidies ended in 2015?", [taken, funded], hits(taken, funded)) is None
    for asked in ("Why did the OCMW of Ghent fund Moving Cities?", "Why did the OCMW decide to fund Moving Cities?",
                  "Why did the EU decide to fund Moving Cities?"):
        assert _other_actor(asked, [funded], hits(funded)).startswith(
            "the reports name another actor, Robert Bosch Stiftung"), asked
    # #7: "in early 2020" dates the start, it is no earliness against "after this period"
    jobteam = ("For example, the duration of the project Jobteam Gent was originally set at two years, but the "
               "pressure to increase the employment rate of newcomers will not have ceased after this period.")
    assert _contradicted("Which department of the city of Ghent initiated the two-year Jobteam Gent project that "
                         "began in early 2020?", [jobteam], hits(jobteam)) is None
    # #19: a question asking the objection names both sides of the backing
    concerns = ("During autumn, however, the right-wing nationalist political party N-VA started to raise critical "
                "concerns about the Compact, arguing that endorsing the Compact would imply relinquishing national "
                "sovereignty over migration policy.")
    assert _contradicted("when prime minister charles michel backed the global compact at the UN general assembly in "
                         "sept 2018, what was n-va's objection?", [concerns], hits(concerns)) is None
    assert _contradicted("why did n-va back the global compact in autumn 2018?", [concerns], hits(concerns)) == (
        f"the reports say the opposite of 'back': “{quote(concerns)}”")


def test_probes46_read_misses_of_order_stops_and_tasks():
    from qa.causes import reversed_sequel
    from qa.roles import other_blocker, other_body_in_charge

    # #9: a thing put before another that the reports tell from the other's success
    success = "Due to the success and enthusiasm for Batahlan, Refu Interim was created in 2017."
    asked = "Since {}, how many newcomers took part in Batahlan?"
    assert reversed_sequel(asked.format("Refu Interim was already up and running before the Batahlan production and "
                                        "supplied its volunteers"), [success]) == (
        f"the reports tell it the other way round: “{quote(success)}”")
    assert reversed_sequel(asked.format("the Batahlan production came before Refu Interim was set up"),
                           [success]) is None
    # #11: a body told stopping a thing the reports have another body stop
    pledge = ("After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government "
              "set out to do, only to see the federal government block it.")
    asked = ("After the Moria fire {} blocked {}'s pledge to receive more refugees than it intended; what did Mayor "
             "Mathias De Clercq say in response?")
    assert other_blocker(asked.format("the city of Ghent", "the federal government"), [pledge], hits(pledge)) == (
        f"the reports say the federal government did this: “{quote(pledge)}”")
    assert other_blocker(asked.format("the federal government", "the city of Ghent"), [pledge], hits(pledge)) is None
    # #13: a task handed out, and the body of the last clause before a charge
    office = ("The Immigration Office, overseen by the Federal Public Service Interior, is responsible for issuing "
              "visas and residence permits.")
    asked = ("so the {} hands out visas and residence permits and the {} decides on asylum claims - who oversees the "
             "immigration office again?")
    assert other_body_in_charge(asked.format("commissioner general", "immigration office"), [office],
                                hits(office)) == f"the reports give this task to another body: “{quote(office)}”"
    assert other_body_in_charge(asked.format("immigration office", "commissioner general"), [office],
                                hits(office)) is None


def test_heldout70_read_misses_of_counts_and_rates():
    # ys005: "how many X did the city link up": the counted are what a subject did something to, told in other words
    centres = "In Ghent, we started a cooperation in between three reception centers."
    assert problem("And how many reception centres in Ghent did the city link up, and to what end?", centres) is None
    assert problem("How many reception centres have actually hosted large families?", centres).startswith(
        "no sentence counts reception centres that actually hosted large families")
    # ys013: the report the question names is where to look, not what the counted did ("the hunger strike the moving
    # cities belgium profile mentions")
    minors = ("Pressure from civil society and some cities led to the relocation of 18 unaccompanied minors from the "
              "Greek islands of Lesbos and Samos in August 2020.")
    assert problem("how many people are taking part in the hunger strike the moving cities belgium profile mentions?",
                   minors).startswith("no sentence counts people that taking part in the hunger strike")
    assert problem("how many people are taking part in the hunger strike the moving cities belgium profile mentions?",
                   "Currently, 18 people are taking part in a hunger strike.") is None
    # ys018: the name that did the counted deed ("did Hart voor Vluchtelingen ask") must be in a counting passage
    letter = ("On the national level, the citizen initiative Gent Zonder Grenzen (Ghent Without Borders) wrote an open "
              "letter to the city council of Ghent in June 2020 requesting the shelter of 300 asylum seekers.")
    asked = ("How many asylum seekers from Moria did {} ask Ghent's city council to shelter in its June 2020 open "
             "letter?")
    assert problem(asked.format("Hart voor Vluchtelingen"), letter) == (
        f"no sentence gives a number of asylum seekers for Hart voor Vluchtelingen: “{quote(letter)}”")
    assert problem(asked.format("Gent Zonder Grenzen"), letter) is None
    # ys019: a rate typed with a hyphen, given by a figure in a sentence on what it measures (not "16.8% ... came from a
    # foreign country")
    asked = ("What employment-rate gap between immigrants and the native-born population in Belgium does the policy "
             "article report?")
    foreign = "As of 2018, 16.8% (or 1.9 million) of the Belgian population came from a foreign country."
    lower = "A lower employment rate and lower civic participation point to a lack of integration."
    assert problem(asked, lower, foreign) == "no sentence gives a rate (employment-rate)"
    assert problem(asked, lower, "The employment rate of immigrants is 12% below that of natives.") is None


PRAISED = ("Ghent's Refugee Taskforce has been widely praised for its quality and success. UNHCR declared Ghent a "
           "“solidarity city” with refugees. A collaboration between Vluchtelingenwerk Vlaanderen, Amnesty "
           "International, 11.11.11, Caritas and many other organizations also granted Ghent solidarity status.")


def test_the_only_doer_of_a_deed_another_also_did_is_refused():
    # yu024: another named after the one, doing so "also"
    chosen = "UNHCR declared Ghent a “solidarity city” with refugees."
    for question in ("Given that UNHCR is the only organisation to have recognised Ghent for its refugee policy, on "
                     "what grounds did it do so?",
                     "unhcr was the only one that declared ghent a solidarity city - why?"):
        assert problem(question, chosen, passages=(PRAISED,)) == (
            "the reports name another that did so too: “A collaboration between Vluchtelingenwerk Vlaanderen, Amnesty "
            "International, 11.11.11, Caritas and many other organizations also granted Ghent solidarity status”"), \
            question
    # not "one of", not a deed the doer's sentence does not tell, and not when the reports say "only" too
    for question in ("Given that UNHCR is one of the organisations to have recognised Ghent for its refugee policy, on "
                     "what grounds did it do so?",
                     "unhcr declared ghent a solidarity city - why?",
                     "Given that UNHCR is the only organisation to have funded the Reno-boat, how much did it pay?"):
        assert only_doer_among_others(question, [chosen], hits(PRAISED)) is None, question
    only = PRAISED.replace("UNHCR declared", "Only UNHCR declared")
    assert only_doer_among_others("unhcr was the only one that declared ghent a solidarity city - why?",
                                  ["Only UNHCR declared Ghent a “solidarity city” with refugees."], hits(only)) is None


def test_most_claimed_across_a_number_written_with_a_comma():
    # yv009: "54,000" does not end the claim "most ... granted for work"
    said = ("Over 2009-18, Belgium issued an average of 54,000 first residence permits per year. Among them, about 50% "
            "were for the purpose of family reunification, 11% for education, and 9% for work.")
    question = ("why were most of the roughly 54,000 first residence permits belgium issued each year between 2009 and "
                "2018 granted for work?")
    read = ("As of 2018, 16.8% (or 1.9 million) of the Belgian population came from a foreign country. " + said,)
    assert problem(question, *said.split(". "), passages=read).startswith("the reports give 9% for work")
    assert problem(question.replace("for work", "for family reunification"), *said.split(". "), passages=read) is None


def test_a_place_meant_to_house_the_counted_is_told_by_a_count_after_for():
    # yv007: "how many asylum seekers was it meant to house" is told by "a reception centre ... for 250 asylum seekers"
    pontoon = "A new reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity."
    assert problem("What was the floating reception facility in Ghent called, and how many asylum seekers was it "
                   "meant to house?", pontoon) is None
    assert problem("How many asylum seekers was the pontoon meant to accommodate?", pontoon) is None
    # a deed that is no room for them still needs its words
    assert problem("How many asylum seekers were meant to be deported?", pontoon) \
        .startswith("no sentence counts asylum seekers that")


def test_a_figure_the_year_stays_below_is_no_claim_for_the_year():
    # probes64 #40 (twin): "still below the 0.7% of gni target"
    said = ("In 2018, Belgian ODA amounted to 0,44% of the gross national income (GNI), whereas this should increase "
            "to 0,7% by 2030 to achieve the SDGs.")
    assert problem("if belgium's oda in 2018 was still below the 0.7% of gni target, what share of it went to least "
                   "developed countries that year?", said) is None
    assert problem("if belgium's oda in 2018 was 0.7% of gni, what share of it went to least developed countries "
                   "that year?", said).startswith("the reports give 0,44% for 2018")


def test_many_is_far_from_two():
    from qa.figures import below_rough_count

    # probes64 #39
    invoked = ("Until 1 June 2020, only two applicants invoked the GCM in proceedings before the Council for Alien Law "
               "Litigation (CALL).")
    question = ("With many applicants having invoked the GCM before the Council for Alien Law Litigation by 1 June "
                "2020, did this substantively affect the reasoning or outcome of the judgments?")
    assert below_rough_count(question, [invoked], hits(invoked)) == (
        f"the reports count two, not many: “{quote(invoked)}”")
    # "how many", "only two", "many of"/"many more": no rough count; a count as high is no contradiction
    for asked in ("How many applicants invoked the GCM before the Council for Alien Law Litigation by 1 June 2020?",
                  question.replace("many", "only two"),
                  question.replace("With many applicants", "With as many applicants as before")):
        assert below_rough_count(asked, [invoked], hits(invoked)) is None, asked
    relocated = ("Pressure from civil society and some cities led to the relocation of 18 unaccompanied minors from "
                 "the Greek islands of Lesbos and Samos in August 2020.")
    assert below_rough_count("Why were many unaccompanied minors relocated from the Greek islands of Lesbos and Samos?",
                             [relocated], hits(relocated)) is None


def test_a_funder_in_an_apposition_must_be_one_the_reports_name():
    # probes64 #23
    sponsored = "The project is sponsored by the city of Ghent and the European Social Fund (ESF)."
    assert problem("what did the european regional development fund, one of jobteam gent's sponsors, say about the "
                   "project?", sponsored) == (
        f"the reports name other funders than the european regional development fund: “{quote(sponsored)}”")
    assert problem("what did the european social fund, one of jobteam gent's sponsors, say about the project?",
                   sponsored) is None


def test_a_deed_told_before_the_event_it_came_after():
    from qa.order import order_told_reversed

    # probes64 #15: "... in December 2020 after a fire destroyed the Moria camp", the order word mid-sentence
    relocated = ("Pressure from civil society and some cities led to the relocation of 18 unaccompanied minors from "
                 "the Greek islands of Lesbos and Samos in August 2020, and of another 11 unaccompanied minors in "
                 "December 2020 after a fire destroyed the Moria camp.")
    question = ("since the 11 unaccompanied minors relocated in dec 2020 came over before the fire that destroyed the "
                "moria camp, what led to their relocation?")
    assert order_told_reversed(question, [relocated]).startswith("the reports tell it after that")
    assert order_told_reversed(question.replace("before", "after"), [relocated]) is None
    # one word of the event is too little when the deed runs from the clause's start
    assert order_told_reversed("since the 11 unaccompanied minors relocated in dec 2020 came over before the camp "
                               "closed, what led to their relocation?", [relocated]) is None


def test_a_level_the_question_also_writes_alike_is_still_contradicted_where_it_is_not():
    # probes64 #3: "integration essentially happens at the national level" and "are decided at national level"
    said = ("While many policies relevant for immigrant integration are decided at national level, namely inclusion in "
            "the welfare system, labour market regulations, access to education, residency or citizenship "
            "requirements, integration essentially happens locally.")
    assert problem("If, as the article argues, integration essentially happens at the national level, which policies "
                   "relevant for immigrant integration does it say are decided at national level?", said) \
        .startswith("the reports say the opposite of 'national level'")
    assert problem("If, as the article argues, integration essentially happens locally, which policies relevant for "
                   "immigrant integration does it say are decided at national level?", said) is None


def test_regardless_of_what_the_reports_say_it_depends_on():
    # probes64 #6
    said = ("As a result, immigrants living in the same country and thus facing the same overall institutional and "
            "regulatory framework can still perform very differently, depending on local factors.")
    assert problem("Since the article says that immigrants facing the same national institutional framework perform "
                   "the same regardless of local factors, which local characteristics shape their integration?",
                   said).startswith("the reports say the opposite of 'regardless'")
    assert problem("Since the article says that immigrants facing the same national institutional framework perform "
                   "differently depending on local factors, which local characteristics shape their integration?",
                   said) is None


def test_a_funder_in_a_participle_after_the_thing_must_be_one_the_reports_name():
    # probes65 #23: "sponsored by the city and the european regional development fund"; the "fund" of a longer name is
    # no initials the sentence writes ("the European Social Fund")
    sponsored = "The project is sponsored by the city of Ghent and the European Social Fund (ESF)."
    asked = "jobteam gent, sponsored by the city and the {}, scores the max on what according to its funder?"
    assert problem(asked.format("european regional development fund"), sponsored) == (
        f"the reports name other funders than the european regional development fund: “{quote(sponsored)}”")
    assert problem(asked.format("european social fund"), sponsored) is None
    assert problem("jobteam gent is sponsored by the city and the esf - what did the esf say?", sponsored) is None


def test_what_a_sentence_denies_the_question_affirms_word_for_word():
    from qa.denials import negation_affirmed

    # probes65 #12, probes64 #11
    lobby = "As more people arrive in the city, we cannot afford the time it takes to lobby national governments."
    for question in ("According to Kathleen Van de Kerckhove, who writes that cities can afford the time it takes to "
                     "lobby national governments, what is the only way cities can meet the demands?",
                     "If, as Van de Kerckhove writes, cities can afford the time it takes to lobby national "
                     "governments, what kind of access to funding should cities have?"):
        assert negation_affirmed(question, [lobby], hits(lobby)) == f"the reports say otherwise: “{quote(lobby)}”"
    # the denial asked about, a yes/no question, or fewer of its words
    for question in ("Why can't cities afford the time it takes to lobby national governments?",
                     "Can cities afford the time it takes to lobby national governments?",
                     "If cities can afford the time, what kind of access to funding should they have?"):
        assert negation_affirmed(question, [lobby], hits(lobby)) is None, question


def test_a_count_the_sentence_tells_what_of_after_what_they_did():
    # probes65 #26 (twin): "the 210 refu interim volunteers" against "210 asylum seekers, refugees and migrants
    # volunteered in organisations"
    said = ("In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent, 65 of whom had "
            "newly registered that year.")
    from qa.figures import other_binding

    read = hits("Refu Interim builds bridges between local organisations and refugees through volunteering. " + said)
    assert other_binding("given that 65 of the 210 refu interim volunteers in 2019 had newly registered that year, how "
                         "many organisations did refu interim work with?", [said], read) is None
    assert other_binding("why did 210 refu interim staff members quit in 2019?", [said], read) \
        .startswith("the reports give 210 for something else")
    # further than two words only after a name: "work permits" is not told by "first residence permits per year"
    permits = "Over 2009-18, Belgium issued an average of 54,000 first residence permits per year."
    assert other_binding("Why did Belgium issue around 54,000 work permits a year to non-EU migrants?", [permits],
                         hits(permits)).startswith("the reports give 54,000 for something else")


def test_the_question_s_word_said_on_the_other_side_of_the_sentence_s_contrast():
    # probes65 #38 (twin): "integration is a regionalised competence" is told by "..., whereas integration is
    # regionalised", whatever the other side says of asylum and migration
    from qa.contradiction import contradiction

    said = "Asylum and migration is a federal competence in Belgium, whereas integration is regionalised."
    asked = "Since integration is a {} competence in Belgium, what is envisaged for the civic integration trajectory?"
    assert contradiction(asked.format("regionalised"), said, [said], hits(said)) is None
    assert problem(asked.format("regionalised"), said) is None
    assert problem(asked.format("federal"), said).startswith("the reports make integration a regional matter")


def test_a_purpose_given_in_an_apposition_the_reports_give_another():
    from qa.causes import other_purpose

    # probes65 #28: "an initiative founded in 2015 by a citizen of Ghent to provide legal advice"
    told = ("An example of an individual citizen initiative is Hart voor Vluchtelingen (Heart for Refugees). This "
            "initiative was founded in 2015 by a citizen of Ghent to collect material aid for asylum seekers and "
            "refugees arriving in Ghent.")
    founded = told.split(". ")[1]
    asked = "What does Hart voor Vluchtelingen, an initiative founded in 2015 by a citizen of Ghent to {}, offer today?"
    assert other_purpose(asked.format("provide legal advice to asylum seekers"), [founded], hits(told)) \
        .startswith("the reports say it was started to collect material aid")
    assert other_purpose(asked.format("collect material aid for asylum seekers"), [founded], hits(told)) is None


def test_words_users_often_misspell_are_read_as_meant():
    from qa.question import spelled_out

    # probes65 #8: "the flemish goverment decided to provide more accomodation"
    assert spelled_out("since the flemish goverment decided to provide more accomodation for refugees, how many?") == (
        "since the flemish government decided to provide more accommodation for refugees, how many?")
    assert spelled_out("Goverment plans") == "Government plans"
    assert spelled_out("the government's plans for accommodation") == "the government's plans for accommodation"


def test_most_of_a_count_against_a_part_under_half():
    from qa.figures import most_of_a_smaller_part

    # probes65 #26: "most of the 210 ... had newly registered" against "210 ..., 65 of whom had newly registered"
    said = ("In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent, 65 of whom had "
            "newly registered that year.")
    asked = "given that {} of the 210 refu interim volunteers in 2019 had newly registered that year, how many orgs?"
    assert most_of_a_smaller_part(asked.format("most"), [said], hits(said)) == (
        f"the reports give 65 of 210: “{quote(said)}”")
    assert most_of_a_smaller_part(asked.format("65"), [said], hits(said)) is None
    passage = "Refu Interim builds bridges between local organisations and refugees through volunteering. " + said
    assert problem(asked.format("most"), said, passages=(passage,)) == f"the reports give 65 of 210: “{quote(said)}”"
    # another deed than the part's, or a part over half, is no contradiction
    assert most_of_a_smaller_part("given that most of the 210 volunteers found a job, how many orgs?", [said],
                                  hits(said)) is None
    over = said.replace("65 of whom", "165 of whom")
    assert most_of_a_smaller_part(asked.format("most"), [over], hits(over)) is None


def test_a_thing_narrowed_into_another_is_read_as_a_change():
    # heldout74 yw033: "narrow its Migratieforum down into the Refugee Taskforce"
    said = ("Because a coordinated and cooperative approach to migration and integration is not only relevant for "
            "refugees and asylum seekers, Ghent decided to transform the Refugee Taskforce into the Migratieforum "
            "(Migration Forum).")
    assert problem("Why did Ghent later narrow its Migratieforum down into the Refugee Taskforce?", said) \
        .startswith("the reports say it the other way round")
    assert problem("Why did Ghent expand its Refugee Taskforce into the Migratieforum?", said) is None


def test_what_the_question_says_a_thing_is_must_be_in_the_passages_telling_of_it():
    # probes66 #10, #26; probes65 #10; probes64 #30
    pontoon = ("A new reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity. From "
               "the beginning, we invested ... in a good information exchange with the neighbourhood and the school.")
    for what in ("a converted army barracks", "which was a converted school building"):
        assert problem(f"what did ghent do to inform the neighbourhood about the new reception centre, {what} for 250 "
                       "asylum seekers?", pontoon).startswith("the reports do not describe it as a converted")
    assert problem("what did ghent do to inform the neighbourhood about the new reception centre, a pontoon on the "
                   "water for 250 asylum seekers?", pontoon) is None
    # (what it is by its last word: the passage's "school" is no "school building"; and not a word that says
    # nothing of what it is, probes62 #3)
    assert problem("how many non-EU citizens were among the residents who came from a foreign country, a group which "
                   "made up 16.8% of the population?", "As of 2018, 16.8% of the Belgian population came from a "
                   "foreign country, among which more than one third were non-EU citizens.") is None
    game = "This is the objective of the board game ‘This is not a Game’, offered in the schools of Ghent."
    assert problem("What insight do students get from 'This is not a Game', a documentary film based on stories "
                   "from refugees?", game).startswith("the reports do not describe it as a documentary film")
    assert problem("What insight do students get from 'This is not a Game', a board game based on stories from "
                   "refugees?", game) is None


def test_a_thing_the_question_calls_the_only_one_must_be_the_reports_only_one():
    # probes66 #35
    said = ("Currently, the only ‘alternative to detention’ – which is actually an alternative form of detention, "
            "because persons receive a detention title – are the so-called ‘return homes’ (terugkeerhuizen) for "
            "families with minor children.")
    from qa.denials import another_only_one

    assert another_only_one("Why does the report say that electronic supervision, currently Belgium's only "
                            "'alternative to detention', is actually an alternative form of detention?", [said]) \
        .startswith("the reports call another the only 'alternative to detention'")
    assert another_only_one("Why does the report say that the 'return homes' for families with minor children, "
                            "currently Belgium's only 'alternative to detention', are actually an alternative form of "
                            "detention?", [said]) is None


def test_a_side_named_only_in_what_a_report_is_on_claims_nothing():
    # probes66 #5: "as the article on Belgian local integration claims" names "local" as the report's subject
    said = ("While many policies relevant for immigrant integration are decided at national level, namely inclusion in "
            "the welfare system, labour market regulations, access to education, residency or citizenship "
            "requirements, integration essentially happens locally.")
    assert problem("If integration essentially happens at the national level, as the article on Belgian local "
                   "integration claims, which integration-relevant policies does it say are decided nationally?",
                   said).startswith("the reports say the opposite of 'national level'")
    assert problem("If integration essentially happens locally, as the article on Belgian local integration claims, "
                   "which integration-relevant policies does it say are decided nationally?", said) is None


def test_a_share_of_what_an_acronym_spells_out_is_that_share():
    # probes66 #30 (twin): "37,1% of its official development assistance" is "37,1% of ODA"
    said = ("In 2018, Belgium spent 37,1% of ODA to least developed countries, which should be 50% by 2030.")
    assert problem("In 2018, Belgium spent 37,1% of its official development assistance on least developed "
                   "countries; what share should that be by 2030?", said) is None
    assert problem("In 2018, Belgium spent 37,1% of its gross national income on least developed countries; what "
                   "share should that be by 2030?", said).startswith("the reports give 37.1% of something else")


def test_an_author_writing_as_another_office():
    # probes66 #11: "Kathleen Van de Kerckhove, writing as mayor of Ghent" against the standfirst's coordinator
    from qa.roles import other_office

    opening = ("Refugee solidarity: the view from Ghent\n\nA coordinator from the Ghent Taskforce on Refugees outlines "
               "that the best approach to integrating refugees is one grounded in solidarity, not charity.\n\n"
               "Kathleen Van de Kerckhove\n21 December 2016")
    passage = [Hit(Chunk(id="p0", doc_id="d", text=opening, start=0, end=len(opening), lang="en",
                         metadata={"author": "Kathleen Van de Kerckhove"}), 1.0)]
    said = "A coordinator from the Ghent Taskforce on Refugees outlines that the best approach to integrating refugees"
    assert other_office("According to Kathleen Van de Kerckhove, writing as mayor of Ghent, what should the best "
                        "approach be grounded in?", [said], passage) \
        .startswith("the reports call Kerckhove coordinator, not mayor")
    assert other_office("According to Kathleen Van de Kerckhove, writing as coordinator, what should the best "
                        "approach be grounded in?", [said], passage) is None


def test_a_titled_thing_called_another_kind_than_the_reports_call_it():
    # probes67 #5: "the film 'This is not a Game'" against "the board game ‘This is not a Game’"
    game = "This is the objective of the board game ‘This is not a Game’, offered in the schools of Ghent."
    assert problem("What is the film 'This is not a Game', shown in Ghent's schools, based on?", game) \
        .startswith("the reports call ‘This is not a Game’ a board game, not a film")
    assert problem("What is the board game 'This is not a Game', offered in Ghent's schools, based on?", game) is None
    # (a word for how a title is used says nothing of what the thing is)
    assert problem("What does the slogan 'This is not a Game' stand for?", game) is None


def test_a_cause_ends_where_a_dash_opens_what_is_asked():
    # probes67 #30 (twin): the cause stops at the dash, and "what else ..." is no part of it
    said = ("The criterion of criminal history has been annulled by the Constitutional Court as being too broad and "
            "not proportionate to the goal of integration. The Court also nuanced the proof of efforts to integrate.")
    assert problem("the constitutional court struck down the criminal history criterion because it was too broad and "
                   "not proportionate to the goal of integration — what else did the court nuance about proof of "
                   "efforts to integrate?", said) is None
    assert problem("the constitutional court struck down the criminal history criterion because it discriminated on "
                   "grounds of nationality — what else did the court nuance?", said) \
        .startswith("no passage read says it discriminated on grounds of nationality: they never mention")


def test_a_denial_the_question_takes_for_granted_that_a_sentence_affirms():
    # probes67 #36
    said = ("The new federal government explicitly recognises the importance of the Global Compact for Migration and "
            "has stated it will refrain from detaining minors in closed centres.")
    for denial in ("declined to recognise", "did not recognise", "refused to recognise"):
        assert problem(f"Although the new federal government {denial} the importance of the Global Compact for "
                       "Migration, what has it said about detaining minors in closed centres?", said) \
            .startswith("the reports say otherwise"), denial
    assert problem("Since the new federal government recognised the importance of the Global Compact for Migration, "
                   "what has it said about detaining minors in closed centres?", said) is None
    # a yes/no question asks whether it was denied
    assert problem("Did the new federal government decline to recognise the importance of the Global Compact for "
                   "Migration?", said) is None


def test_most_of_them_done_against_none_of_these():
    # probes67 #23
    said = ("Under the previous legislature, various bills were tabled to make the rules on family reunification more "
            "restrictive. None of these were adopted.")
    assert problem("Most of the bills tabled under the previous legislature to make family reunification rules "
                   "stricter were adopted; which obstacles to family reunification persist?", said) \
        .startswith("the reports say none of these were adopted")
    assert problem("None of the bills tabled under the previous legislature to make family reunification rules "
                   "stricter were adopted; which obstacles to family reunification persist?", said) is None


def test_a_few_claimed_against_most_told():
    # probes67 #10
    said = ("In Belgium, the number of asylum applications doubled within one year. Most of them (60%) are getting "
            "recognised as refugees.")
    assert problem("if only a small minority of asylum seekers in belgium get recognised as refugees, how does the "
                   "coordinator describe the city's approach?", said).startswith("the reports say most")
    assert problem("if most asylum seekers in belgium (60%) get recognised as refugees, how does the coordinator "
                   "describe the city's approach?", said) is None


def test_a_kind_before_a_title_is_a_noun_and_the_title_one_written_with_a_capital():
    # yw017: "the new 'family units'" calls them nothing, and "family units" is no title
    said = ("This is important because in August 2018, Belgium started to detain again families with children in "
            "newly constructed “family units” in a closed centre near Brussels airport.")
    assert problem("When did Belgium begin detaining families with children in the new 'family units' near Brussels "
                   "airport?", said) is None
    assert problem("When did Belgium begin detaining families with children in the prison 'family units' near "
                   "Brussels airport?", said) is None
    # (nor does a word of what it is like: "the new 'This is not a Game'")
    game = "This is the objective of the board game ‘This is not a Game’, offered in the schools of Ghent."
    assert problem("What is the new 'This is not a Game', offered in Ghent's schools, based on?", game) is None


def test_a_purpose_the_question_takes_for_granted_must_be_in_the_passages_read():
    # probes67 #34: "so they can lower local taxes", a purpose no passage read tells
    said = ("Due to the impact on and responsibility of cities, it is important that cities can have direct access "
            "to European funds. As more people arrive in the city, we cannot afford the time it takes to lobby "
            "national governments. We know that the need is immediate - and so direct funding streams are the only "
            "way that cities can possibly meet the demands of a population with complex needs.")
    assert problem("the coordinator wants cities to get direct access to european funds so they can lower local taxes "
                   "— what does she say cities cannot afford?", said) \
        .startswith("no passage read says lower local taxes")
    assert problem("the coordinator wants cities to get direct access to european funds so they can meet the demands "
                   "of people arriving in the city — what does she say cities cannot afford?", said) is None


def test_a_thing_already_running_before_an_event_it_came_after():
    # probes67 #9: "refu interim was already running before vzw cirq's batahlan production and supplied its
    # volunteers", the second deed the first event's own
    from qa.order import order_reversed

    said = ("The project originated from an initiative of vzw Cirq, who wanted to make an artistic production about "
            "newcomers to perform at the Gentse Feesten in 2016. Vzw Cirq wanted to involve newcomers themselves in "
            "their production, Batahlan, and eventually more than 70 newcomers participated as volunteers. Due to "
            "the success and enthusiasm for Batahlan, Refu Interim was created in 2017. An example of a success "
            "story is Rose, who had already volunteered through Refu Interim before running a stand.")
    passage = hits(said)
    chosen = [s + "." for s in said.rstrip(".").split(". ")]
    assert order_reversed("refu interim was already running before vzw cirq's batahlan production and supplied its "
                          "volunteers — how many newcomers took part?", chosen, passage) \
        .startswith("the reports date them the other way round")
    assert order_reversed("refu interim was set up after vzw cirq's batahlan production — how many newcomers took "
                          "part?", chosen, passage) is None


def test_a_start_the_question_itself_makes_at_once_is_not_put_off():
    # probes68 #10 (twin): "start ... from day one instead of waiting until they are recognised"
    said = "In fact, we believe in starting the integration process from day one for asylum seekers in Ghent."
    assert problem("why does ghent start asylum seekers' integration from day one instead of waiting until they are "
                   "recognised as refugees?", said) is None
    assert problem("why does ghent wait until asylum seekers are recognised as refugees before starting their "
                   "integration?", said).startswith("the reports have it start at once")


def test_a_body_named_before_its_kind_that_the_reports_name_after_it():
    # probes68 #11: "the Eurocities Migration & Integration working group" is "the Eurocities working group
    # Migration & Integration"; "URBACT's Migration & Integration working group" is not
    from qa.roles import other_named_kind

    said = ("Exchanging knowledge and experiences -such as bottlenecks, good practices and challenges- with other "
            "European cities (e.g. through the Eurocities working group Migration & Integration) is beneficial.")
    assert other_named_kind("What knowledge does the coordinator want to exchange with other European cities through "
                            "the Eurocities Migration & Integration working group?", [said]) is None
    assert other_named_kind("What knowledge does the coordinator want to exchange with other European cities through "
                            "URBACT's Migration & Integration working group?", [said]) \
        .startswith("the reports name the Eurocities working group")


def test_a_place_shared_makes_no_sentence_on_the_subject_of_a_frequency():
    # probes68 #31 (twin): "cities work every day" says nothing of "Ghent's twice-yearly Migratieforum"
    termont = ("For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote an open letter declaring that "
               "“cities work every day to put the European values of solidarity, humanity and dignity into "
               "practice”.")
    forum = "Therefore, Ghent organizes its Migratieforum twice a year to allow all the actors involved to meet."
    from qa.contradiction import _other_frequency

    passage = hits(f"{termont} {forum}")
    assert _other_frequency("What did Jobteam Gent say about the value of Ghent's twice-yearly Migratieforum?",
                            [termont, forum], passage) is None
    assert _other_frequency("What did Jobteam Gent say about the value of Ghent's monthly Migratieforum?",
                            [termont, forum], passage).startswith("the reports say twice a year, not every month")


def test_most_before_an_adjective_is_no_share():
    # probes68 #39 (twin): "most expensive to algeria" claims no share of anything
    said = ("The average cost to send remittances from Belgium in the third quarter of 2020 was 10.08% to Algeria, "
            "8.87% to DRC, 5.05% to Morocco and 7.94% to Turkey.")
    assert problem("sending remittances from belgium was most expensive to algeria in q3 2020 — what did it cost?",
                   said) is None


def test_an_office_in_a_dashed_apposition():
    # probes68 #13: "Kathleen Van de Kerckhove — Ghent's alderman for refugee policy — says"
    from qa.roles import other_office

    opening = ("Refugee solidarity: the view from Ghent\n\nA coordinator from the Ghent Taskforce on Refugees outlines "
               "that the best approach to integrating refugees is one grounded in solidarity, not charity.\n\n"
               "Kathleen Van de Kerckhove\n21 December 2016")
    passage = [Hit(Chunk(id="p0", doc_id="d", text=opening, start=0, end=len(opening), lang="en",
                         metadata={"author": "Kathleen Van de Kerckhove"}), 1.0)]
    said = "A coordinator from the Ghent Taskforce on Refugees outlines that the best approach to integrating refugees"
    assert other_office("In her piece, Kathleen Van de Kerckhove — Ghent's alderman for refugee policy — says the "
                        "best approach is grounded in what?", [said], passage) \
        .startswith("the reports call Kerckhove coordinator, not alderman")


def test_a_place_alone_puts_no_sentence_on_the_subject_of_a_frequency():
    from qa.contradiction import _other_frequency

    termont = "In 2018 the then mayor of Ghent wrote that cities work every day to put solidarity into practice."
    assert _other_frequency("What happens at Ghent's monthly Migratieforum?", [termont], hits(termont)) is None


def test_a_sentence_naming_the_asked_thing_in_another_section_does_not_keep_the_answer_on_it():
    # zg027 (e5): Renaud Teukam's words stand in Jobteam Gent's section; a sentence naming Ankerkracht in its own
    # section does not make them Ankerkracht's (probes68 #31: one naming it in the same section does)
    from qa.premise import _other_subject

    def hit(i: int, text: str, section: str) -> Hit:
        return Hit(Chunk(id=f"p{i}", doc_id="d", text=text, start=i * 1000, end=i * 1000 + len(text), lang="en",
                         section=section), 1.0)

    teukam = "Renaud Teukam, a participant in the coaching program, states that his job at Ivago came after coaching."
    anchor = "Project Ankerkracht is carried out by a multidisciplinary team to support young refugees."
    passages = [hit(0, teukam, "3 Projects > 3.2 Jobteam Gent"), hit(1, anchor, "3 Projects > 3.4 Project Ankerkracht")]
    question = "how did Project Ankerkracht help Renaud Teukam get his job at Ivago"
    assert _other_subject(question, teukam, passages, [teukam, anchor]).startswith(
        "the reports say this about Jobteam Gent, not Project Ankerkracht")
    told = "Project Ankerkracht also coached Renaud Teukam before his job at Ivago."
    passages[0] = hit(0, f"{teukam} {told}", "3 Projects > 3.2 Jobteam Gent")
    assert _other_subject(question, teukam, passages, [teukam, told]) is None


def test_first_and_later_is_an_order_claimed():
    # probes68 #29: "refu interim was set up first and later produced batahlan"
    from qa.order import order_reversed

    said = ("The project originated from an initiative of vzw Cirq, who wanted to make an artistic production about "
            "newcomers to perform at the Gentse Feesten in 2016. Due to the success and enthusiasm for Batahlan, "
            "Refu Interim was created in 2017.")
    chosen = [s + "." for s in said.rstrip(".").split(". ")]
    assert order_reversed("refu interim was set up first and later produced the vzw cirq production for the gentse "
                          "feesten - how many newcomers took part?", chosen, hits(said)) \
        .startswith("the reports date them the other way round")
    assert order_reversed("the vzw cirq production for the gentse feesten came first and later refu interim was set "
                          "up - how many newcomers took part?", chosen, hits(said)) is None


def test_a_purpose_given_in_a_relative_clause_of_who_founded_it():
    # probes68 #24: "Hart voor Vluchtelingen, which a Ghent citizen founded in 2015 to give legal advice"
    said = ("An example of an individual citizen initiative is Hart voor Vluchtelingen (Heart for Refugees). This "
            "initiative was founded in 2015 by a citizen of Ghent to collect material aid for asylum seekers and "
            "refugees arriving in Ghent.")
    assert problem("What does Hart voor Vluchtelingen, which a Ghent citizen founded in 2015 to give legal advice to "
                   "asylum seekers, offer today?", said).startswith("the reports say it was started to collect")
    assert problem("What does Hart voor Vluchtelingen, which a Ghent citizen founded in 2015 to collect material aid "
                   "for asylum seekers, offer today?", said) is None


def test_where_a_thing_opened_must_be_in_the_passages_telling_of_it():
    # probes68 #8: "a new reception centre for 250 asylum seekers opened in a former army barracks"
    pontoon = ("A new reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity. From "
               "the beginning, we invested ... in a good information exchange with the neighbourhood.")
    assert problem("How did Ghent involve the neighbourhood when a new reception centre for 250 asylum seekers opened "
                   "in a former army barracks?", pontoon).startswith("the reports do not describe it as a former")
    assert problem("How did Ghent involve the neighbourhood when a new reception centre for 250 asylum seekers opened "
                   "in a pontoon on the water?", pontoon) is None
