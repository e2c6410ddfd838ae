<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot open folder</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>Cannot sync folder</source>
        <translation>Impossible de synchroniser le dossier</translation>
    </message>
    <message>
        <source>the disk is full (no space left on the device)</source>
        <translation>le disque est plein (plus d’espace libre sur le périphérique)</translation>
    </message>
    <message>
        <source>the disk quota is used up (no space left for this user)</source>
        <translation>le quota de disque est épuisé (plus d’espace pour cet utilisateur)</translation>
    </message>
</context>
<context>
    <name>CorrectWordCommand</name>
    <message>
        <source>Word correction</source>
        <translation>Correction de mot</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message numerus="yes">
        <source>your organisation&apos;s policy keeps %1 documents at most %n day(s)</source>
        <translation>
            <numerusform>la politique de votre organisation conserve les documents de classe %1 au plus %n jour</numerusform>
            <numerusform>la politique de votre organisation conserve les documents de classe %1 au plus %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>the document has no recognised pages to export</source>
        <translation>le document n&apos;a aucune page reconnue à exporter</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>format d&apos;export inconnu</translation>
    </message>
    <message>
        <source>could not prepare page %1 for the PDF</source>
        <translation>la page %1 n&apos;a pas pu être préparée pour le PDF</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>a wrapped key in the vault index failed authentication</source>
        <translation>une clé enveloppée de l&apos;index du coffre n&apos;a pas passé l&apos;authentification</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>the vault&apos;s key keySlots are malformed</source>
        <translation>les emplacements de clé du coffre sont mal formés</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>&amp;Delete Now…</source>
        <translation>&amp;Supprimer maintenant…</translation>
    </message>
    <message>
        <source>Change E&amp;xpiry…</source>
        <translation>Modifier l&apos;e&amp;xpiration…</translation>
    </message>
    <message>
        <source>&amp;Purge Expired Now</source>
        <translation>Purger les documents e&amp;xpirés</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo Correction</source>
        <translation>&amp;Annuler la correction</translation>
    </message>
    <message>
        <source>&amp;Redo Correction</source>
        <translation>&amp;Rétablir la correction</translation>
    </message>
    <message>
        <source>C&amp;orrect Word</source>
        <translation>C&amp;orriger le mot</translation>
    </message>
    <message>
        <source>&amp;Next Unsure Word</source>
        <translation>Mot incertain &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Unsure Word</source>
        <translation>Mot incertain &amp;précédent</translation>
    </message>
    <message>
        <source>Next Pa&amp;ge</source>
        <translation>Page suiva&amp;nte</translation>
    </message>
    <message>
        <source>Previous Pag&amp;e</source>
        <translation>Page précéd&amp;ente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Ajuster à la &amp;page</translation>
    </message>
    <message>
        <source>Show Word &amp;Boxes</source>
        <translation>Afficher les &amp;cadres des mots</translation>
    </message>
    <message>
        <source>&amp;Find Document</source>
        <translation>&amp;Rechercher un document</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About VaultOCR</source>
        <translation>&amp;À propos de VaultOCR</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Change C&amp;lass…</source>
        <translation>Changer la c&amp;lasse…</translation>
    </message>
    <message>
        <source>&amp;Data-Path Report…</source>
        <translation>&amp;Rapport sur le parcours des données…</translation>
    </message>
</context>
<context>
    <name>NetworkGuard</name>
    <message>
        <source>Could not install the network guard</source>
        <translation>La protection réseau n&apos;a pas pu être installée</translation>
    </message>
</context>
<context>
    <name>OcrCorrections</name>
    <message>
        <source>the corrected result must keep the document&apos;s pages</source>
        <translation>le résultat corrigé doit conserver les pages du document</translation>
    </message>
</context>
<context>
    <name>OcrJob</name>
    <message>
        <source>could not prepare page %1 for display</source>
        <translation>la page %1 n&apos;a pas pu être préparée pour l&apos;affichage</translation>
    </message>
</context>
<context>
    <name>OcrOutputs</name>
    <message>
        <source>a PDF page cannot be kept by the streaming writer</source>
        <translation>une page PDF ne peut pas être conservée par l&apos;écriture en flux</translation>
    </message>
</context>
<context>
    <name>OriginalPageRenderer</name>
    <message>
        <source>the original document could not be opened for display</source>
        <translation>le document original n&apos;a pas pu être ouvert pour l&apos;affichage</translation>
    </message>
    <message>
        <source>page %1 of the original could not be shown</source>
        <translation>la page %1 de l&apos;original n&apos;a pas pu être affichée</translation>
    </message>
</context>
<context>
    <name>PageImageDecoder</name>
    <message>
        <source>the stored page image is empty</source>
        <translation>l&apos;image de page enregistrée est vide</translation>
    </message>
    <message>
        <source>the stored page image could not be decoded</source>
        <translation>l&apos;image de page enregistrée n&apos;a pas pu être décodée</translation>
    </message>
    <message>
        <source>the stored page image has an unknown format</source>
        <translation>l&apos;image de page enregistrée a un format inconnu</translation>
    </message>
    <message>
        <source>the stored page image has an unsupported layout</source>
        <translation>l&apos;image de page enregistrée a une structure non prise en charge</translation>
    </message>
    <message>
        <source>not enough memory to show the page</source>
        <translation>mémoire insuffisante pour afficher la page</translation>
    </message>
</context>
<context>
    <name>PageSelection</name>
    <message>
        <source>invalid page list &apos;%1&apos; (example: 1,3-5)</source>
        <translation>liste de pages « %1 » invalide (exemple : 1,3-5)</translation>
    </message>
</context>
<context>
    <name>PdfExportOptions</name>
    <message>
        <source>PDF/A does not allow encryption: choose one of the two</source>
        <translation>PDF/A n&apos;autorise pas le chiffrement : choisissez l&apos;un des deux</translation>
    </message>
</context>
<context>
    <name>PdfObjectWriter</name>
    <message>
        <source>PDF object reserved but never written</source>
        <translation>objet PDF réservé mais jamais écrit</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>« %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>« %1 » ne doit pas être négatif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be from %2 to %3</source>
        <translation>« %1 » doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>« %1 » doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>class &quot;%1&quot; must be an object</source>
        <translation>la classe « %1 » doit être un objet</translation>
    </message>
    <message>
        <source>unknown export kind &quot;%1&quot; (known: pdf, pdf-encrypted, pdfa, txt, hocr, alto, original)</source>
        <translation>type d&apos;export inconnu « %1 » (connus : pdf, pdf-encrypted, pdfa, txt, hocr, alto, original)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in class &quot;%2&quot;</source>
        <translation>clé inconnue « %1 » dans la classe « %2 »</translation>
    </message>
    <message>
        <source>&quot;classes&quot; must be an object</source>
        <translation>« classes » doit être un objet</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot; (known: low, moderate, high)</source>
        <translation>classe inconnue « %1 » (connues : low, moderate, high)</translation>
    </message>
    <message>
        <source>&quot;require_passphrase&quot; must be true or false</source>
        <translation>« require_passphrase » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;allowed_languages&quot; must name at least one language</source>
        <translation>« allowed_languages » doit nommer au moins une langue</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use tesseract&apos;s codes, e.g. eng, deu, fra)</source>
        <translation>langue inconnue « %1 » (utilisez les codes de tesseract, p. ex. eng, deu, fra)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>the policy must be a JSON object { … }</source>
        <translation>la politique doit être un objet JSON { … }</translation>
    </message>
