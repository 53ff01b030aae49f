#include "RunStatusBar.h"

#include "Theme.h"

#include "session/RunSession.h"

#include <QLabel>

#include <algorithm>

namespace quire {

RunStatusBar::RunStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_stateLabel(new QLabel)
    , m_pagesLabel(new QLabel)
    , m_rateLabel(new QLabel)
    , m_etaLabel(new QLabel)
    , m_failuresLabel(new QLabel)
{
    addWidget(m_stateLabel, 1);
    for (QLabel *label : {m_pagesLabel, m_rateLabel, m_etaLabel, m_failuresLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        addPermanentWidget(label);
    }
    m_rateLabel->setToolTip(tr("Pages per minute over the last 30 seconds, and over the whole run"));
    m_etaLabel->setToolTip(tr("Time left at the rate of the last 30 seconds"));
}

void RunStatusBar::setStateText(const QString &text)
{
    m_stateLabel->setText(text);
}

QString RunStatusBar::stateText() const
{
    return m_stateLabel->text();
}

void RunStatusBar::showStored(int done, int total)
{
    m_pagesLabel->setText(tr("Pages: %1 / %2").arg(done).arg(total));
    m_rateLabel->clear();
    m_etaLabel->clear();
    m_failuresLabel->clear();
}

void RunStatusBar::showRun(const RunSession &session, bool scanned)
{
    const Coordinator *coordinator = session.coordinator();
    const RunSummary summary = session.summary();
    const RunCounts &counts = summary.counts;
    const int done = counts.pagesDone + counts.pagesSkipped;
    m_pagesLabel->setText(counts.probesPending > 0 ? tr("Pages: %1 / %2+").arg(done).arg(counts.pagesTotal)
                                                   : tr("Pages: %1 / %2").arg(done).arg(counts.pagesTotal));
    const int remaining = std::max(0, counts.pagesRemaining());
    m_pagesLabel->setToolTip(tr("%1 done in this run, %2 done before, %3 failed, %4 to go")
                                 .arg(counts.pagesDone)
                                 .arg(counts.pagesSkipped)
                                 .arg(counts.pagesFailed)
                                 .arg(remaining));
    const double window = coordinator->windowRate();
    m_rateLabel->setText(
        tr("%1 pages/min (30 s) · %2 overall").arg(window, 0, 'f', 1).arg(coordinator->overallRate(), 0, 'f', 1));
    const RunSession::State state = session.state();
    if (state == RunSession::State::Idle)
        m_etaLabel->setText(tr("Took %1").arg(formatDuration(summary.elapsedMs / 1000.0)));
    else if (state == RunSession::State::Paused)
        m_etaLabel->setText(tr("ETA: paused"));
    else if (counts.probesPending > 0 && counts.pagesTotal == 0)
        m_etaLabel->setText(tr("ETA: counting pages…"));
    else if (window > 0)
        m_etaLabel->setText(tr("ETA %1").arg(formatDuration(remaining * 60.0 / window)));
    else
        m_etaLabel->setText(tr("ETA: measuring…"));
    const int failures = counts.pagesFailed + counts.documentsFailed;
    m_failuresLabel->setText(tr("Failures: %1").arg(failures));
    m_failuresLabel->setStyleSheet(failures > 0 ? QStringLiteral("color: %1; font-weight: bold;")
                                                      .arg(theme::problemText(palette()).name())
                                                : QString());

    if (state == RunSession::State::Running) {
        const QList<WorkerInfo> workers = coordinator->workers();
        const int busy = int(std::count_if(workers.cbegin(), workers.cend(), [](const WorkerInfo &worker) {
            return worker.state == WorkerInfo::State::Busy;
        }));
        setStateText(!scanned ? tr("Scanning the documents…")
                              : tr("Running: %1 of %n worker(s) busy.", nullptr, coordinator->workerCount()).arg(busy));
    } else if (state == RunSession::State::Paused) {
        setStateText(tr("Paused; press Resume to go on."));
    }
}

QString RunStatusBar::summary() const
{
    QStringList parts;
    for (const QLabel *label : {m_stateLabel, m_pagesLabel, m_rateLabel, m_etaLabel, m_failuresLabel}) {
        if (!label->text().isEmpty())
            parts << label->text();
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace quire
