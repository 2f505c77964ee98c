#include "store/store_writer.h"

#include "store/device_rows.h"
#include "store/device_tags.h"
#include "store/live_state_rows.h"
#include "store/rollup_values.h"
#include "store/value_columns.h"

#include <QDateTime>
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

namespace hangar::store {

namespace {

constexpr std::chrono::seconds kTrimAfterEvents{1};
constexpr std::chrono::milliseconds kFirstRetryDelay{100};
constexpr std::chrono::milliseconds kLongestRetryDelay{2000};

} // namespace

StoreWriter::StoreWriter(std::unique_ptr<Database> database, WriteQueue& queue,
                         EventRetention retention, CommitCallback onCommit, FailureCallback onFailure)
    : m_database(std::move(database)), m_queue(queue), m_retention(retention),
      m_onCommit(std::move(onCommit)), m_onFailure(std::move(onFailure))
{
    m_thread = std::thread([this] { run(); });
}

StoreWriter::~StoreWriter()
{
    m_queue.close();
    m_thread.join();
}

void StoreWriter::run()
{
    using Clock = std::chrono::steady_clock;
    const bool trimming = m_retention.maxAge.count() > 0 || m_retention.maxEvents > 0;
    // The first look is at once: a log left over the limits (lowered since, or a long
    // shutdown) starts shrinking as soon as the store opens.
    auto nextTrim = Clock::now();
    std::vector<WriteItem> batch;
    for (;;) {
        // One trim step at most between two batches: under a steady stream of writes the
        // backlog still shrinks, and no write waits for more than one step. None while
        // commits fail: the failing batch goes first.
        if (!trimming || m_failing)
            nextTrim = Clock::now() + std::chrono::hours(1);
        else if (Clock::now() >= nextTrim)
            nextTrim = trimStep() ? Clock::now() : Clock::now() + m_retention.checkInterval;
        const WriteQueue::Taken taken = m_queue.takeBatch(batch, nextTrim);
        if (taken == WriteQueue::Taken::Closed)
            return;
        if (taken == WriteQueue::Taken::Idle)
            continue;
        if (!commitWithRetries(batch))
            return;
        std::size_t rows = 0;
        bool appendedEvents = false;
        for (const auto& item : batch) {
            rows += item.rows;
            appendedEvents = appendedEvents || std::holds_alternative<AppendEvent>(item.operation) ||
                             std::holds_alternative<RecordRegistration>(item.operation);
        }
        // New events may push the log over its count: look soon, not only every checkInterval,
        // but at most once a second however many events come.
        if (appendedEvents && trimming)
            nextTrim = std::min(nextTrim, Clock::now() + kTrimAfterEvents);
        m_batches.fetch_add(1, std::memory_order_relaxed);
        m_rows.fetch_add(rows, std::memory_order_relaxed);
        // The listener hears a commit before flush() waiters wake, so after flush() returns
        // the listener has seen every sequence it waited for.
        if (m_onCommit)
            m_onCommit(batch.back().sequence);
        if (std::exchange(m_failing, false) && m_onFailure)
            m_onFailure(std::nullopt);
        m_queue.markDurable(batch.back().sequence, rows);
    }
}

bool StoreWriter::trimStep()
{
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    Expected<std::size_t> deleted = 0;
    if (auto begun = m_database->exec("BEGIN IMMEDIATE"); begun)
        deleted = trimEvents(*m_database, m_retention, nowMs);
    else
        deleted = std::unexpected(begun.error());
    if (deleted && *deleted == 0) {
        (void)m_database->exec("ROLLBACK");
        return false;
    }
    if (deleted)
        if (auto committed = m_database->exec("COMMIT"); !committed)
            deleted = std::unexpected(committed.error());
    if (!deleted) {
        // Housekeeping must not stop the store: the next look tries again, and a disk that
        // is really failing fails the next commit of real writes.
        (void)m_database->exec("ROLLBACK");
        qWarning("Hangar store could not trim the event log: %s", deleted.error().message.c_str());
        return false;
    }
    m_trimmed.fetch_add(*deleted, std::memory_order_relaxed);
    m_trimCommits.fetch_add(1, std::memory_order_relaxed);
    return *deleted >= m_retention.batchRows;
}

bool StoreWriter::commitWithRetries(const std::vector<WriteItem>& batch)
{
    auto delay = kFirstRetryDelay;
    for (;;) {
        auto committed = commit(batch);
        if (committed)
            return true;
        rollBack();
        m_failedCommits.fetch_add(1, std::memory_order_relaxed);
        if (!m_failing) {
            // Reported once (the engine logs it and records an event), not at every retry.
            m_failing = true;
            // Like commits: the listener hears it before flush() waiters wake.
            if (m_onFailure)
                m_onFailure(committed.error());
            m_queue.markFailing(committed.error());
        }
        if (!m_queue.waitToRetry(delay)) {
            // Closing: one last attempt, then what is still queued is given up.
            if (commit(batch))
                return true;
            rollBack();
            qCritical("Hangar store writer stopped with %zu rows not committed: %s",
                      static_cast<std::size_t>(m_queue.pendingRows()),
                      committed.error().message.c_str());
            return false;
        }
        delay = std::min(delay * 2, kLongestRetryDelay);
    }
}

void StoreWriter::rollBack()
{
    // SQLite may already have rolled back on its own (SQLITE_FULL, SQLITE_IOERR): then this
    // fails harmlessly.
    (void)m_database->exec("ROLLBACK");
    m_deviceIds.clear();
    m_pathIds.clear();
    m_rollups.clear();
}

Expected<void> StoreWriter::commit(const std::vector<WriteItem>& batch)
{
    if (auto begun = m_database->exec("BEGIN IMMEDIATE"); !begun)
        return begun;
    for (const auto& item : batch) {
        if (auto applied = applyChecked(item.operation); !applied)
            return applied;
    }
    if (auto rolledUp = m_rollups.writeTo(*m_database); !rolledUp)
        return rolledUp;
    return m_database->exec("COMMIT");
}

Expected<void> StoreWriter::applyChecked(const WriteOperation& operation)
{
    auto applied = std::visit([this](const auto& write) { return apply(write); }, operation);
    // A constraint violation fails only that statement, not the transaction: the write is
    // dropped with a warning and the batch goes on (one bad row must not stop the store).
    if (!applied && applied.error().code == ErrorCode::InvalidArgument) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        qWarning("Hangar store dropped a write: %s", applied.error().message.c_str());
        return {};
    }
    return applied;
}

