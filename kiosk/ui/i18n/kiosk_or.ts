<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="or_IN" sourcelanguage="en_GB">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA କାର୍ଡ ସ୍କାନ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>କାର୍ଡର QR କୋଡକୁ କ୍ୟାମେରା ସାମ୍ନାରେ ଧରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ବାତିଲ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>କୌଣସି କ୍ୟାମେରା ମିଳିଲା ନାହିଁ। ତା ବଦଳରେ କାର୍ଡରୁ ବିବରଣୀ ଟାଇପ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>କ୍ୟାମେରା ଚାଲୁ ହୋଇପାରିଲା ନାହିଁ। ତା ବଦଳରେ ବିବରଣୀ ଟାଇପ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>ଏହି QR କୋଡ ABHA କାର୍ଡର ନୁହେଁ।</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>ସିଏଚଓ ଆକାଉଣ୍ଟ</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>କିଏ ସାଇନ ଇନ କରିପାରିବେ</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>ନୂଆ ଆକାଉଣ୍ଟ ଯୋଡ଼ନ୍ତୁ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ପୂରା ନାମ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ୟୁଜର ନାମ</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ଇଂରାଜୀ ଅକ୍ଷରରେ, ଯେପରି sunita</translation>
    </message>
    <message>
        <source>CHO</source>
        <translation>ସିଏଚଓ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>ପ୍ରଶାସକ</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>ପିନ (4 ରୁ 8 ଅଙ୍କ)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>ପିନ ପୁଣି ଥରେ</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>ଆକାଉଣ୍ଟ ଯୋଡ଼ନ୍ତୁ</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>ଦୁଇଟି ପିନ ସମାନ ନୁହେଁ।</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} ଏବେ ସାଇନ ଇନ କରିପାରିବେ।</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>ବ୍ୟାକଅପ ହେଲା ନାହିଁ: ବ୍ୟାକଅପ ଡ୍ରାଇଭ ଲଗାଯାଇନାହିଁ। ଦୟାକରି ତାକୁ ଲଗାନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ବ୍ୟାକଅପ ହେଲା ନାହିଁ: ବ୍ୟାକଅପ ଡ୍ରାଇଭ ଭର୍ତ୍ତି ହୋଇଯାଇଛି। ଦୟାକରି ଜିଲ୍ଲା IT କୁ ଜଣାନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>ବ୍ୟାକଅପ ହେଲା ନାହିଁ। ଦୟାକରି ଜିଲ୍ଲା IT କୁ ଜଣାନ୍ତୁ (&apos;kiosk doctor&apos; କାରଣ ଦେଖାଏ)।</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>କଲ ପାଇଁ କ୍ୟାମେରା ଓ ସାଉଣ୍ଡ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>କ୍ୟାମେରା</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ମାଇକ୍ରୋଫୋନ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ସ୍ପିକର</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>କଲ ଚାଲିଥିବା ବେଳେ ପରିବର୍ତ୍ତନ ସଙ୍ଗେ ସଙ୍ଗେ ଲାଗୁ ହୁଏ: କଲ କିଛି ସମୟ ପାଇଁ ପୁଣି ଯୋଡ଼ି ହୁଏ। ନହେଲେ ପରବର୍ତ୍ତୀ କଲରୁ ଲାଗୁ ହେବ।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ବାତିଲ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ସେଭ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>କୌଣସି କ୍ୟାମେରା ମିଳିଲା ନାହିଁ</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>ଟର୍ମିନାଲର ଡିଫଲ୍ଟ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>କିଛି ନାହିଁ</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>ହବକୁ କଲ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>ହବକୁ ଜଣାଇ ଦିଆଗଲା: ବିଶେଷଜ୍ଞ ଏଠାକୁ କଲ କରିବେ।</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>ଏହି କେସ ଏପର୍ଯ୍ୟନ୍ତ ହବରେ ପହଞ୍ଚିନାହିଁ; ଏବେ ବି ପଠାଯାଉଛି।</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>କଲ ଉପଲବ୍ଧ ନାହିଁ: ହବ ସହ ସଂଯୋଗ ନାହିଁ।</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty} ର ଜଣେ ବିଶେଷଜ୍ଞ ଅନଲାଇନ ଅଛନ୍ତି।</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>ଏବେ କୌଣସି ବିଶେଷଜ୍ଞ ଅନଲାଇନ ନାହାନ୍ତି; କେସ ଧାଡ଼ିରେ ଅପେକ୍ଷା କରୁଛି।</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>ହବକୁ କଲ କରିବାକୁ କୁହାଯାଉଛି…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>ବିଶେଷଜ୍ଞଙ୍କ ଭିଡିଓ ପାଇଁ ଅପେକ୍ଷା…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>କ୍ୟାମେରା ବନ୍ଦ</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>ପଲ୍ସ</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ସାଉଣ୍ଡ ବନ୍ଦ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>ଉପକରଣ</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>କଲ ଶେଷ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>କେସକୁ ଫେରନ୍ତୁ</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>ହବ ବିଶେଷଜ୍ଞ</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name} ଙ୍କ ସହ କଲରେ</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>କଲ ଶେଷ</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>କେବଳ ଅଡିଓ: ଆପଣ ଏବେ ବି ପରସ୍ପରକୁ ଶୁଣିପାରିବେ।</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>ଭଲ ସଂଯୋଗ</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>ମୋଟାମୋଟି ସଂଯୋଗ</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>ଦୁର୍ବଳ ସଂଯୋଗ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ସଂଯୋଗ ହେଉଛି…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>ପୁଣି ସଂଯୋଗ ହେଉଛି…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>ସଂଯୋଗ କଟିଗଲା। ସେହି ପରାମର୍ଶ ସହ ପୁଣି ଯୋଡ଼ାଯାଉଛି; ଦୟାକରି ଅପେକ୍ଷା କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>ଇଣ୍ଟରନେଟ ଦୁର୍ବଳ, ତେଣୁ କଲ କେବଳ ସାଉଣ୍ଡ ସହ ଚାଲିଛି। ଇଣ୍ଟରନେଟ ଭଲ ହେଲେ ଭିଡିଓ ନିଜେ ଫେରିଆସିବ।</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>ସାଉଣ୍ଡ ସମସ୍ୟା: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>ବିଶେଷଜ୍ଞ କଲ ଶେଷ କଲେ।</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>ଆପଣ କଲ ଶେଷ କଲେ।</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>କଲ ପୁଣି ଯୋଡ଼ି ହୋଇପାରିଲା ନାହିଁ। ବିଶେଷଜ୍ଞ ପୁଣି କଲ କରିପାରିବେ।</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>ଆପଣ କଲ ପ୍ରତ୍ୟାଖ୍ୟାନ କଲେ।</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>କଲ ଶେଷ ହୋଇଛି।</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ସାଉଣ୍ଡ ଚାଲୁ</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>କ୍ୟାମେରା ଚାଲୁ</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>ଟେଲିପରାମର୍ଶ ପାଇଁ ସମ୍ମତି</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>ରୋଗୀ ନିଜେ</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>ବାପାମା କିମ୍ବା ଅଭିଭାବକ</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} ବର୍ଷରୁ କମ: ବାପାମା କିମ୍ବା ଅଭିଭାବକ ସମ୍ମତି ଦେବେ।</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>କିଏ ସମ୍ମତି ଦେଉଛନ୍ତି</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>ବାପାମା କିମ୍ବା ଅଭିଭାବକଙ୍କ ନାମ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ବାଛନ୍ତୁ…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>ରୋଗୀଙ୍କ ସହ ସମ୍ପର୍କ</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>ମୁହଁରେ ହଁ କହିଲେ</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>ଫର୍ମରେ ଟିପଚିହ୍ନ</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>ଫର୍ମରେ ଦସ୍ତଖତ</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>ସମ୍ମତି କିପରି ଦିଆଗଲା</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>କ୍ୟାମେରା ବନ୍ଦ ଅଛି</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>ଦସ୍ତଖତ ହୋଇଥିବା ଫର୍ମର ଫଟୋ କେସ ସହ ରଖନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>କ୍ୟାମେରା ଚାଲୁ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>ଫର୍ମର ଫଟୋ ନିଅନ୍ତୁ</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>ଏହି ରେକର୍ଡ ABDM ସହ ସେୟାର କରିବାକୁ ମଧ୍ୟ ରାଜି</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>ସାକ୍ଷୀ: {name} (ଆପଣ)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ବାତିଲ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>ସମ୍ମତି ସେଭ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>କୌଣସି କ୍ୟାମେରା ମିଳିଲା ନାହିଁ।</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>କ୍ୟାମେରା ବନ୍ଦ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>ଫର୍ମର ଫଟୋ କେସ ସହ ସେଭ ହେଲା।</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>ସମ୍ମତି ରେକର୍ଡ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>ଫର୍ମ ପ୍ରିଣ୍ଟ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>ସମ୍ମତି ପ୍ରତ୍ୟାହାର କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>ସମ୍ମତି: ଏପର୍ଯ୍ୟନ୍ତ ରେକର୍ଡ ହୋଇନାହିଁ। ପ୍ରଥମେ ରୋଗୀଙ୍କୁ ପଚାରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time} ରେ ସମ୍ମତି ପ୍ରତ୍ୟାହାର କରାଗଲା। ଆଉ କୌଣସି ପରାମର୍ଶ ହୋଇପାରିବ ନାହିଁ।</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDM ସହ ସେୟାର: ରାଜି।</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDM ସହ ସେୟାର: ରାଜି ନୁହଁନ୍ତି।</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>ରୋଗୀ ନିଜେ</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>ସମ୍ମତି ଦେଇଥିବା ବ୍ୟକ୍ତି: {who}; ଉପାୟ: {how}। ସାକ୍ଷୀ: {witness}, {when}।</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>ପ୍ରତ୍ୟାହାର ପାଇଁ ପୁଣି ଦବାନ୍ତୁ</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>ରୋଗୀ କହିଲେ ହିଁ ପ୍ରତ୍ୟାହାର କରନ୍ତୁ। ତା&apos;ପରେ ହବ ଡାକ୍ତର ଏହି ପରାମର୍ଶ ନେଇପାରିବେ ନାହିଁ।</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>ସମ୍ମତି ଫର୍ମ ପ୍ରିଣ୍ଟର {printer} କୁ ଗଲା।</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>କୌଣସି ପ୍ରିଣ୍ଟର ଉତ୍ତର ଦେଲା ନାହିଁ। ପ୍ରିଣ୍ଟର ଯାଞ୍ଚ କରନ୍ତୁ, ତାପରେ ଫର୍ମଟି ପୁଣି ପ୍ରିଣ୍ଟ କରନ୍ତୁ।</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>ରୋଗୀଙ୍କୁ ଏହା {language} ଭାଷାରେ ପଢ଼ି ଶୁଣାନ୍ତୁ:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>ଏହି କଥା {language} ଭାଷାରେ, ଆପଣଙ୍କ ପାଇଁ:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>ରେକର୍ଡ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ସଂଯୋଗ ହେଉଛି…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ଚାଲୁ</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>ସିଗନାଲ ନାହିଁ</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>ସଂଯୋଗ ବିଚ୍ଛିନ୍ନ</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>କାଢ଼ି ଦିଆଯାଇଛି</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>ଚିହ୍ନଟ ହେଲା ନାହିଁ</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>ଉପକରଣର ସଂଯୋଗ ବିଚ୍ଛିନ୍ନ। ପୂର୍ବରୁ ରେକର୍ଡ ହୋଇଥିବା ମୂଲ୍ୟ ସୁରକ୍ଷିତ ଅଛି।</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>ଏହି ଉପକରଣ ଚିହ୍ନଟ ହେଲା ନାହିଁ। ଜିଲ୍ଲା IT ଏହାର ଡ୍ରାଇଭର ବାଛିପାରିବେ।</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>ବିପି (ରକ୍ତଚାପ)</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time} ରେ ରେକର୍ଡ: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>ରେକର୍ଡ ହେଲା, {when} ନିଆଯାଇଥିଲା: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>ଉପକରଣ</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>ସ୍ଥିର ହେଲେ ନିଜେ ରେକର୍ଡ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>କୌଣସି ଭାଇଟାଲସ ଉପକରଣ ଯୋଡ଼ା ହୋଇନାହିଁ। ଗୋଟିଏ ଲଗାନ୍ତୁ, କିମ୍ବା ତଳେ ମୂଲ୍ୟ ଟାଇପ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>ପ୍ରୋବରେ ସମସ୍ୟା</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>ପଲ୍ସ ଖୋଜାଯାଉଛି</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>ଆଙ୍ଗୁଠି ପ୍ରୋବ ବାହାରେ ଅଛି</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>ସେନ୍ସର ଯୋଡ଼ା ହୋଇନାହିଁ</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>ସେନ୍ସର ରୋଗୀଙ୍କଠାରୁ ହଟିଯାଇଛି</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>ହଲଚଲ: ହାତ ସ୍ଥିର ରଖନ୍ତୁ</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>ସିଗନାଲ ହଜିଗଲା</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>ପଲ୍ସ ସିଗନାଲ ଦୁର୍ବଳ</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>କମ SpO2 ଆଲାର୍ମ</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>ଓଜନ ସ୍ଥିର ହେଉଛି…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>ଓଜନ ମେସିନରେ ସୀମାଠାରୁ ଅଧିକ ଭାର</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>କଣ୍ଟ୍ରୋଲ ସଲ୍ୟୁସନ ପରୀକ୍ଷା, ରୋଗୀଙ୍କ ରିଡିଂ ନୁହେଁ</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>ଖାଇବା ପୂର୍ବରୁ</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>ଖାଇବା ପରେ</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>ମିଟରର ସୀମାଠାରୁ ଉପରେ</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>ମିଟରର ସୀମାଠାରୁ ତଳେ</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>ମିଟର ଏହି ଫଳାଫଳକୁ ସନ୍ଦେହଜନକ ବୋଲି ଚିହ୍ନିତ କଲା</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>ଡିସ୍କ ପ୍ରାୟ ଭର୍ତ୍ତି ({free} MB ବାକି): ରୋଗୀଙ୍କ ରେକର୍ଡ ପାଇଁ ଜାଗା ରଖିବାକୁ ନୂଆ ଫଟୋ ନିଆଯାଉନାହିଁ। ଦୟାକରି ଆଜି ହିଁ ଜିଲ୍ଲା IT କୁ ଜଣାନ୍ତୁ।</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>ଡିସ୍କ ଭର୍ତ୍ତି ହେଉଛି ({free} MB ବାକି)। ଦୟାକରି ଶୀଘ୍ର ଜିଲ୍ଲା IT କୁ ଜଣାନ୍ତୁ।</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ଫଟୋ ସେଭ ହେଲା ନାହିଁ: ଡିସ୍କ ପ୍ରାୟ ଭର୍ତ୍ତି, ଏବଂ ବାକି ଜାଗା ରୋଗୀଙ୍କ ରେକର୍ଡ ପାଇଁ ରଖାଯାଇଛି। କେସ ଓ ଏହାର ପୂର୍ବ ଫଟୋ ସୁରକ୍ଷିତ। ଦୟାକରି ଜିଲ୍ଲା IT କୁ ଜଣାନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ଫଟୋ ସେଭ ହେଲା ନାହିଁ: ଡିସ୍କ ଭର୍ତ୍ତି। କେସ ଓ ଏହାର ପୂର୍ବ ଫଟୋ ସୁରକ୍ଷିତ। ଦୟାକରି ଜିଲ୍ଲା IT କୁ ଜଣାନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>ହବରୁ ଆସିଥିବା ରେକର୍ଡ ସେଭ ହୋଇପାରିଲା ନାହିଁ: ଡିସ୍କ ଭର୍ତ୍ତି। କିଛି ହଜିନାହିଁ; ଜାଗା ହେଲେ ସେଗୁଡ଼ିକ ପୁଣି ଆସିବ। ଦୟାକରି ଜିଲ୍ଲା IT କୁ ଜଣାନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ବ୍ୟାକଅପ ହେଲା ନାହିଁ: ବ୍ୟାକଅପ ଡ୍ରାଇଭ ଭର୍ତ୍ତି। ଦୟାକରି ଜିଲ୍ଲା IT କୁ ଜଣାନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>ସେଭ ହେଲା ନାହିଁ: କିଓସ୍କର ଡିସ୍କ ଭର୍ତ୍ତି। ପୂର୍ବରୁ ସେଭ ହୋଇଥିବା ସବୁକିଛି ସୁରକ୍ଷିତ, ଏବଂ ଆପଣ ଟାଇପ କରିଥିବା ଏବେ ବି ସ୍କ୍ରିନରେ ଅଛି। ଜିଲ୍ଲା IT କୁ ଜାଗା କରିବାକୁ କୁହନ୍ତୁ, ତା&apos;ପରେ ପୁଣି ସେଭ କରନ୍ତୁ।</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>କେସ ବିବରଣୀ</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>ମୁଖ୍ୟ ସମସ୍ୟା</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ପୂର୍ବ ଇତିହାସ</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>ବିବରଣୀ ସେଭ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>ହବ ସହ ପରାମର୍ଶ</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>ବିଶେଷଜ୍ଞତା ବାଛନ୍ତୁ…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>ବିଶେଷଜ୍ଞତା</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ଜରୁରୀ</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>ସମୀକ୍ଷା ପାଇଁ ପଠାନ୍ତୁ</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>କଲର ଆବଶ୍ୟକତା ନାହିଁ: ବିଶେଷଜ୍ଞ କେସ ପଢ଼ି ଲିଖିତ ଉତ୍ତର ଦେବେ।</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>ପରାମର୍ଶ ମାଗନ୍ତୁ</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>ଭାଇଟାଲସ</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>ଅଭିଭାବକ: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>ABHA {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time} ରେ ଖୋଲାଗଲା</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>ଭାଷା: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>ସମୀକ୍ଷା ପାଇଁ ପଠାଗଲା। ବିଶେଷଜ୍ଞ ଲିଖିତ ଉତ୍ତର ଦେବେ; ଉତ୍ତର ଅନ୍ୟ ପ୍ରେସକ୍ରିପସନ ପରି ଏଠାରେ ପ୍ରିଣ୍ଟ ହେବ।</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>ପରାମର୍ଶ ମଗାଗଲା। ସଂଯୋଗ ମିଳିବା ମାତ୍ରେ କେସ ହବକୁ ଚାଲିଯିବ; ଆପଣ ଭାଇଟାଲସ ଯୋଡ଼ି ଚାଲିପାରିବେ।</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} ରେ ସେଭ ହେଲା</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>ଫଲୋ-ଅପ ସ୍ଲିପ ପ୍ରିଣ୍ଟ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>ଏହି ପ୍ରେସକ୍ରିପସନରେ ପୁଣି ଦେଖାଇବା ଦିନ ନାହିଁ: ପ୍ରିଣ୍ଟ କରିବାକୁ କୌଣସି ସ୍ଲିପ ନାହିଁ।</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>ପୁଣି ଦେଖାଇବା ଦିନ: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>ଫଲୋ-ଅପ ସ୍ଲିପ ପ୍ରିଣ୍ଟରକୁ ପଠାଯାଉଛି…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>ଫଲୋ-ଅପ ସ୍ଲିପ ତିଆରି ହୋଇପାରିଲା ନାହିଁ: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>ଫଲୋ-ଅପ ସ୍ଲିପ ପ୍ରିଣ୍ଟର {printer} ରେ ଅପେକ୍ଷାରେ ଅଛି।</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>ଫଲୋ-ଅପ ସ୍ଲିପ {printer} ରେ ପ୍ରିଣ୍ଟ ହେଉଛି।</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>ଫଲୋ-ଅପ ସ୍ଲିପ {printer} ରେ ପ୍ରିଣ୍ଟ ହେଲା।</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>ପ୍ରିଣ୍ଟର {printer} ବନ୍ଦ ହୋଇଯାଇଛି: କାଗଜ ଓ ବିଦ୍ୟୁତ ଦେଖନ୍ତୁ। ସ୍ଲିପଟି ଅପେକ୍ଷା କରୁଛି।</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>ପ୍ରିଣ୍ଟର {printer} ଫଲୋ-ଅପ ସ୍ଲିପ ପ୍ରିଣ୍ଟ କରିପାରିଲା ନାହିଁ। ପୁଣି ପ୍ରିଣ୍ଟ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>ପ୍ରିଣ୍ଟ ହେଲା ନାହିଁ: ଏହି କିଓସ୍କରେ କୌଣସି ପ୍ରିଣ୍ଟର ବଛାଯାଇନାହିଁ।</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>ପ୍ରିଣ୍ଟ ହେଲା ନାହିଁ: ପ୍ରିଣ୍ଟ ସେବା କାମ କରୁନାହିଁ।</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>ପ୍ରିଣ୍ଟ ହେଲା ନାହିଁ: ପ୍ରିଣ୍ଟର {printer} ଏହି କିଓସ୍କରେ ସେଟ ଅପ ହୋଇନାହିଁ।</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>ପ୍ରିଣ୍ଟ ହେଲା ନାହିଁ: ପ୍ରିଣ୍ଟର {printer} ସ୍ଲିପଟି ନେଲା ନାହିଁ।</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>ବାକି ଫଲୋ-ଅପ</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>ଆଜି କୌଣସି ଫଲୋ-ଅପ ନାହିଁ।</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>ଆଜି ଆସିବାର ଅଛି</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} ଦିନ ବିଳମ୍ବ</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>ନମସ୍କାର, {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>ଆଜିର କେସ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ସମୟ</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>ରୋଗୀ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ସମସ୍ୟା</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ସ୍ଥିତି</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>ଆଜି ଏପର୍ଯ୍ୟନ୍ତ କୌଣସି କେସ ନାହିଁ। କେସ ଆରମ୍ଭ କରିବାକୁ ରୋଗୀ ଖୋଜନ୍ତୁ କିମ୍ବା ପଞ୍ଜୀକରଣ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>ରୋଗୀ ଖୋଜନ୍ତୁ / ପଞ୍ଜୀକରଣ</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>ମାସିକ ରିପୋର୍ଟ</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>ସିଏଚଓ ଆକାଉଣ୍ଟ</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(ଏପର୍ଯ୍ୟନ୍ତ ସମସ୍ୟା ଲେଖାଯାଇନାହିଁ)</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} ଟି କେସ</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Incoming video call</source>
        <translation>ଆସୁଥିବା ଭିଡିଓ କଲ</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>ପ୍ରତ୍ୟାଖ୍ୟାନ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ଉତ୍ତର ଦିଅନ୍ତୁ</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>ଜଣେ ହବ ବିଶେଷଜ୍ଞ</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} କଲ କରୁଛନ୍ତି</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} ବିଷୟରେ। ରୋଗୀଙ୍କୁ ପାଖରେ ବସାଇ ଉତ୍ତର ଦିଅନ୍ତୁ।</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>ହବ ପାଇଁ ଅପେକ୍ଷା କରୁଥିବା ଏକ କେସ ବିଷୟରେ।</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>ଭାଷା</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>ସାଇନ ଇନ</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>ଡେମୋ କିଓସ୍କ: &apos;{user}&apos; ଭାବେ ପିନ {pin} ଦେଇ ସାଇନ ଇନ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>କିଏ ସାଇନ ଇନ କରୁଛନ୍ତି?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ପିନ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ଲିଭାନ୍ତୁ</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>ପ୍ରଥମେ ଆପଣଙ୍କ ନାମ ବାଛନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>ଆପଣଙ୍କ ପିନ ଟାଇପ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>ପିନ ଯାଞ୍ଚ କରିହେଲା ନାହିଁ: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>ଅନେକ ଥର ଭୁଲ ପିନ ଦିଆଗଲା। ଏହି ଆକାଉଣ୍ଟ {time} ପର୍ଯ୍ୟନ୍ତ ଲକ ଅଛି। ଅନ୍ୟ ଜଣେ ସିଏଚଓଙ୍କୁ ସାଇନ ଇନ କରିବାକୁ କୁହନ୍ତୁ, କିମ୍ବା ଅପେକ୍ଷା କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>ଭୁଲ ପିନ। ଆକାଉଣ୍ଟ 5 ମିନିଟ ପାଇଁ ଲକ ହେବା ପୂର୍ବରୁ ଆଉ {count} ଥର ଚେଷ୍ଟା ବାକି।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>HWC ସ୍ପୋକ କିଓସ୍କ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ହୋମ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ଲକ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>ହବ ପ୍ରତ୍ୟାଖ୍ୟାନ କଲା {n}</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>ପଠାଇବା ବାକି {n}</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>ସବୁ ପଠାଗଲା</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>କିଓସ୍କର ଡାଟା ସେଭ କିମ୍ବା ପଢ଼ିହେଲା ନାହିଁ: {error}। ଯାହା ପୂର୍ବରୁ ସେଭ ହୋଇଛି ତାହା ସୁରକ୍ଷିତ। ଏହା ବାରମ୍ବାର ହେଲେ ଜିଲ୍ଲା IT କୁ ଫୋନ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>କିଛି ଗଣ୍ଡଗୋଳ ହେଲା ଏବଂ ଜିଲ୍ଲା IT ପାଇଁ ଲଗରେ ଲେଖାଗଲା। ଯାହା ପୂର୍ବରୁ ସେଭ ହୋଇଛି ତାହା ସୁରକ୍ଷିତ।</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ସମସ୍ୟା</translation>
    </message>
