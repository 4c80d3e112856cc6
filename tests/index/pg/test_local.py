"""The test server's binaries are runnable by its unprivileged user wherever the checkout is."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from index.pg.local import runnable_binaries


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the server to another user")
def test_the_server_user_can_reach_the_binaries_even_from_a_private_checkout() -> None:
    bin_dir = runnable_binaries()
    assert (bin_dir / "initdb").is_file()
    for folder in [bin_dir, *bin_dir.parents]:
        assert folder.stat().st_mode & stat.S_IXOTH, f"{folder} does not let others through"
    assert Path.cwd().resolve() not in bin_dir.resolve().parents
