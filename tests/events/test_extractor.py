"""Events from hand-tagged news sentences: one or more per PLOVER type, with non-examples."""
from __future__ import annotations

from datetime import date

import pytest

from eventline.events import extract_events
from schemas import Context, DateSource, EventType, Timex, TimexType

PUBLISHED = date(2023, 2, 27)


def timex(doc, text: str, value: str, start: date | None, end: date | None,
          kind: TimexType = TimexType.DATE) -> Timex:
    offset = doc.text.index(text)
    return Timex(offset, offset + len(text), text, kind, value, date_start=start, date_end=end)


@pytest.fixture()
def extract(tagged):
    def run(spec: str, timexes=(), published: date | None = PUBLISHED, body_start: int = 0):
        doc = tagged(spec)
        found = [t(doc) for t in timexes]
        return extract_events(doc, found, doc_id="d1", published=published, body_start=body_start)

    return run


def only(events, event_type: EventType):
    matching = [e for e in events if e.event_type is event_type]
    assert len(matching) == 1, events
    return matching[0]


# --- one or more sentences per type -------------------------------------------------------------

def test_a_signed_treaty_with_a_partner_is_agree(extract):
    events = extract("Serbien@GPE:SRB hat/VAFIN/haben mit dem Kosovo@GPE:XKX ein Abkommen "
                     "unterzeichnet/VVPP/unterzeichnen .")
    e = only(events, EventType.AGREE)
    assert (e.actor_code, e.recipient_code, e.trigger) == ("SRB", "XKX", "unterzeichnet")


def test_visiting_a_country_on_a_weekday_is_consult_dated_by_that_day(extract):
    events = extract("Scholz@PER:DEU besucht/VVFIN/besuchen am Montag Indien@GPE:IND .",
                     [lambda d: timex(d, "am Montag", "2023-03-06", date(2023, 3, 6), date(2023, 3, 6))])
    e = only(events, EventType.CONSULT)
    assert (e.mode, e.actor_code, e.recipient_code) == ("visit", "DEU", "IND")
    assert (e.date_source, e.date_start, e.time_text) == (DateSource.RELATIVE, date(2023, 3, 6), "am Montag")
    assert Context.FUTURE in e.context  # dated after publication


def test_a_government_named_by_its_country_in_the_genitive_welcomes_a_decision(extract):
    e = only(extract("Die Regierung Kanadas@GPE:CAN begrüßte/VVFIN/begrüßen den Beschluss ."), EventType.SUPPORT)
    assert e.actor_code == "CAN"


def test_a_separable_release_verb_is_concede(extract):
    e = only(extract("Iran@GPE:IRN ließ/VVFIN/lassen die französischen@NORP:FRA Geiseln frei/PTKVZ ."),
             EventType.CONCEDE)
    assert (e.trigger, e.actor_code, e.recipient_code) == ("ließ", "IRN", "FRA")


def test_buying_foreign_weapons_is_cooperate_but_buying_without_a_seller_is_not(extract):
    e = only(extract("Polen@GPE:POL kauft/VVFIN/kaufen amerikanische@NORP:USA Kampfjets ."), EventType.COOPERATE)
    assert (e.actor_code, e.recipient_code) == ("POL", "USA")
    assert extract("Polen@GPE:POL kauft/VVFIN/kaufen mehr Getreide .") == []


def test_delivering_tanks_to_a_country_is_aid(extract):
    e = only(extract("Schweden@GPE:SWE liefert/VVFIN/liefern Panzer an die Ukraine@GPE:UKR ."), EventType.AID)
    assert (e.mode, e.actor_code, e.recipient_code) == ("military", "SWE", "UKR")


def test_a_compound_delivery_noun_takes_the_genitive_as_actor_beside_a_recipient(extract):
    events = extract("Die Waffenlieferung Deutschlands@GPE:DEU an Israel@GPE:ISR wurde/VAFIN/werden "
                     "bestätigt/VVPP/bestätigen .")
    e = only(events, EventType.AID)
    assert (e.trigger, e.actor_code, e.recipient_code) == ("Waffenlieferung", "DEU", "ISR")


def test_withdrawing_troops_is_retreat(extract):
    e = only(extract("Frankreich@GPE:FRA zieht/VVFIN/ziehen seine Truppen aus Mali@GPE:MLI ab/PTKVZ ."),
             EventType.RETREAT)
    assert e.actor_code == "FRA"


def test_calling_on_a_state_with_a_separated_particle_is_request(extract):
    e = only(extract("Die UN@ORG:UN forderten/VVFIN/fordern Israel@GPE:ISR zur Zurückhaltung auf/PTKVZ ."),
             EventType.REQUEST)
    assert (e.actor_code, e.recipient_code) == ("UN", "ISR")


def test_reproaching_another_government_is_accuse(extract):
    e = only(extract("Peking@GPE:CHN warf/VVFIN/werfen Washington@GPE:USA Einmischung vor/PTKVZ ."),
             EventType.ACCUSE)
    assert (e.actor_code, e.recipient_code) == ("CHN", "USA")


