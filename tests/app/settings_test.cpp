#include "shell_fixture.h"

#include "api/api_token.h"
#include "settings/api_token_box.h"
#include "settings/settings_view.h"
#include "shell/error_label.h"
#include "shell/startup_options.h"

#include "event_loop_wait.h"
#include "keyboard_reach.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpSocket>
#include <QTest>

using namespace hangar;
using namespace std::chrono_literals;

namespace {

/// The HTTP status of GET /api/v1/health with `token`.
int healthStatus(quint16 port, const QByteArray& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(port)));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = network.get(request);
    test::waitFor([reply] { return reply->isFinished(); }, 5000ms);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

void enter(QLineEdit* field, const QString& text)
{
    field->setText(text);
    Q_EMIT field->editingFinished();
}

} // namespace

TEST_CASE("endpoint settings are saved when valid and refused with a reason otherwise", "[app][settings]")
{
    test::ShellFixture fixture;
    app::SettingsView view(fixture.context);
    CHECK(view.coapField()->text() == QStringLiteral("127.0.0.1:5683"));

    enter(view.coapField(), QStringLiteral("localhost:6000"));
    CHECK(fixture.settings->coapEndpoint() == QStringLiteral("127.0.0.1:6000"));
    CHECK(view.endpointStatus()->text().contains(QStringLiteral("next start")));
    CHECK_FALSE(view.endpointStatus()->error());
    enter(view.apiField(), QStringLiteral("OFF"));
    CHECK(fixture.settings->apiEndpoint() == QStringLiteral("off"));
    enter(view.coapsField(), QStringLiteral("[::1]:5684"));
    CHECK(fixture.settings->coapsEndpoint() == QStringLiteral("[::1]:5684"));

    enter(view.coapField(), QStringLiteral("pump.example:99999"));
    CHECK(fixture.settings->coapEndpoint() == QStringLiteral("127.0.0.1:6000"));
    CHECK(view.endpointStatus()->text().contains(QStringLiteral("not an address")));
    CHECK(view.endpointStatus()->error()); // shown in the error colour

    // Saved endpoints are what the next start uses unless a flag says otherwise.
    const auto next = app::parseStartupOptions({QStringLiteral("hangar"), QStringLiteral("--coaps=off")},
                                               *fixture.settings);
    REQUIRE(next.options.has_value());
    REQUIRE(next.options->coap.has_value());
    CHECK(next.options->coap->port == 6000);
    CHECK_FALSE(next.options->coaps.has_value());
    CHECK_FALSE(next.options->api.has_value());
}

TEST_CASE("the start options fall back to hangard's defaults and reject bad flags", "[app][settings]")
{
    test::ShellFixture fixture;
    const auto defaults = app::parseStartupOptions({QStringLiteral("hangar"), QStringLiteral("--no-demo")},
                                                   *fixture.settings);
    REQUIRE(defaults.options.has_value());
    CHECK(defaults.options->coap->toString() == QStringLiteral("127.0.0.1:5683"));
    CHECK(defaults.options->coaps->toString() == QStringLiteral("0.0.0.0:5684"));
    CHECK(defaults.options->api->toString() == QStringLiteral("127.0.0.1:7780"));
    CHECK(defaults.options->noDemo);
    CHECK_FALSE(defaults.options->allowInsecureCoap);
    CHECK_FALSE(defaults.options->dataDir.isEmpty());

    const auto bad = app::parseStartupOptions({QStringLiteral("hangar"), QStringLiteral("--language=fr")},
                                              *fixture.settings);
    CHECK_FALSE(bad.options.has_value());
    CHECK(bad.exitCode == 2);
}

TEST_CASE("plain CoAP off loopback needs --allow-insecure-coap, naming the address is not enough",
          "[app][settings]")
{
    test::ShellFixture fixture;
    const auto refused = app::parseStartupOptions(
        {QStringLiteral("hangar"), QStringLiteral("--coap"), QStringLiteral("0.0.0.0:5683")},
        *fixture.settings);
    CHECK_FALSE(refused.options.has_value());
    CHECK(refused.exitCode == 2);

    const auto allowed = app::parseStartupOptions(
        {QStringLiteral("hangar"), QStringLiteral("--coap"), QStringLiteral("0.0.0.0:5683"),
         QStringLiteral("--allow-insecure-coap")},
        *fixture.settings);
    REQUIRE(allowed.options.has_value());
    CHECK(allowed.options->allowInsecureCoap);
    CHECK(allowed.options->coap->toString() == QStringLiteral("0.0.0.0:5683"));

    // Saving such an address in Settings says what the next start needs.
    app::SettingsView view(fixture.context);
    enter(view.coapField(), QStringLiteral("0.0.0.0:5683"));
    CHECK(fixture.settings->coapEndpoint() == QStringLiteral("0.0.0.0:5683"));
    CHECK(view.endpointStatus()->text().contains(QStringLiteral("--allow-insecure-coap")));
    enter(view.coapField(), QStringLiteral("127.0.0.1:5683"));
    CHECK_FALSE(view.endpointStatus()->text().contains(QStringLiteral("--allow-insecure-coap")));
}