</context>
<context>
    <name>PolicyUi</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <source>Set by your organisation: %1</source>
        <translation>Défini par votre organisation : %1</translation>
    </message>
</context>
<context>
    <name>TesseractEngine</name>
    <message>
        <source>automatic rotation needs the orientation data (install the Debian package tesseract-ocr-osd, or turn automatic rotation off)</source>
        <translation>la rotation automatique nécessite les données d&apos;orientation (installez le paquet Debian tesseract-ocr-osd ou désactivez la rotation automatique)</translation>
    </message>
    <message>
        <source>tesseract could not load the language data &apos;%1&apos; from %2</source>
        <translation>tesseract n&apos;a pas pu charger les données de langue « %1 » depuis %2</translation>
    </message>
</context>
<context>
    <name>VaultOcrCodec</name>
    <message>
        <source>a stored OCR result is malformed</source>
        <translation>un résultat OCR enregistré est mal formé</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>enter the vault&apos;s passphrase</source>
        <translation>saisissez la phrase secrète du coffre</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
    <message>
        <source>enter the vault&apos;s recovery key</source>
        <translation>saisissez la clé de récupération du coffre</translation>
    </message>
</context>
<context>
    <name>vo</name>
    <message>
        <source>the vault key is not in the keychain (use &apos;vaultocr recover&apos; with your recovery key)</source>
        <translation>la clé du coffre n&apos;est pas dans le trousseau (utilisez « vaultocr recover » avec votre clé de récupération)</translation>
    </message>
    <message>
        <source>the keychain is not reachable: %1</source>
        <translation>le trousseau n&apos;est pas accessible : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>cannot read the passphrase from the terminal</source>
        <translation>impossible de lire la phrase secrète depuis le terminal</translation>
    </message>
    <message>
        <source>the passphrase is too long (more than %1 bytes)</source>
        <translation>la phrase secrète est trop longue (plus de %1 octets)</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la phrase secrète est vide</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>les phrases secrètes ne correspondent pas</translation>
    </message>
    <message>
        <source>libsodium failed to initialise</source>
        <translation>libsodium n&apos;a pas pu être initialisée</translation>
    </message>
    <message>
        <source>the key derivation parameters are too weak (below Argon2id MODERATE)</source>
        <translation>les paramètres de dérivation de clé sont trop faibles (en dessous d’Argon2id MODERATE)</translation>
    </message>
    <message>
        <source>the key derivation parameters are out of range</source>
        <translation>les paramètres de dérivation de clé sont hors limites</translation>
    </message>
    <message>
        <source>the key derivation salt must be %1 bytes</source>
        <translation>le sel de dérivation de clé doit faire %1 octets</translation>
    </message>
    <message>
        <source>key derivation failed: not enough memory</source>
        <translation>échec de la dérivation de clé : mémoire insuffisante</translation>
    </message>
    <message>
        <source>no terminal to read the passphrase from; use --passphrase-file</source>
        <translation>aucun terminal pour lire la phrase secrète ; utilisez --passphrase-file</translation>
    </message>
    <message>
        <source>cannot open the passphrase file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier de phrase secrète : %1</translation>
    </message>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation>impossible de lire le fichier de phrase secrète : %1</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation>le fichier de phrase secrète est vide</translation>
    </message>
    <message>
        <source>the recovery key is mistyped: %1</source>
        <translation>la clé de récupération est mal saisie : %1</translation>
    </message>
    <message>
        <source>character %1 is not one of A–Z and 2–7</source>
        <translation>le caractère %1 n&apos;est pas parmi A–Z et 2–7</translation>
    </message>
    <message>
        <source>it has more than %1 characters</source>
        <translation>elle a plus de %1 caractères</translation>
    </message>
    <message>
        <source>it has %1 characters instead of %2</source>
        <translation>elle a %1 caractères au lieu de %2</translation>
    </message>
    <message>
        <source>the checksum does not match; check every group</source>
        <translation>la somme de contrôle ne correspond pas ; vérifiez chaque groupe</translation>
    </message>
    <message>
        <source>encryption key has the wrong length</source>
        <translation>la clé de chiffrement n&apos;a pas la bonne longueur</translation>
    </message>
    <message>
        <source>the encrypted file failed its integrity check (%1): it was tampered with, is damaged, or the key is wrong</source>
        <translation>le fichier chiffré a échoué au contrôle d&apos;intégrité (%1) : il a été altéré, il est endommagé ou la clé est fausse</translation>
    </message>
    <message>
        <source>Cannot read the input: %1</source>
        <translation>Impossible de lire l&apos;entrée : %1</translation>
    </message>
    <message>
        <source>the page image could not be processed</source>
        <translation>l&apos;image de la page n&apos;a pas pu être traitée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot write the audit trail (%1): %2</source>
        <translation>impossible d&apos;écrire le journal d&apos;audit (%1) : %2</translation>
    </message>
    <message>
        <source>the document was not stored: %1</source>
        <translation>le document n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>import cancelled; nothing was stored</source>
        <translation>import annulé ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>this document has no OCR result</source>
        <translation>ce document n&apos;a pas de résultat OCR</translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: use a number and s, m, h or d, e.g. 30m, 12h, 7d</source>
        <translation>durée « %1 » invalide : utilisez un nombre suivi de s, m, h ou d, p. ex. 30m, 12h, 7d</translation>
    </message>
    <message>
        <source>a passphrase is needed</source>
        <translation>une phrase secrète est nécessaire</translation>
    </message>
    <message>
        <source>the vault header is damaged or was modified</source>
        <translation>l&apos;en-tête du coffre est endommagé ou a été modifié</translation>
    </message>
    <message>
        <source>it has multimedia or file attachment annotations</source>
        <translation>il contient des annotations multimédias ou des pièces jointes</translation>
    </message>
    <message>
        <source>it has annotations that are hidden or not printed</source>
        <translation>il contient des annotations masquées ou non imprimées</translation>
    </message>
    <message>
        <source>it has annotations without an appearance</source>
        <translation>il contient des annotations sans apparence</translation>
    </message>
    <message>
        <source>it has LZW-compressed data</source>
        <translation>il contient des données compressées en LZW</translation>
    </message>
    <message>
        <source>it refers to external stream data</source>
        <translation>il fait référence à des données de flux externes</translation>
    </message>
    <message>
        <source>it has fonts that are not embedded</source>
        <translation>il contient des polices non incorporées</translation>
    </message>
    <message>
        <source>it has JavaScript or other actions PDF/A forbids</source>
        <translation>il contient du JavaScript ou d’autres actions interdites par PDF/A</translation>
    </message>
    <message>
        <source>it has PostScript or alternate images</source>
        <translation>il contient du PostScript ou des images alternatives</translation>
    </message>
    <message>
        <source>it has images marked for interpolation</source>
        <translation>il contient des images marquées pour l&apos;interpolation</translation>
    </message>
    <message>
        <source>it uses CMYK colours, which an sRGB output intent does not cover</source>
        <translation>il utilise des couleurs CMJN, qu&apos;un profil de sortie sRGB ne couvre pas</translation>
    </message>
    <message>
        <source>it has embedded files</source>
        <translation>il contient des fichiers incorporés</translation>
    </message>
    <message>
        <source>it uses transfer functions</source>
        <translation>il utilise des fonctions de transfert</translation>
    </message>
    <message>
        <source>the input PDF cannot be made PDF/A without converting it: it has JavaScript</source>
        <translation>le PDF d&apos;entrée ne peut pas devenir PDF/A sans conversion : il contient du JavaScript</translation>
    </message>
    <message>
        <source>the input PDF cannot be made PDF/A without converting it: its form fields have no appearance</source>
        <translation>le PDF d&apos;entrée ne peut pas devenir PDF/A sans conversion : ses champs de formulaire n&apos;ont pas d&apos;apparence</translation>
    </message>
    <message>
        <source>the input PDF cannot be made PDF/A without converting it: %1</source>
        <translation>le PDF d&apos;entrée ne peut pas devenir PDF/A sans conversion : %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>invalid organisation policy %1: %2. No vault is opened until it is fixed.</source>
        <translation>politique de l&apos;organisation non valide %1 : %2. Aucun coffre n&apos;est ouvert tant qu&apos;elle n&apos;est pas corrigée.</translation>
    </message>
    <message>
        <source>under the class %1 document %2 would already have expired (%3); nothing was changed. Delete it now, or keep its current expiry</source>
        <translation>dans la classe %1, le document %2 aurait déjà expiré (%3) ; rien n&apos;a été modifié. Supprimez-le maintenant ou gardez sa date d&apos;expiration actuelle</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock your login keyring (log in to the desktop session) and try again; the vault key is still stored in it</source>
        <translation>le trousseau est verrouillé : déverrouillez votre trousseau de connexion (ouvrez la session de bureau) et réessayez ; la clé du coffre y est toujours enregistrée</translation>
    </message>