def test_calling_something_unfair_is_accuse_and_calling_it_historic_is_support(extract):
    bad = extract("Litauen@GPE:LTU bezeichnete/VVFIN/bezeichnen die Wahl in Belarus@GPE:BLR als unfair/ADJD .")
    good = extract("Litauen@GPE:LTU bezeichnete/VVFIN/bezeichnen die Einigung als historisch/ADJD .")
    neutral = extract("Litauen@GPE:LTU bezeichnete/VVFIN/bezeichnen die Wahl als Abstimmung .")
    assert [e.event_type for e in bad] == [EventType.ACCUSE]
    assert [e.event_type for e in good] == [EventType.SUPPORT]
    assert neutral == []


def test_blocking_an_aid_package_is_reject_and_the_package_is_no_aid_event(extract):
    events = extract("Ungarn@GPE:HUN blockierte/VVFIN/blockieren das Hilfspaket der EU@ORG:EU .")
    assert [(e.event_type, e.actor_code, e.recipient_code) for e in events] == [(EventType.REJECT, "HUN", "EU")]


def test_threatening_with_tariffs_is_threaten(extract):
    e = only(extract("Washington@GPE:USA drohte/VVFIN/drohen Peking@GPE:CHN mit Zöllen ."), EventType.THREATEN)
    assert (e.actor_code, e.recipient_code) == ("USA", "CHN")


def test_warning_without_anyone_warned_is_no_threat(extract):
    assert extract("Die Nato@ORG:NATO warnte/VVFIN/warnen vor einer Eskalation .") == []


def test_protesting_against_a_missile_test_is_protest(extract):
    e = only(extract("Japan@GPE:JPN protestierte/VVFIN/protestieren gegen den Raketentest Nordkoreas@GPE:PRK ."),
             EventType.PROTEST)
    assert (e.actor_code, e.recipient_code) == ("JPN", "PRK")


def test_imposing_sanctions_is_sanction_but_imposing_a_prison_term_is_not(extract):
    e = only(extract("Die USA@GPE:USA verhängten/VVFIN/verhängen Sanktionen gegen Venezuela@GPE:VEN ."),
             EventType.SANCTION)
    assert (e.actor_code, e.recipient_code, e.trigger) == ("USA", "VEN", "verhängten")
    # a prison term is no sanction; sentencing is coercion (as the development gold codes it)
    prison = extract("Das Gericht in Minsk@GPE:BLR verhängte/VVFIN/verhängen eine Haftstrafe .")
    assert [(e.event_type, e.actor_code) for e in prison] == [(EventType.COERCE, "BLR")]


def test_raising_the_defence_budget_is_mobilize_but_raising_taxes_is_not(extract):
    e = only(extract("Litauen@GPE:LTU erhöht/VVFIN/erhöhen seinen Verteidigungshaushalt ."), EventType.MOBILIZE)
    assert (e.actor_code, e.mode) == ("LTU", "weapons")
    assert extract("Litauen@GPE:LTU erhöht/VVFIN/erhöhen die Mehrwertsteuer .") == []


def test_expanding_arms_production_in_another_country_is_military_aid_to_it(extract):
    e = only(extract("Rheinmetall@ORG:DEU baut/VVFIN/bauen die Munitionsproduktion in Litauen@GPE:LTU "
                     "aus/PTKVZ ."), EventType.AID)
    assert (e.mode, e.actor_code, e.recipient_code) == ("military", "DEU", "LTU")


def test_factories_in_a_country_doubling_weapons_output_make_that_country_the_actor(extract):
    e = only(extract("Fabriken in Nordkorea@GPE:PRK haben/VAFIN/haben die Raketenproduktion "
                     "verdoppelt/VVPP/verdoppeln ."), EventType.MOBILIZE)
    assert e.actor_code == "PRK"


def test_generic_production_counts_as_capacity_only_in_a_sentence_about_weapons(extract):
    weapons = extract("Fabriken in Iran@GPE:IRN steigern/VVFIN/steigern die Produktion von Drohnen .")
    cars = extract("Fabriken in Iran@GPE:IRN steigern/VVFIN/steigern die Produktion von Autos .")
    assert [e.event_type for e in weapons] == [EventType.MOBILIZE]
    assert cars == []


def test_expelling_diplomats_is_coerce(extract):
    e = only(extract("Deutschland@GPE:DEU wies/VVFIN/weisen vier russische@NORP:RUS Diplomaten aus/PTKVZ ."),
             EventType.COERCE)
    assert (e.actor_code, e.recipient_code) == ("DEU", "RUS")


def test_the_passive_agent_of_a_shooting_down_is_the_actor(extract):
    e = only(extract("Die Drohne wurde/VAFIN/werden von der Türkei@GPE:TUR abgeschossen/VVPP/abschießen ."),
             EventType.ASSAULT)
    assert e.actor_code == "TUR"


def test_using_weapons_against_someone_is_assault_but_using_software_is_not(extract):
    e = only(extract("Syrien@GPE:SYR setzte/VVFIN/setzen Giftgas gegen die Kurden@NORP:KUR ein/PTKVZ ."),
             EventType.ASSAULT)
    assert e.actor_code == "SYR"
    assert extract("Syrien@GPE:SYR setzte/VVFIN/setzen neue Software ein/PTKVZ .") == []


# --- precision rules ----------------------------------------------------------------------------

def test_an_event_without_an_actor_is_dropped(extract):
    assert extract("Die Lieferung der Panzer verzögert/VVFIN/verzögern sich .") == []


