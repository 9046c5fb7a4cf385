"""Extraction rules: patterns written in data files over named placeholders, compiled once into regexes.

A rule's pattern is a regex in which `{MONTH}`, `{NUM}`, `{UNIT}`, ... stand for a concept's forms (or a
digit pattern) and become named groups. Interpretation is generic: each matched placeholder fills one
field of a `Partial`, and the rule's `set` adds constant fields ("Vorjahr" sets unit Y, offset -1).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import regex as re  # variable-width lookbehind for context cues ("im April", not "April" the name)
import yaml

from eventline.temporal.lexicon import DEFAULT_LANGUAGE, Concept, load_concept
from eventline.temporal.partial import Direction, Partial, Relation
from schemas import TimexMod, TimexType

# Placeholders backed by a concept file: placeholder -> concept name.
CONCEPT_PLACEHOLDERS: Mapping[str, str] = {
    "MONTH": "months",
    "WEEKDAY": "weekdays",
    "SEASON": "seasons",
    "PART": "parts_of_period",
    "APPROX": "approximators",
    "REL": "relations",
    "NUMWORD": "numbers",
    "VAGUE": "vague_quantities",
    "UNIT": "units",
    "UNIT_PL": "unit_plurals",
    "QUARTER": "ordinals",
    "HALF": "ordinals",
    "UNIT_ADJ": "unit_adjectives",
    "FREQ": "frequencies",
    "DAY_OFFSET": "day_offsets",
    "TOD": "times_of_day",
    "REF": "reference_words",
    "PHASE": "phase_adverbs",
    "REF_NOUN": "reference_nouns",
    "DECADE": "decades",
    "HOLIDAY": "holidays",
    "FEAST": "movable_feasts",
}

# Placeholders that are digit patterns.
DIGIT_PLACEHOLDERS: Mapping[str, str] = {
    "DAY": r"0?[1-9]|[12][0-9]|3[01]",
    "MONTH_NUM": r"0?[1-9]|1[0-2]",
    "YEAR": r"1[0-9]{3}|20[0-9]{2}",
    "YEAR2": r"[0-9]{2}",
    "YEAR_ANY": r"[1-9][0-9]{0,3}",
    "DECADE_NUM": r"(?:1[0-9]|20)?[0-9]0",
    "CENTURY_ORD": r"[1-9]|1[0-9]|2[0-1]",
    "HOUR": r"[01]?[0-9]|2[0-4]",
    "MINUTE": r"[0-5][0-9]",
}

# Placeholders that may appear a second time as NAME2, filling the field NAME's field + "2".
SECOND_PLACEHOLDERS = frozenset({"NUM", "NUMWORD", "UNIT", "UNIT_PL"})

PLACEHOLDER_RE = re.compile(r"\{([A-Z][A-Z_0-9]*)(?::([a-z_]+(?::[A-Za-z_0-9]+)?))?\}")

SETTABLE_FIELDS = frozenset(
    {"value", "unit", "offset", "direction", "relation", "mod", "weekend", "amount", "time_of_day", "year",
     "month", "day", "season", "quarter", "half", "generic_today", "anaphoric", "year_context", "era_bc", "hour",
     "minute", "minutes_before", "in_year_context"}
)


@dataclass(frozen=True, slots=True)
class RuleExample:
    text: str
    dct: date | None
    value: str
    timex: str | None = None  # expected surface; the whole text when None
    type: TimexType | None = None
    mod: TimexMod | None = None
    style: str = "news"
    point: str | None = None  # a DURATION's reached point ("vor drei Jahren"): the value of its day range


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    type: TimexType
    pattern: str
    regex: re.Pattern[str]
    groups: Mapping[str, str]  # group name -> placeholder
    constants: Mapping[str, Any]
    examples: tuple[RuleExample, ...]
    priority: int = 0
    # Context that vetoes a match ("2000 Euro" is no year, "mit 16 Jahren" no duration).
    not_followed_by: re.Pattern[str] | None = None
    not_preceded_by: re.Pattern[str] | None = None
    anchors: tuple[str, ...] = ()  # literal words that open a search window (see hints.py)
    # False: TimeML annotation does not mark what this rule finds ("bisher"); the tagger leaves it out
    # when asked for TimeML output, and keeps it for the project's own uses (dating events).
    timeml: bool = True
    source: str = ""

    def vetoed(self, text: str, start: int, end: int) -> bool:
        if self.not_followed_by is not None and self.not_followed_by.match(text, end, min(len(text), end + 60)):
            return True
        return self.not_preceded_by is not None and bool(
            self.not_preceded_by.search(text, max(0, start - 40), start)
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule's match before overlaps are settled."""

    start: int
    end: int
    rule: Rule
    # Read into a Partial only once the candidate survives overlap selection (see `interpret`).
    match: re.Match[str] = field(compare=False)


