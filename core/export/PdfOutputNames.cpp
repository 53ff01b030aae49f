#include "export/PdfOutputNames.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace quire {

namespace {

QString clean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool isPdfName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

} // namespace

QString PdfOutputNames::commonParent(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    QStringList common = QFileInfo(clean(paths.first())).absolutePath().split(QLatin1Char('/'));
    for (const QString &path : paths) {
        const QStringList parts = QFileInfo(clean(path)).absolutePath().split(QLatin1Char('/'));
        qsizetype same = 0;
        while (same < common.size() && same < parts.size() && common.at(same) == parts.at(same))
            ++same;
        common = common.mid(0, same);
    }
    const QString joined = common.join(QLatin1Char('/'));
    return joined.isEmpty() ? QStringLiteral("/") : joined;
}

PdfOutputNames::PdfOutputNames(const QString &folder, const QStringList &inputs)
{
    QStringList paths;
    for (const QString &input : inputs)
        paths << clean(input);
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    for (const QString &path : std::as_const(paths))
        m_inputs.insert(path);

    const QDir root(commonParent(paths));
    const QDir out(clean(folder));
    QHash<QString, QSet<QString>> taken; // output folder -> names (lower case) given out
    const auto folderOf = [&](const QString &path) {
        return QDir::cleanPath(out.filePath(root.relativeFilePath(QFileInfo(path).absolutePath())));
    };
    // PDFs first: each keeps its own name.
    for (const QString &path : std::as_const(paths)) {
        const QString name = QFileInfo(path).fileName();
        if (!isPdfName(name))
            continue;
        const QString dir = folderOf(path);
        taken[dir].insert(name.toLower());
        m_outputs.insert(path, dir + QLatin1Char('/') + name);
    }
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (isPdfName(info.fileName()))
            continue;
        const QString dir = folderOf(path);
        QSet<QString> &names = taken[dir];
        QString name = info.completeBaseName() + QStringLiteral(".pdf");
        if (info.completeBaseName().isEmpty() || names.contains(name.toLower()))
            name = info.fileName() + QStringLiteral(".pdf");
        const QString stem = name.chopped(4);
        for (int n = 2; names.contains(name.toLower()); ++n)
            name = stem + QLatin1Char('-') + QString::number(n) + QStringLiteral(".pdf");
        names.insert(name.toLower());
        m_outputs.insert(path, dir + QLatin1Char('/') + name);
    }
}

QString PdfOutputNames::outputFor(const QString &input) const
{
    return m_outputs.value(clean(input));
}

bool PdfOutputNames::isInput(const QString &path) const
{
    return m_inputs.contains(clean(path));
}

} // namespace quire
