#include "store/StoreContext.h"

#include <QDateTime>
#include <QDebug>
#include <QDir>

namespace quire::store {

bool Context::fail(const QString &what, const QString &advice)
{
    const QString reason = db.isOpen() ? db.errorMessage() : tr("the database is not open");
    error = tr("%1 (database %2): %3.").arg(what, QDir::toNativeSeparators(path), reason);
    if (!advice.isEmpty())
        error += QLatin1Char(' ') + advice;
    else if (db.lastErrorIsStorage())
        error += QLatin1Char(' ') + tr("Check free disk space and that the file and its folder can be written.");
    return false;
}

bool Context::requireOpen()
{
    if (db.isOpen())
        return true;
    error = tr("The run database is not open; open a database file before reading or writing results.");
    return false;
}

void Context::notice(const QString &message) const
{
    if (notify)
        notify(message);
    else
        qWarning().noquote() << message;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Word readWord(const sqlite::Statement &row)
{
    Word word;
    word.text = row.text(0);
    word.box = QRect(row.integer(1), row.integer(2), row.integer(3), row.integer(4));
    word.confidence = float(row.real(5));
    word.block = row.integer(6);
    word.line = row.integer(7);
    word.id = row.int64(8);
    word.corrected = row.text(9);
    word.accepted = row.integer(10) != 0;
    word.notInDictionary = row.integer(11) != 0;
    return word;
}

bool readWords(Context &context, qint64 pageId, WordList *words)
{
    static const QByteArray sql = QByteArray("SELECT ") + kWordColumns + " FROM words WHERE page_id = ?1 ORDER BY idx";
    sqlite::Statement select = context.db.prepare(sql);
    select.bind(1, pageId);
    while (select.step())
        words->append(readWord(select));
    if (!select.ok())
        return context.fail(Context::tr("Could not read the words of a page"));
    return true;
}

} // namespace quire::store
