"""The numpy MiniLM used for questions must give sentence-transformers' vectors (the reference)."""

import numpy as np
import pytest

pytestmark = pytest.mark.integration


def test_numpy_minilm_matches_sentence_transformers():
    from ingest.embedders import MiniLMEmbedder
    from ingest.minilm_numpy import NumpyMiniLM

    questions = ["What is Jobteam Gent?", "Who pays for it? (Jobteam Gent)",
                 "Hoeveel asielzoekers verbleven op de ponton in Gent?", "Ghent " * 300]
    reference = MiniLMEmbedder().embed_documents(questions)
    ours = np.vstack([NumpyMiniLM().embed_query(q) for q in questions])
    assert ours.shape == reference.shape
    assert np.all(np.sum(ours * reference, axis=1) > 0.9999)


def test_the_forward_pass_stays_in_float32():
    # a numpy float64 scalar (np.sqrt(2.0)) promotes float32 arrays under NEP 50, and every later matmul then
    # converts its weights to float64: half the speed of a question's embedding went there
    from ingest.minilm_numpy import NumpyMiniLM

    model = NumpyMiniLM()
    ids = np.array(model.tokenizer.encode("Who funds Jobteam Gent?").ids)
    assert model._forward(ids).dtype == np.float32
