<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN" sourcelanguage="en_GB">
<context>
    <name>AbhaScanDialog</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA কার্ড স্ক্যান করুন</translation>
    </message>
    <message>
        <source>Hold the QR code on the card in front of the camera.</source>
        <translation>কার্ডের QR কোডটি ক্যামেরার সামনে ধরুন।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <source>No camera found. Type the details from the card instead.</source>
        <translation>কোনো ক্যামেরা পাওয়া যায়নি। তার বদলে কার্ড থেকে তথ্য টাইপ করুন।</translation>
    </message>
    <message>
        <source>The camera could not be started. Type the details instead.</source>
        <translation>ক্যামেরা চালু করা গেল না। তার বদলে তথ্য টাইপ করুন।</translation>
    </message>
    <message>
        <source>This QR code is not from an ABHA card.</source>
        <translation>এই QR কোডটি ABHA কার্ডের নয়।</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>CHO accounts</source>
        <translation>সিএইচও অ্যাকাউন্ট</translation>
    </message>
    <message>
        <source>Who can sign in</source>
        <translation>কে সাইন ইন করতে পারবেন</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>নতুন অ্যাকাউন্ট যোগ করুন</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>পুরো নাম</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ইউজার নাম</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ইংরেজি অক্ষরে, যেমন sunita</translation>
    </message>
    <message>
        <source>CHO</source>
        <translation>সিএইচও</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>অ্যাডমিনিস্ট্রেটর</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>পিন (4 থেকে 8 সংখ্যা)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>আবার পিন</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>অ্যাকাউন্ট যোগ করুন</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>দুটি পিন এক নয়।</translation>
    </message>
    <message>
        <source>{name} can now sign in.</source>
        <translation>{name} এখন সাইন ইন করতে পারবেন।</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Backup not made: the backup drive is not plugged in. Please plug it in.</source>
        <translation>ব্যাকআপ হয়নি: ব্যাকআপ ড্রাইভ লাগানো নেই। দয়া করে সেটি লাগান।</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ব্যাকআপ হয়নি: ব্যাকআপ ড্রাইভ ভরে গেছে। দয়া করে জেলা IT-কে জানান।</translation>
    </message>
    <message>
        <source>Backup not made. Please tell district IT (&apos;kiosk doctor&apos; shows why).</source>
        <translation>ব্যাকআপ হয়নি। দয়া করে জেলা IT-কে জানান (&apos;kiosk doctor&apos; কারণ দেখায়)।</translation>
    </message>
</context>
<context>
    <name>CallDevicesDialog</name>
    <message>
        <source>Camera and sound for calls</source>
        <translation>কলের জন্য ক্যামেরা ও সাউন্ড</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ক্যামেরা</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>মাইক্রোফোন</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>স্পিকার</translation>
    </message>
    <message>
        <source>In a call, a change applies at once: the call reconnects for a moment. Otherwise it applies from the next call.</source>
        <translation>কল চলাকালীন পরিবর্তন সঙ্গে সঙ্গে কার্যকর হয়: কলটি এক মুহূর্তের জন্য আবার সংযুক্ত হয়। নইলে পরের কল থেকে কার্যকর হবে।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সেভ করুন</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>কোনো ক্যামেরা পাওয়া যায়নি</translation>
    </message>
    <message>
        <source>The terminal&apos;s default</source>
        <translation>টার্মিনালের ডিফল্ট</translation>
    </message>
    <message>
        <source>None</source>
        <translation>কোনোটিই নয়</translation>
    </message>
</context>
<context>
    <name>CallHubPanel</name>
    <message>
        <source>Call hub</source>
        <translation>হাবে কল করুন</translation>
    </message>
    <message>
        <source>The hub was told: the specialist will call here.</source>
        <translation>হাবকে জানানো হয়েছে: বিশেষজ্ঞ এখানেই কল করবেন।</translation>
    </message>
    <message>
        <source>The hub does not have this case yet; it is still being sent.</source>
        <translation>এই কেসটি এখনও হাবে পৌঁছায়নি; এখনও পাঠানো হচ্ছে।</translation>
    </message>
    <message>
        <source>Calls unavailable: no connection to the hub.</source>
        <translation>কল করা যাচ্ছে না: হাবের সঙ্গে সংযোগ নেই।</translation>
    </message>
    <message>
        <source>A specialist for {specialty} is online.</source>
        <translation>{specialty}-এর একজন বিশেষজ্ঞ অনলাইনে আছেন।</translation>
    </message>
    <message>
        <source>No specialist online now; the case waits in the queue.</source>
        <translation>এখন কোনো বিশেষজ্ঞ অনলাইনে নেই; কেসটি লাইনে অপেক্ষা করছে।</translation>
    </message>
    <message>
        <source>Asking the hub to call…</source>
        <translation>হাবকে কল করতে বলা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Waiting for the specialist&apos;s video…</source>
        <translation>বিশেষজ্ঞের ভিডিওর অপেক্ষায়…</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>ক্যামেরা বন্ধ</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>পালস</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>মিউট</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>যন্ত্র</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>কল শেষ করুন</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>কেসে ফিরে যান</translation>
    </message>
    <message>
        <source>the hub specialist</source>
        <translation>হাবের বিশেষজ্ঞ</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>{name}-এর সঙ্গে কলে আছেন</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>কল শেষ</translation>
    </message>
    <message>
        <source>Audio only: you can still hear each other.</source>
        <translation>শুধু অডিও: আপনারা এখনও একে অপরকে শুনতে পাচ্ছেন।</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>ভালো সংযোগ</translation>
    </message>
    <message>
        <source>Fair connection</source>
        <translation>মোটামুটি সংযোগ</translation>
    </message>
    <message>
        <source>Poor connection</source>
        <translation>দুর্বল সংযোগ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>সংযোগ হচ্ছে…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>আবার সংযোগ হচ্ছে…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting to the same consult; please wait.</source>
        <translation>সংযোগ কেটে গেছে। একই কনসাল্টে আবার সংযোগ করা হচ্ছে; দয়া করে অপেক্ষা করুন।</translation>
    </message>
    <message>
        <source>The internet link is weak, so the call continues with sound only. Video comes back by itself when the link improves.</source>
        <translation>ইন্টারনেট দুর্বল, তাই কল শুধু আওয়াজে চলছে। ইন্টারনেট ভালো হলে ভিডিও নিজে থেকেই ফিরে আসবে।</translation>
    </message>
    <message>
        <source>Sound problem: {problem}</source>
        <translation>সাউন্ডে সমস্যা: {problem}</translation>
    </message>
    <message>
        <source>The specialist ended the call.</source>
        <translation>বিশেষজ্ঞ কল শেষ করেছেন।</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>আপনি কল শেষ করেছেন।</translation>
    </message>
    <message>
        <source>The call could not be reconnected. The specialist can call again.</source>
        <translation>কলটি আবার সংযুক্ত করা গেল না। বিশেষজ্ঞ আবার কল করতে পারেন।</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>আপনি কলটি প্রত্যাখ্যান করেছেন।</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>কল শেষ হয়েছে।</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>আনমিউট</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>ক্যামেরা চালু</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for a teleconsultation</source>
        <translation>টেলিপরামর্শের জন্য সম্মতি</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>রোগী নিজে</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>বাবা-মা বা অভিভাবক</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian gives consent.</source>
        <translation>{age} বছরের কম: সম্মতি দেবেন বাবা-মা বা অভিভাবক।</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>কে সম্মতি দিচ্ছেন</translation>
    </message>
    <message>
        <source>Name of the parent or guardian</source>
        <translation>বাবা-মা বা অভিভাবকের নাম</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>বেছে নিন…</translation>
    </message>
    <message>
        <source>Relation to the patient</source>
        <translation>রোগীর সঙ্গে সম্পর্ক</translation>
    </message>
    <message>
        <source>Said yes aloud</source>
        <translation>মুখে হ্যাঁ বলেছেন</translation>
    </message>
    <message>
        <source>Thumbprint on form</source>
        <translation>ফর্মে টিপসই</translation>
    </message>
    <message>
        <source>Signature on form</source>
        <translation>ফর্মে সই</translation>
    </message>
    <message>
        <source>How was consent given</source>
        <translation>কীভাবে সম্মতি দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>ক্যামেরা বন্ধ আছে</translation>
    </message>
    <message>
        <source>Keep a photo of the signed form with the case.</source>
        <translation>সই করা ফর্মের একটি ছবি কেসের সঙ্গে রাখুন।</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>ক্যামেরা চালু করুন</translation>
    </message>
    <message>
        <source>Take photo of the form</source>
        <translation>ফর্মের ছবি তুলুন</translation>
    </message>
    <message>
        <source>Also agrees to share this record with ABDM</source>
        <translation>এই রেকর্ড ABDM-এর সঙ্গে শেয়ার করতেও রাজি</translation>
    </message>
    <message>
        <source>Witness: {name} (you)</source>
        <translation>সাক্ষী: {name} (আপনি)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>সম্মতি সেভ করুন</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>কোনো ক্যামেরা পাওয়া যায়নি।</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>ক্যামেরা বন্ধ করুন</translation>
    </message>
    <message>
        <source>Photo of the form saved with the case.</source>
        <translation>ফর্মের ছবি কেসের সঙ্গে সেভ হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent</source>
        <translation>সম্মতি রেকর্ড করুন</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>ফর্ম প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>সম্মতি প্রত্যাহার করুন</translation>
    </message>
    <message>
        <source>Consent: not recorded yet. Ask the patient first.</source>
        <translation>সম্মতি: এখনও রেকর্ড হয়নি। আগে রোগীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <source>Consent withdrawn at {time}. No consult can go ahead.</source>
        <translation>{time}-এ সম্মতি প্রত্যাহার করা হয়েছে। আর কোনো পরামর্শ হবে না।</translation>
    </message>
    <message>
        <source>Sharing with ABDM: agreed.</source>
        <translation>ABDM-এর সঙ্গে শেয়ার: রাজি।</translation>
    </message>
    <message>
        <source>Sharing with ABDM: not agreed.</source>
        <translation>ABDM-এর সঙ্গে শেয়ার: রাজি নন।</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>রোগী নিজে</translation>
    </message>
    <message>
        <source>Consent given by {who}: {how}. Witness: {witness}, {when}.</source>
        <translation>সম্মতি দিয়েছেন: {who}; উপায়: {how}। সাক্ষী: {witness}, {when}।</translation>
    </message>
    <message>
        <source>Tap again to withdraw</source>
        <translation>প্রত্যাহার করতে আবার চাপুন</translation>
    </message>
    <message>
        <source>Withdraw only if the patient says so. The hub doctor will not be able to take this consult.</source>
        <translation>রোগী বললে তবেই প্রত্যাহার করুন। তখন হাবের ডাক্তার এই পরামর্শ নিতে পারবেন না।</translation>
    </message>
    <message>
        <source>The consent form went to the printer {printer}.</source>
        <translation>সম্মতি ফর্ম প্রিন্টার {printer}-এ পাঠানো হয়েছে।</translation>
    </message>
    <message>
        <source>No printer answered. Check the printer, then print the form again.</source>
        <translation>কোনো প্রিন্টার সাড়া দেয়নি। প্রিন্টারটি দেখে নিন, তারপর ফর্মটি আবার প্রিন্ট করুন।</translation>
    </message>
