#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace quire::test {

/// A seeded mutator for fuzz tests: turns a well-formed file (PDF, PNG,
/// JPEG, TIFF) or protocol frame into a hostile one the way damaged and
/// crafted files are hostile: bit flips, truncation, tampered numbers and
/// sizes (absurd page counts, lengths, image dimensions, page boxes),
/// page-tree loops, chunks moved, duplicated or dropped. The same seed and
/// input always give the same output, so a failing case can be replayed.
class Mutator final
{
public:
    explicit Mutator(quint64 seed);

    /// Applies 1 to @p maxSteps mutations chosen to suit the format of
    /// @p input; describe() says which. The result never grows past
    /// @p maxSize bytes.
    QByteArray mutate(const QByteArray &input, int maxSteps = 3, qsizetype maxSize = 8 << 20);

    /// The mutations of the last mutate() call, e.g. "flip@1234; count=2147483647".
    QString describe() const;

    /// Random bytes, @p size of them.
    QByteArray randomBytes(qsizetype size);

    /// Uniform in [0, bound).
    quint32 bounded(quint32 bound);
    qint64 bounded64(qint64 bound);

    /// A number that tends to break size arithmetic (0, -1, 2^31, 2^32-1...),
    /// or one near @p original.
    qint64 interestingNumber(qint64 original);

private:
    void flipBits(QByteArray &data);
    void overwrite(QByteArray &data);
    void truncate(QByteArray &data);
    void tamperDecimal(QByteArray &data);
    void tamperBinary(QByteArray &data);
    void moveChunk(QByteArray &data);
    void duplicateChunk(QByteArray &data, qsizetype maxSize);
    void dropChunk(QByteArray &data);
    void insertRandom(QByteArray &data, qsizetype maxSize);
    void tamperPdf(QByteArray &data);
    void tamperPng(QByteArray &data);
    void tamperJpeg(QByteArray &data);
    void tamperTiff(QByteArray &data);

    qsizetype position(qsizetype size); ///< Biased towards the head, where headers live.
    void note(const QString &step);

    QRandomGenerator m_random;
    QStringList m_steps;
};

} // namespace quire::test
