#include "detail/object_browser.h"

#include "detail/observe_dialog.h"
#include "detail/write_value_dialog.h"
#include "services/app_services.h"
#include "shell/themed_icon.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace hangar::app {

namespace {

constexpr int kObservedPollMs = 2000;

bool isNumeric(lwm2m::ResourceType type)
{
    return type == lwm2m::ResourceType::Integer || type == lwm2m::ResourceType::UnsignedInteger ||
           type == lwm2m::ResourceType::Float;
}

} // namespace

ObjectBrowser::ObjectBrowser(AppServices& services, const QString& endpoint, QWidget* parent)
    : QWidget(parent), m_services(services), m_endpoint(endpoint.toStdString())
{
    m_model = new ObjectTreeModel(services.models(), this);
    m_activity = new ActivityModel(this);
    buildActions();
    buildLayout();
    retranslate();
    updateActions();

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kObservedPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &ObjectBrowser::pollObserved);
    m_pollTimer->start();
    // Emitted on the engine thread: queue it to this (GUI) thread.
    connect(&services.engine(), &engine::Engine::observationsChanged, this, &ObjectBrowser::observationsChanged,
            Qt::QueuedConnection);
}

ObjectBrowser::~ObjectBrowser() = default;

void ObjectBrowser::setDevice(const store::DeviceRecord& device)
{
    const bool first = !m_hasDevice;
    m_device = device;
    m_hasDevice = true;
    if (auto links = lwm2m::parseRegistrationLinks(device.objectLinks))
        m_model->setRegisteredObjects(withoutDeleted(std::move(*links)));
    if (first) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_tree->expand(m_model->index(row, 0));
        refresh();
    }
    // Registration changes end or keep observations: take the engine's word for which remain.
    syncObservations();
    updateActions();
}

bool ObjectBrowser::selectPath(const lwm2m::LwM2mPath& path)
{
    const QModelIndex index = m_model->indexOf(path);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ObjectBrowser::buildActions()
{
    const auto make = [this](const char* icon, const QKeySequence& keys, void (ObjectBrowser::*slot)()) {
        const QIcon image = icon ? themedIcon(QLatin1String(icon)) : QIcon();
        auto* action = new QAction(image, QString(), this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_readAction = make("read", QKeySequence(Qt::CTRL | Qt::Key_R), &ObjectBrowser::readSelected);
    m_writeAction = make("write", QKeySequence(Qt::Key_F2), &ObjectBrowser::writeSelected);
    m_executeAction = make("execute", QKeySequence(Qt::CTRL | Qt::Key_E), &ObjectBrowser::executeSelected);
    m_observeAction = make("observe", QKeySequence(Qt::CTRL | Qt::Key_B), &ObjectBrowser::observeSelected);
    m_cancelAction = make("stop", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                          &ObjectBrowser::cancelObservationSelected);
    m_discoverAction = make(nullptr, QKeySequence(Qt::CTRL | Qt::Key_D), &ObjectBrowser::discoverSelected);
    m_refreshAction = make("refresh", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &ObjectBrowser::refresh);
    m_createAction = make(nullptr, QKeySequence(Qt::Key_Insert), &ObjectBrowser::createInstanceSelected);
    m_deleteAction = make(nullptr, QKeySequence(QKeySequence::Delete), &ObjectBrowser::deleteInstanceSelected);
    m_chartAction = new QAction(themedIcon(QStringLiteral("chart")), QString(), this);
    connect(m_chartAction, &QAction::triggered, this, [this] {
        if (const ObjectNode* node = selectedNode())
            Q_EMIT chartRequested(QString::fromStdString(m_endpoint), QString::fromStdString(node->path.toString()));
    });
}

void ObjectBrowser::buildLayout()
{
    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addActions({m_readAction, m_writeAction, m_executeAction});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_observeAction, m_cancelAction, m_chartAction});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_createAction, m_deleteAction});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_discoverAction, m_refreshAction});

    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAllColumnsShowFocus(true);
    const int em = m_tree->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_tree->setColumnWidth(static_cast<int>(ObjectColumn::Name), em * 26);
    m_tree->setColumnWidth(static_cast<int>(ObjectColumn::Value), em * 14);
    m_tree->setColumnWidth(static_cast<int>(ObjectColumn::Unit), em * 4);
    m_tree->setColumnWidth(static_cast<int>(ObjectColumn::Type), em * 9);
    m_tree->setColumnWidth(static_cast<int>(ObjectColumn::Access), em * 5);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &ObjectBrowser::showContextMenu);
    connect(m_tree, &QTreeView::activated, this, &ObjectBrowser::activated);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ObjectBrowser::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ObjectBrowser::updateActions);

    m_activityTable = new QTableView(this);
    m_activityTable->setModel(m_activity);
    m_activityTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activityTable->verticalHeader()->hide();
    m_activityTable->verticalHeader()->setDefaultSectionSize(m_activityTable->fontMetrics().lineSpacing() + 6);
    m_activityTable->horizontalHeader()->setStretchLastSection(true);
    m_activityTable->setColumnWidth(ActivityModel::TimeColumn, em * 7);
    m_activityTable->setColumnWidth(ActivityModel::OperationColumn, em * 9);
    m_activityTable->setColumnWidth(ActivityModel::PathColumn, em * 9);
    m_activityTable->setWordWrap(false);

    auto* activityBox = new QWidget(this);
    auto* activityLayout = new QVBoxLayout(activityBox);
    activityLayout->setContentsMargins(0, 0, 0, 0);
    m_activityLabel = new QLabel(activityBox);
    m_activityLabel->setBuddy(m_activityTable);
    activityLayout->addWidget(m_activityLabel);
    activityLayout->addWidget(m_activityTable);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(activityBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter);
    setTabOrder(m_tree, m_activityTable);
    setFocusProxy(m_tree);
}

