#include "export/SearchablePdfWriter.h"

#include "export/GlyphlessFont.h"
#include "export/ImagePageReader.h"
#include "export/PdfTextLayer.h"
#include "pdf/DocumentReader.h"
#include "pdf/DetectDocumentType.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <vector>

namespace quire {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::SearchablePdfWriter)
};

constexpr double kLetterWidth = 612;
constexpr double kLetterHeight = 792;
/// An OCR word is left out when this share of its box lies under the
/// page's own text layer (its words' boxes, grown by kLayerMarginPt).
constexpr double kCoveredShare = 0.5;
constexpr double kLayerMarginPt = 1.0;
constexpr int kMaxFormDepth = 8;

std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QByteArray deflate(const QByteArray &data)
{
    return qCompress(data, 6).mid(4); // zlib data without qCompress's length prefix
}

QString what(const std::exception &e)
{
    return QString::fromLocal8Bit(e.what());
}

/// qpdf writes its output through this into a QSaveFile.
class DevicePipeline final : public Pipeline
{
public:
    explicit DevicePipeline(QIODevice *device)
        : Pipeline("Quire output", nullptr)
        , m_device(device)
    {
    }

    void write(unsigned char const *data, size_t length) override
    {
        if (m_device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
            throw std::runtime_error(m_device->errorString().toStdString());
    }

    void finish() override { }

private:
    QIODevice *m_device;
};

QRectF rectangleOf(QPDFObjectHandle box)
{
    if (!box.isRectangle())
        return {};
    const QPDFObjectHandle::Rectangle r = box.getArrayAsRectangle();
    const double x0 = std::min(r.llx, r.urx);
    const double y0 = std::min(r.lly, r.ury);
    return QRectF(x0, y0, std::abs(r.urx - r.llx), std::abs(r.ury - r.lly));
}

/// The page as viewers (and Poppler, which rendered it for OCR) show it.
PdfPageFrame frameOf(QPDFPageObjectHelper &page)
{
    PdfPageFrame frame;
    QRectF media = rectangleOf(page.getMediaBox());
    if (media.width() <= 0 || media.height() <= 0)
        media = QRectF(0, 0, kLetterWidth, kLetterHeight);
    QRectF crop = rectangleOf(page.getCropBox());
    crop = crop.width() > 0 && crop.height() > 0 ? crop.intersected(media) : media;
    frame.box = crop.width() > 0 && crop.height() > 0 ? crop : media;
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    if (rotate.isInteger()) {
        const long long degrees = ((rotate.getIntValue() % 360) + 360) % 360;
        frame.rotate = degrees % 90 == 0 ? int(degrees) : 0;
    }
    return frame;
}

bool resourcesHaveFonts(QPDFObjectHandle resources, std::set<QPDFObjGen> &seen, int depth)
{
    if (!resources.isDictionary() || depth > kMaxFormDepth)
        return false;
    QPDFObjectHandle fonts = resources.getKey("/Font");
    if (fonts.isDictionary() && !fonts.getKeys().empty())
        return true;
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (!xobjects.isDictionary())
        return false;
    for (const std::string &key : xobjects.getKeys()) {
        QPDFObjectHandle xobject = xobjects.getKey(key);
        if (!xobject.isStream() || !xobject.getDict().getKey("/Subtype").isNameAndEquals("/Form"))
            continue;
        if (xobject.isIndirect() && !seen.insert(xobject.getObjGen()).second)
            continue;
        if (resourcesHaveFonts(xobject.getDict().getKey("/Resources"), seen, depth + 1))
            return true;
    }
    return false;
}

/// Whether the page may carry text of its own: fonts in its resources (or
/// in its forms'), or annotations (filled-in form fields draw text).
bool mayHaveText(QPDFPageObjectHelper &page)
{
    std::set<QPDFObjGen> seen;
    if (resourcesHaveFonts(page.getAttribute("/Resources", false), seen, 0))
        return true;
    QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
    return annotations.isArray() && annotations.getArrayNItems() > 0;
}

bool signed_(QPDF &pdf)
{
    QPDFObjectHandle root = pdf.getRoot();
    // Certification (DocMDP) and usage-rights signatures live in /Perms.
    QPDFObjectHandle perms = root.getKey("/Perms");
    if (perms.isDictionary() && !perms.getKeys().empty())
        return true;
    QPDFAcroFormDocumentHelper forms(pdf);
    if (!forms.hasAcroForm())
        return false;
    for (QPDFFormFieldObjectHelper &field : forms.getFormFields()) {
        if (field.getFieldType() == "/Sig" && field.getValue().isDictionary())
            return true;
    }
    return false;
}

/// Opens @p path with qpdf, trying no password, then each of @p passwords.
std::unique_ptr<QPDF> openPdf(const QString &path, const QStringList &passwords, bool *wrongPassword,
                              QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    QStringList tries = {QString()};
    tries += passwords;
    *wrongPassword = false;
    for (const QString &password : std::as_const(tries)) {
        auto pdf = std::make_unique<QPDF>();
        pdf->setSuppressWarnings(true);
        try {
            const QByteArray utf8 = password.toUtf8();
            pdf->processFile(file.constData(), password.isNull() ? nullptr : utf8.constData());
            return pdf;
        } catch (const QPDFExc &e) {
            if (e.getErrorCode() == qpdf_e_password) {
                *wrongPassword = true;
                continue;
            }
            *error = what(e);
            return nullptr;
        } catch (const std::exception &e) {
            *error = what(e);
            return nullptr;
        }
    }
    return nullptr;
}

} // namespace

