<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Agent</name>
    <message>
        <location filename="../../agent/messages.py" line="16"/>
        <source>by its name</source>
        <translation>an seinem Namen</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="17"/>
        <source>by where it is installed</source>
        <translation>an seinem Installationsort</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="18"/>
        <source>by the original file name inside the program, although it was renamed</source>
        <translation>am ursprünglichen Dateinamen im Programm, obwohl es umbenannt wurde</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="20"/>
        <source>by its app identifier</source>
        <translation>an seiner App-Kennung</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="21"/>
        <source>by the company that signed it</source>
        <translation>an der Firma, die es signiert hat</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="22"/>
        <source>by its exact content, although it was renamed</source>
        <translation>an seinem genauen Inhalt, obwohl es umbenannt wurde</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="23"/>
        <source>by its build id, although it was renamed</source>
        <translation>an seiner Build-ID, obwohl es umbenannt wurde</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="25"/>
        <source>{app} is running (process &apos;{process}&apos;, recognised {how}).</source>
        <translation>{app} läuft (Prozess „{process}“, erkannt {how}).</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="26"/>
        <source>The exam&apos;s rules do not allow it, so it was closed.</source>
        <translation>Die Regeln der Prüfung erlauben es nicht, deshalb wurde es geschlossen.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="27"/>
        <source>The exam&apos;s rules do not allow it and it could not be closed.</source>
        <translation>Die Regeln der Prüfung erlauben es nicht, und es konnte nicht geschlossen werden.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="29"/>
        <source>Close {app} yourself, or restart the computer and do not open it again.</source>
        <translation>Schließen Sie {app} selbst, oder starten Sie den Computer neu und öffnen Sie es nicht wieder.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="31"/>
        <source>The exam&apos;s rules do not allow it.</source>
        <translation>Die Regeln der Prüfung erlauben es nicht.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="32"/>
        <source>Close {app} to continue the exam.</source>
        <translation>Schließen Sie {app}, um die Prüfung fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="33"/>
        <source>{app} (process &apos;{process}&apos;) is no longer running.</source>
        <translation>{app} (Prozess „{process}“) läuft nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="34"/>
        <source>a program this exam forbids</source>
        <translation>ein von dieser Prüfung verbotenes Programm</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="53"/>
        <source>This computer appears to be a virtual machine.</source>
        <translation>Dieser Computer scheint eine virtuelle Maschine zu sein.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="54"/>
        <source>Sit the exam on a physical computer, or ask your institution whether virtual machines are allowed.</source>
        <translation>Legen Sie die Prüfung an einem echten Computer ab, oder fragen Sie Ihre Hochschule, ob virtuelle Maschinen erlaubt sind.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="57"/>
        <source>Someone could see or control this computer remotely: {what}.</source>
        <translation>Jemand könnte diesen Computer aus der Ferne sehen oder steuern: {what}.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="59"/>
        <source>End the remote session or switch the remote access software off, then try again.</source>
        <translation>Beenden Sie die Fernsitzung oder schalten Sie die Fernzugriffssoftware aus, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="61"/>
        <source>{count} displays are connected; this exam allows {allowed}.</source>
        <translation>{count} Bildschirme sind angeschlossen; diese Prüfung erlaubt {allowed}.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="63"/>
        <source>Disconnect the extra displays, then continue.</source>
        <translation>Trennen Sie die zusätzlichen Bildschirme, und machen Sie dann weiter.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="64"/>
        <source>A display is mirrored: {outputs} show the same picture.</source>
        <translation>Ein Bildschirm wird gespiegelt: {outputs} zeigen dasselbe Bild.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="65"/>
        <source>Switch mirroring off, so that only one display shows the exam.</source>
        <translation>Schalten Sie die Spiegelung aus, damit nur ein Bildschirm die Prüfung zeigt.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="67"/>
        <source>A display was connected: {name}.</source>
        <translation>Ein Bildschirm wurde angeschlossen: {name}.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="68"/>
        <source>A display was disconnected: {name}.</source>
        <translation>Ein Bildschirm wurde getrennt: {name}.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="69"/>
        <source>The shortcut {combo} was pressed.</source>
        <translation>Das Tastenkürzel {combo} wurde gedrückt.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="70"/>
        <source>The shortcut {combo} was pressed and blocked.</source>
        <translation>Das Tastenkürzel {combo} wurde gedrückt und blockiert.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="71"/>
        <source>Key presses were sent by software, not typed on a keyboard ({detail}).</source>
        <translation>Tastendrücke wurden von Software gesendet, nicht auf einer Tastatur getippt ({detail}).</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="73"/>
        <source>Close any program that types for you (macro, remote control or automation tools).</source>
        <translation>Schließen Sie jedes Programm, das für Sie tippt (Makro-, Fernsteuerungs- oder Automatisierungswerkzeuge).</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="75"/>
        <source>Something was copied to the clipboard.</source>
        <translation>Etwas wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="76"/>
        <source>Something was copied to the clipboard by {who}.</source>
        <translation>Etwas wurde von {who} in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="77"/>
        <source>A paste was attempted.</source>
        <translation>Es wurde versucht, etwas einzufügen.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="78"/>
        <source>A paste was attempted by {who}.</source>
        <translation>{who} hat versucht, etwas einzufügen.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="79"/>
        <source>The clipboard was emptied for the exam.</source>
        <translation>Die Zwischenablage wurde für die Prüfung geleert.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="80"/>
        <source>The exam window lost focus to {app}.</source>
        <translation>Das Prüfungsfenster hat den Fokus an {app} verloren.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="81"/>
        <source>The exam window has focus again.</source>
        <translation>Das Prüfungsfenster hat wieder den Fokus.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="82"/>
        <source>A window of {owner} hides itself from screen recording.</source>
        <translation>Ein Fenster von {owner} verbirgt sich vor der Bildschirmaufzeichnung.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="84"/>
        <source>Close {owner}: programs that hide from recording are not allowed during the exam.</source>
        <translation>Schließen Sie {owner}: Programme, die sich vor der Aufzeichnung verbergen, sind während der Prüfung nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="86"/>
        <source>A virtual {what} is present: &apos;{name}&apos;.</source>
        <translation>Ein virtuelles Gerät ist vorhanden ({what}): „{name}“.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="87"/>
        <source>Use a real camera and microphone; close or uninstall virtual device software such as OBS Virtual Camera if the exam asks for it.</source>
        <translation>Verwenden Sie eine echte Kamera und ein echtes Mikrofon; schließen oder deinstallieren Sie Software für virtuelle Geräte wie OBS Virtual Camera, wenn die Prüfung es verlangt.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="90"/>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="91"/>
        <source>microphone or audio device</source>
        <translation>Mikrofon oder Audiogerät</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="92"/>
        <source>{what} cannot be checked on this system: {why}.</source>
        <translation>{what} kann auf diesem System nicht geprüft werden: {why}.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="93"/>
        <source>This is a Wayland session: keys, clipboard and focus are seen only for programs that run through XWayland.</source>
        <translation>Dies ist eine Wayland-Sitzung: Tasten, Zwischenablage und Fokus sind nur für Programme sichtbar, die über XWayland laufen.</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="95"/>
        <source>the screen is shown on another computer (DISPLAY={display})</source>
        <translation>der Bildschirm wird auf einem anderen Computer angezeigt (DISPLAY={display})</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="97"/>
        <source>this session was started over SSH from {host}</source>
        <translation>diese Sitzung wurde über SSH von {host} gestartet</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="98"/>
        <source>a {service} server is listening on {address}:{port}</source>
        <translation>ein {service}-Server wartet auf {address}:{port}</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="100"/>
        <source>Windows reports a remote session (GetSystemMetrics SM_REMOTESESSION)</source>
        <translation>Windows meldet eine Fernsitzung (GetSystemMetrics SM_REMOTESESSION)</translation>
    </message>
    <message>
        <location filename="../../agent/messages.py" line="102"/>
        <source>macOS screen sharing is on ({process})</source>
        <translation>die macOS-Bildschirmfreigabe ist eingeschaltet ({process})</translation>
    </message>