</context>
<context>
    <name>ConsentScriptCard</name>
    <message>
        <source>Read this to the patient, in {language}:</source>
        <translation>রোগীকে এটি {language} ভাষায় পড়ে শোনান:</translation>
    </message>
    <message>
        <source>The same in {language}, for you:</source>
        <translation>একই কথা {language} ভাষায়, আপনার জন্য:</translation>
    </message>
</context>
<context>
    <name>DeviceCard</name>
    <message>
        <source>Capture</source>
        <translation>রেকর্ড করুন</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>সংযোগ হচ্ছে…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>চালু</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>সিগন্যাল নেই</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>সংযোগ বিচ্ছিন্ন</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>খুলে ফেলা হয়েছে</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>চেনা যায়নি</translation>
    </message>
    <message>
        <source>Device disconnected. Values already captured are kept.</source>
        <translation>যন্ত্রের সংযোগ বিচ্ছিন্ন। আগে রেকর্ড করা মানগুলি রাখা আছে।</translation>
    </message>
    <message>
        <source>This device was not recognised. District IT can choose its driver.</source>
        <translation>এই যন্ত্রটি চেনা যায়নি। জেলা IT এর ড্রাইভার বেছে দিতে পারে।</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>বিপি (রক্তচাপ)</translation>
    </message>
    <message>
        <source>Recorded at {time}: {values}</source>
        <translation>{time}-এ রেকর্ড: {values}</translation>
    </message>
    <message>
        <source>Recorded, taken {when}: {values}</source>
        <translation>রেকর্ড হয়েছে, {when} নেওয়া: {values}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>যন্ত্র</translation>
    </message>
    <message>
        <source>Capture by itself when steady</source>
        <translation>স্থির হলে নিজে থেকে রেকর্ড করুন</translation>
    </message>
    <message>
        <source>No vitals device is connected. Plug one in, or type the values below.</source>
        <translation>কোনো ভাইটালস যন্ত্র লাগানো নেই। একটি লাগান, বা নিচে মান টাইপ করুন।</translation>
    </message>
    <message>
        <source>Probe problem</source>
        <translation>প্রোবে সমস্যা</translation>
    </message>
    <message>
        <source>Searching for pulse</source>
        <translation>পালস খোঁজা হচ্ছে</translation>
    </message>
    <message>
        <source>Finger out of the probe</source>
        <translation>আঙুল প্রোবের বাইরে</translation>
    </message>
    <message>
        <source>Sensor not connected</source>
        <translation>সেন্সর লাগানো নেই</translation>
    </message>
    <message>
        <source>Sensor off the patient</source>
        <translation>সেন্সর রোগীর গা থেকে সরে গেছে</translation>
    </message>
    <message>
        <source>Movement: keep the hand still</source>
        <translation>নড়াচড়া: হাত স্থির রাখুন</translation>
    </message>
    <message>
        <source>Signal lost</source>
        <translation>সিগন্যাল হারিয়ে গেছে</translation>
    </message>
    <message>
        <source>Weak pulse signal</source>
        <translation>পালসের সিগন্যাল দুর্বল</translation>
    </message>
    <message>
        <source>Low SpO2 alarm</source>
        <translation>কম SpO2 অ্যালার্ম</translation>
    </message>
    <message>
        <source>Weight settling…</source>
        <translation>ওজন স্থির হচ্ছে…</translation>
    </message>
    <message>
        <source>Scale overloaded</source>
        <translation>ওজন মেশিনে সীমার বেশি ভার</translation>
    </message>
    <message>
        <source>Control solution test, not a patient reading</source>
        <translation>কন্ট্রোল সলিউশন পরীক্ষা, রোগীর রিডিং নয়</translation>
    </message>
    <message>
        <source>Before a meal</source>
        <translation>খাওয়ার আগে</translation>
    </message>
    <message>
        <source>After a meal</source>
        <translation>খাওয়ার পরে</translation>
    </message>
    <message>
        <source>Above the meter&apos;s range</source>
        <translation>মিটারের সীমার উপরে</translation>
    </message>
    <message>
        <source>Below the meter&apos;s range</source>
        <translation>মিটারের সীমার নিচে</translation>
    </message>
    <message>
        <source>The meter marked this result as doubtful</source>
        <translation>মিটার এই ফলাফলটিকে সন্দেহজনক বলে চিহ্নিত করেছে</translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <source>Disk nearly full ({free} MB left): new photos are not taken, to keep room for patients&apos; records. Please tell district IT today.</source>
        <translation>ডিস্ক প্রায় ভর্তি ({free} MB বাকি): রোগীদের রেকর্ডের জায়গা রাখতে নতুন ছবি তোলা হচ্ছে না। দয়া করে আজই জেলা IT-কে জানান।</translation>
    </message>
    <message>
        <source>The disk is filling up ({free} MB left). Please tell district IT soon.</source>
        <translation>ডিস্ক ভরে আসছে ({free} MB বাকি)। দয়া করে শিগগির জেলা IT-কে জানান।</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>Photo not saved: the disk is nearly full, and the space left is kept for patients&apos; records. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ছবি সেভ হয়নি: ডিস্ক প্রায় ভর্তি, আর বাকি জায়গা রোগীদের রেকর্ডের জন্য রাখা আছে। কেস ও তার আগের ছবিগুলি নিরাপদ। দয়া করে জেলা IT-কে জানান।</translation>
    </message>
    <message>
        <source>Photo not saved: the disk is full. The case and its earlier photos are safe. Please tell district IT.</source>
        <translation>ছবি সেভ হয়নি: ডিস্ক ভর্তি। কেস ও তার আগের ছবিগুলি নিরাপদ। দয়া করে জেলা IT-কে জানান।</translation>
    </message>
    <message>
        <source>Records from the hub could not be saved: the disk is full. Nothing was lost; they will come again once there is room. Please tell district IT.</source>
        <translation>হাব থেকে আসা রেকর্ড সেভ করা গেল না: ডিস্ক ভর্তি। কিছুই হারায়নি; জায়গা হলেই সেগুলি আবার আসবে। দয়া করে জেলা IT-কে জানান।</translation>
    </message>
    <message>
        <source>Backup not made: the backup drive is full. Please tell district IT.</source>
        <translation>ব্যাকআপ হয়নি: ব্যাকআপ ড্রাইভ ভর্তি। দয়া করে জেলা IT-কে জানান।</translation>
    </message>
    <message>
        <source>Not saved: the kiosk&apos;s disk is full. Everything saved before is safe, and what you typed is still on the screen. Please tell district IT to make room, then save again.</source>
        <translation>সেভ হয়নি: কিয়স্কের ডিস্ক ভর্তি। আগে যা সেভ হয়েছে সব নিরাপদ, আর আপনি যা লিখেছেন তা এখনও স্ক্রিনে আছে। জেলা IT-কে জায়গা খালি করতে বলুন, তারপর আবার সেভ করুন।</translation>
    </message>
