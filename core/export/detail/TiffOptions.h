#pragma once

// Internal to core/export: libtiff open options that keep its messages off stderr.

#include <QString>
#include <QtGlobal>

#include <cstdarg>
#include <cstdio>

#include <tiffio.h>

namespace quire::detail {

// libtiff reports through handlers; keep the last error for the message.
inline int collectTiffMessage(TIFF *, void *userData, const char *module, const char *format, va_list arguments)
{
    if (userData) {
        char text[512];
        std::vsnprintf(text, sizeof text, format, arguments);
        *static_cast<QString *>(userData) =
            (module ? QString::fromLocal8Bit(module) + QStringLiteral(": ") : QString()) + QString::fromLocal8Bit(text);
    }
    return 1; // handled: nothing on stderr
}

inline int ignoreTiffMessage(TIFF *, void *, const char *, const char *, va_list)
{
    return 1;
}

struct TiffOptions
{
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    explicit TiffOptions(QString *lastError)
    {
        TIFFOpenOptionsSetErrorHandlerExtR(options, collectTiffMessage, lastError);
        TIFFOpenOptionsSetWarningHandlerExtR(options, ignoreTiffMessage, nullptr);
    }
    ~TiffOptions() { TIFFOpenOptionsFree(options); }
    Q_DISABLE_COPY_MOVE(TiffOptions)
};

} // namespace quire::detail
