// Walks the whole review queue of a run database in the real ReviewWidget,
// pressing keys as a person who knows the ground truth would, and counts the
// presses. For each queued word its page's words are aligned with the page's
// ground truth (word-level edit distance):
//   - the word equals its ground-truth word (or, where the alignment has no
//     partner for it, occurs in the page's ground truth): Enter accepts it;
//   - it aligns with another ground-truth word: that word is typed over it
//     and Enter saves the correction;
//   - it has no partner and is not in the ground truth (noise read as text):
//     Tab skips it; such words are for a free edit of the page.
// Ground truth is NAME.gt.txt (NAME.pNN.gt.txt for page NN of a multi-page
// document), found anywhere under the folder given, as quire-cli eval finds it.
//
// Run: quire-review-walk --db RUN.sqlite --ground-truth DIR [--threshold 80]
//                        [--no-dictionary]
// It changes the database (the corrections are saved): walk a copy.
#include "ReviewWidget.h"
#include "pipeline/PipelineSettings.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace quire;

namespace {

QStringList splitWords(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// For each word of @p ocr, the index of its partner in @p truth (equal or
// substituted) under a minimal word-level edit script, or -1. Not the Store's
// alignWords(): that one links only where it is sure (equal words, gaps of
// equal length), to keep boxes through a page edit; here every misread word
// wants the word a person would type over it. (Tried: with the Store's
// alignment 569 of the 1,575 words find no partner.)
QList<int> alignWords(const QStringList &ocr, const QStringList &truth)
{
    const qsizetype n = ocr.size();
    const qsizetype m = truth.size();
    std::vector<int> cost(size_t((n + 1) * (m + 1)));
    const auto at = [m, &cost](qsizetype i, qsizetype j) -> int & { return cost[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = 0; i <= n; ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int substitute = at(i - 1, j - 1) + (ocr.at(i - 1) == truth.at(j - 1) ? 0 : 1);
            at(i, j) = std::min({substitute, at(i - 1, j) + 1, at(i, j - 1) + 1});
        }
    }
    QList<int> partner(n, -1);
    qsizetype i = n;
    qsizetype j = m;
    while (i > 0 && j > 0) {
        const int substitute = at(i - 1, j - 1) + (ocr.at(i - 1) == truth.at(j - 1) ? 0 : 1);
        if (at(i, j) == substitute) {
            partner[i - 1] = int(j - 1);
            --i;
            --j;
        } else if (at(i, j) == at(i - 1, j) + 1) {
            --i;
        } else {
            --j;
        }
    }
    return partner;
}

// Types @p text into @p editor one key event a character, as a keyboard
// (with a layout for it) would; QTest::keyClicks knows only ASCII keys.
void typeText(QWidget *editor, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(editor, &press);
        QCoreApplication::sendEvent(editor, &release);
    }
}

struct PageTruth
{
    QHash<qint64, QString> partnerOf; ///< Word id → its ground-truth word ("" when none).
    QSet<QString> words;              ///< Every ground-truth word of the page.
};

struct Tally
{
    int accepted = 0;
    int corrected = 0;
    int typedChars = 0;
    int skipped = 0;
    int noTruth = 0;
    int presses = 0;
};

class Walker
{
public:
    Walker(Store *store, const QString &gtDir)
        : m_store(store)
    {
        QDirIterator it(gtDir, {QStringLiteral("*.gt.txt")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            m_gtFiles.insert(it.fileName().chopped(7), path); // "name.gt.txt" → "name"
        }
    }

    const PageTruth *truthFor(const SuspiciousWord &word)
    {
        const QString key = word.documentPath + QLatin1Char('#') + QString::number(word.page);
        if (auto found = m_pages.constFind(key); found != m_pages.cend())
            return found->has_value() ? &found->value() : nullptr;
        std::optional<PageTruth> truth = load(word);
        m_pages.insert(key, truth);
        return m_pages[key].has_value() ? &m_pages[key].value() : nullptr;
    }

private:
    std::optional<PageTruth> load(const SuspiciousWord &word)
    {
        const QString base = QFileInfo(word.documentPath).completeBaseName();
        QString gtPath = m_gtFiles.value(base + QStringLiteral(".p%1").arg(word.page, 2, 10, QLatin1Char('0')));
        if (gtPath.isEmpty() && word.page == 1)
            gtPath = m_gtFiles.value(base);
        QFile file(gtPath);
        if (gtPath.isEmpty() || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QStringList truth = splitWords(QString::fromUtf8(file.readAll()));
        const std::optional<StoredPage> page = m_store->loadPage(word.documentPath, word.page, true);
        if (!page)
            return std::nullopt;
        QStringList ocr;
        for (const Word &w : page->result.words)
            ocr.append(w.displayText());
        const QList<int> partner = alignWords(ocr, truth);
        PageTruth result;
        result.words = QSet<QString>(truth.cbegin(), truth.cend());
        for (qsizetype i = 0; i < ocr.size(); ++i)
            result.partnerOf.insert(page->result.words.at(i).id, partner.at(i) >= 0 ? truth.at(partner.at(i)) : QString());
        return result;
    }

    Store *m_store;
    QHash<QString, QString> m_gtFiles;
    QHash<QString, std::optional<PageTruth>> m_pages;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Walk a run's review queue as a person with the ground truth would "
                                                    "and count the key presses. Saves the corrections: walk a copy."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Run database (changed by the walk)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption gt(QStringLiteral("ground-truth"), QStringLiteral("Folder of *.gt.txt files."),
                                QStringLiteral("DIR"));
    const QCommandLineOption threshold(QStringLiteral("threshold"), QStringLiteral("Review threshold (default 80)."),
                                       QStringLiteral("PERCENT"), QStringLiteral("80"));
    const QCommandLineOption noDictionary(QStringLiteral("no-dictionary"),
                                          QStringLiteral("Queue only weak words, not words outside the dictionary."));
    parser.addOptions({db, gt, threshold, noDictionary});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(gt)) {
        std::fprintf(stderr, "quire-review-walk: --db and --ground-truth are required\n");
        return 1;
    }

    Store store;
    if (!store.open(parser.value(db))) {
        std::fprintf(stderr, "quire-review-walk: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    ReviewWidget review(&store);
    review.resize(1100, 760);
    review.show();
    review.setThreshold(parser.value(threshold).toInt());
    if (parser.isSet(noDictionary)) {
        if (auto *check = review.findChild<QCheckBox *>(QStringLiteral("dictionaryCheck")))
            check->setChecked(false);
    }
    review.reload();
    QLineEdit *editor = review.editor();
    editor->setFocus();

    Walker walker(&store, parser.value(gt));
    Tally tally;
    const int queued = int(review.queue().size());
    const int lowConfidence = store.suspiciousCount({double(review.threshold()), false});
    QSet<qint64> seen;
    QElapsedTimer timer;
    timer.start();
    qint64 slowestStepMs = 0;
    while (const ReviewWidget::Item *item = review.currentItem()) {
        const SuspiciousWord word = item->word;
        if (seen.contains(word.wordId))
            break; // round again: only skipped words are left
        seen.insert(word.wordId);
        QElapsedTimer step;
        step.start();
        const PageTruth *truth = walker.truthFor(word);
        const QString partner = truth ? truth->partnerOf.value(word.wordId) : QString();
        if (!truth) {
            ++tally.noTruth;
            QTest::keyClick(editor, Qt::Key_Return); // nothing to check it against: accept
            ++tally.accepted;
            tally.presses += 1;
        } else if (partner == word.text || (partner.isEmpty() && truth->words.contains(word.text))) {
            QTest::keyClick(editor, Qt::Key_Return);
            ++tally.accepted;
            tally.presses += 1;
        } else if (!partner.isEmpty()) {
            // The word is selected in the editor: typing replaces it.
            typeText(editor, partner);
            QTest::keyClick(editor, Qt::Key_Return);
            ++tally.corrected;
            tally.typedChars += int(partner.size());
            tally.presses += int(partner.size()) + 1;
        } else {
            QTest::keyClick(editor, Qt::Key_Tab);
            ++tally.skipped;
            tally.presses += 1;
        }
        QCoreApplication::processEvents();
        slowestStepMs = std::max(slowestStepMs, step.elapsed());
        if (review.remaining() == 0)
            break;
    }

    std::printf("Review walk of %s (threshold %d%%, %s)\n", qPrintable(parser.value(db)), review.threshold(),
                parser.isSet(noDictionary) ? "weak words only" : "weak words and words outside the dictionary");
    std::printf("  queued words           %6d  (%d below the threshold, %d more outside the dictionary)\n", queued,
                lowConfidence, queued - lowConfidence);
    std::printf("  accepted (Enter)       %6d  (%d without ground truth)\n", tally.accepted, tally.noTruth);
    std::printf("  corrected (type+Enter) %6d  (%d characters typed)\n", tally.corrected, tally.typedChars);
    std::printf("  skipped (Tab), noise   %6d\n", tally.skipped);
    std::printf("  key presses            %6d  (%.2f per queued word)\n", tally.presses,
                queued ? double(tally.presses) / queued : 0.0);
    std::printf("  left in the queue      %6d\n", review.remaining());
    std::printf("  walk time %.1f s, slowest step %lld ms\n", double(timer.elapsed()) / 1000.0, slowestStepMs);
    return 0;
}