Expected<void> StoreWriter::apply(const UpsertDevice& write)
{
    // A registration rewrites the row but not its tags: they belong to the user, not to the
    // device, so the search text is rebuilt from the stored tags.
    auto statement = m_database->prepare(
        std::string("INSERT INTO devices (") + kDeviceColumns + ", search_text) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
        "?17 || lower(?15)) "
        "ON CONFLICT (endpoint) DO UPDATE SET registration_id = excluded.registration_id, "
        "lwm2m_version = excluded.lwm2m_version, lifetime_sec = excluded.lifetime_sec, "
        "binding = excluded.binding, queue_mode = excluded.queue_mode, "
        "object_links = excluded.object_links, status = excluded.status, "
        "registered_at_ms = excluded.registered_at_ms, last_seen_ms = excluded.last_seen_ms, "
        "manufacturer = excluded.manufacturer, model = excluded.model, "
        "serial_number = excluded.serial_number, firmware_version = excluded.firmware_version, "
        "address = excluded.address, search_text = ?17 || lower(devices.tags) "
        "RETURNING id");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    bindDevice(*use, write.device);
    auto row = use->step();
    if (!row)
        return std::unexpected(row.error());
    m_deviceIds[write.device.endpoint] = use->int64(0);
    return {};
}

Expected<void> StoreWriter::apply(const DeleteDevice& write)
{
    auto id = deviceId(write.endpoint);
    if (!id)
        return std::unexpected(id.error());
    if (*id != 0) {
        // Rollups gathered earlier in this transaction go in first, so the delete takes them.
        if (auto rolledUp = m_rollups.writeTo(*m_database); !rolledUp)
            return rolledUp;
        for (const char* sql : {"DELETE FROM samples WHERE device_id = ?1",
                                "DELETE FROM sample_rollups WHERE device_id = ?1",
                                "DELETE FROM resource_cache WHERE device_id = ?1",
                                "DELETE FROM devices WHERE id = ?1"}) {
            auto statement = m_database->prepare(sql);
            if (!statement)
                return std::unexpected(statement.error());
            StatementUse use(**statement);
            use->bind(1, *id);
            if (auto done = use->run(); !done)
                return done;
        }
        m_deviceIds.erase(write.endpoint);
    }
    if (auto ended = deleteLiveState(*m_database, write.endpoint); !ended)
        return ended;
    return apply(DeleteCredential{write.endpoint});
}

