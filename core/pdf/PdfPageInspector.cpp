// qpdf 11: no PointerHolder, std::shared_ptr throughout (see qpdf/PointerHolder.hh).
#define POINTERHOLDER_TRANSITION 4

#include "pdf/PdfPageInspector.h"

#include "pdf/PdfImageDecoder.h"

#include <QCoreApplication>
#include <QFile>

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFLogger.hh>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <opencv2/core.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <set>
#include <string>
#include <vector>

namespace quire {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfPageInspector)
};

// An image counts as covering the displayed page when each of its edges lies
// within this much of the page's edge: the larger of an absolute margin (page
// sizes rounded to whole points) and a share of the page's size.
constexpr double kEdgeTolerancePt = 1.5;
constexpr double kEdgeToleranceShare = 0.005;
// Horizontal and vertical resolution may differ by this share (rounding of
// page sizes); more is an anisotropic scan (200 x 100 DPI), left to the renderer.
constexpr double kMaxResolutionMismatch = 0.01;
// A placement whose off-axis terms are below this share of its scale counts
// as axis-aligned; anything more turned is a skewed placement.
constexpr double kAxisTolerance = 1e-3;

/// A PDF transformation matrix [a b c d e f]: x' = a x + c y + e, y' = b x + d y + f.
struct Matrix
{
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;

    /// This matrix applied after @p first: the `cm` rule (CTM' = M x CTM).
    Matrix then(const Matrix &next) const
    {
        return {a * next.a + b * next.c, a * next.b + b * next.d, c * next.a + d * next.c, c * next.b + d * next.d,
            e * next.a + f * next.c + next.e, e * next.b + f * next.d + next.f};
    }
    void map(double x, double y, double *outX, double *outY) const
    {
        *outX = a * x + c * y + e;
        *outY = b * x + d * y + f;
    }
};

struct Box
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
};

bool readBox(QPDFObjectHandle array, Box *box)
{
    if (!array.isArray() || array.getArrayNItems() != 4)
        return false;
    std::array<double, 4> v{};
    for (int i = 0; i < 4; ++i) {
        QPDFObjectHandle item = array.getArrayItem(i);
        if (!item.isNumber())
            return false;
        v[size_t(i)] = item.getNumericValue();
    }
    *box = {std::min(v[0], v[2]), std::min(v[1], v[3]), std::max(v[0], v[2]), std::max(v[1], v[3])};
    return true;
}

std::string nameOf(QPDFObjectHandle object)
{
    return object.isName() ? object.getName() : std::string();
}

/// Graphics state that matters here.
struct State
{
    Matrix ctm;
    int textRender = 0;
    std::vector<Box> clips; ///< Rectangular clips in default user space.
};

/// What the content streams paint; shared by a page and the forms it draws.
struct Findings
{
    bool paints = false;      ///< Something visible or textual.
    bool text = false;        ///< Text is shown, perhaps invisibly.
    bool visibleText = false; ///< Text in a mode that paints.
    bool notSingleImage = false;
    QString detail;           ///< The first reason it is not a single image.
    bool notTextOnly = false; ///< Images, shadings or curved outlines: ink that is no text layer's.
    int curves = 0;
    int images = 0;
    QPDFObjectHandle image;
    Matrix imageMatrix;
    std::vector<Box> imageClips;
    std::set<QPDFObjGen> formsSeen;
};

// A page that paints only text, straight rules and frames holds all its ink
// in its text layer. Text drawn as outlines is made of curves: past this many
// curve segments (a few rounded corners or a small chart have dozens; a line
// of outlined text has hundreds) the page is rendered to see where its ink is.
constexpr int kMaxCurvesOfTextOnlyPage = 200;
constexpr int kMaxFormDepth = 8;

/// Walks content streams and stops as soon as the answer is known.
class ContentScanner final : public QPDFObjectHandle::ParserCallbacks
{
public:
    ContentScanner(QPDFObjectHandle resources, Findings &findings, int depth = 0)
        : m_resources(resources)
        , m_xobjects(resources.isDictionary() ? resources.getKey("/XObject") : QPDFObjectHandle::newNull())
        , m_extGStates(resources.isDictionary() ? resources.getKey("/ExtGState") : QPDFObjectHandle::newNull())
        , m_found(findings)
        , m_depth(depth)
    {
    }

