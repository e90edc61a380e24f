"""``cmm serve`` as a child process on a free loopback port (used by the tests and ``benchmarks/serve.py``).

The server is started with ``--port 0``, so the kernel picks a free port
(other servers may run on the machine at the same time), and the port is
read from uvicorn's "running on" line in the server's log file.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

_RUNNING = re.compile(r"Uvicorn running on http://127\.0\.0\.1:(\d+)")


class LiveServer:
    """A ``cmm serve`` child process; ``url`` is where it answers, ``log`` its stderr file."""

    def __init__(self, data_dir: Path, db_url: str | None, log: Path, *options: str, start_timeout: float = 120.0,
                 cwd: Path | None = None):
        """``db_url`` None: the default register (``CMM_DB`` or ``cmm-register.db`` in ``cwd``)."""
        self.log = log
        self.data_dir = data_dir
        command = [sys.executable, "-m", "cmm_rules.cli", "serve", "--host", "127.0.0.1", "--port", "0",
                   "--data-dir", str(data_dir), *(["--db", db_url] if db_url else []), *options]
        self._log_handle = open(log, "wb")
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        if db_url is None:
            env.pop("CMM_DB", None)
        self.process = subprocess.Popen(command, stdout=self._log_handle, stderr=subprocess.STDOUT, cwd=cwd,
                                        stdin=subprocess.DEVNULL, env=env)
        self.pid = self.process.pid
        self.url = self._wait(start_timeout)

    def _wait(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"cmm serve exited with {self.process.returncode}:\n{self.text()[-3000:]}")
            found = _RUNNING.search(self.text())
            if found:
                url = f"http://127.0.0.1:{found.group(1)}"
                with urllib.request.urlopen(url + "/healthz", timeout=10) as answer:
                    if answer.status == 200:
                        return url
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"cmm serve did not start within {timeout:g} s:\n{self.text()[-3000:]}")

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    def stop(self) -> None:
        """Stop the server (SIGINT, as Ctrl-C: uvicorn shuts down and the workers with it)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self._log_handle.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