struct SearchablePdfWriter::Private
{
    SearchablePdfOptions options;
    QString input;
    QString name;
    DocumentType type = DocumentType::Unknown;
    std::unique_ptr<QPDF> pdf;
    std::vector<QPDFPageObjectHelper> pages;
    std::vector<QByteArray> imageContent; ///< Image inputs: each page's drawing of its image.
    std::vector<int> state;               ///< Per page: what addPage() did.
    GlyphlessFont font;
    QString fontError;
    QPDFObjectHandle fontObject;          ///< The Type0 font, once a page needs it.
    QPDFObjectHandle toUnicode;
    QPDFObjectHandle saveState;           ///< The shared "q" stream put in front of original contents.
    std::unique_ptr<DocumentReader> layers; ///< Poppler, for pages with text of their own.
    bool layersTried = false;
    SearchablePdfReport report;

    enum PageState { Untouched = 0, WithText, OwnText, Empty };

    void reset()
    {
        pages.clear();
        imageContent.clear();
        state.clear();
        fontObject = QPDFObjectHandle();
        toUnicode = QPDFObjectHandle();
        saveState = QPDFObjectHandle();
        pdf.reset();
        layers.reset();
        layersTried = false;
        font = GlyphlessFont();
        report = SearchablePdfReport();
    }

    QString pageName(int page) const { return Text::tr("page %1 of %2").arg(page).arg(name); }

    Outcome beginPdf(QString *message);
    Outcome beginImages(QString *message);
    bool ensureFont(QString *error);
    QByteArray fontResourceFor(QPDFPageObjectHelper &page);
    int leaveOutLayerWords(int index, const PdfPageFrame &frame, const QTransform &toDisplayed,
                           QList<PlacedWord> *words);
};

SearchablePdfWriter::Outcome SearchablePdfWriter::Private::beginPdf(QString *message)
{
    bool wrongPassword = false;
    QString error;
    pdf = openPdf(input, options.passwords, &wrongPassword, &error);
    if (!pdf) {
        if (wrongPassword) {
            *message = options.passwords.isEmpty()
                           ? Text::tr("%1 is password-protected: give its password (--password) to write its "
                                      "searchable PDF")
                                 .arg(name)
                           : Text::tr("%1 is password-protected and none of the passwords given opens it")
                                 .arg(name);
        } else {
            *message = Text::tr("%1 cannot be read to write its searchable PDF (qpdf: %2)").arg(name, error);
        }
        return Outcome::Failed;
    }
    try {
        if (signed_(*pdf)) {
            if (!options.breakSignatures) {
                *message = Text::tr("%1 is digitally signed: adding a text layer would invalidate its "
                                    "signature, so no searchable PDF was written for it. Ask for it explicitly "
                                    "(quire-cli: --break-signatures) to write it anyway.")
                               .arg(name);
                pdf.reset();
                return Outcome::Skipped;
            }
            report.signatureBroken = true;
        }
        report.encrypted = pdf->isEncrypted();
        pages = QPDFPageDocumentHelper(*pdf).getAllPages();
    } catch (const std::exception &e) {
        *message = Text::tr("%1 cannot be read to write its searchable PDF (qpdf: %2)").arg(name, what(e));
        pdf.reset();
        return Outcome::Failed;
    }
    state.assign(pages.size(), Untouched);
    return Outcome::Written;
}

