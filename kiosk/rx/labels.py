"""The printed prescription's own words, in English and Hindi.

These are for the patient and the pharmacist, not the kiosk's screens, so they live
here rather than in the Qt translation: plain everyday Hindi, with the English term in
brackets where a pharmacist or a form would use it.
"""

from __future__ import annotations

from datetime import date, datetime

LABELS: dict[str, tuple[str, str]] = {
    # key: (English, Hindi)
    "title": ("e-Prescription", "दवा की पर्ची"),
    "centre": ("Health and Wellness Centre", "आयुष्मान आरोग्य मंदिर"),
    "rx_number": ("Prescription no.", "पर्ची संख्या"),
    "date": ("Date", "दिनांक"),
    "patient": ("Patient", "मरीज़"),
    "age_sex": ("Age / Sex", "उम्र / लिंग"),
    "abha": ("ABHA number", "आभा संख्या"),
    "vitals": ("Vitals", "जाँच के माप"),
    "diagnosis": ("Provisional diagnosis", "संभावित बीमारी"),
    "medicines": ("Medicines", "दवाइयाँ"),
    "medicine": ("Medicine", "दवा"),
    "dose": ("Dose", "खुराक"),
    "frequency": ("How often", "कितनी बार"),
    "duration": ("For how long", "कितने दिन"),
    "instructions": ("How to take", "कैसे लें"),
    "investigations": ("Tests advised", "करवाने वाली जाँचें"),
    "advice": ("Advice", "सलाह"),
    "follow_up": ("Come back on", "दोबारा दिखाने की तारीख"),
    "referral": ("Referred to", "रेफ़र किया गया"),
    "specialist": ("Specialist", "विशेषज्ञ डॉक्टर"),
    "registration": ("Reg. no.", "पंजीकरण संख्या"),
    "hub": ("Hub hospital", "हब अस्पताल"),
    "signed": (
        "Digitally signed by the hub. Scan the QR code to check it.",
        "हब द्वारा डिजिटल हस्ताक्षरित। जाँचने के लिए QR कोड स्कैन करें।",
    ),
    "no_medicines": ("No medicines prescribed.", "कोई दवा नहीं लिखी गई।"),
    # How the teleconsultation happened (Telemedicine Practice Guidelines 2020).
    "consult": ("Teleconsultation", "टेली-परामर्श"),
    "consult_video": ("Video", "वीडियो"),
    "consult_audio": ("Audio (phone-like)", "ऑडियो"),
    "consult_text": ("Text (sent for review)", "लिखित (समीक्षा के लिए भेजा गया)"),
    "consult_first": ("first consult", "पहला परामर्श"),
    "consult_follow_up": ("follow-up", "फ़ॉलो-अप"),
    "consent": ("Consent", "सहमति"),
    "years": ("years", "वर्ष"),
    "female": ("Female", "महिला"),
    "male": ("Male", "पुरुष"),
    "other": ("Other", "अन्य"),
    "blood_pressure": ("BP", "बीपी"),
    "pulse_rate": ("Pulse", "नब्ज़"),
    "heart_rate": ("Heart rate", "धड़कन"),
    "spo2": ("SpO2", "ऑक्सीजन"),
    "body_temperature": ("Temp.", "तापमान"),
    "respiratory_rate": ("Breathing", "साँस की दर"),
    "weight": ("Weight", "वज़न"),
    "height": ("Height", "लंबाई"),
    "bmi": ("BMI", "बीएमआई"),
    "blood_glucose": ("Blood sugar", "ब्लड शुगर"),
    "blood_glucose_fasting": ("Fasting sugar", "खाली पेट शुगर"),
}

_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTHS_HI = [
    *("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून"),
    *("जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"),
]
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAYS_HI = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]


class Words:
    """Labels for one printed language: ``hi`` prints Hindi first with the English
    beside it (pharmacists and forms use the English), ``en`` prints English only."""

    def __init__(self, language: str) -> None:
        self.hindi = language == "hi"

    def __call__(self, key: str) -> str:
        english, hindi = LABELS[key]
        return f"{hindi} / {english}" if self.hindi else english

    def one(self, key: str) -> str:
        """The label in the patient's language only (for tight spots)."""
        english, hindi = LABELS[key]
        return hindi if self.hindi else english

    def day(self, day: date, weekday: bool = False) -> str:
        months = _MONTHS_HI if self.hindi else _MONTHS_EN
        text = f"{day.day} {months[day.month - 1]} {day.year}"
        if weekday:
            text += f" ({(_DAYS_HI if self.hindi else _DAYS_EN)[day.weekday()]})"
        return text

    def moment(self, moment: datetime) -> str:
        return f"{self.day(moment.date())}, {moment:%H:%M}"
