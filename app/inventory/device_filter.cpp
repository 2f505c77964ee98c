#include "inventory/device_filter.h"

#include <QCoreApplication>

namespace hangar::app {

namespace {

struct Token
{
    QString key;
    QString value;
    bool hasKey = false;
};

std::optional<FilterField> fieldNamed(const QString& key)
{
    const QString k = key.toLower();
    if (k == u"status" || k == u"state")
        return FilterField::Status;
    if (k == u"model")
        return FilterField::Model;
    if (k == u"fw" || k == u"firmware")
        return FilterField::Firmware;
    if (k == u"tag" || k == u"tags")
        return FilterField::Tag;
    if (k == u"ep" || k == u"endpoint")
        return FilterField::Endpoint;
    if (k == u"serial" || k == u"sn")
        return FilterField::Serial;
    if (k == u"ip" || k == u"addr" || k == u"address")
        return FilterField::Address;
    return std::nullopt;
}

std::optional<store::DeviceStatus> statusNamed(const QString& value)
{
    const QString v = value.toLower();
    if (v == u"online" || v == u"registered")
        return store::DeviceStatus::Registered;
    if (v == u"sleeping" || v == u"asleep")
        return store::DeviceStatus::Sleeping;
    if (v == u"offline")
        return store::DeviceStatus::Offline;
    return std::nullopt;
}

/// The strings' translation context, shared by lupdate and the lookup at run time.
class FilterText
{
    Q_DECLARE_TR_FUNCTIONS(hangar::app::DeviceFilter)
};

/// Reads a value starting at `i`: "quoted" or up to the next space. Sets `unclosed` when a
/// quote runs to the end.
QString readValue(const QString& text, qsizetype& i, bool& unclosed)
{
    if (i < text.size() && text[i] == u'"') {
        const qsizetype close = text.indexOf(u'"', i + 1);
        if (close < 0) {
            unclosed = true;
            QString value = text.mid(i + 1);
            i = text.size();
            return value;
        }
        QString value = text.mid(i + 1, close - i - 1);
        i = close + 1;
        return value;
    }
    const qsizetype start = i;
    while (i < text.size() && !text[i].isSpace())
        ++i;
    return text.mid(start, i - start);
}

std::vector<Token> tokenize(const QString& text, bool& unclosed)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        Token token;
        if (text[i] != u'"') {
            qsizetype j = i;
            while (j < text.size() && !text[j].isSpace() && text[j] != u':' && text[j] != u'"')
                ++j;
            if (j < text.size() && text[j] == u':' && j > i) {
                token.key = text.mid(i, j - i);
                token.hasKey = true;
                i = j + 1;
            }
        }
        token.value = readValue(text, i, unclosed);
        tokens.push_back(std::move(token));
    }
    return tokens;
}

bool contains(std::string_view haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

} // namespace

DeviceFilter parseDeviceFilter(const QString& text)
{
    DeviceFilter filter;
    bool unclosed = false;
    QStringList errors;
    for (const Token& token : tokenize(text, unclosed)) {
        FilterTerm term;
        if (token.hasKey) {
            const auto field = fieldNamed(token.key);
            if (!field) {
                errors << FilterText::tr("Unknown field “%1:”; use status, model, fw, tag, ep, serial or ip.")
                              .arg(token.key);
                continue;
            }
            term.field = *field;
        }
        if (token.value.isEmpty())
            continue; // still being typed
        if (term.field == FilterField::Status) {
            const auto status = statusNamed(token.value);
            if (!status) {
                errors << FilterText::tr("Unknown status “%1”; use online, sleeping or offline.")
                              .arg(token.value);
                continue;
            }
            term.status = *status;
        }
        term.text = token.value;
        term.needle = token.value.toLower().toStdString();
        filter.terms.push_back(std::move(term));
    }
    if (unclosed)
        errors << FilterText::tr("A quote is not closed.");
    filter.error = errors.join(u' ');
    return filter;
}

bool DeviceFilter::matches(const DeviceRow& row) const
{
    for (const FilterTerm& term : terms) {
        bool hit = false;
        switch (term.field) {
        case FilterField::Any:
            hit = contains(searchText(row, SearchPart::Any), term.needle);
            break;
        case FilterField::Endpoint:
            hit = contains(searchText(row, SearchPart::Endpoint), term.needle);
            break;
        case FilterField::Model:
            hit = contains(searchText(row, SearchPart::Model), term.needle);
            break;
        case FilterField::Serial:
            hit = contains(searchText(row, SearchPart::Serial), term.needle);
            break;
        case FilterField::Firmware:
            hit = contains(searchText(row, SearchPart::Firmware), term.needle);
            break;
        case FilterField::Address:
            hit = contains(searchText(row, SearchPart::Address), term.needle);
            break;
        case FilterField::Tag:
            hit = contains(searchText(row, SearchPart::Tags), term.needle);
            break;
        case FilterField::Status:
            hit = row.status == term.status;
            break;
        }
        if (!hit)
            return false;
    }
    return true;
}

QStringList DeviceFilter::highlights(DeviceColumn column) const
{
    QStringList result;
    for (const FilterTerm& term : terms) {
        const bool any = term.field == FilterField::Any;
        bool applies = false;
        switch (column) {
        case DeviceColumn::Endpoint:
            applies = any || term.field == FilterField::Endpoint;
            break;
        case DeviceColumn::Model:
            applies = any || term.field == FilterField::Model;
            break;
        case DeviceColumn::Serial:
            applies = any || term.field == FilterField::Serial;
            break;
        case DeviceColumn::Firmware:
            applies = term.field == FilterField::Firmware;
            break;
        case DeviceColumn::Address:
            applies = term.field == FilterField::Address;
            break;
        case DeviceColumn::Tags:
            applies = any || term.field == FilterField::Tag;
            break;
        default:
            break;
        }
        if (applies)
            result << term.text;
    }
    return result;
}

} // namespace hangar::app