def test_a_noun_inside_a_prepositional_phrase_is_background_unless_its_phrase_names_the_actor(extract):
    assert extract("Lukaschenko@PER:BLR sprach/VVFIN/sprechen bei seinem Staatsbesuch über Handel .") == []
    e = only(extract("Trotz westlicher@NORP:WST Sanktionen wächst/VVFIN/wachsen die Wirtschaft "
                     "Russlands@GPE:RUS ."), EventType.SANCTION)
    assert e.actor_code == "WST"


def test_a_purpose_clause_is_an_intention_not_an_event(extract):
    events = extract("Scholz@PER:DEU reist/VVFIN/reisen nach Paris@GPE:FRA , um Macron@PER:FRA zu "
                     "treffen/VVINF/treffen .")
    assert [(e.event_type, e.mode) for e in events] == [(EventType.CONSULT, "visit")]


def test_what_a_request_asks_for_is_not_an_event_of_its_own(extract):
    events = extract("Die EU@ORG:EU forderte/VVFIN/fordern Serbien@GPE:SRB auf/PTKVZ , keine Waffen an "
                     "Russland@GPE:RUS zu liefern/VVINF/liefern .")
    assert [e.event_type for e in events] == [EventType.REQUEST]


def test_sentences_before_the_body_start_are_ignored(extract, tagged):
    spec = "Polen@GPE:POL erhöht/VVFIN/erhöhen den Militäretat || Polen@GPE:POL erhöht/VVFIN/erhöhen den Militäretat ."
    body = len("Polen erhöht den Militäretat ")
    events = extract(spec, body_start=body)
    assert len(events) == 1 and events[0].sentence_start == body


# --- clauses and pronouns -----------------------------------------------------------------------

def test_a_coordinated_verb_shares_the_subject_of_its_main_clause(extract):
    events = extract("Scholz@PER:DEU lobte/VVFIN/loben die Einigung und kritisierte/VVFIN/kritisieren "
                     "Ungarn@GPE:HUN .")
    e = only(events, EventType.ACCUSE)
    assert (e.actor_code, e.recipient_code) == ("DEU", "HUN")


def test_an_infinitive_after_plant_takes_the_planner_as_actor_and_is_future(extract):
    e = only(extract("Polen@GPE:POL plant/VVFIN/planen , seine Armee zu verdoppeln/VVINF/verdoppeln ."),
             EventType.MOBILIZE)
    assert e.actor_code == "POL" and Context.FUTURE in e.context


def test_sie_in_a_later_sentence_falls_back_to_the_last_organization_acting(extract):
    events = extract("Die EU@ORG:EU kündigte/VVFIN/kündigen neue Schritte an/PTKVZ . || "
                     "Dann/ADV verhängte/VVFIN/verhängen sie Sanktionen gegen Iran@GPE:IRN .")
    e = only(events, EventType.SANCTION)
    assert (e.actor_code, e.actor_text) == ("EU", "sie")


def test_an_apposition_does_not_split_the_subject_from_its_verb(extract):
    e = only(extract("Viktor@PER:HUN Orbán@+ , der Regierungschef Ungarns@GPE:HUN , lehnte/VVFIN/lehnen den Plan "
                     "ab/PTKVZ ."), EventType.REJECT)
    assert e.actor_code == "HUN" and e.actor_text == "Viktor Orbán"


# --- dates and context --------------------------------------------------------------------------

def test_an_absolute_date_in_the_clause_is_explicit_and_old_events_are_historical(extract):
    e = only(extract("Russland@GPE:RUS griff/VVFIN/greifen am 24. Februar 2022 die Ukraine@GPE:UKR an/PTKVZ .",
                     [lambda d: timex(d, "am 24. Februar 2022", "2022-02-24", date(2022, 2, 24), date(2022, 2, 24))],
                     published=date(2023, 6, 1)), EventType.ASSAULT)
    assert (e.date_source, e.timex_value) == (DateSource.EXPLICIT, "2022-02-24")
    assert Context.HISTORICAL in e.context


def test_without_a_time_expression_the_publication_date_dates_the_event(extract):
    e = only(extract("Japan@GPE:JPN kritisierte/VVFIN/kritisieren Nordkorea@GPE:PRK ."), EventType.ACCUSE)
    assert (e.date_source, e.date_start, e.date_end) == (DateSource.DCT, PUBLISHED, PUBLISHED)


def test_without_a_publication_date_an_undated_event_has_no_date(extract):
    e = only(extract("Japan@GPE:JPN kritisierte/VVFIN/kritisieren Nordkorea@GPE:PRK .", published=None),
             EventType.ACCUSE)
    assert (e.date_source, e.date_start) == (DateSource.NONE, None)


def test_a_duration_does_not_date_an_event_but_kommenden_tagen_makes_it_future_ref(extract):
    e = only(extract("Orbán@PER:HUN wird/VAFIN/werden in den kommenden Tagen Serbien@GPE:SRB "
                     "besuchen/VVINF/besuchen .",
                     [lambda d: timex(d, "in den kommenden Tagen", "PXD", None, None, TimexType.DURATION)]),
             EventType.CONSULT)
    assert (e.timex_value, e.date_start) == ("FUTURE_REF", None) and Context.FUTURE in e.context


