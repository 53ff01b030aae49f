#pragma once

// Internal to core/pdf: qpdf's object model, for the inspector's helpers.
#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4 // qpdf 11: std::shared_ptr throughout
#endif

#include <qpdf/QPDFObjectHandle.hh>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>

namespace quire::detail {

/// A PDF transformation matrix [a b c d e f]: x' = a x + c y + e, y' = b x + d y + f.
struct Matrix
{
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;

    /// This matrix applied after @p first: the `cm` rule (CTM' = M x CTM).
    Matrix then(const Matrix &next) const
    {
        return {a * next.a + b * next.c, a * next.b + b * next.d, c * next.a + d * next.c, c * next.b + d * next.d,
            e * next.a + f * next.c + next.e, e * next.b + f * next.d + next.f};
    }
    void map(double x, double y, double *outX, double *outY) const
    {
        *outX = a * x + c * y + e;
        *outY = b * x + d * y + f;
    }
};

struct Box
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
};

inline bool readBox(QPDFObjectHandle array, Box *box)
{
    if (!array.isArray() || array.getArrayNItems() != 4)
        return false;
    std::array<double, 4> v{};
    for (int i = 0; i < 4; ++i) {
        QPDFObjectHandle item = array.getArrayItem(i);
        if (!item.isNumber())
            return false;
        v[size_t(i)] = item.getNumericValue();
    }
    *box = {std::min(v[0], v[2]), std::min(v[1], v[3]), std::max(v[0], v[2]), std::max(v[1], v[3])};
    return true;
}

inline std::string nameOf(QPDFObjectHandle object)
{
    return object.isName() ? object.getName() : std::string();
}

inline bool isName(const std::string &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&name](const char *n) { return name == n; });
}

} // namespace quire::detail
