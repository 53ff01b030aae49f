#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace quire {

class Store;

/// Full-text search over the run's pages (corrections applied): a line edit
/// and a list of hits "document p3: …snippet…". Activating a hit asks for
/// the page to be shown.
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;
    Q_DISABLE_COPY_MOVE(SearchPanel)

    void setStore(quire::Store *store);
    /// Runs @p query now and lists the hits; returns how many there are.
    int search(const QString &query);
    /// Runs the last search again (the pages changed); nothing when none ran.
    void refresh();
    QString lastQuery() const;

    QLineEdit *queryEdit() const;
    QListWidget *results() const;

Q_SIGNALS:
    /// A hit was activated: show the page with the words of @p query marked.
    void pageRequested(const QString &documentPath, int page, const QString &query);

private:
    void activate(int row);

    Store *m_store = nullptr;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QString m_lastQuery;
};

} // namespace quire
