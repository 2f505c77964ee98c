#include "simulator/profile_names.h"

#include <QCoreApplication>

namespace hangar::app {

QString profileDisplayName(const std::string& profile)
{
    struct Name
    {
        const char* id;
        const char* text;
    };
    static constexpr Name kNames[] = {
        {"mixed", QT_TRANSLATE_NOOP("hangar::app::ProfileNames", "Mixed plant fleet")},
        {"temperature-humidity", QT_TRANSLATE_NOOP("hangar::app::ProfileNames", "Temperature and humidity sensor")},
        {"pump-controller", QT_TRANSLATE_NOOP("hangar::app::ProfileNames", "Pump controller")},
        {"energy-meter", QT_TRANSLATE_NOOP("hangar::app::ProfileNames", "Energy meter")},
        {"asset-tracker", QT_TRANSLATE_NOOP("hangar::app::ProfileNames", "Asset tracker")},
        {"gateway", QT_TRANSLATE_NOOP("hangar::app::ProfileNames", "Gateway")},
    };
    for (const Name& name : kNames) {
        if (profile == name.id)
            return QCoreApplication::translate("hangar::app::ProfileNames", name.text);
    }
    return QString::fromStdString(profile);
}

} // namespace hangar::app
