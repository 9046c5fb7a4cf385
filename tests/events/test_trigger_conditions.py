"""Ambiguous trigger words are events only under their lexicon conditions: a cue word in the clause, a
preposition, or no forbidden preposition. Each pair: the news reading, then an everyday reading."""
from __future__ import annotations

from datetime import date

import pytest

from eventline.events import extract_events
from schemas import EventType


@pytest.fixture()
def types(tagged):
    def run(spec: str) -> list[EventType]:
        return [e.event_type for e in extract_events(tagged(spec), [], doc_id="d1", published=date(2024, 3, 4))]

    return run


@pytest.mark.parametrize(("event", "everyday", "event_type"), [
    ("Bolivien@GPE:BOL brach/VVFIN/brechen die Beziehungen zu Israel@GPE:ISR ab/PTKVZ .",
     "Die Türkei@GPE:TUR brach/VVFIN/brechen das Spiel gegen Israel@GPE:ISR ab/PTKVZ .", EventType.SANCTION),
    ("Deutschland@GPE:DEU stoppte/VVFIN/stoppen die Lieferungen an Saudi-Arabien@GPE:SAU .",
     "Deutschland@GPE:DEU stoppte/VVFIN/stoppen den Zug nach Polen@GPE:POL .", EventType.SANCTION),
    ("Vietnam@GPE:VNM vertiefte/VVFIN/vertiefen die Beziehungen zu den USA@GPE:USA .",
     "Vietnam@GPE:VNM vertiefte/VVFIN/vertiefen den Hafen von Haiphong .", EventType.COOPERATE),
    ("Japan@GPE:JPN sagte/VVFIN/sagen der Ukraine@GPE:UKR weitere Hilfe zu/PTKVZ .",
     "Japan@GPE:JPN sagte/VVFIN/sagen der Ukraine@GPE:UKR die Teilnahme zu/PTKVZ .", EventType.AID),
    ("Die Hamas@ORG:HAM nahm/VVFIN/nehmen den Vorschlag Ägyptens@GPE:EGY an/PTKVZ .",
     "Die Hamas@ORG:HAM nahm/VVFIN/nehmen einen neuen Namen an/PTKVZ .", EventType.AGREE),
    ("Ägypten@GPE:EGY entließ/VVFIN/entlassen den Aktivisten aus der Haft .",
     "Ägypten@GPE:EGY entließ/VVFIN/entlassen den Finanzminister .", EventType.CONCEDE),
    ("Russland@GPE:RUS tauschte/VVFIN/tauschen Gefangene mit der Ukraine@GPE:UKR aus/PTKVZ .",
     "Russland@GPE:RUS tauschte/VVFIN/tauschen den Botschafter in Kiew@GPE:UKR aus/PTKVZ .", EventType.CONCEDE),
    ("Die Huthis@ORG:HTI feuerten/VVFIN/feuern Raketen auf Eilat@GPE:ISR ab/PTKVZ .",
     "Nordkorea@GPE:PRK feuerte/VVFIN/feuern eine Rakete ins Meer ab/PTKVZ .", EventType.ASSAULT),
    ("Die Junta in Myanmar@GPE:MMR schlug/VVFIN/schlagen den Aufstand nieder/PTKVZ .",
     "Die Krise in Russland@GPE:RUS schlägt/VVFIN/schlagen sich in den Zahlen nieder/PTKVZ .", EventType.COERCE),
    ("Selenskyj@PER:UKR warb/VVFIN/werben in Washington@GPE:USA um/APPR Hilfe .",
     "Frankreich@GPE:FRA wirbt/VVFIN/werben neue Piloten an/PTKVZ .", EventType.REQUEST),
    ("Die Truppen Russlands@GPE:RUS räumten/VVFIN/räumen die Stadt Cherson .",
     "Die Regierung Italiens@GPE:ITA räumte/VVFIN/räumen das Lager .", EventType.RETREAT),
    ("Die USA@GPE:USA verlegten/VVFIN/verlegen Soldaten nach Polen@GPE:POL .",
     "Die USA@GPE:USA verlegten/VVFIN/verlegen den Gipfel nach Polen@GPE:POL .", EventType.MOBILIZE),
    ("Blinken@PER:USA sprach/VVFIN/sprechen mit Wang@PER:CHN Yi@+ .",
     "Blinken@PER:USA sprach/VVFIN/sprechen von einem Erfolg in China@GPE:CHN .", EventType.CONSULT),
    ("Die Slowakei@GPE:SVK sperrte/VVFIN/sperren sich gegen die Hilfe für Kiew@GPE:UKR .",
     "Die Slowakei@GPE:SVK sperrte/VVFIN/sperren die Grenze zu Ungarn@GPE:HUN .", EventType.REJECT),
    ("Katar@GPE:QAT vermittelte/VVFIN/vermitteln zwischen/APPR Israel@GPE:ISR und der Hamas@ORG:HAM .",
     "Katar@GPE:QAT vermittelte/VVFIN/vermitteln den Eindruck von Stärke .", EventType.AGREE),
    ("Die EU@ORG:EU verschärfte/VVFIN/verschärfen die Sanktionen gegen Iran@GPE:IRN .",
     "Die EU@ORG:EU verschärfte/VVFIN/verschärfen die Regeln für Banken in Iran@GPE:IRN .", EventType.SANCTION),
])
def test_an_ambiguous_trigger_is_an_event_only_in_its_news_reading(types, event, everyday, event_type):
    assert event_type in types(event)
    assert event_type not in types(everyday)


def test_material_support_is_no_verbal_support(types):
    assert EventType.SUPPORT not in types("Finnland@GPE:FIN kämpfte/VVFIN/kämpfen mit deutscher@NORP:DEU "
                                          "Unterstützung .")


def test_speaking_out_for_a_treaty_is_support_not_the_treaty_itself(types):
    found = types("Der Außenminister Frankreichs@GPE:FRA hat/VAFIN/haben sich für einen Vertrag mit "
                  "Deutschland@GPE:DEU ausgesprochen/VVPP/aussprechen .")
    assert EventType.SUPPORT in found and EventType.AGREE not in found
    assert EventType.REJECT in types("Österreich@GPE:AUT sprach/VVFIN/sprechen sich gegen den Beitritt "
                                     "Rumäniens@GPE:ROU aus/PTKVZ .")
