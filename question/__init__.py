"""The question read once: question.model (the typed value), question.read (the reader)."""
