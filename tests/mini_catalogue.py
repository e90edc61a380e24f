"""Small catalogues for tests: the package's sketch catalogue (cmm_rules/bdd/sketch.py)."""
from cmm_rules.bdd.sketch import HEADER, criterion, write_catalogue  # noqa: F401
