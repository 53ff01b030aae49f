#include "TestDocuments.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <jpeglib.h>
#include <tiffio.h>

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

bool writeImagePdf(const QString &path, const PdfImage &image, const QByteArray &content, QSizeF pageSize,
                   int rotate, const PdfImage *softMask)
{
    QList<QByteArray> objects; // object n is objects[n - 1]
    const auto stream = [](const PdfImage &img, const QByteArray &more) {
        QByteArray dict = "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(img.width) + " /Height "
                          + QByteArray::number(img.height) + " /BitsPerComponent "
                          + QByteArray::number(img.bitsPerComponent) + " /ColorSpace " + img.colorSpace + " ";
        if (!img.filter.isEmpty())
            dict += "/Filter " + img.filter + " ";
        dict += img.extra + more + " /Length " + QByteArray::number(img.data.size()) + " >>\nstream\n";
        return dict + img.data + "\nendstream";
    };
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(pageSize.width()) + " "
                   + QByteArray::number(pageSize.height()) + "] /Rotate " + QByteArray::number(rotate)
                   + " /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>";
    objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
    objects << stream(image, softMask ? QByteArray(" /SMask 6 0 R") : QByteArray());
    if (softMask)
        objects << stream(*softMask, {});

    QByteArray pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return writeBytes(path, pdf);
}

QByteArray encodeJpeg(const QImage &image, bool cmyk, int quality)
{
    jpeg_compress_struct info;
    jpeg_error_mgr err;
    info.err = jpeg_std_error(&err);
    jpeg_create_compress(&info);
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    const bool gray = image.format() == QImage::Format_Grayscale8;
    const QImage source = gray ? image : image.convertToFormat(QImage::Format_RGB32);
    info.image_width = JDIMENSION(source.width());
    info.image_height = JDIMENSION(source.height());
    info.input_components = gray ? 1 : cmyk ? 4 : 3;
    info.in_color_space = gray ? JCS_GRAYSCALE : cmyk ? JCS_CMYK : JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    std::vector<unsigned char> row(size_t(source.width()) * size_t(info.input_components));
    while (info.next_scanline < info.image_height) {
        const int y = int(info.next_scanline);
        if (gray) {
            std::memcpy(row.data(), source.constScanLine(y), row.size());
        } else {
            const auto *in = reinterpret_cast<const QRgb *>(source.constScanLine(y));
            for (int x = 0; x < source.width(); ++x) {
                const int r = qRed(in[x]), g = qGreen(in[x]), b = qBlue(in[x]);
                if (cmyk) {
                    // Plain CMYK with black generation, stored inverted (Adobe).
                    const int k = 255 - std::max({r, g, b});
                    const int denominator = 255 - k;
                    const auto ink = [&](int v) { return denominator == 0 ? 0 : (255 - v - k) * 255 / denominator; };
                    unsigned char *p = &row[size_t(x) * 4];
                    p[0] = uchar(255 - ink(r));
                    p[1] = uchar(255 - ink(g));
                    p[2] = uchar(255 - ink(b));
                    p[3] = uchar(255 - k);
                } else {
                    row[size_t(x) * 3] = uchar(r);
                    row[size_t(x) * 3 + 1] = uchar(g);
                    row[size_t(x) * 3 + 2] = uchar(b);
                }
            }
        }
        JSAMPROW pointer = row.data();
        jpeg_write_scanlines(&info, &pointer, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    const QByteArray out(reinterpret_cast<const char *>(buffer), qsizetype(size));
    std::free(buffer);
    return out;
}

QByteArray encodeFlate(const QByteArray &raw)
{
    return qCompress(raw).mid(4); // qCompress puts the length before the zlib stream
}

QByteArray packBits(const QImage &gray, bool darkIsOne)
{
    const qsizetype stride = (gray.width() + 7) / 8;
    QByteArray bits(stride * gray.height(), '\0');
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *in = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if ((in[x] < 128) == darkIsOne)
                bits[y * stride + x / 8] = char(uchar(bits[y * stride + x / 8]) | (0x80 >> (x % 8)));
        }
    }
    return bits;
}

QByteArray encodeG4(const QImage &gray)
{
    QTemporaryDir dir;
    const QByteArray file = QFile::encodeName(dir.filePath(QStringLiteral("g4.tif")));
    TIFF *out = TIFFOpen(file.constData(), "w");
    if (!out)
        return {};
    TIFFSetField(out, TIFFTAG_IMAGEWIDTH, uint32_t(gray.width()));
    TIFFSetField(out, TIFFTAG_IMAGELENGTH, uint32_t(gray.height()));
    TIFFSetField(out, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(out, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(out, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX4);
    TIFFSetField(out, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(out, TIFFTAG_ROWSPERSTRIP, uint32_t(gray.height()));
    const QByteArray bits = packBits(gray, true); // black as 1
    const qsizetype stride = (gray.width() + 7) / 8;
    for (int y = 0; y < gray.height(); ++y)
        TIFFWriteScanline(out, const_cast<char *>(bits.constData() + y * stride), uint32_t(y), 0);
    TIFFClose(out);
    TIFF *in = TIFFOpen(file.constData(), "r");
    if (!in)
        return {};
    const tmsize_t size = TIFFRawStripSize(in, 0);
    QByteArray raw(qsizetype(size), '\0');
    const tmsize_t got = TIFFReadRawStrip(in, 0, raw.data(), size);
    TIFFClose(in);
    return got == size ? raw : QByteArray();
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
