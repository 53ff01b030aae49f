#include "StoreFixture.h"

#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace quire::test {

Word makeWord(const QString &text, QRect box, float confidence, int block, int line)
{
    Word word;
    word.text = text;
    word.box = box;
    word.confidence = confidence;
    word.block = block;
    word.line = line;
    return word;
}

DocumentRecord makeDocument(const QString &path, const QString &hash, const QString &settingsKey, int pageCount,
                            DocumentStatus status)
{
    DocumentRecord record;
    record.path = path;
    record.contentHash = hash;
    record.type = DocumentType::Pdf;
    record.size = 12345;
    record.pageCount = pageCount;
    record.status = status;
    record.settingsKey = settingsKey;
    return record;
}

PageResult makeOcrPage(int page, const QList<std::pair<QString, float>> &words, int wordsPerLine)
{
    PageResult r;
    r.page = page;
    r.kind = PageKind::Ocr;
    r.dpi = 300;
    r.imageSize = QSize(2550, 3300);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const int line = int(i / wordsPerLine);
        r.words.append(makeWord(words.at(i).first,
                                QRect(100 + 200 * int(i % wordsPerLine), 100 + 60 * line, 150, 40),
                                words.at(i).second, 0, line));
    }
    r.text = joinWords(r.words);
    r.meanConfidence = 80;
    return r;
}

RawDb::RawDb(const QString &path, bool writable)
{
    sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                    writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY, nullptr);
}

RawDb::~RawDb()
{
    sqlite3_close_v2(m_db);
}

QString RawDb::value(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    QString result = QStringLiteral("<error>");
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        else if (rc == SQLITE_DONE)
            result.clear();
    }
    sqlite3_finalize(statement);
    return result;
}

QString RawDb::rows(const char *sql) const
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return QStringLiteral("<error: %1>").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    QStringList out;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(statement); ++c)
            row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, c))));
        out.append(row.join(QLatin1Char('|')));
    }
    sqlite3_finalize(statement);
    return out.join(QLatin1Char('\n'));
}

bool RawDb::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString RawDb::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace quire::test
