#include "store/ShardMerger.h"

#include "store/Sqlite.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace quire {

namespace {

constexpr int kBusyTimeoutMs = 30'000;

// The shard's pages to take: new to the main database, or replacing a main
// page that is not done (failed) when the shard's is done or newer, unless
// the person already touched the main page (corrections or accepted words).
constexpr const char *kSelectSql = R"sql(
CREATE TEMP TABLE IF NOT EXISTS merge_take(shard_id INTEGER PRIMARY KEY, main_id INTEGER, added INTEGER);
DELETE FROM temp.merge_take;
INSERT INTO temp.merge_take(shard_id, main_id, added)
    SELECT sp.id, mp.id, mp.id IS NULL
    FROM shard.pages sp
    LEFT JOIN main.pages mp
        ON mp.content_hash = sp.content_hash AND mp.page = sp.page AND mp.settings_key = sp.settings_key
    WHERE mp.id IS NULL
       OR (mp.status IS NOT 'done'
           AND (sp.status = 'done' OR coalesce(sp.finished_at, '') > coalesce(mp.finished_at, ''))
           AND NOT EXISTS (SELECT 1 FROM main.corrections c WHERE c.page_id = mp.id)
           AND NOT EXISTS (SELECT 1 FROM main.words w
                           WHERE w.page_id = mp.id AND (w.corrected IS NOT NULL OR w.accepted != 0)));
)sql";

constexpr const char *kReplaceSql = R"sql(
DELETE FROM main.words WHERE page_id IN (SELECT main_id FROM temp.merge_take WHERE added = 0);
UPDATE main.pages SET
    kind = s.kind, status = s.status, error = s.error, attempts = main.pages.attempts + s.attempts,
    dpi = s.dpi, width = s.width, height = s.height, rotation = s.rotation, skew = s.skew,
    confidence = s.confidence, render_ms = s.render_ms, preprocess_ms = s.preprocess_ms,
    recognize_ms = s.recognize_ms, text = s.text, finished_at = s.finished_at, corrected_text = s.corrected_text
FROM (SELECT t.main_id, sp.* FROM temp.merge_take t JOIN shard.pages sp ON sp.id = t.shard_id WHERE t.added = 0) AS s
WHERE main.pages.id = s.main_id;
)sql";

constexpr const char *kAddSql = R"sql(
INSERT INTO main.pages(content_hash, page, settings_key, kind, status, error, attempts, dpi, width, height,
                       rotation, skew, confidence, render_ms, preprocess_ms, recognize_ms, text, finished_at,
                       corrected_text)
    SELECT sp.content_hash, sp.page, sp.settings_key, sp.kind, sp.status, sp.error, sp.attempts, sp.dpi, sp.width,
           sp.height, sp.rotation, sp.skew, sp.confidence, sp.render_ms, sp.preprocess_ms, sp.recognize_ms, sp.text,
           sp.finished_at, sp.corrected_text
    FROM temp.merge_take t JOIN shard.pages sp ON sp.id = t.shard_id
    WHERE t.added = 1
    ORDER BY sp.id;
UPDATE temp.merge_take SET main_id = (
    SELECT mp.id FROM shard.pages sp JOIN main.pages mp
        ON mp.content_hash = sp.content_hash AND mp.page = sp.page AND mp.settings_key = sp.settings_key
    WHERE sp.id = merge_take.shard_id)
WHERE added = 1;
)sql";

constexpr const char *kWordsSql = R"sql(
INSERT INTO main.words(page_id, idx, block, line, x, y, w, h, confidence, text, corrected, accepted,
                       not_in_dictionary)
    SELECT t.main_id, w.idx, w.block, w.line, w.x, w.y, w.w, w.h, w.confidence, w.text, w.corrected, w.accepted,
           w.not_in_dictionary
    FROM temp.merge_take t JOIN shard.words w ON w.page_id = t.shard_id
    ORDER BY w.page_id, w.idx;
)sql";

