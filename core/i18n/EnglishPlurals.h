#pragma once

#include <QTranslator>

namespace quire {

/// Source strings are English with "(s)" where a count decides the plural
/// ("%n page(s)"), so that translators get numerus forms. Without a
/// translation Qt would show "1 page(s)"; this translator, installed before
/// any real one (those installed later win), turns "(s)" into "" or "s" by
/// the count and leaves every other string to the next translator.
class EnglishPlurals final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override;
};

} // namespace quire