def test_negation_hypothesis_and_reporting_are_flagged(extract):
    negated = only(extract("Peking@GPE:CHN hat/VAFIN/haben Moskau@GPE:RUS nicht kritisiert/VVPP/kritisieren ."),
                   EventType.ACCUSE)
    not_only = only(extract("Peking@GPE:CHN kritisierte/VVFIN/kritisieren nicht nur Moskau@GPE:RUS ."),
                    EventType.ACCUSE)
    maybe = only(extract("Peking@GPE:CHN könnte/VMFIN/können Moskau@GPE:RUS kritisieren/VVINF/kritisieren ."),
                 EventType.ACCUSE)
    said = only(extract("Ein Sprecher sagte/VVFIN/sagen , dass Peking@GPE:CHN Moskau@GPE:RUS "
                        "kritisiert/VVPP/kritisieren habe/VAFIN/haben ."), EventType.ACCUSE)
    assert Context.NEGATED in negated.context and Context.NEGATED not in not_only.context
    assert Context.HYPOTHETICAL in maybe.context
    assert Context.REPORTED in said.context and Context.REPORTED not in negated.context


def test_an_inverted_attribution_after_the_event_marks_it_reported(extract):
    e = only(extract("Iran@GPE:IRN liefert/VVFIN/liefern Drohnen an Russland@GPE:RUS , so ein Diplomat ."),
             EventType.AID)
    assert Context.REPORTED in e.context


# --- rows ---------------------------------------------------------------------------------------

def test_event_rows_point_into_the_text_and_have_stable_ids(extract, tagged):
    spec = "Schweden@GPE:SWE liefert/VVFIN/liefern Panzer an die Ukraine@GPE:UKR ."
    first, second = extract(spec)[0], extract(spec)[0]
    doc = tagged(spec)
    assert first.event_id == second.event_id
    assert doc.text[first.sentence_start:first.sentence_end] == first.sentence
    assert doc.text[first.trigger_start:first.trigger_end] == first.trigger
    assert 0.0 <= first.confidence <= 1.0


def test_two_mentions_of_one_visit_become_one_row_with_the_narrower_date(extract):
    events = extract(
        "Scholz@PER:DEU reist/VVFIN/reisen im Mai nach Indien@GPE:IND . || Scholz@PER:DEU kündigte/VVFIN/kündigen "
        "an/PTKVZ , dass er Indien@GPE:IND Mitte Mai besuchen/VVINF/besuchen werde/VAFIN/werden .",
        [lambda d: timex(d, "im Mai", "2023-05", date(2023, 5, 1), date(2023, 5, 31)),
         lambda d: timex(d, "Mitte Mai", "2023-05", date(2023, 5, 11), date(2023, 5, 20))])
    e = only(events, EventType.CONSULT)
    assert e.time_text == "Mitte Mai"


@pytest.mark.parametrize("labels", [
    ["nk", "sb", "ag", "ROOT", "nk", "oa", "ag", "punc"],  # TIGER
    ["det", "nsubj", "nmod", "ROOT", "det", "obj", "nmod", "punct"],  # Universal Dependencies
])
def test_dependency_labels_give_subject_and_object_when_a_parser_ran(tagged, labels):
    from spacy.tokens import Doc

    base = tagged("Die Regierung Ungarns@GPE:HUN blockierte/VVFIN/blockieren den Antrag Polens@GPE:POL .")
    doc = Doc(base.vocab, words=[t.text for t in base], tags=[t.tag_ for t in base],
              lemmas=[t.lemma_ for t in base], heads=[1, 3, 1, 3, 5, 3, 5, 3], deps=labels,
              sent_starts=[True] + [False] * (len(base) - 1))
    doc.ents = [doc.char_span(e.start_char, e.end_char, label=e.label_, kb_id=e.kb_id_) for e in base.ents]
    e = only(extract_events(doc, [], doc_id="d", published=PUBLISHED), EventType.REJECT)
    assert (e.actor_code, e.recipient_code) == ("HUN", "POL")
    assert e.confidence >= 0.9


# --- rules found on narratives outside the seeds ------------------------------------------------

def test_taking_part_is_consult_only_in_a_meeting(extract):
    summit = extract("Japan@GPE:JPN nahm/VVFIN/nehmen am Gipfeltreffen in Rom@GPE:ITA teil/PTKVZ .")
    campaign = extract("Finnland@GPE:FIN nahm/VVFIN/nehmen am Feldzug gegen Russland@GPE:RUS teil/PTKVZ .")
    assert [(e.event_type, e.actor_code) for e in summit] == [(EventType.CONSULT, "JPN")]
    assert [e for e in campaign if e.event_type is EventType.CONSULT] == []


def test_meeting_someone_is_consult_but_running_into_someone_is_not(extract):
    met = extract("Scholz@PER:DEU traf/VVFIN/treffen den Präsidenten Brasiliens@GPE:BRA .")
    ran = extract("Die Fregatte traf/VVFIN/treffen auf ein Schiff Irans@GPE:IRN .")
    assert [(e.event_type, e.recipient_code) for e in met] == [(EventType.CONSULT, "BRA")]
    assert ran == []


def test_a_genitive_of_a_later_noun_is_not_the_actor_of_an_attack(extract):
    events = extract("Der Angriff auf Polen@GPE:POL bis zur Niederlage Frankreichs@GPE:FRA dauerte/VVFIN/dauern "
                     "neun Monate .")
    assert [e for e in events if e.actor_code == "FRA"] == []


def test_the_passive_agent_nearest_the_participle_is_the_actor(extract):
    e = only(extract("Die Unterhändler wurden/VAFIN/werden im Wald von Compiègne@LOC: von Hitler@PER:DEU "
                     "empfangen/VVPP/empfangen ."), EventType.CONSULT)
    assert e.actor_code == "DEU"


