<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA कार्ड स्कैन करें</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>कार्ड का QR कोड कैमरे के सामने रखें।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>कोई कैमरा नहीं मिला। कार्ड से विवरण टाइप करें।</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>कैमरा चालू नहीं हो सका। विवरण टाइप करें।</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>यह QR कोड ABHA कार्ड का नहीं है।</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>सीएचओ खाते</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>कौन साइन इन कर सकता है</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>नया खाता जोड़ें</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>यूज़र नाम</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>अंग्रेज़ी अक्षरों में, जैसे sunita</translation>
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
        <translation>पिन (4 से 8 अंक)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>पिन दोबारा</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>खाता जोड़ें</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>दोनों पिन एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} अब साइन इन कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>बैकअप नहीं बना: बैकअप ड्राइव लगी हुई नहीं है। कृपया उसे लगाएँ।</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>बैकअप नहीं बना: बैकअप ड्राइव भर गई है। कृपया ज़िला आईटी को बताएँ।</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>बैकअप नहीं बना। कृपया ज़िला आईटी को बताएँ (&apos;kiosk doctor&apos; कारण दिखाता है)।</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>कॉल के लिए कैमरा और आवाज़</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>माइक्रोफ़ोन</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>स्पीकर</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>कॉल के दौरान बदलाव तुरंत लागू होता है: कॉल एक पल के लिए फिर से जुड़ती है। नहीं तो यह अगली कॉल से लागू होगा।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>कोई कैमरा नहीं मिला</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>टर्मिनल का डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>हब को कॉल करें</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>हब को बता दिया गया है: विशेषज्ञ यहीं कॉल करेंगे।</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>यह केस अभी हब तक नहीं पहुँचा है; इसे भेजा जा रहा है।</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>कॉल उपलब्ध नहीं: हब से कनेक्शन नहीं है।</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty} के विशेषज्ञ ऑनलाइन हैं।</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>अभी कोई विशेषज्ञ ऑनलाइन नहीं है; केस कतार में इंतज़ार कर रहा है।</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>हब से कॉल करने का अनुरोध किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>विशेषज्ञ के वीडियो की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>कैमरा बंद</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>नाड़ी</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>आवाज़ बंद</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>कॉल समाप्त करें</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>केस पर वापस जाएँ</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>हब विशेषज्ञ</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name} के साथ कॉल में</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>कॉल समाप्त</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>केवल आवाज़: आप अब भी एक-दूसरे को सुन सकते हैं।</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>अच्छा कनेक्शन</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>ठीक-ठाक कनेक्शन</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>कमज़ोर कनेक्शन</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>फिर से जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>कनेक्शन टूट गया। उसी परामर्श से फिर से जोड़ा जा रहा है; कृपया प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>इंटरनेट कमज़ोर है, इसलिए कॉल केवल आवाज़ के साथ चल रही है। इंटरनेट सुधरने पर वीडियो अपने आप लौट आएगा।</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>आवाज़ की समस्या: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>विशेषज्ञ ने कॉल समाप्त की।</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>आपने कॉल समाप्त की।</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>कॉल फिर से नहीं जुड़ सकी। विशेषज्ञ दोबारा कॉल कर सकते हैं।</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>आपने कॉल अस्वीकार की।</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>कॉल समाप्त हो गई है।</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>आवाज़ चालू</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>कैमरा चालू</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>टेलीपरामर्श के लिए सहमति</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>मरीज़ स्वयं</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>माता-पिता या अभिभावक</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} साल से कम: सहमति माता-पिता या अभिभावक देंगे।</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>सहमति कौन दे रहा है</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>माता-पिता या अभिभावक का नाम</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>मरीज़ से रिश्ता</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>बोलकर हाँ कहा</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>फ़ॉर्म पर अंगूठा</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>फ़ॉर्म पर हस्ताक्षर</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>सहमति कैसे दी गई</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>कैमरा बंद है</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>भरे हुए फ़ॉर्म की फ़ोटो केस के साथ रखें।</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>कैमरा चालू करें</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>फ़ॉर्म की फ़ोटो लें</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>यह रिकॉर्ड ABDM के साथ साझा करने के लिए भी सहमत</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>गवाह: {name} (आप)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>सहमति सहेजें</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>कोई कैमरा नहीं मिला।</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>कैमरा बंद करें</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>फ़ॉर्म की फ़ोटो केस के साथ सहेज ली गई।</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>सहमति दर्ज करें</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>फ़ॉर्म छापें</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>सहमति वापस लें</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>सहमति: अभी दर्ज नहीं है। पहले मरीज़ से पूछें।</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time} बजे सहमति वापस ली गई। अब परामर्श नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDM के साथ साझा करना: सहमत।</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDM के साथ साझा करना: सहमति नहीं।</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>मरीज़ स्वयं</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>सहमति देने वाले: {who}; तरीका: {how}। गवाह: {witness}, {when}।</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>वापस लेने के लिए फिर से दबाएँ</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>केवल तभी वापस लें जब मरीज़ ऐसा कहें। हब के डॉक्टर यह परामर्श नहीं ले पाएँगे।</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>सहमति फ़ॉर्म प्रिंटर {printer} पर भेज दिया गया।</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>किसी प्रिंटर ने जवाब नहीं दिया। प्रिंटर जाँचें, फिर फ़ॉर्म दोबारा प्रिंट करें।</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>मरीज़ को यह {language} भाषा में पढ़कर सुनाएँ:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>यही बात {language} भाषा में, आपके लिए:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>दर्ज करें</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जुड़ रहा है…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>सिग्नल नहीं</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>डिस्कनेक्ट</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>निकाला गया</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>पहचाना नहीं गया</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>उपकरण डिस्कनेक्ट हो गया। पहले दर्ज किए गए मान सुरक्षित हैं।</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>यह उपकरण पहचाना नहीं गया। ज़िला आईटी इसका ड्राइवर चुन सकता है।</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>बीपी (रक्तचाप)</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time} पर दर्ज: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>दर्ज किया गया, {when} लिया गया: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>स्थिर होने पर अपने आप दर्ज करें</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>कोई वाइटल्स उपकरण जुड़ा नहीं है। उपकरण लगाएँ, या नीचे मान टाइप करें।</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>प्रोब में समस्या</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>नाड़ी खोज रहा है</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>उंगली प्रोब से बाहर है</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>सेंसर जुड़ा नहीं है</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>सेंसर मरीज़ से हटा है</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>हलचल: हाथ स्थिर रखें</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>सिग्नल खो गया</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>नाड़ी का सिग्नल कमज़ोर है</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>कम SpO2 अलार्म</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>वज़न स्थिर हो रहा है…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>तराज़ू पर भार सीमा से अधिक</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>कंट्रोल सॉल्यूशन जाँच, मरीज़ की रीडिंग नहीं</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>खाने से पहले</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>खाने के बाद</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>मीटर की सीमा से ऊपर</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>मीटर की सीमा से नीचे</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>मीटर ने इस नतीजे को संदिग्ध बताया</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>डिस्क लगभग भर गई है ({free} MB बची है): मरीज़ों के रिकॉर्ड के लिए जगह बचाने हेतु नई फ़ोटो नहीं ली जा रही हैं। कृपया आज ही ज़िला आईटी को बताएँ।</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>डिस्क भर रही है ({free} MB बची है)। कृपया जल्द ही ज़िला आईटी को बताएँ।</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>फ़ोटो सहेजी नहीं गई: डिस्क लगभग भर गई है, और बची जगह मरीज़ों के रिकॉर्ड के लिए रखी गई है। केस और उसकी पहले की फ़ोटो सुरक्षित हैं। कृपया ज़िला आईटी को बताएँ।</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>फ़ोटो सहेजी नहीं गई: डिस्क भर गई है। केस और उसकी पहले की फ़ोटो सुरक्षित हैं। कृपया ज़िला आईटी को बताएँ।</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>हब से आए रिकॉर्ड सहेजे नहीं जा सके: डिस्क भर गई है। कुछ भी खोया नहीं है; जगह होते ही वे फिर आ जाएँगे। कृपया ज़िला आईटी को बताएँ।</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>बैकअप नहीं बना: बैकअप ड्राइव भर गई है। कृपया ज़िला आईटी को बताएँ।</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>सहेजा नहीं गया: कियोस्क की डिस्क भर गई है। पहले सहेजा गया सब कुछ सुरक्षित है, और आपने जो लिखा वह अभी भी स्क्रीन पर है। कृपया ज़िला आईटी से जगह बनवाएँ, फिर दोबारा सहेजें।</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>केस का विवरण</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>मुख्य शिकायत</translation>
    </message>
    <message>
        <source>History</source>
        <translation>पिछला इतिहास</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>विवरण सहेजें</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>हब से परामर्श</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>विशेषज्ञता चुनें…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>समीक्षा के लिए भेजें</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>कॉल की ज़रूरत नहीं: विशेषज्ञ केस पढ़कर लिखित में जवाब देंगे।</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>परामर्श का अनुरोध करें</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>वाइटल्स (जीवन संकेत)</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>अभिभावक: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>आभा {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time} बजे खोला गया</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>भाषा: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>समीक्षा के लिए भेजा गया। विशेषज्ञ लिखित में जवाब देंगे; जवाब यहाँ दूसरी पर्चियों की तरह छपेगा।</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>परामर्श का अनुरोध हो गया। कनेक्शन मिलते ही केस हब को चला जाएगा; आप वाइटल्स जोड़ते रह सकते हैं।</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} बजे सहेजा गया</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>दोबारा दिखाने की पर्ची प्रिंट करें</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>इस दवा की पर्ची में दोबारा दिखाने का दिन नहीं लिखा है, इसलिए कोई पर्ची नहीं छपेगी।</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>दोबारा दिखाने का दिन: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>दोबारा दिखाने की पर्ची प्रिंटर को भेजी जा रही है…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>दोबारा दिखाने की पर्ची नहीं बन सकी: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>दोबारा दिखाने की पर्ची प्रिंटर {printer} पर इंतज़ार में है।</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>दोबारा दिखाने की पर्ची {printer} पर प्रिंट हो रही है।</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>दोबारा दिखाने की पर्ची {printer} पर प्रिंट हो गई।</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>प्रिंटर {printer} रुका हुआ है: काग़ज़ और बिजली देखें। पर्ची इंतज़ार कर रही है।</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>प्रिंटर {printer} दोबारा दिखाने की पर्ची प्रिंट नहीं कर सका। फिर से प्रिंट करें।</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>प्रिंट नहीं हुई: इस कियोस्क पर कोई प्रिंटर चुना नहीं गया है।</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>प्रिंट नहीं हुई: प्रिंट सेवा काम नहीं कर रही है।</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>प्रिंट नहीं हुई: प्रिंटर {printer} इस कियोस्क पर लगाया नहीं गया है।</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>प्रिंट नहीं हुई: प्रिंटर {printer} ने पर्ची नहीं ली।</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>दोबारा दिखाने वाले मरीज़</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>आज किसी मरीज़ को दोबारा नहीं दिखाना है।</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>आज आना है</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} दिन देर</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>नमस्ते, {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>आज के केस</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>आज अभी कोई केस नहीं है। केस शुरू करने के लिए मरीज़ खोजें या पंजीकृत करें।</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>मरीज़ खोजें या पंजीकृत करें</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>मासिक रिपोर्ट</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>सीएचओ खाते</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(अभी शिकायत नहीं लिखी गई)</translation>
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
        <translation>आने वाली वीडियो कॉल</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर दें</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>हब के एक विशेषज्ञ</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} कॉल कर रहे हैं</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} के बारे में। मरीज़ को पास बिठाकर उत्तर दें।</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>हब के लिए प्रतीक्षारत एक केस के बारे में।</translation>
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
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>डेमो कियोस्क: &apos;{user}&apos; चुनें और पिन {pin} डालें।</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>कौन साइन इन कर रहा है?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>पहले अपना नाम चुनें।</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>अपना पिन डालें।</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>पिन जाँचा नहीं जा सका: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>बहुत बार गलत पिन डाला गया। यह खाता {time} बजे तक बंद है। किसी दूसरे सीएचओ से साइन इन करवाएँ या प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>गलत पिन। खाता 5 मिनट के लिए बंद होने से पहले {count} प्रयास बचे हैं।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>एचडब्ल्यूसी स्पोक कियोस्क</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>होम</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>लॉक करें</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>{n} हब ने अस्वीकार किए</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>{n} भेजने बाकी</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>सब भेजा गया</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>कियोस्क का डेटा सहेजा या पढ़ा नहीं जा सका: {error}। जो पहले सहेजा जा चुका है वह सुरक्षित है। बार-बार ऐसा हो तो ज़िला आईटी को फ़ोन करें।</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>कुछ गड़बड़ हुई और ज़िला आईटी के लिए लॉग में लिख दी गई है। जो पहले सहेजा जा चुका है वह सुरक्षित है।</translation>
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
        <translation>मेमोरी पढ़ें</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>उपकरण में रखे परिणाम पढ़ें</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>उपकरण से उसकी मेमोरी माँगी जा रही है…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>अभी उपकरण से नहीं पूछा जा सकता। जब वह लाइव हो, तब फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>उपकरण की मेमोरी पढ़ी जा रही है… अब तक {n} रिकॉर्ड</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>उपकरण की मेमोरी पढ़ी जा रही है… {total} में से {n} रिकॉर्ड</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>उपकरण की मेमोरी खाली है।</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>मेमोरी पढ़ ली गई: {n} रिकॉर्ड।</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>उपकरण {total} में से {n} रिकॉर्ड के बाद रुक गया। फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>डिवाइस में रखे नतीजे, सबसे नया पहले। अभी लिया गया नतीजा चुनें:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>फिर भी दर्ज करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>दर्ज किया गया</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>मरीज़ का नतीजा नहीं</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>दर्ज नहीं हो सकता</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>इसे दर्ज करें</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>आज {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>कल {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>आज {time} बजे</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>कल {time} बजे</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} को {time} बजे</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>क्लिनिक की घड़ी से आगे</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} मिनट पहले</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} घंटे पहले</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 दिन पहले</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} दिन पहले</translation>
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
        <translation>इस नतीजे का समय ({when}) क्लिनिक की घड़ी से आगे है: डिवाइस की घड़ी गलत है। इसे तभी दर्ज करें जब यह इसी मरीज़ का अभी लिया गया नतीजा हो, और डिवाइस की घड़ी ठीक करें।</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>यह नतीजा {when} का है, आज का नहीं। डिवाइस पुराने नतीजे रखता है, अक्सर किसी और मरीज़ के। इसे तभी दर्ज करें जब यह इसी मरीज़ का हो और अभी लिया गया हो।</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>यह नतीजा {age} ({when}) लिया गया था, अभी नहीं। इसे तभी दर्ज करें जब यह इसी मरीज़ का हो।</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फ़रवरी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्टूबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>दिसंबर</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>मासिक रिपोर्ट</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>पिछला महीना</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>अगला महीना</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV और PDF सहेजें</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>रिपोर्ट छापें</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>इस महीने कोई नहीं।</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>देखे गए मरीज़</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>नए पंजीकरण</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>खोले गए केस</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>विशेषज्ञ परामर्श, विशेषज्ञता के अनुसार</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>लिए गए माप</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>दवा की पर्चियाँ और दोबारा दिखाना</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>मिली पर्चियाँ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>आगे रेफ़र किए गए</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>दोबारा दिखाने की तारीख़ वाले</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>दोबारा नहीं आए</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} में सहेजी गई</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>प्रिंटर को भेज दी गई।</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>छप नहीं सकी: प्रिंटर तैयार नहीं है। रिपोर्ट PDF के रूप में सहेज ली गई है।</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>रिपोर्ट सहेजी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>कैमरा बंद है</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>कैमरा चालू करें</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>मरीज़ की फ़ोटो</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>क्लिनिकल फ़ोटो</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>कोई कैमरा नहीं मिला। USB वेबकैम लगाएँ, फिर यह केस दोबारा खोलें।</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>कैमरा चालू नहीं हो सका। उसका केबल जाँचें, या दूसरा कैमरा चुनें।</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>कैमरा बंद करें</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>नाड़ी तरंग</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>दवा की पर्ची</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>इस केस की दवा की पर्ची अस्वीकार की गई। {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>दवा की पर्ची</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>केस पर वापस जाएँ</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>मरीज़ के लिए प्रिंट करें</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>काग़ज़</translation>
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
        <translation>80 मि.मी.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>हब द्वारा हस्ताक्षरित और इस कियोस्क द्वारा जाँची गई। इसे यहाँ बदला नहीं जा सकता; QR कोड से दवा विक्रेता इसकी जाँच कर सकता है।</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name} की दवा की पर्ची</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}। {count} दवाइयाँ।</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>फिर से प्रिंट करें</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>अभी प्रिंट नहीं हुई।</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>प्रिंटर को भेजी जा रही है…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>प्रिंट नहीं हो सका: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>प्रिंटर {printer} पर इंतज़ार में</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer} पर प्रिंट हो रही है</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer} पर प्रिंट हो गई</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>प्रिंटर {printer} रुका हुआ है: काग़ज़ और बिजली देखें। प्रिंट का काम इंतज़ार कर रहा है।</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>प्रिंटर {printer} इसे प्रिंट नहीं कर सका। फिर से प्रिंट करें।</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>प्रिंट नहीं हुई: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>मरीज़ का रिकॉर्ड</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>वाइटल</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>हब ने अस्वीकार किया</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>हब द्वारा अस्वीकार किए गए बदलाव</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>ये बदलाव इस कियोस्क पर सुरक्षित रखे गए हैं। केवल इन पर निर्भर चीज़ें रुकी हैं; बाकी सब हब को जाता रहेगा। दिखाया गया कारण ज़िला आईटी को बताएँ; उनके ठीक करने के बाद &quot;फिर से कोशिश करें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>दर्ज किया गया</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>कुछ भी अस्वीकार नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>इस कियोस्क के रिकॉर्ड की रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>इस कियोस्क के रिकॉर्ड एक कुंजी से बंद हैं जो इसी कंप्यूटर के अंदर रखी है। अगर यह कंप्यूटर खराब हो जाए या बदला जाए, तो रिकॉर्ड फिर से सिर्फ़ इस रिकवरी कुंजी से खुलेंगे।</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>इसे अभी काग़ज़ पर ठीक वैसा ही लिख लें जैसा दिख रहा है, और वह काग़ज़ ज़िला आईटी को दें। उसे इस कंप्यूटर के पास न रखें: जिसके पास कंप्यूटर और यह कुंजी दोनों हों, वह हर रिकॉर्ड पढ़ सकता है।</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>पक्का करने के लिए, कुंजी का आख़िरी समूह वैसा ही टाइप करें जैसा आपने लिखा है</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4 अक्षरों और अंकों के {count} समूह; आख़िरी समूह {count}वाँ है</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>मैंने इसे लिख लिया है</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>यह कुंजी का आख़िरी समूह नहीं है। जो लिखा है उसे स्क्रीन से मिलाएँ, फिर आख़िरी समूह दोबारा टाइप करें।</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>मरीज़ का विवरण सुधारें</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>मरीज़ का पंजीकरण</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>पूरा नाम *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>लिंग *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>उम्र (वर्ष)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>या जन्म तिथि:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>उम्र (वर्ष) *</translation>
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
        <translation>पिता या पति का नाम</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>आभा नंबर</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14 अंक, आभा कार्ड से</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>आभा पता</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>जैसे name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>मरीज़ की भाषा</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>बदलाव सहेजें</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>सहेजें और केस शुरू करें</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA कार्ड स्कैन करें</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>मरीज़ खोजें</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>नया मरीज़ पंजीकृत करें</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>नाम, फ़ोन, आभा नंबर या गाँव</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>मरीज़ खोजें</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>मिलते हुए मरीज़</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>कोई मरीज़ नहीं चुना गया</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>नया केस शुरू करें</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>विवरण सुधारें</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos; से कोई मरीज़ नहीं मिला। वर्तनी जाँचें, फ़ोन नंबर से खोजें, या नया मरीज़ पंजीकृत करें।</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>अभी तक कोई मरीज़ पंजीकृत नहीं है।</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>ऊपर खोजें, फिर केस शुरू करने के लिए मरीज़ चुनें।</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>उम्र / लिंग</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>अभिभावक</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>ABHA</source>
        <translation>आभा</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Welcome</source>
        <translation>स्वागत है</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>इस कियोस्क पर अभी कोई खाता नहीं है। पहला खाता बनाएँ; बाकी सीएचओ बाद में जोड़े जा सकते हैं।</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>यूज़र नाम</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>अंग्रेज़ी अक्षरों में, जैसे sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>पिन (4 से 8 अंक)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>पिन दोबारा</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>खाता बनाएँ</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>दोनों पिन एक जैसे नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>म</translation>
    </message>
    <message>
        <source>M</source>
        <translation>पु</translation>
    </message>
    <message>
        <source>O</source>
        <translation>अ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>एक मिनट से कम</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} मिनट</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} घंटे</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} दिन</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>हब से सिंक</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>देखें</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>अभी सिंक करें</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>सिंक पूरा: दर्ज किया गया सब कुछ हब तक पहुँच गया है।</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>भेजने के लिए और कुछ बाकी नहीं।</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} बदलाव भेजे जाने बाकी हैं</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>सबसे पुराना {age} से रुका है</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>अभी हब से सिंक नहीं हुआ</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>पिछला सफल सिंक: {time} ({age} पहले)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n} बदलाव हब ने अस्वीकार किए हैं, इन्हें देखना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>पंजीकृत नहीं</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>सिंक हो रहा है…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ध्यान दें</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जुड़ रहा है…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>ऑनलाइन · सिंक पूरा</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>यह कियोस्क हब से पंजीकृत नहीं हो सका: {reason}। सब कुछ यहीं रखा जा रहा है; ज़िला आईटी नया कोड दे सकता है।</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>यह कियोस्क अभी किसी हब से पंजीकृत नहीं है। सब कुछ यहीं रखा जा रहा है; ज़िला आईटी एक बार के कोड से इसे पंजीकृत करेगा।</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>हब से संपर्क नहीं हो पा रहा। काम जारी रखें: सब कुछ इस कियोस्क पर सहेजा जा रहा है और कनेक्शन लौटते ही भेज दिया जाएगा।</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>अगला प्रयास {time} बजे।</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>पिछला सिंक पूरा नहीं हुआ; इसे फिर से आज़माया जाएगा।</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>बदलाव भेजे जा रहे हैं: %m में से %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>हब से आ रहा है: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>फ़ोटो भेजी जा रही हैं: %m में से %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB में से {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>सिंक नहीं हो सका: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>ऊपर</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>नीचे</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>खाली पेट</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>दर्ज करें</translation>
    </message>
    <message>
        <source>device</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>हाथ से</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>गणना</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>सुधारें</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>यूज़र नाम में 3 से 32 अंग्रेज़ी अक्षर या अंक होते हैं और यह अक्षर से शुरू होता है।</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>पिन में 4 से 8 अंक होते हैं।</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>यह पिन आसानी से अनुमान लगाया जा सकता है (जैसे 1111 या 1234)। कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>हब की प्रतीक्षा</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>परामर्श जारी</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>पर्चा मिला</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>सामान्य चिकित्सा</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>बाल रोग</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>प्रसूति एवं स्त्री रोग</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>त्वचा रोग</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>नाक, कान, गला</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>नेत्र रोग</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>मानसिक स्वास्थ्य</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>हड्डी एवं जोड़</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>हृदय रोग</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>दंत रोग</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>हब के डॉक्टर से टेलीपरामर्श</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>यह रिकॉर्ड ABDM के साथ साझा करना</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>बोलकर हाँ कहा (मौखिक)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>छपे फ़ॉर्म पर अंगूठे का निशान</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>छपे फ़ॉर्म पर हस्ताक्षर</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>माँ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>पिता</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>पति या पत्नी</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>बेटा</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>बेटी</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>भाई</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>बहन</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>दादा-दादी या नाना-नानी</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>क़ानूनी अभिभावक</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>अन्य रिश्तेदार</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>बताएँ कि सहमति कौन दे रहा है।</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>मरीज़ की उम्र {age} साल से कम है: सहमति माता-पिता या अभिभावक को देनी होगी।</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>सहमति देने वाले अभिभावक का नाम लिखें।</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>कृपया इसे {max} अक्षरों से कम रखें।</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>चुनें कि अभिभावक का मरीज़ से क्या रिश्ता है।</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>चुनें कि सहमति कैसे दी गई।</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>यह सहमति पहले ही वापस ली जा चुकी है।</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>परामर्श माँगने से पहले टेलीपरामर्श के लिए मरीज़ की सहमति दर्ज करें।</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>मरीज़ ने टेलीपरामर्श की सहमति वापस ले ली है: परामर्श नहीं हो सकता।</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>यह केस हब को भेजा जा चुका है; इसका विवरण अब बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; स्थिति वाला केस &apos;{wanted}&apos; नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>परामर्श का अनुरोध करने से पहले मुख्य शिकायत लिखें।</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>परामर्श के लिए विशेषज्ञता चुनें।</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>संख्या लिखें, जैसे 98 या 36.8।</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>बीपी के लिए ऊपर और नीचे, दोनों संख्याएँ चाहिए।</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>मोबाइल नंबर में 10 अंक होते हैं और यह 6, 7, 8 या 9 से शुरू होता है, जैसे 9876543210।</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>नाम में 2 से 80 अक्षर होते हैं, किसी भी भारतीय लिपि में या अंग्रेज़ी अक्षरों में; खाली जगह, बिंदु और हाइफ़न चल सकते हैं, अंक नहीं।</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>जन्म तिथि भविष्य की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>जन्म तिथि {max} साल से भी पहले की है। कृपया जाँच लें।</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>जन्म तिथि या उम्र (वर्ष) लिखें।</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>उम्र 0 से {max} के बीच पूरे वर्षों में लिखें।</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>महिला, पुरुष या अन्य चुनें।</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} संभव नहीं है। सही सीमा: {low} से {high} {unit}।</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (ऑक्सीजन)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>नब्ज़</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>हृदय गति</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>ऊपर का बीपी</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>नीचे का बीपी</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>औसत दबाव</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>साँस की दर</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>बीएमआई</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>ब्लड शुगर</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>खाली पेट शुगर</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>बीपी (रक्तचाप)</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>ऊपर का बीपी ({systolic}) नीचे वाले ({diastolic}) से ज़्यादा होना चाहिए।</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>यूज़र नाम {name} पहले से लिया हुआ है।</translation>
    </message>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>आभा नंबर में 14 अंक होते हैं, जैसे 12-3456-7890-1234। केवल {count} अंक दिए गए हैं।</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>आभा पता name@abdm जैसा होता है: 4 से 32 अंग्रेज़ी अक्षर या अंक (बीच में बिंदु या अंडरस्कोर हो सकता है), फिर @abdm।</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>इस आभा नंबर वाला मरीज़ पहले से पंजीकृत है। उन्हें खोजें।</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>पर्ची में {item} नहीं है।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>पर्ची में {item} का मान सही प्रकार का नहीं है।</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>पर्ची में एक अनजान हिस्सा है: {item}।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>पर्ची में {item} {max} अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>पर्ची में {item} 2026-11-20 जैसी तारीख़ (या ऑफ़सेट के साथ समय) नहीं है।</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>पर्ची में {max} से ज़्यादा {item} हैं।</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>पर्ची में न कोई दवा है, न कोई सलाह।</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>मरीज़ की उम्र 0 से {max} तक की पूरी संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>पर्ची में {item} इनमें से एक होना चाहिए: {allowed}।</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>यह कियोस्क इस पर्ची को पढ़ नहीं सकता। हब से इसे दोबारा भेजने को कहें।</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>कुछ जानकारी छूटी है या ग़लत है, इसलिए इसे प्रिंट नहीं किया जा सकता। हब से इसे दोबारा भेजने को कहें।</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>इस कियोस्क के पास हस्ताक्षर जाँचने के लिए हब की कुंजी नहीं है। इसे जोड़ने (एनरोल करने) के लिए ज़िला आईटी को फ़ोन करें।</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>इस पर ऐसी कुंजी से हस्ताक्षर हैं जिसे यह कियोस्क नहीं पहचानता, इसलिए हो सकता है यह हब से न आई हो। इसका उपयोग न करें; ज़िला आईटी को फ़ोन करें।</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>इसका हस्ताक्षर मेल नहीं खाता: विशेषज्ञ के हस्ताक्षर के बाद इसे बदला गया, या यह हब से नहीं आई। इसका उपयोग न करें; हब से इसे दोबारा भेजने को कहें।</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>यह ऐसे केस की है जो इस कियोस्क पर नहीं है। ज़िला आईटी को फ़ोन करें।</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>इसमें केस वाले मरीज़ के बजाय किसी दूसरे मरीज़ का नाम है। हब को फ़ोन करें।</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>इसी संख्या की एक दूसरी पर्ची पहले से रखी है। हब को फ़ोन करें।</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>फ़ॉर्म की यह फ़ोटो इस केस की नहीं है।</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>वापस लेने के लिए कोई सहमति नहीं है।</translation>
    </message>
</context>
</TS>
