#include "store/Store.h"

#include "store/Corrections.h"
#include "store/PageWriter.h"
#include "store/ResultReader.h"
#include "store/ReviewQueries.h"
#include "store/Schema.h"
#include "store/StoreContext.h"

#include <QDir>
#include <QFileInfo>

// One writer per file: the run session owns the only Store that writes a
// run's database. Other Stores (an export, an evaluation, a second window) may
// open the same file and read it while the writer works, because the file is
// in WAL mode: readers see everything committed by the last flush().

namespace quire {

using store::Context;
using sqlite::Statement;

struct Store::Private
{
    Context context;
    store::Corrections corrections{context};
    store::PageWriter writer{context, corrections};
    store::ResultReader reader{context};
    store::ReviewQueries review{context};

    /// Ready to read: open, and what is queued written first.
    bool readyToRead() { return context.requireOpen() && writer.flush(); }

    bool configure();
};

namespace {

DocumentRecord readDocument(const Statement &row)
{
    DocumentRecord record;
    record.id = row.int64(0);
    record.path = row.text(1);
    record.contentHash = row.text(2);
    record.type = documentTypeFromString(row.text(3));
    record.size = row.int64(4);
    record.pageCount = row.integer(5);
    record.status = documentStatusFromString(row.text(6));
    record.error = row.text(7);
    record.settingsKey = row.text(8);
    return record;
}

constexpr const char *kDocumentColumns =
    "SELECT id, path, content_hash, type, size, page_count, status, error, settings_key FROM documents";

std::optional<QString> nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text);
}

/// After an UPDATE of document @p documentId: false, with the error said,
/// when no row had that id.
bool documentWasThere(Context &c, qint64 documentId)
{
    if (c.db.changes() > 0)
        return true;
    c.error = Context::tr("There is no document with id %1 in the database %2.")
                  .arg(documentId)
                  .arg(QDir::toNativeSeparators(c.path));
    return false;
}

} // namespace

// WAL so readers never wait for the writer; NORMAL sync is safe with WAL
// (a crash loses at most the last transactions, never the file).
bool Store::Private::configure()
{
    const std::optional<QString> journal = context.db.value("PRAGMA journal_mode = WAL");
    if (!journal)
        return context.fail(Context::tr("Could not read the file"),
                            Context::tr("Choose a Quire run database or a new file name."));
    if (journal->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        context.notice(Context::tr("The database %1 could not switch to WAL mode (it uses %2); readers will wait for "
                                   "the writer.")
                           .arg(QDir::toNativeSeparators(context.path), *journal));
    }
    if (!context.db.exec("PRAGMA synchronous = NORMAL") || !context.db.exec("PRAGMA foreign_keys = ON"))
        return context.fail(Context::tr("Could not configure the database"));
    const std::optional<QString> version = context.db.value("PRAGMA user_version");
    if (!version)
        return context.fail(Context::tr("Could not read the schema version"));
    return version->toInt() == schema::kVersion || schema::migrate(context.db, context.path, &context.error);
}

Store::Store() : d(std::make_unique<Private>()) {}

Store::~Store()
{
    close();
}

bool Store::open(const QString &path)
{
    close();
    Context &c = d->context;
    c.error.clear();
    c.path = QFileInfo(path).absoluteFilePath();

    const QString folder = QFileInfo(c.path).absolutePath();
    if (!QDir().mkpath(folder)) {
        c.error = Context::tr("Could not create the folder %1 for the run database; check that it can be written.")
                      .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!c.db.open(c.path)) {
        c.fail(Context::tr("Could not open or create the file"), Context::tr("Check the path and its permissions."));
        c.db.close();
        return false;
    }
    if (!d->configure()) {
        const QString message = c.error;
        close();
        c.error = message;
        return false;
    }
    return true;
}

bool Store::close()
{
    Context &c = d->context;
    if (!c.db.isOpen()) {
        d->writer.discard();
        return true;
    }
    bool ok = true;
    const int queued = d->writer.pendingCount();
    if (!d->writer.flush()) {
        c.error = Context::tr("Closing the run database lost %n page result(s): %1", nullptr, queued).arg(c.error);
        ok = false;
    }
    d->writer.discard();
    c.db.close();
    return ok;
}

