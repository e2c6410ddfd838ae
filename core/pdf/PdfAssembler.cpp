#include "pdf/PdfAssembler.h"

#include "crypto/SecureBuffer.h"
#include "input/InputFormat.h"
#include "input/PdfContentScan.h"
#include "input/QpdfFile.h"
#include "pdf/PdfAPreflight.h"
#include "pdf/PdfGraftGeometry.h"
#include "pdf/PdfMetadata.h"
#include "pdf/PdfObjectWriter.h"
#include "pdf/PdfTextLayer.h"
#include "pdf/QpdfOutput.h"
#include "pdf/QpdfPageBuilder.h"
#include "util/AtomicFile.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <sodium.h>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("PdfAssembler", s); }

Error internal(const char* what) { return makeError(ErrorCode::Internal, tr(what)); }

const char* const kInfoKeys[] = {"/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer",
                                 "/CreationDate", "/ModDate"};

OcrPage layerOnly(const OcrPage& page, int blocks)
{
    OcrPage layer = page;
    if (blocks >= 0 && size_t(blocks) < layer.blocks.size())
        layer.blocks.resize(size_t(blocks));
    return layer;
}

}  // namespace

struct PdfAssembler::Impl {
    Impl(AtomicFile f, GlyphlessFont gf) : file(std::move(f)), font(std::move(gf)) {}

    AtomicFile file;
    GlyphlessFont font;
    PdfExportOptions options;
    QStringList inputs;
    const QByteArray* inMemory = nullptr;  // input 0 when set
    std::shared_ptr<const SecureBuffer> password;
    std::unique_ptr<QPDF> base;
    int baseInput = -1;
    std::vector<QPDFPageObjectHelper> basePages;  // the base PDF's own pages, in order
    std::vector<bool> baseUsed;
    std::map<int, std::unique_ptr<QPDF>> sources;  // other PDF inputs, open until finish()
    std::map<int, std::vector<QPDFPageObjectHelper>> sourcePages;
    int firstPdfInput = -1;
    std::set<int> highBytes;  // of all text layers, for the ToUnicode map
    std::unique_ptr<QpdfGlyphlessFonts> fonts;
    int pages = 0;
    bool done = false;

    Result<std::unique_ptr<QPDF>> open(int inputIndex) const;
    Result<void> ensureBase(int inputIndex);
    Result<QPDF*> source(int inputIndex);
    Result<QPDFPageObjectHelper> targetPage(int inputIndex, int pageIndex);
    void applyMetadata();
    QPDFObjectHandle keptInfo();
    Result<void> write();
};

Result<std::unique_ptr<QPDF>> PdfAssembler::Impl::open(int inputIndex) const
{
    if (inMemory && inputIndex == 0)
        return openQpdf(reinterpret_cast<const uchar*>(inMemory->constData()), size_t(inMemory->size()), password.get());
    return openQpdf(inputs.value(inputIndex), password.get());
}

Result<void> PdfAssembler::Impl::ensureBase(int inputIndex)
{
    if (base)
        return {};
    if (inputIndex >= 0) {
        auto opened = open(inputIndex);
        if (!opened)
            return opened.error();
        base = std::move(opened).value();
        baseInput = inputIndex;
        basePages = QPDFPageDocumentHelper(*base).getAllPages();
        baseUsed.assign(basePages.size(), false);
    } else {
        base = std::make_unique<QPDF>();
        base->setSuppressWarnings(true);
        base->emptyPDF();
    }
    fonts = std::make_unique<QpdfGlyphlessFonts>(*base, font);
    return {};
}

Result<QPDF*> PdfAssembler::Impl::source(int inputIndex)
{
    if (auto it = sources.find(inputIndex); it != sources.end())
        return it->second.get();
    auto opened = open(inputIndex);
    if (!opened)
        return opened.error();
    QPDF* pdf = opened->get();
    sourcePages[inputIndex] = QPDFPageDocumentHelper(*pdf).getAllPages();
    sources.emplace(inputIndex, std::move(opened).value());
    return pdf;
}

// The page to keep or graft onto, inside the output: the base PDF's own page, or a copy of
// another PDF's page appended to it (qpdf copies the objects; stream data is read at writing).
Result<QPDFPageObjectHelper> PdfAssembler::Impl::targetPage(int inputIndex, int pageIndex)
{
    if (inputIndex == baseInput) {
        if (pageIndex < 0 || size_t(pageIndex) >= basePages.size() || baseUsed[size_t(pageIndex)])
            return internal("a PDF page was added twice or does not exist");
        baseUsed[size_t(pageIndex)] = true;
        return basePages[size_t(pageIndex)];
    }
    auto src = source(inputIndex);
    if (!src)
        return src.error();
    const std::vector<QPDFPageObjectHelper>& pagesOfSource = sourcePages[inputIndex];
    if (pageIndex < 0 || size_t(pageIndex) >= pagesOfSource.size())
        return internal("a PDF page was added twice or does not exist");
    QPDFPageDocumentHelper out(*base);
    out.addPage(pagesOfSource[size_t(pageIndex)], false);
    return out.getAllPages().back();
}

