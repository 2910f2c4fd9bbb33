<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="gu_IN" sourcelanguage="en_GB">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA કાર્ડ સ્કેન કરો</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>કાર્ડ પરનો QR કોડ કેમેરાની સામે રાખો.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>રદ કરો</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>કોઈ કેમેરા મળ્યો નથી. તેના બદલે કાર્ડ પરની વિગતો ટાઇપ કરો.</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>કેમેરા શરૂ થઈ શક્યો નહીં. તેના બદલે વિગતો ટાઇપ કરો.</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>આ QR કોડ ABHA કાર્ડનો નથી.</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>સીએચઓ ખાતાં</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>કોણ સાઇન ઇન કરી શકે</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>નવું ખાતું ઉમેરો</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>પૂરું નામ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>યુઝર નામ</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>અંગ્રેજી અક્ષરોમાં, જેમ કે sunita</translation>
    </message>
    <message>
        <source>CHO</source>
        <translation>સીએચઓ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>એડમિનિસ્ટ્રેટર</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>પિન (4 થી 8 અંક)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>પિન ફરીથી</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>ખાતું ઉમેરો</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>બંને પિન એકસરખા નથી.</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} હવે સાઇન ઇન કરી શકે છે.</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>બેકઅપ થયું નથી: બેકઅપ ડ્રાઇવ લગાવેલી નથી. કૃપા કરીને તે લગાવો.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>બેકઅપ થયું નથી: બેકઅપ ડ્રાઇવ ભરાઈ ગઈ છે. કૃપા કરીને જિલ્લા IT ને જણાવો.</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>બેકઅપ થયું નથી. કૃપા કરીને જિલ્લા IT ને જણાવો (&apos;kiosk doctor&apos; કારણ બતાવે છે).</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>કૉલ માટે કેમેરા અને અવાજ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>કેમેરા</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>માઇક્રોફોન</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>સ્પીકર</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>કૉલ દરમિયાન ફેરફાર તરત લાગુ થાય છે: કૉલ એક ક્ષણ માટે ફરી જોડાય છે. નહીંતર આગલા કૉલથી લાગુ થશે.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>રદ કરો</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>સેવ કરો</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>કોઈ કેમેરા મળ્યો નથી</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>ટર્મિનલનું ડિફૉલ્ટ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>કોઈ નહીં</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>હબને કૉલ કરો</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>હબને જણાવી દીધું છે: નિષ્ણાત અહીં જ કૉલ કરશે.</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>આ કેસ હજી હબ સુધી પહોંચ્યો નથી; હજી મોકલાઈ રહ્યો છે.</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>કૉલ ઉપલબ્ધ નથી: હબ સાથે કનેક્શન નથી.</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty} ના નિષ્ણાત ઓનલાઇન છે.</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>અત્યારે કોઈ નિષ્ણાત ઓનલાઇન નથી; કેસ કતારમાં રાહ જુએ છે.</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>હબને કૉલ કરવાની વિનંતી થઈ રહી છે…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>નિષ્ણાતના વીડિયોની રાહ જોવાય છે…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>કેમેરા બંધ</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>પલ્સ</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>અવાજ બંધ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>સાધનો</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>કૉલ પૂરો કરો</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>કેસ પર પાછા જાઓ</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>હબના નિષ્ણાત</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name} સાથે કૉલ ચાલુ</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>કૉલ પૂરો થયો</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>ફક્ત અવાજ: તમે હજી એકબીજાને સાંભળી શકો છો.</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>સારું કનેક્શન</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>ઠીક કનેક્શન</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>નબળું કનેક્શન</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>જોડાઈ રહ્યું છે…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>ફરી જોડાઈ રહ્યું છે…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>કનેક્શન તૂટી ગયું. એ જ પરામર્શ સાથે ફરી જોડાઈ રહ્યું છે; કૃપા કરીને રાહ જુઓ.</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>ઇન્ટરનેટ નબળું છે, તેથી કૉલ ફક્ત અવાજ સાથે ચાલુ છે. ઇન્ટરનેટ સુધરતાં વીડિયો આપમેળે પાછો આવશે.</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>અવાજની સમસ્યા: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>નિષ્ણાતે કૉલ પૂરો કર્યો.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>તમે કૉલ પૂરો કર્યો.</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>કૉલ ફરી જોડાઈ શક્યો નહીં. નિષ્ણાત ફરી કૉલ કરી શકે છે.</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>તમે કૉલ નકાર્યો.</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>કૉલ પૂરો થઈ ગયો છે.</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>અવાજ ચાલુ</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>કેમેરા ચાલુ</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>ટેલિપરામર્શ માટે સંમતિ</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>દર્દી પોતે</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>માતા-પિતા અથવા વાલી</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} વર્ષથી નાના: સંમતિ માતા-પિતા અથવા વાલી આપશે.</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>સંમતિ કોણ આપે છે</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>માતા-પિતા અથવા વાલીનું નામ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>પસંદ કરો…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>દર્દી સાથે સંબંધ</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>મોઢેથી હા કહી</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>ફોર્મ પર અંગૂઠો</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>ફોર્મ પર સહી</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>સંમતિ કેવી રીતે આપી</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>કેમેરા બંધ છે</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>સહી કરેલા ફોર્મનો ફોટો કેસ સાથે રાખો.</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>કેમેરા શરૂ કરો</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>ફોર્મનો ફોટો લો</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>આ રેકોર્ડ ABDM સાથે શેર કરવા માટે પણ સંમત</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>સાક્ષી: {name} (તમે)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>રદ કરો</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>સંમતિ સેવ કરો</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>કોઈ કેમેરા મળ્યો નથી.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>કેમેરા બંધ કરો</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>ફોર્મનો ફોટો કેસ સાથે સેવ થયો.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>સંમતિ નોંધો</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>ફોર્મ પ્રિન્ટ કરો</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>સંમતિ પાછી ખેંચો</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>સંમતિ: હજી નોંધાઈ નથી. પહેલાં દર્દીને પૂછો.</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time} વાગ્યે સંમતિ પાછી ખેંચાઈ. હવે કોઈ પરામર્શ થઈ શકે નહીં.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDM સાથે શેર કરવું: સંમત.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDM સાથે શેર કરવું: સંમત નથી.</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>દર્દી પોતે</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>સંમતિ આપનાર: {who}; રીત: {how}. સાક્ષી: {witness}, {when}.</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>પાછી ખેંચવા ફરી દબાવો</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>દર્દી કહે તો જ પાછી ખેંચો. પછી હબના ડૉક્ટર આ પરામર્શ લઈ શકશે નહીં.</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>સંમતિ ફોર્મ પ્રિન્ટર {printer} પર મોકલાયું.</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>કોઈ પ્રિન્ટરે જવાબ ન આપ્યો. પ્રિન્ટર તપાસો, પછી ફોર્મ ફરી પ્રિન્ટ કરો.</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>દર્દીને આ {language} ભાષામાં વાંચી સંભળાવો:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>આ જ વાત {language} ભાષામાં, તમારા માટે:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>નોંધો</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>જોડાઈ રહ્યું છે…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ચાલુ</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>સિગ્નલ નથી</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>ડિસ્કનેક્ટ થયું</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>કાઢી નાખ્યું</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>ઓળખાયું નથી</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>સાધન ડિસ્કનેક્ટ થયું. પહેલાં નોંધાયેલાં મૂલ્યો સુરક્ષિત છે.</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>આ સાધન ઓળખાયું નથી. જિલ્લા IT તેનો ડ્રાઇવર પસંદ કરી શકે છે.</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>બીપી (બ્લડ પ્રેશર)</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time} વાગ્યે નોંધ: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>નોંધાયું, {when} લીધેલું: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>સાધનો</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>સ્થિર થાય ત્યારે આપમેળે નોંધો</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>કોઈ વાઇટલ્સ સાધન જોડાયેલું નથી. એક લગાવો, અથવા નીચે મૂલ્યો ટાઇપ કરો.</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>પ્રોબમાં સમસ્યા</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>પલ્સ શોધી રહ્યું છે</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>આંગળી પ્રોબની બહાર છે</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>સેન્સર જોડાયેલું નથી</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>સેન્સર દર્દી પરથી ખસી ગયું છે</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>હલનચલન: હાથ સ્થિર રાખો</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>સિગ્નલ ગયું</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>પલ્સનું સિગ્નલ નબળું છે</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>ઓછું SpO2 એલાર્મ</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>વજન સ્થિર થઈ રહ્યું છે…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>વજનકાંટા પર મર્યાદાથી વધુ ભાર</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>કંટ્રોલ સોલ્યુશન તપાસ, દર્દીનું રીડિંગ નથી</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>જમ્યા પહેલાં</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>જમ્યા પછી</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>મીટરની મર્યાદાથી ઉપર</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>મીટરની મર્યાદાથી નીચે</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>મીટરે આ પરિણામને શંકાસ્પદ ગણાવ્યું</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>ડિસ્ક લગભગ ભરાઈ ગઈ છે ({free} MB બાકી): દર્દીઓના રેકોર્ડ માટે જગ્યા રાખવા નવા ફોટા લેવાતા નથી. કૃપા કરીને આજે જ જિલ્લા IT ને જણાવો.</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>ડિસ્ક ભરાઈ રહી છે ({free} MB બાકી). કૃપા કરીને જલદી જિલ્લા IT ને જણાવો.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ફોટો સેવ થયો નથી: ડિસ્ક લગભગ ભરાઈ ગઈ છે, અને બાકીની જગ્યા દર્દીઓના રેકોર્ડ માટે રાખી છે. કેસ અને તેના અગાઉના ફોટા સુરક્ષિત છે. કૃપા કરીને જિલ્લા IT ને જણાવો.</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ફોટો સેવ થયો નથી: ડિસ્ક ભરાઈ ગઈ છે. કેસ અને તેના અગાઉના ફોટા સુરક્ષિત છે. કૃપા કરીને જિલ્લા IT ને જણાવો.</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>હબમાંથી આવેલા રેકોર્ડ સેવ થઈ શક્યા નહીં: ડિસ્ક ભરાઈ ગઈ છે. કંઈ ખોવાયું નથી; જગ્યા થતાં જ તે ફરી આવશે. કૃપા કરીને જિલ્લા IT ને જણાવો.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>બેકઅપ થયું નથી: બેકઅપ ડ્રાઇવ ભરાઈ ગઈ છે. કૃપા કરીને જિલ્લા IT ને જણાવો.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>સેવ થયું નથી: કિઓસ્કની ડિસ્ક ભરાઈ ગઈ છે. પહેલાં સેવ થયેલું બધું સુરક્ષિત છે, અને તમે ટાઇપ કરેલું હજી સ્ક્રીન પર છે. જિલ્લા IT ને જગ્યા કરવા કહો, પછી ફરી સેવ કરો.</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>કેસની વિગત</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>મુખ્ય ફરિયાદ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>અગાઉનો ઇતિહાસ</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>વિગત સેવ કરો</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>હબ સાથે પરામર્શ</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>નિષ્ણાતતા પસંદ કરો…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>નિષ્ણાતતા</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>તાત્કાલિક</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>સમીક્ષા માટે મોકલો</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>કૉલની જરૂર નથી: નિષ્ણાત કેસ વાંચીને લેખિતમાં જવાબ આપશે.</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>પરામર્શ માંગો</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>વાઇટલ્સ</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>વાલી: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>ABHA {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time} વાગ્યે ખોલ્યો</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>ભાષા: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>સમીક્ષા માટે મોકલ્યું. નિષ્ણાત લેખિતમાં જવાબ આપશે; જવાબ બીજાં પ્રિસ્ક્રિપ્શનની જેમ અહીં પ્રિન્ટ થશે.</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>પરામર્શ માંગ્યો છે. કનેક્શન મળતાં જ કેસ હબને જશે; તમે વાઇટલ્સ ઉમેરતા રહી શકો છો.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} વાગ્યે સેવ થયું</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>ફોલો-અપ ચિઠ્ઠી પ્રિન્ટ કરો</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>આ પ્રિસ્ક્રિપ્શનમાં ફરી બતાવવાનો દિવસ નથી: પ્રિન્ટ કરવા માટે કોઈ ચિઠ્ઠી નથી.</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>ફરી બતાવવાનો દિવસ: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>ફોલો-અપ ચિઠ્ઠી પ્રિન્ટરને મોકલાઈ રહી છે…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>ફોલો-અપ ચિઠ્ઠી બની શકી નહીં: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>ફોલો-અપ ચિઠ્ઠી પ્રિન્ટર {printer} પર રાહ જુએ છે.</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>ફોલો-અપ ચિઠ્ઠી {printer} પર પ્રિન્ટ થઈ રહી છે.</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>ફોલો-અપ ચિઠ્ઠી {printer} પર પ્રિન્ટ થઈ ગઈ.</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>પ્રિન્ટર {printer} અટકી ગયું છે: કાગળ અને વીજળી તપાસો. ચિઠ્ઠી રાહ જુએ છે.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>પ્રિન્ટર {printer} ફોલો-અપ ચિઠ્ઠી પ્રિન્ટ કરી શક્યું નહીં. ફરી પ્રિન્ટ કરો.</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>પ્રિન્ટ થયું નહીં: આ કિઓસ્ક પર કોઈ પ્રિન્ટર પસંદ કરાયું નથી.</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>પ્રિન્ટ થયું નહીં: પ્રિન્ટ સેવા કામ કરતી નથી.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>પ્રિન્ટ થયું નહીં: પ્રિન્ટર {printer} આ કિઓસ્ક પર સેટ અપ કરાયું નથી.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>પ્રિન્ટ થયું નહીં: પ્રિન્ટર {printer} એ ચિઠ્ઠી સ્વીકારી નહીં.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>બાકી ફોલો-અપ</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>આજે કોઈ ફોલો-અપ નથી.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>આજે આવવાનું છે</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} દિવસ મોડું</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>નમસ્તે, {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>આજના કેસ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>સમય</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>દર્દી</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ફરિયાદ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>સ્થિતિ</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>આજે હજી કોઈ કેસ નથી. કેસ શરૂ કરવા દર્દી શોધો અથવા નોંધણી કરો.</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>દર્દી શોધો અથવા નોંધણી કરો</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>માસિક રિપોર્ટ</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>સીએચઓ ખાતાં</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(હજી ફરિયાદ લખી નથી)</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} કેસ</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Incoming video call</source>
        <translation>આવતો વીડિયો કૉલ</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>નકારો</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>જવાબ આપો</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>હબના એક નિષ્ણાત</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} કૉલ કરી રહ્યા છે</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} વિશે. દર્દીને પાસે બેસાડીને જવાબ આપો.</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>હબની રાહ જોતા એક કેસ વિશે.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>ભાષા</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>સાઇન ઇન</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>ડેમો કિઓસ્ક: &apos;{user}&apos; તરીકે પિન {pin} થી સાઇન ઇન કરો.</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>કોણ સાઇન ઇન કરી રહ્યું છે?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>પિન</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ભૂંસો</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>પહેલાં તમારું નામ પસંદ કરો.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>તમારો પિન ટાઇપ કરો.</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>પિન તપાસી શકાયો નહીં: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>ઘણી વાર ખોટો પિન નાખ્યો. આ ખાતું {time} સુધી લૉક છે. બીજા સીએચઓને સાઇન ઇન કરવા કહો, અથવા રાહ જુઓ.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>ખોટો પિન. ખાતું 5 મિનિટ માટે લૉક થાય તે પહેલાં {count} પ્રયાસ બાકી છે.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>HWC સ્પોક કિઓસ્ક</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>હોમ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>લૉક કરો</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>હબે નકાર્યા {n}</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>મોકલવાના બાકી {n}</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>બધું મોકલાઈ ગયું</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>કિઓસ્કનો ડેટા સેવ કે વાંચી શકાયો નહીં: {error}. જે પહેલાં સેવ થયું છે તે સુરક્ષિત છે. આવું વારંવાર થાય તો જિલ્લા IT ને ફોન કરો.</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>કંઈક ખોટું થયું અને જિલ્લા IT માટે લૉગમાં લખાયું છે. જે પહેલાં સેવ થયું છે તે સુરક્ષિત છે.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>સમસ્યા</translation>
    </message>
