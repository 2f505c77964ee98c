#include "lwm2m/ddf_parser.h"

#include "lwm2m/lwm2m_path.h"

#include <QXmlStreamReader>

#include <optional>

namespace hangar::lwm2m {

namespace {

using ParseResult = std::expected<void, DdfParseError>;

/// Reads one document. Each read* function starts on the element's start tag and returns
/// after its end tag.
class DdfReader
{
public:
    explicit DdfReader(QIODevice& device) : m_xml(&device) {}

    std::expected<std::vector<ObjectModel>, DdfParseError> read()
    {
        if (!m_xml.readNextStartElement())
            return std::unexpected(error(QStringLiteral("no root element; expected <LWM2M>")));
        if (m_xml.name() != u"LWM2M")
            return std::unexpected(error(
                QStringLiteral("root element is <%1>; expected <LWM2M>").arg(m_xml.name())));
        std::vector<ObjectModel> objects;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Object") {
                m_xml.skipCurrentElement();
                continue;
            }
            ObjectModel model;
            if (auto ok = readObject(model); !ok)
                return std::unexpected(ok.error());
            objects.push_back(std::move(model));
        }
        if (m_xml.hasError())
            return std::unexpected(error(m_xml.errorString()));
        if (objects.empty())
            return std::unexpected(error(QStringLiteral("no <Object> element inside <LWM2M>")));
        return objects;
    }

private:
    DdfParseError error(const QString& message) const
    {
        return {m_xml.lineNumber(), message};
    }

    std::unexpected<DdfParseError> failure(const QString& message) const
    {
        return std::unexpected(error(message));
    }

    std::optional<std::uint16_t> readId(const QString& text) const
    {
        bool ok = false;
        const uint number = text.trimmed().toUInt(&ok);
        if (!ok || number > LwM2mPath::kMaxId)
            return std::nullopt;
        return static_cast<std::uint16_t>(number);
    }

    ParseResult readMultiplicity(bool& multiple)
    {
        const QString text = m_xml.readElementText().trimmed();
        if (text == u"Multiple")
            multiple = true;
        else if (text == u"Single")
            multiple = false;
        else
            return failure(
                QStringLiteral("MultipleInstances is '%1'; expected Single or Multiple").arg(text));
        return {};
    }

    ParseResult readMandatory(bool& mandatory)
    {
        const QString text = m_xml.readElementText().trimmed();
        if (text == u"Mandatory")
            mandatory = true;
        else if (text == u"Optional")
            mandatory = false;
        else
            return failure(
                QStringLiteral("Mandatory is '%1'; expected Mandatory or Optional").arg(text));
        return {};
    }

