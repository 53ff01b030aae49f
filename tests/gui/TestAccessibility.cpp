// The window for people who do not use a mouse or do not see colours: every
// focusable control has an accessible name, the panes are reachable by
// shortcut, the page's words are children a screen reader can walk, the
// confidence bands differ in line as well as in colour, focus is visible on
// the page, and the colours the window picks keep their contrast on dark.
#include "DashboardWidget.h"
#include "MainWindow.h"
#include "PagePanel.h"
#include "ConfidenceStyle.h"
#include "PageView.h"
#include "SearchPanel.h"
#include "SettingsPanel.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QLineEdit>
#include <QPainter>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace quire;

namespace {

QPalette fusionPalette()
{
    static const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

PageResult threeWords()
{
    PageResult result;
    result.page = 1;
    result.status = PageStatus::Done;
    result.kind = PageKind::Ocr;
    result.imageSize = QSize(600, 200);
    const struct
    {
        const char16_t *text;
        double confidence;
        QRect box;
    } words[] = {
        {u"alpha", 95, QRect(40, 40, 120, 40)},
        {u"beta", 80, QRect(200, 40, 100, 40)},
        {u"gamma", 40, QRect(340, 40, 140, 40)},
    };
    int index = 0;
    for (const auto &w : words) {
        Word word;
        word.text = QString::fromUtf16(w.text);
        word.confidence = float(w.confidence);
        word.box = w.box;
        word.line = 0;
        word.id = ++index;
        result.words << word;
    }
    return result;
}

PageImages whitePage()
{
    QImage image(600, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    PageImages images;
    images.rendered = image;
    return images;
}

/// Pixels that are clearly ink (not the background, not the light fill).
QImage inkMask(double confidence)
{
    QImage image(60, 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    confidence::drawBox(painter, QRectF(5, 5, 50, 20), confidence);
    painter.end();
    QImage mask(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int darkest = std::min({c.red(), c.green(), c.blue()});
            mask.setPixelColor(x, y, darkest < 150 ? Qt::white : Qt::black);
        }
    }
    return mask;
}

int inked(const QImage &mask, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += qGray(mask.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

bool isInside(const QWidget *widget, const QWidget *pane)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == pane)
            return true;
    }
    return false;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageWordsAreAccessibleChildren();
    void keyboardWalksTheWords();
    void focusOnThePageIsVisible();
    void confidenceBandsDifferWithoutColour();
    void everyFocusableControlHasAName();
    void goToShortcutsReachEveryPane();
    void coloursKeepContrast_data();
    void coloursKeepContrast();
    void chartFollowsDarkPalette();

private:
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"QuireTests"_s);
    QCoreApplication::setApplicationName(u"TestAccessibility"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
}

void TestAccessibility::pageWordsAreAccessibleChildren()
{
    PageView view;
    view.setAccessibleName(u"Page preview"_s);
    view.resize(700, 300);
    view.setPage(whitePage(), threeWords());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->text(QAccessible::Name), u"Page preview"_s);
    QCOMPARE(iface->childCount(), 3);
    QAccessibleInterface *beta = iface->child(1);
    QVERIFY(beta);
    QCOMPARE(beta->role(), QAccessible::ListItem);
    QCOMPARE(beta->text(QAccessible::Name), u"beta"_s);
    QCOMPARE(beta->text(QAccessible::Description), u"confidence 80%, medium"_s);
    QCOMPARE(iface->child(2)->text(QAccessible::Description), u"confidence 40%, low"_s);
    QCOMPARE(iface->indexOfChild(beta), 1);
    QCOMPARE(beta->parent(), iface);
    // Its box on screen is where the view draws the word.
    const QRect local = view.wordRect(1).toAlignedRect();
    QCOMPARE(beta->rect(), QRect(view.viewport()->mapToGlobal(local.topLeft()), local.size()));
    QCOMPARE(iface->childAt(beta->rect().center().x(), beta->rect().center().y()), beta);

    // The press action picks the word as a click does.
    QSignalSpy clicked(&view, &PageView::wordClicked);
    QAccessibleActionInterface *action = beta->actionInterface();
    QVERIFY(action);
    action->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toInt(), 1);
    QVERIFY(beta->state().selected);
    QVERIFY(!iface->child(0)->state().selected);
    QVERIFY2(view.accessibleDescription().contains(u"“beta”, confidence 80%, medium"_s),
             qPrintable(view.accessibleDescription()));

