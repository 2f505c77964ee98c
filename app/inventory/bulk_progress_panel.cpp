#include "inventory/bulk_progress_panel.h"

#include "inventory/bulk_action_runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hangar::app {

namespace {

/// More failures than this are counted but not listed (the list stays light at 100,000).
constexpr int kMaxListedFailures = 500;

} // namespace

BulkProgressPanel::BulkProgressPanel(BulkActionRunner& runner, QWidget* parent)
    : QWidget(parent), m_runner(runner)
{
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(false);
    m_cancel = new QPushButton(this);
    m_close = new QPushButton(this);
    m_failures = new QListWidget(this);
    m_failures->setUniformItemSizes(true);
    m_failures->setMaximumHeight(fontMetrics().height() * 6);
    m_failures->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_label, 1);
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_failures);

    connect(m_cancel, &QPushButton::clicked, &m_runner, &BulkActionRunner::cancel);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(&m_runner, &BulkActionRunner::progress, this, [this] { updateText(); });
    connect(&m_runner, &BulkActionRunner::deviceFinished, this,
            [this](const std::string& endpoint, bool ok, const QString& text) {
                if (!ok)
                    addFailure(endpoint, text);
            });
    connect(&m_runner, &BulkActionRunner::finished, this, [this](bool cancelled) {
        m_cancelled = cancelled;
        updateText();
    });
    retranslate();
    hide();
}

void BulkProgressPanel::begin(const QString& title)
{
    m_title = title;
    m_cancelled = false;
    m_failuresListed = 0;
    m_failures->clear();
    m_failures->hide();
    updateText();
    show();
}

void BulkProgressPanel::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
    m_bar->setAccessibleName(tr("Bulk action progress"));
    m_failures->setAccessibleName(tr("Failed devices"));
    updateText();
}

void BulkProgressPanel::updateText()
{
    const int total = m_runner.total();
    const int done = m_runner.done();
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    QString state;
    if (m_runner.running())
        state = tr("%1: %2 of %3 done, %4 failed").arg(m_title).arg(done).arg(total).arg(m_runner.failed());
    else if (m_cancelled)
        state = tr("%1: cancelled after %2 of %3, %4 failed").arg(m_title).arg(done).arg(total).arg(m_runner.failed());
    else
        state = tr("%1: all %2 done, %3 failed").arg(m_title).arg(total).arg(m_runner.failed());
    m_label->setText(state);
    m_cancel->setVisible(m_runner.running());
    m_close->setVisible(!m_runner.running());
}

void BulkProgressPanel::addFailure(const std::string& endpoint, const QString& text)
{
    m_failures->show();
    if (m_failuresListed == kMaxListedFailures) {
        m_failures->addItem(tr("… more failures are shown in the Result column"));
    }
    if (m_failuresListed++ >= kMaxListedFailures)
        return;
    m_failures->addItem(tr("%1: %2").arg(QString::fromStdString(endpoint), text));
}

} // namespace hangar::app
