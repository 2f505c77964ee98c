#pragma once

#include <QLabel>

namespace hangar::app {

/// A label for status lines that may report an error: while error() is set its text is drawn in
/// errorTextColor(), recomputed whenever the palette changes (a light/dark switch at runtime).
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    void setError(bool error);
    bool error() const { return m_error; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void recolour();

    bool m_error = false;
};

} // namespace hangar::app
