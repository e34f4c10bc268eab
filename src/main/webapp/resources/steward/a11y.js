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
