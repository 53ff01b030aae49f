#include "store/ResultReader.h"

#include "store/Store.h"
#include "store/StoreContext.h"

#include <QDir>

namespace quire::store {

namespace {

using sqlite::Statement;

// The page columns readPage() reads, in its order, from "pages p".
constexpr const char *kPageColumns =
    "SELECT p.id, p.page, p.kind, p.status, p.error, p.dpi, p.width, p.height, p.rotation, p.skew, p.confidence,"
    " p.render_ms, p.preprocess_ms, p.recognize_ms, p.text, coalesce(p.corrected_text, p.text)";

StoredPage readPage(const Statement &row, const QString &path)
{
    StoredPage stored;
    stored.id = row.int64(0);
    stored.documentPath = path;
    PageResult &r = stored.result;
    r.page = row.integer(1);
    r.kind = pageKindFromString(row.text(2));
    r.status = row.text(3) == toString(PageStatus::Failed) ? PageStatus::Failed : PageStatus::Done;
    r.error = row.text(4);
    r.dpi = row.integer(5);
    if (!row.isNull(6))
        r.imageSize = QSize(row.integer(6), row.integer(7));
    r.rotation = row.integer(8);
    r.skewDegrees = row.real(9);
    r.meanConfidence = row.isNull(10) ? -1.0 : row.real(10);
    r.timings.renderMs = row.real(11);
    r.timings.preprocessMs = row.real(12);
    r.timings.recognizeMs = row.real(13);
    r.text = row.text(14);
    stored.correctedText = row.text(15);
    return stored;
}

/// The one StoredPage of a document that could not be opened at all.
StoredPage failedDocument(const QString &path, const QString &error)
{
    StoredPage stored;
    stored.documentPath = path;
    stored.result.page = 0;
    stored.result.status = PageStatus::Failed;
    stored.result.error = error;
    return stored;
}

} // namespace

// Returns false on a database error (the context says which); true when every
// page was delivered or the callback asked to stop.
bool ResultReader::forEachPage(const std::function<bool(const StoredPage &)> &callback, bool withWords)
{
    Statement documents = m_context.db.prepare(
        "SELECT path, content_hash, settings_key, page_count, status, error FROM documents ORDER BY path");
    while (documents.step()) {
        const QString path = documents.text(0);
        if (documentStatusFromString(documents.text(4)) == DocumentStatus::Failed && documents.integer(3) == 0) {
            if (!callback(failedDocument(path, documents.text(5))))
                return true;
            continue;
        }
        static const QByteArray sql = QByteArray(kPageColumns)
                                      + " FROM pages p WHERE p.content_hash = ?1 AND p.settings_key = ?2"
                                        " ORDER BY p.page";
        Statement pages = m_context.db.prepare(sql);
        pages.bindAll(documents.utf8(1), documents.utf8(2));
        while (pages.step()) {
            StoredPage stored = readPage(pages, path);
            if (withWords && !readWords(m_context, stored.id, &stored.result.words))
                return m_context.fail(Context::tr("Could not read the words of page %1 of %2")
                                          .arg(stored.result.page)
                                          .arg(QDir::toNativeSeparators(path)));
            if (!callback(stored))
                return true;
        }
        if (!pages.ok())
            return m_context.fail(Context::tr("Could not read the pages of %1").arg(QDir::toNativeSeparators(path)));
    }
    if (!documents.ok())
        return m_context.fail(Context::tr("Could not read the list of documents"));
    return true;
}

std::optional<StoredPage> ResultReader::loadPage(const QString &documentPath, int page, bool withWords)
{
    static const QByteArray sql = QByteArray(kPageColumns)
                                  + " FROM pages p JOIN documents d"
                                    " ON d.content_hash = p.content_hash AND d.settings_key = p.settings_key"
                                    " WHERE d.path = ?1 AND p.page = ?2";
    Statement select = m_context.db.prepare(sql);
    select.bindAll(documentPath, page);
    if (!select.step()) {
        if (!select.ok())
            m_context.fail(
                Context::tr("Could not read page %1 of %2").arg(page).arg(QDir::toNativeSeparators(documentPath)));
        return std::nullopt;
    }
    StoredPage stored = readPage(select, documentPath);
    if (withWords && !readWords(m_context, stored.id, &stored.result.words))
        return std::nullopt;
    return stored;
}

int ResultReader::pageCount()
{
    const std::optional<QString> count = m_context.db.value(
        "SELECT (SELECT count(*) FROM documents d JOIN pages p"
        " ON p.content_hash = d.content_hash AND p.settings_key = d.settings_key"
        " WHERE NOT (d.status = 'failed' AND d.page_count = 0))"
        " + (SELECT count(*) FROM documents WHERE status = 'failed' AND page_count = 0)");
    if (!count) {
        m_context.fail(Context::tr("Could not count the stored pages"));
        return 0;
    }
    return count->toInt();
}

} // namespace quire::store
