"""Reports people (and CI systems) read, rendered from the JSON record.

Every renderer is a pure function of the report dict that
:func:`cmm_rules.report.build_report` returns, so the same decision always
renders to the same bytes, and nothing in them is decided twice. One module
per format, what they share in :mod:`.common`:

* :func:`to_markdown` (:mod:`.markdown`) — for a ticket, a wiki or a pull request;
* :func:`to_html` (:mod:`.html`) — one self-contained page;
* :func:`to_junit` (:mod:`.junit`) — JUnit XML: one test case per criterion, for CI systems;
* :func:`to_oscal` (:mod:`.oscal`) — NIST OSCAL assessment-results JSON.

Everything that comes from the bundle (names, titles, justifications, file
names) is untrusted: HTML and XML escape it, Markdown escapes its markup
characters, and control characters are dropped everywhere.
"""
from __future__ import annotations

from .common import LEVELS, RESULT_LABEL, STATUS_LABEL, cell_result, clean, gaps
from .html import h, radar_svg, to_html
from .junit import to_junit
from .markdown import md, to_markdown
from .oscal import OSCAL_VERSION, to_oscal

#: Output format name (``cmm assess --format``) → renderer.
RENDERERS = {"md": to_markdown, "html": to_html, "junit": to_junit, "oscal": to_oscal}

__all__ = ["LEVELS", "OSCAL_VERSION", "RENDERERS", "RESULT_LABEL", "STATUS_LABEL", "cell_result", "clean", "gaps",
           "h", "md", "radar_svg", "to_html", "to_junit", "to_markdown", "to_oscal"]
