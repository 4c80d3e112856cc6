"""The one settings object: read once from SA_* environment variables (and .env) at the edge."""

from __future__ import annotations

import ipaddress
import os
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic_settings import SettingsError as UnreadableSetting

from answer.warm import WARM_SENTENCES
from index.factory import TENANT_PATTERN

PREFIX = "SA_"
# An origin as CSP frame-ancestors takes it: scheme, host (a leading "*." allowed), optional port.
_ORIGIN = re.compile(r"^https?://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$")
# An exact origin as CORS compares it: no wildcard label.
_EXACT_ORIGIN = re.compile(r"^https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$")
_HEADER = re.compile(r"^[A-Za-z0-9-]{1,100}$")

Group = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:@-]{1,100}$")]


class ApiKey(BaseModel):
    """One API key, known only by the sha256 of its secret (hex); the secret is never stored.

    `scope` "all" reaches every route but the insights; "admin" every route, insights included;
    "widget" only ask, search and feedback (a key that sits in an intranet page is public in all
    but name). `groups` are the document groups it may read.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{1,64}$")]
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    scope: Literal["all", "admin", "widget"] = "all"
    groups: tuple[Group, ...] = ()


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
    # Worker processes of `serve`, each with its own copy of the assistant; above one, share
    # state through SA_BACKEND=postgres (with memory, each keeps its own rate limits).
    workers: int = Field(default=1, ge=1, le=64)
    embedder: Literal["onnx", "torch"] = "onnx"
    # Where generations, conversations and feedback live: this process and SA_DATA_DIR
    # ("memory"), or PostgreSQL with pgvector at database_url ("postgres"), which replicas share.
    backend: Literal["memory", "postgres"] = "memory"
    database_url: SecretStr | None = None
    database_pool_size: int = Field(default=8, ge=1, le=1000)
    # The council this process builds and serves when several share one database (postgres);
    # each tenant has its own serving generation, and its searches read only its own rows.
    tenant: str = Field(default="", pattern=TENANT_PATTERN)
    query_threads: int = Field(default=1, ge=1, le=64)
    # Query vectors remembered by search text, so a repeated question skips its embedding; 0
    # remembers none (the benchmark times every HTTP question's embedding this way).
    query_cache: int = Field(default=1024, ge=0, le=1_000_000)
    # Sentences the answer layer scores when an index is loaded, so the first questions do not
    # pay for them (answer/warm.py); 0 warms none. Above the default, the memories overflow.
    warm_sentences: int = Field(default=WARM_SENTENCES, ge=0, le=WARM_SENTENCES)
    conversation_ttl_seconds: int = Field(default=3600, ge=60)
    conversation_max_turns: int = Field(default=20, ge=1, le=200)
    reload_check_seconds: float = Field(default=2.0, ge=0.1)
    max_body_bytes: int = Field(default=65536, ge=1024)
    # A body that stops arriving holds a connection: after this long without its next part the
    # request is answered 408 and the connection closed; a connection whose headers have not all
    # arrived this long after it opened is closed (server/connections.py).
    body_timeout_seconds: float = Field(default=10.0, gt=0, le=300)
    # Idle keep-alive connections are closed after this long (uvicorn's timeout_keep_alive).
    idle_timeout_seconds: float = Field(default=5.0, gt=0, le=300)
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_seconds: float = Field(default=8.0, gt=0)
    # Intranet origins allowed to frame the /embed widget, e.g. ["https://intranet.example.gov.uk"].
    embed_origins: list[str] = Field(default_factory=list, max_length=50)

    # Access (server/auth.py). With neither keys nor a proxy every caller is anonymous and sees
    # the documents without groups; auth_required turns anonymous API calls away with 401.
    auth_required: bool = False
    api_keys: list[ApiKey] = Field(default_factory=list, max_length=1000)
    # Single sign-on through a reverse proxy that puts the signed-in user (and their groups,
    # comma-separated) in headers; honoured only on connections from trusted_proxies.
    proxy_user_header: str | None = None
    proxy_groups_header: str | None = None
    trusted_proxies: list[str] = Field(default_factory=list, max_length=50)
    # Proxy users in any of these groups may read the insights, as an "admin"-scope key may.
    admin_groups: list[Group] = Field(default_factory=list, max_length=50)
    # Browsers on these origins may call the API (CORS); "*" only without credentials.
    cors_origins: list[str] = Field(default_factory=list, max_length=50)
    cors_credentials: bool = False
    # /docs and /openapi.json: None means on in development, off in production.
    docs_enabled: bool | None = None

    # Limits (server/limits.py): requests a minute per client, with bursts; 0 turns it off.
    rate_limit_per_minute: int = Field(default=120, ge=0, le=1_000_000)
    rate_limit_burst: int = Field(default=60, ge=1, le=100_000)
    request_timeout_seconds: float = Field(default=10.0, gt=0, le=600)

    # Insights (server/insights.py): questions asked are counted week by week; their text is kept
    # only when switched on, and deleted after the retention period.
    insights_questions: bool = False
    insights_retention_days: int = Field(default=30, ge=1, le=3650)

    # Audit (server/audit.py): one JSON line per request to stderr, a file, or "off".
    audit_log: str = "stderr"
    audit_questions: bool = False

    @field_validator("llm_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: SecretStr | None) -> SecretStr | None:
        # The message never repeats the value: it may hold a password.
        if value is not None and not value.get_secret_value().startswith(
            ("postgresql://", "postgres://")
        ):
            raise ValueError("must be postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
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

    @field_validator("cors_origins")
    @classmethod
    def _cors_origins(cls, value: list[str]) -> list[str]:
        bad = [o for o in value if o != "*" and not _EXACT_ORIGIN.match(o)]
        if bad:
            raise ValueError(
                f"{bad[0]!r} is not an origin; give scheme://host[:port] with no path and no"
                ' wildcard label, e.g. https://intranet.example.gov.uk (or "*" on its own)'
            )
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(
                    f"{item!r} is not an IP address or network, e.g. 10.0.0.5 or 10.0.0.0/24"
                ) from None
        return value

    @field_validator("proxy_user_header", "proxy_groups_header")
    @classmethod
    def _header_name(cls, value: str | None) -> str | None:
        if value is not None and not _HEADER.match(value):
            raise ValueError(f"{value!r} is not a header name, e.g. X-Forwarded-User")
        return value

    @model_validator(mode="after")
    def _coherent(self) -> Settings:
        if "*" in self.cors_origins and (self.cors_credentials or len(self.cors_origins) > 1):
            raise ValueError(
                'cors_origins "*" must stand alone and cannot be used with cors_credentials;'
                " list the origins instead"
            )
        if self.proxy_user_header and not self.trusted_proxies:
            raise ValueError("proxy_user_header needs trusted_proxies: the addresses of the proxy")
        if self.proxy_groups_header and not self.proxy_user_header:
            raise ValueError("proxy_groups_header needs proxy_user_header")
        names = [k.name for k in self.api_keys]
        if len(set(names)) != len(names):
            raise ValueError("api_keys: every key needs its own name")
        if self.llm_url and self.llm_timeout_seconds >= self.request_timeout_seconds:
            raise ValueError(
                "llm_timeout_seconds must be shorter than request_timeout_seconds, so a slow model"
                " falls back to the extractive answer before the request itself times out"
            )
        if self.backend == "postgres" and self.database_url is None:
            raise ValueError("SA_BACKEND=postgres needs SA_DATABASE_URL")
        if self.auth_required and not (self.api_keys or self.proxy_user_header):
            raise ValueError(
                "auth_required with no api_keys and no proxy_user_header would let nobody in"
            )
        return self

    @property
    def docs_on(self) -> bool:
        """Whether /docs and /openapi.json are served."""
        if self.docs_enabled is None:
            return self.environment == "development"
        return self.docs_enabled


class SettingsError(Exception):
    """A setting is unknown or invalid; the message names it and says what is allowed."""


def unknown_variables(environ: dict[str, str]) -> list[str]:
    known = {f"{PREFIX}{name}".upper() for name in Settings.model_fields}
    return sorted(k for k in environ if k.upper().startswith(PREFIX) and k.upper() not in known)


_UNREADABLE_FIELD = re.compile(r'field "(\w+)"')


def unreadable_message(detail: str) -> str:
    """What to say when pydantic-settings cannot parse a value at all (a list or object setting
    that is not JSON): its own message names the field but neither the variable nor the form."""
    found = _UNREADABLE_FIELD.search(detail)
    if found is None:
        return f"invalid settings: {detail}"
    name = f"{PREFIX}{found.group(1).upper()}"
    return (
        f"invalid settings: {name} is not valid JSON; a list setting is written as JSON, e.g."
        f""" {name}='["first", "second"]' or {name}='[]' (the README's configuration table"""
        " has an example of each)"
    )


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, .env and explicit overrides (CLI flags), validated."""
    unknown = unknown_variables(dict(os.environ))
    if unknown:
        allowed = ", ".join(f"{PREFIX}{n.upper()}" for n in Settings.model_fields)
        raise SettingsError(f"unknown setting(s) {', '.join(unknown)}; known settings: {allowed}")
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]
    except UnreadableSetting as exc:
        raise SettingsError(unreadable_message(str(exc))) from exc
    except ValidationError as exc:
        problems = "; ".join(
            f"{PREFIX}{'.'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            if err["loc"]
            else str(err["msg"])  # a rule across settings names them itself
            for err in exc.errors()
        )
        raise SettingsError(f"invalid settings: {problems}") from exc
