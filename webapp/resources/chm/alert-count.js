/*
 * The number of open alerts beside the Alerts link of the plugin's header (WEB-INF/templates/plugin.xhtml),
 * for managers and admins: the page renders it, and this keeps it current while the page follows the
 * tenant's change stream, reading the count again whenever an alert is raised, acknowledged or resolved.
 * Pages without badge.js do not follow the stream; their count stays as it was rendered.
 */
(function () {
    'use strict';

    function start() {
        var count = document.getElementById('openAlertCount');
        var badges = window.CustomerHealthBadges;
        if (!count || !badges || !badges.onAlert) {
            return;
        }
        var waiting = null;

        function reread() {
            waiting = null;
            var total = fetch(badges.base + '/api/v1/alerts?state=open&size=1', {
                credentials: 'same-origin', headers: {'Accept': 'application/json'}
            }).then(function (answer) {
                if (!answer.ok) {
                    throw new Error('open alerts: HTTP ' + answer.status);
                }
                return answer.json();
            });
            Promise.all([badges.texts(), total]).then(function (answers) {
                show(count, answers[1].total, answers[0]);
            }).catch(function (error) {
                console.warn('Customer Health Monitor: the open alerts could not be counted', error);
            });
        }

        // A burst of alerts (one move may raise several) is counted once.
        badges.onAlert(function () {
            if (waiting === null) {
                waiting = setTimeout(reread, 300);
            }
        });
    }

    function show(count, total, words) {
        count.setAttribute('data-count', String(total));
        count.classList.toggle('nav-count-none', total === 0);
        count.querySelector('[aria-hidden]').textContent = String(total);
        count.querySelector('.visually-hidden').textContent = words.count('alerts.nav.count', total);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
