#pragma once

// What a keyboard and a screen reader get from a view: the widgets Tab stops at, in order, the
// widgets that should be reachable, and the name assistive technology reads for each.

#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

namespace hangar::app::test {

/// The widget a user means when `focused` has focus: focus proxies are followed (a spin box's
/// inner line edit hands focus to the spin box) and folded into the widget that delegates to
/// them (an editable combo box, a tab widget's tab bar).
inline QWidget* focusOwner(QWidget* focused)
{
    QWidget* owner = focused;
    while (owner && owner->focusProxy())
        owner = owner->focusProxy();
    while (owner && owner->parentWidget() && owner->parentWidget()->focusProxy() == owner)
        owner = owner->parentWidget();
    return owner;
}

/// Every visible, enabled widget under `root` that takes focus with Tab (focus proxies folded
/// into their owners), in creation order.
inline QWidgetList tabReachable(const QWidget& root)
{
    QWidgetList found;
    for (QWidget* widget : root.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&root) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QWidget* owner = focusOwner(widget);
        if (!found.contains(owner))
            found.append(owner);
    }
    return found;
}

/// Presses Tab from `first` until focus comes back to it and returns the widgets it stopped at.
inline QWidgetList tabChain(QWidget& window, QWidget* first)
{
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    first->setFocus(Qt::TabFocusReason);
    QWidgetList chain;
    constexpr int kMaxStops = 200;
    for (int step = 0; step < kMaxStops; ++step) {
        QWidget* focused = focusOwner(QApplication::focusWidget());
        REQUIRE(focused != nullptr);
        if (!chain.isEmpty() && focused == chain.front())
            break;
        chain.append(focused);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    return chain;
}

/// The name a screen reader announces for `widget`: its accessible name, else its own text
/// (buttons, check boxes), else the text of the label it is the buddy of. Neither a value (a
/// combo box's current item) nor the title of the surrounding group box counts as a name.
inline QString spokenName(QWidget* widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    if (accessible == nullptr)
        return {};
    const auto* group = qobject_cast<const QGroupBox*>(widget->parentWidget());
    const QString own = accessible->text(QAccessible::Name).trimmed();
    if (!own.isEmpty() && own != accessible->text(QAccessible::Value).trimmed() && !(group && own == group->title()))
        return own;
    for (const auto& [label, relation] : accessible->relations(QAccessible::Label)) {
        if (qobject_cast<const QLabel*>(label->object()) != nullptr && !label->text(QAccessible::Name).trimmed().isEmpty())
            return label->text(QAccessible::Name).trimmed();
    }
    return {};
}

/// objectName, else the spoken name: how a failing check names a widget.
inline std::string describe(QWidget* widget)
{
    const QString name = widget->objectName().isEmpty() ? spokenName(widget) : widget->objectName();
    return std::string(widget->metaObject()->className()) + " '" + name.toStdString() + "'";
}

} // namespace hangar::app::test