</context>
<context>
    <name>EncounterScreen</name>
    <message>
        <source>Case notes</source>
        <translation>কেসের বিবরণ</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>প্রধান সমস্যা</translation>
    </message>
    <message>
        <source>History</source>
        <translation>আগের ইতিহাস</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>বিবরণ সেভ করুন</translation>
    </message>
    <message>
        <source>Consult with the hub</source>
        <translation>হাবের সঙ্গে পরামর্শ</translation>
    </message>
    <message>
        <source>Choose specialty…</source>
        <translation>বিশেষজ্ঞতা বেছে নিন…</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>বিশেষজ্ঞতা</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>জরুরি</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>পর্যালোচনার জন্য পাঠান</translation>
    </message>
    <message>
        <source>No call needed: the specialist reads the case and answers in writing.</source>
        <translation>কলের দরকার নেই: বিশেষজ্ঞ কেস পড়ে লিখে উত্তর দেবেন।</translation>
    </message>
    <message>
        <source>Request consult</source>
        <translation>পরামর্শ চান</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>ভাইটালস</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>অভিভাবক: {name}</translation>
    </message>
    <message>
        <source>ABHA {number}</source>
        <translation>ABHA {number}</translation>
    </message>
    <message>
        <source>Opened {time}</source>
        <translation>{time}-এ খোলা হয়েছে</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>ভাষা: {language}</translation>
    </message>
    <message>
        <source>Sent for review. The specialist answers in writing; the answer prints here like any prescription.</source>
        <translation>পর্যালোচনার জন্য পাঠানো হয়েছে। বিশেষজ্ঞ লিখে উত্তর দেবেন; উত্তর অন্য প্রেসক্রিপশনের মতোই এখানে প্রিন্ট হবে।</translation>
    </message>
    <message>
        <source>Consult requested. The case goes to the hub as soon as the connection allows; you can keep adding vitals.</source>
        <translation>পরামর্শ চাওয়া হয়েছে। সংযোগ পেলেই কেসটি হাবে চলে যাবে; আপনি ভাইটালস যোগ করতে থাকতে পারেন।</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>{time}-এ সেভ হয়েছে</translation>
    </message>
