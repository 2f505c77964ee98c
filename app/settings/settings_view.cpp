#include "settings/settings_view.h"

#include "engine/listen_policy.h"
#include "settings/api_token_box.h"
#include "settings/app_settings.h"
#include "settings/endpoint_text.h"
#include "shell/api_host.h"
#include "shell/error_label.h"
#include "shell/language.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hangar::app {
namespace {

QLabel* noteLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// Adds `field` with a label (its buddy) whose text retranslate() sets.
QLabel* addRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

/// A status line that takes no room while it is empty.
ErrorLabel* statusLabel(QWidget* parent)
{
    auto* label = new ErrorLabel(parent);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString orDefault(const QString& value, const char* fallback)
{
    return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}

} // namespace

SettingsView::SettingsView(const ShellContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(buildEndpoints());
    column->addWidget(buildStorage());
    m_tokenBox = new ApiTokenBox(m_context.api, content);
    column->addWidget(m_tokenBox);
    column->addWidget(buildLanguage());
    m_themeBox = new QGroupBox(content);
    m_themeNote = noteLabel(m_themeBox);
    (new QVBoxLayout(m_themeBox))->addWidget(m_themeNote);
    column->addWidget(m_themeBox);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: focusing a field scrolls it into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslate();
}

QGroupBox* SettingsView::buildEndpoints()
{
    const AppSettings& settings = *m_context.settings;
    m_endpointsBox = new QGroupBox(this);
    m_coap = new QLineEdit(orDefault(settings.coapEndpoint(), kDefaultCoap), m_endpointsBox);
    m_coaps = new QLineEdit(orDefault(settings.coapsEndpoint(), kDefaultCoaps), m_endpointsBox);
    m_api = new QLineEdit(orDefault(settings.apiEndpoint(), kDefaultApi), m_endpointsBox);
    m_coap->setObjectName(QStringLiteral("coapEndpoint"));
    m_coaps->setObjectName(QStringLiteral("coapsEndpoint"));
    m_api->setObjectName(QStringLiteral("apiEndpoint"));
    for (QLineEdit* field : {m_coap, m_coaps, m_api})
        connect(field, &QLineEdit::editingFinished, this, [this, field] { saveEndpoint(field); });
    m_endpointNote = noteLabel(m_endpointsBox);
    m_endpointStatus = statusLabel(m_endpointsBox);

    m_endpointsForm = new QFormLayout(m_endpointsBox);
    m_coapLabel = addRow(m_endpointsForm, m_coap);
    m_coapsLabel = addRow(m_endpointsForm, m_coaps);
    m_apiLabel = addRow(m_endpointsForm, m_api);
    m_endpointsForm->addRow(m_endpointNote);
    m_endpointsForm->addRow(m_endpointStatus);
    return m_endpointsBox;
}

QGroupBox* SettingsView::buildStorage()
{
    m_storageBox = new QGroupBox(this);
    const QString configured = m_context.settings->dataDir();
    m_dataDir = new QLineEdit(configured.isEmpty() ? m_context.dataDir : configured, m_storageBox);
    m_dataDir->setObjectName(QStringLiteral("dataDir"));
    connect(m_dataDir, &QLineEdit::editingFinished, this, &SettingsView::saveDataDir);
    m_browse = new QPushButton(m_storageBox);
    connect(m_browse, &QPushButton::clicked, this, &SettingsView::browseDataDir);
    auto* row = new QHBoxLayout;
    row->addWidget(m_dataDir, 1);
    row->addWidget(m_browse);
    m_storageNote = noteLabel(m_storageBox);
    m_storageForm = new QFormLayout(m_storageBox);
    m_dataDirLabel = new QLabel(m_storageBox);
    m_dataDirLabel->setBuddy(m_dataDir);
    m_storageForm->addRow(m_dataDirLabel, row);
    m_storageForm->addRow(m_storageNote);

    m_eventDays = new QSpinBox(m_storageBox);
    m_eventDays->setObjectName(QStringLiteral("eventRetentionDays"));
    m_eventDays->setRange(0, 36'500);
    m_eventDays->setValue(m_context.settings->eventRetentionDays());
    m_eventMax = new QSpinBox(m_storageBox);
    m_eventMax->setObjectName(QStringLiteral("eventMax"));
    m_eventMax->setRange(0, 1'000'000'000);
    m_eventMax->setSingleStep(100'000);
    m_eventMax->setGroupSeparatorShown(true);
    m_eventMax->setValue(m_context.settings->eventMax());
    for (QSpinBox* field : {m_eventDays, m_eventMax})
        connect(field, &QSpinBox::valueChanged, this, &SettingsView::saveEventLimits);
    m_eventDaysLabel = addRow(m_storageForm, m_eventDays);
    m_eventMaxLabel = addRow(m_storageForm, m_eventMax);
    m_eventNote = noteLabel(m_storageBox);
    m_storageForm->addRow(m_eventNote);
    return m_storageBox;
}

QGroupBox* SettingsView::buildLanguage()
{
    m_languageBox = new QGroupBox(this);
    m_language = new QComboBox(m_languageBox);
    m_language->setObjectName(QStringLiteral("language"));
    fillLanguages();
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        m_context.language->apply(m_language->itemData(index).toString());
    });
    m_languageForm = new QFormLayout(m_languageBox);
    m_languageLabel = addRow(m_languageForm, m_language);
    return m_languageBox;
}

void SettingsView::fillLanguages()
{
    const QString chosen = m_context.language->chosen();
    m_language->clear();
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosen)));
}

