"""Command line: parse options, call the library, choose a reporter. Nothing else."""

from __future__ import annotations

import sys
import textwrap
import time
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .cli_errors import OneLineErrors
from .errors import InputError
from .formats import INPUT_FORMATS, REPORT_FORMATS, UI_LANGS
from .outputs import ReportFormat, plan_outputs
from .run import Run, using
from .safety import (
    check_not_inputs,
    output_paths,
    run_inputs,
    write_atomically,
)

if TYPE_CHECKING:
    from .load import LoadOptions

FAIL_ON = ("error", "warning", "info", "never")


def _parse_date(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="xlcheck")
def main() -> None:
    """Check a Japanese translation against its Chinese source (or the reverse), fact by
    fact: numbers and quantities, dates, named entities."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--source-lang", type=click.Choice(["zh", "ja"]), help="Source language (default zh)."
)
@click.option(
    "--target-lang", type=click.Choice(["zh", "ja"]), help="Target language (default ja)."
)
@click.option(
    "--format",
    "formats",
    type=ReportFormat(),
    multiple=True,
    help=f"Report format, one of {', '.join(REPORT_FORMATS)} (default text), with the "
    "file it goes to after a colon: --format json:report.json. Repeat it for several "
    "reports: --format github --format sarif:xlcheck.sarif. Without a file (or with :-): "
    "standard output; html: xlcheck-report.html.",
)
@click.option(
    "-o",
    "--output",
    "outputs",
    type=click.Path(dir_okay=False, allow_dash=True),
    multiple=True,
    help="The file of a single report (--format json -o report.json); -o -: standard "
    "output. With several reports, name each file in its --format instead.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    help="Exit with status 1 when a new finding of this severity or above appears "
    "(default: error).",
)
@click.option(
    "--doc-date",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Document date that anchors 今年, 去年 ... (overrides corpus metadata).",
)
@click.option("--encoding", help="Encoding of the input files (default: UTF-8, or by BOM).")
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    help="Read every path as this segment-pair format (default: by file ending).",
)
@click.option(
    "--rules-dir",
    type=click.Path(file_okay=False),
    help="Folder of rule data (default: ./rules, else the bundled rules).",
)
@click.option(
    "--color/--no-color",
    "colour",
    default=None,
    help="Colour the text report (default: when writing to a terminal).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Findings recorded in this baseline file are reported as such and never fail.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record the current findings (all but waived ones) in this baseline file.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes (default: the CPUs available). Output does not depend on it.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Check on a Dask cluster: the address of its scheduler (tcp://HOST:8786); "
    "needs xlcheck[dask]. Output does not depend on it.",
)
@click.option(
    "--allow-swapped",
    is_flag=True,
    help="Check sides whose languages read as swapped (the side given as Chinese is "
    "Japanese and the reverse) as they are given, with a warning, instead of refusing.",
)
@click.option(
    "--ui-lang",
    type=click.Choice(UI_LANGS),
    help="Language of the text and HTML reports (default: from the locale, else en).",
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Also say what was left out of the inputs, and show internal forms (aligned "
    "units and their scores, segment ids, normalised names).",
)
def run(
    paths,
    source_lang,
    target_lang,
    formats,
    outputs,
    fail_on,
    doc_date,
    encoding,
    input_format,
    rules_dir,
    colour,
    baseline,
    write_baseline,
    jobs,
    scheduler,
    allow_swapped,
    ui_lang,
    verbose,
) -> None:
    """Check document pairs and report fact-level discrepancies.

    \b
    xlcheck run                   every pair under ./corpora (a folder with meta.toml each)
    xlcheck run SRC.txt TGT.txt   a plain-text document pair
    xlcheck run PAIRS.tsv         aligned segment pairs (columns id, zh, ja)

    Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on bad input.
    """
    plan = plan_outputs(formats, outputs, _default_files())
    written = output_paths(plan, write_baseline)  # checked before any work
    settings = _settings(
        paths,
        source_lang,
        target_lang,
        doc_date,
        fail_on,
        encoding,
        input_format,
        rules_dir,
        baseline,
        ui_lang,
        scheduler,
    )
    checking = _load_run(settings)
    results, learned = _check(settings, plan, jobs, written, checking, allow_swapped)
    if write_baseline:
        _write_baseline(Path(write_baseline), results)
    view = {"ui_lang": settings.ui_lang, "verbose": verbose}
    _write_reports(plan, results, settings.fail_on, checking.rules, colour, view, learned)
    if verbose and "text" not in [fmt for fmt, output in plan if output is None]:
        _print_notes(results)
    if _fails(results, settings.fail_on):
        sys.exit(1)


def _default_files() -> dict[str, str]:
    from .report import DEFAULT_FILES

    return DEFAULT_FILES


@dataclass(frozen=True)
class _Settings:
    """What a run was asked for: each command-line option, else the configuration's."""

    paths: tuple[str, ...]
    load: LoadOptions
    fail_on: str
    rules_dir: str | None
    baseline: str | None
    severity: dict[str, str]
    ui_lang: str
    scheduler: str | None  # a Dask scheduler's address, else worker processes here