SearchablePdfWriter::Outcome SearchablePdfWriter::Private::beginImages(QString *message)
{
    ImagePageReader reader;
    QString error;
    if (!reader.open(input, type, &error)) {
        *message = error;
        return Outcome::Failed;
    }
    try {
        pdf = std::make_unique<QPDF>();
        pdf->emptyPDF();
        QPDFPageDocumentHelper document(*pdf);
        for (int index = 0; index < reader.pageCount(); ++index) {
            ImagePage image;
            if (!reader.read(index, &image, &error)) {
                *message = error;
                pdf.reset();
                return Outcome::Failed;
            }
            report.resolutionAssumed = report.resolutionAssumed || image.resolutionAssumed;
            const auto makeImage = [this](const PdfImageData &data) {
                QPDFObjectHandle stream = pdf->newStream();
                stream.replaceStreamData(toStd(data.data), QPDFObjectHandle::newName(toStd(data.filter)),
                                         data.decodeParms.isEmpty()
                                             ? QPDFObjectHandle::newNull()
                                             : QPDFObjectHandle::parse(toStd(data.decodeParms)));
                QPDFObjectHandle dict = stream.getDict();
                dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
                dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
                dict.replaceKey("/Width", QPDFObjectHandle::newInteger(data.size.width()));
                dict.replaceKey("/Height", QPDFObjectHandle::newInteger(data.size.height()));
                dict.replaceKey("/ColorSpace", QPDFObjectHandle::parse(toStd(data.colorSpace)));
                dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(data.bitsPerComponent));
                if (!data.decode.isEmpty())
                    dict.replaceKey("/Decode", QPDFObjectHandle::parse(toStd(data.decode)));
                return stream;
            };
            QPDFObjectHandle xobject = makeImage(image.image);
            if (!image.softMask.data.isEmpty())
                xobject.getDict().replaceKey("/SMask", makeImage(image.softMask));

            const QTransform &m = image.placement;
            QByteArray content = "q " + QByteArray::number(m.m11(), 'f', 4) + ' ' + QByteArray::number(m.m12(), 'f', 4)
                                 + ' ' + QByteArray::number(m.m21(), 'f', 4) + ' '
                                 + QByteArray::number(m.m22(), 'f', 4) + ' ' + QByteArray::number(m.dx(), 'f', 4)
                                 + ' ' + QByteArray::number(m.dy(), 'f', 4) + " cm /Im0 Do Q\n";
            QPDFObjectHandle page = pdf->makeIndirectObject(QPDFObjectHandle::newDictionary());
            page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
            page.replaceKey("/MediaBox", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(
                                             0, 0, image.pageSize.width(), image.pageSize.height())));
            QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
            xobjects.replaceKey("/Im0", xobject);
            QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/XObject", xobjects);
            page.replaceKey("/Resources", resources);
            page.replaceKey("/Contents", pdf->newStream(toStd(content)));
            document.addPage(QPDFPageObjectHelper(page), false);
            imageContent.push_back(content);
        }
        QPDFObjectHandle info = pdf->makeIndirectObject(QPDFObjectHandle::newDictionary());
        info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(
                                         "Quire " + QCoreApplication::applicationVersion().toStdString()));
        pdf->getTrailer().replaceKey("/Info", info);
        pages = document.getAllPages();
    } catch (const std::exception &e) {
        *message = Text::tr("%1 could not be made into a PDF (qpdf: %2)").arg(name, what(e));
        pdf.reset();
        return Outcome::Failed;
    }
    state.assign(pages.size(), Untouched);
    return Outcome::Written;
}