QString Store::errorString() const
{
    return d->context.error;
}

QString Store::path() const
{
    return d->context.path;
}

void Store::setNoticeHandler(std::function<void(const QString &)> handler)
{
    d->context.notify = std::move(handler);
}

qint64 Store::beginRun(const QString &settingsKey, const QString &settingsJson)
{
    Context &c = d->context;
    if (!c.requireOpen())
        return 0;
    Statement insert = c.db.prepare(
        "INSERT INTO runs(started_at, settings_key, settings, pages_done, pages_failed) VALUES(?1, ?2, ?3, 0, 0)");
    if (!insert.bindAll(store::nowUtc(), settingsKey, settingsJson).exec()) {
        c.fail(Context::tr("Could not record the start of the run"));
        return 0;
    }
    return c.db.lastInsertId();
}

void Store::finishRun(qint64 runId, int pagesDone, int pagesFailed)
{
    Context &c = d->context;
    if (!c.requireOpen())
        return;
    d->writer.flush(); // a failure is in errorString(); the run's end is recorded all the same
    Statement update = c.db.prepare(
        "UPDATE runs SET finished_at = ?2, pages_done = ?3, pages_failed = ?4 WHERE id = ?1");
    if (!update.bindAll(runId, store::nowUtc(), pagesDone, pagesFailed).exec())
        c.fail(Context::tr("Could not record the end of run %1").arg(runId));
}

qint64 Store::upsertDocument(const DocumentRecord &record)
{
    Context &c = d->context;
    if (!c.requireOpen())
        return 0;
    Statement upsert = c.db.prepare(
        "INSERT INTO documents(path, content_hash, type, size, page_count, status, error, settings_key, updated_at)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
        " ON CONFLICT(path) DO UPDATE SET"
        " content_hash = excluded.content_hash, type = excluded.type, size = excluded.size,"
        " page_count = excluded.page_count, status = excluded.status, error = excluded.error,"
        " settings_key = excluded.settings_key, updated_at = excluded.updated_at"
        " RETURNING id");
    upsert.bindAll(record.path, record.contentHash, toString(record.type), record.size, record.pageCount,
                   toString(record.status), nullIfEmpty(record.error), record.settingsKey, store::nowUtc());
    const qint64 id = upsert.step() ? upsert.int64(0) : 0;
    if (id == 0 || !upsert.exec()) {
        c.fail(Context::tr("Could not record the document %1").arg(QDir::toNativeSeparators(record.path)));
        return 0;
    }
    return id;
}

bool Store::setDocumentState(qint64 documentId, int pageCount, DocumentStatus status, const QString &error)
{
    Context &c = d->context;
    if (!c.requireOpen())
        return false;
    Statement update = c.db.prepare(
        "UPDATE documents SET page_count = ?2, status = ?3, error = ?4, updated_at = ?5 WHERE id = ?1");
    if (!update.bindAll(documentId, pageCount, toString(status), nullIfEmpty(error), store::nowUtc()).exec())
        return c.fail(Context::tr("Could not update the state of document %1").arg(documentId));
    return documentWasThere(c, documentId);
}

bool Store::moveDocument(qint64 documentId, const QString &newPath)
{
    Context &c = d->context;
    if (!c.requireOpen())
        return false;
    Statement update = c.db.prepare("UPDATE documents SET path = ?2, updated_at = ?3 WHERE id = ?1");
    if (!update.bindAll(documentId, newPath, store::nowUtc()).exec())
        return c.fail(Context::tr("Could not record that document %1 moved to %2")
                          .arg(documentId)
                          .arg(QDir::toNativeSeparators(newPath)));
    return documentWasThere(c, documentId);
}

