#include "TestDocuments.h"

#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <opencv2/imgcodecs.hpp>

#include <vector>

namespace quire::test {

namespace {

QFont pageFont(int dpi)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(14.0 * dpi / 72.0));
    return font;
}

} // namespace

QImage makeTextImage(const QStringList &lines, int dpi, double skewDegrees, QSize size)
{
    if (size.isEmpty())
        size = QSize(qRound(8.5 * dpi), qRound(11.0 * dpi));
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));

    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::black);
    painter.setFont(pageFont(dpi));
    if (skewDegrees != 0.0) {
        painter.translate(size.width() / 2.0, size.height() / 2.0);
        painter.rotate(-skewDegrees);
        painter.translate(-size.width() / 2.0, -size.height() / 2.0);
    }
    const int margin = dpi; // one inch
    const int lineHeight = qRound(painter.fontMetrics().height() * 1.6);
    int y = margin + painter.fontMetrics().ascent();
    for (const QString &line : lines) {
        painter.drawText(margin, y, line);
        y += lineHeight;
    }
    return image;
}

bool writeTextPdf(const QString &path, const QList<QStringList> &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const int dpi = writer.resolution();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.setFont(pageFont(dpi));
        painter.setPen(Qt::black);
        const int lineHeight = qRound(painter.fontMetrics().height() * 1.6);
        int y = dpi + painter.fontMetrics().ascent();
        for (const QString &line : pages.at(i)) {
            painter.drawText(dpi, y, line);
            y += lineHeight;
        }
    }
    return painter.end();
}

bool writeScannedPdf(const QString &path, const QList<QStringList> &pages, int dpi)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(dpi);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const QImage image = makeTextImage(pages.at(i), dpi);
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()), image);
    }
    return painter.end();
}

QStringList layoutPageLines(LayoutPage page)
{
    switch (page) {
    case LayoutPage::HeaderStampScan:
        return {QStringLiteral("The scanned body of this page is only an image."),
            QStringLiteral("Its text layer holds nothing but the header stamp."),
            QStringLiteral("So the page still needs recognition.")};
    case LayoutPage::VectorText:
        return {QStringLiteral("Outlined words carry no text")};
    default:
        return {};
    }
}

namespace {

/// Dots every @p step points from @p from to @p to on baseline @p y, one drawText each.
void drawLeader(QPainter &painter, double from, double to, double y, double step)
{
    for (double x = from; x + step < to; x += step)
        painter.drawText(QPointF(x, y), QStringLiteral("."));
}

} // namespace

