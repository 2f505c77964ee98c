#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

#include <array>

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

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    std::array<QStringList, 16> m_needles;
};

} // namespace hangar::app