def test_a_trigger_noun_in_the_genitive_inside_a_prepositional_phrase_is_background(extract):
    assert extract("Nach Ablauf des Ultimatums erklärte/VVFIN/erklären Großbritannien@GPE:GBR "
                   "Deutschland@GPE:DEU den Krieg .") == []


def test_an_actor_nobody_can_code_makes_no_event(extract):
    assert extract("Der Bürgermeister kritisierte/VVFIN/kritisieren den Gemeinderat .") == []


def test_a_demonym_in_the_genitive_names_an_actor_only_before_an_agentive_noun(extract):
    plane = extract("Der Abschuss des iranischen@NORP:IRN Passagierflugzeugs mit der Flugnummer 655 "
                    "erschütterte/VVFIN/erschüttern Teheran@GPE:IRN .")
    government = extract("Die Kritik der iranischen@NORP:IRN Regierung an Israel@GPE:ISR wuchs/VVFIN/wachsen .")
    assert [e for e in plane if e.actor_code == "IRN"] == []
    assert [(e.event_type, e.actor_code, e.recipient_code) for e in government] == [
        (EventType.ACCUSE, "IRN", "ISR")]


def test_a_prenominal_phrase_naming_a_mediator_is_not_the_actor_of_the_talks(extract):
    events = extract("Die unter Vermittlung der Vereinten@ORG:UN Nationen@+ geführten/ADJA Gespräche "
                     "endeten/VVFIN/enden .")
    assert [e for e in events if e.actor_code == "UN"] == []


def test_protesters_without_a_code_protest_against_a_coded_government(extract):
    e = only(extract("Demonstranten protestierten/VVFIN/protestieren in Tiflis@LOC:GEO gegen die georgische@NORP:GEO "
                     "Regierung ."), EventType.PROTEST)
    assert (e.actor_text, e.actor_code, e.recipient_code) == ("Demonstranten", None, "GEO")


def test_announcing_an_infinitive_makes_it_future(extract):
    e = only(extract("Frankreich@GPE:FRA kündigte/VVFIN/kündigen an/PTKVZ , Kampfjets an Indien@GPE:IND zu "
                     "liefern/VVINF/liefern ."), EventType.AID)
    assert (e.actor_code, e.recipient_code) == ("FRA", "IND") and Context.FUTURE in e.context


def test_a_people_named_by_a_noun_is_an_actor(extract):
    e = only(extract("Die Ungarn/NE@NORP:HUN blockierten/VVFIN/blockieren den Beschluss der EU@ORG:EU ."),
             EventType.REJECT)
    assert (e.actor_code, e.recipient_code) == ("HUN", "EU")


def test_a_trigger_noun_takes_the_subject_as_actor_only_under_a_support_verb(extract):
    planned = extract("Der Kanzler Österreichs@GPE:AUT plant/VVFIN/planen ein Treffen mit Serbien@GPE:SRB .")
    failed = extract("Der Präsident der USA@GPE:USA wolle/VMFIN/wollen das Treffen nicht scheitern/VVINF/scheitern "
                     "lassen/VVINF/lassen .")
    assert [(e.event_type, e.actor_code) for e in planned] == [(EventType.CONSULT, "AUT")]
    assert failed == []


def test_the_polite_sie_is_nobody_in_the_text(extract):
    assert extract("Die EU@ORG:EU schweigt/VVFIN/schweigen . || Stimmen/VVFIN/stimmen Sie/PPER dem Plan zu/PTKVZ ?") == []


def test_aid_and_trade_in_weapons_are_military_and_in_grain_are_not(extract):
    grain = only(extract("Russland@GPE:RUS liefert/VVFIN/liefern Getreide an Ägypten@GPE:EGY ."), EventType.AID)
    drones = only(extract("Russland@GPE:RUS kaufte/VVFIN/kaufen iranische@NORP:IRN Drohnen ."), EventType.COOPERATE)
    assert (grain.mode, drones.mode) == ("economic", "military")


def test_wir_in_a_quotation_is_the_speaker_named_after_it(extract):
    e = only(extract("„ Wir/PPER verurteilen/VVFIN/verurteilen den Angriff auf Israel@GPE:ISR “ , sagte/VVFIN/sagen "
                     "der Sprecher Ägyptens@GPE:EGY ."), EventType.ACCUSE)
    assert (e.actor_code, e.actor_text) == ("EGY", "Ägyptens") and Context.REPORTED in e.context


def test_wir_outside_quotations_is_nobody_in_particular(extract):
    assert extract("Wir/PPER verurteilen/VVFIN/verurteilen den Angriff auf Israel@GPE:ISR .") == []


def test_mobilization_has_no_recipient_even_when_a_country_is_named(extract):
    e = only(extract("Russland@GPE:RUS verdoppelt/VVFIN/verdoppeln die Munitionsproduktion mit Hilfe "
                     "Nordkoreas@GPE:PRK ."), EventType.MOBILIZE)
    assert (e.actor_code, e.recipient_code) == ("RUS", None)


def test_killing_civilians_is_assault(extract):
    e = only(extract("Israelische@NORP:ISR Soldaten töteten/VVFIN/töten drei Palästinenser/NN@NORP:PSE ."),
             EventType.ASSAULT)
    assert (e.actor_code, e.recipient_code) == ("ISR", "PSE")


