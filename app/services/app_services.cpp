#include "services/app_services.h"

namespace hangar::app {

AppServices::AppServices(engine::Engine& engine, SimulatorHost& simulator, QObject* parent)
    : QObject(parent), m_engine(engine), m_simulator(simulator)
{
    m_pool.setMaxThreadCount(2);
}

AppServices::~AppServices()
{
    m_pool.waitForDone();
}

} // namespace hangar::app
