<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr_IN" sourcelanguage="en_GB">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA कार्ड स्कॅन करा</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>कार्डवरील QR कोड कॅमेऱ्यासमोर धरा.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>कॅमेरा सापडला नाही. त्याऐवजी कार्डवरील तपशील टाइप करा.</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>कॅमेरा सुरू होऊ शकला नाही. त्याऐवजी तपशील टाइप करा.</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>हा QR कोड ABHA कार्डचा नाही.</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>सीएचओ खाती</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>कोण साइन इन करू शकते</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>नवीन खाते जोडा</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूर्ण नाव</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>युजर नाव</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>इंग्रजी अक्षरांत, उदा. sunita</translation>
    </message>
    <message>
        <source>CHO</source>
        <translation>सीएचओ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>पिन (4 ते 8 अंक)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>पिन पुन्हा</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>खाते जोडा</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>दोन्ही पिन सारखे नाहीत.</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} आता साइन इन करू शकतात.</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>बॅकअप झाला नाही: बॅकअप ड्राइव्ह लावलेला नाही. कृपया तो लावा.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>बॅकअप झाला नाही: बॅकअप ड्राइव्ह भरला आहे. कृपया जिल्हा IT ला कळवा.</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>बॅकअप झाला नाही. कृपया जिल्हा IT ला कळवा (&apos;kiosk doctor&apos; कारण दाखवते).</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>कॉलसाठी कॅमेरा आणि आवाज</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कॅमेरा</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>मायक्रोफोन</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>स्पीकर</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>कॉल चालू असताना बदल लगेच लागू होतो: कॉल क्षणभर पुन्हा जोडला जातो. नाहीतर पुढच्या कॉलपासून लागू होईल.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेव्ह करा</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>कॅमेरा सापडला नाही</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>टर्मिनलचा डीफॉल्ट</translation>
    </message>
    <message>
        <source>None</source>
        <translation>काहीही नाही</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>हबला कॉल करा</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>हबला कळवले आहे: तज्ज्ञ इथेच कॉल करतील.</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>ही केस अजून हबकडे पोहोचलेली नाही; ती अजून पाठवली जात आहे.</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>कॉल उपलब्ध नाहीत: हबशी कनेक्शन नाही.</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty} तज्ज्ञ ऑनलाइन आहेत.</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>आत्ता कोणतेही तज्ज्ञ ऑनलाइन नाहीत; केस रांगेत थांबली आहे.</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>हबला कॉल करण्याची विनंती केली जात आहे…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>तज्ज्ञांच्या व्हिडिओची वाट पाहत आहे…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>कॅमेरा बंद</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>नाडी</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>आवाज बंद</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>उपकरणे</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>कॉल संपवा</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>केसकडे परत जा</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>हबचे तज्ज्ञ</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name} यांच्याशी कॉल चालू</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>कॉल संपला</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>फक्त आवाज: तुम्ही अजूनही एकमेकांना ऐकू शकता.</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>चांगले कनेक्शन</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>बरे कनेक्शन</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>कमकुवत कनेक्शन</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जोडले जात आहे…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>पुन्हा जोडले जात आहे…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>कनेक्शन तुटले. त्याच सल्ल्याशी पुन्हा जोडले जात आहे; कृपया थांबा.</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>इंटरनेट कमकुवत आहे, म्हणून कॉल फक्त आवाजासह चालू आहे. इंटरनेट सुधारल्यावर व्हिडिओ आपोआप परत येईल.</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>आवाजाची समस्या: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>तज्ज्ञांनी कॉल संपवला.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>तुम्ही कॉल संपवला.</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>कॉल पुन्हा जोडता आला नाही. तज्ज्ञ पुन्हा कॉल करू शकतात.</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>तुम्ही कॉल नाकारला.</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>कॉल संपला आहे.</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>आवाज चालू</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>कॅमेरा चालू</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>दूरस्थ सल्ल्यासाठी संमती</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>स्वतः रुग्ण</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>आई-वडील किंवा पालक</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} वर्षांखालील: संमती आई-वडील किंवा पालक देतील.</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>संमती कोण देत आहे</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>आई-वडील किंवा पालकांचे नाव</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>निवडा…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>रुग्णाशी नाते</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>तोंडी होकार दिला</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>फॉर्मवर अंगठा</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>फॉर्मवर सही</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>संमती कशी दिली</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>कॅमेरा बंद आहे</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>सही केलेल्या फॉर्मचा फोटो केससोबत ठेवा.</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>कॅमेरा सुरू करा</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>फॉर्मचा फोटो घ्या</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>ही नोंद ABDM सोबत शेअर करण्यासही संमती</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>साक्षीदार: {name} (तुम्ही)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>संमती सेव्ह करा</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>कॅमेरा सापडला नाही.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>कॅमेरा बंद करा</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>फॉर्मचा फोटो केससोबत सेव्ह झाला.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>संमती नोंदवा</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>फॉर्म प्रिंट करा</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>संमती मागे घ्या</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>संमती: अजून नोंदवलेली नाही. आधी रुग्णाला विचारा.</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time} ला संमती मागे घेतली. आता कोणताही सल्ला होऊ शकत नाही.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDM सोबत शेअर करणे: संमती आहे.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDM सोबत शेअर करणे: संमती नाही.</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>स्वतः रुग्ण</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>संमती देणारे: {who}; पद्धत: {how}. साक्षीदार: {witness}, {when}.</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>मागे घेण्यासाठी पुन्हा दाबा</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>रुग्णाने सांगितले तरच मागे घ्या. मग हबचे डॉक्टर हा सल्ला घेऊ शकणार नाहीत.</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>संमती फॉर्म प्रिंटर {printer} ला पाठवला.</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>कोणत्याही प्रिंटरने उत्तर दिले नाही. प्रिंटर तपासा, मग फॉर्म पुन्हा प्रिंट करा.</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>रुग्णाला हे {language} भाषेत वाचून दाखवा:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>हेच {language} भाषेत, तुमच्यासाठी:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>नोंदवा</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जोडले जात आहे…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>सिग्नल नाही</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>डिस्कनेक्ट झाले</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>काढले आहे</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>ओळखले नाही</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>उपकरण डिस्कनेक्ट झाले. आधी नोंदवलेली मूल्ये सुरक्षित आहेत.</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>हे उपकरण ओळखले नाही. जिल्हा IT त्याचा ड्रायव्हर निवडू शकते.</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>बीपी (रक्तदाब)</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time} ला नोंद: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>नोंदवले, {when} घेतलेला: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>उपकरणे</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>स्थिर झाल्यावर आपोआप नोंदवा</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>कोणतेही व्हायटल्स उपकरण जोडलेले नाही. एखादे लावा, किंवा खाली मूल्ये टाइप करा.</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>प्रोबमध्ये समस्या</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>नाडी शोधत आहे</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>बोट प्रोबच्या बाहेर आहे</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>सेन्सर जोडलेला नाही</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>सेन्सर रुग्णापासून निघाला आहे</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>हालचाल: हात स्थिर ठेवा</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>सिग्नल गेला</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>नाडीचा सिग्नल कमकुवत आहे</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>कमी SpO2 अलार्म</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>वजन स्थिर होत आहे…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>वजनकाट्यावर मर्यादेपेक्षा जास्त भार</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>कंट्रोल सोल्युशन चाचणी, रुग्णाची रीडिंग नाही</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>जेवणापूर्वी</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>जेवणानंतर</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>मीटरच्या मर्यादेपेक्षा जास्त</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>मीटरच्या मर्यादेपेक्षा कमी</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>मीटरने हा निकाल संशयास्पद म्हणून दाखवला</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>डिस्क जवळजवळ भरली आहे ({free} MB बाकी): रुग्णांच्या नोंदींसाठी जागा राखण्यासाठी नवे फोटो घेतले जात नाहीत. कृपया आजच जिल्हा IT ला कळवा.</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>डिस्क भरत आहे ({free} MB बाकी). कृपया लवकर जिल्हा IT ला कळवा.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>फोटो सेव्ह झाला नाही: डिस्क जवळजवळ भरली आहे, आणि उरलेली जागा रुग्णांच्या नोंदींसाठी राखली आहे. केस आणि तिचे आधीचे फोटो सुरक्षित आहेत. कृपया जिल्हा IT ला कळवा.</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>फोटो सेव्ह झाला नाही: डिस्क भरली आहे. केस आणि तिचे आधीचे फोटो सुरक्षित आहेत. कृपया जिल्हा IT ला कळवा.</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>हबकडून आलेल्या नोंदी सेव्ह करता आल्या नाहीत: डिस्क भरली आहे. काहीही हरवले नाही; जागा झाल्यावर त्या पुन्हा येतील. कृपया जिल्हा IT ला कळवा.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>बॅकअप झाला नाही: बॅकअप ड्राइव्ह भरला आहे. कृपया जिल्हा IT ला कळवा.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>सेव्ह झाले नाही: किऑस्कची डिस्क भरली आहे. आधी सेव्ह झालेले सर्व सुरक्षित आहे, आणि तुम्ही टाइप केलेले अजून स्क्रीनवर आहे. जिल्हा IT ला जागा करायला सांगा, मग पुन्हा सेव्ह करा.</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>केसचा तपशील</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>मुख्य तक्रार</translation>
    </message>
    <message>
        <source>History</source>
        <translation>पूर्वीचा इतिहास</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>तपशील सेव्ह करा</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>हबशी सल्ला</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>तज्ज्ञता निवडा…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>तज्ज्ञता</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>तातडीचे</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>अभिप्रायासाठी पाठवा</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>कॉलची गरज नाही: तज्ज्ञ केस वाचून लेखी उत्तर देतील.</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>सल्ला मागा</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>व्हायटल्स</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>पालक: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>ABHA {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time} ला उघडली</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>बोलण्याची भाषा: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>अभिप्रायासाठी पाठवली. तज्ज्ञ लेखी उत्तर देतील; उत्तर इतर प्रिस्क्रिप्शनप्रमाणेच इथे प्रिंट होईल.</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>सल्ला मागितला आहे. कनेक्शन मिळताच केस हबकडे जाईल; तुम्ही व्हायटल्स जोडत राहू शकता.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} ला सेव्ह झाले</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>फॉलो-अप चिठ्ठी प्रिंट करा</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>या प्रिस्क्रिप्शनमध्ये पुन्हा दाखवण्याचा दिवस नाही: प्रिंट करण्यासाठी चिठ्ठी नाही.</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>पुन्हा दाखवण्याचा दिवस: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>फॉलो-अप चिठ्ठी प्रिंटरला पाठवत आहे…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>फॉलो-अप चिठ्ठी तयार करता आली नाही: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>फॉलो-अप चिठ्ठी प्रिंटर {printer} वर थांबली आहे.</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>फॉलो-अप चिठ्ठी {printer} वर प्रिंट होत आहे.</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>फॉलो-अप चिठ्ठी {printer} वर प्रिंट झाली.</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>प्रिंटर {printer} थांबला आहे: कागद आणि वीज तपासा. चिठ्ठी थांबली आहे.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>प्रिंटर {printer} ला फॉलो-अप चिठ्ठी प्रिंट करता आली नाही. पुन्हा प्रिंट करा.</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>प्रिंट झाले नाही: या किऑस्कवर कोणताही प्रिंटर निवडलेला नाही.</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>प्रिंट झाले नाही: प्रिंट सेवा काम करत नाही.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>प्रिंट झाले नाही: प्रिंटर {printer} या किऑस्कवर सेट केलेला नाही.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>प्रिंट झाले नाही: प्रिंटर {printer} ने चिठ्ठी स्वीकारली नाही.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>बाकी फॉलो-अप</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>आज कोणताही फॉलो-अप नाही.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>आज यायचे आहे</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} दिवस उशीर</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>नमस्कार, {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>आजच्या केस</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>वेळ</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>रुग्ण</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>तक्रार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>आज अजून कोणतीही केस नाही. केस सुरू करण्यासाठी रुग्ण शोधा किंवा नोंदणी करा.</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>रुग्ण शोधा किंवा नोंदणी करा</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>मासिक अहवाल</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>सीएचओ खाती</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(अजून तक्रार लिहिलेली नाही)</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} केस</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Incoming video call</source>
        <translation>येणारा व्हिडिओ कॉल</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>नाकारा</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर द्या</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>हबचे एक तज्ज्ञ</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} कॉल करत आहेत</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} बद्दल. रुग्णाला शेजारी बसवून उत्तर द्या.</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>हबची वाट पाहणाऱ्या एका केसबद्दल.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>डेमो किऑस्क: &apos;{user}&apos; म्हणून पिन {pin} ने साइन इन करा.</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>कोण साइन इन करत आहे?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>पुसा</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>आधी तुमचे नाव निवडा.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>तुमचा पिन टाइप करा.</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>पिन तपासता आला नाही: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>खूप वेळा चुकीचा पिन टाकला. हे खाते {time} पर्यंत लॉक आहे. दुसऱ्या सीएचओला साइन इन करायला सांगा, किंवा थांबा.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>चुकीचा पिन. खाते 5 मिनिटांसाठी लॉक होण्यापूर्वी {count} प्रयत्न बाकी आहेत.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>HWC स्पोक किऑस्क</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>होम</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>लॉक करा</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>हबने नाकारले {n}</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>पाठवायचे बाकी {n}</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>सर्व पाठवले</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>किऑस्कचा डेटा सेव्ह करता किंवा वाचता आला नाही: {error}. जे आधी सेव्ह झाले ते सुरक्षित आहे. असे पुन्हा पुन्हा झाल्यास जिल्हा IT ला फोन करा.</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>काहीतरी चुकले आणि जिल्हा IT साठी लॉगमध्ये लिहिले आहे. जे आधी सेव्ह झाले ते सुरक्षित आहे.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
