#include "inventory/devices_view.h"

#include "inventory/bulk_action_runner.h"
#include "inventory/bulk_progress_panel.h"
#include "inventory/device_feed.h"
#include "inventory/device_table_model.h"
#include "inventory/match_highlight_delegate.h"
#include "services/app_services.h"
#include "shell/themed_icon.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace hangar::app {

namespace {

constexpr quint32 kStateMagic = 0x48444576; // "HDEv"
constexpr quint8 kStateVersion = 1;
/// Typing is debounced by this much before the table filters.
constexpr int kSearchDebounceMs = 50;

} // namespace

DevicesView::DevicesView(AppServices& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    m_model = new DeviceTableModel(this);
    m_feed = new DeviceFeed(services, *m_model, this);
    m_runner = new BulkActionRunner(this);
    buildActions();
    buildLayout();

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &DevicesView::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applySearch();
        m_table->setFocus();
    });
    connect(m_model, &DeviceTableModel::countsChanged, this, &DevicesView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DevicesView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DevicesView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DevicesView::updateActions);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT deviceActivated(index.data(DeviceTableModel::EndpointRole).toString());
    });
    connect(m_feed, &DeviceFeed::loadProgress, this, [this](int loaded, int total) {
        m_loaded = loaded;
        m_loadTotal = total;
        m_loadBar->setRange(0, std::max(1, total));
        m_loadBar->setValue(loaded);
        retranslate();
    });
    connect(m_feed, &DeviceFeed::loadFinished, this, [this](bool, const QString& error) {
        m_loadBar->hide();
        m_loadCancel->hide();
        m_info->setText(error);
        m_info->setVisible(!error.isEmpty());
    });
    connect(m_loadCancel, &QToolButton::clicked, m_feed, &DeviceFeed::cancelLoad);
    connect(m_runner, &BulkActionRunner::deviceFinished, this,
            [this](const std::string& endpoint, bool ok, const QString& text) {
                m_model->setResult(endpoint, text, !ok);
            });

    retranslate();
    updateActions();
    refresh();
}

DevicesView::~DevicesView() = default;

void DevicesView::buildActions()
{
    const auto make = [this](const char* icon, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        if (*icon != '\0')
            action->setIcon(themedIcon(QLatin1String(icon)));
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_refreshAction = make("refresh", {}, &DevicesView::refresh);
    m_openAction = make("devices", {}, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT deviceActivated(current.data(DeviceTableModel::EndpointRole).toString());
    });
    m_readAction = make("read", QKeySequence(Qt::CTRL | Qt::Key_R), &DevicesView::readSelected);
    m_rebootAction = make("reboot", {}, &DevicesView::rebootSelected);
    m_tagAction = make("tag", QKeySequence(Qt::CTRL | Qt::Key_T), &DevicesView::tagSelected);
    m_exportAction = make("export", QKeySequence(Qt::CTRL | Qt::Key_E), &DevicesView::exportSelected);
    m_forgetAction = make("", QKeySequence::Delete, &DevicesView::forgetSelected);
}

void DevicesView::buildLayout()
{
    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_refreshAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_readAction);
    m_toolbar->addAction(m_rebootAction);
    m_toolbar->addAction(m_tagAction);
    m_toolbar->addAction(m_exportAction);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchError = new QLabel(this);
    m_searchError->setForegroundRole(QPalette::PlaceholderText);
    m_searchError->hide();
    m_count = new QLabel(this);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadBar = new QProgressBar(this);
    m_loadBar->setMaximumWidth(m_loadBar->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_loadCancel = new QToolButton(this);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->hide();

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 3);
    searchRow->addWidget(m_loadBar);
    searchRow->addWidget(m_loadCancel);
    searchRow->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_delegate = new MatchHighlightDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicator(0, Qt::AscendingOrder);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {14, 8, 10, 7, 7, 16, 6, 11, 12, 14};
    for (int column = 0; column < kDeviceColumnCount; ++column)
        header->resizeSection(column, widths[column] * em);
    connect(m_table, &QTableView::customContextMenuRequested, this, &DevicesView::showContextMenu);

    m_bulkPanel = new BulkProgressPanel(*m_runner, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addLayout(searchRow);
    layout->addWidget(m_searchError);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_bulkPanel);
    setTabOrder(m_search, m_table);
}

