#pragma once

#include <QByteArray>
#include <QWidget>

#include <functional>

namespace hangar::app {

/// The optional conventions a view may follow, found once when the shell creates it:
/// `QByteArray saveState() const` / `bool restoreState(const QByteArray&)` (layouts that survive
/// restarts), `refresh()` (F5) and `focusSearch()` (Ctrl+F). Empty functions: not supported.
struct ViewHooks
{
    std::function<QByteArray()> saveState;
    std::function<void(const QByteArray&)> restoreState;
    std::function<void()> refresh;
    std::function<void()> focusSearch;
};

/// The hooks of a view whose type the shell knows.
template <typename View>
ViewHooks hooksOf(View* view)
{
    ViewHooks hooks;
    if constexpr (requires { view->saveState(); })
        hooks.saveState = [view] { return view->saveState(); };
    if constexpr (requires { view->restoreState(QByteArray()); })
        hooks.restoreState = [view](const QByteArray& state) { view->restoreState(state); };
    if constexpr (requires { view->refresh(); })
        hooks.refresh = [view] { view->refresh(); };
    if constexpr (requires { view->focusSearch(); })
        hooks.focusSearch = [view] { view->focusSearch(); };
    return hooks;
}

/// The hooks of any widget, through its meta-object: slots or Q_INVOKABLE methods named
/// refresh() and focusSearch().
ViewHooks metaHooksOf(QWidget* view);

} // namespace hangar::app
