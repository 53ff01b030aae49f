#include "SweepDialog.h"

#include "QueueModel.h"

#include "pipeline/InstallLayout.h"
#include "Theme.h"

#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace quire {

namespace {

enum Column { WorkersColumn, PagesColumn, SecondsColumn, RateColumn, SpeedupColumn, EfficiencyColumn, ColumnCount };

QString countsText(const QList<int> &counts)
{
    QStringList parts;
    for (int count : counts)
        parts << QString::number(count);
    return parts.join(QStringLiteral(", "));
}

QList<int> parseCounts(const QString &text)
{
    QList<int> counts;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int count = part.trimmed().toInt(&ok);
        if (ok && count >= 1 && count <= 256 && !counts.contains(count))
            counts << count;
    }
    std::sort(counts.begin(), counts.end());
    return counts;
}

} // namespace

SweepDialog::SweepDialog(const PipelineSettings &settings, const PoolOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_options(options)
{
    setWindowTitle(tr("Find the Sweet Spot"));
    setObjectName(QStringLiteral("sweepDialog"));

    auto *intro = new QLabel(tr("More workers are faster only up to a point: past it they compete for cores, "
                                "memory and the accelerator. This processes the same pages once per worker count "
                                "(into a temporary database, nothing is kept) and finds the smallest count within "
                                "5% of the best pages per minute."));
    intro->setWordWrap(true);

    m_inputsLabel = new QLabel;
    m_inputsLabel->setWordWrap(true);
    m_countsEdit = new QLineEdit;
    m_countsEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\s*\\d{0,3}(\\s*,\\s*\\d{0,3})*\\s*$")), m_countsEdit));
    m_countsEdit->setToolTip(tr("Worker counts to measure, separated by commas"));
    connect(m_countsEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_counts = parseCounts(text);
        updateButtons();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Pages:"), m_inputsLabel);
    form->addRow(tr("&Worker counts:"), m_countsEdit);

    m_status = new QLabel(tr("Press Start to measure."));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);

    buildChart();
    auto *chartView = new QChartView(m_chart);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumSize(420, 300);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Workers"), tr("Pages"), tr("Seconds"), tr("Pages/min"), tr("Speedup"), tr("Efficiency")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(120);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 160});
    splitter->setChildrenCollapsible(false);

    QLayout *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    resize(780, 760);

    setInputs({});
    setWorkerCounts(defaultWorkerCounts(2 * Coordinator::defaultWorkerCount()));
}

void SweepDialog::buildChart()
{
    m_chart = new QChart;
    m_chart->setTitle(tr("Throughput against workers"));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_rateSeries = new QLineSeries;
    m_rateSeries->setName(tr("pages/min"));
    m_speedupSeries = new QLineSeries;
    m_speedupSeries->setName(tr("speedup (×)"));
    m_efficiencySeries = new QLineSeries;
    m_efficiencySeries->setName(tr("efficiency (speedup / workers)"));
    m_bestSeries = new QScatterSeries;
    m_bestSeries->setName(tr("sweet spot"));
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{m_rateSeries, m_speedupSeries, m_efficiencySeries,
                                                                 m_bestSeries})
        m_chart->addSeries(series);
    for (QLineSeries *series : {m_rateSeries, m_speedupSeries, m_efficiencySeries})
        series->setPointsVisible(true);
    m_bestSeries->setMarkerSize(16);

    m_workerAxis = new QValueAxis;
    m_workerAxis->setTitleText(tr("workers"));
    m_workerAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_rateAxis = new QValueAxis;
    m_rateAxis->setTitleText(tr("pages/min"));
    m_rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_rateAxis->setRange(0, 10);
    m_ratioAxis = new QValueAxis;
    m_ratioAxis->setTitleText(tr("speedup · efficiency"));
    m_ratioAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_ratioAxis->setRange(0, 2);
    m_chart->addAxis(m_workerAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_ratioAxis, Qt::AlignRight);
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{m_rateSeries, m_bestSeries}) {
        series->attachAxis(m_workerAxis);
        series->attachAxis(m_rateAxis);
    }
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{m_speedupSeries, m_efficiencySeries}) {
        series->attachAxis(m_workerAxis);
        series->attachAxis(m_ratioAxis);
    }
    applyPalette();
}

