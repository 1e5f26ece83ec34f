"""Quantities baseline: quantulum3's parser. It gives value and unit (and an
uncertainty); it has no notion of change, so every quantity is "=" (the most
frequent direction) except those with an uncertainty, which are "~"."""

from __future__ import annotations

from ..scorers.quantities import QuantityClaim


def predict(text: str) -> list[QuantityClaim]:
    import warnings

    with warnings.catch_warnings():
        # quantulum3 unpickles a scikit-learn model trained on an older version
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(text)
    except Exception:  # noqa: BLE001 - quantulum3 raises on some inputs: no predictions
        return []
    claims = []
    for q in found:
        value = float(q.value)
        unit = q.unit.name if q.unit is not None else ""
        change = "~" if getattr(q, "uncertainty", None) else "="
        claims.append(QuantityClaim(value, value, (unit,), change))
    return claims
