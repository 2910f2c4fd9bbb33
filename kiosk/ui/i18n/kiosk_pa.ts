<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pa_IN" sourcelanguage="en_GB">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA ਕਾਰਡ ਸਕੈਨ ਕਰੋ</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>ਕਾਰਡ ਦਾ QR ਕੋਡ ਕੈਮਰੇ ਦੇ ਸਾਹਮਣੇ ਰੱਖੋ।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ਰੱਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>ਕੋਈ ਕੈਮਰਾ ਨਹੀਂ ਮਿਲਿਆ। ਇਸਦੀ ਬਜਾਏ ਕਾਰਡ ਤੋਂ ਵੇਰਵੇ ਟਾਈਪ ਕਰੋ।</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>ਕੈਮਰਾ ਚਾਲੂ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਇਸਦੀ ਬਜਾਏ ਵੇਰਵੇ ਟਾਈਪ ਕਰੋ।</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>ਇਹ QR ਕੋਡ ABHA ਕਾਰਡ ਦਾ ਨਹੀਂ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>ਸੀਐਚਓ ਖਾਤੇ</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>ਕੌਣ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>ਨਵਾਂ ਖਾਤਾ ਜੋੜੋ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ਪੂਰਾ ਨਾਮ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ਯੂਜ਼ਰ ਨਾਮ</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ਅੰਗਰੇਜ਼ੀ ਅੱਖਰਾਂ ਵਿੱਚ, ਜਿਵੇਂ sunita</translation>
    </message>
    <message>
        <source>CHO</source>
        <translation>ਸੀਐਚਓ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>ਪ੍ਰਬੰਧਕ</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>ਪਿੰਨ (4 ਤੋਂ 8 ਅੰਕ)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>ਪਿੰਨ ਦੁਬਾਰਾ</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>ਖਾਤਾ ਜੋੜੋ</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>ਦੋਵੇਂ ਪਿੰਨ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ।</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} ਹੁਣ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹਨ।</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>ਬੈਕਅੱਪ ਨਹੀਂ ਬਣਿਆ: ਬੈਕਅੱਪ ਡਰਾਈਵ ਲੱਗੀ ਹੋਈ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਲਗਾਓ।</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ਬੈਕਅੱਪ ਨਹੀਂ ਬਣਿਆ: ਬੈਕਅੱਪ ਡਰਾਈਵ ਭਰ ਗਈ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>ਬੈਕਅੱਪ ਨਹੀਂ ਬਣਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦੱਸੋ (&apos;kiosk doctor&apos; ਕਾਰਨ ਦਿਖਾਉਂਦਾ ਹੈ)।</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>ਕਾਲਾਂ ਲਈ ਕੈਮਰਾ ਅਤੇ ਆਵਾਜ਼</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ਕੈਮਰਾ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ਮਾਈਕ੍ਰੋਫ਼ੋਨ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>ਸਪੀਕਰ</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>ਕਾਲ ਦੌਰਾਨ ਬਦਲਾਅ ਤੁਰੰਤ ਲਾਗੂ ਹੁੰਦਾ ਹੈ: ਕਾਲ ਇੱਕ ਪਲ ਲਈ ਮੁੜ ਜੁੜਦੀ ਹੈ। ਨਹੀਂ ਤਾਂ ਇਹ ਅਗਲੀ ਕਾਲ ਤੋਂ ਲਾਗੂ ਹੋਵੇਗਾ।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ਰੱਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>ਕੋਈ ਕੈਮਰਾ ਨਹੀਂ ਮਿਲਿਆ</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>ਟਰਮੀਨਲ ਦਾ ਡਿਫ਼ਾਲਟ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ਕੋਈ ਨਹੀਂ</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>ਹੱਬ ਨੂੰ ਕਾਲ ਕਰੋ</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>ਹੱਬ ਨੂੰ ਦੱਸ ਦਿੱਤਾ ਗਿਆ ਹੈ: ਮਾਹਰ ਇੱਥੇ ਹੀ ਕਾਲ ਕਰਨਗੇ।</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>ਇਹ ਕੇਸ ਅਜੇ ਹੱਬ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚਿਆ; ਇਹ ਅਜੇ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>ਕਾਲਾਂ ਉਪਲਬਧ ਨਹੀਂ: ਹੱਬ ਨਾਲ ਕੁਨੈਕਸ਼ਨ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty} ਦੇ ਮਾਹਰ ਔਨਲਾਈਨ ਹਨ।</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>ਹੁਣ ਕੋਈ ਮਾਹਰ ਔਨਲਾਈਨ ਨਹੀਂ ਹੈ; ਕੇਸ ਕਤਾਰ ਵਿੱਚ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>ਹੱਬ ਨੂੰ ਕਾਲ ਕਰਨ ਲਈ ਕਿਹਾ ਜਾ ਰਿਹਾ ਹੈ…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>ਮਾਹਰ ਦੀ ਵੀਡੀਓ ਦੀ ਉਡੀਕ…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>ਕੈਮਰਾ ਬੰਦ</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>ਨਬਜ਼</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ਆਵਾਜ਼ ਬੰਦ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>ਉਪਕਰਣ</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>ਕਾਲ ਖ਼ਤਮ ਕਰੋ</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>ਕੇਸ &apos;ਤੇ ਵਾਪਸ ਜਾਓ</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>ਹੱਬ ਮਾਹਰ</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name} ਨਾਲ ਕਾਲ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>ਕਾਲ ਖ਼ਤਮ</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>ਸਿਰਫ਼ ਆਵਾਜ਼: ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਕ-ਦੂਜੇ ਨੂੰ ਸੁਣ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>ਵਧੀਆ ਕੁਨੈਕਸ਼ਨ</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>ਠੀਕ-ਠਾਕ ਕੁਨੈਕਸ਼ਨ</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>ਕਮਜ਼ੋਰ ਕੁਨੈਕਸ਼ਨ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ਜੁੜ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>ਮੁੜ ਜੁੜ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>ਕੁਨੈਕਸ਼ਨ ਟੁੱਟ ਗਿਆ। ਉਸੇ ਸਲਾਹ ਨਾਲ ਮੁੜ ਜੋੜਿਆ ਜਾ ਰਿਹਾ ਹੈ; ਕਿਰਪਾ ਕਰਕੇ ਉਡੀਕ ਕਰੋ।</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>ਇੰਟਰਨੈੱਟ ਕਮਜ਼ੋਰ ਹੈ, ਇਸ ਲਈ ਕਾਲ ਸਿਰਫ਼ ਆਵਾਜ਼ ਨਾਲ ਚੱਲ ਰਹੀ ਹੈ। ਇੰਟਰਨੈੱਟ ਠੀਕ ਹੋਣ &apos;ਤੇ ਵੀਡੀਓ ਆਪਣੇ ਆਪ ਵਾਪਸ ਆ ਜਾਵੇਗੀ।</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>ਆਵਾਜ਼ ਦੀ ਸਮੱਸਿਆ: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>ਮਾਹਰ ਨੇ ਕਾਲ ਖ਼ਤਮ ਕੀਤੀ।</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>ਤੁਸੀਂ ਕਾਲ ਖ਼ਤਮ ਕੀਤੀ।</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>ਕਾਲ ਮੁੜ ਨਹੀਂ ਜੁੜ ਸਕੀ। ਮਾਹਰ ਦੁਬਾਰਾ ਕਾਲ ਕਰ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>ਤੁਸੀਂ ਕਾਲ ਅਸਵੀਕਾਰ ਕੀਤੀ।</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>ਕਾਲ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ।</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ਆਵਾਜ਼ ਚਾਲੂ</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>ਕੈਮਰਾ ਚਾਲੂ</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>ਟੈਲੀ-ਸਲਾਹ ਲਈ ਸਹਿਮਤੀ</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>ਮਰੀਜ਼ ਆਪ</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>ਮਾਤਾ-ਪਿਤਾ ਜਾਂ ਸਰਪ੍ਰਸਤ</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} ਸਾਲ ਤੋਂ ਘੱਟ: ਸਹਿਮਤੀ ਮਾਤਾ-ਪਿਤਾ ਜਾਂ ਸਰਪ੍ਰਸਤ ਦੇਣਗੇ।</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>ਸਹਿਮਤੀ ਕੌਣ ਦੇ ਰਿਹਾ ਹੈ</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>ਮਾਤਾ-ਪਿਤਾ ਜਾਂ ਸਰਪ੍ਰਸਤ ਦਾ ਨਾਮ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ਚੁਣੋ…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>ਮਰੀਜ਼ ਨਾਲ ਰਿਸ਼ਤਾ</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>ਬੋਲ ਕੇ ਹਾਂ ਕਿਹਾ</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>ਫ਼ਾਰਮ &apos;ਤੇ ਅੰਗੂਠਾ</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>ਫ਼ਾਰਮ &apos;ਤੇ ਦਸਤਖ਼ਤ</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>ਸਹਿਮਤੀ ਕਿਵੇਂ ਦਿੱਤੀ ਗਈ</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>ਕੈਮਰਾ ਬੰਦ ਹੈ</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>ਦਸਤਖ਼ਤ ਕੀਤੇ ਫ਼ਾਰਮ ਦੀ ਫ਼ੋਟੋ ਕੇਸ ਨਾਲ ਰੱਖੋ।</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>ਕੈਮਰਾ ਚਾਲੂ ਕਰੋ</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>ਫ਼ਾਰਮ ਦੀ ਫ਼ੋਟੋ ਲਓ</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>ਇਹ ਰਿਕਾਰਡ ABDM ਨਾਲ ਸਾਂਝਾ ਕਰਨ ਲਈ ਵੀ ਸਹਿਮਤ</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>ਗਵਾਹ: {name} (ਤੁਸੀਂ)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ਰੱਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>ਸਹਿਮਤੀ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>ਕੋਈ ਕੈਮਰਾ ਨਹੀਂ ਮਿਲਿਆ।</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>ਕੈਮਰਾ ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>ਫ਼ਾਰਮ ਦੀ ਫ਼ੋਟੋ ਕੇਸ ਨਾਲ ਸੇਵ ਹੋ ਗਈ।</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>ਸਹਿਮਤੀ ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>ਫ਼ਾਰਮ ਪ੍ਰਿੰਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>ਸਹਿਮਤੀ ਵਾਪਸ ਲਓ</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>ਸਹਿਮਤੀ: ਅਜੇ ਦਰਜ ਨਹੀਂ ਹੋਈ। ਪਹਿਲਾਂ ਮਰੀਜ਼ ਨੂੰ ਪੁੱਛੋ।</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time} ਵਜੇ ਸਹਿਮਤੀ ਵਾਪਸ ਲਈ ਗਈ। ਹੁਣ ਕੋਈ ਸਲਾਹ ਨਹੀਂ ਹੋ ਸਕਦੀ।</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDM ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ: ਸਹਿਮਤ।</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDM ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ: ਸਹਿਮਤ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>ਮਰੀਜ਼ ਆਪ</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>ਸਹਿਮਤੀ ਦੇਣ ਵਾਲੇ: {who}; ਤਰੀਕਾ: {how}। ਗਵਾਹ: {witness}, {when}।</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>ਵਾਪਸ ਲੈਣ ਲਈ ਦੁਬਾਰਾ ਦਬਾਓ</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>ਸਿਰਫ਼ ਤਾਂ ਹੀ ਵਾਪਸ ਲਓ ਜੇ ਮਰੀਜ਼ ਕਹੇ। ਫਿਰ ਹੱਬ ਦੇ ਡਾਕਟਰ ਇਹ ਸਲਾਹ ਨਹੀਂ ਲੈ ਸਕਣਗੇ।</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>ਸਹਿਮਤੀ ਫ਼ਾਰਮ ਪ੍ਰਿੰਟਰ {printer} &apos;ਤੇ ਭੇਜ ਦਿੱਤਾ ਗਿਆ।</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>ਕਿਸੇ ਪ੍ਰਿੰਟਰ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ। ਪ੍ਰਿੰਟਰ ਦੇਖੋ, ਫਿਰ ਫ਼ਾਰਮ ਦੁਬਾਰਾ ਪ੍ਰਿੰਟ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>ਮਰੀਜ਼ ਨੂੰ ਇਹ {language} ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>ਇਹੀ ਗੱਲ {language} ਭਾਸ਼ਾ ਵਿੱਚ, ਤੁਹਾਡੇ ਲਈ:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ਜੁੜ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ਚਾਲੂ</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>ਸਿਗਨਲ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>ਡਿਸਕਨੈਕਟ</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>ਕੱਢਿਆ ਗਿਆ</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>ਪਛਾਣਿਆ ਨਹੀਂ ਗਿਆ</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>ਉਪਕਰਣ ਡਿਸਕਨੈਕਟ ਹੋ ਗਿਆ। ਪਹਿਲਾਂ ਦਰਜ ਕੀਤੇ ਮੁੱਲ ਸੁਰੱਖਿਅਤ ਹਨ।</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>ਇਹ ਉਪਕਰਣ ਪਛਾਣਿਆ ਨਹੀਂ ਗਿਆ। ਜ਼ਿਲ੍ਹਾ IT ਇਸਦਾ ਡਰਾਈਵਰ ਚੁਣ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>ਬੀਪੀ (ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ)</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time} ਵਜੇ ਦਰਜ: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>ਦਰਜ ਕੀਤਾ, {when} ਲਿਆ ਗਿਆ: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>ਉਪਕਰਣ</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>ਸਥਿਰ ਹੋਣ &apos;ਤੇ ਆਪਣੇ ਆਪ ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>ਕੋਈ ਵਾਈਟਲਸ ਉਪਕਰਣ ਜੁੜਿਆ ਨਹੀਂ ਹੈ। ਇੱਕ ਲਗਾਓ, ਜਾਂ ਹੇਠਾਂ ਮੁੱਲ ਟਾਈਪ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>ਪ੍ਰੋਬ ਵਿੱਚ ਸਮੱਸਿਆ</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>ਨਬਜ਼ ਲੱਭ ਰਿਹਾ ਹੈ</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>ਉਂਗਲ ਪ੍ਰੋਬ ਤੋਂ ਬਾਹਰ ਹੈ</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>ਸੈਂਸਰ ਜੁੜਿਆ ਨਹੀਂ ਹੈ</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>ਸੈਂਸਰ ਮਰੀਜ਼ ਤੋਂ ਹਟਿਆ ਹੋਇਆ ਹੈ</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>ਹਿੱਲਜੁੱਲ: ਹੱਥ ਸਥਿਰ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>ਸਿਗਨਲ ਗੁਆਚ ਗਿਆ</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>ਨਬਜ਼ ਦਾ ਸਿਗਨਲ ਕਮਜ਼ੋਰ ਹੈ</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>ਘੱਟ SpO2 ਅਲਾਰਮ</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>ਭਾਰ ਸਥਿਰ ਹੋ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>ਕੰਡੇ &apos;ਤੇ ਹੱਦ ਤੋਂ ਵੱਧ ਭਾਰ</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>ਕੰਟਰੋਲ ਸਲਿਊਸ਼ਨ ਜਾਂਚ, ਮਰੀਜ਼ ਦੀ ਰੀਡਿੰਗ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>ਖਾਣੇ ਤੋਂ ਪਹਿਲਾਂ</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>ਖਾਣੇ ਤੋਂ ਬਾਅਦ</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>ਮੀਟਰ ਦੀ ਸੀਮਾ ਤੋਂ ਉੱਪਰ</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>ਮੀਟਰ ਦੀ ਸੀਮਾ ਤੋਂ ਹੇਠਾਂ</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>ਮੀਟਰ ਨੇ ਇਸ ਨਤੀਜੇ ਨੂੰ ਸ਼ੱਕੀ ਦੱਸਿਆ</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>ਡਿਸਕ ਲਗਭਗ ਭਰ ਗਈ ਹੈ ({free} MB ਬਾਕੀ): ਮਰੀਜ਼ਾਂ ਦੇ ਰਿਕਾਰਡ ਲਈ ਥਾਂ ਬਚਾਉਣ ਵਾਸਤੇ ਨਵੀਆਂ ਫ਼ੋਟੋਆਂ ਨਹੀਂ ਲਈਆਂ ਜਾ ਰਹੀਆਂ। ਕਿਰਪਾ ਕਰਕੇ ਅੱਜ ਹੀ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>ਡਿਸਕ ਭਰ ਰਹੀ ਹੈ ({free} MB ਬਾਕੀ)। ਕਿਰਪਾ ਕਰਕੇ ਜਲਦੀ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦੱਸੋ।</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ਫ਼ੋਟੋ ਸੇਵ ਨਹੀਂ ਹੋਈ: ਡਿਸਕ ਲਗਭਗ ਭਰ ਗਈ ਹੈ, ਅਤੇ ਬਚੀ ਥਾਂ ਮਰੀਜ਼ਾਂ ਦੇ ਰਿਕਾਰਡ ਲਈ ਰੱਖੀ ਹੈ। ਕੇਸ ਅਤੇ ਇਸ ਦੀਆਂ ਪਹਿਲੀਆਂ ਫ਼ੋਟੋਆਂ ਸੁਰੱਖਿਅਤ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ਫ਼ੋਟੋ ਸੇਵ ਨਹੀਂ ਹੋਈ: ਡਿਸਕ ਭਰ ਗਈ ਹੈ। ਕੇਸ ਅਤੇ ਇਸ ਦੀਆਂ ਪਹਿਲੀਆਂ ਫ਼ੋਟੋਆਂ ਸੁਰੱਖਿਅਤ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>ਹੱਬ ਤੋਂ ਆਏ ਰਿਕਾਰਡ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੇ: ਡਿਸਕ ਭਰ ਗਈ ਹੈ। ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ; ਥਾਂ ਹੁੰਦੇ ਹੀ ਉਹ ਫਿਰ ਆ ਜਾਣਗੇ। ਕਿਰਪਾ ਕਰਕੇ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ਬੈਕਅੱਪ ਨਹੀਂ ਬਣਿਆ: ਬੈਕਅੱਪ ਡਰਾਈਵ ਭਰ ਗਈ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>ਸੇਵ ਨਹੀਂ ਹੋਇਆ: ਕਿਓਸਕ ਦੀ ਡਿਸਕ ਭਰ ਗਈ ਹੈ। ਪਹਿਲਾਂ ਸੇਵ ਹੋਇਆ ਸਭ ਕੁਝ ਸੁਰੱਖਿਅਤ ਹੈ, ਅਤੇ ਜੋ ਤੁਸੀਂ ਟਾਈਪ ਕੀਤਾ ਉਹ ਅਜੇ ਵੀ ਸਕਰੀਨ &apos;ਤੇ ਹੈ। ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਥਾਂ ਬਣਾਉਣ ਲਈ ਕਹੋ, ਫਿਰ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>ਕੇਸ ਦਾ ਵੇਰਵਾ</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>ਮੁੱਖ ਸ਼ਿਕਾਇਤ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ਪਿਛਲਾ ਇਤਿਹਾਸ</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>ਵੇਰਵਾ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>ਹੱਬ ਤੋਂ ਸਲਾਹ</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>ਮਾਹਰਤਾ ਚੁਣੋ…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>ਮਾਹਰਤਾ</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ਜ਼ਰੂਰੀ</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>ਸਮੀਖਿਆ ਲਈ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>ਕਾਲ ਦੀ ਲੋੜ ਨਹੀਂ: ਮਾਹਰ ਕੇਸ ਪੜ੍ਹ ਕੇ ਲਿਖਤੀ ਜਵਾਬ ਦੇਣਗੇ।</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>ਸਲਾਹ ਦੀ ਬੇਨਤੀ ਕਰੋ</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>ਵਾਈਟਲਸ</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>ਸਰਪ੍ਰਸਤ: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>ABHA {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time} ਵਜੇ ਖੋਲ੍ਹਿਆ</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>ਭਾਸ਼ਾ: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>ਸਮੀਖਿਆ ਲਈ ਭੇਜਿਆ ਗਿਆ। ਮਾਹਰ ਲਿਖਤੀ ਜਵਾਬ ਦੇਣਗੇ; ਜਵਾਬ ਹੋਰ ਪਰਚੀਆਂ ਵਾਂਗ ਇੱਥੇ ਪ੍ਰਿੰਟ ਹੋਵੇਗਾ।</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>ਸਲਾਹ ਦੀ ਬੇਨਤੀ ਹੋ ਗਈ। ਕੁਨੈਕਸ਼ਨ ਮਿਲਦੇ ਹੀ ਕੇਸ ਹੱਬ ਨੂੰ ਚਲਾ ਜਾਵੇਗਾ; ਤੁਸੀਂ ਵਾਈਟਲਸ ਜੋੜਦੇ ਰਹਿ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time} ਵਜੇ ਸੇਵ ਹੋਇਆ</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>ਫਾਲੋ-ਅੱਪ ਪਰਚੀ ਪ੍ਰਿੰਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>ਇਸ ਦਵਾਈ ਦੀ ਪਰਚੀ ਵਿੱਚ ਦੁਬਾਰਾ ਦਿਖਾਉਣ ਦਾ ਦਿਨ ਨਹੀਂ ਹੈ: ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਕੋਈ ਫਾਲੋ-ਅੱਪ ਪਰਚੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>ਦੁਬਾਰਾ ਦਿਖਾਉਣ ਦਾ ਦਿਨ: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>ਫਾਲੋ-ਅੱਪ ਪਰਚੀ ਪ੍ਰਿੰਟਰ ਨੂੰ ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>ਫਾਲੋ-ਅੱਪ ਪਰਚੀ ਨਹੀਂ ਬਣ ਸਕੀ: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>ਫਾਲੋ-ਅੱਪ ਪਰਚੀ ਪ੍ਰਿੰਟਰ {printer} &apos;ਤੇ ਉਡੀਕ ਵਿੱਚ ਹੈ।</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>ਫਾਲੋ-ਅੱਪ ਪਰਚੀ {printer} &apos;ਤੇ ਪ੍ਰਿੰਟ ਹੋ ਰਹੀ ਹੈ।</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>ਫਾਲੋ-ਅੱਪ ਪਰਚੀ {printer} &apos;ਤੇ ਪ੍ਰਿੰਟ ਹੋ ਗਈ।</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>ਪ੍ਰਿੰਟਰ {printer} ਰੁਕਿਆ ਹੋਇਆ ਹੈ: ਕਾਗ਼ਜ਼ ਅਤੇ ਬਿਜਲੀ ਦੇਖੋ। ਪਰਚੀ ਉਡੀਕ ਕਰ ਰਹੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>ਪ੍ਰਿੰਟਰ {printer} ਫਾਲੋ-ਅੱਪ ਪਰਚੀ ਪ੍ਰਿੰਟ ਨਹੀਂ ਕਰ ਸਕਿਆ। ਦੁਬਾਰਾ ਪ੍ਰਿੰਟ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋਈ: ਇਸ ਕਿਓਸਕ &apos;ਤੇ ਕੋਈ ਪ੍ਰਿੰਟਰ ਚੁਣਿਆ ਨਹੀਂ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋਈ: ਪ੍ਰਿੰਟ ਸੇਵਾ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ।</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋਈ: ਪ੍ਰਿੰਟਰ {printer} ਇਸ ਕਿਓਸਕ &apos;ਤੇ ਸੈੱਟ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋਈ: ਪ੍ਰਿੰਟਰ {printer} ਨੇ ਪਰਚੀ ਨਹੀਂ ਲਈ।</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>ਬਾਕੀ ਫਾਲੋ-ਅੱਪ</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>ਅੱਜ ਕੋਈ ਫਾਲੋ-ਅੱਪ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>ਅੱਜ ਆਉਣਾ ਹੈ</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} ਦਿਨ ਦੇਰੀ</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>ਸਤ ਸ੍ਰੀ ਅਕਾਲ, {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>ਅੱਜ ਦੇ ਕੇਸ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ਸਮਾਂ</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>ਮਰੀਜ਼</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ਸ਼ਿਕਾਇਤ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ਸਥਿਤੀ</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>ਅੱਜ ਅਜੇ ਕੋਈ ਕੇਸ ਨਹੀਂ। ਕੇਸ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਮਰੀਜ਼ ਲੱਭੋ ਜਾਂ ਰਜਿਸਟਰ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>ਮਰੀਜ਼ ਲੱਭੋ ਜਾਂ ਰਜਿਸਟਰ ਕਰੋ</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>ਮਹੀਨਾਵਾਰ ਰਿਪੋਰਟ</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>ਸੀਐਚਓ ਖਾਤੇ</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(ਅਜੇ ਸ਼ਿਕਾਇਤ ਨਹੀਂ ਲਿਖੀ ਗਈ)</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} ਕੇਸ</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Incoming video call</source>
        <translation>ਆ ਰਹੀ ਵੀਡੀਓ ਕਾਲ</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>ਅਸਵੀਕਾਰ ਕਰੋ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ਜਵਾਬ ਦਿਓ</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>ਹੱਬ ਦੇ ਇੱਕ ਮਾਹਰ</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} ਕਾਲ ਕਰ ਰਹੇ ਹਨ</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} ਬਾਰੇ। ਮਰੀਜ਼ ਨੂੰ ਕੋਲ ਬਿਠਾ ਕੇ ਜਵਾਬ ਦਿਓ।</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>ਹੱਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੇ ਇੱਕ ਕੇਸ ਬਾਰੇ।</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>ਭਾਸ਼ਾ</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>ਸਾਈਨ ਇਨ</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>ਡੈਮੋ ਕਿਓਸਕ: &apos;{user}&apos; ਵਜੋਂ ਪਿੰਨ {pin} ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>ਕੌਣ ਸਾਈਨ ਇਨ ਕਰ ਰਿਹਾ ਹੈ?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ਪਿੰਨ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>ਪਹਿਲਾਂ ਆਪਣਾ ਨਾਮ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>ਆਪਣਾ ਪਿੰਨ ਟਾਈਪ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>ਪਿੰਨ ਜਾਂਚਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਪਿੰਨ ਪਾਇਆ ਗਿਆ। ਇਹ ਖਾਤਾ {time} ਵਜੇ ਤੱਕ ਬੰਦ ਹੈ। ਕਿਸੇ ਹੋਰ ਸੀਐਚਓ ਨੂੰ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਕਹੋ, ਜਾਂ ਉਡੀਕ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>ਗ਼ਲਤ ਪਿੰਨ। ਖਾਤਾ 5 ਮਿੰਟ ਲਈ ਬੰਦ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ {count} ਕੋਸ਼ਿਸ਼ਾਂ ਬਾਕੀ ਹਨ।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>HWC ਸਪੋਕ ਕਿਓਸਕ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ਹੋਮ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ਲੌਕ ਕਰੋ</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>ਹੱਬ ਨੇ ਅਸਵੀਕਾਰ ਕੀਤੇ {n}</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>ਭੇਜਣੇ ਬਾਕੀ {n}</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>ਸਭ ਭੇਜਿਆ ਗਿਆ</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>ਕਿਓਸਕ ਦਾ ਡਾਟਾ ਸੇਵ ਜਾਂ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: {error}। ਜੋ ਪਹਿਲਾਂ ਸੇਵ ਹੋ ਚੁੱਕਾ ਹੈ ਉਹ ਸੁਰੱਖਿਅਤ ਹੈ। ਜੇ ਇਹ ਵਾਰ-ਵਾਰ ਹੋਵੇ ਤਾਂ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>ਕੁਝ ਗੜਬੜ ਹੋਈ ਅਤੇ ਜ਼ਿਲ੍ਹਾ IT ਲਈ ਲੌਗ ਵਿੱਚ ਲਿਖ ਦਿੱਤੀ ਗਈ ਹੈ। ਜੋ ਪਹਿਲਾਂ ਸੇਵ ਹੋ ਚੁੱਕਾ ਹੈ ਉਹ ਸੁਰੱਖਿਅਤ ਹੈ।</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ਸਮੱਸਿਆ</translation>
    </message>
