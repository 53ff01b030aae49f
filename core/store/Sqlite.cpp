#include "store/Sqlite.h"

#include <QFile>

#include <utility>

#include <sqlite3.h>

namespace quire::sqlite {

Statement::Statement(sqlite3_stmt *statement, bool owned)
    : m_statement(statement)
    , m_owned(owned)
    , m_ok(statement != nullptr)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_owned(other.m_owned)
    , m_ok(other.m_ok)
{
}

Statement::~Statement()
{
    if (!m_statement)
        return;
    if (m_owned) {
        sqlite3_finalize(m_statement);
        return;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

Statement &Statement::bind(int index, int value)
{
    m_ok = m_ok && sqlite3_bind_int(m_statement, index, value) == SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    m_ok = m_ok && sqlite3_bind_int64(m_statement, index, value) == SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_ok = m_ok && sqlite3_bind_double(m_statement, index, value) == SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    return bind(index, text.toUtf8());
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    // A null QByteArray would bind NULL; text columns get '' for empty text.
    const char *data = utf8.isNull() ? "" : utf8.constData();
    m_ok = m_ok && sqlite3_bind_text(m_statement, index, data, int(utf8.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, std::nullopt_t)
{
    m_ok = m_ok && sqlite3_bind_null(m_statement, index) == SQLITE_OK;
    return *this;
}

bool Statement::step()
{
    if (!m_ok)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    return false;
}

bool Statement::exec()
{
    while (step()) {
    }
    return m_ok;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray Statement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArray(text, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

Connection::~Connection()
{
    close();
}

bool Connection::open(const QString &path, bool create, int busyTimeoutMs)
{
    close();
    const QByteArray file = QFile::encodeName(path);
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(file.constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return false; // m_db holds the error until close()
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    return true;
}

void Connection::close()
{
    for (sqlite3_stmt *statement : std::as_const(m_cache))
        sqlite3_finalize(statement);
    m_cache.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Statement Connection::prepare(const char *sql)
{
    if (!m_db)
        return Statement(nullptr, false);
    const QByteArray key(sql);
    sqlite3_stmt *&cached = m_cache[key];
    if (cached && !sqlite3_stmt_busy(cached))
        return Statement(cached, false);
    sqlite3_stmt *fresh = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, cached ? 0 : SQLITE_PREPARE_PERSISTENT, &fresh, nullptr) != SQLITE_OK) {
        sqlite3_finalize(fresh);
        if (!cached)
            m_cache.remove(key);
        return Statement(nullptr, false);
    }
    if (cached)
        return Statement(fresh, true); // the cached one is mid-iteration higher up the stack
    cached = fresh;
    return Statement(fresh, false);
}

bool Connection::exec(const char *sql)
{
    return m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::optional<QString> Connection::value(const char *sql)
{
    Statement statement = prepare(sql);
    if (statement.step())
        return statement.text(0);
    if (statement.ok())
        return QString();
    return std::nullopt;
}

qint64 Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

bool Connection::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

int Connection::errorCode() const
{
    if (!m_db)
        return SQLITE_OK;
    const int current = sqlite3_extended_errcode(m_db);
    return current != SQLITE_OK ? current : m_rememberedCode;
}

QString Connection::errorMessage() const
{
    if (!m_db)
        return {};
    return sqlite3_errcode(m_db) != SQLITE_OK ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_rememberedMessage;
}

bool Connection::lastErrorIsStorage() const
{
    const int primary = errorCode() & 0xff;
    return primary == SQLITE_FULL || primary == SQLITE_READONLY || primary == SQLITE_IOERR
           || primary == SQLITE_CANTOPEN;
}

void Connection::rememberError()
{
    if (!m_db || sqlite3_errcode(m_db) == SQLITE_OK)
        return;
    m_rememberedMessage = QString::fromUtf8(sqlite3_errmsg(m_db));
    m_rememberedCode = sqlite3_extended_errcode(m_db);
}

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
    , m_active(connection.exec("BEGIN IMMEDIATE"))
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_connection.exec("COMMIT")) {
        m_connection.rememberError();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active && m_connection.inTransaction()) {
        m_connection.rememberError();
        m_connection.exec("ROLLBACK");
    }
    m_active = false;
}

} // namespace quire::sqlite