    void handleObject(QPDFObjectHandle object, size_t, size_t) override
    {
        if (object.isOperator()) {
            handleOperator(object.getOperatorValue());
            m_operands.clear();
        } else if (object.isInlineImage()) {
            m_found.paints = true;
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page draws an inline image"));
        } else {
            m_operands.push_back(object);
        }
    }
    void handleEOF() override { }

private:
    void notSingleImage(const QString &why)
    {
        m_found.paints = true;
        if (!m_found.notSingleImage) {
            m_found.notSingleImage = true;
            m_found.detail = why;
        }
        stopWhenSettled();
    }

    /// Nothing more to learn: neither one image nor text only.
    void stopWhenSettled()
    {
        if (m_found.notSingleImage && m_found.notTextOnly)
            terminateParsing();
    }

    double number(size_t fromEnd) const
    {
        if (m_operands.size() < fromEnd)
            return 0;
        QPDFObjectHandle o = m_operands[m_operands.size() - fromEnd];
        return o.isNumber() ? o.getNumericValue() : 0;
    }

    void handleOperator(const std::string &op)
    {
        static const std::set<std::string> painting = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"};
        static const std::set<std::string> showText = {"Tj", "TJ", "'", "\""};
        static const std::set<std::string> curves = {"c", "v", "y"};
        if (op == "q") {
            m_stack.push_back(m_state);
        } else if (op == "Q") {
            if (!m_stack.empty()) {
                m_state = m_stack.back();
                m_stack.pop_back();
            }
        } else if (op == "cm") {
            if (m_operands.size() < 6)
                return;
            const Matrix m{number(6), number(5), number(4), number(3), number(2), number(1)};
            m_state.ctm = m.then(m_state.ctm);
        } else if (op == "Do") {
            handleXObject();
        } else if (showText.count(op)) {
            m_found.paints = true;
            m_found.text = true;
            // Invisible text (render mode 3: an OCR layer) leaves the page as its image shows it.
            if (m_state.textRender != 3) {
                m_found.visibleText = true;
                notSingleImage(Text::tr("the page shows text"));
            }
        } else if (op == "Tr") {
            m_state.textRender = int(number(1));
        } else if (painting.count(op)) {
            notSingleImage(Text::tr("the page paints vector graphics"));
        } else if (op == "sh") {
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page paints a shading"));
        } else if (op == "re") {
            if (m_operands.size() >= 4) {
                double x[4], y[4];
                const double rx = number(4), ry = number(3), rw = number(2), rh = number(1);
                m_state.ctm.map(rx, ry, &x[0], &y[0]);
                m_state.ctm.map(rx + rw, ry, &x[1], &y[1]);
                m_state.ctm.map(rx, ry + rh, &x[2], &y[2]);
                m_state.ctm.map(rx + rw, ry + rh, &x[3], &y[3]);
                m_pathRects.push_back({*std::min_element(x, x + 4), *std::min_element(y, y + 4),
                    *std::max_element(x, x + 4), *std::max_element(y, y + 4)});
            }
        } else if (curves.count(op)) {
            m_pathIsRectangles = false;
            if (++m_found.curves > kMaxCurvesOfTextOnlyPage) {
                m_found.notTextOnly = true;
                stopWhenSettled();
            }
        } else if (op == "m" || op == "l" || op == "h") {
            m_pathIsRectangles = false;
        } else if (op == "W" || op == "W*") {
            m_clipPending = true;
        } else if (op == "n") {
            if (m_clipPending) {
                // Only a clip to one rectangle can be followed; anything else is left to the renderer.
                if (!m_pathIsRectangles || m_pathRects.size() != 1)
                    notSingleImage(Text::tr("the page clips to a shape"));
                else
                    m_state.clips.push_back(m_pathRects.front());
            }
            m_pathRects.clear();
            m_pathIsRectangles = true;
            m_clipPending = false;
        } else if (op == "gs") {
            handleExtGState();
        }
        // Everything else (colours, line styles, text state, marked content)
        // paints nothing by itself.
    }

    void handleXObject()
    {
        if (m_operands.empty() || !m_operands.back().isName() || !m_xobjects.isDictionary()) {
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page draws an object it does not define"));
            return;
        }
        QPDFObjectHandle object = m_xobjects.getKey(m_operands.back().getName());
        if (!object.isStream()) {
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page draws an object it does not define"));
            return;
        }
        const std::string subtype = nameOf(object.getDict().getKey("/Subtype"));
        if (subtype == "/Form") {
            scanForm(object);
            notSingleImage(Text::tr("the page draws a form"));
            return;
        }
        if (subtype != "/Image") {
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page draws a %1 object").arg(QString::fromStdString(subtype)));
            return;
        }
        m_found.paints = true;
        m_found.notTextOnly = true;
        if (++m_found.images > 1 || m_depth > 0) {
            notSingleImage(Text::tr("the page draws more than one image"));
            return;
        }
        m_found.image = object;
        m_found.imageMatrix = m_state.ctm;
        m_found.imageClips = m_state.clips;
    }

