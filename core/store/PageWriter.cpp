#include "store/PageWriter.h"

#include "store/Corrections.h"
#include "store/StoreContext.h"

#include <chrono>

namespace quire::store {

namespace {

constexpr int kFlushCount = 32;
constexpr qint64 kFlushIntervalMs = 1000;

using sqlite::Statement;

} // namespace

PageWriter::PageWriter(Context &context, Corrections &corrections)
    : m_context(context)
    , m_corrections(corrections)
{
    setClock({});
}

void PageWriter::setClock(std::function<qint64()> nowMs)
{
    if (!nowMs) {
        nowMs = [] {
            using namespace std::chrono;
            return qint64(duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count());
        };
    }
    m_now = std::move(nowMs);
}

void PageWriter::add(const QString &contentHash, const QString &settingsKey, const PageResult &result)
{
    const qint64 now = m_now();
    if (m_queue.empty())
        m_firstQueuedAt = now;
    m_queue.push_back({contentHash, settingsKey, result});

    const bool due = int(m_queue.size()) >= kFlushCount || now - *m_firstQueuedAt >= kFlushIntervalMs;
    // After a failed automatic flush, wait a second before trying again
    // rather than retrying (and waiting on a busy file) with every result.
    const bool backingOff = m_failedFlushAt && now - *m_failedFlushAt < kFlushIntervalMs;
    if (due && !backingOff && !flush()) {
        m_failedFlushAt = now;
        m_context.notice(m_context.error);
    }
}

bool PageWriter::flush()
{
    if (m_queue.empty())
        return true;
    if (!m_context.requireOpen())
        return false;
    const int count = int(m_queue.size());
    sqlite::Transaction transaction(m_context.db);
    if (!transaction.isActive())
        return m_context.fail(Context::tr("Could not start saving %n page result(s)", nullptr, count),
                              Context::tr("They stay queued; check that no other program is writing this file."));
    const QString finishedAt = nowUtc();
    for (const Queued &item : m_queue) {
        if (!write(item, finishedAt)) {
            transaction.rollback();
            m_context.error += QLatin1Char(' ')
                               + Context::tr("The %n queued page result(s) were kept and will be written with the "
                                             "next flush.",
                                             nullptr, count);
            return false;
        }
    }
    if (!transaction.commit())
        return m_context.fail(Context::tr("Could not commit %n page result(s)", nullptr, count),
                              Context::tr("They stay queued; check free disk space."));
    discard();
    return true;
}

void PageWriter::discard()
{
    m_queue.clear();
    m_firstQueuedAt.reset();
    m_failedFlushAt.reset();
}

bool PageWriter::write(const Queued &item, const QString &finishedAt)
{
    const PageResult &r = item.result;
    const qint64 pageId = upsertPage(item, finishedAt);
    if (pageId == 0)
        return false;

    // A re-run of a page the person reviewed: remember the reviewed words so
    // that their corrections move to the new words.
    std::vector<ReviewedWord> reviewed;
    if (!m_corrections.readReviewed(pageId, &reviewed))
        return m_context.fail(Context::tr("Could not read the corrections of page %1").arg(r.page));
    Statement deleteWords = m_context.db.prepare("DELETE FROM words WHERE page_id = ?1");
    if (!deleteWords.bind(1, pageId).exec())
        return m_context.fail(Context::tr("Could not replace the words of page %1").arg(r.page));
    std::vector<qint64> newIds;
    if (!insertWords(pageId, r, &newIds))
        return false;
    return reviewed.empty() || m_corrections.carryOver(pageId, r, newIds, reviewed);
}

qint64 PageWriter::upsertPage(const Queued &item, const QString &finishedAt)
{
    const PageResult &r = item.result;
    Statement upsert = m_context.db.prepare(
        "INSERT INTO pages(content_hash, page, settings_key, kind, status, error, dpi, width, height,"
        " rotation, skew, confidence, render_ms, preprocess_ms, recognize_ms, text, finished_at)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
        " ON CONFLICT(content_hash, page, settings_key) DO UPDATE SET"
        " kind = excluded.kind, status = excluded.status, error = excluded.error, dpi = excluded.dpi,"
        " width = excluded.width, height = excluded.height, rotation = excluded.rotation,"
        " skew = excluded.skew, confidence = excluded.confidence, render_ms = excluded.render_ms,"
        " preprocess_ms = excluded.preprocess_ms, recognize_ms = excluded.recognize_ms,"
        " text = excluded.text, finished_at = excluded.finished_at, attempts = attempts + 1"
        " RETURNING id");
    const bool sized = r.imageSize.isValid();
    upsert.bindAll(item.contentHash, r.page, item.settingsKey, toString(r.kind), toString(r.status),
                   r.error.isEmpty() ? std::nullopt : std::optional(r.error), r.dpi,
                   sized ? std::optional(r.imageSize.width()) : std::nullopt,
                   sized ? std::optional(r.imageSize.height()) : std::nullopt, r.rotation, r.skewDegrees,
                   r.meanConfidence >= 0 ? std::optional(r.meanConfidence) : std::nullopt, r.timings.renderMs,
                   r.timings.preprocessMs, r.timings.recognizeMs, r.text, finishedAt);
    const qint64 pageId = upsert.step() ? upsert.int64(0) : 0;
    if (pageId == 0 || !upsert.exec()) {
        m_context.fail(Context::tr("Could not save page %1").arg(r.page));
        return 0;
    }
    return pageId;
}

bool PageWriter::insertWords(qint64 pageId, const PageResult &r, std::vector<qint64> *ids)
{
    ids->reserve(size_t(r.words.size()));
    for (qsizetype i = 0; i < r.words.size(); ++i) {
        const Word &word = r.words.at(i);
        Statement insert = m_context.db.prepare(
            "INSERT INTO words(page_id, idx, block, line, x, y, w, h, confidence, text, not_in_dictionary)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        insert.bindAll(pageId, qint64(i), word.block, word.line, word.box.x(), word.box.y(), word.box.width(),
                       word.box.height(), double(word.confidence), word.text, word.notInDictionary);
        if (!insert.exec())
            return m_context.fail(Context::tr("Could not save the words of page %1").arg(r.page));
        ids->push_back(m_context.db.lastInsertId());
    }
    return true;
}

} // namespace quire::store
