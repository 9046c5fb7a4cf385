"""Actor and recipient accuracy on ALL annotated events, with the trigger given (an oracle trigger).

`eventline eval-events` judges actors only on the events the trigger lexicon found; while recall is low
that is a handful of events. This script places the trigger itself (the first lexicon trigger of the gold
type inside the evidence, else any trigger there, else the evidence's first verb), runs the same argument
finder, and compares codes. It also reports coverage: how often the gold code is carried by some entity
(or resolved pronoun) in the evidence sentence at all, the ceiling for argument choice.

    .venv/bin/python benchmarks/actor_oracle.py ../shared/gold/dev-events.yaml ../shared/corpora/events-dev [-v]
"""
from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

from eventline.commands.eval_events import documents_for_gold
from eventline.events import tokens as tk
from eventline.events.arguments import EntityIndex, PronounResolver, find_arguments, subject_ellipsis
from eventline.events.clauses import ClauseKind, split_clauses
from eventline.events.extractor import _acting_state, _agentless_passive, _clause_anchor
from eventline.events.lexicon import load_lexicon
from eventline.events.scoring import load_gold
from eventline.events.triggers import find_triggers
from eventline.nlp import load_pipeline
from eventline.nlp.descriptions import ArticleMemory
from eventline.temporal import tag_text


def main(gold_path: Path, docs_dir: Path, verbose: bool) -> None:
    gold = load_gold(gold_path)
    documents = documents_for_gold(gold, docs_dir)
    nlp = load_pipeline()
    lexicon = load_lexicon()
    totals = {"events": 0, "actor": 0, "recipient": 0, "actor_cov": 0, "recipient_cov": 0}
    by_doc = {g.doc: g for g in gold}
    for document in documents:
        item = by_doc[PurePosixPath(document.doc_id).as_posix()]
        doc = nlp(document.text)
        timexes = tag_text(document.text, document.published)
        index = EntityIndex.of(doc, [(t.start, t.end) for t in timexes])
        resolver = PronounResolver(index)
        memory = ArticleMemory(doc, sorted(doc.ents, key=lambda e: e.start), [s.start for s in doc.sents])
        triggers = find_triggers(doc, lexicon)
        pending = list(item.events)
        for sentence in doc.sents:
            clauses = split_clauses(sentence)
            clause_actor = []
            here = [g for g in pending if g.evidence in sentence.text]
            for g in here:
                pending.remove(g)
            offset = {g.id: sentence.start_char + sentence.text.index(g.evidence) for g in here}
            for ci, clause in enumerate(clauses):
                args = find_arguments(index, _clause_anchor(doc, clause), clause, resolver)
                actor = args.actor
                if actor is None and clause.parent is not None and subject_ellipsis(doc, clause):
                    actor = clause_actor[clause.parent]
                clause_actor.append(actor)
                pending_memory = actor if clause.kind in (ClauseKind.MAIN, ClauseKind.COORDINATED) else None
                for g in here:
                    start = offset[g.id]
                    span = doc.char_span(start, start + len(g.evidence), alignment_mode="expand")
                    in_span = [m for m in triggers if span.start <= m.token_i < span.end]
                    chosen = next((m.token_i for m in in_span if m.entry.event_type == g.event_type),
                                  next((m.token_i for m in in_span), None))
                    if chosen is None:
                        chosen = next((t.i for t in span if tk.is_verb(t)), span.start)
                    if not clause.contains(chosen):
                        continue
                    profile = lexicon.profiles[g.event_type]
                    found = find_arguments(index, doc[chosen], clause, resolver,
                                           coactor_is_recipient=profile.reciprocal)
                    a, r = found.actor, found.recipient
                    if a is None and clause.parent is not None and subject_ellipsis(doc, clause):
                        a = clause_actor[clause.parent]
                    if (a is None or not a.code) and profile.location_is_actor and found.location is not None:
                        a = found.location
                    if a is None and profile.agentless_actor_is_state and _agentless_passive(doc, clause):
                        a = _acting_state(index, memory, doc[chosen], found.location, r)
                    if not profile.takes_recipient:
                        r = None
                    a_code = a.code if a else None
                    r_code = r.code if r else None
                    if r_code == a_code:
                        r_code = None
                    codes = {e.kb_id_ for e in sentence.ents if e.kb_id_}
                    codes |= {d.kb_id_ for d in doc.spans.get("actor_descriptions", ()) if sentence.start <= d.start < sentence.end}
                    codes |= {t._.antecedent.kb_id_ for t in sentence if t._.antecedent is not None}
                    totals["events"] += 1
                    totals["actor"] += a_code == g.actor
                    totals["recipient"] += r_code == g.recipient
                    totals["actor_cov"] += g.actor is None or g.actor in codes
                    totals["recipient_cov"] += g.recipient is None or g.recipient in codes
                    if verbose and (a_code != g.actor or r_code != g.recipient):
                        mark = "A" if a_code != g.actor else " "
                        mark += "R" if r_code != g.recipient else " "
                        cov = "" if g.actor is None or g.actor in codes else " [actor code absent]"
                        print(f"{mark} {item.doc} {g.id} {g.event_type} trig={doc[chosen].text!r} "
                              f"actor {a_code}({a.text if a else ''})/{g.actor} "
                              f"recip {r_code}({r.text if r else ''})/{g.recipient}{cov}\n     {g.evidence[:150]!r}")
                resolver.remember(pending_memory)  # as the extractor does: main-clause actors, for pronouns
        for g in pending:
            print(f"? evidence not in one sentence: {item.doc} {g.id}", file=sys.stderr)
    n = totals["events"] or 1
    print(f"events {totals['events']}  actor acc {100 * totals['actor'] / n:.1f}  "
          f"recipient acc {100 * totals['recipient'] / n:.1f}  actor coverage {100 * totals['actor_cov'] / n:.1f}  "
          f"recipient coverage {100 * totals['recipient_cov'] / n:.1f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "-v" in sys.argv[3:])
