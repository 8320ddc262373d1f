"""A report the question gives to someone who did not write or publish it (qa/authors.py)."""

from __future__ import annotations

from ingest.passage import Chunk
from qa.authors import other_author
from qa.result import Hit

SETTING = ("The setting for our analysis is Belgium, due to its multilevel governance system and high degree of "
           "autonomy at the regional and municipal levels.")
RENO = "For the Reno-boat Ghent decided to go beyond what was required at the national level."


def passages() -> list[Hit]:
    paper = Chunk(id="p0", doc_id="local", text=SETTING, start=0, end=len(SETTING),
                  title="Migrant Integration Policies at the Local Level in Belgium",
                  metadata={"author": "Yar, A.W.A. and Laurentsyeva, N.", "publisher": "Policy article"})
    city = Chunk(id="p1", doc_id="city", text=RENO, start=0, end=len(RENO),
                 title="Ghent: Comprehensive policies and extraordinary collaborations (city report)",
                 metadata={"publisher": "Moving Cities (Seebrücke, Rosa Luxemburg Stiftung, Heinrich Böll Stiftung)"})
    named = ("Myria publishes yearly figures on migration. Kathleen Van de Kerckhove is the coordinator of the "
             "Refugee Taskforce; that body met weekly.")
    other = Chunk(id="p2", doc_id="other", text=named, start=0, end=len(named), title="Refugee solidarity",
                  metadata={"author": "Kathleen Van de Kerckhove"})
    return [Hit(paper, 1.0), Hit(city, 0.9), Hit(other, 0.8)]


def test_a_report_given_to_someone_who_did_not_write_it_is_refused():
    # probes16: the policy article is Yar and Laurentsyeva's, not Myria's
    assert other_author("why did myria's policy article on migrant integration policies at the local level pick "
                        "belgium as the setting", [SETTING], passages()) == (
        "the passages are from “Migrant Integration Policies at the Local Level in Belgium” by Yar, A.W.A. and "
        "Laurentsyeva, N., not from myria")
    assert other_author("What does the article by Myria say about Belgium as a setting?", [SETTING],
                        passages()).startswith("the passages are from “Migrant Integration Policies")
    assert other_author("What does Kerckhove's article say about the Reno-boat?", [RENO], passages()).startswith(
        "the passages are from “Ghent: Comprehensive policies and extraordinary collaborations (city report)”, not")
    # a report or study of someone's may be one the reports tell of ("the Commission Bossuyt's final report")
    assert other_author("What does Myria's report say about Belgium as a setting?", [SETTING], passages()) is None


def test_a_report_given_to_its_author_publisher_or_place_is_no_claim():
    for question, sentence in (
            ("why did yar and laurentsyeva's policy article pick belgium as the setting", SETTING),
            ("Why did the paper by Laurentsyeva pick Belgium?", SETTING),
            ("What does Ghent's city report say about the Reno-boat?", RENO),
            ("What does the Moving Cities report say about the Reno-boat?", RENO),
            ("What does its report say about the Reno-boat?", RENO),
            ("Why did Belgium become the setting?", SETTING),
            # an owner the passages write in lower case is no name (f009, zj009)
            ("In the Ghent taskforce coordinator's article, why was Belgium the setting?", SETTING),
            ("What did that body's final report say about the Reno-boat?", RENO)):
        assert other_author(question, [sentence], passages()) is None, question