QLayout *SweepDialog::buildButtons()
{
    m_startButton = new QPushButton(tr("&Start"));
    m_stopButton = new QPushButton(tr("S&top"));
    m_useButton = new QPushButton(tr("Use the sweet spot"));
    m_useButton->setObjectName(QStringLiteral("useWorkersButton"));
    auto *closeButton = new QPushButton(tr("&Close"));
    connect(m_startButton, &QPushButton::clicked, this, &SweepDialog::startSweep);
    connect(m_stopButton, &QPushButton::clicked, this, &SweepDialog::cancelSweep);
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        if (m_spot > 0)
            Q_EMIT useWorkers(m_spot);
    });
    connect(closeButton, &QPushButton::clicked, this, &SweepDialog::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    buttons->addWidget(m_useButton);
    buttons->addWidget(closeButton);
    return buttons;
}

SweepDialog::~SweepDialog() = default;

void SweepDialog::setInputs(const QStringList &inputs, const QString &description)
{
    m_inputs = inputs;
    if (!inputs.isEmpty()) {
        m_inputsLabel->setText(description.isEmpty() ? tr("%n file(s) or folder(s) of this run", nullptr,
                                                           int(inputs.size()))
                                                      : description);
    } else {
        const QString samples = samplesDirectory();
        m_inputsLabel->setText(samples.isEmpty()
                                   ? tr("No documents: add some to the run first (the bundled samples were not "
                                        "found).")
                                   : tr("The bundled samples in %1 (add documents to measure on your own).")
                                         .arg(QDir::toNativeSeparators(samples)));
    }
    updateButtons();
}

QStringList SweepDialog::inputs() const
{
    if (!m_inputs.isEmpty())
        return m_inputs;
    const QString samples = samplesDirectory();
    return samples.isEmpty() ? QStringList() : QStringList{samples};
}

void SweepDialog::setWorkerCounts(const QList<int> &counts)
{
    m_counts = counts;
    m_countsEdit->setText(countsText(counts));
    updateButtons();
}

QList<int> SweepDialog::workerCounts() const
{
    return m_counts;
}

QList<int> SweepDialog::defaultWorkerCounts(int maximum)
{
    maximum = std::max(1, maximum);
    QList<int> candidates;
    for (int count : {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256}) {
        if (count < maximum)
            candidates << count;
    }
    candidates << maximum;
    constexpr int kMostPoints = 6;
    if (candidates.size() <= kMostPoints)
        return candidates;
    // Keep the first and the last, and spread the rest evenly over the list.
    QList<int> picked;
    const double step = double(candidates.size() - 1) / (kMostPoints - 1);
    for (int i = 0; i < kMostPoints; ++i) {
        const int count = candidates.at(qsizetype(std::lround(i * step)));
        if (!picked.contains(count))
            picked << count;
    }
    return picked;
}

QStringList SweepDialog::inputsFrom(const QueueModel &queue, const QStringList &lastInputs, QString *description)
{
    constexpr int kEnoughPages = 24;
    QStringList paths;
    int pages = 0;
    for (int row = 0; row < queue.rowCount() && pages < kEnoughPages; ++row) {
        const int count = queue.pageCount(row);
        if (count <= 0)
            continue;
        paths << queue.index(row, 0).data(QueueModel::PathRole).toString();
        pages += count;
    }
    if (paths.isEmpty() && !lastInputs.isEmpty()) {
        *description = tr("The documents added last");
        return lastInputs;
    }
    if (!paths.isEmpty())
        *description = tr("%n document(s) of this database, %1 pages", nullptr, int(paths.size())).arg(pages);
    return paths;
}

QString SweepDialog::samplesDirectory()
{
    const QDir dir(layout::dataFolder(QStringLiteral("samples")));
    return dir.exists() && !dir.entryList(QDir::Files).isEmpty() ? dir.absolutePath() : QString();
}

