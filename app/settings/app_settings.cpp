#include "settings/app_settings.h"

#include <QSettings>

namespace hangar::app {
namespace {

const QString kCoap = QStringLiteral("endpoints/coap");
const QString kCoaps = QStringLiteral("endpoints/coaps");
const QString kApi = QStringLiteral("endpoints/api");
const QString kDataDir = QStringLiteral("storage/dataDir");
const QString kEventRetentionDays = QStringLiteral("storage/eventRetentionDays");
const QString kEventMax = QStringLiteral("storage/eventMax");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastView = QStringLiteral("window/lastView");
const QString kDemoOffered = QStringLiteral("firstRun/demoOffered");

QString viewKey(const QString& key) { return QStringLiteral("views/%1/state").arg(key); }

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("Hangar"), QStringLiteral("hangar")))
{
}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::coapEndpoint() const { return m_settings->value(kCoap).toString(); }
QString AppSettings::coapsEndpoint() const { return m_settings->value(kCoaps).toString(); }
QString AppSettings::apiEndpoint() const { return m_settings->value(kApi).toString(); }
void AppSettings::setCoapEndpoint(const QString& text) { m_settings->setValue(kCoap, text); }
void AppSettings::setCoapsEndpoint(const QString& text) { m_settings->setValue(kCoaps, text); }
void AppSettings::setApiEndpoint(const QString& text) { m_settings->setValue(kApi, text); }

QString AppSettings::dataDir() const { return m_settings->value(kDataDir).toString(); }
void AppSettings::setDataDir(const QString& dir) { m_settings->setValue(kDataDir, dir); }

int AppSettings::eventRetentionDays() const { return m_settings->value(kEventRetentionDays, 30).toInt(); }
void AppSettings::setEventRetentionDays(int days) { m_settings->setValue(kEventRetentionDays, days); }
int AppSettings::eventMax() const { return m_settings->value(kEventMax, 1'000'000).toInt(); }
void AppSettings::setEventMax(int count) { m_settings->setValue(kEventMax, count); }

QString AppSettings::language() const { return m_settings->value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString& code) { m_settings->setValue(kLanguage, code); }

QByteArray AppSettings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
QByteArray AppSettings::windowState() const { return m_settings->value(kState).toByteArray(); }

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    m_settings->setValue(kGeometry, geometry);
    m_settings->setValue(kState, state);
}

QString AppSettings::lastView() const { return m_settings->value(kLastView).toString(); }
void AppSettings::setLastView(const QString& key) { m_settings->setValue(kLastView, key); }

QByteArray AppSettings::viewState(const QString& key) const
{
    return m_settings->value(viewKey(key)).toByteArray();
}

void AppSettings::setViewState(const QString& key, const QByteArray& state)
{
    m_settings->setValue(viewKey(key), state);
}

bool AppSettings::demoOffered() const { return m_settings->value(kDemoOffered, false).toBool(); }
void AppSettings::setDemoOffered(bool offered) { m_settings->setValue(kDemoOffered, offered); }

void AppSettings::sync() { m_settings->sync(); }

} // namespace hangar::app
