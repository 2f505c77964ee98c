// Starts the built hangar binary without any display, as on a server or over ssh: flags are
// answered before the GUI needs one, and a start without one says what to do instead.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#ifdef HANGAR_BINARY

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

/// The environment of the tests minus everything that names a display, with the settings and
/// data dirs in `home`.
QProcessEnvironment headless(const QTemporaryDir& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return environment;
}

Run runHangar(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HANGAR_BINARY), arguments);
    Run run;
    if (!process.waitForStarted(5000) || !process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

TEST_CASE("hangar answers --help, --version and bad flags without a display", "[app][process]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QProcessEnvironment environment = headless(home);

    const Run help = runHangar({QStringLiteral("--help")}, environment);
    INFO(help.err.toStdString());
    CHECK_FALSE(help.crashed);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("Usage: hangar"));
    CHECK(help.out.contains("--data-dir"));
    CHECK_FALSE(help.out.contains("-platform")); // Qt's own options are accepted, not advertised

    const Run version = runHangar({QStringLiteral("--version")}, environment);
    CHECK_FALSE(version.crashed);
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("hangar "));
    const Run withQtOption = runHangar({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")},
                                       environment);
    CHECK(withQtOption.exitCode == 0);

    const Run bad = runHangar({QStringLiteral("--no-such-flag")}, environment);
    CHECK_FALSE(bad.crashed);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("no-such-flag"));
    CHECK(bad.err.contains("Usage: hangar"));

    const Run badEndpoint = runHangar({QStringLiteral("--api"), QStringLiteral("nowhere")}, environment);
    CHECK(badEndpoint.exitCode == 2);
    CHECK(badEndpoint.err.contains("--api"));
}

TEST_CASE("hangar without a display exits 1 and points to hangard instead of aborting", "[app][process]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcessEnvironment environment = headless(home);
    const QStringList arguments{QStringLiteral("--data-dir"), home.filePath(QStringLiteral("hangar")),
                                QStringLiteral("--no-demo")};

    const Run none = runHangar(arguments, environment);
    INFO(none.err.toStdString());
    CHECK_FALSE(none.crashed);
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains("no display"));
    CHECK(none.err.contains("hangard"));

    // A display that nobody answers fails inside Qt's platform setup: still exit 1, no abort.
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":4711"));
    const Run unreachable = runHangar(arguments, environment);
    INFO(unreachable.err.toStdString());
    CHECK_FALSE(unreachable.crashed);
    CHECK(unreachable.exitCode == 1);
    CHECK(unreachable.err.contains("hangard"));
}

#endif