    /// A form's content counts as the page's (for text only; a page drawn
    /// through a form is never taken as one image).
    void scanForm(QPDFObjectHandle form)
    {
        m_found.paints = true;
        if (m_found.notTextOnly)
            return;
        if (m_depth >= kMaxFormDepth || !m_found.formsSeen.insert(form.getObjGen()).second) {
            m_found.notTextOnly = true; // too deep, or drawn before: do not follow
            return;
        }
        QPDFObjectHandle resources = form.getDict().getKey("/Resources");
        ContentScanner nested(resources.isDictionary() ? resources : m_resources, m_found, m_depth + 1);
        form.parseAsContents(&nested);
    }

    void handleExtGState()
    {
        if (m_operands.empty() || !m_operands.back().isName() || !m_extGStates.isDictionary())
            return;
        QPDFObjectHandle state = m_extGStates.getKey(m_operands.back().getName());
        if (!state.isDictionary())
            return;
        // Settings that change how an image looks: leave those pages to the renderer.
        const auto isOne = [&state](const char *key) {
            QPDFObjectHandle v = state.getKey(key);
            return v.isNull() || (v.isNumber() && v.getNumericValue() >= 1.0);
        };
        const std::string blend = nameOf(state.getKey("/BM"));
        QPDFObjectHandle softMask = state.getKey("/SMask");
        const bool plain = isOne("/ca") && isOne("/CA") && (blend.empty() || blend == "/Normal" || blend == "/Compatible")
                           && (softMask.isNull() || nameOf(softMask) == "/None") && state.getKey("/TR").isNull()
                           && state.getKey("/TR2").isNull();
        if (!plain && !m_found.notSingleImage) {
            m_found.notSingleImage = true;
            m_found.detail = Text::tr("the page sets transparency or a transfer function");
            stopWhenSettled();
        }
    }

    QPDFObjectHandle m_resources;
    QPDFObjectHandle m_xobjects;
    QPDFObjectHandle m_extGStates;
    Findings &m_found;
    int m_depth = 0;
    std::vector<QPDFObjectHandle> m_operands;
    State m_state;
    std::vector<State> m_stack;
    std::vector<Box> m_pathRects;
    bool m_pathIsRectangles = true;
    bool m_clipPending = false;
};

/// Annotations that may paint: all but links and pop-ups, unless hidden.
bool hasVisibleAnnotations(QPDFObjectHandle page)
{
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (!annots.isArray())
        return false;
    for (int i = 0; i < annots.getArrayNItems(); ++i) {
        QPDFObjectHandle annot = annots.getArrayItem(i);
        if (!annot.isDictionary())
            continue;
        const std::string subtype = nameOf(annot.getKey("/Subtype"));
        if (subtype == "/Link" || subtype == "/Popup")
            continue;
        QPDFObjectHandle flags = annot.getKey("/F");
        if (flags.isInteger() && (flags.getIntValue() & 2) != 0) // Hidden
            continue;
        return true;
    }
    return false;
}

/// Where the image's pixels land on the displayed page.
struct Placement
{
    bool swap = false;  ///< Image rows run across the displayed page (a transpose is needed).
    bool flipX = false; ///< After any transpose, mirror left-right...
    bool flipY = false; ///< ...and top-bottom.
    double widthPt = 0;  ///< The displayed page (CropBox after /Rotate).
    double heightPt = 0;
    // Where the image lies on the displayed page, in points (y down); it may
    // overhang or fall short of the page by the edge tolerance.
    double left = 0, top = 0, right = 0, bottom = 0;
};

bool isName(const std::string &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&name](const char *n) { return name == n; });
}

