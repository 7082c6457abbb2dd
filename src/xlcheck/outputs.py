"""Which report goes where: `--format FMT[:PATH]`, and `-o PATH` where it is unambiguous.

A report's file is named in its own `--format` (`--format sarif:xlcheck.sarif`), so the
GitHub annotations of a CI run can never land in the SARIF file by position. `-o` is kept
for the one-report run (`--format json -o report.json`), where it cannot be mis-paired.
A file whose ending says another format (GitHub annotations into `.sarif`) is refused.
"""

from __future__ import annotations

import click

from .formats import REPORT_FORMATS

# The formats a file ending promises; endings not listed (.out, none) promise nothing.
SUFFIX_FORMATS: dict[str, tuple[str, ...]] = {
    ".json": ("json", "sarif"),  # SARIF is JSON: report.sarif.json is a common name
    ".sarif": ("sarif",),
    ".html": ("html",),
    ".htm": ("html",),
    ".xml": ("junit",),
    ".txt": ("text", "github"),
    ".log": ("text", "github"),
}
# The ending to suggest for each format's file.
SUGGESTED_SUFFIX = {
    "text": ".txt",
    "json": ".json",
    "html": ".html",
    "junit": ".xml",
    "sarif": ".sarif",
    "github": ".txt",
}
STDOUT = "-"


class ReportFormat(click.ParamType):
    """`FMT` or `FMT:PATH` (`FMT:-` for standard output)."""

    name = "FMT[:PATH]"

    def convert(self, value, param, ctx) -> tuple[str, str | None]:
        if isinstance(value, tuple):
            return value
        fmt, colon, path = value.partition(":")
        if fmt not in REPORT_FORMATS:
            self.fail(
                f"{value!r}: the format is one of {', '.join(REPORT_FORMATS)}, optionally "
                "followed by :PATH (--format sarif:xlcheck.sarif)",
                param,
                ctx,
            )
        if colon and not path:
            self.fail(f"{value!r}: name the file after the colon, or leave the colon out")
        return fmt, path or None


def plan_outputs(
    formats: tuple[tuple[str, str | None], ...],
    outputs: tuple[str, ...],
    defaults: dict[str, str | None],
) -> list[tuple[str, str | None]]:
    """(format, file) for each report; None for standard output, at most once."""
    formats = formats or (("text", None),)
    if outputs:
        if len(outputs) > 1 or len(formats) > 1:
            raise click.UsageError(
                "-o is only for a single report; name each report's file in its --format: "
                "--format json:report.json --format sarif:xlcheck.sarif"
            )
        (fmt, path), output = formats[0], outputs[0]
        if path is not None:
            raise click.UsageError(f"--format {fmt}:{path} and -o {output} both name a file")
        formats = ((fmt, output),)
    plan = [(fmt, defaults[fmt] if path is None else path) for fmt, path in formats]
    plan = [(fmt, None if path == STDOUT else path) for fmt, path in plan]
    if sum(path is None for _, path in plan) > 1:
        raise click.UsageError(
            "only one report can go to standard output: name the others' files, --format FMT:PATH"
        )
    targets = [path for _, path in plan if path]
    if len(set(targets)) != len(targets):
        raise click.UsageError("two reports would be written to the same file")
    for fmt, path in plan:
        if path:
            check_suffix(fmt, path)
    return plan


def check_suffix(fmt: str, path: str) -> None:
    """Refuse a file whose ending promises another format (annotations in a .sarif)."""
    lowered = path.lower()
    for suffix, formats in SUFFIX_FORMATS.items():
        if lowered.endswith(suffix) and fmt not in formats:
            raise click.UsageError(
                f"{path}: a {suffix} file would hold the {fmt} report, which is not "
                f"{' or '.join(formats)}; write it to a {SUGGESTED_SUFFIX[fmt]} file "
                f"(--format {fmt}:xlcheck{SUGGESTED_SUFFIX[fmt]}), or choose the format "
                f"that {suffix} names"
            )