void SettingsView::saveEndpoint(QLineEdit* field)
{
    const auto parsed = parseEndpointText(field->text());
    if (!parsed) {
        m_endpointStatus->setError(true);
        m_endpointStatus->show();
        m_endpointStatus->setText(tr("\"%1\" is not an address: write HOST:PORT such as "
                                     "127.0.0.1:5683 or [::1]:5683, or off.")
                                      .arg(field->text()));
        return;
    }
    const QString text = *parsed ? (*parsed)->toString() : QStringLiteral("off");
    field->setText(text);
    AppSettings& settings = *m_context.settings;
    if (field == m_coap)
        settings.setCoapEndpoint(text);
    else if (field == m_coaps)
        settings.setCoapsEndpoint(text);
    else
        settings.setApiEndpoint(text);
    settings.sync();
    m_endpointStatus->setError(false);
    m_endpointStatus->show();
    if (field == m_coap && *parsed && !engine::isLoopbackAddress((*parsed)->host.toStdString()))
        m_endpointStatus->setText(tr("Saved. Plain CoAP off loopback has no authentication: Hangar "
                                     "opens it only when started with --allow-insecure-coap."));
    else
        m_endpointStatus->setText(tr("Saved. Hangar uses it from the next start."));
}

void SettingsView::saveDataDir()
{
    const QString dir = m_dataDir->text().trimmed();
    m_context.settings->setDataDir(dir.isEmpty() ? QString() : QDir::cleanPath(dir));
    m_context.settings->sync();
}

void SettingsView::saveEventLimits()
{
    m_context.settings->setEventRetentionDays(m_eventDays->value());
    m_context.settings->setEventMax(m_eventMax->value());
    m_context.settings->sync();
}

void SettingsView::browseDataDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Data directory"), m_dataDir->text());
    if (dir.isEmpty())
        return;
    m_dataDir->setText(dir);
    saveDataDir();
}

void SettingsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsView::retranslate()
{
    m_endpointsBox->setTitle(tr("Endpoints"));
    m_coapLabel->setText(tr("CoAP (plain):"));
    m_coapsLabel->setText(tr("CoAPS (DTLS-PSK):"));
    m_apiLabel->setText(tr("REST API:"));
    m_coap->setAccessibleName(tr("CoAP endpoint"));
    m_coaps->setAccessibleName(tr("CoAPS endpoint"));
    m_api->setAccessibleName(tr("REST API endpoint"));
    const ListeningEndpoints& now = m_context.endpoints;
    const QString off = tr("off");
    const QString apiNow = m_context.api && m_context.api->running()
                               ? EndpointText{m_context.api->address().toString(), m_context.api->port()}.toString()
                               : off;
    m_endpointNote->setText(
        tr("HOST:PORT or off; port 0 picks a free port. Changes take effect when Hangar restarts. "
           "Listening now: CoAP %1, CoAPS %2, REST API %3.")
            .arg(now.coapHost.isEmpty() ? off : EndpointText{now.coapHost, now.coapPort}.toString(),
                 now.coapsHost.isEmpty() ? off : EndpointText{now.coapsHost, now.coapsPort}.toString(),
                 apiNow));

    m_storageBox->setTitle(tr("Data directory"));
    m_dataDirLabel->setText(tr("Folder:"));
    m_browse->setText(tr("Browse…"));
    m_dataDir->setAccessibleName(tr("Data directory"));
    m_storageNote->setText(tr("Holds the device database, the API token and extra object models. "
                              "Changes take effect when Hangar restarts; the data is not moved. "
                              "In use now: %1")
                               .arg(QDir::toNativeSeparators(m_context.dataDir)));
    m_eventDaysLabel->setText(tr("Keep events for:"));
    m_eventDays->setSuffix(tr(" days"));
    m_eventDays->setSpecialValueText(tr("any age"));
    m_eventDays->setAccessibleName(tr("Days events are kept"));
    m_eventMaxLabel->setText(tr("Keep at most:"));
    m_eventMax->setSuffix(tr(" events"));
    m_eventMax->setSpecialValueText(tr("no limit"));
    m_eventMax->setAccessibleName(tr("Most events kept"));
    m_eventNote->setText(tr("Older events and the oldest beyond the maximum are deleted from the event log. "
                            "Changes take effect when Hangar restarts."));

    m_languageBox->setTitle(tr("Language"));
    m_language->setAccessibleName(tr("Language"));
    m_languageLabel->setText(tr("User interface:"));
    m_language->setItemText(0, tr("System language"));
    m_themeBox->setTitle(tr("Appearance"));
    m_themeNote->setText(tr("Hangar follows the light or dark theme of your desktop."));
}

} // namespace hangar::app
