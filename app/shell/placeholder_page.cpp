#include "shell/placeholder_page.h"

#include "shell/themed_icon.h"

#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace hangar::app {

PlaceholderPage::PlaceholderPage(const QString& iconName, const char* title, const char* message,
                                 QWidget* parent)
    : QWidget(parent), m_iconSource(themedIcon(iconName)), m_title(title), m_message(message)
{
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    paintIcon();

    m_heading = new QLabel(this);
    m_heading->setAlignment(Qt::AlignCenter);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addStretch(3);
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        paintIcon(); // the themed icon takes the new colours
    QWidget::changeEvent(event);
}

void PlaceholderPage::paintIcon()
{
    const int side = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3;
    m_icon->setPixmap(m_iconSource.pixmap(QSize(side, side), devicePixelRatio()));
}

void PlaceholderPage::retranslate()
{
    m_heading->setText(QCoreApplication::translate("hangar::app::PlaceholderPage", m_title));
    m_text->setText(QCoreApplication::translate("hangar::app::PlaceholderPage", m_message));
}

} // namespace hangar::app
