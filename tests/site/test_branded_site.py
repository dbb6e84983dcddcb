"""A consultant's branded site, built for real: the brand in the theme and pages, unreadable
colours refused, an own bank published, and `mkdocs gh-deploy` to a (local, bare) remote."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from selfassess.pages.urls import page_url
from tests.site import branded
from tests.site.branded import scaffold_branded_site
from tests.site.sites import MKDOCS, SELFASSESS, build, run


@pytest.fixture(scope="module")
def branded_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = scaffold_branded_site(tmp_path_factory.mktemp("branded") / "northwind")
    site = config.parent / "site"
    result = build(config, site, strict=True)
    assert result.returncode == 0, result.stderr
    return site


def test_the_theme_carries_the_brand(branded_site: Path):
    home = (branded_site / "index.html").read_text("utf-8")
    assert f"<title>{branded.BRAND_NAME}</title>" in home
    assert '<link rel="icon" href="logo.svg">' in home
    assert 'src="logo.svg"' in home
    assert 'href="assets/selfassess/brand.css"' in home
    assert f"{branded.FOOTER} · " in home and f'href="mailto:{branded.EMAIL}"' in home
    css = (branded_site / "assets" / "selfassess" / "brand.css").read_text("utf-8")
    assert f"--md-primary-fg-color: {branded.PRIMARY};" in css
    assert f"--md-accent-fg-color: {branded.ACCENT};" in css


def test_assessment_pages_open_with_the_intro(branded_site: Path):
    for bank in (branded.CUSTOM_BANK_ID, "madurez-cx"):
        page = (branded_site / "assess" / bank / "index.html").read_text("utf-8")
        assert f'<p class="sa-brand-name">{branded.BRAND_NAME}</p>' in page
        assert f"<p>{branded.INTRO}</p>" in page
        assert f'href="https://{branded.WEB}"' in page


def test_the_own_bank_is_published_with_no_other_change(branded_site: Path):
    home = (branded_site / "index.html").read_text("utf-8")
    assert f'href="{page_url(branded.CUSTOM_BANK_ID)}"' in home
    bank = json.loads(
        (branded_site / "assets/selfassess/banks" / f"{branded.CUSTOM_BANK_ID}.json").read_text()
    )
    assert bank["title"] == {"en": "Northwind service readiness"}


def test_the_worker_gets_the_brand_with_the_logo_inlined(branded_site: Path):
    brand = json.loads((branded_site / "assets/selfassess/brand.json").read_text("utf-8"))
    assert brand["name"] == branded.BRAND_NAME and brand["primary_color"] == branded.PRIMARY
    assert brand["logo"].startswith("data:image/svg+xml;base64,")


def test_an_unreadable_colour_stops_the_build_with_a_message(tmp_path: Path):
    config = scaffold_branded_site(tmp_path / "bad")
    branded.edit_brand(config, primary_color="#ffeb3b")
    result = build(config, tmp_path / "bad" / "site")
    assert result.returncode != 0
    assert "brand.primary_color: #ffeb3b gives a contrast of 1.2:1 with white text" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "bad" / "site" / "index.html").exists()


def _git(*args: str | Path, cwd: Path) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
    }  # fmt: skip
    done = subprocess.run(
        ["git", *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_gh_deploy_pushes_the_whole_site_to_the_remote(tmp_path: Path):
    folder = tmp_path / "client"
    created = run([SELFASSESS, "new", folder, "--language", "en", "--bank", "programa-cx"])
    assert created.returncode == 0, created.stderr
    remote = tmp_path / "remote.git"
    _git("init", "--bare", "-q", remote, cwd=tmp_path)
    _git("init", "-q", "-b", "main", cwd=folder)
    _git("add", ".", cwd=folder)
    _git("commit", "-q", "-m", "New site", cwd=folder)
    _git("remote", "add", "origin", remote, cwd=folder)
    env_path = f"{MKDOCS.parent}:/usr/bin:/bin"
    deployed = subprocess.run(
        [str(MKDOCS), "gh-deploy", "--no-history", "--message", "Deploy"], cwd=folder,
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "PATH": env_path, "NO_MKDOCS_2_WARNING": "1",
             "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid",
             "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.invalid"},
    )  # fmt: skip
    assert deployed.returncode == 0, deployed.stderr
    files = set(_git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())
    for path in (
        ".nojekyll",
        "index.html",
        "assess/programa-cx/index.html",
        "assets/selfassess/worker.js",
        "assets/selfassess/brand.json",
        "assets/selfassess/pyodide/pyodide.asm.wasm",
        "deploy/index.html",
    ):
        assert path in files


def _answers(bank_file: Path, folder: Path) -> Path:
    """A response file as a respondent saves it: the CLI's template, answered."""
    response = folder / "answers.json"
    made = run([SELFASSESS, "template", bank_file, "-o", response])
    assert made.returncode == 0, made.stderr
    data = json.loads(response.read_text("utf-8"))
    data["answers"] = dict(branded.CUSTOM_ANSWERS)
    data["respondent"] = {"name": "Ana", "role": "ops"}
    response.write_text(json.dumps(data), "utf-8")
    return response


