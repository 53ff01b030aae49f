#include "ocr/OcrLanguages.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>
#include <iterator>

using namespace Qt::StringLiterals;

namespace quire::ocrlanguages {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(quire::OcrLanguages)
};

/// Codes where Tesseract does not follow ISO 639-2/T, or a script decides.
struct Special
{
    const char16_t *code;
    QLocale::Language language;
    QLocale::Script script;
};

constexpr Special kSpecial[] = {
    {u"chi_sim", QLocale::Chinese, QLocale::SimplifiedHanScript},
    {u"chi_tra", QLocale::Chinese, QLocale::TraditionalHanScript},
    {u"srp_latn", QLocale::Serbian, QLocale::LatinScript},
    {u"srp", QLocale::Serbian, QLocale::CyrillicScript},
    {u"uzb_cyrl", QLocale::Uzbek, QLocale::CyrillicScript},
    {u"uzb", QLocale::Uzbek, QLocale::LatinScript},
    {u"aze_cyrl", QLocale::Azerbaijani, QLocale::CyrillicScript},
    {u"aze", QLocale::Azerbaijani, QLocale::LatinScript},
    // Tesseract has one Norwegian model for both written standards.
    {u"nor", QLocale::NorwegianBokmal, QLocale::AnyScript},
    {u"nor", QLocale::NorwegianNynorsk, QLocale::AnyScript},
    // Tesseract's Kurdish is Kurmanji, in Latin letters.
    {u"kmr", QLocale::Kurdish, QLocale::AnyScript},
};

// `apt-cache search --names-only '^tesseract-ocr-'` on Debian 12, less osd,
// the script-* models and the tesseract-ocr-all metapackage.
constexpr const char16_t *kPackaged[] = {
    u"afr", u"amh", u"ara", u"asm", u"aze", u"aze_cyrl", u"bel", u"ben", u"bod", u"bos", u"bre", u"bul", u"cat",
    u"ceb", u"ces", u"chi_sim", u"chi_sim_vert", u"chi_tra", u"chi_tra_vert", u"chr", u"cos", u"cym", u"dan",
    u"deu", u"div", u"dzo", u"ell", u"eng", u"enm", u"epo", u"est", u"eus", u"fao", u"fas", u"fil", u"fin", u"fra",
    u"frk", u"frm", u"fry", u"gla", u"gle", u"glg", u"grc", u"guj", u"hat", u"heb", u"hin", u"hrv", u"hun", u"hye",
    u"iku", u"ind", u"isl", u"ita", u"ita_old", u"jav", u"jpn", u"jpn_vert", u"kan", u"kat", u"kat_old", u"kaz",
    u"khm", u"kir", u"kmr", u"kor", u"kor_vert", u"lao", u"lat", u"lav", u"lit", u"ltz", u"mal", u"mar", u"mkd",
    u"mlt", u"mon", u"mri", u"msa", u"mya", u"nep", u"nld", u"nor", u"oci", u"ori", u"pan", u"pol", u"por", u"pus",
    u"que", u"ron", u"rus", u"san", u"sin", u"slk", u"slv", u"snd", u"spa", u"spa_old", u"sqi", u"srp", u"srp_latn",
    u"sun", u"swa", u"swe", u"syr", u"tam", u"tat", u"tel", u"tgk", u"tha", u"tir", u"ton", u"tur", u"uig", u"ukr",
    u"urd", u"uzb", u"uzb_cyrl", u"vie", u"yid", u"yor",
};

/// The shortest name a locale of @p language (and @p script) gives its own
/// language: "español", not the "español de España" of es_ES.
QString endonym(QLocale::Language language, QLocale::Script script)
{
    QString best;
    const QList<QLocale> locales = QLocale::matchingLocales(language, script, QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        const QString name = locale.nativeLanguageName();
        if (!name.isEmpty() && (best.isEmpty() || name.size() < best.size()))
            best = name;
    }
    return best;
}

