"""Whether the port `serve` is told to use is free, asked before minutes of index building and
reported in words rather than as uvicorn's errno after "startup complete"."""

from __future__ import annotations

import errno
import socket


class PortBusy(Exception):
    """The address cannot be listened on; the message says which setting changes it."""


def check_port_free(host: str, port: int) -> None:
    """Raise PortBusy naming SA_PORT (and SA_HOST) when `host:port` cannot be bound."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As uvicorn binds: a port held only by connections closing (TIME_WAIT) is usable.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise PortBusy(
                    f"port {port} on {host} is already in use (another server?); stop it or "
                    f"choose another port: SA_PORT={port + 1} make serve, or serve --port "
                    f"{port + 1}"
                ) from None
            raise PortBusy(
                f"cannot listen on {host}:{port} ({exc.strerror}); set SA_HOST and SA_PORT to "
                "an address of this machine, e.g. SA_HOST=127.0.0.1 SA_PORT=8000"
            ) from None
