"""The ``cercle`` command: starts the GUI, or runs a subcommand headless.

Each subcommand lives in a module of this package exposing ``register(subparsers)``;
the handler it sets takes the parsed arguments and returns the exit code. Bad data
or input raises :class:`~app.domain.errors.CercleError`: one line on stderr, exit 1.
Bad usage is argparse's: exit 2.

Each subcommand declares with its handler what it may change (``set_defaults(scope=...)``, a
:class:`Scope` or a function of the parsed arguments giving one), so that a command line limited
to an antenna (``CERCLE_CHAPTER``) refuses what would replace a whole database before it starts;
what it writes through units of work is kept to the antenna by :mod:`app.db.scope`. A command
that declares nothing is refused under a limit, and ``tests/integration/test_antenna_limit.py``
fails until it declares its scope.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from enum import StrEnum

from app import __version__
from app.domain.errors import CercleError
from app.i18n import QT_TRANSLATE_NOOP, SUPPORTED_LANGUAGES, set_language, translate

MSG_NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Errors", "The window cannot start: no display (DISPLAY and WAYLAND_DISPLAY are not set). "
    "The cercle subcommands work without one."
)
MSG_QT_LIBRARY = QT_TRANSLATE_NOOP(
    "Errors", "The window cannot start: the system library {library} is missing (see the README's quick start)."
)
MSG_QT_IMPORT = QT_TRANSLATE_NOOP("Errors", "The window cannot start: Qt could not be loaded ({reason}).")

# Modules that add subcommands, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "app.cli.members",
    "app.cli.meetings",
    "app.cli.demo",
    "app.cli.export",
    "app.cli.report",
    "app.cli.imports",
    "app.cli.compliance",
    "app.cli.backup",
    "app.cli.selftest",
    "app.cli.copy",
)


class Scope(StrEnum):
    """What a subcommand may change, for a command line limited to an antenna."""

    READS = "reads"  # nothing in the database (it may write a file: a report, an export, a backup)
    LIMITED = "limited"  # writes through units of work, which keep to the connection's antenna
    NEW_DATABASE = "new database"  # writes only a database it creates, or one that is empty
    WHOLE_DATABASE = "whole database"  # replaces a whole database: refused under an antenna limit


def command_scope(args: argparse.Namespace) -> Scope:
    """The scope the parsed subcommand declared (:attr:`Scope.WHOLE_DATABASE` if none)."""
    declared = getattr(args, "scope", None)
    if callable(declared) and not isinstance(declared, Scope):
        declared = declared(args)
    return declared if isinstance(declared, Scope) else Scope.WHOLE_DATABASE


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with ``commands=False``, only the options that start the GUI.

    Registering the subcommands imports every command module: the GUI start skips it.
    """
    if commands:  # the full parser only: the GUI start imports no command module
        from app.cli import usage

        usage.install()  # first: argparse translates the help of -h and --version as it adds them
    parser = argparse.ArgumentParser(
        prog="cercle",
        # Help texts only for the full parser: the GUI start reads no catalogue (app.i18n parses the .ts).
        description=translate("Cli", "Cercle: the club's secretariat. Without a subcommand, opens the application.")
        if commands else None,
        add_help=commands,
        exit_on_error=commands,
    )
    parser.add_argument("--version", action="version", version=f"Cercle {__version__}",  # 3.11: English default
                        help=translate("Cli", "show program's version number and exit") if commands else None)
    add_db_option(parser, described=commands)
    parser.add_argument("--demo", action="store_true",
                        help=translate("Cli", "open the demo club") if commands else None)
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES,
                        help=translate("Cli", "language of the interface") if commands else None)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def add_db_option(parser: argparse.ArgumentParser, *, described: bool = True) -> None:
    """``--db``; ``described=False`` leaves out its help (the GUI start's parser prints none)."""
    parser.add_argument(
        "--db",
        metavar=translate("Cli", "PATH_OR_URL") if described else None,
        default=argparse.SUPPRESS,
        help=translate("Cli", "database (by default: the user's, or $CERCLE_DB)") if described else None,
    )


def _gui_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The parsed options when ``arguments`` start the GUI (no subcommand, no help), else None.

    A subcommand, ``--help`` or anything the GUI options do not know goes to the full parser,
    which gives the usual help and usage errors.
    """
    if any(a == "--help" or (a.startswith("-h") and not a.startswith("--")) for a in arguments):
        return None
    try:
        args, rest = build_parser(commands=False).parse_known_args(arguments)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def qt_load_failure(error: ImportError) -> CercleError:
    """What is missing when Qt cannot be loaded, in one line: the system library if it is named."""
    library = re.search(r"\b(lib[\w.+-]*\.so[\w.]*)", str(error))
    if library:
        return CercleError(MSG_QT_LIBRARY, library=library[1])
    return CercleError(MSG_QT_IMPORT, reason=str(error).splitlines()[0] if str(error) else type(error).__name__)


def main(argv: list[str] | None = None) -> int:
    from app.logs import guard_streams

    guard_streams(console_wanted=len(sys.argv if argv is None else argv) > 1)  # windowed bundle: no console
    arguments = sys.argv[1:] if argv is None else argv
    for index, argument in enumerate(arguments):  # before parsing, so that its errors speak it too
        value = argument.partition("=")[2] if argument.startswith("--lang=") else (
            arguments[index + 1] if argument == "--lang" and index + 1 < len(arguments) else None)
        if value in SUPPORTED_LANGUAGES:
            set_language(value)
    try:
        args = _gui_arguments(arguments) or build_parser().parse_args(arguments)
    except CercleError as error:  # a wrong value read by an option's type (a date, say): bad data
        print(error.text(), file=sys.stderr)
        return 1
    if args.lang:
        set_language(args.lang)
    if args.command is None:
        if sys.platform.startswith("linux") and not any(
                os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
            # Qt would abort with lines about plugins that do not name the cause.
            print(CercleError(MSG_NO_DISPLAY).text(), file=sys.stderr)
            return 1
        from ui import startup  # no Qt yet: see there what each step saves

        startup.pause_collection()  # until the window is shown (ui.main.run resumes it)
        try:
            from ui.main import run  # Qt is imported only for the GUI
        except ImportError as error:  # a system library Qt needs, missing (Linux)
            print(qt_load_failure(error).text(), file=sys.stderr)
            return 1

        return run(db=getattr(args, "db", None), demo=args.demo, language=args.lang)
    try:
        if command_scope(args) is Scope.WHOLE_DATABASE:
            from app.services.antenna import check_whole_database, limit_from_environment

            check_whole_database(limit_from_environment())
        return int(args.handler(args) or 0)
    except CercleError as error:
        print(error.text(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
