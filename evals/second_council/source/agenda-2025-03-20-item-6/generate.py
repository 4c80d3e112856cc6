"""Regenerate this agenda item page: python generate.py (uses ../agenda-portal-common)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "agenda-portal-common"))
import gen  # noqa: E402

gen.run(HERE)
