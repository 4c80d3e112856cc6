"""Where the CPU goes during a load run: the server's processes, the load generator itself, the
database, and the machine as a whole (Linux /proc; figures, not asserts).

Throughput from more worker processes needs idle cores to spread on; these counters say whether
there were any, and what each request cost in CPU time on each side.
"""

from __future__ import annotations

import os
import resource
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name may hold spaces; the fields after it are fixed.
    return text[text.rindex(")") + 2 :].split()


def _cpu_seconds(fields: list[str]) -> float:
    # utime and stime are fields 14 and 15 of /proc/PID/stat, 12 and 13 after the name.
    return (int(fields[11]) + int(fields[12])) / _TICKS


def _processes() -> Iterator[tuple[int, list[str]]]:
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat_fields(int(entry.name))):
            yield int(entry.name), fields


def session_seconds(session: int) -> dict[int, float]:
    """CPU seconds so far of each live process in a session (a server and its workers)."""
    return {pid: _cpu_seconds(f) for pid, f in _processes() if int(f[3]) == session}


def family_seconds(parent: int) -> float:
    """CPU seconds so far of a process and its live children (PostgreSQL's postmaster and its
    backends)."""
    return sum(_cpu_seconds(f) for pid, f in _processes() if parent in (pid, int(f[1])))


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, all cores."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    total = sum(values[:8])
    return (total - idle) / _TICKS, total / _TICKS


def own_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass(frozen=True, slots=True)
class CpuSnapshot:
    server: dict[int, float]
    clients: float
    database: float
    busy: float
    total: float

    @classmethod
    def take(cls, server_session: int, database_pid: int | None) -> CpuSnapshot:
        busy, total = machine_busy()
        return cls(
            session_seconds(server_session),
            own_seconds(),
            family_seconds(database_pid) if database_pid else 0.0,
            busy,
            total,
        )

    def report(self, later: CpuSnapshot, requests: int) -> str:
        """CPU milliseconds per request on each side, and how busy the machine was."""
        per = max(requests, 1) / 1000
        wall_cores = later.total - self.total
        busy = (later.busy - self.busy) / wall_cores if wall_cores else float("nan")
        # Per process: keep-alive connections stay on the worker that accepted them, so one
        # worker may carry most of the load while another idles.
        used = sorted(
            (seconds - self.server.get(pid, 0.0) for pid, seconds in later.server.items()),
            reverse=True,
        )
        split = " + ".join(f"{u:.1f}" for u in used if u >= 0.05)
        return (
            f"cpu per request: server {sum(used) / per:.1f} ms ({split} s by process),"
            f" load generator {(later.clients - self.clients) / per:.1f} ms,"
            f" database {(later.database - self.database) / per:.1f} ms;"
            f" machine busy {busy:.0%} of {os.cpu_count()} cores (everyone's work)"
        )
