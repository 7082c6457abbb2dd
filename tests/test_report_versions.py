"""The signature's package versions, read directly, are importlib.metadata's."""

from __future__ import annotations

import sys
from importlib import metadata

import pytest

from xlcheck.report.versions import installed_version


def metadata_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except (metadata.PackageNotFoundError, KeyError):  # KeyError: no Version header
        return None


@pytest.mark.parametrize(
    "name",
    ["jieba", "rjieba", "fugashi", "unidic-lite", "unidic_lite", "UniDic.Lite", "opencc",
     "sacrebleu", "click", "no-such-distribution-here"],
)  # fmt: skip
def test_an_installed_distribution_reads_as_importlib_metadata_reads_it(name):
    assert installed_version(name) == metadata_version(name)


def dist_info(folder, name, headers):
    (folder / name).mkdir(parents=True)
    (folder / name / "METADATA").write_text(headers, encoding="utf-8")


CASES = [
    pytest.param({"fake_pkg-1.2.dist-info": "Name: fake-pkg\nVersion: 1.2\n\nVersion: 9\n"},
                 "1.2", id="first-header-block-only"),
    pytest.param({"Fake.Pkg-2.0.dist-info": "Metadata-Version: 2.1\nVersion: 2.0\n"},
                 "2.0", id="name-normalised"),
    pytest.param({"fake_pkg-1.0.dist-info": "Name: fake-pkg\nVersion: 1.0\n",
                  "fake_pkg-3.0.dist-info": "Name: fake-pkg\nVersion: 3.0\n"},
                 None, id="two-candidates-go-to-importlib"),
    pytest.param({"fake_pkg-1.0.dist-info": "Name: fake-pkg\n"}, None, id="no-version-line"),
    pytest.param({"fake_pkg-4.0.egg-info": "Name: fake-pkg\nVersion: 4.0\n"}, None,
                 id="egg-info-goes-to-importlib"),
    pytest.param({"other_pkg-1.0.dist-info": "Name: other-pkg\nVersion: 1.0\n"}, None,
                 id="another-name"),
]  # fmt: skip


@pytest.mark.parametrize(("folders", "direct"), CASES)
def test_a_folder_on_the_path_reads_as_importlib_metadata_reads_it(
    tmp_path, monkeypatch, folders, direct
):
    from xlcheck.report import versions

    for name, headers in folders.items():
        dist_info(tmp_path, name, headers)
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    assert versions._read_directly("fake-pkg") == direct
    assert installed_version("fake-pkg") == metadata_version("fake-pkg")


def test_the_signature_does_not_import_importlib_metadata():
    import subprocess

    code = (
        "import sys; from xlcheck.report import versions; "
        "versions.installed_version('fugashi'); print('importlib.metadata' in sys.modules)"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False"


def test_the_signature_s_packages_read_together_as_one_by_one():
    from xlcheck.report.versions import installed_versions

    names = ["jieba", "rjieba", "fugashi", "unidic-lite", "opencc", "sacrebleu", "no-such-one"]
    assert installed_versions(names) == {name: metadata_version(name) for name in names}


def test_an_egg_on_the_path_before_a_dist_info_goes_to_importlib(tmp_path, monkeypatch):
    """importlib.metadata reads the EGG-INFO of an `.egg` folder on the path; the direct
    reading stops there and leaves the answer to it (1.0, not the later dist-info's 2.0)."""
    egg = tmp_path / "fake_pkg-1.0-py3.11.egg"
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "PKG-INFO").write_text("Name: fake-pkg\nVersion: 1.0\n", encoding="utf-8")
    later = tmp_path / "site"
    dist_info(later, "fake_pkg-2.0.dist-info", "Name: fake-pkg\nVersion: 2.0\n")
    monkeypatch.setattr(sys, "path", [str(egg), str(later), *sys.path])
    assert installed_version("fake-pkg") == metadata_version("fake-pkg")
