#include "SearchPanel.h"

#include "store/Store.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quire {

namespace {
constexpr int PathRole = Qt::UserRole;
constexpr int PageRole = Qt::UserRole + 1;
constexpr int HitLimit = 200;
} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
{
    m_query = new QLineEdit;
    m_query->setPlaceholderText(tr("Search the recognized text…"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search text"));
    setFocusProxy(m_query);
    m_results = new QListWidget;
    m_results->setWordWrap(true);
    m_results->setAccessibleName(tr("Search hits"));
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { activate(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { activate(m_results->row(item)); });
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setStore(Store *store)
{
    m_store = store;
    m_results->clear();
    m_status->clear();
    m_lastQuery.clear();
}

void SearchPanel::refresh()
{
    if (!m_lastQuery.isEmpty())
        search(m_lastQuery);
}

QString SearchPanel::lastQuery() const
{
    return m_lastQuery;
}

int SearchPanel::search(const QString &query)
{
    m_results->clear();
    m_lastQuery = query.trimmed();
    if (query.trimmed().isEmpty()) {
        m_status->clear();
        return 0;
    }
    if (!m_store) {
        m_status->setText(tr("Open a database to search its pages."));
        return 0;
    }
    const QList<SearchHit> hits = m_store->search(query, HitLimit);
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(tr("%1 p%2: …%3…")
                                             .arg(QFileInfo(hit.documentPath).fileName())
                                             .arg(hit.page)
                                             .arg(hit.snippet.simplified()));
        item->setToolTip(hit.documentPath);
        item->setData(PathRole, hit.documentPath);
        item->setData(PageRole, hit.page);
        m_results->addItem(item);
    }
    m_status->setText(hits.isEmpty() ? tr("No page contains \"%1\".").arg(query.trimmed())
                                     : tr("%n page(s) found.", nullptr, int(hits.size())));
    return int(hits.size());
}

QLineEdit *SearchPanel::queryEdit() const
{
    return m_query;
}

QListWidget *SearchPanel::results() const
{
    return m_results;
}

void SearchPanel::activate(int row)
{
    const QListWidgetItem *item = m_results->item(row);
    if (!item)
        return;
    Q_EMIT pageRequested(item->data(PathRole).toString(), item->data(PageRole).toInt(), m_lastQuery);
}

} // namespace quire
