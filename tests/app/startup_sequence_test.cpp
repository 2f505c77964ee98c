// The start when a port is taken: the real "continue with automatic ports?" box, answered by
// the test like a user would, and what the start does with each answer.
#include "engine/local_engine.h"
#include "shell/api_host.h"
#include "shell/startup_options.h"
#include "shell/startup_sequence.h"

#include "event_loop_wait.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>

#include <catch2/catch.hpp>

using namespace hangar;
using namespace std::chrono_literals;

namespace {

/// Options for plain CoAP on `coapPort` of 127.0.0.1, no DTLS, API as given.
app::StartupOptions optionsOn(quint16 coapPort, std::optional<quint16> apiPort = std::nullopt)
{
    app::StartupOptions options;
    options.coap = app::EndpointText{QStringLiteral("127.0.0.1"), coapPort};
    if (apiPort)
        options.api = app::EndpointText{QStringLiteral("127.0.0.1"), *apiPort};
    return options;
}

/// Answers the next modal message box by clicking the button whose text contains `buttonText`
/// (or the one with `role`); records what the box said.
class BoxAnswerer
{
public:
    explicit BoxAnswerer(QMessageBox::ButtonRole role) : m_role(role)
    {
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] { answer(); });
        m_poll.start(10);
    }

    bool answered() const { return m_answered; }
    QString text() const { return m_text; }

private:
    void answer()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr)
            return;
        m_text = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == m_role) {
                m_answered = true;
                m_poll.stop();
                button->click();
                return;
            }
        }
    }

    QMessageBox::ButtonRole m_role;
    QTimer m_poll;
    bool m_answered = false;
    QString m_text;
};

} // namespace

TEST_CASE("a busy engine port offers automatic ports and accepting starts on free ones", "[app][startup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QUdpSocket busy;
    REQUIRE(busy.bind(QHostAddress::LocalHost, 0));
    const app::StartupOptions options = optionsOn(busy.localPort());

    // The real box: "Continue with automatic ports" has the accept role (Retry).
    BoxAnswerer user(QMessageBox::AcceptRole);
    app::StartedEngine started = app::startEngine(options, dir.path(), app::StartupPrompts{});
    REQUIRE(user.answered());
    CHECK(user.text().contains(QString::number(busy.localPort())));
    REQUIRE(started.engine != nullptr);
    CHECK(started.automaticPorts);
    CHECK(started.engine->coapPort() != 0);
    CHECK(started.engine->coapPort() != busy.localPort());
}

TEST_CASE("declining the automatic ports gives up without starting the engine", "[app][startup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QUdpSocket busy;
    REQUIRE(busy.bind(QHostAddress::LocalHost, 0));

    BoxAnswerer user(QMessageBox::RejectRole);
    int reported = 0;
    app::StartupPrompts prompts;
    prompts.reportFailure = [&](app::StartupStep, const std::string&) { ++reported; };
    const app::StartedEngine started = app::startEngine(optionsOn(busy.localPort()), dir.path(), prompts);
    CHECK(user.answered());
    CHECK(started.engine == nullptr); // main exits 1
    CHECK(reported == 0);             // the user said no: no second message
}

TEST_CASE("a busy API port is offered the same way and the API moves to a free port", "[app][startup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QTcpServer busy;
    REQUIRE(busy.listen(QHostAddress::LocalHost, 0));
    const app::StartupOptions options = optionsOn(0, busy.serverPort());

    std::vector<app::StartupStep> offered;
    app::StartupPrompts prompts;
    prompts.offerAutomaticPorts = [&](app::StartupStep step, const std::string&) {
        offered.push_back(step);
        return true;
    };
    app::StartedEngine started = app::startEngine(options, dir.path(), prompts);
    REQUIRE(started.engine != nullptr);
    CHECK_FALSE(started.automaticPorts);
    auto api = app::startApi(*started.engine, options, dir.path(), started.automaticPorts, prompts);
    REQUIRE(api.has_value());
    REQUIRE(*api != nullptr);
    CHECK((*api)->running());
    CHECK((*api)->port() != busy.serverPort());
    CHECK(offered == std::vector{app::StartupStep::Api});

    // Declined: the start gives up (main exits 1).
    prompts.offerAutomaticPorts = [](app::StartupStep, const std::string&) { return false; };
    CHECK_FALSE(app::startApi(*started.engine, options, dir.path(), false, prompts).has_value());
}
