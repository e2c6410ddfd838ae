#include "policy/TesseractLanguages.h"

#include "ocr/LanguageCatalog.h"

#include <QSet>

namespace vo {

bool isKnownTesseractLanguage(const QString& code)
{
    // From tesseract-ocr/tessdata_fast (4.1.0); "osd" is not a language.
    static const QSet<QString> known = [] {
        const char* codes =
            "afr amh ara asm aze aze_cyrl bel ben bod bos bre bul cat ceb ces chi_sim chi_sim_vert chi_tra "
            "chi_tra_vert chr cos cym dan deu deu_latf div dzo ell eng enm epo equ est eus fao fas fil fin fra "
            "frk frm fry gla gle glg grc guj hat heb hin hrv hun hye iku ind isl ita ita_old jav jpn jpn_vert "
            "kan kat kat_old kaz khm kir kmr kor kor_vert lao lat lav lit ltz mal mar mkd mlt mon mri msa mya "
            "nep nld nor oci ori pan pol por pus que ron rus san sin slk slv snd spa spa_old sqi srp srp_latn "
            "sun swa swe syr tam tat tel tgk tha tir ton tur uig ukr urd uzb uzb_cyrl vie yid yor";
        QSet<QString> s;
        for (const QString& c : QString::fromLatin1(codes).split(QLatin1Char(' ')))
            s.insert(c);
        return s;
    }();
    return known.contains(code) || (code != QLatin1String("osd") && LanguageCatalog::installed().contains(code));
}

}  // namespace vo
