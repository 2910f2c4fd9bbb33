"""Names as a CHO types them: in the patient's own script or in Latin letters.

Search must find "సునీత" when the CHO types "Sunita", and "Sunita" when another CHO
typed "सुनीता". Every name is kept with a loose Latin key beside it: a name in an
Indian script is transliterated with Sanscript (indic_transliteration, offline) into
IAST, then both that and a name typed in Latin letters are folded the same way, so that
the usual ways of spelling one name meet: long and short vowels (ee/i, aa/a), aspirated
and plain consonants (bh/b, sh/s), voiced and voiceless ones (Tamil writes க for both
k and g), doubled letters, and the "a" Hindi does not say ("Rama" and "Ram", कमला and "Kamla").
The key is for finding, never for showing: a few different names share one, and the
result list shows the name as typed, with age, village and guardian, to tell them apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from kiosk.domain import languages

_SCHEME_OF_SCRIPT = {
    lang.script: lang.sanscript for lang in languages.LANGUAGES.values() if lang.sanscript
}
# Sanscript's Tamil scheme reads a bare Tamil consonant as its last (voiced, aspirated)
# reading: ச as "jh", க as "gh". The folding below merges voicing and aspiration anyway;
# only ச needs help, since a Tamil name with ச is written with "s" (சுனிதா, Sunita).
_TAMIL_FIX = (("jh", "s"),)
# Odia writes "wa" with ୱ, which the scheme does not list; its older letter ଵ it knows.
_BEFORE = str.maketrans({"\u0b71": "\u0b35"})
_FOLD = (
    ("ṃ", "n"),  # anusvara before a consonant: "आनंद" is Anand
    ("m̐", "n"),
    ("ṛ", "ri"),  # "कृष्ण" is Krishna
    ("x", "ks"),
    ("q", "k"),
    ("w", "v"),
    ("z", "j"),
    ("f", "p"),
    ("y", "i"),
    ("ou", "au"),
    ("ee", "i"),
    ("oo", "u"),
)
_ASPIRATED = re.compile(r"([kgcjtdpbs])h")
_VOICED = str.maketrans({"g": "k", "d": "t", "b": "p"})
_DOUBLED = re.compile(r"(.)\1+")
# The "a" most north Indian languages leave unsaid between consonants after a vowel:
# कमला is "Kamla", ਗੁਰਪ੍ਰੀਤ is "Gurpreet". Dropped on both sides, so "Kamala" meets too.
_SCHWA = re.compile(r"(?<=[aeiou][^aeiou])a(?=[^aeiou])")


@functools.cache
def _sanscript() -> object:
    from indic_transliteration import sanscript

    return sanscript


def to_latin(text: str) -> str:
    """The text with every word in an Indian script written in IAST (Latin letters
    with diacritics); Latin words stay as they are."""
    out = []
    for word in re.split(r"(\s+)", text):
        script = next((languages.script_of(ch) for ch in word if ch.isalpha()), "Latin")
        scheme = _SCHEME_OF_SCRIPT.get(script)
        if scheme is None:
            out.append(word)
            continue
        sanscript = _sanscript()
        latin = sanscript.transliterate(word.translate(_BEFORE), scheme, sanscript.IAST)  # type: ignore[attr-defined]
        if script == "Tamil":
            for old, new in _TAMIL_FIX:
                latin = latin.replace(old, new)
        out.append(latin)
    return "".join(out)


def _fold_word(word: str) -> str:
    word = re.sub("ṃ$", "m", word)  # a final anusvara (Tamil ம்) is an m
    for old, new in _FOLD[:3]:
        word = word.replace(old, new)
    plain = "".join(
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"
    )
    plain = re.sub(r"[^a-z]", "", plain.lower())
    for old, new in _FOLD[3:]:
        plain = plain.replace(old, new)
    plain = _ASPIRATED.sub(r"\1", plain).translate(_VOICED)
    plain = _DOUBLED.sub(r"\1", plain).replace("aa", "a")
    plain = _SCHWA.sub("", plain)
    plain = _DOUBLED.sub(r"\1", plain)
    if len(plain) > 2 and plain.endswith("a"):
        plain = plain[:-1]
    return plain


def latin_key(text: str) -> str:
    """The loose Latin search key of a name: words folded as the module says, joined by
    spaces. Typed or stored, the same name gives the same key."""
    words = (_fold_word(w) for w in to_latin(text).split())
    return " ".join(w for w in words if w)