def _settings(
    paths,
    source_lang,
    target_lang,
    doc_date,
    fail_on,
    encoding,
    input_format,
    rules_dir,
    baseline,
    ui_lang,
    scheduler=None,
) -> _Settings:
    from .config import load_config
    from .i18n import default_ui_lang
    from .load import LoadOptions

    config = load_config()
    return _Settings(
        paths=tuple(paths or config.get("paths")),
        load=LoadOptions(
            source_lang or config.get("source_lang"),
            target_lang or config.get("target_lang"),
            encoding or config.get("encoding"),
            doc_date or config.get("doc_date"),
            input_format,
            **_globs(config),
        ),
        fail_on=fail_on or config.get("fail_on"),
        rules_dir=rules_dir or config.get("rules_dir"),
        baseline=baseline or config.get("baseline"),
        severity=config.get("severity"),
        ui_lang=ui_lang or config.get("ui_lang") or default_ui_lang(),
        scheduler=scheduler or config.get("scheduler"),
    )


def _globs(config) -> dict:
    """The include/exclude globs the configuration names for documentation trees."""
    return {key: tuple(config.get(key)) for key in ("include", "exclude") if config.get(key)}


def _load_run(settings: _Settings) -> Run:
    """The run: the rules folder and severity overrides read and checked, up front."""
    return Run.load(settings.rules_dir, settings.severity)


def _check(
    settings: _Settings, plan, jobs: int | None, written, checking: Run, allow_swapped: bool
) -> tuple[list, tuple]:
    """Load the inputs, refuse outputs among them, check them over a pool of workers,
    learn the terms a tree of pages shares (learn.py), and apply the baseline. Swapped
    languages are an input error unless allowed."""
    from .load import load_pairs
    from .parallel import make_pool
    from .pipeline import check_inputs
    from .rules.baseline import apply_baseline, read_baseline

    with using(checking):  # the loaders read the run's rules (the macros MDN's pages use)
        pairs = load_pairs(list(settings.paths), settings.load)
    check_not_inputs(written, run_inputs(pairs, settings.paths, checking.folder, settings.baseline))
    progress = _ProgressBar(enabled=_progress_wanted(plan))
    with make_pool(checking, jobs, settings.scheduler) as pool:
        results = check_inputs(pairs, pool.map, progress)
    progress.close()
    for result in results:
        if result.swapped and not allow_swapped:
            raise InputError(result.pair.source.path, result.swapped)
    for result in results:
        for warning in result.warnings:
            click.echo(f"xlcheck: warning: {warning}", err=True)
    learned = _learned(results, checking)
    if settings.baseline:
        known = read_baseline(Path(settings.baseline))
        results = [replace(r, findings=tuple(apply_baseline(r.findings, known))) for r in results]
    return results, learned


def _learned(results: list, checking: Run) -> tuple:
    """The terms the page pairs of a tree share; the pages that hold them checked again
    with them (in place in `results`)."""
    from .learn import learn_terms, pages_to_recheck, with_learned
    from .pipeline import check_pair

    if len(results) < 2:
        return ()
    learned = learn_terms(results, checking.rules)
    if learned:
        relearned = with_learned(checking, learned)
        for index in pages_to_recheck(results, learned):
            results[index] = check_pair(results[index].pair, relearned)
    return learned


def _write_baseline(path: Path, results) -> None:
    """Record every finding but the waived ones."""
    from .rules.baseline import baseline_json

    kept = [
        replace(r, findings=tuple(f for f in r.findings if f.status != "waived")) for r in results
    ]
    write_atomically(path, baseline_json(kept))


