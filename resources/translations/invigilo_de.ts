<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../client/ui/texts.py" line="51"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="52"/>
        <source>64-bit system</source>
        <translation>64-Bit-System</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="53"/>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="54"/>
        <source>Processor cores</source>
        <translation>Prozessorkerne</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="55"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="56"/>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="57"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="58"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="59"/>
        <source>Network response time</source>
        <translation>Antwortzeit des Netzwerks</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="60"/>
        <source>Upload speed</source>
        <translation>Upload-Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="61"/>
        <source>Computer clock</source>
        <translation>Uhrzeit des Computers</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="62"/>
        <source>Displays</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="63"/>
        <source>Screen recording</source>
        <translation>Bildschirmaufnahme</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="64"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="65"/>
        <source>Remote access</source>
        <translation>Fernzugriff</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="66"/>
        <source>Programs not allowed</source>
        <translation>Nicht erlaubte Programme</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="67"/>
        <source>Virtual camera or microphone</source>
        <translation>Virtuelle Kamera oder virtuelles Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="78"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="79"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="80"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="81"/>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="82"/>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="83"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="84"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="39"/>
        <source>What to do: {remedy}</source>
        <translation>Was Sie tun können: {remedy}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="55"/>
        <source>Checking your computer</source>
        <translation>Ihr Computer wird geprüft</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="56"/>
        <source>This takes up to a minute. Keep the camera uncovered and say something so the microphone hears you.</source>
        <translation>Das dauert bis zu einer Minute. Lassen Sie die Kamera frei und sprechen Sie etwas, damit das Mikrofon Sie hört.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="59"/>
        <source>System check progress</source>
        <translation>Fortschritt der Systemprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="62"/>
        <source>System check result</source>
        <translation>Ergebnis der Systemprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="72"/>
        <source>Results of each check</source>
        <translation>Ergebnisse der einzelnen Prüfungen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="74"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="75"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="103"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="134"/>
        <source>Everything is ready.</source>
        <translation>Alles ist bereit.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="136"/>
        <source>Ready, with warnings: you can continue, but fixing them makes the exam go more smoothly.</source>
        <translation>Bereit, mit Warnungen: Sie können weitermachen, aber wenn Sie die Hinweise beheben, läuft die Prüfung reibungsloser.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="139"/>
        <source>Some problems must be fixed before the exam. Follow the advice below, then press Check again.</source>
        <translation>Einige Probleme müssen vor der Prüfung behoben werden. Folgen Sie den Hinweisen unten und drücken Sie dann „Erneut prüfen“.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="142"/>
        <source>Some problems were found. This is a practice exam, so you can continue anyway and see the rest.</source>
        <translation>Es wurden Probleme gefunden. Dies ist eine Übungsprüfung, Sie können trotzdem weitermachen und den Rest ansehen.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="15"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="24"/>
        <source>&lt;b&gt;What is recorded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was aufgezeichnet wird&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="26"/>
        <source>&lt;b&gt;Who can see it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer es sehen kann&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="27"/>
        <source>&lt;b&gt;How long it is kept&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie lange es aufbewahrt wird&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="29"/>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fragen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="37"/>
        <source>Candidate number</source>
        <translation>Kandidatennummer</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="38"/>
        <source>as given by your institution</source>
        <translation>wie von Ihrer Hochschule angegeben</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="41"/>
        <source>Candidate &amp;number:</source>
        <translation>Kandidaten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="44"/>
        <source>I have read this and &amp;agree to be recorded during the exam</source>
        <translation>Ich habe dies gelesen und bin &amp;einverstanden, während der Prüfung aufgezeichnet zu werden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="46"/>
        <source>I agree to be recorded</source>
        <translation>Ich bin mit der Aufzeichnung einverstanden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="54"/>
        <source>Welcome to {title}</source>
        <translation>Willkommen zu: {title}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="57"/>
        <source>{institution} uses Invigilo to supervise this exam. The exam lasts {minutes} minutes. First we check your computer, camera and microphone and take two photos; this takes about five minutes.</source>
        <translation>{institution} beaufsichtigt diese Prüfung mit Invigilo. Die Prüfung dauert {minutes} Minuten. Zuerst prüfen wir Ihren Computer, Ihre Kamera und Ihr Mikrofon und machen zwei Fotos; das dauert etwa fünf Minuten.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="64"/>
        <source>your camera</source>
        <translation>Ihre Kamera</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="66"/>
        <source>your microphone</source>
        <translation>Ihr Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="68"/>
        <source>your screen</source>
        <translation>Ihr Bildschirm</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="70"/>
        <source>a photo of you and of your ID card</source>
        <translation>ein Foto von Ihnen und Ihrem Ausweis</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="73"/>
        <source>{days} days, then it is deleted.</source>
        <translation>{days} Tage, danach wird es gelöscht.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../client/ui/texts.py" line="39"/>
        <source>No camera picture: check that the camera is connected, not covered, and not used by another program (close video-call apps).</source>
        <translation>Kein Kamerabild: Prüfen Sie, ob die Kamera angeschlossen und nicht abgedeckt ist und ob kein anderes Programm sie benutzt (schließen Sie Videokonferenz-Apps).</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="42"/>
        <source>The microphone cannot be opened: check that it is connected and that this app may use it (system privacy settings).</source>
        <translation>Das Mikrofon lässt sich nicht öffnen: Prüfen Sie, ob es angeschlossen ist und ob diese App es benutzen darf (Datenschutzeinstellungen des Systems).</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="20"/>
        <source>Camera and microphone</source>
        <translation>Kamera und Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="21"/>
        <source>Sit where you will sit during the exam. Your face should be in the middle of the picture. Then say a few words: the bar below should move.</source>
        <translation>Setzen Sie sich so hin wie während der Prüfung. Ihr Gesicht sollte in der Mitte des Bildes sein. Sagen Sie dann ein paar Worte: Der Balken unten sollte sich bewegen.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="26"/>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="27"/>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="30"/>
        <location filename="../../client/ui/pages/devices.py" line="31"/>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="81"/>
        <source>✓ Camera works.</source>
        <translation>✓ Die Kamera funktioniert.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="82"/>
        <source>Waiting for the camera picture…</source>
        <translation>Warte auf das Kamerabild…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="84"/>
        <source>✓ The microphone hears you.</source>
        <translation>✓ Das Mikrofon hört Sie.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="85"/>
        <source>Say a few words so the microphone can hear you.</source>
        <translation>Sagen Sie ein paar Worte, damit das Mikrofon Sie hört.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/devices.py" line="88"/>
        <source>Not used in this exam.</source>
        <translation>In dieser Prüfung nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="16"/>
        <source>something on this computer</source>
        <translation>etwas auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="19"/>
        <source>Not allowed in this exam: {what}</source>
        <translation>In dieser Prüfung nicht erlaubt: {what}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="21"/>
        <source>Noted for the reviewer: {what}</source>
        <translation>Für die Prüfenden vermerkt: {what}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="24"/>
        <source>What to do: {remedy}</source>
        <translation>Was Sie tun können: {remedy}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="35"/>
        <source>Your exam is running</source>
        <translation>Ihre Prüfung läuft</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="36"/>
        <source>Work on your exam as instructed. This window can stay in the background: the small status window shows that everything is fine.</source>
        <translation>Bearbeiten Sie Ihre Prüfung wie angewiesen. Dieses Fenster kann im Hintergrund bleiben: Das kleine Statusfenster zeigt, dass alles in Ordnung ist.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="40"/>
        <source>Exam time</source>
        <translation>Prüfungszeit</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="47"/>
        <source>Message from the exam&apos;s rules</source>
        <translation>Hinweis zu den Prüfungsregeln</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="57"/>
        <source>Earlier messages</source>
        <translation>Frühere Hinweise</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="61"/>
        <source>&amp;Finish exam</source>
        <translation>Prüfung &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="62"/>
        <source>Finish exam</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="75"/>
        <source>Your exam continues where it was. Nothing recorded before the interruption was lost.</source>
        <translation>Ihre Prüfung geht dort weiter, wo sie war. Nichts, was vor der Unterbrechung aufgezeichnet wurde, ging verloren.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="87"/>
        <source>The recording could not start on this computer. Your exam goes on and this is noted for the reviewer; tell your institution after the exam.</source>
        <translation>Die Aufzeichnung konnte auf diesem Computer nicht starten. Ihre Prüfung geht weiter und das wird für die Prüfenden vermerkt; informieren Sie Ihre Hochschule nach der Prüfung.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="116"/>
        <source>Finish the exam?</source>
        <translation>Prüfung beenden?</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="117"/>
        <source>Finish the exam now? Recording stops and cannot be started again for this exam.</source>
        <translation>Die Prüfung jetzt beenden? Die Aufzeichnung endet und kann für diese Prüfung nicht wieder gestartet werden.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="18"/>
        <source>Handing in your exam</source>
        <translation>Ihre Prüfung wird abgegeben</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="21"/>
        <source>Upload progress</source>
        <translation>Fortschritt des Uploads</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="24"/>
        <source>Hand-in state</source>
        <translation>Stand der Abgabe</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="30"/>
        <source>&amp;Copy folder path</source>
        <translation>Ordnerpfad &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="31"/>
        <source>Copy folder path</source>
        <translation>Ordnerpfad kopieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="33"/>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="34"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="49"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="53"/>
        <source>Your exam is finished. Sealing the last recording and starting the upload…</source>
        <translation>Ihre Prüfung ist beendet. Die letzte Aufnahme wird versiegelt und der Upload beginnt…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="67"/>
        <source>✓ Everything is handed in and confirmed. It is safe to close Invigilo.</source>
        <translation>✓ Alles ist abgegeben und bestätigt. Sie können Invigilo jetzt schließen.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="71"/>
        <source>Your hand-in code is {code}. Your institution can check it against what it received; keep it until your result is out.</source>
        <translation>Ihr Abgabecode ist {code}. Ihre Hochschule kann ihn mit dem vergleichen, was sie erhalten hat; bewahren Sie ihn auf, bis Ihr Ergebnis vorliegt.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="82"/>
        <source>Uploading: {done} of {total} parts confirmed, {left} still to send. Please keep Invigilo open and stay online.</source>
        <translation>Upload läuft: {done} von {total} Teilen bestätigt, {left} noch zu senden. Bitte lassen Sie Invigilo geöffnet und bleiben Sie online.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="88"/>
        <source>If you have to close before this finishes, nothing is lost: Invigilo continues the upload the next time it opens. If your institution asked you to hand in a folder instead, it is:
{folder}</source>
        <translation>Wenn Sie vorher schließen müssen, geht nichts verloren: Invigilo setzt den Upload beim nächsten Öffnen fort. Falls Ihre Hochschule Sie gebeten hat, stattdessen einen Ordner abzugeben, ist es dieser:
{folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/ui/window.py" line="43"/>
        <source>Open exam</source>
        <translation>Prüfung öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="44"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="45"/>
        <source>System check</source>
        <translation>Systemprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="46"/>
        <source>Camera and mic</source>
        <translation>Kamera und Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="47"/>
        <source>Face photo</source>
        <translation>Gesichtsfoto</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="48"/>
        <source>ID photo</source>
        <translation>Ausweisfoto</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="49"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="50"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="51"/>
        <location filename="../../client/ui/window.py" line="116"/>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="52"/>
        <source>Hand-in</source>
        <translation>Abgabe</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="60"/>
        <location filename="../../client/ui/window.py" line="115"/>
        <source>Invigilo</source>
        <translation>Invigilo</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="72"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="77"/>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="118"/>
        <source>PRACTICE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="119"/>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="127"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="128"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="132"/>
        <location filename="../../client/ui/window.py" line="215"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="133"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="160"/>
        <source>Step {n} of {total}: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Schritt {n} von {total}: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="163"/>
        <source>next: {name}</source>
        <translation>danach: {name}</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="206"/>
        <source>Invigilo: {page}</source>
        <translation>Invigilo: {page}</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="333"/>
        <source>Close during the exam?</source>
        <translation>Während der Prüfung schließen?</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="334"/>
        <source>Your exam is still running. If you close Invigilo now, recording stops until you open it again. Close anyway?</source>
        <translation>Ihre Prüfung läuft noch. Wenn Sie Invigilo jetzt schließen, stoppt die Aufzeichnung, bis Sie es wieder öffnen. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>OpenPage</name>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="16"/>
        <source>Open your exam</source>
        <translation>Öffnen Sie Ihre Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="17"/>
        <source>Your institution sent you an exam file (ending in .invigilo) or a link. You can also try everything first with a practice exam.</source>
        <translation>Ihre Hochschule hat Ihnen eine Prüfungsdatei (Endung .invigilo) oder einen Link geschickt. Sie können auch zuerst alles mit einer Übungsprüfung ausprobieren.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="22"/>
        <source>C&amp;ontinue my exam</source>
        <translation>Meine Prüfung &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="23"/>
        <source>Continue my exam</source>
        <translation>Meine Prüfung fortsetzen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="28"/>
        <source>Open exam &amp;file…</source>
        <translation>Prüfungs&amp;datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="29"/>
        <location filename="../../client/ui/pages/open_exam.py" line="77"/>
        <source>Open exam file</source>
        <translation>Prüfungsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="35"/>
        <source>or paste an invigilo:// link here</source>
        <translation>oder fügen Sie hier einen invigilo://-Link ein</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="36"/>
        <source>Exam link</source>
        <translation>Prüfungslink</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="39"/>
        <source>Open &amp;link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="40"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="45"/>
        <source>Try a &amp;practice exam</source>
        <translation>&amp;Übungsprüfung ausprobieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="46"/>
        <source>Try a practice exam</source>
        <translation>Übungsprüfung ausprobieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="51"/>
        <source>Problem opening the exam</source>
        <translation>Problem beim Öffnen der Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="61"/>
        <source>Your exam was interrupted (the app was closed or the computer restarted). Nothing recorded was lost: continue it now.</source>
        <translation>Ihre Prüfung wurde unterbrochen (die App wurde geschlossen oder der Computer neu gestartet). Nichts Aufgezeichnetes ging verloren: Setzen Sie sie jetzt fort.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="70"/>
        <source>What to do: {remedy}</source>
        <translation>Was Sie tun können: {remedy}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="78"/>
        <source>Exam files (*.invigilo);;All files (*)</source>
        <translation>Prüfungsdateien (*.invigilo);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="20"/>
        <source>Photo of your face</source>
        <translation>Foto Ihres Gesichts</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="21"/>
        <source>Look straight at the camera, with your face lit from the front. The photo shows the reviewer that it is you.</source>
        <translation>Schauen Sie direkt in die Kamera, Ihr Gesicht von vorne beleuchtet. Das Foto zeigt den Prüfenden, dass Sie es sind.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="24"/>
        <source>Photo of your ID card</source>
        <translation>Foto Ihres Ausweises</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="25"/>
        <source>Hold your student or identity card close to the camera, photo side towards it, so that the whole card is visible.</source>
        <translation>Halten Sie Ihren Studierenden- oder Personalausweis mit der Fotoseite nah vor die Kamera, sodass die ganze Karte zu sehen ist.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="31"/>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="34"/>
        <source>Photo quality</source>
        <translation>Fotoqualität</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="37"/>
        <source>&amp;Take photo</source>
        <translation>Foto &amp;aufnehmen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="38"/>
        <source>Take photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="42"/>
        <source>&amp;Retake</source>
        <translation>&amp;Neu aufnehmen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="43"/>
        <source>Retake photo</source>
        <translation>Foto neu aufnehmen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="57"/>
        <source>Looking at the camera picture…</source>
        <translation>Das Kamerabild wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/photo.py" line="88"/>
        <source>Photo saved. Continue, or retake it.</source>
        <translation>Foto gespeichert. Machen Sie weiter oder nehmen Sie es neu auf.</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../client/ui/texts.py" line="16"/>
        <source>No face found: sit in front of the camera and look straight at it.</source>
        <translation>Kein Gesicht gefunden: Setzen Sie sich vor die Kamera und schauen Sie direkt hinein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="18"/>
        <source>More than one face is in the picture: only you should be visible.</source>
        <translation>Mehr als ein Gesicht ist im Bild: Nur Sie sollten zu sehen sein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="20"/>
        <source>Come a little closer to the camera.</source>
        <translation>Kommen Sie etwas näher an die Kamera.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="21"/>
        <source>The picture is blurred: hold still and clean the camera lens.</source>
        <translation>Das Bild ist unscharf: Halten Sie still und reinigen Sie die Kameralinse.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="23"/>
        <source>The picture is too dark: turn on a light in front of you.</source>
        <translation>Das Bild ist zu dunkel: Schalten Sie ein Licht vor sich ein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="25"/>
        <source>The picture is too bright: move away from the window or lamp behind you.</source>
        <translation>Das Bild ist zu hell: Rücken Sie vom Fenster oder der Lampe hinter Ihnen weg.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="27"/>
        <source>Hold your ID card up to the camera so that all four corners are visible.</source>
        <translation>Halten Sie Ihren Ausweis so vor die Kamera, dass alle vier Ecken zu sehen sind.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="29"/>
        <source>Part of the card is outside the picture: move it to the middle.</source>
        <translation>Ein Teil der Karte ist außerhalb des Bildes: Halten Sie sie in die Mitte.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="31"/>
        <source>Good: your face is clear and well lit.</source>
        <translation>Gut: Ihr Gesicht ist klar und gut beleuchtet.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="32"/>
        <source>Good: the whole card is visible and sharp.</source>
        <translation>Gut: Die ganze Karte ist sichtbar und scharf.</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../../client/ui/pages/room.py" line="23"/>
        <source>Show your room</source>
        <translation>Zeigen Sie Ihren Raum</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/room.py" line="24"/>
        <source>Press Start scan, then slowly turn your laptop or camera once around the room, including your desk. It takes about 25 seconds.</source>
        <translation>Drücken Sie „Rundblick starten“ und drehen Sie dann Ihren Laptop oder Ihre Kamera langsam einmal durch den Raum, auch über Ihren Schreibtisch. Das dauert etwa 25 Sekunden.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/room.py" line="28"/>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/room.py" line="32"/>
        <source>Room scan progress</source>
        <translation>Fortschritt des Rundblicks</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/room.py" line="34"/>
        <source>&amp;Start scan</source>
        <translation>Rundblick &amp;starten</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/room.py" line="35"/>
        <source>Start room scan</source>
        <translation>Rundblick starten</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/room.py" line="66"/>
        <source>&amp;Scan again</source>
        <translation>Rundblick &amp;wiederholen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../client/ui/pages/start.py" line="14"/>
        <source>Ready to start</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/start.py" line="23"/>
        <source>When you press Start exam, recording begins and a small status window stays in a corner of your screen. It shows that recording works and what is still waiting to upload. Press Finish exam in it when you are done.

If the app or the computer stops during the exam, open Invigilo again: your exam continues where it was, and nothing recorded is lost.</source>
        <translation>Wenn Sie „Prüfung starten“ drücken, beginnt die Aufzeichnung und ein kleines Statusfenster bleibt in einer Ecke Ihres Bildschirms. Es zeigt, dass die Aufzeichnung läuft und was noch hochgeladen werden muss. Drücken Sie dort „Prüfung beenden“, wenn Sie fertig sind.

Wenn die App oder der Computer während der Prüfung stoppt, öffnen Sie Invigilo erneut: Ihre Prüfung geht dort weiter, wo sie war, und nichts Aufgezeichnetes geht verloren.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/start.py" line="31"/>
        <source>During the exam, close every program the exam does not allow (chat, video calls, remote access). Invigilo will tell you at once if something is not allowed.</source>
        <translation>Schließen Sie während der Prüfung alle Programme, die nicht erlaubt sind (Chat, Videoanrufe, Fernzugriff). Invigilo sagt Ihnen sofort, wenn etwas nicht erlaubt ist.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/start.py" line="35"/>
        <source>This exam does not restrict other programs.</source>
        <translation>Diese Prüfung schränkt andere Programme nicht ein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/start.py" line="40"/>
        <source>&amp;Start exam</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../client/ui/status_view.py" line="38"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="39"/>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="45"/>
        <source>Time: {elapsed} (left: {left})</source>
        <translation>Zeit: {elapsed} (übrig: {left})</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="47"/>
        <source>Time: {elapsed} (the planned time is over)</source>
        <translation>Zeit: {elapsed} (die geplante Zeit ist vorbei)</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="62"/>
        <source>Upload: kept safely on this computer until it can be handed in</source>
        <translation>Upload: sicher auf diesem Computer aufbewahrt, bis es abgegeben werden kann</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="65"/>
        <source>Network: connected. Waiting to upload: {size}</source>
        <translation>Netzwerk: verbunden. Noch hochzuladen: {size}</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="67"/>
        <source>Network: offline. The exam goes on; everything is kept and uploads when the connection returns ({size} waiting).</source>
        <translation>Netzwerk: offline. Die Prüfung geht weiter; alles wird aufbewahrt und hochgeladen, sobald die Verbindung zurück ist ({size} warten).</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../client/ui/status_window.py" line="27"/>
        <source>Invigilo: exam status</source>
        <translation>Invigilo: Prüfungsstatus</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="28"/>
        <source>Exam status</source>
        <translation>Prüfungsstatus</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="37"/>
        <location filename="../../client/ui/status_window.py" line="83"/>
        <source>● Recording</source>
        <translation>● Aufnahme läuft</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="49"/>
        <source>&amp;Open Invigilo</source>
        <translation>Invigilo ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="50"/>
        <source>Open Invigilo</source>
        <translation>Invigilo öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="53"/>
        <source>&amp;Finish exam</source>
        <translation>Prüfung &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="54"/>
        <source>Finish exam</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="84"/>
        <source>● Exam running</source>
        <translation>● Prüfung läuft</translation>
    </message>
</context>
<context>
    <name>Streams</name>
    <message>
        <location filename="../../client/ui/texts.py" line="91"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="92"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="93"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="100"/>
        <source>Exam security: on</source>
        <translation>Prüfungsschutz: an</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="101"/>
        <source>Exam security: starting…</source>
        <translation>Prüfungsschutz: startet…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="102"/>
        <source>Exam security: restarting…</source>
        <translation>Prüfungsschutz: startet neu…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="103"/>
        <source>Exam security: stopped (this is noted for the reviewer)</source>
        <translation>Prüfungsschutz: gestoppt (das wird für die Prüfenden vermerkt)</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="104"/>
        <source>Exam security: off</source>
        <translation>Prüfungsschutz: aus</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="111"/>
        <source>recording</source>
        <translation>wird aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="112"/>
        <source>paused (disk nearly full)</source>
        <translation>pausiert (Speicher fast voll)</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="113"/>
        <source>not recording</source>
        <translation>keine Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="114"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="115"/>
        <source>could not start</source>
        <translation>konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="116"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="117"/>
        <source>device missing: check the cable</source>
        <translation>Gerät fehlt: Kabel prüfen</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="118"/>
        <source>not allowed: check the privacy settings</source>
        <translation>nicht erlaubt: Datenschutzeinstellungen prüfen</translation>
    </message>
</context>
</TS>
