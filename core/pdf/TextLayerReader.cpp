#include "pdf/TextLayerReader.h"

#include <poppler/qt6/poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>
#include <vector>

namespace quire {

namespace {

// coversPage: the page is rendered at this resolution and its dark pixels
// are compared with the word boxes.
constexpr double kCoverageDpi = 50.0;
constexpr double kCoverageMaxPixels = 4'000'000; // giant pages: lower resolution still
constexpr int kInkThreshold = 128;               // darker than this counts as ink
constexpr double kBoxMarginPt = 2.0;             // word boxes grow by this much...
constexpr double kBoxMarginFraction = 0.15;      // ...plus this share of their height
constexpr double kMaxInkOutside = 0.15;          // share of ink allowed outside the boxes
// Straight ink runs at least this long (horizontal, vertical) are rules.
constexpr std::pair<double, double> kRuleLengthInches = {1.0, 0.3};

// usable: share of non-space characters that may be glyph garbage.
constexpr double kMaxGarbageShare = 0.30;
// usable: share of non-space characters that must be letters or digits.
// Fonts without a Unicode map often come out as plausible ASCII
// punctuation ("Phone" as "\"7+%-"), which only this share catches.
constexpr double kMinLetterShare = 0.50;

// Integer pixels of @p box, within what a QRect holds: text on a huge page
// has coordinates no int can take.
QRect toIntRect(const QRectF &box)
{
    if (!std::isfinite(box.x()) || !std::isfinite(box.y()) || !std::isfinite(box.width())
        || !std::isfinite(box.height()))
        return {};
    constexpr double kLimit = 1e9;
    return box.intersected(QRectF(-kLimit, -kLimit, 2 * kLimit, 2 * kLimit)).toAlignedRect();
}

bool isGarbage(QChar c)
{
    if (c == QChar::ReplacementCharacter)
        return true;
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

/// A word made only of leader characters: the dots, rules and dashes of a
/// table of contents or an index ("Introduction . . . . . 1"), set as one
/// word per dot. They are real text, but neither letters nor garbage.
bool isLeader(const QString &word)
{
    static const QString leaderCharacters = QStringLiteral(".\u00B7\u2026\u2022_-\u2010\u2012\u2013\u2014\u2015\u2500");
    return !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return leaderCharacters.contains(c);
    });
}

/// Whether the words are real text rather than glyph garbage from a font
/// without a Unicode map. Leader words count for neither side, so a table of
/// contents or an index made mostly of dot leaders is judged by its entries.
bool isUsableText(const WordList &words)
{
    qsizetype total = 0;
    qsizetype garbage = 0;
    qsizetype letters = 0;
    for (const Word &word : words) {
        const QString &text = word.text;
        if (isLeader(text))
            continue;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isSpace())
                continue;
            ++total;
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                const char32_t ucs = QChar::surrogateToUcs4(c, text.at(i + 1));
                ++i;
                if (QChar::category(ucs) == QChar::Other_PrivateUse)
                    ++garbage;
                else if (QChar::isLetterOrNumber(ucs) || QChar::isMark(ucs))
                    ++letters;
                continue;
            }
            if (isGarbage(c))
                ++garbage;
            else if (c.isLetterOrNumber() || c.isMark()) // marks: Indic vowel signs and the like
                ++letters;
        }
    }
    return total > 0 && double(garbage) <= kMaxGarbageShare * double(total)
        && double(letters) >= kMinLetterShare * double(total);
}

/// One word as it goes into the layer: Poppler boxes that touch with no
/// space between them (a font change inside a word) are merged.
struct PendingWord
{
    QString text;
    QRectF box;
    bool continuesLine = false; ///< Poppler put it on the previous word's line.
};

/// Fonts set "fi", "fl", "ffi"... as one glyph (U+FB00-FB06); people search for the letters.
QString expandLigatures(const QString &text)
{
    const auto isLigature = [](QChar c) { return c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06; };
    if (std::none_of(text.cbegin(), text.cend(), isLigature))
        return text;
    QString expanded;
    for (QChar c : text)
        expanded += isLigature(c) ? QString(c).normalized(QString::NormalizationForm_KC) : QString(c);
    return expanded;
}

std::vector<PendingWord> mergeBoxes(const std::vector<std::unique_ptr<Poppler::TextBox>> &boxes)
{
    std::vector<PendingWord> words;
    const Poppler::TextBox *previous = nullptr;
    for (const auto &box : boxes) {
        const QString text = box->text().trimmed();
        const bool sameLine = previous && previous->nextWord() == box.get();
        if (text.isEmpty()) {
            previous = nullptr; // a blank box breaks any chain through it
            continue;
        }
        if (sameLine && !previous->hasSpaceAfter() && !words.empty()) {
            words.back().text += text;
            words.back().box = words.back().box.united(box->boundingBox());
        } else {
            words.push_back({text, box->boundingBox(), sameLine});
        }
        previous = box.get();
    }
    return words;
}

bool isHorizontal(const PendingWord &word)
{
    return word.text.size() < 2 || word.box.width() >= word.box.height();
}

