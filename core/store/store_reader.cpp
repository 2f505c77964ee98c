#include "store/store_reader.h"

#include "store/device_rows.h"
#include "store/device_tags.h"
#include "store/read_transaction.h"
#include "store/text_search_function.h"
#include "store/value_columns.h"

#include <algorithm>

namespace hangar::store {

namespace {

Credential readCredential(const Statement& statement)
{
    return Credential{statement.text(0), statement.text(1), statement.blob(2)};
}

} // namespace

Expected<DevicePage> StoreReader::listDevices(const DeviceQuery& query)
{
    if (query.limit < 0 || query.offset < 0) {
        return fail(ErrorCode::InvalidArgument,
                    "Device list: limit (" + std::to_string(query.limit) + ") and offset ("
                        + std::to_string(query.offset) + ") must not be negative.");
    }
    std::string text = foldCase(query.text);
    std::erase(text, '\x1f');
    std::erase(text, kTagSeparator);
    std::optional<std::string> tag;
    if (query.tag) {
        if (auto valid = validateTag(*query.tag); !valid)
            return std::unexpected(valid.error());
        tag = foldCase(*query.tag);
    }
    std::string where;
    if (query.status)
        where += " WHERE status = ?1";
    if (!text.empty())
        where += std::string(where.empty() ? " WHERE " : " AND ") + kContainsFunction
                 + "(search_text, ?2)";
    if (tag)
        where += std::string(where.empty() ? " WHERE " : " AND ") + kHasTagFunction
                 + "(search_text, ?5)";
    auto bindFilters = [&](Statement& statement) {
        if (query.status)
            statement.bind(1, static_cast<std::int64_t>(*query.status));
        if (!text.empty())
            statement.bind(2, std::string_view(text));
        if (tag)
            statement.bind(5, std::string_view(*tag));
    };

    ReadTransaction transaction(*m_database);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    DevicePage page;
    {
        auto statement = m_database->prepare(std::string("SELECT ") + kDeviceColumns
                                             + " FROM devices" + where
                                             + " ORDER BY endpoint LIMIT ?3 OFFSET ?4");
        if (!statement)
            return std::unexpected(statement.error());
        StatementUse use(**statement);
        bindFilters(*use);
        use->bind(3, std::int64_t{query.limit});
        use->bind(4, std::int64_t{query.offset});
        while (true) {
            auto row = use->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            page.items.push_back(readDevice(*use));
        }
    }
    // A short page that is not empty (or starts at 0) ends the matches: its end is the total.
    // This spares the second scan a rare text match would otherwise cost.
    const auto found = static_cast<std::int64_t>(page.items.size());
    if (found < query.limit && (found > 0 || query.offset == 0)) {
        page.total = query.offset + found;
        return page;
    }
    auto statement = m_database->prepare("SELECT count(*) FROM devices" + where);
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    bindFilters(*use);
    auto row = use->step();
    if (!row)
        return std::unexpected(row.error());
    page.total = use->int64(0);
    return page;
}

Expected<DeviceRecord> StoreReader::device(const std::string& endpoint)
{
    auto statement = m_database->prepare(std::string("SELECT ") + kDeviceColumns
                                         + " FROM devices WHERE endpoint = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(endpoint));
    auto row = use->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "No device with endpoint \"" + endpoint + "\".");
    return readDevice(*use);
}

Expected<Credential> StoreReader::credentialByIdentity(const std::string& pskIdentity)
{
    auto statement = m_database->prepare(
        "SELECT endpoint, psk_identity, psk_key FROM credentials WHERE psk_identity = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(pskIdentity));
    auto row = use->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "No credential with PSK identity \"" + pskIdentity + "\".");
    return readCredential(*use);
}

Expected<std::vector<Credential>> StoreReader::allCredentials()
{
    auto statement = m_database->prepare(
        "SELECT endpoint, psk_identity, psk_key FROM credentials ORDER BY endpoint");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    std::vector<Credential> credentials;
    while (true) {
        auto row = use->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return credentials;
        credentials.push_back(readCredential(*use));
    }
}

Expected<std::vector<CachedValue>> StoreReader::cachedValues(const std::string& endpoint,
                                                            const lwm2m::LwM2mPath& under)
{
    // Paths below "/3" are the texts in ["/3/", "/30"): '0' follows '/' in ASCII.
    const std::string exact = under.toString();
    const std::string stem = under.isRoot() ? std::string() : exact;
    auto statement = m_database->prepare(
        "SELECT c.path, c.type, c.value, c.time_ms FROM resource_cache c "
        "JOIN devices d ON d.id = c.device_id WHERE d.endpoint = ?1 "
        "AND (c.path = ?2 OR (c.path >= ?3 AND c.path < ?4))");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(endpoint));
    use->bind(2, std::string_view(exact));
    use->bind(3, std::string_view(stem + "/"));
    use->bind(4, std::string_view(stem + "0"));
    std::vector<CachedValue> values;
    while (true) {
        auto row = use->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto path = lwm2m::LwM2mPath::parse(use->text(0));
        if (!path) {
            return fail(ErrorCode::MalformedInput, "The resource cache of \"" + endpoint
                                                       + "\" holds a bad path \"" + use->text(0)
                                                       + "\": " + path.error().message);
        }
        values.push_back(CachedValue{endpoint, *path, readValue(*use, 1, 2), use->int64(3)});
    }
    // Text order puts "/3/0/10" before "/3/0/2"; callers want path order.
    std::ranges::sort(values, {}, &CachedValue::path);
    return values;
}

