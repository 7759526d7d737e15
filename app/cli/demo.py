"""``cercle demo PATH``: write a fresh demo club database."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli import Scope

    demo = subparsers.add_parser("demo", help=translate("Cli", "write a demo database"))
    demo.add_argument("path", metavar=translate("Cli", "PATH"), type=Path)
    demo.set_defaults(handler=write_demo, scope=Scope.NEW_DATABASE)


def write_demo(args: argparse.Namespace) -> int:
    from app.services.demo import build_demo

    db = build_demo(args.path)
    db.close()
    print(args.path)
    return 0
