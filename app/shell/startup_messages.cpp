#include "shell/startup_messages.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>

#include <cstdio>

namespace hangar::app {
namespace {

QString describe(StartupStep step)
{
    switch (step) {
    case StartupStep::DataDir:
        return QCoreApplication::translate("hangar::app::Startup", "Hangar cannot create its data directory.");
    case StartupStep::Engine:
        return QCoreApplication::translate("hangar::app::Startup", "The device server could not start.");
    case StartupStep::Api:
        return QCoreApplication::translate("hangar::app::Startup", "The REST API could not start.");
    }
    return {};
}

} // namespace

bool offerAutomaticPorts(StartupStep step, const std::string& message)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("hangar::app::Startup", "Hangar"), describe(step), QMessageBox::Retry | QMessageBox::Close);
    box.setInformativeText(QCoreApplication::translate("hangar::app::Startup", "%1\n\nAnother program (or another Hangar) may be using the port. "
                              "Continue with ports chosen automatically?")
                               .arg(QString::fromStdString(message)));
    box.button(QMessageBox::Retry)->setText(QCoreApplication::translate("hangar::app::Startup", "Continue with automatic ports"));
    box.setDefaultButton(QMessageBox::Retry);
    return box.exec() == QMessageBox::Retry;
}

void reportStartupFailure(StartupStep step, const std::string& message)
{
    std::fprintf(stderr, "hangar: %s %s\n", qPrintable(describe(step)), message.c_str());
    QMessageBox::critical(nullptr, QCoreApplication::translate("hangar::app::Startup", "Hangar"),
                          QStringLiteral("%1\n\n%2").arg(describe(step), QString::fromStdString(message)));
}

} // namespace hangar::app
