"""Every failure of a command as one line on stderr and exit status 2.

CI reads exit status 1 as "findings", so an exception that escaped as a traceback would
pass for a translation problem. This is the command line's concern only: the library
(`xlcheck.check`) and the worker processes raise, and do not import click for it.
"""

from __future__ import annotations

import os
import signal
import sys
import unicodedata

import click

from .errors import InputError


def one_line(text: str) -> str:
    """A message made safe for one line of a terminal: control characters and line
    breaks become spaces."""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).strip()


def _stop_on_sigterm():
    """SIGTERM (a CI job cancelled, a container stopped) unwinds the run like an error:
    workers are killed, temporary files removed, one line said. The previous handler, or
    None when handlers cannot be set here (not the main thread)."""

    def terminate(_signal, _frame) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends it at once
        raise InputError(None, "terminated by SIGTERM; the run was stopped")

    try:
        return signal.signal(signal.SIGTERM, terminate)
    except ValueError:
        return None


class OneLineErrors(click.Group):
    """A command group whose every failure ends as one line on stderr and exit status 2.

    CI reads exit status 1 as "findings": an exception that escaped as a traceback (exit
    1) would pass for a translation problem. Set XLCHECK_TRACEBACK=1 to see it instead.
    """

    def invoke(self, ctx: click.Context):
        previous = _stop_on_sigterm()
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except InputError as error:
            message = str(error)
        except KeyboardInterrupt:  # click would say "Aborted!" with status 1: findings
            message = "interrupted (SIGINT); the run was stopped"
        except MemoryError:
            message = "out of memory (split the input, or give the run more memory)"
        except RecursionError:
            message = "input nested too deeply to process"
        except Exception as error:
            if os.environ.get("XLCHECK_TRACEBACK"):
                raise
            message = self._describe(error)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        click.echo(f"xlcheck: error: {one_line(message)}", err=True)
        sys.exit(2)

    @staticmethod
    def _describe(error: Exception) -> str:
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(error, BrokenProcessPool):
            return "a worker process died (killed, or out of memory); the run was stopped"
        if isinstance(error, OSError) and error.filename is not None:
            return f"{error.filename}: {os.strerror(error.errno or 0)}"
        return (
            f"internal error: {type(error).__name__}: {error} "
            "(set XLCHECK_TRACEBACK=1 to see where, and please report it)"
        )