def test_a_doc_without_sentence_boundaries_is_read_as_one_sentence(blank_nlp):
    doc = blank_nlp("Schweden liefert Panzer an die Ukraine")
    assert extract_events(doc, [], doc_id="d", published=PUBLISHED) == []  # no entities: nothing coded
    assert extract_events(blank_nlp(""), [], doc_id="d", published=PUBLISHED) == []


def test_a_government_in_a_capital_is_coded_by_the_capital(extract):
    e = only(extract("Die Regierung in Peking@GPE:CHN wies/VVFIN/weisen die Kritik aus Washington@GPE:USA als haltlos "
                     "zurück/PTKVZ ."), EventType.REJECT)
    assert (e.actor_code, e.actor_text) == ("CHN", "Die Regierung in Peking")


def test_according_to_and_a_following_warning_mark_reports(extract):
    sourced = only(extract("Nach Angaben des Pentagon@ORG:USA liefert/VVFIN/liefern Washington@GPE:USA der "
                           "Ukraine@GPE:UKR Raketen ."), EventType.AID)
    warned = only(extract("China@GPE:CHN könnte/VMFIN/können Russland@GPE:RUS Waffen liefern/VVINF/liefern , "
                          "warnten/VVFIN/warnen US-Beamte@MISC:USA ."), EventType.AID)
    assert Context.REPORTED in sourced.context
    assert {Context.REPORTED, Context.HYPOTHETICAL} <= set(warned.context)


@pytest.mark.parametrize(("spec", "event_type", "actor", "recipient"), [
    ("Indien@GPE:IND und Brasilien@GPE:BRA vereinbarten/VVFIN/vereinbaren eine Partnerschaft .",
     EventType.AGREE, "IND", "BRA"),
    ("Der Außenminister Chinas@GPE:CHN telefonierte/VVFIN/telefonieren mit Blinken@PER:USA .",
     EventType.CONSULT, "CHN", "USA"),
    ("Die Afrikanische@ORG:AU Union@+ würdigte/VVFIN/würdigen den Einsatz Kenias@GPE:KEN .",
     EventType.SUPPORT, "AU", "KEN"),
    ("Die Junta in Niger@GPE:NER ließ/VVFIN/lassen den französischen@NORP:FRA Botschafter frei/PTKVZ .",
     EventType.CONCEDE, "NER", "FRA"),
    ("Vietnam@GPE:VNM will/VMFIN/wollen mit Japan@GPE:JPN zusammenarbeiten/VVINF/zusammenarbeiten .",
     EventType.COOPERATE, "VNM", "JPN"),
    ("Die Weltbank@ORG:WB stellt/VVFIN/stellen Kredite für Pakistan@GPE:PAK bereit/PTKVZ .",
     EventType.AID, "WB", "PAK"),
    ("Die USA@GPE:USA zogen/VVFIN/ziehen ihre Truppen aus Niger@GPE:NER ab/PTKVZ .",
     EventType.RETREAT, "USA", None),
    ("Der Papst@PER:VAT rief/VVFIN/rufen Russland@GPE:RUS zu Verhandlungen auf/PTKVZ .",
     EventType.REQUEST, "VAT", "RUS"),
    ("Armenien@GPE:ARM beschuldigte/VVFIN/beschuldigen Aserbaidschan@GPE:AZE der Aggression .",
     EventType.ACCUSE, "ARM", "AZE"),
    ("Serbien@GPE:SRB verweigerte/VVFIN/verweigern die Auslieferung an Kosovo@GPE:XKX .",
     EventType.REJECT, "SRB", "XKX"),
    ("Die EU@ORG:EU drohte/VVFIN/drohen Minsk@GPE:BLR mit neuen Strafen .",
     EventType.THREATEN, "EU", "BLR"),
    ("Litauen@GPE:LTU boykottierte/VVFIN/boykottieren die Spiele in China@GPE:CHN .",
     EventType.PROTEST, "LTU", None),
    ("Kanada@GPE:CAN sanktionierte/VVFIN/sanktionieren iranische@NORP:IRN Banken .",
     EventType.SANCTION, "CAN", "IRN"),
    ("Israel@GPE:ISR berief/VVFIN/berufen Tausende Reservisten ein/PTKVZ .",
     EventType.MOBILIZE, "ISR", None),
    ("Die Polizei in Hongkong@GPE:HKG verhaftete/VVFIN/verhaften Aktivisten .",
     EventType.COERCE, "HKG", None),
    ("Die Armee Aserbaidschans@GPE:AZE beschoss/VVFIN/beschießen Stellungen Armeniens@GPE:ARM .",
     EventType.ASSAULT, "AZE", "ARM"),
])
def test_one_more_news_sentence_per_type(extract, spec, event_type, actor, recipient):
    e = only(extract(spec), event_type)
    assert (e.actor_code, e.recipient_code) == (actor, recipient)


def test_a_name_joined_by_und_acts_too_unless_the_event_is_reciprocal(extract):
    sanction = only(extract("Die USA@GPE:USA und Großbritannien@GPE:GBR verhängten/VVFIN/verhängen ein Embargo ."),
                    EventType.SANCTION)
    agree = only(extract("Japan@GPE:JPN und Australien@GPE:AUS unterzeichneten/VVFIN/unterzeichnen ein Abkommen ."),
                 EventType.AGREE)
    assert (sanction.actor_code, sanction.recipient_code) == ("USA", None)
    assert (agree.actor_code, agree.recipient_code) == ("JPN", "AUS")


