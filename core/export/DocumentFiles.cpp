#include "export/DocumentFiles.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <memory>

namespace quire {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(quire::DocumentExport)
};

/// @p base + @p suffix, or base-2, base-3... + suffix: the first name not in
/// @p usedNames, which then holds it.
QString freeName(const QString &base, const QString &suffix, QSet<QString> &usedNames)
{
    QString name = base + suffix;
    for (int n = 2; usedNames.contains(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n) + suffix;
    usedNames.insert(name);
    return name;
}

/// The @p format file at @p path for @p document, open for writing; null
/// and why in @p failure when it cannot be created.
std::unique_ptr<QSaveFile> openFile(const QString &path, const QString &format, const QString &document,
                                    QString *failure)
{
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        *failure = Messages::tr("Could not create the %1 file %2 for %3: %4. Check that the folder "
                                "can be written.")
                       .arg(format, QDir::toNativeSeparators(path), QDir::toNativeSeparators(document),
                            file->errorString());
        return nullptr;
    }
    return file;
}

/// Drops the file being written, if any, and says why the export stopped.
void abandon(QSaveFile *file, const QString &message, QString *error)
{
    if (file)
        file->cancelWriting();
    if (error)
        *error = message;
}

} // namespace

bool writeDocumentFiles(Store &store, const QString &folder, const QString &suffix, const QString &format,
                        bool withWords, DocumentSink &sink, QString *error, const ExportProgress &progress)
{
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
    };
    if (!QDir().mkpath(folder)) {
        setError(Messages::tr("Could not create the folder %1 for the %2 files; check that it can be written.")
                     .arg(QDir::toNativeSeparators(folder), format));
        return false;
    }
    const QDir dir(folder);
    const int total = progress ? store.pageCount() : 0;
    int done = 0;

    QSet<QString> usedNames;
    std::unique_ptr<QSaveFile> file;
    QString currentDocument;
    QString failure;

    auto finish = [&]() {
        if (!file)
            return true;
        sink.endDocument(file.get());
        const bool ok = file->commit();
        if (!ok) {
            failure = Messages::tr("Could not write the %1 file %2 for %3: %4. Check free disk space and "
                                   "permissions.")
                          .arg(format, QDir::toNativeSeparators(file->fileName()),
                               QDir::toNativeSeparators(currentDocument), file->errorString());
        }
        file.reset();
        return ok;
    };

    const bool read = store.forEachPage(
        [&](const StoredPage &page) {
            ++done;
            if (page.documentPath != currentDocument || !file) {
                if (!finish())
                    return false;
                currentDocument = page.documentPath;
                if (page.result.page == 0) { // could not be opened: no file
                    if (progress)
                        progress(done, total);
                    return true;
                }
                const QString name = freeName(QFileInfo(page.documentPath).completeBaseName(), suffix, usedNames);
                file = openFile(dir.filePath(name), format, page.documentPath, &failure);
                if (!file)
                    return false;
                sink.beginDocument(page.documentPath, file.get());
            }
            sink.page(page, file.get());
            if (progress)
                progress(done, total);
            return true;
        },
        withWords);

    if (!failure.isEmpty()) {
        abandon(file.get(), failure, error);
        return false;
    }
    if (!read) {
        abandon(file.get(),
                Messages::tr("Could not export the %1 files to %2 because the results could not be read: %3")
                    .arg(format, QDir::toNativeSeparators(folder), store.errorString()),
                error);
        return false;
    }
    if (!finish()) {
        setError(failure);
        return false;
    }
    return true;
}

} // namespace quire
