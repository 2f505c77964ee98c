#include "detail/observe_dialog.h"

#include "shell/error_label.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace hangar::app {

namespace {

/// Empty text is "not set"; otherwise a finite number in C or the user's locale.
std::optional<std::optional<double>> readThreshold(const QLineEdit* field)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return std::optional<double>{};
    bool ok = false;
    double number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        number = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return std::optional<double>(number);
}

} // namespace

ObserveDialog::ObserveDialog(const QString& target, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Observe %1").arg(target));
    m_pmin = periodField(tr("Minimum period in seconds"));
    m_pmax = periodField(tr("Maximum period in seconds"));
    m_gt = thresholdField(tr("Notify when greater than"));
    m_lt = thresholdField(tr("Notify when less than"));
    m_st = thresholdField(tr("Notify on a change of at least"));

    auto* form = new QFormLayout;
    form->addRow(tr("Minimum period (&pmin):"), m_pmin);
    form->addRow(tr("Maximum period (p&max):"), m_pmax);
    form->addRow(tr("&Greater than (gt):"), m_gt);
    form->addRow(tr("&Less than (lt):"), m_lt);
    form->addRow(tr("&Step (st):"), m_st);
    auto* hint = new QLabel(tr("Leave a field unset to keep the device's setting."), this);
    hint->setWordWrap(true);

    m_error = new ErrorLabel(this);
    m_error->setError(true);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Observe"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ObserveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ObserveDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QSpinBox* ObserveDialog::periodField(const QString& accessibleName)
{
    auto* field = new QSpinBox(this);
    field->setRange(-1, 86'400 * 7);
    field->setValue(-1);
    field->setSpecialValueText(tr("not set"));
    field->setSuffix(tr(" s"));
    field->setAccessibleName(accessibleName);
    return field;
}

QLineEdit* ObserveDialog::thresholdField(const QString& accessibleName)
{
    auto* field = new QLineEdit(this);
    field->setPlaceholderText(tr("not set"));
    field->setAccessibleName(accessibleName);
    return field;
}

QString ObserveDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ObserveDialog::accept()
{
    engine::NotificationAttributes attributes;
    if (m_pmin->value() >= 0)
        attributes.pminSec = m_pmin->value();
    if (m_pmax->value() >= 0)
        attributes.pmaxSec = m_pmax->value();
    QString problem;
    const struct
    {
        QLineEdit* field;
        std::optional<double>* target;
        QString name;
    } thresholds[] = {{m_gt, &attributes.greaterThan, QStringLiteral("gt")},
                      {m_lt, &attributes.lessThan, QStringLiteral("lt")},
                      {m_st, &attributes.step, QStringLiteral("st")}};
    for (const auto& threshold : thresholds) {
        const auto read = readThreshold(threshold.field);
        if (!read) {
            problem = tr("%1 must be a number, e.g. 21.5; \"%2\" is not.").arg(threshold.name, threshold.field->text());
            break;
        }
        *threshold.target = *read;
    }
    if (problem.isEmpty() && attributes.step && *attributes.step < 0)
        problem = tr("st must not be negative.");
    if (problem.isEmpty() && attributes.pminSec && attributes.pmaxSec && *attributes.pmaxSec < *attributes.pminSec)
        problem = tr("pmax must not be shorter than pmin.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_attributes = attributes;
    QDialog::accept();
}

} // namespace hangar::app
