#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace hangar::app {

/// A page for a view that is not part of this version yet: its icon, its name and a sentence
/// saying what will come. Texts are translation sources (context "hangar::app::PlaceholderPage"),
/// translated again on a language change.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& iconName, const char* title, const char* message,
                    QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void paintIcon();

    QIcon m_iconSource;
    const char* m_title;
    const char* m_message;
    QLabel* m_icon = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace hangar::app
