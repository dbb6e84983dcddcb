"""`selfassess build` and `selfassess serve`: validate the banks, build the site, serve it."""

from __future__ import annotations

import argparse
from pathlib import Path

from selfassess.cli.common import CliError

# MkDocs is imported by the commands that build, not at startup: scoring and aggregating
# from the command line should not wait for it.

DEFAULT_ADDRESS = "127.0.0.1:8000"


def register(subparsers: argparse._SubParsersAction) -> None:
    build = subparsers.add_parser(
        "build",
        help="validate the banks and build the static site",
        description="Validate the question banks, then build the site with its engine.",
    )
    _config_option(build)
    _engine_option(build)
    build.add_argument(
        "-d", "--site-dir", type=Path, help="output folder (default: site_dir of the config)"
    )
    build.add_argument(
        "--strict", action="store_true", help="fail on any MkDocs warning (e.g. a broken link)"
    )
    build.set_defaults(func=run_build)

    serve = subparsers.add_parser(
        "serve",
        help="build the site, then serve it locally",
        description=(
            "Build the site and serve it on a local address; when a bank, a page or the "
            "config is saved, build it again and reload the open pages (an edit that does "
            "not build shows its messages in the page and here, and the last good site stays "
            "served). The reload script is served from the site's own origin, so its strict "
            "Content-Security-Policy holds; built sites never contain it. Stop with Ctrl+C."
        ),
    )
    _config_option(serve)
    _engine_option(serve)
    serve.add_argument(
        "-a", "--dev-addr", default=DEFAULT_ADDRESS, metavar="IP:PORT",
        help=f"address to serve on (default: {DEFAULT_ADDRESS})",
    )
    serve.set_defaults(func=run_serve)


def _config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-f", "--config-file", type=Path, default=Path("mkdocs.yml"),
        help="MkDocs configuration file (default: mkdocs.yml)",
    )


def _engine_option(parser: argparse.ArgumentParser) -> None:
    from selfassess.site.engines import AUTO, ENGINES

    parser.add_argument(
        "--engine", choices=[AUTO, *ENGINES], default=AUTO,
        help="site engine: mkdocs (MkDocs 1.6 + Material), properdocs (ProperDocs + Material) or "
        "zensical (Zensical, classic theme); default: the first of these installed",
    )  # fmt: skip


def _engine(requested: str) -> str:
    from selfassess.site.engines import EngineUnavailable, choose_engine

    try:
        return choose_engine(requested)
    except EngineUnavailable as error:
        raise CliError(str(error)) from None


def run_build(args: argparse.Namespace) -> int:
    from selfassess.site.build import SiteBuildFailed, build_site

    engine = _engine(args.engine)
    try:
        site = build_site(args.config_file, args.site_dir, strict=args.strict, engine=engine)
    except SiteBuildFailed as error:
        raise CliError(str(error)) from None
    print(f"Site built in {site} ({engine})")
    return 0


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) < 65536:
        raise ValueError(f"--dev-addr {text!r}: write it as IP:PORT, e.g. {DEFAULT_ADDRESS}")
    return host, int(port)


def run_serve(args: argparse.Namespace) -> int:
    from selfassess.site.build import SiteBuildFailed
    from selfassess.site.live_server import serve_live

    try:
        host, port = _address(args.dev_addr)
        serve_live(args.config_file, host, port, engine=_engine(args.engine))
    except (SiteBuildFailed, ValueError) as error:
        raise CliError(str(error)) from None
    except OSError as error:
        raise CliError(f"cannot serve on {args.dev_addr}: {error.strerror}") from None
    return 0
