"""The trigger lexicon and cue word lists, loaded once from the YAML files in `data/`.

`data/triggers/<TYPE>.yaml` holds one PLOVER type's verbs and nouns; `data/cues/<concept>.yaml` holds one
word list each (future markers, negation, capacity nouns, ...). Loading validates the files, so a typo in
the data fails loudly at first use and in the tests.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

import yaml

from schemas import EventType

_DATA = "eventline.events"


class TriggerKind(StrEnum):
    VERB = "verb"
    NOUN = "noun"


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One German trigger word of one PLOVER type."""

    event_type: EventType
    lemma: str  # verb infinitive ("ankündigen") or noun ("Lieferung", also the head of compounds)
    kind: TriggerKind
    example: str
    mode: str | None = None
    requires: tuple[str, ...] = ()  # cue lists of which one word must occur in the clause
    requires_preposition: tuple[str, ...] = ()  # one of these prepositions must open a phrase in the clause
    forbids_preposition: tuple[str, ...] = ()  # none of these may ("traf auf" is an encounter, not a meeting)
    needs_recipient: bool = False

    @property
    def key(self) -> str:
        return f"{self.event_type}:{self.kind}:{self.lemma}"


@dataclass(frozen=True, slots=True)
class Retyping:
    event_type: EventType
    mode: str | None


@dataclass(frozen=True, slots=True)
class TypeProfile:
    """Per-type argument rules from the type's trigger file."""

    event_type: EventType
    description: str
    located_abroad: Retyping | None = None  # type to use when the event happens in another actor's country
    location_is_actor: bool = False
    weapons_mode: str | None = None  # mode when the clause is about weapons ("kaufte Drohnen": military)
    takes_recipient: bool = True
    reciprocal: bool = False  # "A und B einigten sich": B is A's counterpart, not a co-actor


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: it is loaded once
class Lexicon:
    entries: tuple[TriggerEntry, ...]
    profiles: dict[EventType, TypeProfile]

    def by_key(self) -> dict[str, TriggerEntry]:
        return {e.key: e for e in self.entries}


def _read_yaml(*parts: str) -> Any:
    path = resources.files(_DATA).joinpath("data", *parts)
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _entry(event_type: EventType, kind: TriggerKind, raw: dict[str, Any], file_default: bool) -> TriggerEntry:
    unknown = set(raw) - {"lemma", "mode", "example", "requires", "requires_preposition", "forbids_preposition",
                          "needs_recipient"}
    if unknown:
        raise ValueError(f"{event_type}: unknown keys {sorted(unknown)} in {raw}")
    if not raw.get("lemma") or not raw.get("example"):
        raise ValueError(f"{event_type}: entry without lemma or example: {raw}")
    for cue in raw.get("requires", []):
        cue_file(cue)  # fails for an unknown cue list
    return TriggerEntry(
        event_type=event_type,
        lemma=str(raw["lemma"]),
        kind=kind,
        example=str(raw["example"]),
        mode=raw.get("mode"),
        requires=tuple(raw.get("requires", ())),
        requires_preposition=tuple(raw.get("requires_preposition", ())),
        forbids_preposition=tuple(raw.get("forbids_preposition", ())),
        needs_recipient=bool(raw.get("needs_recipient", file_default)),
    )


@cache
def load_lexicon() -> Lexicon:
    entries: list[TriggerEntry] = []
    profiles: dict[EventType, TypeProfile] = {}
    for event_type in EventType:
        raw = _read_yaml("triggers", f"{event_type.value}.yaml")
        if raw.get("type") != event_type.value:
            raise ValueError(f"{event_type}.yaml declares type {raw.get('type')!r}")
        abroad = raw.get("located_abroad")
        profiles[event_type] = TypeProfile(
            event_type=event_type,
            description=str(raw.get("description", "")),
            located_abroad=Retyping(EventType(abroad["type"]), abroad.get("mode")) if abroad else None,
            location_is_actor=bool(raw.get("location_is_actor", False)),
            weapons_mode=raw.get("weapons_mode"),
            takes_recipient=bool(raw.get("takes_recipient", True)),
            reciprocal=bool(raw.get("reciprocal", False)),
        )
        default_recipient = bool(raw.get("needs_recipient", False))
        for kind, key in ((TriggerKind.VERB, "verbs"), (TriggerKind.NOUN, "nouns")):
            entries.extend(_entry(event_type, kind, item, default_recipient) for item in raw.get(key, []))
    keys = [e.key for e in entries]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise ValueError(f"duplicate trigger entries: {sorted(duplicates)}")
    return Lexicon(tuple(entries), profiles)


@cache
def cue_file(name: str) -> dict[str, Any]:
    raw = _read_yaml("cues", f"{name}.yaml")
    if not isinstance(raw, dict):
        raise ValueError(f"cue file {name}.yaml is not a mapping")
    return raw


@cache
def cue_words(name: str, key: str = "words") -> frozenset[str]:
    """A cue list as a set of lowercased words."""
    values = cue_file(name).get(key)
    if not isinstance(values, list) or not values:
        raise ValueError(f"cue file {name}.yaml has no list {key!r}")
    return frozenset(str(v).lower() for v in values)
