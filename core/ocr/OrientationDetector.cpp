#include "ocr/OrientationDetector.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vo {

int OrientationEstimate::correction() const
{
    if (!detected || confidence < OrientationDetector::kMinConfidence)
        return 0;
    // A page turned by r degrees clockwise is made upright by turning it back: 360 - r.
    return (360 - pageRotation) % 360;
}

OrientationDetector::OrientationDetector(tess::ApiPtr api) : m_api(std::move(api)) {}
OrientationDetector::~OrientationDetector() = default;

Result<std::unique_ptr<OrientationDetector>> OrientationDetector::create(const QString& tessdataDir)
{
    if (!QFileInfo(tessdataDir + QStringLiteral("/osd.traineddata")).isReadable()) {
        return makeError(ErrorCode::LanguageMissing,
                         QCoreApplication::translate(
                             "TesseractEngine",
                             "automatic rotation needs the orientation data (install the Debian "
                             "package tesseract-ocr-osd, or turn automatic rotation off)"));
    }
    // osd.traineddata holds a legacy-engine model only, so OEM_DEFAULT rather than LSTM_ONLY.
    auto api = tess::createApi(tessdataDir, QStringLiteral("osd"), tesseract::OEM_DEFAULT);
    if (!api)
        return api.error();
    (*api)->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    return std::unique_ptr<OrientationDetector>(new OrientationDetector(std::move(api).value()));
}

OrientationEstimate OrientationDetector::estimate(PIX* pix, int dpi)
{
    OrientationEstimate e;
    m_api->SetImage(pix);
    // Without a resolution OSD guesses 70 dpi and sizes its character filter wrongly.
    m_api->SetSourceResolution(dpi);
    int degrees = 0;
    float orientConf = 0;
    float scriptConf = 0;
    const char* script = nullptr;
    // False when the page has too little text to vote on (blank pages, photos).
    e.detected = m_api->DetectOrientationScript(&degrees, &orientConf, &script, &scriptConf);
    if (e.detected && degrees % 90 == 0) {
        e.pageRotation = ((degrees % 360) + 360) % 360;
        e.confidence = orientConf;
    } else {
        e.detected = false;
    }
    m_api->Clear();  // drop the page image; nothing of a document lingers between calls
    return e;
}

}  // namespace vo