WordList layoutWords(const std::vector<PendingWord> &pending)
{
    WordList words;
    words.reserve(qsizetype(pending.size()));
    int block = 0;
    int line = 0;
    QRectF lineBox; // union of the current line's boxes
    for (const PendingWord &p : pending) {
        bool newLine = !words.isEmpty() && !p.continuesLine;
        if (!newLine && !words.isEmpty()) {
            // Same Poppler line, but a baseline that moves by more than half
            // a word height is a new line all the same. (Not for text set
            // vertically, where the next word is meant to lie lower.)
            const PendingWord &prev = pending[size_t(words.size() - 1)];
            if (isHorizontal(prev) && isHorizontal(p)) {
                const double height = std::max(prev.box.height(), p.box.height());
                newLine = std::abs(p.box.bottom() - prev.box.bottom()) > 0.5 * height;
            }
        }
        if (newLine) {
            const double lineHeight = std::max(1.0, lineBox.height());
            const double gap = p.box.top() - lineBox.bottom();
            const bool wentUp = p.box.top() < lineBox.top() - 0.5 * lineHeight;
            if (gap > 1.5 * lineHeight || wentUp)
                ++block;
            ++line;
            lineBox = p.box;
        } else {
            lineBox = lineBox.isNull() ? p.box : lineBox.united(p.box);
        }
        Word word;
        word.text = expandLigatures(p.text);
        word.box = toIntRect(p.box);
        word.confidence = 100.0f;
        word.block = block;
        word.line = line;
        words.append(word);
    }
    return words;
}

/// Share of the page's ink that lies outside every word box (grown by a
/// margin), measured on @p gray rendered at @p dpi. Long straight runs
/// of ink (table rules, form lines, frames, solid fills) are not text and
/// are left out of both counts.
double inkOutsideWords(const QImage &rendered, double dpi, const WordList &words)
{
    // Poppler's 32-bit rendering as it is: converting it to gray first costs
    // more than the whole measure.
    const QImage page = rendered.depth() == 32 ? rendered : rendered.convertToFormat(QImage::Format_ARGB32);
    const bool premultiplied = page.format() == QImage::Format_ARGB32_Premultiplied;
    const bool alphaChannel = page.hasAlphaChannel();
    const int w = page.width();
    const int h = page.height();
    const auto at = [w](int x, int y) { return size_t(y) * size_t(w) + size_t(x); };

    enum : uchar { Paper = 0, Ink = 1, Rule = 2 };
    std::vector<uchar> ink(size_t(w) * size_t(h), Paper);
    for (int y = 0; y < h; ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(page.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            // Gray over white paper.
            const QRgb p = row[x];
            const int alpha = alphaChannel ? qAlpha(p) : 255;
            const int gray = premultiplied ? qGray(p) + 255 - alpha : (qGray(p) * alpha + 255 * (255 - alpha)) / 255;
            if (gray < kInkThreshold)
                ink[at(x, y)] = Ink;
        }
    }
    const int longRow = std::max(2, int(std::lround(kRuleLengthInches.first * dpi)));
    const int longColumn = std::max(2, int(std::lround(kRuleLengthInches.second * dpi)));
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w;) {
            int end = x;
            while (end < w && ink[at(end, y)] != Paper)
                ++end;
            if (end - x >= longRow) {
                for (int i = x; i < end; ++i)
                    ink[at(i, y)] = Rule;
            }
            x = end + 1;
        }
    }
    for (int x = 0; x < w; ++x) {
        for (int y = 0; y < h;) {
            int end = y;
            while (end < h && ink[at(x, end)] != Paper)
                ++end;
            if (end - y >= longColumn) {
                for (int i = y; i < end; ++i)
                    ink[at(x, i)] = Rule;
            }
            y = end + 1;
        }
    }

    std::vector<uchar> covered(size_t(w) * size_t(h), 0);
    const double scale = dpi / 72.0;
    for (const Word &word : words) {
        const QRectF box(word.box);
        const double margin = kBoxMarginPt + kBoxMarginFraction * box.height();
        const QRectF grown = box.adjusted(-margin, -margin, margin, margin);
        const int x0 = std::clamp(int(std::floor(grown.left() * scale)), 0, w);
        const int x1 = std::clamp(int(std::ceil(grown.right() * scale)), 0, w);
        const int y0 = std::clamp(int(std::floor(grown.top() * scale)), 0, h);
        const int y1 = std::clamp(int(std::ceil(grown.bottom() * scale)), 0, h);
        for (int y = y0; y < y1 && x0 < x1; ++y)
            std::fill(
                covered.begin() + qsizetype(at(x0, y)), covered.begin() + qsizetype(at(x1, y)), uchar(1));
    }
    qint64 inside = 0;
    qint64 outside = 0;
    for (size_t i = 0; i < ink.size(); ++i) {
        if (ink[i] == Ink)
            ++(covered[i] ? inside : outside);
    }
    const qint64 total = inside + outside;
    return total == 0 ? 0.0 : double(outside) / double(total);
}

} // namespace

TextLayer TextLayerReader::read(Poppler::Page &page)
{
    TextLayer layer;
    layer.pageSize = page.pageSizeF();
    if (!(layer.pageSize.width() >= 1.0 && layer.pageSize.height() >= 1.0))
        return layer;

    // Rotate0 means "as the page is shown": Poppler applies /Rotate itself,
    // so the boxes line up with renderToImage().
    const auto boxes = page.textList();
    layer.words = layoutWords(mergeBoxes(boxes));
    layer.text = joinWords(layer.words);
    layer.usable = isUsableText(layer.words);
    return layer;
}

bool TextLayerReader::coversPage(Poppler::Page &page, const TextLayer &layer)
{
    const double pixelsAtCoverageDpi =
        layer.pageSize.width() * layer.pageSize.height() * std::pow(kCoverageDpi / 72.0, 2);
    const double dpi = kCoverageDpi * std::min(1.0, std::sqrt(kCoverageMaxPixels / pixelsAtCoverageDpi));
    const QImage preview = page.renderToImage(dpi, dpi);
    if (preview.isNull())
        return false;
    return inkOutsideWords(preview, dpi, layer.words) < kMaxInkOutside;
}

} // namespace quire
