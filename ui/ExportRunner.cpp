#include "ExportRunner.h"

#include "export/CsvExporter.h"
#include "export/HocrExporter.h"
#include "export/PdfExporter.h"
#include "export/SqliteExporter.h"
#include "export/TextExporter.h"
#include "store/Store.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace quire {

namespace {
struct Outcome
{
    bool ok = false;
    QString error;
    QString details; ///< Said after success: what was skipped, pages without text.
};

/// What a person should know about a searchable PDF export beyond "done".
QString describe(const PdfExportResult &result)
{
    QStringList lines;
    lines << ExportRunner::tr("%n searchable PDF(s) written.", nullptr, int(result.written.size()));
    for (const SearchablePdfReport &report : result.written) {
        if (!report.pagesWithoutText.isEmpty() || report.resolutionAssumed)
            lines << PdfExporter::describe(report);
    }
    lines += result.skipped;
    lines += result.failed;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

ExportRunner::ExportRunner(QObject *parent)
    : QObject(parent)
{
}

ExportRunner::~ExportRunner() = default;

bool ExportRunner::isRunning() const
{
    return m_running;
}

QString ExportRunner::title(Kind kind)
{
    switch (kind) {
    case Kind::PagesCsv:
        return tr("CSV, one row per page…");
    case Kind::WordsCsv:
        return tr("CSV, one row per word…");
    case Kind::Text:
        return tr("Plain text, one file per document…");
    case Kind::Hocr:
        return tr("hOCR, one file per document…");
    case Kind::Sqlite:
        return tr("SQLite database…");
    case Kind::SearchablePdf:
        return tr("Searchable PDF, one per document…");
    }
    return {};
}

bool ExportRunner::writesFolder(Kind kind)
{
    return kind == Kind::Text || kind == Kind::Hocr || kind == Kind::SearchablePdf;
}

bool ExportRunner::start(Kind kind, const QString &databasePath, const QString &destination,
                         const QStringList &passwords)
{
    if (m_running)
        return false;
    m_running = true;
    QPointer<ExportRunner> self(this);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, kind, destination] {
        watcher->deleteLater();
        m_running = false;
        const Outcome outcome = watcher->result();
        QString message = outcome.ok ? tr("Exported to %1.").arg(destination)
                                     : tr("Could not export %1 to %2: %3").arg(title(kind), destination, outcome.error);
        if (!outcome.details.isEmpty())
            message += QLatin1Char('\n') + outcome.details;
        Q_EMIT finished(outcome.ok, message);
    });
    watcher->setFuture(QtConcurrent::run([self, kind, databasePath, destination, passwords] {
        Outcome outcome;
        // Its own connection: the window's Store stays on the GUI thread.
        Store store;
        if (!store.open(databasePath)) {
            outcome.error = tr("the database %1 could not be opened (%2)").arg(databasePath, store.errorString());
            return outcome;
        }
        const ExportProgress progress = [self](int done, int total) {
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                }, Qt::QueuedConnection);
        };
        switch (kind) {
        case Kind::PagesCsv:
            outcome.ok = CsvExporter::exportPages(store, destination, &outcome.error, progress);
            break;
        case Kind::WordsCsv:
            outcome.ok = CsvExporter::exportWords(store, destination, &outcome.error, progress);
            break;
        case Kind::Text:
            outcome.ok = TextExporter::exportDocuments(store, destination, &outcome.error, progress);
            break;
        case Kind::Hocr:
            outcome.ok = HocrExporter::exportDocuments(store, destination, &outcome.error, progress);
            break;
        case Kind::Sqlite:
            outcome.ok = SqliteExporter::exportDatabase(store, destination, &outcome.error, progress);
            break;
        case Kind::SearchablePdf: {
            // Signed documents are left alone here: the window never breaks a
            // signature (quire-cli export --break-signatures does, when asked).
            SearchablePdfOptions options;
            options.passwords = passwords;
            PdfExportResult result;
            outcome.ok = PdfExporter::exportDocuments(store, destination, options, &result, &outcome.error, progress);
            if (outcome.ok) {
                outcome.ok = result.failed.isEmpty() && result.skipped.isEmpty();
                if (!outcome.ok)
                    outcome.error = tr("some documents were not written");
                outcome.details = describe(result);
            }
            break;
        }
        }
        return outcome;
    }));
    return true;
}

void ExportRunner::exportInteractively(QWidget *parent, Kind kind, const QString &databasePath,
                                       const QStringList &passwords)
{
    auto *dialog = new QFileDialog(parent, title(kind).remove(u'…'));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(writesFolder(kind) ? QFileDialog::AcceptOpen : QFileDialog::AcceptSave);
    if (writesFolder(kind)) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else if (kind == Kind::Sqlite) {
        dialog->setNameFilter(tr("SQLite databases (*.sqlite *.db)"));
        dialog->setDefaultSuffix(u"sqlite"_s);
    } else {
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(u"csv"_s);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [parent, kind, databasePath, passwords](const QString &target) {
        auto *runner = new ExportRunner(parent);
        auto *progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(target).fileName()), QString(),
                                             0, 0, parent);
        progress->setWindowTitle(tr("Export"));
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        connect(runner, &ExportRunner::progress, progress, [progress](int done, int total) {
            progress->setMaximum(total);
            progress->setValue(done);
        });
        connect(runner, &ExportRunner::finished, parent, [parent, runner, progress](bool ok, const QString &message) {
            progress->close();
            runner->deleteLater();
            auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Export"), message,
                                        QMessageBox::Ok, parent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        progress->open();
        runner->start(kind, databasePath, target, passwords);
    });
    dialog->open();
}

} // namespace quire