</context>
<context>
    <name>MemoryDownload</name>
    <message>
        <source>Read memory</source>
        <translation>ਮੈਮਰੀ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>ਉਪਕਰਣ ਵਿੱਚ ਰੱਖੇ ਨਤੀਜੇ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>ਉਪਕਰਣ ਤੋਂ ਉਸਦੀ ਮੈਮਰੀ ਮੰਗੀ ਜਾ ਰਹੀ ਹੈ…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>ਹੁਣ ਉਪਕਰਣ ਤੋਂ ਪੁੱਛਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਜਦੋਂ ਉਹ ਚਾਲੂ ਹੋਵੇ, ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>ਉਪਕਰਣ ਦੀ ਮੈਮਰੀ ਪੜ੍ਹੀ ਜਾ ਰਹੀ ਹੈ… ਹੁਣ ਤੱਕ {n} ਰਿਕਾਰਡ</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>ਉਪਕਰਣ ਦੀ ਮੈਮਰੀ ਪੜ੍ਹੀ ਜਾ ਰਹੀ ਹੈ… {total} ਵਿੱਚੋਂ {n} ਰਿਕਾਰਡ</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>ਉਪਕਰਣ ਦੀ ਮੈਮਰੀ ਖ਼ਾਲੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>ਮੈਮਰੀ ਪੜ੍ਹ ਲਈ ਗਈ: {n} ਰਿਕਾਰਡ।</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>ਉਪਕਰਣ {total} ਵਿੱਚੋਂ {n} ਰਿਕਾਰਡ ਤੋਂ ਬਾਅਦ ਰੁਕ ਗਿਆ। ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>ਉਪਕਰਣ ਵਿੱਚ ਰੱਖੇ ਨਤੀਜੇ, ਸਭ ਤੋਂ ਨਵਾਂ ਪਹਿਲਾਂ। ਹੁਣੇ ਲਿਆ ਨਤੀਜਾ ਚੁਣੋ:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>ਫਿਰ ਵੀ ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ਰੱਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ਦਰਜ ਕੀਤਾ</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>ਮਰੀਜ਼ ਦਾ ਨਤੀਜਾ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>ਦਰਜ ਨਹੀਂ ਹੋ ਸਕਦਾ</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>ਇਹ ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>ਅੱਜ {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>ਕੱਲ੍ਹ {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>ਅੱਜ {time} ਵਜੇ</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ਕੱਲ੍ਹ {time} ਵਜੇ</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} ਨੂੰ {time} ਵਜੇ</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>ਕਲੀਨਿਕ ਦੀ ਘੜੀ ਤੋਂ ਅੱਗੇ</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} ਮਿੰਟ ਪਹਿਲਾਂ</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} ਘੰਟੇ ਪਹਿਲਾਂ</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 ਦਿਨ ਪਹਿਲਾਂ</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} ਦਿਨ ਪਹਿਲਾਂ</translation>
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
        <translation>ਇਸ ਨਤੀਜੇ ਦਾ ਸਮਾਂ ({when}) ਕਲੀਨਿਕ ਦੀ ਘੜੀ ਤੋਂ ਅੱਗੇ ਹੈ: ਉਪਕਰਣ ਦੀ ਘੜੀ ਗ਼ਲਤ ਹੈ। ਇਸਨੂੰ ਤਾਂ ਹੀ ਦਰਜ ਕਰੋ ਜੇ ਇਹ ਇਸੇ ਮਰੀਜ਼ ਦਾ ਹੁਣੇ ਲਿਆ ਨਤੀਜਾ ਹੋਵੇ, ਅਤੇ ਉਪਕਰਣ ਦੀ ਘੜੀ ਠੀਕ ਕਰੋ।</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>ਇਹ ਨਤੀਜਾ {when} ਦਾ ਹੈ, ਅੱਜ ਦਾ ਨਹੀਂ। ਉਪਕਰਣ ਪੁਰਾਣੇ ਨਤੀਜੇ ਰੱਖਦਾ ਹੈ, ਅਕਸਰ ਕਿਸੇ ਹੋਰ ਮਰੀਜ਼ ਦੇ। ਇਸਨੂੰ ਤਾਂ ਹੀ ਦਰਜ ਕਰੋ ਜੇ ਇਹ ਇਸੇ ਮਰੀਜ਼ ਦਾ ਹੋਵੇ ਅਤੇ ਹੁਣੇ ਲਿਆ ਗਿਆ ਹੋਵੇ।</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>ਇਹ ਨਤੀਜਾ {age} ({when}) ਲਿਆ ਗਿਆ ਸੀ, ਹੁਣੇ ਨਹੀਂ। ਇਸਨੂੰ ਤਾਂ ਹੀ ਦਰਜ ਕਰੋ ਜੇ ਇਹ ਇਸੇ ਮਰੀਜ਼ ਦਾ ਹੋਵੇ।</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>ਜਨਵਰੀ</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ਫ਼ਰਵਰੀ</translation>
    </message>
    <message>
        <source>March</source>
        <translation>ਮਾਰਚ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ਅਪ੍ਰੈਲ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ਮਈ</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ਜੂਨ</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ਜੁਲਾਈ</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ਅਗਸਤ</translation>
    </message>
    <message>
        <source>September</source>
        <translation>ਸਤੰਬਰ</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ਅਕਤੂਬਰ</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ਨਵੰਬਰ</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ਦਸੰਬਰ</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>ਮਹੀਨਾਵਾਰ ਰਿਪੋਰਟ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>ਪਿਛਲਾ ਮਹੀਨਾ</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>ਅਗਲਾ ਮਹੀਨਾ</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV ਅਤੇ PDF ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>ਰਿਪੋਰਟ ਪ੍ਰਿੰਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>ਇਸ ਮਹੀਨੇ ਕੋਈ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>ਮਰੀਜ਼</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>ਦੇਖੇ ਗਏ ਮਰੀਜ਼</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>ਨਵੀਆਂ ਰਜਿਸਟ੍ਰੇਸ਼ਨਾਂ</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>ਖੋਲ੍ਹੇ ਗਏ ਕੇਸ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ਕੁੱਲ</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>ਮਾਹਰਤਾ ਅਨੁਸਾਰ ਸਲਾਹਾਂ</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>ਲਏ ਗਏ ਵਾਈਟਲਸ</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>ਪਰਚੀਆਂ ਅਤੇ ਫਾਲੋ-ਅੱਪ</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>ਮਿਲੀਆਂ ਪਰਚੀਆਂ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ਰੈਫ਼ਰਲ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>ਬਾਕੀ ਫਾਲੋ-ਅੱਪ</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>ਖੁੰਝੇ ਫਾਲੋ-ਅੱਪ</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder} ਵਿੱਚ ਸੇਵ ਹੋਈ</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>ਪ੍ਰਿੰਟਰ ਨੂੰ ਭੇਜ ਦਿੱਤੀ ਗਈ।</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋ ਸਕੀ: ਪ੍ਰਿੰਟਰ ਤਿਆਰ ਨਹੀਂ ਹੈ। ਰਿਪੋਰਟ PDF ਵਜੋਂ ਸੇਵ ਹੋ ਗਈ ਹੈ।</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>ਰਿਪੋਰਟ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀ।</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>ਫ਼ੋਟੋਆਂ</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>ਕੈਮਰਾ ਬੰਦ ਹੈ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ਕੈਮਰਾ</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>ਕੈਮਰਾ ਚਾਲੂ ਕਰੋ</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>ਮਰੀਜ਼ ਦੀ ਫ਼ੋਟੋ</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>ਕਲੀਨਿਕਲ ਫ਼ੋਟੋ</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>ਕੋਈ ਕੈਮਰਾ ਨਹੀਂ ਮਿਲਿਆ। USB ਵੈੱਬਕੈਮ ਲਗਾਓ, ਫਿਰ ਇਹ ਕੇਸ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>ਕੈਮਰਾ ਚਾਲੂ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਇਸਦੀ ਕੇਬਲ ਜਾਂਚੋ, ਜਾਂ ਕੋਈ ਹੋਰ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>ਕੈਮਰਾ ਬੰਦ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>ਨਬਜ਼ ਦੀ ਲਹਿਰ</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>ਦਵਾਈ ਦੀ ਪਰਚੀ</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>ਇਸ ਕੇਸ ਦੀ ਦਵਾਈ ਦੀ ਪਰਚੀ ਅਸਵੀਕਾਰ ਕੀਤੀ ਗਈ। {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>ਦਵਾਈ ਦੀ ਪਰਚੀ</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>ਕੇਸ &apos;ਤੇ ਵਾਪਸ ਜਾਓ</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>ਮਰੀਜ਼ ਲਈ ਪ੍ਰਿੰਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ਕਾਗ਼ਜ਼</translation>
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
        <translation>80 ਮਿ.ਮੀ.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ਪ੍ਰਿੰਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>ਹੱਬ ਵੱਲੋਂ ਦਸਤਖ਼ਤ ਕੀਤੀ ਅਤੇ ਇਸ ਕਿਓਸਕ ਵੱਲੋਂ ਜਾਂਚੀ ਗਈ। ਇਸਨੂੰ ਇੱਥੇ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ; QR ਕੋਡ ਨਾਲ ਫਾਰਮਾਸਿਸਟ ਇਸਦੀ ਜਾਂਚ ਕਰ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name} ਦੀ ਦਵਾਈ ਦੀ ਪਰਚੀ</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}। {count} ਦਵਾਈਆਂ।</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>ਦੁਬਾਰਾ ਪ੍ਰਿੰਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>ਅਜੇ ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋਈ।</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>ਪ੍ਰਿੰਟਰ ਨੂੰ ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋ ਸਕਿਆ: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>ਪ੍ਰਿੰਟਰ {printer} &apos;ਤੇ ਉਡੀਕ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer} &apos;ਤੇ ਪ੍ਰਿੰਟ ਹੋ ਰਹੀ ਹੈ</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer} &apos;ਤੇ ਪ੍ਰਿੰਟ ਹੋ ਗਈ</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>ਪ੍ਰਿੰਟਰ {printer} ਰੁਕਿਆ ਹੋਇਆ ਹੈ: ਕਾਗ਼ਜ਼ ਅਤੇ ਬਿਜਲੀ ਦੇਖੋ। ਪ੍ਰਿੰਟ ਦਾ ਕੰਮ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>ਪ੍ਰਿੰਟਰ {printer} ਇਸਨੂੰ ਪ੍ਰਿੰਟ ਨਹੀਂ ਕਰ ਸਕਿਆ। ਦੁਬਾਰਾ ਪ੍ਰਿੰਟ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋਈ: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>ਮਰੀਜ਼ ਦਾ ਰਿਕਾਰਡ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ਕੇਸ</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>ਵਾਈਟਲ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ਫ਼ੋਟੋ</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>ਹੱਬ ਨੇ ਅਸਵੀਕਾਰ ਕੀਤਾ</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>ਹੱਬ ਵੱਲੋਂ ਅਸਵੀਕਾਰ ਕੀਤੇ ਬਦਲਾਅ</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>ਇਹ ਬਦਲਾਅ ਇਸ ਕਿਓਸਕ &apos;ਤੇ ਸੁਰੱਖਿਅਤ ਰੱਖੇ ਗਏ ਹਨ। ਸਿਰਫ਼ ਇਹਨਾਂ &apos;ਤੇ ਨਿਰਭਰ ਚੀਜ਼ਾਂ ਰੁਕੀਆਂ ਹਨ; ਬਾਕੀ ਸਭ ਹੱਬ ਨੂੰ ਜਾਂਦਾ ਰਹੇਗਾ। ਦਿਖਾਇਆ ਗਿਆ ਕਾਰਨ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦੱਸੋ; ਉਹਨਾਂ ਦੇ ਠੀਕ ਕਰਨ ਤੋਂ ਬਾਅਦ &quot;ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ&quot; ਦਬਾਓ।</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ਦਰਜ ਕਰਨ ਦਾ ਸਮਾਂ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ਕੀ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ਕਾਰਨ</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>ਕੋਸ਼ਿਸ਼ਾਂ</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>ਕੁਝ ਵੀ ਅਸਵੀਕਾਰ ਨਹੀਂ ਹੋਇਆ।</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ਬੰਦ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>ਇਸ ਕਿਓਸਕ ਦੇ ਰਿਕਾਰਡ ਦੀ ਰਿਕਵਰੀ ਕੁੰਜੀ</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>ਇਸ ਕਿਓਸਕ ਦੇ ਰਿਕਾਰਡ ਇਸੇ ਕੰਪਿਊਟਰ ਦੇ ਅੰਦਰ ਰੱਖੀ ਇੱਕ ਕੁੰਜੀ ਨਾਲ ਬੰਦ ਹਨ। ਜੇ ਇਹ ਕੰਪਿਊਟਰ ਖ਼ਰਾਬ ਹੋ ਜਾਵੇ ਜਾਂ ਬਦਲਿਆ ਜਾਵੇ, ਤਾਂ ਸਿਰਫ਼ ਇਹ ਰਿਕਵਰੀ ਕੁੰਜੀ ਹੀ ਉਹਨਾਂ ਨੂੰ ਮੁੜ ਖੋਲ੍ਹ ਸਕਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>ਇਸ ਨੂੰ ਹੁਣੇ ਕਾਗ਼ਜ਼ ਉੱਤੇ ਬਿਲਕੁਲ ਉਵੇਂ ਹੀ ਲਿਖ ਲਓ ਜਿਵੇਂ ਦਿਖ ਰਹੀ ਹੈ, ਅਤੇ ਉਹ ਕਾਗ਼ਜ਼ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਦਿਓ। ਉਸ ਨੂੰ ਇਸ ਕੰਪਿਊਟਰ ਕੋਲ ਨਾ ਰੱਖੋ: ਜਿਸ ਕੋਲ ਕੰਪਿਊਟਰ ਅਤੇ ਇਹ ਕੁੰਜੀ ਦੋਵੇਂ ਹੋਣ, ਉਹ ਹਰ ਰਿਕਾਰਡ ਪੜ੍ਹ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>ਪੱਕਾ ਕਰਨ ਲਈ, ਕੁੰਜੀ ਦਾ ਆਖ਼ਰੀ ਸਮੂਹ ਉਵੇਂ ਹੀ ਟਾਈਪ ਕਰੋ ਜਿਵੇਂ ਤੁਸੀਂ ਲਿਖਿਆ ਹੈ</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4 ਅੱਖਰਾਂ ਅਤੇ ਅੰਕਾਂ ਦੇ {count} ਸਮੂਹ; ਆਖ਼ਰੀ ਸਮੂਹ {count}ਵਾਂ ਹੈ</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>ਮੈਂ ਇਹ ਲਿਖ ਲਈ ਹੈ</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>ਇਹ ਕੁੰਜੀ ਦਾ ਆਖ਼ਰੀ ਸਮੂਹ ਨਹੀਂ ਹੈ। ਜੋ ਲਿਖਿਆ ਹੈ ਉਸ ਨੂੰ ਸਕਰੀਨ ਨਾਲ ਮਿਲਾ ਕੇ ਦੇਖੋ, ਫਿਰ ਆਖ਼ਰੀ ਸਮੂਹ ਦੁਬਾਰਾ ਟਾਈਪ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>ਮਰੀਜ਼ ਦਾ ਵੇਰਵਾ ਠੀਕ ਕਰੋ</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>ਮਰੀਜ਼ ਦੀ ਰਜਿਸਟ੍ਰੇਸ਼ਨ</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>ਪੂਰਾ ਨਾਮ *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ਔਰਤ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ਮਰਦ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ਹੋਰ</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>ਲਿੰਗ *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>ਉਮਰ (ਸਾਲ)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>ਜਾਂ ਜਨਮ ਮਿਤੀ:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>ਉਮਰ (ਸਾਲ) *</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>ਮੋਬਾਈਲ ਨੰਬਰ</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 ਅੰਕ</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>ਪਿਤਾ ਜਾਂ ਪਤੀ ਦਾ ਨਾਮ</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA ਨੰਬਰ</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14 ਅੰਕ, ABHA ਕਾਰਡ ਤੋਂ</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA ਪਤਾ</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>ਜਿਵੇਂ name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ਪਿੰਡ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ਜ਼ਿਲ੍ਹਾ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ਰਾਜ</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>ਮਰੀਜ਼ ਦੀ ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ਰੱਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ਬਦਲਾਅ ਸੇਵ ਕਰੋ</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>ਸੇਵ ਕਰੋ ਅਤੇ ਕੇਸ ਸ਼ੁਰੂ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA ਕਾਰਡ ਸਕੈਨ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>ਮਰੀਜ਼ ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>ਨਵਾਂ ਮਰੀਜ਼ ਰਜਿਸਟਰ ਕਰੋ</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>ਨਾਮ, ਫ਼ੋਨ, ABHA ਨੰਬਰ ਜਾਂ ਪਿੰਡ</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>ਮਰੀਜ਼ ਲੱਭੋ</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>ਮਿਲਦੇ ਮਰੀਜ਼</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>ਕੋਈ ਮਰੀਜ਼ ਨਹੀਂ ਚੁਣਿਆ</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>ਨਵਾਂ ਕੇਸ ਸ਼ੁਰੂ ਕਰੋ</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>ਵੇਰਵਾ ਠੀਕ ਕਰੋ</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos; ਨਾਲ ਕੋਈ ਮਰੀਜ਼ ਨਹੀਂ ਮਿਲਿਆ। ਸਪੈਲਿੰਗ ਜਾਂਚੋ, ਫ਼ੋਨ ਨੰਬਰ ਨਾਲ ਲੱਭੋ, ਜਾਂ ਨਵਾਂ ਮਰੀਜ਼ ਰਜਿਸਟਰ ਕਰੋ।</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>ਅਜੇ ਕੋਈ ਮਰੀਜ਼ ਰਜਿਸਟਰ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>ਉੱਪਰ ਲੱਭੋ, ਫਿਰ ਕੇਸ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਮਰੀਜ਼ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>ਉਮਰ / ਲਿੰਗ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ਸਰਪ੍ਰਸਤ</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>ਪਿੰਡ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ਫ਼ੋਨ</translation>
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
        <translation>ਜੀ ਆਇਆਂ ਨੂੰ</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>ਇਸ ਕਿਓਸਕ &apos;ਤੇ ਅਜੇ ਕੋਈ ਖਾਤਾ ਨਹੀਂ ਹੈ। ਪਹਿਲਾ ਖਾਤਾ ਬਣਾਓ; ਬਾਅਦ ਵਿੱਚ ਇਸ ਤੋਂ ਬਾਕੀ ਸੀਐਚਓ ਜੋੜੇ ਜਾ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ਪੂਰਾ ਨਾਮ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ਯੂਜ਼ਰ ਨਾਮ</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ਅੰਗਰੇਜ਼ੀ ਅੱਖਰਾਂ ਵਿੱਚ, ਜਿਵੇਂ sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>ਪਿੰਨ (4 ਤੋਂ 8 ਅੰਕ)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>ਪਿੰਨ ਦੁਬਾਰਾ</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>ਖਾਤਾ ਬਣਾਓ</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>ਦੋਵੇਂ ਪਿੰਨ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ।</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>ਔ</translation>
    </message>
    <message>
        <source>M</source>
        <translation>ਮ</translation>
    </message>
    <message>
        <source>O</source>
        <translation>ਹ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>ਇੱਕ ਮਿੰਟ ਤੋਂ ਘੱਟ</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} ਮਿੰਟ</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ਘੰਟੇ</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} ਦਿਨ</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>ਹੱਬ ਸਿੰਕ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ਦੇਖੋ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ਹੁਣੇ ਸਿੰਕ ਕਰੋ</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>ਸਿੰਕ ਪੂਰਾ: ਦਰਜ ਕੀਤਾ ਸਭ ਕੁਝ ਹੱਬ ਤੱਕ ਪਹੁੰਚ ਗਿਆ ਹੈ।</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>ਭੇਜਣ ਲਈ ਹੋਰ ਕੁਝ ਬਾਕੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} ਬਦਲਾਅ ਭੇਜਣੇ ਬਾਕੀ ਹਨ</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>ਸਭ ਤੋਂ ਪੁਰਾਣਾ {age} ਤੋਂ ਰੁਕਿਆ ਹੈ</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>ਅਜੇ ਹੱਬ ਨਾਲ ਸਿੰਕ ਨਹੀਂ ਹੋਇਆ</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>ਪਿਛਲਾ ਸਫਲ ਸਿੰਕ: {time} ({age} ਪਹਿਲਾਂ)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n} ਬਦਲਾਅ ਹੱਬ ਨੇ ਅਸਵੀਕਾਰ ਕੀਤੇ ਹਨ, ਇਹਨਾਂ ਨੂੰ ਦੇਖਣਾ ਜ਼ਰੂਰੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>ਰਜਿਸਟਰ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ਸਿੰਕ ਹੋ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ਔਫਲਾਈਨ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ਧਿਆਨ ਦਿਓ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ਜੁੜ ਰਿਹਾ ਹੈ…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>ਔਨਲਾਈਨ · ਸਿੰਕ ਪੂਰਾ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ਔਨਲਾਈਨ</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>ਇਹ ਕਿਓਸਕ ਹੱਬ ਨਾਲ ਰਜਿਸਟਰ ਨਹੀਂ ਹੋ ਸਕਿਆ: {reason}। ਸਭ ਕੁਝ ਇੱਥੇ ਹੀ ਰੱਖਿਆ ਜਾ ਰਿਹਾ ਹੈ; ਜ਼ਿਲ੍ਹਾ IT ਨਵਾਂ ਕੋਡ ਦੇ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>ਇਹ ਕਿਓਸਕ ਅਜੇ ਕਿਸੇ ਹੱਬ ਨਾਲ ਰਜਿਸਟਰ ਨਹੀਂ ਹੈ। ਸਭ ਕੁਝ ਇੱਥੇ ਹੀ ਰੱਖਿਆ ਜਾ ਰਿਹਾ ਹੈ; ਜ਼ਿਲ੍ਹਾ IT ਇੱਕ ਵਾਰ ਦੇ ਕੋਡ ਨਾਲ ਇਸਨੂੰ ਰਜਿਸਟਰ ਕਰੇਗਾ।</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>ਹੱਬ ਨਾਲ ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਰਿਹਾ। ਕੰਮ ਜਾਰੀ ਰੱਖੋ: ਸਭ ਕੁਝ ਇਸ ਕਿਓਸਕ &apos;ਤੇ ਸੇਵ ਹੋ ਰਿਹਾ ਹੈ ਅਤੇ ਕੁਨੈਕਸ਼ਨ ਵਾਪਸ ਆਉਂਦੇ ਹੀ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>ਅਗਲੀ ਕੋਸ਼ਿਸ਼ {time} ਵਜੇ।</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>ਪਿਛਲਾ ਸਿੰਕ ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ; ਇਸਨੂੰ ਦੁਬਾਰਾ ਅਜ਼ਮਾਇਆ ਜਾਵੇਗਾ।</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>ਬਦਲਾਅ ਭੇਜੇ ਜਾ ਰਹੇ ਹਨ: %m ਵਿੱਚੋਂ %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>ਹੱਬ ਤੋਂ ਆ ਰਿਹਾ ਹੈ: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>ਫ਼ੋਟੋਆਂ ਭੇਜੀਆਂ ਜਾ ਰਹੀਆਂ ਹਨ: %m ਵਿੱਚੋਂ %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB ਵਿੱਚੋਂ {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>ਸਿੰਕ ਨਹੀਂ ਹੋ ਸਕਿਆ: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>ਉੱਪਰ</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>ਹੇਠਾਂ</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>ਖ਼ਾਲੀ ਪੇਟ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ਦਰਜ ਕਰੋ</translation>
    </message>
    <message>
        <source>device</source>
        <translation>ਉਪਕਰਣ</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>ਹੱਥ ਨਾਲ</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>ਗਿਣਿਆ</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ਠੀਕ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>ABHA ਨੰਬਰ ਵਿੱਚ 14 ਅੰਕ ਹੁੰਦੇ ਹਨ, ਜਿਵੇਂ 12-3456-7890-1234। {count} ਅੰਕ ਦਿੱਤੇ ਗਏ ਹਨ।</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>ABHA ਪਤਾ name@abdm ਵਰਗਾ ਹੁੰਦਾ ਹੈ: 4 ਤੋਂ 32 ਅੱਖਰ ਜਾਂ ਅੰਕ (ਵਿਚਕਾਰ ਬਿੰਦੂ ਜਾਂ ਅੰਡਰਸਕੋਰ ਹੋ ਸਕਦਾ ਹੈ), ਫਿਰ @abdm।</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>ਯੂਜ਼ਰ ਨਾਮ ਵਿੱਚ 3 ਤੋਂ 32 ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ ਜਾਂ ਅੰਕ ਹੁੰਦੇ ਹਨ ਅਤੇ ਇਹ ਅੱਖਰ ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>ਪਿੰਨ ਵਿੱਚ 4 ਤੋਂ 8 ਅੰਕ ਹੁੰਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>ਇਹ ਪਿੰਨ ਆਸਾਨੀ ਨਾਲ ਅੰਦਾਜ਼ਾ ਲਗਾਇਆ ਜਾ ਸਕਦਾ ਹੈ (ਜਿਵੇਂ 1111 ਜਾਂ 1234)। ਕੋਈ ਹੋਰ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ਖਰੜਾ</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>ਹੱਬ ਦੀ ਉਡੀਕ</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>ਸਲਾਹ ਜਾਰੀ</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>ਪਰਚੀ ਮਿਲੀ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ਬੰਦ</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>ਜਨਰਲ ਮੈਡੀਸਨ</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>ਬੱਚਿਆਂ ਦੇ ਰੋਗ</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>ਜਣੇਪਾ ਅਤੇ ਇਸਤਰੀ ਰੋਗ</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>ਚਮੜੀ ਦੇ ਰੋਗ</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>ਨੱਕ, ਕੰਨ, ਗਲਾ</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>ਅੱਖਾਂ ਦੇ ਰੋਗ</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>ਮਾਨਸਿਕ ਸਿਹਤ</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>ਹੱਡੀਆਂ ਅਤੇ ਜੋੜ (ਆਰਥੋਪੈਡਿਕਸ)</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>ਦਿਲ ਦੇ ਰੋਗ</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>ਦੰਦਾਂ ਦੇ ਰੋਗ</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>ਹੱਬ ਦੇ ਡਾਕਟਰ ਨਾਲ ਟੈਲੀ-ਸਲਾਹ</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>ਇਹ ਰਿਕਾਰਡ ABDM ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>ਬੋਲ ਕੇ ਹਾਂ ਕਿਹਾ (ਜ਼ੁਬਾਨੀ)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>ਛਪੇ ਫ਼ਾਰਮ &apos;ਤੇ ਅੰਗੂਠਾ</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>ਛਪੇ ਫ਼ਾਰਮ &apos;ਤੇ ਦਸਤਖ਼ਤ</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>ਮਾਂ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>ਪਿਤਾ</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>ਪਤੀ ਜਾਂ ਪਤਨੀ</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>ਪੁੱਤਰ</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>ਧੀ</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>ਭਰਾ</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>ਭੈਣ</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>ਦਾਦਾ-ਦਾਦੀ ਜਾਂ ਨਾਨਾ-ਨਾਨੀ</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>ਕਾਨੂੰਨੀ ਸਰਪ੍ਰਸਤ</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>ਹੋਰ ਰਿਸ਼ਤੇਦਾਰ</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>ਦੱਸੋ ਕਿ ਸਹਿਮਤੀ ਕੌਣ ਦੇ ਰਿਹਾ ਹੈ।</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>ਮਰੀਜ਼ ਦੀ ਉਮਰ {age} ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ: ਸਹਿਮਤੀ ਮਾਤਾ-ਪਿਤਾ ਜਾਂ ਸਰਪ੍ਰਸਤ ਨੂੰ ਹੀ ਦੇਣੀ ਪਵੇਗੀ।</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>ਸਹਿਮਤੀ ਦੇਣ ਵਾਲੇ ਸਰਪ੍ਰਸਤ ਦਾ ਨਾਮ ਲਿਖੋ।</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ {max} ਅੱਖਰਾਂ ਤੋਂ ਘੱਟ ਰੱਖੋ।</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>ਚੁਣੋ ਕਿ ਸਰਪ੍ਰਸਤ ਦਾ ਮਰੀਜ਼ ਨਾਲ ਕੀ ਰਿਸ਼ਤਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>ਚੁਣੋ ਕਿ ਸਹਿਮਤੀ ਕਿਵੇਂ ਦਿੱਤੀ ਗਈ।</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>ਇਹ ਸਹਿਮਤੀ ਪਹਿਲਾਂ ਹੀ ਵਾਪਸ ਲਈ ਜਾ ਚੁੱਕੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>ਸਲਾਹ ਦੀ ਬੇਨਤੀ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਟੈਲੀ-ਸਲਾਹ ਲਈ ਮਰੀਜ਼ ਦੀ ਸਹਿਮਤੀ ਦਰਜ ਕਰੋ।</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>ਮਰੀਜ਼ ਨੇ ਟੈਲੀ-ਸਲਾਹ ਦੀ ਸਹਿਮਤੀ ਵਾਪਸ ਲੈ ਲਈ ਹੈ: ਸਲਾਹ ਨਹੀਂ ਹੋ ਸਕਦੀ।</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>ਇਹ ਕੇਸ ਹੱਬ ਨੂੰ ਭੇਜਿਆ ਜਾ ਚੁੱਕਾ ਹੈ; ਇਸਦਾ ਵੇਰਵਾ ਹੁਣ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; ਸਥਿਤੀ ਵਾਲਾ ਕੇਸ &apos;{wanted}&apos; ਨਹੀਂ ਹੋ ਸਕਦਾ।</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>ਸਲਾਹ ਦੀ ਬੇਨਤੀ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਮੁੱਖ ਸ਼ਿਕਾਇਤ ਲਿਖੋ।</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>ਸਲਾਹ ਲਈ ਮਾਹਰਤਾ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>ਸੰਖਿਆ ਲਿਖੋ, ਜਿਵੇਂ 98 ਜਾਂ 36.8।</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>ਬੀਪੀ ਲਈ ਉੱਪਰ (ਸਿਸਟੋਲਿਕ) ਅਤੇ ਹੇਠਾਂ (ਡਾਇਸਟੋਲਿਕ) ਦੋਵੇਂ ਚਾਹੀਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>ਮੋਬਾਈਲ ਨੰਬਰ ਵਿੱਚ 10 ਅੰਕ ਹੁੰਦੇ ਹਨ ਅਤੇ ਇਹ 6, 7, 8 ਜਾਂ 9 ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ 9876543210।</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>ਨਾਮ ਵਿੱਚ 2 ਤੋਂ 80 ਅੱਖਰ ਹੁੰਦੇ ਹਨ, ਕਿਸੇ ਵੀ ਭਾਰਤੀ ਲਿਪੀ ਵਿੱਚ ਜਾਂ ਅੰਗਰੇਜ਼ੀ ਅੱਖਰਾਂ ਵਿੱਚ; ਖ਼ਾਲੀ ਥਾਂ, ਬਿੰਦੀ ਅਤੇ ਹਾਈਫ਼ਨ ਚੱਲਦੇ ਹਨ, ਅੰਕ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>ਜਨਮ ਮਿਤੀ ਭਵਿੱਖ ਦੀ ਨਹੀਂ ਹੋ ਸਕਦੀ।</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>ਜਨਮ ਮਿਤੀ {max} ਸਾਲ ਤੋਂ ਵੀ ਪਹਿਲਾਂ ਦੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਜਾਂਚ ਲਓ।</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>ਜਨਮ ਮਿਤੀ ਜਾਂ ਉਮਰ (ਸਾਲ) ਲਿਖੋ।</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>ਉਮਰ 0 ਤੋਂ {max} ਦੇ ਵਿਚਕਾਰ ਪੂਰੇ ਸਾਲਾਂ ਵਿੱਚ ਲਿਖੋ।</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>ਔਰਤ, ਮਰਦ ਜਾਂ ਹੋਰ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>ਪਰਚੀ ਵਿੱਚ {item} ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>ਪਰਚੀ ਵਿੱਚ {item} ਦਾ ਮੁੱਲ ਸਹੀ ਕਿਸਮ ਦਾ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>ਪਰਚੀ ਵਿੱਚ ਇੱਕ ਅਣਜਾਣ ਹਿੱਸਾ ਹੈ: {item}।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>ਪਰਚੀ ਵਿੱਚ {item} {max} ਅੱਖਰਾਂ ਤੋਂ ਲੰਬਾ ਹੈ।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>ਪਰਚੀ ਵਿੱਚ {item} 2026-11-20 ਵਰਗੀ ਤਾਰੀਖ਼ (ਜਾਂ ਔਫ਼ਸੈੱਟ ਨਾਲ ਸਮਾਂ) ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>ਪਰਚੀ ਵਿੱਚ {max} ਤੋਂ ਵੱਧ {item} ਹਨ।</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>ਪਰਚੀ ਵਿੱਚ ਨਾ ਕੋਈ ਦਵਾਈ ਹੈ, ਨਾ ਕੋਈ ਸਲਾਹ।</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>ਮਰੀਜ਼ ਦੀ ਉਮਰ 0 ਤੋਂ {max} ਤੱਕ ਦੀ ਪੂਰੀ ਸੰਖਿਆ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>ਪਰਚੀ ਵਿੱਚ {item} ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ: {allowed}।</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>ਇਹ ਕਿਓਸਕ ਇਸ ਪਰਚੀ ਨੂੰ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦਾ। ਹੱਬ ਨੂੰ ਇਹ ਦੁਬਾਰਾ ਭੇਜਣ ਲਈ ਕਹੋ।</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>ਕੁਝ ਜਾਣਕਾਰੀ ਛੁੱਟ ਗਈ ਹੈ ਜਾਂ ਗ਼ਲਤ ਹੈ, ਇਸ ਲਈ ਇਹ ਪ੍ਰਿੰਟ ਨਹੀਂ ਹੋ ਸਕਦੀ। ਹੱਬ ਨੂੰ ਇਹ ਦੁਬਾਰਾ ਭੇਜਣ ਲਈ ਕਹੋ।</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>ਇਸ ਕਿਓਸਕ ਕੋਲ ਦਸਤਖ਼ਤ ਜਾਂਚਣ ਲਈ ਹੱਬ ਦੀ ਕੁੰਜੀ ਨਹੀਂ ਹੈ। ਇਸਨੂੰ ਰਜਿਸਟਰ ਕਰਨ ਲਈ ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>ਇਸ &apos;ਤੇ ਅਜਿਹੀ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਹਨ ਜਿਸਨੂੰ ਇਹ ਕਿਓਸਕ ਨਹੀਂ ਪਛਾਣਦਾ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਹੱਬ ਤੋਂ ਨਾ ਆਈ ਹੋਵੇ। ਇਸਨੂੰ ਨਾ ਵਰਤੋ; ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>ਇਸਦੇ ਦਸਤਖ਼ਤ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ: ਮਾਹਰ ਦੇ ਦਸਤਖ਼ਤ ਤੋਂ ਬਾਅਦ ਇਸਨੂੰ ਬਦਲਿਆ ਗਿਆ, ਜਾਂ ਇਹ ਹੱਬ ਤੋਂ ਨਹੀਂ ਆਈ। ਇਸਨੂੰ ਨਾ ਵਰਤੋ; ਹੱਬ ਨੂੰ ਇਹ ਦੁਬਾਰਾ ਭੇਜਣ ਲਈ ਕਹੋ।</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>ਇਹ ਅਜਿਹੇ ਕੇਸ ਦੀ ਹੈ ਜੋ ਇਸ ਕਿਓਸਕ &apos;ਤੇ ਨਹੀਂ ਹੈ। ਜ਼ਿਲ੍ਹਾ IT ਨੂੰ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>ਇਸ ਵਿੱਚ ਕੇਸ ਵਾਲੇ ਮਰੀਜ਼ ਦੀ ਬਜਾਏ ਕਿਸੇ ਹੋਰ ਮਰੀਜ਼ ਦਾ ਨਾਮ ਹੈ। ਹੱਬ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>ਇਸੇ ਨੰਬਰ ਦੀ ਇੱਕ ਹੋਰ ਪਰਚੀ ਪਹਿਲਾਂ ਹੀ ਰੱਖੀ ਹੋਈ ਹੈ। ਹੱਬ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} ਸੰਭਵ ਨਹੀਂ ਹੈ। ਸਹੀ ਹੱਦ: {low} ਤੋਂ {high} {unit}।</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (ਆਕਸੀਜਨ)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>ਨਬਜ਼</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>ਦਿਲ ਦੀ ਧੜਕਣ</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>ਉੱਪਰ ਵਾਲਾ ਬੀਪੀ</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>ਹੇਠਾਂ ਵਾਲਾ ਬੀਪੀ</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>ਔਸਤ ਦਬਾਅ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>ਤਾਪਮਾਨ</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>ਸਾਹ ਦੀ ਦਰ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ਭਾਰ</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ਕੱਦ</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>ਬੀਐਮਆਈ</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>ਬਲੱਡ ਸ਼ੂਗਰ</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>ਖ਼ਾਲੀ ਪੇਟ ਸ਼ੂਗਰ</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>ਬੀਪੀ (ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ)</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>ਉੱਪਰ ਵਾਲਾ ਬੀਪੀ ({systolic}) ਹੇਠਾਂ ਵਾਲੇ ({diastolic}) ਤੋਂ ਵੱਧ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>ਯੂਜ਼ਰ ਨਾਮ {name} ਪਹਿਲਾਂ ਹੀ ਲਿਆ ਹੋਇਆ ਹੈ।</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>ਇਸ ABHA ਨੰਬਰ ਵਾਲਾ ਮਰੀਜ਼ ਪਹਿਲਾਂ ਹੀ ਰਜਿਸਟਰ ਹੈ। ਇਸਦੀ ਬਜਾਏ ਉਹਨਾਂ ਨੂੰ ਲੱਭੋ।</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>ਫ਼ਾਰਮ ਦੀ ਇਹ ਫ਼ੋਟੋ ਇਸ ਕੇਸ ਦੀ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>ਵਾਪਸ ਲੈਣ ਲਈ ਕੋਈ ਸਹਿਮਤੀ ਨਹੀਂ ਹੈ।</translation>
    </message>
</context>
</TS>
