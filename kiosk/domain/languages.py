"""The languages the kiosk speaks: one registry for the screens, the paper and the installer.

Each language names its script, the family that draws it (the Noto Sans face from
Debian's ``fonts-noto-core``, on screen and paper alike, except Odia), the
IBus/m17n input methods a CHO types it with, and the transliteration scheme that turns a
name in that script into Latin letters for search. Numbers are written with Western
digits in every language (see docs/languages.md): that is how prescriptions, medicine
strips and phones write them in all of these states, and what a pharmacist reads. Dates
are "day month year" with the month in the language's own words.

Odia is drawn with Lohit Odia (``fonts-lohit-orya``), on screen and paper, not Noto Sans
Oriya: the Noto Sans Oriya in Debian 12 (version 2.000) leaves the vowel signs u, uu and
the i + candrabindu sign beside a conjunct instead of under or over it (କରନ୍ତୁ, ନାହିଁ), and
it names only the new OpenType script tag ``ory2``, so Qt's font database (which looks
for ``orya`` in fontconfig's capabilities) does not list it as an Odia font at all.
Lohit Odia has no bold face (``font_bold``) and no digits or Latin punctuation: the
paper draws those in Noto Sans inside the Odia words (kiosk/rx/fonts.py);
docs/languages.md has the details.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, the suffix of kiosk_<code>.ts and of the paper's word file
    english: str
    native: str
    script: str  # ISO 15924 name, as Qt and fontconfig know it
    font: str  # the family for the paper, and the screens unless screen_font says

    blocks: tuple[tuple[int, int], ...]  # the script's Unicode blocks
    input_methods: tuple[str, ...]  # IBus engines, the phonetic one first
    sanscript: str  # indic_transliteration scheme; "" for Latin
    months: tuple[str, ...]
    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday() counts
    digits: str = "western"  # how numbers are written on screen and paper
    font_package: str = "fonts-noto-core"  # the Debian package that installs ``font``
    font_bold: bool = True  # ``font`` has a Bold face (the paper's headings)
    screen_font: str = ""  # the family for the screens where it is not ``font``
    screen_font_package: str = ""

    @property
    def on_screen(self) -> str:
        """The family Qt draws this language with."""
        return self.screen_font or self.font

    @property
    def latin(self) -> bool:
        return self.script == "Latin"


def _w(*parts: str) -> tuple[str, ...]:
    return tuple(" ".join(parts).split())


_EN_MONTHS = "January February March April May June July August September October November December"
_EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_DEVA = ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))

LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language(
            "en", "English", "English", "Latin", "Noto Sans", (), ("xkb:us::eng",), "",
            _w(_EN_MONTHS), _w(_EN_DAYS),
        ),
        Language(
            "hi", "Hindi", "हिन्दी", "Devanagari", "Noto Sans Devanagari", _DEVA,
            ("m17n:hi:itrans", "m17n:hi:inscript2"), "devanagari",
            _w("जनवरी फ़रवरी मार्च अप्रैल मई जून", "जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर"),
            _w("सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार"),
        ),
        Language(
            "te", "Telugu", "తెలుగు", "Telugu", "Noto Sans Telugu", ((0x0C00, 0x0C7F),),
            ("m17n:te:itrans", "m17n:te:inscript2"), "telugu",
            _w("జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్", "జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్"),
            _w("సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం ఆదివారం"),
        ),
        Language(
            "bn", "Bengali", "বাংলা", "Bengali", "Noto Sans Bengali", ((0x0980, 0x09FF),),
            ("m17n:bn:itrans", "m17n:bn:inscript2"), "bengali",
            _w("জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন", "জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর"),
            _w("সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার"),
        ),
        Language(
            "kn", "Kannada", "ಕನ್ನಡ", "Kannada", "Noto Sans Kannada", ((0x0C80, 0x0CFF),),
            ("m17n:kn:itrans", "m17n:kn:inscript2"), "kannada",
            _w("ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್", "ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್"),
            _w("ಸೋಮವಾರ ಮಂಗಳವಾರ ಬುಧವಾರ ಗುರುವಾರ ಶುಕ್ರವಾರ ಶನಿವಾರ ಭಾನುವಾರ"),
        ),
        Language(
            "ta", "Tamil", "தமிழ்", "Tamil", "Noto Sans Tamil", ((0x0B80, 0x0BFF),),
            ("m17n:ta:tamil99", "m17n:ta:itrans", "m17n:ta:inscript2"), "tamil",
            _w("ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன்", "ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்"),
            _w("திங்கள் செவ்வாய் புதன் வியாழன் வெள்ளி சனி ஞாயிறு"),
        ),
        Language(
            "mr", "Marathi", "मराठी", "Devanagari", "Noto Sans Devanagari", _DEVA,
            ("m17n:mr:itrans", "m17n:mr:inscript2"), "devanagari",
            _w("जानेवारी फेब्रुवारी मार्च एप्रिल मे जून", "जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर"),
            _w("सोमवार मंगळवार बुधवार गुरुवार शुक्रवार शनिवार रविवार"),
        ),
        Language(
            "gu", "Gujarati", "ગુજરાતી", "Gujarati", "Noto Sans Gujarati", ((0x0A80, 0x0AFF),),
            ("m17n:gu:itrans", "m17n:gu:inscript2"), "gujarati",
            _w("જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન", "જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર"),
            _w("સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર રવિવાર"),
        ),
        Language(
            "or", "Odia", "ଓଡ଼ିଆ", "Oriya", "Lohit Odia", ((0x0B00, 0x0B7F),),
            ("m17n:or:itrans", "m17n:or:inscript2"), "oriya",
            _w("ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମଇ ଜୁନ", "ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର"),
            _w("ସୋମବାର ମଙ୍ଗଳବାର ବୁଧବାର ଗୁରୁବାର ଶୁକ୍ରବାର ଶନିବାର ରବିବାର"),
            font_package="fonts-lohit-orya",
            font_bold=False,
        ),
        Language(
            "ml", "Malayalam", "മലയാളം", "Malayalam", "Noto Sans Malayalam", ((0x0D00, 0x0D7F),),
            ("m17n:ml:mozhi", "m17n:ml:inscript2"), "malayalam",
            _w("ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ", "ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ"),
            _w("തിങ്കൾ ചൊവ്വ ബുധൻ വ്യാഴം വെള്ളി ശനി ഞായർ"),
        ),
        Language(
            "pa", "Punjabi", "ਪੰਜਾਬੀ", "Gurmukhi", "Noto Sans Gurmukhi", ((0x0A00, 0x0A7F),),
            ("m17n:pa:itrans", "m17n:pa:inscript2-guru"), "gurmukhi",
            _w("ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ", "ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ"),
            _w("ਸੋਮਵਾਰ ਮੰਗਲਵਾਰ ਬੁੱਧਵਾਰ ਵੀਰਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਨਿੱਚਰਵਾਰ ਐਤਵਾਰ"),
        ),
    )
}  # fmt: skip
CODES = tuple(LANGUAGES)
DEFAULT = "hi"


def get(code: str) -> Language:
    """The language for a code; an unknown code is English, never a crash on the paper."""
    return LANGUAGES.get(code, LANGUAGES["en"])


def known(code: str) -> bool:
    return code in LANGUAGES


def parse_list(text: str) -> tuple[str, ...]:
    """A kiosk's enabled languages, written "te, ta, en": known codes in order, once each;
    an empty list means every language."""
    chosen: list[str] = []
    for part in text.replace(",", " ").split():
        code = part.strip().lower()
        if code not in LANGUAGES:
            raise ValueError(f"unknown language {part!r} (known: {', '.join(CODES)})")
        if code not in chosen:
            chosen.append(code)
    return tuple(chosen) or CODES


def script_of(ch: str) -> str:
    """The script a character belongs to ("Latin" for anything not in an Indic block)."""
    code = ord(ch)
    for lang in LANGUAGES.values():
        for low, high in lang.blocks:
            if low <= code <= high:
                return lang.script
    return "Latin"


def is_indic(ch: str) -> bool:
    return script_of(ch) != "Latin"


def font_for_script(script: str) -> str:
    return next(lang.font for lang in LANGUAGES.values() if lang.script == script)


def has_bold(script: str) -> bool:
    """Whether the script's paper family has a Bold face (Lohit Odia has none)."""
    return next(lang.font_bold for lang in LANGUAGES.values() if lang.script == script)