</context>
<context>
    <name>Branding</name>
    <message>
        <location filename="../../client/admin/brand.py" line="72"/>
        <source>the branding file {path} is damaged ({why})</source>
        <translation>Die Branding-Datei {path} ist beschädigt ({why})</translation>
    </message>
    <message>
        <location filename="../../client/admin/brand.py" line="74"/>
        <source>make the build inputs again with &apos;invigilo admin brand&apos;</source>
        <translation>Erstellen Sie die Build-Eingaben neu mit „invigilo admin brand“</translation>
    </message>
    <message>
        <location filename="../../client/admin/brand.py" line="76"/>
        <source>the deployed exam setting {path} cannot be read ({why})</source>
        <translation>Die verteilte Prüfungseinstellung {path} kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <location filename="../../client/admin/brand.py" line="78"/>
        <source>ask your IT department to check the Invigilo deployment</source>
        <translation>Bitten Sie Ihre IT-Abteilung, die Invigilo-Verteilung zu prüfen</translation>
    </message>
</context>
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
        <location filename="../../client/ui/texts.py" line="104"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="105"/>
        <source>64-bit system</source>
        <translation>64-Bit-System</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="106"/>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="107"/>
        <source>Processor cores</source>
        <translation>Prozessorkerne</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="108"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="109"/>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="110"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="111"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="112"/>
        <source>Network response time</source>
        <translation>Antwortzeit des Netzwerks</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="113"/>
        <source>Upload speed</source>
        <translation>Upload-Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="114"/>
        <source>Computer clock</source>
        <translation>Uhrzeit des Computers</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="115"/>
        <source>Displays</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="116"/>
        <source>Screen recording</source>
        <translation>Bildschirmaufnahme</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="117"/>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="118"/>
        <source>Remote access</source>
        <translation>Fernzugriff</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="119"/>
        <source>Programs not allowed</source>
        <translation>Nicht erlaubte Programme</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="120"/>
        <source>Virtual camera or microphone</source>
        <translation>Virtuelle Kamera oder virtuelles Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="131"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="132"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="133"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="134"/>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="135"/>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="136"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="137"/>
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
        <location filename="../../client/ui/pages/checks.py" line="80"/>
        <source>Checking your computer</source>
        <translation>Ihr Computer wird geprüft</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="81"/>
        <source>This takes up to a minute. Keep the camera uncovered and say something so the microphone hears you.</source>
        <translation>Das dauert bis zu einer Minute. Lassen Sie die Kamera frei und sprechen Sie etwas, damit das Mikrofon Sie hört.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="84"/>
        <source>System check progress</source>
        <translation>Fortschritt der Systemprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="87"/>
        <source>System check result</source>
        <translation>Ergebnis der Systemprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="97"/>
        <source>Results of each check</source>
        <translation>Ergebnisse der einzelnen Prüfungen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="99"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="100"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="128"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="164"/>
        <source>Everything is ready.</source>
        <translation>Alles ist bereit.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="166"/>
        <source>Ready: every check that could run found nothing to fix.</source>
        <translation>Bereit: Keine der Prüfungen, die ausgeführt werden konnten, hat etwas zu beheben gefunden.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="169"/>
        <source>Ready, with warnings: you can continue, but fixing them makes the exam go more smoothly.</source>
        <translation>Bereit, mit Warnungen: Sie können weitermachen, aber wenn Sie die Hinweise beheben, läuft die Prüfung reibungsloser.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="172"/>
        <source>Some problems must be fixed before the exam. Follow the advice below, then press Check again.</source>
        <translation>Einige Probleme müssen vor der Prüfung behoben werden. Folgen Sie den Hinweisen unten und drücken Sie dann „Erneut prüfen“.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="175"/>
        <source>Some problems were found. This is a practice exam, so you can continue anyway and see the rest.</source>
        <translation>Es wurden Probleme gefunden. Dies ist eine Übungsprüfung, Sie können trotzdem weitermachen und den Rest ansehen.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/checks.py" line="178"/>
        <source>Could not check: {names}.</source>
        <translation>Nicht prüfbar: {names}.</translation>
    </message>
