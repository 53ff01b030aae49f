#pragma once

// A small C++ layer over sqlite3 for the Store and the SQLite exporter: one
// way to prepare (cached by SQL text), typed bind and column access, and a
// transaction that rolls back unless committed. sqlite3.h stays in Sqlite.cpp.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace quire::sqlite {

class Connection;

/// A prepared statement in use. Bind with bind() (1-based), run with step()
/// (one row at a time) or exec() (to the end). When it goes out of scope it is
/// reset and its bindings cleared, so a cached statement never keeps a read
/// transaction open.
class Statement final
{
public:
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Q_DISABLE_COPY(Statement)

    bool isValid() const { return m_statement != nullptr; }

    Statement &bind(int index, int value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, value ? 1 : 0); }
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, const QByteArray &utf8);
    Statement &bind(int index, std::nullopt_t);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }
    /// Binds every value in order, from index 1.
    template<typename... Values>
    Statement &bindAll(const Values &...values)
    {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    /// Advances to the next row: true when there is one; false at the end or
    /// on an error (ok() tells which).
    bool step();
    /// Runs to the end; true when it completed without an error.
    bool exec();
    /// No error so far (a statement that failed to prepare is not ok).
    bool ok() const { return m_ok; }

    bool isNull(int column) const;
    int integer(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// A column's text as SQLite holds it, for binding into another statement.
    QByteArray utf8(int column) const;

private:
    friend class Connection;
    Statement(sqlite3_stmt *statement, bool owned);

    sqlite3_stmt *m_statement = nullptr;
    bool m_owned = false; ///< Finalized here (a nested use of a cached statement), not reset.
    bool m_ok = true;
};

/// One connection to a database file. Statements are prepared once per SQL
/// text and kept until close().
class Connection final
{
public:
    Connection() = default;
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    /// Opens (creating when @p create) the file at @p path. Sets extended result
    /// codes and a busy timeout.
    bool open(const QString &path, bool create = true, int busyTimeoutMs = 5000);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    /// The statement for @p sql, prepared on first use; invalid (and not ok)
    /// when it does not prepare. A statement still in use (a nested query with
    /// the same text) gets a fresh copy.
    Statement prepare(const char *sql);
    Statement prepare(const QByteArray &sql) { return prepare(sql.constData()); }
    /// Runs one or more statements without results (schema scripts, PRAGMAs).
    bool exec(const char *sql);
    /// The first column of the first row of @p sql: an empty string when there
    /// is no row, nothing on an error.
    std::optional<QString> value(const char *sql);

    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    /// SQLite's message for the last failure on this connection.
    QString errorMessage() const;
    /// True when the last failure was a full disk, a read-only file or an I/O error.
    bool lastErrorIsStorage() const;
    /// Keeps the current failure for errorMessage(), so that a ROLLBACK that
    /// follows it does not wipe it.
    void rememberError();

private:
    int errorCode() const;

    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_cache;
    QString m_rememberedMessage;
    int m_rememberedCode = 0;
};

/// BEGIN IMMEDIATE on construction; rolls back when it goes out of scope
/// without commit().
class Transaction final
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /// Whether BEGIN succeeded (another writer may hold the file).
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    Connection &m_connection;
    bool m_active = false;
};

} // namespace quire::sqlite
