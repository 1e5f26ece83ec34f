"""PLOVER country and sector codes (PLOVER manual v2, "Country Names and Sector Codes")."""

from __future__ import annotations

from functools import lru_cache

import pycountry

# International non-state actors and the exceptions of the PLOVER country list.
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
EXTRA_COUNTRIES = {"KOS", "PSE", "HKG", "ATA"}

SECTORS = {
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
    "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP",
    "PRE", "REL", "SOC",
}


@lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def is_country_code(code: str) -> bool:
    return code in NON_STATE or code in EXTRA_COUNTRIES or code in _iso3()


def is_sector_code(code: str) -> bool:
    return code in SECTORS