bool SearchablePdfWriter::Private::ensureFont(QString *error)
{
    if (fontObject.isInitialized())
        return true;
    if (!font.isLoaded() && !font.load(options.tessdataPath, &fontError)) {
        *error = fontError;
        return false;
    }
    static const QByteArray cidToGid = deflate(GlyphlessFont::cidToGidMap());
    const QByteArray program = font.program();
    QPDFObjectHandle fontFile = pdf->newStream();
    fontFile.replaceStreamData(toStd(deflate(program)), QPDFObjectHandle::newName("/FlateDecode"),
                               QPDFObjectHandle::newNull());
    fontFile.getDict().replaceKey("/Length1", QPDFObjectHandle::newInteger(program.size()));
    QPDFObjectHandle map = pdf->newStream();
    map.replaceStreamData(toStd(cidToGid), QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());

    const QByteArray descriptorText = "<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 -"
                                      + QByteArray::number(GlyphlessFont::kDescent) + ' '
                                      + QByteArray::number(GlyphlessFont::kAdvance) + ' '
                                      + QByteArray::number(GlyphlessFont::kAscent)
                                      + "] /ItalicAngle 0 /Ascent " + QByteArray::number(GlyphlessFont::kAscent)
                                      + " /Descent -" + QByteArray::number(GlyphlessFont::kDescent)
                                      + " /CapHeight " + QByteArray::number(GlyphlessFont::kAscent)
                                      + " /StemV 80 >>";
    QPDFObjectHandle descriptor = pdf->makeIndirectObject(QPDFObjectHandle::parse(toStd(descriptorText)));
    descriptor.replaceKey("/FontFile2", fontFile);
    QPDFObjectHandle cidFont = pdf->makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont"
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW "
        + std::to_string(GlyphlessFont::kAdvance) + " >>"));
    cidFont.replaceKey("/FontDescriptor", descriptor);
    cidFont.replaceKey("/CIDToGIDMap", map);
    toUnicode = pdf->newStream(); // its data once every page has been encoded (finish)
    fontObject = pdf->makeIndirectObject(
        QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H >>"));
    fontObject.replaceKey("/DescendantFonts", QPDFObjectHandle::newArray({cidFont}));
    fontObject.replaceKey("/ToUnicode", toUnicode);
    return true;
}

QByteArray SearchablePdfWriter::Private::fontResourceFor(QPDFPageObjectHelper &page)
{
    // The page's own copy of its resources (shared or inherited ones are
    // shallow-copied), and of their /Font dictionary: no other page, and no
    // original object, changes.
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        page.getObjectHandle().replaceKey("/Resources", resources);
    }
    QPDFObjectHandle fonts = resources.getKey("/Font");
    fonts = fonts.isDictionary() ? fonts.shallowCopy() : QPDFObjectHandle::newDictionary();
    int suffix = 1;
    const std::string name = resources.getUniqueResourceName("/QuireOcr", suffix);
    fonts.replaceKey(name, fontObject);
    resources.replaceKey("/Font", fonts);
    return QByteArray::fromStdString(name);
}

int SearchablePdfWriter::Private::leaveOutLayerWords(int index, const PdfPageFrame &frame,
                                                     const QTransform &toDisplayed, QList<PlacedWord> *words)
{
    if (!layersTried) {
        layersTried = true;
        auto reader = std::make_unique<DocumentReader>();
        bool open = reader->open(input);
        for (qsizetype i = 0; !open && i < options.passwords.size(); ++i)
            open = reader->open(input, options.passwords.at(i));
        if (open)
            layers = std::move(reader);
    }
    if (!layers)
        return 0;
    const TextLayer layer = layers->textLayer(index);
    if (!layer.usable || layer.words.isEmpty() || layer.pageSize.isEmpty())
        return 0;
    // Compare in shares of the page as shown: Poppler's points and the
    // frame's user space units differ where /UserUnit is set.
    const QSizeF shown = frame.displayedSize();
    QList<QRectF> covered;
    covered.reserve(layer.words.size());
    for (const Word &word : layer.words) {
        const QRectF box = QRectF(word.box).adjusted(-kLayerMarginPt, -kLayerMarginPt, kLayerMarginPt, kLayerMarginPt);
        covered.append(QRectF(box.x() / layer.pageSize.width(), box.y() / layer.pageSize.height(),
                              box.width() / layer.pageSize.width(), box.height() / layer.pageSize.height()));
    }
    int leftOut = 0;
    for (auto it = words->begin(); it != words->end();) {
        const QRectF shownBox = toDisplayed.mapRect(it->box);
        const QRectF box(shownBox.x() / shown.width(), shownBox.y() / shown.height(),
                         shownBox.width() / shown.width(), shownBox.height() / shown.height());
        const double area = box.width() * box.height();
        double under = 0;
        for (const QRectF &c : std::as_const(covered)) {
            const QRectF overlap = c.intersected(box);
            under = std::max(under, overlap.width() * overlap.height());
        }
        if (area > 0 && under >= kCoveredShare * area) {
            it = words->erase(it);
            ++leftOut;
        } else {
            ++it;
        }
    }
    return leftOut;
}

