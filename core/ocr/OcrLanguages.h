#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/// Tesseract language codes as people meet them: the code that reads a
/// locale's language, the Debian package that installs a code, a name to show
/// for it, and the languages a first start should use.
namespace quire::ocrlanguages {

/// The Tesseract code that reads the language of @p locale ("spa" for es_ES,
/// "chi_sim" for zh_CN, "chi_tra" for zh_TW, "deu" for de_AT); empty for the
/// C locale and for languages Tesseract has no code for.
QString forLocale(const QLocale &locale);

/// What a first start uses: the language of @p locale, then English, each
/// only where @p installed has it ("spa+eng" under es_ES with both installed;
/// "eng" under es_ES without Spanish, and under en_US). "eng" when neither is
/// installed, so the error names the missing package.
QString defaultLanguages(const QLocale &locale, const QStringList &installed);

/// The Debian package that installs @p code: "tesseract-ocr-chi-sim" for
/// "chi_sim".
QString debianPackage(const QString &code);

/// The language codes Debian 12 packages as tesseract-ocr-CODE (osd and the
/// script models left out), sorted.
QStringList packagedLanguages();

/// A name for @p code in the language's own words where Qt knows it
/// ("español", "简体中文", "Deutsch"), otherwise in the interface's language
/// ("Middle English"), or the code itself.
QString displayName(const QString &code);

/// The name of @p code in English ("Spanish", "Chinese, vertical"), for
/// where the language's own script cannot be drawn; the code when unknown.
QString englishName(const QString &code);

/// The script @p code is written in (QLocale::AnyScript when unknown).
QLocale::Script script(const QString &code);

} // namespace quire::ocrlanguages
