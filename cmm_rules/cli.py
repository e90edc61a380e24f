"""The ``cmm`` command line.

Exit codes: 0 done, 1 below ``--fail-under``, 2 bad input or usage,
3 ``cmm screen`` could not assess some bundles, 4 ``cmm verify``: the
decision does not reproduce, 5 ``cmm assess``: the decision is not valid.
Every error the user can cause is printed as one line naming the file and
the place; no traceback reaches the terminal.
"""
from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import click

from .catalogue import Catalogue, load_catalogue
from .conditions import describe_tree, leaf_rules
from .errors import EngineUnavailable, InputError
from .report import to_json, to_text

EXIT_OK, EXIT_BELOW, EXIT_INPUT = 0, 1, 2
EXIT_SCREEN_ERRORS = 3  # `cmm screen`: some bundles could not be assessed
EXIT_NOT_REPRODUCED = 4  # `cmm verify`: the replayed decision differs; each difference is named
EXIT_SCENARIOS_FAILED = 1  # `cmm features run`: a scenario does not hold
EXIT_INVALID = 5  # `cmm assess`: report written, but the decision is not valid (attachment integrity, error findings)


def _fail(error: InputError | str) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_INPUT)


def _catalogue(folder: str | None) -> Catalogue:
    try:
        return load_catalogue(folder)
    except InputError as exc:
        _fail(exc)


catalogue_option = click.option("--catalogue", "catalogue_dir", type=click.Path(), default=None,
                                help="Catalogue folder to use instead of the bundled reference catalogue.")
max_bytes_option = click.option("--max-bytes", type=click.IntRange(min=1), default=None, envvar="CMM_MAX_BYTES",
                                 help="Refuse input files larger than this (default 8 MiB; env CMM_MAX_BYTES).")


@contextlib.contextmanager
def _parallel_run(progress: bool | None):
    """The progress bar of a run over many bundles (`cmm screen`, `cmm catalogue impact`), closed
    however the run ends: a usage error is one line (exit 2), Ctrl-C ends with exit 130."""
    from .screen import Progress, UsageError

    bar = Progress(enabled=progress)
    try:
        yield bar
    except UsageError as exc:
        bar.close()
        _fail(str(exc))
    except KeyboardInterrupt:
        bar.close()
        click.echo("interrupted", err=True)
        sys.exit(130)
    bar.close()


