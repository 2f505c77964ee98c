#include "settings/api_token_box.h"

#include "shell/api_host.h"
#include "shell/error_label.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace hangar::app {

ApiTokenBox::ApiTokenBox(ApiHost* api, QWidget* parent) : QGroupBox(parent), m_api(api)
{
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("apiToken"));
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_reveal = new QPushButton(this);
    m_reveal->setCheckable(true);
    m_copy = new QPushButton(this);
    m_regenerate = new QPushButton(this);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result = new ErrorLabel(this);
    m_result->setWordWrap(true);
    m_result->hide(); // takes no room until there is something to say

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_token, 0, 0);
    layout->addWidget(m_reveal, 0, 1);
    layout->addWidget(m_copy, 0, 2);
    layout->addWidget(m_regenerate, 0, 3);
    layout->addWidget(m_where, 1, 0, 1, 4);
    layout->addWidget(m_result, 2, 0, 1, 4);
    layout->setColumnStretch(0, 1);

    connect(m_reveal, &QPushButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_api)
            QApplication::clipboard()->setText(QString::fromLatin1(m_api->token()));
        m_result->setText(tr("Token copied to the clipboard."));
        m_result->setError(false);
        m_result->show();
    });
    connect(m_regenerate, &QPushButton::clicked, this, &ApiTokenBox::confirmRegenerate);
    if (m_api)
        connect(m_api, &ApiHost::tokenChanged, this, &ApiTokenBox::showToken);

    const bool on = m_api && m_api->running();
    for (QWidget* control : {static_cast<QWidget*>(m_token), static_cast<QWidget*>(m_reveal),
                             static_cast<QWidget*>(m_copy), static_cast<QWidget*>(m_regenerate)})
        control->setEnabled(on);
    showToken();
    retranslate();
}

void ApiTokenBox::showToken()
{
    m_token->setText(m_api ? QString::fromLatin1(m_api->token()) : QString());
}

void ApiTokenBox::confirmRegenerate()
{
    const auto answer = QMessageBox::question(
        this, tr("Regenerate API token"),
        tr("Scripts and integrations using the current token stop working until they get the new "
           "one. Regenerate the token?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        regenerate();
}

bool ApiTokenBox::regenerate()
{
    if (!m_api)
        return false;
    m_result->show();
    const auto done = m_api->regenerateToken();
    if (!done) {
        m_result->setText(tr("Could not regenerate the token: %1")
                              .arg(QString::fromStdString(done.error().message)));
        m_result->setError(true);
        return false;
    }
    m_result->setText(tr("A new token is in force; the old one no longer works."));
    m_result->setError(false);
    return true;
}

void ApiTokenBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ApiTokenBox::retranslate()
{
    setTitle(tr("REST API token"));
    m_token->setAccessibleName(tr("API token"));
    m_reveal->setText(m_reveal->isChecked() ? tr("Hide") : tr("Show"));
    m_copy->setText(tr("Copy"));
    m_regenerate->setText(tr("Regenerate…"));
    if (!m_api || !m_api->running()) {
        m_where->setText(tr("The REST API is off. Turn it on under Endpoints (takes effect on "
                            "restart)."));
        return;
    }
    m_where->setText(tr("Send it as \"Authorization: Bearer <token>\". Stored in %1.")
                         .arg(m_api->tokenPath()));
}

} // namespace hangar::app
