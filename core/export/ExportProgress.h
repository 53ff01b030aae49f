#pragma once

#include <functional>

namespace quire {

/// Called by the exporters after each page: pages written so far and the
/// number of pages to write (Store::pageCount()). May be empty.
using ExportProgress = std::function<void(int pagesDone, int pagesTotal)>;

} // namespace quire
