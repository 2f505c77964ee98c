// Every string the app asks to translate must be found in the German and Japanese catalogues
// under the context it is asked with: a string that lupdate filed under another context shows in
// English even though its translation exists.
#include "shell_fixture.h"

#include "detail/resource_value_text.h"
#include "inventory/device_filter.h"
#include "shell/main_window.h"

#include "event_loop_wait.h"

#include <QCoreApplication>
#include <QTranslator>

#include <set>
#include <string>

using namespace hangar;
using namespace std::chrono_literals;
using app::PageId;

namespace {

/// Sits in front of the app's own translator, notes each lookup of a Hangar context that the
/// catalogue cannot answer and lets the lookup go on to the real translators.
class MissRecorder : public QTranslator
{
public:
    explicit MissRecorder(const QString& language)
    {
        REQUIRE(m_catalogue.load(QStringLiteral(":/i18n/hangar_%1.qm").arg(language)));
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        const std::string_view name(context ? context : "");
        if (name.starts_with("hangar::") && hasLetters(sourceText)
            && m_catalogue.translate(context, sourceText, disambiguation, n).isEmpty())
            misses.insert(std::string(name) + " | " + sourceText);
        ++lookups;
        return {};
    }

    bool isEmpty() const override { return false; }

    mutable std::set<std::string> misses;
    mutable int lookups = 0;

private:
    static bool hasLetters(const char* text)
    {
        for (const char* c = text; c && *c; ++c) {
            if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z'))
                return true;
        }
        return false;
    }

    QTranslator m_catalogue;
};

/// Asks for the strings of every page, a device's detail and the texts built outside widgets.
void showEverything(app::MainWindow& window)
{
    for (const PageId page : {PageId::Dashboard, PageId::Devices, PageId::Updates, PageId::Provisioning,
                              PageId::Simulator, PageId::Events, PageId::Settings}) {
        window.showPage(page);
        QCoreApplication::processEvents();
    }
    window.openDevice(QStringLiteral("pump-7"));
    hangar::test::spin(100ms);
    (void)app::parseDeviceFilter(QStringLiteral("status:bogus \"unclosed"));
    (void)app::parseDeviceFilter(QStringLiteral("colour:red"));
    for (int type = 0; type <= static_cast<int>(lwm2m::ResourceType::CoreLink); ++type) {
        const auto resourceType = static_cast<lwm2m::ResourceType>(type);
        (void)app::valueFormatHint(resourceType);
        (void)app::parseResourceValue(resourceType, QStringLiteral("not a value \u00e9 9999999999999999999999"));
    }
    (void)app::displayValue(lwm2m::Value::boolean(true));
}

} // namespace

TEST_CASE("every string the main views ask for is in the German and Japanese catalogues", "[app][i18n]")
{
    test::ShellFixture fixture;
    app::MainWindow window(*fixture.services, fixture.context);
    window.resize(1200, 800);
    window.show();

    for (const QString& language : {QStringLiteral("de"), QStringLiteral("ja")}) {
        INFO(language.toStdString());
        REQUIRE(fixture.language->apply(language));
        MissRecorder recorder(language);
        // Installing a translator retranslates every widget, so each asks for its strings again.
        QCoreApplication::installTranslator(&recorder);
        QCoreApplication::processEvents();
        showEverything(window);
        QCoreApplication::removeTranslator(&recorder);

        CHECK(recorder.lookups > 100);
        std::string missing;
        for (const std::string& miss : recorder.misses)
            missing += miss + "\n";
        INFO("asked for but not in the catalogue:\n" << missing);
        CHECK(recorder.misses.empty());
    }
    fixture.language->apply(QStringLiteral("en"));
}
