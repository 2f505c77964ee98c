#include "events/events_view.h"

#include "events/event_feed.h"
#include "events/event_log_model.h"

#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hangar::app {
namespace {

constexpr quint32 kStateVersion = 1;

} // namespace

EventsView::EventsView(AppServices& services, QWidget* parent) : QWidget(parent)
{
    m_model = new EventLogModel(10'000, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventLogModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    m_count = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventLogModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(EventLogModel::Time,
                            fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88 88:88:88")) + charWidth * 3);
    m_table->setColumnWidth(EventLogModel::Type, charWidth * 20);
    m_table->setColumnWidth(EventLogModel::Endpoint, charWidth * 24);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString endpoint = index.data(EventLogModel::EndpointRole).toString();
        if (!endpoint.isEmpty())
            Q_EMIT deviceActivated(endpoint);
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    m_feed = new EventFeed(services, *m_model, this);
    connect(m_feed, &EventFeed::polled, this, [this] {
        m_error->hide();
        updateCount();
    });
    connect(m_feed, &EventFeed::failed, this, [this](const QString& message) {
        m_error->setText(tr("Could not read the event log: %1").arg(message));
        m_error->show();
    });
    retranslate();
}

EventsView::~EventsView() = default;

void EventsView::refresh() { m_feed->pollNow(); }

void EventsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray EventsView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateVersion << m_table->horizontalHeader()->saveState();
    return state;
}

bool EventsView::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray header;
    in >> version >> header;
    if (in.status() != QDataStream::Ok || version != kStateVersion)
        return false;
    return m_table->horizontalHeader()->restoreState(header);
}

void EventsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventsView::retranslate()
{
    m_search->setPlaceholderText(tr("Filter events (type, endpoint or details)"));
    m_search->setAccessibleName(tr("Filter events"));
    m_table->setAccessibleName(tr("Event log"));
    m_model->retranslate();
    updateCount();
}

void EventsView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%L1 events").arg(total)
                                    : tr("%L1 of %L2 events").arg(shown).arg(total));
}

} // namespace hangar::app
