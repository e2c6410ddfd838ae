<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot open folder</source>
        <translation>Ordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot sync folder</source>
        <translation>Ordner kann nicht synchronisiert werden</translation>
    </message>
    <message>
        <source>the disk is full (no space left on the device)</source>
        <translation>die Festplatte ist voll (kein Speicherplatz mehr auf dem Gerät)</translation>
    </message>
    <message>
        <source>the disk quota is used up (no space left for this user)</source>
        <translation>das Speicherkontingent ist aufgebraucht (kein Platz mehr für diesen Benutzer)</translation>
    </message>
</context>
<context>
    <name>CorrectWordCommand</name>
    <message>
        <source>Word correction</source>
        <translation>Wortkorrektur</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message numerus="yes">
        <source>your organisation&apos;s policy keeps %1 documents at most %n day(s)</source>
        <translation>
            <numerusform>die Richtlinie Ihrer Organisation bewahrt Dokumente der Klasse %1 höchstens %n Tag auf</numerusform>
            <numerusform>die Richtlinie Ihrer Organisation bewahrt Dokumente der Klasse %1 höchstens %n Tage auf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>the document has no recognised pages to export</source>
        <translation>das Dokument hat keine erkannten Seiten zum Exportieren</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>unbekanntes Exportformat</translation>
    </message>
    <message>
        <source>could not prepare page %1 for the PDF</source>
        <translation>Seite %1 konnte nicht für das PDF vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>a wrapped key in the vault index failed authentication</source>
        <translation>ein verpackter Schlüssel im Tresorindex hat die Authentifizierung nicht bestanden</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>the vault&apos;s key keySlots are malformed</source>
        <translation>die Schlüsselplätze des Tresors sind fehlerhaft</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete Now…</source>
        <translation>Jetzt &amp;löschen…</translation>
    </message>
    <message>
        <source>Change E&amp;xpiry…</source>
        <translation>A&amp;blaufdatum ändern…</translation>
    </message>
    <message>
        <source>&amp;Purge Expired Now</source>
        <translation>Abgelaufene jetzt &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo Correction</source>
        <translation>Korrektur &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo Correction</source>
        <translation>Korrektur &amp;wiederholen</translation>
    </message>
    <message>
        <source>C&amp;orrect Word</source>
        <translation>Wort &amp;korrigieren</translation>
    </message>
    <message>
        <source>&amp;Next Unsure Word</source>
        <translation>&amp;Nächstes unsicheres Wort</translation>
    </message>
    <message>
        <source>&amp;Previous Unsure Word</source>
        <translation>&amp;Vorheriges unsicheres Wort</translation>
    </message>
    <message>
        <source>Next Pa&amp;ge</source>
        <translation>Nächste &amp;Seite</translation>
    </message>
    <message>
        <source>Previous Pag&amp;e</source>
        <translation>Vorherige S&amp;eite</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>An &amp;Seite anpassen</translation>
    </message>
    <message>
        <source>Show Word &amp;Boxes</source>
        <translation>Wort&amp;rahmen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Find Document</source>
        <translation>Dokument &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About VaultOCR</source>
        <translation>&amp;Über VaultOCR</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Change C&amp;lass…</source>
        <translation>K&amp;lasse ändern…</translation>
    </message>
    <message>
        <source>&amp;Data-Path Report…</source>
        <translation>&amp;Datenpfad-Bericht…</translation>
    </message>
</context>
<context>
    <name>NetworkGuard</name>
    <message>
        <source>Could not install the network guard</source>
        <translation>Der Netzwerkschutz konnte nicht eingerichtet werden</translation>
    </message>
</context>
<context>
    <name>OcrCorrections</name>
    <message>
        <source>the corrected result must keep the document&apos;s pages</source>
        <translation>das korrigierte Ergebnis muss die Seiten des Dokuments behalten</translation>
    </message>
</context>
<context>
    <name>OcrJob</name>
    <message>
        <source>could not prepare page %1 for display</source>
        <translation>Seite %1 konnte nicht zur Anzeige vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>OcrOutputs</name>
    <message>
        <source>a PDF page cannot be kept by the streaming writer</source>
        <translation>eine PDF-Seite kann vom Streaming-Schreiber nicht übernommen werden</translation>
    </message>
</context>
<context>
    <name>OriginalPageRenderer</name>
    <message>
        <source>the original document could not be opened for display</source>
        <translation>das Originaldokument konnte nicht zur Anzeige geöffnet werden</translation>
    </message>
    <message>
        <source>page %1 of the original could not be shown</source>
        <translation>Seite %1 des Originals konnte nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>PageImageDecoder</name>
    <message>
        <source>the stored page image is empty</source>
        <translation>das gespeicherte Seitenbild ist leer</translation>
    </message>
    <message>
        <source>the stored page image could not be decoded</source>
        <translation>das gespeicherte Seitenbild konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the stored page image has an unknown format</source>
        <translation>das gespeicherte Seitenbild hat ein unbekanntes Format</translation>
    </message>
    <message>
        <source>the stored page image has an unsupported layout</source>
        <translation>das gespeicherte Seitenbild hat einen nicht unterstützten Aufbau</translation>
    </message>
    <message>
        <source>not enough memory to show the page</source>
        <translation>nicht genug Arbeitsspeicher, um die Seite anzuzeigen</translation>
    </message>
</context>
<context>
    <name>PageSelection</name>
    <message>
        <source>invalid page list &apos;%1&apos; (example: 1,3-5)</source>
        <translation>ungültige Seitenliste „%1“ (Beispiel: 1,3-5)</translation>
    </message>
</context>
<context>
    <name>PdfExportOptions</name>
    <message>
        <source>PDF/A does not allow encryption: choose one of the two</source>
        <translation>PDF/A erlaubt keine Verschlüsselung: Wählen Sie eines von beiden</translation>
    </message>
</context>
<context>
    <name>PdfObjectWriter</name>
    <message>
        <source>PDF object reserved but never written</source>
        <translation>PDF-Objekt reserviert, aber nie geschrieben</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>„%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be from %2 to %3</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>„%1“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; must be an object</source>
        <translation>Klasse „%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown export kind &quot;%1&quot; (known: pdf, pdf-encrypted, pdfa, txt, hocr, alto, original)</source>
        <translation>unbekannte Exportart „%1“ (bekannt: pdf, pdf-encrypted, pdfa, txt, hocr, alto, original)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in class &quot;%2&quot;</source>
        <translation>unbekannter Schlüssel „%1“ in Klasse „%2“</translation>
    </message>
    <message>
        <source>&quot;classes&quot; must be an object</source>
        <translation>„classes“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot; (known: low, moderate, high)</source>
        <translation>unbekannte Klasse „%1“ (bekannt: low, moderate, high)</translation>
    </message>
    <message>
        <source>&quot;require_passphrase&quot; must be true or false</source>
        <translation>„require_passphrase“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;allowed_languages&quot; must name at least one language</source>
        <translation>„allowed_languages“ muss mindestens eine Sprache nennen</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use tesseract&apos;s codes, e.g. eng, deu, fra)</source>
        <translation>unbekannte Sprache „%1“ (Tesseract-Codes verwenden, z. B. eng, deu, fra)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the policy must be a JSON object { … }</source>
        <translation>die Richtlinie muss ein JSON-Objekt { … } sein</translation>
    </message>
</context>
<context>
    <name>PolicyUi</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>Set by your organisation: %1</source>
        <translation>Von Ihrer Organisation festgelegt: %1</translation>
    </message>
