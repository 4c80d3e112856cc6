"""What can go wrong with an index on disk, each with a message that says what to do."""


class IndexProblem(Exception):
    """Base class: the index cannot be used as it is."""


class IndexMissing(IndexProblem):
    """No generation has been published yet."""


class IndexCorrupt(IndexProblem):
    """A generation's files do not match its manifest."""


class ModelMismatch(IndexProblem):
    """The generation was built with other embedding weights than the ones loaded."""