def rule_files(language: str = DEFAULT_LANGUAGE) -> list[str]:
    folder = resources.files("eventline.temporal") / "data" / language / "rules"
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".yaml"))


def read_rule_file(name: str, language: str = DEFAULT_LANGUAGE) -> dict:
    path = resources.files("eventline.temporal") / "data" / language / "rules" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def base_placeholder(name: str) -> str:
    """A trailing 2 names a second amount or unit in one pattern ("drei Jahre und {NUM2} {UNIT_PL2}")."""
    return name[:-1] if name.endswith("2") and name[:-1] in SECOND_PLACEHOLDERS else name


def _placeholder_regex(name: str, language: str) -> str:
    name = base_placeholder(name)
    if name in DIGIT_PLACEHOLDERS:
        return DIGIT_PLACEHOLDERS[name]
    if name == "HOUR_WORD":
        return load_concept("numbers", language).alternation()
    if name == "NUM":
        return rf"[0-9]+(?:,[0-9]+)?|{load_concept('numbers', language).alternation()}"
    return load_concept(CONCEPT_PLACEHOLDERS[name], language).alternation()


def compile_pattern(pattern: str, case_sensitive: bool, language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    groups: dict[str, str] = {}

    def expand(match: re.Match[str]) -> str:
        name, context = match.group(1), match.group(2)
        if name == "CTX":  # {CTX:concept} or {CTX:concept:key}: the forms as plain context, no field
            return _expand_context(match.group(0), language)
        base = base_placeholder(name)
        if base not in DIGIT_PLACEHOLDERS and base not in CONCEPT_PLACEHOLDERS and base not in ("NUM", "HOUR_WORD"):
            raise ValueError(f"unknown placeholder {{{name}}} in {pattern!r}")
        group = name.lower()
        if group in groups:
            raise ValueError(f"placeholder {{{name}}} used twice in {pattern!r}")
        groups[group] = name
        return f"(?P<{group}>{_placeholder_regex(name, language)})"

    body = PLACEHOLDER_RE.sub(expand, pattern)
    flags = 0 if case_sensitive else re.IGNORECASE
    # Whole words only: a rule never starts or ends inside a word or a number.
    # Nor inside a hyphenated compound ("Winter-Biathlon"); "1898-1930" stays two years. Every pattern
    # starts with a word character, so the leading "\b" means "not inside a word" and lets the
    # engine skip most positions fast.
    # The body is a group of its own, so that a top-level "|" in a pattern ("heuer|heurigen Jahres")
    # does not escape the word boundaries ("heuerte" is no "heuer").
    return re.compile(
        rf"\b(?<![0-9][.,:])(?<![^\W\d]-)(?:{body})(?!\w)(?![.,:][0-9])(?!-[^\W\d])", flags
    ), groups


def _parse_example(raw: Mapping[str, Any]) -> RuleExample:
    dct = raw.get("dct")
    if isinstance(dct, str):
        dct = date.fromisoformat(dct)
    return RuleExample(
        text=str(raw["text"]),
        dct=dct,
        value=str(raw["value"]),
        timex=str(raw["timex"]) if "timex" in raw else None,
        type=TimexType(raw["type"]) if "type" in raw else None,
        mod=TimexMod(raw["mod"]) if raw.get("mod") else None,
        style=str(raw.get("style", "news")),
        point=str(raw["point"]) if raw.get("point") else None,
    )


def _parse_constants(raw: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(raw) - SETTABLE_FIELDS
    if unknown:
        raise ValueError(f"unknown fields in set: {sorted(unknown)}")
    constants = dict(raw)
    if "direction" in constants:
        constants["direction"] = Direction(constants["direction"])
    if "relation" in constants:
        constants["relation"] = Relation(constants["relation"])
    if "mod" in constants:
        constants["mod"] = TimexMod(constants["mod"])
    if "value" in constants:
        constants["value"] = str(constants["value"])
    return constants


def _context_forms(references: Any, language: str) -> str | None:
    """Alternation of the forms named by "concept" or "concept:key" references."""
    if not references:
        return None
    names = references if isinstance(references, list) else [references]
    parts = []
    for reference in names:
        concept, _, key = str(reference).partition(":")
        parts.append(load_concept(concept, language).alternation(*([key] if key else [])))
    return "|".join(parts)


def _expand_context(pattern: str, language: str) -> str:
    """A veto pattern with its {CTX:concept} / {CTX:concept:key} placeholders filled in (no fields)."""

    def expand(match: re.Match[str]) -> str:
        if match.group(1) != "CTX":
            raise ValueError(f"only {{CTX:...}} placeholders may stand in a veto pattern: {pattern!r}")
        concept, _, key = match.group(2).partition(":")
        return f"(?:{load_concept(concept, language).alternation(*([key] if key else []))})"

    return PLACEHOLDER_RE.sub(expand, pattern)


def _veto_patterns(raw: Mapping[str, Any], language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    after = "|".join(
        part
        for part in (
            _context_forms(raw.get("not_followed_by"), language),
            # A pattern is matched as written (case matters: "1500 Geschützrohren", not "1938 betrieben").
            f"(?-i:{_expand_context(raw['not_followed_by_pattern'], language)})"
            if raw.get("not_followed_by_pattern") else None,
        )
        if part
    )
    before = _context_forms(raw.get("not_preceded_by"), language)
    return (
        re.compile(rf"[ \t]*(?:{after})(?!\w)", re.IGNORECASE) if after else None,
        re.compile(rf"(?<!\w)(?:{before})\s+$", re.IGNORECASE) if before else None,
    )


def parse_rule(raw: Mapping[str, Any], source: str, language: str = DEFAULT_LANGUAGE) -> Rule:
    regex, groups = compile_pattern(str(raw["pattern"]), bool(raw.get("case_sensitive", False)), language)
    not_followed_by, not_preceded_by = _veto_patterns(raw, language)
    return Rule(
        id=str(raw["id"]),
        type=TimexType(raw["type"]),
        pattern=str(raw["pattern"]),
        regex=regex,
        groups=groups,
        constants=_parse_constants(raw.get("set", {})),
        examples=tuple(_parse_example(e) for e in raw.get("examples", [])),
        priority=int(raw.get("priority", 0)),
        not_followed_by=not_followed_by,
        not_preceded_by=not_preceded_by,
        anchors=tuple(str(word) for word in raw.get("anchors", [])),
        timeml=bool(raw.get("timeml", True)),
        source=source,
    )


@cache
def load_rules(language: str = DEFAULT_LANGUAGE) -> tuple[Rule, ...]:
    rules = [
        parse_rule(raw, source=name, language=language)
        for name in rule_files(language)
        for raw in read_rule_file(name, language)["rules"]
    ]
    ids = [r.id for r in rules]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate rule ids: {sorted(duplicates)}")
    return tuple(rules)


# --- interpretation: matched placeholder text -> Partial fields ---------------------------------


def _number(text: str, numbers: Concept) -> float:
    cleaned = text.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return float(numbers.key_of(text))


def _whole(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _two_digit_year(text: str) -> int:
    # "1.9.39" is 1939; "3.4.12" is 2012: a two-digit year above 30 is read as 19xx.
    value = int(text)
    return value + (1900 if value > 30 else 2000)


def _decade_from_digits(text: str) -> int:
    value = int(text)
    if value < 100:  # "90er" -> the 1990s
        return 190 + value // 10
    return value // 10


def _numbers(language: str) -> Concept:
    return load_concept("numbers", language)


# Placeholder -> (matched text, the placeholder's concept or None, language) -> Partial fields.
FieldReader = Callable[[str, "Concept | None", str], dict[str, Any]]
_FIELD_READERS: Mapping[str, FieldReader] = {
    "DAY": lambda text, concept, language: {"day": int(text)},
    "MONTH": lambda text, concept, language: {"month": int(concept.key_of(text))},
    "MONTH_NUM": lambda text, concept, language: {"month": int(text)},
    "YEAR": lambda text, concept, language: {"year": int(text)},
    "YEAR_ANY": lambda text, concept, language: {"year": int(text)},
    "YEAR2": lambda text, concept, language: {"year": _two_digit_year(text)},
    "DECADE_NUM": lambda text, concept, language: {"decade": _decade_from_digits(text)},
    "CENTURY_ORD": lambda text, concept, language: {"century": int(text) - 1},
    "HOUR": lambda text, concept, language: {"hour": int(text)},
    "HOUR_WORD": lambda text, concept, language: {"hour": int(float(_numbers(language).key_of(text)))},
    "MINUTE": lambda text, concept, language: {"minute": int(text)},
    "WEEKDAY": lambda text, concept, language: {"weekday": int(concept.key_of(text))},
    "SEASON": lambda text, concept, language: {"season": concept.key_of(text)},
    "PART": lambda text, concept, language: {"mod": TimexMod(concept.key_of(text))},
    "APPROX": lambda text, concept, language: {"mod": TimexMod(concept.key_of(text))},
    "REL": lambda text, concept, language: {"relation": Relation(concept.key_of(text))},
    "NUMWORD": lambda text, concept, language: {"amount": _whole(float(concept.key_of(text)))},
    "NUM": lambda text, concept, language: {"amount": _whole(_number(text, _numbers(language)))},
    "VAGUE": lambda text, concept, language: {"amount": "X"},
    "UNIT": lambda text, concept, language: {"unit": concept.key_of(text)},
    "UNIT_PL": lambda text, concept, language: {"unit": concept.key_of(text)},
    "QUARTER": lambda text, concept, language: {"quarter": int(concept.key_of(text))},
    "HALF": lambda text, concept, language: {"half": int(concept.key_of(text))},
    "UNIT_ADJ": lambda text, concept, language: {"unit": concept.key_of(text)},
    "FREQ": lambda text, concept, language: {"value": concept.key_of(text)},
    "DAY_OFFSET": lambda text, concept, language: {"unit": "D", "offset": int(concept.key_of(text))},
    "TOD": lambda text, concept, language: {"time_of_day": concept.key_of(text)},
    "REF": lambda text, concept, language: {"value": concept.key_of(text)},
    "PHASE": lambda text, concept, language: {"value": concept.key_of(text)},
    "REF_NOUN": lambda text, concept, language: {"value": concept.key_of(text)},
    "DECADE": lambda text, concept, language: {"decade": 190 + int(concept.key_of(text))},
    "FEAST": lambda text, concept, language: {"easter_offset": int(concept.key_of(text))},
    "HOLIDAY": lambda text, concept, language: dict(
        zip(("month", "day"), map(int, concept.key_of(text).split("-")), strict=True)
    ),
}


def _field_updates(placeholder: str, text: str, language: str) -> dict[str, Any]:
    base = base_placeholder(placeholder)
    if base != placeholder:
        return {f"{field}2": value for field, value in _field_updates(base, text, language).items()}
    concept = (
        load_concept(CONCEPT_PLACEHOLDERS[placeholder], language) if placeholder in CONCEPT_PLACEHOLDERS else None
    )
    return _FIELD_READERS[placeholder](text, concept, language)


def interpret(rule: Rule, match: re.Match[str], language: str = DEFAULT_LANGUAGE) -> Partial:
    fields: dict[str, Any] = {}
    for group, placeholder in rule.groups.items():
        text = match.group(group)
        if text is not None:
            fields.update(_field_updates(placeholder, text, language))
    # The rule's constants win: "Vorjahr" is offset -1 whatever else matched.
    fields.update(rule.constants)
    # "halb neun", "Viertel vor neun": so many minutes before the named hour (08:30, 08:45).
    minutes_before = fields.pop("minutes_before", None)
    if minutes_before and fields.get("hour") is not None:
        fields["hour"], fields["minute"] = (fields["hour"] - 1) % 24, 60 - int(minutes_before)
    if fields.get("era_bc"):
        for name in ("year", "decade", "century"):
            if fields.get(name) is not None:
                fields[name] = -fields[name]
    return Partial(type=rule.type, **fields)