void SweepDialog::startSweep()
{
    if (isRunning())
        return;
    const QStringList pages = inputs();
    if (pages.isEmpty() || m_counts.isEmpty()) {
        m_status->setText(pages.isEmpty() ? tr("There is nothing to measure on: add documents to the run first.")
                                          : tr("Give at least one worker count, e.g. 1, 2, 4."));
        return;
    }
    m_points.clear();
    m_spot = 0;
    m_stepIndex = 0;
    m_stepCount = int(m_counts.size());
    showPoints();
    m_progress->setValue(0);
    m_sweep = std::make_unique<WorkerSweep>(m_settings, m_options);
    connect(m_sweep.get(), &WorkerSweep::stepStarted, this, &SweepDialog::onStepStarted);
    connect(m_sweep.get(), &WorkerSweep::pageFinished, this, &SweepDialog::onPageFinished);
    connect(m_sweep.get(), &WorkerSweep::pointMeasured, this, &SweepDialog::onPointMeasured);
    connect(m_sweep.get(), &WorkerSweep::finished, this, &SweepDialog::onFinished);
    m_sweep->start(pages, m_counts);
    updateButtons();
}

void SweepDialog::cancelSweep()
{
    if (m_sweep && m_sweep->isRunning())
        m_sweep->cancel();
}

bool SweepDialog::isRunning() const
{
    return m_sweep && m_sweep->isRunning();
}

QList<SweepPoint> SweepDialog::points() const
{
    return m_points;
}

int SweepDialog::sweetSpot() const
{
    return m_spot;
}

QPushButton *SweepDialog::useButton() const
{
    return m_useButton;
}

QString SweepDialog::statusText() const
{
    return m_status->text();
}

void SweepDialog::onStepStarted(int workers, int index, int count)
{
    m_stepIndex = index;
    m_stepCount = count;
    m_status->setText(tr("Measuring with %n worker(s) (step %1 of %2)…", nullptr, workers).arg(index + 1).arg(count));
    m_progress->setValue(100 * index / std::max(1, count));
}

void SweepDialog::onPageFinished(int workers, int pagesDone)
{
    // The first step tells how many pages a step has; until then show pages done only.
    const int perStep = m_points.isEmpty() ? 0 : m_points.first().pages;
    if (perStep > 0) {
        const double within = std::min(1.0, double(pagesDone) / perStep);
        m_progress->setValue(int(100 * (m_stepIndex + within) / std::max(1, m_stepCount)));
        m_status->setText(tr("Measuring with %n worker(s) (step %1 of %2): page %3 of %4…", nullptr, workers)
                              .arg(m_stepIndex + 1)
                              .arg(m_stepCount)
                              .arg(pagesDone)
                              .arg(perStep));
    } else {
        m_status->setText(tr("Measuring with %n worker(s) (step %1 of %2): %3 page(s) done…", nullptr, workers)
                              .arg(m_stepIndex + 1)
                              .arg(m_stepCount)
                              .arg(pagesDone));
    }
}

void SweepDialog::onPointMeasured(const SweepPoint &point)
{
    m_points << point;
    m_spot = WorkerSweep::sweetSpotOf(m_points);
    showPoints();
}

void SweepDialog::onFinished(bool cancelled, const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("The sweep stopped: %1").arg(error));
    } else if (cancelled) {
        m_status->setText(tr("Stopped. The counts measured so far are shown."));
    } else if (!m_points.isEmpty() && m_points.first().pages == 0) {
        m_status->setText(tr("No pages were processed, so nothing could be measured. Check the documents."));
        m_spot = 0;
    } else if (m_spot > 0) {
        m_progress->setValue(100);
        const auto best = std::find_if(m_points.cbegin(), m_points.cend(),
                                       [this](const SweepPoint &point) { return point.workers == m_spot; });
        m_status->setText(tr("Sweet spot: %n worker(s), %1 pages/min. More workers add less than 5%.", nullptr,
                             m_spot)
                              .arg(best != m_points.cend() ? best->pagesPerMinute : 0.0, 0, 'f', 1));
    }
    updateButtons();
    Q_EMIT sweepFinished(cancelled, error);
}

