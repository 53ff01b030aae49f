#pragma once

#include "pipeline/PipelineSettings.h"
#include "pool/Coordinator.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace quire::cli {

/// The options of `quire-cli run`, shared with `bench`, `submit` and `watch`.
struct RunOptions
{
    PipelineSettings settings;
    PoolOptions pool;
    QString database;
    QString exportCsv;
    QString statsCsv;
    QString outputPdf;        ///< run --output-pdf: each document's searchable PDF goes here as it finishes.
    bool breakSignatures = false; ///< run --break-signatures: write signed documents too.
    QStringList inputs;
    QList<int> sweepCounts;   ///< bench: the worker counts to measure.
    bool workersSet = false;  ///< --workers was given.
    QString shardManifest;    ///< run --shard: the manifest of the pages to process.
    QString progressFile;     ///< run --progress: where to keep a JSON progress snapshot.
    QStringList poolArguments; ///< submit: the pool options given (--retries N ...), for the shard runs.
};

enum class RunMode { Run, Bench, Submit, Watch };

/// Parses the command line of run, bench, submit or watch (which take the run's
/// settings); returns an exit code when the command should stop now. A
/// command with options of its own passes @p parser with them added, and
/// reads them from it afterwards.
std::optional<int> parseRunOptions(const QStringList &arguments, RunOptions *options, RunMode mode,
                                   QCommandLineParser *parser = nullptr);

/// Reads a whole number option within [low, high]; prints why not and returns nothing otherwise.
std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int low, int high);

} // namespace quire::cli
