#include "TestDocuments.h"

#include <QBuffer>
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

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 4);
}

/// A PDF file from its objects' bodies (object i + 1 is bodies[i]).
QByteArray assemblePdf(const QList<QByteArray> &bodies)
{
    QByteArray out = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + bodies.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(bodies.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(bodies.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray streamObject(const QByteArray &dictionaryEntries, const QByteArray &data)
{
    return "<< " + dictionaryEntries + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data
           + "\nendstream";
}

} // namespace

bool writeImagePdf(const QString &path, const QList<ImagePdfPage> &pages, bool signedField)
{
    // 1 catalog, 2 pages, 3 font, then 3 objects a page (page, contents,
    // image) and, when signed, the field and its value.
    QList<QByteArray> bodies(3);
    QByteArray kids;
    const qsizetype firstPage = 4;
    const qsizetype fieldObject = firstPage + 3 * pages.size();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const ImagePdfPage &spec = pages.at(i);
        const QImage gray = spec.image.convertToFormat(QImage::Format_Grayscale8);
        QByteArray pixels;
        pixels.reserve(qsizetype(gray.width()) * gray.height());
        for (int y = 0; y < gray.height(); ++y)
            pixels.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());
        const qsizetype pageObject = firstPage + 3 * i;
        kids += QByteArray::number(pageObject) + " 0 R ";

        // Sizes in user space units: the image as shown, before /UserUnit.
        const double shownWidth = gray.width() * 72.0 / spec.dpi / spec.userUnit;
        const double shownHeight = gray.height() * 72.0 / spec.dpi / spec.userUnit;
        const bool sideways = spec.rotate == 90 || spec.rotate == 270;
        const double cw = spec.upright && sideways ? shownHeight : shownWidth;
        const double ch = spec.upright && sideways ? shownWidth : shownHeight;
        const double x0 = spec.mediaOrigin.x() + spec.cropInset.left();
        const double y0 = spec.mediaOrigin.y() + spec.cropInset.bottom();
        const double mediaRight = x0 + cw + spec.cropInset.right();
        const double mediaTop = y0 + ch + spec.cropInset.top();

        // The image's unit square onto the CropBox, turned against /Rotate
        // when it is to be shown upright.
        QByteArray cm;
        const int turn = spec.upright ? spec.rotate : 0;
        if (turn == 90)
            cm = "0 " + number(ch) + ' ' + number(-cw) + " 0 " + number(x0 + cw) + ' ' + number(y0);
        else if (turn == 180)
            cm = number(-cw) + " 0 0 " + number(-ch) + ' ' + number(x0 + cw) + ' ' + number(y0 + ch);
        else if (turn == 270)
            cm = "0 " + number(-ch) + ' ' + number(cw) + " 0 " + number(x0) + ' ' + number(y0 + ch);
        else
            cm = number(cw) + " 0 0 " + number(ch) + ' ' + number(x0) + ' ' + number(y0);
        QByteArray content = "q " + cm + " cm /Im0 Do Q\n";
        if (!spec.stamp.isEmpty()) {
            content += "BT /Helv 14 Tf " + number(x0 + 36) + ' ' + number(y0 + ch - 40) + " Td ("
                       + spec.stamp.toLatin1() + ") Tj ET\n";
        }

        QByteArray page = "<< /Type /Page /Parent 2 0 R /MediaBox [" + number(spec.mediaOrigin.x()) + ' '
                          + number(spec.mediaOrigin.y()) + ' ' + number(mediaRight) + ' ' + number(mediaTop)
                          + "] /CropBox [" + number(x0) + ' ' + number(y0) + ' ' + number(x0 + cw) + ' '
                          + number(y0 + ch) + "] /Rotate " + QByteArray::number(spec.rotate);
        if (spec.userUnit != 1.0)
            page += " /UserUnit " + number(spec.userUnit);
        page += " /Resources << /XObject << /Im0 " + QByteArray::number(pageObject + 2) + " 0 R >>";
        if (!spec.stamp.isEmpty())
            page += " /Font << /Helv 3 0 R >>";
        page += " >> /Contents " + QByteArray::number(pageObject + 1) + " 0 R";
        if (signedField && i == 0)
            page += " /Annots [" + QByteArray::number(fieldObject) + " 0 R]";
        page += " >>";
        bodies << page << streamObject({}, content)
               << streamObject("/Type /XObject /Subtype /Image /Width " + QByteArray::number(gray.width())
                                   + " /Height " + QByteArray::number(gray.height())
                                   + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                               qCompress(pixels, 6).mid(4));
    }
    bodies[0] = "<< /Type /Catalog /Pages 2 0 R";
    if (signedField)
        bodies[0] += " /AcroForm << /Fields [" + QByteArray::number(fieldObject) + " 0 R] /SigFlags 3 >>";
    bodies[0] += " >>";
    bodies[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>";
    bodies[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    if (signedField) {
        bodies << "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /F 132 /Rect [0 0 0 0] /P "
                      + QByteArray::number(firstPage) + " 0 R /V " + QByteArray::number(fieldObject + 1) + " 0 R >>"
               << "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 0 0 0]"
                  " /Contents <" + QByteArray(64, '0') + "> /M (D:20240101000000Z) >>";
    }
    return writeBytes(path, assemblePdf(bodies));
}

bool writeOrientedJpeg(const QString &path, const QImage &upright, int orientation, int dpi)
{
    // What the file stores: the upright image turned back.
    QTransform undo;
    switch (orientation) {
    case 3: undo.rotate(180); break;
    case 6: undo.rotate(-90); break;
    case 8: undo.rotate(90); break;
    default: break;
    }
    QImage stored = upright.transformed(undo);
    stored.setDotsPerMeterX(qRound(dpi / 0.0254));
    stored.setDotsPerMeterY(qRound(dpi / 0.0254));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!stored.save(&buffer, "JPEG", 92))
        return false;
    // An APP1 Exif segment with the orientation, after the JFIF segment.
    QByteArray exif = QByteArrayLiteral("Exif\0\0MM\0\x2A\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0");
    exif += char(orientation);
    exif += QByteArray(6, '\0'); // padding of the value, then no next IFD
    QByteArray segment = QByteArrayLiteral("\xFF\xE1");
    segment += char((exif.size() + 2) >> 8);
    segment += char((exif.size() + 2) & 0xFF);
    segment += exif;
    qsizetype at = 2;
    if (jpeg.size() > 6 && uchar(jpeg.at(2)) == 0xFF && uchar(jpeg.at(3)) == 0xE0)
        at = 4 + ((uchar(jpeg.at(4)) << 8) | uchar(jpeg.at(5)));
    jpeg.insert(at, segment);
    return writeBytes(path, jpeg);
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