// Corrections made in a shard database (unusual: nobody reviews a shard)
// follow their word, found by its place on the page; an edit of the whole
// page (word_id 0) stays 0.
constexpr const char *kCorrectionsSql = R"sql(
INSERT INTO main.corrections(word_id, page_id, original, corrected, at)
    SELECT CASE WHEN c.word_id = 0 THEN 0 ELSE mw.id END, t.main_id, c.original, c.corrected, c.at
    FROM shard.corrections c
    JOIN temp.merge_take t ON t.shard_id = c.page_id
    LEFT JOIN shard.words sw ON sw.id = c.word_id
    LEFT JOIN main.words mw ON mw.page_id = t.main_id AND mw.idx = sw.idx
    WHERE c.word_id = 0 OR mw.id IS NOT NULL
    ORDER BY c.id;
INSERT OR IGNORE INTO main.lexicon(word) SELECT word FROM shard.lexicon;
)sql";

// The shard's run records, once each.
constexpr const char *kRunsSql = R"sql(
UPDATE main.runs SET finished_at = r.finished_at, pages_done = r.pages_done, pages_failed = r.pages_failed
FROM shard.runs r
WHERE main.runs.started_at IS r.started_at AND main.runs.settings_key IS r.settings_key
  AND main.runs.settings IS r.settings
  AND (main.runs.finished_at IS NOT r.finished_at OR main.runs.pages_done IS NOT r.pages_done
       OR main.runs.pages_failed IS NOT r.pages_failed);
INSERT INTO main.runs(started_at, finished_at, settings_key, settings, pages_done, pages_failed)
    SELECT r.started_at, r.finished_at, r.settings_key, r.settings, r.pages_done, r.pages_failed
    FROM shard.runs r
    WHERE NOT EXISTS (SELECT 1 FROM main.runs m WHERE m.started_at IS r.started_at
                      AND m.settings_key IS r.settings_key AND m.settings IS r.settings)
    ORDER BY r.id;
)sql";

// Documents the main database lacks, by path; their status follows below.
constexpr const char *kDocumentsSql = R"sql(
INSERT INTO main.documents(path, content_hash, type, size, page_count, status, error, settings_key, updated_at)
    SELECT path, content_hash, type, size, page_count, 'pending', NULL, settings_key, updated_at
    FROM shard.documents WHERE true
    ON CONFLICT(path) DO NOTHING;
UPDATE main.documents SET page_count = s.page_count
FROM shard.documents s
WHERE main.documents.path = s.path AND main.documents.content_hash = s.content_hash
  AND coalesce(main.documents.page_count, 0) = 0 AND s.page_count > 0;
)sql";

// Each document whose pages the shard brought: pages done and failed of its
// content under its settings.
constexpr const char *kTouchedSql = R"sql(
SELECT d.id, d.page_count,
    (SELECT count(*) FROM main.pages p WHERE p.content_hash = d.content_hash AND p.settings_key = d.settings_key
        AND p.page BETWEEN 1 AND d.page_count AND p.status = 'done'),
    (SELECT count(*) FROM main.pages p WHERE p.content_hash = d.content_hash AND p.settings_key = d.settings_key
        AND p.page BETWEEN 1 AND d.page_count AND p.status = 'failed')
FROM main.documents d
WHERE d.page_count > 0 AND EXISTS (SELECT 1 FROM shard.pages sp
    WHERE sp.content_hash = d.content_hash AND sp.settings_key = d.settings_key)
)sql";

// Documents a shard task could not open (missing on the node, changed since
// submitted): the main database says why, unless it has them done.
constexpr const char *kFailedDocumentsSql = R"sql(
UPDATE main.documents SET status = 'failed', error = s.error, updated_at = s.updated_at
FROM shard.documents s
WHERE main.documents.path = s.path AND s.status = 'failed' AND main.documents.status IS NOT 'done'
  AND main.documents.error IS NOT s.error;
)sql";

} // namespace

