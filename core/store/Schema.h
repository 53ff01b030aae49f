#pragma once

#include <QString>

namespace quire::sqlite {
class Connection;
}

namespace quire::schema {

/// The schema version this Quire writes (PRAGMA user_version).
constexpr int kVersion = 3;

/// Brings the database on @p connection (the file @p path, for messages) to
/// kVersion in one transaction, running each migration it lacks in order. A
/// newer schema is refused. False with @p error set on failure; the file is
/// then unchanged.
bool migrate(sqlite::Connection &connection, const QString &path, QString *error);

} // namespace quire::schema