</context>
<context>
    <name>MemoryDownload</name>
    <message>
        <source>Read memory</source>
        <translation>ମେମୋରୀ ପଢ଼ନ୍ତୁ</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>ଉପକରଣରେ ରଖାଯାଇଥିବା ଫଳାଫଳ ପଢ଼ନ୍ତୁ</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>ଉପକରଣଠାରୁ ଏହାର ମେମୋରୀ ମଗାଯାଉଛି…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>ଏବେ ଉପକରଣକୁ ପଚାରିହେବ ନାହିଁ। ଏହା ଚାଲୁ ହେଲେ ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>ଉପକରଣର ମେମୋରୀ ପଢ଼ାଯାଉଛି… ଏପର୍ଯ୍ୟନ୍ତ {n} ଟି ରେକର୍ଡ</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>ଉପକରଣର ମେମୋରୀ ପଢ଼ାଯାଉଛି… {total} ରୁ {n} ଟି ରେକର୍ଡ</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>ଉପକରଣର ମେମୋରୀ ଖାଲି।</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>ମେମୋରୀ ପଢ଼ାହେଲା: {n} ଟି ରେକର୍ଡ।</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>ଉପକରଣ {total} ରୁ {n} ଟି ରେକର୍ଡ ପରେ ବନ୍ଦ ହୋଇଗଲା। ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>ଉପକରଣରେ ରଖାଯାଇଥିବା ଫଳାଫଳ, ନୂଆଟି ପ୍ରଥମେ। ବର୍ତ୍ତମାନ ନିଆଯାଇଥିବାଟି ବାଛନ୍ତୁ:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>ତଥାପି ରେକର୍ଡ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ବାତିଲ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ରେକର୍ଡ ହେଲା</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>ରୋଗୀଙ୍କ ଫଳାଫଳ ନୁହେଁ</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>ରେକର୍ଡ କରିହେବ ନାହିଁ</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>ଏହାକୁ ରେକର୍ଡ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>ଆଜି {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>ଗତକାଲି {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>ଆଜି {time} ରେ</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ଗତକାଲି {time} ରେ</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} {time} ରେ</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>କ୍ଲିନିକ ଘଣ୍ଟାଠାରୁ ଆଗରେ</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} ମିନିଟ ପୂର୍ବେ</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} ଘଣ୍ଟା ପୂର୍ବେ</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 ଦିନ ପୂର୍ବେ</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} ଦିନ ପୂର୍ବେ</translation>
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
        <translation>ଏହି ଫଳାଫଳର ସମୟ ({when}) କ୍ଲିନିକ ଘଣ୍ଟାଠାରୁ ଆଗରେ: ଉପକରଣର ଘଣ୍ଟା ଭୁଲ। ଏହା ଏହି ରୋଗୀଙ୍କର ଏବେ ନିଆଯାଇଥିବା ଫଳାଫଳ ହେଲେ ହିଁ ରେକର୍ଡ କରନ୍ତୁ, ଏବଂ ଉପକରଣର ଘଣ୍ଟା ଠିକ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>ଏହି ଫଳାଫଳ {when} ନିଆଯାଇଥିଲା, ଆଜିର ନୁହେଁ। ଉପକରଣ ପୁରୁଣା ଫଳାଫଳ ରଖେ, ଅନେକ ସମୟରେ ଅନ୍ୟ ରୋଗୀଙ୍କର। ଏହା ଏହି ରୋଗୀଙ୍କର ଓ ଏବେ ନିଆଯାଇଥିଲେ ହିଁ ରେକର୍ଡ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>ଏହି ଫଳାଫଳ {age} ({when}) ନିଆଯାଇଥିଲା, ଏବେ ନୁହେଁ। ଏହା ଏହି ରୋଗୀଙ୍କର ହେଲେ ହିଁ ରେକର୍ଡ କରନ୍ତୁ।</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>ଜାନୁଆରୀ</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ଫେବୃଆରୀ</translation>
    </message>
    <message>
        <source>March</source>
        <translation>ମାର୍ଚ୍ଚ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ଏପ୍ରିଲ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ମେ</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ଜୁନ</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ଜୁଲାଇ</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ଅଗଷ୍ଟ</translation>
    </message>
    <message>
        <source>September</source>
        <translation>ସେପ୍ଟେମ୍ବର</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ଅକ୍ଟୋବର</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ନଭେମ୍ବର</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ଡିସେମ୍ବର</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>ମାସିକ ରିପୋର୍ଟ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>ପୂର୍ବ ମାସ</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>ପରବର୍ତ୍ତୀ ମାସ</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV ଓ PDF ସେଭ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>ରିପୋର୍ଟ ପ୍ରିଣ୍ଟ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>ଏହି ମାସରେ କିଛି ନାହିଁ।</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>ରୋଗୀ</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>ଦେଖାଯାଇଥିବା ରୋଗୀ</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>ନୂଆ ପଞ୍ଜୀକରଣ</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>ଖୋଲାଯାଇଥିବା କେସ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ମୋଟ</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>ବିଶେଷଜ୍ଞତା ଅନୁସାରେ ପରାମର୍ଶ</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>ନିଆଯାଇଥିବା ଭାଇଟାଲସ</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>ପ୍ରେସକ୍ରିପସନ ଓ ଫଲୋ-ଅପ</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>ମିଳିଥିବା ପ୍ରେସକ୍ରିପସନ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ରେଫରାଲ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>ବାକି ଫଲୋ-ଅପ</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>ଛୁଟିଯାଇଥିବା ଫଲୋ-ଅପ</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} ରେ ସେଭ ହେଲା</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>ପ୍ରିଣ୍ଟରକୁ ପଠାଗଲା।</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>ପ୍ରିଣ୍ଟ ହୋଇପାରିଲା ନାହିଁ: ପ୍ରିଣ୍ଟର ପ୍ରସ୍ତୁତ ନାହିଁ। ରିପୋର୍ଟ PDF ଭାବେ ସେଭ ହୋଇଛି।</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>ରିପୋର୍ଟ ସେଭ ହୋଇପାରିଲା ନାହିଁ।</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>ଫଟୋ</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>କ୍ୟାମେରା ବନ୍ଦ ଅଛି</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>କ୍ୟାମେରା</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>କ୍ୟାମେରା ଚାଲୁ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>ରୋଗୀଙ୍କ ଫଟୋ</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>କ୍ଲିନିକାଲ ଫଟୋ</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>କୌଣସି କ୍ୟାମେରା ମିଳିଲା ନାହିଁ। USB ୱେବକ୍ୟାମ ଲଗାନ୍ତୁ, ତା&apos;ପରେ ଏହି କେସ ପୁଣି ଖୋଲନ୍ତୁ।</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>କ୍ୟାମେରା ଚାଲୁ ହୋଇପାରିଲା ନାହିଁ। ଏହାର କେବୁଲ ଯାଞ୍ଚ କରନ୍ତୁ, କିମ୍ବା ଅନ୍ୟଟିଏ ବାଛନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>କ୍ୟାମେରା ବନ୍ଦ କରନ୍ତୁ</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>ପଲ୍ସ ତରଙ୍ଗ</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>ପ୍ରେସକ୍ରିପସନ</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>ଏହି କେସର ପ୍ରେସକ୍ରିପସନ ପ୍ରତ୍ୟାଖ୍ୟାନ ହେଲା। {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>ପ୍ରେସକ୍ରିପସନ</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>କେସକୁ ଫେରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>ରୋଗୀଙ୍କ ପାଇଁ ପ୍ରିଣ୍ଟ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>କାଗଜ</translation>
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
        <translation>80 ମିମି</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ପ୍ରିଣ୍ଟ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>ହବ ଦସ୍ତଖତ କରିଛି ଏବଂ ଏହି କିଓସ୍କ ଯାଞ୍ଚ କରିଛି। ଏହାକୁ ଏଠାରେ ବଦଳାଇହେବ ନାହିଁ; QR କୋଡ ଦ୍ୱାରା ଫାର୍ମାସିଷ୍ଟ ଏହାକୁ ଯାଞ୍ଚ କରିପାରିବେ।</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name} ଙ୍କ ପ୍ରେସକ୍ରିପସନ</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}। {count} ଟି ଔଷଧ।</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>ପୁଣି ପ୍ରିଣ୍ଟ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>ଏପର୍ଯ୍ୟନ୍ତ ପ୍ରିଣ୍ଟ ହୋଇନାହିଁ।</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>ପ୍ରିଣ୍ଟରକୁ ପଠାଯାଉଛି…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>ପ୍ରିଣ୍ଟ ହୋଇପାରିଲା ନାହିଁ: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>ପ୍ରିଣ୍ଟର {printer} ରେ ଅପେକ୍ଷାରେ</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer} ରେ ପ୍ରିଣ୍ଟ ହେଉଛି</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer} ରେ ପ୍ରିଣ୍ଟ ହେଲା</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>ପ୍ରିଣ୍ଟର {printer} ବନ୍ଦ ହୋଇଯାଇଛି: କାଗଜ ଓ ବିଦ୍ୟୁତ ଦେଖନ୍ତୁ। ପ୍ରିଣ୍ଟ କାମ ଅପେକ୍ଷା କରୁଛି।</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>ପ୍ରିଣ୍ଟର {printer} ଏହାକୁ ପ୍ରିଣ୍ଟ କରିପାରିଲା ନାହିଁ। ପୁଣି ପ୍ରିଣ୍ଟ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>ପ୍ରିଣ୍ଟ ହେଲା ନାହିଁ: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>ରୋଗୀଙ୍କ ରେକର୍ଡ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>କେସ</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>ଭାଇଟାଲ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ଫଟୋ</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>ହବ ପ୍ରତ୍ୟାଖ୍ୟାନ କଲା</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>ହବ ପ୍ରତ୍ୟାଖ୍ୟାନ କରିଥିବା ପରିବର୍ତ୍ତନ</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>ଏହି ପରିବର୍ତ୍ତନଗୁଡ଼ିକ ଏହି କିଓସ୍କରେ ସୁରକ୍ଷିତ ରଖାଯାଇଛି। କେବଳ ଏଗୁଡ଼ିକ ଉପରେ ନିର୍ଭରଶୀଳ ଜିନିଷ ଅଟକିଛି; ବାକି ସବୁ ହବକୁ ଯାଉଥିବ। ଦେଖାଯାଇଥିବା କାରଣ ଜିଲ୍ଲା IT କୁ ଜଣାନ୍ତୁ; ସେମାନେ ଠିକ କରିବା ପରେ &quot;ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ&quot; ଦବାନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ରେକର୍ଡ ସମୟ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>କ&apos;ଣ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>କାରଣ</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>ଚେଷ୍ଟା</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>କିଛି ପ୍ରତ୍ୟାଖ୍ୟାନ ହୋଇନାହିଁ।</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ବନ୍ଦ କରନ୍ତୁ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>ଏହି କିଓସ୍କର ରେକର୍ଡର ରିକଭରି କି</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>ଏହି କିଓସ୍କର ରେକର୍ଡ ଏହି କମ୍ପ୍ୟୁଟର ଭିତରେ ରଖାଯାଇଥିବା ଏକ କି ଦ୍ୱାରା ବନ୍ଦ ଅଛି। ଏହି କମ୍ପ୍ୟୁଟର ଖରାପ ହେଲେ ବା ବଦଳାଗଲେ, କେବଳ ଏହି ରିକଭରି କି ସେଗୁଡ଼ିକୁ ପୁଣି ଖୋଲିପାରିବ।</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>ଏହାକୁ ଏବେ ହିଁ କାଗଜରେ ଯେମିତି ଦେଖାଯାଉଛି ଠିକ୍ ସେମିତି ଲେଖି ନିଅନ୍ତୁ, ଏବଂ ସେହି କାଗଜ ଜିଲ୍ଲା IT କୁ ଦିଅନ୍ତୁ। ଏହାକୁ ଏହି କମ୍ପ୍ୟୁଟର ପାଖରେ ରଖନ୍ତୁ ନାହିଁ: ଯାହା ପାଖରେ କମ୍ପ୍ୟୁଟର ଓ ଏହି କି ଦୁଇଟି ଥିବ, ସେ ସବୁ ରେକର୍ଡ ପଢ଼ିପାରିବ।</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>ନିଶ୍ଚିତ କରିବା ପାଇଁ, ଆପଣ ଯେମିତି ଲେଖିଛନ୍ତି ସେମିତି କିର ଶେଷ ଗୋଷ୍ଠୀଟି ଟାଇପ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4ଟି ଅକ୍ଷର ଓ ଅଙ୍କର {count}ଟି ଗୋଷ୍ଠୀ; ଶେଷଟି {count} ନମ୍ବର ଗୋଷ୍ଠୀ</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>ମୁଁ ଏହାକୁ ଲେଖି ନେଇଛି</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>ଏହା କିର ଶେଷ ଗୋଷ୍ଠୀ ନୁହେଁ। ଆପଣ ଯାହା ଲେଖିଛନ୍ତି ତାକୁ ସ୍କ୍ରିନ ସହ ମିଳାଇ ଦେଖନ୍ତୁ, ତାପରେ ଶେଷ ଗୋଷ୍ଠୀଟି ପୁଣି ଟାଇପ କରନ୍ତୁ।</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>ରୋଗୀଙ୍କ ବିବରଣୀ ସୁଧାରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>ରୋଗୀ ପଞ୍ଜୀକରଣ</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>ପୂରା ନାମ *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ମହିଳା</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ପୁରୁଷ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ଅନ୍ୟ</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>ଲିଙ୍ଗ *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>ବୟସ (ବର୍ଷ)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>କିମ୍ବା ଜନ୍ମ ତାରିଖ:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>ବୟସ (ବର୍ଷ) *</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>ମୋବାଇଲ ନମ୍ବର</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 ଅଙ୍କ</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>ବାପା କିମ୍ବା ସ୍ୱାମୀଙ୍କ ନାମ</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA ନମ୍ବର</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14 ଅଙ୍କ, ABHA କାର୍ଡରୁ</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA ଠିକଣା</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>ଯେପରି name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ଗାଁ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ଜିଲ୍ଲା</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ରାଜ୍ୟ</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>ରୋଗୀଙ୍କ ଭାଷା</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ବାତିଲ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ସେଭ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ପରିବର୍ତ୍ତନ ସେଭ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>ସେଭ କରି କେସ ଆରମ୍ଭ କରନ୍ତୁ</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA କାର୍ଡ ସ୍କାନ କରନ୍ତୁ</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>ରୋଗୀ ଖୋଜନ୍ତୁ</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>ନୂଆ ରୋଗୀ ପଞ୍ଜୀକରଣ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>ନାମ, ଫୋନ, ABHA ନମ୍ବର କିମ୍ବା ଗାଁ</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>ରୋଗୀ ଖୋଜନ୍ତୁ</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>ମେଳ ଖାଉଥିବା ରୋଗୀ</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>କୌଣସି ରୋଗୀ ବଛାଯାଇନାହିଁ</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>ନୂଆ କେସ ଆରମ୍ଭ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>ବିବରଣୀ ସୁଧାରନ୍ତୁ</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos; ସହ କୌଣସି ରୋଗୀ ମେଳ ଖାଉନାହାନ୍ତି। ବନାନ ଯାଞ୍ଚ କରନ୍ତୁ, ଫୋନ ନମ୍ବରରେ ଖୋଜନ୍ତୁ, କିମ୍ବା ନୂଆ ରୋଗୀ ପଞ୍ଜୀକରଣ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>ଏପର୍ଯ୍ୟନ୍ତ କୌଣସି ରୋଗୀ ପଞ୍ଜୀକୃତ ହୋଇନାହାନ୍ତି।</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>ଉପରେ ଖୋଜନ୍ତୁ, ତା&apos;ପରେ କେସ ଆରମ୍ଭ କରିବାକୁ ଜଣେ ରୋଗୀ ବାଛନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>ବୟସ / ଲିଙ୍ଗ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ଅଭିଭାବକ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ଗାଁ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ଫୋନ</translation>
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
        <translation>ସ୍ୱାଗତ</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>ଏହି କିଓସ୍କରେ ଏପର୍ଯ୍ୟନ୍ତ କୌଣସି ଆକାଉଣ୍ଟ ନାହିଁ। ପ୍ରଥମଟି ତିଆରି କରନ୍ତୁ; ପରେ ସେଥିରୁ ଅନ୍ୟ ସିଏଚଓଙ୍କୁ ଯୋଡ଼ିହେବ।</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ପୂରା ନାମ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ୟୁଜର ନାମ</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ଇଂରାଜୀ ଅକ୍ଷରରେ, ଯେପରି sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>ପିନ (4 ରୁ 8 ଅଙ୍କ)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>ପିନ ପୁଣି ଥରେ</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>ଆକାଉଣ୍ଟ ତିଆରି କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>ଦୁଇଟି ପିନ ସମାନ ନୁହେଁ।</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>ମ</translation>
    </message>
    <message>
        <source>M</source>
        <translation>ପୁ</translation>
    </message>
    <message>
        <source>O</source>
        <translation>ଅ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>ଏକ ମିନିଟରୁ କମ</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} ମିନିଟ</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ଘଣ୍ଟା</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} ଦିନ</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>ହବ ସିଙ୍କ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ଦେଖନ୍ତୁ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ଏବେ ସିଙ୍କ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>ସିଙ୍କ ହେଲା: ରେକର୍ଡ ହୋଇଥିବା ସବୁକିଛି ହବରେ ପହଞ୍ଚିଛି।</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>ପଠାଇବାକୁ ଆଉ କିଛି ବାକି ନାହିଁ।</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} ଟି ପରିବର୍ତ୍ତନ ପଠାଇବା ବାକି</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>ସବୁଠାରୁ ପୁରୁଣାଟି {age} ଧରି ଅପେକ୍ଷା କରୁଛି</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>ଏପର୍ଯ୍ୟନ୍ତ ହବ ସହ ସିଙ୍କ ହୋଇନାହିଁ</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>ଶେଷ ସଫଳ ସିଙ୍କ: {time} ({age} ପୂର୍ବେ)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n} ଟି ପରିବର୍ତ୍ତନ ହବ ପ୍ରତ୍ୟାଖ୍ୟାନ କରିଛି, ସେଗୁଡ଼ିକୁ ଦେଖିବା ଦରକାର।</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>ପଞ୍ଜୀକୃତ ନୁହେଁ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ସିଙ୍କ ହେଉଛି…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ଅଫଲାଇନ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ଧ୍ୟାନ ଦିଅନ୍ତୁ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ସଂଯୋଗ ହେଉଛି…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>ଅନଲାଇନ · ସିଙ୍କ ହେଲା</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ଅନଲାଇନ</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>ଏହି କିଓସ୍କ ହବରେ ପଞ୍ଜୀକୃତ ହୋଇପାରିଲା ନାହିଁ: {reason}। ସବୁକିଛି ଏଠାରେ ରଖାଯାଇଛି; ଜିଲ୍ଲା IT ନୂଆ କୋଡ ଦେଇପାରିବେ।</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>ଏହି କିଓସ୍କ ଏପର୍ଯ୍ୟନ୍ତ କୌଣସି ହବରେ ପଞ୍ଜୀକୃତ ନୁହେଁ। ସବୁକିଛି ଏଠାରେ ରଖାଯାଇଛି; ଜିଲ୍ଲା IT ଏକ ଥର ବ୍ୟବହାର କୋଡରେ ଏହାକୁ ପଞ୍ଜୀକୃତ କରିବେ।</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>ହବ ସହ ଯୋଗାଯୋଗ ହୋଇପାରୁନାହିଁ। କାମ ଜାରି ରଖନ୍ତୁ: ସବୁକିଛି ଏହି କିଓସ୍କରେ ସେଭ ହେଉଛି ଏବଂ ସଂଯୋଗ ଫେରିଲେ ପଠାଯିବ।</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>ପରବର୍ତ୍ତୀ ଚେଷ୍ଟା {time} ରେ।</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>ଶେଷ ସିଙ୍କ ପୂରା ହେଲା ନାହିଁ; ପୁଣି ଚେଷ୍ଟା କରାଯିବ।</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>ପରିବର୍ତ୍ତନ ପଠାଯାଉଛି: %m ମଧ୍ୟରୁ %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>ହବରୁ ଆସୁଛି: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>ଫଟୋ ପଠାଯାଉଛି: %m ମଧ୍ୟରୁ %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB ମଧ୍ୟରୁ {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>ସିଙ୍କ ହୋଇପାରିଲା ନାହିଁ: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>ଉପର</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>ତଳ</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>ଖାଲି ପେଟରେ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ରେକର୍ଡ କରନ୍ତୁ</translation>
    </message>
    <message>
        <source>device</source>
        <translation>ଉପକରଣ</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>ଟାଇପ କରାଯାଇଛି</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>ଗଣନା କରାଯାଇଛି</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ସୁଧାରନ୍ତୁ</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>ABHA ନମ୍ବରରେ 14 ଅଙ୍କ ଥାଏ, ଯେପରି 12-3456-7890-1234। {count} ଅଙ୍କ ଦିଆଯାଇଛି।</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>ABHA ଠିକଣା name@abdm ପରି ଦେଖାଯାଏ: 4 ରୁ 32 ଅକ୍ଷର କିମ୍ବା ଅଙ୍କ (ମଝିରେ ବିନ୍ଦୁ କିମ୍ବା ଅଣ୍ଡରସ୍କୋର ରହିପାରେ), ତା&apos;ପରେ @abdm।</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>ୟୁଜର ନାମରେ 3 ରୁ 32 ଇଂରାଜୀ ଅକ୍ଷର କିମ୍ବା ଅଙ୍କ ଥାଏ ଏବଂ ଏହା ଅକ୍ଷରରେ ଆରମ୍ଭ ହୁଏ।</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>ପିନରେ 4 ରୁ 8 ଅଙ୍କ ଥାଏ।</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>ଏହି ପିନ ସହଜରେ ଅନୁମାନ କରିହେବ (ଯେପରି 1111 କିମ୍ବା 1234)। ଅନ୍ୟ ଏକ ବାଛନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ଡ୍ରାଫ୍ଟ</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>ହବ ପାଇଁ ଅପେକ୍ଷା</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>ପରାମର୍ଶ ଚାଲିଛି</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>ପ୍ରେସକ୍ରିପସନ ଆସିଛି</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ବନ୍ଦ</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>ଜେନେରାଲ ମେଡିସିନ</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>ଶିଶୁ ରୋଗ</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>ପ୍ରସୂତି ଓ ସ୍ତ୍ରୀ ରୋଗ</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>ଚର୍ମ ରୋଗ</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>ନାକ, କାନ, ଗଳା</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>ଆଖି ରୋଗ</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>ମାନସିକ ସ୍ୱାସ୍ଥ୍ୟ</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>ହାଡ଼ ଓ ଗଣ୍ଠି (ଅର୍ଥୋପେଡିକ୍ସ)</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>ହୃଦ୍‌ରୋଗ</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>ଦାନ୍ତ ରୋଗ</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>ହବ ଡାକ୍ତରଙ୍କ ସହ ଟେଲିପରାମର୍ଶ</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>ଏହି ରେକର୍ଡ ABDM ସହ ସେୟାର କରିବା</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>ମୁହଁରେ ହଁ କହିଲେ (ମୌଖିକ)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>ପ୍ରିଣ୍ଟ ହୋଇଥିବା ଫର୍ମରେ ଟିପଚିହ୍ନ</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>ପ୍ରିଣ୍ଟ ହୋଇଥିବା ଫର୍ମରେ ଦସ୍ତଖତ</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>ମା</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>ବାପା</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>ସ୍ୱାମୀ କିମ୍ବା ସ୍ତ୍ରୀ</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>ପୁଅ</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>ଝିଅ</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>ଭାଇ</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>ଭଉଣୀ</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>ଜେଜେବାପା/ଜେଜେମା କିମ୍ବା ଅଜା/ଆଈ</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>ଆଇନଗତ ଅଭିଭାବକ</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>ଅନ୍ୟ ସମ୍ପର୍କୀୟ</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>କିଏ ସମ୍ମତି ଦେଉଛନ୍ତି କୁହନ୍ତୁ।</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>ରୋଗୀଙ୍କ ବୟସ {age} ବର୍ଷରୁ କମ: ବାପାମା କିମ୍ବା ଅଭିଭାବକଙ୍କୁ ହିଁ ସମ୍ମତି ଦେବାକୁ ହେବ।</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>ସମ୍ମତି ଦେଉଥିବା ଅଭିଭାବକଙ୍କ ନାମ ଲେଖନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>ଦୟାକରି ଏହାକୁ {max} ଅକ୍ଷରରୁ କମ ରଖନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>ଅଭିଭାବକ ରୋଗୀଙ୍କର କିଏ ହୁଅନ୍ତି ବାଛନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>ସମ୍ମତି କିପରି ଦିଆଗଲା ବାଛନ୍ତୁ।</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>ଏହି ସମ୍ମତି ପୂର୍ବରୁ ପ୍ରତ୍ୟାହାର କରାଯାଇଛି।</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>ପରାମର୍ଶ ମାଗିବା ପୂର୍ବରୁ ଟେଲିପରାମର୍ଶ ପାଇଁ ରୋଗୀଙ୍କ ସମ୍ମତି ରେକର୍ଡ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>ରୋଗୀ ଟେଲିପରାମର୍ଶର ସମ୍ମତି ପ୍ରତ୍ୟାହାର କରିଛନ୍ତି: ପରାମର୍ଶ ହୋଇପାରିବ ନାହିଁ।</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>ଏହି କେସ ପୂର୍ବରୁ ହବକୁ ପଠାଯାଇଛି; ଏହାର ବିବରଣୀ ଆଉ ବଦଳାଇହେବ ନାହିଁ।</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; ସ୍ଥିତିରେ ଥିବା କେସ &apos;{wanted}&apos; ହୋଇପାରିବ ନାହିଁ।</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>ପରାମର୍ଶ ମାଗିବା ପୂର୍ବରୁ ମୁଖ୍ୟ ସମସ୍ୟା ଲେଖନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>ପରାମର୍ଶ ପାଇଁ ବିଶେଷଜ୍ଞତା ବାଛନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>ଏକ ସଂଖ୍ୟା ଟାଇପ କରନ୍ତୁ, ଯେପରି 98 କିମ୍ବା 36.8।</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>ବିପି ପାଇଁ ଉପର (ସିଷ୍ଟୋଲିକ) ଓ ତଳ (ଡାୟାଷ୍ଟୋଲିକ) ଦୁଇଟି ଦରକାର।</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>ମୋବାଇଲ ନମ୍ବରରେ 10 ଅଙ୍କ ଥାଏ ଏବଂ ଏହା 6, 7, 8 କିମ୍ବା 9 ରେ ଆରମ୍ଭ ହୁଏ, ଯେପରି 9876543210।</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>ନାମରେ 2 ରୁ 80 ଅକ୍ଷର ଥାଏ, ଯେକୌଣସି ଭାରତୀୟ ଲିପିରେ କିମ୍ବା ଇଂରାଜୀ ଅକ୍ଷରରେ; ଖାଲି ସ୍ଥାନ, ବିନ୍ଦୁ ଓ ହାଇଫେନ ଚଳିବ, ସଂଖ୍ୟା ନୁହେଁ।</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>ଜନ୍ମ ତାରିଖ ଭବିଷ୍ୟତର ହୋଇପାରିବ ନାହିଁ।</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>ଜନ୍ମ ତାରିଖ {max} ବର୍ଷରୁ ବି ପୂର୍ବର। ଦୟାକରି ଯାଞ୍ଚ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>ଜନ୍ମ ତାରିଖ କିମ୍ବା ବୟସ (ବର୍ଷ) ଦିଅନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>ବୟସ 0 ରୁ {max} ମଧ୍ୟରେ ପୂରା ବର୍ଷରେ ଲେଖନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>ମହିଳା, ପୁରୁଷ କିମ୍ବା ଅନ୍ୟ ବାଛନ୍ତୁ।</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>ପ୍ରେସକ୍ରିପସନରେ {item} ନାହିଁ।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>ପ୍ରେସକ୍ରିପସନରେ {item} ର ମୂଲ୍ୟ ଠିକ ପ୍ରକାରର ନୁହେଁ।</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>ପ୍ରେସକ୍ରିପସନରେ ଏକ ଅଜଣା ଅଂଶ ଅଛି: {item}।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>ପ୍ରେସକ୍ରିପସନରେ {item} {max} ଅକ୍ଷରରୁ ଲମ୍ବା।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>ପ୍ରେସକ୍ରିପସନରେ {item} 2026-11-20 ପରି ତାରିଖ (କିମ୍ବା ଅଫସେଟ ସହ ସମୟ) ନୁହେଁ।</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>ପ୍ରେସକ୍ରିପସନରେ {max} ରୁ ଅଧିକ {item} ଅଛି।</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>ପ୍ରେସକ୍ରିପସନରେ କୌଣସି ଔଷଧ କିମ୍ବା ପରାମର୍ଶ ନାହିଁ।</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>ରୋଗୀଙ୍କ ବୟସ 0 ରୁ {max} ମଧ୍ୟରେ ଏକ ପୂର୍ଣ୍ଣ ସଂଖ୍ୟା ହେବା ଦରକାର।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>ପ୍ରେସକ୍ରିପସନରେ {item} ଏଗୁଡ଼ିକ ମଧ୍ୟରୁ ଗୋଟିଏ ହେବା ଦରକାର: {allowed}।</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>ଏହା ଏପରି ପ୍ରେସକ୍ରିପସନ ନୁହେଁ ଯାହା ଏହି କିଓସ୍କ ପଢ଼ିପାରିବ। ହବକୁ ଏହା ପୁଣି ପଠାଇବାକୁ କୁହନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>କିଛି ବିବରଣୀ ନାହିଁ କିମ୍ବା ଭୁଲ, ତେଣୁ ଏହା ପ୍ରିଣ୍ଟ ହୋଇପାରିବ ନାହିଁ। ହବକୁ ଏହା ପୁଣି ପଠାଇବାକୁ କୁହନ୍ତୁ।</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>ଦସ୍ତଖତ ଯାଞ୍ଚ ପାଇଁ ଏହି କିଓସ୍କ ପାଖରେ ହବର ଚାବି ନାହିଁ। ଏହାକୁ ପଞ୍ଜୀକୃତ କରିବାକୁ ଜିଲ୍ଲା IT କୁ ଫୋନ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>ଏହା ଏପରି ଚାବିରେ ଦସ୍ତଖତ ହୋଇଛି ଯାହାକୁ ଏହି କିଓସ୍କ ଚିହ୍ନେ ନାହିଁ, ତେଣୁ ଏହା ହୁଏତ ହବରୁ ଆସିନାହିଁ। ଏହାକୁ ବ୍ୟବହାର କରନ୍ତୁ ନାହିଁ; ଜିଲ୍ଲା IT କୁ ଫୋନ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>ଏହାର ଦସ୍ତଖତ ମେଳ ଖାଉନାହିଁ: ବିଶେଷଜ୍ଞ ଦସ୍ତଖତ କରିବା ପରେ ଏହା ବଦଳାଯାଇଛି, କିମ୍ବା ଏହା ହବରୁ ଆସିନାହିଁ। ଏହାକୁ ବ୍ୟବହାର କରନ୍ତୁ ନାହିଁ; ହବକୁ ଏହା ପୁଣି ପଠାଇବାକୁ କୁହନ୍ତୁ।</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>ଏହା ଏପରି ଏକ କେସର, ଯାହା ଏହି କିଓସ୍କରେ ନାହିଁ। ଜିଲ୍ଲା IT କୁ ଫୋନ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>ଏଥିରେ କେସର ରୋଗୀଙ୍କ ବଦଳରେ ଅନ୍ୟ ଜଣେ ରୋଗୀଙ୍କ ନାମ ଅଛି। ହବକୁ ଫୋନ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>ସେହି ନମ୍ବରର ଅନ୍ୟ ଏକ ପ୍ରେସକ୍ରିପସନ ପୂର୍ବରୁ ରଖାଯାଇଛି। ହବକୁ ଫୋନ କରନ୍ତୁ।</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} ସମ୍ଭବ ନୁହେଁ। ଠିକ ସୀମା: {low} ରୁ {high} {unit}।</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (ଅମ୍ଳଜାନ)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>ପଲ୍ସ</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>ହୃଦସ୍ପନ୍ଦନ</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>ଉପର ବିପି</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>ତଳ ବିପି</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>ହାରାହାରି ଚାପ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>ତାପମାତ୍ରା</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>ଶ୍ୱାସ ହାର</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ଓଜନ</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ଉଚ୍ଚତା</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>ବିଏମଆଇ</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>ବ୍ଲଡ ସୁଗାର</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>ଖାଲି ପେଟ ସୁଗାର</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>ବିପି (ରକ୍ତଚାପ)</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>ଉପର ବିପି ({systolic}) ତଳ ବିପି ({diastolic}) ଠାରୁ ଅଧିକ ହେବା ଦରକାର।</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>ୟୁଜର ନାମ {name} ପୂର୍ବରୁ ନିଆଯାଇଛି।</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>ଏହି ABHA ନମ୍ବରର ରୋଗୀ ପୂର୍ବରୁ ପଞ୍ଜୀକୃତ। ତା ବଦଳରେ ତାଙ୍କୁ ଖୋଜନ୍ତୁ।</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>ଫର୍ମର ଏହି ଫଟୋ ଏହି କେସର ନୁହେଁ।</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>ପ୍ରତ୍ୟାହାର କରିବାକୁ କୌଣସି ସମ୍ମତି ନାହିଁ।</translation>
    </message>
</context>
</TS>