</context>
<context>
    <name>TesseractEngine</name>
    <message>
        <source>automatic rotation needs the orientation data (install the Debian package tesseract-ocr-osd, or turn automatic rotation off)</source>
        <translation>die automatische Drehung braucht die Ausrichtungsdaten (installieren Sie das Debian-Paket tesseract-ocr-osd oder schalten Sie die automatische Drehung aus)</translation>
    </message>
    <message>
        <source>tesseract could not load the language data &apos;%1&apos; from %2</source>
        <translation>Tesseract konnte die Sprachdaten „%1“ aus %2 nicht laden</translation>
    </message>
</context>
<context>
    <name>VaultOcrCodec</name>
    <message>
        <source>a stored OCR result is malformed</source>
        <translation>ein gespeichertes OCR-Ergebnis ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>enter the vault&apos;s passphrase</source>
        <translation>geben Sie die Passphrase des Tresors ein</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>der Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>enter the vault&apos;s recovery key</source>
        <translation>geben Sie den Wiederherstellungsschlüssel des Tresors ein</translation>
    </message>
</context>
<context>
    <name>vo</name>
    <message>
        <source>the vault key is not in the keychain (use &apos;vaultocr recover&apos; with your recovery key)</source>
        <translation>der Tresorschlüssel ist nicht im Schlüsselbund (verwenden Sie „vaultocr recover“ mit Ihrem Wiederherstellungsschlüssel)</translation>
    </message>
    <message>
        <source>the keychain is not reachable: %1</source>
        <translation>der Schlüsselbund ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>cannot read the passphrase from the terminal</source>
        <translation>die Passphrase kann nicht vom Terminal gelesen werden</translation>
    </message>
    <message>
        <source>the passphrase is too long (more than %1 bytes)</source>
        <translation>die Passphrase ist zu lang (mehr als %1 Byte)</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>die Passphrase ist leer</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>die Passphrasen stimmen nicht überein</translation>
    </message>
    <message>
        <source>libsodium failed to initialise</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>the key derivation parameters are too weak (below Argon2id MODERATE)</source>
        <translation>die Parameter der Schlüsselableitung sind zu schwach (unter Argon2id MODERATE)</translation>
    </message>
    <message>
        <source>the key derivation parameters are out of range</source>
        <translation>die Parameter der Schlüsselableitung liegen außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>the key derivation salt must be %1 bytes</source>
        <translation>das Salt der Schlüsselableitung muss %1 Byte lang sein</translation>
    </message>
    <message>
        <source>key derivation failed: not enough memory</source>
        <translation>Schlüsselableitung fehlgeschlagen: nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>no terminal to read the passphrase from; use --passphrase-file</source>
        <translation>kein Terminal zum Lesen der Passphrase; verwenden Sie --passphrase-file</translation>
    </message>
    <message>
        <source>cannot open the passphrase file: %1</source>
        <translation>die Passphrase-Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation>die Passphrase-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation>die Passphrase-Datei ist leer</translation>
    </message>
    <message>
        <source>the recovery key is mistyped: %1</source>
        <translation>der Wiederherstellungsschlüssel ist falsch eingegeben: %1</translation>
    </message>
    <message>
        <source>character %1 is not one of A–Z and 2–7</source>
        <translation>Zeichen %1 ist keines von A–Z und 2–7</translation>
    </message>
    <message>
        <source>it has more than %1 characters</source>
        <translation>er hat mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>it has %1 characters instead of %2</source>
        <translation>er hat %1 statt %2 Zeichen</translation>
    </message>
    <message>
        <source>the checksum does not match; check every group</source>
        <translation>die Prüfsumme stimmt nicht; prüfen Sie jede Gruppe</translation>
    </message>
    <message>
        <source>encryption key has the wrong length</source>
        <translation>der Verschlüsselungsschlüssel hat die falsche Länge</translation>
    </message>
    <message>
        <source>the encrypted file failed its integrity check (%1): it was tampered with, is damaged, or the key is wrong</source>
        <translation>die verschlüsselte Datei hat die Integritätsprüfung nicht bestanden (%1): Sie wurde manipuliert, ist beschädigt, oder der Schlüssel ist falsch</translation>
    </message>
    <message>
        <source>Cannot read the input: %1</source>
        <translation>Die Eingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the page image could not be processed</source>
        <translation>das Seitenbild konnte nicht verarbeitet werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot write the audit trail (%1): %2</source>
        <translation>das Prüfprotokoll kann nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <source>the document was not stored: %1</source>
        <translation>das Dokument wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>import cancelled; nothing was stored</source>
        <translation>Import abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>this document has no OCR result</source>
        <translation>dieses Dokument hat kein OCR-Ergebnis</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: use a number and s, m, h or d, e.g. 30m, 12h, 7d</source>
        <translation>ungültige Dauer „%1“: Verwenden Sie eine Zahl und s, m, h oder d, z. B. 30m, 12h, 7d</translation>
    </message>
    <message>
        <source>a passphrase is needed</source>
        <translation>eine Passphrase wird benötigt</translation>
    </message>
    <message>
        <source>the vault header is damaged or was modified</source>
        <translation>der Tresorkopf ist beschädigt oder wurde verändert</translation>
    </message>
    <message>
        <source>it has multimedia or file attachment annotations</source>
        <translation>es enthält Multimedia- oder Dateianhang-Anmerkungen</translation>
    </message>
    <message>
        <source>it has annotations that are hidden or not printed</source>
        <translation>es enthält ausgeblendete oder nicht druckbare Anmerkungen</translation>
    </message>
    <message>
        <source>it has annotations without an appearance</source>
        <translation>es enthält Anmerkungen ohne Erscheinungsbild</translation>
    </message>
    <message>
        <source>it has LZW-compressed data</source>
        <translation>es enthält LZW-komprimierte Daten</translation>
    </message>
    <message>
        <source>it refers to external stream data</source>
        <translation>es verweist auf externe Stream-Daten</translation>
    </message>
    <message>
        <source>it has fonts that are not embedded</source>
        <translation>es enthält nicht eingebettete Schriften</translation>
    </message>
    <message>
        <source>it has JavaScript or other actions PDF/A forbids</source>
        <translation>es enthält JavaScript oder andere in PDF/A verbotene Aktionen</translation>
    </message>
    <message>
        <source>it has PostScript or alternate images</source>
        <translation>es enthält PostScript oder alternative Bilder</translation>
    </message>
    <message>
        <source>it has images marked for interpolation</source>
        <translation>es enthält Bilder, die zur Interpolation markiert sind</translation>
    </message>
    <message>
        <source>it uses CMYK colours, which an sRGB output intent does not cover</source>
        <translation>es verwendet CMYK-Farben, die eine sRGB-Ausgabebedingung nicht abdeckt</translation>
    </message>
    <message>
        <source>it has embedded files</source>
        <translation>es enthält eingebettete Dateien</translation>
    </message>
    <message>
        <source>it uses transfer functions</source>
        <translation>es verwendet Transferfunktionen</translation>
    </message>
    <message>
        <source>the input PDF cannot be made PDF/A without converting it: it has JavaScript</source>
        <translation>das Eingabe-PDF kann nicht ohne Umwandlung zu PDF/A werden: Es enthält JavaScript</translation>
    </message>
    <message>
        <source>the input PDF cannot be made PDF/A without converting it: its form fields have no appearance</source>
        <translation>das Eingabe-PDF kann nicht ohne Umwandlung zu PDF/A werden: Seine Formularfelder haben kein Erscheinungsbild</translation>
    </message>
    <message>
        <source>the input PDF cannot be made PDF/A without converting it: %1</source>
        <translation>das Eingabe-PDF kann nicht ohne Umwandlung zu PDF/A werden: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>invalid organisation policy %1: %2. No vault is opened until it is fixed.</source>
        <translation>ungültige Richtlinie der Organisation %1: %2. Bis sie korrigiert ist, wird kein Tresor geöffnet.</translation>
    </message>
    <message>
        <source>under the class %1 document %2 would already have expired (%3); nothing was changed. Delete it now, or keep its current expiry</source>
        <translation>in der Klasse %1 wäre Dokument %2 bereits abgelaufen (%3); nichts wurde geändert. Löschen Sie es jetzt oder behalten Sie sein aktuelles Ablaufdatum</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock your login keyring (log in to the desktop session) and try again; the vault key is still stored in it</source>
        <translation>der Schlüsselbund ist gesperrt: Entsperren Sie Ihren Anmelde-Schlüsselbund (an der Desktop-Sitzung anmelden) und versuchen Sie es erneut; der Tresorschlüssel ist weiterhin darin gespeichert</translation>
    </message>
