#include "pipeline/InputScanner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace quire {

namespace {

// Messages a person reads, translated under the class they belong to.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::InputScanner)
};

bool extensionClaimsDocument(const QString &path)
{
    static const QStringList suffixes = {
        QStringLiteral("pdf"),
        QStringLiteral("png"),
        QStringLiteral("jpg"),
        QStringLiteral("jpeg"),
        QStringLiteral("tif"),
        QStringLiteral("tiff"),
    };
    return suffixes.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

QString cleanAbsolute(const QFileInfo &info)
{
    return QDir::cleanPath(info.absoluteFilePath());
}

} // namespace

QString InputScanner::hashFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

ScanResult InputScanner::scan(const QStringList &paths)
{
    ScanResult result;
    // Path -> named explicitly. A file named explicitly and also found in a
    // folder counts as named explicitly.
    QMap<QString, bool> candidates;

    for (const QString &given : paths) {
        const QFileInfo info(given);
        if (given.isEmpty() || !info.exists()) {
            result.problems.append(Text::tr("%1 does not exist").arg(QDir::toNativeSeparators(given)));
            continue;
        }
        if (info.isDir()) {
            QDirIterator it(cleanAbsolute(info), QDir::Files | QDir::NoDotAndDotDot,
                QDirIterator::Subdirectories); // no FollowSymlinks
            while (it.hasNext()) {
                it.next();
                const QString path = cleanAbsolute(it.fileInfo());
                if (!candidates.contains(path))
                    candidates.insert(path, false);
            }
        } else if (info.isFile()) {
            candidates.insert(cleanAbsolute(info), true);
        } else {
            result.problems.append(
                Text::tr("%1 is neither a file nor a folder").arg(QDir::toNativeSeparators(given)));
        }
    }

    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        if (std::optional<InputDocument> doc = inspect(it.key(), it.value()))
            result.documents.append(*doc);
        else
            ++result.skipped;
    }
    return result;
}

DocumentRecord InputDocument::record(const QString &settingsKey) const
{
    DocumentRecord record;
    record.path = path;
    record.contentHash = contentHash.isEmpty() ? QStringLiteral("unreadable:") + path : contentHash;
    record.type = type;
    record.size = size;
    record.settingsKey = settingsKey;
    return record;
}

std::optional<InputDocument> InputScanner::inspect(const QString &path, bool named)
{
    const QFileInfo info(path);
    const QString name = info.fileName();

    InputDocument doc;
    doc.path = QDir::cleanPath(info.absoluteFilePath());
    doc.size = info.size();
    QString ioError;
    doc.type = detectDocumentType(path, &ioError);
    if (!ioError.isEmpty())
        doc.error = ioError;
    else if (doc.size == 0)
        doc.error = Text::tr("%1 is empty").arg(name);
    else if (doc.type == DocumentType::Unknown)
        doc.error = Text::tr("%1 is not a PDF or a supported image (PNG, JPEG, TIFF)").arg(name);

    if (doc.type == DocumentType::Unknown && !named && !extensionClaimsDocument(path))
        return std::nullopt;
    if (ioError.isEmpty()) {
        QString hashError;
        doc.contentHash = hashFile(path, &hashError);
        if (doc.contentHash.isEmpty() && doc.error.isEmpty())
            doc.error = hashError;
    }
    return doc;
}

} // namespace quire