Expected<void> StoreWriter::apply(const PutCredential& write)
{
    auto statement = m_database->prepare(
        "INSERT INTO credentials (endpoint, psk_identity, psk_key) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (endpoint) DO UPDATE SET psk_identity = excluded.psk_identity, "
        "psk_key = excluded.psk_key");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(write.credential.endpoint));
    use->bind(2, std::string_view(write.credential.pskIdentity));
    use->bindBlob(3, write.credential.pskKey);
    return use->run();
}

Expected<void> StoreWriter::apply(const DeleteCredential& write)
{
    auto statement = m_database->prepare("DELETE FROM credentials WHERE endpoint = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(write.endpoint));
    return use->run();
}

Expected<void> StoreWriter::apply(const PutCachedValues& write)
{
    auto statement = m_database->prepare(
        "INSERT INTO resource_cache (device_id, path, type, value, time_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (device_id, path) DO UPDATE SET "
        "type = excluded.type, value = excluded.value, time_ms = excluded.time_ms "
        "WHERE excluded.time_ms >= resource_cache.time_ms");
    if (!statement)
        return std::unexpected(statement.error());
    for (const auto& cached : write.values) {
        auto id = deviceId(cached.endpoint);
        if (!id)
            return std::unexpected(id.error());
        if (*id == 0) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            continue;
        }
        StatementUse use(**statement);
        use->bind(1, *id);
        use->bind(2, std::string_view(cached.path.toString()));
        bindValue(*use, 3, 4, cached.value);
        use->bind(5, cached.timeMs);
        if (auto done = use->run(); !done)
            return done;
    }
    return {};
}

Expected<void> StoreWriter::apply(const AppendSamples& write)
{
    auto statement = m_database->prepare(
        "INSERT INTO samples (device_id, path_id, time_ms, type, value) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!statement)
        return std::unexpected(statement.error());
    for (const auto& sample : write.samples) {
        auto device = deviceId(sample.endpoint);
        if (!device)
            return std::unexpected(device.error());
        if (*device == 0) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            continue;
        }
        auto path = pathId(sample.path);
        if (!path)
            return std::unexpected(path.error());
        StatementUse use(**statement);
        use->bind(1, *device);
        use->bind(2, *path);
        use->bind(3, sample.timeMs);
        bindValue(*use, 4, 5, sample.value);
        if (auto done = use->run(); !done)
            return done;
        if (const auto number = numericSampleValue(sample.value))
            m_rollups.add(*device, *path, sample.timeMs, *number);
    }
    return {};
}

Expected<void> StoreWriter::apply(const AppendEvent& write)
{
    auto statement = m_database->prepare(
        "INSERT INTO events (time_ms, kind, endpoint, details_json) VALUES (?1, ?2, ?3, ?4)");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, write.event.timeMs);
    use->bind(2, std::string_view(write.event.kind));
    use->bind(3, std::string_view(write.event.endpoint));
    use->bind(4, std::string_view(write.event.detailsJson));
    return use->run();
}

Expected<void> StoreWriter::apply(const RecordRegistration& write)
{
    const RegistrationChange& change = write.change;
    if (auto device = apply(UpsertDevice{change.device}); !device)
        return device;
    auto live = change.live ? writeRegistrationRow(*m_database, *change.live)
                            : deleteLiveState(*m_database, change.device.endpoint);
    if (!live)
        return live;
    return change.event ? apply(AppendEvent{*change.event}) : Expected<void>{};
}

Expected<void> StoreWriter::apply(const ReplaceObservations& write)
{
    return replaceObservationRows(*m_database, write.endpoint, write.observations);
}