    ParseResult readObject(ObjectModel& model)
    {
        bool haveId = false;
        bool haveMultiplicity = false;
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"Name") {
                model.name = m_xml.readElementText().trimmed().toStdString();
            } else if (name == u"Description1") {
                model.description = m_xml.readElementText().trimmed().toStdString();
            } else if (name == u"ObjectID") {
                const QString text = m_xml.readElementText();
                const auto id = readId(text);
                if (!id)
                    return failure(QStringLiteral("ObjectID '%1' is not an id from 0 to 65534")
                                       .arg(text.trimmed()));
                model.id = *id;
                haveId = true;
            } else if (name == u"ObjectURN") {
                model.urn = m_xml.readElementText().trimmed().toStdString();
            } else if (name == u"LWM2MVersion") {
                const QString text = m_xml.readElementText().trimmed();
                if (!text.isEmpty())
                    model.lwm2mVersion = text.toStdString();
            } else if (name == u"ObjectVersion") {
                const QString text = m_xml.readElementText().trimmed();
                if (!text.isEmpty())
                    model.version = text.toStdString();
            } else if (name == u"MultipleInstances") {
                if (auto ok = readMultiplicity(model.multipleInstances); !ok)
                    return ok;
                haveMultiplicity = true;
            } else if (name == u"Mandatory") {
                if (auto ok = readMandatory(model.mandatory); !ok)
                    return ok;
            } else if (name == u"Resources") {
                if (auto ok = readResources(model); !ok)
                    return ok;
            } else {
                m_xml.skipCurrentElement();
            }
            if (m_xml.hasError())
                return failure(m_xml.errorString());
        }
        if (m_xml.hasError())
            return failure(m_xml.errorString());
        if (!haveId)
            return failure(QStringLiteral("<Object> has no <ObjectID>"));
        if (model.name.empty())
            return failure(QStringLiteral("object %1 has no <Name>").arg(model.id));
        if (!haveMultiplicity)
            return failure(QStringLiteral("object %1 has no <MultipleInstances>").arg(model.id));
        return {};
    }

    ParseResult readResources(ObjectModel& model)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Item") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString idText = m_xml.attributes().value(QStringLiteral("ID")).toString();
            const auto id = readId(idText);
            if (!id)
                return failure(
                    QStringLiteral("<Item ID=\"%1\"> is not an id from 0 to 65534").arg(idText));
            if (model.resources.contains(*id))
                return failure(QStringLiteral("resource %1 is defined twice").arg(*id));
            ResourceModel resource;
            resource.id = *id;
            if (auto ok = readItem(resource); !ok)
                return ok;
            model.resources.emplace(resource.id, std::move(resource));
        }
        if (m_xml.hasError())
            return failure(m_xml.errorString());
        return {};
    }

    ParseResult readOperations(ResourceModel& resource)
    {
        const QString text = m_xml.readElementText().trimmed().toUpper();
        if (text.isEmpty() || text == u"NONE")
            resource.operations = Operations::None;
        else if (text == u"R")
            resource.operations = Operations::Read;
        else if (text == u"W")
            resource.operations = Operations::Write;
        else if (text == u"RW")
            resource.operations = Operations::ReadWrite;
        else if (text == u"E")
            resource.operations = Operations::Execute;
        else
            return failure(QStringLiteral("resource %1 has Operations '%2'; expected R, W, RW, E "
                                          "or nothing")
                               .arg(resource.id)
                               .arg(text));
        return {};
    }

    ParseResult readItem(ResourceModel& resource)
    {
        bool haveType = false;
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"Name") {
                resource.name = m_xml.readElementText().trimmed().toStdString();
            } else if (name == u"Operations") {
                if (auto ok = readOperations(resource); !ok)
                    return ok;
            } else if (name == u"MultipleInstances") {
                if (auto ok = readMultiplicity(resource.multiple); !ok)
                    return ok;
            } else if (name == u"Mandatory") {
                if (auto ok = readMandatory(resource.mandatory); !ok)
                    return ok;
            } else if (name == u"Type") {
                const QString text = m_xml.readElementText().trimmed();
                const auto type = parseResourceType(text.toStdString());
                if (!type)
                    return failure(QStringLiteral("resource %1 has unknown Type '%2'")
                                       .arg(resource.id)
                                       .arg(text));
                resource.type = *type;
                haveType = true;
            } else if (name == u"RangeEnumeration") {
                resource.rangeEnumeration = m_xml.readElementText().trimmed().toStdString();
            } else if (name == u"Units") {
                resource.units = m_xml.readElementText().trimmed().toStdString();
            } else if (name == u"Description") {
                resource.description = m_xml.readElementText().trimmed().toStdString();
            } else {
                m_xml.skipCurrentElement();
            }
            if (m_xml.hasError())
                return failure(m_xml.errorString());
        }
        if (m_xml.hasError())
            return failure(m_xml.errorString());
        if (resource.name.empty())
            return failure(QStringLiteral("resource %1 has no <Name>").arg(resource.id));
        if (resource.operations == Operations::Execute && resource.type != ResourceType::None)
            return failure(QStringLiteral("resource %1 is executable but has Type %2")
                               .arg(resource.id)
                               .arg(QString::fromUtf8(resourceTypeName(resource.type))));
        if (resource.operations != Operations::Execute && resource.operations != Operations::None &&
            (!haveType || resource.type == ResourceType::None))
            return failure(
                QStringLiteral("resource %1 is readable or writable but has no Type").arg(resource.id));
        return {};
    }

    QXmlStreamReader m_xml;
};

} // namespace

std::expected<std::vector<ObjectModel>, DdfParseError> parseDdf(QIODevice& device)
{
    return DdfReader(device).read();
}

} // namespace hangar::lwm2m
