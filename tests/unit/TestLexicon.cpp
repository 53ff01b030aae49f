#include "store/Lexicon.h"
#include "ocr/UserWordsFile.h"

#include "TestDocuments.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLexicon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryTrimsPunctuationKeepsCase_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QStringLiteral("Quire") << QStringLiteral("Quire") << QStringLiteral("quire");
        QTest::newRow("comma") << QStringLiteral("Quire,") << QStringLiteral("Quire") << QStringLiteral("quire");
        QTest::newRow("quotes") << QStringLiteral("“Zürich”.") << QStringLiteral("Zürich") << QStringLiteral("zürich");
        QTest::newRow("inner kept") << QStringLiteral("(e-mail)") << QStringLiteral("e-mail") << QStringLiteral("e-mail");
        QTest::newRow("digits") << QStringLiteral(" A4 ") << QStringLiteral("A4") << QStringLiteral("a4");
        QTest::newRow("nothing") << QStringLiteral("--") << QString() << QString();
    }

    void entryTrimsPunctuationKeepsCase()
    {
        QFETCH(QString, word);
        QFETCH(QString, entry);
        QFETCH(QString, key);
        QCOMPARE(lexicon::entry(word), entry);
        QCOMPARE(lexicon::key(word), key);
    }

    void personalListIsUnderTheDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = lexicon::personalListPath();
        QVERIFY2(path.endsWith(QLatin1String("/quire/words.txt")), qPrintable(path));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    }

    void readSkipsCommentsAndBlankLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("words.txt"));
        QVERIFY(test::writeBytes(path, "# my words\n\nQuirelex\n  Zorbitane,  \r\n--\n"));
        QStringList words;
        QString error;
        QVERIFY(lexicon::readFile(path, &words, &error));
        QCOMPARE(words, (QStringList{QStringLiteral("Quirelex"), QStringLiteral("Zorbitane")}));

        // Missing: an empty list, no error.
        QVERIFY(lexicon::readFile(dir.filePath(QStringLiteral("none.txt")), &words, &error));
        QVERIFY(words.isEmpty());
        QVERIFY(lexicon::readFile(QString(), &words, &error));
        QVERIFY(words.isEmpty());
    }

    void unreadableFileIsAnErrorNamingIt()
    {
        QTemporaryDir dir;
        // A folder where the file should be cannot be read as a word list.
        const QString path = dir.filePath(QStringLiteral("words.txt"));
        QVERIFY(QDir().mkpath(path));
        QStringList words;
        QString error;
        QVERIFY(!lexicon::readFile(path, &words, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!lexicon::appendToFile(path, QStringLiteral("word"), &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    }

    void appendCreatesAddsOnceAndMendsTheLastLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/words.txt"));
        QString error;
        QVERIFY2(lexicon::appendToFile(path, QStringLiteral("Quirelex,"), &error), qPrintable(error));
        QVERIFY(lexicon::appendToFile(path, QStringLiteral("Quirelex"), &error)); // already there
        QCOMPARE(readAll(path), QByteArray("Quirelex\n"));

        // Edited by hand, without a final newline.
        QVERIFY(test::writeBytes(path, "Quirelex\nZorbitane"));
        QVERIFY(lexicon::appendToFile(path, QStringLiteral("Brünnhilde"), &error));
        QCOMPARE(QString::fromUtf8(readAll(path)), QStringLiteral("Quirelex\nZorbitane\nBrünnhilde\n"));

        QVERIFY(!lexicon::appendToFile(path, QStringLiteral("..."), &error));
        QVERIFY2(error.contains(QLatin1String("...")), qPrintable(error));
    }

    void tesseractFileHasEveryCaseOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tess.txt"));
        QString error;
        QVERIFY2(writeUserWordsFile({QStringLiteral("quirelex"), QStringLiteral("McAdam,"),
                                              QStringLiteral("Quirelex")},
                                             path, &error),
                 qPrintable(error));
        QCOMPARE(QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("quirelex"), QStringLiteral("Quirelex"), QStringLiteral("QUIRELEX"),
                              QStringLiteral("McAdam"), QStringLiteral("mcadam"), QStringLiteral("Mcadam"),
                              QStringLiteral("MCADAM")}));
    }
};

QTEST_GUILESS_MAIN(TestLexicon)
#include "TestLexicon.moc"
