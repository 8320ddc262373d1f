"""Words the question gives to one holder of an office that the reports give to another."""

from __future__ import annotations

from qa.speakers import words_of_another_holder
from tests.qa.passages import read

MORIA = ("After the Moria fire, the city of Ghent pledged to receive more refugees than the federal government set out "
         "to do, only to see the federal government block it. In response, Ghent Mayor Mathias De Clercq proclaimed "
         "that “cooperation and solidarity across borders is more relevant than ever”.")
JOBTEAM = ("However, as the coordinator of Jobteam Ghent has recognised, no person can ever be fully part of society "
           "without participation in decision-making or policy.")


def test_words_the_reports_give_to_another_holder_of_the_office_are_refused():
    # zt006: a name typed in small letters that the passages read never write
    assert words_of_another_holder("what did mayor daniel termont say after the federal govt blocked ghents moria "
                                   "pledge", [MORIA.split(". ")[0]], read(MORIA)) \
        .startswith("the reports give these words to the mayor Mathias De Clercq, not daniel termont")
    assert words_of_another_holder("The coordinator of Refu Interim has argued that nobody can be fully part of "
                                   "society without taking part in decision-making.", [JOBTEAM], read(JOBTEAM)) \
        .startswith("the reports give these words to the coordinator of Jobteam Ghent, not of Refu Interim")


def test_words_of_the_holder_the_reports_name_or_on_another_subject_are_not_refused():
    for question in ("what did mayor mathias de clercq say after the federal govt blocked ghents moria pledge",
                     "what did mayor de clercq say after the federal govt blocked ghents moria pledge",
                     "what did mayor daniel termont say about the european asylum system"):
        assert words_of_another_holder(question, [MORIA.split(". ")[0]], read(MORIA)) is None, question
    assert words_of_another_holder("The coordinator of Jobteam Ghent has argued that nobody can be fully part of "
                                   "society without taking part in decision-making.", [JOBTEAM], read(JOBTEAM)) is None


def test_the_engine_refuses_words_given_to_the_former_mayor(seed_engine):
    answer = seed_engine.answer("what did mayor daniel termont say after the federal govt blocked ghents moria pledge")
    assert answer.refused and "Mathias De Clercq" in answer.refusal_reason
    answer = seed_engine.answer("what did mayor de clercq say after the federal govt blocked ghents moria pledge")
    assert not answer.refused and "cooperation and solidarity" in answer.text


TERMONT = ("Ghent is also taking action at the EU level. For example, in 2018 the then mayor of Ghent, Daniël Termont, "
           "wrote an open letter to call on the European Council to create a fair and common EU asylum system.")
MORIA_QUOTE = MORIA[:-2] + ". The coronavirus doesn’t know any borders.”"


def test_words_told_in_a_passage_the_answer_did_not_choose_from_are_refused():
    # yu028: the answer chose the former mayor's letter; the words are the mayor's, quoted on past a full stop, in
    # another passage read, which must hold most of the question's subject
    question = "after the moria fire, why did ghent mayor daniël termont say the coronavirus doesn't know any borders?"
    chosen = [TERMONT.split(". ", 1)[1]]
    assert words_of_another_holder(question, chosen, read(TERMONT, MORIA_QUOTE)) \
        .startswith("the reports give these words to the mayor Mathias De Clercq, not daniël termont")
    # the former mayor named in a chosen sentence on another subject does not speak for the words
    assert words_of_another_holder("why did ghent mayor daniël termont say the coronavirus doesn't know any borders?",
                                   chosen, read(TERMONT, MORIA_QUOTE)) is not None
    # a passage further away holding little of the subject does not count
    assert words_of_another_holder("why did ghent mayor daniël termont say cities must cooperate?", chosen,
                                   read(TERMONT, MORIA_QUOTE)) is None
    # nor when the question's holder is the one the reports name
    assert words_of_another_holder(question.replace("daniël termont", "mathias de clercq"), chosen,
                                   read(TERMONT, MORIA_QUOTE)) is None


def test_the_engine_refuses_the_words_of_the_mayor_given_to_the_former_one(seed_engine):
    answer = seed_engine.answer("after the moria fire, why did ghent mayor daniël termont say the coronavirus doesn't "
                                "know any borders?")
    assert answer.refused and "Mathias De Clercq" in answer.refusal_reason
    answer = seed_engine.answer("after the moria fire, why did ghent mayor mathias de clercq say the coronavirus "
                                "doesn't know any borders?")
    assert not answer.refused and "coronavirus doesn’t know any borders" in answer.text