</context>
<context>
    <name>vo::AtomicFile</name>
    <message>
        <source>libsodium failed to initialise</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>Cannot open the output folder</source>
        <translation>Der Ausgabeordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create the output file</source>
        <translation>Die Ausgabedatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the output file</source>
        <translation>Die Ausgabedatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Output file already committed or discarded</source>
        <translation>Ausgabedatei bereits abgeschlossen oder verworfen</translation>
    </message>
    <message>
        <source>Cannot commit the output file</source>
        <translation>Die Ausgabedatei kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>vo::AuditLog</name>
    <message>
        <source>open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>Statusabfrage</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>cannot seal an audit record</source>
        <translation>ein Prüfprotokolleintrag kann nicht versiegelt werden</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>truncate</source>
        <translation>Kürzen</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>cannot read the audit trail</source>
        <translation>das Prüfprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>audit record %1 failed verification (run &apos;vaultocr audit --verify&apos;)</source>
        <translation>Prüfprotokolleintrag %1 hat die Überprüfung nicht bestanden (führen Sie „vaultocr audit --verify“ aus)</translation>
    </message>
    <message>
        <source>record %1 was modified: it fails authentication</source>
        <translation>Eintrag %1 wurde verändert: Er besteht die Authentifizierung nicht</translation>
    </message>
    <message>
        <source>record %1 is out of place (it was written as record %2): records were reordered or removed</source>
        <translation>Eintrag %1 steht an falscher Stelle (er wurde als Eintrag %2 geschrieben): Einträge wurden umsortiert oder entfernt</translation>
    </message>
    <message>
        <source>record %1 does not chain to the record before it: its MAC or an earlier record was modified</source>
        <translation>Eintrag %1 ist nicht mit dem vorherigen verkettet: Sein MAC oder ein früherer Eintrag wurde verändert</translation>
    </message>
    <message>
        <source>record %1 is incomplete: the log was cut off mid-record</source>
        <translation>Eintrag %1 ist unvollständig: Das Protokoll wurde mitten im Eintrag abgeschnitten</translation>
    </message>
    <message>
        <source>the log was truncated: it holds %1 records, the vault index has seen %2</source>
        <translation>das Protokoll wurde gekürzt: Es enthält %1 Einträge, der Tresorindex kennt %2</translation>
    </message>
    <message>
        <source>record %1 is not the one the vault index recorded: the log was replaced</source>
        <translation>Eintrag %1 ist nicht der, den der Tresorindex vermerkt hat: Das Protokoll wurde ersetzt</translation>
    </message>
</context>
<context>
    <name>vo::BlobStore</name>
    <message>
        <source>cannot create the vault&apos;s blob folder</source>
        <translation>der Datenordner des Tresors kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>a part of this document is missing from the vault</source>
        <translation>ein Teil dieses Dokuments fehlt im Tresor</translation>
    </message>
</context>
<context>
    <name>vo::DocumentImporter</name>
    <message>
        <source>cannot read the file to import</source>
        <translation>die zu importierende Datei kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>vo::DocumentReader</name>
    <message>
        <source>this document has no stored page images</source>
        <translation>zu diesem Dokument sind keine Seitenbilder gespeichert</translation>
    </message>
    <message>
        <source>a document&apos;s page images are incomplete</source>
        <translation>die Seitenbilder eines Dokuments sind unvollständig</translation>
    </message>
    <message>
        <source>PDF/A, encryption and metadata apply to PDF exports only</source>
        <translation>PDF/A, Verschlüsselung und Metadaten gelten nur für PDF-Exporte</translation>
    </message>
    <message>
        <source>a PDF/A export needs the PDF/A option</source>
        <translation>ein PDF/A-Export braucht die PDF/A-Option</translation>
    </message>
    <message>
        <source>an encrypted PDF export needs a password</source>
        <translation>ein verschlüsselter PDF-Export braucht ein Passwort</translation>
    </message>
    <message>
        <source>a vault export has no original metadata to keep</source>
        <translation>ein Export aus dem Tresor hat keine Metadaten des Originals, die erhalten werden könnten</translation>
    </message>
</context>
<context>
    <name>vo::GlyphlessFont</name>
    <message>
        <source>The text-layer font pdf.ttf was not found (looked in %1); install libtesseract5 or set TESSDATA_PREFIX</source>
        <translation>Die Schrift pdf.ttf für die Textebene wurde nicht gefunden (gesucht in %1); installieren Sie libtesseract5 oder setzen Sie TESSDATA_PREFIX</translation>
    </message>
</context>
<context>
    <name>vo::InputMessages</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>Zugriff verweigert: Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is %1, over the %2 limit</source>
        <translation>die Datei ist %1 groß und überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>not a supported image or PDF</source>
        <translation>kein unterstütztes Bild oder PDF</translation>
    </message>
    <message>
        <source>page %1 cannot be decoded: the image is damaged or uses an unsupported encoding</source>
        <translation>Seite %1 kann nicht dekodiert werden: Das Bild ist beschädigt oder verwendet eine nicht unterstützte Kodierung</translation>
    </message>
    <message>
        <source>the TIFF file is damaged</source>
        <translation>die TIFF-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>page %1 is %2×%3 pixels, over the %4-megapixel limit</source>
        <translation>Seite %1 hat %2×%3 Pixel und überschreitet die Grenze von %4 Megapixeln</translation>
    </message>
    <message>
        <source>the file has %1 pages, over the %2-page limit</source>
        <translation>die Datei hat %1 Seiten und überschreitet die Grenze von %2 Seiten</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete</source>
        <translation>das PDF ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>das PDF ist passwortgeschützt</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>das PDF hat keine Seiten</translation>
    </message>
    <message>
        <source>page %1 of the PDF is damaged</source>
        <translation>Seite %1 des PDFs ist beschädigt</translation>
    </message>
    <message>
        <source>page %1 of the PDF could not be rendered</source>
        <translation>Seite %1 des PDFs konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>page %1 does not exist: the document has %2 pages</source>
        <translation>Seite %1 existiert nicht: Das Dokument hat %2 Seiten</translation>
    </message>
    <message>
        <source>the PDF resolution must be between 36 and 2400 dpi, not %1</source>
        <translation>die PDF-Auflösung muss zwischen 36 und 2400 dpi liegen, nicht %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the password for the PDF is wrong</source>
        <translation>das Passwort für das PDF ist falsch</translation>
    </message>
    <message>
        <source>page %1 of the PDF cannot be read: its structure is damaged</source>
        <translation>Seite %1 des PDFs kann nicht gelesen werden: Ihre Struktur ist beschädigt</translation>
    </message>
