"""Clause splitting on hand-tagged sentences."""
from __future__ import annotations

from eventline.events.clauses import ClauseKind, split_clauses


def clauses_of(doc):
    sent = next(iter(doc.sents))
    return [(c.kind, doc[c.start:c.end].text) for c in split_clauses(sent)]


def test_a_dass_clause_and_a_relative_clause_are_split_off(tagged):
    doc = tagged("Ein Sprecher sagte/VVFIN/sagen , dass Kiew@GPE:UKR Panzer erhalte/VVFIN/erhalten , "
                 "die/PRELS aus Polen@GPE:POL kämen/VVFIN/kommen .")
    assert [k for k, _ in clauses_of(doc)] == [ClauseKind.MAIN, ClauseKind.SUBORDINATE, ClauseKind.RELATIVE]


def test_an_apposition_stays_in_the_clause_of_its_noun(tagged):
    doc = tagged("Viktor@PER:HUN Orbán@+ , der Regierungschef Ungarns@GPE:HUN , lehnte/VVFIN/lehnen den Plan "
                 "ab/PTKVZ .")
    assert clauses_of(doc) == [(ClauseKind.MAIN, doc.text.strip())]


def test_und_before_a_finite_verb_opens_a_coordinated_clause_without_a_comma(tagged):
    doc = tagged("Scholz@PER:DEU lobte/VVFIN/loben die Einigung und kritisierte/VVFIN/kritisieren Ungarn@GPE:HUN .")
    kinds = clauses_of(doc)
    assert [k for k, _ in kinds] == [ClauseKind.MAIN, ClauseKind.COORDINATED]
    assert kinds[1][1].startswith("und kritisierte")


def test_und_between_nouns_does_not_split(tagged):
    doc = tagged("Polen@GPE:POL und Litauen@GPE:LTU kritisierten/VVFIN/kritisieren Belarus@GPE:BLR .")
    assert len(clauses_of(doc)) == 1


def test_purpose_conditional_and_infinitive_clauses_are_recognized(tagged):
    doc = tagged("Scholz@PER:DEU reist/VVFIN/reisen nach Paris@GPE:FRA , um Macron@PER:FRA zu treffen/VVINF/treffen , "
                 "falls es/PPER die Lage erlaubt/VVFIN/erlauben .")
    assert [k for k, _ in clauses_of(doc)] == [ClauseKind.MAIN, ClauseKind.PURPOSE, ClauseKind.CONDITIONAL]
    doc = tagged("Polen@GPE:POL plant/VVFIN/planen , seine Armee zu verdoppeln/VVINF/verdoppeln .")
    assert [k for k, _ in clauses_of(doc)] == [ClauseKind.MAIN, ClauseKind.INFINITIVE]


def test_a_coordinated_clause_points_to_the_last_main_clause(tagged):
    doc = tagged("Peking@GPE:CHN hat/VAFIN/haben versucht/VVPP/versuchen , zu vermitteln/VVINF/vermitteln , "
                 "und einen Plan angeboten/VVPP/anbieten .")
    clauses = split_clauses(next(iter(doc.sents)))
    assert clauses[-1].kind is ClauseKind.COORDINATED and clauses[-1].parent == 0


def test_und_joining_two_main_clauses_with_their_own_subjects_splits(tagged):
    doc = tagged("Die Armee traf/VVFIN/treffen auf Widerstand und Piłsudski@PER:POL besuchte/VVFIN/besuchen "
                 "die Front .")
    assert [k for k, _ in clauses_of(doc)] == [ClauseKind.MAIN, ClauseKind.COORDINATED]


def test_und_in_a_verb_final_clause_does_not_split(tagged):
    doc = tagged("Er sagte/VVFIN/sagen , dass Fabriken die Produktion steigerten/VVFIN/steigern und "
                 "Waffen bauten/VVFIN/bauen .")
    assert [k for k, _ in clauses_of(doc)] == [ClauseKind.MAIN, ClauseKind.SUBORDINATE]


def test_was_after_a_comma_opens_a_relative_clause(tagged):
    doc = tagged("Pjöngjang@GPE:PRK wirft/VVFIN/werfen Seoul@GPE:KOR Provokationen vor/PTKVZ , was/PWS "
                 "Seoul@GPE:KOR bestreitet/VVFIN/bestreiten .")
    assert [k for k, _ in clauses_of(doc)] == [ClauseKind.MAIN, ClauseKind.RELATIVE]


def test_a_subordinate_clause_interrupted_by_dashes_stays_one_clause(tagged):
    doc = tagged("Es kam/VVFIN/kommen anders , als/KOUS der Rat – mit China@GPE:CHN – Sanktionen "
                 "verhängte/VVFIN/verhängen .")
    assert [k for k, _ in clauses_of(doc)] == [ClauseKind.MAIN, ClauseKind.SUBORDINATE]
