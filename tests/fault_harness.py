"""What every row of the fault tables shares: the row (`Case`), the folder it sets up,
running xlcheck as its own process with a tag in its environment, and the assertions a
CI gate relies on: the exit status, exactly one stderr line (or none) and no traceback,
every file not named as an output unchanged by hash, no stray temporary file, and no
process of the run left alive."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

PAIRS_TSV = "id\tzh\tja\nr1\t北京有6131家公司。\t北京には6000以上の会社がある。\n"
META = 'title = "x"\n[source]\nlang = "zh"\nfile = "{zh}"\n[target]\nlang = "ja"\nfile = "{ja}"\n'
BASELINE = '{"version": 1, "findings": []}\n'

CONTROL_TSV = (
    "id\tzh\tja\nr\x01\x0b1\t北京有6131家\x1b[2J公司\x07。"
    "\t北京には6000以上\x1b]0;pwn\x07の会社\x0cがある。\n"
)

# Special entries of a row's files: a FIFO, a symlink to a path (a device, say).
FIFO = object()


@dataclass(frozen=True)
class Symlink:
    target: str


@dataclass(frozen=True)
class Case:
    id: str
    args: list[str]
    status: int
    message: str | None  # the one stderr line after "xlcheck: error: "; None: no error
    files: dict = field(default_factory=dict)  # name -> str | bytes | FIFO | Symlink
    outputs: tuple[str, ...] = ()  # files the run may write (a folder's: "folder/")
    timeout: float = 120
    env: dict = field(default_factory=dict)  # {t} stands for the row's folder
    stdout_has: str | None = None
    check: Callable[[Path, bytes], None] | None = None  # (folder, stdout): more asserts


def pairs(**extra) -> dict:
    return {"p.tsv": PAIRS_TSV, **extra}


def corpus(zh: str = "zh.txt", ja: str = "ja.txt", **extra) -> dict:
    return {
        "c/a/meta.toml": META.format(zh=zh, ja=ja),
        "c/a/zh.txt": "北京有6131家公司。\n",
        "c/a/ja.txt": "北京には6000以上の会社がある。\n",
        **extra,
    }


def make_files(folder: Path, files: dict) -> None:
    rules = folder / "rules"
    rules.mkdir()
    for path in (ROOT / "rules").iterdir():
        if path.is_file():
            (rules / path.name).write_bytes(path.read_bytes())
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() or path.is_symlink():
            path.unlink()  # a row's own rule file instead of the copied one
        if content is FIFO:
            os.mkfifo(path)
        elif isinstance(content, Symlink):
            path.symlink_to(content.target)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")


def hashes(folder: Path) -> dict[str, str]:
    """Every regular file under the folder by hash (symlinks and special files by name)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = "-> " + os.readlink(path)
        elif path.is_file():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif not path.is_dir():
            found[name] = "special"
    return found


def processes_tagged(tag: str) -> list[int]:
    """Processes whose environment holds the run's tag: the run and anything it started."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if tag.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def run_xlcheck(folder: Path, args: list[str], timeout: float = 120, env=None, **kwargs):
    """Run xlcheck as its own process in `folder`; the result and the run's tag."""
    tag = f"XLCHECK_FAULT_TAG={uuid.uuid4().hex}"
    extra = {name: value.format(t=folder) for name, value in (env or {}).items()}
    env = dict(os.environ, PYTHONPATH=str(SRC), XLCHECK_FAULT_TAG=tag.split("=")[1], **extra)
    env.pop("COLUMNS", None)
    command = [sys.executable, "-c", "from xlcheck.cli import main; main()", *args]
    result = subprocess.run(
        command,
        cwd=folder,
        env=env,
        capture_output=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )
    return result, tag


def assert_clean_run(result, tag: str, status: int, message: str | None) -> None:
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert result.returncode == status, (result.returncode, stderr)
    errors = [line for line in stderr.splitlines() if line.startswith("xlcheck: error")]
    if message is None:
        assert errors == [], stderr
    else:
        assert stderr.strip().splitlines() == [f"xlcheck: error: {message}"], stderr
    assert processes_tagged(tag) == [], "processes of the run outlived it"


def unnamed(hashes: dict[str, str], outputs) -> dict[str, str]:
    """The files not named as outputs (an output ending in / names a folder's files)."""
    return {name: digest for name, digest in hashes.items() if not name.startswith(outputs)}


def stray_files(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob(".xlcheck-*")]


def check_case(tmp_path: Path, case: Case) -> None:
    """Run one row and assert what every row promises."""
    make_files(tmp_path, case.files)
    before = hashes(tmp_path)
    result, tag = run_xlcheck(tmp_path, case.args, case.timeout, case.env)
    assert_clean_run(result, tag, case.status, case.message)
    if case.stdout_has is not None:
        assert case.stdout_has in result.stdout.decode("utf-8", "replace")
    if case.check is not None:
        case.check(tmp_path, result.stdout)
    after = hashes(tmp_path)
    for name in case.outputs:
        assert any(written.startswith(name) for written in after), f"{name} was not written"
    assert unnamed(after, case.outputs) == unnamed(before, case.outputs)
    assert stray_files(tmp_path) == []