bool parseColorSpace(QPDFObjectHandle space, QPDFObjectHandle resources, PdfColorSpace *out, QString *why,
                     int depth = 0)
{
    if (depth > 4) {
        *why = Text::tr("its colour space refers to itself");
        return false;
    }
    if (space.isName()) {
        const std::string name = space.getName();
        if (isName(name, {"/DeviceGray", "/G", "/CalGray"})) {
            out->family = PdfColorSpace::Family::Gray;
            return true;
        }
        if (isName(name, {"/DeviceRGB", "/RGB", "/CalRGB"})) {
            out->family = PdfColorSpace::Family::Rgb;
            return true;
        }
        if (isName(name, {"/DeviceCMYK", "/CMYK"})) {
            out->family = PdfColorSpace::Family::Cmyk;
            return true;
        }
        QPDFObjectHandle named = resources.isDictionary() ? resources.getKey("/ColorSpace") : QPDFObjectHandle::newNull();
        if (named.isDictionary() && named.hasKey(name))
            return parseColorSpace(named.getKey(name), resources, out, why, depth + 1);
        *why = Text::tr("its colour space %1 is not one Quire decodes").arg(QString::fromStdString(name));
        return false;
    }
    if (!space.isArray() || space.getArrayNItems() < 1) {
        *why = Text::tr("its colour space is missing or malformed");
        return false;
    }
    const std::string family = nameOf(space.getArrayItem(0));
    if (isName(family, {"/DeviceGray", "/DeviceRGB", "/DeviceCMYK", "/CalGray", "/CalRGB"}))
        return parseColorSpace(space.getArrayItem(0), resources, out, why, depth + 1);
    if (family == "/ICCBased") {
        QPDFObjectHandle profile = space.getArrayItem(1);
        QPDFObjectHandle n = profile.isStream() ? profile.getDict().getKey("/N") : QPDFObjectHandle::newNull();
        const int components = n.isInteger() ? n.getIntValueAsInt() : 0;
        if (components == 1 || components == 3 || components == 4) {
            out->family = components == 1 ? PdfColorSpace::Family::Gray
                          : components == 3 ? PdfColorSpace::Family::Rgb
                                            : PdfColorSpace::Family::Cmyk;
            return true;
        }
        *why = Text::tr("its ICC colour space has %1 components").arg(components);
        return false;
    }
    if (isName(family, {"/Indexed", "/I"}) && space.getArrayNItems() == 4) {
        PdfColorSpace base;
        if (!parseColorSpace(space.getArrayItem(1), resources, &base, why, depth + 1))
            return false;
        if (base.family == PdfColorSpace::Family::Indexed) {
            *why = Text::tr("its indexed colour space is based on another indexed one");
            return false;
        }
        QPDFObjectHandle hival = space.getArrayItem(2);
        QPDFObjectHandle lookup = space.getArrayItem(3);
        out->family = PdfColorSpace::Family::Indexed;
        out->base = base.family;
        out->highValue = hival.isInteger() ? std::clamp(hival.getIntValueAsInt(), 0, 255) : 0;
        if (lookup.isString()) {
            const std::string bytes = lookup.getStringValue();
            out->palette = QByteArray(bytes.data(), qsizetype(bytes.size()));
        } else if (lookup.isStream()) {
            const std::shared_ptr<Buffer> data = lookup.getStreamData(qpdf_dl_generalized);
            out->palette = QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
        } else {
            *why = Text::tr("its indexed colour space has no palette");
            return false;
        }
        return true;
    }
    *why = Text::tr("its colour space %1 is not one Quire decodes").arg(QString::fromStdString(family));
    return false;
}

QPDFObjectHandle arrayItemOrSelf(QPDFObjectHandle object, int index)
{
    if (object.isArray())
        return index < object.getArrayNItems() ? object.getArrayItem(index) : QPDFObjectHandle::newNull();
    return object;
}

