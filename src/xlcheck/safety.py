"""Output safety: which files a run may write, and writing them without loss.

(Which report goes to which file is `outputs.py`; this module says whether it may.)

A run writes only the files the user named as outputs (reports, a new baseline), and
never one of its inputs: the pairs, the corpus files and their meta.toml, the
configuration, the rule files, the baseline and the waivers. An output must be a
regular file or not exist yet, in a folder that exists: a device or a FIFO is refused
(as root, replacing /dev/null with a report would break the machine). Those checks run
before any checking work, so a doomed run fails at once.

Writes go to a temporary file next to the target, renamed over it when complete, and
the temporary file is removed on every failure path, interruptions included.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError

TEMPORARY_PREFIX = ".xlcheck-"
TEMPORARY_SUFFIX = ".tmp"


def check_output_place(path: Path) -> None:
    """Refuse an output that is not a regular file, or whose folder does not exist."""
    name = str(path)
    try:
        found = os.stat(path)  # follows a symlink: what would be written is its target
    except FileNotFoundError:
        found = None
    except OSError as error:
        raise InputError(name, f"cannot write there: {os.strerror(error.errno or 0)}") from None
    if found is not None:
        if stat.S_ISDIR(found.st_mode):
            raise InputError(name, "is a directory; name a file for the report")
        if not stat.S_ISREG(found.st_mode):
            kind = special_kind(found.st_mode)
            raise InputError(name, f"is {kind}, not a regular file; name a file")
        return
    if os.path.islink(path):
        raise InputError(name, "is a dangling symbolic link; name a file for the report")
    folder = path.parent
    if not folder.is_dir():
        raise InputError(name, f"folder {str(folder)!r} does not exist; create it first")


def contained(
    folder: Path,
    name: str,
    source: str,
    what: str,
    *,
    where: str,
    hint: str = "name a file outside it on the command line",
) -> Path:
    """`folder / name`, refused when it leads outside the folder: an absolute path, `..`,
    or a symlink out of it. Paths named in data files (meta.toml, the configuration, the
    rules folder) may not reach files the user did not name: in CI, a pull request could
    otherwise have runner files checked and published in a report."""
    path = folder / name
    if not is_inside(path, folder):
        raise InputError(
            source,
            f"{what} {name!r} leads outside {where}; {hint}",
        )
    return path


def is_inside(path: Path, folder: Path) -> bool:
    """Whether `path`, symlinks resolved, stands in `folder` (symlinks resolved)."""
    real_folder = os.path.realpath(folder)
    real = os.path.realpath(path)
    return real == real_folder or real.startswith(real_folder.rstrip(os.sep) + os.sep)


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is, for a message."""
    kinds = (
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((kind for test, kind in kinds if test(mode)), "a special file")


def check_not_inputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """Refuse an output that is one of the run's inputs (by path, or by the file itself,
    so that a hard link or a symlink to an input is caught too)."""
    known = {}
    for path in inputs:
        known[_resolved(path)] = path
        identity = _identity(path)
        if identity is not None:
            known[identity] = path
    for output in outputs:
        for key in (_resolved(output), _identity(output)):
            if key is not None and key in known:
                raise InputError(
                    str(output), "is an input of this run; choose another path for the output"
                )


def _resolved(path: Path) -> str:
    return str(Path(os.path.abspath(path)).resolve())


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def output_paths(plan, write_baseline: str | None) -> list[Path]:
    """The files a run will write (reports, a new baseline), each checked for its place."""
    written = [Path(output) for _, output in plan if output]
    if write_baseline:
        if str(write_baseline) in {str(path) for path in written}:
            raise InputError(
                write_baseline, "the baseline and a report would be written to the same file"
            )
        written.append(Path(write_baseline))
    for output in written:
        check_output_place(output)
    return written


def run_inputs(pairs, paths, rules_folder: Path, baseline: str | None) -> list[Path]:
    """Every file a run reads: the pairs, corpus meta.toml files, the configuration, the
    rule files (waivers included) and the baseline."""
    return [
        *(Path(path) for pair in pairs for path in pair.paths),
        *corpus_metas(Path(path) for path in paths or ("corpora",)),
        *(Path(name) for name in ("xlcheck.toml", "pyproject.toml")),
        *folder_files(rules_folder),
        *([Path(baseline)] if baseline else []),
    ]


def corpus_metas(roots: Iterable[Path]) -> list[Path]:
    """The meta.toml files a run over these command-line folders reads."""
    metas: list[Path] = []
    for root in roots:
        if root.is_dir():
            metas.extend([root / "meta.toml", *root.glob("*/meta.toml")])
    return [meta for meta in metas if meta.exists()]


def folder_files(folder: Path | None) -> list[Path]:
    """Every file directly in a folder (the rule files: any of them may be read)."""
    if folder is None or not folder.is_dir():
        return []
    return [path for path in folder.iterdir() if not path.is_dir()]


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder, renamed over it
    when complete; the temporary file never survives, whatever happens."""
    folder = path.parent if str(path.parent) else Path()
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(
            dir=folder, prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX
        )
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as stream:
            stream.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; a report is not
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise InputError(
            str(path), f"cannot write the report: {os.strerror(error.errno or 0)}"
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
