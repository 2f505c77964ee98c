#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

#include <array>
#include <utility>
#include <vector>

namespace hangar::app {

/// Paints cells like QStyledItemDelegate and marks the substrings a search matched with the
/// palette's highlight colour. One text run per cell, no rich text, so scrolling stays cheap.
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The substrings to mark in each column (case-insensitive).
    void setHighlights(int column, QStringList needles);
    void clearHighlights();

    /// Where `text`, shown in `column`, gets marked: (start, length) for every occurrence of
    /// every needle, in needle order.
    std::vector<std::pair<qsizetype, qsizetype>> matchRanges(int column, const QString& text) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    std::array<QStringList, 16> m_needles;
};

} // namespace hangar::app