struct ShardMerger::Private
{
    Q_DECLARE_TR_FUNCTIONS(quire::ShardMerger)

public:
    sqlite::Connection db;
    QString path;
    QString error;
    QString shard; // the shard being merged, for messages

    bool fail(const QString &what)
    {
        error = tr("Could not merge the shard database %1 into %2 (%3): %4. The main database was not changed; "
                   "run the merge again once the cause is fixed.")
                    .arg(QDir::toNativeSeparators(shard), QDir::toNativeSeparators(path), what, db.errorMessage());
        return false;
    }

    std::optional<int> count(const char *sql)
    {
        const std::optional<QString> value = db.value(sql);
        return value ? std::optional(value->toInt()) : std::nullopt;
    }

    bool collectFailures(QStringList *failures)
    {
        sqlite::Statement documents =
            db.prepare("SELECT path, coalesce(error, '') FROM shard.documents WHERE status = 'failed' ORDER BY path");
        while (documents.step()) {
            const QString path = documents.text(0);
            const QString why = documents.text(1);
            *failures << (why.contains(path) ? why : path + QStringLiteral(": ") + why);
        }
        sqlite::Statement pages =
            db.prepare("SELECT coalesce(error, '') FROM shard.pages WHERE status = 'failed' ORDER BY id");
        while (pages.step())
            *failures << pages.text(0);
        return documents.ok() && pages.ok();
    }

    // Done when every page is done, partial when every page finished and
    // some failed, pending otherwise (the rest is still to do).
    bool refreshDocuments()
    {
        struct Row
        {
            qint64 id;
            int pages;
            int done;
            int failed;
        };
        QList<Row> rows;
        {
            sqlite::Statement touched = db.prepare(kTouchedSql);
            while (touched.step())
                rows << Row{touched.int64(0), touched.integer(1), touched.integer(2), touched.integer(3)};
            if (!touched.ok())
                return false;
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const Row &row : rows) {
            QString status = QStringLiteral("pending");
            std::optional<QString> why;
            if (row.done == row.pages) {
                status = QStringLiteral("done");
            } else if (row.done + row.failed == row.pages) {
                status = QStringLiteral("partial");
                why = tr("%n page(s) failed", nullptr, row.failed);
            }
            sqlite::Statement update = db.prepare("UPDATE main.documents SET status = ?2, error = ?3, updated_at = ?4 "
                                                  "WHERE id = ?1 AND (status IS NOT ?2 OR error IS NOT ?3)");
            if (!update.bindAll(row.id, status, why, now).exec())
                return false;
        }
        return true;
    }

    bool attach()
    {
        sqlite::Statement attach = db.prepare("ATTACH DATABASE ?1 AS shard");
        return attach.bind(1, shard).exec() || fail(tr("attaching it"));
    }

    void detach() { db.exec("DETACH DATABASE shard"); }

    bool sameSchema()
    {
        const auto mainVersion = count("PRAGMA main.user_version");
        const auto shardVersion = count("PRAGMA shard.user_version");
        if (mainVersion && shardVersion && *mainVersion == *shardVersion)
            return true;
        error = tr("The shard database %1 has schema %2 and the main database %3 schema %4: merge with the Quire "
                   "version that wrote them.")
                    .arg(QDir::toNativeSeparators(shard))
                    .arg(shardVersion.value_or(-1))
                    .arg(QDir::toNativeSeparators(path))
                    .arg(mainVersion.value_or(-1));
        return false;
    }

    bool copy(MergeCounts *counts);
};

