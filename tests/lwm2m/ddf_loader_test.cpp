#include "lwm2m/ddf_loader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace hangar::lwm2m;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

QByteArray objectXml(const QByteArray& id, const QByteArray& items)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<LWM2M>\n"
           "  <Object ObjectType=\"MODefinition\">\n"
           "    <Name>Valve</Name>\n"
           "    <Description1>A plant valve.</Description1>\n"
           "    <ObjectID>" + id + "</ObjectID>\n"
           "    <ObjectURN>urn:oma:lwm2m:x:" + id + "</ObjectURN>\n"
           "    <LWM2MVersion>1.1</LWM2MVersion>\n"
           "    <ObjectVersion>1.2</ObjectVersion>\n"
           "    <MultipleInstances>Multiple</MultipleInstances>\n"
           "    <Mandatory>Optional</Mandatory>\n"
           "    <Resources>\n" + items + "    </Resources>\n"
           "  </Object>\n"
           "</LWM2M>\n";
}

QByteArray item(const QByteArray& id, const QByteArray& name, const QByteArray& ops,
                const QByteArray& type, const QByteArray& multiple = "Single")
{
    return "      <Item ID=\"" + id + "\">\n"
           "        <Name>" + name + "</Name>\n"
           "        <Operations>" + ops + "</Operations>\n"
           "        <MultipleInstances>" + multiple + "</MultipleInstances>\n"
           "        <Mandatory>Mandatory</Mandatory>\n"
           "        <Type>" + type + "</Type>\n"
           "        <RangeEnumeration>0..100</RangeEnumeration>\n"
           "        <Units>%</Units>\n"
           "        <Description>How far the valve is open.</Description>\n"
           "      </Item>\n";
}

} // namespace

TEST_CASE("a user object definition loads with every field", "[ddf]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "32769.xml",
                                   objectXml("32769", item("0", "Opening", "RW", "Float") +
                                                          item("1", "Close", "E", "") +
                                                          item("2", "Faults", "R", "Integer",
                                                               "Multiple")));
    ObjectRegistry registry;
    DdfLoader loader(registry);
    CHECK(loader.loadFile(path));
    CHECK(loader.problems().empty());

    const ObjectModel* valve = registry.object(32769);
    REQUIRE(valve);
    CHECK(valve->name == "Valve");
    CHECK(valve->version == "1.2");
    CHECK(valve->lwm2mVersion == "1.1");
    CHECK(valve->multipleInstances);
    CHECK_FALSE(valve->mandatory);
    REQUIRE(valve->resources.size() == 3);
    const ResourceModel* opening = registry.resource(32769, 0);
    REQUIRE(opening);
    CHECK(opening->type == ResourceType::Float);
    CHECK(opening->operations == Operations::ReadWrite);
    CHECK(opening->units == "%");
    CHECK(opening->rangeEnumeration == "0..100");
    CHECK(opening->mandatory);
    CHECK(registry.resource(32769, 1)->operations == Operations::Execute);
    CHECK(registry.resource(32769, 1)->type == ResourceType::None);
    CHECK(registry.resource(32769, 2)->multiple);
}

TEST_CASE("a bad definition file is reported with its name and line and skipped", "[ddf]")
{
    struct Case
    {
        const char* what;
        QByteArray content;
        const char* messagePart;
    };
    const Case cases[] = {
        {"unclosed element", "<LWM2M>\n<Object>\n<Name>Broken</Name>\n", ""},
        {"not DDF", "<html><body/></html>", "expected <LWM2M>"},
        {"unknown type", objectXml("32770", item("0", "Level", "R", "Decimal")), "unknown Type"},
        {"duplicate resource",
         objectXml("32770", item("0", "Level", "R", "Float") + item("0", "Again", "R", "Float")),
         "defined twice"},
        {"object id out of range", objectXml("70000", item("0", "Level", "R", "Float")),
         "ObjectID"},
        {"executable with a type", objectXml("32770", item("0", "Go", "E", "Integer")),
         "executable"},
        {"readable without a type", objectXml("32770", item("0", "Level", "R", "")), "no Type"},
        {"bad operations", objectXml("32770", item("0", "Level", "RX", "Float")), "Operations"},
        {"empty file", "", ""},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "bad.xml", c.content);
        ObjectRegistry registry;
        DdfLoader loader(registry);
        CHECK_FALSE(loader.loadFile(path));
        CHECK(registry.size() == 0);
        REQUIRE(loader.problems().size() == 1);
        const DdfProblem& problem = loader.problems().front();
        CHECK(problem.file == path);
        CHECK(problem.message.contains(QString::fromUtf8(c.messagePart)));
        if (!c.content.isEmpty())
            CHECK(problem.line > 0);
    }
}

TEST_CASE("a folder of definitions loads the good files and skips the bad ones", "[ddf]")
{
    QTemporaryDir dir;
    writeFile(dir, "a_good.xml", objectXml("32771", item("0", "Level", "R", "Float")));
    writeFile(dir, "b_bad.xml", objectXml("32772", item("0", "Level", "R", "Decimal")));
    writeFile(dir, "c_good.xml", objectXml("32773", item("5", "Count", "R", "Unsigned Integer")));
    writeFile(dir, "notes.txt", "not a definition");

    ObjectRegistry registry;
    DdfLoader loader(registry);
    loader.loadDirectory(dir.path());
    CHECK(registry.objectIds() == std::vector<std::uint16_t>{32771, 32773});
    CHECK(registry.resource(32773, 5)->type == ResourceType::UnsignedInteger);
    REQUIRE(loader.problems().size() == 1);
    CHECK(loader.problems().front().file.endsWith("b_bad.xml"));
}

TEST_CASE("a missing user folder is not a problem", "[ddf]")
{
    ObjectRegistry registry;
    DdfLoader loader(registry);
    loader.loadDirectory(QStringLiteral("/nonexistent/hangar/models"));
    CHECK(loader.problems().empty());
    CHECK(registry.size() == 0);
}

TEST_CASE("a user definition replaces a built-in one with the same id", "[ddf]")
{
    ObjectRegistry registry;
    DdfLoader loader(registry);
    loader.loadBuiltin();
    REQUIRE(registry.object(3) != nullptr);
    QTemporaryDir dir;
    writeFile(dir, "3.xml", objectXml("3", item("0", "Vendor", "R", "String")));
    loader.loadDirectory(dir.path());
    CHECK(registry.object(3)->name == "Valve");
    CHECK(registry.object(3)->resources.size() == 1);
}
