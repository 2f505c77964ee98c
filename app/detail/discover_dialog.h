#pragma once

#include <QDialog>

class QTreeWidget;

namespace hangar::app {

/// Shows a Discover answer: one row per link with its attributes (pmin=10, dim=2, ...), and the
/// raw link-format text when the answer does not parse.
class DiscoverDialog : public QDialog
{
    Q_OBJECT

public:
    DiscoverDialog(const QString& target, const QString& answer, QWidget* parent = nullptr);

    QTreeWidget* links() const { return m_links; }

private:
    QTreeWidget* m_links = nullptr;
};

} // namespace hangar::app
