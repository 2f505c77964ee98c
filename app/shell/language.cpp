#include "shell/language.h"

#include "settings/app_settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hangar::app {
namespace {

const QString kEnglish = QStringLiteral("en");

/// The two-letter code of what `code` asks for; empty means the system language.
QString resolve(const QString& code)
{
    const QString wanted = code.isEmpty() ? QLocale::system().name() : code;
    return wanted.left(2).toLower();
}

} // namespace

Language::Language(AppSettings& settings, QObject* parent) : QObject(parent), m_settings(settings) {}

Language::~Language() { removeTranslators(); }

QStringList Language::available()
{
    return {kEnglish, QStringLiteral("de"), QStringLiteral("ja")};
}

QString Language::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // QLocale gives "English"/"Deutsch"/"日本語"; capitalise the first letter for a menu.
    name[0] = name[0].toUpper();
    return name;
}

QString Language::chosen() const { return m_settings.language(); }

bool Language::apply(const QString& code)
{
    m_settings.setLanguage(code);
    return applyForThisRun(code);
}

bool Language::applyForThisRun(const QString& code)
{
    const QString wanted = resolve(code);
    removeTranslators();
    if (wanted == kEnglish || !available().contains(wanted)) {
        const bool changedLanguage = m_current != kEnglish;
        m_current = kEnglish;
        if (changedLanguage)
            Q_EMIT changed(m_current);
        return wanted == kEnglish;
    }

    auto hangar = std::make_unique<QTranslator>();
    if (!hangar->load(QStringLiteral(":/i18n/hangar_%1.qm").arg(wanted))) {
        m_current = kEnglish;
        Q_EMIT changed(m_current);
        return false;
    }
    // Qt's own strings (standard buttons, file dialogs) when the system has them installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(wanted),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    QCoreApplication::installTranslator(hangar.get());
    m_hangar = std::move(hangar);
    m_current = wanted;
    Q_EMIT changed(m_current);
    return true;
}

void Language::removeTranslators()
{
    if (m_hangar) {
        QCoreApplication::removeTranslator(m_hangar.get());
        m_hangar.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

} // namespace hangar::app
