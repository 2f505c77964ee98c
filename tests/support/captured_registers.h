#pragma once

// Registers that third-party LwM2M clients sent in the captures of tests/data (*_session.json,
// described in tests/data/README.md). Needs HANGAR_TEST_DATA_DIR and Catch2.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace hangar::test {

/// One POST /rd of a capture and the code the server answered it with.
struct CapturedRegister
{
    std::vector<std::string> query; ///< Uri-Query items in wire order
    std::string payload;
    std::string answer; ///< "2.01", "4.12", ...
};

/// Every Register of the capture `name` (a file in tests/data), in capture order.
inline std::vector<CapturedRegister> capturedRegisters(const std::string& name)
{
    QFile file(QString::fromStdString(std::string(HANGAR_TEST_DATA_DIR) + "/" + name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray messages =
        QJsonDocument::fromJson(file.readAll()).object().value(u"messages").toArray();
    std::vector<CapturedRegister> found;
    for (qsizetype i = 0; i + 1 < messages.size(); ++i) {
        const QJsonObject message = messages[i].toObject();
        std::vector<std::string> path;
        CapturedRegister captured;
        for (const QJsonValue option : message.value(u"options").toArray()) {
            const QJsonObject fields = option.toObject();
            const std::string value = fields.value(u"value").toVariant().toString().toStdString();
            if (fields.value(u"name").toString() == u"Uri-Path")
                path.push_back(value);
            else if (fields.value(u"name").toString() == u"Uri-Query")
                captured.query.push_back(value);
        }
        if (message.value(u"code").toString() != u"0.02" || path != std::vector<std::string>{"rd"})
            continue;
        captured.payload = message.value(u"payloadText").toString().toStdString();
        captured.answer = messages[i + 1].toObject().value(u"code").toString().toStdString();
        found.push_back(std::move(captured));
    }
    return found;
}

} // namespace hangar::test