std::optional<DocumentRecord> Store::document(qint64 documentId)
{
    Context &c = d->context;
    if (!c.requireOpen())
        return std::nullopt;
    static const QByteArray sql = QByteArray(kDocumentColumns) + " WHERE id = ?1";
    Statement select = c.db.prepare(sql);
    select.bind(1, documentId);
    if (select.step())
        return readDocument(select);
    if (!select.ok())
        c.fail(Context::tr("Could not read document %1").arg(documentId));
    return std::nullopt;
}

QList<DocumentRecord> Store::documents()
{
    QList<DocumentRecord> result;
    Context &c = d->context;
    if (!c.requireOpen())
        return result;
    static const QByteArray sql = QByteArray(kDocumentColumns) + " ORDER BY path";
    Statement select = c.db.prepare(sql);
    while (select.step())
        result.append(readDocument(select));
    if (!select.ok())
        c.fail(Context::tr("Could not read the list of documents"));
    return result;
}

QSet<int> Store::donePages(const QString &contentHash, const QString &settingsKey)
{
    QSet<int> pages;
    if (!d->readyToRead())
        return pages;
    Statement select = d->context.db.prepare(
        "SELECT page FROM pages WHERE content_hash = ?1 AND settings_key = ?2 AND status = 'done'");
    select.bindAll(contentHash, settingsKey);
    while (select.step())
        pages.insert(select.integer(0));
    if (!select.ok())
        d->context.fail(Context::tr("Could not read the finished pages"));
    return pages;
}

QHash<int, int> Store::failedPageAttempts(const QString &contentHash, const QString &settingsKey)
{
    QHash<int, int> pages;
    if (!d->readyToRead())
        return pages;
    Statement select = d->context.db.prepare(
        "SELECT page, attempts FROM pages WHERE content_hash = ?1 AND settings_key = ?2 AND status = 'failed'");
    select.bindAll(contentHash, settingsKey);
    while (select.step())
        pages.insert(select.integer(0), select.integer(1));
    if (!select.ok())
        d->context.fail(Context::tr("Could not read the failed pages"));
    return pages;
}

void Store::addPage(const QString &contentHash, const QString &settingsKey, const PageResult &result)
{
    d->writer.add(contentHash, settingsKey, result);
}

bool Store::flush()
{
    return d->writer.flush();
}

int Store::pendingCount() const
{
    return d->writer.pendingCount();
}

void Store::setClock(std::function<qint64()> nowMs)
{
    d->writer.setClock(std::move(nowMs));
}

bool Store::forEachPage(const std::function<bool(const StoredPage &)> &callback, bool withWords)
{
    return d->readyToRead() && d->reader.forEachPage(callback, withWords);
}

std::optional<StoredPage> Store::loadPage(const QString &documentPath, int page, bool withWords)
{
    if (!d->readyToRead())
        return std::nullopt;
    return d->reader.loadPage(documentPath, page, withWords);
}

int Store::pageCount()
{
    return d->readyToRead() ? d->reader.pageCount() : 0;
}

bool Store::correctWord(qint64 wordId, const QString &text)
{
    return d->readyToRead() && d->corrections.correctWord(wordId, text);
}

bool Store::setPageText(const QString &documentPath, int page, const QString &text)
{
    return d->readyToRead() && d->corrections.setPageText(documentPath, page, text);
}

bool Store::acceptWord(qint64 wordId, bool accepted)
{
    return d->readyToRead() && d->corrections.acceptWord(wordId, accepted);
}

QList<SuspiciousWord> Store::suspiciousWords(const ReviewFilter &filter, int limit, int offset)
{
    return d->readyToRead() ? d->review.suspiciousWords(filter, limit, offset) : QList<SuspiciousWord>();
}

int Store::suspiciousCount(const ReviewFilter &filter)
{
    return d->readyToRead() ? d->review.suspiciousCount(filter) : 0;
}

bool Store::addToLexicon(const QString &word)
{
    return d->context.requireOpen() && d->review.addToLexicon(word);
}

QSet<QString> Store::lexicon()
{
    return d->context.requireOpen() ? d->review.lexicon() : QSet<QString>();
}

QList<SearchHit> Store::search(const QString &query, int limit)
{
    return d->readyToRead() ? d->review.search(query, limit) : QList<SearchHit>();
}

} // namespace quire
