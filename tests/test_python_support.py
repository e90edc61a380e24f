"""Where the durable_rules C engine cannot load (Python 3.13, a failed build), the
user gets one clear line, and what needs no engine still works."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, SAMPLES

#: run `cmm` with the C extension made unimportable, as on an interpreter it does not support
BROKEN = ("import sys; sys.modules['durable_rules_engine'] = None; "
          "from cmm_rules.cli import main; sys.argv = ['cmm', *sys.argv[1:]]; main()")


def cmm_without_engine(*args):
    return subprocess.run([sys.executable, "-c", BROKEN, *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def test_help_and_catalogue_show_work_without_the_engine():
    assert cmm_without_engine("--help").returncode == 0
    show = cmm_without_engine("catalogue", "show")
    assert show.returncode == 0 and "ST-SG-1-01" in show.stdout
    explain = cmm_without_engine("explain", "ST-SG-1-01")
    assert explain.returncode == 0 and "annual_work_plan" in explain.stdout
    assert cmm_without_engine("validate", SAMPLES / "strategy-all-met.yaml").returncode == 0


def test_assess_without_the_engine_says_so_in_one_line():
    result = cmm_without_engine("assess", SAMPLES / "strategy-all-met.yaml")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: the rule engine durable_rules cannot be loaded (ModuleNotFoundError")
    assert result.stdout == ""


def test_on_an_unsupported_interpreter_the_message_names_the_supported_ones():
    """As on Python 3.13, where durable_rules' extension lacks PyEval_CallObject."""
    script = BROKEN.replace("; main()", "; import cmm_rules.assessment, cmm_rules.render, cmm_rules.validate; "
                                        "sys.version_info = (3, 13, 0, 'final', 0); main()")
    result = subprocess.run([sys.executable, "-c", script, "assess", SAMPLES / "strategy-all-met.yaml"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().endswith("it runs on Python 3.11 and 3.12, this is Python 3.13")


def test_the_supported_interpreters_are_stated_where_pip_reads_them():
    import tomllib

    from cmm_rules.engine import SUPPORTED_PYTHON

    spec = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    assert spec == ">=3.11,<3.13"
    assert SUPPORTED_PYTHON == ((3, 11), (3, 12))
    assert sys.version_info[:2] in SUPPORTED_PYTHON
