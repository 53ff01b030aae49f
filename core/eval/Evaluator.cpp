#include "eval/Evaluator.h"

#include "store/Store.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <vector>

namespace quire {

namespace {

const QLatin1String kGtSuffix(".gt.txt");
const QLatin1String kTextSuffix(".txt");

bool isEdgePunctuation(QChar c)
{
    return c.isPunct() || c.isSymbol();
}

// Splits on whitespace and trims punctuation and symbols from both ends of
// each token; tokens that were only punctuation are dropped.
QStringList words(const QString &text)
{
    QStringList result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        qsizetype end = i;
        while (end < n && !text.at(end).isSpace())
            ++end;
        qsizetype first = i;
        qsizetype last = end;
        while (first < last && isEdgePunctuation(text.at(first)))
            ++first;
        while (last > first && isEdgePunctuation(text.at(last - 1)))
            --last;
        if (last > first)
            result.append(text.mid(first, last - first));
        i = end;
    }
    return result;
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// NAME -> file path for every file under @p dir whose name ends in @p suffix
// (and, for OCR text, not in ".gt.txt"). Sorted paths, so the first of two
// files with one name wins the same way every time.
QMap<QString, QString> scanNamed(const QString &dir, QLatin1String suffix, bool skipGroundTruth)
{
    QStringList paths;
    QDirIterator it(dir, QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString fileName = it.fileName();
        if (!fileName.endsWith(suffix))
            continue;
        if (skipGroundTruth && fileName.endsWith(kGtSuffix))
            continue;
        paths.append(path);
    }
    paths.sort();

    QMap<QString, QString> named;
    for (const QString &path : std::as_const(paths)) {
        const QString fileName = QFileInfo(path).fileName();
        const QString name = fileName.left(fileName.size() - suffix.size());
        if (!name.isEmpty() && !named.contains(name))
            named.insert(name, path);
    }
    return named;
}

QString pageName(const QString &documentPath, int page, int pageCount)
{
    const QString base = QFileInfo(documentPath).completeBaseName();
    if (pageCount <= 1 && page == 1)
        return base;
    return base + QStringLiteral(".p%1").arg(page, 2, 10, QLatin1Char('0'));
}

class ReportBuilder
{
public:
    explicit ReportBuilder(const QString &gtDir) : m_groundTruth(scanNamed(gtDir, kGtSuffix, false)) {}

    // Scores @p ocrText as page @p name once; later pages of the same name
    // (the same file under two paths) are ignored.
    void add(const QString &name, const QString &ocrText)
    {
        const auto gt = m_groundTruth.constFind(name);
        if (gt == m_groundTruth.cend() || m_scored.contains(name))
            return;
        m_scored.insert(name);
        m_report.pages.append(Evaluator::score(name, ocrText, readUtf8(gt.value())));
    }

    EvalReport finish()
    {
        std::sort(m_report.pages.begin(), m_report.pages.end(),
                  [](const EvalScore &a, const EvalScore &b) { return a.name < b.name; });
        m_report.overall.name = QStringLiteral("overall");
        for (const EvalScore &page : std::as_const(m_report.pages)) {
            m_report.overall.gtChars += page.gtChars;
            m_report.overall.editDistance += page.editDistance;
            m_report.overall.gtWords += page.gtWords;
            m_report.overall.matchedWords += page.matchedWords;
        }
        for (auto it = m_groundTruth.cbegin(); it != m_groundTruth.cend(); ++it) {
            if (!m_scored.contains(it.key()))
                m_report.missing.append(it.key());
        }
        return m_report;
    }

private:
    QMap<QString, QString> m_groundTruth;
    QSet<QString> m_scored;
    EvalReport m_report;
};

} // namespace

qint64 Evaluator::levenshtein(const QString &a, const QString &b)
{
    const QList<uint> s = a.toUcs4();
    const QList<uint> t = b.toUcs4();
    if (s.isEmpty())
        return t.size();
    if (t.isEmpty())
        return s.size();

    // One row of the DP table over t; the diagonal is carried in a scalar.
    const qsizetype m = t.size();
    std::vector<int> row(size_t(m) + 1);
    for (qsizetype j = 0; j <= m; ++j)
        row[size_t(j)] = int(j);
    const uint *tData = t.constData();
    int *r = row.data();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const uint c = s.at(i);
        int diagonal = r[0];
        r[0] = int(i) + 1;
        for (qsizetype j = 1; j <= m; ++j) {
            const int above = r[j];
            const int substitution = diagonal + (tData[j - 1] == c ? 0 : 1);
            const int insertion = r[j - 1] + 1;
            const int deletion = above + 1;
            r[j] = std::min({substitution, insertion, deletion});
            diagonal = above;
        }
    }
    return r[m];
}

EvalScore Evaluator::score(const QString &name, const QString &ocrText, const QString &groundTruth)
{
    EvalScore result;
    result.name = name;

    const QString ocr = ocrText.simplified();
    const QString gt = groundTruth.simplified();
    result.gtChars = gt.toUcs4().size();
    result.editDistance = levenshtein(ocr, gt);

    const QStringList gtWords = words(groundTruth);
    QHash<QString, int> available;
    for (const QString &word : words(ocrText))
        ++available[word];
    result.gtWords = gtWords.size();
    for (const QString &word : gtWords) {
        auto it = available.find(word);
        if (it != available.end() && it.value() > 0) {
            --it.value();
            ++result.matchedWords;
        }
    }
    return result;
}

EvalReport Evaluator::evaluateStore(Store &store, const QString &gtDir, bool corrected)
{
    QHash<QString, int> pageCounts;
    for (const DocumentRecord &document : store.documents())
        pageCounts.insert(document.path, document.pageCount);

    // Only pages that were recognized count; a failed page's ground truth is
    // reported as missing.
    ReportBuilder builder(gtDir);
    store.forEachPage([&](const StoredPage &page) {
        if (page.result.page >= 1 && page.result.status == PageStatus::Done)
            builder.add(pageName(page.documentPath, page.result.page, pageCounts.value(page.documentPath)),
                        corrected ? page.correctedText : page.result.text);
        return true;
    });
    return builder.finish();
}

EvalReport Evaluator::evaluateTextDir(const QString &textDir, const QString &gtDir)
{
    ReportBuilder builder(gtDir);
    const QMap<QString, QString> texts = scanNamed(textDir, kTextSuffix, true);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        builder.add(it.key(), readUtf8(it.value()));
    return builder.finish();
}

} // namespace quire
