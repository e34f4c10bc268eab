/*
 * PrimeFaces renders each message of p:messages as <li role="alert"> inside a <ul>: the role takes the
 * item out of the list, so screen readers meet a broken list (axe rule "list", WCAG 1.3.1). The alert
 * role moves to the message box around the list, for messages of the first rendering and of Ajax updates.
 */
(function () {
    function mend(root) {
        root.querySelectorAll('.ui-messages li[role="alert"], .ui-message li[role="alert"]').forEach(function (item) {
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
            var box = item.closest('div');
            if (box && !box.hasAttribute('role')) {
                box.setAttribute('role', 'alert');
            }
        });
    }
    function start() {
        mend(document);
        new MutationObserver(function () { mend(document); }).observe(document.body, {childList: true, subtree: true});
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

/*
 * The main menu's submenus are <details>: one open at a time; a click elsewhere or Escape closes them (Escape gives
 * the focus back to the submenu's title).
 */
(function () {
    function menus() {
        return Array.prototype.slice.call(document.querySelectorAll('.mainmenu details'));
    }
    document.addEventListener('toggle', function (event) {
        var opened = event.target;
        if (opened.matches && opened.matches('.mainmenu details') && opened.open) {
            menus().forEach(function (other) { if (other !== opened) { other.open = false; } });
        }
    }, true);
    document.addEventListener('click', function (event) {
        menus().forEach(function (menu) { if (menu.open && !menu.contains(event.target)) { menu.open = false; } });
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') { return; }
        menus().forEach(function (menu) {
            if (menu.open) { menu.open = false; menu.querySelector('summary').focus(); }
        });
    });
})();
