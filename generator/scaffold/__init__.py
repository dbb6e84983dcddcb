"""`selfassess new`: a ready site folder a consultant brands, extends and deploys.

The folder holds its own mkdocs.yml (the plugin with a `brand:` block), the home page and
the guides of one language, copies of the chosen default banks beside the JSON Schema, the
npm pin of the Pyodide runtime (`npm ci` installs it beside the config) and READMEs. It builds
as is; a bank dropped into `questionbank/` is published with no other change.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from selfassess.core.brand import DEFAULT_PRIMARY_COLOR
from selfassess.scaffold.npm import runtime_package_files
from selfassess.scaffold.texts import TEXTS


def _content_root() -> Path:
    """Where the default site's content is: packed beside this module in an installed wheel
    (pyproject.toml maps it there), else the checkout this module runs from."""
    packed = Path(__file__).resolve().parent / "content"
    return packed if packed.is_dir() else Path(__file__).resolve().parents[2]


CONTENT = _content_root()
DEFAULT_BANKS = CONTENT / "questionbank"
SCHEMA = DEFAULT_BANKS / "schema.json"
SITE_CONFIGS = {"es": CONTENT / "mkdocs.yml", "en": CONTENT / "mkdocs.en.yml"}
DOCS = {"es": CONTENT / "docs" / "es", "en": CONTENT / "docs" / "en"}
DEPLOY_PAGES = {"es": "publicar.md", "en": "deploy.md"}
LANGUAGES = tuple(TEXTS)


class ScaffoldRefused(Exception):
    """The folder cannot be created as asked (not empty, unknown bank); nothing was written."""


def default_bank_ids() -> list[str]:
    """The ids of the banks shipped with selfassess (file name = id)."""
    return sorted(path.stem for path in DEFAULT_BANKS.glob("*.yml"))


def _nav(language: str) -> list[Any]:
    """The default site's navigation in `language`: home, assessments, guides, help pages."""
    with SITE_CONFIGS[language].open(encoding="utf-8") as file:
        return yaml.safe_load(file)["nav"]


def _quoted(text: str) -> str:
    """A YAML scalar for any text (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _config(name: str, language: str) -> str:
    texts = TEXTS[language]
    nav = yaml.safe_dump({"nav": _nav(language)}, allow_unicode=True, sort_keys=False)
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
        "      calculators: true  # false: no calculators page; the guides' links to it go\n"
        "      brand:\n"
        f"        name: {_quoted(name)}\n"
        f'        primary_color: "{DEFAULT_PRIMARY_COLOR}"  # must reach 4.5:1 with white text\n'
        '        # accent_color: "#8a1c4a"\n'
        "        # logo: logo.svg        # an image in docs/\n"
        "        # favicon: logo.svg\n"
        '        contact_email: ""\n'
        '        contact_web: ""\n'
        f"        intro: {_quoted(texts['intro'])}\n"
        f"        footer: {_quoted(texts['footer'].format(name=name))}\n\n"
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


def _check_banks(bank_ids: Sequence[str]) -> list[str]:
    available = default_bank_ids()
    unknown = [bank for bank in bank_ids if bank not in available]
    if unknown:
        raise ScaffoldRefused(
            f"no default bank with id {', '.join(unknown)} (available: {', '.join(available)})"
        )
    return list(dict.fromkeys(bank_ids)) or available


def create_site(
    target: Path,
    name: str | None = None,
    language: str = "es",
    bank_ids: Sequence[str] = (),
    force: bool = False,
) -> list[Path]:
    """Write a new site into `target`; return the files written, relative to it.

    `bank_ids` empty means every default bank. ScaffoldRefused before writing anything
    when `target` is a non-empty folder (unless `force`) or a bank id is unknown.
    """
    if language not in TEXTS:
        raise ScaffoldRefused(f"language {language!r}: choose one of {', '.join(LANGUAGES)}")
    _check_target(target, force)
    banks = _check_banks(bank_ids)
    texts = TEXTS[language]
    name = name or texts["default_name"]
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

    write("mkdocs.yml", _config(name, language))
    deploy_title = _page_title(DOCS[language] / DEPLOY_PAGES[language])
    write("README.md", texts["readme"].format(name=name, deploy_page=deploy_title))
    for page in sorted(DOCS[language].rglob("*.md")):
        relative = page.relative_to(DOCS[language]).as_posix()
        if relative != "index.md":
            copy(page, f"docs/{relative}")
    write("docs/index.md", texts["home"].format(name=name))
    for bank in banks:
        copy(DEFAULT_BANKS / f"{bank}.yml", f"questionbank/{bank}.yml")
    copy(SCHEMA, "questionbank/schema.json")
    write("questionbank/README.md", texts["banks_readme"])
    for file_name, text in runtime_package_files(CONTENT).items():
        write(file_name, text)
    write(".gitignore", "site/\nnode_modules/\n.cache/\n")
    return written


def _page_title(page: Path) -> str:
    """The first heading of a Markdown page."""
    for line in page.read_text("utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page.stem