Expected<void> StoreWriter::apply(const ChangeDeviceTags& write)
{
    const DeviceTagChange& change = write.change;
    DeviceTagOutcome& outcome = *write.outcome;
    outcome = {}; // a retried batch starts over
    const std::set<std::string> removed(change.remove.begin(), change.remove.end());
    struct Planned
    {
        std::int64_t id = 0;
        const std::string* endpoint = nullptr;
        std::string tags;
        std::string searchText;
    };
    // Every device is read and checked before any is written: an unknown endpoint or a device
    // over the tag limit leaves all of them as they were.
    std::vector<Planned> planned;
    std::vector<std::string> unknown;
    {
        auto select = m_database->prepare(
            "SELECT id, manufacturer, model, serial_number, tags FROM devices WHERE endpoint = ?1");
        if (!select)
            return std::unexpected(select.error());
        std::set<std::string_view> seen;
        for (const std::string& endpoint : change.endpoints) {
            if (!seen.insert(endpoint).second)
                continue;
            StatementUse use(**select);
            use->bind(1, std::string_view(endpoint));
            auto row = use->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row) {
                unknown.push_back(endpoint);
                continue;
            }
            DeviceRecord device;
            device.endpoint = endpoint;
            for (auto [column, field] : {std::pair{1, &device.manufacturer},
                                         std::pair{2, &device.model},
                                         std::pair{3, &device.serialNumber}}) {
                if (!use->isNull(column))
                    *field = use->text(column);
            }
            const std::string before = use->text(4);
            device.tags = tagsFromColumnText(before);
            std::erase_if(device.tags, [&](const std::string& tag) { return removed.contains(tag); });
            device.tags.insert(device.tags.end(), change.add.begin(), change.add.end());
            std::ranges::sort(device.tags);
            const auto duplicates = std::ranges::unique(device.tags);
            device.tags.erase(duplicates.begin(), duplicates.end());
            if (device.tags.size() > kMaxTagsPerDevice) {
                outcome.error = Error(ErrorCode::LimitExceeded,
                                      "The device \"" + endpoint + "\" would carry "
                                          + std::to_string(device.tags.size())
                                          + " tags; a device carries at most "
                                          + std::to_string(kMaxTagsPerDevice)
                                          + ". Remove some tags first. No tags were changed.");
                return {};
            }
            std::string after = tagsColumnText(device.tags);
            if (after != before)
                planned.push_back(Planned{use->int64(0), &endpoint, std::move(after),
                                          searchTextOf(device)});
        }
    }
    if (!unknown.empty()) {
        std::string names;
        for (std::size_t i = 0; i < unknown.size() && i < 10; ++i)
            names += (i == 0 ? "\"" : ", \"") + unknown[i] + "\"";
        if (unknown.size() > 10)
            names += " and " + std::to_string(unknown.size() - 10) + " more";
        outcome.error = Error(ErrorCode::NotFound,
                              "No device with endpoint " + names
                                  + ": no tags were changed. Leave out the unknown endpoints.");
        return {};
    }
    auto update = m_database->prepare("UPDATE devices SET tags = ?1, search_text = ?2 WHERE id = ?3");
    if (!update)
        return std::unexpected(update.error());
    for (const Planned& device : planned) {
        StatementUse use(**update);
        use->bind(1, std::string_view(device.tags));
        use->bind(2, std::string_view(device.searchText));
        use->bind(3, device.id);
        if (auto done = use->run(); !done)
            return done;
        outcome.changed.push_back(*device.endpoint);
    }
    return {};
}

Expected<std::int64_t> StoreWriter::deviceId(const std::string& endpoint)
{
    if (auto found = m_deviceIds.find(endpoint); found != m_deviceIds.end())
        return found->second;
    auto statement = m_database->prepare("SELECT id FROM devices WHERE endpoint = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(endpoint));
    auto row = use->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return 0; // unknown devices are not cached: they may be registered later
    const auto id = use->int64(0);
    m_deviceIds.emplace(endpoint, id);
    return id;
}

Expected<std::int64_t> StoreWriter::pathId(const lwm2m::LwM2mPath& path)
{
    // Ids are at most 65534, so id + 1 fits 16 bits and 0 marks an absent level: distinct
    // paths get distinct keys without formatting the path text for every sample.
    std::uint64_t key = 0;
    for (int level = 0; level < 4; ++level)
        key = (key << 16) | (level < path.depth() ? path.id(level) + 1u : 0u);
    if (auto found = m_pathIds.find(key); found != m_pathIds.end())
        return found->second;
    auto statement = m_database->prepare(
        "INSERT INTO paths (path) VALUES (?1) ON CONFLICT (path) DO UPDATE SET path = path "
        "RETURNING id");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(path.toString()));
    auto row = use->step();
    if (!row)
        return std::unexpected(row.error());
    const auto id = use->int64(0);
    m_pathIds.emplace(key, id);
    return id;
}

} // namespace hangar::store
