"""Who is calling: an API key (kept only as its sha256), a user named by a trusted proxy, or
an anonymous caller; and what each may reach.

Keys come as `Authorization: Bearer KEY` or `X-API-Key: KEY`. The hash of the key presented is
compared with every configured hash by `hmac.compare_digest`, so the time taken does not depend
on how much of it matches. A proxy's user header is believed only on connections from
`trusted_proxies`; from anywhere else it is ignored, as if it had not been sent. So is
`X-Forwarded-For`: behind trusted proxies the client is the nearest address in it that is not
one of them, so each user behind an intranet proxy is its own caller for the rate limiter.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
from dataclasses import dataclass
from typing import Literal

from starlette.requests import HTTPConnection

from pipeline.visibility import Access
from server.errors import ApiError
from server.settings import ApiKey, Settings

# Pages and probes anyone may load: they hold no document text.
PUBLIC_ROUTES = frozenset({"/healthz", "/readyz", "/", "/embed", "/insights", "/registers"})
# All a widget key may reach; it sits in intranet pages, so treat it as nearly public.
WIDGET_ROUTES = frozenset({"/v1/ask", "/v1/ask/stream", "/v1/search", "/v1/feedback"})
# What staff ask, word for word: for administrators only.
ADMIN_ROUTES = frozenset({"/v1/insights", "/v1/insights.csv"})

Scope = Literal["all", "admin", "widget"]
_GROUP = re.compile(r"^[A-Za-z0-9_.:@-]{1,100}$")
_MAX_USER = 200


def key_hash(key: str) -> str:
    """The sha256 hex digest that `api_keys` stores for a key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Caller:
    """One identified caller. `id` names it in the audit log and the rate limiter."""

    id: str
    scope: Scope = "all"
    groups: frozenset[str] = frozenset()
    anonymous: bool = True
    bad_key: bool = False

    @property
    def access(self) -> Access:
        return Access(groups=self.groups)


def client_address(conn: HTTPConnection) -> str:
    return conn.client.host if conn.client else "unknown"


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


class Authenticator:
    """Identifies callers from request headers, by the rules in `settings`."""

    def __init__(self, settings: Settings) -> None:
        self._keys: tuple[ApiKey, ...] = tuple(settings.api_keys)
        self._user_header = settings.proxy_user_header
        self._groups_header = settings.proxy_groups_header
        self._proxies = tuple(
            ipaddress.ip_network(p, strict=False) for p in settings.trusted_proxies
        )
        self.required = settings.auth_required
        self._admin_groups = frozenset(settings.admin_groups)

    def identify(self, conn: HTTPConnection) -> Caller:
        """The caller; a key that matches nothing gives an anonymous caller marked `bad_key`."""
        peer = client_address(conn)
        address = self._forwarded_for(conn, peer)
        presented = _presented_key(conn)
        if presented is not None:
            key = self._match(presented)
            if key is None:
                return Caller(id=f"anon:{address}", bad_key=True)
            rate_id = f"key:{key.name}@{address}" if key.scope == "widget" else f"key:{key.name}"
            return Caller(
                id=rate_id, scope=key.scope, groups=frozenset(key.groups), anonymous=False
            )
        user = self._proxy_user(conn, peer)
        if user is not None:
            groups = self._proxy_groups(conn)
            scope: Scope = "admin" if groups & self._admin_groups else "all"
            return Caller(id=f"user:{user}", scope=scope, groups=groups, anonymous=False)
        return Caller(id=f"anon:{address}")

    def _match(self, presented: str) -> ApiKey | None:
        digest = key_hash(presented)
        found = None
        for key in self._keys:  # no early exit: every hash is compared every time
            if hmac.compare_digest(digest, key.sha256):
                found = key
        return found

    def _trusted(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self._proxies)

    def _forwarded_for(self, conn: HTTPConnection, peer: str) -> str:
        """The real client: from a trusted proxy, the rightmost X-Forwarded-For address that is
        not itself a trusted proxy (the ones left of it could be forged by the client)."""
        if not self._trusted(peer):
            return peer
        hops = [h.strip() for h in conn.headers.get("x-forwarded-for", "").split(",")]
        for hop in reversed([h for h in hops if h]):
            if not _is_address(hop):
                break
            if not self._trusted(hop):
                return hop
        return peer

    def _proxy_user(self, conn: HTTPConnection, address: str) -> str | None:
        if self._user_header is None or not self._trusted(address):
            return None
        user = conn.headers.get(self._user_header, "").strip()
        if not user or len(user) > _MAX_USER or not user.isprintable():
            return None
        return user

    def _proxy_groups(self, conn: HTTPConnection) -> frozenset[str]:
        if self._groups_header is None:
            return frozenset()
        raw = conn.headers.get(self._groups_header, "")
        return frozenset(g for g in (part.strip() for part in raw.split(",")) if _GROUP.match(g))

    def authorize(self, caller: Caller, route: str) -> None:
        """Raise 401 for a caller who must (re)authenticate, 403 for one who may not go here."""
        if route in PUBLIC_ROUTES:
            return
        if caller.bad_key:
            raise ApiError(401, "the API key is not valid", headers=_CHALLENGE)
        if caller.anonymous and self.required:
            raise ApiError(401, "sign in or send an API key", headers=_CHALLENGE)
        if caller.scope == "widget" and route not in WIDGET_ROUTES:
            raise ApiError(
                403, f"a widget key may not use {route}; it may use ask, search, feedback"
            )
        if route in ADMIN_ROUTES and caller.anonymous:
            raise ApiError(401, "sign in or send an admin-scope API key", headers=_CHALLENGE)
        if route in ADMIN_ROUTES and caller.scope != "admin":
            raise ApiError(
                403,
                "the insights are for administrators: an admin-scope key, or a proxy user in"
                " one of SA_ADMIN_GROUPS",
            )


_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def _presented_key(conn: HTTPConnection) -> str | None:
    header = conn.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    key = conn.headers.get("x-api-key", "").strip()
    return key or None
