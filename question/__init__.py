"""The question read once: question.model (the typed value), question.read (the reader, which
assembles it from question.kinds, question.wants, question.comparing, question.named and
question.defining), question.followup (a question read in its conversation, as one turn)."""