/// Reads an image XObject into what the decoder needs.
bool readImageStream(QPDFObjectHandle image, QPDFObjectHandle resources, bool requireGray, PdfImageStream *out,
                     QString *why)
{
    QPDFObjectHandle dict = image.getDict();
    const auto integer = [&dict](const char *key, int fallback) {
        QPDFObjectHandle v = dict.getKey(key);
        return v.isNumber() ? int(v.getNumericValue()) : fallback;
    };
    out->width = integer("/Width", 0);
    out->height = integer("/Height", 0);
    if (dict.getKey("/ImageMask").isBool() && dict.getKey("/ImageMask").getBoolValue()) {
        *why = Text::tr("its image is a stencil mask");
        return false;
    }
    if (!dict.getKey("/Mask").isNull()) {
        *why = Text::tr("its image has a /Mask");
        return false;
    }

    // Filters: general-purpose ones are undone by qpdf; one image codec may come last, alone.
    std::vector<std::string> filters;
    QPDFObjectHandle filter = dict.getKey("/Filter");
    if (filter.isName()) {
        filters.push_back(filter.getName());
    } else if (filter.isArray()) {
        for (int i = 0; i < filter.getArrayNItems(); ++i)
            filters.push_back(nameOf(filter.getArrayItem(i)));
    }
    const std::string codec = filters.empty() ? std::string() : filters.back();
    QPDFObjectHandle params = arrayItemOrSelf(dict.getKey("/DecodeParms"), int(filters.size()) - 1);
    if (isName(codec, {"/DCTDecode", "/DCT", "/CCITTFaxDecode", "/CCF", "/JBIG2Decode"})) {
        if (filters.size() != 1) {
            *why = Text::tr("its image data passes through several filters");
            return false;
        }
        const std::shared_ptr<Buffer> raw = image.getRawStreamData();
        out->data = QByteArray(reinterpret_cast<const char *>(raw->getBuffer()), qsizetype(raw->getSize()));
        if (isName(codec, {"/DCTDecode", "/DCT"})) {
            out->codec = PdfImageStream::Codec::Jpeg;
        } else if (isName(codec, {"/CCITTFaxDecode", "/CCF"})) {
            out->codec = PdfImageStream::Codec::Ccitt;
            if (params.isDictionary()) {
                const auto value = [&params](const char *key) { return params.getKey(key); };
                if (value("/K").isInteger())
                    out->ccittK = value("/K").getIntValueAsInt();
                if (value("/BlackIs1").isBool())
                    out->ccittBlackIs1 = value("/BlackIs1").getBoolValue();
                if (value("/EncodedByteAlign").isBool())
                    out->ccittEncodedByteAlign = value("/EncodedByteAlign").getBoolValue();
                if (value("/Columns").isInteger() && value("/Columns").getIntValueAsInt() != out->width) {
                    *why = Text::tr("its CCITT image is %1 columns wide in a %2-pixel image")
                               .arg(value("/Columns").getIntValueAsInt())
                               .arg(out->width);
                    return false;
                }
            } else if (out->width != 1728) { // the default /Columns
                *why = Text::tr("its CCITT image has no /Columns");
                return false;
            }
        } else {
            out->codec = PdfImageStream::Codec::Jbig2;
            QPDFObjectHandle globals = params.isDictionary() ? params.getKey("/JBIG2Globals") : QPDFObjectHandle::newNull();
            if (globals.isStream()) {
                const std::shared_ptr<Buffer> data = globals.getStreamData(qpdf_dl_generalized);
                out->jbig2Globals = QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
            }
        }
    } else if (isName(codec, {"/JPXDecode"})) {
        *why = Text::tr("its image is JPEG 2000, which Quire leaves to the renderer");
        return false;
    } else {
        bool attempted = false;
        Pl_Buffer sink("image");
        // Lossless filters only; a lossy one not last would be an odd file.
        if (!image.pipeStreamData(&sink, &attempted, 0, qpdf_dl_specialized, true, false) || (!filters.empty() && !attempted)) {
            *why = Text::tr("its image data cannot be decompressed");
            return false;
        }
        const std::shared_ptr<Buffer> data = sink.getBufferSharedPointer();
        out->data = QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
        out->codec = PdfImageStream::Codec::Samples;
    }

    // Samples and colours.
    const bool bilevel = out->codec == PdfImageStream::Codec::Ccitt || out->codec == PdfImageStream::Codec::Jbig2;
    out->bitsPerComponent = bilevel ? 1 : integer("/BitsPerComponent", 8);
    QPDFObjectHandle space = dict.getKey("/ColorSpace");
    if (space.isNull() && bilevel) {
        out->colorSpace.family = PdfColorSpace::Family::Gray;
    } else if (!parseColorSpace(space, resources, &out->colorSpace, why)) {
        return false;
    }
    if ((bilevel || requireGray) && out->colorSpace.family != PdfColorSpace::Family::Gray) {
        *why = Text::tr("its bilevel image or mask is not in a gray colour space");
        return false;
    }
    QPDFObjectHandle decode = dict.getKey("/Decode");
    if (decode.isArray()) {
        for (int i = 0; i < decode.getArrayNItems(); ++i) {
            QPDFObjectHandle v = decode.getArrayItem(i);
            out->decode.append(v.isNumber() ? v.getNumericValue() : 0.0);
        }
    }
    return true;
}

cv::Mat wrap(QImage &image)
{
    return cv::Mat(image.height(), image.width(), image.format() == QImage::Format_Grayscale8 ? CV_8UC1 : CV_8UC4,
                   image.bits(), size_t(image.bytesPerLine()));
}

