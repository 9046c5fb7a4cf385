"""HanTa's morpheme searches (its tags for unknown words, its lemmas), run with an index of known morphemes.

HanTa analyses a word it has not seen by searching its segmentations into morphemes: once over all tags
for the word's tag probabilities (`analyze_forward`), and once for a given tag to find the lemma
(`analyze_viterbi`, first with known morphemes only, then allowing unknown ones). At every position it
asks its model about every substring under every tag that may follow, about 1,000 questions per word,
and nearly all answers are "impossible": a substring that is not a known morpheme is possible only under
the eleven open tags for which HanTa guesses (nouns, names, adjectives …). Here an index from morpheme to
tags, built once from HanTa's model, answers those questions, and HanTa is asked only for its guesses.
States, scores (added in HanTa's order) and the order in which states are reached are HanTa's, so ties
break as in HanTa and the results are identical; a test compares them word by word.
"""
from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from numpy import logaddexp

# HanTa's state symbols and its score floor (HanoverTagger's EMPTY, START, UNKNOWN, END_UNKNOWN, lowerbound).
_EMPTY, _START, _UNKNOWN, _END_UNKNOWN = 0, 1, 3, -3
_FLOOR = -1e6
_KEEP = 3  # HanTa goes on from the three best states at each position (and those within 1 of the third)

Morphemes = list[tuple[int, int]]  # (tag, end position) per morpheme: HanTa's analyze_viterbi result
TagScores = list[tuple[int, float]]  # (final tag, log probability), best first: HanTa's analyze_forward result
Table = list[dict[tuple[int, int], float]]  # per position: state -> best log probability
Segments = list[list[tuple[int, dict[int, float]]]]  # per start: (end, {tag: log p(substring | tag)})


def morpheme_index(model: Any) -> dict[str, dict[int, float]]:
    """morpheme -> {tag: log p(morpheme | tag)} for every morpheme in HanTa's model."""
    index: dict[str, dict[int, float]] = {}
    for tag, morphemes in model.LP_m_t.items():
        for morpheme, log_probability in morphemes.items():
            index.setdefault(morpheme, {})[tag] = log_probability
    return index