</context>
<context>
    <name>FollowUpSlipPanel</name>
    <message>
        <source>Print follow-up slip</source>
        <translation>ফলো-আপ স্লিপ প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>No follow-up day on this prescription: no slip to print.</source>
        <translation>এই প্রেসক্রিপশনে আবার দেখানোর দিন নেই: প্রিন্ট করার মতো স্লিপ নেই।</translation>
    </message>
    <message>
        <source>Follow-up day: {day}</source>
        <translation>আবার দেখানোর দিন: {day}</translation>
    </message>
    <message>
        <source>Sending the follow-up slip to the printer…</source>
        <translation>ফলো-আপ স্লিপ প্রিন্টারে পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Could not make the follow-up slip: {error}</source>
        <translation>ফলো-আপ স্লিপ তৈরি করা গেল না: {error}</translation>
    </message>
    <message>
        <source>The follow-up slip is waiting at printer {printer}.</source>
        <translation>ফলো-আপ স্লিপ প্রিন্টার {printer}-এ অপেক্ষায় আছে।</translation>
    </message>
    <message>
        <source>Printing the follow-up slip on {printer}.</source>
        <translation>ফলো-আপ স্লিপ {printer}-এ প্রিন্ট হচ্ছে।</translation>
    </message>
    <message>
        <source>The follow-up slip is printed on {printer}.</source>
        <translation>ফলো-আপ স্লিপ {printer}-এ প্রিন্ট হয়েছে।</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The slip waits.</source>
        <translation>প্রিন্টার {printer} থেমে আছে: কাগজ ও বিদ্যুৎ দেখুন। স্লিপটি অপেক্ষা করছে।</translation>
    </message>
    <message>
        <source>Printer {printer} could not print the follow-up slip. Print it again.</source>
        <translation>প্রিন্টার {printer} ফলো-আপ স্লিপ প্রিন্ট করতে পারেনি। আবার প্রিন্ট করুন।</translation>
    </message>
    <message>
        <source>Not printed: no printer is chosen on this kiosk.</source>
        <translation>প্রিন্ট হয়নি: এই কিয়স্কে কোনো প্রিন্টার বেছে নেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>Not printed: the print service is not working.</source>
        <translation>প্রিন্ট হয়নি: প্রিন্ট পরিষেবা কাজ করছে না।</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not set up on this kiosk.</source>
        <translation>প্রিন্ট হয়নি: প্রিন্টার {printer} এই কিয়স্কে সেট আপ করা নেই।</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} refused the slip.</source>
        <translation>প্রিন্ট হয়নি: প্রিন্টার {printer} স্লিপটি নেয়নি।</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups due</source>
        <translation>বাকি ফলো-আপ</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>আজ কোনো ফলো-আপ নেই।</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>আজ আসার কথা</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} দিন দেরি</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Namaste, {name}</source>
        <translation>নমস্কার, {name}</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>আজকের কেস</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>রোগী</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>সমস্যা</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>No cases yet today. Find or register a patient to start one.</source>
        <translation>আজ এখনও কোনো কেস নেই। কেস শুরু করতে রোগী খুঁজুন বা নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <source>Find or register patient</source>
        <translation>রোগী খুঁজুন বা নথিভুক্ত করুন</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>মাসিক রিপোর্ট</translation>
    </message>
    <message>
        <source>CHO accounts</source>
        <translation>সিএইচও অ্যাকাউন্ট</translation>
    </message>
    <message>
        <source>(no complaint written yet)</source>
        <translation>(এখনও সমস্যা লেখা হয়নি)</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n}টি কেস</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Incoming video call</source>
        <translation>ভিডিও কল আসছে</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>প্রত্যাখ্যান করুন</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>উত্তর দিন</translation>
    </message>
    <message>
        <source>A hub specialist</source>
        <translation>হাবের একজন বিশেষজ্ঞ</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} কল করছেন</translation>
    </message>
    <message>
        <source>About {patient}. Answer with the patient beside you.</source>
        <translation>{patient} সম্পর্কে। রোগীকে পাশে বসিয়ে উত্তর দিন।</translation>
    </message>
    <message>
        <source>About a case waiting for the hub.</source>
        <translation>হাবের অপেক্ষায় থাকা একটি কেস সম্পর্কে।</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>সাইন ইন</translation>
    </message>
    <message>
        <source>Demo kiosk: sign in as &apos;{user}&apos; with PIN {pin}.</source>
        <translation>ডেমো কিয়স্ক: &apos;{user}&apos; হিসেবে পিন {pin} দিয়ে সাইন ইন করুন।</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>কে সাইন ইন করছেন?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>পিন</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>আগে আপনার নাম বেছে নিন।</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>আপনার পিন টাইপ করুন।</translation>
    </message>
    <message>
        <source>Could not check the PIN: {error}</source>
        <translation>পিন যাচাই করা গেল না: {error}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This account is locked until {time}. Ask another CHO to sign in, or wait.</source>
        <translation>অনেকবার ভুল পিন দেওয়া হয়েছে। এই অ্যাকাউন্ট {time} পর্যন্ত লক থাকবে। অন্য কোনো সিএইচও-কে সাইন ইন করতে বলুন, বা অপেক্ষা করুন।</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before the account locks for 5 minutes.</source>
        <translation>ভুল পিন। অ্যাকাউন্ট 5 মিনিটের জন্য লক হওয়ার আগে আর {count}বার চেষ্টা করা যাবে।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HWC Spoke Kiosk</source>
        <translation>HWC স্পোক কিয়স্ক</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>হোম</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>লক করুন</translation>
    </message>
    <message>
        <source>{n} refused by hub</source>
        <translation>হাব ফিরিয়ে দিয়েছে {n}টি</translation>
    </message>
    <message>
        <source>{n} waiting to send</source>
        <translation>পাঠানো বাকি {n}টি</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>সব পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>Could not save or read the kiosk&apos;s data: {error}. What was already saved is safe. If this repeats, call district IT.</source>
        <translation>কিয়স্কের ডেটা সেভ করা বা পড়া গেল না: {error}। যা আগে সেভ হয়েছে তা নিরাপদ। বারবার এমন হলে জেলা IT-কে ফোন করুন।</translation>
    </message>
    <message>
        <source>Something went wrong and was written to the log for district IT. What was already saved is safe.</source>
        <translation>কিছু একটা গোলমাল হয়েছে, জেলা IT-এর জন্য লগে লেখা হয়েছে। যা আগে সেভ হয়েছে তা নিরাপদ।</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>সমস্যা</translation>
    </message>
</context>
<context>
    <name>MemoryDownload</name>
    <message>
        <source>Read memory</source>
        <translation>মেমরি পড়ুন</translation>
    </message>
    <message>
        <source>Read the results stored in the device</source>
        <translation>যন্ত্রে রাখা ফলাফল পড়ুন</translation>
    </message>
    <message>
        <source>Asking the device for its memory…</source>
        <translation>যন্ত্রের কাছে তার মেমরি চাওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>The device cannot be asked now. Try again when it is live.</source>
        <translation>এখন যন্ত্রকে জিজ্ঞাসা করা যাবে না। যন্ত্র চালু হলে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} records so far</source>
        <translation>যন্ত্রের মেমরি পড়া হচ্ছে… এ পর্যন্ত {n}টি রেকর্ড</translation>
    </message>
    <message>
        <source>Reading the device&apos;s memory… {n} of {total} records</source>
        <translation>যন্ত্রের মেমরি পড়া হচ্ছে… {total}টির মধ্যে {n}টি রেকর্ড</translation>
    </message>
    <message>
        <source>The device&apos;s memory is empty.</source>
        <translation>যন্ত্রের মেমরি খালি।</translation>
    </message>
    <message>
        <source>Memory read: {n} records.</source>
        <translation>মেমরি পড়া হয়েছে: {n}টি রেকর্ড।</translation>
    </message>
    <message>
        <source>The device stopped after {n} of {total} records. Try again.</source>
        <translation>যন্ত্রটি {total}টির মধ্যে {n}টি রেকর্ডের পর থেমে গেছে। আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message>
        <source>Results stored in the device, newest first. Pick the one taken now:</source>
        <translation>যন্ত্রে রাখা ফলাফল, নতুনটি আগে। এখন নেওয়াটি বেছে নিন:</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>তবুও রেকর্ড করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>রেকর্ড হয়েছে</translation>
    </message>
    <message>
        <source>Not a patient result</source>
        <translation>রোগীর ফলাফল নয়</translation>
    </message>
    <message>
        <source>Cannot be recorded</source>
        <translation>রেকর্ড করা যাবে না</translation>
    </message>
    <message>
        <source>Record this</source>
        <translation>এটি রেকর্ড করুন</translation>
    </message>
    <message>
        <source>Today {time} · {age}</source>
        <translation>আজ {time} · {age}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>গতকাল {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>আজ {time}-এ</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>গতকাল {time}-এ</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} {time}-এ</translation>
    </message>
    <message>
        <source>ahead of the clinic clock</source>
        <translation>ক্লিনিকের ঘড়ির চেয়ে এগিয়ে</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} মিনিট আগে</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} ঘণ্টা আগে</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 দিন আগে</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} দিন আগে</translation>
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
        <translation>এই ফলাফলের সময় ({when}) ক্লিনিকের ঘড়ির চেয়ে এগিয়ে: যন্ত্রের ঘড়ি ভুল। এটি এই রোগীর এইমাত্র নেওয়া ফলাফল হলে তবেই রেকর্ড করুন, আর যন্ত্রের ঘড়ি ঠিক করুন।</translation>
    </message>
    <message>
        <source>This result is from {when}, not today. A device keeps old results, often another patient&apos;s. Record it only if it is this patient&apos;s, taken now.</source>
        <translation>এই ফলাফলটি {when} নেওয়া, আজকের নয়। যন্ত্র পুরোনো ফলাফল রেখে দেয়, প্রায়ই অন্য রোগীর। এটি এই রোগীর এবং এখনই নেওয়া হলে তবেই রেকর্ড করুন।</translation>
    </message>
    <message>
        <source>This result was taken {age} ({when}), not just now. Record it only if it is this patient&apos;s.</source>
        <translation>এই ফলাফলটি {age} ({when}) নেওয়া, এইমাত্র নয়। এটি এই রোগীর হলে তবেই রেকর্ড করুন।</translation>
    </message>
