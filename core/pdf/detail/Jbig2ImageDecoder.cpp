#include "pdf/detail/Jbig2ImageDecoder.h"

#include "pdf/detail/PixelWriter.h"

#include <QCoreApplication>

#include <cstdint>

extern "C" {
#include <jbig2.h>
}

namespace quire::detail {

namespace {

// Messages a person may read (through the caller's error), translated under the decoder.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfImageDecoder)
};

void onJbig2Message(void *context, const char *message, Jbig2Severity severity, uint32_t)
{
    if (severity == JBIG2_SEVERITY_FATAL && context)
        *static_cast<QString *>(context) = QString::fromLocal8Bit(message);
}

} // namespace

QImage Jbig2ImageDecoder::decode(const PdfImageStream &stream, QString *error)
{
    QString jbig2Error;
    Jbig2GlobalCtx *globals = nullptr;
    if (!stream.jbig2Globals.isEmpty()) {
        Jbig2Ctx *globalContext = jbig2_ctx_new(nullptr, JBIG2_OPTIONS_EMBEDDED, nullptr, onJbig2Message, &jbig2Error);
        if (!globalContext) {
            *error = Text::tr("its JBIG2 image cannot be decoded (out of memory)");
            return {};
        }
        jbig2_data_in(globalContext, reinterpret_cast<const unsigned char *>(stream.jbig2Globals.constData()),
                      size_t(stream.jbig2Globals.size()));
        globals = jbig2_make_global_ctx(globalContext);
    }
    Jbig2Ctx *context = jbig2_ctx_new(nullptr, JBIG2_OPTIONS_EMBEDDED, globals, onJbig2Message, &jbig2Error);
    if (!context) {
        if (globals)
            jbig2_global_ctx_free(globals);
        *error = Text::tr("its JBIG2 image cannot be decoded (out of memory)");
        return {};
    }
    QImage out;
    const int status = jbig2_data_in(context, reinterpret_cast<const unsigned char *>(stream.data.constData()),
                                     size_t(stream.data.size()));
    if (status == 0) {
        jbig2_complete_page(context);
        if (Jbig2Image *page = jbig2_page_out(context)) {
            if (int(page->width) == stream.width && int(page->height) == stream.height) {
                // JBIG2 marks black as 1; the JBIG2Decode filter gives black as 0.
                out = bitsToGray(page->data, qsizetype(page->stride), stream.width, stream.height, false, stream.decode);
            } else {
                jbig2Error = Text::tr("the page is %1 x %2, the image dictionary says %3 x %4")
                                 .arg(page->width)
                                 .arg(page->height)
                                 .arg(stream.width)
                                 .arg(stream.height);
            }
            jbig2_release_page(context, page);
        }
    }
    jbig2_ctx_free(context);
    if (globals)
        jbig2_global_ctx_free(globals);
    if (out.isNull()) {
        *error = Text::tr("its JBIG2 image cannot be decoded (%1)")
                     .arg(jbig2Error.isEmpty() ? Text::tr("no page in the data") : jbig2Error);
    }
    return out;
}

} // namespace quire::detail
