<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN" sourcelanguage="en_GB">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA கார்டை ஸ்கேன் செய்யுங்கள்</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>கார்டில் உள்ள QR குறியீட்டை கேமராவின் முன் பிடியுங்கள்.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்து செய்</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>கேமரா கிடைக்கவில்லை. அதற்குப் பதிலாக கார்டில் உள்ள விவரங்களை டைப் செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>கேமராவைத் தொடங்க முடியவில்லை. அதற்குப் பதிலாக விவரங்களை டைப் செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>இந்த QR குறியீடு ABHA கார்டுடையது அல்ல.</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>சிஎச்ஓ கணக்குகள்</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>யார் உள்நுழையலாம்</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>புதிய கணக்கைச் சேர்க்கவும்</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>முழுப் பெயர்</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>பயனர் பெயர்</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ஆங்கில எழுத்துகளில், எ.கா. sunita</translation>
    </message>
    <message>
        <source>CHO</source>
        <translation>சிஎச்ஓ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>பின் (4 முதல் 8 இலக்கங்கள்)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>பின் மீண்டும்</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>கணக்கைச் சேர்</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>இரண்டு பின்களும் ஒன்றாக இல்லை.</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} இப்போது உள்நுழையலாம்.</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>பேக்கப் எடுக்கப்படவில்லை: பேக்கப் டிரைவ் இணைக்கப்படவில்லை. தயவுசெய்து அதை இணையுங்கள்.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>பேக்கப் எடுக்கப்படவில்லை: பேக்கப் டிரைவ் நிரம்பிவிட்டது. தயவுசெய்து மாவட்ட IT-யிடம் சொல்லுங்கள்.</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>பேக்கப் எடுக்கப்படவில்லை. தயவுசெய்து மாவட்ட IT-யிடம் சொல்லுங்கள் (&apos;kiosk doctor&apos; காரணத்தைக் காட்டும்).</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>அழைப்புகளுக்கான கேமரா மற்றும் ஒலி</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>கேமரா</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>மைக்ரோஃபோன்</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ஸ்பீக்கர்</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>அழைப்பின் போது மாற்றம் உடனே நடைமுறைக்கு வரும்: அழைப்பு ஒரு கணம் மீண்டும் இணையும். இல்லையெனில் அடுத்த அழைப்பிலிருந்து நடைமுறைக்கு வரும்.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்து செய்</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>கேமரா கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>டெர்மினலின் இயல்புநிலை</translation>
    </message>
    <message>
        <source>None</source>
        <translation>எதுவுமில்லை</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>ஹப்பை அழை</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>ஹப்புக்குத் தெரிவிக்கப்பட்டது: நிபுணர் இங்கேயே அழைப்பார்.</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>இந்த கேஸ் இன்னும் ஹப்பை அடையவில்லை; இன்னும் அனுப்பப்படுகிறது.</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>அழைப்புகள் இல்லை: ஹப்புடன் இணைப்பு இல்லை.</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty} நிபுணர் ஆன்லைனில் இருக்கிறார்.</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>இப்போது எந்த நிபுணரும் ஆன்லைனில் இல்லை; கேஸ் வரிசையில் காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>அழைக்குமாறு ஹப்பிடம் கேட்கப்படுகிறது…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>நிபுணரின் வீடியோவுக்காகக் காத்திருக்கிறது…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>கேமரா ஆஃப்</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>பல்ஸ்</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ஒலியை நிறுத்து</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>சாதனங்கள்</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>அழைப்பை முடி</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>கேஸுக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>ஹப் நிபுணர்</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name} உடன் அழைப்பில்</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>அழைப்பு முடிந்தது</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>ஒலி மட்டும்: நீங்கள் இன்னும் ஒருவரையொருவர் கேட்க முடியும்.</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>நல்ல இணைப்பு</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>சுமாரான இணைப்பு</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>பலவீனமான இணைப்பு</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>இணைக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>மீண்டும் இணைக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>இணைப்பு துண்டிக்கப்பட்டது. அதே ஆலோசனைக்கு மீண்டும் இணைக்கப்படுகிறது; தயவுசெய்து காத்திருங்கள்.</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>இணையம் பலவீனமாக உள்ளது, அதனால் அழைப்பு ஒலியுடன் மட்டும் தொடர்கிறது. இணையம் சரியானதும் வீடியோ தானாகவே திரும்பும்.</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>ஒலிப் பிரச்சனை: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>நிபுணர் அழைப்பை முடித்தார்.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>நீங்கள் அழைப்பை முடித்தீர்கள்.</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>அழைப்பை மீண்டும் இணைக்க முடியவில்லை. நிபுணர் மீண்டும் அழைக்கலாம்.</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>நீங்கள் அழைப்பை நிராகரித்தீர்கள்.</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>அழைப்பு முடிந்துவிட்டது.</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ஒலியை இயக்கு</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>கேமரா ஆன்</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>தொலை ஆலோசனைக்கான ஒப்புதல்</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>நோயாளியே</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>பெற்றோர் அல்லது பாதுகாவலர்</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} வயதுக்குக் கீழ்: பெற்றோர் அல்லது பாதுகாவலர் ஒப்புதல் தருவார்.</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>ஒப்புதல் தருபவர்</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>பெற்றோர் அல்லது பாதுகாவலர் பெயர்</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>தேர்ந்தெடுங்கள்…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>நோயாளியுடன் உறவு</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>வாய்மொழியாக</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>கைரேகை</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>கையொப்பம்</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>ஒப்புதல் எப்படித் தரப்பட்டது</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>கேமரா ஆஃப்</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>கையொப்பமிட்ட படிவத்தின் புகைப்படத்தை கேஸுடன் வையுங்கள்.</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>கேமராவைத் தொடங்கு</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>படிவத்தைப் புகைப்படம் எடு</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>இந்தப் பதிவை ABDM உடன் பகிரவும் சம்மதம்</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>சாட்சி: {name} (நீங்கள்)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்து செய்</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>ஒப்புதலைச் சேமி</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>கேமரா கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>கேமராவை நிறுத்து</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>படிவத்தின் புகைப்படம் கேஸுடன் சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>ஒப்புதலைப் பதிவிடு</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>படிவத்தை அச்சிடு</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>ஒப்புதலைத் திரும்பப் பெறு</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>ஒப்புதல்: இன்னும் பதிவாகவில்லை. முதலில் நோயாளியிடம் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time} மணிக்கு ஒப்புதல் திரும்பப் பெறப்பட்டது. இனி எந்த ஆலோசனையும் நடக்காது.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDM உடன் பகிர்வு: சம்மதம்.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDM உடன் பகிர்வு: சம்மதம் இல்லை.</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>நோயாளியே</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>ஒப்புதல் தந்தவர்: {who}; முறை: {how}. சாட்சி: {witness}, {when}.</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>திரும்பப் பெற மீண்டும் தட்டவும்</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>நோயாளி சொன்னால் மட்டும் திரும்பப் பெறுங்கள். பிறகு ஹப் மருத்துவர் இந்த ஆலோசனையை எடுக்க முடியாது.</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>ஒப்புதல் படிவம் பிரிண்டர் {printer}-க்கு அனுப்பப்பட்டது.</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>எந்த அச்சுப்பொறியும் பதிலளிக்கவில்லை. அச்சுப்பொறியைச் சரிபார்த்து, படிவத்தை மீண்டும் அச்சிடுங்கள்.</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>நோயாளிக்கு இதை {language} மொழியில் படித்துக் காட்டுங்கள்:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>இதே வாசகம் {language} மொழியில், உங்களுக்காக:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>பதிவிடு</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>இணைக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>நேரலை</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>சிக்னல் இல்லை</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>துண்டிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>பிடுங்கப்பட்டது</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>அடையாளம் காணப்படவில்லை</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>சாதனம் துண்டிக்கப்பட்டது. ஏற்கனவே பதிவான அளவுகள் பாதுகாப்பாக உள்ளன.</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>இந்தச் சாதனம் அடையாளம் காணப்படவில்லை. மாவட்ட IT இதன் டிரைவரைத் தேர்ந்தெடுக்கலாம்.</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>பிபி (ரத்த அழுத்தம்)</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time} மணிக்குப் பதிவு: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>பதிவானது, {when} எடுத்தது: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>சாதனங்கள்</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>நிலைத்ததும் தானே பதிவிடு</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>வைட்டல்ஸ் சாதனம் எதுவும் இணைக்கப்படவில்லை. ஒன்றை இணையுங்கள், அல்லது கீழே அளவுகளை டைப் செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>புரோப் பிரச்சனை</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>பல்ஸ் தேடப்படுகிறது</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>விரல் புரோபுக்கு வெளியே உள்ளது</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>சென்சார் இணைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>சென்சார் நோயாளியிடமிருந்து விலகியுள்ளது</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>அசைவு: கையை அசையாமல் வையுங்கள்</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>சிக்னல் போய்விட்டது</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>பல்ஸ் சிக்னல் பலவீனமாக உள்ளது</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>குறைந்த SpO2 அலாரம்</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>எடை நிலைபெறுகிறது…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>எடை இயந்திரத்தின் வரம்பு மீறியது</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>கண்ட்ரோல் சொல்யூஷன் சோதனை, நோயாளியின் அளவீடு அல்ல</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>உணவுக்கு முன்</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>உணவுக்குப் பின்</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>மீட்டரின் வரம்புக்கு மேல்</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>மீட்டரின் வரம்புக்குக் கீழ்</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>மீட்டர் இந்த முடிவைச் சந்தேகமானது எனக் குறித்துள்ளது</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>டிஸ்க் ஏறக்குறைய நிரம்பிவிட்டது ({free} MB மீதம்): நோயாளிகளின் பதிவுகளுக்கு இடம் வைக்க புதிய புகைப்படங்கள் எடுக்கப்படவில்லை. தயவுசெய்து இன்றே மாவட்ட IT-யிடம் சொல்லுங்கள்.</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>டிஸ்க் நிரம்பி வருகிறது ({free} MB மீதம்). தயவுசெய்து விரைவில் மாவட்ட IT-யிடம் சொல்லுங்கள்.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>புகைப்படம் சேமிக்கப்படவில்லை: டிஸ்க் ஏறக்குறைய நிரம்பிவிட்டது, மீதமுள்ள இடம் நோயாளிகளின் பதிவுகளுக்காக வைக்கப்பட்டுள்ளது. கேஸும் அதன் முந்தைய புகைப்படங்களும் பாதுகாப்பாக உள்ளன. தயவுசெய்து மாவட்ட IT-யிடம் சொல்லுங்கள்.</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>புகைப்படம் சேமிக்கப்படவில்லை: டிஸ்க் நிரம்பிவிட்டது. கேஸும் அதன் முந்தைய புகைப்படங்களும் பாதுகாப்பாக உள்ளன. தயவுசெய்து மாவட்ட IT-யிடம் சொல்லுங்கள்.</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>ஹப்பிலிருந்து வந்த பதிவுகளைச் சேமிக்க முடியவில்லை: டிஸ்க் நிரம்பிவிட்டது. எதுவும் இழக்கப்படவில்லை; இடம் கிடைத்ததும் அவை மீண்டும் வரும். தயவுசெய்து மாவட்ட IT-யிடம் சொல்லுங்கள்.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>பேக்கப் எடுக்கப்படவில்லை: பேக்கப் டிரைவ் நிரம்பிவிட்டது. தயவுசெய்து மாவட்ட IT-யிடம் சொல்லுங்கள்.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>சேமிக்கப்படவில்லை: கியோஸ்க்கின் டிஸ்க் நிரம்பிவிட்டது. முன்பு சேமித்தவை அனைத்தும் பாதுகாப்பாக உள்ளன, நீங்கள் டைப் செய்தது இன்னும் திரையில் உள்ளது. இடம் ஒதுக்க மாவட்ட IT-யிடம் சொல்லி, பிறகு மீண்டும் சேமியுங்கள்.</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>கேஸ் குறிப்புகள்</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>முக்கிய பிரச்சனை</translation>
    </message>
    <message>
        <source>History</source>
        <translation>முந்தைய வரலாறு</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>குறிப்புகளைச் சேமி</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>ஹப்புடன் ஆலோசனை</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>சிறப்புப் பிரிவைத் தேர்ந்தெடுங்கள்…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>சிறப்புப் பிரிவு</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>அவசரம்</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>மதிப்பாய்வுக்கு அனுப்பு</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>அழைப்பு தேவையில்லை: நிபுணர் கேஸைப் படித்து எழுத்தில் பதில் தருவார்.</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>ஆலோசனை கோரு</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>வைட்டல்ஸ்</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>பாதுகாவலர்: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>ABHA {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time} மணிக்குத் திறக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>மொழி: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>மதிப்பாய்வுக்கு அனுப்பப்பட்டது. நிபுணர் எழுத்தில் பதில் தருவார்; பதில் மற்ற மருந்துச் சீட்டுகள் போலவே இங்கே அச்சாகும்.</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>ஆலோசனை கோரப்பட்டது. இணைப்பு கிடைத்தவுடன் கேஸ் ஹப்புக்குச் செல்லும்; நீங்கள் வைட்டல்ஸைத் தொடர்ந்து சேர்க்கலாம்.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} மணிக்குச் சேமிக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>ஃபாலோ-அப் சீட்டை அச்சிடு</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>இந்த மருந்துச் சீட்டில் மீண்டும் வர வேண்டிய நாள் இல்லை: அச்சிட ஃபாலோ-அப் சீட்டு இல்லை.</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>மீண்டும் வர வேண்டிய நாள்: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>ஃபாலோ-அப் சீட்டு பிரிண்டருக்கு அனுப்பப்படுகிறது…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>ஃபாலோ-அப் சீட்டைத் தயாரிக்க முடியவில்லை: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>ஃபாலோ-அப் சீட்டு பிரிண்டர் {printer}-இல் காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>ஃபாலோ-அப் சீட்டு {printer}-இல் அச்சிடப்படுகிறது.</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>ஃபாலோ-அப் சீட்டு {printer}-இல் அச்சிடப்பட்டது.</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>பிரிண்டர் {printer} நின்றுவிட்டது: காகிதத்தையும் மின்சாரத்தையும் பாருங்கள். சீட்டு காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>பிரிண்டர் {printer} ஃபாலோ-அப் சீட்டை அச்சிட முடியவில்லை. மீண்டும் அச்சிடுங்கள்.</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>அச்சிடப்படவில்லை: இந்தக் கியோஸ்க்கில் எந்தப் பிரிண்டரும் தேர்ந்தெடுக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>அச்சிடப்படவில்லை: அச்சுச் சேவை வேலை செய்யவில்லை.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>அச்சிடப்படவில்லை: பிரிண்டர் {printer} இந்தக் கியோஸ்க்கில் அமைக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>அச்சிடப்படவில்லை: பிரிண்டர் {printer} சீட்டை ஏற்கவில்லை.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>ஃபாலோ-அப்கள்</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>இன்று ஃபாலோ-அப் எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>இன்று வர வேண்டும்</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} நாள் தாமதம்</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>வணக்கம், {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>இன்றைய கேஸ்கள்</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>நேரம்</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>நோயாளி</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>பிரச்சனை</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>இன்று இன்னும் கேஸ் எதுவும் இல்லை. கேஸைத் தொடங்க நோயாளியைத் தேடுங்கள் அல்லது பதிவு செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>நோயாளி தேடல் / பதிவு</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>மாத அறிக்கை</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>சிஎச்ஓ கணக்குகள்</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(இன்னும் பிரச்சனை எழுதப்படவில்லை)</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} கேஸ்கள்</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Incoming video call</source>
        <translation>வீடியோ அழைப்பு வருகிறது</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>நிராகரி</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>பதிலளி</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>ஒரு ஹப் நிபுணர்</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} அழைக்கிறார்</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} பற்றி. நோயாளியை அருகில் வைத்துக்கொண்டு பதிலளியுங்கள்.</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>ஹப்புக்காகக் காத்திருக்கும் ஒரு கேஸ் பற்றி.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>உள்நுழை</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>டெமோ கியோஸ்க்: &apos;{user}&apos; ஆக பின் {pin} கொண்டு உள்நுழையுங்கள்.</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>யார் உள்நுழைகிறார்?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>பின்</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>அழி</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>முதலில் உங்கள் பெயரைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>உங்கள் பின்னை டைப் செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>பின்னைச் சரிபார்க்க முடியவில்லை: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>பல முறை தவறான பின் போடப்பட்டது. இந்தக் கணக்கு {time} வரை பூட்டப்பட்டுள்ளது. வேறொரு சிஎச்ஓ-வை உள்நுழையச் சொல்லுங்கள், அல்லது காத்திருங்கள்.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>தவறான பின். கணக்கு 5 நிமிடங்கள் பூட்டப்படுவதற்கு முன் இன்னும் {count} முயற்சிகள் உள்ளன.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>HWC ஸ்போக் கியோஸ்க்</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>முகப்பு</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>பூட்டு</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>ஹப் நிராகரித்தவை {n}</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>அனுப்ப வேண்டியவை {n}</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>அனைத்தும் அனுப்பப்பட்டன</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>கியோஸ்க்கின் தரவைச் சேமிக்கவோ படிக்கவோ முடியவில்லை: {error}. ஏற்கனவே சேமித்தவை பாதுகாப்பாக உள்ளன. இது மீண்டும் நடந்தால் மாவட்ட IT-யை அழையுங்கள்.</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>ஏதோ தவறு நடந்தது, மாவட்ட IT-க்காக லாகில் எழுதப்பட்டது. ஏற்கனவே சேமித்தவை பாதுகாப்பாக உள்ளன.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>பிரச்சனை</translation>
    </message>
