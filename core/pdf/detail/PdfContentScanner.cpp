// qpdf 11: no PointerHolder, std::shared_ptr throughout (see qpdf/PointerHolder.hh).
#define POINTERHOLDER_TRANSITION 4

#include "pdf/detail/PdfContentScanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>

namespace quire::detail {

namespace {

// The reasons read as the inspector's: translated in its context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfPageInspector)
};

/// Graphics state that matters here.
struct State
{
    Matrix ctm;
    int textRender = 0;
    std::vector<Box> clips; ///< Rectangular clips in default user space.
};

// A page that paints only text, straight rules and frames holds all its ink
// in its text layer. Text drawn as outlines is made of curves: past this many
// curve segments (a few rounded corners or a small chart have dozens; a line
// of outlined text has hundreds) the page is rendered to see where its ink is.
constexpr int kMaxCurvesOfTextOnlyPage = 200;
constexpr int kMaxFormDepth = 8;

/// Walks content streams and stops as soon as the answer is known.
class ContentScanner final : public QPDFObjectHandle::ParserCallbacks
{
public:
    ContentScanner(QPDFObjectHandle resources, PdfContentFindings &findings, int depth = 0)
        : m_resources(resources)
        , m_xobjects(resources.isDictionary() ? resources.getKey("/XObject") : QPDFObjectHandle::newNull())
        , m_extGStates(resources.isDictionary() ? resources.getKey("/ExtGState") : QPDFObjectHandle::newNull())
        , m_found(findings)
        , m_depth(depth)
    {
    }

    void handleObject(QPDFObjectHandle object, size_t, size_t) override
    {
        if (object.isOperator()) {
            handleOperator(object.getOperatorValue());
            m_operands.clear();
        } else if (object.isInlineImage()) {
            m_found.paints = true;
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page draws an inline image"));
        } else {
            m_operands.push_back(object);
        }
    }
    void handleEOF() override { }

private:
    void notSingleImage(const QString &why)
    {
        m_found.paints = true;
        if (!m_found.notSingleImage) {
            m_found.notSingleImage = true;
            m_found.detail = why;
        }
        stopWhenSettled();
    }

    /// Nothing more to learn: neither one image nor text only.
    void stopWhenSettled()
    {
        if (m_found.notSingleImage && m_found.notTextOnly)
            terminateParsing();
    }

    double number(size_t fromEnd) const
    {
        if (m_operands.size() < fromEnd)
            return 0;
        QPDFObjectHandle o = m_operands[m_operands.size() - fromEnd];
        return o.isNumber() ? o.getNumericValue() : 0;
    }

    void handleOperator(const std::string &op)
    {
        static const std::set<std::string> painting = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"};
        static const std::set<std::string> showText = {"Tj", "TJ", "'", "\""};
        static const std::set<std::string> curves = {"c", "v", "y"};
        if (op == "q") {
            m_stack.push_back(m_state);
        } else if (op == "Q") {
            if (!m_stack.empty()) {
                m_state = m_stack.back();
                m_stack.pop_back();
            }
        } else if (op == "cm") {
            if (m_operands.size() < 6)
                return;
            const Matrix m{number(6), number(5), number(4), number(3), number(2), number(1)};
            m_state.ctm = m.then(m_state.ctm);
        } else if (op == "Do") {
            handleXObject();
        } else if (showText.count(op)) {
            m_found.paints = true;
            m_found.text = true;
            // Invisible text (render mode 3: an OCR layer) leaves the page as its image shows it.
            if (m_state.textRender != 3) {
                m_found.visibleText = true;
                notSingleImage(Text::tr("the page shows text"));
            }
        } else if (op == "Tr") {
            m_state.textRender = int(number(1));
        } else if (painting.count(op)) {
            notSingleImage(Text::tr("the page paints vector graphics"));
        } else if (op == "sh") {
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page paints a shading"));
        } else if (op == "re") {
            if (m_operands.size() >= 4) {
                double x[4], y[4];
                const double rx = number(4), ry = number(3), rw = number(2), rh = number(1);
                m_state.ctm.map(rx, ry, &x[0], &y[0]);
                m_state.ctm.map(rx + rw, ry, &x[1], &y[1]);
                m_state.ctm.map(rx, ry + rh, &x[2], &y[2]);
                m_state.ctm.map(rx + rw, ry + rh, &x[3], &y[3]);
                m_pathRects.push_back({*std::min_element(x, x + 4), *std::min_element(y, y + 4),
                    *std::max_element(x, x + 4), *std::max_element(y, y + 4)});
            }
        } else if (curves.count(op)) {
            m_pathIsRectangles = false;
            if (++m_found.curves > kMaxCurvesOfTextOnlyPage) {
                m_found.notTextOnly = true;
                stopWhenSettled();
            }
        } else if (op == "m" || op == "l" || op == "h") {
            m_pathIsRectangles = false;
        } else if (op == "W" || op == "W*") {
            m_clipPending = true;
        } else if (op == "n") {
            if (m_clipPending) {
                // Only a clip to one rectangle can be followed; anything else is left to the renderer.
                if (!m_pathIsRectangles || m_pathRects.size() != 1)
                    notSingleImage(Text::tr("the page clips to a shape"));
                else
                    m_state.clips.push_back(m_pathRects.front());
            }
            m_pathRects.clear();
            m_pathIsRectangles = true;
            m_clipPending = false;
        } else if (op == "gs") {
            handleExtGState();
        }
        // Everything else (colours, line styles, text state, marked content)
        // paints nothing by itself.
    }

