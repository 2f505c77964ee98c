#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace hangar::app {

class AppSettings;

/// The user-interface language. Installs Hangar's translation (":/i18n/hangar_<code>.qm") and,
/// when the system has it, Qt's own (qtbase_<code>.qm); installing or removing a translator makes
/// Qt send QEvent::LanguageChange to every widget, so each view retranslates itself at once.
class Language : public QObject
{
    Q_OBJECT

public:
    /// `settings` remembers the choice; it must outlive this object.
    explicit Language(AppSettings& settings, QObject* parent = nullptr);
    ~Language() override;

    /// The codes Hangar ships, English first: "en", "de", "ja".
    static QStringList available();
    /// The language's own name for itself ("Deutsch", "日本語").
    static QString nativeName(const QString& code);

    /// Applies `code` ("en", "de", "ja", or empty for the system language) and remembers it.
    /// Returns false (keeping English) when Hangar has no translation for it.
    bool apply(const QString& code);
    /// Applies without remembering (a --language flag is for this run only).
    bool applyForThisRun(const QString& code);
    /// The remembered choice (empty: the system language).
    QString chosen() const;
    /// The language in force now ("en" when untranslated).
    QString current() const { return m_current; }

Q_SIGNALS:
    void changed(const QString& code);

private:
    void removeTranslators();

    AppSettings& m_settings;
    std::unique_ptr<QTranslator> m_hangar;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = QStringLiteral("en");
};

} // namespace hangar::app
