"""A word of a closed kind swapped for another of that kind, in a phrase the reports write (qa/swaps.py)."""

from __future__ import annotations

from qa.swaps import swapped_kind_word
from tests.qa.passages import read as passages

REPORT = ("the Immigration Office now has to draft an annual activity report in order to control, but not limit, the "
          "discretionary power.")
SETTING = ("The setting for our analysis is Belgium, due to its multilevel governance system and high degree of "
           "autonomy at the regional and municipal levels.")


def test_a_frequency_swapped_in_the_reports_phrase_is_refused():
    asked = "What purpose does the Immigration Office's {} activity report on humanitarian visas serve?"
    assert swapped_kind_word(asked.format("quarterly"), [REPORT], []) == (
        "the reports write 'annual activity report', not 'quarterly': “" + REPORT.rstrip(".") + "”")
    # the same frequency in other words, or the reports' own
    assert swapped_kind_word(asked.format("yearly"), [REPORT], []) is None
    assert swapped_kind_word(asked.format("annual"), [REPORT], []) is None
    # another phrase after it is not the reports' phrase
    assert swapped_kind_word("What does the Immigration Office's quarterly review of visas say?", [REPORT], []) is None


def test_a_level_of_government_swapped_in_the_reports_phrase_is_refused():
    asked = "Why was Belgium, with a high degree of autonomy at the {} and municipal levels, chosen as the setting?"
    assert swapped_kind_word(asked.format("provincial"), [SETTING], []).startswith(
        "the reports write 'regional and municipal', not 'provincial'")
    assert swapped_kind_word(asked.format("regional"), [SETTING], []) is None
    # "local" is "municipal": the same level in other words
    assert swapped_kind_word("Why does autonomy at the regional and local levels matter?", [SETTING], []) is None


def test_a_kind_asked_for_or_told_by_a_region_s_name_is_no_swap():
    # probes47 #19's twin: "which regional coalition agreement" asks; "the Flemish coalition agreement" is regional
    flemish = ("Moreover, the Flemish coalition agreement envisages various measures making the civic integration "
               "trajectory stricter. Finally, pursuant to the new federal coalition agreement, the integration "
               "conditions will be reviewed.")
    asked = ("Since integration is regionalised in Belgium, which regional coalition agreement plans to make it "
             "stricter?")
    assert swapped_kind_word(asked, [flemish], []) is None
    assert swapped_kind_word(asked.replace("which regional", "why does the regional"), [flemish], []) is None


def test_a_phrase_the_reports_write_with_both_words_is_no_swap():
    # heldout68 yq033: the reports write both "the Flemish coalition agreement" and "the federal coalition agreement"
    federal = "The tone of the federal coalition agreement with respect to migration remarkably differs."
    flemish = ("This agreement does not refer to the GCM. The Flemish coalition agreement aims to exclude private "
               "persons.")
    asked = "does the 2019 flemish coalition agreement say anything about the global compact for migration"
    assert swapped_kind_word(asked, [federal], []) == (
        f"the reports write 'federal coalition agreement', not 'flemish': “{federal.rstrip('.')}”")
    from ingest.passage import Chunk
    from qa.result import Hit
    read = [Hit(Chunk(id="p0", doc_id="d", text=flemish, start=0, end=len(flemish), lang="en"), 1.0)]
    assert swapped_kind_word(asked, [federal], read) is None


def test_a_kind_of_place_swapped_after_the_same_words():
    # probes64 #12: the words before it ("settle mostly in"), three of them in its clause, when none follow alike
    settle = "The growing number of refugees is an issue in most European cities. Newcomers settle mostly in cities."
    sentence = "Newcomers settle mostly in cities."
    asked = "Given that newcomers settle mostly in {}, what role does the piece say cities play in integration?"
    assert swapped_kind_word(asked.format("rural areas"), [sentence], passages(settle)) == (
        "the reports write 'settle mostly in cities', not 'rural': “Newcomers settle mostly in cities”")
    assert swapped_kind_word(asked.format("cities"), [sentence], passages(settle)) is None
    # fewer than three words before it, or words before it across a comma, are too little to tell the same phrase
    assert swapped_kind_word("Given that newcomers settle in rural areas, what role do cities play?", [sentence],
                             passages(settle)) is None
    assert swapped_kind_word("Given that newcomers, mostly in rural areas, settle, what role do cities play?",
                             [sentence], passages(settle)) is None


def test_low_for_high_and_the_words_before_in_another_order():
    # probes65 #5: "low degree of" against "high degree of"; #13: "mostly settle in" against "settle mostly in"
    autonomy = passages(SETTING)
    assert swapped_kind_word("belgium has a low degree of autonomy at regional and municipal level, so what does that "
                             "lead to?", [SETTING], autonomy) == (
        f"the reports write 'high degree of', not 'low': “{SETTING.rstrip('.')}”")
    assert swapped_kind_word("belgium has a high degree of autonomy at regional and municipal level, so what does that "
                             "lead to?", [SETTING], autonomy) is None
    sentence = "Newcomers settle mostly in cities."
    assert swapped_kind_word("if newcomers mostly settle in rural areas, what role do cities play?", [sentence],
                             passages(sentence)).startswith("the reports write 'settle mostly in cities', not 'rural'")
