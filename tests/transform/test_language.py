"""Language of a document, and the dates of French, Spanish, German and Russian text.

Every sentence is invented."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from transform.dates import tag_dates
from transform.language import detect_language

REF = dt.date(2020, 5, 13)  # a Wednesday


@pytest.mark.parametrize(
    "text, language",
    [
        ("The harbour board met on Monday and the vote was put off for a week.", "en"),
        ("Le port a rouvert ses quais et les bateaux sont revenus dans la baie pour la saison.", "fr"),
        ("El puerto abrió sus muelles y los barcos volvieron a la bahía para la temporada.", "es"),
        ("Der Hafen hat die Kais wieder geöffnet, und die Schiffe sind für die Saison zurück.", "de"),
        ("Порт снова открыл причалы, и суда вернулись в бухту, как это было и раньше.", "ru"),
        ("Merci.", "en"),  # too few words to tell: English
        ("", "en"),
    ],
)
def test_detect_language(text, language):
    assert detect_language([text]) == language


@pytest.mark.parametrize(
    "sentence, raw, timex_value",
    [
        ("Le conseil a voté la loi le 5 mai 2020 et la séance est levée pour les membres.", "5 mai 2020", "2020-05-05"),
        ("Les élus se sont réunis le 1er mars 2019 dans la salle des fêtes de la ville.", "1er mars 2019", "2019-03-01"),
        ("La digue a été achevée en décembre 1998 par les ouvriers de la commune.", "décembre 1998", "1998-12"),
        ("Le marché a fermé vendredi et les commerçants sont partis dans la nuit.", "vendredi", "2020-05-08"),
        ("La lettre du 04/05/2016 est dans les archives de la mairie pour les chercheurs.", "04/05/2016", "2016-05-04"),
        ("El consejo aprobó la ley el 3 de marzo de 1999 y los miembros se fueron a casa.", "3 de marzo de 1999", "1999-03-03"),
        ("Los pescadores salieron el lunes con sus barcos y volvieron con la pesca del día.", "lunes", "2020-05-11"),
        ("Der Rat hat das Gesetz am 5. Mai 2020 beschlossen, und die Sitzung ist für die Mitglieder beendet.",
         "5. Mai 2020", "2020-05-05"),
        ("Die Brücke wurde im Dezember 1998 eröffnet, und die Stadt hat mit einem Fest gefeiert.", "Dezember 1998", "1998-12"),
        ("Совет принял закон 5 мая 2020 года, и это было для них не просто так, как он сказал.", "5 мая 2020", "2020-05-05"),
        ("Суда вернулись в порт в пятницу, и это было для всех очень важно, как он сказал.", "пятницу", "2020-05-08"),
    ],
)
def test_foreign_dates(sentence, raw, timex_value):
    found = {m.raw: m.timex_value for m in tag_dates([sentence], reference=REF)}
    assert found.get(raw) == timex_value, found


def test_a_weekday_name_that_is_a_common_noun_is_no_date():
    """Russian "среда" is Wednesday and "environment"; a date says "в среду"."""
    sentence = "Программа «Городская среда» помогла отремонтировать здание, и в среду его открыли для всех жителей."
    found = [m.raw for m in tag_dates([sentence], reference=REF, language="ru")]
    assert "среда" not in found and "среду" in found


def test_english_patterns_only_read_english():
    """A French "mai" is no English month, nor an English "May" the French one."""
    assert [m.raw for m in tag_dates(["Arrived on 5 mai 2020."], language="en")] == ["2020"]


@given(st.text(max_size=200))
def test_detect_language_never_raises(text):
    assert detect_language([text]) in ("en", "fr", "es", "de", "ru")
