// One body of POST /api/v1/credentials/import into credentialListFormat and
// parseCredentialList, as CSV and as JSON lines. Accepted lists must hold what the parser
// promises: non-empty endpoints and identities, each listed once.
#include "fuzz_support.h"

#include "api/credential_import.h"

#include <set>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hangar;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)api::credentialListFormat(QByteArray(), body);
    for (const api::CredentialListFormat format :
         {api::CredentialListFormat::Csv, api::CredentialListFormat::JsonLines}) {
        const auto credentials = api::parseCredentialList(body, format);
        if (!credentials) {
            if (credentials.error().message.empty())
                fuzz::violated("a refused list without a message");
            continue;
        }
        std::set<std::string> endpoints;
        std::set<std::string> identities;
        for (const store::Credential& credential : *credentials) {
            if (credential.endpoint.empty() || credential.pskIdentity.empty())
                fuzz::violated("an accepted credential with an empty endpoint or identity");
            if (!endpoints.insert(credential.endpoint).second ||
                !identities.insert(credential.pskIdentity).second)
                fuzz::violated("an endpoint or identity accepted twice: " + credential.endpoint);
        }
    }
    return 0;
}
