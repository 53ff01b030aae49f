#pragma once

#include "pipeline/Setting.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QFormLayout;
class QWidget;

namespace quire {

/// The widgets of settings described in a catalogue (Setting.h): a spin box
/// for a number (with its unit and range), a check box for a flag (flags of
/// one section share a row), a combo box for a choice, a line edit for text;
/// the label and tooltip come from the catalogue. Adding a setting to a
/// catalogue adds its widget wherever the catalogue places it.
template<typename Target>
class SettingForm final
{
public:
    /// Rows for the settings of @p catalogue placed at @p place, added to @p form.
    /// @p custom gives the widget of a setting itself (by name) when it needs more than the standard one.
    SettingForm(const QList<Setting<Target>> &catalogue, SettingInfo::Place place, QFormLayout *form,
                const QHash<QString, QWidget *> &custom = {});

    void load(const Target &source);
    void store(Target &target) const;
    /// Calls @p changed whenever a standard widget changes.
    void onChanged(QObject *context, const std::function<void()> &changed);
    void setEnabled(bool enabled);
    /// The widget of the setting named @p name (null when not in the form).
    QWidget *widget(const char *name) const;

private:
    struct Field
    {
        const Setting<Target> *setting;
        QWidget *widget;
        bool custom;
    };
    QList<Field> m_fields;
};

/// The standard widget of one setting, and how to put a stored value in and read it out.
namespace settingwidgets {
QWidget *create(const SettingInfo &info);
void setValue(QWidget *widget, const SettingInfo &info, const QVariant &stored);
QVariant value(const QWidget *widget, const SettingInfo &info);
void onChanged(QWidget *widget, QObject *context, const std::function<void()> &changed);
} // namespace settingwidgets

} // namespace quire
