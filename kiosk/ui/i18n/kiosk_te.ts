<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="te_IN" sourcelanguage="en_GB">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA కార్డ్ స్కాన్ చేయండి</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>కార్డ్‌పై ఉన్న QR కోడ్‌ను కెమెరా ముందు ఉంచండి.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>రద్దు చేయండి</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>కెమెరా కనిపించలేదు. బదులుగా కార్డ్‌లోని వివరాలను టైప్ చేయండి.</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>కెమెరా ప్రారంభం కాలేదు. బదులుగా వివరాలను టైప్ చేయండి.</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>ఈ QR కోడ్ ABHA కార్డ్‌ది కాదు.</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>సీహెచ్‌ఓ ఖాతాలు</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>ఎవరు సైన్ ఇన్ చేయవచ్చు</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>కొత్త ఖాతా జోడించండి</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>పూర్తి పేరు</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>యూజర్ పేరు</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ఇంగ్లీష్ అక్షరాలలో, ఉదా. sunita</translation>
    </message>
    <message>
        <source>CHO</source>
        <translation>సీహెచ్‌ఓ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>నిర్వాహకులు</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>పిన్ (4 నుండి 8 అంకెలు)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>పిన్ మళ్ళీ</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>ఖాతా జోడించండి</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>రెండు పిన్‌లు ఒకేలా లేవు.</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} ఇప్పుడు సైన్ ఇన్ చేయవచ్చు.</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>బ్యాకప్ కాలేదు: బ్యాకప్ డ్రైవ్ కనెక్ట్ చేయలేదు. దయచేసి దాన్ని పెట్టండి.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>బ్యాకప్ కాలేదు: బ్యాకప్ డ్రైవ్ నిండిపోయింది. దయచేసి జిల్లా IT వారికి చెప్పండి.</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>బ్యాకప్ కాలేదు. దయచేసి జిల్లా IT వారికి చెప్పండి (&apos;kiosk doctor&apos; కారణం చూపిస్తుంది).</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>కాల్‌ల కోసం కెమెరా, సౌండ్</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>కెమెరా</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>మైక్రోఫోన్</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>స్పీకర్</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>కాల్ జరుగుతున్నప్పుడు మార్పు వెంటనే అమలవుతుంది: కాల్ ఒక్క క్షణం మళ్ళీ కనెక్ట్ అవుతుంది. లేకపోతే తదుపరి కాల్ నుండి అమలవుతుంది.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>రద్దు చేయండి</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>సేవ్ చేయండి</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>కెమెరా కనిపించలేదు</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>టెర్మినల్ డిఫాల్ట్</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ఏదీ లేదు</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>హబ్‌కు కాల్ చేయండి</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>హబ్‌కు తెలియజేశాం: స్పెషలిస్ట్ ఇక్కడికే కాల్ చేస్తారు.</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>ఈ కేసు ఇంకా హబ్‌కు చేరలేదు; ఇంకా పంపబడుతోంది.</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>కాల్స్ అందుబాటులో లేవు: హబ్‌తో కనెక్షన్ లేదు.</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty} స్పెషలిస్ట్ ఆన్‌లైన్‌లో ఉన్నారు.</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>ప్రస్తుతం ఏ స్పెషలిస్ట్ ఆన్‌లైన్‌లో లేరు; కేసు క్యూలో వేచి ఉంది.</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>కాల్ చేయమని హబ్‌ను అడుగుతోంది…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>స్పెషలిస్ట్ వీడియో కోసం వేచి ఉంది…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>కెమెరా ఆఫ్</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>పల్స్</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>మ్యూట్</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>పరికరాలు</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>కాల్ ముగించండి</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>కేసుకు తిరిగి వెళ్ళండి</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>హబ్ స్పెషలిస్ట్</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name} తో కాల్‌లో ఉన్నారు</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>కాల్ ముగిసింది</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>ఆడియో మాత్రమే: మీరు ఇంకా ఒకరినొకరు వినగలరు.</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>మంచి కనెక్షన్</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>సాధారణ కనెక్షన్</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>బలహీన కనెక్షన్</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>కనెక్ట్ అవుతోంది…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>మళ్ళీ కనెక్ట్ అవుతోంది…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>కనెక్షన్ తెగిపోయింది. అదే కన్సల్టేషన్‌కు మళ్ళీ కనెక్ట్ అవుతోంది; దయచేసి వేచి ఉండండి.</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>ఇంటర్నెట్ బలహీనంగా ఉంది, అందుకే కాల్ సౌండ్‌తో మాత్రమే కొనసాగుతోంది. ఇంటర్నెట్ మెరుగుపడగానే వీడియో దానంతట అదే తిరిగి వస్తుంది.</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>సౌండ్ సమస్య: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>స్పెషలిస్ట్ కాల్ ముగించారు.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>మీరు కాల్ ముగించారు.</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>కాల్ మళ్ళీ కనెక్ట్ కాలేదు. స్పెషలిస్ట్ మళ్ళీ కాల్ చేయవచ్చు.</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>మీరు కాల్ తిరస్కరించారు.</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>కాల్ ముగిసింది.</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>అన్‌మ్యూట్</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>కెమెరా ఆన్</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>టెలికన్సల్టేషన్ కోసం సమ్మతి</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>రోగి స్వయంగా</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>తల్లిదండ్రులు లేదా సంరక్షకులు</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} ఏళ్ళ లోపు: సమ్మతి తల్లిదండ్రులు లేదా సంరక్షకులు ఇస్తారు.</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>సమ్మతి ఎవరు ఇస్తున్నారు</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>తల్లిదండ్రులు లేదా సంరక్షకుల పేరు</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ఎంచుకోండి…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>రోగితో సంబంధం</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>మాటతో అవును అన్నారు</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>ఫారంపై వేలిముద్ర</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>ఫారంపై సంతకం</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>సమ్మతి ఎలా ఇచ్చారు</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>కెమెరా ఆఫ్‌లో ఉంది</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>సంతకం చేసిన ఫారం ఫోటోను కేసుతో ఉంచండి.</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>కెమెరా ఆన్ చేయండి</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>ఫారం ఫోటో తీయండి</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>ఈ రికార్డును ABDMతో పంచుకోవడానికి కూడా సమ్మతి</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>సాక్షి: {name} (మీరు)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>రద్దు చేయండి</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>సమ్మతి సేవ్ చేయండి</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>కెమెరా కనిపించలేదు.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>కెమెరా ఆపండి</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>ఫారం ఫోటో కేసుతో సేవ్ అయింది.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>సమ్మతి నమోదు చేయండి</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>ఫారం ప్రింట్ చేయండి</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>సమ్మతి ఉపసంహరించండి</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>సమ్మతి: ఇంకా నమోదు కాలేదు. ముందు రోగిని అడగండి.</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time}కి సమ్మతి ఉపసంహరించారు. ఇక ఏ కన్సల్టేషన్ జరగదు.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDMతో పంచుకోవడం: సమ్మతించారు.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDMతో పంచుకోవడం: సమ్మతించలేదు.</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>రోగి స్వయంగా</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>సమ్మతి ఇచ్చినవారు: {who}; విధానం: {how}. సాక్షి: {witness}, {when}.</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>ఉపసంహరించడానికి మళ్ళీ నొక్కండి</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>రోగి చెబితేనే ఉపసంహరించండి. అప్పుడు హబ్ డాక్టర్ ఈ కన్సల్టేషన్ తీసుకోలేరు.</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>సమ్మతి ఫారం ప్రింటర్ {printer}కు వెళ్ళింది.</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>ఏ ప్రింటర్ స్పందించలేదు. ప్రింటర్‌ను తనిఖీ చేసి, ఫారమ్‌ను మళ్ళీ ప్రింట్ చేయండి.</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>రోగికి ఇది {language} భాషలో చదివి వినిపించండి:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>ఇదే మాట {language} భాషలో, మీ కోసం:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>నమోదు చేయండి</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>కనెక్ట్ అవుతోంది…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>లైవ్</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>సిగ్నల్ లేదు</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>డిస్‌కనెక్ట్ అయింది</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>తీసివేయబడింది</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>గుర్తించలేదు</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>పరికరం డిస్‌కనెక్ట్ అయింది. ఇప్పటికే నమోదైన విలువలు భద్రంగా ఉన్నాయి.</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>ఈ పరికరాన్ని గుర్తించలేదు. జిల్లా IT దాని డ్రైవర్‌ను ఎంచుకోవచ్చు.</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>బీపీ</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time}కి నమోదు: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>{when} తీసుకున్నది, నమోదైంది: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>పరికరాలు</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>స్థిరంగా ఉన్నప్పుడు ఆటోమేటిక్‌గా నమోదు చేయండి</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>ఏ వైటల్స్ పరికరమూ కనెక్ట్ కాలేదు. ఒకటి కనెక్ట్ చేయండి, లేదా కింద విలువలు టైప్ చేయండి.</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>ప్రోబ్ సమస్య</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>పల్స్ కోసం వెతుకుతోంది</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>వేలు ప్రోబ్ నుండి బయట ఉంది</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>సెన్సార్ కనెక్ట్ కాలేదు</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>సెన్సార్ రోగి నుండి తొలగింది</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>కదలిక: చేయి కదలకుండా ఉంచండి</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>సిగ్నల్ పోయింది</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>పల్స్ సిగ్నల్ బలహీనంగా ఉంది</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>తక్కువ SpO2 అలారం</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>బరువు స్థిరపడుతోంది…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>బరువు యంత్రం పరిమితి మించింది</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>కంట్రోల్ సొల్యూషన్ పరీక్ష, రోగి రీడింగ్ కాదు</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>భోజనానికి ముందు</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>భోజనం తర్వాత</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>మీటర్ పరిధి కంటే ఎక్కువ</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>మీటర్ పరిధి కంటే తక్కువ</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>మీటర్ ఈ ఫలితాన్ని సందేహాస్పదంగా గుర్తించింది</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>డిస్క్ దాదాపు నిండిపోయింది ({free} MB మిగిలింది): రోగుల రికార్డుల కోసం స్థలం ఉంచడానికి కొత్త ఫోటోలు తీయడం లేదు. దయచేసి ఈరోజే జిల్లా IT వారికి చెప్పండి.</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>డిస్క్ నిండుతోంది ({free} MB మిగిలింది). దయచేసి త్వరలో జిల్లా IT వారికి చెప్పండి.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ఫోటో సేవ్ కాలేదు: డిస్క్ దాదాపు నిండిపోయింది, మిగిలిన స్థలం రోగుల రికార్డుల కోసం ఉంచబడింది. కేసు, దాని పాత ఫోటోలు భద్రంగా ఉన్నాయి. దయచేసి జిల్లా IT వారికి చెప్పండి.</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ఫోటో సేవ్ కాలేదు: డిస్క్ నిండిపోయింది. కేసు, దాని పాత ఫోటోలు భద్రంగా ఉన్నాయి. దయచేసి జిల్లా IT వారికి చెప్పండి.</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>హబ్ నుండి వచ్చిన రికార్డులు సేవ్ కాలేదు: డిస్క్ నిండిపోయింది. ఏదీ పోలేదు; స్థలం దొరకగానే అవి మళ్ళీ వస్తాయి. దయచేసి జిల్లా IT వారికి చెప్పండి.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>బ్యాకప్ కాలేదు: బ్యాకప్ డ్రైవ్ నిండిపోయింది. దయచేసి జిల్లా IT వారికి చెప్పండి.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>సేవ్ కాలేదు: కియోస్క్ డిస్క్ నిండిపోయింది. ఇంతకు ముందు సేవ్ అయినవన్నీ భద్రంగా ఉన్నాయి, మీరు టైప్ చేసినది ఇంకా స్క్రీన్‌పై ఉంది. స్థలం చేయమని జిల్లా IT వారికి చెప్పి, మళ్ళీ సేవ్ చేయండి.</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>కేసు వివరాలు</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>ప్రధాన సమస్య</translation>
    </message>
    <message>
        <source>History</source>
        <translation>గత చరిత్ర</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>వివరాలు సేవ్ చేయండి</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>హబ్‌తో కన్సల్టేషన్</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>స్పెషాలిటీ ఎంచుకోండి…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>స్పెషాలిటీ</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>అత్యవసరం</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>సమీక్షకు పంపండి</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>కాల్ అవసరం లేదు: స్పెషలిస్ట్ కేసు చదివి రాతపూర్వకంగా జవాబిస్తారు.</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>కన్సల్టేషన్ కోరండి</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>వైటల్స్</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>సంరక్షకులు: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>ABHA {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time}కి తెరిచారు</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>భాష: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>సమీక్షకు పంపబడింది. స్పెషలిస్ట్ రాతపూర్వకంగా జవాబిస్తారు; జవాబు ఇతర ప్రిస్క్రిప్షన్‌లలాగే ఇక్కడ ప్రింట్ అవుతుంది.</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>కన్సల్టేషన్ కోరబడింది. కనెక్షన్ దొరికిన వెంటనే కేసు హబ్‌కు వెళ్తుంది; మీరు వైటల్స్ జోడిస్తూ ఉండవచ్చు.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time}కి సేవ్ అయింది</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>ఫాలో-అప్ స్లిప్ ప్రింట్ చేయండి</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>ఈ ప్రిస్క్రిప్షన్‌లో మళ్ళీ రావలసిన రోజు లేదు: ప్రింట్ చేయడానికి స్లిప్ లేదు.</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>మళ్ళీ రావలసిన రోజు: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>ఫాలో-అప్ స్లిప్‌ను ప్రింటర్‌కు పంపుతోంది…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>ఫాలో-అప్ స్లిప్ తయారు కాలేదు: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>ఫాలో-అప్ స్లిప్ ప్రింటర్ {printer} వద్ద వేచి ఉంది.</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>ఫాలో-అప్ స్లిప్ {printer}లో ప్రింట్ అవుతోంది.</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>ఫాలో-అప్ స్లిప్ {printer}లో ప్రింట్ అయింది.</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>ప్రింటర్ {printer} ఆగిపోయింది: పేపర్, కరెంట్ చూడండి. స్లిప్ వేచి ఉంది.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>ప్రింటర్ {printer} ఫాలో-అప్ స్లిప్‌ను ప్రింట్ చేయలేకపోయింది. మళ్ళీ ప్రింట్ చేయండి.</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>ప్రింట్ కాలేదు: ఈ కియోస్క్‌లో ఏ ప్రింటరూ ఎంచుకోలేదు.</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>ప్రింట్ కాలేదు: ప్రింట్ సేవ పనిచేయడం లేదు.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>ప్రింట్ కాలేదు: ప్రింటర్ {printer} ఈ కియోస్క్‌లో సెటప్ కాలేదు.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>ప్రింట్ కాలేదు: ప్రింటర్ {printer} స్లిప్‌ను తీసుకోలేదు.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>రావాల్సిన ఫాలో-అప్‌లు</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>ఈరోజు ఫాలో-అప్‌లు ఏవీ లేవు.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>ఈరోజు రావాలి</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} రోజులు ఆలస్యం</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>నమస్కారం, {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>ఈరోజు కేసులు</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>సమయం</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>రోగి</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>సమస్య</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>స్థితి</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>ఈరోజు ఇంకా కేసులు లేవు. కేసు ప్రారంభించడానికి రోగిని వెతకండి లేదా నమోదు చేయండి.</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>రోగిని వెతకండి / నమోదు చేయండి</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>నెలవారీ రిపోర్ట్</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>సీహెచ్‌ఓ ఖాతాలు</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(ఇంకా సమస్య రాయలేదు)</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} కేసులు</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Incoming video call</source>
        <translation>వీడియో కాల్ వస్తోంది</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>తిరస్కరించండి</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>స్వీకరించండి</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>ఒక హబ్ స్పెషలిస్ట్</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} కాల్ చేస్తున్నారు</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} గురించి. రోగిని మీ పక్కన ఉంచుకుని స్వీకరించండి.</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>హబ్ కోసం వేచి ఉన్న ఒక కేసు గురించి.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>భాష</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>సైన్ ఇన్</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>డెమో కియోస్క్: &apos;{user}&apos;గా పిన్ {pin}తో సైన్ ఇన్ చేయండి.</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>ఎవరు సైన్ ఇన్ చేస్తున్నారు?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>పిన్</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>క్లియర్</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>ముందు మీ పేరు ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>మీ పిన్ టైప్ చేయండి.</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>పిన్ తనిఖీ చేయలేకపోయాం: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>చాలాసార్లు తప్పు పిన్ వేశారు. ఈ ఖాతా {time} వరకు లాక్ అయింది. మరొక సీహెచ్‌ఓను సైన్ ఇన్ చేయమనండి, లేదా వేచి ఉండండి.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>తప్పు పిన్. ఖాతా 5 నిమిషాలు లాక్ అయ్యే ముందు ఇంకా {count} ప్రయత్నాలు ఉన్నాయి.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>HWC స్పోక్ కియోస్క్</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>హోమ్</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>లాక్ చేయండి</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>హబ్ తిరస్కరించినవి {n}</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>పంపాల్సినవి {n}</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>అన్నీ పంపబడ్డాయి</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>కియోస్క్ డేటాను సేవ్ చేయలేకపోయాం లేదా చదవలేకపోయాం: {error}. ఇప్పటికే సేవ్ అయినది భద్రంగా ఉంది. ఇలా మళ్ళీ జరిగితే జిల్లా IT కి ఫోన్ చేయండి.</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>ఏదో సమస్య వచ్చింది, జిల్లా IT కోసం లాగ్‌లో రాయబడింది. ఇప్పటికే సేవ్ అయినది భద్రంగా ఉంది.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>సమస్య</translation>
    </message>
