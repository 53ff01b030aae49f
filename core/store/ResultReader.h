#pragma once

// Private to core/store: reading stored pages back, for exports, evaluation
// and the window.

#include <QString>

#include <functional>
#include <optional>

namespace quire {
struct StoredPage;
}

namespace quire::store {

struct Context;

class ResultReader final
{
public:
    explicit ResultReader(Context &context) : m_context(context) {}

    bool forEachPage(const std::function<bool(const StoredPage &)> &callback, bool withWords);
    std::optional<StoredPage> loadPage(const QString &documentPath, int page, bool withWords);
    int pageCount();

private:
    Context &m_context;
};

} // namespace quire::store
