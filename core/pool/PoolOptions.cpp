#include "pool/PoolOptions.h"

namespace quire {

namespace {

using Info = SettingInfo;
using Type = SettingInfo::Type;
constexpr unsigned kEverywhere = Info::CommandLine | Info::Dialog | Info::Remembered;

Info number(const char *name, const char *option, const char *label, const char *help, const char *unit,
            double minimum, double maximum, double scale = 1)
{
    Info info{name, Type::Integer, kEverywhere, option, label, help, unit};
    info.minimum = minimum;
    info.maximum = maximum;
    info.scale = scale;
    return info;
}

QList<Setting<PoolOptions>> makeCatalogue()
{
    QList<Setting<PoolOptions>> c;
    c.append({{"workers", Type::Integer, Info::Remembered},
              [](const PoolOptions &o) { return o.workers; },
              [](PoolOptions &o, const QVariant &v) { o.workers = qMax(0, v.toInt()); }});
    c.append({number("retries", "retries", QT_TRANSLATE_NOOP("quire::Setting", "&Retries per page:"),
                     QT_TRANSLATE_NOOP("quire::Setting", "How often a page whose worker crashed or hung is tried "
                                                         "again before it is marked failed."),
                     QT_TRANSLATE_NOOP("quire::Setting", "N"), 0, 10),
              [](const PoolOptions &o) { return o.retries; },
              [](PoolOptions &o, const QVariant &v) { o.retries = v.toInt(); }});
    c.append({number("pageTimeoutMs", "page-timeout", QT_TRANSLATE_NOOP("quire::Setting", "Page &timeout:"),
                     QT_TRANSLATE_NOOP("quire::Setting", "Seconds a page may take; a page that takes longer is "
                                                         "abandoned, its worker restarted and the page retried. 0 "
                                                         "scales the time with the page's size."),
                     QT_TRANSLATE_NOOP("quire::Setting", "s"), 0, 86'400, 1000),
              [](const PoolOptions &o) { return o.pageTimeoutMs; },
              [](PoolOptions &o, const QVariant &v) { o.pageTimeoutMs = v.toInt(); }});
    c.append({number("heartbeatTimeoutMs", "heartbeat-timeout",
                     QT_TRANSLATE_NOOP("quire::Setting", "&Heartbeat timeout:"),
                     QT_TRANSLATE_NOOP("quire::Setting", "Seconds a busy worker may stay silent before it is "
                                                         "considered hung and restarted."),
                     QT_TRANSLATE_NOOP("quire::Setting", "s"), 1, 3'600, 1000),
              [](const PoolOptions &o) { return o.heartbeatTimeoutMs; },
              [](PoolOptions &o, const QVariant &v) { o.heartbeatTimeoutMs = v.toInt(); }});
    Info memory = number("maxWorkerResidentKb", "max-worker-memory",
                         QT_TRANSLATE_NOOP("quire::Setting", "Worker &memory limit:"),
                         QT_TRANSLATE_NOOP("quire::Setting", "A worker using more memory than this many MB after a "
                                                             "page is replaced by a fresh one."),
                         QT_TRANSLATE_NOOP("quire::Setting", "MB"), 64, 1'048'576, 1024);
    memory.step = 256;
    c.append({memory, [](const PoolOptions &o) { return o.maxWorkerResidentKb; },
              [](PoolOptions &o, const QVariant &v) { o.maxWorkerResidentKb = v.toLongLong(); }});
    return c;
}

} // namespace

const QList<Setting<PoolOptions>> &PoolOptions::catalogue()
{
    static const QList<Setting<PoolOptions>> catalogue = makeCatalogue();
    return catalogue;
}

} // namespace quire
