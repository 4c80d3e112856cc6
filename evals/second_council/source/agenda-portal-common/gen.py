"""Build one agenda item page (HTML, and optionally the plain-text copy) from
<folder>/page.py + <folder>/minutes.txt.  Called by each folder's generate.py."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import portal  # noqa: E402

CORPUS = os.path.join(HERE, "..", "..", "corpus")


def run(folder):
    spec = importlib.util.spec_from_file_location("page", os.path.join(folder, "page.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    P = dict(mod.PAGE)
    P["minutes"] = open(os.path.join(folder, "minutes.txt"), encoding="utf-8").read()
    doc = portal.build_html(P)
    with open(os.path.join(CORPUS, P["file"]), "w", encoding="utf-8") as fh:
        fh.write(doc)
    print("wrote", P["file"], "substance words:", portal.substance_words(P))
    if P.get("text_file"):
        txt = portal.html_to_text(doc)
        with open(os.path.join(CORPUS, P["text_file"]), "w", encoding="utf-8") as fh:
            fh.write(txt)
        print("wrote", P["text_file"], "words:", len(txt.split()))
