// The main window's banner while the engine cannot write its store: a real full disk (a 2 MiB
// tmpfs filled during the test; skipped with a warning where the test cannot mount one).
#include "shell_fixture.h"

#include "shell/degraded_banner.h"
#include "shell/main_window.h"
#include "shell/status_monitor.h"

#include "event_loop_wait.h"
#include "small_disk.h"

using namespace hangar;
using namespace std::chrono_literals;

TEST_CASE("the main window shows a banner while the disk is full and hides it once space returns",
          "[app][disk]")
{
    test::SmallDisk disk;
    if (!disk.mounted()) {
        WARN("skipped: " << disk.problem());
        return;
    }
    test::ShellFixture shell(disk.path());
    app::MainWindow window(*shell.services, shell.context);
    window.show();
    app::DegradedBanner* banner = window.degradedBanner();
    CHECK(banner->isHidden());

    REQUIRE(disk.fill());
    // Writes until one cannot be committed (the WAL may take a few first).
    REQUIRE(test::waitFor(
        [&] {
            shell.engine->setCredential({"probe", "id-probe", {1, 2, 3, 4}}, [](Expected<void>) {});
            window.statusMonitor()->pollNow();
            return !banner->isHidden();
        },
        10000ms));
    CHECK(banner->text().contains(QStringLiteral("disk is full")));

    disk.freeSpace();
    REQUIRE(test::waitFor(
        [&] {
            window.statusMonitor()->pollNow();
            return banner->isHidden();
        },
        15000ms));
}
