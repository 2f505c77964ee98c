#include "inventory/match_highlight_delegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <utility>
#include <vector>

namespace hangar::app {

void MatchHighlightDelegate::setHighlights(int column, QStringList needles)
{
    if (column >= 0 && static_cast<std::size_t>(column) < m_needles.size())
        m_needles[static_cast<std::size_t>(column)] = std::move(needles);
}

void MatchHighlightDelegate::clearHighlights()
{
    for (QStringList& needles : m_needles)
        needles.clear();
}

std::vector<std::pair<qsizetype, qsizetype>> MatchHighlightDelegate::matchRanges(int column,
                                                                               const QString& text) const
{
    std::vector<std::pair<qsizetype, qsizetype>> ranges;
    if (column < 0 || static_cast<std::size_t>(column) >= m_needles.size())
        return ranges;
    for (const QString& needle : m_needles[static_cast<std::size_t>(column)]) {
        if (needle.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
            ranges.emplace_back(at, needle.size());
    }
    return ranges;
}

void MatchHighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const auto column = static_cast<std::size_t>(index.column());
    if (column >= m_needles.size() || m_needles[column].isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const auto ranges = matchRanges(index.column(), text);
    if (ranges.empty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Background, selection, focus and icon from the style; the text is drawn here.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(2, 0, -2, 0); // the style's own text margin
    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, textRect.width());
    const qsizetype plain = shown == text ? shown.size() : std::max<qsizetype>(0, shown.size() - 1);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;

    painter->save();
    painter->setClipRect(textRect);
    QColor mark = selected ? opt.palette.color(group, QPalette::HighlightedText)
                           : opt.palette.color(group, QPalette::Highlight);
    mark.setAlphaF(selected ? 0.30f : 0.35f);
    const int top = textRect.top() + (textRect.height() - metrics.height()) / 2;
    for (const auto& [start, length] : ranges) {
        if (start >= plain)
            continue;
        const qsizetype end = std::min(start + length, plain);
        const int x = textRect.left() + metrics.horizontalAdvance(shown.left(start));
        const int width = metrics.horizontalAdvance(shown.mid(start, end - start));
        painter->fillRect(QRect(x, top, width, metrics.height()), mark);
    }
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
    painter->restore();
}

} // namespace hangar::app