class _Group(click.Group):
    """Usage errors exit 2 (click's default too) and never show a traceback; neither does an
    interpreter on which the rule engine cannot load (one line, exit 2)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except EngineUnavailable as exc:
            _fail(str(exc))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cmm-rules", prog_name="cmm")
def main():
    """Assess SME service providers against T/ZXGJXH 002-2023 with durable_rules."""


@main.command()
@click.argument("bundle", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "html", "junit", "oscal"]), default="text",
              show_default=True, help="json is the record `cmm verify` replays; md and html are for people;"
              " junit for CI systems; oscal is NIST OSCAL assessment-results JSON.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE.")
@click.option("--fail-under", type=click.IntRange(0, 5), default=None,
              help="Exit 1 when the overall stars are below N.")
@click.option("--stamp", is_flag=True,
              help="Record the time the report was written (provenance.generated_at; outside the decision id).")
@click.option("--mode", type=click.Choice(["screening", "certification"]), default="screening", show_default=True,
              help="screening rates claims and labels each finding's basis; certification awards no criterion"
              " on claims alone (each pass needs an attached document that passed the checks).")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Take DATE (YYYY-MM-DD) as today: the assessment date may not be later (default: the day it runs)."
              " Recorded in the provenance; `cmm verify` replays with it.")
@catalogue_option
@max_bytes_option
def assess(bundle, fmt, output, fail_under, stamp, mode, as_of, catalogue_dir, max_bytes):
    """Assess one evidence BUNDLE (YAML or JSON) and print the report.

    Exits 5 (after writing the report) when the decision is not valid: an
    attachment is missing or does not match its declared sha256, or a finding
    is an error.
    """
    from .assessment import assess as run
    from .engine import EngineError
    from .render import RENDERERS

    catalogue = _catalogue(catalogue_dir)
    try:
        report = run(bundle, catalogue, max_bytes=max_bytes, mode=mode, as_of=as_of.date() if as_of else None)
    except InputError as exc:
        _fail(exc)
    except EngineError as exc:
        _fail(str(exc))
    if stamp:
        from .report import stamp as add_stamp

        add_stamp(report)
    if fmt in RENDERERS:
        text = RENDERERS[fmt](report)
    else:
        text = to_json(report) if fmt == "json" else to_text(report)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(InputError(f"cannot write report: {exc.strerror or exc}", file=output))
        click.echo(f"{report['overall']['stars']} stars — report written to {output}", err=True)
    else:
        click.echo(text, nl=False)
    if not report["overall"]["valid"]:  # before --fail-under: stars of an invalid decision mean nothing
        reasons = report["overall"]["invalid_because"]
        more = f" (and {len(reasons) - 1} more; the report lists them)" if len(reasons) > 1 else ""
        click.echo(f"the decision is not valid: {reasons[0]}{more}", err=True)
        sys.exit(EXIT_INVALID)
    if fail_under is not None and report["overall"]["stars"] < fail_under:
        click.echo(f"overall {report['overall']['stars']} stars is below --fail-under {fail_under}", err=True)
        sys.exit(EXIT_BELOW)


@main.command()
@click.argument("report", type=click.Path())
@click.argument("bundle", type=click.Path(), required=False)
@catalogue_option
@max_bytes_option
def verify(report, bundle, catalogue_dir, max_bytes):
    """Replay the decision in a JSON REPORT on BUNDLE and say whether it reproduces.

    Given a decision package (FILE.zip from `cmm register export`) instead,
    check all of it offline: files, report, replay, signatures, log entries.

    Exit 0 when it does; 4 when anything differs — the bundle, an attachment
    (named), a catalogue file (named), a tool version, or the decision itself
    — with one line per difference; 2 for unreadable input.
    """
    from .engine import EngineError
    from .verify import verify as replay

    catalogue = _catalogue(catalogue_dir)
    if bundle is None:
        from .register.package import is_package, verify_package

        if not is_package(report):
            _fail(f"{report}: give the BUNDLE the report was made from, or a decision package (.zip)")
        try:
            from .register import require_extra

            require_extra()  # signatures and log entries are checked with the server extra's libraries
            checked = verify_package(report, catalogue)
        except InputError as exc:
            _fail(exc)
        except EngineError as exc:
            _fail(str(exc))
        click.echo(checked.summary(), nl=False)
        sys.exit(EXIT_OK if checked.verified else EXIT_NOT_REPRODUCED)
    try:
        result = replay(report, bundle, catalogue, max_bytes=max_bytes)
    except InputError as exc:
        _fail(exc)
    except EngineError as exc:
        _fail(str(exc))
    click.echo(result.summary(), nl=False)
    sys.exit(EXIT_OK if result.reproduced else EXIT_NOT_REPRODUCED)


@main.command()
@click.argument("bundle", type=click.Path())
@catalogue_option
@max_bytes_option
def validate(bundle, catalogue_dir, max_bytes):
    """Check a BUNDLE against the evidence schema and the catalogue; list every problem."""
    from .load import load_file
    from .validate import bundle_problems

    catalogue = _catalogue(catalogue_dir)
    try:
        doc = load_file(bundle, max_bytes=max_bytes)
    except InputError as exc:
        _fail(exc)
    problems = bundle_problems(doc, catalogue)
    if problems:
        for problem in problems:
            click.echo(f"error: {problem}", err=True)
        click.echo(f"{bundle}: {len(problems)} problem{'s' if len(problems) != 1 else ''}", err=True)
        sys.exit(EXIT_INPUT)
    click.echo(f"{bundle}: valid ({len(doc.data['evidence'])} evidence items, {catalogue.label})")


@main.command()
@click.argument("criterion_id")
@click.option("--rules", "show_rules", is_flag=True, help="Also print the compiled durable_rules conditions.")
@catalogue_option
def explain(criterion_id, show_rules, catalogue_dir):
    """Explain one criterion: its requirement, guidance and evidence conditions."""
    catalogue = _catalogue(catalogue_dir)
    criterion = catalogue.by_id.get(criterion_id) or catalogue.by_id.get(criterion_id.upper())
    if criterion is None:
        close = [c for c in catalogue.by_id if c.startswith(criterion_id.upper()[:5])][:8]
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        _fail(f"unknown criterion {criterion_id!r} in {catalogue.label}{hint}")
    from .scoring import describe_scoring

    c = criterion
    domain = catalogue.domain[c.domain]
    sub = next(s for s in domain.subdomains if s["code"] == c.subdomain)
    lines = [
        f"{c.id}  {c.title['zh']} / {c.title['en']}",
        f"Domain {c.domain} {domain.name['zh']} (clause {c.clause}) · sub-domain {c.subdomain} {sub['name']['zh']} "
        f"· level {c.level} · {'excludable' if c.excludable else 'not excludable'}",
        "",
        f"Requirement: {c.requirement['zh']}",
        f"             {c.requirement['en']}",
        f"Acceptable:  {c.guidance['acceptable']['zh']} / {c.guidance['acceptable']['en']}",
        f"Not enough:  {c.guidance['not_acceptable']['zh']} / {c.guidance['not_acceptable']['en']}",
        "",
        "Passes when:",
        describe_tree(c.tree, catalogue.topics),
    ]
    scoring_words = describe_scoring(catalogue, c)
    if scoring_words:
        lines += ["", f"Scoring: {scoring_words}"]
    if c.interpretation:
        lines += ["", "Wording: the catalogue's interpretation, not the text of the standard."]
    lines.append(f"Source: {c.source}" + (f" line {c.line}" if c.line else "") + f" ({catalogue.label})")
    if show_rules:
        lines += ["", "durable_rules leaf conditions:"]
        for leaf in c.tree.leaves:
            for suffix, _, facts in leaf_rules(leaf):
                shown = facts[0]["m"] if len(facts) == 1 else facts
                lines.append(f"  {leaf.path}{suffix}: {json.dumps(shown, ensure_ascii=False)}")
    click.echo("\n".join(lines))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write one row per bundle to FILE (.jsonl or .csv), sorted by file.")
@click.option("--timeout", type=click.FloatRange(min=0), default=300, show_default=True,
              help="Seconds one bundle may take before its worker is killed (0: no limit).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only when stderr is a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Print no summary.")
@catalogue_option
@max_bytes_option
def screen(paths, jobs, output, timeout, progress, quiet, catalogue_dir, max_bytes):
    """Assess many bundles (files, folders, globs) in parallel and summarise them.

    A bundle that cannot be assessed becomes an error row and the run goes on.
    Exit 0 when every bundle was assessed, 3 when some could not be, 2 for a
    usage error.
    """
    from . import screen as screening

    cat = _catalogue(catalogue_dir)
    domains = [d.code for d in cat.domains]
    try:
        files = screening.expand_paths(paths)
        writer = screening.RowWriter(output, domains) if output else None
    except screening.UsageError as exc:
        _fail(str(exc))
    try:
        with _parallel_run(progress) as bar:
            rows, stats = screening.run(files, cat, jobs=jobs, max_bytes=max_bytes, timeout=timeout or None,
                                        on_row=writer.write if writer else None, on_progress=bar)
    finally:
        if writer:
            writer.close()
    summary = screening.summarise(rows, domains)
    if not quiet:
        click.echo(screening.format_summary(summary, stats), nl=False)
    if output:
        click.echo(f"{len(rows)} rows written to {output}", err=True)
    sys.exit(EXIT_SCREEN_ERRORS if summary["in_error"] else EXIT_OK)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["xlsx"]), default="xlsx", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="The workbook to write (.xlsx).")
@click.option("--from", "source", type=click.Path(), default=None,
              help="Fill the workbook with an existing YAML/JSON bundle (its twin rates the same).")
@catalogue_option
@max_bytes_option
def template(fmt, output, source, catalogue_dir, max_bytes):
    """Write a provider self-assessment workbook for the catalogue: one sheet per domain, one block per
    evidence topic, drop-down lists, date cells, instructions in Chinese and English.

    `cmm assess FILE.xlsx` (and `cmm screen` on a folder of them) reads the filled workbook as a bundle.
    """
    from .load import load_file
    from .xlsx.bundle import write_template

    cat = _catalogue(catalogue_dir)
    bundle = None
    if source:
        try:
            bundle = load_file(source, max_bytes=max_bytes).data
        except InputError as exc:
            _fail(exc)
    try:
        write_template(cat, output, bundle)
    except InputError as exc:
        _fail(exc)
    except OSError as exc:
        _fail(InputError(f"cannot write: {exc.strerror or exc}", file=output))
    click.echo(f"self-assessment workbook for {cat.label} written to {output}", err=True)


@main.group()
def features():
    """Gherkin scenarios for catalogue editors (English or Chinese; docs/gherkin.md)."""


@features.command("run")
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "junit"]), default="text", show_default=True,
              help="text: one line per scenario and a summary; junit: JUnit XML for CI systems.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
@click.option("-q", "--quiet", is_flag=True, help="Text: print only the failing scenarios and the summary.")
@catalogue_option
def features_run(paths, fmt, output, quiet, catalogue_dir):
    """Run feature files (default: ./features) against a catalogue.

    Exit 0 when every scenario passes, 1 when one fails, 2 for bad input
    (a feature file that is not Gherkin, a catalogue that does not load).
    """
    from . import bdd

    cat = _catalogue(catalogue_dir)
    try:
        scenarios = bdd.collect(list(paths) or ["features"])
    except InputError as exc:
        _fail(exc)
    live = fmt == "text" and not output

    def show(result):
        if live and (not quiet or not result.passed):
            click.echo(bdd.result_line(result))

    results = bdd.run(scenarios, cat, on_result=show)
    tally = bdd.summary(results) + f" ({cat.label})"
    if fmt == "junit":
        text = bdd.junit(results, cat)
    else:
        text = "".join(bdd.result_line(r) + "\n" for r in results if not quiet or not r.passed) + tally + "\n"
    if live:  # the lines went out as the scenarios ran
        click.echo(tally)
    else:
        _write(text, output)
        click.echo(tally, err=True)
    sys.exit(EXIT_OK if all(r.passed for r in results) else EXIT_SCENARIOS_FAILED)


@main.group()
def catalogue():
    """Inspect and check a criteria catalogue."""


@catalogue.command("lint")
@click.argument("folder", required=False, type=click.Path())
def catalogue_lint(folder):
    """Check a catalogue FOLDER (default: the reference catalogue)."""
    from .lint import lint

    cat = _catalogue(folder)
    problems, notes = lint(cat)
    for note in notes:
        click.echo(f"note: {note}")
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if problems:
        click.echo(f"{cat.label}: {len(problems)} problem{'s' if len(problems) != 1 else ''}", err=True)
        sys.exit(EXIT_INPUT)
    click.echo(f"{cat.label}: {len(cat.criteria)} criteria in {len(cat.domains)} domains, no problems")


@catalogue.command("show")
@click.argument("folder", required=False, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True)
@click.option("--topics", is_flag=True, help="Show the typed evidence vocabulary (topics, attributes, codes) instead.")
@click.option("--traceability", is_flag=True,
              help="Show the star phrases → criteria matrix (and criterion → phrases, and uncovered phrases) instead.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
def catalogue_show(folder, fmt, topics, traceability, output):
    """Show a catalogue FOLDER as a domain × level table (text, Markdown or JSON)."""
    from . import show
    from . import traceability as trace

    cat = _catalogue(folder)
    if topics and traceability:
        _fail("--topics and --traceability show different things: choose one")
    if traceability:
        text = {"text": trace.as_text, "md": trace.as_markdown, "json": trace.as_json}[fmt](cat)
    elif topics:
        text = {"text": show.topics_text, "md": show.vocabulary_markdown, "json": show.topics_json}[fmt](cat)
    else:
        text = {"text": show.as_text, "md": show.as_markdown, "json": show.as_json}[fmt](cat)
    _write(text, output)


@catalogue.command("diff")
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
def catalogue_diff(old, new, fmt, output):
    """What changed from catalogue folder OLD to NEW: criteria added, removed, moved and changed
    (each changed condition in words), topics and vocabulary, roll-up policy."""
    from . import diff

    record = diff.diff(_catalogue(old), _catalogue(new))
    _write(diff.FORMATS[fmt](record), output)


@catalogue.command("impact")
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.argument("bundles", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json", "html"]), default="text", show_default=True,
              help="html: one self-contained page with the charts.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs).")
@click.option("--timeout", type=click.FloatRange(min=0), default=300, show_default=True,
              help="Seconds one bundle may take (under both catalogues) before its worker is killed (0: no limit).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only when stderr is a terminal).")
@max_bytes_option
def catalogue_impact(old, new, bundles, fmt, output, jobs, timeout, progress, max_bytes):
    """Re-rate BUNDLES (files, folders, globs) under catalogue folders OLD and NEW and show who moves:
    stars before → after per bundle, the stars transition matrix, each criterion's pass rate before → after.

    Exit 0 when every bundle was rated under both, 3 when some could not be, 2 for a usage error.
    """
    from . import impact, screen as screening

    old_cat, new_cat = _catalogue(old), _catalogue(new)
    try:
        files = screening.expand_paths(bundles)
    except screening.UsageError as exc:
        _fail(str(exc))
    with _parallel_run(progress) as bar:
        record, _stats = impact.impact(files, old_cat, new_cat, jobs=jobs, max_bytes=max_bytes,
                                       timeout=timeout or None, on_progress=bar)
    _write(impact.FORMATS[fmt](record), output)
    if output:
        click.echo(impact.as_text(record).splitlines()[0], err=True)
    sys.exit(EXIT_SCREEN_ERRORS if record["in_error"] else EXIT_OK)


@catalogue.command("export")
@click.argument("folder", required=False, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["xlsx"]), default="xlsx", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True, help="The .xlsx to write.")
def catalogue_export(folder, fmt, output):
    """Write a catalogue FOLDER (default: the reference one) as an Excel workbook editors can amend."""
    from .xlsx.catalogue import export_workbook

    cat = _catalogue(folder)
    try:
        export_workbook(cat, output)
    except OSError as exc:
        _fail(InputError(f"cannot write: {exc.strerror or exc}", file=output))
    click.echo(f"{cat.label}: {len(cat.criteria)} criteria, {len(cat.topics)} topics written to {output}", err=True)


@catalogue.command("import")
@click.argument("workbook", type=click.Path())
@click.option("-o", "--output", type=click.Path(file_okay=False), required=True,
              help="The catalogue folder to write (new or empty).")
def catalogue_import(workbook, output):
    """Turn an Excel WORKBOOK (from `cmm catalogue export`) back into a catalogue folder.

    Every cell is checked first; a cell that breaks the catalogue schema is
    named by sheet, row and column (exit 2) and nothing is written.
    """
    from .xlsx.catalogue import import_workbook

    try:
        cat = import_workbook(workbook, output)
    except InputError as exc:
        _fail(exc)
    except OSError as exc:
        _fail(InputError(f"cannot write: {exc.strerror or exc}", file=output))
    click.echo(f"{cat.label}: {len(cat.criteria)} criteria, {len(cat.topics)} topics written to {output}", err=True)


def _write(text: str, output: str | None) -> None:
    """Write ``text`` to ``output``, or to stdout without one."""
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(InputError(f"cannot write: {exc.strerror or exc}", file=output))
    else:
        click.echo(text, nl=False)


from .register.cli import keys_group, register_group  # noqa: E402  (the register's commands)

main.add_command(register_group)
main.add_command(keys_group)


@main.command()
@click.option("--db", "db_url", default=None, envvar="CMM_DB",
              help="Register database URL (default: cmm-register.db in the current folder, as `cmm register`;"
                   " env CMM_DB).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port; the log says which).")
@click.option("--data-dir", type=click.Path(file_okay=False), default="cmm-data", show_default=True,
              help="Folder for uploads while they are assessed; nothing is written anywhere else.")
@click.option("--workers", type=click.IntRange(min=0), default=0,
              help="Assessment worker processes (default: one per CPU).")
@click.option("--rate-limit", type=click.IntRange(min=1), default=120, show_default=True,
              help="API requests per minute for one token (more: 429).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, envvar="CMM_MAX_BYTES",
              help="Largest upload in bytes (default 8 MiB; more: 413).")
@click.option("--proxy-headers", is_flag=True,
              help="Trust X-Forwarded-Proto/For from a TLS proxy on this machine (cookies become Secure).")
def serve(db_url, host, port, data_dir, workers, rate_limit, max_bytes, proxy_headers):
    """Run the web application and its JSON API (OpenAPI at /docs).

    First create an administrator and give them a password:
    cmm register people add NAME --role admin && cmm register people password NAME
    """
    try:
        from .web.server import run
    except ImportError as exc:
        _fail(f"cmm serve needs the server extra ({exc.name} is missing): pip install 'cmm-rules[server]'")
    run(db_url=db_url, host=host, port=port, data_dir=data_dir, workers=workers, rate_limit=rate_limit,
        max_bytes=max_bytes, proxy_headers=proxy_headers)


if __name__ == "__main__":  # pragma: no cover
    main()