/// Turns @p image into the displayed orientation.
QImage orient(QImage image, const Placement &placement)
{
    if (!placement.swap && !placement.flipX && !placement.flipY)
        return image;
    cv::Mat in = wrap(image);
    cv::Mat turned;
    if (placement.swap)
        cv::transpose(in, turned);
    else
        turned = in.clone();
    if (placement.flipX && placement.flipY)
        cv::flip(turned, turned, -1);
    else if (placement.flipX)
        cv::flip(turned, turned, 1);
    else if (placement.flipY)
        cv::flip(turned, turned, 0);
    QImage out(turned.cols, turned.rows, image.format());
    for (int y = 0; y < turned.rows; ++y)
        std::memcpy(out.scanLine(y), turned.ptr(y), size_t(turned.cols) * turned.elemSize());
    return out;
}

/// Cuts (or pads with white) an oriented image to exactly the displayed
/// page: scanners' images overhang or fall short of the page by a pixel or
/// two where page sizes were rounded to whole points.
QImage fitToPage(const QImage &image, const Placement &placement)
{
    const double pointsPerPixelX = (placement.right - placement.left) / image.width();
    const double pointsPerPixelY = (placement.bottom - placement.top) / image.height();
    const int x0 = int(std::lround(-placement.left / pointsPerPixelX));
    const int y0 = int(std::lround(-placement.top / pointsPerPixelY));
    const int x1 = int(std::lround((placement.widthPt - placement.left) / pointsPerPixelX));
    const int y1 = int(std::lround((placement.heightPt - placement.top) / pointsPerPixelY));
    if (x0 == 0 && y0 == 0 && x1 == image.width() && y1 == image.height())
        return image;
    if (x1 <= x0 || y1 <= y0)
        return {};
    QImage out(x1 - x0, y1 - y0, image.format());
    if (out.isNull())
        return {};
    out.fill(Qt::white);
    const int bytesPerPixel = image.depth() / 8;
    const int fromX = std::max(0, x0);
    const int toX = std::min(image.width(), x1);
    for (int y = std::max(0, y0); y < std::min(image.height(), y1) && fromX < toX; ++y)
        std::memcpy(out.scanLine(y - y0) + (fromX - x0) * bytesPerPixel, image.constScanLine(y) + fromX * bytesPerPixel,
                    size_t(toX - fromX) * size_t(bytesPerPixel));
    return out;
}

} // namespace

struct PdfPageInspector::Private
{
    std::unique_ptr<QPDF> pdf;
    std::vector<QPDFPageObjectHelper> pages;

    // The last page inspected, for image() right after content().
    int lastIndex = -1;
    PdfPageContent lastContent;
    QPDFObjectHandle lastImage;
    QPDFObjectHandle lastResources;
    Placement lastPlacement;

    PdfPageContent inspect(int index);
};

