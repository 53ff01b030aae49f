#include "export/CsvExporter.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QStringList>

#include <functional>

namespace quire {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(quire::CsvExporter)
};

constexpr qsizetype kWriteChunk = 1 << 20;

QString confidenceField(double confidence)
{
    return confidence < 0 ? QString() : QString::number(confidence, 'f', 2);
}

void appendRow(QByteArray *buffer, const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += CsvExporter::escapeField(fields.at(i));
    }
    line += QLatin1String("\r\n");
    buffer->append(line.toUtf8());
}

using RowWriter = std::function<void(const StoredPage &, QByteArray *)>;

// What a cell of text from a document goes through. Numbers and the
// exporter's own words (kind, status) are never neutralized.
std::function<QString(const QString &)> textCell(CsvCells cells)
{
    if (cells == CsvCells::Raw)
        return [](const QString &field) { return field; };
    return &CsvExporter::neutralizeFormula;
}

// Streams the store's pages through @p writeRows into @p path, atomically:
// the file appears complete or not at all.
bool writeCsv(Store &store, const QString &path, const QString &header, bool withWords,
              const RowWriter &writeRows, QString *error, const ExportProgress &progress)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
    };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(Messages::tr("Could not create the CSV file %1: %2. Check that the folder exists and can "
                              "be written.")
                     .arg(nativePath, file.errorString()));
        return false;
    }

    QByteArray buffer = header.toUtf8() + "\r\n";
    const int total = progress ? store.pageCount() : 0;
    int done = 0;
    bool writeFailed = false;
    auto writeBuffer = [&]() {
        if (file.write(buffer) != buffer.size()) {
            writeFailed = true;
            return false;
        }
        buffer.clear();
        return true;
    };

    const bool read = store.forEachPage(
        [&](const StoredPage &page) {
            writeRows(page, &buffer);
            if (progress)
                progress(++done, total);
            return buffer.size() < kWriteChunk || writeBuffer();
        },
        withWords);

    if (writeFailed || (read && !writeBuffer())) {
        setError(Messages::tr("Could not write the CSV file %1: %2. Check free disk space.")
                     .arg(nativePath, file.errorString()));
        file.cancelWriting();
        return false;
    }
    if (!read) {
        setError(Messages::tr("Could not export to %1 because the results could not be read: %2")
                     .arg(nativePath, store.errorString()));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        setError(Messages::tr("Could not save the CSV file %1: %2. Check free disk space and permissions.")
                     .arg(nativePath, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

QString CsvExporter::neutralizeFormula(const QString &field)
{
    if (field.isEmpty())
        return field;
    switch (field.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + field;
    default:
        return field;
    }
}

QString CsvExporter::escapeField(const QString &field)
{
    bool needsQuotes = false;
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvExporter::exportPages(Store &store, const QString &path, QString *error,
                              const ExportProgress &progress, CsvCells cells)
{
    const auto text = textCell(cells);
    return writeCsv(
        store, path, QStringLiteral("document,page,kind,status,confidence,error,text"), false,
        [text](const StoredPage &page, QByteArray *buffer) {
            const PageResult &r = page.result;
            // Page 0 stands for a document that could not be opened: it has no kind.
            appendRow(buffer, {text(page.documentPath), QString::number(r.page),
                               r.page == 0 ? QString() : toString(r.kind), toString(r.status),
                               confidenceField(r.meanConfidence), text(r.error), text(page.correctedText)});
        },
        error, progress);
}

bool CsvExporter::exportWords(Store &store, const QString &path, QString *error,
                              const ExportProgress &progress, CsvCells cells)
{
    const auto text = textCell(cells);
    return writeCsv(
        store, path, QStringLiteral("document,page,kind,block,line,word,x,y,width,height,dpi,confidence,text,corrected,original"), true,
        // word: the word's index on its page, from 0, in reading order (like block and line).
        [text](const StoredPage &page, QByteArray *buffer) {
            const PageResult &r = page.result;
            const QString documentPath = text(page.documentPath);
            const QString pageNumber = QString::number(r.page);
            const QString kind = toString(r.kind);
            const QString dpi = QString::number(r.dpi);
            for (qsizetype i = 0; i < r.words.size(); ++i) {
                const Word &word = r.words.at(i);
                appendRow(buffer, {documentPath, pageNumber, kind, QString::number(word.block),
                                   QString::number(word.line), QString::number(i), QString::number(word.box.x()),
                                   QString::number(word.box.y()), QString::number(word.box.width()),
                                   QString::number(word.box.height()), dpi, confidenceField(word.confidence),
                                   text(word.displayText()),
                                   word.corrected.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"),
                                   text(word.text)});
            }
        },
        error, progress);
}

} // namespace quire
