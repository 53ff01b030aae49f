#pragma once

#include <QStatusBar>

class QLabel;

namespace quire {

class RunSession;

/// The window's status bar: what the run is doing, pages done out of the
/// total, the rates, the time left and the failures.
class RunStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit RunStatusBar(QWidget *parent = nullptr);

    /// The leftmost text: what is going on, or what to do next.
    void setStateText(const QString &text);
    QString stateText() const;
    /// Before any run: the pages the database holds.
    void showStored(int done, int total);
    /// During and after a run of @p session (@p scanned: its inputs are known).
    void showRun(const RunSession &session, bool scanned);
    /// Every label's text, " | " between them.
    QString summary() const;

private:
    QLabel *m_stateLabel;
    QLabel *m_pagesLabel;
    QLabel *m_rateLabel;
    QLabel *m_etaLabel;
    QLabel *m_failuresLabel;
};

} // namespace quire