def screen_font_for_script(script: str) -> str:
    return next(lang.on_screen for lang in LANGUAGES.values() if lang.script == script)


def package_for_font(family: str) -> str:
    """The Debian package that installs a family the registry names."""
    for lang in LANGUAGES.values():
        if lang.screen_font == family:
            return lang.screen_font_package
        if lang.font == family:
            return lang.font_package
    return "fonts-noto-core"


# The OpenType script tag Qt looks for in fontconfig's "capability" of a font before it
# counts the font as one for that writing system (the first-generation tags: a font that
# names only the new "ory2" is not an Odia font to Qt). Latin needs no tag.
QT_OPENTYPE_TAGS = {
    "Devanagari": "deva",
    "Bengali": "beng",
    "Gurmukhi": "guru",
    "Gujarati": "gujr",
    "Oriya": "orya",
    "Tamil": "taml",
    "Telugu": "telu",
    "Kannada": "knda",
    "Malayalam": "mlym",
}


def scripts(codes: tuple[str, ...] = CODES) -> tuple[str, ...]:
    """The scripts of some languages, once each, in order."""
    out: list[str] = []
    for code in codes:
        script = get(code).script
        if script not in out:
            out.append(script)
    return tuple(out)


def format_day(code: str, day: date, weekday: bool = False) -> str:
    """'3 December 2026' in the language's words, with Western digits."""
    lang = get(code)
    text = f"{day.day} {lang.months[day.month - 1]} {day.year}"
    if weekday:
        text += f" ({lang.weekdays[day.weekday()]})"
    return text
