// Times each stage of the page cleanup (Preprocessor) on a 300-dpi Letter
// page, on the CPU or through OpenCL:
//
//   quire-bench-preprocess --opencl on|off [Google Benchmark options]
//
// The OpenCL mode is chosen once per process before any other OpenCV call, so
// one run times one mode; `cmake --build BUILD --target bench-preprocess`
// (preprocess-bench.sh) runs both and prints them side by side.
//
// Every stage goes through Preprocessor's public QImage API, so each timing
// includes copying the page in and the result out (what a page costs in the
// pipeline as well); "round trip" times that copy alone. The result is
// downloaded inside the timed loop, so the OpenCL queue is drained when an
// iteration ends; cv::ocl::finish() makes sure of it.

#include "imaging/OpenClMode.h"
#include "imaging/Preprocessor.h"

#include "TestDocuments.h"

#include <QGuiApplication>
#include <QStringList>

#include <benchmark/benchmark.h>
#include <opencv2/core/ocl.hpp>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace quire;

namespace {

constexpr double kSkew = 1.5;       // degrees the test page leans counter-clockwise
constexpr double kMaxSkew = 10.0;   // PreprocessOptions' default search range
constexpr double kMinSeconds = 0.5; // per benchmark; both modes finish well within a minute

const QImage &page()
{
    static const QImage image = [] {
        const QStringList sentences = {
            u"The quick brown fox jumps over the lazy dog."_s,
            u"Pack my box with five dozen liquor jugs, said the clerk."_s,
            u"Sphinx of black quartz, judge my vow; 0123456789."_s,
            u"How vexingly quick daft zebras jump across the field."_s,
            u"Waltz, bad nymph, for quick jigs vex the morning crowd."_s,
            u"Jackdaws love my big sphinx of quartz in the garden."_s,
        };
        // A full page of text: about 24 lines of 14 pt fit between the margins.
        QStringList lines;
        for (int i = 0; i < 24; ++i)
            lines << sentences.at(i % sentences.size()) + u' '
                         + sentences.at((i + 1) % sentences.size());
        return test::makeTextImage(lines, 300, kSkew);
    }();
    return image;
}

// Drains the OpenCL queue, so no kernel of this iteration runs on into the next.
void finishOpenCl()
{
    if (cv::ocl::useOpenCL())
        cv::ocl::finish();
}

PreprocessOptions claheAndBinarize()
{
    PreprocessOptions options;
    options.clahe = true;
    options.binarize = true;
    return options;
}

PreprocessOptions copyOnly()
{
    PreprocessOptions options;
    options.deskew = false; // nothing left but upload, min/max and download
    return options;
}

void BM_RoundTrip(benchmark::State &state)
{
    for (auto _ : state) {
        PreprocessResult result = Preprocessor::process(page(), copyOnly());
        benchmark::DoNotOptimize(result.image.constBits());
        finishOpenCl();
    }
}

void BM_Clahe(benchmark::State &state)
{
    for (auto _ : state) {
        QImage out = Preprocessor::clahe(page());
        benchmark::DoNotOptimize(out.constBits());
        finishOpenCl();
    }
}

void BM_Otsu(benchmark::State &state)
{
    for (auto _ : state) {
        QImage out = Preprocessor::otsu(page());
        benchmark::DoNotOptimize(out.constBits());
        finishOpenCl();
    }
}

void BM_EstimateSkew(benchmark::State &state)
{
    for (auto _ : state) {
        double angle = Preprocessor::estimateSkew(page(), kMaxSkew);
        benchmark::DoNotOptimize(angle);
        finishOpenCl();
    }
}

void BM_Rotate(benchmark::State &state)
{
    for (auto _ : state) {
        QImage out = Preprocessor::rotate(page(), -kSkew);
        benchmark::DoNotOptimize(out.constBits());
        finishOpenCl();
    }
}

void BM_ProcessDefault(benchmark::State &state)
{
    for (auto _ : state) {
        PreprocessResult result = Preprocessor::process(page(), PreprocessOptions());
        benchmark::DoNotOptimize(result.image.constBits());
        finishOpenCl();
    }
}

void BM_ProcessClaheBinarize(benchmark::State &state)
{
    for (auto _ : state) {
        PreprocessResult result = Preprocessor::process(page(), claheAndBinarize());
        benchmark::DoNotOptimize(result.image.constBits());
        finishOpenCl();
    }
}

// Runs every stage once, untimed: compiles the OpenCL kernels (Google
// Benchmark 1.7 would otherwise count a slow first iteration) and checks that
// each stage does its work, so no benchmark times a failure.
bool warmUpAndCheck()
{
    const QImage &in = page();
    bool ok = true;
    auto check = [&ok](bool good, const char *what) {
        if (!good) {
            std::fprintf(stderr, "quire-bench-preprocess: %s\n", what);
            ok = false;
        }
    };
    check(!in.isNull(), "could not draw the test page (out of memory?)");
    check(!Preprocessor::process(in, copyOnly()).image.isNull(), "the round trip failed");
    check(!Preprocessor::clahe(in).isNull(), "CLAHE failed");
    check(!Preprocessor::otsu(in).isNull(), "Otsu failed");
    const double angle = Preprocessor::estimateSkew(in, kMaxSkew);
    check(std::abs(angle - kSkew) <= 0.3, "the skew of the test page was not found");
    check(!Preprocessor::rotate(in, -kSkew).isNull(), "the rotation failed");
    const PreprocessResult standard = Preprocessor::process(in, PreprocessOptions());
    check(standard.error.isEmpty() && std::abs(standard.skewDegrees - kSkew) <= 0.3,
          "the default cleanup failed or did not deskew");
    check(Preprocessor::process(in, claheAndBinarize()).error.isEmpty(),
          "the cleanup with CLAHE and binarization failed");
    finishOpenCl();
    return ok;
}

void registerBenchmarks()
{
    struct Stage
    {
        const char *name;
        void (*function)(benchmark::State &);
    };
    const Stage stages[] = {
        {"round trip", BM_RoundTrip},
        {"CLAHE", BM_Clahe},
        {"Otsu", BM_Otsu},
        {"skew estimate", BM_EstimateSkew},
        {"rotation", BM_Rotate},
        {"process (default)", BM_ProcessDefault},
        {"process (CLAHE+binarize)", BM_ProcessClaheBinarize},
    };
    for (const Stage &stage : stages)
        benchmark::RegisterBenchmark(stage.name, stage.function)
            ->Unit(benchmark::kMillisecond)
            ->MinTime(kMinSeconds)
            ->UseRealTime();
}

// Removes "--opencl on|off" (or --opencl=on|off) from argv; nullopt when it
// is missing or not on/off.
std::optional<OpenClMode> takeOpenClOption(int &argc, char **argv)
{
    std::optional<OpenClMode> mode;
    bool seen = false;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const char *value = nullptr;
        if (std::strcmp(argv[i], "--opencl") == 0 && i + 1 < argc)
            value = argv[++i];
        else if (std::strncmp(argv[i], "--opencl=", 9) == 0)
            value = argv[i] + 9;
        if (!value) {
            argv[kept++] = argv[i];
            continue;
        }
        seen = true;
        const std::optional<OpenClMode> parsed = openClModeFromString(QString::fromUtf8(value));
        mode = parsed && *parsed != OpenClMode::Auto ? parsed : std::nullopt;
    }
    argc = kept;
    argv[argc] = nullptr;
    return seen ? mode : std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    const std::optional<OpenClMode> mode = takeOpenClOption(argc, argv);
    if (!mode) {
        std::fprintf(stderr, "usage: quire-bench-preprocess --opencl on|off [benchmark options]\n"
                             "Times each page-cleanup stage on the CPU (off) or through OpenCL "
                             "(on); run it once per mode.\n");
        return 2;
    }
    // The first OpenCV call of the process: OpenCV takes its device choice once.
    const OpenClStatus status = configureOpenCl(*mode);
    if (!status.error.isEmpty()) {
        std::fprintf(stderr, "quire-bench-preprocess: %s\n", qPrintable(status.error));
        return 1;
    }
    std::fprintf(stderr, "quire-bench-preprocess: OpenCL %s: %s\n", status.active ? "on" : "off",
                 qPrintable(status.device));

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv); // QPainter text in makeTextImage needs it

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::AddCustomContext("opencl", status.active ? "on" : "off");
    benchmark::AddCustomContext("device", status.device.toStdString());
    if (!warmUpAndCheck())
        return 1;
    registerBenchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