</context>
<context>
    <name>MonthlyReportScreen</name>
    <message>
        <source>January</source>
        <translation>জানুয়ারি</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ফেব্রুয়ারি</translation>
    </message>
    <message>
        <source>March</source>
        <translation>মার্চ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>এপ্রিল</translation>
    </message>
    <message>
        <source>May</source>
        <translation>মে</translation>
    </message>
    <message>
        <source>June</source>
        <translation>জুন</translation>
    </message>
    <message>
        <source>July</source>
        <translation>জুলাই</translation>
    </message>
    <message>
        <source>August</source>
        <translation>আগস্ট</translation>
    </message>
    <message>
        <source>September</source>
        <translation>সেপ্টেম্বর</translation>
    </message>
    <message>
        <source>October</source>
        <translation>অক্টোবর</translation>
    </message>
    <message>
        <source>November</source>
        <translation>নভেম্বর</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ডিসেম্বর</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>মাসিক রিপোর্ট</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>আগের মাস</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>পরের মাস</translation>
    </message>
    <message>
        <source>Save CSV and PDF</source>
        <translation>CSV ও PDF সেভ করুন</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>রিপোর্ট প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>None this month.</source>
        <translation>এ মাসে কিছু নেই।</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>রোগী</translation>
    </message>
    <message>
        <source>Patients seen</source>
        <translation>দেখা রোগী</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>নতুন নথিভুক্তি</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>খোলা কেস</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>মোট</translation>
    </message>
    <message>
        <source>Consults by specialty</source>
        <translation>বিশেষজ্ঞতা অনুযায়ী পরামর্শ</translation>
    </message>
    <message>
        <source>Vitals taken</source>
        <translation>নেওয়া ভাইটালস</translation>
    </message>
    <message>
        <source>Prescriptions and follow-ups</source>
        <translation>প্রেসক্রিপশন ও ফলো-আপ</translation>
    </message>
    <message>
        <source>Prescriptions received</source>
        <translation>পাওয়া প্রেসক্রিপশন</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>রেফারাল</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>বাকি ফলো-আপ</translation>
    </message>
    <message>
        <source>Follow-ups missed</source>
        <translation>না আসা ফলো-আপ</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder}-এ সেভ হয়েছে</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>প্রিন্টারে পাঠানো হয়েছে।</translation>
    </message>
    <message>
        <source>Could not print: the printer is not ready. The report is saved as a PDF.</source>
        <translation>প্রিন্ট করা গেল না: প্রিন্টার প্রস্তুত নয়। রিপোর্টটি PDF হিসেবে সেভ করা হয়েছে।</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>রিপোর্ট সেভ করা গেল না।</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <source>Camera is off</source>
        <translation>ক্যামেরা বন্ধ আছে</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ক্যামেরা</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>ক্যামেরা চালু করুন</translation>
    </message>
    <message>
        <source>Patient photo</source>
        <translation>রোগীর ছবি</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>ক্লিনিক্যাল ছবি</translation>
    </message>
    <message>
        <source>No camera found. Connect a USB webcam, then open this case again.</source>
        <translation>কোনো ক্যামেরা পাওয়া যায়নি। একটি USB ওয়েবক্যাম লাগান, তারপর এই কেসটি আবার খুলুন।</translation>
    </message>
    <message>
        <source>The camera could not be started. Check its cable, or choose another.</source>
        <translation>ক্যামেরা চালু করা গেল না। এর কেবল দেখুন, বা অন্য একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>ক্যামেরা বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>PlethWave</name>
    <message>
        <source>Pulse wave</source>
        <translation>পালসের তরঙ্গ</translation>
    </message>
</context>
<context>
    <name>PrescriptionPanel</name>
    <message>
        <source>Prescription</source>
        <translation>প্রেসক্রিপশন</translation>
    </message>
    <message>
        <source>A prescription for this case was refused. {reason}</source>
        <translation>এই কেসের একটি প্রেসক্রিপশন বাতিল হয়েছে। {reason}</translation>
    </message>
</context>
<context>
    <name>PrescriptionScreen</name>
    <message>
        <source>Prescription</source>
        <translation>প্রেসক্রিপশন</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>কেসে ফিরে যান</translation>
    </message>
    <message>
        <source>Print for the patient</source>
        <translation>রোগীর জন্য প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>কাগজ</translation>
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
        <translation>80 মিমি</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>Signed by the hub and checked by this kiosk. It cannot be changed here; the QR code lets a pharmacist check it.</source>
        <translation>হাবের স্বাক্ষর করা এবং এই কিয়স্কে যাচাই করা। এখানে এটি বদলানো যায় না; QR কোড দিয়ে ফার্মাসিস্ট এটি যাচাই করতে পারেন।</translation>
    </message>
    <message>
        <source>Prescription for {name}</source>
        <translation>{name}-এর প্রেসক্রিপশন</translation>
    </message>
    <message>
        <source>{doctor}, {hub}. {count} medicines.</source>
        <translation>{doctor}, {hub}। {count}টি ওষুধ।</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>আবার প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>{date} {time}: {state}</source>
        <translation>{date} {time}: {state}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>এখনও প্রিন্ট হয়নি।</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>প্রিন্টারে পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>প্রিন্ট করা গেল না: {error}</translation>
    </message>
    <message>
        <source>Waiting at printer {printer}</source>
        <translation>প্রিন্টার {printer}-এ অপেক্ষায়</translation>
    </message>
    <message>
        <source>Printing on {printer}</source>
        <translation>{printer}-এ প্রিন্ট হচ্ছে</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>{printer}-এ প্রিন্ট হয়েছে</translation>
    </message>
    <message>
        <source>Printer {printer} has stopped: check paper and power. The job waits.</source>
        <translation>প্রিন্টার {printer} থেমে আছে: কাগজ ও বিদ্যুৎ দেখুন। প্রিন্টের কাজ অপেক্ষা করছে।</translation>
    </message>
    <message>
        <source>Printer {printer} could not print it. Print again.</source>
        <translation>প্রিন্টার {printer} এটি প্রিন্ট করতে পারেনি। আবার প্রিন্ট করুন।</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>প্রিন্ট হয়নি: {reason}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Patient record</source>
        <translation>রোগীর রেকর্ড</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>কেস</translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation>ভাইটাল</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>ছবি</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Refused by the hub</source>
        <translation>হাব ফিরিয়ে দিয়েছে</translation>
    </message>
    <message>
        <source>Changes the hub refused</source>
        <translation>হাব যে পরিবর্তনগুলি ফিরিয়ে দিয়েছে</translation>
    </message>
    <message>
        <source>These changes are kept safe on this kiosk. Only what depends on them waits; everything else keeps going to the hub. Tell district IT the reason shown; after they fix it, press Try again.</source>
        <translation>এই পরিবর্তনগুলি এই কিয়স্কে নিরাপদে রাখা আছে। শুধু এগুলির উপর নির্ভরশীল জিনিসগুলি অপেক্ষা করছে; বাকি সব হাবে যেতে থাকবে। দেখানো কারণটি জেলা IT-কে জানান; তাঁরা ঠিক করার পরে &quot;আবার চেষ্টা করুন&quot; টিপুন।</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>রেকর্ডের সময়</translation>
    </message>
    <message>
        <source>What</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>চেষ্টা</translation>
    </message>
    <message>
        <source>Nothing is refused.</source>
        <translation>কিছুই ফিরিয়ে দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyScreen</name>
    <message>
        <source>Recovery key for this kiosk&apos;s records</source>
        <translation>এই কিয়স্কের রেকর্ডের রিকভারি কী</translation>
    </message>
    <message>
        <source>The records on this kiosk are locked with a key kept inside this terminal. If the terminal breaks or is replaced, only this recovery key can open them again.</source>
        <translation>এই কিয়স্কের রেকর্ডগুলি এই কম্পিউটারের ভিতরে রাখা একটি কী দিয়ে তালাবন্ধ। কম্পিউটারটি খারাপ হলে বা বদলানো হলে, শুধু এই রিকভারি কী দিয়েই সেগুলি আবার খোলা যাবে।</translation>
    </message>
    <message>
        <source>Write it down on paper now, exactly as shown, and give the paper to district IT. Keep it away from this terminal: whoever has both the terminal and this key can read every record.</source>
        <translation>এখনই এটি কাগজে ঠিক যেমন দেখাচ্ছে তেমনই লিখে নিন, আর কাগজটি জেলা IT-কে দিন। কাগজটি এই কম্পিউটারের কাছে রাখবেন না: যার কাছে কম্পিউটার আর এই কী দুটোই থাকবে, সে সব রেকর্ড পড়তে পারবে।</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the key, as you wrote it down</source>
        <translation>নিশ্চিত করতে, যেমন লিখেছেন তেমনই কী-এর শেষ দলটি টাইপ করুন</translation>
    </message>
    <message>
        <source>{count} groups of 4 letters and digits; the last one is group {count}</source>
        <translation>4টি অক্ষর ও সংখ্যার {count}টি দল; শেষটি {count} নম্বর দল</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>আমি এটি লিখে নিয়েছি</translation>
    </message>
    <message>
        <source>That is not the last group of the key. Check what you wrote against the screen, then type the last group again.</source>
        <translation>এটি কী-এর শেষ দল নয়। যা লিখেছেন তা স্ক্রিনের সঙ্গে মিলিয়ে দেখুন, তারপর শেষ দলটি আবার টাইপ করুন।</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Correct patient details</source>
        <translation>রোগীর তথ্য সংশোধন করুন</translation>
    </message>
    <message>
        <source>Register a patient</source>
        <translation>রোগী নথিভুক্ত করুন</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>পুরো নাম *</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>মহিলা</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>পুরুষ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>অন্যান্য</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>লিঙ্গ *</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>বয়স (বছর)</translation>
    </message>
    <message>
        <source>or date of birth:</source>
        <translation>অথবা জন্মতারিখ:</translation>
    </message>
    <message>
        <source>Age in years *</source>
        <translation>বয়স (বছর) *</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>মোবাইল নম্বর</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10টি সংখ্যা</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>বাবা বা স্বামীর নাম</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA নম্বর</translation>
    </message>
    <message>
        <source>14 digits, from the ABHA card</source>
        <translation>14টি সংখ্যা, ABHA কার্ড থেকে</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA ঠিকানা</translation>
    </message>
    <message>
        <source>like name@abdm</source>
        <translation>যেমন name@abdm</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <source>District</source>
        <translation>জেলা</translation>
    </message>
    <message>
        <source>State</source>
        <translation>রাজ্য</translation>
    </message>
    <message>
        <source>Patient&apos;s language</source>
        <translation>রোগীর ভাষা</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সেভ করুন</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>পরিবর্তন সেভ করুন</translation>
    </message>
    <message>
        <source>Save and start case</source>
        <translation>সেভ করে কেস শুরু করুন</translation>
    </message>
