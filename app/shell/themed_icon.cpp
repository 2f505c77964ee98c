#include "shell/themed_icon.h"

#include "shell/palette_colors.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace hangar::app {
namespace {

// The line colour every icon of resources/icons is drawn with.
constexpr QLatin1StringView kLineColour("#5f6b7a");
// How much of the text colour the normal tone takes (the rest is the window colour): icons read
// a little softer than text but keep a contrast of at least 3:1.
constexpr float kToneWeight = 0.75F;

QColor lineColour(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return mixedColor(palette.color(QPalette::WindowText), palette.color(QPalette::Window), kToneWeight);
}

class ThemedSvgEngine : public QIconEngine
{
public:
    explicit ThemedSvgEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size() * painter->device()->devicePixelRatio(), mode, state));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State /*state*/) override
    {
        const QColor colour = lineColour(mode);
        const QString key = QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(colour.rgba());
        if (const auto cached = m_cache.constFind(key); cached != m_cache.constEnd())
            return *cached;
        QByteArray svg = m_svg;
        svg.replace(kLineColour.data(), colour.name().toLatin1());
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        QSvgRenderer(svg).render(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
        constexpr qsizetype kMaxCached = 32;
        if (m_cache.size() >= kMaxCached)
            m_cache.clear();
        return *m_cache.insert(key, QPixmap::fromImage(std::move(image)));
    }

    QIconEngine* clone() const override { return new ThemedSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("hangar-themed-svg"); }

private:
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedSvgEngine(file.readAll()));
}

} // namespace hangar::app
