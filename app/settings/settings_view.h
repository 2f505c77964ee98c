#pragma once

#include "shell/shell_context.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hangar::app {

class ApiTokenBox;
class ErrorLabel;

/// The Settings view: endpoints and ports, the data directory and the event log's limits (used
/// at the next start),
/// the REST API token (show, copy, regenerate), the language (applies at once) and a note on
/// the theme, which follows the system.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(const ShellContext& context, QWidget* parent = nullptr);

    QLineEdit* coapField() const { return m_coap; }
    QLineEdit* coapsField() const { return m_coaps; }
    QLineEdit* apiField() const { return m_api; }
    QLineEdit* dataDirField() const { return m_dataDir; }
    QComboBox* languageBox() const { return m_language; }
    QSpinBox* eventDaysField() const { return m_eventDays; }
    QSpinBox* eventMaxField() const { return m_eventMax; }
    ApiTokenBox* tokenBox() const { return m_tokenBox; }
    /// The line under the endpoints saying what was saved or what is wrong.
    ErrorLabel* endpointStatus() const { return m_endpointStatus; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QGroupBox* buildEndpoints();
    QGroupBox* buildStorage();
    QGroupBox* buildLanguage();
    void saveEndpoint(QLineEdit* field);
    void saveDataDir();
    void saveEventLimits();
    void browseDataDir();
    void fillLanguages();
    void retranslate();

    ShellContext m_context;
    QGroupBox* m_endpointsBox = nullptr;
    QFormLayout* m_endpointsForm = nullptr;
    QLabel* m_coapLabel = nullptr;
    QLabel* m_coapsLabel = nullptr;
    QLabel* m_apiLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLineEdit* m_coap = nullptr;
    QLineEdit* m_coaps = nullptr;
    QLineEdit* m_api = nullptr;
    QLabel* m_endpointNote = nullptr;
    ErrorLabel* m_endpointStatus = nullptr;
    QGroupBox* m_storageBox = nullptr;
    QFormLayout* m_storageForm = nullptr;
    QLabel* m_dataDirLabel = nullptr;
    QLineEdit* m_dataDir = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_storageNote = nullptr;
    QLabel* m_eventDaysLabel = nullptr;
    QSpinBox* m_eventDays = nullptr;
    QLabel* m_eventMaxLabel = nullptr;
    QSpinBox* m_eventMax = nullptr;
    QLabel* m_eventNote = nullptr;
    ApiTokenBox* m_tokenBox = nullptr;
    QGroupBox* m_languageBox = nullptr;
    QFormLayout* m_languageForm = nullptr;
    QComboBox* m_language = nullptr;
    QGroupBox* m_themeBox = nullptr;
    QLabel* m_themeNote = nullptr;
};

} // namespace hangar::app
