"""The wheel carries the default site's content, so that `selfassess new` works where selfassess
is installed, not only in a checkout. Metadata lives in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

# What `selfassess new` copies from: banks and schema, pages, site configs, the npm pin.
SITE_CONTENT = ("questionbank", "docs", "mkdocs.yml", "mkdocs.en.yml", "package.json",
                "package-lock.json")  # fmt: skip
PACKED_AT = Path("generator", "scaffold", "content")


class BuildWithSiteContent(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout itself
            return
        target = Path(self.build_lib) / PACKED_AT
        for name in SITE_CONTENT:
            source = Path(name)
            if source.is_dir():
                shutil.copytree(source, target / name, dirs_exist_ok=True)
            else:
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)


setup(cmdclass={"build_py": BuildWithSiteContent})