// The first PDF input's information dictionary, as an object of the output.
QPDFObjectHandle PdfAssembler::Impl::keptInfo()
{
    QPDF* from = nullptr;
    if (baseInput >= 0) {
        from = base.get();
    } else {
        // Every page was an image (e.g. --mode force): the first PDF input still has metadata.
        int first = firstPdfInput;
        for (int i = 0; first < 0 && i < inputs.size(); ++i) {
            QFile f(inputs[i]);
            if (f.open(QIODevice::ReadOnly) && sniffInputFormat(f.read(1024)) == InputFormat::Pdf)
                first = i;
        }
        if (first >= 0)
            if (auto src = source(first))
                from = *src;
    }
    if (!from)
        return QPDFObjectHandle::newNull();
    QPDFObjectHandle info = from->getTrailer().getKey("/Info");
    if (!info.isDictionary())
        return QPDFObjectHandle::newNull();
    if (from == base.get())
        return info;
    return base->copyForeignObject(info.isIndirect() ? info : from->makeIndirectObject(info.shallowCopy()));
}

void PdfAssembler::Impl::applyMetadata()
{
    QPDFObjectHandle trailer = base->getTrailer();
    QPDFObjectHandle root = base->getRoot();
    QPDFObjectHandle info = options.keepMetadata ? keptInfo() : QPDFObjectHandle::newNull();
    if (!info.isDictionary()) {
        // Nothing of the original: no title, author, dates, XMP, application data, file
        // identifier (QPDFWriter makes a new one), only the producer.
        info = QPDFObjectHandle::newDictionary();
        info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(vaultocrProducer().toStdString()));
        for (const char* key : {"/Metadata", "/PieceInfo"})
            root.removeKey(key);
        for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*base).getAllPages())
            for (const char* key : {"/Metadata", "/PieceInfo"})
                page.getObjectHandle().removeKey(key);
        trailer.removeKey("/ID");
    }
    if (options.pdfa) {
        // Only what XMP can say too, said the same way in both places.
        info = info.shallowCopy();
        DocumentInfo values;
        for (const std::string& key : info.getKeys()) {
            const QString name = QString::fromStdString(key.substr(1));
            QPDFObjectHandle v = info.getKey(key);
            const QString text = v.isString() ? QString::fromStdString(v.getUTF8Value()) : QString();
            if (!v.isString() || !xmpRepresentable(name, text)) {
                const bool standard = std::find(std::begin(kInfoKeys), std::end(kInfoKeys), key) != std::end(kInfoKeys);
                if (standard || key == "/Trapped")
                    info.removeKey(key);
                continue;
            }
            values[name] = text;
        }
        root.replaceKey("/Metadata", qpdfStream(*base, "/Type /Metadata /Subtype /XML", xmpPacket(values, true)));
        QPDFObjectHandle intents = root.getKey("/OutputIntents");
        bool hasPdfaIntent = false;
        if (intents.isArray())
            for (QPDFObjectHandle i : intents.aitems())
                hasPdfaIntent = hasPdfaIntent || (i.isDictionary() && i.getKey("/S").isNameAndEquals("/GTS_PDFA1"));
        if (!hasPdfaIntent) {
            QPDFObjectHandle icc = qpdfStream(*base, "/N 3 /Filter /FlateDecode", pdfFlate(srgbIccProfile()));
            QPDFObjectHandle intent = QPDFObjectHandle::parse(
                base.get(), "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)"
                            " /Info (sRGB IEC61966-2.1) /DestOutputProfile " + qpdfRef(icc).toStdString() + " >>");
            root.replaceKey("/OutputIntents", QPDFObjectHandle::newArray({intent}));
        }
    }
    trailer.replaceKey("/Info", info.isIndirect() ? info : base->makeIndirectObject(info));
}

Result<void> PdfAssembler::Impl::write()
{
    QpdfOutput output(file);
    QPDFWriter w(*base);
    w.setOutputPipeline(&output);
    // Every stream as it is stored: no decoding, no recompression, so kept pages keep their bytes.
    w.setDecodeLevel(qpdf_dl_none);
    w.setCompressStreams(false);
    w.setPreserveEncryption(false);
    std::optional<SecureBuffer> user, owner;
    if (options.encrypted()) {
        user.emplace(nulTerminated(*options.encryptPassword));
        // Nobody needs the owner password (every permission is granted): a random one, so an
        // empty or guessable owner password cannot open the file.
        const SecureBuffer random = SecureBuffer::random(24);
        owner.emplace(2 * random.size() + 1);
        sodium_bin2hex(reinterpret_cast<char*>(owner->data()), owner->size(), random.data(), random.size());
        w.setR6EncryptionParameters(reinterpret_cast<const char*>(user->data()),
                                    reinterpret_cast<const char*>(owner->data()), true, true, true, true, true, true,
                                    qpdf_r3p_full, true);
    }
    try {
        w.write();
    } catch (const std::exception&) {
        if (!output.status())
            return output.status();  // the file system's error, not qpdf's
        throw;
    }
    return file.commit();
}

