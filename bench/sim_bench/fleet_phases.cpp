#include "fleet_phases.h"

#include "cpu_time.h"
#include "event_wait.h"
#include "sim_fleet.h"

#include "engine_bench/process_memory.h"

#include <algorithm>
#include <cstdio>

namespace hangar::bench {

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr double kKib = 1024.0;
constexpr auto kHangardViewLimit = 30s;
constexpr auto kHealthPollPause = 50ms;
/// Let registration stragglers (acks, stats) finish before the idle window opens.
constexpr auto kIdleSettle = 1s;
/// After the observations are set up, every one sends its first pmax notification.
constexpr auto kNotifySettle = 1500ms;
/// Idle devices should cost about nothing: at most 1 ms of CPU per second per 1,000.
constexpr double kIdleTargetMsPerSec = 1.0;

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

double milliseconds(std::chrono::microseconds value)
{
    return static_cast<double>(value.count()) / 1000.0;
}

/// Polls hangard's health until it counts `expected` devices online; the time from `begin`.
std::optional<double> hangardSeesOnline(const ApiAccess& api, std::int64_t expected, Clock::time_point begin,
                                        std::int64_t& online)
{
    const auto deadline = Clock::now() + kHangardViewLimit;
    while (Clock::now() < deadline) {
        if (const auto health = fetchHealth(api)) {
            online = health->devicesOnline;
            if (online >= expected)
                return secondsBetween(begin, Clock::now());
        }
        runFor(kHealthPollPause);
    }
    return std::nullopt;
}

} // namespace

void progress(const std::string& text)
{
    std::fprintf(stderr, "[sim_bench] %s\n", text.c_str());
}

bool measureRegistration(BenchContext& bench, devicesim::FleetSpec spec, const RegistrationGoal& goal)
{
    ResultTable& table = bench.table;
    const std::uint64_t devices = spec.deviceCount();
    const double count = static_cast<double>(devices);
    const std::string fleet = goal.label + ": " + std::to_string(devices) + " mixed devices";
    const std::string what = fleet + " registered";
    const auto before = fetchHealth(bench.api);
    const std::int64_t onlineBefore = before ? before->devicesOnline : 0;
    const ResidentMemory base = residentMemory();
    progress(fleet + " registering");
    const Clock::time_point begin = Clock::now();
    const RegistrationOutcome outcome = startAndRegister(bench.simulator, std::move(spec), goal.limit);
    if (!outcome.problem.empty()) {
        table.add(what, "did not start", "", false);
        table.note(goal.label + " fleet: " + outcome.problem);
        return false;
    }
    const double seconds = static_cast<double>(outcome.took.count()) / 1000.0;
    const std::uint64_t registered = outcome.stats.total.registered;
    std::string target;
    std::optional<bool> met;
    if (goal.secondsPer10k) {
        const double allowed = *goal.secondsPer10k * count / 10'000.0;
        target = formatFigure("<= %.1f s", allowed);
        met = outcome.allRegistered && seconds <= allowed;
    }
    table.add(what + " (sim stats)",
              outcome.allRegistered
                  ? formatFigure("%.2f s (%.0f/s, %.0f errors)", seconds, count / seconds,
                                 static_cast<double>(outcome.stats.total.errors))
                  : formatFigure("only %.0f after %.0f s", static_cast<double>(registered), seconds),
              target, met);
    std::int64_t online = 0;
    const auto seen = hangardSeesOnline(bench.api, onlineBefore + static_cast<std::int64_t>(devices), begin, online);
    table.add("  hangard counts them online (GET /api/v1/health)",
              seen ? formatFigure("after %.2f s (%.0f online)", *seen, static_cast<double>(online))
                   : formatFigure("only %.0f online", static_cast<double>(online - onlineBefore)));
    const ResidentMemory now = residentMemory();
    const double rssKib = static_cast<double>(now.rssBytes - std::min(now.rssBytes, base.rssBytes)) / count / kKib;
    const double anonKib =
        static_cast<double>(now.anonymousBytes - std::min(now.anonymousBytes, base.anonymousBytes)) / count / kKib;
    table.add("  memory per " + goal.label + " device (RSS growth)",
              formatFigure("%.1f KiB (%.1f KiB anonymous)", rssKib, anonKib),
              formatFigure("<= %.0f KiB", goal.memoryKibPerDevice), rssKib <= goal.memoryKibPerDevice);
    progress(goal.label + ": " + std::to_string(registered) + " registered in " + formatFigure("%.2f s", seconds) +
             ", " + formatFigure("%.1f KiB", rssKib) + " per device");
    return outcome.allRegistered;
}

