"""Search keys for free text: case-, accent- and Arabic-variant-insensitive matching.

Lists of members and contacts are filtered on every keystroke over up to ~20,000 rows.
The rows' haystacks are folded once, when the list is loaded (:func:`search_key`); per
keystroke only the query is folded, and that is cached, so :func:`matches` costs a few
substring tests per row.

The rule for digits (phone numbers are typed with spaces in every possible place): a run
of consecutive query terms that hold only digits and phone punctuation (``+ - . ( ) /``)
matches when *either* its digits joined together appear in the haystack ("0661 23" finds
the key ``0661234567``), *or* each of those terms appears on its own ("12 rue" style
queries keep working). Every other term must simply appear in the haystack.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["fold", "matches", "matcher", "search_key"]

# Characters NFKD leaves alone but that people type interchangeably. Alef with hamza or
# madda (أ إ آ), and ؤ ئ, are already reduced to their base letter by NFKD + dropping marks.
_REPLACEMENTS: dict[int, str | None] = {
    0x0640: None,  # tatweel (kashida) only stretches a word
    0x0671: "\u0627",  # alef wasla -> alef
    0x0629: "\u0647",  # teh marbuta -> heh: فاطمة / فاطمه
    0x0649: "\u064a",  # alef maksura -> yeh: مصطفى / مصطفي
    0x06CC: "\u064a",  # Farsi yeh, common in text pasted from other keyboards
    0x00E6: "ae",  # æ does not decompose
    0x0153: "oe",  # œ: "Cœur" must be found by "coeur"
    0x2019: "'",  # typographic apostrophe: "L’Oréal" vs "L'Oréal"
    0x2018: "'",
    0x02BC: "'",
}
# Arabic-Indic and Persian digits, so a phone typed on an Arabic keyboard still matches.
_REPLACEMENTS.update({0x0660 + i: str(i) for i in range(10)})
_REPLACEMENTS.update({0x06F0 + i: str(i) for i in range(10)})


class _FoldTable(dict[int, str | None]):
    """``str.translate`` table that decides each code point once, then remembers it.

    Deleting every combining mark (accents, tashkeel) with a precomputed table would mean
    scanning all of Unicode at import; deciding lazily keeps the import instant.
    """

    def __missing__(self, codepoint: int) -> str | None:
        if codepoint in _REPLACEMENTS:
            value = _REPLACEMENTS[codepoint]
        elif unicodedata.combining(chr(codepoint)):
            value = None
        else:
            value = chr(codepoint)
        self[codepoint] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str | None) -> str:
    """Return the search key of ``text``: no case, no accents, one spelling per Arabic letter.

    ``"École"`` -> ``"ecole"``; ``"أحمد"`` and ``"إحمد"`` -> ``"احمد"``; tashkeel and tatweel
    are dropped, ``ة`` -> ``ه`` and ``ى`` -> ``ي``. ``None`` -> ``""``.
    """
    if not text:
        return ""
    if text.isascii():
        # The common case (names, e-mails, phone keys) skips the Unicode work entirely.
        return text.lower()
    # NFKD before casefold, so that compatibility letters ("𝘈", "Ⓐ") reach a cased form;
    # NFKD again after it, because casefold may compose marks back on ("İ" -> "i̇").
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return unicodedata.normalize("NFKD", decomposed).translate(_FOLD_TABLE)


def search_key(*parts: str | None) -> str:
    """Fold and join the searchable fields of one row (computed once per row, not per keystroke)."""
    return " ".join(folded for folded in map(fold, parts) if folded)


_PHONE_LIKE = re.compile(r"[+\-.()/]*\d[\d+\-.()/]*")
_NOT_DIGIT = re.compile(r"\D")

# A plan has one entry per term (or run of digit terms) of the query; an entry lists the
# ways it may be satisfied; a way is the substrings that must all be in the haystack.
_Plan = tuple[tuple[tuple[str, ...], ...], ...]


@lru_cache(maxsize=128)
def _plan(query: str) -> _Plan:
    terms = fold(query).split()
    plan: list[tuple[tuple[str, ...], ...]] = []
    run: list[str] = []

    def close_run() -> None:
        if not run:
            return
        separately = tuple(run)
        joined = _NOT_DIGIT.sub("", "".join(run))
        if len(run) == 1 and joined == run[0]:
            plan.append((separately,))
        else:
            plan.append(((joined,), separately))
        run.clear()

    for term in terms:
        if _PHONE_LIKE.fullmatch(term):
            run.append(term)
        else:
            close_run()
            plan.append(((term,),))
    close_run()
    return tuple(plan)


def _satisfied(plan: _Plan, haystack: str) -> bool:
    # Plain loops rather than any()/all() generators: this runs ~20,000 times a keystroke.
    for ways in plan:
        for way in ways:
            for part in way:
                if part not in haystack:
                    break
            else:
                break
        else:
            return False
    return True


def matches(query: str, haystack: str) -> bool:
    """Tell whether every term of ``query`` is found in ``haystack`` (already folded).

    An empty query matches everything. See the module docstring for the rule on digits.
    """
    return _satisfied(_plan(query), haystack)


def matcher(query: str) -> Callable[[str], bool]:
    """Return a predicate over folded haystacks, for filtering many rows with one query."""
    plan = _plan(query)
    simple = [ways[0][0] for ways in plan if len(ways) == 1 and len(ways[0]) == 1]
    if len(simple) == len(plan):
        # The usual query (words, one number without spaces): one substring test per term.
        if len(simple) == 1:
            term = simple[0]
            return lambda haystack: term in haystack
        return lambda haystack: all(term in haystack for term in simple)
    return lambda haystack: _satisfied(plan, haystack)


def narrows(previous: str, query: str) -> bool:
    """Tell whether every haystack ``query`` matches is matched by ``previous`` too.

    True when the user typed on: both queries are plain terms (no run of digits split by
    spaces) and each term of ``previous`` is inside the term of ``query`` at the same place.
    The rows shown for ``previous`` can then be filtered again instead of the whole list.
    """
    before, after = _plan(previous), _plan(query)
    if not before or len(after) < len(before):
        return False
    if any(len(ways) != 1 or len(ways[0]) != 1 for ways in (*before, *after)):
        return False
    return all(old[0][0] in new[0][0] for old, new in zip(before, after, strict=False))
