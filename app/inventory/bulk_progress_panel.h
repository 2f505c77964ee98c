#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace hangar::app {

class BulkActionRunner;

/// Shows a running bulk action: "Reading: 12 of 40 done, 2 failed", a progress bar, the failed
/// devices with their errors, and Cancel (Close once finished).
class BulkProgressPanel : public QWidget
{
    Q_OBJECT

public:
    BulkProgressPanel(BulkActionRunner& runner, QWidget* parent = nullptr);

    /// Names the action shown from now on (translated, e.g. "Reading /3/0").
    void begin(const QString& title);
    void retranslate();

private:
    void updateText();
    void addFailure(const std::string& endpoint, const QString& text);

    BulkActionRunner& m_runner;
    QString m_title;
    bool m_cancelled = false;
    int m_failuresListed = 0;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QListWidget* m_failures = nullptr;
};

} // namespace hangar::app
