"""A list in the question with one member swapped, against the same list in the reports."""

from __future__ import annotations

from qa.contradiction import quote
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


def test_members_taken_as_given_that_the_reports_list_without_are_refused():
    # probes30 #23 and #38: "apart from A and B" takes both as members of the group the reports list
    from qa.lists import apart_from_unlisted
    from tests.qa.test_premise import hits

    communities = ("Finally, the Flemish, French-speaking and German-speaking communities are jointly responsible for "
                   "the state’s integration policy.")
    asked = "Apart from the Flemish Community and the {} Community, which community shares responsibility?"
    assert apart_from_unlisted(asked.format("Brussels"), [communities], hits(communities)) == (
        f"the reports name the Flemish Community with others, not the Brussels Community: “{communities[:-1]}”")
    assert apart_from_unlisted(asked.format("French-speaking"), [communities], hits(communities)) is None
    tour = ("A collaboration between youth organisations (JES vzw and Tumult vzw), a university college (Odisee) and "
            "refugee organisations arranged a four-day cycling tour in 2018 for newcomers in Ghent.")
    asked = "Apart from {} and JES vzw, who organised the 2018 cycling tour for newcomers?"
    assert apart_from_unlisted(asked.format("Ghent University"), [tour], hits(tour)).startswith(
        "the reports name JES vzw with others, not Ghent University")
    assert apart_from_unlisted(asked.format("Odisee university college"), [tour], hits(tour)) is None
    # no list of names: a count's phrase ("the 18 unaccompanied minors relocated from Lesbos and Samos"), one name
    minors = "Pressure led to the relocation of 18 unaccompanied minors from the Greek islands of Lesbos and Samos."
    assert apart_from_unlisted("Besides the 18 unaccompanied minors relocated from Lesbos and Samos in August 2020, "
                               "how many more were relocated?", [minors], hits(minors)) is None
    assert apart_from_unlisted("Besides Ghent, which towns is it active in?", [tour], hits(tour)) is None


def test_a_list_whose_members_repeat_their_head():
    from qa.lists import list_members
    keys = [[key for key, _words in members] for members in list_members(
        "Within the taskforce, we set up three working groups: a working group on shelter, a working group on "
        "integration and one on volunteers and public awareness.")]
    assert keys == [["shelter", "integration", "volunteers"]]
    # an Oxford comma before "and" leaves "and" no member
    keys = [[key for key, _words in members] for members in list_members(
        "which covered shelter, employment, and volunteers and public awareness")]
    assert keys == [["shelter", "employment", "volunteers"]]


def test_a_list_with_its_preposition_said_before_each_member():
    # probes64 #9: "working groups on shelter, on integration and on employment"
    question = ("What does Kathleen Van de Kerckhove say the triple-pronged approach of working groups on shelter, on "
                "integration and on employment allows the Ghent taskforce to do?")
    assert list_members(question) == [[("shelter", "shelter"), ("integration", "integration"),
                                       ("employment", "employment")]]
    groups = ("Within the taskforce, we set up three working groups: a working group on shelter, a working group on "
              "integration and one on volunteers and public awareness.")
    assert other_list_member(question, [groups]) == f"the reports name volunteers, not employment: “{quote(groups)}”"
    assert other_list_member(question.replace("employment", "volunteers"), [groups]) is None
