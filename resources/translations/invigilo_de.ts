<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CameraCheck</name>
    <message>
        <location filename="../../client/checks/camera.py" line="28"/>
        <source>This exam does not use the camera.</source>
        <translation>Diese Prüfung verwendet die Kamera nicht.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="29"/>
        <source>The camera works: {w}x{h} at {fps:.0f} frames per second.</source>
        <translation>Die Kamera funktioniert: {w}x{h} mit {fps:.0f} Bildern pro Sekunde.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="31"/>
        <source>The camera could not be opened.</source>
        <translation>Die Kamera konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="32"/>
        <source>No camera was found.</source>
        <translation>Es wurde keine Kamera gefunden.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="33"/>
        <source>Connect a camera, or switch on the built-in one (some laptops have a camera key or a switch in the BIOS settings).</source>
        <translation>Schließen Sie eine Kamera an oder schalten Sie die eingebaute ein (manche Laptops haben dafür eine Kamerataste oder einen Schalter in den BIOS-Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="36"/>
        <source>The camera opened but sent no picture.</source>
        <translation>Die Kamera ließ sich öffnen, hat aber kein Bild gesendet.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="37"/>
        <source>{apps} is using the camera.</source>
        <translation>{apps} verwendet die Kamera.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="38"/>
        <source>Quit {apps}: it is using your camera. Then run the check again.</source>
        <translation>Beenden Sie {apps}: Das Programm verwendet Ihre Kamera. Prüfen Sie danach erneut.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="40"/>
        <source>Windows privacy settings do not allow apps to use the camera.</source>
        <translation>Die Datenschutzeinstellungen von Windows erlauben Apps nicht, die Kamera zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="42"/>
        <source>Open Settings &gt; Privacy &gt; Camera and allow desktop apps to use the camera.</source>
        <translation>Öffnen Sie Einstellungen &gt; Datenschutz &gt; Kamera und erlauben Sie Desktop-Apps den Zugriff auf die Kamera.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="44"/>
        <source>Check that a camera is connected and switched on, close apps that may use it (video calls, browsers), and on a Mac allow Invigilo under System Settings &gt; Privacy &amp; Security &gt; Camera.</source>
        <translation>Prüfen Sie, ob eine Kamera angeschlossen und eingeschaltet ist, schließen Sie Apps, die sie verwenden könnten (Videoanrufe, Browser), und erlauben Sie Invigilo auf einem Mac unter Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Kamera.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="48"/>
        <source> (macOS does not tell which app is using it.)</source>
        <translation> (macOS verrät nicht, welche App sie verwendet.)</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="49"/>
        <source>The camera picture is black.</source>
        <translation>Das Kamerabild ist schwarz.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="50"/>
        <source>Open the camera&apos;s privacy shutter or remove the lens cover; some laptops have a camera key (for example Fn+F10) that switches it off.</source>
        <translation>Öffnen Sie die Abdeckung der Kamera oder entfernen Sie die Linsenkappe; manche Laptops haben eine Kamerataste (zum Beispiel Fn+F10), die sie ausschaltet.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="53"/>
        <source>The camera picture does not change: it sends the same still image.</source>
        <translation>Das Kamerabild ändert sich nicht: Die Kamera sendet immer dasselbe Standbild.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="55"/>
        <source>Unplug and reconnect the camera, or restart the computer; if a virtual camera app is selected, quit it.</source>
        <translation>Trennen Sie die Kamera und schließen Sie sie wieder an, oder starten Sie den Computer neu; ist eine App für eine virtuelle Kamera ausgewählt, beenden Sie sie.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="57"/>
        <source>The camera gives only {w}x{h}; the exam records at {rw}x{rh}.</source>
        <translation>Die Kamera liefert nur {w}x{h}; die Prüfung zeichnet mit {rw}x{rh} auf.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="59"/>
        <source>Use another camera (most built-in webcams since 2010 can do 640x480).</source>
        <translation>Verwenden Sie eine andere Kamera (die meisten eingebauten Webcams seit 2010 schaffen 640x480).</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="61"/>
        <source>The camera gives only {fps:.1f} frames per second; the exam records at {rfps:.0f}.</source>
        <translation>Die Kamera liefert nur {fps:.1f} Bilder pro Sekunde; die Prüfung zeichnet mit {rfps:.0f} auf.</translation>
    </message>
    <message>
        <location filename="../../client/checks/camera.py" line="63"/>
        <source>Give the camera more light, close other programs, or use another camera.</source>
        <translation>Sorgen Sie für mehr Licht, schließen Sie andere Programme oder verwenden Sie eine andere Kamera.</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <location filename="../../client/checks/runner.py" line="20"/>
        <source>The check could not run: {error}.</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: {error}.</translation>
    </message>
    <message>
        <location filename="../../client/checks/runner.py" line="21"/>
        <source>Report this to IT with the check&apos;s JSON report (invigilo check --json).</source>
        <translation>Melden Sie das der IT mit dem JSON-Bericht der Prüfung (invigilo check --json).</translation>
    </message>
    <message>
        <location filename="../../client/checks/runner.py" line="23"/>
        <source>The check did not finish within {s:.0f} s.</source>
        <translation>Die Prüfung wurde nicht innerhalb von {s:.0f} s fertig.</translation>
    </message>
    <message>
        <location filename="../../client/checks/runner.py" line="24"/>
        <source>Restart the computer and run the check again; if it happens again, report it to IT.</source>
        <translation>Starten Sie den Computer neu und prüfen Sie erneut; passiert es wieder, melden Sie es der IT.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../client/ui/texts.py" line="78"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="79"/>
        <source>64-bit system</source>
        <translation>64-Bit-System</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="80"/>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="81"/>
        <source>Processor cores</source>
        <translation>Prozessorkerne</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="82"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="83"/>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="84"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="85"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="86"/>
        <source>Network response time</source>
        <translation>Antwortzeit des Netzwerks</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="87"/>
        <source>Upload speed</source>
        <translation>Upload-Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="88"/>
        <source>Computer clock</source>
        <translation>Uhrzeit des Computers</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="89"/>
        <source>Displays</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="90"/>
        <source>Screen recording</source>
        <translation>Bildschirmaufnahme</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="91"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="92"/>
        <source>Remote access</source>
        <translation>Fernzugriff</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="93"/>
        <source>Programs not allowed</source>
        <translation>Nicht erlaubte Programme</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="94"/>
        <source>Virtual camera or microphone</source>
        <translation>Virtuelle Kamera oder virtuelles Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="105"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="106"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="107"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="108"/>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="109"/>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="110"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="111"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="58"/>
        <source>{reason} This says nothing about your computer.</source>
        <translation>{reason} Das sagt nichts über Ihren Computer aus.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="61"/>
        <source>This check could not run, so it says nothing about your computer.</source>
        <translation>Diese Prüfung konnte nicht ausgeführt werden und sagt daher nichts über Ihren Computer aus.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="63"/>
        <source>What to do: press Check again. If it still cannot run, you may continue: your institution sees that this check is missing.</source>
        <translation>Was Sie tun können: Drücken Sie „Erneut prüfen“. Lässt sie sich weiterhin nicht ausführen, dürfen Sie weitermachen: Ihre Hochschule sieht, dass diese Prüfung fehlt.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="68"/>
        <source>What to do: {remedy}</source>
        <translation>Was Sie tun können: {remedy}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="75"/>
        <source>Checking your computer</source>
        <translation>Ihr Computer wird geprüft</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="76"/>
        <source>This takes up to a minute. Keep the camera uncovered and say something so the microphone hears you.</source>
        <translation>Das dauert bis zu einer Minute. Lassen Sie die Kamera frei und sprechen Sie etwas, damit das Mikrofon Sie hört.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="79"/>
        <source>System check progress</source>
        <translation>Fortschritt der Systemprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="82"/>
        <source>System check result</source>
        <translation>Ergebnis der Systemprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="92"/>
        <source>Results of each check</source>
        <translation>Ergebnisse der einzelnen Prüfungen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="94"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="95"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="123"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="157"/>
        <source>Everything is ready.</source>
        <translation>Alles ist bereit.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="159"/>
        <source>Ready: every check that could run found nothing to fix.</source>
        <translation>Bereit: Keine der Prüfungen, die ausgeführt werden konnten, hat etwas zu beheben gefunden.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="162"/>
        <source>Ready, with warnings: you can continue, but fixing them makes the exam go more smoothly.</source>
        <translation>Bereit, mit Warnungen: Sie können weitermachen, aber wenn Sie die Hinweise beheben, läuft die Prüfung reibungsloser.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="165"/>
        <source>Some problems must be fixed before the exam. Follow the advice below, then press Check again.</source>
        <translation>Einige Probleme müssen vor der Prüfung behoben werden. Folgen Sie den Hinweisen unten und drücken Sie dann „Erneut prüfen“.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="168"/>
        <source>Some problems were found. This is a practice exam, so you can continue anyway and see the rest.</source>
        <translation>Es wurden Probleme gefunden. Dies ist eine Übungsprüfung, Sie können trotzdem weitermachen und den Rest ansehen.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="171"/>
        <source>Could not check: {names}.</source>
        <translation>Nicht prüfbar: {names}.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="16"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="25"/>
        <source>&lt;b&gt;What is recorded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was aufgezeichnet wird&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="27"/>
        <source>&lt;b&gt;Who can see it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer es sehen kann&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="28"/>
        <source>&lt;b&gt;How long it is kept&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie lange es aufbewahrt wird&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="30"/>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fragen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="38"/>
        <source>Candidate number</source>
        <translation>Kandidatennummer</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="39"/>
        <source>as given by your institution</source>
        <translation>wie von Ihrer Hochschule angegeben</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="42"/>
        <source>Candidate &amp;number:</source>
        <translation>Kandidaten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="45"/>
        <source>I have read this and &amp;agree to be recorded during the exam</source>
        <translation>Ich habe dies gelesen und bin &amp;einverstanden, während der Prüfung aufgezeichnet zu werden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="47"/>
        <source>I agree to be recorded</source>
        <translation>Ich bin mit der Aufzeichnung einverstanden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="55"/>
        <source>Welcome to {title}</source>
        <translation>Willkommen zu: {title}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="58"/>
        <source>{institution} uses Invigilo to supervise this exam. The exam lasts {minutes} minutes. First we check your computer, camera and microphone and take two photos; this takes about five minutes.</source>
        <translation>{institution} beaufsichtigt diese Prüfung mit Invigilo. Die Prüfung dauert {minutes} Minuten. Zuerst prüfen wir Ihren Computer, Ihre Kamera und Ihr Mikrofon und machen zwei Fotos; das dauert etwa fünf Minuten.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="65"/>
        <source>your camera</source>
        <translation>Ihre Kamera</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="67"/>
        <source>your microphone</source>
        <translation>Ihr Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="69"/>
        <source>your screen</source>
        <translation>Ihr Bildschirm</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="71"/>
        <source>a photo of you and of your ID card</source>
        <translation>ein Foto von Ihnen und Ihrem Ausweis</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="74"/>
        <source>{days} days, then it is deleted.</source>
        <translation>{days} Tage, danach wird es gelöscht.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../client/ui/texts.py" line="66"/>
        <source>No camera picture: check that the camera is connected, not covered, and not used by another program (close video-call apps).</source>
        <translation>Kein Kamerabild: Prüfen Sie, ob die Kamera angeschlossen und nicht abgedeckt ist und ob kein anderes Programm sie benutzt (schließen Sie Videokonferenz-Apps).</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="69"/>
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
    <name>ExamConfig</name>
    <message>
        <location filename="../../client/ui/texts.py" line="20"/>
        <source>Practice exam</source>
        <translation>Übungsprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="21"/>
        <source>Invigilo practice</source>
        <translation>Invigilo-Übung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="22"/>
        <source>Only you: this is a practice exam and nothing leaves your computer.</source>
        <translation>Nur Sie: Dies ist eine Übungsprüfung, und nichts verlässt Ihren Computer.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="24"/>
        <source>During this exam your webcam, microphone and screen are recorded. The recording is encrypted on this computer so that only your institution can open it.</source>
        <translation>Während dieser Prüfung werden Ihre Webcam, Ihr Mikrofon und Ihr Bildschirm aufgezeichnet. Die Aufzeichnung wird auf diesem Computer verschlüsselt, sodass nur Ihre Hochschule sie öffnen kann.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="27"/>
        <source>Exam reviewers at your institution.</source>
        <translation>Die Prüfungsaufsicht Ihrer Hochschule.</translation>
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
        <location filename="../../client/ui/pages/exam.py" line="121"/>
        <source>Finish the exam?</source>
        <translation>Prüfung beenden?</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="122"/>
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
    <name>LockdownCheck</name>
    <message>
        <location filename="../../client/checks/lockdown.py" line="19"/>
        <source>Not checked: the lockdown agent is not available ({reason}).</source>
        <translation>Nicht geprüft: Der Prüfungsschutz ist nicht verfügbar ({reason}).</translation>
    </message>
    <message>
        <location filename="../../client/checks/lockdown.py" line="21"/>
        <source>Reinstall Invigilo; the installation seems incomplete.</source>
        <translation>Installieren Sie Invigilo neu; die Installation scheint unvollständig zu sein.</translation>
    </message>
    <message>
        <location filename="../../client/checks/lockdown.py" line="23"/>
        <source>No sign of a virtual machine.</source>
        <translation>Kein Hinweis auf eine virtuelle Maschine.</translation>
    </message>
    <message>
        <location filename="../../client/checks/lockdown.py" line="24"/>
        <source>No remote session or remote control was found.</source>
        <translation>Es wurde keine Fernsitzung und keine Fernsteuerung gefunden.</translation>
    </message>
    <message>
        <location filename="../../client/checks/lockdown.py" line="26"/>
        <source>No app the exam forbids is running.</source>
        <translation>Es läuft keine App, die die Prüfung verbietet.</translation>
    </message>
    <message>
        <location filename="../../client/checks/lockdown.py" line="27"/>
        <source>No virtual camera or microphone was found.</source>
        <translation>Es wurde keine virtuelle Kamera und kein virtuelles Mikrofon gefunden.</translation>
    </message>
    <message>
        <location filename="../../client/checks/lockdown.py" line="29"/>
        <source> (allowed for this exam)</source>
        <translation> (für diese Prüfung erlaubt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/ui/window.py" line="50"/>
        <source>Open exam</source>
        <translation>Prüfung öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="51"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="52"/>
        <source>System check</source>
        <translation>Systemprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="53"/>
        <source>Camera and mic</source>
        <translation>Kamera und Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="54"/>
        <source>Face photo</source>
        <translation>Gesichtsfoto</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="55"/>
        <source>ID photo</source>
        <translation>Ausweisfoto</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="56"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="57"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="58"/>
        <location filename="../../client/ui/window.py" line="145"/>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="59"/>
        <source>Hand-in</source>
        <translation>Abgabe</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="69"/>
        <location filename="../../client/ui/window.py" line="142"/>
        <source>Invigilo</source>
        <translation>Invigilo</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="81"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="86"/>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="136"/>
        <source>Logo of {institution}</source>
        <translation>Logo von {institution}</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="147"/>
        <source>PRACTICE</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="148"/>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="156"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="157"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="161"/>
        <location filename="../../client/ui/window.py" line="284"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="162"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="190"/>
        <source>Step {n} of {total}: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Schritt {n} von {total}: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="193"/>
        <source>next: {name}</source>
        <translation>danach: {name}</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="272"/>
        <source>{institution}: {page}</source>
        <translation>{institution}: {page}</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="275"/>
        <source>Invigilo: {page}</source>
        <translation>Invigilo: {page}</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="353"/>
        <source>Recording runs again.</source>
        <translation>Die Aufzeichnung läuft wieder.</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="429"/>
        <source>Close during the exam?</source>
        <translation>Während der Prüfung schließen?</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="430"/>
        <source>Your exam is still running. If you close Invigilo now, recording stops until you open it again. Close anyway?</source>
        <translation>Ihre Prüfung läuft noch. Wenn Sie Invigilo jetzt schließen, stoppt die Aufzeichnung, bis Sie es wieder öffnen. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>MicrophoneCheck</name>
    <message>
        <location filename="../../client/checks/microphone.py" line="22"/>
        <source>This exam does not use the microphone.</source>
        <translation>Diese Prüfung verwendet das Mikrofon nicht.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="23"/>
        <source>The microphone hears sound (loudest {db:.0f} dB).</source>
        <translation>Das Mikrofon hört Ton (am lautesten {db:.0f} dB).</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="24"/>
        <source>The microphone works but hears almost nothing (loudest {db:.0f} dB).</source>
        <translation>Das Mikrofon funktioniert, hört aber fast nichts (am lautesten {db:.0f} dB).</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="26"/>
        <source>Speak during the check; if it stays quiet, raise the microphone level in the sound settings or move closer.</source>
        <translation>Sprechen Sie während der Prüfung; bleibt es still, erhöhen Sie den Mikrofonpegel in den Toneinstellungen oder rücken Sie näher heran.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="29"/>
        <source>The microphone delivers pure silence: it is muted or access is blocked.</source>
        <translation>Das Mikrofon liefert völlige Stille: Es ist stummgeschaltet oder der Zugriff ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="31"/>
        <source>Unmute the microphone (check for a mute key or switch on a headset), raise its level, and on a Mac allow Invigilo under System Settings &gt; Privacy &amp; Security &gt; Microphone.</source>
        <translation>Heben Sie die Stummschaltung auf (achten Sie auf eine Stummtaste oder einen Schalter am Headset), erhöhen Sie den Pegel und erlauben Sie Invigilo auf einem Mac unter Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Mikrofon.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="35"/>
        <source>The microphone opened but delivered no sound at all.</source>
        <translation>Das Mikrofon ließ sich öffnen, hat aber gar keinen Ton geliefert.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="37"/>
        <source>Unplug and reconnect the microphone or headset, or restart the computer.</source>
        <translation>Trennen Sie Mikrofon oder Headset und schließen Sie es wieder an, oder starten Sie den Computer neu.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="39"/>
        <source>No microphone was found.</source>
        <translation>Es wurde kein Mikrofon gefunden.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="40"/>
        <source>Connect a microphone or headset, or switch on the built-in one.</source>
        <translation>Schließen Sie ein Mikrofon oder Headset an oder schalten Sie das eingebaute ein.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="42"/>
        <source>The microphone could not be opened ({reason}).</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="44"/>
        <source>Close apps that may use the microphone (video calls), check that it is connected, and try again.</source>
        <translation>Schließen Sie Apps, die das Mikrofon verwenden könnten (Videoanrufe), prüfen Sie, ob es angeschlossen ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="46"/>
        <source>{apps} is using the microphone.</source>
        <translation>{apps} verwendet das Mikrofon.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="47"/>
        <source>Quit {apps}: it is using your microphone. Then run the check again.</source>
        <translation>Beenden Sie {apps}: Das Programm verwendet Ihr Mikrofon. Prüfen Sie danach erneut.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="49"/>
        <source>Windows privacy settings do not allow apps to use the microphone.</source>
        <translation>Die Datenschutzeinstellungen von Windows erlauben Apps nicht, das Mikrofon zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../client/checks/microphone.py" line="51"/>
        <source>Open Settings &gt; Privacy &gt; Microphone and allow desktop apps to use it.</source>
        <translation>Öffnen Sie Einstellungen &gt; Datenschutz &gt; Mikrofon und erlauben Sie Desktop-Apps den Zugriff darauf.</translation>
    </message>
</context>
<context>
    <name>NetworkCheck</name>
    <message>
        <location filename="../../client/checks/network.py" line="18"/>
        <source>This exam hands recordings in to a folder, so it needs no network.</source>
        <translation>Diese Prüfung gibt die Aufzeichnungen in einem Ordner ab und braucht daher kein Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="20"/>
        <source>The exam names no address to test the network against (backend.test_url).</source>
        <translation>Die Prüfung nennt keine Adresse, an der das Netzwerk getestet werden kann (backend.test_url).</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="22"/>
        <source>Not measured: the server could not be reached.</source>
        <translation>Nicht gemessen: Der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="24"/>
        <source>The server answers in {ms:.0f} ms.</source>
        <translation>Der Server antwortet in {ms:.0f} ms.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="25"/>
        <source>The server takes {ms:.0f} ms to answer; the exam allows {max} ms.</source>
        <translation>Der Server braucht {ms:.0f} ms für eine Antwort; die Prüfung erlaubt {max} ms.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="27"/>
        <source>Use a cable or move closer to the Wi-Fi router; avoid mobile hotspots with weak signal.</source>
        <translation>Verwenden Sie ein Kabel oder gehen Sie näher an den WLAN-Router; meiden Sie mobile Hotspots mit schwachem Signal.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="29"/>
        <source>Uploads reach the server at {kbps}.</source>
        <translation>Uploads erreichen den Server mit {kbps}.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="30"/>
        <source>Uploads reach the server at {kbps}, only just enough for this exam.</source>
        <translation>Uploads erreichen den Server mit {kbps}, gerade genug für diese Prüfung.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="32"/>
        <source>During the exam, stop other uploads, video calls and cloud backups on this network.</source>
        <translation>Beenden Sie während der Prüfung andere Uploads, Videoanrufe und Cloud-Sicherungen in diesem Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="34"/>
        <source>Uploads reach the server at only {kbps}; the exam needs {minimum} kbit/s.</source>
        <translation>Uploads erreichen den Server nur mit {kbps}; die Prüfung braucht {minimum} kbit/s.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="36"/>
        <source>Use a faster connection (a cable, another Wi-Fi, or sit closer to the router) and stop other uploads, video calls and cloud backups.</source>
        <translation>Verwenden Sie eine schnellere Verbindung (ein Kabel, ein anderes WLAN oder einen Platz näher am Router) und beenden Sie andere Uploads, Videoanrufe und Cloud-Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="39"/>
        <source>This computer&apos;s clock agrees with the server (off by {skew:.1f} s).</source>
        <translation>Die Uhr dieses Computers stimmt mit dem Server überein (Abweichung {skew:.1f} s).</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="41"/>
        <source>This computer&apos;s clock is off by {skew:.0f} s compared with the server.</source>
        <translation>Die Uhr dieses Computers weicht um {skew:.0f} s vom Server ab.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="43"/>
        <source>Turn on &apos;Set time automatically&apos; in the date and time settings, and check the time zone.</source>
        <translation>Schalten Sie in den Einstellungen für Datum und Uhrzeit „Uhrzeit automatisch festlegen“ ein und prüfen Sie die Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../client/checks/network.py" line="45"/>
        <source>The server did not say what time it is (no Date header).</source>
        <translation>Der Server hat die Uhrzeit nicht genannt (kein Date-Header).</translation>
    </message>
</context>
<context>
    <name>NetworkProbe</name>
    <message>
        <location filename="../../client/checks/netprobe.py" line="41"/>
        <source>The server {host} refused the connection: nothing is listening there.</source>
        <translation>Der Server {host} hat die Verbindung abgelehnt: Dort nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="43"/>
        <source>Check the network connection; if other web sites work, tell IT that the exam server does not accept connections.</source>
        <translation>Prüfen Sie die Netzwerkverbindung; funktionieren andere Websites, sagen Sie der IT, dass der Prüfungsserver keine Verbindungen annimmt.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="46"/>
        <source>The server name {host} could not be found.</source>
        <translation>Der Servername {host} wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="47"/>
        <location filename="../../client/checks/netprobe.py" line="61"/>
        <source>Connect to the internet (Wi-Fi or cable) and try again.</source>
        <translation>Verbinden Sie sich mit dem Internet (WLAN oder Kabel) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="49"/>
        <source>No answer from {host} within {s:.0f} s: the network seems down or blocked.</source>
        <translation>Keine Antwort von {host} innerhalb von {s:.0f} s: Das Netzwerk scheint getrennt oder gesperrt zu sein.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="51"/>
        <source>Connect to the internet and try again; on a school or company network, ask IT whether a firewall blocks the exam server.</source>
        <translation>Verbinden Sie sich mit dem Internet und versuchen Sie es erneut; fragen Sie in einem Schul- oder Firmennetz die IT, ob eine Firewall den Prüfungsserver sperrt.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="54"/>
        <source>{host} accepted the connection but sent no answer within {s:.0f} s.</source>
        <translation>{host} hat die Verbindung angenommen, aber innerhalb von {s:.0f} s nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="56"/>
        <source>Try again in a minute; if it keeps happening, tell IT the exam server or a proxy on the way is not responding.</source>
        <translation>Versuchen Sie es in einer Minute erneut; passiert es weiter, sagen Sie der IT, dass der Prüfungsserver oder ein Proxy auf dem Weg nicht antwortet.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="59"/>
        <source>{host} cannot be reached from this network ({reason}).</source>
        <translation>{host} ist aus diesem Netzwerk nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="63"/>
        <source>The connection to {host} was cut off while testing.</source>
        <translation>Die Verbindung zu {host} ist während des Tests abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="64"/>
        <source>Move closer to the Wi-Fi router or use a cable, and try again.</source>
        <translation>Gehen Sie näher an den WLAN-Router oder verwenden Sie ein Kabel und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="66"/>
        <source>The secure connection to {host} failed ({reason}).</source>
        <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="67"/>
        <source>Check the computer&apos;s date and time; on a school or company network, ask IT whether something intercepts secure connections.</source>
        <translation>Prüfen Sie Datum und Uhrzeit des Computers; fragen Sie in einem Schul- oder Firmennetz die IT, ob etwas sichere Verbindungen abfängt.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="70"/>
        <source>The server {host} answered with an error (HTTP {status}).</source>
        <translation>Der Server {host} hat mit einem Fehler geantwortet (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="72"/>
        <source>Tell IT: the exam&apos;s test address is wrong or the server is not set up for it.</source>
        <translation>Sagen Sie der IT: Die Testadresse der Prüfung ist falsch oder der Server ist dafür nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="74"/>
        <source>Less than {kbps:.0f} kbit/s got through in {s:.0f} s.</source>
        <translation>In {s:.0f} s kamen weniger als {kbps:.0f} kbit/s durch.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="76"/>
        <source>Use a faster connection: move closer to the router, use a cable, or stop other downloads and video calls.</source>
        <translation>Verwenden Sie eine schnellere Verbindung: Gehen Sie näher an den Router, verwenden Sie ein Kabel oder beenden Sie andere Downloads und Videoanrufe.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="79"/>
        <source>The test address {url} is not a valid http:// or https:// URL.</source>
        <translation>Die Testadresse {url} ist keine gültige http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../../client/checks/netprobe.py" line="81"/>
        <source>Tell IT: the exam config&apos;s backend.test_url is wrong.</source>
        <translation>Sagen Sie der IT: backend.test_url in der Prüfungskonfiguration ist falsch.</translation>
    </message>
</context>
<context>
    <name>OpenPage</name>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="24"/>
        <source>Open your exam</source>
        <translation>Öffnen Sie Ihre Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="21"/>
        <source>Your institution sent you an exam file (ending in .invigilo) or a link. You can also try everything first with a practice exam.</source>
        <translation>Ihre Hochschule hat Ihnen eine Prüfungsdatei (Endung .invigilo) oder einen Link geschickt. Sie können auch zuerst alles mit einer Übungsprüfung ausprobieren.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="17"/>
        <source>{institution} sent you an exam file (ending in .invigilo) or a link. You can also try everything first with a practice exam.</source>
        <translation>{institution} hat Ihnen eine Prüfungsdatei (mit der Endung .invigilo) oder einen Link geschickt. Sie können auch zuerst alles mit einer Übungsprüfung ausprobieren.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="27"/>
        <source>C&amp;ontinue my exam</source>
        <translation>Meine Prüfung &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="28"/>
        <source>Continue my exam</source>
        <translation>Meine Prüfung fortsetzen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="33"/>
        <source>Open exam &amp;file…</source>
        <translation>Prüfungs&amp;datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="34"/>
        <location filename="../../client/ui/pages/open_exam.py" line="82"/>
        <source>Open exam file</source>
        <translation>Prüfungsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="40"/>
        <source>or paste an invigilo:// link here</source>
        <translation>oder fügen Sie hier einen invigilo://-Link ein</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="41"/>
        <source>Exam link</source>
        <translation>Prüfungslink</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="44"/>
        <source>Open &amp;link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="45"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="50"/>
        <source>Try a &amp;practice exam</source>
        <translation>&amp;Übungsprüfung ausprobieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="51"/>
        <source>Try a practice exam</source>
        <translation>Übungsprüfung ausprobieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="56"/>
        <source>Problem opening the exam</source>
        <translation>Problem beim Öffnen der Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="66"/>
        <source>Your exam was interrupted (the app was closed or the computer restarted). Nothing recorded was lost: continue it now.</source>
        <translation>Ihre Prüfung wurde unterbrochen (die App wurde geschlossen oder der Computer neu gestartet). Nichts Aufgezeichnetes ging verloren: Setzen Sie sie jetzt fort.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="75"/>
        <source>What to do: {remedy}</source>
        <translation>Was Sie tun können: {remedy}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="83"/>
        <source>Exam files (*.invigilo);;All files (*)</source>
        <translation>Prüfungsdateien (*.invigilo);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Paused</name>
    <message>
        <location filename="../../client/ui/pages/paused.py" line="23"/>
        <source>Recording is paused</source>
        <translation>Die Aufzeichnung ist unterbrochen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/paused.py" line="24"/>
        <source>Your exam time keeps running, and everything recorded so far is kept.</source>
        <translation>Ihre Prüfungszeit läuft weiter, und alles bisher Aufgezeichnete bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/paused.py" line="27"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/paused.py" line="30"/>
        <source>What to do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/paused.py" line="32"/>
        <source>Recording starts again by itself as soon as this is fixed, and this page closes. You can keep working on your exam meanwhile.</source>
        <translation>Die Aufzeichnung startet von selbst wieder, sobald das behoben ist, und diese Seite schließt sich. Sie können in der Zwischenzeit an Ihrer Prüfung weiterarbeiten.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/paused.py" line="37"/>
        <source>&amp;Finish exam</source>
        <translation>Prüfung &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/paused.py" line="38"/>
        <source>Finish exam</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/paused.py" line="49"/>
        <source>What happened: {what}</source>
        <translation>Was passiert ist: {what}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/paused.py" line="51"/>
        <source>What to do: {todo}</source>
        <translation>Was Sie tun können: {todo}</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="153"/>
        <source>Exam security stopped and could not be started again.</source>
        <translation>Der Prüfungsschutz wurde beendet und konnte nicht neu gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="154"/>
        <source>Close Invigilo and open it again: your exam continues where it was. If it happens again, tell your institution.</source>
        <translation>Schließen Sie Invigilo und öffnen Sie es erneut: Ihre Prüfung geht dort weiter, wo sie war. Passiert es wieder, sagen Sie es Ihrer Hochschule.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="156"/>
        <source>The camera stopped sending pictures.</source>
        <translation>Die Kamera sendet keine Bilder mehr.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="157"/>
        <source>Check that the camera is connected and not covered, and close programs that may use it (video calls).</source>
        <translation>Prüfen Sie, ob die Kamera angeschlossen und nicht abgedeckt ist, und schließen Sie Programme, die sie verwenden könnten (Videoanrufe).</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="159"/>
        <source>The microphone stopped.</source>
        <translation>Das Mikrofon liefert keinen Ton mehr.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="160"/>
        <source>Check that the microphone or headset is connected and not muted.</source>
        <translation>Prüfen Sie, ob Mikrofon oder Headset angeschlossen und nicht stummgeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="162"/>
        <source>The screen cannot be recorded.</source>
        <translation>Der Bildschirm kann nicht aufgenommen werden.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="163"/>
        <source>Allow Invigilo to record the screen in the system&apos;s privacy settings.</source>
        <translation>Erlauben Sie Invigilo in den Datenschutzeinstellungen des Systems, den Bildschirm aufzunehmen.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="165"/>
        <source>The disk is nearly full, so part of the recording stopped.</source>
        <translation>Der Speicherplatz ist fast voll, deshalb wurde ein Teil der Aufzeichnung angehalten.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="167"/>
        <source>Free up disk space: empty the recycle bin or delete large downloads.</source>
        <translation>Schaffen Sie Speicherplatz: Leeren Sie den Papierkorb oder löschen Sie große Downloads.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="170"/>
        <source>Part of the recording stopped.</source>
        <translation>Ein Teil der Aufzeichnung wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="171"/>
        <source>Tell your institution.</source>
        <translation>Sagen Sie es Ihrer Hochschule.</translation>
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
        <location filename="../../client/ui/texts.py" line="43"/>
        <source>No face found: sit in front of the camera and look straight at it.</source>
        <translation>Kein Gesicht gefunden: Setzen Sie sich vor die Kamera und schauen Sie direkt hinein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="45"/>
        <source>More than one face is in the picture: only you should be visible.</source>
        <translation>Mehr als ein Gesicht ist im Bild: Nur Sie sollten zu sehen sein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="47"/>
        <source>Come a little closer to the camera.</source>
        <translation>Kommen Sie etwas näher an die Kamera.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="48"/>
        <source>The picture is blurred: hold still and clean the camera lens.</source>
        <translation>Das Bild ist unscharf: Halten Sie still und reinigen Sie die Kameralinse.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="50"/>
        <source>The picture is too dark: turn on a light in front of you.</source>
        <translation>Das Bild ist zu dunkel: Schalten Sie ein Licht vor sich ein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="52"/>
        <source>The picture is too bright: move away from the window or lamp behind you.</source>
        <translation>Das Bild ist zu hell: Rücken Sie vom Fenster oder der Lampe hinter Ihnen weg.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="54"/>
        <source>Hold your ID card up to the camera so that all four corners are visible.</source>
        <translation>Halten Sie Ihren Ausweis so vor die Kamera, dass alle vier Ecken zu sehen sind.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="56"/>
        <source>Part of the card is outside the picture: move it to the middle.</source>
        <translation>Ein Teil der Karte ist außerhalb des Bildes: Halten Sie sie in die Mitte.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="58"/>
        <source>Good: your face is clear and well lit.</source>
        <translation>Gut: Ihr Gesicht ist klar und gut beleuchtet.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="59"/>
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
    <name>ScreenCheck</name>
    <message>
        <location filename="../../client/checks/screen.py" line="22"/>
        <source>This exam does not record the screen.</source>
        <translation>Diese Prüfung zeichnet den Bildschirm nicht auf.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="23"/>
        <source>Screen capture works ({w}x{h}).</source>
        <translation>Die Bildschirmaufnahme funktioniert ({w}x{h}).</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="24"/>
        <source>Screen capture gives a black picture.</source>
        <translation>Die Bildschirmaufnahme liefert ein schwarzes Bild.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="25"/>
        <source>Allow Invigilo to record the screen (macOS: System Settings &gt; Privacy &amp; Security &gt; Screen Recording); close apps that hide the screen, such as video players in full screen.</source>
        <translation>Erlauben Sie Invigilo, den Bildschirm aufzunehmen (macOS: Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Bildschirmaufnahme); schließen Sie Apps, die den Bildschirm verdecken, etwa Videoplayer im Vollbild.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="29"/>
        <source>Invigilo is not allowed to record the screen.</source>
        <translation>Invigilo darf den Bildschirm nicht aufnehmen.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="30"/>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Screen Recording, switch on Invigilo, then quit and reopen it.</source>
        <translation>Öffnen Sie Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Bildschirmaufnahme, schalten Sie Invigilo ein, beenden Sie es dann und öffnen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="33"/>
        <source>The screen could not be captured ({reason}).</source>
        <translation>Der Bildschirm konnte nicht aufgenommen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="34"/>
        <source>On Linux, log in with an X11 session (&apos;on Xorg&apos;); otherwise restart the computer and try again.</source>
        <translation>Melden Sie sich unter Linux mit einer X11-Sitzung an („on Xorg“); andernfalls starten Sie den Computer neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="36"/>
        <source>The screen cannot be captured in a Wayland session.</source>
        <translation>In einer Wayland-Sitzung kann der Bildschirm nicht aufgenommen werden.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="38"/>
        <source>{n} display(s) connected.</source>
        <translation>{n} Bildschirm(e) angeschlossen.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="39"/>
        <source>{n} displays are connected; the exam allows {max}.</source>
        <translation>{n} Bildschirme sind angeschlossen; die Prüfung erlaubt {max}.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="41"/>
        <source>Disconnect the extra display(s), or set them to mirror the main one.</source>
        <translation>Trennen Sie die zusätzlichen Bildschirme oder lassen Sie sie den Hauptbildschirm spiegeln.</translation>
    </message>
    <message>
        <location filename="../../client/checks/screen.py" line="43"/>
        <source>No display was found.</source>
        <translation>Es wurde kein Bildschirm gefunden.</translation>
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
        <location filename="../../client/ui/status_window.py" line="38"/>
        <location filename="../../client/ui/status_window.py" line="102"/>
        <source>● Recording</source>
        <translation>● Aufnahme läuft</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="51"/>
        <source>&amp;Open Invigilo</source>
        <translation>Invigilo ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="52"/>
        <source>Open Invigilo</source>
        <translation>Invigilo öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="55"/>
        <source>&amp;Finish exam</source>
        <translation>Prüfung &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="56"/>
        <source>Finish exam</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="100"/>
        <source>● Paused: open Invigilo to see why</source>
        <translation>● Unterbrochen: Öffnen Sie Invigilo, um den Grund zu sehen</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_window.py" line="104"/>
        <source>● Exam running</source>
        <translation>● Prüfung läuft</translation>
    </message>
</context>
<context>
    <name>Streams</name>
    <message>
        <location filename="../../client/ui/texts.py" line="118"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="119"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="120"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="127"/>
        <source>Exam security: on</source>
        <translation>Prüfungsschutz: an</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="128"/>
        <source>Exam security: starting…</source>
        <translation>Prüfungsschutz: startet…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="129"/>
        <source>Exam security: restarting…</source>
        <translation>Prüfungsschutz: startet neu…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="130"/>
        <source>Exam security: stopped (this is noted for the reviewer)</source>
        <translation>Prüfungsschutz: gestoppt (das wird für die Prüfenden vermerkt)</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="131"/>
        <source>Exam security: off</source>
        <translation>Prüfungsschutz: aus</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="138"/>
        <source>recording</source>
        <translation>wird aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="139"/>
        <source>paused (disk nearly full)</source>
        <translation>pausiert (Speicher fast voll)</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="140"/>
        <source>not recording</source>
        <translation>keine Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="141"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="142"/>
        <source>could not start</source>
        <translation>konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="143"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="144"/>
        <source>device missing: check the cable</source>
        <translation>Gerät fehlt: Kabel prüfen</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="145"/>
        <source>not allowed: check the privacy settings</source>
        <translation>nicht erlaubt: Datenschutzeinstellungen prüfen</translation>
    </message>
</context>
<context>
    <name>SystemCheck</name>
    <message>
        <location filename="../../client/checks/system.py" line="25"/>
        <source>{name} {version} is supported.</source>
        <translation>{name} {version} wird unterstützt.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="26"/>
        <source>{name} {version} is older than this exam allows.</source>
        <translation>{name} {version} ist älter, als diese Prüfung erlaubt.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="27"/>
        <source>Update {name} to version {minimum} or newer.</source>
        <translation>Aktualisieren Sie {name} auf Version {minimum} oder neuer.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="28"/>
        <source>This operating system ({name}) is not one the exam supports.</source>
        <translation>Dieses Betriebssystem ({name}) wird von der Prüfung nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="30"/>
        <source>Use a Windows or macOS computer.</source>
        <translation>Verwenden Sie einen Computer mit Windows oder macOS.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="31"/>
        <source>The version of {name} could not be read ({version}).</source>
        <translation>Die Version von {name} konnte nicht gelesen werden ({version}).</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="33"/>
        <source>The operating system and processor are 64-bit.</source>
        <translation>Betriebssystem und Prozessor sind 64-Bit.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="34"/>
        <source>This is a 32-bit system; the exam app needs 64-bit.</source>
        <translation>Dies ist ein 32-Bit-System; die Prüfungs-App braucht 64-Bit.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="36"/>
        <source>Use a computer with a 64-bit version of Windows or macOS.</source>
        <translation>Verwenden Sie einen Computer mit einer 64-Bit-Version von Windows oder macOS.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="38"/>
        <source>The processor supports AVX ({model}).</source>
        <translation>Der Prozessor unterstützt AVX ({model}).</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="39"/>
        <source>Apple silicon processor.</source>
        <translation>Apple-Silicon-Prozessor.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="40"/>
        <source>The processor is too old: it lacks AVX (it predates Intel&apos;s 2011 generation).</source>
        <translation>Der Prozessor ist zu alt: Ihm fehlt AVX (er ist älter als Intels Generation von 2011).</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="42"/>
        <source>Use a computer with an Intel processor from 2011 (Sandy Bridge) or newer, or an AMD processor from 2011 (Bulldozer) or newer.</source>
        <translation>Verwenden Sie einen Computer mit einem Intel-Prozessor ab 2011 (Sandy Bridge) oder einem AMD-Prozessor ab 2011 (Bulldozer).</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="45"/>
        <source>The operating system did not say whether the processor supports AVX.</source>
        <translation>Das Betriebssystem hat nicht angegeben, ob der Prozessor AVX unterstützt.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="47"/>
        <source>Run this check again after updating the operating system; if it still cannot tell, ask IT to confirm the processor model.</source>
        <translation>Prüfen Sie erneut, nachdem Sie das Betriebssystem aktualisiert haben; lässt es sich weiterhin nicht feststellen, bitten Sie die IT, das Prozessormodell zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="50"/>
        <source>AVX is not required by this exam.</source>
        <translation>Diese Prüfung verlangt kein AVX.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="51"/>
        <source>{n} processor cores.</source>
        <translation>{n} Prozessorkerne.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="52"/>
        <source>Only {n} processor core(s); the exam needs {minimum}.</source>
        <translation>Nur {n} Prozessorkern(e); die Prüfung braucht {minimum}.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="54"/>
        <source>Use a computer with at least {minimum} processor cores.</source>
        <translation>Verwenden Sie einen Computer mit mindestens {minimum} Prozessorkernen.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="56"/>
        <source>{total} MB of memory, {free} MB free now.</source>
        <translation>{total} MB Arbeitsspeicher, davon jetzt {free} MB frei.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="57"/>
        <source>Only {total} MB of memory; the exam needs {minimum} MB.</source>
        <translation>Nur {total} MB Arbeitsspeicher; die Prüfung braucht {minimum} MB.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="59"/>
        <source>Use a computer with more memory.</source>
        <translation>Verwenden Sie einen Computer mit mehr Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="60"/>
        <source>Memory is nearly full ({free} MB free).</source>
        <translation>Der Arbeitsspeicher ist fast voll ({free} MB frei).</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="61"/>
        <source>Close other programs (browsers with many tabs first) before the exam.</source>
        <translation>Schließen Sie vor der Prüfung andere Programme (zuerst Browser mit vielen Tabs).</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="63"/>
        <source>{free} MB free where recordings are kept.</source>
        <translation>{free} MB frei am Speicherort der Aufzeichnungen.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="64"/>
        <source>Only {free} MB free where recordings are kept; the exam needs {minimum} MB.</source>
        <translation>Nur {free} MB frei am Speicherort der Aufzeichnungen; die Prüfung braucht {minimum} MB.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="66"/>
        <source>Free up disk space on the drive holding {where} (empty the recycle bin, delete large downloads).</source>
        <translation>Schaffen Sie Platz auf dem Laufwerk mit {where} (Papierkorb leeren, große Downloads löschen).</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="68"/>
        <source>The folder for recordings ({where}) cannot be reached.</source>
        <translation>Der Ordner für die Aufzeichnungen ({where}) ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../client/checks/system.py" line="70"/>
        <source>Check that the drive is connected and that you may write to it.</source>
        <translation>Prüfen Sie, ob das Laufwerk angeschlossen ist und Sie darauf schreiben dürfen.</translation>
    </message>
</context>
</TS>
