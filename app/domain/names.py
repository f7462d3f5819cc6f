"""Name folding for search: the same key for the spellings officers actually type.

Arabic: hamza and alef forms (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي, lone ء dropped), taa marbuta (ة -> ه),
alef maqsura (ى -> ي), tatweel and diacritics (harakat, shadda, sukun, superscript alef)
removed, the article "ال" dropped from the start of words longer than three letters.
Latin: accents removed, case folded, the articles El / Al / L dropped as separate words, and common
transliteration variants folded: "ou" -> "u", "ph" -> "f", doubled letters single.

Both the cache (when records are stored) and the queries go through `fold`, so a query matches
whenever its folded words are prefixes of the record's folded words.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_AR_MAP = str.maketrans(
    {
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ
        "\u0624": "\u0648",  # ؤ -> و
        "\u0626": "\u064a",  # ئ -> ي
        "\u0621": None,  # lone hamza
        "\u0629": "\u0647",  # ة -> ه
        "\u0649": "\u064a",  # ى -> ي
        "\u06cc": "\u064a",  # Persian yeh
        "\u06a9": "\u0643",  # keheh
        "\u0640": None,  # tatweel
    }
)
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_AR_ARTICLE = "\u0627\u0644"  # ال
_LATIN_ARTICLES = frozenset({"el", "al", "l"})
_SPLIT = re.compile(r"[^\w]+|_")
_DOUBLES = re.compile(r"([a-z])\1+")


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _fold_arabic(word: str) -> str:
    word = _AR_MARKS.sub("", word).translate(_AR_MAP)
    while word.startswith(_AR_ARTICLE) and len(word) > 3:  # (repeated: folding is idempotent)
        word = word[2:]
    return word


def _fold_latin(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    while True:  # to a fixed point: "oouu" -> "ouu" -> "ou" -> "u" (folding is idempotent)
        folded = _DOUBLES.sub(r"\1", plain.replace("ou", "u").replace("ph", "f"))
        if folded == plain:
            return folded
        plain = folded


def words(text: str) -> list[str]:
    """The folded words of `text`, in order (articles dropped)."""
    out: list[str] = []
    for chunk in text.split():
        out.extend(_fold_chunk(chunk))
    return out


@functools.lru_cache(maxsize=65536)  # names repeat a lot: a million records, a few thousand words
def _fold_chunk(chunk: str) -> tuple[str, ...]:
    chunk = _AR_MARKS.sub("", chunk).replace("\u0640", "")  # marks would split words
    chunk = "".join(
        ch for ch in unicodedata.normalize("NFKD", chunk) if not unicodedata.combining(ch)
    )
    out: list[str] = []
    for raw in _SPLIT.split(chunk):
        if not raw:
            continue
        arabic = _is_arabic(raw)
        w = _fold_latin(_fold_arabic(raw) if arabic else raw)
        if not arabic and w in _LATIN_ARTICLES:
            continue
        if w:
            out.append(w)
    return tuple(out)


def fold(text: str) -> str:
    """The search key of a name: its folded words joined by single spaces."""
    return " ".join(words(text))
