"""`cmm serve`: the web application and JSON API on top of the register.

Modules, in the order a request meets them:

* ``settings``  — what the server is started with (database, data dir, limits);
* ``security``  — security headers, body-size limit, rate limits, sessions, CSRF;
* ``uploads``   — an uploaded bundle (YAML, JSON or a .zip with attachments)
  written safely under the data dir;
* ``workers``   — screening assessments in worker processes that compile the
  engine once, so the server stays responsive;
* ``app``       — the FastAPI application: the JSON API and the pages.
"""
