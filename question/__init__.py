"""The question read once: question.model (the typed value), question.read (the reader),
question.followup (a question read in its conversation, as one turn)."""
