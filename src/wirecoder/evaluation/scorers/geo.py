"""Geocoding errors: great-circle distance (haversine) and its summaries.

``accuracy@161km`` is the share of gold toponyms placed within 161 km (100
miles) of the gold coordinates, the usual geoparsing measure; a toponym that a
system found but did not place counts as wrong (an error of half the Earth's
circumference), so that leaving places unresolved is never rewarded.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
UNRESOLVED_KM = math.pi * EARTH_RADIUS_KM  # the farthest two points can be


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def error_summary(errors_km: Sequence[float | None], within_km: float = 161.0) -> dict[str, float | None]:
    """Accuracy within ``within_km`` and the median and mean error; ``None``
    entries are unresolved toponyms."""
    errors = [UNRESOLVED_KM if e is None else e for e in errors_km]
    if not errors:
        return {"acc_161km": None, "median_error_km": None, "mean_error_km": None}
    return {
        "acc_161km": sum(e <= within_km for e in errors) / len(errors),
        "median_error_km": statistics.median(errors),
        "mean_error_km": statistics.fmean(errors),
    }
