/*
 * The alert settings page's script, from this file (the page's policy runs no inline script): going back
 * to the configured defaults puts aside the rules saved here, so it is asked for once more before it is
 * sent. Without scripts the button acts at once.
 */
(function () {
    'use strict';

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-confirm]');
        if (button && !window.confirm(button.dataset.confirm)) {
            event.preventDefault();
        }
    });
}());