def _write_reports(plan, results, fail_on: str, rules, colour, view, learned=()) -> None:
    """Render each planned report and write it to its file or to standard output; `view`
    is what the reader's reports (text, HTML) take: their language, verbosity; `rules`:
    the run's rule data."""
    from .report import DEFAULT_FILES, RunInfo, digest_files, render

    # every file of the folder, the language folders' vocabulary too
    files = sorted(p for p in rules.folder.rglob("*") if p.is_file())
    digest = digest_files([p.read_bytes() for p in files])
    for fmt, output in plan:
        info = RunInfo(
            options={"fail_on": fail_on, "format": fmt},
            rules_digest=digest,
            learned=learned,
            rules=rules,
        )
        use_colour = colour if colour is not None else output is None and sys.stdout.isatty()
        kwargs = {"text": {"colour": use_colour, **view}, "html": view}.get(fmt, {})
        report = render(fmt, results, info, **kwargs)
        if output:
            write_atomically(Path(output), report)
            if output == DEFAULT_FILES[fmt]:
                click.echo(f"xlcheck: wrote {output}", err=True)
        else:
            click.echo(report, nl=False)


def _print_notes(results) -> None:
    """What was left out of the inputs, when no text report on standard output says it."""
    for result in results:
        for document in (result.pair.source, result.pair.target):
            for note in document.notes:
                click.echo(f"xlcheck: note: {document.path}: {note}", err=True)


def _fails(results, fail_on: str) -> bool:
    from .report import at_or_above

    return any(at_or_above(f, fail_on) for r in results for f in r.findings)


def _progress_wanted(plan) -> bool:
    """A progress bar on a terminal, never in a machine-read stream on standard output."""
    if not sys.stderr.isatty():
        return False
    return not any(output is None and fmt != "text" for fmt, output in plan)