</context>
<context>
    <name>ScanCardButton</name>
    <message>
        <source>Scan ABHA card</source>
        <translation>ABHA কার্ড স্ক্যান করুন</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a patient</source>
        <translation>রোগী খুঁজুন</translation>
    </message>
    <message>
        <source>Register new patient</source>
        <translation>নতুন রোগী নথিভুক্ত করুন</translation>
    </message>
    <message>
        <source>Name, phone, ABHA number or village</source>
        <translation>নাম, ফোন, ABHA নম্বর বা গ্রাম</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>রোগী খুঁজুন</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>মিলে যাওয়া রোগী</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>কোনো রোগী বাছা হয়নি</translation>
    </message>
    <message>
        <source>Start new case</source>
        <translation>নতুন কেস শুরু করুন</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>তথ্য সংশোধন করুন</translation>
    </message>
    <message>
        <source>No patient matches &apos;{text}&apos;. Check the spelling, try the phone number, or register a new patient.</source>
        <translation>&apos;{text}&apos;-এর সঙ্গে কোনো রোগী মেলেনি। বানান দেখুন, ফোন নম্বর দিয়ে খুঁজুন, বা নতুন রোগী নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <source>No patients registered yet.</source>
        <translation>এখনও কোনো রোগী নথিভুক্ত হয়নি।</translation>
    </message>
    <message>
        <source>Search above, then choose a patient to start a case.</source>
        <translation>উপরে খুঁজুন, তারপর কেস শুরু করতে একজন রোগী বেছে নিন।</translation>
    </message>
    <message>
        <source>Age / sex</source>
        <translation>বয়স / লিঙ্গ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>অভিভাবক</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
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
        <translation>স্বাগতম</translation>
    </message>
    <message>
        <source>This kiosk has no accounts yet. Create the first one; it can add the other CHOs later.</source>
        <translation>এই কিয়স্কে এখনও কোনো অ্যাকাউন্ট নেই। প্রথমটি তৈরি করুন; পরে সেটি থেকে অন্য সিএইচও-দের যোগ করা যাবে।</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>পুরো নাম</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ইউজার নাম</translation>
    </message>
    <message>
        <source>English letters, like sunita</source>
        <translation>ইংরেজি অক্ষরে, যেমন sunita</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>পিন (4 থেকে 8 সংখ্যা)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>আবার পিন</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>অ্যাকাউন্ট তৈরি করুন</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>দুটি পিন এক নয়।</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>ম</translation>
    </message>
    <message>
        <source>M</source>
        <translation>পু</translation>
    </message>
    <message>
        <source>O</source>
        <translation>অ</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>under a minute</source>
        <translation>এক মিনিটের কম</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} মিনিট</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ঘণ্টা</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} দিন</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Hub sync</source>
        <translation>হাব সিঙ্ক</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>দেখুন</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>এখনই সিঙ্ক করুন</translation>
    </message>
    <message>
        <source>Synced: everything recorded has reached the hub.</source>
        <translation>সিঙ্ক হয়েছে: যা রেকর্ড হয়েছে সব হাবে পৌঁছেছে।</translation>
    </message>
    <message>
        <source>Nothing else waiting to be sent.</source>
        <translation>পাঠানোর মতো আর কিছু বাকি নেই।</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n}টি পরিবর্তন পাঠানো বাকি</translation>
    </message>
    <message>
        <source>Oldest waiting for {age}</source>
        <translation>সবচেয়ে পুরনোটি {age} ধরে অপেক্ষা করছে</translation>
    </message>
    <message>
        <source>Not synced with the hub yet</source>
        <translation>এখনও হাবের সঙ্গে সিঙ্ক হয়নি</translation>
    </message>
    <message>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>শেষ সফল সিঙ্ক: {time} ({age} আগে)</translation>
    </message>
    <message>
        <source>{n} changes were refused by the hub and need attention.</source>
        <translation>{n}টি পরিবর্তন হাব ফিরিয়ে দিয়েছে, সেগুলি দেখা দরকার।</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>নথিভুক্ত নয়</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>সিঙ্ক হচ্ছে…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>অফলাইন</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>মনোযোগ দিন</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>সংযোগ হচ্ছে…</translation>
    </message>
    <message>
        <source>Online · Synced</source>
        <translation>অনলাইন · সিঙ্ক হয়েছে</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>অনলাইন</translation>
    </message>
    <message>
        <source>This kiosk could not enroll with the hub: {reason}. Everything is kept here; district IT can give a new code.</source>
        <translation>এই কিয়স্ক হাবে নথিভুক্ত হতে পারেনি: {reason}। সব কিছু এখানেই রাখা আছে; জেলা IT নতুন কোড দিতে পারে।</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a hub yet. Everything is kept here; district IT enrolls it with a one-time code.</source>
        <translation>এই কিয়স্ক এখনও কোনো হাবে নথিভুক্ত নয়। সব কিছু এখানেই রাখা আছে; জেলা IT একবারের একটি কোড দিয়ে এটি নথিভুক্ত করবে।</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Keep working: everything is saved on this kiosk and sent when the connection returns.</source>
        <translation>হাবের সঙ্গে যোগাযোগ করা যাচ্ছে না। কাজ চালিয়ে যান: সব কিছু এই কিয়স্কে সেভ হচ্ছে এবং সংযোগ ফিরলে পাঠানো হবে।</translation>
    </message>
    <message>
        <source>Next try at {time}.</source>
        <translation>পরের চেষ্টা {time}-এ।</translation>
    </message>
    <message>
        <source>The last sync did not finish; it will be tried again.</source>
        <translation>শেষ সিঙ্ক শেষ হয়নি; আবার চেষ্টা করা হবে।</translation>
    </message>
    <message>
        <source>Sending changes: %v of %m</source>
        <translation>পরিবর্তন পাঠানো হচ্ছে: %m-এর মধ্যে %v</translation>
    </message>
    <message>
        <source>Receiving from the hub: %v</source>
        <translation>হাব থেকে আসছে: %v</translation>
    </message>
    <message>
        <source>Sending photos: %v of %m</source>
        <translation>ছবি পাঠানো হচ্ছে: %m-এর মধ্যে %v</translation>
    </message>
    <message>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB-এর মধ্যে {done:.1f} MB</translation>
    </message>
    <message>
        <source>Sync could not run: {error}</source>
        <translation>সিঙ্ক চালানো গেল না: {error}</translation>
    </message>
