#include "export/GlyphlessFont.h"

#include "ocr/OcrEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace quire {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::GlyphlessFont)
};

constexpr char kFileName[] = "pdf.ttf";
constexpr quint16 kFirstSupplementaryCode = 0xD800;
constexpr int kSupplementaryCodes = 0x800; // D800-DFFF
constexpr quint16 kReplacementCode = 0xFFFD;
constexpr qint64 kMaxFontBytes = 1 << 20;

bool isTrueType(const QByteArray &data)
{
    return data.size() >= 12
           && (data.startsWith(QByteArrayLiteral("\x00\x01\x00\x00")) || data.startsWith("true"));
}

void appendHex(QByteArray &out, quint16 code)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    out.append(digits[(code >> 12) & 0xF]);
    out.append(digits[(code >> 8) & 0xF]);
    out.append(digits[(code >> 4) & 0xF]);
    out.append(digits[code & 0xF]);
}

QByteArray hex4(quint16 code)
{
    QByteArray out;
    appendHex(out, code);
    return out;
}

} // namespace

QStringList GlyphlessFont::candidates(const QString &tessdataPath)
{
    QStringList files;
    const QString overridden = qEnvironmentVariable("QUIRE_GLYPHLESS_FONT");
    if (!overridden.isEmpty())
        files << overridden;
    QStringList folders;
    if (!tessdataPath.isEmpty())
        folders << tessdataPath;
    folders << OcrEngine::defaultDataPath() << u"/usr/share/tesseract-ocr/5/tessdata"_s
            << u"/usr/share/tesseract-ocr/4.00/tessdata"_s << u"/usr/local/share/tessdata"_s
            << u"/usr/share/tessdata"_s;
    for (const QString &folder : std::as_const(folders)) {
        const QString file = QDir(folder).filePath(QString::fromLatin1(kFileName));
        if (!files.contains(file))
            files << file;
    }
    return files;
}

bool GlyphlessFont::load(const QString &tessdataPath, QString *error)
{
    const QStringList files = candidates(tessdataPath);
    for (const QString &candidate : files) {
        QFile file(candidate);
        if (QFileInfo(candidate).size() > kMaxFontBytes || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        if (!isTrueType(data))
            continue;
        m_program = data;
        m_path = candidate;
        return true;
    }
    if (error) {
        *error = Text::tr("The invisible font for the PDF text layer (%1, from the package libtesseract5) was "
                          "not found in %2. Install libtesseract5, or point QUIRE_GLYPHLESS_FONT at a copy of "
                          "pdf.ttf.")
                     .arg(QString::fromLatin1(kFileName),
                          files.join(u", "_s));
    }
    return false;
}

int GlyphlessFont::codeCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QByteArray GlyphlessFont::encode(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
            auto found = m_supplementary.constFind(ucs);
            if (found == m_supplementary.cend()) {
                if (m_supplementary.size() >= kSupplementaryCodes) {
                    appendHex(out, kReplacementCode); // more distinct rare characters than codes left
                    continue;
                }
                found = m_supplementary.insert(ucs, quint16(kFirstSupplementaryCode + m_supplementary.size()));
            }
            appendHex(out, *found);
        } else if (c.isSurrogate()) {
            appendHex(out, kReplacementCode);
        } else {
            appendHex(out, c.unicode());
        }
    }
    return out;
}

QByteArray GlyphlessFont::toUnicodeCMap() const
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // The BMP maps to itself. A bfrange may only count up its last byte
    // (PDF 32000-1, 9.10.3), so it goes in ranges of 256 codes, at most 100
    // ranges a block, leaving out the surrogates.
    QList<quint16> blocks;
    for (int high = 0; high < 256; ++high) {
        if (high < 0xD8 || high > 0xDF)
            blocks.append(quint16(high << 8));
    }
    for (qsizetype start = 0; start < blocks.size(); start += 100) {
        const qsizetype count = std::min<qsizetype>(100, blocks.size() - start);
        cmap += QByteArray::number(count) + " beginbfrange\n";
        for (qsizetype i = start; i < start + count; ++i) {
            const quint16 first = blocks.at(i);
            cmap += '<' + hex4(first) + "> <" + hex4(quint16(first | 0xFF)) + "> <" + hex4(first) + ">\n";
        }
        cmap += "endbfrange\n";
    }
    if (!m_supplementary.isEmpty()) {
        // At most 100 entries per block (PDF 32000-1, 9.10.3).
        QList<std::pair<quint16, char32_t>> entries;
        for (auto it = m_supplementary.cbegin(); it != m_supplementary.cend(); ++it)
            entries.append({it.value(), it.key()});
        std::sort(entries.begin(), entries.end());
        for (qsizetype start = 0; start < entries.size(); start += 100) {
            const qsizetype count = std::min<qsizetype>(100, entries.size() - start);
            cmap += QByteArray::number(count) + " beginbfchar\n";
            for (qsizetype i = start; i < start + count; ++i) {
                const char32_t ucs = entries.at(i).second;
                const QChar high = QChar::highSurrogate(ucs);
                const QChar low = QChar::lowSurrogate(ucs);
                cmap += '<' + hex4(entries.at(i).first) + "> <" + hex4(high.unicode()) + hex4(low.unicode())
                        + ">\n";
            }
            cmap += "endbfchar\n";
        }
    }
    cmap += "endcmap\n"
            "CMapName currentdict /CMap defineresource pop\n"
            "end\n"
            "end\n";
    return cmap;
}

QByteArray GlyphlessFont::cidToGidMap()
{
    QByteArray map(2 * 65536, '\0');
    for (qsizetype i = 1; i < map.size(); i += 2)
        map[i] = 1;
    return map;
}

} // namespace quire