</context>
<context>
    <name>MemoryDownload</name>
    <message>
        <source>Read memory</source>
        <translation>મેમરી વાંચો</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>સાધનમાં સાચવેલાં પરિણામો વાંચો</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>સાધન પાસેથી તેની મેમરી મંગાઈ રહી છે…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>અત્યારે સાધનને પૂછી શકાતું નથી. તે ચાલુ થાય ત્યારે ફરી પ્રયાસ કરો.</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>સાધનની મેમરી વંચાઈ રહી છે… અત્યાર સુધી {n} રેકોર્ડ</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>સાધનની મેમરી વંચાઈ રહી છે… {total} માંથી {n} રેકોર્ડ</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>સાધનની મેમરી ખાલી છે.</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>મેમરી વંચાઈ ગઈ: {n} રેકોર્ડ.</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>સાધન {total} માંથી {n} રેકોર્ડ પછી અટકી ગયું. ફરી પ્રયાસ કરો.</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>સાધનમાં સાચવેલાં પરિણામો, સૌથી નવું પહેલાં. હમણાં લીધેલું પસંદ કરો:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>તો પણ નોંધો</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>રદ કરો</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>નોંધાયું</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>દર્દીનું પરિણામ નથી</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>નોંધી શકાતું નથી</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>આ નોંધો</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>આજે {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>ગઈકાલે {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>આજે {time} વાગ્યે</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ગઈકાલે {time} વાગ્યે</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} ના રોજ {time} વાગ્યે</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>ક્લિનિકની ઘડિયાળથી આગળ</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} મિનિટ પહેલાં</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} કલાક પહેલાં</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 દિવસ પહેલાં</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} દિવસ પહેલાં</translation>
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
        <translation>આ પરિણામનો સમય ({when}) ક્લિનિકની ઘડિયાળથી આગળ છે: સાધનની ઘડિયાળ ખોટી છે. આ પરિણામ આ જ દર્દીનું હમણાં જ લીધેલું હોય તો જ નોંધો, અને સાધનની ઘડિયાળ સુધારો.</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>આ પરિણામ {when} લીધેલું છે, આજનું નથી. સાધન જૂનાં પરિણામો રાખે છે, ઘણી વાર બીજા દર્દીનાં. તે આ જ દર્દીનું હોય અને હમણાં લીધેલું હોય તો જ નોંધો.</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>આ પરિણામ {age} ({when}) લીધેલું છે, હમણાં નહીં. તે આ જ દર્દીનું હોય તો જ નોંધો.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>જાન્યુઆરી</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ફેબ્રુઆરી</translation>
    </message>
    <message>
        <source>March</source>
        <translation>માર્ચ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>એપ્રિલ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>મે</translation>
    </message>
    <message>
        <source>June</source>
        <translation>જૂન</translation>
    </message>
    <message>
        <source>July</source>
        <translation>જુલાઈ</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ઑગસ્ટ</translation>
    </message>
    <message>
        <source>September</source>
        <translation>સપ્ટેમ્બર</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ઑક્ટોબર</translation>
    </message>
    <message>
        <source>November</source>
        <translation>નવેમ્બર</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ડિસેમ્બર</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>માસિક રિપોર્ટ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>પાછલો મહિનો</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>આગલો મહિનો</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV અને PDF સેવ કરો</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>રિપોર્ટ પ્રિન્ટ કરો</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>આ મહિને કંઈ નથી.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>દર્દીઓ</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>જોયેલા દર્દીઓ</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>નવી નોંધણી</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>ખોલેલા કેસ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>કુલ</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>નિષ્ણાતતા મુજબ પરામર્શ</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>લીધેલા વાઇટલ્સ</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>પ્રિસ્ક્રિપ્શન અને ફોલો-અપ</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>મળેલાં પ્રિસ્ક્રિપ્શન</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>રેફરલ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>બાકી ફોલો-અપ</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>ચૂકી ગયેલા ફોલો-અપ</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} માં સેવ થયું</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>પ્રિન્ટરને મોકલ્યું.</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>પ્રિન્ટ થઈ શક્યું નહીં: પ્રિન્ટર તૈયાર નથી. રિપોર્ટ PDF તરીકે સેવ થયો છે.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>રિપોર્ટ સેવ થઈ શક્યો નહીં.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>ફોટા</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>કેમેરા બંધ છે</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>કેમેરા</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>કેમેરા શરૂ કરો</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>દર્દીનો ફોટો</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>ક્લિનિકલ ફોટો</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>કોઈ કેમેરા મળ્યો નથી. USB વેબકેમ જોડો, પછી આ કેસ ફરી ખોલો.</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>કેમેરા શરૂ થઈ શક્યો નહીં. તેનો કેબલ તપાસો, અથવા બીજો પસંદ કરો.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>કેમેરા બંધ કરો</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>પલ્સ તરંગ</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>પ્રિસ્ક્રિપ્શન</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>આ કેસનું પ્રિસ્ક્રિપ્શન નકારાયું. {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>પ્રિસ્ક્રિપ્શન</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>કેસ પર પાછા જાઓ</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>દર્દી માટે પ્રિન્ટ કરો</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>કાગળ</translation>
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
        <translation>80 મિમી</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>પ્રિન્ટ કરો</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>હબની સહીવાળું અને આ કિઓસ્કે તપાસેલું. તે અહીં બદલી શકાતું નથી; QR કોડથી ફાર્માસિસ્ટ તેને તપાસી શકે છે.</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name} નું પ્રિસ્ક્રિપ્શન</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}. {count} દવાઓ.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>ફરી પ્રિન્ટ કરો</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>હજી પ્રિન્ટ થયું નથી.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>પ્રિન્ટરને મોકલાઈ રહ્યું છે…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>પ્રિન્ટ થઈ શક્યું નહીં: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>પ્રિન્ટર {printer} પર રાહ જુએ છે</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer} પર પ્રિન્ટ થઈ રહ્યું છે</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer} પર પ્રિન્ટ થયું</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>પ્રિન્ટર {printer} અટકી ગયું છે: કાગળ અને વીજળી તપાસો. પ્રિન્ટનું કામ રાહ જુએ છે.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>પ્રિન્ટર {printer} આ પ્રિન્ટ કરી શક્યું નહીં. ફરી પ્રિન્ટ કરો.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>પ્રિન્ટ થયું નહીં: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>દર્દીનો રેકોર્ડ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>કેસ</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>વાઇટલ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ફોટો</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>હબે નકાર્યું</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>હબે નકારેલા ફેરફારો</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>આ ફેરફારો આ કિઓસ્ક પર સુરક્ષિત રાખ્યા છે. ફક્ત તેમના પર આધાર રાખતી વસ્તુઓ અટકી છે; બાકી બધું હબને જતું રહેશે. બતાવેલું કારણ જિલ્લા IT ને જણાવો; તેઓ સુધારે પછી &quot;ફરી પ્રયાસ કરો&quot; દબાવો.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>નોંધનો સમય</translation>
    </message>
    <message>
        <source>What</source>
        <translation>શું</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>કારણ</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>પ્રયાસ</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>કંઈ નકારાયું નથી.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ફરી પ્રયાસ કરો</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>બંધ કરો</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>આ કિઓસ્કના રેકોર્ડની રિકવરી કી</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>આ કિઓસ્કના રેકોર્ડ આ જ કમ્પ્યુટરની અંદર રાખેલી એક કીથી બંધ છે. આ કમ્પ્યુટર બગડે કે બદલાય, તો ફક્ત આ રિકવરી કી જ તેમને ફરી ખોલી શકે છે.</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>તેને અત્યારે જ કાગળ પર જેવી દેખાય છે તેવી જ બરાબર લખી લો, અને તે કાગળ જિલ્લા IT ને આપો. તેને આ કમ્પ્યુટર પાસે ન રાખો: જેની પાસે કમ્પ્યુટર અને આ કી બંને હોય, તે દરેક રેકોર્ડ વાંચી શકે છે.</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>ખાતરી કરવા, તમે લખ્યું છે તેમ કીનું છેલ્લું જૂથ ટાઇપ કરો</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4 અક્ષરો અને અંકોનાં {count} જૂથ; છેલ્લું જૂથ {count}મું છે</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>મેં તે લખી લીધી છે</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>એ કીનું છેલ્લું જૂથ નથી. તમે જે લખ્યું છે તે સ્ક્રીન સાથે મેળવી જુઓ, પછી છેલ્લું જૂથ ફરી ટાઇપ કરો.</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>દર્દીની વિગતો સુધારો</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>દર્દીની નોંધણી</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>પૂરું નામ *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>સ્ત્રી</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>પુરુષ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>અન્ય</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>લિંગ *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>ઉંમર (વર્ષ)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>અથવા જન્મ તારીખ:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>ઉંમર (વર્ષ) *</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>મોબાઇલ નંબર</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 અંક</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>પિતા અથવા પતિનું નામ</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA નંબર</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14 અંક, ABHA કાર્ડ પરથી</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA સરનામું</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>જેમ કે name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ગામ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>જિલ્લો</translation>
    </message>
    <message>
        <source>State</source>
        <translation>રાજ્ય</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>દર્દીની ભાષા</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>રદ કરો</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>સેવ કરો</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ફેરફારો સેવ કરો</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>સેવ કરો અને કેસ શરૂ કરો</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA કાર્ડ સ્કેન કરો</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>દર્દી શોધો</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>નવા દર્દીની નોંધણી કરો</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>નામ, ફોન, ABHA નંબર અથવા ગામ</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>દર્દીઓ શોધો</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>મળતા દર્દીઓ</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>કોઈ દર્દી પસંદ કર્યો નથી</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>નવો કેસ શરૂ કરો</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>વિગતો સુધારો</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos; સાથે કોઈ દર્દી મળતો નથી. જોડણી તપાસો, ફોન નંબરથી શોધો, અથવા નવા દર્દીની નોંધણી કરો.</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>હજી કોઈ દર્દીની નોંધણી થઈ નથી.</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>ઉપર શોધો, પછી કેસ શરૂ કરવા દર્દી પસંદ કરો.</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>ઉંમર / લિંગ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>વાલી</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ગામ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ફોન</translation>
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
        <translation>સ્વાગત છે</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>આ કિઓસ્ક પર હજી કોઈ ખાતું નથી. પહેલું ખાતું બનાવો; પછી તેનાથી બીજા સીએચઓ ઉમેરી શકાશે.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>પૂરું નામ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>યુઝર નામ</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>અંગ્રેજી અક્ષરોમાં, જેમ કે sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>પિન (4 થી 8 અંક)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>પિન ફરીથી</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>ખાતું બનાવો</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>બંને પિન એકસરખા નથી.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>સ્ત્રી</translation>
    </message>
    <message>
        <source>M</source>
        <translation>પુ</translation>
    </message>
    <message>
        <source>O</source>
        <translation>અ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>એક મિનિટથી ઓછું</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} મિનિટ</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} કલાક</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} દિવસ</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>હબ સિંક</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>જુઓ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>હમણાં સિંક કરો</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>સિંક થયું: નોંધાયેલું બધું હબ સુધી પહોંચી ગયું છે.</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>મોકલવાનું બીજું કંઈ બાકી નથી.</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} ફેરફારો મોકલવાના બાકી છે</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>સૌથી જૂનો {age} થી રાહ જુએ છે</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>હજી હબ સાથે સિંક થયું નથી</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>છેલ્લું સફળ સિંક: {time} ({age} પહેલાં)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n} ફેરફારો હબે નકાર્યા છે, તેના પર ધ્યાન આપવું જરૂરી છે.</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>નોંધાયેલું નથી</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>સિંક થઈ રહ્યું છે…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ઓફલાઇન</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ધ્યાન આપો</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>જોડાઈ રહ્યું છે…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>ઓનલાઇન · સિંક થયું</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ઓનલાઇન</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>આ કિઓસ્ક હબ સાથે નોંધાઈ શક્યું નહીં: {reason}. બધું અહીં જ રાખ્યું છે; જિલ્લા IT નવો કોડ આપી શકે છે.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>આ કિઓસ્ક હજી કોઈ હબ સાથે નોંધાયેલું નથી. બધું અહીં જ રાખ્યું છે; જિલ્લા IT એક વખતના કોડથી તેની નોંધણી કરશે.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>હબનો સંપર્ક થઈ શકતો નથી. કામ ચાલુ રાખો: બધું આ કિઓસ્ક પર સેવ થાય છે અને કનેક્શન પાછું આવતાં મોકલાશે.</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>આગલો પ્રયાસ {time} વાગ્યે.</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>છેલ્લું સિંક પૂરું થયું નથી; તે ફરી પ્રયાસ કરાશે.</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>ફેરફારો મોકલાઈ રહ્યા છે: %m માંથી %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>હબ પરથી આવી રહ્યું છે: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>ફોટા મોકલાઈ રહ્યા છે: %m માંથી %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB માંથી {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>સિંક થઈ શક્યું નહીં: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>ઉપરનું</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>નીચેનું</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>ભૂખ્યા પેટે</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>નોંધો</translation>
    </message>
    <message>
        <source>device</source>
        <translation>સાધન</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>ટાઇપ કરેલું</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>ગણતરી કરેલું</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>સુધારો</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>ABHA નંબરમાં 14 અંક હોય છે, જેમ કે 12-3456-7890-1234. {count} અંક આપ્યા છે.</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>ABHA સરનામું name@abdm જેવું હોય છે: 4 થી 32 અક્ષરો અથવા અંક (વચ્ચે ટપકું અથવા અંડરસ્કોર હોઈ શકે), પછી @abdm.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>યુઝર નામમાં 3 થી 32 અંગ્રેજી અક્ષરો અથવા અંક હોય છે અને તે અક્ષરથી શરૂ થાય છે.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>પિનમાં 4 થી 8 અંક હોય છે.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>આ પિન સહેલાઈથી ધારી શકાય તેવો છે (જેમ કે 1111 અથવા 1234). બીજો પસંદ કરો.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ડ્રાફ્ટ</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>હબની રાહ</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>પરામર્શ ચાલુ</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>પ્રિસ્ક્રિપ્શન મળ્યું</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>બંધ</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>જનરલ મેડિસિન</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>બાળ રોગ</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>પ્રસૂતિ અને સ્ત્રી રોગ</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>ચામડીના રોગ</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>કાન, નાક, ગળું</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>આંખના રોગ</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>માનસિક આરોગ્ય</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>હાડકાં અને સાંધા (ઓર્થોપેડિક્સ)</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>હૃદય રોગ</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>દાંતના રોગ</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>હબના ડૉક્ટર સાથે ટેલિપરામર્શ</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>આ રેકોર્ડ ABDM સાથે શેર કરવો</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>મોઢેથી હા કહી (મૌખિક)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>છાપેલા ફોર્મ પર અંગૂઠો</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>છાપેલા ફોર્મ પર સહી</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>માતા</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>પિતા</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>પતિ અથવા પત્ની</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>દીકરો</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>દીકરી</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>ભાઈ</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>બહેન</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>દાદા-દાદી અથવા નાના-નાની</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>કાનૂની વાલી</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>અન્ય સગા</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>સંમતિ કોણ આપે છે તે જણાવો.</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>દર્દીની ઉંમર {age} વર્ષથી ઓછી છે: સંમતિ માતા-પિતા અથવા વાલીએ જ આપવી પડશે.</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>સંમતિ આપનાર વાલીનું નામ લખો.</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>કૃપા કરીને આને {max} અક્ષરોથી ઓછું રાખો.</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>વાલીનો દર્દી સાથે શો સંબંધ છે તે પસંદ કરો.</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>સંમતિ કેવી રીતે આપી તે પસંદ કરો.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>આ સંમતિ પહેલેથી પાછી ખેંચાઈ ગઈ છે.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>પરામર્શ માંગતા પહેલાં ટેલિપરામર્શ માટે દર્દીની સંમતિ નોંધો.</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>દર્દીએ ટેલિપરામર્શની સંમતિ પાછી ખેંચી છે: પરામર્શ થઈ શકે નહીં.</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>આ કેસ પહેલેથી હબને મોકલાઈ ગયો છે; તેની વિગત હવે બદલી શકાશે નહીં.</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; સ્થિતિનો કેસ &apos;{wanted}&apos; થઈ શકે નહીં.</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>પરામર્શ માંગતા પહેલાં મુખ્ય ફરિયાદ લખો.</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>પરામર્શ માટે નિષ્ણાતતા પસંદ કરો.</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>સંખ્યા ટાઇપ કરો, જેમ કે 98 અથવા 36.8.</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>બીપી માટે ઉપરનું (સિસ્ટોલિક) અને નીચેનું (ડાયસ્ટોલિક) બંને જોઈએ.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>મોબાઇલ નંબરમાં 10 અંક હોય છે અને તે 6, 7, 8 અથવા 9 થી શરૂ થાય છે, જેમ કે 9876543210.</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>નામમાં 2 થી 80 અક્ષર હોય છે, કોઈ પણ ભારતીય લિપિમાં અથવા અંગ્રેજી અક્ષરોમાં; ખાલી જગ્યા, ટપકાં અને હાઇફન ચાલે, અંક નહીં.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>જન્મ તારીખ ભવિષ્યની ન હોઈ શકે.</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>જન્મ તારીખ {max} વર્ષથી પણ પહેલાંની છે. કૃપા કરીને તપાસો.</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>જન્મ તારીખ અથવા ઉંમર (વર્ષ) લખો.</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>ઉંમર 0 થી {max} વચ્ચે પૂરા વર્ષમાં લખો.</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>સ્ત્રી, પુરુષ અથવા અન્ય પસંદ કરો.</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>પ્રિસ્ક્રિપ્શનમાં {item} નથી.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>પ્રિસ્ક્રિપ્શનમાં {item} નું મૂલ્ય સાચા પ્રકારનું નથી.</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>પ્રિસ્ક્રિપ્શનમાં એક અજાણ્યો ભાગ છે: {item}.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>પ્રિસ્ક્રિપ્શનમાં {item} {max} અક્ષરોથી લાંબું છે.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>પ્રિસ્ક્રિપ્શનમાં {item} 2026-11-20 જેવી તારીખ (અથવા ઓફસેટ સાથેનો સમય) નથી.</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>પ્રિસ્ક્રિપ્શનમાં {max} થી વધુ {item} છે.</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>પ્રિસ્ક્રિપ્શનમાં ન કોઈ દવા છે, ન કોઈ સલાહ.</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>દર્દીની ઉંમર 0 થી {max} વચ્ચેની પૂર્ણ સંખ્યા હોવી જોઈએ.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>પ્રિસ્ક્રિપ્શનમાં {item} આમાંથી એક હોવું જોઈએ: {allowed}.</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>આ કિઓસ્ક વાંચી શકે તેવું આ પ્રિસ્ક્રિપ્શન નથી. હબને તે ફરી મોકલવા કહો.</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>કેટલીક વિગતો ખૂટે છે અથવા ખોટી છે, તેથી તે પ્રિન્ટ થઈ શકે નહીં. હબને તે ફરી મોકલવા કહો.</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>સહી તપાસવા માટે આ કિઓસ્ક પાસે હબની ચાવી નથી. તેની નોંધણી માટે જિલ્લા IT ને ફોન કરો.</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>તેના પર એવી ચાવીથી સહી થઈ છે જેને આ કિઓસ્ક ઓળખતું નથી, તેથી કદાચ તે હબ પરથી આવ્યું નથી. તેનો ઉપયોગ ન કરો; જિલ્લા IT ને ફોન કરો.</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>તેની સહી મેળ ખાતી નથી: નિષ્ણાતની સહી પછી તેમાં ફેરફાર થયો છે, અથવા તે હબ પરથી આવ્યું નથી. તેનો ઉપયોગ ન કરો; હબને તે ફરી મોકલવા કહો.</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>તે એવા કેસનું છે જે આ કિઓસ્ક પર નથી. જિલ્લા IT ને ફોન કરો.</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>તેમાં કેસના દર્દીને બદલે બીજા દર્દીનું નામ છે. હબને ફોન કરો.</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>આ જ નંબરનું બીજું પ્રિસ્ક્રિપ્શન પહેલેથી રાખેલું છે. હબને ફોન કરો.</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} શક્ય નથી. માન્ય મર્યાદા: {low} થી {high} {unit}.</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (ઓક્સિજન)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>પલ્સ</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>હૃદયના ધબકારા</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>ઉપરનું બીપી</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>નીચેનું બીપી</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>સરેરાશ દબાણ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>તાપમાન</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>શ્વાસનો દર</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>વજન</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ઊંચાઈ</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>બીએમઆઈ</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>બ્લડ શુગર</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>ભૂખ્યા પેટે શુગર</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>બીપી (બ્લડ પ્રેશર)</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>ઉપરનું બીપી ({systolic}) નીચેના બીપી ({diastolic}) કરતાં વધુ હોવું જોઈએ.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>યુઝર નામ {name} પહેલેથી લેવાયેલું છે.</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>આ ABHA નંબરવાળા દર્દીની નોંધણી પહેલેથી થયેલી છે. તેના બદલે તેમને શોધો.</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>ફોર્મનો આ ફોટો આ કેસનો નથી.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>પાછી ખેંચવા માટે કોઈ સંમતિ નથી.</translation>
    </message>
</context>
</TS>
