#include "ProgressPrinter.h"

#include "CliCommands.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace quire::cli {

QString formatDuration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    const qint64 total = qRound64(seconds);
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3").arg(total / 3600).arg((total / 60) % 60, 2, 10, QLatin1Char('0')).arg(total % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

ProgressPrinter::ProgressPrinter()
    : m_terminal(::isatty(STDERR_FILENO) == 1)
{
    m_clock.start();
    m_throughput.start(0);
}

void ProgressPrinter::pageDone(int pages)
{
    m_throughput.addPages(m_clock.elapsed(), pages);
}

QString ProgressPrinter::statusLine(const RunCounts &counts) const
{
    const qint64 now = m_clock.elapsed();
    return formatLine(counts, m_throughput.windowRate(now),
                      counts.probesPending > 0 ? -1 : m_throughput.etaSeconds(now, counts.pagesRemaining()));
}

QString ProgressPrinter::formatLine(const RunCounts &counts, double pagesPerMinute, double etaSeconds)
{
    const int finished = counts.pagesDone + counts.pagesFailed;
    const int todo = counts.pagesTotal - counts.pagesSkipped;
    QString line = QCoreApplication::translate("ProgressPrinter", "%1/%2 pages").arg(finished).arg(todo);
    if (counts.probesPending > 0)
        line += QCoreApplication::translate("ProgressPrinter", " (+%n document(s) being opened)", nullptr,
                                            counts.probesPending);
    line += QCoreApplication::translate("ProgressPrinter", "  %1 pages/min  ETA %2")
                .arg(pagesPerMinute, 0, 'f', 1)
                .arg(formatDuration(etaSeconds));
    if (counts.pagesFailed > 0)
        line += QCoreApplication::translate("ProgressPrinter", "  %n failed", nullptr, counts.pagesFailed);
    return line;
}

void ProgressPrinter::update(const RunCounts &counts, const QString &current)
{
    const qint64 now = m_clock.elapsed();
    if (m_terminal) {
        if (now - m_lastDrawMs < 100)
            return;
        m_lastDrawMs = now;
        QString line = statusLine(counts);
        if (!current.isEmpty())
            line += QStringLiteral("  ") + current;
        std::fprintf(stderr, "\r%s\x1b[K", qPrintable(line.left(160)));
        std::fflush(stderr);
        m_lineShown = true;
        m_lastLine = line;
        return;
    }
    if (now - m_lastPlainMs < 5'000)
        return;
    m_lastPlainMs = now;
    printError(QStringLiteral("[%1] ").arg(formatDuration(now / 1000.0)) + statusLine(counts));
}

void ProgressPrinter::message(const QString &line)
{
    if (m_terminal && m_lineShown) {
        std::fprintf(stderr, "\r\x1b[K");
        m_lineShown = false;
        m_lastDrawMs = -1'000;
    }
    printError(line);
}

void ProgressPrinter::finish()
{
    if (m_terminal && m_lineShown) {
        std::fprintf(stderr, "\r\x1b[K");
        std::fflush(stderr);
        m_lineShown = false;
    }
}

double ProgressPrinter::elapsedSeconds() const
{
    return m_clock.elapsed() / 1000.0;
}

double ProgressPrinter::overallRate() const
{
    return m_throughput.overallRate(m_clock.elapsed());
}

} // namespace quire::cli
