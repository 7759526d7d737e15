"""Search keys: folding of case, accents and Arabic spellings, and query matching."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import fold, matcher, matches, search_key
from app.domain.validation import phone_search_keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("École", "ecole"),
        ("ÉCOLE SUPÉRIEURE", "ecole superieure"),
        ("Hôtel Façade Noël", "hotel facade noel"),
        ("Cœur", "coeur"),
        ("L’Oréal", "l'oreal"),
        ("Straße", "strasse"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_removes_case_and_accents(text: str | None, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize("variant", ["أحمد", "إحمد", "آحمد", "احمد", "ٱحمد"])
def test_fold_unifies_alef_forms(variant: str) -> None:
    assert fold(variant) == "احمد"


def test_fold_drops_tashkeel_and_tatweel() -> None:
    assert fold("مُحَمَّد") == "محمد"
    assert fold("محـــمد") == "محمد"


def test_fold_unifies_teh_marbuta_and_alef_maksura() -> None:
    assert fold("فاطمة") == fold("فاطمه") == "فاطمه"
    assert fold("مصطفى") == fold("مصطفي") == "مصطفي"


def test_fold_turns_arabic_indic_digits_into_ascii() -> None:
    assert fold("٠٦٦١ ۲۳") == "0661 23"


def test_search_key_joins_folded_fields_and_skips_empty_ones() -> None:
    assert search_key("Éluard", None, "", "Société Générale") == "eluard societe generale"


def test_matches_requires_every_term_in_any_order() -> None:
    haystack = search_key("Jean-Pierre Éluard", "Société Générale", "Casablanca")
    assert matches("eluard", haystack)
    assert matches("GÉNÉRALE jean", haystack)
    assert matches("casa soc", haystack)
    assert not matches("eluard rabat", haystack)


def test_empty_query_matches_everything() -> None:
    assert matches("", "anything")
    assert matches("   ", "")
    assert matcher("")("anything")


def test_arabic_query_finds_name_spelled_with_other_alef() -> None:
    haystack = search_key("أحمد بنعلي", "فاطمة")
    assert matches("احمد", haystack)
    assert matches("إحمد فاطمه", haystack)


PHONE = phone_search_keys("+212661234567")


@pytest.mark.parametrize(
    "query", ["0661", "661 23", "0661 23", "06 61 23 45 67", "+212 661", "00212 661 23", "212661234567"]
)
def test_phone_typed_any_way_finds_the_member(query: str) -> None:
    haystack = search_key("Karim Alaoui", PHONE)
    assert matches(query, haystack)
    assert matcher(query)(haystack)


@pytest.mark.parametrize("query", ["0662", "661 24", "06 61 99"])
def test_other_phone_does_not_match(query: str) -> None:
    haystack = search_key("Karim Alaoui", PHONE)
    assert not matches(query, haystack)
    assert not matcher(query)(haystack)


def test_digit_terms_also_match_separately() -> None:
    # "12 20" is not a phone here: the address holds both numbers apart.
    haystack = search_key("12 rue Ibn Batouta, bureau 20")
    assert matches("rue 12 20", haystack)
    assert matches("bureau 20 12", haystack)
    assert not matches("rue 12 21", haystack)


def test_words_around_a_phone_still_have_to_match() -> None:
    haystack = search_key("Karim Alaoui", PHONE)
    assert matches("karim 0661 23", haystack)
    assert not matches("nadia 0661 23", haystack)


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_combining_mark(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(char) for char in folded)


@given(st.text())
def test_any_text_finds_itself(text: str) -> None:
    assert matches(text, fold(text))
    assert matcher(text)(fold(text))


@given(st.text(alphabet="abcdeéèêàâçïôùûœ ABCDEÉÈÀÇ-'0123456789"), st.data())
def test_any_word_of_a_row_typed_in_capitals_finds_it(text: str, data: st.DataObject) -> None:
    words = text.split()
    haystack = search_key(text)
    if words:
        word = data.draw(st.sampled_from(words))
        assert matches(word.upper(), haystack)


@given(st.text(), st.text())
def test_matcher_agrees_with_matches(query: str, row: str) -> None:
    haystack = fold(row)
    assert matcher(query)(haystack) == matches(query, haystack)