PdfPageContent PdfPageInspector::Private::inspect(int index)
{
    PdfPageContent content;
    QPDFPageObjectHelper &page = pages[size_t(index)];
    QPDFObjectHandle pageObject = page.getObjectHandle();
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    Findings scanner;
    ContentScanner scan(resources, scanner);
    page.parseContents(&scan);
    const bool annotations = hasVisibleAnnotations(pageObject);
    lastResources = resources;
    content.text = scanner.text;
    if (!scanner.paints && !annotations) {
        content.kind = PdfPageContent::Kind::Empty;
        content.detail = Text::tr("the page paints nothing");
        return content;
    }
    content.kind = PdfPageContent::Kind::Other;
    content.textOnly = scanner.visibleText && !scanner.notTextOnly && !annotations;
    if (scanner.notSingleImage) {
        content.detail = scanner.detail;
        return content;
    }
    if (annotations) {
        content.detail = Text::tr("the page has annotations");
        return content;
    }
    if (scanner.images != 1) {
        content.detail = Text::tr("the page shows only invisible text");
        return content;
    }

    // The displayed page: CropBox within MediaBox, then /Rotate.
    Box media;
    Box crop;
    if (!readBox(page.getAttribute("/MediaBox", false), &media)) {
        content.detail = Text::tr("the page has no valid MediaBox");
        return content;
    }
    if (!readBox(page.getAttribute("/CropBox", false), &crop))
        crop = media;
    crop = {std::max(crop.x0, media.x0), std::max(crop.y0, media.y0), std::min(crop.x1, media.x1),
        std::min(crop.y1, media.y1)};
    if (crop.width() < 1 || crop.height() < 1) {
        content.detail = Text::tr("the page has no usable size");
        return content;
    }
    QPDFObjectHandle rotateObject = page.getAttribute("/Rotate", false);
    int rotate = rotateObject.isInteger() ? rotateObject.getIntValueAsInt() : 0;
    rotate = ((rotate % 360) + 360) % 360;
    if (rotate % 90 != 0)
        rotate = 0; // as Poppler does
    const bool quarter = rotate == 90 || rotate == 270;
    const double dw = quarter ? crop.height() : crop.width();
    const double dh = quarter ? crop.width() : crop.height();

    QPDFObjectHandle dict = scanner.image.getDict();
    const int width = dict.getKey("/Width").isNumber() ? int(dict.getKey("/Width").getNumericValue()) : 0;
    const int height = dict.getKey("/Height").isNumber() ? int(dict.getKey("/Height").getNumericValue()) : 0;
    if (width <= 0 || height <= 0) {
        content.detail = Text::tr("the image has no size");
        return content;
    }

    // Image pixel (px, py), y down, to displayed points (X, Y), y down.
    const Matrix &m = scanner.imageMatrix;
    const auto toDisplay = [&](double px, double py, double *X, double *Y) {
        double x = 0, y = 0;
        m.map(px / width, 1.0 - py / height, &x, &y);
        const double ux = x - crop.x0;
        const double uy = crop.y1 - y;
        switch (rotate) {
        case 90:
            *X = crop.height() - uy;
            *Y = ux;
            break;
        case 180:
            *X = crop.width() - ux;
            *Y = crop.height() - uy;
            break;
        case 270:
            *X = uy;
            *Y = crop.width() - ux;
            break;
        default:
            *X = ux;
            *Y = uy;
        }
    };
    double ox = 0, oy = 0, wx = 0, wy = 0, hx = 0, hy = 0;
    toDisplay(0, 0, &ox, &oy);
    toDisplay(width, 0, &wx, &wy);
    toDisplay(0, height, &hx, &hy);
    const double exX = wx - ox, exY = wy - oy; // along the image's rows
    const double eyX = hx - ox, eyY = hy - oy; // down its columns
    const double exLength = std::hypot(exX, exY);
    const double eyLength = std::hypot(eyX, eyY);
    if (exLength <= 0 || eyLength <= 0) {
        content.detail = Text::tr("the image is drawn with no size");
        return content;
    }
    Placement placement;
    if (std::abs(exY) <= kAxisTolerance * exLength && std::abs(eyX) <= kAxisTolerance * eyLength) {
        placement.swap = false;
        placement.flipX = exX < 0;
        placement.flipY = eyY < 0;
    } else if (std::abs(exX) <= kAxisTolerance * exLength && std::abs(eyY) <= kAxisTolerance * eyLength) {
        placement.swap = true;
        placement.flipX = eyX < 0;
        placement.flipY = exY < 0;
    } else {
        content.detail = Text::tr("the image is drawn turned or skewed");
        return content;
    }
    const double left = std::min({ox, wx, hx, ox + exX + eyX});
    const double right = std::max({ox, wx, hx, ox + exX + eyX});
    const double top = std::min({oy, wy, hy, oy + exY + eyY});
    const double bottom = std::max({oy, wy, hy, oy + exY + eyY});
    const double tolX = std::max(kEdgeTolerancePt, kEdgeToleranceShare * dw);
    const double tolY = std::max(kEdgeTolerancePt, kEdgeToleranceShare * dh);
    if (left > tolX || top > tolY || right < dw - tolX || bottom < dh - tolY) {
        content.detail = Text::tr("the image does not cover the page");
        return content;
    }
    if (left < -tolX || top < -tolY || right > dw + tolX || bottom > dh + tolY) {
        content.detail = Text::tr("the image is cropped by the page");
        return content;
    }
    // Clips: each must leave the whole page visible.
    for (const Box &clip : scanner.imageClips) {
        const double t = std::max(tolX, tolY);
        if (clip.x0 > crop.x0 + t || clip.y0 > crop.y0 + t || clip.x1 < crop.x1 - t || clip.y1 < crop.y1 - t) {
            content.detail = Text::tr("the image is clipped");
            return content;
        }
    }
    const double pixelsX = placement.swap ? height : width;
    const double pixelsY = placement.swap ? width : height;
    const double dpiX = pixelsX / (dw / 72.0);
    const double dpiY = pixelsY / (dh / 72.0);
    if (std::abs(dpiX - dpiY) > kMaxResolutionMismatch * std::max(dpiX, dpiY)) {
        content.detail = Text::tr("the image has different horizontal and vertical resolutions (%1 x %2 DPI)")
                             .arg(qRound(dpiX))
                             .arg(qRound(dpiY));
        return content;
    }
    QPDFObjectHandle softMask = dict.getKey("/SMask");
    if (softMask.isStream() && !softMask.getDict().getKey("/Matte").isNull()) {
        content.detail = Text::tr("the image's soft mask is premultiplied (/Matte)");
        return content;
    }
    placement.widthPt = dw;
    placement.heightPt = dh;
    placement.left = left;
    placement.top = top;
    placement.right = right;
    placement.bottom = bottom;
    content.kind = PdfPageContent::Kind::SingleImage;
    content.dpi = (dpiX + dpiY) / 2.0;
    QPDFObjectHandle filter = dict.getKey("/Filter");
    if (filter.isArray() && filter.getArrayNItems() == 1)
        filter = filter.getArrayItem(0);
    content.jpeg = isName(nameOf(filter), {"/DCTDecode", "/DCT"});
    lastImage = scanner.image;
    lastPlacement = placement;
    return content;
}

