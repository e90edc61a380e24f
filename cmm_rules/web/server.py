"""Running the application under uvicorn (``cmm serve``)."""
from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from .settings import Limits, Settings


def run(db_url: str | None, host: str, port: int, data_dir: str, workers: int = 0, rate_limit: int = 120,
        max_bytes: int | None = None, proxy_headers: bool = False) -> None:
    """Build the settings, the application, and serve it until interrupted."""
    import uvicorn

    from .app import create_app

    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    limits = replace(Limits(), api_per_minute=rate_limit, **({"max_body_bytes": max_bytes} if max_bytes else {}))
    settings = Settings(data_dir=Path(data_dir).resolve(), db_url=db_url, workers=workers, limits=limits)
    app = create_app(settings)
    uvicorn.run(app, host=host, port=port, proxy_headers=proxy_headers,
                forwarded_allow_ips="127.0.0.1" if proxy_headers else None,
                server_header=False, access_log=True, log_level="info", timeout_graceful_shutdown=5)