</context>
<context>
    <name>VitalRow</name>
    <message>
        <source>sys</source>
        <translation>উপরের</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>নিচের</translation>
    </message>
    <message>
        <source>fasting</source>
        <translation>খালি পেটে</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>রেকর্ড করুন</translation>
    </message>
    <message>
        <source>device</source>
        <translation>যন্ত্র</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>হাতে লেখা</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>হিসাব করা</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>সংশোধন করুন</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.</source>
        <translation>ABHA নম্বরে 14টি সংখ্যা থাকে, যেমন 12-3456-7890-1234। {count}টি সংখ্যা দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>An ABHA address looks like name@abdm: 4 to 32 letters or digits (a dot or underscore may join them), then @abdm.</source>
        <translation>ABHA ঠিকানা name@abdm-এর মতো হয়: 4 থেকে 32টি অক্ষর বা সংখ্যা (মাঝে বিন্দু বা আন্ডারস্কোর থাকতে পারে), তারপর @abdm।</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 English letters or digits and starts with a letter.</source>
        <translation>ইউজার নামে 3 থেকে 32টি ইংরেজি অক্ষর বা সংখ্যা থাকে এবং এটি অক্ষর দিয়ে শুরু হয়।</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>পিনে 4 থেকে 8টি সংখ্যা থাকে।</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (like 1111 or 1234). Choose another.</source>
        <translation>এই পিন সহজেই আন্দাজ করা যায় (যেমন 1111 বা 1234)। অন্য একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>খসড়া</translation>
    </message>
    <message>
        <source>Waiting for hub</source>
        <translation>হাবের অপেক্ষায়</translation>
    </message>
    <message>
        <source>In consult</source>
        <translation>পরামর্শ চলছে</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>প্রেসক্রিপশন এসেছে</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>General medicine</source>
        <translation>জেনারেল মেডিসিন</translation>
    </message>
    <message>
        <source>Paediatrics</source>
        <translation>শিশুরোগ</translation>
    </message>
    <message>
        <source>Obstetrics and gynaecology</source>
        <translation>প্রসূতি ও স্ত্রীরোগ</translation>
    </message>
    <message>
        <source>Skin (dermatology)</source>
        <translation>চর্মরোগ</translation>
    </message>
    <message>
        <source>Ear, nose and throat</source>
        <translation>নাক, কান, গলা</translation>
    </message>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>চক্ষুরোগ</translation>
    </message>
    <message>
        <source>Mental health (psychiatry)</source>
        <translation>মানসিক স্বাস্থ্য</translation>
    </message>
    <message>
        <source>Bones and joints (orthopaedics)</source>
        <translation>হাড় ও গাঁট (অর্থোপেডিক্স)</translation>
    </message>
    <message>
        <source>Heart (cardiology)</source>
        <translation>হৃদরোগ</translation>
    </message>
    <message>
        <source>Teeth (dental)</source>
        <translation>দাঁতের রোগ</translation>
    </message>
    <message>
        <source>Teleconsultation with a hub doctor</source>
        <translation>হাবের ডাক্তারের সঙ্গে টেলিপরামর্শ</translation>
    </message>
    <message>
        <source>Sharing this record with ABDM</source>
        <translation>এই রেকর্ড ABDM-এর সঙ্গে শেয়ার করা</translation>
    </message>
    <message>
        <source>Said yes aloud (verbal)</source>
        <translation>মুখে হ্যাঁ বলেছেন (মৌখিক)</translation>
    </message>
    <message>
        <source>Thumbprint on the printed form</source>
        <translation>প্রিন্ট করা ফর্মে টিপসই</translation>
    </message>
    <message>
        <source>Signature on the printed form</source>
        <translation>প্রিন্ট করা ফর্মে সই</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>মা</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>বাবা</translation>
    </message>
    <message>
        <source>Husband or wife</source>
        <translation>স্বামী বা স্ত্রী</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>ছেলে</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>মেয়ে</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>ভাই</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>বোন</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>ঠাকুরদা/ঠাকুমা বা দাদু/দিদিমা</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>আইনি অভিভাবক</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>অন্য আত্মীয়</translation>
    </message>
    <message>
        <source>Say who gives consent.</source>
        <translation>কে সম্মতি দিচ্ছেন তা বলুন।</translation>
    </message>
    <message>
        <source>The patient is under {age}: a parent or guardian must give consent.</source>
        <translation>রোগীর বয়স {age} বছরের কম: সম্মতি বাবা-মা বা অভিভাবককেই দিতে হবে।</translation>
    </message>
    <message>
        <source>Write the name of the guardian who consents.</source>
        <translation>সম্মতি দেওয়া অভিভাবকের নাম লিখুন।</translation>
    </message>
    <message>
        <source>Please keep this under {max} characters.</source>
        <translation>দয়া করে এটি {max}টি অক্ষরের কম রাখুন।</translation>
    </message>
    <message>
        <source>Choose how the guardian is related to the patient.</source>
        <translation>অভিভাবক রোগীর কে হন তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>কীভাবে সম্মতি দেওয়া হয়েছে তা বেছে নিন।</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>এই সম্মতি আগেই প্রত্যাহার করা হয়েছে।</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to a teleconsultation before requesting a consult.</source>
        <translation>পরামর্শ চাওয়ার আগে টেলিপরামর্শের জন্য রোগীর সম্মতি রেকর্ড করুন।</translation>
    </message>
    <message>
        <source>The patient withdrew consent to a teleconsultation: the consult cannot go ahead.</source>
        <translation>রোগী টেলিপরামর্শের সম্মতি প্রত্যাহার করেছেন: পরামর্শ হবে না।</translation>
    </message>
    <message>
        <source>This case was already sent to the hub; its notes can no longer change.</source>
        <translation>এই কেসটি আগেই হাবে পাঠানো হয়েছে; এর বিবরণ আর বদলানো যাবে না।</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{wanted}&apos;.</source>
        <translation>&apos;{current}&apos; অবস্থার কেস &apos;{wanted}&apos; হতে পারে না।</translation>
    </message>
    <message>
        <source>Write the chief complaint before requesting a consult.</source>
        <translation>পরামর্শ চাওয়ার আগে প্রধান সমস্যা লিখুন।</translation>
    </message>
    <message>
        <source>Choose the specialty to consult.</source>
        <translation>পরামর্শের জন্য বিশেষজ্ঞতা বেছে নিন।</translation>
    </message>
    <message>
        <source>Type a number, like 98 or 36.8.</source>
        <translation>একটি সংখ্যা টাইপ করুন, যেমন 98 বা 36.8।</translation>
    </message>
    <message>
        <source>Blood pressure needs both systolic and diastolic.</source>
        <translation>বিপির জন্য উপরের (সিস্টোলিক) ও নিচের (ডায়াস্টোলিক) দুটিই লাগবে।</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.</source>
        <translation>মোবাইল নম্বরে 10টি সংখ্যা থাকে এবং এটি 6, 7, 8 বা 9 দিয়ে শুরু হয়, যেমন 9876543210।</translation>
    </message>
    <message>
        <source>A name has 2 to 80 letters, in any Indian script or in English letters; spaces, dots and hyphens are allowed, digits are not.</source>
        <translation>নামে 2 থেকে 80টি অক্ষর থাকে, যেকোনো ভারতীয় লিপিতে বা ইংরেজি অক্ষরে; ফাঁকা জায়গা, বিন্দু ও হাইফেন চলবে, সংখ্যা চলবে না।</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>জন্মতারিখ ভবিষ্যতের হতে পারে না।</translation>
    </message>
    <message>
        <source>The date of birth is more than {max} years ago. Please check it.</source>
        <translation>জন্মতারিখ {max} বছরেরও আগের। দয়া করে দেখে নিন।</translation>
    </message>
    <message>
        <source>Give the date of birth or the age in years.</source>
        <translation>জন্মতারিখ বা বয়স (বছর) লিখুন।</translation>
    </message>
    <message>
        <source>Age is a whole number of years from 0 to {max}.</source>
        <translation>বয়স 0 থেকে {max}-এর মধ্যে পূর্ণ বছরে লিখুন।</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>মহিলা, পুরুষ বা অন্যান্য বেছে নিন।</translation>
    </message>
    <message>
        <source>The prescription has no {item}.</source>
        <translation>প্রেসক্রিপশনে {item} নেই।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} has the wrong kind of value.</source>
        <translation>প্রেসক্রিপশনে {item}-এর মান সঠিক ধরনের নয়।</translation>
    </message>
    <message>
        <source>The prescription has an unknown field: {item}.</source>
        <translation>প্রেসক্রিপশনে একটি অজানা অংশ আছে: {item}।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is longer than {max} characters.</source>
        <translation>প্রেসক্রিপশনে {item} {max}টি অক্ষরের চেয়ে লম্বা।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} is not a date like 2026-11-20 (or a time with its offset).</source>
        <translation>প্রেসক্রিপশনে {item} 2026-11-20-এর মতো তারিখ (বা অফসেট সহ সময়) নয়।</translation>
    </message>
    <message>
        <source>The prescription lists more than {max} {item}.</source>
        <translation>প্রেসক্রিপশনে {max}-এর বেশি {item} আছে।</translation>
    </message>
    <message>
        <source>The prescription has no medicines and no advice.</source>
        <translation>প্রেসক্রিপশনে কোনো ওষুধ বা পরামর্শ নেই।</translation>
    </message>
    <message>
        <source>The patient&apos;s age must be a whole number from 0 to {max}.</source>
        <translation>রোগীর বয়স 0 থেকে {max}-এর মধ্যে একটি পূর্ণ সংখ্যা হতে হবে।</translation>
    </message>
    <message>
        <source>The prescription&apos;s {item} must be one of: {allowed}.</source>
        <translation>প্রেসক্রিপশনে {item} এগুলির একটি হতে হবে: {allowed}।</translation>
    </message>
    <message>
        <source>It is not a prescription this kiosk can read. Ask the hub to send it again.</source>
        <translation>এটি এমন প্রেসক্রিপশন নয় যা এই কিয়স্ক পড়তে পারে। হাবকে আবার পাঠাতে বলুন।</translation>
    </message>
    <message>
        <source>Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.</source>
        <translation>কিছু তথ্য নেই বা ভুল, তাই এটি প্রিন্ট করা যাবে না। হাবকে আবার পাঠাতে বলুন।</translation>
    </message>
    <message>
        <source>This kiosk has no hub key to check signatures with. Call district IT to enroll it.</source>
        <translation>স্বাক্ষর যাচাই করার জন্য এই কিয়স্কের কাছে হাবের চাবি নেই। এটি নথিভুক্ত করতে জেলা IT-কে ফোন করুন।</translation>
    </message>
    <message>
        <source>It was signed with a key this kiosk does not know, so it may not come from the hub. Do not use it; call district IT.</source>
        <translation>এতে এমন চাবি দিয়ে স্বাক্ষর করা হয়েছে যা এই কিয়স্ক চেনে না, তাই এটি হয়তো হাব থেকে আসেনি। এটি ব্যবহার করবেন না; জেলা IT-কে ফোন করুন।</translation>
    </message>
    <message>
        <source>Its signature does not match: it was changed after the specialist signed it, or it does not come from the hub. Do not use it; ask the hub to send it again.</source>
        <translation>এর স্বাক্ষর মিলছে না: বিশেষজ্ঞ স্বাক্ষর করার পরে এটি বদলানো হয়েছে, বা এটি হাব থেকে আসেনি। এটি ব্যবহার করবেন না; হাবকে আবার পাঠাতে বলুন।</translation>
    </message>
    <message>
        <source>It is for a case that is not on this kiosk. Call district IT.</source>
        <translation>এটি এমন একটি কেসের, যা এই কিয়স্কে নেই। জেলা IT-কে ফোন করুন।</translation>
    </message>
    <message>
        <source>It names a different patient from the case it belongs to. Call the hub.</source>
        <translation>এতে কেসের রোগীর বদলে অন্য রোগীর নাম আছে। হাবকে ফোন করুন।</translation>
    </message>
    <message>
        <source>A different prescription with the same number is already stored. Call the hub.</source>
        <translation>একই নম্বরের অন্য একটি প্রেসক্রিপশন আগেই রাখা আছে। হাবকে ফোন করুন।</translation>
    </message>
    <message>
        <source>{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.</source>
        <translation>{label} {value} {unit} সম্ভব নয়। সঠিক সীমা: {low} থেকে {high} {unit}।</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2 (অক্সিজেন)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>পালস</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>হার্ট রেট</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>উপরের বিপি</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>নিচের বিপি</translation>
    </message>
    <message>
        <source>Mean pressure</source>
        <translation>গড় চাপ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>তাপমাত্রা</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>শ্বাসের হার</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ওজন</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>উচ্চতা</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>বিএমআই</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>ব্লাড সুগার</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>খালি পেটে সুগার</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>বিপি (রক্তচাপ)</translation>
    </message>
    <message>
        <source>Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).</source>
        <translation>উপরের বিপি ({systolic}) নিচের বিপি ({diastolic})-এর চেয়ে বেশি হতে হবে।</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>ইউজার নাম {name} আগেই নেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>A patient with this ABHA number is already registered. Search for them instead.</source>
        <translation>এই ABHA নম্বরের রোগী আগেই নথিভুক্ত আছেন। তার বদলে তাঁকে খুঁজুন।</translation>
    </message>
    <message>
        <source>The photo of the form is not of this case.</source>
        <translation>ফর্মের এই ছবিটি এই কেসের নয়।</translation>
    </message>
    <message>
        <source>There is no consent to withdraw.</source>
        <translation>প্রত্যাহার করার মতো কোনো সম্মতি নেই।</translation>
    </message>
</context>
</TS>