PdfPageInspector::PdfPageInspector()
    : d(std::make_unique<Private>())
{
}

PdfPageInspector::~PdfPageInspector() = default;

bool PdfPageInspector::open(const QString &path, const QByteArray &password)
{
    close();
    try {
        auto pdf = std::make_unique<QPDF>();
        auto logger = QPDFLogger::create();
        logger->setWarn(logger->discard());
        logger->setError(logger->discard());
        logger->setInfo(logger->discard());
        pdf->setLogger(logger);
        pdf->setSuppressWarnings(true);
        const QByteArray file = QFile::encodeName(path);
        pdf->processFile(file.constData(), password.isEmpty() ? nullptr : password.constData());
        std::vector<QPDFPageObjectHelper> pages;
        for (const QPDFObjectHandle &page : pdf->getAllPages())
            pages.emplace_back(page);
        d->pages = std::move(pages);
        d->pdf = std::move(pdf);
        return true;
    } catch (const std::exception &) {
        close();
        return false;
    }
}

void PdfPageInspector::close()
{
    d->lastIndex = -1;
    d->lastImage = QPDFObjectHandle();
    d->lastResources = QPDFObjectHandle();
    d->pages.clear();
    d->pdf.reset();
}

bool PdfPageInspector::isOpen() const
{
    return d->pdf != nullptr;
}

int PdfPageInspector::pageCount() const
{
    return int(d->pages.size());
}

PdfPageContent PdfPageInspector::content(int index)
{
    if (!d->pdf || index < 0 || index >= int(d->pages.size()))
        return {};
    if (index == d->lastIndex)
        return d->lastContent;
    d->lastImage = QPDFObjectHandle();
    PdfPageContent content;
    try {
        content = d->inspect(index);
    } catch (const std::exception &e) {
        content = {};
        content.detail = Text::tr("qpdf cannot read the page (%1)").arg(QString::fromLocal8Bit(e.what()));
    }
    d->lastIndex = index;
    d->lastContent = content;
    return content;
}

PdfPageImage PdfPageInspector::image(int index, bool colour, double minScale, QString *why)
{
    QString ignored;
    QString &reason = why ? *why : ignored;
    const PdfPageContent page = content(index);
    if (page.kind != PdfPageContent::Kind::SingleImage) {
        reason = page.detail.isEmpty() ? Text::tr("the page is not one image") : page.detail;
        return {};
    }
    try {
        PdfImageStream stream;
        if (!readImageStream(d->lastImage, d->lastResources, false, &stream, &reason))
            return {};
        QImage decoded = PdfImageDecoder::decode(stream, colour, minScale, &reason);
        if (decoded.isNull())
            return {};
        QPDFObjectHandle softMask = d->lastImage.getDict().getKey("/SMask");
        if (softMask.isStream()) {
            PdfImageStream maskStream;
            if (!readImageStream(softMask, d->lastResources, true, &maskStream, &reason))
                return {};
            const QImage alpha = PdfImageDecoder::decode(maskStream, false, 1.0, &reason);
            if (alpha.isNull())
                return {};
            decoded = PdfImageDecoder::compositeOnWhite(decoded, alpha);
        }
        PdfPageImage result;
        result.image = fitToPage(orient(decoded, d->lastPlacement), d->lastPlacement);
        if (result.image.isNull()) {
            reason = Text::tr("there is not enough memory to turn the page image");
            return {};
        }
        result.dpi = result.image.width() / (d->lastPlacement.widthPt / 72.0);
        return result;
    } catch (const std::exception &e) {
        reason = Text::tr("qpdf cannot read the image (%1)").arg(QString::fromLocal8Bit(e.what()));
        return {};
    }
}

} // namespace quire
