#include "shell/palette_colors.h"

#include <algorithm>
#include <cmath>

namespace hangar::app {
namespace {

constexpr double kErrorContrast = 4.5;     // WCAG AA for body text
constexpr double kSecondaryContrast = 3.0; // WCAG AA for large text: enough for hints
constexpr QRgb kErrorRed = 0xc62828;
constexpr float kLightnessStep = 0.03F;

double channel(float value)
{
    return value <= 0.04045F ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor blended(const QColor& foreground, const QColor& background)
{
    return mixedColor(foreground, background, foreground.alphaF());
}

double worstContrast(const QColor& colour, const QPalette& palette)
{
    return std::min(contrastRatio(colour, palette.color(QPalette::Window)),
                    contrastRatio(colour, palette.color(QPalette::Base)));
}

} // namespace

QColor mixedColor(const QColor& over, const QColor& under, float weight)
{
    const auto mix = [weight](float a, float b) { return a * weight + b * (1.0F - weight); };
    const QColor front = over.toRgb();
    const QColor back = under.toRgb();
    return QColor::fromRgbF(mix(front.redF(), back.redF()), mix(front.greenF(), back.greenF()),
                            mix(front.blueF(), back.blueF()));
}

double contrastRatio(const QColor& foreground, const QColor& background)
{
    const double front = luminance(blended(foreground, background));
    const double back = luminance(background);
    return (std::max(front, back) + 0.05) / (std::min(front, back) + 0.05);
}

QColor errorTextColor(const QPalette& palette)
{
    // Below this luminance white text contrasts more than black: the background is dark.
    constexpr double kDarkBelow = 0.179;
    const double background =
        (luminance(palette.color(QPalette::Window)) + luminance(palette.color(QPalette::Base))) / 2.0;
    const float step = background < kDarkBelow ? kLightnessStep : -kLightnessStep;
    QColor colour = QColor::fromRgb(kErrorRed).toHsl();
    float lightness = colour.lightnessF();
    while (worstContrast(colour, palette) < kErrorContrast && lightness > 0.0F && lightness < 1.0F) {
        lightness = std::clamp(lightness + step, 0.0F, 1.0F);
        colour.setHslF(colour.hslHueF(), colour.hslSaturationF(), lightness);
    }
    return colour.toRgb();
}

QColor secondaryTextColor(const QPalette& palette)
{
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    const QColor base = palette.color(QPalette::Base);
    if (contrastRatio(placeholder, base) >= kSecondaryContrast)
        return placeholder;
    QColor text = palette.color(QPalette::Text);
    for (float alpha = 0.6F; alpha < 1.0F; alpha += 0.1F) {
        text.setAlphaF(alpha);
        if (contrastRatio(text, base) >= kSecondaryContrast)
            return blended(text, base);
    }
    return palette.color(QPalette::Text);
}

} // namespace hangar::app
