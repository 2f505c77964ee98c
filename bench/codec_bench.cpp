// Encode and decode rates of the LwM2M content formats for one Device object instance (/3/0,
// the values Anjay answered in anjay_formats_read_3_0.*), plus link-format parsing of Anjay's
// Register payload. Figures, not pass/fail: run from the build tree, `--quick` for a short run.

#include "lwm2m/codec.h"
#include "lwm2m/ddf_loader.h"
#include "lwm2m/link_format.h"
#include "lwm2m/registration_links.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

using namespace hangar::lwm2m;

namespace {

using Clock = std::chrono::steady_clock;

struct Rate
{
    double opsPerSec = 0;
    double megabytesPerSec = 0;
    double nsPerOp = 0;
};

// Values escape into this so the optimizer cannot drop the work being timed.
volatile std::size_t g_sink = 0;

std::optional<std::string> readDataFile(const std::string& name)
{
    std::ifstream file(std::string(HANGAR_BENCH_DATA_DIR) + "/" + name, std::ios::binary);
    if (!file)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

std::span<const std::uint8_t> bytesOf(const std::string& text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// Runs `operation` (which returns a size to sink) in batches until `seconds` have passed.
Rate measure(const std::function<std::size_t()>& operation, std::size_t payloadBytes,
             double seconds)
{
    for (int i = 0; i < 16; ++i)
        g_sink = g_sink + operation();
    std::size_t batch = 16;
    std::size_t done = 0;
    const auto start = Clock::now();
    const auto budget = std::chrono::duration<double>(seconds);
    std::chrono::duration<double> elapsed{};
    while (elapsed < budget) {
        for (std::size_t i = 0; i < batch; ++i)
            g_sink = g_sink + operation();
        done += batch;
        elapsed = Clock::now() - start;
        if (elapsed < budget / 50)
            batch *= 2;
    }
    Rate rate;
    rate.opsPerSec = static_cast<double>(done) / elapsed.count();
    rate.megabytesPerSec = rate.opsPerSec * static_cast<double>(payloadBytes) / 1e6;
    rate.nsPerOp = elapsed.count() * 1e9 / static_cast<double>(done);
    return rate;
}

void printHeader()
{
    std::printf("%-12s %-8s %-22s %8s %12s %9s %10s\n", "format", "op", "request", "bytes",
                "ops/s", "MB/s", "ns/op");
    std::printf("%s\n", std::string(86, '-').c_str());
}

void printRow(const char* format, const char* op, const std::string& request, std::size_t bytes,
              const Rate& rate)
{
    std::printf("%-12s %-8s %-22s %8zu %12.0f %9.1f %10.0f\n", format, op, request.c_str(), bytes,
                rate.opsPerSec, rate.megabytesPerSec, rate.nsPerOp);
}

void printSkipped(const char* format, const char* op, const std::string& request,
                  const std::string& why)
{
    std::printf("%-12s %-8s %-22s %8s %12s   (%s)\n", format, op, request.c_str(), "-", "n/a",
                why.c_str());
}

struct FormatCase
{
    const char* name;
    ContentFormat format;
    const char* vector; ///< captured payload for the decode case
};

} // namespace

int main(int argc, char** argv)
{
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            quick = true;
        } else {
            std::fprintf(stderr, "usage: %s [--quick]\n", argv[0]);
            return 2;
        }
    }
    const double seconds = quick ? 0.05 : 0.5;

    ObjectRegistry models;
    DdfLoader loader(models);
    loader.loadBuiltin();
    if (!models.object(3)) {
        std::fprintf(stderr, "codec_bench: the built-in Device object (3) did not load\n");
        return 1;
    }