</context>
<context>
    <name>MemoryDownload</name>
    <message>
        <source>Read memory</source>
        <translation>మెమరీ చదవండి</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>పరికరంలో నిల్వ ఉన్న ఫలితాలను చదవండి</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>పరికరాన్ని దాని మెమరీ అడుగుతోంది…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>ఇప్పుడు పరికరాన్ని అడగలేము. అది లైవ్‌లో ఉన్నప్పుడు మళ్ళీ ప్రయత్నించండి.</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>పరికరం మెమరీ చదువుతోంది… ఇప్పటివరకు {n} రికార్డులు</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>పరికరం మెమరీ చదువుతోంది… {total}లో {n} రికార్డులు</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>పరికరం మెమరీ ఖాళీగా ఉంది.</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>మెమరీ చదవడం పూర్తి: {n} రికార్డులు.</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>పరికరం {total}లో {n} రికార్డుల తర్వాత ఆగిపోయింది. మళ్ళీ ప్రయత్నించండి.</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>పరికరంలో నిల్వ ఉన్న ఫలితాలు, కొత్తది ముందు. ఇప్పుడు తీసుకున్నదాన్ని ఎంచుకోండి:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>అయినా నమోదు చేయండి</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>రద్దు చేయండి</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>నమోదైంది</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>రోగి ఫలితం కాదు</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>నమోదు చేయలేము</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>దీన్ని నమోదు చేయండి</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>ఈరోజు {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>నిన్న {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>ఈరోజు {time}కి</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>నిన్న {time}కి</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} {time}కి</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>క్లినిక్ గడియారం కంటే ముందు</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} ని. క్రితం</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} గం. క్రితం</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 రోజు క్రితం</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} రోజుల క్రితం</translation>
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
        <translation>ఈ ఫలితం సమయం ({when}) క్లినిక్ గడియారం కంటే ముందుంది: పరికరం గడియారం తప్పుగా ఉంది. ఇది ఈ రోగికి ఇప్పుడే తీసుకున్న ఫలితం అయితేనే నమోదు చేయండి, పరికరం గడియారాన్ని కూడా సరిచేయండి.</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>ఈ ఫలితం {when} తీసుకున్నది, ఈరోజుది కాదు. పరికరం పాత ఫలితాలను ఉంచుకుంటుంది, తరచూ వేరే రోగివి. ఇది ఈ రోగిదే, ఇప్పుడే తీసుకున్నదే అయితేనే నమోదు చేయండి.</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>ఈ ఫలితం {age} ({when}) తీసుకున్నది, ఇప్పుడే కాదు. ఇది ఈ రోగిదే అయితేనే నమోదు చేయండి.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>జనవరి</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ఫిబ్రవరి</translation>
    </message>
    <message>
        <source>March</source>
        <translation>మార్చి</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ఏప్రిల్</translation>
    </message>
    <message>
        <source>May</source>
        <translation>మే</translation>
    </message>
    <message>
        <source>June</source>
        <translation>జూన్</translation>
    </message>
    <message>
        <source>July</source>
        <translation>జూలై</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ఆగస్టు</translation>
    </message>
    <message>
        <source>September</source>
        <translation>సెప్టెంబర్</translation>
    </message>
    <message>
        <source>October</source>
        <translation>అక్టోబర్</translation>
    </message>
    <message>
        <source>November</source>
        <translation>నవంబర్</translation>
    </message>
    <message>
        <source>December</source>
        <translation>డిసెంబర్</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>నెలవారీ రిపోర్ట్</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>గత నెల</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>తదుపరి నెల</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV, PDF సేవ్ చేయండి</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>రిపోర్ట్ ప్రింట్ చేయండి</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>ఈ నెలలో ఏమీ లేవు.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>రోగులు</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>చూసిన రోగులు</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>కొత్త నమోదులు</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>తెరిచిన కేసులు</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>మొత్తం</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>స్పెషాలిటీ వారీగా కన్సల్టేషన్‌లు</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>తీసుకున్న వైటల్స్</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>ప్రిస్క్రిప్షన్‌లు, ఫాలో-అప్‌లు</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>అందిన ప్రిస్క్రిప్షన్‌లు</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>రిఫరల్స్</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>రావాల్సిన ఫాలో-అప్‌లు</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>తప్పిన ఫాలో-అప్‌లు</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder}లో సేవ్ అయింది</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>ప్రింటర్‌కు పంపబడింది.</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>ప్రింట్ కాలేదు: ప్రింటర్ సిద్ధంగా లేదు. రిపోర్ట్ PDFగా సేవ్ అయింది.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>రిపోర్ట్ సేవ్ కాలేదు.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>ఫోటోలు</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>కెమెరా ఆఫ్‌లో ఉంది</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>కెమెరా</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>కెమెరా ఆన్ చేయండి</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>రోగి ఫోటో</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>క్లినికల్ ఫోటో</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>కెమెరా కనిపించలేదు. USB వెబ్‌క్యామ్ కనెక్ట్ చేసి, ఈ కేసును మళ్ళీ తెరవండి.</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>కెమెరా ప్రారంభం కాలేదు. దాని కేబుల్ చూడండి, లేదా మరొకటి ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>కెమెరా ఆపండి</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>పల్స్ తరంగం</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>ప్రిస్క్రిప్షన్</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>ఈ కేసు ప్రిస్క్రిప్షన్ తిరస్కరించబడింది. {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>ప్రిస్క్రిప్షన్</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>కేసుకు తిరిగి వెళ్ళండి</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>రోగి కోసం ప్రింట్ చేయండి</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>పేపర్</translation>
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
        <translation>80 మి.మీ.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ప్రింట్ చేయండి</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>హబ్ సంతకం చేసింది, ఈ కియోస్క్ తనిఖీ చేసింది. దీన్ని ఇక్కడ మార్చలేరు; QR కోడ్‌తో ఫార్మసిస్ట్ దీన్ని తనిఖీ చేయవచ్చు.</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name} ప్రిస్క్రిప్షన్</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}. {count} మందులు.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>మళ్ళీ ప్రింట్ చేయండి</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>ఇంకా ప్రింట్ కాలేదు.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>ప్రింటర్‌కు పంపుతోంది…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>ప్రింట్ కాలేదు: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>ప్రింటర్ {printer} వద్ద వేచి ఉంది</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer}లో ప్రింట్ అవుతోంది</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer}లో ప్రింట్ అయింది</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>ప్రింటర్ {printer} ఆగిపోయింది: పేపర్, కరెంట్ చూడండి. ప్రింట్ పని వేచి ఉంది.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>ప్రింటర్ {printer} దీన్ని ప్రింట్ చేయలేకపోయింది. మళ్ళీ ప్రింట్ చేయండి.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>ప్రింట్ కాలేదు: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>రోగి రికార్డు</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>కేసు</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>వైటల్</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ఫోటో</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>హబ్ తిరస్కరించింది</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>హబ్ తిరస్కరించిన మార్పులు</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>ఈ మార్పులు ఈ కియోస్క్‌లో భద్రంగా ఉన్నాయి. వీటిపై ఆధారపడినవి మాత్రమే ఆగి ఉన్నాయి; మిగతావన్నీ హబ్‌కు వెళ్తూనే ఉంటాయి. చూపిన కారణాన్ని జిల్లా IT కి చెప్పండి; వారు సరిచేసిన తర్వాత &quot;మళ్ళీ ప్రయత్నించండి&quot; నొక్కండి.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>నమోదు సమయం</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ఏమిటి</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>కారణం</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>ప్రయత్నాలు</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>ఏదీ తిరస్కరించబడలేదు.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>మళ్ళీ ప్రయత్నించండి</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>మూసివేయండి</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>ఈ కియోస్క్ రికార్డుల రికవరీ కీ</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>ఈ కియోస్క్‌లోని రికార్డులు ఈ కంప్యూటర్ లోపల ఉంచిన ఒక కీతో లాక్ చేయబడ్డాయి. ఈ కంప్యూటర్ పాడైనా లేదా మార్చినా, ఈ రికవరీ కీ మాత్రమే వాటిని మళ్ళీ తెరవగలదు.</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>దీన్ని ఇప్పుడే కాగితంపై కనిపించినట్లే సరిగ్గా రాసుకుని, ఆ కాగితాన్ని జిల్లా IT వారికి ఇవ్వండి. దాన్ని ఈ కంప్యూటర్ దగ్గర ఉంచకండి: కంప్యూటర్, ఈ కీ రెండూ ఉన్నవారు ప్రతి రికార్డునూ చదవగలరు.</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>నిర్ధారించడానికి, మీరు రాసుకున్నట్లే కీలోని చివరి గుంపును టైప్ చేయండి</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4 అక్షరాలు, అంకెల {count} గుంపులు; చివరిది {count}వ గుంపు</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>నేను దీన్ని రాసుకున్నాను</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>అది కీలోని చివరి గుంపు కాదు. మీరు రాసినదాన్ని స్క్రీన్‌తో పోల్చి చూసి, చివరి గుంపును మళ్ళీ టైప్ చేయండి.</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>రోగి వివరాలు సరిచేయండి</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>రోగిని నమోదు చేయండి</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>పూర్తి పేరు *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>స్త్రీ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>పురుషుడు</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ఇతర</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>లింగం *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>వయస్సు (సంవత్సరాలు)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>లేదా పుట్టిన తేదీ:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>వయస్సు (సంవత్సరాలు) *</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>మొబైల్ నంబర్</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 అంకెలు</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>తండ్రి లేదా భర్త పేరు</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA నంబర్</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14 అంకెలు, ABHA కార్డ్ నుండి</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA అడ్రస్</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>ఉదా. name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>గ్రామం</translation>
    </message>
    <message>
        <source>District</source>
        <translation>జిల్లా</translation>
    </message>
    <message>
        <source>State</source>
        <translation>రాష్ట్రం</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>రోగి భాష</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>రద్దు చేయండి</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>సేవ్ చేయండి</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>మార్పులు సేవ్ చేయండి</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>సేవ్ చేసి కేసు ప్రారంభించండి</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA కార్డ్ స్కాన్ చేయండి</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>రోగిని వెతకండి</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>కొత్త రోగిని నమోదు చేయండి</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>పేరు, ఫోన్, ABHA నంబర్ లేదా గ్రామం</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>రోగులను వెతకండి</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>సరిపోలిన రోగులు</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>ఏ రోగినీ ఎంచుకోలేదు</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>కొత్త కేసు ప్రారంభించండి</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>వివరాలు సరిచేయండి</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos;కి సరిపోయే రోగి లేరు. స్పెల్లింగ్ చూడండి, ఫోన్ నంబర్‌తో ప్రయత్నించండి, లేదా కొత్త రోగిని నమోదు చేయండి.</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>ఇంకా ఏ రోగులూ నమోదు కాలేదు.</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>పైన వెతకండి, తర్వాత కేసు ప్రారంభించడానికి రోగిని ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>వయస్సు / లింగం</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>సంరక్షకులు</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>గ్రామం</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ఫోన్</translation>
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
        <translation>స్వాగతం</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>ఈ కియోస్క్‌లో ఇంకా ఖాతాలు లేవు. మొదటి ఖాతా సృష్టించండి; దానితో తర్వాత మిగతా సీహెచ్‌ఓలను జోడించవచ్చు.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>పూర్తి పేరు</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>యూజర్ పేరు</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ఇంగ్లీష్ అక్షరాలలో, ఉదా. sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>పిన్ (4 నుండి 8 అంకెలు)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>పిన్ మళ్ళీ</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>ఖాతా సృష్టించండి</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>రెండు పిన్‌లు ఒకేలా లేవు.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>స్త్రీ</translation>
    </message>
    <message>
        <source>M</source>
        <translation>పు</translation>
    </message>
    <message>
        <source>O</source>
        <translation>ఇ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>ఒక నిమిషం లోపు</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} ని.</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} గం.</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} రోజులు</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>హబ్ సింక్</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>చూడండి</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ఇప్పుడే సింక్ చేయండి</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>సింక్ అయింది: నమోదు చేసినదంతా హబ్‌కు చేరింది.</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>పంపాల్సినవి ఇంకేమీ లేవు.</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} మార్పులు పంపాల్సి ఉంది</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>అన్నిటికంటే పాతది {age} నుండి వేచి ఉంది</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>ఇంకా హబ్‌తో సింక్ కాలేదు</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>చివరి విజయవంతమైన సింక్: {time} ({age} క్రితం)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n} మార్పులను హబ్ తిరస్కరించింది, వాటిని చూడాలి.</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>నమోదు కాలేదు</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>సింక్ అవుతోంది…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ఆఫ్‌లైన్</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>శ్రద్ధ అవసరం</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>కనెక్ట్ అవుతోంది…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>ఆన్‌లైన్ · సింక్ అయింది</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ఆన్‌లైన్</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>ఈ కియోస్క్ హబ్‌లో నమోదు కాలేకపోయింది: {reason}. అంతా ఇక్కడే భద్రంగా ఉంది; జిల్లా IT కొత్త కోడ్ ఇవ్వగలరు.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>ఈ కియోస్క్ ఇంకా ఏ హబ్‌లోనూ నమోదు కాలేదు. అంతా ఇక్కడే భద్రంగా ఉంది; జిల్లా IT ఒకసారి వాడే కోడ్‌తో దీన్ని నమోదు చేస్తారు.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>హబ్ అందుబాటులో లేదు. పని కొనసాగించండి: అంతా ఈ కియోస్క్‌లో సేవ్ అవుతోంది, కనెక్షన్ వచ్చాక పంపబడుతుంది.</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>తదుపరి ప్రయత్నం {time}కి.</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>చివరి సింక్ పూర్తి కాలేదు; మళ్ళీ ప్రయత్నిస్తుంది.</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>మార్పులు పంపుతోంది: %m లో %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>హబ్ నుండి అందుకుంటోంది: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>ఫోటోలు పంపుతోంది: %m లో %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB లో {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>సింక్ జరగలేదు: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>పై</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>కింద</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>పరగడుపున</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>నమోదు చేయండి</translation>
    </message>
    <message>
        <source>device</source>
        <translation>పరికరం</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>టైప్ చేసినది</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>లెక్కించినది</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>సరిచేయండి</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>ABHA నంబర్‌లో 14 అంకెలు ఉంటాయి, ఉదా. 12-3456-7890-1234. {count} అంకెలు ఇచ్చారు.</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>ABHA అడ్రస్ name@abdm లాగా ఉంటుంది: 4 నుండి 32 అక్షరాలు లేదా అంకెలు (మధ్యలో చుక్క లేదా అండర్‌స్కోర్ ఉండవచ్చు), తర్వాత @abdm.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>యూజర్ పేరులో 3 నుండి 32 ఇంగ్లీష్ అక్షరాలు లేదా అంకెలు ఉంటాయి, అది అక్షరంతో మొదలవుతుంది.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>పిన్‌లో 4 నుండి 8 అంకెలు ఉంటాయి.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>ఈ పిన్‌ను సులభంగా ఊహించవచ్చు (1111 లేదా 1234 లాగా). మరొకటి ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>డ్రాఫ్ట్</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>హబ్ కోసం వేచి ఉంది</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>కన్సల్టేషన్‌లో ఉంది</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>ప్రిస్క్రిప్షన్ వచ్చింది</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ముగిసింది</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>జనరల్ మెడిసిన్</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>పిల్లల వైద్యం</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>ప్రసూతి, స్త్రీ వైద్యం (గైనకాలజీ)</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>చర్మ వ్యాధులు</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>చెవి, ముక్కు, గొంతు (ENT)</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>కంటి వైద్యం</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>మానసిక ఆరోగ్యం</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>ఎముకలు, కీళ్ళు (ఆర్థోపెడిక్స్)</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>గుండె వైద్యం (కార్డియాలజీ)</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>దంత వైద్యం</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>హబ్ డాక్టర్‌తో టెలికన్సల్టేషన్</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>ఈ రికార్డును ABDMతో పంచుకోవడం</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>మాటతో అవును అన్నారు (మౌఖికం)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>ప్రింట్ చేసిన ఫారంపై వేలిముద్ర</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>ప్రింట్ చేసిన ఫారంపై సంతకం</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>తల్లి</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>తండ్రి</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>భర్త లేదా భార్య</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>కొడుకు</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>కూతురు</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>సోదరుడు</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>సోదరి</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>తాత లేదా అవ్వ</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>చట్టపరమైన సంరక్షకులు</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>ఇతర బంధువు</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>సమ్మతి ఎవరు ఇస్తున్నారో చెప్పండి.</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>రోగి వయస్సు {age} ఏళ్ళ లోపు: సమ్మతి తల్లిదండ్రులు లేదా సంరక్షకులే ఇవ్వాలి.</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>సమ్మతి ఇస్తున్న సంరక్షకుల పేరు రాయండి.</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>దయచేసి దీన్ని {max} అక్షరాల లోపు ఉంచండి.</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>సంరక్షకులకు రోగితో ఉన్న సంబంధం ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>సమ్మతి ఎలా ఇచ్చారో ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>ఈ సమ్మతి ఇప్పటికే ఉపసంహరించబడింది.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>కన్సల్టేషన్ కోరే ముందు టెలికన్సల్టేషన్‌కు రోగి సమ్మతిని నమోదు చేయండి.</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>రోగి టెలికన్సల్టేషన్‌కు సమ్మతిని ఉపసంహరించుకున్నారు: కన్సల్టేషన్ జరగదు.</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>ఈ కేసు ఇప్పటికే హబ్‌కు పంపబడింది; దాని వివరాలు ఇక మార్చలేరు.</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; స్థితిలో ఉన్న కేసు &apos;{wanted}&apos; కాలేదు.</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>కన్సల్టేషన్ కోరే ముందు ప్రధాన సమస్య రాయండి.</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>కన్సల్టేషన్ కోసం స్పెషాలిటీ ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>ఒక సంఖ్య టైప్ చేయండి, ఉదా. 98 లేదా 36.8.</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>బీపీకి పై (సిస్టాలిక్), కింది (డయాస్టాలిక్) రెండూ కావాలి.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>మొబైల్ నంబర్‌లో 10 అంకెలు ఉంటాయి, అది 6, 7, 8 లేదా 9తో మొదలవుతుంది, ఉదా. 9876543210.</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>పేరులో 2 నుండి 80 అక్షరాలు ఉంటాయి, ఏ భారతీయ లిపిలోనైనా లేదా ఇంగ్లీష్ అక్షరాల్లో; ఖాళీలు, చుక్కలు, హైఫన్‌లు వాడవచ్చు, అంకెలు వాడకూడదు.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>పుట్టిన తేదీ భవిష్యత్తులో ఉండకూడదు.</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>పుట్టిన తేదీ {max} సంవత్సరాల కంటే ముందుది. దయచేసి సరిచూడండి.</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>పుట్టిన తేదీ లేదా వయస్సు (సంవత్సరాలు) ఇవ్వండి.</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>వయస్సు 0 నుండి {max} వరకు పూర్తి సంవత్సరాలలో ఉండాలి.</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>స్త్రీ, పురుషుడు లేదా ఇతర ఎంచుకోండి.</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>ప్రిస్క్రిప్షన్‌లో {item} లేదు.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>ప్రిస్క్రిప్షన్‌లో {item} విలువ సరైన రకం కాదు.</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>ప్రిస్క్రిప్షన్‌లో తెలియని భాగం ఉంది: {item}.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>ప్రిస్క్రిప్షన్‌లో {item} {max} అక్షరాల కంటే పొడవుగా ఉంది.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>ప్రిస్క్రిప్షన్‌లో {item} 2026-11-20 లాంటి తేదీ (లేదా ఆఫ్‌సెట్‌తో సమయం) కాదు.</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>ప్రిస్క్రిప్షన్‌లో {max} కంటే ఎక్కువ {item} ఉన్నాయి.</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>ప్రిస్క్రిప్షన్‌లో మందులు గానీ సలహా గానీ లేవు.</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>రోగి వయస్సు 0 నుండి {max} వరకు పూర్ణ సంఖ్య అయి ఉండాలి.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>ప్రిస్క్రిప్షన్‌లో {item} వీటిలో ఒకటి అయి ఉండాలి: {allowed}.</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>ఇది ఈ కియోస్క్ చదవగలిగే ప్రిస్క్రిప్షన్ కాదు. మళ్ళీ పంపమని హబ్‌ను అడగండి.</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>కొన్ని వివరాలు లేవు లేదా తప్పుగా ఉన్నాయి, అందుకే ప్రింట్ చేయలేం. మళ్ళీ పంపమని హబ్‌ను అడగండి.</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>సంతకాలను తనిఖీ చేయడానికి ఈ కియోస్క్ వద్ద హబ్ కీ లేదు. దీన్ని నమోదు చేయడానికి జిల్లా IT కి ఫోన్ చేయండి.</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>దీనిపై ఈ కియోస్క్‌కు తెలియని కీతో సంతకం ఉంది, కాబట్టి ఇది హబ్ నుండి వచ్చినది కాకపోవచ్చు. దీన్ని వాడకండి; జిల్లా IT కి ఫోన్ చేయండి.</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>దీని సంతకం సరిపోలడం లేదు: స్పెషలిస్ట్ సంతకం చేసిన తర్వాత ఇది మార్చబడింది, లేదా ఇది హబ్ నుండి రాలేదు. దీన్ని వాడకండి; మళ్ళీ పంపమని హబ్‌ను అడగండి.</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>ఇది ఈ కియోస్క్‌లో లేని కేసుకు సంబంధించినది. జిల్లా IT కి ఫోన్ చేయండి.</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>ఇందులో కేసులోని రోగి బదులు వేరే రోగి పేరు ఉంది. హబ్‌కు ఫోన్ చేయండి.</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>ఇదే నంబర్‌తో వేరే ప్రిస్క్రిప్షన్ ఇప్పటికే నిల్వ ఉంది. హబ్‌కు ఫోన్ చేయండి.</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} సాధ్యం కాదు. అనుమతించినది: {low} నుండి {high} {unit}.</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (ఆక్సిజన్)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>పల్స్</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>హార్ట్ రేట్</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>పై బీపీ</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>కింది బీపీ</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>సగటు బీపీ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>టెంపరేచర్</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>శ్వాస రేటు</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>బరువు</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ఎత్తు</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>బీఎంఐ</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>బ్లడ్ షుగర్</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>పరగడుపు షుగర్</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>బీపీ</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>పై బీపీ ({systolic}) కింది బీపీ ({diastolic}) కంటే ఎక్కువ ఉండాలి.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>యూజర్ పేరు {name} ఇప్పటికే వాడుకలో ఉంది.</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>ఈ ABHA నంబర్‌తో రోగి ఇప్పటికే నమోదై ఉన్నారు. బదులుగా వారిని వెతకండి.</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>ఫారం యొక్క ఈ ఫోటో ఈ కేసుది కాదు.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>ఉపసంహరించడానికి ఏ సమ్మతీ లేదు.</translation>
    </message>
</context>
</TS>
