"""Matrix products through numpy's OpenBLAS (dateline.analyse._blas): same analysis, scoped swap.

The sentences are written for these tests in the style of a wire report.
"""

import contextlib
import datetime as dt

import pytest
from thinc.api import NumpyOps

import dateline.analyse._nlp as nlp_module
from dateline.analyse import Analyser, load_spacy
from dateline.analyse._blas import fast_matmul, openblas_threads
from dateline.records import Document
from dateline.settings import Settings, with_overrides

TEXT = (
    "Gunmen killed six people in an overnight raid on Mangu Halle, a village near Bokkos in "
    "Nigeria's Plateau State, police said on Tuesday.\n"
    "Troops of the 3rd Division clashed with bandits near Dutsin-Ma and recovered two rifles.\n"
    "An air force jet struck a camp of the Islamic State West Africa Province at Tumbun Rego on "
    "Lake Chad, killing at least 12 fighters, the military said.\n"
    "Protesters blocked the Abuja-Kaduna highway on Friday to demand the release of 40 "
    "abducted students."
)

needs_openblas = pytest.mark.skipif(openblas_threads() is None,
                                    reason="numpy's BLAS here is not an OpenBLAS dateline can pin")


def _analysed(swap: bool) -> Document:
    settings = with_overrides(Settings(), {"analyse.ner_scope": "all", "analyse.parse_all": "true"})
    analyser = Analyser(settings)
    doc = Document(id="t", text=TEXT, clean_text=TEXT, published=dt.date(2025, 2, 7))
    original = nlp_module.fast_matmul
    if not swap:
        nlp_module.fast_matmul = lambda components: contextlib.nullcontext(False)
    try:
        return analyser(doc)
    finally:
        nlp_module.fast_matmul = original


def _readings(doc: Document) -> list:
    parsed = doc.extras["analyse.parsed"]
    tokens = [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_)
              for index in sorted(parsed) for t in parsed[index]]
    entities = [(e.span.start, e.span.end, e.label) for s in doc.sentences for e in s.entities]
    return [tokens, entities]


@needs_openblas
def test_the_analysis_is_the_same_with_and_without_openblas():
    with_swap, without = _readings(_analysed(True)), _readings(_analysed(False))
    assert with_swap == without
    assert len(with_swap[0]) > 80 and len(with_swap[1]) >= 6  # four parsed sentences, names


@needs_openblas
def test_inside_the_block_products_go_through_one_thread_openblas():
    nlp = load_spacy(Settings().analyse.spacy_model)
    components = [nlp.get_pipe("tok2vec"), nlp.get_pipe("ner")]
    get_threads, _ = openblas_threads()
    with fast_matmul(components) as swapped:
        assert swapped
        assert get_threads() == 1
        for component in components:
            ops = {type(node.ops) for node in component.model.walk()}
            assert ops == {NumpyOps}
            assert not any(node.ops.use_blis for node in component.model.walk())


@needs_openblas
def test_ops_and_thread_count_are_put_back_even_after_an_error():
    nlp = load_spacy(Settings().analyse.spacy_model)
    components = [nlp.get_pipe("tok2vec"), nlp.get_pipe("attribute_ruler")]  # one has no model
    nodes = list(components[0].model.walk())
    before_ops, before_threads = [node.ops for node in nodes], openblas_threads()[0]()
    with pytest.raises(RuntimeError), fast_matmul(components):
        raise RuntimeError("a failing batch")
    assert [node.ops for node in nodes] == before_ops
    assert all(getattr(node.ops, "use_blis", True) for node in nodes)
    assert openblas_threads()[0]() == before_threads


def test_without_a_usable_openblas_nothing_changes(monkeypatch):
    # another BLAS or platform cannot run here; the swap must then leave spaCy's ops alone
    import dateline.analyse._blas as blas

    monkeypatch.setattr(blas, "openblas_threads", lambda: None)
    component = load_spacy(Settings().analyse.spacy_model).get_pipe("tok2vec")
    before = [node.ops for node in component.model.walk()]
    with blas.fast_matmul([component]) as swapped:
        assert swapped is False
        assert [node.ops for node in component.model.walk()] == before
