#pragma once

#include "model/Document.h"
#include "model/PageResult.h"

#include <QList>
#include <QSet>
#include <QString>

namespace quire {

/// What a run needs to know and record about its documents and pages: which
/// documents exist, which pages are already done, and each page's result as it
/// arrives. The pipeline depends only on this; the Store implements it, so
/// nothing upstream of the store includes it.
class RunLedger
{
public:
    virtual ~RunLedger() = default;

    /// Records the start of a run; @p settingsJson describes the settings for
    /// people. Returns the run's id, 0 on error.
    virtual qint64 beginRun(const QString &settingsKey, const QString &settingsJson) = 0;
    virtual void finishRun(qint64 runId, int pagesDone, int pagesFailed) = 0;

    /// Every document recorded so far, by path.
    virtual QList<DocumentRecord> documents() = 0;
    /// Inserts or updates the document at record.path (id is ignored); returns
    /// its id, 0 on error.
    virtual qint64 upsertDocument(const DocumentRecord &record) = 0;
    virtual bool setDocumentState(qint64 documentId, int pageCount, DocumentStatus status, const QString &error) = 0;

    /// Pages (1-based) of @p contentHash already done under @p settingsKey,
    /// including results recorded but not yet written.
    virtual QSet<int> donePages(const QString &contentHash, const QString &settingsKey) = 0;
    /// Records a page result (written in batches).
    virtual void addPage(const QString &contentHash, const QString &settingsKey, const PageResult &result) = 0;
    /// Writes every recorded result now; false with errorString() on failure.
    virtual bool flush() = 0;
    /// Results recorded but not yet written (they pile up when writes fail).
    virtual int pendingCount() const = 0;

    /// What the last failure was, in words a person can act on.
    virtual QString errorString() const = 0;
};

} // namespace quire
