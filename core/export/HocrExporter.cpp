#include "export/HocrExporter.h"

#include "export/DocumentFiles.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QXmlStreamWriter>

#include <memory>

namespace quire {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(quire::HocrExporter)
};

QString bbox(const QRect &box)
{
    return QStringLiteral("bbox %1 %2 %3 %4")
        .arg(box.x())
        .arg(box.y())
        .arg(box.x() + box.width())
        .arg(box.y() + box.height());
}

// Text from documents may hold characters XML 1.0 cannot carry (controls,
// U+FFFE, lone surrogates); QXmlStreamWriter would drop them and flag an
// error. Each becomes U+FFFD, so the file stays well-formed and shows where
// something was. Markup characters need nothing here: the writer escapes them.
QString xmlText(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < out.size() && out.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const bool allowed = c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff)
                             || (c >= 0xe000 && c <= 0xfffd);
        if (!allowed)
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QRect unite(const WordList &words, qsizetype from, qsizetype to)
{
    QRect box;
    for (qsizetype i = from; i < to; ++i)
        box = box.united(words.at(i).box);
    return box;
}

class HocrSink final : public DocumentSink
{
public:
    void beginDocument(const QString &documentPath, QIODevice *out) override
    {
        m_xml = std::make_unique<QXmlStreamWriter>(out);
        m_xml->setAutoFormatting(true);
        m_xml->setAutoFormattingIndent(1);
        m_xml->writeStartDocument();
        m_xml->writeDTD(QStringLiteral("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                                       "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"));
        m_xml->writeStartElement(QStringLiteral("html"));
        m_xml->writeDefaultNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"));
        m_xml->writeStartElement(QStringLiteral("head"));
        m_xml->writeTextElement(QStringLiteral("title"), xmlText(QFileInfo(documentPath).fileName()));
        writeMeta(QStringLiteral("ocr-system"), QStringLiteral("quire " QUIRE_VERSION));
        writeMeta(QStringLiteral("ocr-capabilities"), QStringLiteral("ocr_page ocr_carea ocr_line ocrx_word"));
        m_xml->writeEndElement(); // head
        m_xml->writeStartElement(QStringLiteral("body"));
        m_documentPath = documentPath;
    }

    void page(const StoredPage &stored, QIODevice *) override
    {
        const PageResult &r = stored.result;
        const WordList &words = r.words;
        const QRect pageBox = r.imageSize.isValid() ? QRect(QPoint(0, 0), r.imageSize)
                                                    : unite(words, 0, words.size()).united(QRect(0, 0, 1, 1));
        QString title = QStringLiteral("image \"%1\"; ").arg(xmlText(m_documentPath).replace(QLatin1Char('"'), QLatin1Char('\'')));
        title += bbox(pageBox) + QStringLiteral("; ppageno %1").arg(r.page - 1);
        if (r.dpi > 0)
            title += QStringLiteral("; scan_res %1 %1").arg(r.dpi);
        m_xml->writeStartElement(QStringLiteral("div"));
        m_xml->writeAttribute(QStringLiteral("class"), QStringLiteral("ocr_page"));
        m_xml->writeAttribute(QStringLiteral("id"), QStringLiteral("page_%1").arg(r.page));
        m_xml->writeAttribute(QStringLiteral("title"), title);

        qsizetype i = 0;
        while (i < words.size()) {
            qsizetype blockEnd = i;
            while (blockEnd < words.size() && words.at(blockEnd).block == words.at(i).block)
                ++blockEnd;
            m_xml->writeStartElement(QStringLiteral("div"));
            m_xml->writeAttribute(QStringLiteral("class"), QStringLiteral("ocr_carea"));
            m_xml->writeAttribute(QStringLiteral("id"), QStringLiteral("block_%1_%2").arg(r.page).arg(++m_blocks));
            m_xml->writeAttribute(QStringLiteral("title"), bbox(unite(words, i, blockEnd)));
            while (i < blockEnd) {
                qsizetype lineEnd = i;
                while (lineEnd < blockEnd && words.at(lineEnd).line == words.at(i).line)
                    ++lineEnd;
                m_xml->writeStartElement(QStringLiteral("span"));
                m_xml->writeAttribute(QStringLiteral("class"), QStringLiteral("ocr_line"));
                m_xml->writeAttribute(QStringLiteral("id"), QStringLiteral("line_%1_%2").arg(r.page).arg(++m_lines));
                m_xml->writeAttribute(QStringLiteral("title"), bbox(unite(words, i, lineEnd)));
                for (; i < lineEnd; ++i) {
                    const Word &word = words.at(i);
                    m_xml->writeStartElement(QStringLiteral("span"));
                    m_xml->writeAttribute(QStringLiteral("class"), QStringLiteral("ocrx_word"));
                    m_xml->writeAttribute(QStringLiteral("id"), QStringLiteral("word_%1_%2").arg(r.page).arg(++m_words));
                    m_xml->writeAttribute(QStringLiteral("title"), bbox(word.box)
                                              + QStringLiteral("; x_wconf %1").arg(qRound(word.confidence)));
                    m_xml->writeCharacters(xmlText(word.displayText()));
                    m_xml->writeEndElement();
                }
                m_xml->writeEndElement(); // ocr_line
            }
            m_xml->writeEndElement(); // ocr_carea
        }
        m_xml->writeEndElement(); // ocr_page
    }

    void endDocument(QIODevice *) override
    {
        m_xml->writeEndElement(); // body
        m_xml->writeEndElement(); // html
        m_xml->writeEndDocument();
        m_xml.reset();
        m_blocks = m_lines = m_words = 0;
    }

private:
    void writeMeta(const QString &name, const QString &content)
    {
        m_xml->writeEmptyElement(QStringLiteral("meta"));
        m_xml->writeAttribute(QStringLiteral("name"), name);
        m_xml->writeAttribute(QStringLiteral("content"), content);
    }

    std::unique_ptr<QXmlStreamWriter> m_xml;
    QString m_documentPath;
    int m_blocks = 0;
    int m_lines = 0;
    int m_words = 0;
};

} // namespace

bool HocrExporter::exportDocuments(Store &store, const QString &folder, QString *error,
                                   const ExportProgress &progress)
{
    HocrSink sink;
    return writeDocumentFiles(store, folder, QStringLiteral(".hocr"), Messages::tr("hOCR"), true, sink, error,
                              progress);
}

} // namespace quire
