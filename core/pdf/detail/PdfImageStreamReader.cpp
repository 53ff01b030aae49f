// qpdf 11: no PointerHolder, std::shared_ptr throughout (see qpdf/PointerHolder.hh).
#define POINTERHOLDER_TRANSITION 4

#include "pdf/detail/PdfImageStreamReader.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace quire::detail {

namespace {

// The reasons read as the inspector's: translated in its context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfPageInspector)
};

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

QByteArray toByteArray(const std::shared_ptr<Buffer> &buffer)
{
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

/// The filters of @p dict in order: general-purpose ones first, an image codec last.
std::vector<std::string> filtersOf(QPDFObjectHandle dict)
{
    std::vector<std::string> filters;
    QPDFObjectHandle filter = dict.getKey("/Filter");
    if (filter.isName()) {
        filters.push_back(filter.getName());
    } else if (filter.isArray()) {
        for (int i = 0; i < filter.getArrayNItems(); ++i)
            filters.push_back(nameOf(filter.getArrayItem(i)));
    }
    return filters;
}

/// CCITTFaxDecode's parameters, which must agree with the image's width.
bool readCcittParams(QPDFObjectHandle params, PdfImageStream *out, QString *why)
{
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
    return true;
}

/// An image codec's data as stored (JPEG, CCITT, JBIG2), with its parameters.
bool readCodecData(QPDFObjectHandle image, const std::string &codec, QPDFObjectHandle params, PdfImageStream *out,
                   QString *why)
{
    out->data = toByteArray(image.getRawStreamData());
    if (isName(codec, {"/DCTDecode", "/DCT"})) {
        out->codec = PdfImageStream::Codec::Jpeg;
        return true;
    }
    if (isName(codec, {"/CCITTFaxDecode", "/CCF"})) {
        out->codec = PdfImageStream::Codec::Ccitt;
        return readCcittParams(params, out, why);
    }
    out->codec = PdfImageStream::Codec::Jbig2;
    QPDFObjectHandle globals = params.isDictionary() ? params.getKey("/JBIG2Globals") : QPDFObjectHandle::newNull();
    if (globals.isStream())
        out->jbig2Globals = toByteArray(globals.getStreamData(qpdf_dl_generalized));
    return true;
}

/// The image's data: general-purpose filters are undone by qpdf; one image
/// codec may come last, alone.
bool readData(QPDFObjectHandle image, QPDFObjectHandle dict, PdfImageStream *out, QString *why)
{
    const std::vector<std::string> filters = filtersOf(dict);
    const std::string codec = filters.empty() ? std::string() : filters.back();
    QPDFObjectHandle params = arrayItemOrSelf(dict.getKey("/DecodeParms"), int(filters.size()) - 1);
    if (isName(codec, {"/DCTDecode", "/DCT", "/CCITTFaxDecode", "/CCF", "/JBIG2Decode"})) {
        if (filters.size() != 1) {
            *why = Text::tr("its image data passes through several filters");
            return false;
        }
        return readCodecData(image, codec, params, out, why);
    }
    if (isName(codec, {"/JPXDecode"})) {
        *why = Text::tr("its image is JPEG 2000, which Quire leaves to the renderer");
        return false;
    }
    bool attempted = false;
    Pl_Buffer sink("image");
    // Lossless filters only; a lossy one not last would be an odd file.
    if (!image.pipeStreamData(&sink, &attempted, 0, qpdf_dl_specialized, true, false) || (!filters.empty() && !attempted)) {
        *why = Text::tr("its image data cannot be decompressed");
        return false;
    }
    out->data = toByteArray(sink.getBufferSharedPointer());
    out->codec = PdfImageStream::Codec::Samples;
    return true;
}

/// Samples and colours: depth, colour space and /Decode array.
bool readColours(QPDFObjectHandle dict, QPDFObjectHandle resources, bool requireGray, PdfImageStream *out,
                 QString *why)
{
    const bool bilevel = out->codec == PdfImageStream::Codec::Ccitt || out->codec == PdfImageStream::Codec::Jbig2;
    QPDFObjectHandle depth = dict.getKey("/BitsPerComponent");
    out->bitsPerComponent = bilevel ? 1 : depth.isNumber() ? int(depth.getNumericValue()) : 8;
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

} // namespace

bool PdfImageStreamReader::read(QPDFObjectHandle image, QPDFObjectHandle resources, bool requireGray,
                                PdfImageStream *out, QString *why)
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
    return readData(image, dict, out, why) && readColours(dict, resources, requireGray, out, why);
}

} // namespace quire::detail
