#include "TestDocuments.h"

#include <QFile>
#include <QFont>
#include <QPageSize>
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

QImage drawTextImage(const QStringList &lines, const QFont &font, int dpi, double skewDegrees, QSize size)
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
    painter.setFont(font);
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

} // namespace

QImage makeTextImage(const QStringList &lines, int dpi, double skewDegrees, QSize size)
{
    return drawTextImage(lines, pageFont(dpi), dpi, skewDegrees, size);
}

QImage makeTextImageInFont(const QStringList &lines, const QString &fontFamily, int dpi)
{
    QFont font(fontFamily);
    font.setPixelSize(qRound(14.0 * dpi / 72.0));
    return drawTextImage(lines, font, dpi, 0.0, {});
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