</context>
<context>
    <name>MemoryDownload</name>
    <message>
        <source>Read memory</source>
        <translation>நினைவகத்தைப் படி</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>சாதனத்தில் சேமித்த முடிவுகளைப் படி</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>சாதனத்திடம் அதன் நினைவகம் கேட்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>இப்போது சாதனத்திடம் கேட்க முடியாது. அது நேரலையில் இருக்கும்போது மீண்டும் முயலுங்கள்.</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>சாதனத்தின் நினைவகம் படிக்கப்படுகிறது… இதுவரை {n} பதிவுகள்</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>சாதனத்தின் நினைவகம் படிக்கப்படுகிறது… {total}-இல் {n} பதிவுகள்</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>சாதனத்தின் நினைவகம் காலியாக உள்ளது.</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>நினைவகம் படிக்கப்பட்டது: {n} பதிவுகள்.</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>{total}-இல் {n} பதிவுகளுக்குப் பிறகு சாதனம் நின்றுவிட்டது. மீண்டும் முயலுங்கள்.</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>சாதனத்தில் சேமித்த முடிவுகள், புதியது முதலில். இப்போது எடுத்ததைத் தேர்ந்தெடுங்கள்:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>இருந்தாலும் பதிவிடு</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்து செய்</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>பதிவானது</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>நோயாளி முடிவல்ல</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>பதிவிட முடியாது</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>இதைப் பதிவிடு</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>இன்று {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>நேற்று {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>இன்று {time} மணிக்கு</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>நேற்று {time} மணிக்கு</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} அன்று {time} மணிக்கு</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>கிளினிக் கடிகாரத்தை விட முன்னால்</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} நிமி. முன்பு</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} மணி. முன்பு</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 நாள் முன்பு</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} நாள் முன்பு</translation>
    </message>
    <message>
        <source>HI</source>
        <translation>HI</translation>
    </message>
    <message>
        <source>LO</source>
        <translation>LO</translation>
    </message>
    <message>
        <source>This result&apos;s time ({when}) is ahead of the clinic clock: the device&apos;s clock is wrong. Record it only if it is the result just taken for this patient, and set the device&apos;s clock.</source>
        <translation>இந்த முடிவின் நேரம் ({when}) கிளினிக் கடிகாரத்தை விட முன்னால் உள்ளது: சாதனத்தின் கடிகாரம் தவறு. இது இந்த நோயாளிக்கு இப்போதுதான் எடுத்த முடிவு என்றால் மட்டும் பதிவிடுங்கள், சாதனத்தின் கடிகாரத்தையும் சரிசெய்யுங்கள்.</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>இந்த முடிவு {when} எடுத்தது, இன்று அல்ல. சாதனம் பழைய முடிவுகளை வைத்திருக்கும், பெரும்பாலும் வேறு நோயாளியுடையவை. இது இந்த நோயாளியுடையது, இப்போது எடுத்தது என்றால் மட்டும் பதிவிடுங்கள்.</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>இந்த முடிவு {age} ({when}) எடுக்கப்பட்டது, இப்போது அல்ல. இது இந்த நோயாளியுடையது என்றால் மட்டும் பதிவிடுங்கள்.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>ஜனவரி</translation>
    </message>
    <message>
        <source>February</source>
        <translation>பிப்ரவரி</translation>
    </message>
    <message>
        <source>March</source>
        <translation>மார்ச்</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ஏப்ரல்</translation>
    </message>
    <message>
        <source>May</source>
        <translation>மே</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ஜூன்</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ஜூலை</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ஆகஸ்ட்</translation>
    </message>
    <message>
        <source>September</source>
        <translation>செப்டம்பர்</translation>
    </message>
    <message>
        <source>October</source>
        <translation>அக்டோபர்</translation>
    </message>
    <message>
        <source>November</source>
        <translation>நவம்பர்</translation>
    </message>
    <message>
        <source>December</source>
        <translation>டிசம்பர்</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>மாத அறிக்கை</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>முந்தைய மாதம்</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>அடுத்த மாதம்</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV, PDF சேமி</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>அறிக்கையை அச்சிடு</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>இந்த மாதம் எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>நோயாளிகள்</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>பார்த்த நோயாளிகள்</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>புதிய பதிவுகள்</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>திறந்த கேஸ்கள்</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>மொத்தம்</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>சிறப்புப் பிரிவு வாரியாக ஆலோசனைகள்</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>எடுத்த வைட்டல்ஸ்</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>மருந்துச் சீட்டுகளும் ஃபாலோ-அப்களும்</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>வந்த மருந்துச் சீட்டுகள்</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>பரிந்துரைகள் (ரெஃபரல்)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>வர வேண்டிய ஃபாலோ-அப்கள்</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>தவறிய ஃபாலோ-அப்கள்</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder}-இல் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>பிரிண்டருக்கு அனுப்பப்பட்டது.</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>அச்சிட முடியவில்லை: பிரிண்டர் தயாராக இல்லை. அறிக்கை PDF ஆகச் சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>அறிக்கையைச் சேமிக்க முடியவில்லை.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>புகைப்படங்கள்</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>கேமரா அணைக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>கேமரா</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>கேமராவைத் தொடங்கு</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>நோயாளியின் புகைப்படம்</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>மருத்துவப் புகைப்படம்</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>கேமரா கிடைக்கவில்லை. USB வெப்கேமை இணைத்து, இந்த கேஸை மீண்டும் திறங்கள்.</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>கேமராவைத் தொடங்க முடியவில்லை. அதன் கேபிளைச் சரிபாருங்கள், அல்லது வேறொன்றைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>கேமராவை நிறுத்து</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>பல்ஸ் அலை</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>மருந்துச் சீட்டு</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>இந்த கேஸின் மருந்துச் சீட்டு நிராகரிக்கப்பட்டது. {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>மருந்துச் சீட்டு</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>கேஸுக்குத் திரும்பு</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>நோயாளிக்காக அச்சிடு</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>காகிதம்</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 மி.மீ.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>அச்சிடு</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>ஹப் கையொப்பமிட்டது, இந்தக் கியோஸ்க் சரிபார்த்தது. இதை இங்கே மாற்ற முடியாது; QR குறியீடு மூலம் மருந்தாளுநர் இதைச் சரிபார்க்கலாம்.</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name} அவர்களின் மருந்துச் சீட்டு</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}. {count} மருந்துகள்.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>மீண்டும் அச்சிடு</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>இன்னும் அச்சிடப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>பிரிண்டருக்கு அனுப்பப்படுகிறது…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>அச்சிட முடியவில்லை: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>பிரிண்டர் {printer}-இல் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer}-இல் அச்சிடப்படுகிறது</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer}-இல் அச்சிடப்பட்டது</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>பிரிண்டர் {printer} நின்றுவிட்டது: காகிதத்தையும் மின்சாரத்தையும் பாருங்கள். அச்சுப் பணி காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>பிரிண்டர் {printer} இதை அச்சிட முடியவில்லை. மீண்டும் அச்சிடுங்கள்.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>அச்சிடப்படவில்லை: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>நோயாளியின் பதிவு</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>கேஸ்</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>வைட்டல்</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>புகைப்படம்</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>ஹப் நிராகரித்தது</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>ஹப் நிராகரித்த மாற்றங்கள்</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>இந்த மாற்றங்கள் இந்தக் கியோஸ்க்கில் பாதுகாப்பாக வைக்கப்பட்டுள்ளன. இவற்றைச் சார்ந்தவை மட்டுமே காத்திருக்கின்றன; மற்ற அனைத்தும் ஹப்புக்குச் சென்றுகொண்டே இருக்கும். காட்டப்பட்ட காரணத்தை மாவட்ட IT-யிடம் சொல்லுங்கள்; அவர்கள் சரிசெய்த பிறகு &quot;மீண்டும் முயற்சி செய்&quot; அழுத்துங்கள்.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>பதிவான நேரம்</translation>
    </message>
    <message>
        <source>What</source>
        <translation>என்ன</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>முயற்சிகள்</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>எதுவும் நிராகரிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>மீண்டும் முயற்சி செய்</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>இந்தக் கியோஸ்கின் பதிவுகளுக்கான மீட்பு விசை</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>இந்தக் கியோஸ்கில் உள்ள பதிவுகள் இந்தக் கணினிக்குள் வைக்கப்பட்ட ஒரு விசையால் பூட்டப்பட்டுள்ளன. இந்தக் கணினி பழுதானாலோ மாற்றப்பட்டாலோ, இந்த மீட்பு விசை மட்டுமே அவற்றை மீண்டும் திறக்கும்.</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>இதை இப்போதே காகிதத்தில் காட்டியபடியே சரியாக எழுதி, அந்தக் காகிதத்தை மாவட்ட IT-யிடம் கொடுங்கள். அதை இந்தக் கணினியின் அருகில் வைக்காதீர்கள்: கணினியும் இந்த விசையும் இரண்டும் உள்ளவர் எல்லாப் பதிவுகளையும் படிக்க முடியும்.</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>உறுதிப்படுத்த, நீங்கள் எழுதியபடியே விசையின் கடைசிக் குழுவைத் தட்டச்சு செய்யுங்கள்</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4 எழுத்துகளும் எண்களும் கொண்ட {count} குழுக்கள்; கடைசியானது {count}-ஆவது குழு</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>நான் இதை எழுதிவிட்டேன்</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>அது விசையின் கடைசிக் குழு அல்ல. நீங்கள் எழுதியதைத் திரையுடன் ஒப்பிட்டுப் பார்த்து, கடைசிக் குழுவை மீண்டும் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>நோயாளி விவரங்களைத் திருத்து</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>நோயாளியைப் பதிவு செய்</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>முழுப் பெயர் *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>பெண்</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ஆண்</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>மற்றவர்</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>பாலினம் *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>வயது (ஆண்டுகளில்)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>அல்லது பிறந்த தேதி:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>வயது (ஆண்டுகளில்) *</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>மொபைல் எண்</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 இலக்கங்கள்</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>தந்தை அல்லது கணவர் பெயர்</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA எண்</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14 இலக்கங்கள், ABHA கார்டிலிருந்து</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA முகவரி</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>எ.கா. name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>கிராமம்</translation>
    </message>
    <message>
        <source>District</source>
        <translation>மாவட்டம்</translation>
    </message>
    <message>
        <source>State</source>
        <translation>மாநிலம்</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>நோயாளியின் மொழி</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்து செய்</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>மாற்றங்களைச் சேமி</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>சேமித்து கேஸைத் தொடங்கு</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA கார்டை ஸ்கேன் செய்யுங்கள்</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>நோயாளியைத் தேடு</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>புதிய நோயாளியைப் பதிவு செய்</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>பெயர், ஃபோன், ABHA எண் அல்லது கிராமம்</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>நோயாளிகளைத் தேடு</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>பொருந்தும் நோயாளிகள்</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>நோயாளி யாரும் தேர்ந்தெடுக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>புதிய கேஸைத் தொடங்கு</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>விவரங்களைத் திருத்து</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos; உடன் பொருந்தும் நோயாளி இல்லை. எழுத்துப்பிழையைச் சரிபாருங்கள், ஃபோன் எண்ணால் தேடுங்கள், அல்லது புதிய நோயாளியைப் பதிவு செய்யுங்கள்.</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>இன்னும் நோயாளி யாரும் பதிவு செய்யப்படவில்லை.</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>மேலே தேடுங்கள், பிறகு கேஸைத் தொடங்க ஒரு நோயாளியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>வயது / பாலினம்</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>பாதுகாவலர்</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>கிராமம்</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ஃபோன்</translation>
    </message>
    <message>
        <source>ABHA</source>
        <translation>ABHA</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Welcome</source>
        <translation>வரவேற்கிறோம்</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>இந்தக் கியோஸ்க்கில் இன்னும் கணக்கு எதுவும் இல்லை. முதல் கணக்கை உருவாக்குங்கள்; பிறகு அதிலிருந்து மற்ற சிஎச்ஓ-க்களைச் சேர்க்கலாம்.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>முழுப் பெயர்</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>பயனர் பெயர்</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ஆங்கில எழுத்துகளில், எ.கா. sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>பின் (4 முதல் 8 இலக்கங்கள்)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>பின் மீண்டும்</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>கணக்கை உருவாக்கு</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>இரண்டு பின்களும் ஒன்றாக இல்லை.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>பெ</translation>
    </message>
    <message>
        <source>M</source>
        <translation>ஆ</translation>
    </message>
    <message>
        <source>O</source>
        <translation>ம</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>ஒரு நிமிடத்துக்குள்</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} நிமி.</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} மணி</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} நாள்</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>ஒத்திசைவு</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>காட்டு</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>இப்போது ஒத்திசை</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>ஒத்திசைந்தது: பதிவான அனைத்தும் ஹப்பை அடைந்துவிட்டன.</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>அனுப்ப வேறு எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} மாற்றங்கள் அனுப்பக் காத்திருக்கின்றன</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>மிகப் பழையது {age} ஆகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>இன்னும் ஹப்புடன் ஒத்திசைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>கடைசி வெற்றிகரமான ஒத்திசைவு: {time} ({age} முன்பு)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n} மாற்றங்களை ஹப் நிராகரித்தது, அவற்றைக் கவனிக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>பதிவில்லை</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ஒத்திசைக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ஆஃப்லைன்</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>கவனம் தேவை</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>இணைக்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>ஆன்லைன் · ஒத்திசைந்தது</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ஆன்லைன்</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>இந்தக் கியோஸ்க் ஹப்பில் பதிவு செய்ய முடியவில்லை: {reason}. அனைத்தும் இங்கேயே பாதுகாப்பாக உள்ளன; மாவட்ட IT புதிய குறியீடு தரலாம்.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>இந்தக் கியோஸ்க் இன்னும் எந்த ஹப்பிலும் பதிவு செய்யப்படவில்லை. அனைத்தும் இங்கேயே பாதுகாப்பாக உள்ளன; மாவட்ட IT ஒருமுறைக் குறியீட்டைக் கொண்டு இதைப் பதிவு செய்யும்.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>ஹப்பைத் தொடர்பு கொள்ள முடியவில்லை. வேலையைத் தொடருங்கள்: அனைத்தும் இந்தக் கியோஸ்க்கில் சேமிக்கப்படுகிறது, இணைப்பு திரும்பியதும் அனுப்பப்படும்.</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>அடுத்த முயற்சி {time} மணிக்கு.</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>கடைசி ஒத்திசைவு முடியவில்லை; மீண்டும் முயற்சிக்கப்படும்.</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>மாற்றங்கள் அனுப்பப்படுகின்றன: %m-இல் %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>ஹப்பிலிருந்து பெறப்படுகிறது: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>புகைப்படங்கள் அனுப்பப்படுகின்றன: %m-இல் %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB-இல் {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>ஒத்திசைவு நடக்கவில்லை: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>மேல்</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>கீழ்</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>வெறும் வயிறு</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>பதிவிடு</translation>
    </message>
    <message>
        <source>device</source>
        <translation>சாதனம்</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>டைப் செய்தது</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>கணக்கிட்டது</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>திருத்து</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>ABHA எண்ணில் 14 இலக்கங்கள் இருக்கும், எ.கா. 12-3456-7890-1234. {count} இலக்கங்கள் கொடுக்கப்பட்டன.</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>ABHA முகவரி name@abdm போல இருக்கும்: 4 முதல் 32 எழுத்துகள் அல்லது இலக்கங்கள் (இடையில் புள்ளி அல்லது அடிக்கோடு இருக்கலாம்), பிறகு @abdm.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>பயனர் பெயரில் 3 முதல் 32 ஆங்கில எழுத்துகள் அல்லது இலக்கங்கள் இருக்கும், அது எழுத்தில் தொடங்கும்.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>பின்னில் 4 முதல் 8 இலக்கங்கள் இருக்கும்.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>இந்தப் பின்னை எளிதில் ஊகிக்கலாம் (1111 அல்லது 1234 போல). வேறொன்றைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>வரைவு</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>ஹப்புக்காகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>ஆலோசனையில்</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>மருந்துச் சீட்டு வந்தது</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>பொது மருத்துவம்</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>குழந்தைகள் மருத்துவம்</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>மகப்பேறு மற்றும் மகளிர் மருத்துவம்</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>தோல் மருத்துவம்</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>காது, மூக்கு, தொண்டை</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>கண் மருத்துவம்</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>மனநலம்</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>எலும்பு மற்றும் மூட்டு (ஆர்த்தோ)</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>இதய மருத்துவம்</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>பல் மருத்துவம்</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>ஹப் மருத்துவருடன் தொலை ஆலோசனை</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>இந்தப் பதிவை ABDM உடன் பகிர்தல்</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>வாய்மொழியாக ஆம் என்றார் (வாய்மொழி ஒப்புதல்)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>அச்சிட்ட படிவத்தில் கைரேகை</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>அச்சிட்ட படிவத்தில் கையொப்பம்</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>தாய்</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>தந்தை</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>கணவர் அல்லது மனைவி</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>மகன்</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>மகள்</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>சகோதரர்</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>சகோதரி</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>தாத்தா அல்லது பாட்டி</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>சட்டப்பூர்வ பாதுகாவலர்</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>வேறு உறவினர்</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>ஒப்புதல் தருபவர் யார் என்று சொல்லுங்கள்.</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>நோயாளியின் வயது {age}-க்குக் கீழ்: பெற்றோர் அல்லது பாதுகாவலர்தான் ஒப்புதல் தர வேண்டும்.</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>ஒப்புதல் தரும் பாதுகாவலரின் பெயரை எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>தயவுசெய்து இதை {max} எழுத்துகளுக்குள் வையுங்கள்.</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>பாதுகாவலர் நோயாளிக்கு என்ன உறவு என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>ஒப்புதல் எப்படித் தரப்பட்டது என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>இந்த ஒப்புதல் ஏற்கனவே திரும்பப் பெறப்பட்டது.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>ஆலோசனை கோருவதற்கு முன் தொலை ஆலோசனைக்கான நோயாளியின் ஒப்புதலைப் பதிவிடுங்கள்.</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>நோயாளி தொலை ஆலோசனைக்கான ஒப்புதலைத் திரும்பப் பெற்றார்: ஆலோசனை நடக்காது.</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>இந்த கேஸ் ஏற்கனவே ஹப்புக்கு அனுப்பப்பட்டது; இதன் குறிப்புகளை இனி மாற்ற முடியாது.</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; நிலையில் உள்ள கேஸ் &apos;{wanted}&apos; ஆக முடியாது.</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>ஆலோசனை கோருவதற்கு முன் முக்கிய பிரச்சனையை எழுதுங்கள்.</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>ஆலோசனைக்கான சிறப்புப் பிரிவைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>ஒரு எண்ணை டைப் செய்யுங்கள், எ.கா. 98 அல்லது 36.8.</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>பிபி-க்கு மேல் (சிஸ்டாலிக்), கீழ் (டயஸ்டாலிக்) இரண்டும் தேவை.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>மொபைல் எண்ணில் 10 இலக்கங்கள் இருக்கும், அது 6, 7, 8 அல்லது 9-இல் தொடங்கும், எ.கா. 9876543210.</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>பெயரில் 2 முதல் 80 எழுத்துகள் இருக்கும், எந்த இந்திய எழுத்துமுறையிலும் அல்லது ஆங்கில எழுத்துகளிலும்; இடைவெளி, புள்ளி, ஹைஃபன் பயன்படுத்தலாம், எண்கள் கூடாது.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>பிறந்த தேதி எதிர்காலத்தில் இருக்க முடியாது.</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>பிறந்த தேதி {max} ஆண்டுகளுக்கும் முந்தையது. தயவுசெய்து சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>பிறந்த தேதி அல்லது வயதை (ஆண்டுகளில்) கொடுங்கள்.</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>வயது 0 முதல் {max} வரை முழு ஆண்டுகளில் இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>பெண், ஆண் அல்லது மற்றவர் என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>மருந்துச் சீட்டில் {item} இல்லை.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>மருந்துச் சீட்டில் {item}-இன் மதிப்பு சரியான வகையில் இல்லை.</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>மருந்துச் சீட்டில் தெரியாத பகுதி உள்ளது: {item}.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>மருந்துச் சீட்டில் {item} {max} எழுத்துகளுக்கு மேல் நீளமாக உள்ளது.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>மருந்துச் சீட்டில் {item} 2026-11-20 போன்ற தேதியாக (அல்லது ஆஃப்செட்டுடன் கூடிய நேரமாக) இல்லை.</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>மருந்துச் சீட்டில் {max}-க்கு மேல் {item} உள்ளன.</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>மருந்துச் சீட்டில் மருந்தும் இல்லை, அறிவுரையும் இல்லை.</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>நோயாளியின் வயது 0 முதல் {max} வரையிலான முழு எண்ணாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>மருந்துச் சீட்டில் {item} இவற்றில் ஒன்றாக இருக்க வேண்டும்: {allowed}.</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>இது இந்தக் கியோஸ்க் படிக்கக்கூடிய மருந்துச் சீட்டு அல்ல. மீண்டும் அனுப்புமாறு ஹப்பிடம் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>சில விவரங்கள் இல்லை அல்லது தவறாக உள்ளன, அதனால் இதை அச்சிட முடியாது. மீண்டும் அனுப்புமாறு ஹப்பிடம் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>கையொப்பங்களைச் சரிபார்க்க இந்தக் கியோஸ்க்கிடம் ஹப் சாவி இல்லை. இதைப் பதிவு செய்ய மாவட்ட IT-யை அழையுங்கள்.</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>இந்தக் கியோஸ்க்குக்குத் தெரியாத சாவியால் இது கையொப்பமிடப்பட்டுள்ளது, எனவே இது ஹப்பிலிருந்து வராமல் இருக்கலாம். இதைப் பயன்படுத்தாதீர்கள்; மாவட்ட IT-யை அழையுங்கள்.</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>இதன் கையொப்பம் பொருந்தவில்லை: நிபுணர் கையொப்பமிட்ட பிறகு இது மாற்றப்பட்டுள்ளது, அல்லது இது ஹப்பிலிருந்து வரவில்லை. இதைப் பயன்படுத்தாதீர்கள்; மீண்டும் அனுப்புமாறு ஹப்பிடம் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>இது இந்தக் கியோஸ்க்கில் இல்லாத ஒரு கேஸுக்கானது. மாவட்ட IT-யை அழையுங்கள்.</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>இதில் கேஸின் நோயாளிக்குப் பதிலாக வேறொரு நோயாளியின் பெயர் உள்ளது. ஹப்பை அழையுங்கள்.</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>இதே எண் கொண்ட வேறொரு மருந்துச் சீட்டு ஏற்கனவே சேமிக்கப்பட்டுள்ளது. ஹப்பை அழையுங்கள்.</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} சாத்தியமில்லை. அனுமதிக்கப்பட்டது: {low} முதல் {high} {unit}.</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (ஆக்சிஜன்)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>பல்ஸ்</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>இதயத் துடிப்பு</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>மேல் பிபி</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>கீழ் பிபி</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>சராசரி அழுத்தம்</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>உடல் வெப்பநிலை</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>மூச்சு விகிதம்</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>எடை</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>உயரம்</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>பிஎம்ஐ</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>ரத்த சுகர்</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>வெறும் வயிற்று சுகர்</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>பிபி (ரத்த அழுத்தம்)</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>மேல் பிபி ({systolic}) கீழ் பிபி-யை ({diastolic}) விட அதிகமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>பயனர் பெயர் {name} ஏற்கனவே பயன்பாட்டில் உள்ளது.</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>இந்த ABHA எண் கொண்ட நோயாளி ஏற்கனவே பதிவு செய்யப்பட்டுள்ளார். அதற்குப் பதிலாக அவரைத் தேடுங்கள்.</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>படிவத்தின் இந்தப் புகைப்படம் இந்த கேஸுடையது அல்ல.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>திரும்பப் பெற எந்த ஒப்புதலும் இல்லை.</translation>
    </message>
</context>
</TS>
