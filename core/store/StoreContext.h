#pragma once

// Private to core/store: what the Store's parts share (the connection, the
// file's path, the last error) and the word row they all read.

#include "model/Word.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace quire::store {

/// The state the Store's parts share. Messages are translated under quire::Store.
struct Context
{
    Q_DECLARE_TR_FUNCTIONS(quire::Store)

public:
    sqlite::Connection db;
    QString path;
    QString error;
    std::function<void(const QString &)> notify; ///< Store::setNoticeHandler()

    /// Records a failure: what was being done, the file, SQLite's reason, and
    /// what to do. Always returns false, so `return fail(...)` reads well.
    bool fail(const QString &what, const QString &advice = QString());
    /// False, with a message, when no database is open.
    bool requireOpen();
    /// Tells the person something that is not a failure of the call at hand.
    void notice(const QString &message) const;
};

/// Now, as stored in the database's time columns.
QString nowUtc();

/// The columns readWord() reads, in its order, for "SELECT <kWordColumns> FROM words".
constexpr const char *kWordColumns =
    "text, x, y, w, h, confidence, block, line, id, corrected, accepted, not_in_dictionary";
/// A word from a row of kWordColumns.
Word readWord(const sqlite::Statement &row);

/// The words of page @p pageId in reading order; false (with the error
/// recorded) on a database error.
bool readWords(Context &context, qint64 pageId, WordList *words);

} // namespace quire::store
