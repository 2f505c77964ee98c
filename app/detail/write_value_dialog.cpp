#include "detail/write_value_dialog.h"

#include "detail/resource_value_text.h"
#include "shell/error_label.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hangar::app {

WriteValueDialog::WriteValueDialog(const QString& target, lwm2m::ResourceType type,
                                   const std::optional<lwm2m::Value>& current, QWidget* parent)
    : QDialog(parent), m_type(type)
{
    setWindowTitle(tr("Write %1").arg(target));
    auto* form = new QFormLayout;
    QWidget* editor = nullptr;
    if (type == lwm2m::ResourceType::Boolean) {
        m_choice = new QComboBox(this);
        m_choice->addItem(tr("true"), true);
        m_choice->addItem(tr("false"), false);
        if (current && current->type() == lwm2m::ResourceType::Boolean)
            m_choice->setCurrentIndex(current->asBool() ? 0 : 1);
        editor = m_choice;
    } else if (type == lwm2m::ResourceType::Time) {
        m_time = new QDateTimeEdit(this);
        m_time->setTimeSpec(Qt::UTC);
        m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        m_time->setCalendarPopup(true);
        const qint64 seconds = current && current->type() == lwm2m::ResourceType::Time
                                   ? current->asInteger()
                                   : QDateTime::currentSecsSinceEpoch();
        m_time->setDateTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
        editor = m_time;
    } else {
        m_text = new QLineEdit(this);
        m_text->setPlaceholderText(valueFormatHint(type));
        if (current && !current->isNone())
            m_text->setText(editText(*current));
        m_text->selectAll();
        connect(m_text, &QLineEdit::textChanged, this, &WriteValueDialog::validate);
        editor = m_text;
    }
    editor->setAccessibleName(tr("New value"));
    form->addRow(tr("&Value:"), editor);
    auto* hint = new QLabel(tr("Type: %1. %2")
                                .arg(QString::fromLatin1(lwm2m::resourceTypeName(type)), valueFormatHint(type)),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);

    m_error = new ErrorLabel(this);
    m_error->setError(true);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Input error"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WriteValueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WriteValueDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    editor->setFocus();
}

QString WriteValueDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Expected<lwm2m::Value> WriteValueDialog::parsed() const
{
    if (m_choice != nullptr)
        return lwm2m::Value::boolean(m_choice->currentData().toBool());
    if (m_time != nullptr)
        return lwm2m::Value::time(m_time->dateTime().toSecsSinceEpoch());
    return parseResourceValue(m_type, m_text->text());
}

void WriteValueDialog::validate()
{
    const auto result = parsed();
    m_error->setText(result ? QString() : QString::fromStdString(result.error().message));
    m_error->setVisible(!result);
}

void WriteValueDialog::accept()
{
    auto result = parsed();
    if (!result) {
        m_error->setText(QString::fromStdString(result.error().message));
        m_error->show();
        if (m_text != nullptr)
            m_text->setFocus();
        return;
    }
    m_value = std::move(*result);
    QDialog::accept();
}

} // namespace hangar::app