Expected<std::vector<Sample>> StoreReader::samples(const SampleQuery& query)
{
    if (query.limit < 0)
        return fail(ErrorCode::InvalidArgument, "Samples: limit must not be negative.");
    const bool newestFirst = query.order == TimeOrder::NewestFirst;
    auto statement = m_database->prepare(
        std::string("SELECT time_ms, type, value FROM samples "
                    "WHERE device_id = (SELECT id FROM devices WHERE endpoint = ?1) "
                    "AND path_id = (SELECT id FROM paths WHERE path = ?2) "
                    "AND time_ms BETWEEN ?3 AND ?4 ORDER BY time_ms ")
        + (newestFirst ? "DESC" : "ASC") + " LIMIT ?5");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, std::string_view(query.endpoint));
    use->bind(2, std::string_view(query.path.toString()));
    use->bind(3, query.fromMs);
    use->bind(4, query.toMs);
    use->bind(5, std::int64_t{query.limit});
    std::vector<Sample> samples;
    while (true) {
        auto row = use->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return samples;
        samples.push_back(Sample{query.endpoint, query.path, readValue(*use, 1, 2), use->int64(0)});
    }
}

namespace {

Expected<std::vector<EventRecord>> readEvents(Statement& statement)
{
    std::vector<EventRecord> events;
    while (true) {
        auto row = statement.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return events;
        events.push_back(EventRecord{statement.int64(0), statement.int64(1), statement.text(2), statement.text(3),
                                     statement.text(4)});
    }
}

} // namespace

Expected<std::vector<EventRecord>> StoreReader::eventsSince(std::int64_t afterId, int limit)
{
    if (limit < 0)
        return fail(ErrorCode::InvalidArgument, "Events: limit must not be negative.");
    auto statement = m_database->prepare(
        "SELECT id, time_ms, kind, endpoint, details_json FROM events WHERE id > ?1 "
        "ORDER BY id LIMIT ?2");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, afterId);
    use->bind(2, std::int64_t{limit});
    return readEvents(*use);
}

Expected<std::vector<EventRecord>> StoreReader::deviceEventsSince(const std::string& endpoint, std::int64_t afterId,
                                                                  int limit)
{
    if (limit < 0)
        return fail(ErrorCode::InvalidArgument, "Events: limit must not be negative.");
    auto statement = m_database->prepare(
        "SELECT id, time_ms, kind, endpoint, details_json FROM events WHERE endpoint = ?1 AND id > ?2 "
        "ORDER BY id LIMIT ?3");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, endpoint);
    use->bind(2, afterId);
    use->bind(3, std::int64_t{limit});
    return readEvents(*use);
}

Expected<std::vector<EventCount>> StoreReader::eventCounts(const std::string& kind, std::int64_t fromMs,
                                                           std::int64_t toMs, std::int64_t bucketMs)
{
    if (bucketMs <= 0)
        return fail(ErrorCode::InvalidArgument, "Event counts: the bucket width must be positive.");
    if (fromMs < 0 || toMs < fromMs)
        return fail(ErrorCode::InvalidArgument, "Event counts: the range must satisfy 0 <= from <= to.");
    auto statement = m_database->prepare(
        "SELECT time_ms / ?4 AS bucket, count(*) FROM events WHERE kind = ?1 AND time_ms >= ?2 AND time_ms < ?3 "
        "GROUP BY bucket ORDER BY bucket");
    if (!statement)
        return std::unexpected(statement.error());
    StatementUse use(**statement);
    use->bind(1, kind);
    use->bind(2, fromMs);
    use->bind(3, toMs);
    use->bind(4, bucketMs);
    std::vector<EventCount> counts;
    while (true) {
        auto row = use->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return counts;
        counts.push_back(EventCount{use->int64(0) * bucketMs, use->int64(1)});
    }
}

} // namespace hangar::store
