#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace quire {

/// Runs one exporter on a thread pool thread over its own connection to the
/// run database, reporting progress through queued signals; the GUI thread
/// never waits for it.
class ExportRunner final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { PagesCsv, WordsCsv, Text, Hocr, Sqlite, SearchablePdf };
    Q_ENUM(Kind)

    explicit ExportRunner(QObject *parent = nullptr);
    ~ExportRunner() override;
    Q_DISABLE_COPY_MOVE(ExportRunner)

    /// Starts writing @p kind from the database at @p databasePath to
    /// @p destination (a file, or a folder for text, hOCR and searchable
    /// PDFs). @p passwords open encrypted PDFs (searchable PDFs only).
    /// False when an export is already running.
    bool start(Kind kind, const QString &databasePath, const QString &destination,
               const QStringList &passwords = {});
    bool isRunning() const;

    /// Menu text for @p kind, e.g. "CSV, one row per page…".
    static QString title(Kind kind);
    /// Whether @p kind writes a folder rather than one file.
    static bool writesFolder(Kind kind);

    /// Asks for the destination (non-modal file dialog), then exports with a
    /// progress dialog and a message at the end, all owned by @p parent.
    static void exportInteractively(QWidget *parent, Kind kind, const QString &databasePath,
                                    const QStringList &passwords = {});

Q_SIGNALS:
    void progress(int pagesDone, int pagesTotal);
    /// @p message says where the export went and, for searchable PDFs, which
    /// documents were skipped (signed) or failed and which pages have no text.
    void finished(bool ok, const QString &message);

private:
    bool m_running = false;
};

} // namespace quire
