<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sync folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectWordCommand</name>
    <message>
        <source>Word correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>a wrapped key in the vault index failed authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>the vault&apos;s key keySlots are malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change E&amp;xpiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge Expired Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Unsure Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Unsure Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pag&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Word &amp;Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VaultOCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkGuard</name>
    <message>
        <source>Could not install the network guard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrCommand</name>
    <message>
        <source>Make a searchable PDF (and text/hOCR) from images and PDFs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrJob</name>
    <message>
        <source>could not prepare page %1 for display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSelection</name>
    <message>
        <source>invalid page list &apos;%1&apos; (example: 1,3-5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfObjectWriter</name>
    <message>
        <source>PDF object reserved but never written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TesseractEngine</name>
    <message>
        <source>automatic rotation needs the orientation data (install the Debian package tesseract-ocr-osd, or turn automatic rotation off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tesseract could not load the language data &apos;%1&apos; from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message numerus="yes">
        <source>  %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultOcrCodec</name>
    <message>
        <source>a stored OCR result is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo</name>
    <message>
        <source>the vault key is not in the keychain (use &apos;vaultocr recover&apos; with your recovery key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase from the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is too long (more than %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium failed to initialise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation parameters are too weak (below Argon2id MODERATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation parameters are out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation salt must be %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key derivation failed: not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to read the passphrase from; use --passphrase-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the passphrase file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery key is mistyped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is not one of A–Z and 2–7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 characters instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum does not match; check every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption key has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted file failed its integrity check (%1): it was tampered with, is damaged, or the key is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page image could not be processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit trail (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this document has no OCR result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: use a number and s, m, h or d, e.g. 30m, 12h, 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault header is damaged or was modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::AtomicFile</name>
    <message>
        <source>libsodium failed to initialise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file already committed or discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the output file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::AuditLog</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot seal an audit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit record %1 failed verification (run &apos;vaultocr audit --verify&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was modified: it fails authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is out of place (it was written as record %2): records were reordered or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 does not chain to the record before it: its MAC or an earlier record was modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is incomplete: the log was cut off mid-record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log was truncated: it holds %1 records, the vault index has seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is not the one the vault index recorded: the log was replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::BlobStore</name>
    <message>
        <source>cannot create the vault&apos;s blob folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of this document is missing from the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::DocumentImporter</name>
    <message>
        <source>cannot read the file to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::DocumentReader</name>
    <message>
        <source>this document has no stored page images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document&apos;s page images are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this export format is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::GlyphlessFont</name>
    <message>
        <source>The text-layer font pdf.ttf was not found (looked in %1); install libtesseract5 or set TESSDATA_PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::InputMessages</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1, over the %2 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a supported image or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be decoded: the image is damaged or uses an unsupported encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TIFF file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 is %2×%3 pixels, over the %4-megapixel limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 pages, over the %2-page limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of the PDF is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of the PDF could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 does not exist: the document has %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF resolution must be between 36 and 2400 dpi, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::KeychainStore</name>
    <message>
        <source>the keychain entry for this vault is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to store an empty key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::LanguageCatalog</name>
    <message>
        <source>no OCR language given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many OCR languages (at most 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid language code &apos;%1&apos; (use codes like eng or eng+deu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;osd&apos; is not a recognition language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not installed (install the Debian package %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::OcrPipeline</name>
    <message>
        <source>no input files given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page selection matches no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::RecordReader</name>
    <message>
        <source>a document&apos;s stored data is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::RetentionSettings</name>
    <message>
        <source>retention must be between 1 second and 100 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::SearchablePdfWriter</name>
    <message>
        <source>The PDF is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page image cannot be stored in a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has no valid resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF needs at least one page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::SecretStreamReader</name>
    <message>
        <source>Cannot open the encrypted file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted stream already failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the encrypted file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: the final chunk is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk is damaged, out of order or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is data after the final chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk has an unexpected tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::SecretStreamWriter</name>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted stream is already finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::TesseractEngine</name>
    <message>
        <source>tesseract failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page has no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page image is too large for OCR (at most 32767 pixels a side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tesseract failed on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognition timed out on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tesseract could not recognise this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::Vault</name>
    <message>
        <source>a vault already exists in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot wrap the vault&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the vault key in the OS keychain (%1); without a keychain, use &apos;vaultocr init --passphrase&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in the vault; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation&apos;s policy does not allow keeping this document that long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation&apos;s policy sets a shorter retention for this class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::VaultHeader</name>
    <message>
        <source>no vault here (create one with &apos;vaultocr init&apos; or point --vault at it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the vault header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault was written by a different VaultOCR version (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::VaultIndex</name>
    <message>
        <source>the vault index is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::VaultLock</name>
    <message>
        <source>cannot open the vault lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is in use by another VaultOCR process; close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::VaultState</name>
    <message>
        <source>the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is open read-only because another VaultOCR process is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 expired and was purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::aead</name>
    <message>
        <source>libsodium failed to initialise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption key has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data failed its integrity check: it was tampered with, is damaged, or the key is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot wrap an empty key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::cli</name>
    <message>
        <source>Usage: vaultocr [COMMAND] [OPTIONS]
On-device OCR with an encrypted local vault. Without a command the desktop app starts.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;vaultocr COMMAND --help&apos; for a command&apos;s options.

Exit codes: 0 success, 1 internal error, 2 usage, 3 input unreadable or unsupported,
4 language missing, 5 output not writable, 6 vault unavailable or busy,
7 authentication failed, 8 integrity check failed, 9 no such document,
10 document expired, 11 forbidden by policy, 130 cancelled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;vaultocr --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vaultocr languages
Lists the installed OCR language packs. Install more with: apt install tesseract-ocr-XXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OCR language packs installed (install the Debian package tesseract-ocr-eng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network guard: %1 (seccomp mode %2; every socket family but AF_UNIX is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenMP thread limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unset (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the installed OCR language packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the network guard, language data and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise text in images and PDFs and write a searchable PDF.
Several inputs become one output, in the order given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, JPEG, TIFF or PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searchable PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTPUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages, e.g. eng+deu (default eng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages recognised in parallel (default: one per core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution PDF pages are rendered at (default 300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages to process over all inputs, e.g. 1,3-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the text, pages separated by form feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write hOCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.hocr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not straighten skewed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not detect and fix page orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a page after S seconds (default: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain what was assumed (e.g. missing resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 2 usage, 3 input unreadable or unsupported, 4 language missing, 5 output not writable, 130 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input files; see &apos;vaultocr ocr --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to write: give -o OUTPUT.pdf, --sidecar or --hocr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi takes a number from 50 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-timeout takes a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) had no plausible resolution; 300 DPI was assumed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) recognised with %1 worker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create an encrypted vault. The master key goes into the OS keychain, or with
--passphrase is wrapped by a key derived from a passphrase (Argon2id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase mode (no OS keychain needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created vault %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key: OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key: protected by your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
RECOVERY KEY - write it down and keep it somewhere safe. It is shown only this once
and unlocks the vault with &apos;vaultocr recover&apos; if the keychain entry or passphrase is lost:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--class takes low, moderate or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt files into the vault and recognise their text. Prints one document ID
per file. Default retention: low 90 days, moderate 30 days, high 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity: low, moderate or high (default moderate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire after this long instead, e.g. 30m, 12h, 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages, e.g. eng+deu (default eng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages recognised in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the original only, without recognising it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files to import; see &apos;vaultocr import --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the documents in the vault (times in UTC, ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a document&apos;s recognised text (pages separated by form feeds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one document ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a document out of the vault as a searchable PDF, plain text or hOCR
(chosen by the output&apos;s extension: .pdf, .txt, .hocr), or with --original the
imported file itself. The exported file is NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the original file, byte for byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vaultocr export ID -o OUT.pdf|OUT.txt|OUT.hocr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output must end in .pdf, .txt or .hocr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete documents now: their encrypted data is removed and the master key is
replaced, so copies of the old index left on the disk cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the IDs of the documents to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1 document(s); master key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every expired document now (run it from a systemd user timer to purge
while the app is closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged %1 expired document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when documents expire, counted from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time to expiry, e.g. 30m, 12h, 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: vaultocr expire ID... --in T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the vault&apos;s audit trail (no names, paths or text are ever recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chain of MACs: report truncation, reordering or modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail verification FAILED at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail OK: %1 records, chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault&apos;s master key (every document key is re-wrapped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master key rotated (key epoch %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault with its recovery key and store the master key in the OS keychain
again, or (with --passphrase) protect it with a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the key with a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the recovery key from FILE instead of the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault recovered: the master key is now protected by the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault recovered: the master key is back in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an encrypted vault (OS keychain or --passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt and OCR files into the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the vault&apos;s documents [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a document&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a document out as PDF, text or hOCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete documents now (crypto-shredding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete expired documents now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when documents expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or --verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault&apos;s master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regain access with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::cli::TerminalProgress</name>
    <message>
        <source>Recognising page %1 of %2… %3%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::cli::VaultParser</name>
    <message>
        <source>Vault passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder (default: $VAULTOCR_VAULT, else the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from FILE instead of the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::index_file</name>
    <message>
        <source>the vault index is damaged or was modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault has no index (incomplete or damaged vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the vault index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::master_key</name>
    <message>
        <source>no keychain to read the vault key from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in the keychain does not unlock this vault (use &apos;vaultocr recover&apos; with your recovery key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault needs its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s key derivation parameters were modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault index is damaged or was modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery key does not unlock this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase mode needs a passphrase key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::AboutDialog</name>
    <message>
        <source>Network access is blocked for this process (seccomp filter active): VaultOCR cannot open a network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the network guard is NOT active in this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VaultOCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;VaultOCR %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-device OCR for sensitive documents. Documents and their text stay on this computer, encrypted in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::DocumentListModel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted automatically on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::DocumentListPanel</name>
    <message>
        <source>Search names and text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::ExportDialog</name>
    <message>
        <source>Searchable &amp;PDF (page images with invisible text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;hOCR (HTML with word positions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is not encrypted. Store it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hOCR files (*.hocr *.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::Exporter</name>
    <message>
        <source>the document has no recognised pages to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not prepare page %1 for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported and recognised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — kept %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides how long the vault keeps the document before deleting it automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract language codes joined by +, e.g. eng+deu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is stored encrypted in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault is open: the result is kept in memory until you lock or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::ImportQueue</name>
    <message>
        <source>Cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::JobsPanel</name>
    <message>
        <source>No imports running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;VaultOCR is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, text and page images were removed from memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::MainWindow</name>
    <message>
        <source>VaultOCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Import a scan or a PDF to start (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text copied. The clipboard will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No unsure words left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scans or PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” now? Its pages, text and corrections are destroyed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VaultOCR (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::PageListModel</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::PageView</name>
    <message>
        <source>Page image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned page with the recognised words outlined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::SettingsDialog</name>
    <message>
        <source>%1 (%2): install the package %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed OCR languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OCR language is installed. Install at least tesseract-ocr-eng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing a language? Each one is a package, e.g.:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution for PDF pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per processor core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages recognised in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn pages the right way up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straighten slightly skewed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag words below this confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag words below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages to recognise by default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default sensitivity class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default class for imports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention for class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 documents for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to documents imported from now on. Stored encrypted in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault to change how long documents are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vo::ui::TextPane</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or import a document to see its text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a word, type the correction, press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected word (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No word selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected (recognised as “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
