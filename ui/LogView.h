#pragma once

#include <QPlainTextEdit>

namespace quire {

/// The run's messages and problems, each with its time; problems in red.
class LogView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    void log(const QString &message, bool problem = false);
    int problemCount() const;

Q_SIGNALS:
    void problemCountChanged(int count);

private:
    int m_problems = 0;
};

} // namespace quire
