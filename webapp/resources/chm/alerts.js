/*
 * The alert list (manager/alerts.xhtml): a page of the tenant's alerts from GET api/v1/alerts, filtered by
 * state and kind, each row with its subject and badge, its summary in the reader's words, its kind, when
 * it was raised, the score's move and its state, and for an open one a button that acknowledges it
 * (POST api/v1/alerts/{id}/acknowledge, JSON as every change is). The change stream's alert events keep it
 * live: a new alert comes in at the top of the first page, an alert shown changes in place, and a screen
 * reader hears of both.
 */
(function () {
    'use strict';

    var m = window.CustomerHealthMonitoring;
    var badges = window.CustomerHealthBadges;
    var SIZE = 25;

    function start() {
        var form = document.getElementById('alertFilter');
        var table = document.getElementById('alertTable');
        var body = table.tBodies[0];
        var paging = document.querySelector('.paging[data-for="alertTable"]');
        var announcer = document.getElementById('announcer');
        m.texts().then(function (words) {
            var formats = new m.Formats(words);
            var page = 1;
            var shown = null;
            var asked = null;
            // Whether the page follows the change stream, so that what it shows is kept current.
            var live = false;

            /** The filters as a query: the state chosen (all: none) and the kind (every kind: none). */
            function query() {
                var parts = [];
                var state = form.querySelector('input[name="state"]:checked').value;
                if (state !== 'all') {
                    parts.push('state=' + encodeURIComponent(state));
                }
                var kind = form.querySelector('select[name="kind"]').value;
                if (kind) {
                    parts.push('kind=' + encodeURIComponent(kind));
                }
                return parts.join('&');
            }

            /** Whether {@code alert} is among those the filters keep. */
            function kept(alert) {
                var state = form.querySelector('input[name="state"]:checked').value;
                var kind = form.querySelector('select[name="kind"]').value;
                return (state === 'all' || state === alert.state) && (!kind || kind === alert.kind);
            }

            function load() {
                var wanted = query() + '&page=' + page + '&size=' + SIZE;
                asked = wanted;
                return m.read('alerts?' + wanted).then(function (answer) {
                    if (asked !== wanted) {
                        return;
                    }
                    var pages = Math.max(1, Math.ceil(answer.total / answer.size));
                    if (page > pages) {
                        page = pages;
                        return load();
                    }
                    shown = answer;
                    render();
                    m.failure(null, words);
                    var updated = words.format('monitoring.updated', formats.time(new Date()));
                    document.getElementById('updated').textContent = live
                        ? updated + ' · ' + words.get('monitoring.live') : updated;
                }).catch(function (error) {
                    m.failure(error, words);
                });
            }

            function render() {
                body.replaceChildren();
                if (!shown.items.length) {
                    var empty = m.element('tr', 'empty-row');
                    var td = m.cell(empty, table.getAttribute('data-none'), 'empty');
                    td.colSpan = 7;
                    body.appendChild(empty);
                }
                shown.items.forEach(function (alert) {
                    body.appendChild(row(alert));
                });
                showPaging();
            }

            function showPaging() {
                var pages = Math.max(1, Math.ceil(shown.total / shown.size));
                paging.querySelector('.paging-status').textContent = words.format('monitoring.paging.status',
                    shown.page, pages, shown.total);
                paging.querySelector('[data-page="previous"]').disabled = shown.page <= 1;
                paging.querySelector('[data-page="next"]').disabled = shown.page >= pages;
            }

            function row(alert) {
                var tr = m.element('tr', 'alert-row alert-' + alert.state);
                tr.setAttribute('data-id', alert.id);
                tr.setAttribute('data-state', alert.state);
                var subject = m.element('th', 'alert-subject');
                subject.scope = 'row';
                subject.appendChild(m.subjectLink(alert.subject.type, alert.subject.id, alert.subject.name));
                subject.appendChild(m.element('span', 'subject-type muted',
                    words.get('monitoring.' + alert.subject.type + '.title')));
                tr.appendChild(subject);
                var summary = m.cell(tr, badges.alertSummary(alert, words), 'alert-summary');
                summary.id = 'alert-summary-' + alert.id;
                m.cell(tr, words.has('alerts.page.kind.' + alert.kind) ? words.get('alerts.page.kind.' + alert.kind)
                    : alert.kind, 'alert-kind');
                var raised = m.cell(tr, null, 'alert-at');
                raised.appendChild(when(alert.at));
                m.cell(tr, words.format('alerts.page.score', formats.score(alert.previousScore),
                    formats.score(alert.score)), 'number alert-score');
                var state = m.cell(tr, null, 'alert-state');
                state.tabIndex = -1;
                state.appendChild(m.element('span', 'state-chip state-' + alert.state,
                    words.get('alerts.page.state.' + alert.state)));
                if (alert.state === 'acknowledged') {
                    state.appendChild(m.element('span', 'state-detail muted', words.format('alerts.page.acknowledgedBy',
                        alert.acknowledgedBy, badges.since(Date.parse(alert.acknowledgedAt), Date.now(), words))));
                } else if (alert.state === 'resolved' && alert.resolvedAt) {
                    state.appendChild(m.element('span', 'state-detail muted',
                        badges.since(Date.parse(alert.resolvedAt), Date.now(), words)));
                }
                var action = m.cell(tr, null, 'alert-action');
                if (alert.state === 'open') {
                    var button = m.element('button', 'button acknowledge', words.get('alerts.page.acknowledge'));
                    button.type = 'button';
                    button.setAttribute('aria-describedby', summary.id);
                    button.addEventListener('click', function () {
                        acknowledge(alert, button);
                    });
                    action.appendChild(button);
                }
                return tr;
            }

            /** "2 hours ago", with the instant itself below it and in its datetime. */
            function when(at) {
                var time = m.element('time', null, badges.since(Date.parse(at), Date.now(), words));
                time.setAttribute('datetime', at);
                var box = m.element('span');
                box.appendChild(time);
                box.appendChild(m.element('span', 'state-detail muted', formats.time(at)));
                return box;
            }

            /** Puts {@code alert} in place of its row, moving the focus to its state when it was in the row. */
            function replace(alert) {
                var old = body.querySelector('tr[data-id="' + CSS.escape(alert.id) + '"]');
                if (!old) {
                    return false;
                }
                var focused = old.contains(document.activeElement);
                var fresh = row(alert);
                if (old.classList.contains('alert-new')) {
                    fresh.classList.add('alert-new');
                }
                old.replaceWith(fresh);
                if (focused) {
                    fresh.querySelector('.alert-state').focus();
                }
                return true;
            }

            function acknowledge(alert, button) {
                button.disabled = true;
                button.textContent = words.get('alerts.page.acknowledging');
                fetch(m.base + '/api/v1/alerts/' + encodeURIComponent(alert.id) + '/acknowledge', {
                    method: 'POST',
                    credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                    body: '{}'
                }).then(function (answer) {
                    if (answer.ok) {
                        return answer.json();
                    }
                    return answer.json().catch(function () {
                        return {};
                    }).then(function (problem) {
                        throw new Error(problem.detail || problem.title || 'HTTP ' + answer.status);
                    });
                }).then(function (acknowledged) {
                    failure(null);
                    replace(acknowledged);
                    announce(words.format('alerts.page.announce.' + acknowledged.state,
                        badges.alertSummary(acknowledged, words)));
                }).catch(function (error) {
                    button.disabled = false;
                    button.textContent = words.get('alerts.page.acknowledge');
                    failure(words.format('alerts.page.acknowledgeFailed', error.message));
                });
            }

            function failure(text) {
                var box = document.getElementById('failure');
                box.hidden = text === null;
                box.textContent = text === null ? '' : text;
            }

            function announce(text) {
                announcer.textContent = text;
            }

            /** An alert from the stream: a new one at the top of the first page, one shown changed in place. */
            function heard(alert) {
                if (alert === null || shown === null) {
                    live = true;
                    load();
                    return;
                }
                var summary = badges.alertSummary(alert, words);
                if (replace(alert)) {
                    announce(words.format('alerts.page.announce.' + alert.state, summary));
                    return;
                }
                // An open alert the page does not show is one just raised; changes of others are not news here.
                if (alert.state !== 'open') {
                    return;
                }
                announce(words.format('alerts.page.announce.open', summary));
                if (page !== 1 || !kept(alert)) {
                    return;
                }
                var empty = body.querySelector('.empty-row');
                if (empty) {
                    empty.remove();
                }
                var fresh = row(alert);
                fresh.classList.add('alert-new');
                var tag = m.element('span', 'new-tag', words.get('alerts.page.new'));
                fresh.querySelector('.alert-subject').appendChild(tag);
                body.insertBefore(fresh, body.firstChild);
                while (body.rows.length > SIZE) {
                    body.deleteRow(body.rows.length - 1);
                }
                shown.total += 1;
                showPaging();
            }

            form.addEventListener('submit', function (event) {
                event.preventDefault();
            });
            form.addEventListener('change', function () {
                page = 1;
                load();
            });
            paging.querySelector('[data-page="previous"]').addEventListener('click', function () {
                page = Math.max(1, page - 1);
                load();
            });
            paging.querySelector('[data-page="next"]').addEventListener('click', function () {
                page += 1;
                load();
            });
            badges.onAlert(heard);
            load();
        }).catch(function (error) {
            console.warn('Customer Health Monitor: the alerts page could not be worded', error);
        });
    }

    m.ready(start);
}());
