#include "LogView.h"

#include "Theme.h"

#include <QDateTime>

namespace quire {

LogView::LogView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    setMaximumBlockCount(5000);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("Problems and messages of the run appear here."));
    setAccessibleName(tr("Log"));
}

void LogView::log(const QString &message, bool problem)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    if (!problem) {
        appendHtml(QStringLiteral("<span>%1 %2</span>").arg(time, message.toHtmlEscaped()));
        return;
    }
    // Red that stays readable on a dark palette, and bold: a problem is not told by colour alone.
    appendHtml(QStringLiteral("<span style='color:%1; font-weight:bold'>%2 %3</span>")
                   .arg(theme::problemText(palette()).name(), time, message.toHtmlEscaped()));
    Q_EMIT problemCountChanged(++m_problems);
}

int LogView::problemCount() const
{
    return m_problems;
}

} // namespace quire