SearchablePdfWriter::SearchablePdfWriter(const SearchablePdfOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
}

SearchablePdfWriter::~SearchablePdfWriter() = default;

SearchablePdfWriter::Outcome SearchablePdfWriter::begin(const QString &inputPath, QString *message)
{
    d->reset();
    d->input = inputPath;
    d->name = QFileInfo(inputPath).fileName();
    d->report.input = inputPath;
    QString ioError;
    d->type = detectDocumentType(inputPath, &ioError);
    QString why;
    Outcome outcome = Outcome::Failed;
    if (!ioError.isEmpty()) {
        why = ioError;
    } else if (d->type == DocumentType::Pdf) {
        outcome = d->beginPdf(&why);
    } else if (d->type == DocumentType::Unknown) {
        why = Text::tr("%1 is not a PDF or a supported image, or no longer exists").arg(d->name);
    } else {
        outcome = d->beginImages(&why);
    }
    if (outcome != Outcome::Written) {
        if (message)
            *message = why;
        d->reset();
    }
    return outcome;
}

bool SearchablePdfWriter::addPage(const StoredPage &stored, QString *error)
{
    const PageResult &result = stored.result;
    const int index = result.page - 1;
    if (!d->pdf || index < 0 || index >= int(d->pages.size())) {
        if (error) {
            *error = Text::tr("%1 is not in the document, which has %2 pages; it may have changed since it "
                              "was recognized. Run it again.")
                         .arg(d->pageName(result.page))
                         .arg(d->pages.size());
        }
        return false;
    }
    if (result.status != PageStatus::Done)
        return true; // failed: reported by finish() among the pages without text
    if (result.kind != PageKind::Ocr) {
        // Its own text layer (or whatever else needed no OCR): nothing to add.
        d->state[size_t(index)] = Private::OwnText;
        return true;
    }

    try {
        QPDFPageObjectHelper &page = d->pages[size_t(index)];
        const bool isPdf = d->type == DocumentType::Pdf;
        const PdfPageFrame frame = isPdf ? frameOf(page) : PdfPageFrame{rectangleOf(page.getMediaBox()), 0};
        if (frame.box.isEmpty() || result.imageSize.isEmpty()) {
            d->state[size_t(index)] = Private::Empty;
            return true;
        }
        QList<PlacedWord> words = PdfTextLayer::wordsToDraw(stored);
        const QTransform toDisplayed = PdfTextLayer::turnedToDisplayed(result, frame.displayedSize());
        if (isPdf && !words.isEmpty() && mayHaveText(page))
            d->report.wordsAlreadyInLayer += d->leaveOutLayerWords(index, frame, toDisplayed, &words);
        if (words.isEmpty()) {
            d->state[size_t(index)] = Private::Empty;
            return true;
        }
        if (!d->ensureFont(error))
            return false;
        const QByteArray resource = d->fontResourceFor(page);
        const QByteArray layer = PdfTextLayer::contentStream(words, result.imageSize,
                                                             toDisplayed * frame.displayedToUser(), resource, d->font);
        QPDFObjectHandle stream = d->pdf->newStream();
        if (isPdf) {
            // The original contents run between q and Q, so whatever state
            // they leave behind, the text layer starts from the page's own.
            if (!d->saveState.isInitialized())
                d->saveState = d->pdf->newStream("q\n");
            stream.replaceStreamData(toStd(deflate("\nQ" + layer)), QPDFObjectHandle::newName("/FlateDecode"),
                                     QPDFObjectHandle::newNull());
            page.addPageContents(d->saveState, true);
            page.addPageContents(stream, false);
        } else {
            stream.replaceStreamData(toStd(deflate(d->imageContent[size_t(index)] + layer)),
                                     QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
            page.getObjectHandle().replaceKey("/Contents", stream);
        }
        d->state[size_t(index)] = Private::WithText;
    } catch (const std::exception &e) {
        if (error)
            *error = Text::tr("The text layer of %1 could not be added (qpdf: %2)").arg(d->pageName(result.page), what(e));
        return false;
    }
    return true;
}

SearchablePdfWriter::Outcome SearchablePdfWriter::finish(const QString &outputPath, SearchablePdfReport *report,
                                                         QString *message)
{
    const auto fail = [&](const QString &why) {
        if (message)
            *message = why;
        d->reset();
        return Outcome::Failed;
    };
    if (!d->pdf)
        return fail(Text::tr("No document is open to write %1").arg(QDir::toNativeSeparators(outputPath)));
    const QFileInfo target(outputPath);
    const QFileInfo source(d->input);
    if (target.exists() && target.canonicalFilePath() == source.canonicalFilePath())
        return fail(Text::tr("%1 is the input itself; Quire never writes over an input. Choose another folder.")
                        .arg(QDir::toNativeSeparators(outputPath)));
    if (!QDir().mkpath(target.absolutePath()))
        return fail(Text::tr("Could not create the folder %1 for %2; check that it can be written.")
                        .arg(QDir::toNativeSeparators(target.absolutePath()), target.fileName()));

    SearchablePdfReport &r = d->report;
    r.output = outputPath;
    r.pages = int(d->pages.size());
    for (size_t i = 0; i < d->state.size(); ++i) {
        switch (d->state[i]) {
        case Private::WithText: ++r.pagesWithText; break;
        case Private::OwnText: ++r.pagesOwnText; break;
        case Private::Empty: ++r.pagesEmpty; break;
        default: r.pagesWithoutText.append(int(i) + 1); break;
        }
    }

    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("Could not create %1: %2. Check that the folder can be written.")
                        .arg(QDir::toNativeSeparators(outputPath), file.errorString()));
    try {
        if (d->toUnicode.isInitialized()) {
            d->toUnicode.replaceStreamData(toStd(deflate(d->font.toUnicodeCMap())),
                                           QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
        }
        DevicePipeline pipeline(&file);
        QPDFWriter writer(*d->pdf);
        writer.setOutputPipeline(&pipeline);
        // Every original stream goes out as it came in: no decoding, no
        // recompression. (The streams Quire adds are compressed already.)
        writer.setCompressStreams(false);
        writer.setDecodeLevel(qpdf_dl_none);
        // Encryption is preserved (QPDFWriter's default). Type0 fonts need 1.2,
        // 16-bit images and predictors of PNG data 1.5.
        writer.setMinimumPDFVersion(d->type == DocumentType::Pdf ? "1.4" : "1.5");
        writer.write();
    } catch (const std::exception &e) {
        file.cancelWriting();
        return fail(Text::tr("Could not write %1 for %2 (qpdf: %3)")
                        .arg(QDir::toNativeSeparators(outputPath), d->name, what(e)));
    }
    if (!file.commit())
        return fail(Text::tr("Could not write %1: %2. Check free disk space and permissions.")
                        .arg(QDir::toNativeSeparators(outputPath), file.errorString()));
    if (report)
        *report = r;
    d->reset();
    return Outcome::Written;
}

void SearchablePdfWriter::abort()
{
    d->reset();
}

int SearchablePdfWriter::pageCount() const
{
    return int(d->pages.size());
}

bool SearchablePdfWriter::isSigned(const QString &path, const QStringList &passwords)
{
    bool wrongPassword = false;
    QString error;
    const std::unique_ptr<QPDF> pdf = openPdf(path, passwords, &wrongPassword, &error);
    if (!pdf)
        return false;
    try {
        return signed_(*pdf);
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace quire
