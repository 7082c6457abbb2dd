"""xlcheck: fact-level consistency checks for Chinese <-> Japanese translations.

`xlcheck.check(source, target, ...)` is the library API (xlcheck/api.py).
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    # imported on first use: `import xlcheck` (the CLI's start-up) stays light
    if name in ("check", "Report"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'xlcheck' has no attribute {name!r}")