</context>
<context>
    <name>vo::AtomicFile</name>
    <message>
        <source>libsodium failed to initialise</source>
        <translation>libsodium n&apos;a pas pu être initialisée</translation>
    </message>
    <message>
        <source>Cannot open the output folder</source>
        <translation>Impossible d&apos;ouvrir le dossier de sortie</translation>
    </message>
    <message>
        <source>Cannot create the output file</source>
        <translation>Impossible de créer le fichier de sortie</translation>
    </message>
    <message>
        <source>Cannot write the output file</source>
        <translation>Impossible d&apos;écrire le fichier de sortie</translation>
    </message>
    <message>
        <source>Output file already committed or discarded</source>
        <translation>Fichier de sortie déjà validé ou abandonné</translation>
    </message>
    <message>
        <source>Cannot commit the output file</source>
        <translation>Impossible de valider le fichier de sortie</translation>
    </message>
</context>
<context>
    <name>vo::AuditLog</name>
    <message>
        <source>open</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>verrouillage</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>cannot seal an audit record</source>
        <translation>impossible de sceller un enregistrement d&apos;audit</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>truncate</source>
        <translation>troncature</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>cannot read the audit trail</source>
        <translation>impossible de lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>audit record %1 failed verification (run &apos;vaultocr audit --verify&apos;)</source>
        <translation>l&apos;enregistrement d&apos;audit %1 a échoué à la vérification (lancez « vaultocr audit --verify »)</translation>
    </message>
    <message>
        <source>record %1 was modified: it fails authentication</source>
        <translation>l&apos;enregistrement %1 a été modifié : il échoue à l&apos;authentification</translation>
    </message>
    <message>
        <source>record %1 is out of place (it was written as record %2): records were reordered or removed</source>
        <translation>l&apos;enregistrement %1 n&apos;est pas à sa place (il a été écrit comme enregistrement %2) : des enregistrements ont été réordonnés ou supprimés</translation>
    </message>
    <message>
        <source>record %1 does not chain to the record before it: its MAC or an earlier record was modified</source>
        <translation>l&apos;enregistrement %1 n&apos;est pas chaîné au précédent : son MAC ou un enregistrement antérieur a été modifié</translation>
    </message>
    <message>
        <source>record %1 is incomplete: the log was cut off mid-record</source>
        <translation>l&apos;enregistrement %1 est incomplet : le journal a été coupé au milieu d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>the log was truncated: it holds %1 records, the vault index has seen %2</source>
        <translation>le journal a été tronqué : il contient %1 enregistrements, l&apos;index du coffre en a vu %2</translation>
    </message>
    <message>
        <source>record %1 is not the one the vault index recorded: the log was replaced</source>
        <translation>l&apos;enregistrement %1 n&apos;est pas celui que l&apos;index du coffre a noté : le journal a été remplacé</translation>
    </message>
</context>
<context>
    <name>vo::BlobStore</name>
    <message>
        <source>cannot create the vault&apos;s blob folder</source>
        <translation>impossible de créer le dossier de données du coffre</translation>
    </message>
    <message>
        <source>a part of this document is missing from the vault</source>
        <translation>une partie de ce document manque dans le coffre</translation>
    </message>
</context>
<context>
    <name>vo::DocumentImporter</name>
    <message>
        <source>cannot read the file to import</source>
        <translation>impossible de lire le fichier à importer</translation>
    </message>
</context>
<context>
    <name>vo::DocumentReader</name>
    <message>
        <source>this document has no stored page images</source>
        <translation>ce document n&apos;a pas d&apos;images de page enregistrées</translation>
    </message>
    <message>
        <source>a document&apos;s page images are incomplete</source>
        <translation>les images de page d&apos;un document sont incomplètes</translation>
    </message>
    <message>
        <source>PDF/A, encryption and metadata apply to PDF exports only</source>
        <translation>PDF/A, le chiffrement et les métadonnées ne s&apos;appliquent qu&apos;aux exports PDF</translation>
    </message>
    <message>
        <source>a PDF/A export needs the PDF/A option</source>
        <translation>un export PDF/A nécessite l&apos;option PDF/A</translation>
    </message>
    <message>
        <source>an encrypted PDF export needs a password</source>
        <translation>un export PDF chiffré nécessite un mot de passe</translation>
    </message>
    <message>
        <source>a vault export has no original metadata to keep</source>
        <translation>un export du coffre n&apos;a pas de métadonnées d&apos;origine à conserver</translation>
    </message>
</context>
<context>
    <name>vo::GlyphlessFont</name>
    <message>
        <source>The text-layer font pdf.ttf was not found (looked in %1); install libtesseract5 or set TESSDATA_PREFIX</source>
        <translation>La police pdf.ttf de la couche texte est introuvable (cherchée dans %1) ; installez libtesseract5 ou définissez TESSDATA_PREFIX</translation>
    </message>
</context>
<context>
    <name>vo::InputMessages</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>accès refusé : le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is %1, over the %2 limit</source>
        <translation>le fichier fait %1, au-delà de la limite de %2</translation>
    </message>
    <message>
        <source>not a supported image or PDF</source>
        <translation>ce n&apos;est pas une image ou un PDF pris en charge</translation>
    </message>
    <message>
        <source>page %1 cannot be decoded: the image is damaged or uses an unsupported encoding</source>
        <translation>la page %1 ne peut pas être décodée : l&apos;image est endommagée ou utilise un codage non pris en charge</translation>
    </message>
    <message>
        <source>the TIFF file is damaged</source>
        <translation>le fichier TIFF est endommagé</translation>
    </message>
    <message>
        <source>page %1 is %2×%3 pixels, over the %4-megapixel limit</source>
        <translation>la page %1 fait %2×%3 pixels, au-delà de la limite de %4 mégapixels</translation>
    </message>
    <message>
        <source>the file has %1 pages, over the %2-page limit</source>
        <translation>le fichier a %1 pages, au-delà de la limite de %2 pages</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete</source>
        <translation>le PDF est endommagé ou incomplet</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>le PDF est protégé par mot de passe</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>le PDF n&apos;a aucune page</translation>
    </message>
    <message>
        <source>page %1 of the PDF is damaged</source>
        <translation>la page %1 du PDF est endommagée</translation>
    </message>
    <message>
        <source>page %1 of the PDF could not be rendered</source>
        <translation>la page %1 du PDF n&apos;a pas pu être rendue</translation>
    </message>
    <message>
        <source>page %1 does not exist: the document has %2 pages</source>
        <translation>la page %1 n&apos;existe pas : le document a %2 pages</translation>
    </message>
    <message>
        <source>the PDF resolution must be between 36 and 2400 dpi, not %1</source>
        <translation>la résolution PDF doit être comprise entre 36 et 2400 dpi, et non %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the password for the PDF is wrong</source>
        <translation>le mot de passe du PDF est incorrect</translation>
    </message>
    <message>
        <source>page %1 of the PDF cannot be read: its structure is damaged</source>
        <translation>la page %1 du PDF ne peut pas être lue : sa structure est endommagée</translation>
    </message>