class _ProgressBar:
    """click's progress bar over the bytes of a streamed file, shown on standard error
    once a run has taken more than a second (short runs stay quiet)."""

    DELAY = 1.0

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.started = time.monotonic()
        self.bar = None
        self.shown = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        if self.bar is None:
            if time.monotonic() - self.started < self.DELAY:
                return
            self.bar = click.progressbar(length=total, label="checking", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(max(0, min(done, total) - self.shown))
        self.shown = max(self.shown, min(done, total))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@main.group()
def glossary() -> None:
    """Work with glossary files (zh<TAB>ja term pairs)."""


@main.command("config")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--source-lang", type=click.Choice(["zh", "ja"]), help="As for run.")
@click.option("--target-lang", type=click.Choice(["zh", "ja"]), help="As for run.")
@click.option("--doc-date", callback=_parse_date, metavar="YYYY-MM-DD", help="As for run.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="As for run.")
@click.option("--encoding", help="As for run.")
@click.option("--rules-dir", type=click.Path(file_okay=False), help="As for run.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="As for run.")
@click.option("--ui-lang", type=click.Choice(UI_LANGS), help="As for run.")
@click.option("--scheduler", metavar="ADDRESS", help="As for run.")
def show_config(paths, **options) -> None:
    """Print every setting in effect and where it comes from: the default, the
    configuration (xlcheck.toml or [tool.xlcheck] in pyproject.toml), or the command line
    (give the options of a run to see what that run would use)."""
    from .config import describe, load_config

    config = load_config()
    click.echo(describe(config, {"paths": list(paths), **options}), nl=False)


@glossary.command("check")
@click.argument("path", type=click.Path())
def glossary_check(path: str) -> None:
    """Check a glossary: tabs, empty sides, duplicates, conflicting renderings.

    Exit status 0 when the glossary is clean, 1 when problems were found, 2 when the
    file cannot be read.
    """
    from .rules.data import check_glossary

    problems = check_glossary(Path(path))
    for problem in problems:
        click.echo(problem)
    if problems:
        click.echo(
            f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {path}", err=True
        )
        sys.exit(1)
    click.echo(f"{path}: ok")


@glossary.command("export")
@click.argument("report", type=click.Path(dir_okay=False))
@click.option(
    "--into",
    default="rules/terms.tsv",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The terms file to add to (created when missing).",
)
def glossary_export(report: str, into: str) -> None:
    """Add the terms a tree run learned to a terms file, once you have reviewed them.

    REPORT is the JSON report of a run over two trees of pages (`xlcheck run ZH_DIR
    JA_DIR --format json:REPORT.json`); its `learned_terms` are appended to the terms
    file, less the Chinese terms it already holds. The next runs match them.
    """
    import json

    from .learn import exported
    from .load.text import read_text
    from .rules.data import read_glossary

    target = Path(into)
    try:
        data = json.loads(read_text(Path(report)))
        terms = data.get("learned_terms", []) if isinstance(data, dict) else None
        if not isinstance(terms, list) or not all(
            isinstance(t, dict) and {"zh", "ja", "pages", "evidence"} <= t.keys() for t in terms
        ):
            raise ValueError("no list of learned terms")
    except ValueError as error:
        raise InputError(
            report, f"not an xlcheck JSON report ({error}); give the file --format json wrote"
        ) from None
    _start_rules_folder(target.parent)
    existing = read_text(target) if target.exists() else ""
    known = read_glossary(target) if target.exists() else ()
    text, added = exported(data, existing, known)
    if added:
        write_atomically(target, text)
    for term in added:
        click.echo(f"{term.zh}\t{term.ja}")
    click.echo(f"{len(added)} term{'s' if len(added) != 1 else ''} added to {into}")


def _start_rules_folder(folder: Path) -> None:
    """A rules folder that does not exist yet starts as a copy of the bundled rules, so
    that runs read it (./rules counts when it holds a severity.toml)."""
    import shutil

    from .rules.data import PACKAGED

    if folder.exists():
        return
    try:
        shutil.copytree(PACKAGED, folder)
    except OSError as error:
        raise InputError(str(folder), f"cannot create the rules folder: {error.strerror}") from None
    click.echo(f"xlcheck: created {folder}/ from the bundled rules", err=True)


def _configured_rules(rules_dir: str | None):
    """The rule data `xlcheck run` would check with: --rules-dir, else the configuration's
    `rules_dir`, else the default folder; with the configuration's severity overrides."""
    from .config import load_config

    config = load_config()
    return Run.load(rules_dir or config.get("rules_dir"), config.get("severity")).rules


@main.group("rules", invoke_without_command=True)
@click.option("--rules-dir", type=click.Path(file_okay=False), help="As for run.")
@click.pass_context
def list_rules(context: click.Context, rules_dir: str | None) -> None:
    """List every rule: code, name, kind, relation, severity and what it catches.

    The severities are those `xlcheck run` would apply: the rules folder and the
    overrides of --rules-dir or the configuration. `xlcheck rules check DIR` checks a
    rules folder instead.
    """
    if context.invoked_subcommand is not None:
        return
    from .rules import RULES, severity_of

    files = _configured_rules(rules_dir)
    for rule in RULES:
        level = severity_of(rule, files)
        click.echo(f"{rule.code}  {rule.name}  [{rule.kind}/{rule.relation}, {level}]")
        click.echo(f"    {rule.summary}")
        for line in textwrap.wrap(rule.explanation, width=88):
            click.echo(f"    {line}")
        click.echo(f"    Example: {rule.bad[0]} → {rule.bad[1]}")
        click.echo("")


@list_rules.command("check")
@click.argument("folder", type=click.Path())
def rules_check(folder: str) -> None:
    """Check a rules folder: every error with its file and line.

    Exit status 0 when the folder is sound, 1 when problems were found.
    """
    from .rules.check import check_rules_folder

    problems = check_rules_folder(Path(folder))
    for problem in problems:
        click.echo(problem)
    if problems:
        click.echo(
            f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {folder}", err=True
        )
        sys.exit(1)
    click.echo(f"{folder}: ok")


@main.command()
@click.argument("code")
@click.option("--rules-dir", type=click.Path(file_okay=False), help="As for run.")
def explain(code: str, rules_dir: str | None) -> None:
    """Explain one rule, with an example that triggers it and one that does not; its
    severity is the one `xlcheck run` would apply (as for `xlcheck rules`)."""
    from .rules import RULES_BY_CODE, severity_of

    rule = RULES_BY_CODE.get(code.upper())
    if rule is None:
        raise InputError(None, f"no rule {code!r} (see `xlcheck rules`)")
    files = _configured_rules(rules_dir)  # only for a code that exists: it reads the folder
    click.echo(f"{rule.code} {rule.name}: {rule.summary}")
    click.echo(
        f"kind: {rule.kind}; relation: {rule.relation}; severity: {severity_of(rule, files)}"
    )
    click.echo("")
    click.echo(rule.explanation)
    click.echo("")
    click.echo(f"flagged:     {rule.bad[0]}  →  {rule.bad[1]}")
    click.echo(f"not flagged: {rule.good[0]}  →  {rule.good[1]}")


if __name__ == "__main__":
    main()