bool writeLayoutPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(72); // painter units are points
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPixelSize(10);
    QFont heading(body);
    heading.setPixelSize(18);
    heading.setBold(true);

    // Table of contents: chapters and sections with dot leaders.
    painter.setFont(heading);
    painter.drawText(QPointF(72, 100), QStringLiteral("Table of Contents"));
    painter.setFont(body);
    double y = 140;
    const QStringList chapters = {QStringLiteral("Introduction"), QStringLiteral("Structure handling"),
        QStringLiteral("Utilities"), QStringLiteral("Function reference"), QStringLiteral("Copying information")};
    int pageNumber = 1;
    for (qsizetype c = 0; c < chapters.size(); ++c) {
        painter.drawText(QPointF(72, y), QStringLiteral("%1  %2").arg(c + 1).arg(chapters.at(c)));
        drawLeader(painter, 72 + painter.fontMetrics().horizontalAdvance(chapters.at(c)) + 30, 520, y, 4.1);
        painter.drawText(QPointF(525, y), QString::number(pageNumber));
        y += 20;
        for (int s = 1; s <= 5; ++s) {
            const QString section = QStringLiteral("%1.%2  Section about topic_%3_%2").arg(c + 1).arg(s).arg(c);
            painter.drawText(QPointF(90, y), section);
            drawLeader(painter, 90 + painter.fontMetrics().horizontalAdvance(section) + 6, 520, y, 4.1);
            painter.drawText(QPointF(525, y), QString::number(pageNumber++));
            y += 15;
        }
        y += 8;
    }

    // Index: two columns of function names, leaders and page numbers.
    writer.newPage();
    painter.setFont(heading);
    painter.drawText(QPointF(72, 100), QStringLiteral("Function and Data Index"));
    for (int column = 0; column < 2; ++column) {
        const double left = column == 0 ? 72 : 320;
        y = 140;
        for (int entry = 0; entry < 36; ++entry) {
            if (entry % 12 == 0) {
                painter.setFont(heading);
                painter.drawText(QPointF(left, y + 4), QString(QChar(u'A' + column * 3 + entry / 12)));
                y += 24;
            }
            painter.setFont(body);
            const QString name = QStringLiteral("asn1_%1_entry%2").arg(column ? QStringLiteral("get") : QStringLiteral("array")).arg(entry);
            painter.drawText(QPointF(left, y), name);
            drawLeader(painter, left + painter.fontMetrics().horizontalAdvance(name) + 4, left + 200, y, 4.1);
            painter.drawText(QPointF(left + 205, y), QString::number(3 + entry % 20));
            y += 14;
        }
    }

    // A ruled table.
    writer.newPage();
    painter.setFont(heading);
    painter.drawText(QPointF(72, 100), QStringLiteral("Error codes"));
    painter.setFont(body);
    y = 130;
    painter.drawRect(QRectF(72, y, 468, 16 * 21));
    for (int row = 0; row < 21; ++row) {
        if (row > 0)
            painter.drawLine(QPointF(72, y + 16 * row), QPointF(540, y + 16 * row));
        const double base = y + 16 * row + 12;
        painter.drawText(QPointF(78, base), row == 0 ? QStringLiteral("Code") : QString::number(row * 17));
        painter.drawText(QPointF(150, base), row == 0 ? QStringLiteral("Name") : QStringLiteral("ASN1_ERROR_%1").arg(row));
        painter.drawText(QPointF(330, base), row == 0 ? QStringLiteral("Meaning") : QStringLiteral("value %1 not valid").arg(row));
    }
    for (double x : {144.0, 324.0})
        painter.drawLine(QPointF(x, y), QPointF(x, y + 16 * 21));

    // Body text with a small picture: dark, textured, but no text in it.
    writer.newPage();
    painter.setFont(body);
    y = 90;
    for (int line = 0; line < 40; ++line) {
        painter.drawText(QPointF(72, y),
            QStringLiteral("Line %1 of body text that describes how the library parses a definition file.").arg(line + 1));
        y += 14;
        if (line == 12) {
            QImage picture(220, 160, QImage::Format_RGB32);
            QRandomGenerator random(7);
            for (int py = 0; py < picture.height(); ++py) {
                for (int px = 0; px < picture.width(); ++px) {
                    const int v = int((px + py) * 0.4) + int(random.bounded(60));
                    picture.setPixel(px, py, qRgb(v / 2, v / 3 + 20, v / 4 + 30));
                }
            }
            painter.drawImage(QRectF(200, y, 220, 160), picture);
            y += 175;
        }
    }

    // A scan with a header stamp in its text layer only.
    writer.newPage();
    const QImage scan = makeTextImage(layoutPageLines(LayoutPage::HeaderStampScan), 200);
    painter.drawImage(QRectF(0, 0, 612, 792), scan);
    painter.setFont(body);
    painter.drawText(QPointF(72, 30), QStringLiteral("Case 4:11-cv-06714 Document 1 Filed 12/30/11 Page 5 of 23"));

    // Words as outlines (no text layer for them) and one real line.
    writer.newPage();
    QFont big(body);
    big.setPixelSize(24);
    QPainterPath outlined;
    outlined.addText(QPointF(72, 200), big, layoutPageLines(LayoutPage::VectorText).constFirst());
    painter.fillPath(outlined, Qt::black);
    painter.setFont(body);
    painter.drawText(QPointF(72, 120), QStringLiteral("Only this line is text."));
    return painter.end();
}

bool writeMultiPageTiff(const QString &path, const QList<QStringList> &pages, int dpi)
{
    std::vector<cv::Mat> mats;
    std::vector<QImage> keep; // the Mats borrow these buffers
    for (const QStringList &lines : pages) {
        keep.push_back(makeTextImage(lines, dpi));
        const QImage &image = keep.back();
        mats.emplace_back(image.height(), image.width(), CV_8UC1,
                          const_cast<uchar *>(image.constBits()), size_t(image.bytesPerLine()));
    }
    const std::vector<int> params = {cv::IMWRITE_TIFF_RESUNIT, 2, cv::IMWRITE_TIFF_XDPI, dpi,
                                     cv::IMWRITE_TIFF_YDPI, dpi};
    return cv::imwritemulti(QFile::encodeName(path).toStdString(), mats, params);
}

bool writePngWithoutResolution(const QString &path, const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat mat(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                      size_t(gray.bytesPerLine()));
    return cv::imwrite(QFile::encodeName(path).toStdString(), mat);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace quire::test
