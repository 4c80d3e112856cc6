"""The question read once: question.model (the typed value), question.read (the reader, which
assembles it from question.kinds, question.wants, question.comparing, question.named and
question.defining), question.followup (a question read in its conversation, as one turn, with
question.leaning: whether it leans on the turns before it, and question.occasion: the meeting,
paper or time it points back to)."""
