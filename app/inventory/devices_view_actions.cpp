// DevicesView: the bulk actions on the selected devices.
#include "inventory/devices_view.h"

#include "inventory/bulk_action_runner.h"
#include "inventory/bulk_progress_panel.h"
#include "inventory/csv_export.h"
#include "inventory/device_table_model.h"
#include "services/app_services.h"
#include "services/gui_callback.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableView>

#include <algorithm>
#include <set>

namespace hangar::app {

namespace {

/// Devices tagged per engine call (one store transaction each).
constexpr std::size_t kTagBatchSize = 1000;

QString errorText(const Error& error)
{
    return QString::fromStdString(error.message);
}

} // namespace

void DevicesView::readSelected()
{
    std::vector<std::string> endpoints = selectedEndpoints();
    if (endpoints.empty())
        return;
    m_model->clearResults(); // the Result column shows this action only
    m_bulkPanel->begin(tr("Reading /3/0"));
    engine::Engine* engine = &m_services.engine();
    m_runner->start(std::move(endpoints), [this, engine](const std::string& endpoint,
                                                         BulkActionRunner::Report report) {
        engine->read(endpoint, lwm2m::LwM2mPath(3, 0), engine::ReadOptions{},
                     onGui<engine::ReadResult>(this, [report](Expected<engine::ReadResult> result) {
                         if (!result)
                             report(false, tr("Read failed: %1").arg(errorText(result.error())));
                         else
                             report(true, tr("Read %n value(s)", "",
                                             static_cast<int>(result->values.size())));
                     }));
    });
}

void DevicesView::rebootSelected()
{
    std::vector<std::string> endpoints = selectedEndpoints();
    if (endpoints.empty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Reboot devices"),
        tr("Reboot %n device(s)? They are offline until they register again.", "",
           static_cast<int>(endpoints.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_model->clearResults(); // the Result column shows this action only
    m_bulkPanel->begin(tr("Rebooting"));
    engine::Engine* engine = &m_services.engine();
    m_runner->start(std::move(endpoints), [this, engine](const std::string& endpoint,
                                                         BulkActionRunner::Report report) {
        engine->execute(endpoint, lwm2m::LwM2mPath(3, 0, 4), {},
                        onGui<void>(this, [report](Expected<void> result) {
                            if (!result)
                                report(false, tr("Reboot failed: %1").arg(errorText(result.error())));
                            else
                                report(true, tr("Reboot requested"));
                        }));
    });
}

void DevicesView::tagSelected()
{
    std::vector<std::string> endpoints = selectedEndpoints();
    if (endpoints.empty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Tags"),
        tr("Tags to add to %n device(s), separated by spaces or commas. Prefix a tag with - to "
           "remove it (e.g. north -south):", "", static_cast<int>(endpoints.size())),
        QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    std::set<std::string> add;
    std::set<std::string> drop;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("[,\\s]+")),
                                          Qt::SkipEmptyParts)) {
        if (word.startsWith(u'-') && word.size() > 1)
            drop.insert(word.mid(1).toStdString());
        else if (!word.startsWith(u'-'))
            add.insert(word.toStdString());
    }
    m_model->clearResults(); // the Result column shows this action only
    m_bulkPanel->begin(tr("Tagging"));
    engine::Engine* engine = &m_services.engine();
    std::vector<std::string> addList(add.begin(), add.end());
    std::vector<std::string> dropList(drop.begin(), drop.end());
    // The engine tags a list in one transaction; batches keep progress moving on a large
    // selection and confine a failure (e.g. a device forgotten meanwhile) to its batch.
    m_runner->startBatches(
        std::move(endpoints),
        [this, engine, addList, dropList](const std::vector<std::string>& batch,
                                          BulkActionRunner::Report report) {
            const std::size_t sent = batch.size();
            engine->setDeviceTags(
                batch, addList, dropList,
                onGui<std::size_t>(this, [report, sent](Expected<std::size_t> result) {
                    if (!result)
                        report(false, tr("Tagging failed: %1").arg(errorText(result.error())));
                    else if (result.value() == 0)
                        report(true, tr("Tags unchanged"));
                    else if (result.value() == sent)
                        report(true, tr("Tags changed"));
                    else
                        report(true, tr("Tags changed on %1 of %2 devices sent together")
                                         .arg(result.value())
                                         .arg(sent));
                }));
        },
        kTagBatchSize);
}

void DevicesView::forgetSelected()
{
    std::vector<std::string> endpoints = selectedEndpoints();
    if (endpoints.empty())
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Forget devices"),
        tr("Forget %n device(s)? Their credentials, cached values and telemetry are deleted.", "",
           static_cast<int>(endpoints.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_model->clearResults(); // the Result column shows this action only
    m_bulkPanel->begin(tr("Forgetting"));
    engine::Engine* engine = &m_services.engine();
    m_runner->start(std::move(endpoints), [this, engine](const std::string& endpoint,
                                                         BulkActionRunner::Report report) {
        engine->forgetDevice(endpoint, onGui<void>(this, [this, endpoint, report](Expected<void> result) {
                                 if (!result) {
                                     report(false, tr("Forget failed: %1").arg(errorText(result.error())));
                                     return;
                                 }
                                 report(true, tr("Forgotten"));
                                 m_model->remove({endpoint});
                             }));
    });
}

void DevicesView::exportSelected()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export devices"),
                                                      QStringLiteral("devices.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void DevicesView::exportCsvTo(const QString& path)
{
    // A snapshot of the rows (their strings are shared, not copied) goes to a worker.
    std::vector<DeviceRow> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        rows.reserve(static_cast<std::size_t>(m_model->visibleCount()));
        for (int row = 0; row < m_model->visibleCount(); ++row)
            rows.push_back(m_model->visibleRow(row));
    } else {
        std::vector<int> order;
        for (const QModelIndex& index : selected)
            order.push_back(index.row());
        std::sort(order.begin(), order.end());
        for (const int row : order)
            rows.push_back(m_model->visibleRow(row));
    }
    std::vector<DeviceColumn> columns;
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(static_cast<DeviceColumn>(logical));
    }
    const int count = static_cast<int>(rows.size());
    m_info->setText(tr("Exporting %1 devices…").arg(QLocale().toString(count)));
    m_info->show();
    m_services.query<Expected<void>>(
        this,
        [path, rows = std::move(rows), columns = std::move(columns)] {
            return writeDevicesCsv(path, rows, columns);
        },
        [this, path, count](Expected<void> result) {
            const QString message =
                result ? tr("Exported %1 devices to %2").arg(QLocale().toString(count), path)
                       : tr("Export failed: %1").arg(errorText(result.error()));
            m_info->setText(message);
            Q_EMIT exportFinished(result.has_value(), message);
        });
}

} // namespace hangar::app
