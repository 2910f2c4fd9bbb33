<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kn_IN" sourcelanguage="en_GB">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA ಕಾರ್ಡ್ ಸ್ಕ್ಯಾನ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>ಕಾರ್ಡ್‌ನಲ್ಲಿರುವ QR ಕೋಡ್ ಅನ್ನು ಕ್ಯಾಮೆರಾದ ಮುಂದೆ ಹಿಡಿಯಿರಿ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ರದ್ದು ಮಾಡಿ</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>ಕ್ಯಾಮೆರಾ ಸಿಗಲಿಲ್ಲ. ಬದಲಾಗಿ ಕಾರ್ಡ್‌ನಲ್ಲಿರುವ ವಿವರಗಳನ್ನು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>ಕ್ಯಾಮೆರಾ ಶುರುವಾಗಲಿಲ್ಲ. ಬದಲಾಗಿ ವಿವರಗಳನ್ನು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>ಈ QR ಕೋಡ್ ABHA ಕಾರ್ಡ್‌ನದ್ದಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>ಸಿಎಚ್‌ಒ ಖಾತೆಗಳು</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>ಯಾರು ಸೈನ್ ಇನ್ ಮಾಡಬಹುದು</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>ಹೊಸ ಖಾತೆ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ಪೂರ್ಣ ಹೆಸರು</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ಯೂಸರ್ ಹೆಸರು</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ಇಂಗ್ಲಿಷ್ ಅಕ್ಷರಗಳಲ್ಲಿ, ಉದಾ. sunita</translation>
    </message>
    <message>
        <source>CHO</source>
        <translation>ಸಿಎಚ್‌ಒ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>ನಿರ್ವಾಹಕರು</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>ಪಿನ್ (4 ರಿಂದ 8 ಅಂಕಿಗಳು)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>ಪಿನ್ ಮತ್ತೊಮ್ಮೆ</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>ಖಾತೆ ಸೇರಿಸಿ</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>ಎರಡೂ ಪಿನ್‌ಗಳು ಒಂದೇ ಆಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} ಈಗ ಸೈನ್ ಇನ್ ಮಾಡಬಹುದು.</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>ಬ್ಯಾಕಪ್ ಆಗಿಲ್ಲ: ಬ್ಯಾಕಪ್ ಡ್ರೈವ್ ಹಾಕಿಲ್ಲ. ದಯವಿಟ್ಟು ಅದನ್ನು ಹಾಕಿ.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ಬ್ಯಾಕಪ್ ಆಗಿಲ್ಲ: ಬ್ಯಾಕಪ್ ಡ್ರೈವ್ ತುಂಬಿದೆ. ದಯವಿಟ್ಟು ಜಿಲ್ಲಾ IT ಗೆ ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>ಬ್ಯಾಕಪ್ ಆಗಿಲ್ಲ. ದಯವಿಟ್ಟು ಜಿಲ್ಲಾ IT ಗೆ ತಿಳಿಸಿ (&apos;kiosk doctor&apos; ಕಾರಣ ತೋರಿಸುತ್ತದೆ).</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>ಕರೆಗಳಿಗೆ ಕ್ಯಾಮೆರಾ ಮತ್ತು ಧ್ವನಿ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ಕ್ಯಾಮೆರಾ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ಮೈಕ್ರೊಫೋನ್</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ಸ್ಪೀಕರ್</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>ಕರೆಯ ಸಮಯದಲ್ಲಿ ಬದಲಾವಣೆ ತಕ್ಷಣ ಜಾರಿಯಾಗುತ್ತದೆ: ಕರೆ ಒಂದು ಕ್ಷಣ ಮರುಸಂಪರ್ಕಗೊಳ್ಳುತ್ತದೆ. ಇಲ್ಲದಿದ್ದರೆ ಮುಂದಿನ ಕರೆಯಿಂದ ಜಾರಿಯಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ರದ್ದು ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ಸೇವ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>ಕ್ಯಾಮೆರಾ ಸಿಗಲಿಲ್ಲ</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>ಟರ್ಮಿನಲ್‌ನ ಡೀಫಾಲ್ಟ್</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ಯಾವುದೂ ಇಲ್ಲ</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>ಹಬ್‌ಗೆ ಕರೆ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>ಹಬ್‌ಗೆ ತಿಳಿಸಲಾಗಿದೆ: ತಜ್ಞರು ಇಲ್ಲಿಗೇ ಕರೆ ಮಾಡುತ್ತಾರೆ.</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>ಈ ಕೇಸ್ ಇನ್ನೂ ಹಬ್‌ಗೆ ತಲುಪಿಲ್ಲ; ಇನ್ನೂ ಕಳುಹಿಸಲಾಗುತ್ತಿದೆ.</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>ಕರೆಗಳು ಲಭ್ಯವಿಲ್ಲ: ಹಬ್‌ಗೆ ಸಂಪರ್ಕವಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty} ತಜ್ಞರು ಆನ್‌ಲೈನ್‌ನಲ್ಲಿದ್ದಾರೆ.</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>ಈಗ ಯಾವ ತಜ್ಞರೂ ಆನ್‌ಲೈನ್‌ನಲ್ಲಿಲ್ಲ; ಕೇಸ್ ಸರದಿಯಲ್ಲಿ ಕಾಯುತ್ತಿದೆ.</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>ಕರೆ ಮಾಡಲು ಹಬ್‌ಗೆ ಕೇಳಲಾಗುತ್ತಿದೆ…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>ತಜ್ಞರ ವೀಡಿಯೊಗಾಗಿ ಕಾಯಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>ಕ್ಯಾಮೆರಾ ಆಫ್</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>ಪಲ್ಸ್</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ಮ್ಯೂಟ್</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>ಸಾಧನಗಳು</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>ಕರೆ ಮುಗಿಸಿ</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>ಕೇಸ್‌ಗೆ ಹಿಂತಿರುಗಿ</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>ಹಬ್ ತಜ್ಞರು</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name} ಅವರೊಂದಿಗೆ ಕರೆಯಲ್ಲಿದ್ದೀರಿ</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>ಕರೆ ಮುಗಿಯಿತು</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>ಧ್ವನಿ ಮಾತ್ರ: ನೀವು ಇನ್ನೂ ಪರಸ್ಪರ ಕೇಳಿಸಿಕೊಳ್ಳಬಹುದು.</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>ಉತ್ತಮ ಸಂಪರ್ಕ</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>ಸಾಧಾರಣ ಸಂಪರ್ಕ</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>ದುರ್ಬಲ ಸಂಪರ್ಕ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ಸಂಪರ್ಕಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>ಮರುಸಂಪರ್ಕಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>ಸಂಪರ್ಕ ಕಡಿದುಹೋಯಿತು. ಅದೇ ಕನ್ಸಲ್ಟೇಶನ್‌ಗೆ ಮರುಸಂಪರ್ಕಿಸಲಾಗುತ್ತಿದೆ; ದಯವಿಟ್ಟು ಕಾಯಿರಿ.</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>ಇಂಟರ್ನೆಟ್ ದುರ್ಬಲವಾಗಿದೆ, ಆದ್ದರಿಂದ ಕರೆ ಧ್ವನಿಯೊಂದಿಗೆ ಮಾತ್ರ ಮುಂದುವರಿಯುತ್ತಿದೆ. ಇಂಟರ್ನೆಟ್ ಸುಧಾರಿಸಿದಾಗ ವೀಡಿಯೊ ತಾನಾಗಿಯೇ ಮರಳುತ್ತದೆ.</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>ಧ್ವನಿ ಸಮಸ್ಯೆ: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>ತಜ್ಞರು ಕರೆ ಮುಗಿಸಿದರು.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>ನೀವು ಕರೆ ಮುಗಿಸಿದಿರಿ.</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>ಕರೆ ಮರುಸಂಪರ್ಕಗೊಳ್ಳಲಿಲ್ಲ. ತಜ್ಞರು ಮತ್ತೆ ಕರೆ ಮಾಡಬಹುದು.</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>ನೀವು ಕರೆ ನಿರಾಕರಿಸಿದಿರಿ.</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>ಕರೆ ಮುಗಿದಿದೆ.</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ಅನ್‌ಮ್ಯೂಟ್</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>ಕ್ಯಾಮೆರಾ ಆನ್</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>ಟೆಲಿಕನ್ಸಲ್ಟೇಶನ್‌ಗೆ ಒಪ್ಪಿಗೆ</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>ರೋಗಿ ಸ್ವತಃ</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>ತಂದೆ-ತಾಯಿ ಅಥವಾ ಪೋಷಕರು</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} ವರ್ಷದೊಳಗೆ: ತಂದೆ-ತಾಯಿ ಅಥವಾ ಪೋಷಕರು ಒಪ್ಪಿಗೆ ನೀಡುತ್ತಾರೆ.</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>ಒಪ್ಪಿಗೆ ಯಾರು ನೀಡುತ್ತಿದ್ದಾರೆ</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>ತಂದೆ-ತಾಯಿ ಅಥವಾ ಪೋಷಕರ ಹೆಸರು</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ಆಯ್ಕೆ ಮಾಡಿ…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>ರೋಗಿಯೊಂದಿಗೆ ಸಂಬಂಧ</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>ಬಾಯಿಮಾತಿನಲ್ಲಿ ಹೌದು ಎಂದರು</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>ಫಾರ್ಮ್ ಮೇಲೆ ಹೆಬ್ಬೆಟ್ಟು</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>ಫಾರ್ಮ್ ಮೇಲೆ ಸಹಿ</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>ಒಪ್ಪಿಗೆಯನ್ನು ಹೇಗೆ ನೀಡಲಾಯಿತು</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>ಕ್ಯಾಮೆರಾ ಆಫ್ ಆಗಿದೆ</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>ಸಹಿ ಮಾಡಿದ ಫಾರ್ಮ್‌ನ ಫೋಟೋವನ್ನು ಕೇಸ್‌ನೊಂದಿಗೆ ಇಡಿ.</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>ಕ್ಯಾಮೆರಾ ಆನ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>ಫಾರ್ಮ್‌ನ ಫೋಟೋ ತೆಗೆಯಿರಿ</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>ಈ ದಾಖಲೆಯನ್ನು ABDM ಜೊತೆ ಹಂಚಿಕೊಳ್ಳಲೂ ಒಪ್ಪಿಗೆ</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>ಸಾಕ್ಷಿ: {name} (ನೀವು)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ರದ್ದು ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>ಒಪ್ಪಿಗೆ ಸೇವ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>ಕ್ಯಾಮೆರಾ ಸಿಗಲಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>ಕ್ಯಾಮೆರಾ ನಿಲ್ಲಿಸಿ</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>ಫಾರ್ಮ್‌ನ ಫೋಟೋ ಕೇಸ್‌ನೊಂದಿಗೆ ಸೇವ್ ಆಯಿತು.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>ಒಪ್ಪಿಗೆ ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>ಫಾರ್ಮ್ ಪ್ರಿಂಟ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>ಒಪ್ಪಿಗೆ ಹಿಂಪಡೆಯಿರಿ</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>ಒಪ್ಪಿಗೆ: ಇನ್ನೂ ದಾಖಲಾಗಿಲ್ಲ. ಮೊದಲು ರೋಗಿಯನ್ನು ಕೇಳಿ.</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time} ಕ್ಕೆ ಒಪ್ಪಿಗೆ ಹಿಂಪಡೆಯಲಾಗಿದೆ. ಇನ್ನು ಯಾವುದೇ ಕನ್ಸಲ್ಟೇಶನ್ ನಡೆಯುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDM ಜೊತೆ ಹಂಚಿಕೆ: ಒಪ್ಪಿದ್ದಾರೆ.</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDM ಜೊತೆ ಹಂಚಿಕೆ: ಒಪ್ಪಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>ರೋಗಿ ಸ್ವತಃ</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>ಒಪ್ಪಿಗೆ ನೀಡಿದವರು: {who}; ವಿಧಾನ: {how}. ಸಾಕ್ಷಿ: {witness}, {when}.</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>ಹಿಂಪಡೆಯಲು ಮತ್ತೆ ಒತ್ತಿ</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>ರೋಗಿ ಹೇಳಿದರೆ ಮಾತ್ರ ಹಿಂಪಡೆಯಿರಿ. ಆಗ ಹಬ್ ವೈದ್ಯರು ಈ ಕನ್ಸಲ್ಟೇಶನ್ ತೆಗೆದುಕೊಳ್ಳಲು ಆಗುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>ಒಪ್ಪಿಗೆ ಫಾರ್ಮ್ ಪ್ರಿಂಟರ್ {printer} ಗೆ ಹೋಯಿತು.</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>ಯಾವ ಪ್ರಿಂಟರ್ ಕೂಡ ಉತ್ತರಿಸಲಿಲ್ಲ. ಪ್ರಿಂಟರ್ ಪರಿಶೀಲಿಸಿ, ನಂತರ ಫಾರ್ಮ್ ಅನ್ನು ಮತ್ತೆ ಪ್ರಿಂಟ್ ಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>ರೋಗಿಗೆ ಇದನ್ನು {language} ಭಾಷೆಯಲ್ಲಿ ಓದಿ ಹೇಳಿ:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>ಇದೇ ಮಾತು {language} ಭಾಷೆಯಲ್ಲಿ, ನಿಮಗಾಗಿ:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ಸಂಪರ್ಕಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ಲೈವ್</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>ಸಿಗ್ನಲ್ ಇಲ್ಲ</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>ಸಂಪರ್ಕ ಕಡಿದಿದೆ</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>ತೆಗೆಯಲಾಗಿದೆ</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>ಗುರುತಿಸಲಾಗಿಲ್ಲ</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>ಸಾಧನದ ಸಂಪರ್ಕ ಕಡಿದಿದೆ. ಈಗಾಗಲೇ ದಾಖಲಿಸಿದ ಮೌಲ್ಯಗಳು ಸುರಕ್ಷಿತವಾಗಿವೆ.</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>ಈ ಸಾಧನವನ್ನು ಗುರುತಿಸಲಾಗಿಲ್ಲ. ಜಿಲ್ಲಾ IT ಇದರ ಡ್ರೈವರ್ ಆಯ್ಕೆ ಮಾಡಬಹುದು.</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>ಬಿಪಿ (ರಕ್ತದೊತ್ತಡ)</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time} ಕ್ಕೆ ದಾಖಲು: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>ದಾಖಲಾಗಿದೆ, {when} ತೆಗೆದದ್ದು: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>ಸಾಧನಗಳು</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>ಸ್ಥಿರವಾದಾಗ ತಾನಾಗಿಯೇ ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>ಯಾವುದೇ ವೈಟಲ್ಸ್ ಸಾಧನ ಸಂಪರ್ಕಗೊಂಡಿಲ್ಲ. ಒಂದನ್ನು ಹಾಕಿ, ಅಥವಾ ಕೆಳಗೆ ಮೌಲ್ಯಗಳನ್ನು ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>ಪ್ರೋಬ್ ಸಮಸ್ಯೆ</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>ಪಲ್ಸ್ ಹುಡುಕಲಾಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>ಬೆರಳು ಪ್ರೋಬ್‌ನಿಂದ ಹೊರಗಿದೆ</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>ಸೆನ್ಸರ್ ಸಂಪರ್ಕಗೊಂಡಿಲ್ಲ</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>ಸೆನ್ಸರ್ ರೋಗಿಯಿಂದ ಸರಿದಿದೆ</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>ಚಲನೆ: ಕೈಯನ್ನು ಅಲ್ಲಾಡಿಸದೆ ಇಡಿ</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>ಸಿಗ್ನಲ್ ಕಳೆದುಹೋಯಿತು</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>ಪಲ್ಸ್ ಸಿಗ್ನಲ್ ದುರ್ಬಲವಾಗಿದೆ</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>ಕಡಿಮೆ SpO2 ಅಲಾರಂ</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>ತೂಕ ಸ್ಥಿರವಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>ತೂಕದ ಯಂತ್ರದ ಮಿತಿ ಮೀರಿದೆ</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>ಕಂಟ್ರೋಲ್ ಸೊಲ್ಯೂಷನ್ ಪರೀಕ್ಷೆ, ರೋಗಿಯ ರೀಡಿಂಗ್ ಅಲ್ಲ</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>ಊಟದ ಮೊದಲು</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>ಊಟದ ನಂತರ</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>ಮೀಟರ್‌ನ ಮಿತಿಗಿಂತ ಹೆಚ್ಚು</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>ಮೀಟರ್‌ನ ಮಿತಿಗಿಂತ ಕಡಿಮೆ</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>ಮೀಟರ್ ಈ ಫಲಿತಾಂಶವನ್ನು ಸಂಶಯಾಸ್ಪದ ಎಂದು ಗುರುತಿಸಿದೆ</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>ಡಿಸ್ಕ್ ಬಹುತೇಕ ತುಂಬಿದೆ ({free} MB ಉಳಿದಿದೆ): ರೋಗಿಗಳ ದಾಖಲೆಗಳಿಗೆ ಜಾಗ ಉಳಿಸಲು ಹೊಸ ಫೋಟೋಗಳನ್ನು ತೆಗೆಯುತ್ತಿಲ್ಲ. ದಯವಿಟ್ಟು ಇಂದೇ ಜಿಲ್ಲಾ IT ಗೆ ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>ಡಿಸ್ಕ್ ತುಂಬುತ್ತಿದೆ ({free} MB ಉಳಿದಿದೆ). ದಯವಿಟ್ಟು ಬೇಗ ಜಿಲ್ಲಾ IT ಗೆ ತಿಳಿಸಿ.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ಫೋಟೋ ಸೇವ್ ಆಗಿಲ್ಲ: ಡಿಸ್ಕ್ ಬಹುತೇಕ ತುಂಬಿದೆ, ಉಳಿದ ಜಾಗವನ್ನು ರೋಗಿಗಳ ದಾಖಲೆಗಳಿಗಾಗಿ ಇಡಲಾಗಿದೆ. ಕೇಸ್ ಮತ್ತು ಅದರ ಹಿಂದಿನ ಫೋಟೋಗಳು ಸುರಕ್ಷಿತವಾಗಿವೆ. ದಯವಿಟ್ಟು ಜಿಲ್ಲಾ IT ಗೆ ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ಫೋಟೋ ಸೇವ್ ಆಗಿಲ್ಲ: ಡಿಸ್ಕ್ ತುಂಬಿದೆ. ಕೇಸ್ ಮತ್ತು ಅದರ ಹಿಂದಿನ ಫೋಟೋಗಳು ಸುರಕ್ಷಿತವಾಗಿವೆ. ದಯವಿಟ್ಟು ಜಿಲ್ಲಾ IT ಗೆ ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>ಹಬ್‌ನಿಂದ ಬಂದ ದಾಖಲೆಗಳನ್ನು ಸೇವ್ ಮಾಡಲಾಗಲಿಲ್ಲ: ಡಿಸ್ಕ್ ತುಂಬಿದೆ. ಏನೂ ಕಳೆದುಹೋಗಿಲ್ಲ; ಜಾಗ ಸಿಕ್ಕ ತಕ್ಷಣ ಅವು ಮತ್ತೆ ಬರುತ್ತವೆ. ದಯವಿಟ್ಟು ಜಿಲ್ಲಾ IT ಗೆ ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ಬ್ಯಾಕಪ್ ಆಗಿಲ್ಲ: ಬ್ಯಾಕಪ್ ಡ್ರೈವ್ ತುಂಬಿದೆ. ದಯವಿಟ್ಟು ಜಿಲ್ಲಾ IT ಗೆ ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>ಸೇವ್ ಆಗಿಲ್ಲ: ಕಿಯೋಸ್ಕ್‌ನ ಡಿಸ್ಕ್ ತುಂಬಿದೆ. ಹಿಂದೆ ಸೇವ್ ಆಗಿರುವುದೆಲ್ಲ ಸುರಕ್ಷಿತವಾಗಿದೆ, ನೀವು ಟೈಪ್ ಮಾಡಿದ್ದು ಇನ್ನೂ ಪರದೆಯ ಮೇಲಿದೆ. ಜಾಗ ಮಾಡಲು ಜಿಲ್ಲಾ IT ಗೆ ಹೇಳಿ, ನಂತರ ಮತ್ತೆ ಸೇವ್ ಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>ಕೇಸ್ ವಿವರಗಳು</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>ಮುಖ್ಯ ತೊಂದರೆ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ಹಿಂದಿನ ಇತಿಹಾಸ</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>ವಿವರಗಳನ್ನು ಸೇವ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>ಹಬ್‌ನೊಂದಿಗೆ ಕನ್ಸಲ್ಟೇಶನ್</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>ವಿಶೇಷತೆ ಆಯ್ಕೆ ಮಾಡಿ…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>ವಿಶೇಷತೆ</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ತುರ್ತು</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>ಪರಿಶೀಲನೆಗೆ ಕಳುಹಿಸಿ</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>ಕರೆ ಬೇಕಿಲ್ಲ: ತಜ್ಞರು ಕೇಸ್ ಓದಿ ಬರವಣಿಗೆಯಲ್ಲಿ ಉತ್ತರಿಸುತ್ತಾರೆ.</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>ಕನ್ಸಲ್ಟೇಶನ್ ಕೋರಿ</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>ವೈಟಲ್ಸ್</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>ಪೋಷಕರು: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>ABHA {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time} ಕ್ಕೆ ತೆರೆಯಲಾಗಿದೆ</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>ಭಾಷೆ: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>ಪರಿಶೀಲನೆಗೆ ಕಳುಹಿಸಲಾಗಿದೆ. ತಜ್ಞರು ಬರವಣಿಗೆಯಲ್ಲಿ ಉತ್ತರಿಸುತ್ತಾರೆ; ಉತ್ತರ ಇತರ ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ಗಳಂತೆಯೇ ಇಲ್ಲಿ ಪ್ರಿಂಟ್ ಆಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>ಕನ್ಸಲ್ಟೇಶನ್ ಕೋರಲಾಗಿದೆ. ಸಂಪರ್ಕ ಸಿಕ್ಕ ತಕ್ಷಣ ಕೇಸ್ ಹಬ್‌ಗೆ ಹೋಗುತ್ತದೆ; ನೀವು ವೈಟಲ್ಸ್ ಸೇರಿಸುತ್ತಾ ಇರಬಹುದು.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} ಕ್ಕೆ ಸೇವ್ ಆಗಿದೆ</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>ಫಾಲೋ-ಅಪ್ ಚೀಟಿ ಪ್ರಿಂಟ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>ಈ ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ನಲ್ಲಿ ಮತ್ತೆ ಬರಬೇಕಾದ ದಿನ ಇಲ್ಲ: ಪ್ರಿಂಟ್ ಮಾಡಲು ಚೀಟಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>ಮತ್ತೆ ಬರಬೇಕಾದ ದಿನ: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>ಫಾಲೋ-ಅಪ್ ಚೀಟಿಯನ್ನು ಪ್ರಿಂಟರ್‌ಗೆ ಕಳುಹಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>ಫಾಲೋ-ಅಪ್ ಚೀಟಿ ಸಿದ್ಧವಾಗಲಿಲ್ಲ: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>ಫಾಲೋ-ಅಪ್ ಚೀಟಿ ಪ್ರಿಂಟರ್ {printer} ನಲ್ಲಿ ಕಾಯುತ್ತಿದೆ.</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>ಫಾಲೋ-ಅಪ್ ಚೀಟಿ {printer} ನಲ್ಲಿ ಪ್ರಿಂಟ್ ಆಗುತ್ತಿದೆ.</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>ಫಾಲೋ-ಅಪ್ ಚೀಟಿ {printer} ನಲ್ಲಿ ಪ್ರಿಂಟ್ ಆಯಿತು.</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>ಪ್ರಿಂಟರ್ {printer} ನಿಂತಿದೆ: ಕಾಗದ ಮತ್ತು ವಿದ್ಯುತ್ ಪರಿಶೀಲಿಸಿ. ಚೀಟಿ ಕಾಯುತ್ತಿದೆ.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>ಪ್ರಿಂಟರ್ {printer} ಫಾಲೋ-ಅಪ್ ಚೀಟಿಯನ್ನು ಪ್ರಿಂಟ್ ಮಾಡಲಾಗಲಿಲ್ಲ. ಮತ್ತೆ ಪ್ರಿಂಟ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>ಪ್ರಿಂಟ್ ಆಗಿಲ್ಲ: ಈ ಕಿಯೋಸ್ಕ್‌ನಲ್ಲಿ ಯಾವ ಪ್ರಿಂಟರನ್ನೂ ಆಯ್ಕೆ ಮಾಡಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>ಪ್ರಿಂಟ್ ಆಗಿಲ್ಲ: ಪ್ರಿಂಟ್ ಸೇವೆ ಕೆಲಸ ಮಾಡುತ್ತಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>ಪ್ರಿಂಟ್ ಆಗಿಲ್ಲ: ಪ್ರಿಂಟರ್ {printer} ಈ ಕಿಯೋಸ್ಕ್‌ನಲ್ಲಿ ಸೆಟ್ ಅಪ್ ಆಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>ಪ್ರಿಂಟ್ ಆಗಿಲ್ಲ: ಪ್ರಿಂಟರ್ {printer} ಚೀಟಿಯನ್ನು ತೆಗೆದುಕೊಳ್ಳಲಿಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>ಬಾಕಿ ಇರುವ ಫಾಲೋ-ಅಪ್‌ಗಳು</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>ಇಂದು ಯಾವುದೇ ಫಾಲೋ-ಅಪ್ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>ಇಂದು ಬರಬೇಕು</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} ದಿನ ತಡ</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>ನಮಸ್ಕಾರ, {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>ಇಂದಿನ ಕೇಸ್‌ಗಳು</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ಸಮಯ</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>ರೋಗಿ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ತೊಂದರೆ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ಸ್ಥಿತಿ</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>ಇಂದು ಇನ್ನೂ ಯಾವುದೇ ಕೇಸ್ ಇಲ್ಲ. ಕೇಸ್ ಶುರು ಮಾಡಲು ರೋಗಿಯನ್ನು ಹುಡುಕಿ ಅಥವಾ ನೋಂದಾಯಿಸಿ.</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>ರೋಗಿ ಹುಡುಕಿ / ನೋಂದಣಿ</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>ಮಾಸಿಕ ವರದಿ</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>ಸಿಎಚ್‌ಒ ಖಾತೆಗಳು</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(ಇನ್ನೂ ತೊಂದರೆ ಬರೆದಿಲ್ಲ)</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} ಕೇಸ್‌ಗಳು</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Incoming video call</source>
        <translation>ವೀಡಿಯೊ ಕರೆ ಬರುತ್ತಿದೆ</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>ನಿರಾಕರಿಸಿ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ಉತ್ತರಿಸಿ</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>ಒಬ್ಬ ಹಬ್ ತಜ್ಞರು</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} ಕರೆ ಮಾಡುತ್ತಿದ್ದಾರೆ</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} ಬಗ್ಗೆ. ರೋಗಿಯನ್ನು ನಿಮ್ಮ ಪಕ್ಕದಲ್ಲಿ ಕೂರಿಸಿಕೊಂಡು ಉತ್ತರಿಸಿ.</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>ಹಬ್‌ಗಾಗಿ ಕಾಯುತ್ತಿರುವ ಒಂದು ಕೇಸ್ ಬಗ್ಗೆ.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>ಭಾಷೆ</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>ಸೈನ್ ಇನ್</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>ಡೆಮೊ ಕಿಯೋಸ್ಕ್: &apos;{user}&apos; ಆಗಿ ಪಿನ್ {pin} ಬಳಸಿ ಸೈನ್ ಇನ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>ಯಾರು ಸೈನ್ ಇನ್ ಮಾಡುತ್ತಿದ್ದಾರೆ?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ಪಿನ್</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ಅಳಿಸಿ</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>ಮೊದಲು ನಿಮ್ಮ ಹೆಸರು ಆಯ್ಕೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>ನಿಮ್ಮ ಪಿನ್ ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>ಪಿನ್ ಪರಿಶೀಲಿಸಲು ಆಗಲಿಲ್ಲ: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>ಹಲವು ಬಾರಿ ತಪ್ಪು ಪಿನ್ ಹಾಕಲಾಗಿದೆ. ಈ ಖಾತೆ {time} ರವರೆಗೆ ಲಾಕ್ ಆಗಿದೆ. ಬೇರೆ ಸಿಎಚ್‌ಒ ಅವರಿಗೆ ಸೈನ್ ಇನ್ ಮಾಡಲು ಹೇಳಿ, ಅಥವಾ ಕಾಯಿರಿ.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>ತಪ್ಪು ಪಿನ್. ಖಾತೆ 5 ನಿಮಿಷ ಲಾಕ್ ಆಗುವ ಮೊದಲು ಇನ್ನೂ {count} ಪ್ರಯತ್ನಗಳು ಉಳಿದಿವೆ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>HWC ಸ್ಪೋಕ್ ಕಿಯೋಸ್ಕ್</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ಮುಖಪುಟ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ಲಾಕ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>ಹಬ್ ನಿರಾಕರಿಸಿದವು {n}</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>ಕಳುಹಿಸಲು ಬಾಕಿ {n}</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>ಎಲ್ಲವೂ ಕಳುಹಿಸಲಾಗಿದೆ</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>ಕಿಯೋಸ್ಕ್‌ನ ಡೇಟಾವನ್ನು ಸೇವ್ ಮಾಡಲು ಅಥವಾ ಓದಲು ಆಗಲಿಲ್ಲ: {error}. ಈಗಾಗಲೇ ಸೇವ್ ಆಗಿರುವುದು ಸುರಕ್ಷಿತವಾಗಿದೆ. ಇದು ಮತ್ತೆ ಮತ್ತೆ ಆದರೆ ಜಿಲ್ಲಾ IT ಗೆ ಕರೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>ಏನೋ ತಪ್ಪಾಗಿದೆ, ಜಿಲ್ಲಾ IT ಗಾಗಿ ಲಾಗ್‌ನಲ್ಲಿ ಬರೆಯಲಾಗಿದೆ. ಈಗಾಗಲೇ ಸೇವ್ ಆಗಿರುವುದು ಸುರಕ್ಷಿತವಾಗಿದೆ.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ಸಮಸ್ಯೆ</translation>
    </message>
