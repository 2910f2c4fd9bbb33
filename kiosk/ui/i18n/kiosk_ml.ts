<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ml_IN" sourcelanguage="en_GB">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA കാർഡ് സ്കാൻ ചെയ്യുക</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>കാർഡിലെ QR കോഡ് ക്യാമറയുടെ മുന്നിൽ പിടിക്കുക.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>റദ്ദാക്കുക</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>ക്യാമറ കണ്ടെത്തിയില്ല. പകരം കാർഡിലെ വിവരങ്ങൾ ടൈപ്പ് ചെയ്യുക.</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>ക്യാമറ ആരംഭിക്കാനായില്ല. പകരം വിവരങ്ങൾ ടൈപ്പ് ചെയ്യുക.</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>ഈ QR കോഡ് ABHA കാർഡിന്റേതല്ല.</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>സിഎച്ച്ഒ അക്കൗണ്ടുകൾ</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>ആർക്കൊക്കെ സൈൻ ഇൻ ചെയ്യാം</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>പുതിയ അക്കൗണ്ട് ചേർക്കുക</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>മുഴുവൻ പേര്</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>യൂസർ നെയിം</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ഇംഗ്ലീഷ് അക്ഷരങ്ങളിൽ, ഉദാ. sunita</translation>
    </message>
    <message>
        <source>CHO</source>
        <translation>സിഎച്ച്ഒ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>അഡ്മിനിസ്ട്രേറ്റർ</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>പിൻ (4 മുതൽ 8 വരെ അക്കങ്ങൾ)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>പിൻ വീണ്ടും</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>അക്കൗണ്ട് ചേർക്കുക</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>രണ്ട് പിന്നുകളും ഒന്നല്ല.</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} ന് ഇപ്പോൾ സൈൻ ഇൻ ചെയ്യാം.</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>ബാക്കപ്പ് എടുത്തില്ല: ബാക്കപ്പ് ഡ്രൈവ് കണക്റ്റ് ചെയ്തിട്ടില്ല. ദയവായി അത് കണക്റ്റ് ചെയ്യുക.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ബാക്കപ്പ് എടുത്തില്ല: ബാക്കപ്പ് ഡ്രൈവ് നിറഞ്ഞു. ദയവായി ജില്ലാ IT-യെ അറിയിക്കുക.</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>ബാക്കപ്പ് എടുത്തില്ല. ദയവായി ജില്ലാ IT-യെ അറിയിക്കുക (&apos;kiosk doctor&apos; കാരണം കാണിക്കും).</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>കോളുകൾക്കുള്ള ക്യാമറയും ശബ്ദവും</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ക്യാമറ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>മൈക്രോഫോൺ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>സ്പീക്കർ</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>കോളിനിടെ മാറ്റം ഉടൻ ബാധകമാകും: കോൾ ഒരു നിമിഷം വീണ്ടും കണക്റ്റ് ആകും. അല്ലെങ്കിൽ അടുത്ത കോൾ മുതൽ ബാധകമാകും.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>റദ്ദാക്കുക</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>സേവ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>ക്യാമറ കണ്ടെത്തിയില്ല</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>ടെർമിനലിന്റെ ഡിഫോൾട്ട്</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ഒന്നുമില്ല</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>ഹബ്ബിനെ വിളിക്കുക</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>ഹബ്ബിനെ അറിയിച്ചു: സ്പെഷ്യലിസ്റ്റ് ഇവിടേക്ക് വിളിക്കും.</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>ഈ കേസ് ഇതുവരെ ഹബ്ബിൽ എത്തിയിട്ടില്ല; ഇപ്പോഴും അയച്ചുകൊണ്ടിരിക്കുന്നു.</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>കോളുകൾ ലഭ്യമല്ല: ഹബ്ബുമായി കണക്ഷനില്ല.</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty} സ്പെഷ്യലിസ്റ്റ് ഓൺലൈനിലുണ്ട്.</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>ഇപ്പോൾ സ്പെഷ്യലിസ്റ്റ് ആരും ഓൺലൈനിലില്ല; കേസ് ക്യൂവിൽ കാത്തിരിക്കുന്നു.</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>വിളിക്കാൻ ഹബ്ബിനോട് ആവശ്യപ്പെടുന്നു…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>സ്പെഷ്യലിസ്റ്റിന്റെ വീഡിയോയ്ക്കായി കാത്തിരിക്കുന്നു…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>ക്യാമറ ഓഫ്</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>പൾസ്</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>മ്യൂട്ട്</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>ഉപകരണങ്ങൾ</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>കോൾ അവസാനിപ്പിക്കുക</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>കേസിലേക്ക് മടങ്ങുക</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>ഹബ് സ്പെഷ്യലിസ്റ്റ്</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name} മായി കോളിൽ</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>കോൾ അവസാനിച്ചു</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>ശബ്ദം മാത്രം: നിങ്ങൾക്ക് ഇപ്പോഴും പരസ്പരം കേൾക്കാം.</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>നല്ല കണക്ഷൻ</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>ശരാശരി കണക്ഷൻ</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>ദുർബലമായ കണക്ഷൻ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>കണക്റ്റ് ചെയ്യുന്നു…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>വീണ്ടും കണക്റ്റ് ചെയ്യുന്നു…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>കണക്ഷൻ മുറിഞ്ഞു. അതേ കൺസൾട്ടേഷനിലേക്ക് വീണ്ടും കണക്റ്റ് ചെയ്യുന്നു; ദയവായി കാത്തിരിക്കുക.</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>ഇന്റർനെറ്റ് ദുർബലമാണ്, അതിനാൽ കോൾ ശബ്ദം മാത്രമായി തുടരുന്നു. ഇന്റർനെറ്റ് മെച്ചപ്പെടുമ്പോൾ വീഡിയോ സ്വയം തിരികെ വരും.</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>ശബ്ദ പ്രശ്നം: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>സ്പെഷ്യലിസ്റ്റ് കോൾ അവസാനിപ്പിച്ചു.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>നിങ്ങൾ കോൾ അവസാനിപ്പിച്ചു.</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>കോൾ വീണ്ടും കണക്റ്റ് ചെയ്യാനായില്ല. സ്പെഷ്യലിസ്റ്റിന് വീണ്ടും വിളിക്കാം.</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>നിങ്ങൾ കോൾ നിരസിച്ചു.</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>കോൾ അവസാനിച്ചു.</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>അൺമ്യൂട്ട്</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>ക്യാമറ ഓൺ</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>ടെലികൺസൾട്ടേഷനുള്ള സമ്മതം</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>രോഗി തന്നെ</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>മാതാപിതാക്കൾ അല്ലെങ്കിൽ രക്ഷിതാവ്</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} വയസ്സിൽ താഴെ: മാതാപിതാക്കളോ രക്ഷിതാവോ സമ്മതം നൽകും.</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>ആരാണ് സമ്മതം നൽകുന്നത്</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>മാതാപിതാക്കളുടെയോ രക്ഷിതാവിന്റെയോ പേര്</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>തിരഞ്ഞെടുക്കുക…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>രോഗിയുമായുള്ള ബന്ധം</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>വാക്കാൽ സമ്മതിച്ചു</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>ഫോമിൽ വിരലടയാളം</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>ഫോമിൽ ഒപ്പ്</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>സമ്മതം എങ്ങനെ നൽകി</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>ക്യാമറ ഓഫാണ്</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>ഒപ്പിട്ട ഫോമിന്റെ ഫോട്ടോ കേസിനൊപ്പം സൂക്ഷിക്കുക.</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>ക്യാമറ ഓൺ ചെയ്യുക</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>ഫോമിന്റെ ഫോട്ടോ എടുക്കുക</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>ഈ രേഖ ABDM-മായി പങ്കിടാനും സമ്മതം</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>സാക്ഷി: {name} (നിങ്ങൾ)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>റദ്ദാക്കുക</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>സമ്മതം സേവ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>ക്യാമറ കണ്ടെത്തിയില്ല.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>ക്യാമറ നിർത്തുക</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>ഫോമിന്റെ ഫോട്ടോ കേസിനൊപ്പം സേവ് ചെയ്തു.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>സമ്മതം രേഖപ്പെടുത്തുക</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>ഫോം പ്രിന്റ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>സമ്മതം പിൻവലിക്കുക</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>സമ്മതം: ഇതുവരെ രേഖപ്പെടുത്തിയിട്ടില്ല. ആദ്യം രോഗിയോട് ചോദിക്കുക.</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time} ന് സമ്മതം പിൻവലിച്ചു. ഇനി കൺസൾട്ടേഷൻ നടക്കില്ല.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDM-മായി പങ്കിടൽ: സമ്മതിച്ചു.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDM-മായി പങ്കിടൽ: സമ്മതിച്ചില്ല.</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>രോഗി തന്നെ</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>സമ്മതം നൽകിയത്: {who}; രീതി: {how}. സാക്ഷി: {witness}, {when}.</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>പിൻവലിക്കാൻ വീണ്ടും അമർത്തുക</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>രോഗി പറഞ്ഞാൽ മാത്രം പിൻവലിക്കുക. പിന്നെ ഹബ് ഡോക്ടർക്ക് ഈ കൺസൾട്ടേഷൻ എടുക്കാനാവില്ല.</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>സമ്മതപത്രം പ്രിന്റർ {printer} ലേക്ക് അയച്ചു.</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>ഒരു പ്രിന്ററും പ്രതികരിച്ചില്ല. പ്രിന്റർ പരിശോധിച്ച്, ഫോം വീണ്ടും പ്രിന്റ് ചെയ്യുക.</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>രോഗിക്ക് ഇത് {language} ഭാഷയിൽ വായിച്ചു കേൾപ്പിക്കുക:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>ഇതുതന്നെ {language} ഭാഷയിൽ, നിങ്ങൾക്കായി:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>റെക്കോർഡ്</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>കണക്റ്റ് ചെയ്യുന്നു…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ലൈവ്</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>സിഗ്നൽ ഇല്ല</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>വിച്ഛേദിച്ചു</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>ഊരിമാറ്റി</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>തിരിച്ചറിഞ്ഞില്ല</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>ഉപകരണം വിച്ഛേദിച്ചു. ഇതിനകം രേഖപ്പെടുത്തിയ മൂല്യങ്ങൾ സുരക്ഷിതമാണ്.</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>ഈ ഉപകരണം തിരിച്ചറിഞ്ഞില്ല. ജില്ലാ IT-ക്ക് ഇതിന്റെ ഡ്രൈവർ തിരഞ്ഞെടുക്കാം.</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>ബിപി (രക്തസമ്മർദ്ദം)</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time} ന് രേഖപ്പെടുത്തി: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>രേഖപ്പെടുത്തി, എടുത്തത് {when}: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>ഉപകരണങ്ങൾ</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>സ്ഥിരമാകുമ്പോൾ സ്വയം രേഖപ്പെടുത്തുക</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>വൈറ്റൽസ് ഉപകരണങ്ങളൊന്നും കണക്റ്റ് ചെയ്തിട്ടില്ല. ഒന്ന് കണക്റ്റ് ചെയ്യുക, അല്ലെങ്കിൽ താഴെ മൂല്യങ്ങൾ ടൈപ്പ് ചെയ്യുക.</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>പ്രോബ് പ്രശ്നം</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>പൾസ് തിരയുന്നു</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>വിരൽ പ്രോബിന് പുറത്താണ്</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>സെൻസർ കണക്റ്റ് ചെയ്തിട്ടില്ല</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>സെൻസർ രോഗിയിൽ നിന്ന് മാറി</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>ചലനം: കൈ അനക്കാതെ വയ്ക്കുക</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>സിഗ്നൽ നഷ്ടപ്പെട്ടു</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>പൾസ് സിഗ്നൽ ദുർബലമാണ്</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>കുറഞ്ഞ SpO2 അലാറം</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>ഭാരം സ്ഥിരമാകുന്നു…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>ത്രാസിന്റെ പരിധി കവിഞ്ഞു</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>കൺട്രോൾ സൊല്യൂഷൻ പരിശോധന, രോഗിയുടെ റീഡിംഗ് അല്ല</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>ഭക്ഷണത്തിന് മുമ്പ്</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>ഭക്ഷണത്തിന് ശേഷം</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>മീറ്ററിന്റെ പരിധിക്ക് മുകളിൽ</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>മീറ്ററിന്റെ പരിധിക്ക് താഴെ</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>ഈ ഫലം സംശയകരമാണെന്ന് മീറ്റർ അടയാളപ്പെടുത്തി</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>ഡിസ്ക് ഏകദേശം നിറഞ്ഞു ({free} MB ബാക്കി): രോഗികളുടെ രേഖകൾക്ക് ഇടം സൂക്ഷിക്കാൻ പുതിയ ഫോട്ടോകൾ എടുക്കുന്നില്ല. ദയവായി ഇന്നുതന്നെ ജില്ലാ IT-യെ അറിയിക്കുക.</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>ഡിസ്ക് നിറയുന്നു ({free} MB ബാക്കി). ദയവായി ഉടൻ ജില്ലാ IT-യെ അറിയിക്കുക.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ഫോട്ടോ സേവ് ചെയ്തില്ല: ഡിസ്ക് ഏകദേശം നിറഞ്ഞു, ബാക്കി ഇടം രോഗികളുടെ രേഖകൾക്കായി സൂക്ഷിച്ചിരിക്കുന്നു. കേസും അതിന്റെ പഴയ ഫോട്ടോകളും സുരക്ഷിതമാണ്. ദയവായി ജില്ലാ IT-യെ അറിയിക്കുക.</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ഫോട്ടോ സേവ് ചെയ്തില്ല: ഡിസ്ക് നിറഞ്ഞു. കേസും അതിന്റെ പഴയ ഫോട്ടോകളും സുരക്ഷിതമാണ്. ദയവായി ജില്ലാ IT-യെ അറിയിക്കുക.</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>ഹബ്ബിൽ നിന്നുള്ള രേഖകൾ സേവ് ചെയ്യാനായില്ല: ഡിസ്ക് നിറഞ്ഞു. ഒന്നും നഷ്ടപ്പെട്ടിട്ടില്ല; ഇടം ആയാൽ അവ വീണ്ടും വരും. ദയവായി ജില്ലാ IT-യെ അറിയിക്കുക.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ബാക്കപ്പ് എടുത്തില്ല: ബാക്കപ്പ് ഡ്രൈവ് നിറഞ്ഞു. ദയവായി ജില്ലാ IT-യെ അറിയിക്കുക.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>സേവ് ചെയ്തില്ല: കിയോസ്കിലെ ഡിസ്ക് നിറഞ്ഞു. മുമ്പ് സേവ് ചെയ്തതെല്ലാം സുരക്ഷിതമാണ്, നിങ്ങൾ ടൈപ്പ് ചെയ്തത് ഇപ്പോഴും സ്ക്രീനിലുണ്ട്. ഇടം ഒരുക്കാൻ ജില്ലാ IT-യോട് പറയുക, പിന്നെ വീണ്ടും സേവ് ചെയ്യുക.</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>കേസ് വിവരങ്ങൾ</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>പ്രധാന പരാതി</translation>
    </message>
    <message>
        <source>History</source>
        <translation>മുൻകാല ചരിത്രം</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>വിവരങ്ങൾ സേവ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>ഹബ്ബുമായി കൺസൾട്ടേഷൻ</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>സ്പെഷ്യാലിറ്റി തിരഞ്ഞെടുക്കുക…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>സ്പെഷ്യാലിറ്റി</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>അടിയന്തരം</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>പരിശോധനയ്ക്ക് അയയ്ക്കുക</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>കോൾ വേണ്ട: സ്പെഷ്യലിസ്റ്റ് കേസ് വായിച്ച് എഴുതി മറുപടി നൽകും.</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>കൺസൾട്ടേഷൻ അഭ്യർത്ഥിക്കുക</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>വൈറ്റൽസ്</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>രക്ഷിതാവ്: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>ABHA {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time} ന് തുറന്നു</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>ഭാഷ: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>പരിശോധനയ്ക്ക് അയച്ചു. സ്പെഷ്യലിസ്റ്റ് എഴുതി മറുപടി നൽകും; മറുപടി മറ്റ് പ്രിസ്ക്രിപ്ഷനുകൾ പോലെ ഇവിടെ പ്രിന്റ് ആകും.</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>കൺസൾട്ടേഷൻ അഭ്യർത്ഥിച്ചു. കണക്ഷൻ കിട്ടിയാലുടൻ കേസ് ഹബ്ബിലേക്ക് പോകും; നിങ്ങൾക്ക് വൈറ്റൽസ് ചേർത്തുകൊണ്ടിരിക്കാം.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} ന് സേവ് ചെയ്തു</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>ഫോളോ-അപ്പ് സ്ലിപ്പ് പ്രിന്റ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>ഈ പ്രിസ്ക്രിപ്ഷനിൽ വീണ്ടും വരേണ്ട ദിവസം ഇല്ല: പ്രിന്റ് ചെയ്യാൻ സ്ലിപ്പ് ഇല്ല.</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>വീണ്ടും വരേണ്ട ദിവസം: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>ഫോളോ-അപ്പ് സ്ലിപ്പ് പ്രിന്ററിലേക്ക് അയയ്ക്കുന്നു…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>ഫോളോ-അപ്പ് സ്ലിപ്പ് തയ്യാറാക്കാനായില്ല: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>ഫോളോ-അപ്പ് സ്ലിപ്പ് പ്രിന്റർ {printer} ൽ കാത്തിരിക്കുന്നു.</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>ഫോളോ-അപ്പ് സ്ലിപ്പ് {printer} ൽ പ്രിന്റ് ചെയ്യുന്നു.</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>ഫോളോ-അപ്പ് സ്ലിപ്പ് {printer} ൽ പ്രിന്റ് ചെയ്തു.</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>പ്രിന്റർ {printer} നിന്നുപോയി: പേപ്പറും വൈദ്യുതിയും പരിശോധിക്കുക. സ്ലിപ്പ് കാത്തിരിക്കുന്നു.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>പ്രിന്റർ {printer} ന് ഫോളോ-അപ്പ് സ്ലിപ്പ് പ്രിന്റ് ചെയ്യാനായില്ല. വീണ്ടും പ്രിന്റ് ചെയ്യുക.</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>പ്രിന്റ് ചെയ്തില്ല: ഈ കിയോസ്കിൽ ഒരു പ്രിന്ററും തിരഞ്ഞെടുത്തിട്ടില്ല.</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>പ്രിന്റ് ചെയ്തില്ല: പ്രിന്റ് സേവനം പ്രവർത്തിക്കുന്നില്ല.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>പ്രിന്റ് ചെയ്തില്ല: പ്രിന്റർ {printer} ഈ കിയോസ്കിൽ സജ്ജമാക്കിയിട്ടില്ല.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>പ്രിന്റ് ചെയ്തില്ല: പ്രിന്റർ {printer} സ്ലിപ്പ് സ്വീകരിച്ചില്ല.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>ഫോളോ-അപ്പുകൾ</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>ഇന്ന് ഫോളോ-അപ്പുകളൊന്നുമില്ല.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>ഇന്ന് വരണം</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} ദിവസം വൈകി</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>നമസ്കാരം, {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>ഇന്നത്തെ കേസുകൾ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>സമയം</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>രോഗി</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>പരാതി</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>നില</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>ഇന്ന് ഇതുവരെ കേസുകളൊന്നുമില്ല. കേസ് ആരംഭിക്കാൻ രോഗിയെ തിരയുക അല്ലെങ്കിൽ രജിസ്റ്റർ ചെയ്യുക.</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>രോഗി തിരയൽ / രജിസ്റ്റർ</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>പ്രതിമാസ റിപ്പോർട്ട്</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>സിഎച്ച്ഒ അക്കൗണ്ടുകൾ</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(ഇതുവരെ പരാതി എഴുതിയിട്ടില്ല)</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} കേസുകൾ</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Incoming video call</source>
        <translation>വീഡിയോ കോൾ വരുന്നു</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>നിരസിക്കുക</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>മറുപടി നൽകുക</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>ഒരു ഹബ് സ്പെഷ്യലിസ്റ്റ്</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} വിളിക്കുന്നു</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} നെക്കുറിച്ച്. രോഗിയെ അടുത്തിരുത്തി മറുപടി നൽകുക.</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>ഹബ്ബിനായി കാത്തിരിക്കുന്ന ഒരു കേസിനെക്കുറിച്ച്.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>ഭാഷ</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>സൈൻ ഇൻ</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>ഡെമോ കിയോസ്ക്: &apos;{user}&apos; ആയി പിൻ {pin} ഉപയോഗിച്ച് സൈൻ ഇൻ ചെയ്യുക.</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>ആരാണ് സൈൻ ഇൻ ചെയ്യുന്നത്?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>പിൻ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>മായ്ക്കുക</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>ആദ്യം നിങ്ങളുടെ പേര് തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>നിങ്ങളുടെ പിൻ ടൈപ്പ് ചെയ്യുക.</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>പിൻ പരിശോധിക്കാനായില്ല: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>പലതവണ തെറ്റായ പിൻ നൽകി. ഈ അക്കൗണ്ട് {time} വരെ ലോക്ക് ചെയ്തിരിക്കുന്നു. മറ്റൊരു സിഎച്ച്ഒയോട് സൈൻ ഇൻ ചെയ്യാൻ പറയുക, അല്ലെങ്കിൽ കാത്തിരിക്കുക.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>തെറ്റായ പിൻ. അക്കൗണ്ട് 5 മിനിറ്റ് ലോക്ക് ആകുന്നതിന് മുമ്പ് {count} ശ്രമങ്ങൾ കൂടി ബാക്കി.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>HWC സ്പോക്ക് കിയോസ്ക്</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ഹോം</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ലോക്ക് ചെയ്യുക</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>ഹബ് നിരസിച്ചത് {n}</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>അയയ്ക്കാനുള്ളത് {n}</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>എല്ലാം അയച്ചു</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>കിയോസ്കിലെ ഡാറ്റ സേവ് ചെയ്യാനോ വായിക്കാനോ കഴിഞ്ഞില്ല: {error}. മുമ്പ് സേവ് ചെയ്തവ സുരക്ഷിതമാണ്. ഇത് ആവർത്തിച്ചാൽ ജില്ലാ IT-യെ വിളിക്കുക.</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>എന്തോ പിശക് സംഭവിച്ചു, ജില്ലാ IT-ക്കായി ലോഗിൽ എഴുതിയിട്ടുണ്ട്. മുമ്പ് സേവ് ചെയ്തവ സുരക്ഷിതമാണ്.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>പ്രശ്നം</translation>
    </message>