</context>
<context>
    <name>MemoryDownload</name>
    <message>
        <source>Read memory</source>
        <translation>मेमरी वाचा</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>उपकरणात साठवलेले निकाल वाचा</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>उपकरणाकडे त्याची मेमरी मागत आहे…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>आत्ता उपकरणाला विचारता येत नाही. ते चालू झाल्यावर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>उपकरणाची मेमरी वाचत आहे… आतापर्यंत {n} नोंदी</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>उपकरणाची मेमरी वाचत आहे… {total} पैकी {n} नोंदी</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>उपकरणाची मेमरी रिकामी आहे.</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>मेमरी वाचली: {n} नोंदी.</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>उपकरण {total} पैकी {n} नोंदींनंतर थांबले. पुन्हा प्रयत्न करा.</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>उपकरणात साठवलेले निकाल, सर्वात नवा आधी. आत्ता घेतलेला निवडा:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>तरीही नोंदवा</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>नोंदवले</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>रुग्णाचा निकाल नाही</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>नोंदवता येत नाही</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>हा नोंदवा</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>आज {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>काल {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>आज {time} वाजता</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>काल {time} वाजता</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} रोजी {time} वाजता</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>क्लिनिकच्या घड्याळाच्या पुढे</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} मिनिटांपूर्वी</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} तासांपूर्वी</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 दिवसापूर्वी</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} दिवसांपूर्वी</translation>
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
        <translation>या निकालाची वेळ ({when}) क्लिनिकच्या घड्याळाच्या पुढे आहे: उपकरणाचे घड्याळ चुकीचे आहे. हा या रुग्णाचा आत्ताच घेतलेला निकाल असेल तरच नोंदवा, आणि उपकरणाचे घड्याळ दुरुस्त करा.</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>हा निकाल {when} घेतलेला आहे, आजचा नाही. उपकरण जुने निकाल ठेवते, बहुधा दुसऱ्या रुग्णाचे. हा या रुग्णाचा आणि आत्ता घेतलेला असेल तरच नोंदवा.</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>हा निकाल {age} ({when}) घेतला होता, आत्ता नाही. हा या रुग्णाचा असेल तरच नोंदवा.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>जानेवारी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फेब्रुवारी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>एप्रिल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मे</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलै</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ऑगस्ट</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सप्टेंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ऑक्टोबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नोव्हेंबर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>डिसेंबर</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>मासिक अहवाल</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>मागील महिना</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>पुढील महिना</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV आणि PDF सेव्ह करा</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>अहवाल प्रिंट करा</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>या महिन्यात काहीही नाही.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>रुग्ण</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>पाहिलेले रुग्ण</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>नवीन नोंदणी</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>उघडलेल्या केस</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>एकूण</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>तज्ज्ञतेनुसार सल्ले</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>घेतलेले व्हायटल्स</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>प्रिस्क्रिप्शन आणि फॉलो-अप</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>मिळालेली प्रिस्क्रिप्शन</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>रेफरल</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>बाकी फॉलो-अप</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>चुकलेले फॉलो-अप</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} मध्ये सेव्ह केले</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>प्रिंटरला पाठवले.</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>प्रिंट करता आले नाही: प्रिंटर तयार नाही. अहवाल PDF म्हणून सेव्ह केला आहे.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>अहवाल सेव्ह करता आला नाही.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>फोटो</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>कॅमेरा बंद आहे</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कॅमेरा</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>कॅमेरा सुरू करा</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>रुग्णाचा फोटो</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>क्लिनिकल फोटो</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>कॅमेरा सापडला नाही. USB वेबकॅम जोडा, मग ही केस पुन्हा उघडा.</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>कॅमेरा सुरू होऊ शकला नाही. त्याची केबल तपासा, किंवा दुसरा निवडा.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>कॅमेरा बंद करा</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>नाडीची लहर</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>प्रिस्क्रिप्शन</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>या केसचे प्रिस्क्रिप्शन नाकारले गेले. {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>प्रिस्क्रिप्शन</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>केसकडे परत जा</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>रुग्णासाठी प्रिंट करा</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>कागद</translation>
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
        <translation>80 मिमी</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट करा</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>हबने सही केलेले आणि या किऑस्कने तपासलेले. ते इथे बदलता येत नाही; QR कोडने फार्मासिस्ट ते तपासू शकतो.</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name} यांचे प्रिस्क्रिप्शन</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}. {count} औषधे.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>पुन्हा प्रिंट करा</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>अजून प्रिंट झाले नाही.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>प्रिंटरला पाठवत आहे…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>प्रिंट करता आले नाही: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>प्रिंटर {printer} वर थांबले आहे</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer} वर प्रिंट होत आहे</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer} वर प्रिंट झाले</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>प्रिंटर {printer} थांबला आहे: कागद आणि वीज तपासा. प्रिंटचे काम थांबले आहे.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>प्रिंटर {printer} ला हे प्रिंट करता आले नाही. पुन्हा प्रिंट करा.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>प्रिंट झाले नाही: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>रुग्णाची नोंद</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>व्हायटल</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फोटो</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>हबने नाकारले</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>हबने नाकारलेले बदल</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>हे बदल या किऑस्कवर सुरक्षित ठेवले आहेत. फक्त यांच्यावर अवलंबून असलेले थांबले आहे; बाकी सर्व हबकडे जात राहील. दाखवलेले कारण जिल्हा IT ला सांगा; त्यांनी दुरुस्त केल्यानंतर &quot;पुन्हा प्रयत्न करा&quot; दाबा.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>नोंदीची वेळ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>काय</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>प्रयत्न</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>काहीही नाकारलेले नाही.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>पुन्हा प्रयत्न करा</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>या कियॉस्कच्या नोंदींची रिकव्हरी की</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>या कियॉस्कवरील नोंदी याच संगणकात ठेवलेल्या एका कीने बंद केल्या आहेत. हा संगणक बिघडला किंवा बदलला, तर फक्त ही रिकव्हरी की त्या पुन्हा उघडू शकते.</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>ही की आत्ताच कागदावर जशी दिसते तशीच लिहून घ्या, आणि तो कागद जिल्हा IT ला द्या. तो या संगणकाजवळ ठेवू नका: ज्याच्याकडे संगणक आणि ही की दोन्ही असतील, तो प्रत्येक नोंद वाचू शकतो.</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>खात्री करण्यासाठी, तुम्ही लिहिल्याप्रमाणे कीचा शेवटचा गट टाइप करा</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4 अक्षरे व अंकांचे {count} गट; शेवटचा गट {count} वा आहे</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>मी ही लिहून घेतली आहे</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>हा कीचा शेवटचा गट नाही. तुम्ही लिहिलेले स्क्रीनशी जुळवून पाहा, मग शेवटचा गट पुन्हा टाइप करा.</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>रुग्णाचा तपशील दुरुस्त करा</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>रुग्णाची नोंदणी</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>पूर्ण नाव *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>स्त्री</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>इतर</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>लिंग *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>वय (वर्षे)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>किंवा जन्मतारीख:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>वय (वर्षे) *</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 अंक</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>वडिलांचे किंवा पतीचे नाव</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA नंबर</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14 अंक, ABHA कार्डवरून</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA पत्ता</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>उदा. name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>गाव</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>रुग्णाची भाषा</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेव्ह करा</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>बदल सेव्ह करा</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>सेव्ह करा आणि केस सुरू करा</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA कार्ड स्कॅन करा</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>रुग्ण शोधा</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>नवीन रुग्णाची नोंदणी करा</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>नाव, फोन, ABHA नंबर किंवा गाव</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>रुग्ण शोधा</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>जुळणारे रुग्ण</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>कोणताही रुग्ण निवडलेला नाही</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>नवीन केस सुरू करा</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>तपशील दुरुस्त करा</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos; शी जुळणारा रुग्ण नाही. स्पेलिंग तपासा, फोन नंबरने शोधा, किंवा नवीन रुग्णाची नोंदणी करा.</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>अजून कोणत्याही रुग्णाची नोंदणी झालेली नाही.</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>वर शोधा, मग केस सुरू करण्यासाठी रुग्ण निवडा.</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>वय / लिंग</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>पालक</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>गाव</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फोन</translation>
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
        <translation>स्वागत आहे</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>या किऑस्कवर अजून कोणतेही खाते नाही. पहिले खाते तयार करा; नंतर त्यातून इतर सीएचओ जोडता येतील.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूर्ण नाव</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>युजर नाव</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>इंग्रजी अक्षरांत, उदा. sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>पिन (4 ते 8 अंक)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>पिन पुन्हा</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>खाते तयार करा</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>दोन्ही पिन सारखे नाहीत.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>स्त्री</translation>
    </message>
    <message>
        <source>M</source>
        <translation>पु</translation>
    </message>
    <message>
        <source>O</source>
        <translation>इ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>एका मिनिटापेक्षा कमी</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} मिनिटे</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} तास</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} दिवस</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>हब सिंक</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>पाहा</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>आत्ता सिंक करा</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>सिंक झाले: नोंदवलेले सर्व हबपर्यंत पोहोचले आहे.</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>पाठवायचे आणखी काही बाकी नाही.</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} बदल पाठवायचे बाकी आहेत</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>सर्वात जुना {age} पासून थांबला आहे</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>अजून हबशी सिंक झाले नाही</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>शेवटचे यशस्वी सिंक: {time} ({age} पूर्वी)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n} बदल हबने नाकारले आहेत, त्यांच्याकडे लक्ष द्यायला हवे.</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>नोंदणी नाही</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>सिंक होत आहे…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफलाइन</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>लक्ष द्या</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जोडले जात आहे…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>ऑनलाइन · सिंक झाले</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>हे किऑस्क हबकडे नोंदणी करू शकले नाही: {reason}. सर्व काही इथेच ठेवले आहे; जिल्हा IT नवीन कोड देऊ शकते.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>हे किऑस्क अजून कोणत्याही हबकडे नोंदणीकृत नाही. सर्व काही इथेच ठेवले आहे; जिल्हा IT एकदाच वापरायच्या कोडने त्याची नोंदणी करेल.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>हबशी संपर्क होत नाही. काम चालू ठेवा: सर्व काही या किऑस्कवर सेव्ह होत आहे आणि कनेक्शन परत आल्यावर पाठवले जाईल.</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>पुढचा प्रयत्न {time} ला.</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>शेवटचे सिंक पूर्ण झाले नाही; ते पुन्हा केले जाईल.</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>बदल पाठवत आहे: %m पैकी %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>हबकडून येत आहे: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>फोटो पाठवत आहे: %m पैकी %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB पैकी {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>सिंक होऊ शकले नाही: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>वरचा</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>खालचा</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>उपाशीपोटी</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>नोंदवा</translation>
    </message>
    <message>
        <source>device</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>टाइप केलेले</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>गणना केलेले</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>दुरुस्त करा</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>ABHA नंबरमध्ये 14 अंक असतात, उदा. 12-3456-7890-1234. {count} अंक दिले आहेत.</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>ABHA पत्ता name@abdm सारखा असतो: 4 ते 32 अक्षरे किंवा अंक (मध्ये टिंब किंवा अंडरस्कोर असू शकतो), मग @abdm.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>युजर नावात 3 ते 32 इंग्रजी अक्षरे किंवा अंक असतात आणि ते अक्षराने सुरू होते.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>पिनमध्ये 4 ते 8 अंक असतात.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>हा पिन सहज ओळखता येतो (जसे 1111 किंवा 1234). दुसरा निवडा.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>मसुदा</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>हबची वाट</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>सल्ला चालू</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>प्रिस्क्रिप्शन आले</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>जनरल मेडिसिन</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>बालरोग</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>प्रसूती व स्त्रीरोग</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>त्वचारोग</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>कान, नाक, घसा</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>नेत्ररोग</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>मानसिक आरोग्य</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>हाडे व सांधे (ऑर्थोपेडिक्स)</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>हृदयरोग</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>दंतरोग</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>हबच्या डॉक्टरांशी दूरस्थ सल्ला</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>ही नोंद ABDM सोबत शेअर करणे</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>तोंडी होकार दिला (मौखिक)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>छापील फॉर्मवर अंगठा</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>छापील फॉर्मवर सही</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>आई</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>वडील</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>पती किंवा पत्नी</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>मुलगा</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>मुलगी</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>भाऊ</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>बहीण</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>आजोबा किंवा आजी</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>कायदेशीर पालक</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>इतर नातेवाईक</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>संमती कोण देत आहे ते सांगा.</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>रुग्णाचे वय {age} वर्षांपेक्षा कमी आहे: संमती आई-वडील किंवा पालकांनीच द्यायला हवी.</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>संमती देणाऱ्या पालकांचे नाव लिहा.</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>कृपया हे {max} अक्षरांपेक्षा कमी ठेवा.</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>पालकांचे रुग्णाशी काय नाते आहे ते निवडा.</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>संमती कशी दिली ते निवडा.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>ही संमती आधीच मागे घेतली आहे.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>सल्ला मागण्यापूर्वी दूरस्थ सल्ल्यासाठी रुग्णाची संमती नोंदवा.</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>रुग्णाने दूरस्थ सल्ल्याची संमती मागे घेतली आहे: सल्ला होऊ शकत नाही.</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>ही केस आधीच हबकडे पाठवली आहे; तिचा तपशील आता बदलता येणार नाही.</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; स्थितीतील केस &apos;{wanted}&apos; होऊ शकत नाही.</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>सल्ला मागण्यापूर्वी मुख्य तक्रार लिहा.</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>सल्ल्यासाठी तज्ज्ञता निवडा.</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>संख्या टाइप करा, उदा. 98 किंवा 36.8.</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>बीपीसाठी वरचा (सिस्टॉलिक) आणि खालचा (डायस्टॉलिक) दोन्ही हवेत.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>मोबाइल नंबरमध्ये 10 अंक असतात आणि तो 6, 7, 8 किंवा 9 ने सुरू होतो, उदा. 9876543210.</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>नावात 2 ते 80 अक्षरे असतात, कोणत्याही भारतीय लिपीत किंवा इंग्रजी अक्षरांत; मोकळी जागा, बिंदू आणि हायफन चालतात, अंक चालत नाहीत.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>जन्मतारीख भविष्यातील असू शकत नाही.</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>जन्मतारीख {max} वर्षांपेक्षाही जुनी आहे. कृपया तपासा.</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>जन्मतारीख किंवा वय (वर्षे) द्या.</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>वय 0 ते {max} दरम्यान पूर्ण वर्षांत लिहा.</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>स्त्री, पुरुष किंवा इतर निवडा.</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>प्रिस्क्रिप्शनमध्ये {item} नाही.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>प्रिस्क्रिप्शनमधील {item} चे मूल्य योग्य प्रकारचे नाही.</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>प्रिस्क्रिप्शनमध्ये एक अनोळखी भाग आहे: {item}.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>प्रिस्क्रिप्शनमधील {item} {max} अक्षरांपेक्षा लांब आहे.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>प्रिस्क्रिप्शनमधील {item} 2026-11-20 सारखी तारीख (किंवा ऑफसेटसह वेळ) नाही.</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>प्रिस्क्रिप्शनमध्ये {max} पेक्षा जास्त {item} आहेत.</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>प्रिस्क्रिप्शनमध्ये ना औषध आहे, ना सल्ला.</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>रुग्णाचे वय 0 ते {max} दरम्यान पूर्ण संख्या असायला हवे.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>प्रिस्क्रिप्शनमधील {item} यापैकी एक असायला हवे: {allowed}.</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>हे किऑस्क वाचू शकेल असे हे प्रिस्क्रिप्शन नाही. हबला ते पुन्हा पाठवायला सांगा.</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>काही तपशील गहाळ किंवा चुकीचे आहेत, म्हणून ते प्रिंट करता येत नाही. हबला ते पुन्हा पाठवायला सांगा.</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>सह्या तपासण्यासाठी या किऑस्ककडे हबची किल्ली नाही. त्याची नोंदणी करण्यासाठी जिल्हा IT ला फोन करा.</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>यावर या किऑस्कला माहीत नसलेल्या किल्लीने सही केली आहे, त्यामुळे ते कदाचित हबकडून आलेले नाही. ते वापरू नका; जिल्हा IT ला फोन करा.</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>याची सही जुळत नाही: तज्ज्ञांनी सही केल्यानंतर त्यात बदल झाला, किंवा ते हबकडून आलेले नाही. ते वापरू नका; हबला ते पुन्हा पाठवायला सांगा.</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>हे अशा केसचे आहे जी या किऑस्कवर नाही. जिल्हा IT ला फोन करा.</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>यात केसमधील रुग्णाऐवजी दुसऱ्याच रुग्णाचे नाव आहे. हबला फोन करा.</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>याच नंबरचे दुसरे प्रिस्क्रिप्शन आधीच ठेवलेले आहे. हबला फोन करा.</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} शक्य नाही. योग्य मर्यादा: {low} ते {high} {unit}.</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (ऑक्सिजन)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>नाडी</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>हृदयाचे ठोके</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>वरचा बीपी</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>खालचा बीपी</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>सरासरी दाब</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>श्वसन दर</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>वजन</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>उंची</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>बीएमआय</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>ब्लड शुगर</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>उपाशीपोटी शुगर</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>बीपी (रक्तदाब)</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>वरचा बीपी ({systolic}) खालच्या बीपीपेक्षा ({diastolic}) जास्त असायला हवा.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>युजर नाव {name} आधीच घेतले आहे.</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>या ABHA नंबरचा रुग्ण आधीच नोंदणीकृत आहे. त्याऐवजी त्यांना शोधा.</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>फॉर्मचा हा फोटो या केसचा नाही.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>मागे घेण्यासाठी कोणतीही संमती नाही.</translation>
    </message>
</context>
</TS>
