#include "app/common/palette_colors.h"

#include <QChart>
#include <QLegend>
#include <algorithm>
#include <cmath>

namespace cartera {

namespace {

double luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + t * (b.redF() - a.redF())),
                            static_cast<float>(a.greenF() + t * (b.greenF() - a.greenF())),
                            static_cast<float>(a.blueF() + t * (b.blueF() - a.blueF())));
}

} // namespace

bool isDark(const QPalette& palette) {
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x31), base(0x1E, 0x1F, 0x22), text(0xE6, 0xE6, 0xE6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2C));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9D, 0xA3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3C));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3E, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x4F, 0x53, 0x5A));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Shadow, QColor(0x0E, 0x0E, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7E, 0xD6));
    p.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Link, QColor(0x6C, 0xB0, 0xF0));
    p.setColor(QPalette::LinkVisited, QColor(0xB0, 0x8C, 0xF0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x83, 0x89));
    return p;
}

QColor paretoClassColor(ParetoClass c, const QPalette& palette) {
    const bool dark = isDark(palette);
    switch (c) {
    case ParetoClass::A:
        return dark ? QColor(0x1E, 0x40, 0x2A) : QColor(0xDF, 0xF2, 0xE1);
    case ParetoClass::B:
        return dark ? QColor(0x45, 0x3A, 0x1C) : QColor(0xFF, 0xF4, 0xD6);
    case ParetoClass::C:
        return dark ? mix(palette.color(QPalette::Base), QColor(Qt::white), 0.08)
                    : QColor(0xF3, 0xF3, 0xF3);
    case ParetoClass::Unranked:
        break;
    }
    return {};
}

QColor activityColor(Activity activity, const QPalette& palette) {
    const bool dark = isDark(palette);
    switch (activity) {
    case Activity::AtRisk:
        return dark ? QColor(0xF2, 0xB2, 0x5C) : QColor(0x9A, 0x60, 0x00);
    case Activity::Lost:
        return dark ? QColor(0xFF, 0x8A, 0x70) : QColor(0xB0, 0x30, 0x00);
    case Activity::Active:
        break;
    }
    return {};
}

QColor seriesColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0x6C, 0xB0, 0xF0) : QColor(0x1F, 0x5F, 0xA8);
}

QColor verdictColor(bool good, const QPalette& palette) {
    if (isDark(palette))
        return good ? QColor(0x7C, 0xD0, 0x80) : QColor(0xFF, 0x8A, 0x80);
    return good ? QColor(0x2E, 0x7D, 0x32) : QColor(0xC6, 0x28, 0x28);
}

QColor heatColor(double shade, const QPalette& palette) {
    const double s = std::clamp(shade, 0.0, 1.0);
    if (isDark(palette))
        return mix(QColor(0x26, 0x33, 0x40), QColor(0x4E, 0x9A, 0xE6), s);
    return mix(QColor(0xE8, 0xF1, 0xFA), QColor(0x1F, 0x5F, 0xA8), s);
}

QColor textOn(const QColor& fill) {
    const QColor light(0xFF, 0xFF, 0xFF), dark(0x20, 0x20, 0x20);
    return contrastRatio(fill, light) >= contrastRatio(fill, dark) ? light : dark;
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void applyPalette(QChart& chart, const QPalette& palette) {
    chart.setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart.setBackgroundBrush(palette.brush(QPalette::Base));
    chart.setTitleBrush(palette.brush(QPalette::Text));
    chart.legend()->setLabelColor(palette.color(QPalette::Text));
}

} // namespace cartera
