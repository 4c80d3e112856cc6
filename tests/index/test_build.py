"""Building, rebuilding and publishing index generations (plumbing: fake embedder)."""

from __future__ import annotations

from pathlib import Path

from answer.boilerplate import sealed_conventions
from index.build import build_index
from index.dense import with_context
from index.generation import GENERATIONS, current_name, load_generation
from ingest.profile import PROFILE_FILE, load_profile
from ingest.sentences import sentence_spans
from tests.fakes import FakeEmbedder


def test_first_build_publishes_a_generation_that_loads(small_corpus: Path, tmp_path: Path) -> None:
    report = build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    loaded = load_generation(tmp_path / "idx")
    contexts = {p.context for p in loaded.store.passages if p.context}
    # Every passage, every distinct context and every distinct sentence is embedded once.
    texts = {p.embed_text for p in loaded.store.passages} | contexts
    sentences = {p.text[a:b] for p in loaded.store.passages for a, b in sentence_spans(p.text)}
    assert not report.unchanged and report.passages > 0
    assert report.embedded == len(texts | sentences)
    assert len(loaded.sentences.spans) == sum(
        len(sentence_spans(p.text)) for p in loaded.store.passages
    )
    assert loaded.name == report.generation == current_name(tmp_path / "idx")
    assert len(loaded.store.passages) == report.passages


def test_rebuilding_an_unchanged_corpus_embeds_nothing_and_keeps_the_generation(
    small_corpus: Path, tmp_path: Path
) -> None:
    first = build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    embedder = FakeEmbedder()
    second = build_index(small_corpus, tmp_path / "idx", embedder)
    assert second.unchanged and second.generation == first.generation
    assert embedder.embedded == 0


def test_changing_one_document_reembeds_only_its_passages(
    small_corpus: Path, tmp_path: Path
) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    beta = small_corpus / "beta.md"
    beta.write_text(beta.read_text() + "\n## Next steps\n\nThe plan will be reviewed in July.\n")
    embedder = FakeEmbedder()
    report = build_index(small_corpus, tmp_path / "idx", embedder)
    loaded = load_generation(tmp_path / "idx")
    beta_passages = [p for p in loaded.store.passages if p.document_id == "beta"]
    assert not report.unchanged
    beta_sentences = {p.text[a:b] for p in beta_passages for a, b in sentence_spans(p.text)}
    assert 0 < embedder.embedded <= len(beta_passages) + len(beta_sentences)


def test_a_removed_document_leaves_no_passage_behind(small_corpus: Path, tmp_path: Path) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    manifest = small_corpus / "manifest.yaml"
    text = manifest.read_text()
    manifest.write_text(text[: text.index("  - id: beta")])
    (small_corpus / "beta.md").unlink()
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    loaded = load_generation(tmp_path / "idx")
    assert {p.document_id for p in loaded.store.passages} == {"alpha"}
    assert "beta" not in loaded.store.documents


def test_old_generations_are_pruned(small_corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "idx"
    for n in range(4):
        (small_corpus / "alpha.md").write_text(
            (small_corpus / "alpha.md").read_text() + f"\nEdit {n}.\n"
        )
        build_index(small_corpus, index_dir, FakeEmbedder())
    generations = list((index_dir / GENERATIONS).iterdir())
    assert len(generations) == 2
    assert current_name(index_dir) in {g.name for g in generations}


def test_a_stored_vector_blends_the_passage_text_with_its_context(
    small_corpus: Path, tmp_path: Path
) -> None:
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    loaded = load_generation(tmp_path / "idx")
    passage = next(p for p in loaded.store.passages if p.context)
    text, context = FakeEmbedder().embed([passage.embed_text, passage.context])
    expected = with_context(text[None], context[None])[0]
    assert loaded.dense.query(expected, None).of([passage.id])[0] > 1 - 1e-5


def test_a_generation_records_the_answer_conventions_of_its_corpus_profile(
    small_corpus: Path, tmp_path: Path
) -> None:
    (small_corpus / PROFILE_FILE).write_text("stock_lines: ['This paper sets out\\b']\n")
    build_index(small_corpus, tmp_path / "idx", FakeEmbedder())
    loaded = load_generation(tmp_path / "idx")
    assert loaded.manifest["conventions"] == load_profile(small_corpus).answer_conventions()
    rules = sealed_conventions(loaded.manifest)
    assert any(p.match("This paper sets out the plan.") for p in rules.stock_lines)