</context>
<context>
    <name>ConfigError</name>
    <message>
        <location filename="../../client/config/validate.py" line="26"/>
        <source>exam config field &apos;{field}&apos;: {problem}</source>
        <translation>Feld „{field}“ der Prüfungskonfiguration: {problem}</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="27"/>
        <source>ask the institution for a corrected exam file</source>
        <translation>Bitten Sie die Hochschule um eine korrigierte Prüfungsdatei</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="28"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="29"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="30"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="31"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="32"/>
        <source>a date and time with a time zone, like 2027-06-01T09:00:00Z</source>
        <translation>ein Datum mit Uhrzeit und Zeitzone, etwa 2027-06-01T09:00:00Z</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="34"/>
        <source>one of {options}</source>
        <translation>eines von {options}</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="35"/>
        <source>a list of {item}</source>
        <translation>eine Liste aus: {item}</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="36"/>
        <source>a table of {item}</source>
        <translation>eine Tabelle aus: {item}</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="37"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="38"/>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="39"/>
        <source>{value} is too small; the least allowed is {low}</source>
        <translation>{value} ist zu klein; erlaubt ist mindestens {low}</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="41"/>
        <source>{value} is too large; the most allowed is {high}</source>
        <translation>{value} ist zu groß; erlaubt ist höchstens {high}</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="43"/>
        <source>{value} is not in the expected form ({form})</source>
        <translation>{value} hat nicht die erwartete Form ({form})</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="44"/>
        <source>expected {expected}, found {found}</source>
        <translation>erwartet: {expected}, gefunden: {found}</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="45"/>
        <source>unknown setting; known settings here: {known}</source>
        <translation>unbekannte Einstellung; bekannte Einstellungen hier: {known}</translation>
    </message>
    <message>
        <location filename="../../client/config/validate.py" line="47"/>
        <source>is required ({expected})</source>
        <translation>fehlt, ist aber nötig ({expected})</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="18"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="27"/>
        <source>&lt;b&gt;What is recorded&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was aufgezeichnet wird&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="29"/>
        <source>&lt;b&gt;Who can see it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer es sehen kann&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="30"/>
        <source>&lt;b&gt;How long it is kept&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie lange es aufbewahrt wird&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="32"/>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fragen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="40"/>
        <source>Candidate number</source>
        <translation>Kandidatennummer</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="41"/>
        <source>as given by your institution</source>
        <translation>wie von Ihrer Hochschule angegeben</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="44"/>
        <source>Candidate &amp;number:</source>
        <translation>Kandidaten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="47"/>
        <source>I have read this and &amp;agree to be recorded during the exam</source>
        <translation>Ich habe dies gelesen und bin &amp;einverstanden, während der Prüfung aufgezeichnet zu werden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="49"/>
        <source>I agree to be recorded</source>
        <translation>Ich bin mit der Aufzeichnung einverstanden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="53"/>
        <source>Problem starting the exam</source>
        <translation>Problem beim Beginnen der Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="61"/>
        <source>Welcome to {title}</source>
        <translation>Willkommen zu: {title}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="64"/>
        <source>{institution} uses Invigilo to supervise this exam. The exam lasts {minutes} minutes. First we check your computer, camera and microphone and take two photos; this takes about five minutes.</source>
        <translation>{institution} beaufsichtigt diese Prüfung mit Invigilo. Die Prüfung dauert {minutes} Minuten. Zuerst prüfen wir Ihren Computer, Ihre Kamera und Ihr Mikrofon und machen zwei Fotos; das dauert etwa fünf Minuten.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="71"/>
        <source>your camera</source>
        <translation>Ihre Kamera</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="73"/>
        <source>your microphone</source>
        <translation>Ihr Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="75"/>
        <source>your screen</source>
        <translation>Ihr Bildschirm</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="77"/>
        <source>a photo of you and of your ID card</source>
        <translation>ein Foto von Ihnen und Ihrem Ausweis</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/consent.py" line="80"/>
        <source>{days} days, then it is deleted.</source>
        <translation>{days} Tage, danach wird es gelöscht.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../client/ui/texts.py" line="92"/>
        <source>No camera picture: check that the camera is connected, not covered, and not used by another program (close video-call apps).</source>
        <translation>Kein Kamerabild: Prüfen Sie, ob die Kamera angeschlossen und nicht abgedeckt ist und ob kein anderes Programm sie benutzt (schließen Sie Videokonferenz-Apps).</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="95"/>
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
        <location filename="../../client/ui/texts.py" line="22"/>
        <source>Practice exam</source>
        <translation>Übungsprüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="23"/>
        <source>Invigilo practice</source>
        <translation>Invigilo-Übung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="24"/>
        <source>Only you: this is a practice exam and nothing leaves your computer.</source>
        <translation>Nur Sie: Dies ist eine Übungsprüfung, und nichts verlässt Ihren Computer.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="26"/>
        <source>During this exam your webcam, microphone and screen are recorded. The recording is encrypted on this computer so that only your institution can open it.</source>
        <translation>Während dieser Prüfung werden Ihre Webcam, Ihr Mikrofon und Ihr Bildschirm aufgezeichnet. Die Aufzeichnung wird auf diesem Computer verschlüsselt, sodass nur Ihre Hochschule sie öffnen kann.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="29"/>
        <source>Exam reviewers at your institution.</source>
        <translation>Die Prüfungsaufsicht Ihrer Hochschule.</translation>
    </message>