    void handleXObject()
    {
        if (m_operands.empty() || !m_operands.back().isName() || !m_xobjects.isDictionary()) {
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page draws an object it does not define"));
            return;
        }
        QPDFObjectHandle object = m_xobjects.getKey(m_operands.back().getName());
        if (!object.isStream()) {
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page draws an object it does not define"));
            return;
        }
        const std::string subtype = nameOf(object.getDict().getKey("/Subtype"));
        if (subtype == "/Form") {
            scanForm(object);
            notSingleImage(Text::tr("the page draws a form"));
            return;
        }
        if (subtype != "/Image") {
            m_found.notTextOnly = true;
            notSingleImage(Text::tr("the page draws a %1 object").arg(QString::fromStdString(subtype)));
            return;
        }
        m_found.paints = true;
        m_found.notTextOnly = true;
        if (++m_found.images > 1 || m_depth > 0) {
            notSingleImage(Text::tr("the page draws more than one image"));
            return;
        }
        m_found.image = object;
        m_found.imageMatrix = m_state.ctm;
        m_found.imageClips = m_state.clips;
    }

    /// A form's content counts as the page's (for text only; a page drawn
    /// through a form is never taken as one image).
    void scanForm(QPDFObjectHandle form)
    {
        m_found.paints = true;
        if (m_found.notTextOnly)
            return;
        if (m_depth >= kMaxFormDepth || !m_found.formsSeen.insert(form.getObjGen()).second) {
            m_found.notTextOnly = true; // too deep, or drawn before: do not follow
            return;
        }
        QPDFObjectHandle resources = form.getDict().getKey("/Resources");
        ContentScanner nested(resources.isDictionary() ? resources : m_resources, m_found, m_depth + 1);
        form.parseAsContents(&nested);
    }

    void handleExtGState()
    {
        if (m_operands.empty() || !m_operands.back().isName() || !m_extGStates.isDictionary())
            return;
        QPDFObjectHandle state = m_extGStates.getKey(m_operands.back().getName());
        if (!state.isDictionary())
            return;
        // Settings that change how an image looks: leave those pages to the renderer.
        const auto isOne = [&state](const char *key) {
            QPDFObjectHandle v = state.getKey(key);
            return v.isNull() || (v.isNumber() && v.getNumericValue() >= 1.0);
        };
        const std::string blend = nameOf(state.getKey("/BM"));
        QPDFObjectHandle softMask = state.getKey("/SMask");
        const bool plain = isOne("/ca") && isOne("/CA") && (blend.empty() || blend == "/Normal" || blend == "/Compatible")
                           && (softMask.isNull() || nameOf(softMask) == "/None") && state.getKey("/TR").isNull()
                           && state.getKey("/TR2").isNull();
        if (!plain && !m_found.notSingleImage) {
            m_found.notSingleImage = true;
            m_found.detail = Text::tr("the page sets transparency or a transfer function");
            stopWhenSettled();
        }
    }

    QPDFObjectHandle m_resources;
    QPDFObjectHandle m_xobjects;
    QPDFObjectHandle m_extGStates;
    PdfContentFindings &m_found;
    int m_depth = 0;
    std::vector<QPDFObjectHandle> m_operands;
    State m_state;
    std::vector<State> m_stack;
    std::vector<Box> m_pathRects;
    bool m_pathIsRectangles = true;
    bool m_clipPending = false;
};

} // namespace

PdfContentFindings PdfContentScanner::scan(QPDFPageObjectHelper &page, QPDFObjectHandle resources)
{
    PdfContentFindings findings;
    ContentScanner scanner(resources, findings);
    page.parseContents(&scanner);
    return findings;
}

} // namespace quire::detail