PdfAssembler::PdfAssembler(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

PdfAssembler::~PdfAssembler() = default;

Result<std::unique_ptr<PdfAssembler>> PdfAssembler::create(const QString& destination, const PdfExportOptions& options,
                                                           const QStringList& inputs,
                                                           std::shared_ptr<const SecureBuffer> inputPassword,
                                                           const QByteArray* inputInMemory)
{
    if (auto valid = options.validate(); !valid)
        return valid.error();
    Result<GlyphlessFont> font = GlyphlessFont::load();
    if (!font)
        return font.error();
    Result<AtomicFile> file = AtomicFile::create(destination);
    if (!file)
        return file.error();
    auto impl = std::make_unique<Impl>(std::move(file).value(), std::move(font).value());
    impl->options = options;
    impl->inputs = inputs;
    impl->inMemory = inputInMemory;
    impl->password = std::move(inputPassword);
    return std::unique_ptr<PdfAssembler>(new PdfAssembler(std::move(impl)));
}

Result<void> PdfAssembler::addImagePage(const PdfImage& image, const OcrPage& page)
{
    return addImage(image, page, nullptr);
}

Result<void> PdfAssembler::addSourceImagePage(const PdfImage& image, const OcrPage& page, int sourceDpiX, int sourceDpiY)
{
    if (sourceDpiX <= 0 || sourceDpiY <= 0 || page.imageSize.isEmpty())
        return internal("The page image cannot be stored in a PDF");
    const SourcePagePlacement placed = sourcePagePlacement(page, QSize(image.width, image.height), sourceDpiX, sourceDpiY);
    return addImage(image, page, &placed);
}

Result<void> PdfAssembler::addImage(const PdfImage& image, const OcrPage& page, const SourcePagePlacement* source)
{
    if (d->done)
        return internal("The PDF is already finished");
    if (!isStorableInPdf(image) || page.dpiX <= 0 || page.dpiY <= 0)
        return internal("The page image cannot be stored in a PDF");
    if (auto b = d->ensureBase(-1); !b)
        return b;
    OcrPage sized = page;
    if (sized.imageSize.isEmpty())
        sized.imageSize = QSize(image.width, image.height);
    try {
        collectHighBytes(sized, d->highBytes);
        QPDFObjectHandle p = imagePage(*d->base, *d->fonts, image, sized, source);
        QPDFPageDocumentHelper(*d->base).addPage(QPDFPageObjectHelper(p), false);
    } catch (const std::exception&) {
        return internal("The page could not be added to the PDF");
    }
    ++d->pages;
    return {};
}

Result<void> PdfAssembler::addPdfPage(int inputIndex, int pageIndex, const PdfPageInfo& info, const OcrPage& page)
{
    if (d->done)
        return internal("The PDF is already finished");
    if (d->firstPdfInput < 0)
        d->firstPdfInput = inputIndex;
    if (auto b = d->ensureBase(inputIndex); !b)
        return b;
    try {
        auto target = d->targetPage(inputIndex, pageIndex);
        if (!target)
            return target.error();
        if (info.treatment == PdfPageInfo::Treatment::Graft) {
            if (info.stripInvisibleText)
                stripInvisibleText(*d->base, *target);
            const OcrPage layer = layerOnly(page, info.ocrBlockCount);
            collectHighBytes(layer, d->highBytes);
            QPDFObjectHandle form = textLayerForm(*d->base, *d->fonts, layer, textLayerMatrix(page, info));
            if (!form.isNull())
                underlayForm(*d->base, *target, form);
        }
    } catch (const std::exception& e) {
        return qpdfInputError(e, d->password != nullptr);
    }
    ++d->pages;
    return {};
}

Result<void> PdfAssembler::finish()
{
    if (d->done)
        return internal("The PDF is already finished");
    if (d->pages == 0)
        return internal("A PDF needs at least one page");
    d->done = true;
    try {
        QPDFPageDocumentHelper out(*d->base);
        for (size_t i = 0; i < d->basePages.size(); ++i)
            if (!d->baseUsed[i])
                out.removePage(d->basePages[i]);  // not selected (--pages)
        d->fonts->finish(d->highBytes);
        d->applyMetadata();
        if (d->options.pdfa) {
            if (std::optional<QString> blocker = pdfaBlocker(*d->base))
                return makeError(ErrorCode::InputUnreadable, *blocker);
        }
        return d->write();
    } catch (const std::exception&) {
        return makeError(ErrorCode::OutputNotWritable, tr("the PDF could not be written"));
    }
}


}  // namespace vo
