"""Keeping memory work out of the way of the pipeline, and memory bounded.

- `collection_paused()`: the cyclic garbage collector stays off while a stage builds a
  great many containers and no reference cycles (loading jieba's dictionaries, aligning a
  long document). Its full passes walk every live container, and a long document keeps
  hundreds of thousands of them alive: two passes cost a third of a second here.
- `return_freed_memory()`: after loading dictionaries, the C library hands back the free
  pages between live objects, which it would otherwise keep for the whole run.
- `WORDS_KEPT`: the size of the caches kept per word or name (a name's consonant
  skeleton, a word's UniDic reading, an entity key's glossary renderings). A run over
  millions of texts meets millions of words; unbounded, those caches kept every one of
  them for the life of the process.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

WORDS_KEPT = 32_768  # the most recently used words of each per-word cache


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (nested blocks are fine)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def return_freed_memory() -> None:
    """Hand the heap's free pages back to the system (glibc's malloc_trim; elsewhere
    nothing happens)."""
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    trim(0)