void ObjectBrowser::retranslate()
{
    const auto label = [](QAction* action, const QString& text, const QString& tip) {
        action->setText(text);
        action->setToolTip(action->shortcut().isEmpty()
                               ? tip
                               : tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    };
    label(m_readAction, tr("&Read"), tr("Read the selected node from the device"));
    label(m_writeAction, tr("&Write…"), tr("Write a new value to the selected resource"));
    label(m_executeAction, tr("E&xecute…"), tr("Execute the selected resource"));
    label(m_observeAction, tr("&Observe…"), tr("Observe the selected node with notification attributes"));
    label(m_cancelAction, tr("&Cancel observation"), tr("Stop observing the selected node"));
    label(m_discoverAction, tr("&Discover"), tr("Ask the device which resources and attributes it has"));
    label(m_refreshAction, tr("Re&fresh all"), tr("Read the value cache and every object again"));
    label(m_createAction, tr("Create &instance…"), tr("Create a new instance of the selected object on the device"));
    label(m_deleteAction, tr("De&lete instance"), tr("Delete the selected object instance on the device"));
    label(m_chartAction, tr("C&hart"), tr("Chart the observed values of the selected resource"));
    m_toolbar->setAccessibleName(tr("Object actions"));
    m_tree->setAccessibleName(tr("Objects and resources"));
    m_activityTable->setAccessibleName(tr("Request activity"));
    m_activityLabel->setText(tr("&Activity"));
    // The models translate in data() and headerData(): repaint so the views ask again.
    for (QAbstractItemView* view : {static_cast<QAbstractItemView*>(m_tree), static_cast<QAbstractItemView*>(m_activityTable)})
        view->viewport()->update();
    m_tree->header()->viewport()->update();
    m_activityTable->horizontalHeader()->viewport()->update();
}

void ObjectBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

const ObjectNode* ObjectBrowser::selectedNode() const
{
    return m_model->node(m_tree->currentIndex());
}

QString ObjectBrowser::describe(const ObjectNode& node) const
{
    const QString name = m_model->data(m_model->indexOf(node.path)).toString();
    return tr("%1 — %2").arg(name, QString::fromStdString(node.path.toString()));
}

void ObjectBrowser::updateActions()
{
    const ObjectNode* node = selectedNode();
    const bool online = m_hasDevice && m_device.status != store::DeviceStatus::Offline;
    m_readAction->setEnabled(node && online && node->readable() && !node->executable());
    m_writeAction->setEnabled(node && online && node->writable());
    m_executeAction->setEnabled(node && online && node->executable());
    m_observeAction->setEnabled(node && online && node->readable() && !node->executable());
    m_cancelAction->setEnabled(node && node->observed);
    m_discoverAction->setEnabled(node && online && node->path.depth() <= 3);
    m_chartAction->setEnabled(node && node->observed && node->path.depth() >= 3 && isNumeric(node->type()));
    // Refusals the object model explains (single instance, mandatory) are reported on trigger.
    m_createAction->setEnabled(node && online && node->path.isObject() && node->object != nullptr &&
                               node->path.objectId() != 0);
    m_deleteAction->setEnabled(node && online && node->path.isObjectInstance());
    m_refreshAction->setEnabled(m_hasDevice);
}

void ObjectBrowser::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions({m_readAction, m_writeAction, m_executeAction});
    menu.addSeparator();
    menu.addActions({m_observeAction, m_cancelAction, m_chartAction});
    menu.addSeparator();
    menu.addActions({m_createAction, m_deleteAction});
    menu.addSeparator();
    menu.addAction(m_discoverAction);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void ObjectBrowser::activated(const QModelIndex& index)
{
    const ObjectNode* node = m_model->node(index);
    if (node == nullptr || node->path.depth() < 3)
        return;
    if (node->writable() && m_writeAction->isEnabled())
        writeSelected();
    else if (node->executable() && m_executeAction->isEnabled())
        executeSelected();
    else if (m_readAction->isEnabled())
        readSelected();
}

void ObjectBrowser::readSelected()
{
    if (const ObjectNode* node = selectedNode(); node && m_readAction->isEnabled())
        read(node->path);
}

void ObjectBrowser::writeSelected()
{
    const ObjectNode* node = selectedNode();
    if (node == nullptr || !m_writeAction->isEnabled())
        return;
    auto* dialog = new WriteValueDialog(describe(*node), node->type(), node->value, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path = node->path] {
        if (dialog->value())
            write(path, *dialog->value());
    });
    dialog->open();
}

void ObjectBrowser::executeSelected()
{
    const ObjectNode* node = selectedNode();
    if (node == nullptr || !m_executeAction->isEnabled())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Execute %1").arg(describe(*node)));
    dialog->setLabelText(tr("&Arguments (optional, e.g. 0='on',1):"));
    dialog->setOkButtonText(tr("E&xecute"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, path = node->path](const QString& arguments) { execute(path, arguments); });
    dialog->open();
}

void ObjectBrowser::observeSelected()
{
    const ObjectNode* node = selectedNode();
    if (node == nullptr || !m_observeAction->isEnabled())
        return;
    auto* dialog = new ObserveDialog(describe(*node), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, path = node->path] { observe(path, dialog->attributes()); });
    dialog->open();
}

void ObjectBrowser::cancelObservationSelected()
{
    if (const ObjectNode* node = selectedNode(); node && m_cancelAction->isEnabled())
        cancelObservation(node->path);
}

void ObjectBrowser::discoverSelected()
{
    if (const ObjectNode* node = selectedNode(); node && m_discoverAction->isEnabled())
        discover(node->path);
}

} // namespace hangar::app
