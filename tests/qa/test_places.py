"""A town the question places a thing in, against the towns the reports place it in."""

from __future__ import annotations

from qa.places import town_not_listed
from qa.result import Hit
from tests.qa.passages import read

LISTED = ("Refu Interim has worked with 69 different organisations in 2019, and, due to their success in Ghent has "
          "expanded into other regions in Flanders: Ostend, Kortrijk, Bruges, Leuven, Sint-Niklaas and Lokeren.")


def passage(text: str, section: str = "3. Selected local approaches > 3.3 Refu Interim") -> list[Hit]:
    return read(text, section=section)


def test_a_town_the_reports_do_not_list_for_the_thing_is_refused():
    # zn024, typed in lower case: the thing is found by its section's title
    reason = town_not_listed("when did refu interim open its antwerp branch", [LISTED], passage(LISTED))
    assert reason == ("the reports place Refu Interim in Ghent, Ostend, Kortrijk, Bruges, Leuven, Lokeren, not "
                      f"Antwerp: “{LISTED.rstrip('.')}”")
    # ... or by a name of the question in the sentence
    assert town_not_listed("When did Refu Interim open in Antwerp?", [LISTED], passage(LISTED, section=""))


def test_a_listed_town_another_town_set_apart_or_another_thing_is_no_claim():
    hits = passage(LISTED)
    assert town_not_listed("when did refu interim open in leuven", [LISTED], hits) is None
    assert town_not_listed("which towns besides antwerp did refu interim reach", [LISTED], hits) is None
    assert town_not_listed("how did refu interim spread from antwerp", [LISTED], hits) is None
    # a passage that names the town tells of it, somewhere
    with_antwerp = passage(f"{LISTED} A branch in Antwerp is planned.")
    assert town_not_listed("when did refu interim open its antwerp branch", [LISTED], with_antwerp) is None
    # a sentence about another thing lists where that thing is
    assert town_not_listed("when did jobteam gent open its antwerp branch", [LISTED], hits) is None


DOCKED = ("Central to this was the establishment of an additional reception initiative, in the shape of a boat that "
          "docked at the port of Ghent.")


def test_a_town_no_passage_read_names_against_the_town_an_answer_sentence_gives_is_refused():
    from qa.places import town_never_read

    # zq013: "instead of ghent" sets Ghent aside; Antwerp is the claim, and nothing read names it
    hits = passage(DOCKED, section="")
    reason = town_never_read("why was the reno boat moored in antwerp instead of ghent", [DOCKED], hits)
    assert reason == f"the reports place this in Ghent, not Antwerp: “{DOCKED.rstrip('.')}”"
    assert town_never_read("why was the reno boat moored in ghent", [DOCKED], hits) is None
    # a town some passage read names is left to the checks that read it; a comparison or a yes/no question claims
    # no place
    assert town_never_read("why was the reno boat moored in antwerp",
                           [DOCKED], passage(f"{DOCKED} Antwerp had no boat.", section="")) is None
    assert town_never_read("how did the reno boat in ghent compare with the one in antwerp", [DOCKED], hits) is None
    assert town_never_read("was the reno boat moored in antwerp", [DOCKED], hits) is None
    # probes24: "other orgs" far from the town sets nothing apart; "antwerp and other towns" does
    asked = "ghent's reno-boat was docked in the port of {} - what closer cooperation between the city and other orgs"
    assert town_never_read(asked.format("antwerp"), [DOCKED], hits) == reason
    assert town_never_read(asked.format("ghent"), [DOCKED], hits) is None
    assert town_never_read("why were boats moored in antwerp and other towns", [DOCKED], hits) is None


def test_a_town_the_thing_is_said_to_be_near():
    from qa.places import town_never_read

    units = ("Further, in August 2018, Belgium started detaining families with children in newly constructed “family "
             "units” in a closed centre near Brussels airport.")
    asked = ("When did Belgium start detaining families with children in 'family units' in a closed centre near {}, "
             "and what happened to that measure?")
    reason = town_never_read(asked.format("Ostend"), [units], passage(units, section=""))
    assert reason and reason.startswith("the reports place this in Brussels, not Ostend")
    assert town_never_read(asked.format("Brussels airport"), [units], passage(units, section="")) is None
