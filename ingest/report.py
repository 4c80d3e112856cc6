"""A human-readable account of how one document was parsed, for people checking the corpus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.fields import fields_to_dict

if TYPE_CHECKING:
    from ingest.pipeline import Corpus


def format_document(corpus: Corpus, document_id: str) -> str:
    """Components, sections and passages of a document (kind, section, page/lines, fields).

    Raises KeyError when no document has that id.
    """
    documents = {d.id: d for d in corpus.documents}
    if document_id not in documents:
        known = ", ".join(sorted(documents)) or "none"
        raise KeyError(f"no document {document_id!r}; known documents: {known}")
    doc = documents[document_id]
    out = [f"{doc.id}: {doc.title}"]
    meta = [
        ("type", doc.doc_type),
        ("date", doc.date),
        ("period", doc.period),
        ("publisher", doc.publisher),
        ("author", doc.author),
        ("parent", doc.parent_id),
        ("superseded by", doc.superseded_by),
        ("source", doc.source),
    ]
    out += [f"  {name}: {value}" for name, value in meta if value]
    if doc.contacts:
        out.append(f"  contacts: {'; '.join(doc.contacts)}")
    components = [d for d in corpus.documents if d.parent_id == doc.id]
    if components:
        out.append(f"  components ({len(components)}):")
        out += [f"    {c.id}  [{c.doc_type}] {c.title}" for c in components]
    passages = [p for p in corpus.passages if p.document_id == doc.id]
    words = sorted(len(p.text.split()) for p in passages)
    if words:
        out.append(
            f"  passages: {len(passages)}, words min {words[0]} / median "
            f"{words[len(words) // 2]} / max {words[-1]}"
        )
    section: str | None = "\0"
    for p in passages:
        if p.section != section:
            section = p.section
            out.append(f"\n## {section or '(no section)'}")
        where = f"p.{p.page}" if p.page else ""
        if p.lines:
            where += f" lines {p.lines[0]}-{p.lines[1]}"
        out.append(f"- [{p.kind}] {p.id} {where.strip()} ({len(p.text.split())} words)")
        for key, value in fields_to_dict(p.fields).items():
            if key != "section":
                out.append(f"    {key}: {value}")
        out.append(f"    {p.text}")
    for child in components:
        out.append("\n" + "=" * 80)
        out.append(format_document(corpus, child.id))
    return "\n".join(out)
