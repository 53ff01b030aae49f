#pragma once

#include "pipeline/BatchRun.h"
#include "pipeline/Throughput.h"

#include <QElapsedTimer>
#include <QString>

namespace quire::cli {

/// Progress on stderr: one live line, redrawn in place, on a terminal; a
/// plain line every few seconds otherwise (logs, pipes, CI).
class ProgressPrinter final
{
public:
    ProgressPrinter();

    void pageDone(int pages = 1);
    /// Redraws (terminal) or prints when due (plain); @p current names the page in work.
    void update(const RunCounts &counts, const QString &current);
    /// Prints a line of its own (an error), keeping the live line intact.
    void message(const QString &line);
    /// Clears the live line before the summary.
    void finish();

    double elapsedSeconds() const;
    /// The progress line for @p counts at @p pagesPerMinute, @p etaSeconds to go (-1 unknown):
    /// "N/M pages  R pages/min  ETA m:ss  F failed".
    static QString formatLine(const RunCounts &counts, double pagesPerMinute, double etaSeconds);
    double overallRate() const;

private:
    QString statusLine(const RunCounts &counts) const;

    bool m_terminal;
    bool m_lineShown = false;
    QElapsedTimer m_clock;
    qint64 m_lastPlainMs = 0;
    qint64 m_lastDrawMs = -1'000;
    Throughput m_throughput;
    QString m_lastLine;
};

QString formatDuration(double seconds);

} // namespace quire::cli
