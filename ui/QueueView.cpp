#include "QueueView.h"

#include "QueueModel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace quire {

namespace {

/// Draws the Pages column of the queue as a progress bar with "done / total" on it.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double progress = index.data(QueueModel::ProgressRole).toDouble();
        if (progress < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(std::lround(std::clamp(progress, 0.0, 1.0) * 1000));
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width() + 16, option.fontMetrics.horizontalAdvance(QStringLiteral("0000 / 0000"))));
        return size;
    }
};

} // namespace

QueueView::QueueView(QueueModel *model, QAction *addFiles, QAction *addFolder, QWidget *parent)
    : QStackedWidget(parent)
    , m_model(model)
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("queueView"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setItemDelegateForColumn(QueueModel::PagesColumn, new ProgressDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(QueueModel::DocumentColumn, 190);
    header->resizeSection(QueueModel::PagesColumn, 90);
    header->resizeSection(QueueModel::StatusColumn, 110);
    m_table->setToolTip(tr("Double-click a document, or press Enter, to see its first page"));
    m_table->setAccessibleName(tr("Document queue"));
    m_table->setAccessibleDescription(tr("Every document of the run with its pages done and total, its state and, "
                                         "on failure, the reason. Enter shows the document's first page."));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT documentActivated(index.data(QueueModel::PathRole).toString(), index.row());
    });

    QWidget *hint = buildHint(addFiles, addFolder);
    addWidget(hint);
    addWidget(m_table);
    // The focus goes to what is shown: the queue, or the hint's first button.
    const auto showQueueOrHint = [this, hint] {
        setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
        setFocusProxy(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : hint);
    };
    showQueueOrHint();
    connect(model, &QAbstractItemModel::rowsInserted, this, showQueueOrHint);
    connect(model, &QAbstractItemModel::modelReset, this, showQueueOrHint);
}

QTableView *QueueView::table() const
{
    return m_table;
}

QWidget *QueueView::buildHint(QAction *addFiles, QAction *addFolder)
{
    auto *hint = new QWidget;
    hint->setAccessibleName(tr("Empty queue"));
    auto *layout = new QVBoxLayout(hint);
    auto *label = new QLabel(tr("<p style='font-size:15pt'><b>Drop PDFs, scans or folders here</b></p>"
                                "<p>Every page is read by a pool of workers; the dashboard shows how fast, "
                                "and each page appears below as it finishes.</p>"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto *filesButton = new QPushButton(addFiles->icon(), tr("Add Files…"));
    auto *folderButton = new QPushButton(addFolder->icon(), tr("Add Folder…"));
    connect(filesButton, &QPushButton::clicked, addFiles, &QAction::trigger);
    connect(folderButton, &QPushButton::clicked, addFolder, &QAction::trigger);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(filesButton);
    buttons->addWidget(folderButton);
    buttons->addStretch(1);
    hint->setFocusProxy(filesButton);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return hint;
}

} // namespace quire
