#include "shell/view_hooks.h"

#include <QMetaObject>
#include <QPointer>

namespace hangar::app {
namespace {

std::function<void()> invoker(QWidget* view, const char* signature, const char* name)
{
    if (view->metaObject()->indexOfMethod(signature) < 0)
        return {};
    QPointer<QWidget> guard(view);
    return [guard, name] {
        if (!guard.isNull())
            QMetaObject::invokeMethod(guard.data(), name);
    };
}

} // namespace

ViewHooks metaHooksOf(QWidget* view)
{
    ViewHooks hooks;
    hooks.refresh = invoker(view, "refresh()", "refresh");
    hooks.focusSearch = invoker(view, "focusSearch()", "focusSearch");
    return hooks;
}

} // namespace hangar::app