</context>
<context>
    <name>MemoryDownload</name>
    <message>
        <source>Read memory</source>
        <translation>മെമ്മറി വായിക്കുക</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>ഉപകരണത്തിൽ സൂക്ഷിച്ച ഫലങ്ങൾ വായിക്കുക</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>ഉപകരണത്തോട് അതിന്റെ മെമ്മറി ചോദിക്കുന്നു…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>ഇപ്പോൾ ഉപകരണത്തോട് ചോദിക്കാനാവില്ല. അത് ലൈവ് ആകുമ്പോൾ വീണ്ടും ശ്രമിക്കുക.</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>ഉപകരണത്തിന്റെ മെമ്മറി വായിക്കുന്നു… ഇതുവരെ {n} രേഖകൾ</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>ഉപകരണത്തിന്റെ മെമ്മറി വായിക്കുന്നു… {total} ൽ {n} രേഖകൾ</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>ഉപകരണത്തിന്റെ മെമ്മറി ശൂന്യമാണ്.</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>മെമ്മറി വായിച്ചു: {n} രേഖകൾ.</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>{total} ൽ {n} രേഖകൾക്ക് ശേഷം ഉപകരണം നിന്നു. വീണ്ടും ശ്രമിക്കുക.</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>ഉപകരണത്തിൽ സൂക്ഷിച്ച ഫലങ്ങൾ, പുതിയത് ആദ്യം. ഇപ്പോൾ എടുത്തത് തിരഞ്ഞെടുക്കുക:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>എന്നാലും രേഖപ്പെടുത്തുക</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>റദ്ദാക്കുക</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>രേഖപ്പെടുത്തി</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>രോഗിയുടെ ഫലമല്ല</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>രേഖപ്പെടുത്താനാവില്ല</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>റെക്കോർഡ്</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>ഇന്ന് {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>ഇന്നലെ {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>ഇന്ന് {time} ന്</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ഇന്നലെ {time} ന്</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} {time} ന്</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>ക്ലിനിക്കിലെ ക്ലോക്കിനെക്കാൾ മുന്നിൽ</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} മിനിറ്റ് മുമ്പ്</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} മണിക്കൂർ മുമ്പ്</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 ദിവസം മുമ്പ്</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} ദിവസം മുമ്പ്</translation>
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
        <translation>ഈ ഫലത്തിന്റെ സമയം ({when}) ക്ലിനിക്കിലെ ക്ലോക്കിനെക്കാൾ മുന്നിലാണ്: ഉപകരണത്തിലെ ക്ലോക്ക് തെറ്റാണ്. ഇത് ഈ രോഗിക്ക് ഇപ്പോൾ എടുത്ത ഫലമാണെങ്കിൽ മാത്രം രേഖപ്പെടുത്തുക, ഉപകരണത്തിലെ ക്ലോക്ക് ശരിയാക്കുകയും ചെയ്യുക.</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>ഈ ഫലം {when} എടുത്തതാണ്, ഇന്നത്തേതല്ല. ഉപകരണം പഴയ ഫലങ്ങൾ സൂക്ഷിക്കും, പലപ്പോഴും മറ്റൊരു രോഗിയുടേത്. ഇത് ഈ രോഗിയുടേതും ഇപ്പോൾ എടുത്തതുമാണെങ്കിൽ മാത്രം രേഖപ്പെടുത്തുക.</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>ഈ ഫലം {age} ({when}) എടുത്തതാണ്, ഇപ്പോഴല്ല. ഇത് ഈ രോഗിയുടേതാണെങ്കിൽ മാത്രം രേഖപ്പെടുത്തുക.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>ജനുവരി</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ഫെബ്രുവരി</translation>
    </message>
    <message>
        <source>March</source>
        <translation>മാർച്ച്</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ഏപ്രിൽ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>മേയ്</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ജൂൺ</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ജൂലൈ</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ഓഗസ്റ്റ്</translation>
    </message>
    <message>
        <source>September</source>
        <translation>സെപ്റ്റംബർ</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ഒക്ടോബർ</translation>
    </message>
    <message>
        <source>November</source>
        <translation>നവംബർ</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ഡിസംബർ</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>പ്രതിമാസ റിപ്പോർട്ട്</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>കഴിഞ്ഞ മാസം</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>അടുത്ത മാസം</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV, PDF സേവ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>റിപ്പോർട്ട് പ്രിന്റ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>ഈ മാസം ഒന്നുമില്ല.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>രോഗികൾ</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>കണ്ട രോഗികൾ</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>പുതിയ രജിസ്ട്രേഷനുകൾ</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>തുറന്ന കേസുകൾ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ആകെ</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>സ്പെഷ്യാലിറ്റി തിരിച്ചുള്ള കൺസൾട്ടേഷനുകൾ</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>എടുത്ത വൈറ്റൽസ്</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>പ്രിസ്ക്രിപ്ഷനുകളും ഫോളോ-അപ്പുകളും</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>ലഭിച്ച പ്രിസ്ക്രിപ്ഷനുകൾ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>റഫറലുകൾ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>വരേണ്ട ഫോളോ-അപ്പുകൾ</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>മുടങ്ങിയ ഫോളോ-അപ്പുകൾ</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} ൽ സേവ് ചെയ്തു</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>പ്രിന്ററിലേക്ക് അയച്ചു.</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>പ്രിന്റ് ചെയ്യാനായില്ല: പ്രിന്റർ തയ്യാറല്ല. റിപ്പോർട്ട് PDF ആയി സേവ് ചെയ്തു.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>റിപ്പോർട്ട് സേവ് ചെയ്യാനായില്ല.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>ഫോട്ടോകൾ</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>ക്യാമറ ഓഫാണ്</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ക്യാമറ</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>ക്യാമറ ഓൺ ചെയ്യുക</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>രോഗിയുടെ ഫോട്ടോ</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>ക്ലിനിക്കൽ ഫോട്ടോ</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>ക്യാമറ കണ്ടെത്തിയില്ല. ഒരു USB വെബ്ക്യാം കണക്റ്റ് ചെയ്ത്, ഈ കേസ് വീണ്ടും തുറക്കുക.</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>ക്യാമറ ആരംഭിക്കാനായില്ല. അതിന്റെ കേബിൾ പരിശോധിക്കുക, അല്ലെങ്കിൽ മറ്റൊന്ന് തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>ക്യാമറ നിർത്തുക</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>പൾസ് തരംഗം</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>പ്രിസ്ക്രിപ്ഷൻ</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>ഈ കേസിന്റെ പ്രിസ്ക്രിപ്ഷൻ നിരസിച്ചു. {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>പ്രിസ്ക്രിപ്ഷൻ</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>കേസിലേക്ക് മടങ്ങുക</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>രോഗിക്കായി പ്രിന്റ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>പേപ്പർ</translation>
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
        <translation>80 മി.മീ.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>പ്രിന്റ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>ഹബ് ഒപ്പിട്ടതും ഈ കിയോസ്ക് പരിശോധിച്ചതും. ഇത് ഇവിടെ മാറ്റാനാവില്ല; QR കോഡ് വഴി ഫാർമസിസ്റ്റിന് ഇത് പരിശോധിക്കാം.</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name} ന്റെ പ്രിസ്ക്രിപ്ഷൻ</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}. {count} മരുന്നുകൾ.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>വീണ്ടും പ്രിന്റ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>ഇതുവരെ പ്രിന്റ് ചെയ്തിട്ടില്ല.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>പ്രിന്ററിലേക്ക് അയയ്ക്കുന്നു…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>പ്രിന്റ് ചെയ്യാനായില്ല: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>പ്രിന്റർ {printer} ൽ കാത്തിരിക്കുന്നു</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer} ൽ പ്രിന്റ് ചെയ്യുന്നു</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer} ൽ പ്രിന്റ് ചെയ്തു</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>പ്രിന്റർ {printer} നിന്നുപോയി: പേപ്പറും വൈദ്യുതിയും പരിശോധിക്കുക. പ്രിന്റ് ജോലി കാത്തിരിക്കുന്നു.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>പ്രിന്റർ {printer} ന് ഇത് പ്രിന്റ് ചെയ്യാനായില്ല. വീണ്ടും പ്രിന്റ് ചെയ്യുക.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>പ്രിന്റ് ചെയ്തില്ല: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>രോഗിയുടെ രേഖ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>കേസ്</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>വൈറ്റൽ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ഫോട്ടോ</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>ഹബ് നിരസിച്ചു</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>ഹബ് നിരസിച്ച മാറ്റങ്ങൾ</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>ഈ മാറ്റങ്ങൾ ഈ കിയോസ്കിൽ സുരക്ഷിതമായി സൂക്ഷിച്ചിരിക്കുന്നു. ഇവയെ ആശ്രയിക്കുന്നവ മാത്രമേ കാത്തിരിക്കുന്നുള്ളൂ; ബാക്കിയെല്ലാം ഹബ്ബിലേക്ക് പോയിക്കൊണ്ടിരിക്കും. കാണിച്ച കാരണം ജില്ലാ IT-യെ അറിയിക്കുക; അവർ പരിഹരിച്ച ശേഷം &quot;വീണ്ടും ശ്രമിക്കുക&quot; അമർത്തുക.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>രേഖപ്പെടുത്തിയ സമയം</translation>
    </message>
    <message>
        <source>What</source>
        <translation>എന്ത്</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>കാരണം</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>ശ്രമങ്ങൾ</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>ഒന്നും നിരസിച്ചിട്ടില്ല.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>വീണ്ടും ശ്രമിക്കുക</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>അടയ്ക്കുക</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>ഈ കിയോസ്കിലെ രേഖകളുടെ റിക്കവറി കീ</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>ഈ കിയോസ്കിലെ രേഖകൾ ഈ കമ്പ്യൂട്ടറിനുള്ളിൽ സൂക്ഷിച്ചിരിക്കുന്ന ഒരു കീ കൊണ്ട് പൂട്ടിയിരിക്കുന്നു. ഈ കമ്പ്യൂട്ടർ കേടായാലോ മാറ്റിയാലോ, ഈ റിക്കവറി കീയ്ക്ക് മാത്രമേ അവ വീണ്ടും തുറക്കാനാകൂ.</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>ഇത് ഇപ്പോൾത്തന്നെ കാണുന്നതുപോലെ കൃത്യമായി കടലാസിൽ എഴുതിയെടുത്ത്, ആ കടലാസ് ജില്ലാ IT-ക്ക് നൽകുക. അത് ഈ കമ്പ്യൂട്ടറിനടുത്ത് സൂക്ഷിക്കരുത്: കമ്പ്യൂട്ടറും ഈ കീയും രണ്ടും കൈവശമുള്ളയാൾക്ക് എല്ലാ രേഖകളും വായിക്കാനാകും.</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>ഉറപ്പാക്കാൻ, നിങ്ങൾ എഴുതിയതുപോലെ കീയുടെ അവസാന ഗ്രൂപ്പ് ടൈപ്പ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4 അക്ഷരങ്ങളും അക്കങ്ങളും ഉള്ള {count} ഗ്രൂപ്പുകൾ; അവസാനത്തേത് {count}-ാം ഗ്രൂപ്പ്</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>ഞാൻ ഇത് എഴുതിയെടുത്തു</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>അത് കീയുടെ അവസാന ഗ്രൂപ്പ് അല്ല. നിങ്ങൾ എഴുതിയത് സ്ക്രീനുമായി ഒത്തുനോക്കി, അവസാന ഗ്രൂപ്പ് വീണ്ടും ടൈപ്പ് ചെയ്യുക.</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>രോഗിയുടെ വിവരങ്ങൾ തിരുത്തുക</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>രോഗിയെ രജിസ്റ്റർ ചെയ്യുക</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>മുഴുവൻ പേര് *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>സ്ത്രീ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>പുരുഷൻ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>മറ്റുള്ളവർ</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>ലിംഗം *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>പ്രായം (വർഷം)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>അല്ലെങ്കിൽ ജനനത്തീയതി:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>പ്രായം (വർഷം) *</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>മൊബൈൽ നമ്പർ</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 അക്കങ്ങൾ</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>അച്ഛന്റെയോ ഭർത്താവിന്റെയോ പേര്</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA നമ്പർ</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14 അക്കങ്ങൾ, ABHA കാർഡിൽ നിന്ന്</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA വിലാസം</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>ഉദാ. name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ഗ്രാമം</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ജില്ല</translation>
    </message>
    <message>
        <source>State</source>
        <translation>സംസ്ഥാനം</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>രോഗിയുടെ ഭാഷ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>റദ്ദാക്കുക</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>സേവ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>മാറ്റങ്ങൾ സേവ് ചെയ്യുക</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>സേവ് ചെയ്ത് കേസ് ആരംഭിക്കുക</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA കാർഡ് സ്കാൻ ചെയ്യുക</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>രോഗിയെ തിരയുക</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>പുതിയ രോഗിയെ രജിസ്റ്റർ ചെയ്യുക</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>പേര്, ഫോൺ, ABHA നമ്പർ അല്ലെങ്കിൽ ഗ്രാമം</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>രോഗികളെ തിരയുക</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>യോജിക്കുന്ന രോഗികൾ</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>രോഗിയെ തിരഞ്ഞെടുത്തിട്ടില്ല</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>പുതിയ കേസ് ആരംഭിക്കുക</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>വിവരങ്ങൾ തിരുത്തുക</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos; ന് യോജിക്കുന്ന രോഗിയില്ല. സ്പെല്ലിംഗ് പരിശോധിക്കുക, ഫോൺ നമ്പർ ഉപയോഗിച്ച് തിരയുക, അല്ലെങ്കിൽ പുതിയ രോഗിയെ രജിസ്റ്റർ ചെയ്യുക.</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>ഇതുവരെ രോഗികളെ ആരെയും രജിസ്റ്റർ ചെയ്തിട്ടില്ല.</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>മുകളിൽ തിരയുക, തുടർന്ന് കേസ് ആരംഭിക്കാൻ ഒരു രോഗിയെ തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>പ്രായം / ലിംഗം</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>രക്ഷിതാവ്</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ഗ്രാമം</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ഫോൺ</translation>
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
        <translation>സ്വാഗതം</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>ഈ കിയോസ്കിൽ ഇതുവരെ അക്കൗണ്ടുകളൊന്നുമില്ല. ആദ്യത്തേത് സൃഷ്ടിക്കുക; പിന്നീട് അതിൽ നിന്ന് മറ്റ് സിഎച്ച്ഒമാരെ ചേർക്കാം.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>മുഴുവൻ പേര്</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>യൂസർ നെയിം</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ഇംഗ്ലീഷ് അക്ഷരങ്ങളിൽ, ഉദാ. sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>പിൻ (4 മുതൽ 8 വരെ അക്കങ്ങൾ)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>പിൻ വീണ്ടും</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>അക്കൗണ്ട് സൃഷ്ടിക്കുക</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>രണ്ട് പിന്നുകളും ഒന്നല്ല.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>സ്ത്രീ</translation>
    </message>
    <message>
        <source>M</source>
        <translation>പു</translation>
    </message>
    <message>
        <source>O</source>
        <translation>മ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>ഒരു മിനിറ്റിൽ താഴെ</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} മിനിറ്റ്</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} മണിക്കൂർ</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} ദിവസം</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>ഹബ് സിങ്ക്</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>കാണുക</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ഇപ്പോൾ സിങ്ക് ചെയ്യുക</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>സിങ്ക് ആയി: രേഖപ്പെടുത്തിയതെല്ലാം ഹബ്ബിൽ എത്തി.</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>അയയ്ക്കാൻ വേറൊന്നും ബാക്കിയില്ല.</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} മാറ്റങ്ങൾ അയയ്ക്കാൻ ബാക്കി</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>ഏറ്റവും പഴയത് {age} ആയി കാത്തിരിക്കുന്നു</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>ഇതുവരെ ഹബ്ബുമായി സിങ്ക് ചെയ്തിട്ടില്ല</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>അവസാനത്തെ വിജയകരമായ സിങ്ക്: {time} ({age} മുമ്പ്)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n} മാറ്റങ്ങൾ ഹബ് നിരസിച്ചു, അവ ശ്രദ്ധിക്കണം.</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>എൻറോൾ ആയില്ല</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>സിങ്ക് ചെയ്യുന്നു…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ഓഫ്‌ലൈൻ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ശ്രദ്ധിക്കണം</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>കണക്റ്റ് ചെയ്യുന്നു…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>ഓൺലൈൻ · സിങ്ക് ആയി</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ഓൺലൈൻ</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>ഈ കിയോസ്കിന് ഹബ്ബിൽ എൻറോൾ ചെയ്യാനായില്ല: {reason}. എല്ലാം ഇവിടെത്തന്നെ സൂക്ഷിച്ചിരിക്കുന്നു; ജില്ലാ IT-ക്ക് പുതിയ കോഡ് നൽകാം.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>ഈ കിയോസ്ക് ഇതുവരെ ഒരു ഹബ്ബിലും എൻറോൾ ചെയ്തിട്ടില്ല. എല്ലാം ഇവിടെത്തന്നെ സൂക്ഷിച്ചിരിക്കുന്നു; ജില്ലാ IT ഒറ്റത്തവണ കോഡ് ഉപയോഗിച്ച് ഇത് എൻറോൾ ചെയ്യും.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>ഹബ്ബുമായി ബന്ധപ്പെടാനാകുന്നില്ല. ജോലി തുടരുക: എല്ലാം ഈ കിയോസ്കിൽ സേവ് ചെയ്യുന്നു, കണക്ഷൻ തിരികെ വരുമ്പോൾ അയയ്ക്കും.</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>അടുത്ത ശ്രമം {time} ന്.</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>അവസാന സിങ്ക് പൂർത്തിയായില്ല; വീണ്ടും ശ്രമിക്കും.</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>മാറ്റങ്ങൾ അയയ്ക്കുന്നു: %m ൽ %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>ഹബ്ബിൽ നിന്ന് സ്വീകരിക്കുന്നു: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>ഫോട്ടോകൾ അയയ്ക്കുന്നു: %m ൽ %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB ൽ {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>സിങ്ക് നടന്നില്ല: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>മുകളിൽ</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>താഴെ</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>വെറുംവയറ്റിൽ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>റെക്കോർഡ്</translation>
    </message>
    <message>
        <source>device</source>
        <translation>ഉപകരണം</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>ടൈപ്പ് ചെയ്തത്</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>കണക്കാക്കിയത്</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>തിരുത്തുക</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>ABHA നമ്പറിൽ 14 അക്കങ്ങൾ ഉണ്ടാകും, ഉദാ. 12-3456-7890-1234. {count} അക്കങ്ങളാണ് നൽകിയത്.</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>ABHA വിലാസം name@abdm പോലെയാണ്: 4 മുതൽ 32 വരെ അക്ഷരങ്ങളോ അക്കങ്ങളോ (ഇടയിൽ കുത്തോ അണ്ടർസ്കോറോ ആകാം), തുടർന്ന് @abdm.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>യൂസർ നെയിമിൽ 3 മുതൽ 32 വരെ ഇംഗ്ലീഷ് അക്ഷരങ്ങളോ അക്കങ്ങളോ ഉണ്ടാകും, അത് ഒരു അക്ഷരത്തിൽ തുടങ്ങും.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>പിന്നിൽ 4 മുതൽ 8 വരെ അക്കങ്ങൾ ഉണ്ടാകും.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>ഈ പിൻ എളുപ്പം ഊഹിക്കാം (1111 അല്ലെങ്കിൽ 1234 പോലെ). മറ്റൊന്ന് തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ഡ്രാഫ്റ്റ്</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>ഹബ്ബിനായി കാത്തിരിക്കുന്നു</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>കൺസൾട്ടേഷനിൽ</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>പ്രിസ്ക്രിപ്ഷൻ ലഭിച്ചു</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>അടച്ചു</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>ജനറൽ മെഡിസിൻ</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>ശിശുരോഗം</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>പ്രസൂതി, സ്ത്രീരോഗം</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>ചർമ്മരോഗം</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>ചെവി, മൂക്ക്, തൊണ്ട</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>നേത്രരോഗം</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>മാനസികാരോഗ്യം</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>എല്ലും സന്ധികളും (ഓർത്തോപീഡിക്സ്)</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>ഹൃദ്രോഗം</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>ദന്തരോഗം</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>ഹബ് ഡോക്ടറുമായി ടെലികൺസൾട്ടേഷൻ</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>ഈ രേഖ ABDM-മായി പങ്കിടൽ</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>വാക്കാൽ സമ്മതിച്ചു (വാചികം)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>പ്രിന്റ് ചെയ്ത ഫോമിൽ വിരലടയാളം</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>പ്രിന്റ് ചെയ്ത ഫോമിൽ ഒപ്പ്</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>അമ്മ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>അച്ഛൻ</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>ഭർത്താവ് അല്ലെങ്കിൽ ഭാര്യ</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>മകൻ</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>മകൾ</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>സഹോദരൻ</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>സഹോദരി</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>മുത്തച്ഛൻ അല്ലെങ്കിൽ മുത്തശ്ശി</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>നിയമപരമായ രക്ഷിതാവ്</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>മറ്റ് ബന്ധു</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>ആരാണ് സമ്മതം നൽകുന്നതെന്ന് പറയുക.</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>രോഗിക്ക് {age} വയസ്സിൽ താഴെയാണ്: മാതാപിതാക്കളോ രക്ഷിതാവോ തന്നെ സമ്മതം നൽകണം.</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>സമ്മതം നൽകുന്ന രക്ഷിതാവിന്റെ പേര് എഴുതുക.</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>ദയവായി ഇത് {max} അക്ഷരങ്ങൾക്കുള്ളിൽ ഒതുക്കുക.</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>രക്ഷിതാവിന് രോഗിയുമായുള്ള ബന്ധം തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>സമ്മതം എങ്ങനെ നൽകി എന്ന് തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>ഈ സമ്മതം ഇതിനകം പിൻവലിച്ചതാണ്.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>കൺസൾട്ടേഷൻ അഭ്യർത്ഥിക്കുന്നതിന് മുമ്പ് ടെലികൺസൾട്ടേഷനുള്ള രോഗിയുടെ സമ്മതം രേഖപ്പെടുത്തുക.</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>രോഗി ടെലികൺസൾട്ടേഷനുള്ള സമ്മതം പിൻവലിച്ചു: കൺസൾട്ടേഷൻ നടക്കില്ല.</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>ഈ കേസ് ഇതിനകം ഹബ്ബിലേക്ക് അയച്ചു; ഇതിന്റെ വിവരങ്ങൾ ഇനി മാറ്റാനാവില്ല.</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; നിലയിലുള്ള കേസ് &apos;{wanted}&apos; ആകാൻ കഴിയില്ല.</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>കൺസൾട്ടേഷൻ അഭ്യർത്ഥിക്കുന്നതിന് മുമ്പ് പ്രധാന പരാതി എഴുതുക.</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>കൺസൾട്ടേഷനായി സ്പെഷ്യാലിറ്റി തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>ഒരു സംഖ്യ ടൈപ്പ് ചെയ്യുക, ഉദാ. 98 അല്ലെങ്കിൽ 36.8.</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>ബിപിക്ക് മുകളിലത്തെയും (സിസ്റ്റോളിക്) താഴത്തെയും (ഡയസ്റ്റോളിക്) രണ്ടും വേണം.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>മൊബൈൽ നമ്പറിൽ 10 അക്കങ്ങൾ ഉണ്ടാകും, അത് 6, 7, 8 അല്ലെങ്കിൽ 9 ൽ തുടങ്ങും, ഉദാ. 9876543210.</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>പേരിൽ 2 മുതൽ 80 വരെ അക്ഷരങ്ങൾ, ഏത് ഇന്ത്യൻ ലിപിയിലും അല്ലെങ്കിൽ ഇംഗ്ലീഷ് അക്ഷരങ്ങളിലും; സ്പേസ്, കുത്ത്, ഹൈഫൻ എന്നിവ ആകാം, അക്കങ്ങൾ പാടില്ല.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>ജനനത്തീയതി ഭാവിയിലാകാൻ പാടില്ല.</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>ജനനത്തീയതി {max} വർഷത്തിലും മുമ്പാണ്. ദയവായി പരിശോധിക്കുക.</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>ജനനത്തീയതിയോ പ്രായമോ (വർഷം) നൽകുക.</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>പ്രായം 0 മുതൽ {max} വരെ മുഴുവൻ വർഷങ്ങളിൽ ആയിരിക്കണം.</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>സ്ത്രീ, പുരുഷൻ അല്ലെങ്കിൽ മറ്റുള്ളവർ തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>പ്രിസ്ക്രിപ്ഷനിൽ {item} ഇല്ല.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>പ്രിസ്ക്രിപ്ഷനിലെ {item} ന്റെ മൂല്യം ശരിയായ തരത്തിലല്ല.</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>പ്രിസ്ക്രിപ്ഷനിൽ അറിയാത്ത ഒരു ഭാഗമുണ്ട്: {item}.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>പ്രിസ്ക്രിപ്ഷനിലെ {item} {max} അക്ഷരങ്ങളിൽ കൂടുതൽ നീളമുള്ളതാണ്.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>പ്രിസ്ക്രിപ്ഷനിലെ {item} 2026-11-20 പോലുള്ള തീയതിയല്ല (അല്ലെങ്കിൽ ഓഫ്സെറ്റോടുകൂടിയ സമയമല്ല).</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>പ്രിസ്ക്രിപ്ഷനിൽ {max} ൽ കൂടുതൽ {item} ഉണ്ട്.</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>പ്രിസ്ക്രിപ്ഷനിൽ മരുന്നുകളോ ഉപദേശമോ ഇല്ല.</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>രോഗിയുടെ പ്രായം 0 മുതൽ {max} വരെയുള്ള ഒരു പൂർണ്ണസംഖ്യ ആയിരിക്കണം.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>പ്രിസ്ക്രിപ്ഷനിലെ {item} ഇവയിൽ ഒന്നായിരിക്കണം: {allowed}.</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>ഇത് ഈ കിയോസ്കിന് വായിക്കാൻ കഴിയുന്ന പ്രിസ്ക്രിപ്ഷനല്ല. വീണ്ടും അയയ്ക്കാൻ ഹബ്ബിനോട് ആവശ്യപ്പെടുക.</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>ചില വിവരങ്ങൾ ഇല്ല അല്ലെങ്കിൽ തെറ്റാണ്, അതിനാൽ ഇത് പ്രിന്റ് ചെയ്യാനാവില്ല. വീണ്ടും അയയ്ക്കാൻ ഹബ്ബിനോട് ആവശ്യപ്പെടുക.</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>ഒപ്പുകൾ പരിശോധിക്കാൻ ഈ കിയോസ്കിൽ ഹബ് കീ ഇല്ല. ഇത് എൻറോൾ ചെയ്യാൻ ജില്ലാ IT-യെ വിളിക്കുക.</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>ഈ കിയോസ്കിന് അറിയാത്ത ഒരു കീ ഉപയോഗിച്ചാണ് ഇത് ഒപ്പിട്ടത്, അതിനാൽ ഇത് ഹബ്ബിൽ നിന്ന് വന്നതാകണമെന്നില്ല. ഇത് ഉപയോഗിക്കരുത്; ജില്ലാ IT-യെ വിളിക്കുക.</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>ഇതിന്റെ ഒപ്പ് പൊരുത്തപ്പെടുന്നില്ല: സ്പെഷ്യലിസ്റ്റ് ഒപ്പിട്ട ശേഷം ഇത് മാറ്റിയിട്ടുണ്ട്, അല്ലെങ്കിൽ ഇത് ഹബ്ബിൽ നിന്ന് വന്നതല്ല. ഇത് ഉപയോഗിക്കരുത്; വീണ്ടും അയയ്ക്കാൻ ഹബ്ബിനോട് ആവശ്യപ്പെടുക.</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>ഇത് ഈ കിയോസ്കിൽ ഇല്ലാത്ത ഒരു കേസിന്റേതാണ്. ജില്ലാ IT-യെ വിളിക്കുക.</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>ഇതിൽ കേസിലെ രോഗിക്ക് പകരം മറ്റൊരു രോഗിയുടെ പേരാണ്. ഹബ്ബിനെ വിളിക്കുക.</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>ഇതേ നമ്പറുള്ള മറ്റൊരു പ്രിസ്ക്രിപ്ഷൻ ഇതിനകം സൂക്ഷിച്ചിട്ടുണ്ട്. ഹബ്ബിനെ വിളിക്കുക.</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} സാധ്യമല്ല. അനുവദനീയം: {low} മുതൽ {high} {unit} വരെ.</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (ഓക്സിജൻ)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>പൾസ്</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>ഹൃദയമിടിപ്പ്</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>മുകളിലത്തെ ബിപി</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>താഴത്തെ ബിപി</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>ശരാശരി മർദ്ദം</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>ശരീരതാപനില</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>ശ്വസന നിരക്ക്</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ഭാരം</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ഉയരം</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>ബിഎംഐ</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>ബ്ലഡ് ഷുഗർ</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>വെറുംവയറ്റിലെ ഷുഗർ</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>ബിപി (രക്തസമ്മർദ്ദം)</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>മുകളിലത്തെ ബിപി ({systolic}) താഴത്തെ ബിപിയേക്കാൾ ({diastolic}) കൂടുതലായിരിക്കണം.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>യൂസർ നെയിം {name} ഇതിനകം എടുത്തിട്ടുണ്ട്.</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>ഈ ABHA നമ്പറുള്ള രോഗിയെ ഇതിനകം രജിസ്റ്റർ ചെയ്തിട്ടുണ്ട്. പകരം അവരെ തിരയുക.</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>ഫോമിന്റെ ഈ ഫോട്ടോ ഈ കേസിന്റേതല്ല.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>പിൻവലിക്കാൻ സമ്മതമൊന്നുമില്ല.</translation>
    </message>
</context>
</TS>