    // Another page: the children follow it.
    PageResult two = threeWords();
    two.words.removeLast();
    view.setPage(whitePage(), two);
    QCOMPARE(iface->childCount(), 2);
}

void TestAccessibility::keyboardWalksTheWords()
{
    PageView view;
    view.resize(700, 300);
    view.setPage(whitePage(), threeWords());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QApplication::setActiveWindow(&view);
    view.setFocus();
    QTRY_VERIFY(view.hasFocus());
    QSignalSpy clicked(&view, &PageView::wordClicked);

    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.selectedWord(), 0);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right); // stays on the last
    QCOMPARE(view.selectedWord(), 2);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.selectedWord(), 1);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.selectedWord(), 0);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.selectedWord(), 2);
    QCOMPARE(clicked.size(), 0);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toInt(), 2);
    QVERIFY(QAccessible::queryAccessibleInterface(&view)->child(2)->state().focused);
}

void TestAccessibility::focusOnThePageIsVisible()
{
    QWidget window;
    auto *view = new PageView(&window);
    auto *other = new QLineEdit(&window);
    view->setGeometry(0, 0, 400, 300);
    other->setGeometry(0, 310, 100, 20);
    window.resize(400, 340);
    view->setMessage(u"Select a page to see it here."_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const QImage unfocused = view->grab().toImage();
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    const QImage focused = view->grab().toImage();
    // The frame is drawn in the highlight colour along the edge.
    const QColor highlight = view->palette().color(QPalette::Highlight);
    const QPoint edge(focused.width() / 2, 1);
    QCOMPARE(focused.pixelColor(edge).rgb(), highlight.rgb());
    QVERIFY(unfocused.pixelColor(edge).rgb() != highlight.rgb());
}

void TestAccessibility::confidenceBandsDifferWithoutColour()
{
    // Colour taken away (what is clearly ink), the three bands still differ.
    const QImage high = inkMask(95);
    const QImage medium = inkMask(80);
    const QImage low = inkMask(40);
    const QRect topEdge(6, 5, 48, 1);
    const QRect inside(10, 10, 40, 10);
    // High: an unbroken outline, nothing inside.
    QCOMPARE(inked(high, topEdge), topEdge.width());
    QCOMPARE(inked(high, inside), 0);
    // Medium: a broken (dashed) outline, nothing inside.
    QVERIFY2(inked(medium, topEdge) < topEdge.width() * 0.9, qPrintable(QString::number(inked(medium, topEdge))));
    QVERIFY(inked(medium, topEdge) > topEdge.width() / 3);
    QCOMPARE(inked(medium, inside), 0);
    // Low: hatched inside.
    QVERIFY2(inked(low, inside) > inside.width() * inside.height() / 10,
             qPrintable(QString::number(inked(low, inside))));
}

void TestAccessibility::everyFocusableControlHasAName()
{
    MainWindow window(m_dir.filePath(u"names.sqlite"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    int checked = 0;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&window) || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        ++checked;
        if (accessibleName(widget).trimmed().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u'/' + widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));

    // The controls the issue names, with what they say.
    auto *dashboard = window.dashboard();
    QCOMPARE(accessibleName(dashboard->workerSlider()), u"Worker count"_s);
    auto *chartView = dashboard->findChild<QChartView *>();
    QVERIFY(chartView);
    QCOMPARE(accessibleName(chartView), u"Throughput chart"_s);
    dashboard->addSample(30'000, 42.0, 38.5, 2);
    QVERIFY2(chartView->accessibleDescription().contains(u"42.0"_s), qPrintable(chartView->accessibleDescription()));
    bool workerTable = false;
    for (QTableView *table : dashboard->findChildren<QTableView *>())
        workerTable = workerTable || accessibleName(table) == u"Workers"_s;
    QVERIFY(workerTable);
    auto *queue = window.findChild<QTableView *>(u"queueView"_s);
    QVERIFY(queue);
    QCOMPARE(accessibleName(queue), u"Document queue"_s);
    bool strip = false;
    for (QListWidget *list : window.findChildren<QListWidget *>())
        strip = strip || accessibleName(list) == u"Page thumbnails"_s;
    QVERIFY(strip);
    auto *panel = window.findChild<PagePanel *>();
    QVERIFY(panel);
    QCOMPARE(accessibleName(panel->view()), u"Page preview"_s);
    QVERIFY(!panel->view()->accessibleDescription().isEmpty());
}

void TestAccessibility::goToShortcutsReachEveryPane()
{
    MainWindow window(m_dir.filePath(u"panes.sqlite"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    auto *panel = window.findChild<PagePanel *>();
    QVERIFY(panel);
    QList<QWidget *> strips;
    for (QListWidget *list : window.findChildren<QListWidget *>()) {
        if (accessibleName(list) == u"Page thumbnails"_s)
            strips << list;
    }
    QCOMPARE(strips.size(), 1);

    const auto press = [&window](const QKeySequence &keys) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(keys[0].key()), keys[0].keyboardModifiers());
        return QApplication::focusWidget();
    };
    // Closed docks open again when their pane is asked for.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->close();
    QVERIFY(isInside(press(QKeySequence(Qt::CTRL | Qt::Key_2)), strips.first()));
    QCOMPARE(press(QKeySequence(Qt::CTRL | Qt::Key_3)), panel->view());
    QCOMPARE(press(QKeySequence(Qt::CTRL | Qt::Key_4)), panel->textView());
    QVERIFY(isInside(press(QKeySequence(Qt::CTRL | Qt::Key_5)), window.settingsPanel()));
    QCOMPARE(press(QKeySequence(Qt::CTRL | Qt::Key_6)), window.dashboard()->workerSlider());
    QVERIFY(window.dashboard()->isVisible());
    QWidget *log = press(QKeySequence(Qt::CTRL | Qt::Key_7));
    QCOMPARE(accessibleName(log), u"Log"_s);
    QWidget *search = press(QKeySequence(Qt::CTRL | Qt::Key_F));
    QVERIFY(isInside(search, window.searchPanel()));
    // An empty queue: the hint's first button.
    QWidget *queue = press(QKeySequence(Qt::CTRL | Qt::Key_1));
    QVERIFY(qobject_cast<QAbstractButton *>(queue));
}

void TestAccessibility::coloursKeepContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("Fusion light") << fusionPalette();
    QTest::newRow("dark") << theme::darkPalette();
}

void TestAccessibility::coloursKeepContrast()
{
    QFETCH(QPalette, palette);
    const QColor problem = theme::problemText(palette);
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
        QVERIFY2(theme::contrast(problem, palette.color(role)) >= 4.5,
                 qPrintable(u"%1 on %2: %3"_s.arg(problem.name(), palette.color(role).name())
                                .arg(theme::contrast(problem, palette.color(role)))));
    }
    for (const theme::Series series : {theme::Series::Primary, theme::Series::Secondary, theme::Series::Marker,
                                       theme::Series::Good, theme::Series::Warning}) {
        const QColor colour = theme::seriesColor(series, palette);
        QVERIFY2(theme::contrast(colour, palette.color(QPalette::Base)) >= 3.0,
                 qPrintable(u"%1 on %2"_s.arg(colour.name(), palette.color(QPalette::Base).name())));
    }
    QVERIFY(theme::contrast(theme::secondaryText(palette), palette.color(QPalette::Base)) >= 4.5);
    // The palette's own text, for the dark palette Quire brings.
    QVERIFY(theme::contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0);
    QVERIFY(theme::contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7.0);
}

void TestAccessibility::chartFollowsDarkPalette()
{
    DashboardWidget dashboard;
    dashboard.setPalette(theme::darkPalette());
    QVERIFY(theme::isDark(dashboard.palette()));
    QCOMPARE(dashboard.chart()->backgroundBrush().color(), theme::darkPalette().color(QPalette::Base));
    QCOMPARE(dashboard.chart()->titleBrush().color(), theme::darkPalette().color(QPalette::Text));
    dashboard.setPalette(fusionPalette());
    QVERIFY(!theme::isDark(dashboard.palette()));
    QCOMPARE(dashboard.chart()->backgroundBrush().color(),
             fusionPalette().color(QPalette::Base));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