</context>
<context>
    <name>vo::KeychainStore</name>
    <message>
        <source>the keychain entry for this vault is empty</source>
        <translation>l&apos;entrée du trousseau pour ce coffre est vide</translation>
    </message>
    <message>
        <source>refusing to store an empty key</source>
        <translation>refus de stocker une clé vide</translation>
    </message>
</context>
<context>
    <name>vo::LanguageCatalog</name>
    <message>
        <source>no OCR language given</source>
        <translation>aucune langue OCR indiquée</translation>
    </message>
    <message>
        <source>too many OCR languages (at most 16)</source>
        <translation>trop de langues OCR (16 au maximum)</translation>
    </message>
    <message>
        <source>invalid language code &apos;%1&apos; (use codes like eng or eng+deu)</source>
        <translation>code de langue « %1 » invalide (utilisez des codes comme eng ou eng+deu)</translation>
    </message>
    <message>
        <source>&apos;osd&apos; is not a recognition language</source>
        <translation>« osd » n&apos;est pas une langue de reconnaissance</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not installed (install the Debian package %2)</source>
        <translation>la langue « %1 » n&apos;est pas installée (installez le paquet Debian %2)</translation>
    </message>
</context>
<context>
    <name>vo::ManagedPolicy</name>
    <message>
        <source>your organisation&apos;s policy forbids exporting %1 documents as %2 (allowed: %3)</source>
        <translation>la politique de votre organisation interdit d&apos;exporter les documents de classe %1 en %2 (autorisé : %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy requires a passphrase-protected vault (use --passphrase)</source>
        <translation>la politique de votre organisation exige un coffre protégé par une phrase secrète (utilisez --passphrase)</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy forbids OCR language &apos;%1&apos; (allowed: %2)</source>
        <translation>la politique de votre organisation interdit la langue OCR « %1 » (autorisées : %2)</translation>
    </message>
    <message>
        <source>%1 documents: kept at most %2 day(s)</source>
        <translation>documents de classe %1 : conservés au plus %2 jour(s)</translation>
    </message>
    <message>
        <source>%1 documents: exports allowed only as %2</source>
        <translation>documents de classe %1 : export uniquement en %2</translation>
    </message>
    <message>
        <source>new vaults must be protected by a passphrase</source>
        <translation>les nouveaux coffres doivent être protégés par une phrase secrète</translation>
    </message>
    <message>
        <source>auto-lock after idle: at least %1 minute(s), never off</source>
        <translation>verrouillage automatique après inactivité : au moins %1 minute(s), jamais désactivé</translation>
    </message>
    <message>
        <source>copied text is cleared after at most %1 second(s)</source>
        <translation>le texte copié est effacé au plus tard après %1 seconde(s)</translation>
    </message>
    <message>
        <source>OCR languages allowed: %1</source>
        <translation>langues OCR autorisées : %1</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>aucune règle</translation>
    </message>
</context>
<context>
    <name>vo::OcrPipeline</name>
    <message>
        <source>no input files given</source>
        <translation>aucun fichier d&apos;entrée indiqué</translation>
    </message>
    <message>
        <source>the page selection matches no page</source>
        <translation>la sélection de pages ne correspond à aucune page</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>vo::PdfAssembler</name>
    <message>
        <source>the PDF could not be written</source>
        <translation>le PDF n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>vo::PolicyFile</name>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>elle ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation>elle dépasse %1 Kio</translation>
    </message>
</context>
<context>
    <name>vo::RecordReader</name>
    <message>
        <source>a document&apos;s stored data is malformed</source>
        <translation>les données enregistrées d&apos;un document sont mal formées</translation>
    </message>
</context>
<context>
    <name>vo::RetentionSettings</name>
    <message>
        <source>retention must be between 1 second and 100 years</source>
        <translation>la durée de conservation doit être comprise entre 1 seconde et 100 ans</translation>
    </message>
</context>
<context>
    <name>vo::SearchablePdfWriter</name>
    <message>
        <source>The PDF is already finished</source>
        <translation>Le PDF est déjà terminé</translation>
    </message>
    <message>
        <source>The page image cannot be stored in a PDF</source>
        <translation>L&apos;image de la page ne peut pas être enregistrée dans un PDF</translation>
    </message>
    <message>
        <source>The page has no valid resolution</source>
        <translation>La page n&apos;a pas de résolution valide</translation>
    </message>
    <message>
        <source>A PDF needs at least one page</source>
        <translation>Un PDF doit avoir au moins une page</translation>
    </message>
    <message>
        <source>The streaming PDF writer does not encrypt; use PdfAssembler</source>
        <translation>L&apos;écriture PDF en flux ne chiffre pas ; utilisez PdfAssembler</translation>
    </message>
</context>
<context>
    <name>vo::SecretStreamReader</name>
    <message>
        <source>Cannot open the encrypted file: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier chiffré : %1</translation>
    </message>
    <message>
        <source>the header is missing</source>
        <translation>l&apos;en-tête est absent</translation>
    </message>
    <message>
        <source>the header is invalid</source>
        <translation>l&apos;en-tête est invalide</translation>
    </message>
    <message>
        <source>the encrypted stream already failed</source>
        <translation>le flux chiffré a déjà échoué</translation>
    </message>
    <message>
        <source>Cannot read the encrypted file: %1</source>
        <translation>Impossible de lire le fichier chiffré : %1</translation>
    </message>
    <message>
        <source>the file is truncated: the final chunk is missing</source>
        <translation>le fichier est tronqué : le dernier bloc manque</translation>
    </message>
    <message>
        <source>a chunk is truncated</source>
        <translation>un bloc est tronqué</translation>
    </message>
    <message>
        <source>a chunk is damaged, out of order or truncated</source>
        <translation>un bloc est endommagé, dans le désordre ou tronqué</translation>
    </message>
    <message>
        <source>there is data after the final chunk</source>
        <translation>des données suivent le dernier bloc</translation>
    </message>
    <message>
        <source>a chunk has an unexpected tag</source>
        <translation>un bloc porte une étiquette inattendue</translation>
    </message>
</context>
<context>
    <name>vo::SecretStreamWriter</name>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>Impossible d&apos;écrire le fichier chiffré : %1</translation>
    </message>
    <message>
        <source>the encrypted stream is already finished</source>
        <translation>le flux chiffré est déjà terminé</translation>
    </message>
</context>
<context>
    <name>vo::TesseractEngine</name>
    <message>
        <source>tesseract failed to start</source>
        <translation>tesseract n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>the page has no image</source>
        <translation>la page n&apos;a pas d&apos;image</translation>
    </message>
    <message>
        <source>the page image is too large for OCR (at most 32767 pixels a side)</source>
        <translation>l&apos;image de la page est trop grande pour l&apos;OCR (32767 pixels de côté au maximum)</translation>
    </message>
    <message>
        <source>tesseract failed on this page</source>
        <translation>tesseract a échoué sur cette page</translation>
    </message>
    <message>
        <source>recognition timed out on this page</source>
        <translation>la reconnaissance de cette page a dépassé le délai</translation>
    </message>
    <message>
        <source>tesseract could not recognise this page</source>
        <translation>tesseract n&apos;a pas pu reconnaître cette page</translation>
    </message>
</context>
<context>
    <name>vo::Vault</name>
    <message>
        <source>a vault already exists in this folder</source>
        <translation>un coffre existe déjà dans ce dossier</translation>
    </message>
    <message>
        <source>cannot create the vault folder</source>
        <translation>impossible de créer le dossier du coffre</translation>
    </message>
    <message>
        <source>cannot wrap the vault&apos;s keys</source>
        <translation>impossible d&apos;envelopper les clés du coffre</translation>
    </message>
    <message>
        <source>cannot store the vault key in the OS keychain (%1); without a keychain, use &apos;vaultocr init --passphrase&apos;</source>
        <translation>impossible de stocker la clé du coffre dans le trousseau du système (%1) ; sans trousseau, utilisez « vaultocr init --passphrase »</translation>
    </message>
    <message>
        <source>no document %1 in the vault; nothing was deleted</source>
        <translation>aucun document %1 dans le coffre ; rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy does not allow keeping this document that long</source>
        <translation>la politique de votre organisation n&apos;autorise pas à conserver ce document aussi longtemps</translation>
    </message>
    <message>
        <source>your organisation&apos;s policy sets a shorter retention for this class</source>
        <translation>la politique de votre organisation impose une conservation plus courte pour cette classe</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
</context>
<context>
    <name>vo::VaultHeader</name>
    <message>
        <source>no vault here (create one with &apos;vaultocr init&apos; or point --vault at it)</source>
        <translation>aucun coffre ici (créez-en un avec « vaultocr init » ou indiquez-le avec --vault)</translation>
    </message>
    <message>
        <source>cannot read the vault header</source>
        <translation>impossible de lire l&apos;en-tête du coffre</translation>
    </message>
    <message>
        <source>this vault was written by a different VaultOCR version (format %1)</source>
        <translation>ce coffre a été écrit par une autre version de VaultOCR (format %1)</translation>
    </message>
</context>
<context>
    <name>vo::VaultIndex</name>
    <message>
        <source>the vault index is malformed</source>
        <translation>l&apos;index du coffre est mal formé</translation>
    </message>
</context>
<context>
    <name>vo::VaultLock</name>
    <message>
        <source>cannot open the vault lock: %1</source>
        <translation>impossible d&apos;ouvrir le verrou du coffre : %1</translation>
    </message>
    <message>
        <source>the vault is in use by another VaultOCR process; close it and try again</source>
        <translation>le coffre est utilisé par un autre processus VaultOCR ; fermez-le et réessayez</translation>
    </message>
    <message>
        <source>cannot lock the vault: %1</source>
        <translation>impossible de verrouiller le coffre : %1</translation>
    </message>
</context>
<context>
    <name>vo::VaultState</name>
    <message>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
    <message>
        <source>the vault is open read-only because another VaultOCR process is using it</source>
        <translation>le coffre est ouvert en lecture seule car un autre processus VaultOCR l’utilise</translation>
    </message>
    <message>
        <source>the vault was not changed: %1</source>
        <translation>le coffre n&apos;a pas été modifié : %1</translation>
    </message>
    <message>
        <source>document %1 expired and was purged</source>
        <translation>le document %1 a expiré et a été purgé</translation>
    </message>
    <message>
        <source>no document %1 in the vault</source>
        <translation>aucun document %1 dans le coffre</translation>
    </message>
    <message>
        <source>document %1 expired</source>
        <translation>le document %1 a expiré</translation>
    </message>
</context>
<context>
    <name>vo::aead</name>
    <message>
        <source>libsodium failed to initialise</source>
        <translation>libsodium n&apos;a pas pu être initialisée</translation>
    </message>
    <message>
        <source>encryption key has the wrong length</source>
        <translation>la clé de chiffrement n&apos;a pas la bonne longueur</translation>
    </message>
    <message>
        <source>the data failed its integrity check: it was tampered with, is damaged, or the key is wrong</source>
        <translation>les données ont échoué au contrôle d&apos;intégrité : elles ont été altérées, sont endommagées ou la clé est fausse</translation>
    </message>
    <message>
        <source>cannot wrap an empty key</source>
        <translation>impossible d&apos;envelopper une clé vide</translation>
    </message>
</context>
<context>
    <name>vo::index_file</name>
    <message>
        <source>the vault index is damaged or was modified</source>
        <translation>l&apos;index du coffre est endommagé ou a été modifié</translation>
    </message>
    <message>
        <source>the vault has no index (incomplete or damaged vault)</source>
        <translation>le coffre n&apos;a pas d&apos;index (coffre incomplet ou endommagé)</translation>
    </message>
    <message>
        <source>cannot read the vault index</source>
        <translation>impossible de lire l&apos;index du coffre</translation>
    </message>
</context>
<context>
    <name>vo::master_key</name>
    <message>
        <source>no keychain to read the vault key from</source>
        <translation>aucun trousseau où lire la clé du coffre</translation>
    </message>
    <message>
        <source>the key in the keychain does not unlock this vault (use &apos;vaultocr recover&apos; with your recovery key)</source>
        <translation>la clé du trousseau ne déverrouille pas ce coffre (utilisez « vaultocr recover » avec votre clé de récupération)</translation>
    </message>
    <message>
        <source>this vault needs its passphrase</source>
        <translation>ce coffre a besoin de sa phrase secrète</translation>
    </message>
    <message>
        <source>the vault&apos;s key derivation parameters were modified</source>
        <translation>les paramètres de dérivation de clé du coffre ont été modifiés</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>phrase secrète incorrecte</translation>
    </message>
    <message>
        <source>the vault index is damaged or was modified</source>
        <translation>l&apos;index du coffre est endommagé ou a été modifié</translation>
    </message>
    <message>
        <source>the recovery key does not unlock this vault</source>
        <translation>la clé de récupération ne déverrouille pas ce coffre</translation>
    </message>
    <message>
        <source>passphrase mode needs a passphrase key</source>
        <translation>le mode phrase secrète nécessite une clé de phrase secrète</translation>
    </message>
</context>
<context>
    <name>vo::ui::AboutDialog</name>
    <message>
        <source>Network access is blocked for this process (seccomp filter active): VaultOCR cannot open a network connection.</source>
        <translation>L&apos;accès au réseau est bloqué pour ce processus (filtre seccomp actif) : VaultOCR ne peut ouvrir aucune connexion réseau.</translation>
    </message>
    <message>
        <source>Warning: the network guard is NOT active in this process.</source>
        <translation>Attention : la protection réseau n&apos;est PAS active dans ce processus.</translation>
    </message>
    <message>
        <source>About VaultOCR</source>
        <translation>À propos de VaultOCR</translation>
    </message>
    <message>
        <source>&lt;h2&gt;VaultOCR %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VaultOCR %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>On-device OCR for sensitive documents. Documents and their text stay on this computer, encrypted in your vault.</source>
        <translation>OCR locale pour documents sensibles. Les documents et leur texte restent sur cet ordinateur, chiffrés dans votre coffre.</translation>
    </message>
    <message>
        <source>Network status</source>
        <translation>État du réseau</translation>
    </message>
    <message>
        <source>Libraries and versions</source>
        <translation>Bibliothèques et versions</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
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
        <translation>Coffre créé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Text recognised</source>
        <translation>Texte reconnu</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Deleted on expiry</source>
        <translation>Supprimé à l&apos;expiration</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Clé renouvelée</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Recovered with the recovery key</source>
        <translation>Récupéré avec la clé de récupération</translation>
    </message>
    <message>
        <source>Expiry changed</source>
        <translation>Expiration modifiée</translation>
    </message>
    <message>
        <source>Expiry shortened by policy</source>
        <translation>Expiration raccourcie par la politique</translation>
    </message>
    <message>
        <source>Text corrected</source>
        <translation>Texte corrigé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Enregistrements d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit trail is intact: %n record(s), each authenticated and chained to the one before.</source>
        <translation>
            <numerusform>✔ Le journal d&apos;audit est intact : %n enregistrement, authentifié et chaîné au précédent.</numerusform>
            <numerusform>✔ Le journal d&apos;audit est intact : %n enregistrements, chacun authentifié et chaîné au précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The audit trail failed verification at record %1: %2</source>
        <translation>✘ Le journal d&apos;audit a échoué à la vérification à l&apos;enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Class changed</source>
        <translation>Classe modifiée</translation>
    </message>
    <message>
        <source>%1 (organisation policy %2)</source>
        <translation>%1 (politique de l&apos;organisation %2)</translation>
    </message>
</context>
<context>
    <name>vo::ui::ClassDialog</name>
    <message>
        <source>&amp;Keep the current expiry date</source>
        <translation>&amp;Garder la date d&apos;expiration actuelle</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>Changer la classe</translation>
    </message>
    <message>
        <source>Change sensitivity class</source>
        <translation>Changer la classe de sensibilité</translation>
    </message>
    <message>
        <source>Sensitivity class of “%1”:</source>
        <translation>Classe de sensibilité de « %1 » :</translation>
    </message>
    <message>
        <source>%1 — kept %2</source>
        <translation>%1 — conservé %2</translation>
    </message>
    <message>
        <source>New sensitivity class</source>
        <translation>Nouvelle classe de sensibilité</translation>
    </message>
    <message>
        <source>Keep the current expiry date</source>
        <translation>Garder la date d&apos;expiration actuelle</translation>
    </message>
    <message>
        <source>Effect on the expiry</source>
        <translation>Effet sur l&apos;expiration</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe :</translation>
    </message>
    <message>
        <source>The expiry date stays as it is (within your organisation&apos;s limit for the class).</source>
        <translation>La date d&apos;expiration reste inchangée (dans la limite fixée par votre organisation pour la classe).</translation>
    </message>
    <message>
        <source>The document will be deleted %1 after it was imported, as if it had been imported as “%2”. If that time has already passed, the class is not changed.</source>
        <translation>Le document sera supprimé %1 après son import, comme s&apos;il avait été importé en « %2 ». Si ce délai est déjà dépassé, la classe n&apos;est pas modifiée.</translation>
    </message>
</context>
<context>
    <name>vo::ui::DocumentCommands</name>
    <message>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Import scans or PDFs</source>
        <translation>Importer des numérisations ou des PDF</translation>
    </message>
    <message>
        <source>Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Numérisations et PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Delete “%1” now? Its pages, text and corrections are destroyed and the vault key is replaced, so not even a backup of the vault can bring it back. This cannot be undone.</source>
        <translation>Supprimer « %1 » maintenant ? Ses pages, son texte et ses corrections sont détruits et la clé du coffre est remplacée : même une sauvegarde du coffre ne pourra pas le restaurer. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Remove “%1” from this session? Its pages and text are dropped from memory. This cannot be undone.</source>
        <translation>Retirer « %1 » de cette session ? Ses pages et son texte sont effacés de la mémoire. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Supprimer maintenant</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
</context>
<context>
    <name>vo::ui::DocumentListModel</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Recognising… %1%</source>
        <translation>Reconnaissance… %1 %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Deleted automatically on %1</source>
        <translation>Supprimé automatiquement le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
</context>
<context>
    <name>vo::ui::DocumentListPanel</name>
    <message>
        <source>Search names and text…</source>
        <translation>Rechercher dans les noms et le texte…</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Rechercher des documents</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Filter by class</source>
        <translation>Filtrer par classe</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>vo::ui::ExpiryDialog</name>
    <message>
        <source>Change expiry</source>
        <translation>Modifier l&apos;expiration</translation>
    </message>
    <message>
        <source>“%1” is deleted automatically at:</source>
        <translation>« %1 » sera supprimé automatiquement le :</translation>
    </message>
    <message>
        <source>Expiry date and time</source>
        <translation>Date et heure d&apos;expiration</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>Dans 1 jour</translation>
    </message>
    <message>
        <source>In 1 week</source>
        <translation>Dans 1 semaine</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>Dans 30 jours</translation>
    </message>
</context>
<context>
    <name>vo::ui::ExportDialog</name>
    <message>
        <source>Searchable &amp;PDF (page images with invisible text)</source>
        <translation>PDF &amp;interrogeable (images des pages avec texte invisible)</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>&amp;Texte brut</translation>
    </message>
    <message>
        <source>&amp;hOCR (HTML with word positions)</source>
        <translation>&amp;hOCR (HTML avec la position des mots)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Exporter le document</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Choose destination file</source>
        <translation>Choisir le fichier de destination</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>hOCR files (*.hocr *.html)</source>
        <translation>Fichiers hOCR (*.hocr *.html)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(pas encore choisie)</translation>
    </message>
    <message>
        <source>&amp;ALTO XML (word positions, for archives and libraries)</source>
        <translation>&amp;ALTO XML (positions des mots, pour archives et bibliothèques)</translation>
    </message>
    <message>
        <source>The exported file is not encrypted unless you protect the PDF with a password. Store it somewhere safe and delete it when you no longer need it.</source>
        <translation>Le fichier exporté n&apos;est pas chiffré, sauf si vous protégez le PDF par un mot de passe. Conservez-le en lieu sûr et supprimez-le quand vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problème d&apos;export</translation>
    </message>
    <message>
        <source>PDF options</source>
        <translation>Options PDF</translation>
    </message>
    <message>
        <source>PDF/&amp;A-2b (for long-term archiving; cannot be encrypted)</source>
        <translation>PDF/&amp;A-2b (archivage à long terme ; ne peut pas être chiffré)</translation>
    </message>
    <message>
        <source>E&amp;ncrypt with password (AES-256)</source>
        <translation>&amp;Chiffrer avec un mot de passe (AES-256)</translation>
    </message>
    <message>
        <source>Write PDF/A</source>
        <translation>Écrire en PDF/A</translation>
    </message>
    <message>
        <source>Encrypt the PDF with a password</source>
        <translation>Chiffrer le PDF avec un mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Mot de passe du PDF</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>Repeat the PDF password</source>
        <translation>Répétez le mot de passe du PDF</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter :</translation>
    </message>
    <message>
        <source>ALTO XML files (*.xml)</source>
        <translation>Fichiers ALTO XML (*.xml)</translation>
    </message>
    <message>
        <source>Enter the password for the PDF.</source>
        <translation>Saisissez le mot de passe du PDF.</translation>
    </message>
    <message>
        <source>The two passwords differ. Enter them again.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>documents of this class cannot be exported</source>
        <translation>les documents de cette classe ne peuvent pas être exportés</translation>
    </message>
    <message>
        <source>this class may be exported only as %1</source>
        <translation>cette classe ne peut être exportée qu&apos;en %1</translation>
    </message>
</context>
<context>
    <name>vo::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported and recognised.</source>
        <translation>
            <numerusform>%n fichier sera importé et reconnu.</numerusform>
            <numerusform>%n fichiers seront importés et reconnus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — kept %2</source>
        <translation>%1 — conservé %2</translation>
    </message>
    <message>
        <source>Sensitivity class</source>
        <translation>Classe de sensibilité</translation>
    </message>
    <message>
        <source>Decides how long the vault keeps the document before deleting it automatically</source>
        <translation>Détermine combien de temps le coffre conserve le document avant de le supprimer automatiquement</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>Langues OCR</translation>
    </message>
    <message>
        <source>Tesseract language codes joined by +, e.g. eng+deu</source>
        <translation>Codes de langue Tesseract reliés par +, p. ex. eng+fra</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilité :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>The document is stored encrypted in the vault.</source>
        <translation>Le document est enregistré chiffré dans le coffre.</translation>
    </message>
    <message>
        <source>No vault is open: the result is kept in memory until you lock or quit.</source>
        <translation>Aucun coffre n&apos;est ouvert : le résultat reste en mémoire jusqu&apos;à ce que vous verrouilliez ou quittiez.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>vo::ui::ImportQueue</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>Annulé avant de commencer</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>vo::ui::JobsPanel</name>
    <message>
        <source>No imports running.</source>
        <translation>Aucun import en cours.</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Effacer les terminés</translation>
    </message>
    <message>
        <source>Import queue</source>
        <translation>File d&apos;import</translation>
    </message>
    <message>
        <source>Clear finished imports</source>
        <translation>Effacer les imports terminés</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel import of %1</source>
        <translation>Annuler l&apos;import de %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept</source>
        <translation>Annulé ; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
</context>
<context>
    <name>vo::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>&lt;h2&gt;VaultOCR is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VaultOCR est verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>État du verrouillage</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase secrète du coffre</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>Documents, text and page images were removed from memory.</source>
        <translation>Les documents, le texte et les images des pages ont été retirés de la mémoire.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Use &amp;recovery key…</source>
        <translation>Utiliser la clé de &amp;récupération…</translation>
    </message>
    <message>
        <source>Open the vault with its recovery key</source>
        <translation>Ouvrir le coffre avec sa clé de récupération</translation>
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
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l&apos;import : %1</translation>
    </message>
    <message numerus="yes">
        <source>Text copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Texte copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Texte copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unsure words left.</source>
        <translation>Plus aucun mot incertain.</translation>
    </message>
    <message>
        <source>VaultOCR (locked)</source>
        <translation>VaultOCR (verrouillé)</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Delete failed: %1</source>
        <translation>Échec de la suppression : %1</translation>
    </message>
</context>
<context>
    <name>vo::ui::PageListModel</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>vo::ui::PageStrip</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>vo::ui::PageView</name>
    <message>
        <source>Page image</source>
        <translation>Image de la page</translation>
    </message>
    <message>
        <source>The scanned page with the recognised words outlined</source>
        <translation>La page numérisée avec les mots reconnus encadrés</translation>
    </message>
</context>
<context>
    <name>vo::ui::PolicyErrorWindow</name>
    <message>
        <source>VaultOCR cannot start</source>
        <translation>VaultOCR ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Organisation policy error</source>
        <translation>Erreur dans la politique de l&apos;organisation</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your organisation&apos;s policy for VaultOCR is not valid&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;La politique de votre organisation pour VaultOCR n&apos;est pas valide&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>VaultOCR opens no vault until the policy is fixed. Please tell your administrator what this window says.</source>
        <translation>VaultOCR n&apos;ouvre aucun coffre tant que la politique n&apos;est pas corrigée. Signalez à votre administrateur ce qu&apos;indique cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>vo::ui::RecoverDialog</name>
    <message>
        <source>Use recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key you stored when the vault was created (14 groups of four letters and digits). VaultOCR then puts the vault&apos;s key back into the system keychain and opens the vault.</source>
        <translation>Saisissez la clé de récupération conservée lors de la création du coffre (14 groupes de quatre lettres et chiffres). VaultOCR remet alors la clé du coffre dans le trousseau du système et ouvre le coffre.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Type the recovery key you stored when the vault was created (14 groups of four letters and digits) and a new passphrase for the vault.</source>
        <translation>Saisissez la clé de récupération conservée lors de la création du coffre (14 groupes de quatre lettres et chiffres) et une nouvelle phrase secrète pour le coffre.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New vault passphrase</source>
        <translation>Nouvelle phrase secrète du coffre</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new vault passphrase</source>
        <translation>Répétez la nouvelle phrase secrète du coffre</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
</context>
<context>
    <name>vo::ui::RecoveryKeyDialog</name>
    <message>
        <source>I have written down or printed the recovery key and stored it safely</source>
        <translation>J&apos;ai noté ou imprimé la clé de récupération et je l&apos;ai rangée en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&lt;p&gt;If the key in your keychain is lost or you forget your passphrase, this recovery key is the &lt;b&gt;only&lt;/b&gt; way to open your vault. It is shown only now.&lt;/p&gt;&lt;p&gt;Write it down or print it and keep it away from this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si la clé de votre trousseau est perdue ou si vous oubliez votre phrase secrète, cette clé de récupération est le &lt;b&gt;seul&lt;/b&gt; moyen d&apos;ouvrir votre coffre. Elle n&apos;est affichée que maintenant.&lt;/p&gt;&lt;p&gt;Notez-la ou imprimez-la et conservez-la loin de cet ordinateur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vo::ui::ReportDialog</name>
    <message>
        <source>Data-Path Report</source>
        <translation>Rapport sur le parcours des données</translation>
    </message>
    <message>
        <source>Data-path report</source>
        <translation>Rapport sur le parcours des données</translation>
    </message>
    <message>
        <source>Gathering the facts of this installation…</source>
        <translation>Collecte des informations sur cette installation…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>The record a security review asks for, stated for this installation. It is written in English and contains no document names, text or keys.</source>
        <translation>Le document qu’exige un examen de sécurité, établi pour cette installation. Il est rédigé en anglais et ne contient aucun nom de document, aucun texte ni aucune clé.</translation>
    </message>
    <message>
        <source>Save Data-Path Report</source>
        <translation>Enregistrer le rapport sur le parcours des données</translation>
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
        <translation>%1 (%2) : installez le paquet %3</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation>&amp;Reconnaissance</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>Installed OCR languages</source>
        <translation>Langues OCR installées</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No OCR language is installed. Install at least tesseract-ocr-eng.</source>
        <translation>Aucune langue OCR installée. Installez au moins tesseract-ocr-eng.</translation>
    </message>
    <message>
        <source>Missing a language? Each one is a package, e.g.:
%1</source>
        <translation>Une langue manque ? Chacune est un paquet, par exemple :
%1</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution for PDF pages</source>
        <translation>Résolution des pages PDF</translation>
    </message>
    <message>
        <source>One per processor core</source>
        <translation>Une par cœur de processeur</translation>
    </message>
    <message>
        <source>Pages recognised in parallel</source>
        <translation>Pages reconnues en parallèle</translation>
    </message>
    <message>
        <source>Turn pages the right way up</source>
        <translation>Remettre les pages à l’endroit</translation>
    </message>
    <message>
        <source>Straighten slightly skewed pages</source>
        <translation>Redresser les pages légèrement inclinées</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Flag words below this confidence</source>
        <translation>Signaler les mots sous ce niveau de confiance</translation>
    </message>
    <message>
        <source>PDF resolution:</source>
        <translation>Résolution PDF :</translation>
    </message>
    <message>
        <source>Parallel pages:</source>
        <translation>Pages en parallèle :</translation>
    </message>
    <message>
        <source>Flag words below:</source>
        <translation>Signaler les mots sous :</translation>
    </message>
    <message>
        <source>Languages to recognise by default:</source>
        <translation>Langues à reconnaître par défaut :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Verrouiller après des minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Lock when the screen locks</source>
        <translation>Verrouiller quand l&apos;écran se verrouille</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear copied text after seconds</source>
        <translation>Effacer le texte copié après des secondes</translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation>Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <source>Clear copied text after:</source>
        <translation>Effacer le texte copié après :</translation>
    </message>
    <message>
        <source>Default sensitivity class</source>
        <translation>Classe de sensibilité par défaut</translation>
    </message>
    <message>
        <source>Default class for imports:</source>
        <translation>Classe par défaut des imports :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Retention for class %1</source>
        <translation>Conservation pour la classe %1</translation>
    </message>
    <message>
        <source>Keep %1 documents for:</source>
        <translation>Conserver les documents de classe « %1 » pendant :</translation>
    </message>
    <message>
        <source>Applies to documents imported from now on. Stored encrypted in the vault.</source>
        <translation>S&apos;applique aux documents importés à partir de maintenant. Enregistré chiffré dans le coffre.</translation>
    </message>
    <message>
        <source>Open the vault to change how long documents are kept.</source>
        <translation>Ouvrez le coffre pour modifier la durée de conservation des documents.</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>uniquement %1</translation>
    </message>
    <message numerus="yes">
        <source>at least %n minute(s)</source>
        <translation>
            <numerusform>au moins %n minute</numerusform>
            <numerusform>au moins %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n second(s)</source>
        <translation>
            <numerusform>au plus %n seconde</numerusform>
            <numerusform>au plus %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n day(s)</source>
        <translation>
            <numerusform>au plus %n jour</numerusform>
            <numerusform>au plus %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vo::ui::TextPane</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>Texte reconnu</translation>
    </message>
    <message>
        <source>Open or import a document to see its text here.</source>
        <translation>Ouvrez ou importez un document pour voir son texte ici.</translation>
    </message>
    <message>
        <source>Selected word</source>
        <translation>Mot sélectionné</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Select a word, type the correction, press Enter</source>
        <translation>Sélectionnez un mot, saisissez la correction, appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Apply correction</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <source>Replace the selected word (Enter)</source>
        <translation>Remplacer le mot sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>&amp;Mot :</translation>
    </message>
    <message>
        <source>No word selected</source>
        <translation>Aucun mot sélectionné</translation>
    </message>
    <message>
        <source>Corrected (recognised as “%1”)</source>
        <translation>Corrigé (reconnu comme « %1 »)</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>Confiance %1 %</translation>
    </message>
</context>
<context>
    <name>vo::ui::VaultController</name>
    <message>
        <source>No vault: documents are recognised in memory and forgotten when you lock or quit.</source>
        <translation>Pas de coffre : les documents sont reconnus en mémoire et oubliés quand vous verrouillez ou quittez.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <source>The vault was not created</source>
        <translation>Le coffre n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>The system keychain could not be used. Protect the vault with a passphrase instead.</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé. Protégez plutôt le coffre avec une phrase secrète.</translation>
    </message>
    <message>
        <source>Purging expired documents failed: %1</source>
        <translation>Échec de la purge des documents expirés : %1</translation>
    </message>
    <message>
        <source>Expiry not changed</source>
        <translation>Expiration non modifiée</translation>
    </message>
    <message>
        <source>Retention not changed</source>
        <translation>Durée de conservation non modifiée</translation>
    </message>
    <message>
        <source>%1
If the key is lost, click “Use recovery key…”.</source>
        <translation>%1
Si la clé est perdue, cliquez sur « Utiliser la clé de récupération… ».</translation>
    </message>
    <message>
        <source>Recovering the vault…</source>
        <translation>Récupération du coffre…</translation>
    </message>
    <message>
        <source>The recovery key was not accepted: %1</source>
        <translation>La clé de récupération n&apos;a pas été acceptée : %1</translation>
    </message>
    <message>
        <source>Vault recovered: its key is back in the system keychain.</source>
        <translation>Coffre récupéré : sa clé est de nouveau dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Class not changed</source>
        <translation>Classe non modifiée</translation>
    </message>
    <message>
        <source>Vault recovered: it is now protected by the new passphrase.</source>
        <translation>Coffre récupéré : il est désormais protégé par la nouvelle phrase secrète.</translation>
    </message>
</context>
<context>
    <name>vo::ui::WelcomeDialog</name>
    <message>
        <source>Keep the key in the system &amp;keychain (recommended)</source>
        <translation>Garder la clé dans le &amp;trousseau du système (recommandé)</translation>
    </message>
    <message>
        <source>Protect the vault with a &amp;passphrase</source>
        <translation>Protéger le coffre par une &amp;phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Create Vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Try &amp;Without a Vault</source>
        <translation>Essayer &amp;sans coffre</translation>
    </message>
    <message>
        <source>Welcome to VaultOCR</source>
        <translation>Bienvenue dans VaultOCR</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your documents stay on this computer&lt;/h3&gt;&lt;p&gt;VaultOCR keeps every scan, its text and your corrections in an encrypted vault. Documents are deleted automatically when their time is up, and &lt;i&gt;Delete now&lt;/i&gt; makes them unrecoverable.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vos documents restent sur cet ordinateur&lt;/h3&gt;&lt;p&gt;VaultOCR conserve chaque numérisation, son texte et vos corrections dans un coffre chiffré. Les documents sont supprimés automatiquement à l&apos;échéance, et &lt;i&gt;Supprimer maintenant&lt;/i&gt; les rend irrécupérables.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How the vault is unlocked</source>
        <translation>Comment le coffre est déverrouillé</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter :</translation>
    </message>
    <message>
        <source>Languages of your documents</source>
        <translation>Langues de vos documents</translation>
    </message>
    <message>
        <source>Default OCR languages</source>
        <translation>Langues OCR par défaut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s); a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère ; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</numerusform>
            <numerusform>Utilisez au moins %n caractères ; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>There is no way to open the vault without this passphrase or the recovery key.</source>
        <translation>Il est impossible d&apos;ouvrir le coffre sans cette phrase secrète ou la clé de récupération.</translation>
    </message>
    <message>
        <source>The key is stored in your login keyring and unlocked when you log in.</source>
        <translation>La clé est stockée dans votre trousseau de session et déverrouillée à la connexion.</translation>
    </message>
    <message>
        <source>Set by your organisation: the vault must be protected by a passphrase.</source>
        <translation>Défini par votre organisation : le coffre doit être protégé par une phrase secrète.</translation>
    </message>
</context>
</TS>
