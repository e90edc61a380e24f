"""cmm-rules: rule-engine compliance checking against T/ZXGJXH 002-2023.

Public API::

    from cmm_rules import assess, load_catalogue, InputError
    report = assess("bundle.yaml")            # reference catalogue
    report["overall"]["stars"]
"""
from .assessment import assess
from .catalogue import Catalogue, load_catalogue
from .errors import InputError

__all__ = ["assess", "load_catalogue", "Catalogue", "InputError"]
