#include "charts/series_picker.h"

#include "charts/series_label.h"
#include "charts/series_loader.h"
#include "services/app_services.h"
#include "services/gui_callback.h"
#include "shell/themed_icon.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hangar::app {

namespace {

constexpr int kDeviceListLimit = 500;

} // namespace

SeriesPicker::SeriesPicker(AppServices& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    m_device = new QComboBox(this);
    m_device->setEditable(true);
    m_device->setInsertPolicy(QComboBox::NoInsert);
    m_path = new QComboBox(this);
    m_path->setEditable(true);
    m_path->setInsertPolicy(QComboBox::NoInsert);
    m_add = new QPushButton(this);
    m_add->setIcon(themedIcon(QStringLiteral("chart")));
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setBuddy(m_device);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setBuddy(m_path);

    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_deviceLabel, m_device);
    layout->addRow(m_pathLabel, m_path);
    layout->addRow(m_add);

    connect(m_device, &QComboBox::currentTextChanged, this, &SeriesPicker::loadPaths);
    connect(m_add, &QPushButton::clicked, this, &SeriesPicker::requestAdd);
    connect(m_path->lineEdit(), &QLineEdit::returnPressed, this, &SeriesPicker::requestAdd);
    setTabOrder(m_device, m_path);
    setTabOrder(m_path, m_add);
    retranslate();
}

void SeriesPicker::retranslate()
{
    m_deviceLabel->setText(tr("&Device:"));
    m_pathLabel->setText(tr("&Resource:"));
    m_add->setText(tr("&Add to chart"));
    m_device->setAccessibleName(tr("Device"));
    m_path->setAccessibleName(tr("Numeric resource"));
    m_device->lineEdit()->setPlaceholderText(tr("Endpoint"));
    m_path->lineEdit()->setPlaceholderText(tr("/3303/0/5700"));
}

void SeriesPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SeriesPicker::showEvent(QShowEvent* event)
{
    refreshDevices();
    QWidget::showEvent(event);
}

void SeriesPicker::refreshDevices()
{
    engine::Engine* engine = &m_services.engine();
    m_services.query<QStringList>(
        this,
        [engine] {
            store::DeviceQuery query;
            query.limit = kDeviceListLimit;
            QStringList endpoints;
            if (auto page = engine->listDevices(query)) {
                for (const store::DeviceRecord& device : page->items)
                    endpoints << QString::fromStdString(device.endpoint);
            }
            return endpoints;
        },
        [this](QStringList endpoints) {
            const QString typed = m_device->currentText();
            const QSignalBlocker blocker(m_device);
            m_device->clear();
            m_device->addItems(endpoints);
            m_device->setEditText(typed);
            if (typed.isEmpty() && !endpoints.isEmpty()) {
                m_device->setCurrentIndex(0);
                loadPaths(endpoints.first());
            }
        });
}

void SeriesPicker::loadPaths(const QString& endpoint)
{
    const int request = ++m_pathRequest;
    m_path->clear();
    if (endpoint.isEmpty())
        return;
    // The value cache holds every value the engine saw (observed or read); a cache-only read
    // queries the store on the calling thread, so it runs on a worker.
    engine::Engine* engine = &m_services.engine();
    const lwm2m::ObjectRegistry* models = &m_services.models();
    auto done = onGui<engine::ReadResult>(this, [this, request, endpoint, models](Expected<engine::ReadResult> result) {
        if (request != m_pathRequest || !result)
            return;
        for (const lwm2m::PathValue& value : result->values) {
            if (!numericValue(value.value))
                continue;
            const SeriesKey key{endpoint, QString::fromStdString(value.path.toString())};
            m_path->addItem(seriesLabel(*models, key), key.path);
        }
    });
    m_services.query<int>(
        this,
        [engine, endpoint, done] {
            engine::ReadOptions options;
            options.cacheOnly = true;
            engine->read(endpoint.toStdString(), lwm2m::LwM2mPath(), options, done);
            return 0;
        },
        [](int) {});
}

void SeriesPicker::requestAdd()
{
    const QString endpoint = m_device->currentText().trimmed();
    QString path = m_path->currentData().toString();
    if (path.isEmpty() || m_path->currentText() != m_path->itemText(m_path->currentIndex()))
        path = m_path->currentText().trimmed();
    if (endpoint.isEmpty() || !lwm2m::LwM2mPath::parse(path.toStdString()).has_value())
        return;
    Q_EMIT addRequested(SeriesKey{endpoint, path});
}

} // namespace hangar::app