</context>
<context>
    <name>ExamFile</name>
    <message>
        <location filename="../../client/config/fetch.py" line="22"/>
        <source>check the internet connection and try again; if it keeps failing, ask the institution for the exam file itself</source>
        <translation>Prüfen Sie die Internetverbindung und versuchen Sie es erneut; klappt es weiterhin nicht, bitten Sie die Hochschule um die Prüfungsdatei selbst</translation>
    </message>
    <message>
        <location filename="../../client/config/fetch.py" line="24"/>
        <source>ask the institution for the right exam link or the exam file itself</source>
        <translation>Bitten Sie die Hochschule um den richtigen Prüfungslink oder die Prüfungsdatei selbst</translation>
    </message>
    <message>
        <location filename="../../client/config/fetch.py" line="27"/>
        <source>the exam address {url} is not a secure (https://) address</source>
        <translation>Die Prüfungsadresse {url} ist keine sichere (https://) Adresse</translation>
    </message>
    <message>
        <location filename="../../client/config/fetch.py" line="29"/>
        <source>the exam address {url} sent us to an insecure address</source>
        <translation>Die Prüfungsadresse {url} hat auf eine unsichere Adresse weitergeleitet</translation>
    </message>
    <message>
        <location filename="../../client/config/fetch.py" line="31"/>
        <source>the exam server answered {status} for {url}</source>
        <translation>Der Prüfungsserver hat für {url} mit {status} geantwortet</translation>
    </message>
    <message>
        <location filename="../../client/config/fetch.py" line="32"/>
        <source>the exam server at {url} did not answer in time</source>
        <translation>Der Prüfungsserver unter {url} hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../client/config/fetch.py" line="33"/>
        <source>the exam server&apos;s certificate at {url} is not trusted</source>
        <translation>Dem Zertifikat des Prüfungsservers unter {url} wird nicht vertraut</translation>
    </message>
    <message>
        <location filename="../../client/config/fetch.py" line="35"/>
        <source>the exam server at {url} cannot be reached</source>
        <translation>Der Prüfungsserver unter {url} ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../client/config/fetch.py" line="36"/>
        <source>the exam could not be downloaded from {url} ({error})</source>
        <translation>Die Prüfung konnte nicht von {url} heruntergeladen werden ({error})</translation>
    </message>
    <message>
        <location filename="../../client/config/fetch.py" line="38"/>
        <source>{url} is not an exam file (it is larger than {kb} KB)</source>
        <translation>{url} ist keine Prüfungsdatei (sie ist größer als {kb} KB)</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="32"/>
        <source>the exam config is not UTF-8 text</source>
        <translation>Die Prüfungskonfiguration ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="33"/>
        <source>the exam config is not valid TOML: {error}</source>
        <translation>Die Prüfungskonfiguration ist kein gültiges TOML: {error}</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="34"/>
        <source>this exam opens on {when:%Y-%m-%d %H:%M %Z}</source>
        <translation>Diese Prüfung öffnet am {when:%d.%m.%Y um %H:%M %Z}</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="36"/>
        <source>come back then; check your computer&apos;s clock if that looks wrong</source>
        <translation>Kommen Sie dann wieder; prüfen Sie die Uhr Ihres Computers, falls das falsch aussieht</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="38"/>
        <source>this exam closed on {when:%Y-%m-%d %H:%M %Z}</source>
        <translation>Diese Prüfung wurde am {when:%d.%m.%Y um %H:%M %Z} geschlossen</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="39"/>
        <source>ask your institution for a current exam file</source>
        <translation>Bitten Sie Ihre Hochschule um eine aktuelle Prüfungsdatei</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="40"/>
        <source>must be later than exam.not_before</source>
        <translation>muss später als exam.not_before sein</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="41"/>
        <source>this invigilo:// link is damaged</source>
        <translation>Dieser invigilo://-Link ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="42"/>
        <source>this invigilo:// link is not one Invigilo understands</source>
        <translation>Diesen invigilo://-Link versteht Invigilo nicht</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="44"/>
        <source>the exam file {path} does not exist</source>
        <translation>Die Prüfungsdatei {path} existiert nicht</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="45"/>
        <source>the exam file {path} cannot be read ({why})</source>
        <translation>Die Prüfungsdatei {path} kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="46"/>
        <source>the exam&apos;s recording_key</source>
        <translation>der recording_key der Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="47"/>
        <source>this exam file names no recording key, so nothing could be recorded safely</source>
        <translation>Diese Prüfungsdatei nennt keinen Aufzeichnungsschlüssel, daher könnte nichts sicher aufgezeichnet werden</translation>
    </message>
    <message>
        <location filename="../../client/config/loader.py" line="49"/>
        <source>ask the institution for an exam file signed with its recording key (&apos;invigilo admin sign --recording-pub&apos;)</source>
        <translation>Bitten Sie die Hochschule um eine Prüfungsdatei, die mit ihrem Aufzeichnungsschlüssel signiert ist („invigilo admin sign --recording-pub“)</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="34"/>
        <source>the exam file is damaged: its &apos;{name}&apos; entry is missing</source>
        <translation>Die Prüfungsdatei ist beschädigt: Ihr Eintrag „{name}“ fehlt</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="36"/>
        <source>the exam file is damaged: its &apos;{name}&apos; entry is not base64</source>
        <translation>Die Prüfungsdatei ist beschädigt: Ihr Eintrag „{name}“ ist kein Base64</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="38"/>
        <source>this is not an exam file: it is larger than any exam file can be</source>
        <translation>Das ist keine Prüfungsdatei: Sie ist größer, als eine Prüfungsdatei sein kann</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="40"/>
        <source>this is not an Invigilo exam file (it is not a signed exam)</source>
        <translation>Das ist keine Invigilo-Prüfungsdatei (es ist keine signierte Prüfung)</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="42"/>
        <source>this is not an Invigilo exam file</source>
        <translation>Das ist keine Invigilo-Prüfungsdatei</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="43"/>
        <source>open the .invigilo file your institution sent you</source>
        <translation>Öffnen Sie die .invigilo-Datei, die Ihre Hochschule Ihnen geschickt hat</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="45"/>
        <source>this exam file has format version {found}; this app reads version {version}</source>
        <translation>Diese Prüfungsdatei hat die Formatversion {found}; diese App liest Version {version}</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="47"/>
        <source>update Invigilo</source>
        <translation>Aktualisieren Sie Invigilo</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="48"/>
        <source>no institution key is trusted on this computer, so no exam can open</source>
        <translation>Auf diesem Computer wird keinem Schlüssel einer Hochschule vertraut, daher kann keine Prüfung geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="50"/>
        <source>install your institution&apos;s Invigilo, or pass --trust signing.pub</source>
        <translation>Installieren Sie das Invigilo Ihrer Hochschule, oder geben Sie --trust signing.pub an</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="52"/>
        <source>this exam file has been altered since the institution signed it</source>
        <translation>Diese Prüfungsdatei wurde verändert, seit die Hochschule sie signiert hat</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="54"/>
        <source>ask your institution for a fresh copy</source>
        <translation>Bitten Sie Ihre Hochschule um eine neue Kopie</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="55"/>
        <source>this exam file is signed by a key this computer does not trust (signer {signer})</source>
        <translation>Diese Prüfungsdatei ist mit einem Schlüssel signiert, dem dieser Computer nicht vertraut (Unterzeichner {signer})</translation>
    </message>
    <message>
        <location filename="../../client/trust/signed_config.py" line="57"/>
        <source>ask your institution for its Invigilo installer or its signing.pub</source>
        <translation>Bitten Sie Ihre Hochschule um ihr Invigilo-Installationsprogramm oder ihre signing.pub</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="20"/>
        <source>something on this computer</source>
        <translation>etwas auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="22"/>
        <source>Not allowed in this exam: {what}</source>
        <translation>In dieser Prüfung nicht erlaubt: {what}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="24"/>
        <source>Noted for the reviewer: {what}</source>
        <translation>Für die Prüfenden vermerkt: {what}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="27"/>
        <source>What to do: {remedy}</source>
        <translation>Was Sie tun können: {remedy}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="39"/>
        <source>Your exam is running</source>
        <translation>Ihre Prüfung läuft</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="40"/>
        <source>Work on your exam as instructed. This window can stay in the background: the small status window shows that everything is fine.</source>
        <translation>Bearbeiten Sie Ihre Prüfung wie angewiesen. Dieses Fenster kann im Hintergrund bleiben: Das kleine Statusfenster zeigt, dass alles in Ordnung ist.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="44"/>
        <source>Exam time</source>
        <translation>Prüfungszeit</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="51"/>
        <source>Message from the exam&apos;s rules</source>
        <translation>Hinweis zu den Prüfungsregeln</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="61"/>
        <source>Earlier messages</source>
        <translation>Frühere Hinweise</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="65"/>
        <source>&amp;Finish exam</source>
        <translation>Prüfung &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="66"/>
        <source>Finish exam</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="79"/>
        <source>Your exam continues where it was. Nothing recorded before the interruption was lost.</source>
        <translation>Ihre Prüfung geht dort weiter, wo sie war. Nichts, was vor der Unterbrechung aufgezeichnet wurde, ging verloren.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="91"/>
        <source>The recording could not start on this computer. Your exam goes on and this is noted for the reviewer; tell your institution after the exam.</source>
        <translation>Die Aufzeichnung konnte auf diesem Computer nicht starten. Ihre Prüfung geht weiter und das wird für die Prüfenden vermerkt; informieren Sie Ihre Hochschule nach der Prüfung.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="125"/>
        <source>Finish the exam?</source>
        <translation>Prüfung beenden?</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/exam.py" line="126"/>
        <source>Finish the exam now? Recording stops and cannot be started again for this exam.</source>
        <translation>Die Prüfung jetzt beenden? Die Aufzeichnung endet und kann für diese Prüfung nicht wieder gestartet werden.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="19"/>
        <source>Handing in your exam</source>
        <translation>Ihre Prüfung wird abgegeben</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="22"/>
        <source>Upload progress</source>
        <translation>Fortschritt des Uploads</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="25"/>
        <source>Hand-in state</source>
        <translation>Stand der Abgabe</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="28"/>
        <source>Why the upload waits</source>
        <translation>Warum der Upload wartet</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="35"/>
        <source>&amp;Copy folder path</source>
        <translation>Ordnerpfad &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="36"/>
        <source>Copy folder path</source>
        <translation>Ordnerpfad kopieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="38"/>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="39"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="54"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="58"/>
        <source>Your exam is finished. Sealing the last recording and starting the upload…</source>
        <translation>Ihre Prüfung ist beendet. Die letzte Aufnahme wird versiegelt und der Upload beginnt…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="75"/>
        <source>The last attempt did not work: {problem}</source>
        <translation>Der letzte Versuch hat nicht geklappt: {problem}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="81"/>
        <source>✓ Everything is handed in and confirmed. It is safe to close Invigilo.</source>
        <translation>✓ Alles ist abgegeben und bestätigt. Sie können Invigilo jetzt schließen.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="85"/>
        <source>Your hand-in code is {code}. Your institution can check it against what it received; keep it until your result is out.</source>
        <translation>Ihr Abgabecode ist {code}. Ihre Hochschule kann ihn mit dem vergleichen, was sie erhalten hat; bewahren Sie ihn auf, bis Ihr Ergebnis vorliegt.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="96"/>
        <source>Uploading: {done} of {total} parts confirmed, {left} still to send. Please keep Invigilo open and stay online.</source>
        <translation>Upload läuft: {done} von {total} Teilen bestätigt, {left} noch zu senden. Bitte lassen Sie Invigilo geöffnet und bleiben Sie online.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/finish.py" line="102"/>
        <source>If you have to close before this finishes, nothing is lost: Invigilo continues the upload the next time it opens. If your institution asked you to hand in a folder instead, it is:
{folder}</source>
        <translation>Wenn Sie vorher schließen müssen, geht nichts verloren: Invigilo setzt den Upload beim nächsten Öffnen fort. Falls Ihre Hochschule Sie gebeten hat, stattdessen einen Ordner abzugeben, ist es dieser:
{folder}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../client/journal/errors.py" line="13"/>
        <source>session {session} was already finished and handed in</source>
        <translation>Die Sitzung {session} wurde bereits beendet und abgegeben</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="15"/>
        <source>this session is sealed to a different institution key</source>
        <translation>Diese Sitzung ist für einen anderen Schlüssel der Hochschule versiegelt</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="17"/>
        <source>continue it with the exam it was started with</source>
        <translation>Setzen Sie sie mit der Prüfung fort, mit der sie begonnen wurde</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="19"/>
        <source>the {stream} recording is paused: the recording folder is {fraction:.0%} full</source>
        <translation>Die Aufzeichnung {stream} ist angehalten: Der Aufzeichnungsordner ist zu {fraction:.0%} voll</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="21"/>
        <source>free some disk space</source>
        <translation>Schaffen Sie Speicherplatz</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="22"/>
        <source>the recording folder has reached its size limit</source>
        <translation>Der Aufzeichnungsordner hat seine Größengrenze erreicht</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="23"/>
        <source>the disk holding {where} is full</source>
        <translation>Das Laufwerk mit {where} ist voll</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="24"/>
        <source>free some disk space; what was already recorded is kept and will be uploaded</source>
        <translation>Schaffen Sie Speicherplatz; was schon aufgezeichnet ist, bleibt erhalten und wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="26"/>
        <source>cannot write to {where}: it is read-only or not yours</source>
        <translation>In {where} kann nicht geschrieben werden: Es ist schreibgeschützt oder gehört Ihnen nicht</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="28"/>
        <source>choose a recording folder you can write to</source>
        <translation>Wählen Sie einen Aufzeichnungsordner, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="29"/>
        <source>cannot write to {where}: {why}</source>
        <translation>In {where} kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="30"/>
        <source>{folder} is not a session folder: it has no {name}</source>
        <translation>{folder} ist kein Sitzungsordner: Es fehlt {name}</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="32"/>
        <source>point to the folder that holds session.json</source>
        <translation>Geben Sie den Ordner an, der session.json enthält</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="34"/>
        <source>{path} cannot be read ({why})</source>
        <translation>{path} kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="35"/>
        <source>{path} is not an Invigilo session record</source>
        <translation>{path} ist kein Invigilo-Sitzungsdatensatz</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="36"/>
        <source>{path} has session format version {found}; this version of Invigilo reads {version}</source>
        <translation>{path} hat die Sitzungsformatversion {found}; diese Version von Invigilo liest {version}</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="38"/>
        <source>update Invigilo</source>
        <translation>Aktualisieren Sie Invigilo</translation>
    </message>
    <message>
        <location filename="../../client/journal/errors.py" line="39"/>
        <source>{path} is damaged and cannot be read</source>
        <translation>{path} ist beschädigt und kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../client/trust/keys.py" line="33"/>
        <source>signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="34"/>
        <source>trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="35"/>
        <source>recording public key</source>
        <translation>öffentlicher Aufzeichnungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="36"/>
        <source>recording key</source>
        <translation>Aufzeichnungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="37"/>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="38"/>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="39"/>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="40"/>
        <source>{out} already holds keys ({names})</source>
        <translation>{out} enthält bereits Schlüssel ({names})</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="41"/>
        <source>choose an empty folder: replacing keys would orphan every recording sealed to them and every config signed with them</source>
        <translation>Wählen Sie einen leeren Ordner: Ersetzte Schlüssel würden jede damit versiegelte Aufzeichnung und jede damit signierte Konfiguration unbrauchbar machen</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="44"/>
        <source>the {what} file {path} does not exist</source>
        <translation>Die Datei {path} ({what}) existiert nicht</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="45"/>
        <source>the {what} file {path} cannot be read (permission denied)</source>
        <translation>Die Datei {path} ({what}) kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="47"/>
        <source>{path} is a folder, not a {what} file</source>
        <translation>{path} ist ein Ordner, keine Datei ({what})</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="48"/>
        <source>{path} is not a {what} file (no PEM key block found)</source>
        <translation>{path} ist keine Schlüsseldatei ({what}): kein PEM-Schlüsselblock gefunden</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="49"/>
        <source>{path} is not protected by a passphrase; leave it out</source>
        <translation>{path} ist nicht mit einer Passphrase geschützt; lassen Sie sie weg</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="51"/>
        <source>{path} is protected by a passphrase</source>
        <translation>{path} ist mit einer Passphrase geschützt</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="52"/>
        <source>give it with --passphrase-file</source>
        <translation>Geben Sie sie mit --passphrase-file an</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="53"/>
        <source>the passphrase does not open {path}</source>
        <translation>Die Passphrase öffnet {path} nicht</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="54"/>
        <source>check the passphrase file</source>
        <translation>Prüfen Sie die Passphrase-Datei</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="55"/>
        <source>{path} is damaged or not a private key</source>
        <translation>{path} ist beschädigt oder kein privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="56"/>
        <source>{path} is damaged or not a public key</source>
        <translation>{path} ist beschädigt oder kein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="57"/>
        <source>{path} is not an Ed25519 signing key</source>
        <translation>{path} ist kein Ed25519-Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="58"/>
        <source>use the signing.key made by &apos;invigilo admin keygen&apos;</source>
        <translation>Verwenden Sie die von „invigilo admin keygen“ erzeugte signing.key</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="60"/>
        <source>{path} is not an Ed25519 public signing key</source>
        <translation>{path} ist kein öffentlicher Ed25519-Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="61"/>
        <source>use the signing.pub made by &apos;invigilo admin keygen&apos;</source>
        <translation>Verwenden Sie die von „invigilo admin keygen“ erzeugte signing.pub</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="63"/>
        <source>{path} is not a recording key (X25519, or ML-KEM-768 then X25519)</source>
        <translation>{path} ist kein Aufzeichnungsschlüssel (X25519, oder ML-KEM-768 und dann X25519)</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="65"/>
        <source>use the recording key made by &apos;invigilo admin keygen&apos;</source>
        <translation>Verwenden Sie den von „invigilo admin keygen“ erzeugten Aufzeichnungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="67"/>
        <source>{path} is not a recording key (X25519 or ML-KEM-768+X25519)</source>
        <translation>{path} ist kein Aufzeichnungsschlüssel (X25519 oder ML-KEM-768+X25519)</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="69"/>
        <source>use the recording.key made by &apos;invigilo admin keygen&apos;</source>
        <translation>Verwenden Sie die von „invigilo admin keygen“ erzeugte recording.key</translation>
    </message>
    <message>
        <location filename="../../client/trust/keys.py" line="71"/>
        <source>the passphrase file {path} is empty</source>
        <translation>Die Passphrase-Datei {path} ist leer</translation>
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
        <location filename="../../client/ui/window.py" line="430"/>
        <source>Close during the exam?</source>
        <translation>Während der Prüfung schließen?</translation>
    </message>
    <message>
        <location filename="../../client/ui/window.py" line="431"/>
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
        <location filename="../../client/ui/pages/open_exam.py" line="25"/>
        <source>Open your exam</source>
        <translation>Öffnen Sie Ihre Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="22"/>
        <source>Your institution sent you an exam file (ending in .invigilo) or a link. You can also try everything first with a practice exam.</source>
        <translation>Ihre Hochschule hat Ihnen eine Prüfungsdatei (Endung .invigilo) oder einen Link geschickt. Sie können auch zuerst alles mit einer Übungsprüfung ausprobieren.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="18"/>
        <source>{institution} sent you an exam file (ending in .invigilo) or a link. You can also try everything first with a practice exam.</source>
        <translation>{institution} hat Ihnen eine Prüfungsdatei (mit der Endung .invigilo) oder einen Link geschickt. Sie können auch zuerst alles mit einer Übungsprüfung ausprobieren.</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="28"/>
        <source>C&amp;ontinue my exam</source>
        <translation>Meine Prüfung &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="29"/>
        <source>Continue my exam</source>
        <translation>Meine Prüfung fortsetzen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="34"/>
        <source>Open exam &amp;file…</source>
        <translation>Prüfungs&amp;datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="35"/>
        <location filename="../../client/ui/pages/open_exam.py" line="90"/>
        <source>Open exam file</source>
        <translation>Prüfungsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="41"/>
        <source>or paste an invigilo:// link here</source>
        <translation>oder fügen Sie hier einen invigilo://-Link ein</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="42"/>
        <source>Exam link</source>
        <translation>Prüfungslink</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="45"/>
        <source>Open &amp;link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="46"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="51"/>
        <source>Try a &amp;practice exam</source>
        <translation>&amp;Übungsprüfung ausprobieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="52"/>
        <source>Try a practice exam</source>
        <translation>Übungsprüfung ausprobieren</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="57"/>
        <source>Problem opening the exam</source>
        <translation>Problem beim Öffnen der Prüfung</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="67"/>
        <source>Your exam was interrupted (the app was closed or the computer restarted). Nothing recorded was lost: continue it now.</source>
        <translation>Ihre Prüfung wurde unterbrochen (die App wurde geschlossen oder der Computer neu gestartet). Nichts Aufgezeichnetes ging verloren: Setzen Sie sie jetzt fort.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="63"/>
        <source>What to do: {remedy}</source>
        <translation>Was Sie tun können: {remedy}</translation>
    </message>
    <message>
        <location filename="../../client/ui/pages/open_exam.py" line="91"/>
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
        <location filename="../../client/ui/texts.py" line="179"/>
        <source>Exam security stopped and could not be started again.</source>
        <translation>Der Prüfungsschutz wurde beendet und konnte nicht neu gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="180"/>
        <source>Close Invigilo and open it again: your exam continues where it was. If it happens again, tell your institution.</source>
        <translation>Schließen Sie Invigilo und öffnen Sie es erneut: Ihre Prüfung geht dort weiter, wo sie war. Passiert es wieder, sagen Sie es Ihrer Hochschule.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="182"/>
        <source>The camera stopped sending pictures.</source>
        <translation>Die Kamera sendet keine Bilder mehr.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="183"/>
        <source>Check that the camera is connected and not covered, and close programs that may use it (video calls).</source>
        <translation>Prüfen Sie, ob die Kamera angeschlossen und nicht abgedeckt ist, und schließen Sie Programme, die sie verwenden könnten (Videoanrufe).</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="185"/>
        <source>The microphone stopped.</source>
        <translation>Das Mikrofon liefert keinen Ton mehr.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="186"/>
        <source>Check that the microphone or headset is connected and not muted.</source>
        <translation>Prüfen Sie, ob Mikrofon oder Headset angeschlossen und nicht stummgeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="188"/>
        <source>The screen cannot be recorded.</source>
        <translation>Der Bildschirm kann nicht aufgenommen werden.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="189"/>
        <source>Allow Invigilo to record the screen in the system&apos;s privacy settings.</source>
        <translation>Erlauben Sie Invigilo in den Datenschutzeinstellungen des Systems, den Bildschirm aufzunehmen.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="191"/>
        <source>The disk is nearly full, so part of the recording stopped.</source>
        <translation>Der Speicherplatz ist fast voll, deshalb wurde ein Teil der Aufzeichnung angehalten.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="193"/>
        <source>Free up disk space: empty the recycle bin or delete large downloads.</source>
        <translation>Schaffen Sie Speicherplatz: Leeren Sie den Papierkorb oder löschen Sie große Downloads.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="196"/>
        <source>Part of the recording stopped.</source>
        <translation>Ein Teil der Aufzeichnung wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="197"/>
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
        <location filename="../../client/ui/texts.py" line="69"/>
        <source>No face found: sit in front of the camera and look straight at it.</source>
        <translation>Kein Gesicht gefunden: Setzen Sie sich vor die Kamera und schauen Sie direkt hinein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="71"/>
        <source>More than one face is in the picture: only you should be visible.</source>
        <translation>Mehr als ein Gesicht ist im Bild: Nur Sie sollten zu sehen sein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="73"/>
        <source>Come a little closer to the camera.</source>
        <translation>Kommen Sie etwas näher an die Kamera.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="74"/>
        <source>The picture is blurred: hold still and clean the camera lens.</source>
        <translation>Das Bild ist unscharf: Halten Sie still und reinigen Sie die Kameralinse.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="76"/>
        <source>The picture is too dark: turn on a light in front of you.</source>
        <translation>Das Bild ist zu dunkel: Schalten Sie ein Licht vor sich ein.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="78"/>
        <source>The picture is too bright: move away from the window or lamp behind you.</source>
        <translation>Das Bild ist zu hell: Rücken Sie vom Fenster oder der Lampe hinter Ihnen weg.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="80"/>
        <source>Hold your ID card up to the camera so that all four corners are visible.</source>
        <translation>Halten Sie Ihren Ausweis so vor die Kamera, dass alle vier Ecken zu sehen sind.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="82"/>
        <source>Part of the card is outside the picture: move it to the middle.</source>
        <translation>Ein Teil der Karte ist außerhalb des Bildes: Halten Sie sie in die Mitte.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="84"/>
        <source>Good: your face is clear and well lit.</source>
        <translation>Gut: Ihr Gesicht ist klar und gut beleuchtet.</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="85"/>
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
        <location filename="../../client/ui/status_view.py" line="39"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="40"/>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="46"/>
        <source>Time: {elapsed} (left: {left})</source>
        <translation>Zeit: {elapsed} (übrig: {left})</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="48"/>
        <source>Time: {elapsed} (the planned time is over)</source>
        <translation>Zeit: {elapsed} (die geplante Zeit ist vorbei)</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="63"/>
        <source>Upload: kept safely on this computer until it can be handed in</source>
        <translation>Upload: sicher auf diesem Computer aufbewahrt, bis es abgegeben werden kann</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="66"/>
        <source>Network: connected. Waiting to upload: {size}</source>
        <translation>Netzwerk: verbunden. Noch hochzuladen: {size}</translation>
    </message>
    <message>
        <location filename="../../client/ui/status_view.py" line="68"/>
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
        <location filename="../../client/ui/texts.py" line="144"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="145"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="146"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="153"/>
        <source>Exam security: on</source>
        <translation>Prüfungsschutz: an</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="154"/>
        <source>Exam security: starting…</source>
        <translation>Prüfungsschutz: startet…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="155"/>
        <source>Exam security: restarting…</source>
        <translation>Prüfungsschutz: startet neu…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="156"/>
        <source>Exam security: stopped (this is noted for the reviewer)</source>
        <translation>Prüfungsschutz: gestoppt (das wird für die Prüfenden vermerkt)</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="157"/>
        <source>Exam security: off</source>
        <translation>Prüfungsschutz: aus</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="164"/>
        <source>recording</source>
        <translation>wird aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="165"/>
        <source>paused (disk nearly full)</source>
        <translation>pausiert (Speicher fast voll)</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="166"/>
        <source>not recording</source>
        <translation>keine Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="167"/>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="168"/>
        <source>could not start</source>
        <translation>konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="169"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="170"/>
        <source>device missing: check the cable</source>
        <translation>Gerät fehlt: Kabel prüfen</translation>
    </message>
    <message>
        <location filename="../../client/ui/texts.py" line="171"/>
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
<context>
    <name>Upload</name>
    <message>
        <location filename="../../client/upload/errors.py" line="52"/>
        <source>cannot reach the upload server ({detail})</source>
        <translation>Der Upload-Server ist nicht erreichbar ({detail})</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="53"/>
        <source>the upload server stopped answering (no data for {seconds:.0f} s)</source>
        <translation>Der Upload-Server antwortet nicht mehr (seit {seconds:.0f} s keine Daten)</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="55"/>
        <source>the connection to the upload server was cut</source>
        <translation>Die Verbindung zum Upload-Server wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="56"/>
        <source>the upload server&apos;s certificate is not trusted ({detail}); nothing was sent to it</source>
        <translation>Dem Zertifikat des Upload-Servers wird nicht vertraut ({detail}); es wurde nichts an ihn gesendet</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="58"/>
        <source>the upload server&apos;s key is not the one the exam file names (pinned key); nothing was sent to it</source>
        <translation>Der Schlüssel des Upload-Servers ist nicht der, den die Prüfungsdatei nennt (festgelegter Schlüssel); es wurde nichts an ihn gesendet</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="60"/>
        <source>the upload server is busy (HTTP {status}); trying again later</source>
        <translation>Der Upload-Server ist ausgelastet (HTTP {status}); später wird es erneut versucht</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="61"/>
        <source>the upload server refused our credentials (HTTP {status})</source>
        <translation>Der Upload-Server hat unsere Zugangsdaten abgelehnt (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="62"/>
        <source>the upload server refused {what} (HTTP {status})</source>
        <translation>Der Upload-Server hat {what} abgelehnt (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="63"/>
        <source>the upload server refused {what}: it is larger than the server accepts</source>
        <translation>Der Upload-Server hat {what} abgelehnt: Es ist größer, als der Server annimmt</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="65"/>
        <source>the upload server gave an answer that makes no sense: {detail}</source>
        <translation>Der Upload-Server hat eine unsinnige Antwort gegeben: {detail}</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="67"/>
        <source>it named an address that is not a valid URL</source>
        <translation>Er nannte eine Adresse, die keine gültige URL ist</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="68"/>
        <source>the server has {path}, but its receipt cannot be written ({detail}); the file is kept and will be sent again</source>
        <translation>Der Server hat {path}, aber die Empfangsbestätigung kann nicht geschrieben werden ({detail}); die Datei bleibt erhalten und wird erneut gesendet</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="70"/>
        <source>{path} cannot be read ({detail}); it stays where it is</source>
        <translation>{path} kann nicht gelesen werden ({detail}); die Datei bleibt, wo sie ist</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="71"/>
        <source>the upload server&apos;s answer is far larger than expected; ignored</source>
        <translation>Die Antwort des Upload-Servers ist viel größer als erwartet; sie wird ignoriert</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="73"/>
        <source>the upload server redirected to {where}; uploads are never redirected</source>
        <translation>Der Upload-Server hat nach {where} umgeleitet; Uploads werden nie umgeleitet</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="75"/>
        <source>the hand-in folder {folder} is not there (unplugged or not mounted?)</source>
        <translation>Der Abgabeordner {folder} ist nicht da (abgesteckt oder nicht eingebunden?)</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="77"/>
        <source>the hand-in folder {folder} is full</source>
        <translation>Der Abgabeordner {folder} ist voll</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="78"/>
        <source>the hand-in folder {folder} cannot be written (read-only or not yours)</source>
        <translation>In den Abgabeordner {folder} kann nicht geschrieben werden (schreibgeschützt oder nicht Ihrer)</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="80"/>
        <source>the copy in the hand-in folder does not read back identical ({path})</source>
        <translation>Die Kopie im Abgabeordner lässt sich nicht identisch zurücklesen ({path})</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="83"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="84"/>
        <source>name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="85"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../client/upload/errors.py" line="86"/>
        <source>not valid HTTP</source>
        <translation>kein gültiges HTTP</translation>
    </message>
    <message>
        <location filename="../../client/upload/lock.py" line="18"/>
        <source>another Invigilo is already uploading {spool}; waiting for it to finish</source>
        <translation>Ein anderes Invigilo lädt {spool} bereits hoch; es wird gewartet, bis es fertig ist</translation>
    </message>
    <message>
        <location filename="../../client/upload/uploader.py" line="52"/>
        <source>the uploader hit an unexpected problem ({kind}); it keeps trying</source>
        <translation>Beim Upload ist ein unerwartetes Problem aufgetreten ({kind}); es wird weiter versucht</translation>
    </message>
</context>
</TS>
