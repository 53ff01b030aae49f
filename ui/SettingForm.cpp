#include "SettingForm.h"

#include "pipeline/PipelineSettings.h"
#include "pool/PoolOptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace quire {

namespace settingwidgets {

QWidget *create(const SettingInfo &info)
{
    QWidget *widget = nullptr;
    // A plain count has "N" as its unit: the command line's name for the value, no suffix for a box.
    const bool count = info.unit && qstrcmp(info.unit, "N") == 0;
    const QString unit = info.unitText().isEmpty() || count ? QString() : QLatin1Char(' ') + info.unitText();
    switch (info.type) {
    case SettingInfo::Type::Integer: {
        auto *box = new QSpinBox;
        box->setRange(int(info.minimum), int(info.maximum));
        box->setSingleStep(int(info.step));
        box->setSuffix(unit);
        widget = box;
        break;
    }
    case SettingInfo::Type::Real: {
        auto *box = new QDoubleSpinBox;
        box->setRange(info.minimum, info.maximum);
        box->setSingleStep(info.step);
        box->setDecimals(0);
        box->setSuffix(unit);
        widget = box;
        break;
    }
    case SettingInfo::Type::Flag:
        widget = new QCheckBox(info.labelText());
        break;
    case SettingInfo::Type::Choice: {
        auto *box = new QComboBox;
        for (const SettingInfo::Choice &choice : info.choices)
            box->addItem(QCoreApplication::translate("quire::Setting", choice.label), QLatin1String(choice.value));
        widget = box;
        break;
    }
    case SettingInfo::Type::Text:
        widget = new QLineEdit;
        break;
    }
    widget->setObjectName(QLatin1String(info.name));
    widget->setToolTip(info.helpText());
    widget->setAccessibleDescription(info.helpText());
    return widget;
}

void setValue(QWidget *widget, const SettingInfo &info, const QVariant &stored)
{
    const QVariant given = info.toGiven(stored);
    if (auto *box = qobject_cast<QSpinBox *>(widget))
        box->setValue(given.toInt());
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(widget))
        real->setValue(given.toDouble());
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        check->setChecked(given.toBool());
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        combo->setCurrentIndex(std::max(0, combo->findData(given.toString())));
    else if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setText(given.toString());
}

QVariant value(const QWidget *widget, const SettingInfo &info)
{
    QVariant given;
    if (const auto *box = qobject_cast<const QSpinBox *>(widget))
        given = box->value();
    else if (const auto *real = qobject_cast<const QDoubleSpinBox *>(widget))
        given = real->value();
    else if (const auto *check = qobject_cast<const QCheckBox *>(widget))
        given = check->isChecked();
    else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        given = combo->currentData();
    else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        given = edit->text();
    return info.toStored(given);
}

void onChanged(QWidget *widget, QObject *context, const std::function<void()> &changed)
{
    if (auto *box = qobject_cast<QSpinBox *>(widget))
        QObject::connect(box, &QSpinBox::valueChanged, context, changed);
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(widget))
        QObject::connect(real, &QDoubleSpinBox::valueChanged, context, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        QObject::connect(check, &QCheckBox::toggled, context, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        QObject::connect(combo, &QComboBox::currentIndexChanged, context, changed);
    else if (auto *edit = qobject_cast<QLineEdit *>(widget))
        QObject::connect(edit, &QLineEdit::textChanged, context, changed);
}

} // namespace settingwidgets

template<typename Target>
SettingForm<Target>::SettingForm(const QList<Setting<Target>> &catalogue, SettingInfo::Place place,
                                 QFormLayout *form, const QHash<QString, QWidget *> &custom)
{
    QHash<QString, QVBoxLayout *> sections;
    for (const Setting<Target> &setting : catalogue) {
        const SettingInfo &info = setting.info;
        if (!(info.places & place))
            continue;
        const QString name = QLatin1String(info.name);
        QWidget *widget = custom.value(name);
        m_fields.append({&setting, widget ? widget : settingwidgets::create(info), widget != nullptr});
        QWidget *field = m_fields.constLast().widget;
        if (info.type == SettingInfo::Type::Flag && info.section) {
            // Flags of one section share a row, one under the other.
            QVBoxLayout *&column = sections[QLatin1String(info.section)];
            if (!column) {
                column = new QVBoxLayout;
                column->setContentsMargins(0, 0, 0, 0);
                column->setSpacing(2);
                form->addRow(QCoreApplication::translate("quire::Setting", info.section), column);
            }
            column->addWidget(field);
            continue;
        }
        if (info.type == SettingInfo::Type::Flag) {
            form->addRow(QString(), field); // the check box says what it is
            continue;
        }
        auto *label = new QLabel(info.labelText());
        label->setBuddy(field);
        form->addRow(label, field);
    }
}

template<typename Target>
void SettingForm<Target>::load(const Target &source)
{
    for (const Field &field : m_fields) {
        if (!field.custom)
            settingwidgets::setValue(field.widget, field.setting->info, field.setting->get(source));
    }
}

template<typename Target>
void SettingForm<Target>::store(Target &target) const
{
    for (const Field &field : m_fields) {
        if (!field.custom)
            field.setting->set(target, settingwidgets::value(field.widget, field.setting->info));
    }
}

template<typename Target>
void SettingForm<Target>::onChanged(QObject *context, const std::function<void()> &changed)
{
    for (const Field &field : m_fields) {
        if (!field.custom)
            settingwidgets::onChanged(field.widget, context, changed);
    }
}

template<typename Target>
void SettingForm<Target>::setEnabled(bool enabled)
{
    for (const Field &field : m_fields)
        field.widget->setEnabled(enabled);
}

template<typename Target>
QWidget *SettingForm<Target>::widget(const char *name) const
{
    for (const Field &field : m_fields) {
        if (qstrcmp(field.setting->info.name, name) == 0)
            return field.widget;
    }
    return nullptr;
}

template class SettingForm<PipelineSettings>;
template class SettingForm<PoolOptions>;

} // namespace quire
