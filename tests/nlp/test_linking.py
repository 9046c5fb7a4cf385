"""Within-document linking: later mentions of a person and pronoun antecedents."""
from __future__ import annotations


def _codes(nlp, text: str, name: str) -> list[str]:
    return [e.kb_id_ for e in nlp(text).ents if e.text == name]


def _antecedents(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(t.text, t._.antecedent.text if t._.antecedent is not None else None)
            for t in doc if t.lower_ in ("er", "ihn", "ihm", "sie", "ihr")]


def test_a_later_surname_takes_the_code_of_the_full_mention(nlp):
    text = "Der britische Verteidigungsminister Tom Brennecke kam an. Später sagte Herr Brennecke, er sei zufrieden."
    assert _codes(nlp, text, "Brennecke") == ["GBR"]


def test_an_unrelated_name_is_not_linked(nlp):
    text = "Der britische Verteidigungsminister Tom Brennecke kam an. Später sagte Herr Maier, er sei zufrieden."
    assert _codes(nlp, text, "Maier") == [""]


def test_er_refers_to_the_last_man_mentioned(nlp):
    text = "Wladimir Putin traf Olaf Scholz. Er sagte, die Lage sei ernst."
    assert _antecedents(nlp, text) == [("Er", "Olaf Scholz")]


def test_er_skips_women(nlp):
    text = "Olaf Scholz traf Annalena Baerbock. Er sagte, die Lage sei ernst."
    assert _antecedents(nlp, text) == [("Er", "Olaf Scholz")]


def test_sie_refers_to_the_only_woman(nlp):
    text = "Annalena Baerbock traf Olaf Scholz. Danach sagte sie, die Lage sei ernst."
    assert _antecedents(nlp, text) == [("sie", "Annalena Baerbock")]


def test_a_title_tells_the_gender_of_an_unknown_person(nlp):
    text = "Gestern sprach Frau Brennecke lange. Danach sagte sie, die Lage sei ernst."
    assert _antecedents(nlp, text) == [("sie", "Brennecke")]


def test_sie_refers_to_the_only_feminine_organization(nlp):
    text = "Die Nato verstärkt ihre Truppen. Außerdem will sie mehr Geld ausgeben."
    assert _antecedents(nlp, text) == [("sie", "Nato")]


def test_sie_stays_unresolved_when_it_is_unclear(nlp):
    text = "Die Nato und die EU beraten. Außerdem wollen sie mehr Geld ausgeben."
    assert _antecedents(nlp, text) == [("sie", None)]


def test_pronouns_far_from_any_person_stay_unresolved(nlp):
    text = "Olaf Scholz kam. Es regnete. Es schneite. Es stürmte. Dann sagte er nichts."
    assert _antecedents(nlp, text) == [("er", None)]


def test_a_genitive_later_mention_is_the_same_person(nlp):
    text = "Der britische Verteidigungsminister Tom Brennecke kam an. Brenneckes Rede war kurz."
    assert _codes(nlp, text, "Brenneckes") == ["GBR"]


def test_a_later_surname_is_a_person_even_without_a_code(nlp):
    text = "Gestern sprach der Ökonom Karl Hamsbach. Hamsbach sagte, die Lage sei ernst."
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Hamsbach"] == [("Hamsbach", "PER")]


def test_er_prefers_a_person_who_is_not_inside_a_prepositional_phrase(nlp):
    text = "Olaf Scholz reist oft als Gesandter für Wladimir Putin. Dann sagte er nichts."
    assert _antecedents(nlp, text) == [("er", "Olaf Scholz")]


def test_er_after_a_relative_clause_subject_takes_that_subject(nlp):
    text = "Olaf Scholz traf Boris Pistorius, bei dem Friedrich Merz sprach. Er lobte die Lage."
    assert _antecedents(nlp, text) == [("Er", "Friedrich Merz")]


def test_a_common_noun_with_an_article_is_not_a_later_mention(nlp):
    doc = nlp("Helmut Kohl regierte lange. Kohl sagte nichts. Der Kohl war gut.")
    assert [(e.start, e.label_) for e in doc.ents if e.text == "Kohl" and e.kb_id_] == [(5, "PER")]


def test_an_abbreviation_in_brackets_after_a_coded_name_is_that_name(nlp):
    text = "Die rumänische Staatsanwaltschaft (DNA) ermittelt. Die DNA will Anklage erheben."
    assert [e.kb_id_ for e in nlp(text).ents if e.text == "DNA"] == ["ROU", "ROU"]


def test_a_surname_written_first_links_later_mentions(nlp):
    text = "UN-Generalsekretär Ban Ki-moon reiste an. Ban lobte die Regierung."
    assert _codes(nlp, text, "Ban") == ["UN"]


def test_a_party_the_dictionary_lacks_is_coded_by_its_bracketed_abbreviation(nlp):
    text = "Die Nationale Bürgerfront (NBF) verlor. Die NBF will nun klagen."
    assert [e.kb_id_ for e in nlp(text).ents if e.text == "NBF"] == ["NBF", "NBF"]
