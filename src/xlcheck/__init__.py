"""xlcheck: fact-level consistency checks for Chinese <-> Japanese translations."""

__version__ = "0.1.0"
