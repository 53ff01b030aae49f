#include "LogView.h"

#include <QDateTime>

namespace quire {

LogView::LogView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    setMaximumBlockCount(5000);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("Problems and messages of the run appear here."));
}

void LogView::log(const QString &message, bool problem)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    if (!problem) {
        appendHtml(QStringLiteral("<span>%1 %2</span>").arg(time, message.toHtmlEscaped()));
        return;
    }
    appendHtml(QStringLiteral("<span style='color:#b02020'>%1 %2</span>").arg(time, message.toHtmlEscaped()));
    Q_EMIT problemCountChanged(++m_problems);
}

int LogView::problemCount() const
{
    return m_problems;
}

} // namespace quire
