"""A figure in another unit, or for another span, than the reports give it; a theory named otherwise."""

from __future__ import annotations

from qa.concepts import other_concept
from qa.units import other_span, other_time_unit, other_unit
from tests.qa.passages import read

ODA = "In the same year, Belgium spent 37,1% of ODA to least developed countries, which should be 50% by 2030."
VOLUNTEERS = ("In 2019, 210 asylum seekers, refugees and migrants volunteered in organisations in Ghent, 65 of whom "
              "had newly registered that year.")


def test_a_share_asked_as_an_amount_or_a_count_asked_as_a_share_is_refused():
    assert other_unit("belgium spent 37.1 million euros of its oda on least developed countries in 2018 - what "
                      "should it be by 2030", [ODA], read(ODA)) == (
        f"the reports give 37,1% (a percentage), not 37.1 million euros: “{ODA.rstrip('.')}”")
    assert other_unit("In 2019, 65% of Refu Interim's volunteers had newly registered. How many volunteered?",
                      [VOLUNTEERS], read(VOLUNTEERS)).startswith("the reports give 65 (a number), not 65%")


def test_the_same_unit_a_count_asked_or_the_unit_given_elsewhere_is_no_claim():
    assert other_unit("belgium spent 37.1% of its oda on ldcs in 2018 - what should it be by 2030", [ODA],
                      read(ODA)) is None
    assert other_unit("In 2019, 65 of the volunteers had newly registered. How many volunteered?", [VOLUNTEERS],
                      read(VOLUNTEERS)) is None
    # the passages read give 65% as well: the question may mean that one
    assert other_unit("65% of them had newly registered - how many volunteered?", [VOLUNTEERS],
                      read(VOLUNTEERS, "Of the newcomers, 65% found work.")) is None
    # a name written like a number is no figure
    assert other_unit("What did 11.11.11 say about the 0,7% target?", [ODA], read(ODA, "11.11.11 is an NGO.")) is None


def test_a_yearly_figure_asked_as_a_total_or_a_total_as_yearly_is_refused():
    permits = "Over 2009-18, Belgium issued an average of 54,000 first residence permits per year."
    assert other_span("Over 2009-18, Belgium issued 54,000 first residence permits in total. Why?", [permits]) == (
        f"the reports give 54,000 as a yearly figure, not a total: “{permits.rstrip('.')}”")
    reach = "During the project, Jobteam Gent wants to reach 1.500 persons and have 920 participants."
    assert other_span("jobteam gent wants to reach 1,500 people every year - how many participants", [reach]) \
        .startswith("the reports give 1.500 as a total, not a yearly figure")
    # the twins
    assert other_span("Over 2009-18, Belgium issued 54,000 first residence permits a year. Why?", [permits]) is None
    assert other_span("jobteam gent wants to reach 1,500 people during the project - how many participants",
                      [reach]) is None
    assert other_span("jobteam gent wants to reach 1,500 people - how many participants", [reach]) is None


def test_a_theory_the_reports_name_otherwise_is_refused():
    contact = "Building on the ideas of contact theory, the aim is to help combat negative stereotypes."
    assert other_concept("ghent's approach builds on assimilation theory - what is it meant to combat", [contact],
                         read(contact)) == (f"the reports name contact theory, not assimilation theory: "
                                            f"“{contact.rstrip('.')}”")
    assert other_concept("ghent's approach builds on contact theory - what is it meant to combat", [contact],
                         read(contact)) is None
    # a theory the passages read name somewhere is the question's to ask about
    assert other_concept("what does assimilation theory say", [contact],
                         read(contact, "Assimilation theory is older.")) is None


def test_an_example_the_passage_giving_examples_never_names_is_refused():
    from qa.concepts import other_examples

    said = ("The federal coalition agreement announces that alternatives to detention (regular administrative and/or "
            "police checks, bail, electronic supervision etc.) will be fully developed and systematically evaluated.")
    assert other_examples("fed coalition agreement's alternatives to detention, like open reception centres and "
                          "community service - will they be evaluated", [said], read(said)) == (
        f"the reports give other examples than open reception centres: “{said.rstrip('.')}”")
    assert other_examples("fed coalition agreement's alternatives to detention, like bail and electronic "
                          "supervision - will they be evaluated", [said], read(said)) is None
    # "e.g." in a question gives no example of a kind; an answer giving no examples is no list to hold against
    assert other_examples("Which actors does it want involved in counselling, e.g. around return?", [said],
                          read(said)) is None
    plain = "The agreement announces that alternatives to detention will be evaluated."
    assert other_examples("alternatives to detention, like open reception centres - will they be evaluated", [plain],
                          read(plain)) is None


def test_a_figure_of_one_period_given_for_another_is_refused():
    permits = "Over 2009-18, Belgium issued an average of 54,000 first residence permits per year."
    assert other_span("with belgium issuing about 54,000 first residence permits a month, what share were for work?",
                      [permits]) == (f"the reports give 54,000 as a yearly figure, not a monthly one: "
                                     f"“{permits.rstrip('.')}”")
    assert other_span("with belgium issuing about 54,000 first residence permits a year, what share were for work?",
                      [permits]) is None
    # a week-long thing is no weekly figure
    assert other_span("What happened at the week-long festival with 500 visitors?",
                      ["The festival had 500 visitors per year."]) is None


def test_a_length_of_time_in_another_unit_is_refused():
    prolonged = "The conditionality of residence rights was prolonged from 3 to 5 years in 2016."
    asked = "why was the conditionality of residence rights prolonged from 3 to 5 {} in 2016?"
    assert other_time_unit(asked.format("months"), [prolonged], read(prolonged)) == (
        "the reports give 3 years, not 3 months: “The conditionality of residence rights was prolonged from 3 to 5 "
        "years in 2016”")
    assert other_time_unit(asked.format("years"), [prolonged], read(prolonged)) is None
    # a kind of day, and hours: "within 3 working days" against "within 3 weeks"; "4 hrs" against "4 days"
    decided = "A decision must be taken within 3 working days, and the interview lasts 4 hours."
    assert other_time_unit("why must a decision be taken within 3 weeks?", [decided], read(decided)) \
        .startswith("the reports give 3 days, not 3 weeks")
    assert other_time_unit("why does the interview last 4 days?", [decided], read(decided)) \
        .startswith("the reports give 4 hours, not 4 days")
    assert other_time_unit("why does the interview last 4 hrs?", [decided], read(decided)) is None
