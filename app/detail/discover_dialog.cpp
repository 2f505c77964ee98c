#include "detail/discover_dialog.h"

#include "lwm2m/link_format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hangar::app {

DiscoverDialog::DiscoverDialog(const QString& target, const QString& answer, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Discover %1").arg(target));
    auto* layout = new QVBoxLayout(this);
    const auto parsed = lwm2m::parseLinkFormat(answer.toStdString());
    m_links = new QTreeWidget(this);
    m_links->setAccessibleName(tr("Discovered links"));
    m_links->setHeaderLabels({tr("Link"), tr("Attributes")});
    m_links->setRootIsDecorated(false);
    m_links->setUniformRowHeights(true);
    if (parsed) {
        for (const lwm2m::Link& link : *parsed) {
            QStringList attributes;
            for (const lwm2m::LinkAttribute& attribute : link.attributes) {
                attributes << (attribute.value ? QStringLiteral("%1=%2").arg(QString::fromStdString(attribute.name),
                                                                             QString::fromStdString(*attribute.value))
                                               : QString::fromStdString(attribute.name));
            }
            new QTreeWidgetItem(m_links, {QString::fromStdString(link.target), attributes.join(QStringLiteral(", "))});
        }
        m_links->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        layout->addWidget(m_links);
    } else {
        m_links->hide();
        layout->addWidget(new QLabel(tr("The answer is not valid link format (%1):")
                                         .arg(QString::fromStdString(parsed.error().message)),
                                     this));
    }
    auto* raw = new QPlainTextEdit(answer, this);
    raw->setReadOnly(true);
    raw->setAccessibleName(tr("Link-format answer"));
    raw->setMaximumHeight(raw->fontMetrics().lineSpacing() * 5);
    layout->addWidget(new QLabel(tr("Answer as received:"), this));
    layout->addWidget(raw);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().lineSpacing() * 24);
}

} // namespace hangar::app