def test_cli_reports_carry_the_brand_the_site_downloads_carry(branded_site: Path, tmp_path: Path):
    """The site's own bank and brand.json in the worker's entry points, against the CLI reading
    the site's mkdocs.yml: by default inside the site's folder, with -f from anywhere else."""
    from selfassess.core import browser

    folder = branded_site.parent
    bank_file = folder / "questionbank" / f"{branded.CUSTOM_BANK_ID}.yml"
    assets = branded_site / "assets" / "selfassess"
    bank = (assets / "banks" / f"{branded.CUSTOM_BANK_ID}.json").read_text("utf-8")
    brand = (assets / "brand.json").read_text("utf-8")
    response = _answers(bank_file, tmp_path)
    text = response.read_text("utf-8")

    downloads = json.loads(browser.evaluate(bank, text, brand))["downloads"]
    for fmt in ("json", "md", "html", "csv"):
        written = tmp_path / f"report.{fmt}"
        scored = run([SELFASSESS, "score", bank_file, response, "--format", fmt, "-o", written],
                     cwd=folder)  # fmt: skip
        assert scored.returncode == 0, scored.stderr
        assert written.read_bytes() == downloads[fmt].encode("utf-8"), fmt
    assert json.loads(downloads["json"])["brand"]["name"] == branded.BRAND_NAME

    config = folder / "mkdocs.yml"
    files = json.dumps([{"name": response.name, "text": text}])
    team = json.loads(browser.aggregate_files(bank, files, "en", brand))["downloads"]["json"]
    cli_team = run([SELFASSESS, "aggregate", bank_file, response.name, "-f", config,
                    "--format", "json"], cwd=tmp_path)  # fmt: skip
    assert cli_team.returncode == 0, cli_team.stderr
    assert json.loads(cli_team.stdout) == json.loads(team)
    assert json.loads(team)["brand"]["name"] == branded.BRAND_NAME
    compared = browser.compare_files(bank, text, response.name, text, response.name, "en", brand)
    cli_compare = run([SELFASSESS, "compare", bank_file, response.name, response.name, "-f",
                       config, "--format", "json"], cwd=tmp_path)  # fmt: skip
    assert cli_compare.returncode == 0, cli_compare.stderr
    assert json.loads(cli_compare.stdout) == json.loads(
        json.loads(compared)["downloads"]["json"]
    )
    unbranded = run([SELFASSESS, "score", bank_file, response, "--format", "json"], cwd=tmp_path)
    assert "brand" not in json.loads(unbranded.stdout) or not json.loads(unbranded.stdout)["brand"]


def test_a_missing_config_is_named(tmp_path: Path):
    missing = tmp_path / "nope.yml"
    result = run([SELFASSESS, "score", "solo-en", "answers.json", "--banks", "tests/banks",
                  "-f", missing])  # fmt: skip
    assert result.returncode == 2
    assert f"{missing}: no such MkDocs configuration file (option -f)" in result.stderr
