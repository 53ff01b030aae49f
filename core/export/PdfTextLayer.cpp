#include "export/PdfTextLayer.h"

#include "export/GlyphlessFont.h"
#include "store/Store.h"
#include "store/TextAlignment.h"

#include <QHash>
#include <QImage>

#include <algorithm>
#include <cmath>
#include <vector>

namespace quire {

namespace {

/// The whitespace-separated tokens of @p text.
QStringList tokens(const QString &text)
{
    QStringList out;
    for (const text::Token &token : text::tokenize(text))
        out << token.text;
    return out;
}

/// A number for a content stream: at most @p decimals decimals, no trailing zeros.
void appendNumber(QByteArray &out, double value, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0"
    QByteArray text = QByteArray::number(rounded, 'f', decimals);
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    out += text;
}

/// From the deskewed image back to the image before deskew: the deskew
/// turned the page by -skew about its centre (cv::getRotationMatrix2D's
/// convention, counter-clockwise positive on screen), so this turns it by
/// +skew about the same centre.
QTransform undoSkew(const PageResult &page)
{
    const double radians = page.skewDegrees * M_PI / 180.0;
    const double c = std::cos(radians);
    const double s = std::sin(radians);
    const double cx = page.imageSize.width() / 2.0;
    const double cy = page.imageSize.height() / 2.0;
    return QTransform(c, -s, s, c, cx - c * cx - s * cy, cy + s * cx - c * cy);
}

/// Which way each word runs (see PdfTextLayer::wordsToDraw()).
std::vector<PlacedWord::Direction> textDirections(const WordList &words)
{
    using Direction = PlacedWord::Direction;
    std::vector<Direction> directions(size_t(words.size()), Direction::Across);
    QHash<int, QList<qsizetype>> lines;
    for (qsizetype i = 0; i < words.size(); ++i)
        lines[words.at(i).line].append(i);
    int across = 0;
    int down = 0;
    int up = 0;
    QList<qsizetype> single;
    for (const QList<qsizetype> &line : std::as_const(lines)) {
        if (line.size() < 2) {
            single << line.constFirst();
            continue;
        }
        const QPointF step = QRectF(words.at(line.constLast()).box).center()
                             - QRectF(words.at(line.constFirst()).box).center();
        Direction direction = Direction::Across;
        if (std::abs(step.y()) > 2 * std::abs(step.x()))
            direction = step.y() > 0 ? Direction::Down : Direction::Up;
        ++(direction == Direction::Across ? across : direction == Direction::Down ? down : up);
        for (qsizetype i : line)
            directions[size_t(i)] = direction;
    }
    if (down + up > across) {
        const Direction sideways = up > down ? Direction::Up : Direction::Down;
        for (qsizetype i : std::as_const(single)) {
            const QRect box = words.at(i).box;
            if (box.height() > box.width() && words.at(i).displayText().size() > 1)
                directions[size_t(i)] = sideways;
        }
    }
    return directions;
}

/// Poppler puts a space between two words of a line only where a gap of
/// 3 % of the font size separates them (15 % in pdftotext -raw); boxes that
/// touch or overlap (tight table cells, "Amer\"" next to "Tiwana,") came
/// out as one word. So a word followed too closely on its line ends a
/// little early: a gap of kMinGap of the taller word's height, at most
/// kMaxShrink of its length.
void keepWordsApart(QList<PlacedWord> *words, const QList<int> &lines)
{
    constexpr double kMinGap = 0.2;
    constexpr double kMaxShrink = 0.4;
    for (qsizetype i = 0; i + 1 < words->size(); ++i) {
        PlacedWord &word = (*words)[i];
        const PlacedWord &next = words->at(i + 1);
        if (lines.at(i) != lines.at(i + 1) || word.direction != next.direction)
            continue;
        QRectF &box = word.box;
        const QRectF &after = next.box;
        switch (word.direction) {
        case PlacedWord::Direction::Across: {
            const double gap = kMinGap * std::max(box.height(), after.height());
            const double end = after.left() - gap;
            if (after.left() > box.left() && end < box.right() && end - box.left() >= (1 - kMaxShrink) * box.width())
                box.setRight(end);
            break;
        }
        case PlacedWord::Direction::Down: {
            const double gap = kMinGap * std::max(box.width(), after.width());
            const double end = after.top() - gap;
            if (after.top() > box.top() && end < box.bottom() && end - box.top() >= (1 - kMaxShrink) * box.height())
                box.setBottom(end);
            break;
        }
        case PlacedWord::Direction::Up: {
            const double gap = kMinGap * std::max(box.width(), after.width());
            const double end = after.bottom() + gap;
            if (after.bottom() < box.bottom() && end > box.top() && box.bottom() - end >= (1 - kMaxShrink) * box.height())
                box.setTop(end);
            break;
        }
        }
    }
}

/// The "a b c d e f cm" that maps text space onto the page.
void appendConcat(QByteArray &out, const QTransform &m)
{
    appendNumber(out, m.m11(), 6);
    out += ' ';
    appendNumber(out, m.m12(), 6);
    out += ' ';
    appendNumber(out, m.m21(), 6);
    out += ' ';
    appendNumber(out, m.m22(), 6);
    out += ' ';
    appendNumber(out, m.dx(), 4);
    out += ' ';
    appendNumber(out, m.dy(), 4);
    out += " cm\n";
}

/// A word's font size, horizontal scale (percent) and descent, in text space.
struct WordMetrics
{
    double size;
    double scale;
    double descent;
};

WordMetrics metricsOf(const PlacedWord &word, int codes)
{
    constexpr double kMinHeight = 1.0; // pixels; thinner boxes (a rule, a dot) still get a findable size
    const bool across = word.direction == PlacedWord::Direction::Across;
    // Across: the box's height is the font size, its width the length.
    const double thickness = std::max(kMinHeight, across ? word.box.height() : word.box.width());
    const double length = across ? word.box.width() : word.box.height();
    const double size = std::round(thickness * 10.0) / 10.0;
    const double naturalLength = codes * size * GlyphlessFont::kAdvance / 1000.0;
    const double scale = std::round(1000.0 * length / naturalLength) / 10.0;
    return {size, scale, size * GlyphlessFont::kDescent / 1000.0};
}

/// Tf and Tz, each only where it differs from the word before.
void appendFontChanges(QByteArray &out, const QByteArray &fontResource, const WordMetrics &metrics,
                       double *lastSize, double *lastScale)
{
    if (metrics.size != *lastSize) {
        out += fontResource;
        out += ' ';
        appendNumber(out, metrics.size, 1);
        out += " Tf ";
        *lastSize = metrics.size;
    }
    if (metrics.scale != *lastScale) {
        appendNumber(out, metrics.scale, 1);
        out += " Tz ";
        *lastScale = metrics.scale;
    }
}

} // namespace

QSizeF PdfPageFrame::displayedSize() const
{
    return rotate == 90 || rotate == 270 ? box.size().transposed() : box.size();
}

QTransform PdfPageFrame::displayedToUser() const
{
    const double x0 = box.left();
    const double y0 = box.top(); // the lower edge: QRectF's y grows upwards here
    const double x1 = box.left() + box.width();
    const double y1 = box.top() + box.height();
    // QTransform(m11, m12, m21, m22, dx, dy): x' = m11 x + m21 y + dx, y' = m12 x + m22 y + dy.
    switch (rotate) {
    case 90: // shown turned clockwise: the left edge is on top
        return QTransform(0, 1, 1, 0, x0, y0);
    case 180:
        return QTransform(-1, 0, 0, 1, x1, y0);
    case 270: // the right edge is on top
        return QTransform(0, -1, -1, 0, x1, y1);
    default:
        return QTransform(1, 0, 0, -1, x0, y1);
    }
}

QTransform PdfTextLayer::imageToDisplayed(const PageResult &page, const QSizeF &displayedSize)
{
    if (page.imageSize.isEmpty())
        return {};
    return undoSkew(page) * turnedToDisplayed(page, displayedSize);
}

QTransform PdfTextLayer::turnedToDisplayed(const PageResult &page, const QSizeF &displayedSize)
{
    const QSize clean = page.imageSize;
    if (clean.isEmpty())
        return {};
    // Undo the quarter turn that uprighted the page (Preprocessor::rotateQuarter,
    // which uses QImage::transformed and so this matrix), then scale the page
    // as shown, in pixels, to the displayed size.
    const int quarter = ((page.rotation % 360) + 360) % 360;
    const QSize shown = quarter == 90 || quarter == 270 ? clean.transposed() : clean;
    const QTransform turn = QImage::trueMatrix(QTransform().rotate(quarter), shown.width(), shown.height());
    const QTransform scale = QTransform::fromScale(displayedSize.width() / shown.width(),
                                                   displayedSize.height() / shown.height());
    return turn.inverted() * scale;
}

QList<PlacedWord> PdfTextLayer::wordsToDraw(const StoredPage &page)
{
    QList<PlacedWord> placed;
    const PageResult &result = page.result;
    if (result.kind != PageKind::Ocr || result.status != PageStatus::Done || result.words.isEmpty())
        return placed;

    // The words as shown, token by token (a correction may hold a space).
    QStringList shown;
    QList<qsizetype> owner;
    for (qsizetype w = 0; w < result.words.size(); ++w) {
        const QStringList parts = tokens(result.words.at(w).displayText());
        for (const QString &part : parts) {
            shown << part;
            owner << w;
        }
    }
    const QStringList edited = tokens(page.correctedText.isNull() ? result.text : page.correctedText);

    QList<QStringList> textOf(result.words.size());
    if (shown == edited) {
        for (qsizetype t = 0; t < shown.size(); ++t)
            textOf[owner.at(t)] << shown.at(t);
    } else {
        // A free edit: each edited token goes to the word it stands for;
        // inserted tokens join the word before them (or the first word after).
        // The same alignment as a free edit of the page text in the store.
        const QList<qsizetype> link = text::alignWords(shown, edited);
        std::vector<qsizetype> wordOfToken(size_t(edited.size()), -1);
        bool anyLink = false;
        for (qsizetype t = 0; t < shown.size(); ++t) {
            if (link.at(t) >= 0) {
                wordOfToken[size_t(link.at(t))] = owner.at(t);
                anyLink = true;
            }
        }
        if (!anyLink && !edited.isEmpty()) {
            // Nothing left in common: spread the text over the words in order.
            for (qsizetype j = 0; j < edited.size(); ++j)
                wordOfToken[size_t(j)] = j * result.words.size() / edited.size();
        }
        qsizetype previous = -1;
        for (qsizetype j = 0; j < edited.size(); ++j) {
            if (wordOfToken[size_t(j)] >= 0)
                previous = wordOfToken[size_t(j)];
            else
                wordOfToken[size_t(j)] = previous;
        }
        qsizetype next = -1;
        for (qsizetype j = edited.size() - 1; j >= 0; --j) {
            if (wordOfToken[size_t(j)] >= 0)
                next = wordOfToken[size_t(j)];
            else
                wordOfToken[size_t(j)] = next;
        }
        for (qsizetype j = 0; j < edited.size(); ++j) {
            if (wordOfToken[size_t(j)] >= 0)
                textOf[wordOfToken[size_t(j)]] << edited.at(j);
        }
    }
    const std::vector<PlacedWord::Direction> directions = textDirections(result.words);
    // Level words, centred where the deskew found them.
    const QTransform unskew = undoSkew(result);
    QList<int> lines;
    for (qsizetype w = 0; w < result.words.size(); ++w) {
        const QRectF box(result.words.at(w).box);
        if (textOf.at(w).isEmpty() || box.isEmpty())
            continue;
        QRectF level(QPointF(), box.size());
        level.moveCenter(unskew.map(box.center()));
        placed.append({textOf.at(w).join(QLatin1Char(' ')), level, directions[size_t(w)]});
        lines.append(result.words.at(w).line);
    }
    keepWordsApart(&placed, lines);
    return placed;
}

QByteArray PdfTextLayer::contentStream(const QList<PlacedWord> &words, const QSize &imageSize,
                                       const QTransform &imageToUser, const QByteArray &fontResource,
                                       GlyphlessFont &font)
{
    if (words.isEmpty() || imageSize.isEmpty())
        return {};
    // Text coordinates are image pixels with y up: flip, then map to the page.
    const QTransform m = QTransform(1, 0, 0, -1, 0, imageSize.height()) * imageToUser;
    QByteArray out;
    out.reserve(words.size() * 48 + 96);
    out += "\nq\n";
    appendConcat(out, m);
    out += "BT\n3 Tr 0 Tc 0 Tw 0 Ts\n";

    const double pageHeight = imageSize.height();
    double lastSize = -1;
    double lastScale = -1;
    bool level = true; // the text matrix is unturned, so Td moves work
    double x = 0;
    double y = 0;
    const auto matrix = [&out](const char *turn, double tx, double ty) {
        out += turn;
        appendNumber(out, tx, 1);
        out += ' ';
        appendNumber(out, ty, 1);
        out += " Tm ";
    };
    for (const PlacedWord &word : words) {
        const int codes = GlyphlessFont::codeCount(word.text);
        if (codes == 0 || word.box.width() <= 0 || word.box.height() <= 0)
            continue;
        const WordMetrics metrics = metricsOf(word, codes);
        const double descent = metrics.descent;
        appendFontChanges(out, fontResource, metrics, &lastSize, &lastScale);
        // Text coordinates have y up; the image's y runs down.
        if (word.direction == PlacedWord::Direction::Down) {
            // Baseline along the box's left edge, from its top downwards.
            matrix("0 -1 1 0 ", word.box.left() + descent, pageHeight - word.box.top());
            level = false;
        } else if (word.direction == PlacedWord::Direction::Up) {
            // Baseline along the box's right edge, from its bottom upwards.
            matrix("0 1 -1 0 ", word.box.right() - descent, pageHeight - word.box.bottom());
            level = false;
        } else {
            const double baseX = word.box.left();
            const double baseY = pageHeight - word.box.bottom() + descent;
            if (!level) {
                matrix("1 0 0 1 ", baseX, baseY);
                x = std::round(baseX * 10.0) / 10.0;
                y = std::round(baseY * 10.0) / 10.0;
                level = true;
            } else {
                // Td moves relative to the previous word's start (text
                // space, which neither Tf nor Tz scales); keep what it
                // really moved to, so rounding does not add up.
                appendNumber(out, baseX - x, 1);
                out += ' ';
                appendNumber(out, baseY - y, 1);
                out += " Td ";
                x += std::round((baseX - x) * 10.0) / 10.0;
                y += std::round((baseY - y) * 10.0) / 10.0;
            }
        }
        // A space after each word: Poppler joins words whose boxes (almost)
        // touch unless a space character separates them. It is not stretched
        // into the box and moves nothing: the next word is placed anew.
        out += '<';
        out += font.encode(word.text);
        out += "0020> Tj\n";
    }
    out += "ET\nQ\n";
    return out;
}

} // namespace quire
