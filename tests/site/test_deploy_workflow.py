"""The GitHub Pages workflow `selfassess new` writes: its steps, its pins, and its build step run
as written in the new site's folder."""

from __future__ import annotations

import importlib.metadata
import subprocess
from pathlib import Path

import yaml

from selfassess.scaffold import create_site
from tests.site.sites import REPO, SELFASSESS


def _steps(site: Path) -> list[dict]:
    workflow = yaml.safe_load((site / ".github" / "workflows" / "deploy.yml").read_text("utf-8"))
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    return workflow["jobs"]["build"]["steps"]


def test_the_workflow_installs_the_pins_builds_and_publishes(tmp_path: Path):
    site = tmp_path / "client"
    create_site(site, name="Acme", language="en", banks=["madurez-cx"])
    steps = _steps(site)
    actions = [step["uses"].split("@")[0] for step in steps if "uses" in step]
    assert actions == [
        "actions/checkout", "actions/setup-python", "actions/setup-node",
        "actions/upload-pages-artifact",
    ]  # fmt: skip
    assert steps[-1]["with"]["path"] == "site"
    commands = [step["run"].strip() for step in steps if "run" in step]
    assert commands[:2] == ["pip install -r requirements.txt", "npm ci --no-audit --no-fund"]
    version = importlib.metadata.version("selfassess")
    assert (site / "requirements.txt").read_text("utf-8") == f"selfassess=={version}\n"
    assert (site / "package-lock.json").is_file()


def test_the_build_step_builds_the_new_site(tmp_path: Path):
    """The pins are installed here already (the venv's selfassess, this checkout's runtime)."""
    site = tmp_path / "client"
    create_site(site, name="Acme", language="en", banks=["madurez-cx"])
    [build_step] = [step for step in _steps(site) if step.get("name") == "Build the site"]
    (site / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    result = subprocess.run(
        ["bash", "-e", "-c", build_step["run"]], cwd=site, capture_output=True, text=True,
        timeout=600, env={"PATH": f"{SELFASSESS.parent}:/usr/bin:/bin", "HOME": str(Path.home()),
                          "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selfassess build" in build_step["run"]
    home = (site / "site" / "index.html").read_text("utf-8")
    assert "Acme" in home
    assert (site / "site" / "assess" / "madurez-cx" / "index.html").is_file()
