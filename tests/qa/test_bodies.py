"""A body the question calls by another kind, or gives to another organisation, than the reports."""

from __future__ import annotations

from qa.bodies import other_kind_of_body
from tests.qa.passages import read

GZG = "On the national level, the citizen initiative Gent Zonder Grenzen (Ghent Without Borders) wrote an open letter."
GCM = "It was illustrated by the endorsement of the UN Global Compact for Safe, Orderly and Regular Migration."


def test_another_kind_or_owner_before_a_name_is_refused():
    assert other_kind_of_body("what does the local political party Gent Zonder Grenzen stand for", [GZG],
                              read(GZG)) == ("the reports write 'citizen initiative Gent Zonder Grenzen', not "
                                             f"'political party Gent Zonder Grenzen': “{GZG.rstrip('.')}”")
    assert other_kind_of_body("what did the endorsement of the EU Global Compact for Safe migration illustrate",
                              [GCM], read(GCM)).startswith("the reports write 'UN Global Compact', not 'EU Global")


def test_the_reports_kind_or_one_they_give_near_the_name_is_no_claim():
    assert other_kind_of_body("what does the citizen initiative Gent Zonder Grenzen stand for", [GZG],
                              read(GZG)) is None
    assert other_kind_of_body("what does Gent Zonder Grenzen stand for", [GZG], read(GZG)) is None
    assert other_kind_of_body("what did the UN Global Compact for Safe migration illustrate", [GCM], read(GCM)) is None
    # s001: "An example of such a movement is Gent Zonder Grenzen" calls it a movement too
    movement = "An example of such a movement is Gent Zonder Grenzen."
    assert other_kind_of_body("When was the citizen movement Gent Zonder Grenzen launched?", [GZG],
                              read(GZG, movement)) is None


def test_a_national_owner_before_a_name_is_no_other_owner():
    # "federal" and "Belgian" are one owner for a Belgian body; only international owners are held apart
    office = "The Belgian Immigration Office hosts a centralized website."
    assert other_kind_of_body("what does the federal Immigration Office website offer", [office], read(office)) is None
