#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace quire {

/// The invisible font of a searchable PDF's text layer: Tesseract's
/// glyphless TrueType font (pdf.ttf, 572 bytes, shipped with libtesseract5),
/// whose only glyph is empty, used as a Type0 font with Identity-H encoding.
/// Every character code is drawn with that one glyph, 500/1000 em wide; what
/// the text says travels in the ToUnicode map, so any script can be searched
/// and copied while the file stays small.
///
/// Character codes are two bytes: a character of the Basic Multilingual
/// Plane is its own UTF-16 code; a character beyond it (CJK extensions,
/// historic scripts, emoji) gets a code of the surrogate range D800-DFFF,
/// which no character uses, and the ToUnicode map gives it its real value.
/// One instance serves one output document.
class GlyphlessFont final
{
public:
    /// Advance of every code in thousandths of the font size (the /DW entry).
    static constexpr int kAdvance = 500;
    /// Ascent and descent in thousandths of the font size (FontDescriptor):
    /// a word drawn at size h with its baseline kDescent/1000 h above the
    /// bottom of its box fills the box exactly in text extractors.
    static constexpr int kAscent = 800;
    static constexpr int kDescent = 200;

    GlyphlessFont() = default;

    /// Folders searched for pdf.ttf, in order: $QUIRE_GLYPHLESS_FONT (a file)
    /// first, then @p tessdataPath, the tessdata folder Tesseract uses and the
    /// usual Debian places.
    static QStringList candidates(const QString &tessdataPath = {});
    /// Reads the font; false with a message saying what to install when
    /// no candidate holds a TrueType font.
    bool load(const QString &tessdataPath, QString *error);
    bool isLoaded() const { return !m_program.isEmpty(); }
    /// The TrueType font program (FontFile2).
    QByteArray program() const { return m_program; }
    QString path() const { return m_path; }

    /// The codes of @p text as the body of a PDF hex string (four hex digits
    /// a code). Unpaired surrogates become U+FFFD.
    QByteArray encode(const QString &text);
    /// How many codes encode(@p text) gives.
    static int codeCount(const QString &text);

    /// The ToUnicode CMap for every code handed out so far.
    QByteArray toUnicodeCMap() const;
    /// The CIDToGIDMap stream's data: every CID to glyph 1 (128 KiB; it
    /// compresses to a few hundred bytes).
    static QByteArray cidToGidMap();

private:
    QByteArray m_program;
    QString m_path;
    QHash<char32_t, quint16> m_supplementary; ///< Character beyond the BMP -> its code.
};

} // namespace quire
