"""`selfassess new`: a ready site folder a consultant brands, extends and deploys.

The folder holds its own mkdocs.yml (the plugin with a `brand:` block), the home page and
the guides of one language, copies of the chosen default banks beside the JSON Schema (each
bank's first line points editors to it), the npm pin of the Pyodide runtime (`npm ci` installs
it beside the config), the pip pin of selfassess itself (requirements.txt), a GitHub Actions
workflow that builds and publishes the site on GitHub Pages, and READMEs. It builds as is; a
bank dropped into `questionbank/` is published with no other change.
"""

from __future__ import annotations

import importlib.metadata
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from selfassess.core.brand import DEFAULT_PRIMARY_COLOR
from selfassess.core.locale import FALLBACK_LANGUAGE, LANGUAGES, Locale, locale
from selfassess.load import load_bank
from selfassess.scaffold.npm import runtime_package_files


def _content_root() -> Path:
    """Where the default site's content is: packed beside this module in an installed wheel
    (pyproject.toml maps it there), else the checkout this module runs from."""
    packed = Path(__file__).resolve().parent / "content"
    return packed if packed.is_dir() else Path(__file__).resolve().parents[2]


CONTENT = _content_root()
DEFAULT_BANKS = CONTENT / "questionbank"
SCHEMA = DEFAULT_BANKS / "schema.json"
SCHEMA_LINE = "# yaml-language-server: $schema=schema.json"
"""A bank's first line: editors with the YAML language server check the bank against the schema."""
_MODELINE = "# yaml-language-server:"
DEPLOY_WORKFLOW = Path(__file__).resolve().parent / "deploy.yml"
"""GitHub Actions: install the pins, build, publish on GitHub Pages (docs/*/deploy page)."""
# A new site speaks any language with a catalogue (LANGUAGES, selfassess.core.locale): its own
# words are the catalogue's "scaffold.*" texts.


def _content_language(language: str) -> str:
    """The language of the default site's pages a new site copies: its own when the default site
    has pages in it (docs/<language>/), else the fallback's."""
    return language if (CONTENT / "docs" / language).is_dir() else FALLBACK_LANGUAGE


def _site_config(language: str) -> Path:
    """The default site's config in `language`: mkdocs.<language>.yml, else mkdocs.yml (Spanish,
    the default site's language)."""
    named = CONTENT / f"mkdocs.{language}.yml"
    return named if named.is_file() else CONTENT / "mkdocs.yml"


class ScaffoldRefused(Exception):
    """The folder cannot be created as asked (not empty, unknown bank); nothing was written."""


def default_bank_ids() -> list[str]:
    """The ids of the banks shipped with selfassess (file name = id)."""
    return sorted(path.stem for path in DEFAULT_BANKS.glob("*.yml"))


def _nav(language: str, blank: bool) -> list[Any]:
    """The default site's navigation in `language`: home, assessments, guides, help pages;
    without the guides when `blank`."""
    with _site_config(language).open(encoding="utf-8") as file:
        nav = yaml.safe_load(file)["nav"]
    if not blank:
        return nav
    guides = _guides_folder(language)
    return [entry for entry in nav if not _is_guides(entry, guides)]


def _guides_folder(language: str) -> str:
    """The folder of the CX guides in the default site's pages, which `--blank` leaves out."""
    return locale(language).pages["guides"].rstrip("/") + "/"


def _is_guides(entry: Any, folder: str) -> bool:
    """A nav entry that holds the guides: a section whose pages all live in their `folder`."""
    if not isinstance(entry, dict):
        return False
    pages = next(iter(entry.values()))
    return isinstance(pages, list) and all(str(page).startswith(folder) for page in pages)


