#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hangar::app {

class ErrorLabel;

class ApiHost;

/// The REST API token: shown masked, revealed on request, copied to the clipboard, or replaced
/// by a new one (after a confirmation) that the running API accepts at once.
class ApiTokenBox : public QGroupBox
{
    Q_OBJECT

public:
    /// `api` may be null (the API is off): the box then says so.
    ApiTokenBox(ApiHost* api, QWidget* parent = nullptr);

    QLineEdit* tokenField() const { return m_token; }
    QPushButton* revealButton() const { return m_reveal; }
    /// Replaces the token without asking (the button asks first).
    bool regenerate();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showToken();
    void confirmRegenerate();

    ApiHost* m_api;
    QLineEdit* m_token = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_regenerate = nullptr;
    QLabel* m_where = nullptr;
    ErrorLabel* m_result = nullptr;
};

} // namespace hangar::app
