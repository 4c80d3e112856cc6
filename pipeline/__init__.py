"""The assistant: question reading, conversations, comparisons and visibility, over the index."""