void DevicesView::retranslate()
{
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Load every device again (F5)"));
    m_openAction->setText(tr("Open device"));
    m_readAction->setText(tr("Read"));
    m_readAction->setToolTip(tr("Read the Device object (/3/0) of the selected devices"));
    m_rebootAction->setText(tr("Reboot…"));
    m_rebootAction->setToolTip(tr("Reboot the selected devices (execute /3/0/4)"));
    m_tagAction->setText(tr("Tags…"));
    m_tagAction->setToolTip(tr("Add or remove tags on the selected devices"));
    m_exportAction->setText(tr("Export CSV…"));
    m_exportAction->setToolTip(tr("Save the selected devices (or all shown) as CSV"));
    m_forgetAction->setText(tr("Forget…"));
    m_forgetAction->setToolTip(tr("Remove the selected devices and their data (Delete)"));
    m_search->setPlaceholderText(
        tr("Search: status:offline model:pump fw:1.2 tag:north plant3"));
    m_search->setAccessibleName(tr("Search devices"));
    m_search->setToolTip(tr("Words match endpoint, model, serial and tags. Fields: status:, "
                            "model:, fw:, tag:, ep:, serial:, ip:. Quote values with spaces."));
    m_table->setAccessibleName(tr("Devices"));
    m_loadBar->setAccessibleName(tr("Loading devices"));
    m_loadBar->setFormat(tr("Loading %1 of %2").arg(QLocale().toString(m_loaded),
                                                     QLocale().toString(m_loadTotal)));
    m_loadCancel->setText(tr("Cancel"));
    m_loadCancel->setToolTip(tr("Stop loading devices"));
    m_model->retranslate();
    m_bulkPanel->retranslate();
    if (!m_search->text().isEmpty())
        applySearch(); // the parse error message is translated
    updateCount();
}

void DevicesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DevicesView::applySearch()
{
    DeviceFilter filter = parseDeviceFilter(m_search->text());
    m_searchError->setText(filter.error);
    m_searchError->setVisible(!filter.error.isEmpty());
    m_delegate->clearHighlights();
    for (int column = 0; column < kDeviceColumnCount; ++column)
        m_delegate->setHighlights(column, filter.highlights(static_cast<DeviceColumn>(column)));
    m_model->setFilter(std::move(filter));
    m_table->viewport()->update();
}

void DevicesView::updateCount()
{
    m_count->setText(tr("%1 of %2 devices")
                         .arg(QLocale().toString(m_model->visibleCount()),
                              QLocale().toString(m_model->totalCount())));
}

void DevicesView::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_readAction->setEnabled(any);
    m_rebootAction->setEnabled(any);
    m_tagAction->setEnabled(any);
    m_forgetAction->setEnabled(any);
    m_openAction->setEnabled(m_table->currentIndex().isValid());
}

void DevicesView::showContextMenu(const QPoint& position)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addSeparator();
    menu.addAction(m_readAction);
    menu.addAction(m_rebootAction);
    menu.addAction(m_tagAction);
    menu.addAction(m_exportAction);
    menu.addSeparator();
    menu.addAction(m_forgetAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

std::vector<std::string> DevicesView::selectedEndpoints() const
{
    std::vector<std::string> endpoints;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        endpoints.push_back(index.data(DeviceTableModel::EndpointRole).toString().toStdString());
    return endpoints;
}

void DevicesView::refresh()
{
    m_loaded = 0;
    m_loadTotal = 0;
    m_loadBar->setRange(0, 0);
    m_loadBar->show();
    m_loadCancel->show();
    m_info->hide();
    m_feed->reload();
}

void DevicesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray DevicesView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << kStateMagic << kStateVersion << m_table->horizontalHeader()->saveState();
    return state;
}

bool DevicesView::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    quint8 version = 0;
    QByteArray headerState;
    stream >> magic >> version >> headerState;
    if (stream.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    QHeaderView* header = m_table->horizontalHeader();
    if (!header->restoreState(headerState))
        return false;
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

} // namespace hangar::app
