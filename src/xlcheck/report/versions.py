"""The installed versions a report's signature names, found without importlib.metadata.

`importlib.metadata.version` costs a cold run about 0.04 s for six packages: importing it
imports the email package (to parse the metadata headers), and each look-up walks every
folder of `sys.path` through its own objects. The signature needs six version strings.

So the common case is read directly, as importlib.metadata's path finder reads it: the
first folder of `sys.path` holding `NAME-VERSION.dist-info` (the name compared after
PEP 503 normalisation, dashes as underscores) gives the `Version:` line of its
`METADATA`. Anything else (an `.egg-info`, two candidates in one folder, a metadata file
without a version, a zip on the path) goes to importlib.metadata itself, so the answer is
its answer either way. tests/test_report_versions.py holds the two equal.
"""

from __future__ import annotations

import os
import re
import sys


def installed_versions(distributions: list[str]) -> dict[str, str | None]:
    """What `importlib.metadata.version` gives for each; None for one not installed."""
    found = _direct_versions(distributions)
    for distribution in distributions:
        if found[distribution] is None:
            found[distribution] = _metadata_version(distribution)
    return found


def installed_version(distribution: str) -> str | None:
    return installed_versions([distribution])[distribution]


def _metadata_version(distribution: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except (metadata.PackageNotFoundError, KeyError):  # KeyError: a newer importlib_metadata
        return None  # on a distribution whose metadata names no version


def _direct_versions(distributions: list[str]) -> dict[str, str | None]:
    """Each version from the first `.dist-info` folder of its name along `sys.path` (each
    folder listed once for all of them); None where the case is anything but that simple
    one."""
    wanted = {_normalised(each): each for each in distributions}
    found: dict[str, str | None] = dict.fromkeys(distributions)
    for folder in sys.path:
        if not wanted or folder.lower().endswith(".egg"):
            break  # an egg on the path: importlib.metadata reads its EGG-INFO, we do not
        try:
            children = os.listdir(folder or ".")
        except OSError:
            if os.path.isfile(folder):
                break  # a zip: importlib.metadata reads inside it
            continue
        matches: dict[str, list[str]] = {}
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")):
                name = _normalised(low.rpartition(".")[0].partition("-")[0])
                if name in wanted:
                    matches.setdefault(name, []).append(child)
        for name, entries in matches.items():
            distribution = wanted.pop(name)
            if len(entries) == 1 and entries[0].lower().endswith(".dist-info"):
                metadata_file = os.path.join(folder or ".", entries[0], "METADATA")
                found[distribution] = _version_line(metadata_file)
    return found


def _read_directly(distribution: str) -> str | None:
    return _direct_versions([distribution])[distribution]


def _version_line(path: str) -> str | None:
    """The `Version:` header of a METADATA file (the headers end at the first blank line)."""
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    break
                name, _, value = line.partition(":")
                if name.lower() == "version":
                    return value.strip() or None
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _normalised(name: str) -> str:
    """importlib.metadata's `Prepared.normalize`: PEP 503, with dashes as underscores."""
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")
