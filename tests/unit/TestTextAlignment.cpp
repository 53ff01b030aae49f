#include "store/TextAlignment.h"

#include <QTest>

using namespace quire;

namespace {

WordList words(const QList<std::pair<QString, QString>> &recognizedAndCorrected, int perLine = 10)
{
    WordList result;
    for (qsizetype i = 0; i < recognizedAndCorrected.size(); ++i) {
        Word word;
        word.text = recognizedAndCorrected.at(i).first;
        word.corrected = recognizedAndCorrected.at(i).second;
        word.line = int(i / perLine);
        result << word;
    }
    return result;
}

} // namespace

using Pairs = QList<std::pair<QString, QString>>;
using Links = QList<qsizetype>;

/// The pure text functions behind corrections, as tables.
class TestTextAlignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyCorrections_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Pairs>("words");
        QTest::addColumn<QString>("expected"); // null: nothing corrected
        QTest::newRow("nothing corrected")
            << QStringLiteral("Tne qnick fox") << Pairs{{u"Tne"_qs, {}}, {u"qnick"_qs, {}}, {u"fox"_qs, {}}}
            << QString();
        QTest::newRow("one word, layout kept")
            << QStringLiteral("Tne  qnick\nfox") << Pairs{{u"Tne"_qs, u"The"_qs}, {u"qnick"_qs, {}}, {u"fox"_qs, {}}}
            << QStringLiteral("The  qnick\nfox");
        QTest::newRow("repeated word: the one in reading order")
            << QStringLiteral("a b a b") << Pairs{{u"a"_qs, {}}, {u"b"_qs, {}}, {u"a"_qs, u"A"_qs}, {u"b"_qs, {}}}
            << QStringLiteral("a b A b");
        QTest::newRow("word not found: rebuilt from the words")
            << QStringLiteral("something else") << Pairs{{u"Tne"_qs, u"The"_qs}, {u"fox"_qs, {}}}
            << QStringLiteral("The fox");
        QTest::newRow("accents and punctuation")
            << QStringLiteral("Grösse, 5%") << Pairs{{u"Grösse,"_qs, u"Größe,"_qs}, {u"5%"_qs, {}}}
            << QStringLiteral("Größe, 5%");
    }

    void applyCorrections()
    {
        QFETCH(QString, text);
        QFETCH(Pairs, words);
        QFETCH(QString, expected);
        const QString result = text::applyCorrections(text, ::words(words));
        QCOMPARE(result.isNull(), expected.isNull());
        QCOMPARE(result, expected);
    }

    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QList<qsizetype>>("starts");
        QTest::newRow("empty") << QString() << QStringList{} << QList<qsizetype>{};
        QTest::newRow("spaces only") << QStringLiteral(" \n\t ") << QStringList{} << QList<qsizetype>{};
        QTest::newRow("words and lines") << QStringLiteral(" one two\n\nthree ")
                                         << QStringList{u"one"_qs, u"two"_qs, u"three"_qs}
                                         << QList<qsizetype>{1, 5, 10};
    }

    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QFETCH(QList<qsizetype>, starts);
        const QList<text::Token> result = text::tokenize(text);
        QStringList texts;
        QList<qsizetype> at;
        for (const text::Token &token : result) {
            texts << token.text;
            at << token.start;
            QCOMPARE(text.mid(token.start, token.length), token.text);
        }
        QCOMPARE(texts, tokens);
        QCOMPARE(at, starts);
    }

    void alignWords_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<Links>("links");
        const auto split = [](const char *text) { return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts); };
        QTest::newRow("unchanged") << split("a b c") << split("a b c") << Links{0, 1, 2};
        QTest::newRow("one word changed") << split("a b c") << split("a x c") << Links{0, 1, 2};
        QTest::newRow("a word inserted") << split("a b c") << split("a new b c") << Links{0, 2, 3};
        QTest::newRow("a word deleted") << split("a b c") << split("a c") << Links{0, -1, 1};
        QTest::newRow("two changed, one inserted: the gap is not paired")
            << split("a b c d") << split("a x y z d") << Links{0, -1, -1, 4};
        QTest::newRow("all new") << split("a b") << split("x y") << Links{0, 1};
        QTest::newRow("everything deleted") << split("a b") << QStringList{} << Links{-1, -1};
        QTest::newRow("from nothing") << QStringList{} << split("a b") << Links{};
        QTest::newRow("repeated words: the common head is kept") << split("a a b a") << split("a b a") << Links{0, -1, 1, 2};
    }

    void alignWords()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(Links, links);
        QCOMPARE(text::alignWords(before, after), links);
    }
};

QTEST_GUILESS_MAIN(TestTextAlignment)
#include "TestTextAlignment.moc"
