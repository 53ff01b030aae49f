#include "store/ReviewQueries.h"

#include "store/Store.h"
#include "store/StoreContext.h"

#include <QRegularExpression>

namespace quire::store {

namespace {

using sqlite::Statement;

// Words still to review: weak (or, when ?4 is 1, not in the dictionary), not
// corrected, not accepted, on a page that belongs to a document under its
// current settings. A page shared by two paths lists its words once, under
// the first path.
constexpr const char *kSuspiciousFrom =
    " FROM words w JOIN pages p ON p.id = w.page_id JOIN documents d"
    " ON d.content_hash = p.content_hash AND d.settings_key = p.settings_key"
    " WHERE (w.confidence < ?1 OR (?4 = 1 AND w.not_in_dictionary = 1))"
    " AND w.corrected IS NULL AND w.accepted = 0";

/// Each word of @p query as a quoted FTS5 string, so punctuation and FTS5
/// syntax in what people type are searched for, not interpreted.
QString ftsQuery(const QString &query)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString &term : query.split(spaces, Qt::SkipEmptyParts)) {
        QString quoted = term;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

QList<SuspiciousWord> ReviewQueries::suspiciousWords(const ReviewFilter &filter, int limit, int offset)
{
    static const QByteArray sql = QByteArray("SELECT w.id, p.id, min(d.path), p.page, p.dpi, w.x, w.y, w.w, w.h,"
                                             " w.confidence, w.text, w.line, w.not_in_dictionary")
                                  + kSuspiciousFrom + " GROUP BY w.id ORDER BY w.confidence, w.id LIMIT ?2 OFFSET ?3";
    QList<SuspiciousWord> result;
    Statement select = m_context.db.prepare(sql);
    select.bindAll(filter.confidenceBelow, limit < 0 ? -1 : limit, qMax(0, offset), filter.notInDictionary);
    while (select.step()) {
        SuspiciousWord word;
        word.wordId = select.int64(0);
        word.pageId = select.int64(1);
        word.documentPath = select.text(2);
        word.page = select.integer(3);
        word.dpi = select.integer(4);
        word.box = QRect(select.integer(5), select.integer(6), select.integer(7), select.integer(8));
        word.confidence = float(select.real(9));
        word.text = select.text(10);
        word.notInDictionary = select.integer(12) != 0;
        word.lineText = lineText(word.pageId, select.integer(11));
        result.append(word);
    }
    if (!select.ok())
        m_context.fail(Context::tr("Could not read the words to review"));
    return result;
}

// The line's words as people read them, corrections applied.
QString ReviewQueries::lineText(qint64 pageId, int line)
{
    Statement select = m_context.db.prepare(
        "SELECT text, corrected FROM words WHERE page_id = ?1 AND line = ?2 ORDER BY idx");
    select.bindAll(pageId, line);
    QStringList parts;
    while (select.step()) {
        const QString corrected = select.text(1);
        parts.append(corrected.isEmpty() ? select.text(0) : corrected);
    }
    return parts.join(QLatin1Char(' '));
}

int ReviewQueries::suspiciousCount(const ReviewFilter &filter)
{
    static const QByteArray sql = QByteArray("SELECT count(DISTINCT w.id)") + kSuspiciousFrom;
    Statement select = m_context.db.prepare(sql);
    select.bind(1, filter.confidenceBelow).bind(4, filter.notInDictionary);
    if (!select.step()) {
        m_context.fail(Context::tr("Could not count the words to review"));
        return 0;
    }
    return select.integer(0);
}

bool ReviewQueries::addToLexicon(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty()) {
        m_context.error = Context::tr("An empty word cannot be added to the word list.");
        return false;
    }
    Statement insert = m_context.db.prepare("INSERT OR IGNORE INTO lexicon(word) VALUES(?1)");
    if (!insert.bind(1, trimmed).exec())
        return m_context.fail(Context::tr("Could not add \"%1\" to the word list").arg(trimmed));
    return true;
}

QSet<QString> ReviewQueries::lexicon()
{
    QSet<QString> words;
    Statement select = m_context.db.prepare("SELECT word FROM lexicon");
    while (select.step())
        words.insert(select.text(0));
    if (!select.ok())
        m_context.fail(Context::tr("Could not read the word list"));
    return words;
}

QList<SearchHit> ReviewQueries::search(const QString &query, int limit)
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return hits;
    Statement select = m_context.db.prepare(
        "SELECT h.id, d.path, p.page, h.snippet FROM"
        " (SELECT rowid AS id, snippet(pages_fts, 0, '[', ']', '…', 12) AS snippet, rank"
        "  FROM pages_fts WHERE pages_fts MATCH ?1) h"
        " JOIN pages p ON p.id = h.id JOIN documents d"
        " ON d.content_hash = p.content_hash AND d.settings_key = p.settings_key"
        " ORDER BY h.rank, d.path, p.page LIMIT ?2");
    select.bindAll(match, limit < 0 ? -1 : limit);
    while (select.step())
        hits.append({select.int64(0), select.text(1), select.integer(2), select.text(3)});
    if (!select.ok())
        m_context.fail(Context::tr("Could not search for \"%1\"").arg(query));
    return hits;
}

} // namespace quire::store