    const LwM2mPath instance(3, 0);
    const auto tlv = readDataFile("anjay_formats_read_3_0.tlv");
    if (!tlv) {
        std::fprintf(stderr, "codec_bench: cannot read %s/anjay_formats_read_3_0.tlv\n",
                     HANGAR_BENCH_DATA_DIR);
        return 1;
    }
    const auto device = decode(ContentFormat::Tlv, bytesOf(*tlv), instance, models);
    if (!device) {
        std::fprintf(stderr, "codec_bench: decoding the Device TLV failed: %s\n",
                     device.error().message.c_str());
        return 1;
    }
    std::printf("Device /3/0 from anjay_formats_read_3_0.tlv: %zu values; %.2f s per case%s\n\n",
                device->size(), seconds, quick ? " (--quick)" : "");
    printHeader();

    const FormatCase formats[] = {
        {"tlv", ContentFormat::Tlv, "anjay_formats_read_3_0.tlv"},
        {"senml-json", ContentFormat::SenmlJson, "anjay_formats_read_3_0.senml.json"},
        {"senml-cbor", ContentFormat::SenmlCbor, "anjay_formats_read_3_0.senml.cbor"},
        {"lwm2m-json", ContentFormat::Lwm2mJson, "anjay_formats_read_3_0.lwm2m.json"},
    };
    const std::string instanceText = instance.toString();
    for (const FormatCase& c : formats) {
        const auto payload = readDataFile(c.vector);
        if (!payload) {
            printSkipped(c.name, "decode", instanceText, std::string("missing ") + c.vector);
        } else if (const auto probe = decode(c.format, bytesOf(*payload), instance, models); !probe) {
            printSkipped(c.name, "decode", instanceText, probe.error().message.substr(0, 60));
        } else {
            const Rate rate = measure(
                [&] { return decode(c.format, bytesOf(*payload), instance, models)->size(); },
                payload->size(), seconds);
            printRow(c.name, "decode", instanceText, payload->size(), rate);
        }

        const auto encoded = encode(c.format, instance, *device, models);
        if (!encoded) {
            printSkipped(c.name, "encode", instanceText, encoded.error().message.substr(0, 60));
            continue;
        }
        const Rate rate = measure([&] { return encode(c.format, instance, *device, models)->size(); },
                                  encoded->size(), seconds);
        printRow(c.name, "encode", instanceText, encoded->size(), rate);
    }

    // text/plain carries one resource: Current Time.
    const LwM2mPath currentTime(3, 0, 13);
    PathValues timeValue;
    for (const PathValue& entry : *device) {
        if (entry.path == currentTime)
            timeValue.push_back(entry);
    }
    const auto text = encode(ContentFormat::Text, currentTime, timeValue, models);
    if (!text) {
        printSkipped("text", "encode", currentTime.toString(), text.error().message.substr(0, 60));
    } else {
        const std::span<const std::uint8_t> textBytes(*text);
        const Rate decodeRate = measure(
            [&] { return decode(ContentFormat::Text, textBytes, currentTime, models)->size(); },
            text->size(), seconds);
        printRow("text", "decode", currentTime.toString(), text->size(), decodeRate);
        const Rate encodeRate = measure(
            [&] { return encode(ContentFormat::Text, currentTime, timeValue, models)->size(); },
            text->size(), seconds);
        printRow("text", "encode", currentTime.toString(), text->size(), encodeRate);
    }

    const auto registerPayload = readDataFile("anjay_register.linkformat.txt");
    if (!registerPayload) {
        printSkipped("link", "parse", "Register", "missing anjay_register.linkformat.txt");
        return 0;
    }
    const std::string& links = *registerPayload;
    const Rate parseRate = measure([&] { return parseLinkFormat(links)->size(); }, links.size(),
                                   seconds);
    printRow("link", "parse", "Register (RFC 6690)", links.size(), parseRate);
    const Rate registrationRate = measure(
        [&] { return parseRegistrationLinks(links)->objects.size(); }, links.size(), seconds);
    printRow("link", "parse", "Register (LwM2M)", links.size(), registrationRate);
    const auto parsed = parseLinkFormat(links);
    const Rate serializeRate = measure([&] { return serializeLinkFormat(*parsed).size(); },
                                       links.size(), seconds);
    printRow("link", "encode", "Register (RFC 6690)", links.size(), serializeRate);
    return 0;
}
