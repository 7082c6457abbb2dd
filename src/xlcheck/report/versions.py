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


def installed_version(distribution: str) -> str | None:
    """What `importlib.metadata.version(distribution)` gives; None when not installed."""
    found = _read_directly(distribution)
    if found is not None:
        return found
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except (metadata.PackageNotFoundError, KeyError):  # KeyError: a newer importlib_metadata
        return None  # on a distribution whose metadata names no version


def _read_directly(distribution: str) -> str | None:
    """The version from the first `.dist-info` folder of the name along `sys.path`;
    None when the case is anything but that simple one."""
    wanted = _normalised(distribution)
    for folder in sys.path:
        try:
            children = os.listdir(folder or ".")
        except OSError:
            if os.path.isfile(folder):
                return None  # a zip: importlib.metadata reads inside it
            continue
        matches = [
            child
            for child in children
            if child.lower().endswith((".dist-info", ".egg-info"))
            and _normalised(child.lower().rpartition(".")[0].partition("-")[0]) == wanted
        ]
        if not matches:
            continue
        if len(matches) > 1 or not matches[0].lower().endswith(".dist-info"):
            return None
        return _version_line(os.path.join(folder or ".", matches[0], "METADATA"))
    return None


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
