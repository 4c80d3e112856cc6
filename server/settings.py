"""The one settings object: read once from SA_* environment variables (and .env) at the edge."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PREFIX = "SA_"
# An origin as CSP frame-ancestors takes it: scheme, host (a leading "*." allowed), optional port.
_ORIGIN = re.compile(r"^https?://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$")


class Settings(BaseSettings):
    """Every setting of the service. Unknown SA_ variables and invalid values fail at start."""

    model_config = SettingsConfigDict(
        env_prefix=PREFIX, env_file=".env", extra="forbid", frozen=True
    )

    environment: Literal["development", "production"] = "development"
    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("var/index")
    data_dir: Path = Path("var/data")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    embedder: Literal["onnx", "torch"] = "onnx"
    query_threads: int = Field(default=1, ge=1, le=64)
    conversation_ttl_seconds: int = Field(default=3600, ge=60)
    conversation_max_turns: int = Field(default=20, ge=1, le=200)
    reload_check_seconds: float = Field(default=2.0, ge=0.1)
    max_body_bytes: int = Field(default=65536, ge=1024)
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_seconds: float = Field(default=20.0, gt=0)
    # Intranet origins allowed to frame the /embed widget, e.g. ["https://intranet.example.gov.uk"].
    embed_origins: list[str] = Field(default_factory=list, max_length=50)

    @field_validator("llm_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("embed_origins")
    @classmethod
    def _origins(cls, value: list[str]) -> list[str]:
        bad = [o for o in value if not _ORIGIN.match(o)]
        if bad:
            raise ValueError(
                f"{bad[0]!r} is not an origin; give scheme://host[:port] with no path,"
                " e.g. https://intranet.example.gov.uk"
            )
        return value


class SettingsError(Exception):
    """A setting is unknown or invalid; the message names it and says what is allowed."""


def unknown_variables(environ: dict[str, str]) -> list[str]:
    known = {f"{PREFIX}{name}".upper() for name in Settings.model_fields}
    return sorted(k for k in environ if k.upper().startswith(PREFIX) and k.upper() not in known)


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, .env and explicit overrides (CLI flags), validated."""
    unknown = unknown_variables(dict(os.environ))
    if unknown:
        allowed = ", ".join(f"{PREFIX}{n.upper()}" for n in Settings.model_fields)
        raise SettingsError(f"unknown setting(s) {', '.join(unknown)}; known settings: {allowed}")
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(
            f"{PREFIX}{'.'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in exc.errors()
        )
        raise SettingsError(f"invalid settings: {problems}") from exc
