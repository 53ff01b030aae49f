#include "pipeline/Setting.h"

#include <QCoreApplication>

#include <cmath>

namespace quire {

namespace {

QString translate(const char *text)
{
    return text ? QCoreApplication::translate("quire::Setting", text) : QString();
}

} // namespace

QVariant SettingInfo::toStored(const QVariant &given) const
{
    switch (type) {
    case Type::Integer:
        return qint64(std::llround(given.toDouble() * scale));
    case Type::Real:
        return given.toDouble() * scale;
    default:
        return given;
    }
}

QVariant SettingInfo::toGiven(const QVariant &stored) const
{
    switch (type) {
    case Type::Integer:
        return qint64(std::llround(stored.toDouble() / scale));
    case Type::Real:
        return stored.toDouble() / scale;
    default:
        return stored;
    }
}

QString SettingInfo::labelText() const
{
    return translate(label);
}

QString SettingInfo::helpText() const
{
    return translate(help);
}

QString SettingInfo::unitText() const
{
    return translate(unit);
}

QString SettingInfo::check(const QVariant &given) const
{
    const QString optionName = QStringLiteral("--") + QLatin1String(option ? option : name);
    if (type == Type::Integer || type == Type::Real) {
        bool ok = false;
        const double value = given.toString().toDouble(&ok);
        const bool whole = type == Type::Real || value == std::floor(value);
        if (ok && whole && value >= minimum && value <= maximum)
            return {};
        return QCoreApplication::translate("quire::Setting", "%1 must be a number from %2 to %3, not '%4'.")
            .arg(optionName)
            .arg(minimum)
            .arg(maximum)
            .arg(given.toString());
    }
    if (type == Type::Choice) {
        QStringList values;
        for (const Choice &choice : choices) {
            values << QLatin1String(choice.value);
            if (given.toString().compare(QLatin1String(choice.value), Qt::CaseInsensitive) == 0)
                return {};
        }
        return QCoreApplication::translate("quire::Setting", "%1 must be one of %2, not '%3'.")
            .arg(optionName, values.join(QStringLiteral(", ")), given.toString());
    }
    return {};
}

} // namespace quire
