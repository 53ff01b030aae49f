#include "DashboardWidget.h"

#include "Theme.h"
#include "WorkerTableModel.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSlider>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace quire {

namespace {

/// 1, 2, 5 × 10^n at or above @p value, so the axis ends on a round number.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
{
    buildChart();
    QLayout *sliderRow = buildSlider();
    buildTable();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_chartView, 3);
    layout->addLayout(sliderRow);
    layout->addWidget(m_table, 2);
}

void DashboardWidget::buildChart()
{
    m_chart = new QChart;
    m_chart->setTitle(tr("Throughput (pages per minute)"));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    m_windowSeries = new QLineSeries;
    m_windowSeries->setName(tr("last 30 s"));
    m_overallSeries = new QLineSeries;
    m_overallSeries->setName(tr("whole run"));
    m_chart->addSeries(m_windowSeries);
    m_chart->addSeries(m_overallSeries);

    m_timeAxis = new QValueAxis;
    m_timeAxis->setTitleText(tr("seconds since the start"));
    m_timeAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_timeAxis->setRange(0, 60);
    m_timeAxis->setTickCount(7);
    m_rateAxis = new QValueAxis;
    m_rateAxis->setTitleText(tr("pages/min"));
    m_rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_rateAxis->setRange(0, 10);
    m_rateAxis->setTickCount(6);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_windowSeries, m_overallSeries}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_rateAxis);
    }

    m_chartView = new QChartView(m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setToolTip(tr("Pages finished per minute. Red lines mark the moments the number of workers "
                               "changed."));
    m_chartView->setAccessibleName(tr("Throughput chart"));
    m_chartView->setAccessibleDescription(tr("No run yet."));
    connect(m_chart, &QChart::plotAreaChanged, this, &DashboardWidget::placeMarkers);
    applyPalette();
}

QLayout *DashboardWidget::buildSlider()
{
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("workerSlider"));
    // Dragging asks for one count on release, not for every count passed on the way.
    m_slider->setTracking(false);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setPageStep(1);
    m_slider->setToolTip(tr("Number of worker processes. Changes take effect at once during a run: new workers "
                            "start, surplus ones finish their page and leave."));
    m_slider->setAccessibleName(tr("Worker count"));
    m_slider->setAccessibleDescription(m_slider->toolTip());
    m_sliderLabel = new QLabel;
    m_sliderLabel->setMinimumWidth(m_sliderLabel->fontMetrics().horizontalAdvance(tr("%n worker(s)", nullptr, 88)) + 8);
    auto *sliderCaption = new QLabel(tr("Workers:"));
    sliderCaption->setBuddy(m_slider);
    connect(m_slider, &QSlider::sliderMoved, this, &DashboardWidget::updateSliderLabel);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        updateSliderLabel(value);
        if (!m_settingSlider)
            Q_EMIT workerCountRequested(value);
    });
    setFocusProxy(m_slider);
    setMaximumWorkers(2 * Coordinator::defaultWorkerCount());
    setWorkerCount(Coordinator::defaultWorkerCount());
    auto *sliderRow = new QHBoxLayout;
    sliderRow->addWidget(sliderCaption);
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(m_sliderLabel);

    return sliderRow;
}

