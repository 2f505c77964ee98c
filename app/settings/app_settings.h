#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace hangar::app {

/// The desktop app's persisted choices (QSettings, INI format): endpoints, data dir and language
/// used at the next start, window state and per-view layouts. Command-line flags win over
/// these. Owned by main (or a test, with a file of its own) and passed to whoever needs it.
class AppSettings
{
public:
    /// The user's settings file (organisation "Hangar", application "hangar").
    AppSettings();
    /// A settings file at `iniPath` (tests).
    explicit AppSettings(const QString& iniPath);
    ~AppSettings();

    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    /// Endpoint texts "HOST:PORT" or "off"; empty when never set (the built-in default applies).
    QString coapEndpoint() const;
    QString coapsEndpoint() const;
    QString apiEndpoint() const;
    void setCoapEndpoint(const QString& text);
    void setCoapsEndpoint(const QString& text);
    void setApiEndpoint(const QString& text);

    /// Empty: the default data dir.
    QString dataDir() const;
    void setDataDir(const QString& dir);

    /// How long and how many events the event log keeps (engine defaults: 30 days, 1,000,000);
    /// 0 keeps them all. Used at the next start.
    int eventRetentionDays() const;
    void setEventRetentionDays(int days);
    int eventMax() const;
    void setEventMax(int count);

    /// "de", "ja", "en", or empty for the system language.
    QString language() const;
    void setLanguage(const QString& code);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);
    /// The key of the last shown page ("devices", …); empty the first time.
    QString lastView() const;
    void setLastView(const QString& key);
    /// A view's layout as its saveState() returned it.
    QByteArray viewState(const QString& key) const;
    void setViewState(const QString& key, const QByteArray& state);

    /// Whether the first-run demo fleet was offered already.
    bool demoOffered() const;
    void setDemoOffered(bool offered);

    /// Writes pending changes to disk.
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hangar::app
