#include "engine/lifetime_monitor.h"

namespace hangar::engine {

namespace {
constexpr std::uint64_t kSleepBit = 1ULL << 32;
}

LifetimeMonitor::LifetimeMonitor(Due expired, Due fellAsleep)
    : m_expired(std::move(expired)),
      m_fellAsleep(std::move(fellAsleep)),
      m_deadlines([this](std::uint64_t key, std::int64_t deadlineMs) {
          const auto registrationKey = static_cast<std::uint32_t>(key & 0xFFFFFFFFULL);
          if ((key & kSleepBit) != 0)
              m_fellAsleep(registrationKey, deadlineMs);
          else
              m_expired(registrationKey, deadlineMs);
      })
{
}

void LifetimeMonitor::scheduleExpiry(std::uint32_t registrationKey, std::int64_t deadlineMs)
{
    m_deadlines.schedule(registrationKey, deadlineMs);
}

void LifetimeMonitor::scheduleSleep(std::uint32_t registrationKey, std::int64_t deadlineMs)
{
    m_deadlines.schedule(kSleepBit | registrationKey, deadlineMs);
}

} // namespace hangar::engine
