#pragma once

#include "pipeline/BatchRun.h"

#include <QString>
#include <QStringList>

namespace quire {

/// What a run did, as the window's log and quire-cli's last lines tell it.
struct RunSummary
{
    RunCounts counts;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QString error;          ///< Set when a fatal error stopped the run (a missing language, no worker).
    QStringList failures;   ///< "FILE: reason" and "FILE, page N: reason".
    QStringList problems;   ///< Inputs that do not exist and the like, from the scan.
    int documentsFound = 0; ///< Documents the inputs held.
    int filesSkipped = 0;   ///< Files in the folders that are not PDFs or images.

    int pagesFinished() const { return counts.pagesDone + counts.pagesFailed; }
    double pagesPerMinute() const;
    /// "12 pages in 45 s (16.0 pages/min): 3 from the text layer, 9
    /// recognized, 0 failed; 4 done before."
    QString text() const;
};

/// "45 s", "3 min 05 s", "1 h 20 min".
QString formatDuration(double seconds);

} // namespace quire
