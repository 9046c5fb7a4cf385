"""Which hint kinds every match of a rule must contain, read off the rule's pattern.

A rule runs only where all of its required hints are near: "{DAY}. {MONTH} {YEAR}" needs a month and
digits, so it searches where month windows and digit windows overlap, not around every number.
Requirements are clauses (a match holds a hint of at least one kind of each clause): "{NUM} {UNIT}|
{UNIT_PL}" requires one clause {units, unit_plurals}; {NUM} itself requires nothing, since "drei"
is no hint. Lookarounds add nothing (their text is not in the match), nor do optional parts.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

# The stdlib regex parser: it reads the pattern's structure (groups, branches, repeats, lookarounds);
# the `regex` module that runs the rules exposes no parse tree.
import re._constants as sre
import re._parser as sre_parse

from eventline.temporal.rules import PLACEHOLDER_RE

Clause = frozenset[str]

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_LOOKAROUNDS = (sre.ASSERT, sre.ASSERT_NOT)


def required_clauses(pattern: str, kind_of: Callable[[str], str | None]) -> tuple[Clause, ...]:
    """The clauses every match of `pattern` satisfies; `kind_of` maps a placeholder to its hint kind."""
    groups: dict[str, str] = {}

    def skeleton(match) -> str:  # every placeholder becomes a one-character named group
        name = match.group(1)
        if name == "CTX":
            return "x"
        groups[name.lower()] = name
        return f"(?P<{name.lower()}>x)"

    parsed = sre_parse.parse(PLACEHOLDER_RE.sub(skeleton, pattern))
    names = {number: name for name, number in parsed.state.groupdict.items()}
    kinds = {number: kind_of(groups[name]) for number, name in names.items()}
    return tuple(sorted(set(_clauses(parsed, kinds)), key=sorted))


def _clauses(sequence, kinds: Mapping[int, str | None]) -> list[Clause]:
    found: list[Clause] = []
    for op, argument in sequence:
        if op is sre.SUBPATTERN:
            group, _, _, body = argument
            if kinds.get(group):
                found.append(frozenset({kinds[group]}))
            found.extend(_clauses(body, kinds))
        elif op is sre.ATOMIC_GROUP:
            found.extend(_clauses(argument, kinds))
        elif op in _REPEATS:
            low, _, body = argument
            if low > 0:
                found.extend(_clauses(body, kinds))
        elif op is sre.BRANCH:
            alternatives = [_clauses(branch, kinds) for branch in argument[1]]
            # Each alternative holds one of its own clauses; the union of the smallest ones is implied.
            if all(alternatives):
                found.append(frozenset().union(*(min(a, key=len) for a in alternatives)))
        elif op in _LOOKAROUNDS:
            continue
    return found


def required_literals(pattern: str) -> tuple[Clause, ...]:
    """Clauses of lower-cased literal strings (2+ characters) in every match of `pattern` or its lookaheads.

    A window that lacks one of a clause's strings cannot hold a match: "{HOUR} Uhr" skips numbers
    without "uhr" nearby, which a scan for a literal finds far faster than the rule's regex.
    """
    parsed = sre_parse.parse(PLACEHOLDER_RE.sub("\x00", pattern))  # a placeholder breaks a literal
    return tuple(sorted(set(_literals(parsed)), key=sorted))


def _literals(sequence) -> list[Clause]:
    found: list[Clause] = []
    run: list[str] = []

    def end_run() -> None:
        if len(run) >= 2:
            found.append(frozenset({"".join(run).lower()}))
        run.clear()

    for op, argument in sequence:
        if op is sre.LITERAL and argument != 0:
            run.append(chr(argument))
            continue
        end_run()
        if op is sre.SUBPATTERN:
            found.extend(_literals(argument[3]))
        elif op is sre.ATOMIC_GROUP:
            found.extend(_literals(argument))
        elif op in _REPEATS:
            low, _, body = argument
            if low > 0:
                found.extend(_literals(body))
        elif op is sre.ASSERT and argument[0] == 1:
            # A search window's end cuts lookaheads too, so what they need is inside the window.
            found.extend(_literals(argument[1]))
        elif op is sre.BRANCH:
            alternatives = [_literals(branch) for branch in argument[1]]
            if all(alternatives):
                found.append(frozenset().union(*(min(a, key=len) for a in alternatives)))
    end_run()
    return found