// Inside the merge's transaction, with the shard attached.
bool ShardMerger::Private::copy(MergeCounts *counts)
{
    const auto step = [this](const char *sql, const QString &what) { return db.exec(sql) || fail(what); };
    if (!step(kSelectSql, tr("choosing the pages")))
        return false;
    const auto total = count("SELECT count(*) FROM shard.pages");
    const auto added = count("SELECT count(*) FROM temp.merge_take WHERE added = 1");
    const auto replaced = count("SELECT count(*) FROM temp.merge_take WHERE added = 0");
    const auto failedPages = count("SELECT count(*) FROM shard.pages WHERE status = 'failed'");
    if (!total || !added || !replaced || !failedPages || !collectFailures(&counts->failures))
        return fail(tr("counting the pages"));
    counts->pagesAdded = *added;
    counts->pagesReplaced = *replaced;
    counts->pagesKept = *total - *added - *replaced;
    counts->pagesFailed = *failedPages;

    if (!step(kReplaceSql, tr("replacing failed pages")) || !step(kAddSql, tr("adding pages"))
        || !step(kWordsSql, tr("adding words")))
        return false;
    counts->wordsAdded = db.changes();
    if (!step(kCorrectionsSql, tr("adding corrections and the word list"))
        || !step(kRunsSql, tr("adding the run records")))
        return false;
    const auto documentsAdded = count("SELECT count(*) FROM shard.documents s "
                                      "WHERE NOT EXISTS (SELECT 1 FROM main.documents m WHERE m.path = s.path)");
    if (!documentsAdded)
        return fail(tr("counting the documents"));
    counts->documentsAdded = *documentsAdded;
    return step(kDocumentsSql, tr("adding documents"))
           && (refreshDocuments() || fail(tr("updating the documents' status")))
           && step(kFailedDocumentsSql, tr("recording documents that could not be opened"));
}

ShardMerger::ShardMerger()
    : d(std::make_unique<Private>())
{
}

ShardMerger::~ShardMerger()
{
    close();
}

bool ShardMerger::open(const QString &path)
{
    close();
    d->path = QFileInfo(path).absoluteFilePath();
    d->error.clear();
    {
        // Creates the file or brings its schema up to date, the one way every database gets there.
        Store store;
        if (!store.open(d->path)) {
            d->error = store.errorString();
            return false;
        }
    }
    if (!d->db.open(d->path, false, kBusyTimeoutMs)) {
        d->error = Private::tr("Could not open the database %1: %2.")
                       .arg(QDir::toNativeSeparators(d->path), d->db.errorMessage());
        close();
        return false;
    }
    if (!d->db.exec("PRAGMA journal_mode = WAL") || !d->db.exec("PRAGMA synchronous = NORMAL")
        || !d->db.exec("PRAGMA foreign_keys = ON")) {
        d->error = Private::tr("Could not configure the database %1: %2.")
                       .arg(QDir::toNativeSeparators(d->path), d->db.errorMessage());
        close();
        return false;
    }
    return true;
}

void ShardMerger::close()
{
    d->db.close();
}

QString ShardMerger::errorString() const
{
    return d->error;
}

std::optional<MergeCounts> ShardMerger::merge(const QString &shardPath)
{
    d->shard = QFileInfo(shardPath).absoluteFilePath();
    d->error.clear();
    if (!d->db.isOpen()) {
        d->error = Private::tr("The main database is not open; open it before merging %1.")
                       .arg(QDir::toNativeSeparators(d->shard));
        return std::nullopt;
    }
    if (!QFileInfo::exists(d->shard)) {
        d->error = Private::tr("There is no shard database at %1.").arg(QDir::toNativeSeparators(d->shard));
        return std::nullopt;
    }
    {
        // Recovers what a killed task committed to its WAL and brings an older schema up to date.
        Store shard;
        if (!shard.open(d->shard)) {
            d->error = Private::tr("Cannot open the shard database %1: %2")
                           .arg(QDir::toNativeSeparators(d->shard), shard.errorString());
            return std::nullopt;
        }
    }
    if (!d->attach())
        return std::nullopt;
    MergeCounts counts;
    bool ok = d->sameSchema();
    if (ok) {
        sqlite::Transaction transaction(d->db);
        ok = (transaction.isActive()
              || d->fail(Private::tr("starting the transaction; is another program writing the main database?")))
             && d->copy(&counts) && (transaction.commit() || d->fail(Private::tr("committing")));
    }
    d->detach();
    return ok ? std::optional(counts) : std::nullopt;
}

} // namespace quire
