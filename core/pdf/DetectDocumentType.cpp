#include "pdf/DetectDocumentType.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace quire {

namespace {

// PDF readers (Poppler included) accept a header anywhere in the first 1024
// bytes, so files with leading junk (mail headers, BOMs) still open.
constexpr qint64 kPdfHeaderWindow = 1024;

bool startsWith(const QByteArray &head, const char *signature, qsizetype length)
{
    return head.size() >= length && head.startsWith(QByteArrayView(signature, length));
}

} // namespace

DocumentType detectDocumentType(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("quire::DocumentType", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return DocumentType::Unknown;
    }
    const QByteArray head = file.read(kPdfHeaderWindow);
    if (head.isEmpty() && file.error() != QFileDevice::NoError) {
        if (error) {
            *error = QCoreApplication::translate("quire::DocumentType", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return DocumentType::Unknown;
    }

    if (startsWith(head, "\x89PNG\r\n\x1a\n", 8))
        return DocumentType::Png;
    if (startsWith(head, "\xff\xd8\xff", 3))
        return DocumentType::Jpeg;
    // Classic TIFF, and BigTIFF ("+" instead of "*"), which libtiff also reads.
    if (startsWith(head, "II*\0", 4) || startsWith(head, "MM\0*", 4) || startsWith(head, "II+\0", 4)
        || startsWith(head, "MM\0+", 4))
        return DocumentType::Tiff;
    if (head.contains(QByteArrayView("%PDF-")))
        return DocumentType::Pdf;
    return DocumentType::Unknown;
}

} // namespace quire