def test_a_von_phrase_after_a_common_noun_is_no_passive_agent(extract):
    assert extract("Bei den Bombardements von London@GPE:GBR wurden/VAFIN/werden Tausende "
                   "getötet/VVPP/töten .") == []


def test_troops_in_a_town_are_not_that_towns_state_but_a_government_in_a_capital_is(extract):
    troops = extract("Truppen in Wismar@LOC:DEU griffen/VVFIN/greifen Lübeck@LOC:DEU an/PTKVZ .")
    assert [e for e in troops if e.actor_code == "DEU"] == []


def test_an_agency_dateline_before_a_dash_is_not_the_subject(extract):
    e = only(extract("Moskau@GPE:RUS ( dpa@ORG: ) - Die Ukraine@GPE:UKR hat/VAFIN/haben Belgorod@LOC:RUS "
                     "angegriffen/VVPP/angreifen ."), EventType.ASSAULT)
    assert (e.actor_code, e.recipient_code) == ("UKR", "RUS")


# --- events without a named actor, and nouns in adverbial phrases (issue 7) -----------------------

def test_an_agentless_passive_with_a_coded_target_is_kept_without_an_actor(extract):
    e = only(extract("Die Strafzölle auf brasilianischen@NORP:BRA Stahl werden/VAFIN/werden zum Jahresende "
                     "aufgehoben/VVPP/aufheben ."), EventType.CONCEDE)
    assert (e.actor_code, e.recipient_code) == (None, "BRA")


def test_an_agentless_arrest_is_done_by_the_state_where_it_happens(extract):
    e = only(extract("Ein Reporter wurde/VAFIN/werden in Minsk@GPE:BLR festgenommen/VVPP/festnehmen ."),
             EventType.COERCE)
    assert e.actor_code == "BLR"


def test_an_agentless_arrest_without_a_place_is_done_by_the_articles_main_state(extract):
    events = extract("Belarus@GPE:BLR verschärft/VVFIN/verschärfen den Kurs . || Belarus@GPE:BLR schweigt/VVFIN/schweigen . || "
                     "Ein polnischer@NORP:POL Reporter wurde/VAFIN/werden festgenommen/VVPP/festnehmen .")
    e = only(events, EventType.COERCE)
    assert (e.actor_code, e.recipient_code) == ("BLR", "POL")


def test_an_agentless_arrest_naming_no_coded_place_or_party_is_a_local_report_and_dropped(extract):
    events = extract("Belarus@GPE:BLR verschärft/VVFIN/verschärfen den Kurs . || "
                     "Ein Verdächtiger wurde/VAFIN/werden am Bahnhof festgenommen/VVPP/festnehmen .")
    assert [e for e in events if e.event_type is EventType.COERCE] == []


def test_an_agentless_arrest_in_an_article_naming_no_state_is_dropped(extract):
    assert extract("Ein Reporter wurde/VAFIN/werden festgenommen/VVPP/festnehmen .") == []


def test_a_counted_people_protesting_is_a_crowd_against_its_own_state(extract):
    e = only(extract("Gestern sind/VAFIN/sein tausende/ADJA Rumänen@NORP:ROU gegen die neue Steuer "
                     "protestiert/VVPP/protestieren ."), EventType.PROTEST)
    assert (e.actor_code, e.recipient_code) == (None, "ROU")


def test_a_preposition_read_as_a_foreign_word_after_a_dateline_still_opens_a_phrase(extract):
    e = only(extract("Sofia@GPE:BGR – In/FM Sofia@GPE:BGR haben/VAFIN/haben hunderte/ADJA Bulgaren@NORP:BGR "
                     "gegen die Regierung@ORG:BGR protestiert/VVPP/protestieren ."), EventType.PROTEST)
    assert (e.actor_code, e.recipient_code) == (None, "BGR")


def test_a_durch_phrase_after_a_nominalized_act_is_that_acts_agent_not_the_protests(extract):
    events = extract("Proteste gegen die Schließung der Schulen durch die Regierung@ORG:SVK halten/VVFIN/halten an .")
    assert all(e.actor_code != "SVK" for e in events if e.event_type is EventType.PROTEST)


def test_an_agentless_killing_takes_the_actor_of_the_attack_noun_in_its_clause(extract):
    e = only(extract("Bei einem ISIL-Anschlag@MISC:ISIL nahe Gao wurden/VAFIN/werden zwölf malische@NORP:MLI "
                     "Soldaten getötet/VVPP/töten ."), EventType.ASSAULT)
    assert (e.actor_code, e.trigger) == ("ISIL", "getötet")


def test_a_passive_with_an_uncoded_agent_phrase_is_not_agentless(extract):
    assert extract("Der Plan Chinas@GPE:CHN wurde/VAFIN/werden von den Verbündeten weithin "
                   "verspottet/VVPP/verspotten .") == []


def test_an_attack_noun_in_an_adverbial_phrase_is_kept_when_it_names_its_own_target(extract):
    e = only(extract("Bei einem Drohnenangriff auf den Hafen von Odessa@GPE:UKR brannte/VVFIN/brennen ein "
                     "Getreidesilo aus/PTKVZ ."), EventType.ASSAULT)
    assert (e.actor_code, e.recipient_code) == (None, "UKR")


