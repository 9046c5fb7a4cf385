"""The trigger lexicon and cue word lists, loaded once from the YAML files in `data/`.

`data/triggers/<TYPE>.yaml` holds one PLOVER type's verbs, nouns and multi-word constructions;
`data/cues/<concept>.yaml` holds one word list each (future markers, negation, capacity nouns, ...). Loading
validates the files, so a typo in the data fails loudly at first use and in the tests.

A construction is a verb with words that must stand in its clause ("Kritik üben an", "jemanden zur Rede
stellen", "sich einsetzen für", "in Gewahrsam nehmen"): `verb` (infinitive, particle verbs composed),
`inverse` (the subject is the recipient: "Kiew erhält einen Kredit vom IWF"),
`words` (phrases that must occur in the clause; "a|b" are alternatives, a capitalized word also matches as
the head of a compound), `reflexive`, `requires_preposition`. Where a construction holds it decides the
verb's type: the verb's plain entries of other types do not fire on that token. A `veto: true` construction
makes no event: where it holds, its type's triggers on the verb do not fire ("Es droht eine Hungersnot").
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
    words: tuple[str, ...] = ()  # a construction's words that must stand in the clause ("zur Rede", "Kritik")
    reflexive: bool = False  # a construction with a reflexive pronoun ("sich einsetzen für")
    veto: bool = False  # a construction that cancels its type's triggers on the verb
    is_construction: bool = False  # from a file's `constructions`: where it holds it decides the verb's type
    inverse: bool = False  # the subject receives ("Kiew erhält einen Kredit"); the actor is a "von" phrase

    @property
    def key(self) -> str:
        if not self.is_construction:
            return f"{self.event_type}:{self.kind}:{self.lemma}"
        parts = [self.lemma, *(["sich"] if self.reflexive else []), *self.words, *self.requires_preposition]
        return f"{self.event_type}:{'veto' if self.veto else 'construction'}:{'+'.join(parts)}"


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
    # Done by a state's police and courts: an agentless act's actor is the state where it happens, else the
    # article's main state ("wurde in Minsk festgenommen", codebook: police and courts are the state).
    agentless_actor_is_state: bool = False
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


_ENTRY_KEYS = frozenset({"lemma", "mode", "example", "requires", "requires_preposition", "forbids_preposition",
                         "needs_recipient"})
_CONSTRUCTION_KEYS = (_ENTRY_KEYS - {"lemma"}) | {"verb", "words", "reflexive", "veto", "inverse"}


def _string_list(event_type: EventType, raw: dict[str, Any], key: str) -> tuple[str, ...]:
    values = raw.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ValueError(f"{event_type}: {key!r} must be a list of words in {raw}")
    return tuple(values)


def _entry(event_type: EventType, kind: TriggerKind, raw: dict[str, Any], file_default: bool,
           construction: bool = False) -> TriggerEntry:
    unknown = set(raw) - (_CONSTRUCTION_KEYS if construction else _ENTRY_KEYS)
    if unknown:
        raise ValueError(f"{event_type}: unknown keys {sorted(unknown)} in {raw}")
    lemma = raw.get("verb" if construction else "lemma")
    if not lemma or not raw.get("example"):
        raise ValueError(f"{event_type}: entry without {'verb' if construction else 'lemma'} or example: {raw}")
    words = _string_list(event_type, raw, "words")
    if construction and not (words or raw.get("reflexive") or raw.get("requires_preposition") or raw.get("requires")):
        raise ValueError(f"{event_type}: a construction needs words, a reflexive, a preposition or a cue list: {raw}")
    for cue in raw.get("requires", []):
        cue_file(cue)  # fails for an unknown cue list
    return TriggerEntry(
        event_type=event_type,
        lemma=str(lemma),
        kind=kind,
        example=str(raw["example"]),
        mode=raw.get("mode"),
        requires=_string_list(event_type, raw, "requires"),
        requires_preposition=_string_list(event_type, raw, "requires_preposition"),
        forbids_preposition=_string_list(event_type, raw, "forbids_preposition"),
        needs_recipient=bool(raw.get("needs_recipient", file_default)),
        words=words,
        reflexive=bool(raw.get("reflexive", False)),
        veto=bool(raw.get("veto", False)),
        is_construction=construction,
        inverse=bool(raw.get("inverse", False)),
    )


_FILE_KEYS = frozenset({"type", "description", "located_abroad", "location_is_actor", "agentless_actor_is_state",
                        "weapons_mode",
                        "takes_recipient", "reciprocal", "needs_recipient", "verbs", "nouns", "constructions"})


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
            agentless_actor_is_state=bool(raw.get("agentless_actor_is_state", False)),
            weapons_mode=raw.get("weapons_mode"),
            takes_recipient=bool(raw.get("takes_recipient", True)),
            reciprocal=bool(raw.get("reciprocal", False)),
        )
        default_recipient = bool(raw.get("needs_recipient", False))
        for kind, key in ((TriggerKind.VERB, "verbs"), (TriggerKind.NOUN, "nouns")):
            entries.extend(_entry(event_type, kind, item, default_recipient) for item in raw.get(key, []))
        entries.extend(_entry(event_type, TriggerKind.VERB, item, default_recipient, construction=True)
                       for item in raw.get("constructions", []))
        unknown = set(raw) - _FILE_KEYS
        if unknown:
            raise ValueError(f"{event_type}.yaml: unknown keys {sorted(unknown)}")
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