TEST_CASE("the event log limits chosen in Settings are what the next start uses", "[app][settings]")
{
    test::ShellFixture fixture;
    app::SettingsView view(fixture.context);
    CHECK(view.eventDaysField()->value() == 30);
    CHECK(view.eventMaxField()->value() == 1'000'000);
    const auto defaults = app::parseStartupOptions({QStringLiteral("hangar")}, *fixture.settings);
    REQUIRE(defaults.options.has_value());
    CHECK(defaults.options->eventRetentionDays == 30);
    CHECK(defaults.options->eventMax == 1'000'000);

    view.eventDaysField()->setValue(7);
    view.eventMaxField()->setValue(0);
    CHECK(view.eventMaxField()->text() == view.eventMaxField()->specialValueText());
    const auto next = app::parseStartupOptions({QStringLiteral("hangar")}, *fixture.settings);
    REQUIRE(next.options.has_value());
    CHECK(next.options->eventRetentionDays == 7);
    CHECK(next.options->eventMax == 0);
}

TEST_CASE("the API token is masked until revealed and a regenerated token is accepted at once", "[app][settings]")
{
    test::ShellFixture fixture;
    app::SettingsView view(fixture.context);
    app::ApiTokenBox* box = view.tokenBox();
    const QByteArray before = fixture.api->token();
    CHECK(box->tokenField()->echoMode() == QLineEdit::Password);
    CHECK(box->tokenField()->text() == QString::fromLatin1(before));
    box->revealButton()->click();
    CHECK(box->tokenField()->echoMode() == QLineEdit::Normal);

    const quint16 port = fixture.api->port();
    CHECK(healthStatus(port, before) == 200);
    // A connection opened before the new token stays open: the server is not restarted.
    QTcpSocket kept;
    kept.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(kept.waitForConnected(5000));
    REQUIRE(box->regenerate());
    const QByteArray after = fixture.api->token();
    CHECK(after != before);
    CHECK(box->tokenField()->text() == QString::fromLatin1(after));
    CHECK(fixture.api->port() == port);
    CHECK(healthStatus(port, after) == 200);
    CHECK(healthStatus(port, before) == 401);
    kept.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + after + "\r\n\r\n");
    QByteArray answer;
    test::waitFor([&] {
        answer += kept.readAll();
        return answer.contains("\r\n\r\n") || kept.state() != QAbstractSocket::ConnectedState;
    }, 5000ms);
    CHECK(answer.startsWith("HTTP/1.1 200"));
    // The file holds the new token: the next start (or hangard) uses it.
    const auto onDisk = api::loadOrCreateApiToken(fixture.context.dataDir);
    REQUIRE(onDisk.has_value());
    CHECK(*onDisk == after);
    CHECK((QFile::permissions(fixture.api->tokenPath()) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}

TEST_CASE("choosing a language in Settings applies it at once and remembers it", "[app][settings]")
{
    test::ShellFixture fixture;
    app::SettingsView view(fixture.context);
    QComboBox* box = view.languageBox();
    const int german = box->findData(QStringLiteral("de"));
    REQUIRE(german > 0);
    box->setCurrentIndex(german);
    Q_EMIT box->activated(german);
    QCoreApplication::processEvents();
    CHECK(fixture.language->current() == QStringLiteral("de"));
    CHECK(fixture.settings->language() == QStringLiteral("de"));
    CHECK(box->itemText(0) == QStringLiteral("Systemsprache"));
}

TEST_CASE("Tab reaches every Settings control once, top to bottom, and each has a spoken name", "[app][settings][a11y]")
{
    test::ShellFixture fixture;
    app::SettingsView view(fixture.context);
    view.resize(900, 700);
    const QWidgetList chain = app::test::tabChain(view, view.coapField());
    QStringList names;
    for (QWidget* widget : chain) {
        INFO(app::test::describe(widget));
        CHECK_FALSE(app::test::spokenName(widget).isEmpty());
        names.append(app::test::spokenName(widget));
    }
    for (QWidget* widget : app::test::tabReachable(view)) {
        INFO(app::test::describe(widget));
        CHECK(chain.count(widget) == 1);
    }
    CHECK(names.join(QStringLiteral(" | ")).toStdString() ==
          "CoAP endpoint | CoAPS endpoint | REST API endpoint | Data directory | Browse… | Days events are kept | "
          "Most events kept | API token | Show | Copy | Regenerate… | Language");
}
