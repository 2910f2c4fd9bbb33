// The console's fixed words in English or Hindi, as the specialist chooses (remembered in
// this browser). The key is the English text itself: a string missing from a table shows
// in English, never as a blank or a key. What the spoke and the specialist write (names,
// complaints, advice) is never translated. Placeholders like {n} are filled by t().

const STORE_KEY = "hwc-console-language";
export const LANGUAGES = { en: "English", hi: "हिन्दी" };

const HI = {
  "Teleconsultation console": "टेलीकंसल्टेशन कंसोल",
  "Language": "भाषा",
  "Sign out": "साइन आउट",
  "online": "ऑनलाइन",
  "offline": "ऑफ़लाइन",
  "reconnecting": "फिर से जुड़ रहा है",
  "Sign in": "साइन इन करें",
  "Specialists of this hub sign in to see their consult queue.":
    "इस हब के विशेषज्ञ अपनी परामर्श कतार देखने के लिए साइन इन करें।",
  "Username": "यूज़रनेम",
  "Password": "पासवर्ड",
  "Consult queue": "परामर्श कतार",
  "Priority": "प्राथमिकता",
  "Patient": "मरीज़",
  "Consult": "परामर्श",
  "Complaint": "शिकायत",
  "Spoke": "स्पोक",
  "Waiting": "प्रतीक्षा",
  "Status": "स्थिति",
  "No patient is waiting. New consults appear here as spokes send them.":
    "कोई मरीज़ प्रतीक्षा में नहीं है। स्पोक से नए परामर्श आते ही यहाँ दिखेंगे।",
  "1 patient waiting": "1 मरीज़ प्रतीक्षा में",
  "{n} patients waiting": "{n} मरीज़ प्रतीक्षा में",
  "just now": "अभी-अभी",
  "{m} min": "{m} मिनट",
  "{h} h {m} min": "{h} घंटे {m} मिनट",
  "Yours": "आपका",
  "Taken by {name}": "{name} ने लिया",
  "Spoke is calling": "स्पोक कॉल कर रहा है",
  "Open": "खोलें",
  "Take": "लें",
  "Urgent": "अति आवश्यक",
  "Routine": "सामान्य",
  "✉ Review (text)": "✉ समीक्षा (लिखित)",
  "☎ Video call": "☎ वीडियो कॉल",
  "← Queue": "← कतार",
  "Return to queue": "कतार में लौटाएँ",
  "Finish consult": "परामर्श पूरा करें",
  "Sent for review (store-and-forward).": "समीक्षा के लिए भेजा गया (स्टोर-एंड-फ़ॉरवर्ड)।",
  "The spoke could not hold a call: read the case, then answer below with advice, investigations or a referral. A text consult may prescribe List O medicines only; the answer is printed at the spoke.":
    "स्पोक कॉल नहीं कर सका: केस पढ़ें, फिर नीचे सलाह, जाँच या रेफ़रल लिखें। लिखित परामर्श में केवल सूची O की दवाएँ दी जा सकती हैं; उत्तर स्पोक पर छपता है।",
  "Not in a call": "कॉल में नहीं",
  "Weak link at the spoke: audio only. Video returns when the link recovers.":
    "स्पोक पर कमज़ोर नेटवर्क: केवल आवाज़। नेटवर्क ठीक होते ही वीडियो लौट आएगा।",
  "No call": "कोई कॉल नहीं",
  "Call the spoke": "स्पोक को कॉल करें",
  "Mute": "म्यूट करें",
  "Unmute": "आवाज़ चालू करें",
  "Camera off": "कैमरा बंद करें",
  "Camera on": "कैमरा चालू करें",
  "Take photo": "फ़ोटो लें",
  "End call": "कॉल समाप्त करें",
  "History": "इतिहास",
  "Consent": "सहमति",
  "Live vitals": "लाइव वाइटल्स",
  "waiting for the oximeter": "ऑक्सीमीटर की प्रतीक्षा",
  "Pulse": "नाड़ी",
  "Recorded vitals": "दर्ज वाइटल्स",
  "No vitals recorded yet.": "अभी कोई वाइटल दर्ज नहीं है।",
  "Photos": "फ़ोटो",
  "No photos.": "कोई फ़ोटो नहीं।",
  "speaks {language}": "भाषा: {language}",
  "waiting {time}": "{time} से प्रतीक्षा में",
  "urgent": "अति आवश्यक",
  "General medicine": "सामान्य चिकित्सा",
  "Paediatrics": "बाल रोग",
  "Obstetrics and gynaecology": "प्रसूति एवं स्त्री रोग",
  "Dermatology": "त्वचा रोग",
  "ENT": "नाक-कान-गला",
  "Ophthalmology": "नेत्र रोग",
  "Psychiatry": "मनोरोग",
  "Orthopaedics": "हड्डी रोग",
  "Cardiology": "हृदय रोग",
  "Dental": "दंत रोग",
  "Blood pressure": "रक्तचाप",
  "Temperature": "तापमान",
  "Respiratory rate": "साँस की दर",
  "Weight": "वज़न",
  "Height": "लंबाई",
  "Blood glucose": "ब्लड शुगर",
  "Fasting glucose": "खाली पेट शुगर",
  "Heart rate": "हृदय गति",
  "No consent recorded.": "कोई सहमति दर्ज नहीं है।",
  "Sharing this record with ABDM: agreed.": "यह रिकॉर्ड ABDM से साझा करना: सहमति है।",
  "Sharing this record with ABDM: not agreed.": "यह रिकॉर्ड ABDM से साझा करना: सहमति नहीं है।",
  "Still on its way from the spoke": "स्पोक से अभी आ रहा है",
  "live from the spoke": "स्पोक से लाइव",
  "the patient": "मरीज़ स्वयं",
  "{name} ({relation}, for the patient)": "{name} ({relation}, मरीज़ की ओर से)",
  "said yes aloud": "बोलकर हाँ कहा",
  "thumbprint on the printed form": "छपे फ़ॉर्म पर अँगूठे का निशान",
  "signature on the printed form": "छपे फ़ॉर्म पर हस्ताक्षर",
  " (photo of the form in Photos)": " (फ़ॉर्म की फ़ोटो ‘फ़ोटो’ में)",
  "Given by {who}: {how}.": "सहमति दी: {who}, {how}।",
  "Witnessed by {witness}, {when}.": "गवाह: {witness}, {when}।",
  "the health worker": "स्वास्थ्य कर्मी",
  "Withdrawn at {when}.": "{when} को वापस ली गई।",
  "Starting camera and microphone…": "कैमरा और माइक्रोफ़ोन चालू हो रहे हैं…",
  "The spoke did not answer. Try again later; the case stays yours.":
    "स्पोक ने जवाब नहीं दिया। बाद में फिर कोशिश करें; केस आपके पास ही रहेगा।",
  "Ringing the spoke…": "स्पोक को घंटी जा रही है…",
  "The spoke answered; connecting…": "स्पोक ने जवाब दिया; जुड़ रहा है…",
  "The spoke cannot take the call now.": "स्पोक अभी कॉल नहीं ले सकता।",
  "The spoke ended the call.": "स्पोक ने कॉल समाप्त की।",
  "The spoke is rejoining…": "स्पोक फिर से जुड़ रहा है…",
  "In call": "कॉल में",
  "Connection lost; waiting for the spoke to rejoin…": "कनेक्शन टूट गया; स्पोक के फिर जुड़ने की प्रतीक्षा…",
  "Call ended.": "कॉल समाप्त हुई।",
  "Prescription": "पर्ची",
  "Please correct the prescription:": "कृपया पर्ची ठीक करें:",
  "Provisional diagnosis (required before any medicine)": "संभावित निदान (किसी भी दवा से पहले ज़रूरी)",
  "Medicines": "दवाइयाँ",
  "No medicines yet. Type a name above and pick it from the formulary, or press Enter to add it as written.":
    "अभी कोई दवा नहीं। ऊपर नाम लिखें और फ़ॉर्मुलरी से चुनें, या जैसा लिखा है वैसा जोड़ने के लिए Enter दबाएँ।",
  "Investigations advised": "सुझाई गई जाँचें",
  "Advice": "सलाह",
  "Follow-up date": "दोबारा दिखाने की तारीख़",
  "Referral": "रेफ़रल",
  "Paper for the patient": "मरीज़ के लिए पर्ची की भाषा",
  "Beside English. The patient's own language is chosen; headings and the usual doses print in it, what you type prints as written.":
    "अंग्रेज़ी के साथ। मरीज़ की अपनी भाषा चुनी हुई है; शीर्षक और सामान्य खुराकें उसी में छपती हैं, आप जो लिखते हैं वह वैसा ही छपता है।",
  "Sign and send to the spoke": "हस्ताक्षर करके स्पोक को भेजें",
  "Signing finishes the consult; a signed prescription cannot be changed.":
    "हस्ताक्षर से परामर्श पूरा होता है; हस्ताक्षरित पर्ची बदली नहीं जा सकती।",
};

