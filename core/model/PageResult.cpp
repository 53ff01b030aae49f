#include "model/PageResult.h"

namespace quire {

QString toString(PageKind kind)
{
    switch (kind) {
    case PageKind::Text:
        return QStringLiteral("text");
    case PageKind::Blank:
        return QStringLiteral("blank");
    case PageKind::Ocr:
        break;
    }
    return QStringLiteral("ocr");
}

PageKind pageKindFromString(const QString &text)
{
    for (PageKind kind : {PageKind::Text, PageKind::Blank}) {
        if (text == toString(kind))
            return kind;
    }
    return PageKind::Ocr;
}

QString toString(PageStatus status)
{
    return status == PageStatus::Done ? QStringLiteral("done") : QStringLiteral("failed");
}

} // namespace quire