void DashboardWidget::buildTable()
{
    m_workers = new WorkerTableModel(this);
    m_table = new QTableView;
    m_table->setModel(m_workers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAccessibleName(tr("Workers"));
    m_table->setAccessibleDescription(tr("One row per worker process: state, the page in work, pages done, mean "
                                         "milliseconds per stage and memory"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The document column takes the room left but never less than its header
    // needs ("Documento", "文档"): a narrow dock scrolls instead of cutting it.
    header->setSectionResizeMode(WorkerTableModel::DocumentColumn, QHeaderView::Interactive);
    header->setMinimumSectionSize(24);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != WorkerTableModel::DocumentColumn)
            fitDocumentColumn();
    });
    m_table->viewport()->installEventFilter(this);
    m_table->setMinimumHeight(110);
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::setMaximumWorkers(int maximum)
{
    m_settingSlider = true;
    m_slider->setRange(1, std::max(1, maximum));
    m_settingSlider = false;
    updateSliderLabel(m_slider->value());
}

int DashboardWidget::maximumWorkers() const
{
    return m_slider->maximum();
}

void DashboardWidget::setWorkerCount(int count)
{
    m_settingSlider = true;
    m_slider->setValue(count);
    m_settingSlider = false;
    updateSliderLabel(m_slider->value());
}

int DashboardWidget::workerCount() const
{
    return m_slider->value();
}

QSlider *DashboardWidget::workerSlider() const
{
    return m_slider;
}

WorkerTableModel *DashboardWidget::workerModel() const
{
    return m_workers;
}

QChart *DashboardWidget::chart() const
{
    return m_chart;
}

void DashboardWidget::updateSliderLabel(int value)
{
    m_sliderLabel->setText(tr("%n worker(s)", nullptr, value));
    m_sliderLabel->setToolTip(tr("%n core(s) on this computer", nullptr, QThread::idealThreadCount()));
}

void DashboardWidget::startRun(int workers)
{
    m_windowSeries->clear();
    m_overallSeries->clear();
    clearMarkers();
    m_maxRate = 0;
    m_lastSeconds = 0;
    m_minutes = false;
    m_timeAxis->setTitleText(tr("seconds since the start"));
    m_workers->clear();
    updateRanges();
    markWorkerCount(0, workers);
}

void DashboardWidget::addSample(qint64 elapsedMs, double windowRate, double overallRate, int)
{
    const double seconds = elapsedMs / 1000.0;
    const double x = m_minutes ? seconds / 60.0 : seconds;
    m_windowSeries->append(x, windowRate);
    m_overallSeries->append(x, overallRate);
    m_maxRate = std::max({m_maxRate, windowRate, overallRate});
    m_lastSeconds = std::max(m_lastSeconds, seconds);
    updateRanges();
    // What a screen reader says of the chart: its latest values, not its pixels.
    m_chartView->setAccessibleDescription(
        tr("After %1 s: %2 pages per minute over the last 30 seconds, %3 over the whole run.")
            .arg(qRound(seconds))
            .arg(windowRate, 0, 'f', 1)
            .arg(overallRate, 0, 'f', 1));
}

int DashboardWidget::sampleCount() const
{
    return int(m_windowSeries->count());
}

int DashboardWidget::markerCount() const
{
    return int(m_markers.size());
}

void DashboardWidget::markWorkerCount(qint64 elapsedMs, int workers)
{
    const double seconds = elapsedMs / 1000.0;
    Marker marker;
    marker.seconds = seconds;
    marker.workers = workers;
    marker.line = new QLineSeries;
    m_chart->addSeries(marker.line);
    const QColor markerColour = theme::seriesColor(theme::Series::Marker, palette());
    marker.line->setPen(QPen(markerColour, 1.5, Qt::DashLine));
    marker.line->attachAxis(m_timeAxis);
    marker.line->attachAxis(m_rateAxis);
    // Markers are not data: keep them out of the legend.
    const auto legendMarkers = m_chart->legend()->markers(marker.line);
    for (QLegendMarker *legendMarker : legendMarkers)
        legendMarker->setVisible(false);
    marker.label = new QGraphicsSimpleTextItem(tr("%n worker(s)", nullptr, workers), m_chart);
    marker.label->setBrush(markerColour);
    QFont font = marker.label->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    marker.label->setFont(font);
    marker.label->setZValue(10);
    m_markers << marker;
    m_lastSeconds = std::max(m_lastSeconds, seconds);
    updateRanges();
}

void DashboardWidget::clearMarkers()
{
    for (const Marker &marker : std::as_const(m_markers)) {
        m_chart->removeSeries(marker.line);
        delete marker.line;
        delete marker.label;
    }
    m_markers.clear();
}

void DashboardWidget::updateRanges()
{
    const double top = niceCeiling(std::max(10.0, m_maxRate * 1.15));
    // Past ten minutes the time axis counts minutes, so its labels stay short.
    if (!m_minutes && m_lastSeconds > 600) {
        m_minutes = true;
        m_timeAxis->setTitleText(tr("minutes since the start"));
        for (QLineSeries *series : {m_windowSeries, m_overallSeries}) {
            QList<QPointF> points = series->points();
            for (QPointF &point : points)
                point.setX(point.x() / 60.0);
            series->replace(points);
        }
    }
    const double unit = m_minutes ? 60.0 : 1.0;
    const double span = std::max(60.0, m_lastSeconds * 1.05) / unit;
    // A round tick interval with at most eight intervals on the axis.
    double interval = 1;
    for (double step : {1.0, 2.0, 5.0, 10.0, 15.0, 20.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0}) {
        interval = step;
        if (std::ceil(span / step) <= 8)
            break;
    }
    const double right = std::ceil(span / interval) * interval;
    if (m_rateAxis->max() != top)
        m_rateAxis->setRange(0, top);
    if (m_timeAxis->max() != right) {
        m_timeAxis->setRange(0, right);
        m_timeAxis->setTickCount(int(std::lround(right / interval)) + 1);
    }
    for (const Marker &marker : std::as_const(m_markers)) {
        const double x = marker.seconds / unit;
        marker.line->replace(QList<QPointF>{QPointF(x, 0), QPointF(x, top)});
    }
    placeMarkers();
}

void DashboardWidget::placeMarkers()
{
    const QRectF area = m_chart->plotArea();
    qreal previousRight = -1;
    for (const Marker &marker : std::as_const(m_markers)) {
        const double at = m_minutes ? marker.seconds / 60.0 : marker.seconds;
        const QPointF top = m_chart->mapToPosition(QPointF(at, m_rateAxis->max()), marker.line);
        const QRectF bounds = marker.label->boundingRect();
        qreal x = top.x() + 3;
        if (x + bounds.width() > area.right())
            x = top.x() - 3 - bounds.width();
        // Labels of changes close together go one line lower instead of on top of each other.
        const qreal y = area.top() + 2 + (x < previousRight ? bounds.height() : 0);
        marker.label->setPos(x, y);
        marker.label->setVisible(area.width() > 0);
        previousRight = x + bounds.width();
    }
}

// The chart follows the palette (light or dark) instead of the chart theme's white.
void DashboardWidget::applyPalette()
{
    const QPalette &p = palette();
    theme::applyToChart(m_chart, p);
    m_windowSeries->setPen(QPen(theme::seriesColor(theme::Series::Primary, p), 2));
    m_overallSeries->setPen(QPen(theme::seriesColor(theme::Series::Secondary, p), 1.5, Qt::DashLine));
    const QColor markerColour = theme::seriesColor(theme::Series::Marker, p);
    for (const Marker &marker : std::as_const(m_markers)) {
        marker.line->setPen(QPen(markerColour, 1.5, Qt::DashLine));
        marker.label->setBrush(markerColour);
    }
}

void DashboardWidget::fitDocumentColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int column = WorkerTableModel::DocumentColumn;
    int others = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (section != column)
            others += header->sectionSize(section);
    }
    const QString title = m_workers->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    const int needed = header->fontMetrics().horizontalAdvance(title) + margin;
    const int wanted = std::max(needed, m_table->viewport()->width() - others);
    if (header->sectionSize(column) != wanted)
        header->resizeSection(column, wanted);
}

bool DashboardWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitDocumentColumn();
    return QWidget::eventFilter(watched, event);
}

void DashboardWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitDocumentColumn();
}

void DashboardWidget::updateWorker(const WorkerInfo &info)
{
    m_workers->updateWorker(info);
}

void DashboardWidget::updateWorkers(const QList<WorkerInfo> &workers)
{
    m_workers->updateWorkers(workers);
}

} // namespace quire