/// Tesseract's historical and special models, which no locale names.
QString specialModelName(const QString &code)
{
    if (code == u"enm")
        return Tr::tr("Middle English");
    if (code == u"frm")
        return Tr::tr("Middle French");
    if (code == u"frk")
        return Tr::tr("German Fraktur");
    if (code == u"grc")
        return Tr::tr("Ancient Greek");
    if (code == u"equ")
        return Tr::tr("Math and equations");
    return {};
}

} // namespace

QString forLocale(const QLocale &locale)
{
    const QLocale::Language language = locale.language();
    if (language == QLocale::C || language == QLocale::AnyLanguage)
        return {};
    for (const Special &special : kSpecial) {
        if (special.language != language)
            continue;
        if (special.script == QLocale::AnyScript || special.script == locale.script())
            return QString::fromUtf16(special.code);
    }
    return QLocale::languageToCode(language, QLocale::ISO639Part2T);
}

QString defaultLanguages(const QLocale &locale, const QStringList &installed)
{
    QStringList chosen;
    for (const QString &code : {forLocale(locale), u"eng"_s}) {
        if (!code.isEmpty() && installed.contains(code) && !chosen.contains(code))
            chosen << code;
    }
    return chosen.isEmpty() ? u"eng"_s : chosen.join(u'+');
}

QString debianPackage(const QString &code)
{
    return u"tesseract-ocr-"_s + code.toLower().replace(u'_', u'-');
}

QStringList packagedLanguages()
{
    QStringList codes;
    codes.reserve(qsizetype(std::size(kPackaged)));
    for (const char16_t *code : kPackaged)
        codes << QString::fromUtf16(code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

namespace {

/// @p code without its _vert or _old suffix, and the variant that suffix names.
QString splitVariant(const QString &code, QString *variant, bool english)
{
    QString base = code;
    if (code.endsWith(u"_vert")) {
        base.chop(5);
        *variant = english ? u"%1, vertical"_s : Tr::tr("%1, vertical");
    } else if (code.endsWith(u"_old")) {
        base.chop(4);
        *variant = english ? u"%1, historical"_s : Tr::tr("%1, historical");
    }
    return base;
}

/// The language and script of a code without suffix.
std::pair<QLocale::Language, QLocale::Script> languageOf(const QString &base)
{
    for (const Special &special : kSpecial) {
        if (base == QStringView(special.code))
            return {special.language, special.script};
    }
    return {QLocale::codeToLanguage(base, QLocale::ISO639Part2), QLocale::AnyScript};
}

} // namespace

QString displayName(const QString &code)
{
    QString variant;
    const QString base = splitVariant(code, &variant, false);
    QString name = specialModelName(base);
    if (name.isEmpty()) {
        const auto [language, script] = languageOf(base);
        if (language != QLocale::AnyLanguage) {
            name = endonym(language, script);
            if (name.isEmpty())
                name = QLocale::languageToString(language);
        }
    }
    if (name.isEmpty())
        return code;
    return variant.isEmpty() ? name : variant.arg(name);
}

QString englishName(const QString &code)
{
    QString variant;
    const QString base = splitVariant(code, &variant, true);
    const auto [language, script] = languageOf(base);
    if (language == QLocale::AnyLanguage)
        return code;
    QString name = QLocale::languageToString(language);
    if (script != QLocale::AnyScript && language != QLocale::NorwegianBokmal)
        name = u"%1, %2"_s.arg(name, QLocale::scriptToString(script));
    return variant.isEmpty() ? name : variant.arg(name);
}

QLocale::Script script(const QString &code)
{
    QString variant;
    const auto [language, script] = languageOf(splitVariant(code, &variant, true));
    if (script != QLocale::AnyScript || language == QLocale::AnyLanguage)
        return script;
    return QLocale(language).script();
}

} // namespace quire::ocrlanguages