def test_a_named_report_given_to_the_author_of_another_is_refused():
    from qa.authors import author_of_another

    pontoon = "A new reception centre (a pontoon on the water) for 250 asylum seekers got a lot of publicity."
    article = Chunk(id="a0", doc_id="article", text=pontoon, start=0, end=len(pontoon),
                    title="Refugee solidarity: the view from Ghent",
                    metadata={"author": "Kathleen Van de Kerckhove", "publisher": "openDemocracy, Can Europe Make It?"})
    gcm = Chunk(id="g0", doc_id="gcm", text=SETTING, start=0, end=len(SETTING),
                title="Some advances and challenges in the implementation of the Global Compact for Migration",
                metadata={"author": "builds on work by Ellen Desmet", "publisher": "Policy contribution"})
    read = [Hit(article, 1.0), Hit(gcm, 0.5)]
    # heldout48 zw030
    assert author_of_another("In her openDemocracy article 'Refugee solidarity: the view from Ghent', how does Ellen "
                             "Desmet describe the pontoon reception centre?", read) == \
        "“Refugee solidarity: the view from Ghent” is by Kathleen Van de Kerckhove, not by Ellen Desmet"
    # its own author, or two reports set side by side
    assert author_of_another("In her openDemocracy article 'Refugee solidarity: the view from Ghent', how does "
                             "Kathleen Van de Kerckhove describe the pontoon reception centre?", read) is None
    assert author_of_another("How does Ellen Desmet's contribution differ from the openDemocracy article on the "
                             "pontoon?", read) is None


def test_a_name_ending_in_s_owns_a_report_with_the_apostrophe_alone():
    # probes27: "Rudy Coddens' openDemocracy article"
    named = "Rudy Coddens is the alderman; Kathleen Van de Kerckhove coordinates the Refugee Taskforce."
    article = Chunk(id="a0", doc_id="article", text=named, start=0, end=len(named),
                    title="Refugee solidarity: the view from Ghent", metadata={"author": "Kathleen Van de Kerckhove"})
    reason = other_author("In Rudy Coddens' openDemocracy article, which three working groups does he say the "
                          "Taskforce set up?", [named], [Hit(article, 1.0)])
    assert reason == "the passages are from “Refugee solidarity: the view from Ghent” by Kathleen Van de Kerckhove, " \
                     "not from Coddens"
    assert other_author("In the openDemocracy article, which three working groups does Rudy Coddens say the "
                        "Taskforce set up?", [named], [Hit(article, 1.0)]) is None


def test_a_name_the_passages_never_write_is_an_author_when_typed_with_capitals():
    # probes31 #15: the passages read named no Coddens, so "Rudy" was taken for no name and the piece was answered
    assert other_author("In the openDemocracy piece by Rudy Coddens on refugee solidarity in Ghent, why was Belgium "
                        "the setting?", [SETTING], passages()) == (
        "the passages are from “Migrant Integration Policies at the Local Level in Belgium” by Yar, A.W.A. and "
        "Laurentsyeva, N., not from Rudy Coddens")
    # typed in small letters, a word no passage read writes may be no name
    assert other_author("in the openDemocracy piece by rudy coddens, why was belgium the setting", [SETTING],
                        passages()) is None


def test_a_report_by_an_office_holder_is_the_persons():
    # probes30 #4: "the openDemocracy article by Ghent mayor Mathias De Clercq" was read as Ghent's, a place's
    assert other_author("In the openDemocracy article by Ghent mayor Mathias De Clercq, why was Belgium the setting?",
                        [SETTING], passages()).endswith("not from Mathias De Clercq")
    assert other_author("In the article by the mayor of Ghent Mathias De Clercq, why was Belgium the setting?",
                        [SETTING], passages()).endswith("not from Mathias De Clercq")
    # by its authors, or by an office holder it names no one by: no claim
    assert other_author("In the paper by Yar and Laurentsyeva, why was Belgium the setting?", [SETTING],
                        passages()) is None
    assert other_author("In the article by the Ghent coordinator, why was Belgium the setting?", [SETTING],
                        passages()) is None


def test_a_report_given_to_another_after_its_title():
    # probes46 #31: the title comes between the kind of report and "written by"
    asked = "In the openDemocracy piece 'Local integration in Belgium' written by {}, why is Belgium the setting?"
    assert other_author(asked.format("alderman Rudy Coddens"), [SETTING], passages()) == (
        "the passages are from “Migrant Integration Policies at the Local Level in Belgium” by Yar, A.W.A. and "
        "Laurentsyeva, N., not from Rudy Coddens")
    assert other_author(asked.format("Laurentsyeva"), [SETTING], passages()) is None
