#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace quire {

/// Where the searchable PDF of each input goes. The output folder mirrors
/// the inputs' folders below their common parent, so inputs of the same
/// name in different folders never meet: /scans/a/x.pdf and /scans/b/x.pdf
/// go to DIR/a/x.pdf and DIR/b/x.pdf. A PDF keeps its file name; any other
/// input takes its name without the last extension plus ".pdf" (x.png ->
/// x.pdf); where that name is taken in its folder (by x.pdf, or by x.tif
/// before it in path order), it keeps its whole name instead (x.png.pdf),
/// and "-2", "-3"... follow if even that is taken. Names are compared
/// without regard to case. An output that would be one of the inputs is
/// refused: outputFor() gives it, isInput() says so, and writers skip it.
class PdfOutputNames final
{
public:
    PdfOutputNames() = default;
    /// @p inputs: absolute paths of every document that may be written.
    PdfOutputNames(const QString &folder, const QStringList &inputs);

    /// The output path of @p input (absolute, clean); empty for a path
    /// that was not among the inputs.
    QString outputFor(const QString &input) const;
    /// Whether @p path is one of the inputs (a writer must not touch it).
    bool isInput(const QString &path) const;
    /// The deepest folder holding all of @p paths (absolute, clean).
    static QString commonParent(const QStringList &paths);

private:
    QHash<QString, QString> m_outputs;
    QSet<QString> m_inputs;
};

} // namespace quire