def _quoted(text: str) -> str:
    """A YAML scalar for any text (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _config(name: str, language: str, content_language: str, blank: bool) -> str:
    texts = locale(language)
    nav = yaml.safe_dump(
        {"nav": _nav(content_language, blank)}, allow_unicode=True, sort_keys=False
    )
    calculators = "false" if blank else "true"
    return (
        f"# {name}: a self-assessment site made with selfassess (see README.md).\n"
        f"site_name: {_quoted(name)}\n"
        "docs_dir: docs\n"
        "site_dir: site\n"
        "use_directory_urls: true\n\n"
        "theme:\n"
        "  name: material\n"
        f"  language: {language}\n"
        "  font: false  # no request to Google Fonts\n"
        "  features:\n    - navigation.sections\n    - navigation.top\n\n"
        "plugins:\n"
        "  - search\n"
        "  - selfassess:\n"
        "      banks_dir: questionbank\n"
        f"      calculators: {calculators}  # false: no calculators page; links to it go\n"
        "      brand:\n"
        f"        name: {_quoted(name)}\n"
        f'        primary_color: "{DEFAULT_PRIMARY_COLOR}"  # must reach 4.5:1 with white text\n'
        '        # accent_color: "#8a1c4a"\n'
        "        # logo: logo.svg        # an image in docs/\n"
        "        # favicon: logo.svg\n"
        '        contact_email: ""\n'
        '        contact_web: ""\n'
        f"        intro: {_quoted(texts.text('scaffold.intro'))}\n"
        f"        footer: {_quoted(texts.text('scaffold.footer', name=name))}\n\n"
        "markdown_extensions:\n"
        "  - admonition\n  - tables\n  - attr_list\n  - md_in_html\n"
        "  - toc:\n      permalink: true\n\n"
        f"{nav}"
    )


def _check_target(target: Path, force: bool) -> None:
    if target.exists() and not target.is_dir():
        raise ScaffoldRefused(f"{target} exists and is not a folder")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise ScaffoldRefused(
            f"{target} is not empty; choose a new folder, or add --force to write the "
            "site's files into it (files of the same name are replaced, others are kept)"
        )


def _bank_sources(banks: Sequence[str]) -> dict[str, Path]:
    """Each bank to copy, by id: a default bank's id, or the path of a bank file of one's own
    (validated first: BankInvalid lists its problems before anything is written)."""
    available = default_bank_ids()
    sources: dict[str, Path] = {}
    unknown = []
    for bank in banks:
        if _is_bank_path(bank):
            path = Path(bank)
            if not path.is_file():
                raise ScaffoldRefused(f"{bank}: no such bank file")
            sources[load_bank(path)["id"]] = path
        elif bank in available:
            sources[bank] = DEFAULT_BANKS / f"{bank}.yml"
        else:
            unknown.append(bank)
    if unknown:
        raise ScaffoldRefused(
            f"no default bank with id {', '.join(unknown)} (available: {', '.join(available)}; "
            "or give the path of a bank file, e.g. banks/my-model.yml)"
        )
    return sources or {bank: DEFAULT_BANKS / f"{bank}.yml" for bank in available}


def _is_bank_path(bank: str) -> bool:
    return bank.endswith((".yml", ".yaml")) or "/" in bank or "\\" in bank


def create_site(
    target: Path,
    name: str | None = None,
    language: str = "es",
    banks: Sequence[str] = (),
    force: bool = False,
    blank: bool = False,
) -> list[Path]:
    """Write a new site into `target`; return the files written, relative to it.

    `banks` holds default bank ids and paths of bank files; empty means every default bank.
    `blank` leaves out the CX guides and the calculators. ScaffoldRefused (or BankInvalid)
    before writing anything when `target` is a non-empty folder (unless `force`), a bank id
    is unknown or a bank file is not valid.
    """
    if language not in LANGUAGES:
        raise ScaffoldRefused(f"language {language!r}: choose one of {', '.join(LANGUAGES)}")
    _check_target(target, force)
    bank_sources = _bank_sources(banks)
    texts: Locale = locale(language)
    name = name or texts.text("scaffold.default_name")
    content = _content_language(language)
    docs = CONTENT / "docs" / content
    written: list[Path] = []

    def write(relative: str, text: str) -> None:
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(Path(relative))

    def copy(source: Path, relative: str) -> None:
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, path)
        written.append(Path(relative))

    write("mkdocs.yml", _config(name, language, content, blank))
    deploy_title = _page_title(docs / locale(content).pages["deploy"])
    write("README.md", texts.text("scaffold.readme", name=name, deploy_page=deploy_title))
    guides = _guides_folder(content)
    for page in sorted(docs.rglob("*.md")):
        relative = page.relative_to(docs).as_posix()
        if relative != "index.md" and not (blank and relative.startswith(guides)):
            copy(page, f"docs/{relative}")
    write("docs/index.md", texts.text("scaffold.home", name=name))
    for bank_id, source in bank_sources.items():
        write(f"questionbank/{bank_id}.yml", with_schema_line(source.read_bytes().decode("utf-8")))
    copy(SCHEMA, "questionbank/schema.json")
    write("questionbank/README.md", texts.text("scaffold.banks_readme"))
    for file_name, text in runtime_package_files(CONTENT).items():
        write(file_name, text)
    write("requirements.txt", f"selfassess=={importlib.metadata.version('selfassess')}\n")
    copy(DEPLOY_WORKFLOW, ".github/workflows/deploy.yml")
    write(".gitignore", "site/\nnode_modules/\n.cache/\n.selfassess/\n")
    return written


def with_schema_line(bank: str) -> str:
    """`bank` starting with SCHEMA_LINE: added when it has no such line, put in place of a
    line that points to another schema (the copy sits beside schema.json)."""
    first, newline, rest = bank.partition("\n")
    if first.startswith(_MODELINE):
        return SCHEMA_LINE + newline + rest
    return f"{SCHEMA_LINE}\n{bank}"


def _page_title(page: Path) -> str:
    """The first heading of a Markdown page."""
    for line in page.read_text("utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page.stem
