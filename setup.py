"""Build hook: ship the reference catalogue and the JSON Schemas inside the package.

`rules/` and `schemas/` stay at the top of the repository, where catalogue
authors and reviewers expect them; an installed (non-editable) package still
needs them, so the build copies them into ``cmm_rules/data``.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent


class BuildWithData(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "cmm_rules" / "data"
        for folder, pattern in (("rules", "*.yaml"), ("schemas", "*.json")):
            dest = target / folder
            if dest.exists():
                shutil.rmtree(dest)
            dest.mkdir(parents=True)
            for source in sorted((ROOT / folder).glob(pattern)):
                shutil.copy2(source, dest / source.name)


setup(cmdclass={"build_py": BuildWithData})
