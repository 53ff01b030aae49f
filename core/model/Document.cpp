#include "model/Document.h"

namespace quire {

QString toString(DocumentType type)
{
    switch (type) {
    case DocumentType::Pdf:
        return QStringLiteral("pdf");
    case DocumentType::Png:
        return QStringLiteral("png");
    case DocumentType::Jpeg:
        return QStringLiteral("jpeg");
    case DocumentType::Tiff:
        return QStringLiteral("tiff");
    case DocumentType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DocumentType documentTypeFromString(const QString &text)
{
    for (DocumentType type : {DocumentType::Pdf, DocumentType::Png, DocumentType::Jpeg, DocumentType::Tiff}) {
        if (text == toString(type))
            return type;
    }
    return DocumentType::Unknown;
}

QString toString(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Pending:
        return QStringLiteral("pending");
    case DocumentStatus::Done:
        return QStringLiteral("done");
    case DocumentStatus::Partial:
        return QStringLiteral("partial");
    case DocumentStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

DocumentStatus documentStatusFromString(const QString &text)
{
    for (DocumentStatus status : {DocumentStatus::Done, DocumentStatus::Partial, DocumentStatus::Failed}) {
        if (text == toString(status))
            return status;
    }
    return DocumentStatus::Pending;
}

} // namespace quire