</context>
<context>
    <name>MemoryDownload</name>
    <message>
        <source>Read memory</source>
        <translation>ಮೆಮೊರಿ ಓದಿ</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>ಸಾಧನದಲ್ಲಿ ಉಳಿಸಿದ ಫಲಿತಾಂಶಗಳನ್ನು ಓದಿ</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>ಸಾಧನದಿಂದ ಅದರ ಮೆಮೊರಿ ಕೇಳಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>ಈಗ ಸಾಧನವನ್ನು ಕೇಳಲು ಆಗುವುದಿಲ್ಲ. ಅದು ಲೈವ್ ಆದಾಗ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>ಸಾಧನದ ಮೆಮೊರಿ ಓದಲಾಗುತ್ತಿದೆ… ಇಲ್ಲಿಯವರೆಗೆ {n} ದಾಖಲೆಗಳು</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>ಸಾಧನದ ಮೆಮೊರಿ ಓದಲಾಗುತ್ತಿದೆ… {total} ರಲ್ಲಿ {n} ದಾಖಲೆಗಳು</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>ಸಾಧನದ ಮೆಮೊರಿ ಖಾಲಿ ಇದೆ.</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>ಮೆಮೊರಿ ಓದಿ ಆಯಿತು: {n} ದಾಖಲೆಗಳು.</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>ಸಾಧನ {total} ರಲ್ಲಿ {n} ದಾಖಲೆಗಳ ನಂತರ ನಿಂತುಹೋಯಿತು. ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>ಸಾಧನದಲ್ಲಿ ಉಳಿಸಿದ ಫಲಿತಾಂಶಗಳು, ಹೊಸದು ಮೊದಲು. ಈಗ ತೆಗೆದದ್ದನ್ನು ಆಯ್ಕೆ ಮಾಡಿ:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>ಆದರೂ ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ರದ್ದು ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ದಾಖಲಾಗಿದೆ</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>ರೋಗಿಯ ಫಲಿತಾಂಶ ಅಲ್ಲ</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>ದಾಖಲಿಸಲು ಆಗದು</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>ಇದನ್ನು ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>ಇಂದು {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>ನಿನ್ನೆ {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>ಇಂದು {time} ಕ್ಕೆ</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ನಿನ್ನೆ {time} ಕ್ಕೆ</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} ರಂದು {time} ಕ್ಕೆ</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>ಕ್ಲಿನಿಕ್ ಗಡಿಯಾರಕ್ಕಿಂತ ಮುಂದೆ</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} ನಿಮಿಷ ಹಿಂದೆ</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} ಗಂಟೆ ಹಿಂದೆ</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 ದಿನ ಹಿಂದೆ</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} ದಿನ ಹಿಂದೆ</translation>
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
        <translation>ಈ ಫಲಿತಾಂಶದ ಸಮಯ ({when}) ಕ್ಲಿನಿಕ್ ಗಡಿಯಾರಕ್ಕಿಂತ ಮುಂದಿದೆ: ಸಾಧನದ ಗಡಿಯಾರ ತಪ್ಪಾಗಿದೆ. ಇದು ಈ ರೋಗಿಗೆ ಈಗಷ್ಟೇ ತೆಗೆದ ಫಲಿತಾಂಶವಾಗಿದ್ದರೆ ಮಾತ್ರ ದಾಖಲಿಸಿ, ಮತ್ತು ಸಾಧನದ ಗಡಿಯಾರವನ್ನು ಸರಿಪಡಿಸಿ.</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>ಈ ಫಲಿತಾಂಶ {when} ತೆಗೆದದ್ದು, ಇಂದಿನದಲ್ಲ. ಸಾಧನ ಹಳೆಯ ಫಲಿತಾಂಶಗಳನ್ನು ಇಟ್ಟುಕೊಳ್ಳುತ್ತದೆ, ಹಲವೊಮ್ಮೆ ಬೇರೆ ರೋಗಿಯದು. ಇದು ಈ ರೋಗಿಯದೇ ಆಗಿದ್ದು ಈಗ ತೆಗೆದದ್ದಾಗಿದ್ದರೆ ಮಾತ್ರ ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>ಈ ಫಲಿತಾಂಶವನ್ನು {age} ({when}) ತೆಗೆಯಲಾಗಿದೆ, ಈಗಷ್ಟೇ ಅಲ್ಲ. ಇದು ಈ ರೋಗಿಯದೇ ಆಗಿದ್ದರೆ ಮಾತ್ರ ದಾಖಲಿಸಿ.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>ಜನವರಿ</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ಫೆಬ್ರವರಿ</translation>
    </message>
    <message>
        <source>March</source>
        <translation>ಮಾರ್ಚ್</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ಏಪ್ರಿಲ್</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ಮೇ</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ಜೂನ್</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ಜುಲೈ</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ಆಗಸ್ಟ್</translation>
    </message>
    <message>
        <source>September</source>
        <translation>ಸೆಪ್ಟೆಂಬರ್</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ಅಕ್ಟೋಬರ್</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ನವೆಂಬರ್</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ಡಿಸೆಂಬರ್</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>ಮಾಸಿಕ ವರದಿ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>ಹಿಂದಿನ ತಿಂಗಳು</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>ಮುಂದಿನ ತಿಂಗಳು</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV ಮತ್ತು PDF ಸೇವ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>ವರದಿ ಪ್ರಿಂಟ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>ಈ ತಿಂಗಳು ಯಾವುದೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>ರೋಗಿಗಳು</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>ನೋಡಿದ ರೋಗಿಗಳು</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>ಹೊಸ ನೋಂದಣಿಗಳು</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>ತೆರೆದ ಕೇಸ್‌ಗಳು</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ಒಟ್ಟು</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>ವಿಶೇಷತೆವಾರು ಕನ್ಸಲ್ಟೇಶನ್‌ಗಳು</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>ತೆಗೆದ ವೈಟಲ್ಸ್</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ಗಳು ಮತ್ತು ಫಾಲೋ-ಅಪ್‌ಗಳು</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>ಬಂದ ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ಗಳು</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ರೆಫರಲ್‌ಗಳು</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>ಬಾಕಿ ಇರುವ ಫಾಲೋ-ಅಪ್‌ಗಳು</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>ತಪ್ಪಿದ ಫಾಲೋ-ಅಪ್‌ಗಳು</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} ನಲ್ಲಿ ಸೇವ್ ಆಗಿದೆ</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>ಪ್ರಿಂಟರ್‌ಗೆ ಕಳುಹಿಸಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>ಪ್ರಿಂಟ್ ಆಗಲಿಲ್ಲ: ಪ್ರಿಂಟರ್ ಸಿದ್ಧವಾಗಿಲ್ಲ. ವರದಿಯನ್ನು PDF ಆಗಿ ಸೇವ್ ಮಾಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>ವರದಿ ಸೇವ್ ಆಗಲಿಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>ಫೋಟೋಗಳು</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>ಕ್ಯಾಮೆರಾ ಆಫ್ ಆಗಿದೆ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ಕ್ಯಾಮೆರಾ</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>ಕ್ಯಾಮೆರಾ ಆನ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>ರೋಗಿಯ ಫೋಟೋ</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>ಕ್ಲಿನಿಕಲ್ ಫೋಟೋ</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>ಕ್ಯಾಮೆರಾ ಸಿಗಲಿಲ್ಲ. USB ವೆಬ್‌ಕ್ಯಾಮ್ ಹಾಕಿ, ನಂತರ ಈ ಕೇಸ್ ಅನ್ನು ಮತ್ತೆ ತೆರೆಯಿರಿ.</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>ಕ್ಯಾಮೆರಾ ಶುರುವಾಗಲಿಲ್ಲ. ಅದರ ಕೇಬಲ್ ಪರಿಶೀಲಿಸಿ, ಅಥವಾ ಬೇರೆಯದನ್ನು ಆಯ್ಕೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>ಕ್ಯಾಮೆರಾ ನಿಲ್ಲಿಸಿ</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>ಪಲ್ಸ್ ತರಂಗ</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>ಈ ಕೇಸ್‌ನ ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್ ನಿರಾಕರಿಸಲಾಗಿದೆ. {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>ಕೇಸ್‌ಗೆ ಹಿಂತಿರುಗಿ</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>ರೋಗಿಗಾಗಿ ಪ್ರಿಂಟ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ಕಾಗದ</translation>
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
        <translation>80 ಮಿ.ಮೀ.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ಪ್ರಿಂಟ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>ಹಬ್ ಸಹಿ ಮಾಡಿದೆ ಮತ್ತು ಈ ಕಿಯೋಸ್ಕ್ ಪರಿಶೀಲಿಸಿದೆ. ಇದನ್ನು ಇಲ್ಲಿ ಬದಲಾಯಿಸಲಾಗದು; QR ಕೋಡ್ ಮೂಲಕ ಫಾರ್ಮಸಿಸ್ಟ್ ಇದನ್ನು ಪರಿಶೀಲಿಸಬಹುದು.</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name} ಅವರ ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}. {count} ಔಷಧಿಗಳು.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>ಮತ್ತೆ ಪ್ರಿಂಟ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>ಇನ್ನೂ ಪ್ರಿಂಟ್ ಆಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>ಪ್ರಿಂಟರ್‌ಗೆ ಕಳುಹಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>ಪ್ರಿಂಟ್ ಆಗಲಿಲ್ಲ: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>ಪ್ರಿಂಟರ್ {printer} ನಲ್ಲಿ ಕಾಯುತ್ತಿದೆ</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer} ನಲ್ಲಿ ಪ್ರಿಂಟ್ ಆಗುತ್ತಿದೆ</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer} ನಲ್ಲಿ ಪ್ರಿಂಟ್ ಆಯಿತು</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>ಪ್ರಿಂಟರ್ {printer} ನಿಂತಿದೆ: ಕಾಗದ ಮತ್ತು ವಿದ್ಯುತ್ ಪರಿಶೀಲಿಸಿ. ಪ್ರಿಂಟ್ ಕೆಲಸ ಕಾಯುತ್ತಿದೆ.</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>ಪ್ರಿಂಟರ್ {printer} ಇದನ್ನು ಪ್ರಿಂಟ್ ಮಾಡಲಾಗಲಿಲ್ಲ. ಮತ್ತೆ ಪ್ರಿಂಟ್ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>ಪ್ರಿಂಟ್ ಆಗಿಲ್ಲ: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>ರೋಗಿಯ ದಾಖಲೆ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ಕೇಸ್</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>ವೈಟಲ್</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ಫೋಟೋ</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>ಹಬ್ ನಿರಾಕರಿಸಿದೆ</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>ಹಬ್ ನಿರಾಕರಿಸಿದ ಬದಲಾವಣೆಗಳು</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>ಈ ಬದಲಾವಣೆಗಳು ಈ ಕಿಯೋಸ್ಕ್‌ನಲ್ಲಿ ಸುರಕ್ಷಿತವಾಗಿವೆ. ಇವುಗಳನ್ನು ಅವಲಂಬಿಸಿದವು ಮಾತ್ರ ಕಾಯುತ್ತಿವೆ; ಉಳಿದೆಲ್ಲವೂ ಹಬ್‌ಗೆ ಹೋಗುತ್ತಲೇ ಇರುತ್ತವೆ. ತೋರಿಸಿದ ಕಾರಣವನ್ನು ಜಿಲ್ಲಾ IT ಗೆ ತಿಳಿಸಿ; ಅವರು ಸರಿಪಡಿಸಿದ ನಂತರ &quot;ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ&quot; ಒತ್ತಿ.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ದಾಖಲಿಸಿದ ಸಮಯ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ಏನು</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ಕಾರಣ</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>ಪ್ರಯತ್ನಗಳು</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>ಯಾವುದನ್ನೂ ನಿರಾಕರಿಸಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ಮುಚ್ಚಿ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>ಈ ಕಿಯೋಸ್ಕ್‌ನ ದಾಖಲೆಗಳ ರಿಕವರಿ ಕೀ</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>ಈ ಕಿಯೋಸ್ಕ್‌ನ ದಾಖಲೆಗಳನ್ನು ಈ ಕಂಪ್ಯೂಟರ್‌ನ ಒಳಗೆ ಇಟ್ಟಿರುವ ಒಂದು ಕೀಯಿಂದ ಲಾಕ್ ಮಾಡಲಾಗಿದೆ. ಈ ಕಂಪ್ಯೂಟರ್ ಕೆಟ್ಟರೆ ಅಥವಾ ಬದಲಾದರೆ, ಈ ರಿಕವರಿ ಕೀ ಮಾತ್ರ ಅವುಗಳನ್ನು ಮತ್ತೆ ತೆರೆಯಬಲ್ಲದು.</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>ಇದನ್ನು ಈಗಲೇ ಕಾಗದದ ಮೇಲೆ ಕಾಣಿಸುವಂತೆಯೇ ನಿಖರವಾಗಿ ಬರೆದುಕೊಂಡು, ಆ ಕಾಗದವನ್ನು ಜಿಲ್ಲಾ IT ಗೆ ಕೊಡಿ. ಅದನ್ನು ಈ ಕಂಪ್ಯೂಟರ್ ಬಳಿ ಇಡಬೇಡಿ: ಕಂಪ್ಯೂಟರ್ ಮತ್ತು ಈ ಕೀ ಎರಡೂ ಇರುವವರು ಎಲ್ಲ ದಾಖಲೆಗಳನ್ನು ಓದಬಹುದು.</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>ಖಚಿತಪಡಿಸಲು, ನೀವು ಬರೆದುಕೊಂಡಂತೆಯೇ ಕೀಯ ಕೊನೆಯ ಗುಂಪನ್ನು ಟೈಪ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4 ಅಕ್ಷರ ಮತ್ತು ಅಂಕಿಗಳ {count} ಗುಂಪುಗಳು; ಕೊನೆಯದು {count}ನೇ ಗುಂಪು</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>ನಾನು ಇದನ್ನು ಬರೆದುಕೊಂಡಿದ್ದೇನೆ</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>ಅದು ಕೀಯ ಕೊನೆಯ ಗುಂಪು ಅಲ್ಲ. ನೀವು ಬರೆದದ್ದನ್ನು ಪರದೆಯೊಂದಿಗೆ ಹೋಲಿಸಿ ನೋಡಿ, ನಂತರ ಕೊನೆಯ ಗುಂಪನ್ನು ಮತ್ತೆ ಟೈಪ್ ಮಾಡಿ.</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>ರೋಗಿಯ ವಿವರಗಳನ್ನು ಸರಿಪಡಿಸಿ</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>ರೋಗಿಯನ್ನು ನೋಂದಾಯಿಸಿ</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>ಪೂರ್ಣ ಹೆಸರು *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ಮಹಿಳೆ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ಪುರುಷ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ಇತರೆ</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>ಲಿಂಗ *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>ವಯಸ್ಸು (ವರ್ಷಗಳಲ್ಲಿ)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>ಅಥವಾ ಹುಟ್ಟಿದ ದಿನಾಂಕ:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>ವಯಸ್ಸು (ವರ್ಷಗಳಲ್ಲಿ) *</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>ಮೊಬೈಲ್ ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 ಅಂಕಿಗಳು</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>ತಂದೆ ಅಥವಾ ಗಂಡನ ಹೆಸರು</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA ಸಂಖ್ಯೆ</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14 ಅಂಕಿಗಳು, ABHA ಕಾರ್ಡ್‌ನಿಂದ</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA ವಿಳಾಸ</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>ಉದಾ. name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ಗ್ರಾಮ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ಜಿಲ್ಲೆ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ರಾಜ್ಯ</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>ರೋಗಿಯ ಭಾಷೆ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ರದ್ದು ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ಸೇವ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ಬದಲಾವಣೆಗಳನ್ನು ಸೇವ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>ಸೇವ್ ಮಾಡಿ ಕೇಸ್ ಶುರು ಮಾಡಿ</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA ಕಾರ್ಡ್ ಸ್ಕ್ಯಾನ್ ಮಾಡಿ</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>ರೋಗಿಯನ್ನು ಹುಡುಕಿ</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>ಹೊಸ ರೋಗಿಯನ್ನು ನೋಂದಾಯಿಸಿ</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>ಹೆಸರು, ಫೋನ್, ABHA ಸಂಖ್ಯೆ ಅಥವಾ ಗ್ರಾಮ</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>ರೋಗಿಗಳನ್ನು ಹುಡುಕಿ</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>ಹೊಂದುವ ರೋಗಿಗಳು</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>ಯಾವ ರೋಗಿಯನ್ನೂ ಆಯ್ಕೆ ಮಾಡಿಲ್ಲ</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>ಹೊಸ ಕೇಸ್ ಶುರು ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>ವಿವರಗಳನ್ನು ಸರಿಪಡಿಸಿ</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos; ಗೆ ಹೊಂದುವ ರೋಗಿ ಇಲ್ಲ. ಕಾಗುಣಿತ ಪರಿಶೀಲಿಸಿ, ಫೋನ್ ಸಂಖ್ಯೆಯಿಂದ ಪ್ರಯತ್ನಿಸಿ, ಅಥವಾ ಹೊಸ ರೋಗಿಯನ್ನು ನೋಂದಾಯಿಸಿ.</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>ಇನ್ನೂ ಯಾವ ರೋಗಿಯೂ ನೋಂದಾಯಿತರಾಗಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>ಮೇಲೆ ಹುಡುಕಿ, ನಂತರ ಕೇಸ್ ಶುರು ಮಾಡಲು ರೋಗಿಯನ್ನು ಆಯ್ಕೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>ವಯಸ್ಸು / ಲಿಂಗ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ಪೋಷಕರು</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ಗ್ರಾಮ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ಫೋನ್</translation>
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
        <translation>ಸ್ವಾಗತ</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>ಈ ಕಿಯೋಸ್ಕ್‌ನಲ್ಲಿ ಇನ್ನೂ ಯಾವುದೇ ಖಾತೆ ಇಲ್ಲ. ಮೊದಲನೆಯದನ್ನು ರಚಿಸಿ; ನಂತರ ಅದರಿಂದ ಉಳಿದ ಸಿಎಚ್‌ಒ ಅವರನ್ನು ಸೇರಿಸಬಹುದು.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ಪೂರ್ಣ ಹೆಸರು</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ಯೂಸರ್ ಹೆಸರು</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ಇಂಗ್ಲಿಷ್ ಅಕ್ಷರಗಳಲ್ಲಿ, ಉದಾ. sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>ಪಿನ್ (4 ರಿಂದ 8 ಅಂಕಿಗಳು)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>ಪಿನ್ ಮತ್ತೊಮ್ಮೆ</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>ಖಾತೆ ರಚಿಸಿ</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>ಎರಡೂ ಪಿನ್‌ಗಳು ಒಂದೇ ಆಗಿಲ್ಲ.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>ಮ</translation>
    </message>
    <message>
        <source>M</source>
        <translation>ಪು</translation>
    </message>
    <message>
        <source>O</source>
        <translation>ಇ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>ಒಂದು ನಿಮಿಷದೊಳಗೆ</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} ನಿಮಿಷ</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ಗಂಟೆ</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} ದಿನ</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>ಹಬ್ ಸಿಂಕ್</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ನೋಡಿ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ಈಗ ಸಿಂಕ್ ಮಾಡಿ</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>ಸಿಂಕ್ ಆಗಿದೆ: ದಾಖಲಿಸಿದ ಎಲ್ಲವೂ ಹಬ್ ತಲುಪಿದೆ.</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>ಕಳುಹಿಸಲು ಇನ್ನೇನೂ ಬಾಕಿ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} ಬದಲಾವಣೆಗಳು ಕಳುಹಿಸಲು ಬಾಕಿ ಇವೆ</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>ಅತ್ಯಂತ ಹಳೆಯದು {age} ನಿಂದ ಕಾಯುತ್ತಿದೆ</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>ಇನ್ನೂ ಹಬ್‌ನೊಂದಿಗೆ ಸಿಂಕ್ ಆಗಿಲ್ಲ</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>ಕೊನೆಯ ಯಶಸ್ವಿ ಸಿಂಕ್: {time} ({age} ಹಿಂದೆ)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n} ಬದಲಾವಣೆಗಳನ್ನು ಹಬ್ ನಿರಾಕರಿಸಿದೆ, ಅವುಗಳನ್ನು ಗಮನಿಸಬೇಕು.</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>ನೋಂದಣಿ ಆಗಿಲ್ಲ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ಸಿಂಕ್ ಆಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ಆಫ್‌ಲೈನ್</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ಗಮನ ಬೇಕು</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ಸಂಪರ್ಕಿಸಲಾಗುತ್ತಿದೆ…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>ಆನ್‌ಲೈನ್ · ಸಿಂಕ್ ಆಗಿದೆ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ಆನ್‌ಲೈನ್</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>ಈ ಕಿಯೋಸ್ಕ್ ಹಬ್‌ನಲ್ಲಿ ನೋಂದಣಿ ಆಗಲಿಲ್ಲ: {reason}. ಎಲ್ಲವೂ ಇಲ್ಲೇ ಸುರಕ್ಷಿತವಾಗಿದೆ; ಜಿಲ್ಲಾ IT ಹೊಸ ಕೋಡ್ ನೀಡಬಹುದು.</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>ಈ ಕಿಯೋಸ್ಕ್ ಇನ್ನೂ ಯಾವುದೇ ಹಬ್‌ನಲ್ಲಿ ನೋಂದಣಿ ಆಗಿಲ್ಲ. ಎಲ್ಲವೂ ಇಲ್ಲೇ ಸುರಕ್ಷಿತವಾಗಿದೆ; ಜಿಲ್ಲಾ IT ಒಂದು ಬಾರಿಯ ಕೋಡ್‌ನಿಂದ ಇದನ್ನು ನೋಂದಾಯಿಸುತ್ತದೆ.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>ಹಬ್ ಸಂಪರ್ಕಕ್ಕೆ ಸಿಗುತ್ತಿಲ್ಲ. ಕೆಲಸ ಮುಂದುವರಿಸಿ: ಎಲ್ಲವೂ ಈ ಕಿಯೋಸ್ಕ್‌ನಲ್ಲಿ ಸೇವ್ ಆಗುತ್ತಿದೆ, ಸಂಪರ್ಕ ಮರಳಿದಾಗ ಕಳುಹಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>ಮುಂದಿನ ಪ್ರಯತ್ನ {time} ಕ್ಕೆ.</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>ಕೊನೆಯ ಸಿಂಕ್ ಪೂರ್ಣಗೊಂಡಿಲ್ಲ; ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಲಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>ಬದಲಾವಣೆಗಳನ್ನು ಕಳುಹಿಸಲಾಗುತ್ತಿದೆ: %m ರಲ್ಲಿ %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>ಹಬ್‌ನಿಂದ ಪಡೆಯಲಾಗುತ್ತಿದೆ: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>ಫೋಟೋಗಳನ್ನು ಕಳುಹಿಸಲಾಗುತ್ತಿದೆ: %m ರಲ್ಲಿ %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB ರಲ್ಲಿ {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>ಸಿಂಕ್ ನಡೆಯಲಿಲ್ಲ: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>ಮೇಲಿನ</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>ಕೆಳಗಿನ</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>ಖಾಲಿ ಹೊಟ್ಟೆ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ದಾಖಲಿಸಿ</translation>
    </message>
    <message>
        <source>device</source>
        <translation>ಸಾಧನ</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>ಟೈಪ್ ಮಾಡಿದ್ದು</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>ಲೆಕ್ಕ ಹಾಕಿದ್ದು</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ಸರಿಪಡಿಸಿ</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>ABHA ಸಂಖ್ಯೆಯಲ್ಲಿ 14 ಅಂಕಿಗಳು ಇರುತ್ತವೆ, ಉದಾ. 12-3456-7890-1234. {count} ಅಂಕಿಗಳನ್ನು ನೀಡಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>ABHA ವಿಳಾಸ name@abdm ನಂತೆ ಇರುತ್ತದೆ: 4 ರಿಂದ 32 ಅಕ್ಷರಗಳು ಅಥವಾ ಅಂಕಿಗಳು (ನಡುವೆ ಚುಕ್ಕೆ ಅಥವಾ ಅಂಡರ್‌ಸ್ಕೋರ್ ಇರಬಹುದು), ನಂತರ @abdm.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>ಯೂಸರ್ ಹೆಸರಿನಲ್ಲಿ 3 ರಿಂದ 32 ಇಂಗ್ಲಿಷ್ ಅಕ್ಷರಗಳು ಅಥವಾ ಅಂಕಿಗಳು ಇರುತ್ತವೆ ಮತ್ತು ಅದು ಅಕ್ಷರದಿಂದ ಶುರುವಾಗುತ್ತದೆ.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>ಪಿನ್‌ನಲ್ಲಿ 4 ರಿಂದ 8 ಅಂಕಿಗಳು ಇರುತ್ತವೆ.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>ಈ ಪಿನ್ ಅನ್ನು ಸುಲಭವಾಗಿ ಊಹಿಸಬಹುದು (1111 ಅಥವಾ 1234 ರಂತೆ). ಬೇರೆಯದನ್ನು ಆಯ್ಕೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ಕರಡು</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>ಹಬ್‌ಗಾಗಿ ಕಾಯುತ್ತಿದೆ</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>ಕನ್ಸಲ್ಟೇಶನ್‌ನಲ್ಲಿದೆ</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್ ಬಂದಿದೆ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ಮುಕ್ತಾಯ</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>ಜನರಲ್ ಮೆಡಿಸಿನ್</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>ಮಕ್ಕಳ ವೈದ್ಯಕೀಯ</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>ಪ್ರಸೂತಿ ಮತ್ತು ಸ್ತ್ರೀರೋಗ</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>ಚರ್ಮ ರೋಗ</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>ಕಿವಿ, ಮೂಗು, ಗಂಟಲು</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>ಕಣ್ಣಿನ ರೋಗ</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>ಮಾನಸಿಕ ಆರೋಗ್ಯ</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>ಮೂಳೆ ಮತ್ತು ಕೀಲು (ಆರ್ಥೋಪೆಡಿಕ್ಸ್)</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>ಹೃದಯ ರೋಗ</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>ದಂತ ವೈದ್ಯಕೀಯ</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>ಹಬ್ ವೈದ್ಯರೊಂದಿಗೆ ಟೆಲಿಕನ್ಸಲ್ಟೇಶನ್</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>ಈ ದಾಖಲೆಯನ್ನು ABDM ಜೊತೆ ಹಂಚಿಕೊಳ್ಳುವುದು</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>ಬಾಯಿಮಾತಿನಲ್ಲಿ ಹೌದು ಎಂದರು (ಮೌಖಿಕ)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>ಪ್ರಿಂಟ್ ಮಾಡಿದ ಫಾರ್ಮ್ ಮೇಲೆ ಹೆಬ್ಬೆಟ್ಟು</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>ಪ್ರಿಂಟ್ ಮಾಡಿದ ಫಾರ್ಮ್ ಮೇಲೆ ಸಹಿ</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>ತಾಯಿ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>ತಂದೆ</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>ಗಂಡ ಅಥವಾ ಹೆಂಡತಿ</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>ಮಗ</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>ಮಗಳು</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>ಸಹೋದರ</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>ಸಹೋದರಿ</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>ಅಜ್ಜ ಅಥವಾ ಅಜ್ಜಿ</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>ಕಾನೂನುಬದ್ಧ ಪೋಷಕರು</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>ಇತರ ಸಂಬಂಧಿ</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>ಒಪ್ಪಿಗೆ ಯಾರು ನೀಡುತ್ತಿದ್ದಾರೆ ಎಂದು ತಿಳಿಸಿ.</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>ರೋಗಿಯ ವಯಸ್ಸು {age} ವರ್ಷಕ್ಕಿಂತ ಕಡಿಮೆ: ತಂದೆ-ತಾಯಿ ಅಥವಾ ಪೋಷಕರೇ ಒಪ್ಪಿಗೆ ನೀಡಬೇಕು.</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>ಒಪ್ಪಿಗೆ ನೀಡುವ ಪೋಷಕರ ಹೆಸರು ಬರೆಯಿರಿ.</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>ದಯವಿಟ್ಟು ಇದನ್ನು {max} ಅಕ್ಷರಗಳೊಳಗೆ ಇರಿಸಿ.</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>ಪೋಷಕರಿಗೆ ರೋಗಿಯೊಂದಿಗೆ ಇರುವ ಸಂಬಂಧ ಆಯ್ಕೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>ಒಪ್ಪಿಗೆಯನ್ನು ಹೇಗೆ ನೀಡಲಾಯಿತು ಎಂದು ಆಯ್ಕೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>ಈ ಒಪ್ಪಿಗೆಯನ್ನು ಈಗಾಗಲೇ ಹಿಂಪಡೆಯಲಾಗಿದೆ.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>ಕನ್ಸಲ್ಟೇಶನ್ ಕೋರುವ ಮೊದಲು ಟೆಲಿಕನ್ಸಲ್ಟೇಶನ್‌ಗೆ ರೋಗಿಯ ಒಪ್ಪಿಗೆ ದಾಖಲಿಸಿ.</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>ರೋಗಿ ಟೆಲಿಕನ್ಸಲ್ಟೇಶನ್‌ಗೆ ನೀಡಿದ ಒಪ್ಪಿಗೆಯನ್ನು ಹಿಂಪಡೆದಿದ್ದಾರೆ: ಕನ್ಸಲ್ಟೇಶನ್ ನಡೆಯುವುದಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>ಈ ಕೇಸ್ ಈಗಾಗಲೇ ಹಬ್‌ಗೆ ಕಳುಹಿಸಲಾಗಿದೆ; ಇದರ ವಿವರಗಳನ್ನು ಇನ್ನು ಬದಲಾಯಿಸಲಾಗದು.</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; ಸ್ಥಿತಿಯ ಕೇಸ್ &apos;{wanted}&apos; ಆಗಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>ಕನ್ಸಲ್ಟೇಶನ್ ಕೋರುವ ಮೊದಲು ಮುಖ್ಯ ತೊಂದರೆ ಬರೆಯಿರಿ.</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>ಕನ್ಸಲ್ಟೇಶನ್‌ಗಾಗಿ ವಿಶೇಷತೆ ಆಯ್ಕೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>ಒಂದು ಸಂಖ್ಯೆ ಟೈಪ್ ಮಾಡಿ, ಉದಾ. 98 ಅಥವಾ 36.8.</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>ಬಿಪಿಗೆ ಮೇಲಿನ (ಸಿಸ್ಟೋಲಿಕ್) ಮತ್ತು ಕೆಳಗಿನ (ಡಯಾಸ್ಟೋಲಿಕ್) ಎರಡೂ ಬೇಕು.</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>ಮೊಬೈಲ್ ಸಂಖ್ಯೆಯಲ್ಲಿ 10 ಅಂಕಿಗಳು ಇರುತ್ತವೆ ಮತ್ತು ಅದು 6, 7, 8 ಅಥವಾ 9 ರಿಂದ ಶುರುವಾಗುತ್ತದೆ, ಉದಾ. 9876543210.</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>ಹೆಸರಿನಲ್ಲಿ 2 ರಿಂದ 80 ಅಕ್ಷರಗಳಿರುತ್ತವೆ, ಯಾವುದೇ ಭಾರತೀಯ ಲಿಪಿಯಲ್ಲಿ ಅಥವಾ ಇಂಗ್ಲಿಷ್ ಅಕ್ಷರಗಳಲ್ಲಿ; ಖಾಲಿ ಜಾಗ, ಚುಕ್ಕೆ ಮತ್ತು ಹೈಫನ್ ಬಳಸಬಹುದು, ಅಂಕೆಗಳನ್ನು ಬಳಸಬಾರದು.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>ಹುಟ್ಟಿದ ದಿನಾಂಕ ಭವಿಷ್ಯದಲ್ಲಿ ಇರಲು ಸಾಧ್ಯವಿಲ್ಲ.</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>ಹುಟ್ಟಿದ ದಿನಾಂಕ {max} ವರ್ಷಗಳಿಗಿಂತ ಹಿಂದಿನದು. ದಯವಿಟ್ಟು ಪರಿಶೀಲಿಸಿ.</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>ಹುಟ್ಟಿದ ದಿನಾಂಕ ಅಥವಾ ವಯಸ್ಸು (ವರ್ಷಗಳಲ್ಲಿ) ನೀಡಿ.</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>ವಯಸ್ಸು 0 ರಿಂದ {max} ರವರೆಗೆ ಪೂರ್ಣ ವರ್ಷಗಳಲ್ಲಿ ಇರಬೇಕು.</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>ಮಹಿಳೆ, ಪುರುಷ ಅಥವಾ ಇತರೆ ಆಯ್ಕೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ನಲ್ಲಿ {item} ಇಲ್ಲ.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ನಲ್ಲಿ {item} ಮೌಲ್ಯ ಸರಿಯಾದ ಪ್ರಕಾರದ್ದಲ್ಲ.</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ನಲ್ಲಿ ಅಪರಿಚಿತ ಭಾಗವಿದೆ: {item}.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ನಲ್ಲಿ {item} {max} ಅಕ್ಷರಗಳಿಗಿಂತ ಉದ್ದವಾಗಿದೆ.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ನಲ್ಲಿ {item} 2026-11-20 ರಂತಹ ದಿನಾಂಕ (ಅಥವಾ ಆಫ್‌ಸೆಟ್ ಸಹಿತ ಸಮಯ) ಅಲ್ಲ.</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ನಲ್ಲಿ {max} ಕ್ಕಿಂತ ಹೆಚ್ಚು {item} ಇವೆ.</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ನಲ್ಲಿ ಔಷಧಿಯೂ ಇಲ್ಲ, ಸಲಹೆಯೂ ಇಲ್ಲ.</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>ರೋಗಿಯ ವಯಸ್ಸು 0 ರಿಂದ {max} ರವರೆಗಿನ ಪೂರ್ಣ ಸಂಖ್ಯೆ ಆಗಿರಬೇಕು.</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್‌ನಲ್ಲಿ {item} ಇವುಗಳಲ್ಲಿ ಒಂದಾಗಿರಬೇಕು: {allowed}.</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>ಇದು ಈ ಕಿಯೋಸ್ಕ್ ಓದಬಲ್ಲ ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್ ಅಲ್ಲ. ಮತ್ತೆ ಕಳುಹಿಸಲು ಹಬ್‌ಗೆ ಕೇಳಿ.</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>ಕೆಲವು ವಿವರಗಳು ಇಲ್ಲ ಅಥವಾ ತಪ್ಪಾಗಿವೆ, ಆದ್ದರಿಂದ ಇದನ್ನು ಪ್ರಿಂಟ್ ಮಾಡಲಾಗದು. ಮತ್ತೆ ಕಳುಹಿಸಲು ಹಬ್‌ಗೆ ಕೇಳಿ.</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>ಸಹಿಗಳನ್ನು ಪರಿಶೀಲಿಸಲು ಈ ಕಿಯೋಸ್ಕ್ ಬಳಿ ಹಬ್ ಕೀ ಇಲ್ಲ. ಇದನ್ನು ನೋಂದಾಯಿಸಲು ಜಿಲ್ಲಾ IT ಗೆ ಕರೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>ಇದಕ್ಕೆ ಈ ಕಿಯೋಸ್ಕ್‌ಗೆ ತಿಳಿಯದ ಕೀಯಿಂದ ಸಹಿ ಮಾಡಲಾಗಿದೆ, ಆದ್ದರಿಂದ ಇದು ಹಬ್‌ನಿಂದ ಬಂದಿರದಿರಬಹುದು. ಇದನ್ನು ಬಳಸಬೇಡಿ; ಜಿಲ್ಲಾ IT ಗೆ ಕರೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>ಇದರ ಸಹಿ ಹೊಂದುತ್ತಿಲ್ಲ: ತಜ್ಞರು ಸಹಿ ಮಾಡಿದ ನಂತರ ಇದನ್ನು ಬದಲಾಯಿಸಲಾಗಿದೆ, ಅಥವಾ ಇದು ಹಬ್‌ನಿಂದ ಬಂದಿಲ್ಲ. ಇದನ್ನು ಬಳಸಬೇಡಿ; ಮತ್ತೆ ಕಳುಹಿಸಲು ಹಬ್‌ಗೆ ಕೇಳಿ.</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>ಇದು ಈ ಕಿಯೋಸ್ಕ್‌ನಲ್ಲಿ ಇಲ್ಲದ ಕೇಸ್‌ಗೆ ಸೇರಿದ್ದು. ಜಿಲ್ಲಾ IT ಗೆ ಕರೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>ಇದರಲ್ಲಿ ಕೇಸ್‌ನ ರೋಗಿಯ ಬದಲು ಬೇರೆ ರೋಗಿಯ ಹೆಸರಿದೆ. ಹಬ್‌ಗೆ ಕರೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>ಇದೇ ಸಂಖ್ಯೆಯ ಬೇರೆ ಪ್ರಿಸ್ಕ್ರಿಪ್ಷನ್ ಈಗಾಗಲೇ ಉಳಿಸಲಾಗಿದೆ. ಹಬ್‌ಗೆ ಕರೆ ಮಾಡಿ.</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} ಸಾಧ್ಯವಿಲ್ಲ. ಅನುಮತಿ: {low} ರಿಂದ {high} {unit}.</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (ಆಮ್ಲಜನಕ)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>ಪಲ್ಸ್</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>ಹೃದಯ ಬಡಿತ</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>ಮೇಲಿನ ಬಿಪಿ</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>ಕೆಳಗಿನ ಬಿಪಿ</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>ಸರಾಸರಿ ಒತ್ತಡ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>ದೇಹದ ತಾಪಮಾನ</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>ಉಸಿರಾಟದ ದರ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ತೂಕ</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ಎತ್ತರ</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>ಬಿಎಂಐ</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>ಬ್ಲಡ್ ಶುಗರ್</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>ಖಾಲಿ ಹೊಟ್ಟೆ ಶುಗರ್</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>ಬಿಪಿ (ರಕ್ತದೊತ್ತಡ)</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>ಮೇಲಿನ ಬಿಪಿ ({systolic}) ಕೆಳಗಿನ ಬಿಪಿ ({diastolic}) ಗಿಂತ ಹೆಚ್ಚಿರಬೇಕು.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>ಯೂಸರ್ ಹೆಸರು {name} ಈಗಾಗಲೇ ಬಳಕೆಯಲ್ಲಿದೆ.</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>ಈ ABHA ಸಂಖ್ಯೆಯ ರೋಗಿ ಈಗಾಗಲೇ ನೋಂದಾಯಿತರಾಗಿದ್ದಾರೆ. ಬದಲಾಗಿ ಅವರನ್ನು ಹುಡುಕಿ.</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>ಫಾರ್ಮ್‌ನ ಈ ಫೋಟೋ ಈ ಕೇಸ್‌ನದಲ್ಲ.</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>ಹಿಂಪಡೆಯಲು ಯಾವುದೇ ಒಪ್ಪಿಗೆ ಇಲ್ಲ.</translation>
    </message>
</context>
</TS>
