"""Multi-word constructions: words anywhere in the verb's clause choose the type, or veto it."""
from __future__ import annotations

from eventline.events.clauses import split_clauses
from eventline.events.constructions import compile_words, holding_matches, words_present
from eventline.events.triggers import find_triggers


def held(doc):
    sentence = next(iter(doc.sents))
    found = []
    for clause in split_clauses(sentence):
        in_clause = [m for m in find_triggers(doc) if clause.contains(m.token_i)]
        found += [(doc[m.token_i].text, m.entry.key) for m in holding_matches(doc, clause, sentence, in_clause)]
    return found


def test_alternatives_and_phrases_compile_to_one_pattern_per_token():
    assert [len(p) for p in compile_words("in Gewahrsam|in Haft|Haftstrafe")] == [2, 2, 1]


def test_a_capitalized_word_also_matches_a_compound_ending_in_it(tagged):
    doc = tagged("Die Opposition übte/VVFIN/üben Fundamentalkritik .")
    assert words_present("Kritik", doc[:]) and not words_present("zur Rede", doc[:])


def test_a_discontinuous_construction_holds_across_the_object_and_an_adverb(tagged):
    doc = tagged("Der Kanzler stellte/VVFIN/stellen den Botschafter Russlands@GPE:RUS gestern zur Rede .")
    assert [k for _, k in held(doc)] == ["ACCUSE:construction:stellen+zur Rede"]


def test_a_reflexive_particle_verb_with_fuer_is_support_and_not_the_weapon_use_reading(tagged):
    doc = tagged("Frankreich@GPE:FRA setzte/VVFIN/setzen sich im Rat für die Ukraine@GPE:UKR gegen "
                 "Widerstände ein/PTKVZ .")
    keys = [k for _, k in held(doc)]
    assert keys == ["SUPPORT:construction:einsetzen+sich+für"]


def test_a_construction_needs_all_its_words_in_the_same_clause(tagged):
    doc = tagged("Der Minister stellte/VVFIN/stellen klar , dass die Rede kurz sei/VAFIN/sein .")
    assert not any("zur Rede" in k for _, k in held(doc))


def test_an_impending_danger_is_no_threat_but_threatening_with_something_is(tagged):
    impending = tagged("Es droht/VVFIN/drohen eine Hungersnot im Sudan@GPE:SDN .")
    threat = tagged("Die Türkei@GPE:TUR droht/VVFIN/drohen Schweden@GPE:SWE mit einem Veto .")
    assert not any(k.startswith("THREATEN") for _, k in held(impending))
    assert ("droht", "THREATEN:verb:drohen") in held(threat)


def test_a_single_word_entry_still_holds_where_no_construction_does(tagged):
    doc = tagged("Die Armee@ORG:SYR setzte/VVFIN/setzen Giftgas gegen Rebellen ein/PTKVZ .")
    assert [k for _, k in held(doc)] == ["ASSAULT:verb:einsetzen"]
