"""The sentence a chosen one leans on is brought in beside it, even from the passage before its own."""

from __future__ import annotations

from ingest.passage import Chunk
from qa.composer import Candidate, _with_neighbours
from qa.result import Hit

DOC = ("Family members must submit the application with the competent Belgian diplomatic post. "
       "To that end, they must often undertake dangerous, expensive and long journeys. "
       "This would be avoided by allowing electronic submission.")
CUT = DOC.index("To that end")


def _hit(start: int, end: int) -> Hit:
    return Hit(Chunk(id=f"c{start}", doc_id="d", text=DOC[start:end], start=start, end=end, lang="en"), 1.0)


def _chosen(hit: Hit, opening: str) -> Candidate:
    start = DOC.index(opening)
    end = DOC.index(".", start) + 1
    return Candidate(0, hit, start, end, DOC[start:end], 1.0, 1.0)


def test_a_sentence_opening_its_passage_gets_the_one_before_from_the_passage_read_before_it():
    before, own = _hit(0, CUT + 20), _hit(CUT, len(DOC))
    chosen = [_chosen(own, "To that end")]
    texts = [c.text for c in _with_neighbours(chosen, 4, [own, before])]
    assert any(t.startswith("Family members must submit") for t in texts)
    # within its own passage, as before
    texts = [c.text for c in _with_neighbours([_chosen(_hit(0, len(DOC)), "To that end")], 4)]
    assert any(t.startswith("Family members must submit") for t in texts)


def test_a_sentence_that_only_goes_on_from_the_one_before_is_not_given_another_passage_s():
    doc_start = DOC.index("To that end")
    moreover = "Moreover" + DOC[doc_start + len("To that end"):]
    own = Hit(Chunk(id="c", doc_id="d", text=moreover, start=doc_start, end=doc_start + len(moreover), lang="en"),
              1.0)
    end = doc_start + moreover.index(".") + 1
    chosen = [Candidate(0, own, doc_start, end, moreover[:end - doc_start], 1.0, 1.0)]
    texts = [c.text for c in _with_neighbours(chosen, 4, [own, _hit(0, CUT + 20)])]
    assert not any(t.startswith("Family members") for t in texts)


def test_why_answered_by_a_sentence_opening_to_that_end_gets_what_that_end_is(seed_engine):
    # zt002: "To that end, they must often undertake dangerous, expensive and long journeys" alone does not say why
    answer = seed_engine.answer("Why do family members who want to join a relative in Belgium often have to make "
                                "dangerous and expensive journeys?")
    assert "diplomatic post" in answer.text and "To that end" in answer.text


def test_the_sentence_after_a_chosen_one_that_goes_on_in_its_year_is_brought_in():
    # heldout48 zw013: "when that eu money stopped in 2015 who took the project over"
    text = ("However, in 2015 European subsidies were ended. The same year, the OCMW of Ghent decided which projects "
            "would be taken over with regular funds. Staff members are ambitious.")
    own = Hit(Chunk(id="c", doc_id="d", text=text, start=0, end=len(text), lang="en"), 1.0)
    end = text.index(".") + 1
    texts = [c.text for c in _with_neighbours([Candidate(0, own, 0, end, text[:end], 1.0, 1.0)], 4)]
    assert any(t.startswith("The same year, the OCMW") for t in texts)
    assert not any(t.startswith("Staff members") for t in texts)
