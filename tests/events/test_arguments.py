"""Actor, recipient and location from German word order (no parser)."""
from __future__ import annotations

from eventline.events.arguments import EntityIndex, PronounResolver, find_arguments, phrase_context
from eventline.events.clauses import split_clauses


def arguments(doc, trigger_text: str):
    trigger = next(t for t in doc if t.text == trigger_text)
    sentence = trigger.sent
    clause = next(c for c in split_clauses(sentence) if c.contains(trigger.i))
    index = EntityIndex.of(doc)
    return find_arguments(index, trigger, clause, PronounResolver(index))


def test_a_noun_after_a_preposition_or_another_noun_is_not_a_subject(tagged):
    doc = tagged("Die Lieferung an die Ukraine@GPE:UKR und der Präsident Polens@GPE:POL .")
    ukraine, poland = doc.ents
    assert phrase_context(doc, ukraine.start, 0).preposition == "an"
    context = phrase_context(doc, poland.start, 0)
    assert context.preposition is None and context.genitive


def test_the_subject_stands_after_the_verb_when_the_vorfeld_is_an_adverbial(tagged):
    args = arguments(tagged("Am Samstag blockierte/VVFIN/blockieren China@GPE:CHN den Antrag Indiens@GPE:IND ."),
                     "blockierte")
    assert (args.actor.code, args.recipient.code) == ("CHN", "IND")


def test_a_noun_in_the_vorfeld_is_the_subject_even_without_an_actor_code(tagged):
    args = arguments(tagged("Analysten haben/VAFIN/haben China@GPE:CHN kritisiert/VVPP/kritisieren ."), "kritisiert")
    assert (args.actor.text, args.actor.code, args.recipient.code) == ("Analysten", None, "CHN")


def test_a_subject_noun_that_names_no_one_is_no_actor(tagged):
    args = arguments(tagged("Die Kommentare haben/VAFIN/haben China@GPE:CHN überrascht/VVPP/überraschen ."),
                     "überrascht")
    assert args.actor is None and args.subject_seen


def test_a_demonym_before_a_role_noun_names_the_actor(tagged):
    args = arguments(tagged("Der britische@NORP:GBR Premierminister lobte/VVFIN/loben Indien@GPE:IND ."), "lobte")
    assert (args.actor.code, args.recipient.code) == ("GBR", "IND")


def test_a_place_after_in_is_the_location(tagged):
    args = arguments(tagged("Russland@GPE:RUS griff/VVFIN/greifen Ziele in Syrien@GPE:SYR an/PTKVZ ."), "griff")
    assert (args.actor.code, args.location.code) == ("RUS", "SYR")


def test_an_object_in_the_vorfeld_is_told_from_the_subject_by_its_article(tagged):
    args = arguments(tagged("Den/ART/der Präsidenten Serbiens@GPE:SRB kritisierte/VVFIN/kritisieren "
                            "die/ART/die Regierung Kroatiens@GPE:HRV ."), "kritisierte")
    assert (args.actor.code, args.recipient.code) == ("HRV", "SRB")


def test_a_feminine_noun_after_der_is_not_the_subject(tagged):
    from eventline.events.arguments import not_nominative

    doc = tagged("Er warf/VVFIN/werfen der/ART/der Regierung vor .")
    assert not_nominative(doc, 3, 0)
    doc = tagged("Der/ART/der Minister warf/VVFIN/werfen ihr vor .")
    assert not not_nominative(doc, 1, 0)


def test_an_actor_named_by_description_is_found():
    from eventline.nlp import load_pipeline

    doc = load_pipeline()("Kenia wählt. Kenia hofft. Die Polizei nahm am Montag zwei Oppositionelle fest.")
    trigger = next(t for t in doc if t.text == "nahm")
    clause = next(c for c in split_clauses(trigger.sent) if c.contains(trigger.i))
    index = EntityIndex.of(doc)
    args = find_arguments(index, trigger, clause, PronounResolver(index))
    assert args.actor is not None and args.actor.code == "KEN"


def test_the_genitive_of_a_noun_like_manoever_is_its_actor_that_of_unterstuetzung_its_recipient(tagged):
    args = arguments(tagged("Pjöngjang@GPE:PRK verurteilte/VVFIN/verurteilen das Manöver der USA@GPE:USA ."),
                     "Manöver")
    assert args.actor.code == "USA"
    args = arguments(tagged("Die Unterstützung der Ukraine@GPE:UKR wächst/VVFIN/wachsen ."), "Unterstützung")
    assert args.recipient.code == "UKR" and (args.actor is None or args.actor.code != "UKR")


def test_after_doch_the_subject_follows_the_verb_instead_of_being_shared(tagged):
    from eventline.events.arguments import subject_ellipsis

    doc = tagged("Die Armee@ORG:SYR griff/VVFIN/greifen an/PTKVZ , doch/KON setzen/VVFIN/setzen die Rebellen@ORG:REB "
                 "ihre/PPOSAT Angriffe fort/PTKVZ .")
    clause = next(c for c in split_clauses(doc[:]) if c.opener == "doch")
    assert not subject_ellipsis(doc, clause)
