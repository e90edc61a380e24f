"""Money amounts: one currency code and one scale, so amounts compare as numbers.

Evidence writes amounts the way Chinese records do — ``500`` in ``万元``,
``1.2`` in ``亿元``, ``¥`` — and catalogues write thresholds the same way.
Both are brought to the currency's base unit (``500 万元`` → ``5000000 CNY``)
before anything compares them. Different currencies are never converted:
there is no exchange rate in an assessment, so an amount in USD simply does
not meet a threshold in CNY, and a sum over both is refused (not computed).
"""
from __future__ import annotations

#: unit as written -> (currency code, factor to the base unit)
UNITS: dict[str, tuple[str, int]] = {}
for _code, _names in {
    "CNY": ("CNY", "RMB", "元", "人民币", "人民币元", "¥", "￥", "yuan"),
    "USD": ("USD", "US$", "美元"),
    "EUR": ("EUR", "€", "欧元"),
    "HKD": ("HKD", "HK$", "港元", "港币"),
}.items():
    for _name in _names:
        UNITS[_name.casefold()] = (_code, 1)
for _prefix, _factor in {"千": 1_000, "万": 10_000, "十万": 100_000, "百万": 1_000_000, "千万": 10_000_000,
                         "亿": 100_000_000}.items():
    for _name, _code in (("元", "CNY"), ("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("港元", "HKD")):
        UNITS[f"{_prefix}{_name}"] = (_code, _factor)
    UNITS[f"{_prefix}元人民币"] = ("CNY", _factor)
# the canonical spellings of the typed vocabulary (cmm_rules.vocabulary): 元 → yuan, 万元 → 10k_yuan
UNITS["10k_yuan"] = UNITS["10k yuan"] = ("CNY", 10_000)


def currency(unit: str | None) -> tuple[str, int] | None:
    """(currency code, factor) of a money unit, or None when ``unit`` is not money."""
    if not isinstance(unit, str):
        return None
    return UNITS.get(unit.strip().casefold())


def is_money(unit: str | None) -> bool:
    return currency(unit) is not None


def canonical(value, unit: str | None):
    """``(value, unit)`` in the currency's base unit: ``(500, '万元')`` → ``(5000000, 'CNY')``.

    Anything that is not money comes back as it was. Integral amounts stay
    integers, so that ``1.2 亿元`` is exactly ``120000000``.
    """
    found = currency(unit)
    if found is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return value, unit
    code, factor = found
    amount = value * factor
    if isinstance(amount, float):
        rounded = round(amount, 6)
        amount = int(rounded) if rounded.is_integer() else rounded
    return amount, code