def test_a_noun_in_an_adverbial_phrase_without_target_or_own_actor_stays_background(extract):
    assert extract("Bei seinen Auslandsbesuchen fungiert/VVFIN/fungieren Lukaschenko@PER:BLR oft als Bote .") == []


def test_withholding_support_is_a_rejection(extract):
    e = only(extract("Serbien@GPE:SRB werde/VAFIN/werden die Kandidatur Bulgariens@GPE:BGR nicht "
                     "unterstützen/VVINF/unterstützen ."), EventType.REJECT)
    assert e.actor_code == "SRB" and Context.NEGATED not in e.context


def test_what_is_demanded_is_no_event_of_its_own(extract):
    found = extract("Die USA@GPE:USA fordern/VVFIN/fordern Assads@PER:SYR Rücktritt .")
    assert [e.event_type for e in found] == [EventType.REQUEST]


def test_an_agentless_passive_of_sending_names_no_target_and_is_dropped(extract):
    assert extract("Das Programm wurde/VAFIN/werden nach Brüssel@GPE:EU geschickt/VVPP/schicken .") == []


def test_receiving_a_loan_makes_the_subject_the_recipient_and_the_von_phrase_the_giver(extract):
    e = only(extract("Kiew@GPE:UKR erhält/VVFIN/erhalten vom IWF@ORG:IMF einen Kredit ."), EventType.AID)
    assert (e.actor_code, e.recipient_code) == ("IMF", "UKR")


def test_a_manoeuvre_in_an_adverbial_phrase_is_kept_with_its_genitive_as_actor(extract):
    e = only(extract("Nordkorea@GPE:PRK reagierte/VVFIN/reagieren auf ein Manöver der USA@GPE:USA ."),
             EventType.MOBILIZE)
    assert e.actor_code == "USA"


def test_a_protest_of_unnamed_people_against_a_coded_target_is_kept(extract):
    e = only(extract("Bis zu 12.000 Menschen gingen/VVFIN/gehen gegen Orbán@PER:HUN auf die Straße ."),
             EventType.PROTEST)
    assert (e.actor_code, e.recipient_code) == (None, "HUN")


def test_what_a_state_must_do_has_not_happened(extract):
    assert extract("Kiew@GPE:UKR muss/VMFIN/müssen den Bedingungen noch zustimmen/VVINF/zustimmen .") == []


def test_identifying_oneself_is_no_expulsion(extract):
    assert not [e for e in extract("Die Polizei@ORG:TUR hatte/VAFIN/haben sich nicht ausgewiesen/VVPP/ausweisen .")
                if e.event_type is EventType.COERCE]


def test_a_politician_withdrawing_without_a_place_is_no_retreat(extract):
    assert extract("Rubio@PER:GOP zog/VVFIN/ziehen sich im März zurück/PTKVZ .") == []


def test_criticism_coming_from_a_capital_is_accuse_by_that_capital(extract):
    e = only(extract("Scharfe Kritik kam/VVFIN/kommen aus Moskau@GPE:RUS ."), EventType.ACCUSE)
    assert e.actor_code == "RUS"


def test_a_march_of_unnamed_people_in_a_capital_is_a_protest_against_that_state(extract):
    e = only(extract("Tausende demonstrierten/VVFIN/demonstrieren in Budapest@GPE:HUN ."), EventType.PROTEST)
    assert (e.actor_code, e.recipient_code) == (None, "HUN")


def test_a_preposition_after_an_adverbial_noun_that_is_not_its_types_target_belongs_to_the_verb(extract):
    assert extract("Kurz@PER:AUT verwies/VVFIN/verweisen in puncto Auslandsfinanzierung auf das Gesetz "
                   "Österreichs@GPE:AUT .") == []


def test_an_adverbial_attack_noun_whose_compound_names_the_attacker_is_kept(extract):
    e = only(extract("Bei einem IS-Anschlag@MISC:ISIL nahe Sousse wurden/VAFIN/werden viele Menschen "
                     "getötet/VVPP/töten ."), EventType.ASSAULT)
    assert e.actor_code == "ISIL"


def test_a_summit_that_only_frames_the_time_is_no_event(extract):
    assert not [e for e in extract("Vor Beginn des EU-Gipfels@MISC:EU in Lissabon beschloss/VVFIN/beschließen "
                                   "der Ministerrat mehr Geld .") if e.event_type is EventType.CONSULT]


def test_a_von_phrase_after_a_weekday_is_the_passive_agent(extract):
    e = only(extract("Die Stadt wurde/VAFIN/werden am Samstag von der Armee@ORG:SYR "
                     "zurückerobert/VVPP/zurückerobern ."), EventType.ASSAULT)
    assert e.actor_code == "SYR"


def test_repelling_an_offensive_is_assault_by_the_passive_agent(extract):
    e = only(extract("Der Vorstoß der Milizen wurde/VAFIN/werden von der Armee@ORG:MLI "
                     "zurückgeschlagen/VVPP/zurückschlagen ."), EventType.ASSAULT)
    assert (e.actor_code, e.trigger) == ("MLI", "zurückgeschlagen")


def test_hitting_back_in_words_is_no_assault(extract):
    events = extract("Die Regierung@ORG:MLI schlug/VVFIN/zurückschlagen gegenüber Frankreich@GPE:FRA scharf zurück/PTKVZ .")
    assert all(e.event_type is not EventType.ASSAULT for e in events)