const TABLES = { en: {}, hi: HI };

export function language() {
  const chosen = localStorage.getItem(STORE_KEY);
  return chosen in TABLES ? chosen : "en";
}

export function t(text, params = {}) {
  const words = TABLES[language()][text] ?? text;
  return words.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all));
}

// Elements marked data-i18n keep their English text as the key the first time round.
export function translatePage(root = document) {
  for (const node of root.querySelectorAll("[data-i18n]")) {
    if (!node.dataset.i18n) node.dataset.i18n = node.textContent.trim().replace(/\s+/g, " ");
    node.textContent = t(node.dataset.i18n, JSON.parse(node.dataset.i18nParams || "{}"));
  }
  document.documentElement.lang = language();
}

export function choose(code) {
  localStorage.setItem(STORE_KEY, code in TABLES ? code : "en");
  translatePage();
  document.dispatchEvent(new CustomEvent("hwc:language", { detail: { language: language() } }));
}

// The switch in the top bar, shown before and after signing in.
export function mountSwitch(select) {
  select.replaceChildren(...Object.entries(LANGUAGES).map(([code, name]) => {
    const option = document.createElement("option");
    option.value = code;
    option.textContent = name;
    return option;
  }));
  select.value = language();
  select.addEventListener("change", () => choose(select.value));
  translatePage();
}

// Set an element's words from a key, so a later switch of language translates it again.
export function say(node, text, params = {}) {
  node.dataset.i18n = text;
  node.dataset.i18nParams = JSON.stringify(params);
  node.textContent = t(text, params);
}
