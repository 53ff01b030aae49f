#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

/// The window's non-modal file dialogs: each opens, and calls back with what
/// the person chose when they accept (never when they cancel).
namespace quire::dialogs {

void chooseDocuments(QWidget *parent, const std::function<void(const QStringList &)> &chosen);
void chooseFolder(QWidget *parent, const std::function<void(const QString &)> &chosen);
/// A folder to watch.
void chooseWatchFolder(QWidget *parent, const std::function<void(const QString &)> &chosen);
/// An existing database, starting in @p folder.
void chooseDatabase(QWidget *parent, const QString &folder, const std::function<void(const QString &)> &chosen);
/// A name for a new database, starting in @p folder; the dialog asks before replacing a file.
void chooseNewDatabase(QWidget *parent, const QString &folder, const std::function<void(const QString &)> &chosen);

} // namespace quire::dialogs
