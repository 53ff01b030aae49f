#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace quire {

/// How a setting appears to people: its kind, its name in the run's JSON and
/// in what the window remembers, its quire-cli option, its label and help,
/// its range. Each setting is described once, in its catalogue
/// (PipelineSettings::catalogue(), PoolOptions::catalogue()); the JSON, the
/// window's stored settings, quire-cli's options and the window's settings
/// widgets are all made from it. Texts are translated in the context
/// "quire::Setting" (QT_TRANSLATE_NOOP in the catalogues).
struct SettingInfo
{
    enum class Type {
        Integer, ///< A whole number in [minimum, maximum] (shown, given and scaled as below).
        Real,    ///< A number in [minimum, maximum].
        Flag,    ///< On or off; the quire-cli option (no value) sets flagValue.
        Text,    ///< Free text.
        Choice,  ///< One of choices (their values).
    };
    /// Where the setting shows, besides the run's JSON.
    enum Place : unsigned {
        NoPlace = 0,
        CommandLine = 1, ///< A quire-cli option of run, bench and submit.
        Panel = 2,       ///< The window's settings panel (changed often).
        Dialog = 4,      ///< The window's settings dialog.
        Remembered = 8,  ///< Kept between the window's sessions.
    };
    struct Choice
    {
        const char *value; ///< As stored and given on the command line ("auto").
        const char *label; ///< As shown in the window (translated).
    };

    SettingInfo(const char *name, Type type, unsigned places, const char *option = nullptr,
                const char *label = nullptr, const char *help = nullptr, const char *unit = nullptr)
        : name(name), type(type), places(places), option(option), label(label), help(help), unit(unit)
    {
    }

    const char *name;        ///< JSON and stored key, e.g. "dpi".
    Type type = Type::Integer;
    unsigned places = NoPlace;
    const char *option = nullptr;    ///< quire-cli option without the dashes, e.g. "dpi".
    const char *label = nullptr;     ///< The window's label, with its mnemonic ("&Resolution:").
    const char *help = nullptr;      ///< One or two sentences: the option's help and the widget's tooltip.
    const char *unit = nullptr;      ///< The value's unit: the option's value name, the widget's suffix ("dpi", "s").
    const char *section = nullptr;   ///< Flags with the same section share one row of the panel ("Cleanup:").
    double minimum = 0;
    double maximum = 0;
    double step = 1;
    /// A value as people give it times this is the value stored (seconds → ms, MB → KB).
    double scale = 1;
    bool flagValue = true;           ///< Flag: what giving the option sets (--no-deskew sets false).
    QList<Choice> choices;

    /// A value in people's units (the option's, the widget's) as stored.
    QVariant toStored(const QVariant &given) const;
    /// A stored value in people's units.
    QVariant toGiven(const QVariant &stored) const;
    /// The translated label, help, unit.
    QString labelText() const;
    QString helpText() const;
    QString unitText() const;
    /// Checks @p given (people's units) against the range or the choices; empty when fine,
    /// else what is wrong in words that name the option.
    QString check(const QVariant &given) const;
};

/// A setting of @p Target: how it appears, and how its value is read and written.
template<typename Target>
struct Setting
{
    SettingInfo info;
    std::function<QVariant(const Target &)> get; ///< The stored value.
    std::function<void(Target &, const QVariant &)> set;
};

} // namespace quire