class IndexedMorphemeSearch:
    """Drop-ins for a HanoverTagger's `analyze_forward` and `analyze_viterbi`."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.index = morpheme_index(model)
        self.longest = max(map(len, self.index), default=0)
        # The tags under which HanTa guesses the probability of an unknown morpheme (HanoverTagger.lp_m_t),
        # and the first two terms of its guess, summed in its order.
        self.guessing = frozenset() if model.strict else frozenset(
            t for t in model.LP_m_t if t in model.LP_hapax_t and t in model.LP_s_t)
        self.guess_base = {t: model.Int_t + model.LP_hapax_t[t] for t in self.guessing}

    def install(self) -> None:
        self.model.analyze_forward = self.analyze_forward
        self.model.analyze_viterbi = self.analyze_viterbi

    def analyze_forward(self, word: str) -> TagScores:
        table, _ = self._search(word, self._every_segment(word), self.guessing, reachable=None)
        for state, score in table[-2].items():
            for tag, transition in self.model.LP_trans_final.get(state, []):
                _improve(table, -1, (state[1], tag), score + transition, None, (state, len(word)))
        scores: dict[int, float] = {}
        for state, score in table[-1].items():
            if score != -float("inf"):
                tag = -state[1]
                scores[tag] = logaddexp(scores[tag], score) if tag in scores else score
        return sorted(scores.items(), key=itemgetter(1), reverse=True) or [(_UNKNOWN, 0)]

    def analyze_viterbi(self, word: str, target: int) -> Morphemes:
        reachable = self.model.reachability.get(target, frozenset())
        table, backpointers = self._search(word, self._known_segments(word), frozenset(), reachable)
        if not self._finish(table, backpointers, target, len(word)):
            # No analysis from known morphemes alone: again, with HanTa's guesses for unknown ones.
            table, backpointers = self._search(word, self._every_segment(word), self.guessing, reachable)
            self._finish(table, backpointers, target, len(word))
        return _best_path(table, backpointers)

    def _known_segments(self, word: str) -> Segments:
        index, length = self.index, len(word)
        return [[(end, index[word[start:end]]) for end in range(start + 1, min(length, start + self.longest) + 1)
                 if word[start:end] in index] for start in range(length + 1)]

    def _every_segment(self, word: str) -> Segments:
        index, length = self.index, len(word)
        return [[(end, index.get(word[start:end], {})) for end in range(start + 1, length + 1)]
                for start in range(length + 1)]

    def _search(self, word: str, segments: Segments, guessing: frozenset[int],
                reachable: frozenset[int] | None) -> tuple[Table, list[dict]]:
        """HanTa's search over the given substrings up to the last position (the final step is the caller's);
        a substring that is no known morpheme scores HanTa's guess under a tag in `guessing`."""
        model, length = self.model, len(word)
        guess = self._guesser(word)
        table: Table = [{(_EMPTY, _START): 0}] + [{} for _ in range(length + 1)]
        backpointers: list[dict] = [{} for _ in range(length + 2)]
        for start in range(length + 1):
            row = table[start]
            bound = sorted(row.values(), reverse=True)[_KEEP] - 1 if len(row) > _KEEP else _FLOOR
            for state, score in row.items():
                if score < bound:
                    continue
                followers = [(t, p) for t, p in model.LP_trans_nonfinal.get(state, [])
                             if reachable is None or t in reachable]
                guessed = [(t, p) for t, p in followers if t in guessing]
                for end, known in segments[start]:
                    # Most substrings are no known morpheme: then only the guessing tags can follow (in order).
                    for tag, transition in followers if known else guessed:
                        if (morpheme := known.get(tag)) is None:
                            if tag not in guessing:
                                continue
                            morpheme = guess(tag, start, end)
                        candidate = score + transition + morpheme  # HanTa's order of additions: the same floats
                        _improve(table, end, (state[1], tag), candidate, backpointers, (state, start))
        return table, backpointers

    def _guesser(self, word: str) -> Callable[[int, int, int], float]:
        """HanoverTagger.lp_m_t's guess for the unknown morpheme word[start:end] under `tag`: a constant of
        the tag, a term for the morpheme's length, one for its longest known suffix of up to four letters,
        and a penalty where the morpheme is the whole word. The suffix term depends only on the tag, the
        end and (below five letters) the length, so it is looked up once per word for each of those."""
        model, length, suffix_terms = self.model, len(word), {}

        def suffix_term(tag: int, end: int, size: int) -> float:
            suffixes = model.LP_s_t[tag]
            for cut in (4, 3, 2, 1):
                if size > cut and word[end - cut:end] in suffixes:
                    return suffixes[word[end - cut:end]]
            return suffixes[""]

        def guess(tag: int, start: int, end: int) -> float:
            size = end - start
            if not (length < 4 or size > 2):
                return -float("inf")
            key = (tag, end, min(size, 5))
            if key not in suffix_terms:
                suffix_terms[key] = suffix_term(tag, end, size)
            score = self.guess_base[tag] + model.LP_len_t[tag][min(size, 24)] + suffix_terms[key]
            return score - 4.6 if size == length else score

        return guess

    def _finish(self, table: Table, backpointers: list[dict], target: int, length: int) -> bool:
        """The final step to the tag `target`; whether any analysis reaches it."""
        for state, score in table[-2].items():
            for tag, transition in self.model.LP_trans_final.get(state, []):
                if tag == target:
                    _improve(table, -1, (state[1], tag), score + transition, backpointers, (state, length))
                    break
        return bool(table[-1])


def _improve(table: Table, position: int, state: tuple[int, int], score: float,
             backpointers: list[dict] | None, previous: tuple[tuple[int, int], int]) -> None:
    cell = table[position]
    if score > _FLOOR and (state not in cell or score > cell[state]):
        cell[state] = score
        if backpointers is not None:
            backpointers[position][state] = previous


def _best_path(table: Table, backpointers: list[dict]) -> Morphemes:
    best_score, best = -float("inf"), (_EMPTY, _EMPTY)
    for state, score in table[-1].items():
        if score > best_score:
            best_score, best = score, state
    position = len(backpointers) - 1
    if best == (_EMPTY, _EMPTY):
        states = [((_UNKNOWN, _END_UNKNOWN), position), ((_START, _UNKNOWN), position - 1)]
    else:
        states, state = [(best, position)], best
        while position > 0:
            state, position = backpointers[position][state]
            states.append((state, position))
        states = states[:-1]
    return [(state[1], end) for state, end in reversed(states)]
