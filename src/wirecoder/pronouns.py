"""The pronoun table (``data/pronouns.yaml``), read once: every stage's pronouns come from here."""

from __future__ import annotations

from importlib import resources

import yaml

_TABLE = yaml.safe_load(resources.files("wirecoder").joinpath("data", "pronouns.yaml").read_text("utf-8"))

# he/him -> "he", she/her -> "she": the gender a person's pronoun tells.
GENDER: dict[str, str] = {str(k).lower(): str(v) for k, v in _TABLE["personal"].items()}
PERSONAL = frozenset(GENDER)
RELATIVE = frozenset(str(w).lower() for w in _TABLE["relative"])
FIRST_PERSON = frozenset(str(w).lower() for w in _TABLE["first_person"])
GENERIC = frozenset(str(w).lower() for w in _TABLE["generic"])
PLURAL = frozenset(str(w).lower() for w in _TABLE["plural"])
OWNER = frozenset(str(w).lower() for w in _TABLE["owner"])
BODY = frozenset(str(w).lower() for w in _TABLE.get("body") or [])
# himself -> "he", herself -> "she"; and the nouns that tell a person's gender ("wife" -> "she").
REFLEXIVE_GENDER: dict[str, str] = {str(k).lower(): str(v) for k, v in (_TABLE.get("reflexive") or {}).items()}
NOUN_GENDER: dict[str, str] = {str(w).lower(): str(g) for g, words in (_TABLE.get("gendered_nouns") or {}).items()
                               for w in words}
# "uncle", "sister": a name right after one is a relative named in passing.
KIN = frozenset(str(w).lower() for w in _TABLE.get("kin") or [])
