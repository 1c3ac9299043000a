"""Swedish nouns that messages take as values (kinds of ids), with their plurals."""

from __future__ import annotations

PLURAL = {"huvudman": "huvudmän", "arena": "arenor", "strategi": "strategier",
          "omgång": "omgångar", "författare": "författare", "synpunkt": "synpunkter"}


def plural(noun: str) -> str:
    """`huvudman` → `huvudmän`; an unknown noun is returned as it is."""
    return PLURAL.get(noun, noun)
