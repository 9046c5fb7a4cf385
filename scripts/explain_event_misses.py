"""Why required gold events are missed: per miss, the triggers of its type in its sentence and the first
filter that dropped each; then counts per reason and recall per type.

    .venv/bin/python scripts/explain_event_misses.py GOLD.yaml DOCS_DIR [-v]

Reasons: `no_trigger` (no entry of the gold type matched in the sentence: vocabulary), `conditions` (an
entry's cue words, prepositions or construction words are missing in the clause), `construction` (a
construction chose another type or vetoed it), `governed_content` (the content of a demand, threat or
refusal), `background_noun` (a noun that is neither a support verb's object nor news by its own phrase),
`no_actor` (no actor, or neither actor nor recipient coded: actor finding), `built` (an event was made
and lost to one-event-per-clause or dedup). A developer's aid: it calls the extractor's internals.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from eventline.commands.eval_events import documents_for_gold
from eventline.events import extractor as ex
from eventline.events.arguments import EntityIndex, PronounResolver, find_arguments, subject_ellipsis
from eventline.events.clauses import ClauseKind, split_clauses
from eventline.events.constructions import conditions_met, holding_matches
from eventline.events.lexicon import load_lexicon
from eventline.events.scoring import load_gold, score
from eventline.events.triggers import find_triggers
from eventline.nlp import load_pipeline
from eventline.pipeline import analyze_documents, extract_document_events, tag_documents


def reason(doc, timexes, match, sentence, document, lexicon) -> str:
    clauses = split_clauses(sentence)
    position = ex._clause_index(clauses, match.token_i)
    clause = clauses[position]
    index = EntityIndex.of(doc, [(t.start, t.end) for t in timexes])
    resolver = PronounResolver(index)
    view = ex._SentenceView(sentence, clauses, [])
    for c in clauses:
        actor = find_arguments(index, ex._clause_anchor(doc, c), c, resolver).actor
        if actor is None and c.parent is not None and subject_ellipsis(doc, c):
            actor = view.clause_actor[c.parent]
        view.clause_actor.append(actor)
    in_sentence = [m for m in find_triggers(doc, lexicon) if sentence.start <= m.token_i < sentence.end]
    if not conditions_met(match.entry, doc, clause, sentence):
        return "conditions"
    held = holding_matches(doc, clause, sentence, [m for m in in_sentence if clause.contains(m.token_i)])
    if match not in held:
        return "construction"
    if ex._governed_content(view, position, in_sentence):
        return "governed_content"
    if clause.kind is ClauseKind.PURPOSE:
        return "purpose"
    alone = all(m.token_i == match.token_i for m in held)
    built = ex._build(index, view, match, lexicon, timexes, resolver, document.doc_id, document.published, alone)
    if built is None:
        profile = lexicon.profiles[match.entry.event_type]
        args = find_arguments(index, doc[match.token_i], clause, resolver, coactor_is_recipient=profile.reciprocal)
        if ex._background_noun(doc, match, clause, args):
            return "background_noun"
        return f"no_actor (actor {args.actor.text if args.actor else None}: {args.actor.code if args.actor else None})"
    return f"built ({built[0].event.event_type} {built[0].event.actor_code})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("docs_dir", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    documents = documents_for_gold(gold, args.docs_dir)
    docs = analyze_documents(documents, load_pipeline())
    timexes = tag_documents(documents)
    events = extract_document_events(documents, docs, timexes)
    scores = score(gold, {d.doc_id: e for d, e in zip(documents, events, strict=True)})
    missed = {(doc, g.id) for doc, g in scores.misses}
    lexicon = load_lexicon()
    reasons: Counter[str] = Counter()
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for gold_doc, document, doc, doc_timexes in zip(gold, documents, docs, timexes, strict=True):
        for g in (g for g in gold_doc.events if g.required):
            per_type[g.event_type][0] += 1
            if (gold_doc.doc, g.id) not in missed:
                per_type[g.event_type][1] += 1
                continue
            at = doc.text.find(g.evidence)
            sentence = next((s for s in doc.sents if s.start_char <= at < s.end_char), None) if at >= 0 else None
            if sentence is None:
                reasons["evidence not found"] += 1
                continue
            of_type = [m for m in find_triggers(doc, lexicon)
                       if sentence.start <= m.token_i < sentence.end and m.entry.event_type == g.event_type]
            if not of_type:
                reasons["no_trigger"] += 1
                if args.verbose:
                    print(f"no_trigger  {g.event_type:9} {g.evidence[:100]!r}")
                continue
            found = [(doc[m.token_i].text, reason(doc, doc_timexes, m, sentence, document, lexicon)) for m in of_type]
            reasons[found[-1][1].split(" ")[0]] += 1
            if args.verbose:
                print(f"dropped     {g.event_type:9} {g.evidence[:80]!r} -> {found}")
    print("misses by reason:", dict(reasons.most_common()))
    print(f"{'type':10} {'req':>4} {'found':>5} {'R':>6}")
    for event_type, (required, found_n) in sorted(per_type.items()):
        print(f"{event_type:10} {required:4} {found_n:5} {100 * found_n / required:6.1f}")
    print(f"P {100 * scores.precision:.1f} R {100 * scores.recall:.1f} extracted {scores.extracted}")


if __name__ == "__main__":
    main()