void SweepDialog::showPoints()
{
    m_rateSeries->clear();
    m_speedupSeries->clear();
    m_efficiencySeries->clear();
    m_bestSeries->clear();
    double maxRate = 0;
    double maxRatio = 1.2;
    for (const SweepPoint &point : std::as_const(m_points)) {
        m_rateSeries->append(point.workers, point.pagesPerMinute);
        m_speedupSeries->append(point.workers, point.speedup);
        m_efficiencySeries->append(point.workers, point.efficiency);
        if (point.workers == m_spot)
            m_bestSeries->append(point.workers, point.pagesPerMinute);
        maxRate = std::max(maxRate, point.pagesPerMinute);
        maxRatio = std::max({maxRatio, point.speedup * 1.1, point.efficiency * 1.1});
    }
    const int maxWorkers = m_counts.isEmpty() ? 1 : *std::max_element(m_counts.cbegin(), m_counts.cend());
    m_workerAxis->setRange(0, std::max(2, maxWorkers));
    m_workerAxis->setTickCount(std::max(2, maxWorkers) <= 8 ? std::max(2, maxWorkers) + 1 : 5);
    // About five round steps (1, 2 or 5 × 10^n) up to just above the best rate.
    const double wanted = std::max(10.0, maxRate * 1.15);
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted / 5)));
    double step = 10 * magnitude;
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude * 5 >= wanted) {
            step = factor * magnitude;
            break;
        }
    }
    const double top = std::ceil(wanted / step) * step;
    m_rateAxis->setRange(0, top);
    m_rateAxis->setTickCount(int(std::lround(top / step)) + 1);
    m_ratioAxis->setRange(0, std::ceil(maxRatio));
    m_ratioAxis->setTickCount(int(std::ceil(maxRatio)) * 2 + 1);
    m_bestSeries->setName(m_spot > 0 ? tr("sweet spot: %n worker(s)", nullptr, m_spot) : tr("sweet spot"));

    m_table->setRowCount(int(m_points.size()));
    for (int row = 0; row < m_points.size(); ++row) {
        const SweepPoint &point = m_points.at(row);
        const bool best = point.workers == m_spot;
        const QStringList cells{
            best ? tr("%1 ★ sweet spot").arg(point.workers) : QString::number(point.workers),
            QString::number(point.pages),
            QString::number(point.seconds, 'f', 1),
            QString::number(point.pagesPerMinute, 'f', 1),
            tr("%1×").arg(point.speedup, 0, 'f', 2),
            tr("%1%").arg(point.efficiency * 100, 0, 'f', 0),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(Qt::AlignCenter);
            if (best) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setForeground(theme::seriesColor(theme::Series::Marker, palette()));
            }
            m_table->setItem(row, column, item);
        }
    }
    updateButtons();
}

// The chart follows the palette (light or dark) instead of the chart theme's white.
void SweepDialog::applyPalette()
{
    const QPalette &p = palette();
    theme::applyToChart(m_chart, p);
    m_rateSeries->setPen(QPen(theme::seriesColor(theme::Series::Primary, p), 2.5));
    m_speedupSeries->setPen(QPen(theme::seriesColor(theme::Series::Good, p), 2));
    m_efficiencySeries->setPen(QPen(theme::seriesColor(theme::Series::Warning, p), 2, Qt::DashLine));
    m_bestSeries->setColor(theme::seriesColor(theme::Series::Marker, p));
    m_bestSeries->setBorderColor(p.color(QPalette::Base));
}

void SweepDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chart)
        applyPalette();
}

void SweepDialog::updateButtons()
{
    const bool running = isRunning();
    m_startButton->setEnabled(!running && !m_counts.isEmpty() && !inputs().isEmpty());
    m_startButton->setText(m_points.isEmpty() ? tr("&Start") : tr("Measure &again"));
    m_stopButton->setEnabled(running);
    m_countsEdit->setEnabled(!running);
    m_useButton->setEnabled(!running && m_spot > 0);
    m_useButton->setText(m_spot > 0 ? tr("&Use %n worker(s)", nullptr, m_spot) : tr("&Use the sweet spot"));
}

void SweepDialog::closeEvent(QCloseEvent *event)
{
    cancelSweep();
    QDialog::closeEvent(event);
}

void SweepDialog::reject()
{
    cancelSweep();
    QDialog::reject();
}

} // namespace quire
