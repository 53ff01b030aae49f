#include "FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace quire::dialogs {

namespace {

// The window's strings, under the window's context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(quire::MainWindow)
};

QFileDialog *newDialog(QWidget *parent, const QString &title, const QString &folder = {})
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!folder.isEmpty())
        dialog->setDirectory(folder);
    return dialog;
}

} // namespace

void chooseDocuments(QWidget *parent, const std::function<void(const QStringList &)> &chosen)
{
    QFileDialog *dialog = newDialog(parent, Tr::tr("Add Documents"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({Tr::tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
                            Tr::tr("All files (*)")});
    QObject::connect(dialog, &QFileDialog::filesSelected, parent, chosen);
    dialog->open();
}

void chooseFolder(QWidget *parent, const std::function<void(const QString &)> &chosen)
{
    QFileDialog *dialog = newDialog(parent, Tr::tr("Add a Folder"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

void chooseWatchFolder(QWidget *parent, const std::function<void(const QString &)> &chosen)
{
    QFileDialog *dialog = newDialog(parent, Tr::tr("Watch a Folder"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setLabelText(QFileDialog::Accept, Tr::tr("Watch"));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

void chooseDatabase(QWidget *parent, const QString &folder, const std::function<void(const QString &)> &chosen)
{
    QFileDialog *dialog = newDialog(parent, Tr::tr("Open a Quire Database"), folder);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({Tr::tr("Quire databases (*.sqlite *.db)"), Tr::tr("All files (*)")});
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

void chooseNewDatabase(QWidget *parent, const QString &folder, const std::function<void(const QString &)> &chosen)
{
    QFileDialog *dialog = newDialog(parent, Tr::tr("New Quire Database"), folder);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    dialog->setNameFilters({Tr::tr("Quire databases (*.sqlite)")});
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

} // namespace quire::dialogs