void measureIdleCpu(BenchContext& bench, const std::string& label, std::chrono::milliseconds duration)
{
    runFor(kIdleSettle);
    const double devices = static_cast<double>(bench.simulator.stats().total.online);
    progress("idle CPU over " + formatFigure("%.0f s", static_cast<double>(duration.count()) / 1000.0) + " with " +
             formatFigure("%.0f", devices) + " " + label + " devices online");
    const auto selfBefore = selfCpuTime();
    const auto hangardBefore = processCpuTime(bench.hangardPid);
    const Clock::time_point begin = Clock::now();
    runFor(duration);
    const double seconds = secondsBetween(begin, Clock::now());
    const double selfMsPerSec = milliseconds(selfCpuTime() - selfBefore) / seconds;
    const double hangardMsPerSec = milliseconds(processCpuTime(bench.hangardPid) - hangardBefore) / seconds;
    const double perThousand = devices > 0 ? selfMsPerSec / (devices / 1000.0) : 0.0;
    // The process has a fixed cost too (event loop, 1 s stats timer): a fleet under 1,000
    // devices may spend the allowance of 1,000.
    const double allowed = kIdleTargetMsPerSec * std::max(1.0, devices / 1000.0);
    bench.table.add("idle CPU per 1,000 " + label + " devices (" + formatFigure("%.0f s)", seconds),
                    formatFigure("%.3f ms/s (%.2f ms/s for %.0f)", perThousand, selfMsPerSec, devices),
                    formatFigure("<= %.0f ms/s*", kIdleTargetMsPerSec), selfMsPerSec <= allowed);
    bench.table.add("  hangard CPU meanwhile", formatFigure("%.2f ms/s", hangardMsPerSec));
}

void measureNotifications(BenchContext& bench, const std::vector<std::string>& paths,
                          std::chrono::milliseconds duration, int connections)
{
    ResultTable& table = bench.table;
    const std::vector<std::string> endpoints = alwaysOnlineEndpoints(bench.simulator);
    std::size_t observations = 0;
    std::size_t failed = 0;
    std::chrono::milliseconds setupTime{0};
    for (const std::string& path : paths) {
        progress("observing /" + path + " on " + std::to_string(endpoints.size()) + " devices through the REST API");
        const ObserveOutcome outcome = observeAll(bench.api, endpoints, path, 0, 1, connections);
        observations += outcome.accepted;
        failed += outcome.failed;
        setupTime += outcome.took;
        if (!outcome.firstFailure.empty())
            table.note(outcome.firstFailure);
    }
    table.add("observations set up (" + std::to_string(paths.size()) + " paths x " + std::to_string(endpoints.size()) +
                  " devices, REST)",
              formatFigure("%.0f in %.1f s (%.0f failed)", static_cast<double>(observations),
                           static_cast<double>(setupTime.count()) / 1000.0, static_cast<double>(failed)));
    runFor(kNotifySettle);
    progress("counting notifications for " + formatFigure("%.0f s", static_cast<double>(duration.count()) / 1000.0));
    const std::uint64_t sentBefore = bench.simulator.stats().total.notificationsSent;
    const auto selfBefore = selfCpuTime();
    const auto hangardBefore = processCpuTime(bench.hangardPid);
    const Clock::time_point begin = Clock::now();
    runFor(duration);
    const double seconds = secondsBetween(begin, Clock::now());
    const std::uint64_t sent = bench.simulator.stats().total.notificationsSent - sentBefore;
    const double selfMsPerSec = milliseconds(selfCpuTime() - selfBefore) / seconds;
    const double hangardMsPerSec = milliseconds(processCpuTime(bench.hangardPid) - hangardBefore) / seconds;
    const double rate = static_cast<double>(sent) / seconds;
    table.add("notifications sent/s (pmin 0, pmax 1 s)",
              formatFigure("%.0f/s over %.1f s (%.0f%% of offered)", rate, seconds,
                           observations > 0 ? 100.0 * rate / static_cast<double>(observations) : 0.0));
    table.add("  simulator CPU meanwhile",
              formatFigure("%.0f ms/s (%.0f notifications per CPU-s)", selfMsPerSec,
                           selfMsPerSec > 0 ? rate / (selfMsPerSec / 1000.0) : 0.0));
    table.add("  hangard CPU meanwhile (receives and stores them)", formatFigure("%.0f ms/s", hangardMsPerSec));
}

} // namespace hangar::bench
