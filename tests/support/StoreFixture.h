#pragma once

// What the store and exporter tests share: records and pages made to order,
// and a direct sqlite3 view of a database file to check what is on disk.

#include "model/Document.h"
#include "model/PageResult.h"

#include <QList>
#include <QRect>
#include <QString>

#include <utility>

struct sqlite3;

namespace quire::test {

Word makeWord(const QString &text, QRect box, float confidence, int block, int line);

/// A document record of settings @p settingsKey, a PDF of 12345 bytes.
DocumentRecord makeDocument(const QString &path, const QString &hash, const QString &settingsKey, int pageCount = 0,
                            DocumentStatus status = DocumentStatus::Pending);

/// An OCR page at 300 dpi (2550 x 3300) whose text is joinWords() of its
/// words, @p wordsPerLine to a line, each 150 x 40 pixels.
PageResult makeOcrPage(int page, const QList<std::pair<QString, float>> &words, int wordsPerLine = 3);

/// Direct access to a database file with sqlite3 itself, to check what really is on disk.
class RawDb
{
public:
    /// Opens @p path, creating it when @p writable.
    explicit RawDb(const QString &path, bool writable = true);
    ~RawDb();
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    /// The first column of the first row of @p sql; empty when there is no row, "<error>" on an error.
    QString value(const char *sql) const;
    /// Every row of @p sql, columns joined by '|', rows by '\n'.
    QString rows(const char *sql) const;
    bool exec(const char *sql);
    /// SQLite's message for the last failure.
    QString error() const;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace quire::test
