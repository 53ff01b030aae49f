#include "model/PageResult.h"

namespace quire {

QString toString(PageKind kind)
{
    return kind == PageKind::Text ? QStringLiteral("text") : QStringLiteral("ocr");
}

QString toString(PageStatus status)
{
    return status == PageStatus::Done ? QStringLiteral("done") : QStringLiteral("failed");
}

} // namespace quire
