#pragma once

// Private to core: small sqlite3 helpers shared by the Store and the SQLite
// exporter. Include only from .cpp files (sqlite3.h stays out of public headers).

#include <QString>

#include <sqlite3.h>

namespace quire::sqlite {

inline void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

/// Empty strings are stored as NULL (errors, mostly).
inline void bindOptionalText(sqlite3_stmt *statement, int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(statement, index);
    else
        bindText(statement, index, text);
}

} // namespace quire::sqlite
