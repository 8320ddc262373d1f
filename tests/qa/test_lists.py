"""A list in the question with one member swapped, against the same list in the reports."""

from __future__ import annotations

from qa.lists import list_members, other_list_member

COMMUNITIES = ("Finally, the Flemish, French-speaking and German-speaking communities are jointly responsible for the "
               "state’s integration policy.")
TEAM = ("To achieve these objectives, the OCMW set up a multidisciplinary team of social workers, a psychologist, a "
        "housing coach and a job coach.")


def test_a_list_is_read_member_by_member_without_the_sentence_opener():
    assert [key for key, _ in list_members(COMMUNITIES)[0]] == ["Flemish", "French-speaking", "German-speaking"]
    assert [words for _, words in list_members(TEAM)[0]][1:3] == ["a psychologist", "a housing coach"]


def test_one_member_swapped_is_refused_with_the_report_s_member():
    # probes14: "english-speaking" for "German-speaking"
    assert other_list_member("how do the flemish, french-speaking and english-speaking communities share "
                             "responsibility for integration policy", [COMMUNITIES]) == (
        f"the reports name German-speaking, not english-speaking: “{COMMUNITIES.rstrip('.')}”")
    assert other_list_member("why did the ocmw put social workers, a lawyer, a housing coach and a job coach on "
                             "the team", [TEAM]).startswith("the reports name a psychologist, not a lawyer")


def test_the_same_list_another_length_or_describing_words_put_otherwise_are_no_swap():
    assert other_list_member("how do the flemish, french-speaking and german-speaking communities share it",
                             [COMMUNITIES]) is None
    assert other_list_member("how do the flemish and english-speaking communities share it", [COMMUNITIES]) is None
    assert other_list_member("why did the ocmw hire social workers, a psychologist, a lawyer, a housing coach and a "
                             "job coach", [TEAM]) is None
    # g012: "long, risky and expensive" for "dangerous, expensive and long"
    assert other_list_member("Why do relatives often have to make long, risky and expensive trips?",
                             ["They must often undertake dangerous, expensive and long journeys."]) is None
    # a word the page broke at its hyphen is the question's word
    assert other_list_member("formed by liberal, socialist, Christian-democratic and green parties, what did it say",
                             ["A coalition of liberal, socialist, Christian- democratic and green parties."]) is None
    # the swapped-in member named elsewhere in the answer is no swap
    assert other_list_member("how do the flemish, french-speaking and english-speaking communities share it",
                             [COMMUNITIES, "English-speaking newcomers are offered courses too."]) is None


def test_a_list_starts_after_the_preposition_that_leads_into_it():
    # probes27: "too, mostly from poland, slovakia and romania" lists three countries, not "too" and "mostly ..."
    from qa.lists import list_members, other_list_member

    came = ("This includes the many intra-European migrants residing in Ghent, who mainly come from Bulgaria, "
            "Slovakia and Romania.")
    asked = "ghent migratieforum covers intra-eu migrants too, mostly from poland, slovakia and romania - how often"
    assert [key for key, _words in list_members(asked)[0]] == ["poland", "slovakia", "romania"]
    assert other_list_member(asked, [came]) == f"the reports name Bulgaria, not poland: “{came[:-1]}”"
    assert other_list_member(asked.replace("poland", "bulgaria"), [came]) is None