</context>
<context>
    <name>vo::KeychainStore</name>
    <message>
        <source>the keychain entry for this vault is empty</source>
        <translation>der Schlüsselbundeintrag für diesen Tresor ist leer</translation>
    </message>
    <message>
        <source>refusing to store an empty key</source>
        <translation>ein leerer Schlüssel wird nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>vo::LanguageCatalog</name>
    <message>
        <source>no OCR language given</source>
        <translation>keine OCR-Sprache angegeben</translation>
    </message>
    <message>
        <source>too many OCR languages (at most 16)</source>
        <translation>zu viele OCR-Sprachen (höchstens 16)</translation>
    </message>
    <message>
        <source>invalid language code &apos;%1&apos; (use codes like eng or eng+deu)</source>
        <translation>ungültiger Sprachcode „%1“ (verwenden Sie Codes wie eng oder eng+deu)</translation>
    </message>
    <message>
        <source>&apos;osd&apos; is not a recognition language</source>
        <translation>„osd“ ist keine Erkennungssprache</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not installed (install the Debian package %2)</source>
        <translation>Sprache „%1“ ist nicht installiert (installieren Sie das Debian-Paket %2)</translation>
    </message>
</context>
<context>
    <name>vo::ManagedPolicy</name>
    <message>
        <source>your organisation&apos;s policy forbids exporting %1 documents as %2 (allowed: %3)</source>
        <translation>die Richtlinie Ihrer Organisation verbietet, Dokumente der Klasse %1 als %2 zu exportieren (erlaubt: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy requires a passphrase-protected vault (use --passphrase)</source>
        <translation>die Richtlinie Ihrer Organisation verlangt einen mit Passphrase geschützten Tresor (--passphrase verwenden)</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy forbids OCR language &apos;%1&apos; (allowed: %2)</source>
        <translation>die Richtlinie Ihrer Organisation verbietet die OCR-Sprache „%1“ (erlaubt: %2)</translation>
    </message>
    <message>
        <source>%1 documents: kept at most %2 day(s)</source>
        <translation>Dokumente der Klasse %1: höchstens %2 Tag(e) aufbewahrt</translation>
    </message>
    <message>
        <source>%1 documents: exports allowed only as %2</source>
        <translation>Dokumente der Klasse %1: Export nur als %2</translation>
    </message>
    <message>
        <source>new vaults must be protected by a passphrase</source>
        <translation>neue Tresore müssen mit einer Passphrase geschützt sein</translation>
    </message>
    <message>
        <source>auto-lock after idle: at least %1 minute(s), never off</source>
        <translation>automatisches Sperren bei Inaktivität: mindestens %1 Minute(n), nie aus</translation>
    </message>
    <message>
        <source>copied text is cleared after at most %1 second(s)</source>
        <translation>kopierter Text wird nach höchstens %1 Sekunde(n) gelöscht</translation>
    </message>
    <message>
        <source>OCR languages allowed: %1</source>
        <translation>erlaubte OCR-Sprachen: %1</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>keine Regeln</translation>
    </message>
</context>
<context>
    <name>vo::OcrPipeline</name>
    <message>
        <source>no input files given</source>
        <translation>keine Eingabedateien angegeben</translation>
    </message>
    <message>
        <source>the page selection matches no page</source>
        <translation>die Seitenauswahl trifft auf keine Seite zu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>vo::PdfAssembler</name>
    <message>
        <source>the PDF could not be written</source>
        <translation>das PDF konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>vo::PolicyFile</name>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation>sie ist größer als %1 KiB</translation>
    </message>
</context>
<context>
    <name>vo::RecordReader</name>
    <message>
        <source>a document&apos;s stored data is malformed</source>
        <translation>die gespeicherten Daten eines Dokuments sind fehlerhaft</translation>
    </message>
</context>
<context>
    <name>vo::RetentionSettings</name>
    <message>
        <source>retention must be between 1 second and 100 years</source>
        <translation>die Aufbewahrungsdauer muss zwischen 1 Sekunde und 100 Jahren liegen</translation>
    </message>
</context>
<context>
    <name>vo::SearchablePdfWriter</name>
    <message>
        <source>The PDF is already finished</source>
        <translation>Das PDF ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>The page image cannot be stored in a PDF</source>
        <translation>Das Seitenbild kann nicht in einem PDF gespeichert werden</translation>
    </message>
    <message>
        <source>The page has no valid resolution</source>
        <translation>Die Seite hat keine gültige Auflösung</translation>
    </message>
    <message>
        <source>A PDF needs at least one page</source>
        <translation>Ein PDF braucht mindestens eine Seite</translation>
    </message>
    <message>
        <source>The streaming PDF writer does not encrypt; use PdfAssembler</source>
        <translation>Der Streaming-PDF-Schreiber verschlüsselt nicht; verwenden Sie PdfAssembler</translation>
    </message>
</context>
<context>
    <name>vo::SecretStreamReader</name>
    <message>
        <source>Cannot open the encrypted file: %1</source>
        <translation>Die verschlüsselte Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the header is missing</source>
        <translation>der Kopf fehlt</translation>
    </message>
    <message>
        <source>the header is invalid</source>
        <translation>der Kopf ist ungültig</translation>
    </message>
    <message>
        <source>the encrypted stream already failed</source>
        <translation>der verschlüsselte Datenstrom ist bereits fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot read the encrypted file: %1</source>
        <translation>Die verschlüsselte Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is truncated: the final chunk is missing</source>
        <translation>die Datei ist abgeschnitten: Der letzte Block fehlt</translation>
    </message>
    <message>
        <source>a chunk is truncated</source>
        <translation>ein Block ist abgeschnitten</translation>
    </message>
    <message>
        <source>a chunk is damaged, out of order or truncated</source>
        <translation>ein Block ist beschädigt, in falscher Reihenfolge oder abgeschnitten</translation>
    </message>
    <message>
        <source>there is data after the final chunk</source>
        <translation>nach dem letzten Block folgen weitere Daten</translation>
    </message>
    <message>
        <source>a chunk has an unexpected tag</source>
        <translation>ein Block hat eine unerwartete Markierung</translation>
    </message>
</context>
<context>
    <name>vo::SecretStreamWriter</name>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>Die verschlüsselte Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the encrypted stream is already finished</source>
        <translation>der verschlüsselte Datenstrom ist bereits abgeschlossen</translation>
    </message>
</context>
<context>
    <name>vo::TesseractEngine</name>
    <message>
        <source>tesseract failed to start</source>
        <translation>Tesseract konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the page has no image</source>
        <translation>die Seite hat kein Bild</translation>
    </message>
    <message>
        <source>the page image is too large for OCR (at most 32767 pixels a side)</source>
        <translation>das Seitenbild ist zu groß für die Texterkennung (höchstens 32767 Pixel pro Seite)</translation>
    </message>
    <message>
        <source>tesseract failed on this page</source>
        <translation>Tesseract ist an dieser Seite gescheitert</translation>
    </message>
    <message>
        <source>recognition timed out on this page</source>
        <translation>die Erkennung dieser Seite hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>tesseract could not recognise this page</source>
        <translation>Tesseract konnte diese Seite nicht erkennen</translation>
    </message>
</context>
<context>
    <name>vo::Vault</name>
    <message>
        <source>a vault already exists in this folder</source>
        <translation>in diesem Ordner gibt es bereits einen Tresor</translation>
    </message>
    <message>
        <source>cannot create the vault folder</source>
        <translation>der Tresorordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot wrap the vault&apos;s keys</source>
        <translation>die Schlüssel des Tresors können nicht verpackt werden</translation>
    </message>
    <message>
        <source>cannot store the vault key in the OS keychain (%1); without a keychain, use &apos;vaultocr init --passphrase&apos;</source>
        <translation>der Tresorschlüssel kann nicht im Schlüsselbund des Systems gespeichert werden (%1); ohne Schlüsselbund verwenden Sie „vaultocr init --passphrase“</translation>
    </message>
    <message>
        <source>no document %1 in the vault; nothing was deleted</source>
        <translation>kein Dokument %1 im Tresor; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy does not allow keeping this document that long</source>
        <translation>die Richtlinie Ihrer Organisation erlaubt nicht, dieses Dokument so lange aufzubewahren</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy sets a shorter retention for this class</source>
        <translation>die Richtlinie Ihrer Organisation legt für diese Klasse eine kürzere Aufbewahrungsdauer fest</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>der Tresor ist gesperrt</translation>
    </message>
</context>
<context>
    <name>vo::VaultHeader</name>
    <message>
        <source>no vault here (create one with &apos;vaultocr init&apos; or point --vault at it)</source>
        <translation>hier ist kein Tresor (legen Sie einen mit „vaultocr init“ an oder geben Sie ihn mit --vault an)</translation>
    </message>
    <message>
        <source>cannot read the vault header</source>
        <translation>der Tresorkopf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>this vault was written by a different VaultOCR version (format %1)</source>
        <translation>dieser Tresor wurde von einer anderen VaultOCR-Version geschrieben (Format %1)</translation>
    </message>
</context>
<context>
    <name>vo::VaultIndex</name>
    <message>
        <source>the vault index is malformed</source>
        <translation>der Tresorindex ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>vo::VaultLock</name>
    <message>
        <source>cannot open the vault lock: %1</source>
        <translation>die Tresorsperre kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the vault is in use by another VaultOCR process; close it and try again</source>
        <translation>der Tresor wird von einem anderen VaultOCR-Prozess verwendet; schließen Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot lock the vault: %1</source>
        <translation>der Tresor kann nicht gesperrt werden: %1</translation>
    </message>
</context>
<context>
    <name>vo::VaultState</name>
    <message>
        <source>the vault is locked</source>
        <translation>der Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>the vault is open read-only because another VaultOCR process is using it</source>
        <translation>der Tresor ist schreibgeschützt geöffnet, weil ein anderer VaultOCR-Prozess ihn verwendet</translation>
    </message>
    <message>
        <source>the vault was not changed: %1</source>
        <translation>der Tresor wurde nicht verändert: %1</translation>
    </message>
    <message>
        <source>document %1 expired and was purged</source>
        <translation>Dokument %1 ist abgelaufen und wurde gelöscht</translation>
    </message>
    <message>
        <source>no document %1 in the vault</source>
        <translation>kein Dokument %1 im Tresor</translation>
    </message>
    <message>
        <source>document %1 expired</source>
        <translation>Dokument %1 ist abgelaufen</translation>
    </message>
</context>
<context>
    <name>vo::aead</name>
    <message>
        <source>libsodium failed to initialise</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>encryption key has the wrong length</source>
        <translation>der Verschlüsselungsschlüssel hat die falsche Länge</translation>
    </message>
    <message>
        <source>the data failed its integrity check: it was tampered with, is damaged, or the key is wrong</source>
        <translation>die Daten haben die Integritätsprüfung nicht bestanden: Sie wurden manipuliert, sind beschädigt, oder der Schlüssel ist falsch</translation>
    </message>
    <message>
        <source>cannot wrap an empty key</source>
        <translation>ein leerer Schlüssel kann nicht verpackt werden</translation>
    </message>
</context>
<context>
    <name>vo::index_file</name>
    <message>
        <source>the vault index is damaged or was modified</source>
        <translation>der Tresorindex ist beschädigt oder wurde verändert</translation>
    </message>
    <message>
        <source>the vault has no index (incomplete or damaged vault)</source>
        <translation>der Tresor hat keinen Index (unvollständiger oder beschädigter Tresor)</translation>
    </message>
    <message>
        <source>cannot read the vault index</source>
        <translation>der Tresorindex kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>vo::master_key</name>
    <message>
        <source>no keychain to read the vault key from</source>
        <translation>kein Schlüsselbund, aus dem der Tresorschlüssel gelesen werden kann</translation>
    </message>
    <message>
        <source>the key in the keychain does not unlock this vault (use &apos;vaultocr recover&apos; with your recovery key)</source>
        <translation>der Schlüssel im Schlüsselbund entsperrt diesen Tresor nicht (verwenden Sie „vaultocr recover“ mit Ihrem Wiederherstellungsschlüssel)</translation>
    </message>
    <message>
        <source>this vault needs its passphrase</source>
        <translation>dieser Tresor braucht seine Passphrase</translation>
    </message>
    <message>
        <source>the vault&apos;s key derivation parameters were modified</source>
        <translation>die Parameter der Schlüsselableitung des Tresors wurden verändert</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>falsche Passphrase</translation>
    </message>
    <message>
        <source>the vault index is damaged or was modified</source>
        <translation>der Tresorindex ist beschädigt oder wurde verändert</translation>
    </message>
    <message>
        <source>the recovery key does not unlock this vault</source>
        <translation>der Wiederherstellungsschlüssel entsperrt diesen Tresor nicht</translation>
    </message>
    <message>
        <source>passphrase mode needs a passphrase key</source>
        <translation>der Passphrase-Modus braucht einen Passphrase-Schlüssel</translation>
    </message>
</context>
<context>
    <name>vo::ui::AboutDialog</name>
    <message>
        <source>Network access is blocked for this process (seccomp filter active): VaultOCR cannot open a network connection.</source>
        <translation>Der Netzwerkzugriff ist für diesen Prozess gesperrt (seccomp-Filter aktiv): VaultOCR kann keine Netzwerkverbindung öffnen.</translation>
    </message>
    <message>
        <source>Warning: the network guard is NOT active in this process.</source>
        <translation>Warnung: Der Netzwerkschutz ist in diesem Prozess NICHT aktiv.</translation>
    </message>
    <message>
        <source>About VaultOCR</source>
        <translation>Über VaultOCR</translation>
    </message>
    <message>
        <source>&lt;h2&gt;VaultOCR %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VaultOCR %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>On-device OCR for sensitive documents. Documents and their text stay on this computer, encrypted in your vault.</source>
        <translation>Texterkennung auf dem eigenen Gerät für vertrauliche Dokumente. Dokumente und ihr Text bleiben verschlüsselt in Ihrem Tresor auf diesem Computer.</translation>
    </message>
    <message>
        <source>Network status</source>
        <translation>Netzwerkstatus</translation>
    </message>
    <message>
        <source>Libraries and versions</source>
        <translation>Bibliotheken und Versionen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>vo::ui::AuditDialog</name>
    <message>
        <source>Vault created</source>
        <translation>Tresor angelegt</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Text recognised</source>
        <translation>Text erkannt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Deleted on expiry</source>
        <translation>Nach Ablauf gelöscht</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Schlüssel erneuert</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Recovered with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel wiederhergestellt</translation>
    </message>
    <message>
        <source>Expiry changed</source>
        <translation>Ablaufdatum geändert</translation>
    </message>
    <message>
        <source>Expiry shortened by policy</source>
        <translation>Ablaufdatum durch Richtlinie verkürzt</translation>
    </message>
    <message>
        <source>Text corrected</source>
        <translation>Text korrigiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird überprüft…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Prüfprotokolleinträge</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit trail is intact: %n record(s), each authenticated and chained to the one before.</source>
        <translation>
            <numerusform>✔ Das Prüfprotokoll ist unversehrt: %n Eintrag, authentifiziert und mit dem vorherigen verkettet.</numerusform>
            <numerusform>✔ Das Prüfprotokoll ist unversehrt: %n Einträge, jeder authentifiziert und mit dem vorherigen verkettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The audit trail failed verification at record %1: %2</source>
        <translation>✘ Das Prüfprotokoll hat die Überprüfung bei Eintrag %1 nicht bestanden: %2</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Class changed</source>
        <translation>Klasse geändert</translation>
    </message>
    <message>
        <source>%1 (organisation policy %2)</source>
        <translation>%1 (Richtlinie der Organisation %2)</translation>
    </message>
</context>
<context>
    <name>vo::ui::ClassDialog</name>
    <message>
        <source>&amp;Keep the current expiry date</source>
        <translation>Aktuelles Ablaufdatum &amp;behalten</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>Klasse ändern</translation>
    </message>
    <message>
        <source>Change sensitivity class</source>
        <translation>Vertraulichkeitsklasse ändern</translation>
    </message>
    <message>
        <source>Sensitivity class of “%1”:</source>
        <translation>Vertraulichkeitsklasse von „%1“:</translation>
    </message>
    <message>
        <source>%1 — kept %2</source>
        <translation>%1 — aufbewahrt %2</translation>
    </message>
    <message>
        <source>New sensitivity class</source>
        <translation>Neue Vertraulichkeitsklasse</translation>
    </message>
    <message>
        <source>Keep the current expiry date</source>
        <translation>Aktuelles Ablaufdatum behalten</translation>
    </message>
    <message>
        <source>Effect on the expiry</source>
        <translation>Auswirkung auf das Ablaufdatum</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>The expiry date stays as it is (within your organisation&apos;s limit for the class).</source>
        <translation>Das Ablaufdatum bleibt, wie es ist (innerhalb der Grenze Ihrer Organisation für die Klasse).</translation>
    </message>
    <message>
        <source>The document will be deleted %1 after it was imported, as if it had been imported as “%2”. If that time has already passed, the class is not changed.</source>
        <translation>Das Dokument wird %1 nach seinem Import gelöscht, als wäre es als „%2“ importiert worden. Ist diese Zeit schon vorbei, wird die Klasse nicht geändert.</translation>
    </message>
</context>
<context>
    <name>vo::ui::DocumentCommands</name>
    <message>
        <source>Import a folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import scans or PDFs</source>
        <translation>Scans oder PDFs importieren</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Scans und PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delete “%1” now? Its pages, text and corrections are destroyed and the vault key is replaced, so not even a backup of the vault can bring it back. This cannot be undone.</source>
        <translation>„%1“ jetzt löschen? Seiten, Text und Korrekturen werden vernichtet und der Tresorschlüssel wird ersetzt, sodass nicht einmal eine Sicherung des Tresors das Dokument zurückbringen kann. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Remove “%1” from this session? Its pages and text are dropped from memory. This cannot be undone.</source>
        <translation>„%1“ aus dieser Sitzung entfernen? Seiten und Text werden aus dem Arbeitsspeicher verworfen. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Jetzt löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
</context>
<context>
    <name>vo::ui::DocumentListModel</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Recognising… %1%</source>
        <translation>Wird erkannt… %1 %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Deleted automatically on %1</source>
        <translation>Wird am %1 automatisch gelöscht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
</context>
<context>
    <name>vo::ui::DocumentListPanel</name>
    <message>
        <source>Search names and text…</source>
        <translation>Namen und Text durchsuchen…</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Filter by class</source>
        <translation>Nach Klasse filtern</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>vo::ui::ExpiryDialog</name>
    <message>
        <source>Change expiry</source>
        <translation>Ablaufdatum ändern</translation>
    </message>
    <message>
        <source>“%1” is deleted automatically at:</source>
        <translation>„%1“ wird automatisch gelöscht am:</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Ablaufdatum und -uhrzeit</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>In 1 Tag</translation>
    </message>
    <message>
        <source>In 1 week</source>
        <translation>In 1 Woche</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>In 30 Tagen</translation>
    </message>
</context>
<context>
    <name>vo::ui::ExportDialog</name>
    <message>
        <source>Searchable &amp;PDF (page images with invisible text)</source>
        <translation>Durchsuchbares &amp;PDF (Seitenbilder mit unsichtbarem Text)</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Reiner &amp;Text</translation>
    </message>
    <message>
        <source>&amp;hOCR (HTML with word positions)</source>
        <translation>&amp;hOCR (HTML mit Wortpositionen)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Dokument exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose destination file</source>
        <translation>Zieldatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>hOCR files (*.hocr *.html)</source>
        <translation>hOCR-Dateien (*.hocr *.html)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(noch nicht ausgewählt)</translation>
    </message>
    <message>
        <source>&amp;ALTO XML (word positions, for archives and libraries)</source>
        <translation>&amp;ALTO-XML (Wortpositionen, für Archive und Bibliotheken)</translation>
    </message>
    <message>
        <source>The exported file is not encrypted unless you protect the PDF with a password. Store it somewhere safe and delete it when you no longer need it.</source>
        <translation>Die exportierte Datei ist nicht verschlüsselt, außer Sie schützen das PDF mit einem Passwort. Bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problem beim Export</translation>
    </message>
    <message>
        <source>PDF options</source>
        <translation>PDF-Optionen</translation>
    </message>
    <message>
        <source>PDF/&amp;A-2b (for long-term archiving; cannot be encrypted)</source>
        <translation>PDF/&amp;A-2b (Langzeitarchivierung; nicht verschlüsselbar)</translation>
    </message>
    <message>
        <source>E&amp;ncrypt with password (AES-256)</source>
        <translation>Mit Passwort &amp;verschlüsseln (AES-256)</translation>
    </message>
    <message>
        <source>Write PDF/A</source>
        <translation>PDF/A schreiben</translation>
    </message>
    <message>
        <source>Encrypt the PDF with a password</source>
        <translation>Das PDF mit einem Passwort verschlüsseln</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF-Passwort</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Repeat the PDF password</source>
        <translation>PDF-Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>ALTO XML files (*.xml)</source>
        <translation>ALTO-XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Enter the password for the PDF.</source>
        <translation>Geben Sie das Passwort für das PDF ein.</translation>
    </message>
    <message>
        <source>The two passwords differ. Enter them again.</source>
        <translation>Die beiden Passwörter sind verschieden. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>documents of this class cannot be exported</source>
        <translation>Dokumente dieser Klasse können nicht exportiert werden</translation>
    </message>
    <message>
        <source>this class may be exported only as %1</source>
        <translation>diese Klasse darf nur als %1 exportiert werden</translation>
    </message>
</context>
<context>
    <name>vo::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported and recognised.</source>
        <translation>
            <numerusform>%n Datei wird importiert und erkannt.</numerusform>
            <numerusform>%n Dateien werden importiert und erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — kept %2</source>
        <translation>%1 – %2 aufbewahrt</translation>
    </message>
    <message>
        <source>Sensitivity class</source>
        <translation>Vertraulichkeitsklasse</translation>
    </message>
    <message>
        <source>Decides how long the vault keeps the document before deleting it automatically</source>
        <translation>Bestimmt, wie lange der Tresor das Dokument aufbewahrt, bevor er es automatisch löscht</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>OCR-Sprachen</translation>
    </message>
    <message>
        <source>Tesseract language codes joined by +, e.g. eng+deu</source>
        <translation>Tesseract-Sprachcodes, mit + verbunden, z. B. eng+deu</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Vertraulichkeit:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>The document is stored encrypted in the vault.</source>
        <translation>Das Dokument wird verschlüsselt im Tresor gespeichert.</translation>
    </message>
    <message>
        <source>No vault is open: the result is kept in memory until you lock or quit.</source>
        <translation>Kein Tresor geöffnet: Das Ergebnis bleibt im Arbeitsspeicher, bis Sie sperren oder beenden.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>vo::ui::ImportQueue</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>Vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>vo::ui::JobsPanel</name>
    <message>
        <source>No imports running.</source>
        <translation>Keine laufenden Importe.</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Abgeschlossene &amp;entfernen</translation>
    </message>
    <message>
        <source>Import queue</source>
        <translation>Importwarteschlange</translation>
    </message>
    <message>
        <source>Clear finished imports</source>
        <translation>Abgeschlossene Importe entfernen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel import of %1</source>
        <translation>Import von %1 abbrechen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept</source>
        <translation>Abgebrochen; nichts wurde behalten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>vo::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;VaultOCR is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VaultOCR ist gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>Sperrstatus</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Passphrase des Tresors</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>Documents, text and page images were removed from memory.</source>
        <translation>Dokumente, Text und Seitenbilder wurden aus dem Arbeitsspeicher entfernt.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Use &amp;recovery key…</source>
        <translation>&amp;Wiederherstellungsschlüssel verwenden…</translation>
    </message>
    <message>
        <source>Open the vault with its recovery key</source>
        <translation>Den Tresor mit seinem Wiederherstellungsschlüssel öffnen</translation>
    </message>
</context>
<context>
    <name>vo::ui::MainWindow</name>
    <message>
        <source>VaultOCR</source>
        <translation>VaultOCR</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Text copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Text kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Text kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unsure words left.</source>
        <translation>Keine unsicheren Wörter mehr.</translation>
    </message>
    <message>
        <source>VaultOCR (locked)</source>
        <translation>VaultOCR (gesperrt)</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Delete failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>vo::ui::PageListModel</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>vo::ui::PageStrip</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>vo::ui::PageView</name>
    <message>
        <source>Page image</source>
        <translation>Seitenbild</translation>
    </message>
    <message>
        <source>The scanned page with the recognised words outlined</source>
        <translation>Die gescannte Seite mit umrandeten erkannten Wörtern</translation>
    </message>
</context>
<context>
    <name>vo::ui::PolicyErrorWindow</name>
    <message>
        <source>VaultOCR cannot start</source>
        <translation>VaultOCR kann nicht starten</translation>
    </message>
    <message>
        <source>Organisation policy error</source>
        <translation>Fehler in der Richtlinie der Organisation</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your organisation&apos;s policy for VaultOCR is not valid&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Die Richtlinie Ihrer Organisation für VaultOCR ist ungültig&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>VaultOCR opens no vault until the policy is fixed. Please tell your administrator what this window says.</source>
        <translation>VaultOCR öffnet keinen Tresor, bis die Richtlinie korrigiert ist. Bitte teilen Sie Ihrer Administration mit, was in diesem Fenster steht.</translation>
    </message>
</context>
<context>
    <name>vo::ui::RecoverDialog</name>
    <message>
        <source>Use recovery key</source>
        <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Type the recovery key you stored when the vault was created (14 groups of four letters and digits). VaultOCR then puts the vault&apos;s key back into the system keychain and opens the vault.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Anlegen des Tresors aufbewahrt haben (14 Gruppen aus vier Buchstaben und Ziffern). VaultOCR legt den Schlüssel des Tresors dann wieder im Schlüsselbund des Systems ab und öffnet den Tresor.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Type the recovery key you stored when the vault was created (14 groups of four letters and digits) and a new passphrase for the vault.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Anlegen des Tresors aufbewahrt haben (14 Gruppen aus vier Buchstaben und Ziffern), und eine neue Passphrase für den Tresor.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen sind verschieden.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New vault passphrase</source>
        <translation>Neue Passphrase des Tresors</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Repeat the new vault passphrase</source>
        <translation>Neue Passphrase des Tresors wiederholen</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problem mit der Passphrase</translation>
    </message>
</context>
<context>
    <name>vo::ui::RecoveryKeyDialog</name>
    <message>
        <source>I have written down or printed the recovery key and stored it safely</source>
        <translation>Ich habe den Wiederherstellungsschlüssel aufgeschrieben oder ausgedruckt und sicher verwahrt</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&lt;p&gt;If the key in your keychain is lost or you forget your passphrase, this recovery key is the &lt;b&gt;only&lt;/b&gt; way to open your vault. It is shown only now.&lt;/p&gt;&lt;p&gt;Write it down or print it and keep it away from this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn der Schlüssel in Ihrem Schlüsselbund verloren geht oder Sie Ihre Passphrase vergessen, ist dieser Wiederherstellungsschlüssel der &lt;b&gt;einzige&lt;/b&gt; Weg, Ihren Tresor zu öffnen. Er wird nur jetzt angezeigt.&lt;/p&gt;&lt;p&gt;Schreiben Sie ihn auf oder drucken Sie ihn aus und bewahren Sie ihn getrennt von diesem Computer auf.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vo::ui::ReportDialog</name>
    <message>
        <source>Data-Path Report</source>
        <translation>Datenpfad-Bericht</translation>
    </message>
    <message>
        <source>Data-path report</source>
        <translation>Datenpfad-Bericht</translation>
    </message>
    <message>
        <source>Gathering the facts of this installation…</source>
        <translation>Die Angaben zu dieser Installation werden gesammelt…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>The record a security review asks for, stated for this installation. It is written in English and contains no document names, text or keys.</source>
        <translation>Der Nachweis, den eine Sicherheitsprüfung verlangt, für diese Installation. Er ist auf Englisch verfasst und enthält keine Dokumentnamen, Texte oder Schlüssel.</translation>
    </message>
    <message>
        <source>Save Data-Path Report</source>
        <translation>Datenpfad-Bericht speichern</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>vo::ui::SettingsDialog</name>
    <message>
        <source>%1 (%2): install the package %3</source>
        <translation>%1 (%2): Paket %3 installieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation>&amp;Erkennung</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>Installed OCR languages</source>
        <translation>Installierte OCR-Sprachen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No OCR language is installed. Install at least tesseract-ocr-eng.</source>
        <translation>Keine OCR-Sprache installiert. Installieren Sie mindestens tesseract-ocr-eng.</translation>
    </message>
    <message>
        <source>Missing a language? Each one is a package, e.g.:
%1</source>
        <translation>Fehlt eine Sprache? Jede ist ein eigenes Paket, z. B.:
%1</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution for PDF pages</source>
        <translation>Auflösung für PDF-Seiten</translation>
    </message>
    <message>
        <source>One per processor core</source>
        <translation>Eine pro Prozessorkern</translation>
    </message>
    <message>
        <source>Pages recognised in parallel</source>
        <translation>Parallel erkannte Seiten</translation>
    </message>
    <message>
        <source>Turn pages the right way up</source>
        <translation>Seiten richtig herum drehen</translation>
    </message>
    <message>
        <source>Straighten slightly skewed pages</source>
        <translation>Leicht schiefe Seiten begradigen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Flag words below this confidence</source>
        <translation>Wörter unter dieser Sicherheit markieren</translation>
    </message>
    <message>
        <source>PDF resolution:</source>
        <translation>PDF-Auflösung:</translation>
    </message>
    <message>
        <source>Parallel pages:</source>
        <translation>Parallele Seiten:</translation>
    </message>
    <message>
        <source>Flag words below:</source>
        <translation>Wörter markieren unter:</translation>
    </message>
    <message>
        <source>Languages to recognise by default:</source>
        <translation>Standardmäßig zu erkennende Sprachen:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Nach Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Sperren, wenn der Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear copied text after seconds</source>
        <translation>Kopierten Text nach Sekunden löschen</translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation>Sperren nach Inaktivität von:</translation>
    </message>
    <message>
        <source>Clear copied text after:</source>
        <translation>Kopierten Text löschen nach:</translation>
    </message>
    <message>
        <source>Default sensitivity class</source>
        <translation>Standard-Vertraulichkeitsklasse</translation>
    </message>
    <message>
        <source>Default class for imports:</source>
        <translation>Standardklasse für Importe:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Retention for class %1</source>
        <translation>Aufbewahrung für Klasse %1</translation>
    </message>
    <message>
        <source>Keep %1 documents for:</source>
        <translation>Dokumente der Klasse „%1“ aufbewahren für:</translation>
    </message>
    <message>
        <source>Applies to documents imported from now on. Stored encrypted in the vault.</source>
        <translation>Gilt für ab jetzt importierte Dokumente. Verschlüsselt im Tresor gespeichert.</translation>
    </message>
    <message>
        <source>Open the vault to change how long documents are kept.</source>
        <translation>Öffnen Sie den Tresor, um die Aufbewahrungsdauer zu ändern.</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message numerus="yes">
        <source>at least %n minute(s)</source>
        <translation>
            <numerusform>mindestens %n Minute</numerusform>
            <numerusform>mindestens %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n second(s)</source>
        <translation>
            <numerusform>höchstens %n Sekunde</numerusform>
            <numerusform>höchstens %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n day(s)</source>
        <translation>
            <numerusform>höchstens %n Tag</numerusform>
            <numerusform>höchstens %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vo::ui::TextPane</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>Erkannter Text</translation>
    </message>
    <message>
        <source>Open or import a document to see its text here.</source>
        <translation>Öffnen oder importieren Sie ein Dokument, um seinen Text hier zu sehen.</translation>
    </message>
    <message>
        <source>Selected word</source>
        <translation>Ausgewähltes Wort</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Select a word, type the correction, press Enter</source>
        <translation>Wort auswählen, Korrektur eingeben, Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Apply correction</source>
        <translation>Korrektur übernehmen</translation>
    </message>
    <message>
        <source>Replace the selected word (Enter)</source>
        <translation>Ausgewähltes Wort ersetzen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>&amp;Wort:</translation>
    </message>
    <message>
        <source>No word selected</source>
        <translation>Kein Wort ausgewählt</translation>
    </message>
    <message>
        <source>Corrected (recognised as “%1”)</source>
        <translation>Korrigiert (erkannt als „%1“)</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>Sicherheit %1 %</translation>
    </message>
</context>
<context>
    <name>vo::ui::VaultController</name>
    <message>
        <source>No vault: documents are recognised in memory and forgotten when you lock or quit.</source>
        <translation>Kein Tresor: Dokumente werden im Arbeitsspeicher erkannt und beim Sperren oder Beenden vergessen.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Tresor wird angelegt…</translation>
    </message>
    <message>
        <source>The vault was not created</source>
        <translation>Der Tresor wurde nicht angelegt</translation>
    </message>
    <message>
        <source>The system keychain could not be used. Protect the vault with a passphrase instead.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden. Schützen Sie den Tresor stattdessen mit einer Passphrase.</translation>
    </message>
    <message>
        <source>Purging expired documents failed: %1</source>
        <translation>Entfernen abgelaufener Dokumente fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Expiry not changed</source>
        <translation>Ablaufdatum nicht geändert</translation>
    </message>
    <message>
        <source>Retention not changed</source>
        <translation>Aufbewahrungsdauer nicht geändert</translation>
    </message>
    <message>
        <source>%1
If the key is lost, click “Use recovery key…”.</source>
        <translation>%1
Wenn der Schlüssel verloren ist, klicken Sie auf „Wiederherstellungsschlüssel verwenden…“.</translation>
    </message>
    <message>
        <source>Recovering the vault…</source>
        <translation>Tresor wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The recovery key was not accepted: %1</source>
        <translation>Der Wiederherstellungsschlüssel wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Vault recovered: its key is back in the system keychain.</source>
        <translation>Tresor wiederhergestellt: sein Schlüssel ist wieder im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Class not changed</source>
        <translation>Klasse nicht geändert</translation>
    </message>
    <message>
        <source>Vault recovered: it is now protected by the new passphrase.</source>
        <translation>Tresor wiederhergestellt: er ist jetzt durch die neue Passphrase geschützt.</translation>
    </message>
</context>
<context>
    <name>vo::ui::WelcomeDialog</name>
    <message>
        <source>Keep the key in the system &amp;keychain (recommended)</source>
        <translation>Schlüssel im &amp;Schlüsselbund des Systems aufbewahren (empfohlen)</translation>
    </message>
    <message>
        <source>Protect the vault with a &amp;passphrase</source>
        <translation>Tresor mit einer &amp;Passphrase schützen</translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>Try &amp;Without a Vault</source>
        <translation>&amp;Ohne Tresor ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to VaultOCR</source>
        <translation>Willkommen bei VaultOCR</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your documents stay on this computer&lt;/h3&gt;&lt;p&gt;VaultOCR keeps every scan, its text and your corrections in an encrypted vault. Documents are deleted automatically when their time is up, and &lt;i&gt;Delete now&lt;/i&gt; makes them unrecoverable.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ihre Dokumente bleiben auf diesem Computer&lt;/h3&gt;&lt;p&gt;VaultOCR bewahrt jeden Scan, seinen Text und Ihre Korrekturen in einem verschlüsselten Tresor auf. Dokumente werden automatisch gelöscht, wenn ihre Zeit abgelaufen ist, und &lt;i&gt;Jetzt löschen&lt;/i&gt; macht sie unwiederbringlich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How the vault is unlocked</source>
        <translation>Wie der Tresor entsperrt wird</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Languages of your documents</source>
        <translation>Sprachen Ihrer Dokumente</translation>
    </message>
    <message>
        <source>Default OCR languages</source>
        <translation>Standard-OCR-Sprachen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s); a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen; einige zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen; einige zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>There is no way to open the vault without this passphrase or the recovery key.</source>
        <translation>Ohne diese Passphrase oder den Wiederherstellungsschlüssel lässt sich der Tresor nicht öffnen.</translation>
    </message>
    <message>
        <source>The key is stored in your login keyring and unlocked when you log in.</source>
        <translation>Der Schlüssel wird in Ihrem Anmelde-Schlüsselbund gespeichert und beim Anmelden entsperrt.</translation>
    </message>
    <message>
        <source>Set by your organisation: the vault must be protected by a passphrase.</source>
        <translation>Von Ihrer Organisation festgelegt: Der Tresor muss mit einer Passphrase geschützt sein.</translation>
    </message>
</context>
</TS>
