#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace quire {

class Store;

/// Scores of one page or an aggregate.
struct EvalScore
{
    QString name;            ///< Document base name, with ".pNN" for a page of a multi-page PDF.
    qint64 gtChars = 0;      ///< Characters of ground truth (whitespace collapsed).
    qint64 editDistance = 0; ///< Levenshtein distance, OCR text vs ground truth.
    qint64 gtWords = 0;      ///< Words in the ground truth.
    qint64 matchedWords = 0; ///< Ground-truth words found in the OCR text (multiset match).
    double cer() const { return gtChars ? double(editDistance) / double(gtChars) : 0.0; }
    double recall() const { return gtWords ? double(matchedWords) / double(gtWords) : 0.0; }
};

struct EvalReport
{
    QList<EvalScore> pages; ///< Sorted by name.
    EvalScore overall;      ///< Sums over all pages (micro average).
    QStringList missing;    ///< Ground-truth files with no matching OCR page.
};

/// Character error rate and bag-of-words recall against NAME.gt.txt
/// (single-page documents and images) and NAME.pNN.gt.txt (page NN of a
/// multi-page document) files. Whitespace is collapsed before CER; words are
/// compared case-sensitively after trimming surrounding punctuation.
class Evaluator final
{
public:
    static EvalScore score(const QString &name, const QString &ocrText, const QString &groundTruth);

    /// Scores the stored pages of @p store against the ground truth in @p gtDir:
    /// the recognized text, or with @p corrected the text after the person's
    /// review and edits.
    static EvalReport evaluateStore(Store &store, const QString &gtDir, bool corrected = false);

    /// Scores plain text files NAME.txt (or NAME.pNN.txt) in @p textDir, as
    /// written by `tesseract IMAGE NAME`, against @p gtDir: the same metric for
    /// other engines.
    static EvalReport evaluateTextDir(const QString &textDir, const QString &gtDir);

    static qint64 levenshtein(const QString &a, const QString &b);
};

} // namespace quire
