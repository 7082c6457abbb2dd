"""A run on a Dask cluster (a LocalCluster of two worker processes here) gives the local
run's reports byte for byte, and a chunk whose worker fails is run again, never lost."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("distributed")

from xlcheck import cluster as cluster_module  # noqa: E402
from xlcheck.cli import main  # noqa: E402
from xlcheck.cluster import ClusterPool  # noqa: E402
from xlcheck.errors import InputError  # noqa: E402
from xlcheck.run import Run  # noqa: E402

# Three chunks of 500 units and a bit, with findings in each: a number changed every
# seventh unit, a district anonymised every eleventh.
UNITS = 1_234


def rows() -> list[tuple[str, str, str]]:
    made = []
    for i in range(1, UNITS + 1):
        pages = i * 7 if i % 7 else i * 7 + 1
        place = "ある地区" if i % 11 == 0 else "朝陽区"
        made.append(
            (
                f"u{i:05d}",
                f"朝阳区第{i}号楼有{i * 7}页文件。",
                f"{place}の{i}号棟には{pages}ページの書類がある。",
            )
        )
    return made


def write_tsv(path: Path) -> Path:
    lines = ["id\tzh\tja", *("\t".join(row) for row in rows())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_tmx(path: Path) -> Path:
    units = "".join(
        f'<tu tuid="{uid}"><tuv xml:lang="zh-CN"><seg>{escape(zh)}</seg></tuv>'
        f'<tuv xml:lang="ja-JP"><seg>{escape(ja)}</seg></tuv></tu>\n'
        for uid, zh, ja in rows()
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">'
        '<header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" '
        'creationtool="test" creationtoolversion="1" o-tmf="none"/><body>\n'
        f"{units}</body></tmx>\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def report(args: list[str], out: Path) -> bytes:
    result = CliRunner().invoke(main, ["run", *args, "--format", "json", "-o", str(out)])
    assert result.exit_code == 1, result.output  # the changed numbers fail the run
    return out.read_bytes()


@pytest.mark.parametrize("write", [write_tsv, write_tmx], ids=["tsv", "tmx"])
def test_a_cluster_run_reports_what_a_local_run_does(cluster, tmp_path, write):
    pairs = write(tmp_path / f"pairs.{write.__name__[-3:]}")
    local = report([str(pairs), "--jobs", "1"], tmp_path / "local.json")
    remote = report([str(pairs), "--scheduler", cluster.scheduler_address], tmp_path / "dask.json")
    assert b'"XL1' in local and b'"XL30' in local  # findings of both kinds to compare
    assert remote == local


def test_the_configuration_names_the_scheduler(cluster, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_tsv(tmp_path / "pairs.tsv")
    local = report(["pairs.tsv", "--jobs", "1"], tmp_path / "local.json")
    (tmp_path / "xlcheck.toml").write_text(f'scheduler = "{cluster.scheduler_address}"\n')
    assert report(["pairs.tsv"], tmp_path / "dask.json") == local


def kill_once(item: tuple[int, str]) -> int:
    """Kill the worker the first time item 3 runs (a marker file remembers it)."""
    number, markers = item
    marker = Path(markers) / f"{number}.seen"
    if number == 3 and not marker.exists():
        marker.write_text("")
        os.kill(os.getpid(), signal.SIGKILL)
    return number * number


def raise_once(item: tuple[int, str]) -> int:
    number, markers = item
    marker = Path(markers) / f"{number}.raised"
    if number % 2 and not marker.exists():
        marker.write_text("")
        raise OSError("a disk that was briefly unavailable")
    return number * number


@pytest.mark.parametrize("failing", [kill_once, raise_once], ids=["worker-killed", "task-raised"])
def test_a_failed_chunk_is_run_again_and_results_stay_in_order(cluster, tmp_path, failing):
    items = [(number, str(tmp_path)) for number in range(12)]
    with ClusterPool(cluster.scheduler_address, Run.load(None)) as pool:
        assert list(pool.map(failing, items)) == [number * number for number, _ in items]
    assert list(tmp_path.glob("*.seen")) or list(tmp_path.glob("*.raised"))


def test_no_scheduler_is_one_line_and_exit_2(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 2)
    pairs = write_tsv(tmp_path / "pairs.tsv")
    result = CliRunner().invoke(main, ["run", str(pairs), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.output.startswith("xlcheck: error: tcp://127.0.0.1:9: no Dask cluster")
    assert len(result.output.strip().splitlines()) == 1


def test_an_unreachable_scheduler_is_an_input_error(monkeypatch):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", 2)
    with pytest.raises(InputError, match="dask scheduler"):
        ClusterPool("tcp://127.0.0.1:9", Run.load(None)).__enter__()
