#include "store/live_state_rows.h"

namespace hangar::store {

namespace {

void bindOptional(Statement& statement, int index, const std::optional<std::int64_t>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

void bindOptional(Statement& statement, int index, const std::optional<double>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

template <typename T> std::optional<T> optionalColumn(const Statement& statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    if constexpr (std::is_same_v<T, double>)
        return statement.real(column);
    else
        return statement.int64(column);
}

Expected<void> runOn(Database& database, const char* sql, const std::string& endpoint)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(endpoint));
    return use->run();
}

/// Steps through `sql`'s rows, handing each to `read`.
template <typename Record, typename Read>
Expected<std::vector<Record>> readRows(Database& database, const char* sql, Read read)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    std::vector<Record> records;
    for (;;) {
        auto row = use->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return records;
        if (auto record = read(*use))
            records.push_back(std::move(*record));
    }
}

} // namespace

Expected<void> writeRegistrationRow(Database& database, const RegistrationRecord& registration)
{
    auto statement = database.prepare(
        "INSERT OR REPLACE INTO registrations (endpoint, registration_key, lwm2m_version, binding, "
        "queue_mode, object_links, root_path, content_format, lifetime_sec, registered_at_ms, "
        "last_update_ms, peer_host, peer_port, local_port, security, psk_identity) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(registration.endpoint));
    use->bind(2, std::int64_t{registration.key});
    use->bind(3, std::string_view(registration.lwm2mVersion));
    use->bind(4, std::string_view(registration.binding));
    use->bind(5, std::int64_t{registration.queueMode ? 1 : 0});
    use->bind(6, std::string_view(registration.objectLinks));
    use->bind(7, std::string_view(registration.rootPath));
    use->bind(8, std::int64_t{registration.contentFormat});
    use->bind(9, registration.lifetimeSec);
    use->bind(10, registration.registeredAtMs);
    use->bind(11, registration.lastUpdateMs);
    use->bind(12, std::string_view(registration.peerHost));
    use->bind(13, std::int64_t{registration.peerPort});
    use->bind(14, std::int64_t{registration.localPort});
    use->bind(15, std::int64_t{static_cast<std::uint8_t>(registration.security)});
    use->bind(16, std::string_view(registration.pskIdentity));
    return use->run();
}

Expected<void> deleteLiveState(Database& database, const std::string& endpoint)
{
    if (auto removed = runOn(database, "DELETE FROM registrations WHERE endpoint = ?1", endpoint);
        !removed)
        return removed;
    return runOn(database, "DELETE FROM observations WHERE endpoint = ?1", endpoint);
}

Expected<void> replaceObservationRows(Database& database, const std::string& endpoint,
                                      const std::vector<ObservationRecord>& observations)
{
    if (auto removed = runOn(database, "DELETE FROM observations WHERE endpoint = ?1", endpoint);
        !removed)
        return removed;
    if (observations.empty())
        return {};
    auto statement = database.prepare(
        "INSERT OR REPLACE INTO observations (endpoint, path, token, content_format, pmin_sec, "
        "pmax_sec, greater_than, less_than, step, since_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!statement)
        return std::unexpected(statement.error());
    for (const ObservationRecord& observation : observations) {
        StatementUse use(**statement);
        use->bind(1, std::string_view(endpoint));
        use->bind(2, std::string_view(observation.path.toString()));
        use->bindBlob(3, observation.token);
        use->bind(4, std::int64_t{observation.contentFormat});
        bindOptional(*use, 5, observation.pminSec);
        bindOptional(*use, 6, observation.pmaxSec);
        bindOptional(*use, 7, observation.greaterThan);
        bindOptional(*use, 8, observation.lessThan);
        bindOptional(*use, 9, observation.step);
        use->bind(10, observation.sinceMs);
        if (auto done = use->run(); !done)
            return done;
    }
    return {};
}

Expected<std::vector<RegistrationRecord>> readRegistrationRows(Database& database)
{
    return readRows<RegistrationRecord>(
        database,
        "SELECT endpoint, registration_key, lwm2m_version, binding, queue_mode, object_links, "
        "root_path, "
        "content_format, lifetime_sec, registered_at_ms, last_update_ms, peer_host, peer_port, "
        "local_port, "
        "security, psk_identity FROM registrations ORDER BY endpoint",
        [](const Statement& row) -> std::optional<RegistrationRecord> {
            RegistrationRecord registration;
            registration.endpoint = row.text(0);
            registration.key = static_cast<std::uint32_t>(row.int64(1));
            registration.lwm2mVersion = row.text(2);
            registration.binding = row.text(3);
            registration.queueMode = row.int64(4) != 0;
            registration.objectLinks = row.text(5);
            registration.rootPath = row.text(6);
            registration.contentFormat = static_cast<std::uint16_t>(row.int64(7));
            registration.lifetimeSec = row.int64(8);
            registration.registeredAtMs = row.int64(9);
            registration.lastUpdateMs = row.int64(10);
            registration.peerHost = row.text(11);
            registration.peerPort = static_cast<std::uint16_t>(row.int64(12));
            registration.localPort = static_cast<std::uint16_t>(row.int64(13));
            registration.security = static_cast<PeerSecurity>(row.int64(14));
            registration.pskIdentity = row.text(15);
            return registration;
        });
}

Expected<std::vector<ObservationRecord>> readObservationRows(Database& database)
{
    return readRows<ObservationRecord>(
        database,
        "SELECT endpoint, path, token, content_format, pmin_sec, pmax_sec, greater_than, "
        "less_than, step, "
        "since_ms FROM observations ORDER BY endpoint, path",
        [](const Statement& row) -> std::optional<ObservationRecord> {
            auto path = lwm2m::LwM2mPath::parse(row.text(1));
            if (!path)
                return std::nullopt; // written by this store, so never; skipped rather than fatal
            ObservationRecord observation;
            observation.endpoint = row.text(0);
            observation.path = *path;
            observation.token = row.blob(2);
            observation.contentFormat = static_cast<std::uint16_t>(row.int64(3));
            observation.pminSec = optionalColumn<std::int64_t>(row, 4);
            observation.pmaxSec = optionalColumn<std::int64_t>(row, 5);
            observation.greaterThan = optionalColumn<double>(row, 6);
            observation.lessThan = optionalColumn<double>(row, 7);
            observation.step = optionalColumn<double>(row, 8);
            observation.sinceMs = row.int64(9);
            return observation;
        });
}

} // namespace hangar::store
