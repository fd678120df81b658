/*
 * Customer Health Monitor badges for any page.
 *
 * Pages rendered by Faces get their badges from <chm:healthBadge> and <chm:companyBadge>; this script
 * keeps them current. Pages of any other kind add the stylesheet and this script, and mark names:
 *
 *     <link rel="stylesheet" href="/chm/jakarta.faces.resource/badge.css.xhtml?ln=chm">
 *     <script src="/chm/jakarta.faces.resource/badge.js.xhtml?ln=chm" defer></script>
 *     ...
 *     <span data-chm-customer="4711">Ada Lovelace</span>
 *     <span data-chm-company="acme">Acme Ltd</span>
 *
 * Every such element gets the same badge and card the Faces tags render, read through the batch API
 * (one request for all the customers of a page, one for its companies), including elements added later.
 * Badges follow score changes through the server-sent event stream of the caller's tenant. A card also
 * tells the subject's latest open alert, read when the card first opens (never for a card nobody opens)
 * and again when an alert of the subject arrives on the stream.
 *
 * Cards are worded in the reader's language with the plugin's texts (GET /api/v1/texts), in the same
 * way as com.customerhealth.badge.BadgeCard and RelativeTime; keep them in step.
 */
(function () {
    'use strict';

    // The plugin's address, from this script's own, without any user:password@ that fetch refuses.
    var source = document.currentScript ? new URL(document.currentScript.src, location.href) : null;
    var base = source ? source.origin + source.pathname.replace(/\/jakarta\.faces\.resource\/.*$/, '') : '/chm';
    var batchLimit = 500;
    var cardCount = 0;

    var texts = null;

    /** The plugin's texts in the reader's language (GET /api/v1/texts, by the browser's Accept-Language). */
    function loadTexts() {
        if (!texts) {
            texts = fetch(base + '/api/v1/texts', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (answer) {
                    if (!answer.ok) {
                        throw new Error('texts: HTTP ' + answer.status);
                    }
                    var language = answer.headers.get('Content-Language') || 'en';
                    return answer.json().then(function (all) {
                        return new Words(all, language);
                    });
                });
            texts.catch(function () {
                texts = null;
            });
        }
        return texts;
    }

    /** The texts of one language, filled and counted as com.customerhealth.platform.Texts does. */
    function Words(all, language) {
        this.all = all;
        this.language = language;
        this.numbers = new Intl.NumberFormat(language, {maximumFractionDigits: 1, useGrouping: false});
    }

    Words.prototype.has = function (key) {
        return Object.prototype.hasOwnProperty.call(this.all, key);
    };

    // A text the server did not send (a page older than the plugin it talks to) shows its key, not nothing.
    Words.prototype.get = function (key) {
        if (!this.has(key)) {
            console.warn('Customer Health Monitor: no text ' + key);
            return key;
        }
        return this.all[key];
    };

    Words.prototype.format = function (key) {
        var args = Array.prototype.slice.call(arguments, 1);
        return this.fill(this.get(key), args);
    };

    Words.prototype.fill = function (pattern, args) {
        return pattern.replace(/\{(\d+)\}/g, function (place, index) {
            return index < args.length ? String(args[index]) : place;
        });
    };

    Words.prototype.count = function (key, count) {
        return this.format(key + (count === 1 ? '.one' : '.other'), count);
    };

    Words.prototype.number = function (value) {
        return this.numbers.format(Math.round(value * 10) / 10);
    };

    var SYMBOLS = {healthy: '\u2713', average: '~', poor: '!'};

    function known(band) {
        return band === 'healthy' || band === 'average' || band === 'poor' || band === 'good' ? band : 'no_data';
    }

    function since(then, now, words) {
        var minutes = Math.floor((now - then) / 60000);
        if (minutes < 1) {
            return words.get('time.justNow');
        }
        if (minutes < 60) {
            return words.count('time.minutesAgo', minutes);
        }
        var hours = Math.floor(minutes / 60);
        if (hours < 24) {
            return words.count('time.hoursAgo', hours);
        }
        var days = Math.floor(hours / 24);
        if (days <= 30) {
            return words.count('time.daysAgo', days);
        }
        if (days < 365) {
            return words.count('time.monthsAgo', Math.floor(days / 30));
        }
        return words.count('time.yearsAgo', Math.floor(days / 365));
    }

    function composition(view, words) {
        var spread = view.spread;
        var who = words.count('badge.composition.customers', spread.healthy + spread.average + spread.poor + spread.noData);
        if (view.mode) {
            var mode = words.has('badge.composition.mode.' + view.mode) ? view.mode : 'mean';
            who = words.format('badge.composition.withMode', who, words.get('badge.composition.mode.' + mode));
        }
        var text = words.format('badge.composition', who, words.format('badge.composition.spread',
            spread.healthy, spread.average, spread.poor, spread.noData));
        if (spread.lowest !== null && spread.lowest !== undefined) {
            text = words.format('badge.composition.withRange', text, spread.lowest, spread.highest);
        }
        return text;
    }

    function cause(change, words) {
        var text = change.cause && words.has(change.cause.key)
            ? words.fill(words.get(change.cause.key), change.cause.arguments) : (change.summary || '');
        return text ? text.charAt(0).toLocaleUpperCase(words.language) + text.slice(1) : text;
    }

    function lastChange(change, score, words) {
        if (!change) {
            return null;
        }
        var what = cause(change, words);
        var when = since(Date.parse(change.at), Date.now(), words);
        var before = change.previousScore;
        if (score === null) {
            return before === null ? words.format('badge.change.noData', what, when)
                : words.format('badge.change.lost', what, before, when);
        }
        if (before === null) {
            return words.format('badge.change.set', what, score, when);
        }
        if (before === score) {
            return words.format('badge.change.kept', what, score, when);
        }
        return words.format('badge.change.moved', what, before, score, when);
    }

    /** "↓ 25 in 7 days", as BadgeCard.trend words it; null without a move to tell. */
    function trend(delta7, words) {
        if (delta7 === null) {
            return null;
        }
        if (delta7 === 0) {
            return words.get('badge.trend.flat');
        }
        return words.format(delta7 < 0 ? 'badge.trend.down' : 'badge.trend.up', Math.abs(delta7));
    }

    /** What a badge shows, from the API's view of a customer or company; null view: not known yet. */
    function cardOf(kind, id, view, words) {
        var band = view ? view.band : 'no_data';
        var score = view && view.score !== undefined ? view.score : null;
        var change = view ? lastChange(view.lastChange, score, words) : null;
        return {
            kind: kind,
            id: id,
            band: band,
            bandLabel: words.get('band.' + known(band)),
            symbol: SYMBOLS[band] || '?',
            score: score,
            scoreText: score === null ? words.get('badge.noScore') : words.format('badge.score', score),
            accessibleName: score === null ? words.get('badge.accessibleName.noData')
                : words.format('badge.accessibleName', words.get('band.' + known(band) + '.inSentence'), score),
            parameters: kind === 'customer' && view ? view.parameters.filter(function (p) {
                return p.enabled;
            }).map(function (p) {
                return {
                    title: words.has('parameter.' + p.key) ? words.get('parameter.' + p.key) : p.title,
                    value: p.value === null ? words.get('badge.value.noData')
                        : p.outOf === null || p.outOf === undefined ? words.number(p.value)
                            : words.format('badge.value.outOf', words.number(p.value), words.number(p.outOf)),
                    band: p.band,
                    bandLabel: words.get('band.' + known(p.band)),
                    thresholds: words.format('badge.thresholds.' + p.direction, words.number(p.goodAverage),
                        words.number(p.averagePoor))
                };
            }) : [],
            composition: kind === 'company' && view ? composition(view, words) : null,
            why: change === null ? words.get('badge.noChangeYet') : change,
            delta7: view && view.delta7 !== undefined ? view.delta7 : null,
            trend: trend(view && view.delta7 !== undefined ? view.delta7 : null, words),
            page: view ? 'scores/' + kind + '.xhtml?id=' + encodeURIComponent(id) : null,
            pageLabel: words.get('badge.history')
        };
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    /** The badge's markup, as com.customerhealth.badge.HealthBadge writes it. */
    function render(card) {
        var cardId = 'chm-card-' + (++cardCount);
        var badge = element('span', 'chm-health chm-' + card.band);
        badge.setAttribute('data-chm-badge', card.kind + ':' + card.id);
        var dot = element('button', 'chm-dot');
        dot.type = 'button';
        dot.setAttribute('aria-label', card.accessibleName);
        dot.setAttribute('aria-describedby', cardId);
        var symbol = element('span', null, card.symbol);
        symbol.setAttribute('aria-hidden', 'true');
        dot.appendChild(symbol);
        badge.appendChild(dot);

        var body = element('span', 'chm-card');
        body.id = cardId;
        body.setAttribute('role', 'tooltip');
        var head = element('span', 'chm-card-head');
        head.appendChild(element('span', 'chm-card-band', card.bandLabel));
        head.appendChild(element('span', 'chm-card-score', card.scoreText));
        body.appendChild(head);
        if (card.composition !== null) {
            body.appendChild(element('span', 'chm-card-composition', card.composition));
        }
        if (card.parameters.length) {
            var list = element('span', 'chm-params');
            card.parameters.forEach(function (line) {
                var row = element('span', 'chm-param chm-param-' + line.band);
                row.appendChild(element('span', 'chm-param-title', line.title));
                row.appendChild(element('span', 'chm-param-value', line.value));
                row.appendChild(element('span', 'chm-param-band', line.bandLabel));
                row.appendChild(element('span', 'chm-param-thresholds', line.thresholds));
                list.appendChild(row);
            });
            body.appendChild(list);
        }
        if (card.trend !== null) {
            body.appendChild(element('span', 'chm-trend chm-trend-'
                + (card.delta7 < 0 ? 'down' : card.delta7 > 0 ? 'up' : 'flat'), card.trend));
        }
        body.appendChild(element('span', 'chm-why', card.why));
        if (card.page !== null) {
            var link = element('a', 'chm-card-link', card.pageLabel);
            link.href = base + '/' + card.page;
            body.appendChild(link);
        }
        badge.appendChild(body);
        return badge;
    }

    function read(kind, ids) {
        var requests = [];
        for (var from = 0; from < ids.length; from += batchLimit) {
            requests.push(fetch(base + '/api/v1/' + (kind === 'customer' ? 'customers' : 'companies') + '/health', {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                body: JSON.stringify(ids.slice(from, from + batchLimit))
            }).then(function (answer) {
                if (!answer.ok) {
                    throw new Error('health of ' + kind + 's: HTTP ' + answer.status);
                }
                return answer.json();
            }));
        }
        return Promise.all(requests).then(function (parts) {
            return [].concat.apply([], parts);
        });
    }

    /** Adds a badge to every element under root that names a customer or company and has none yet. */
    function decorate(root) {
        ['customer', 'company'].forEach(function (kind) {
            var waiting = {};
            (root || document).querySelectorAll('[data-chm-' + kind + ']:not([data-chm-decorated])').forEach(function (host) {
                var id = host.getAttribute('data-chm-' + kind);
                host.setAttribute('data-chm-decorated', 'pending');
                (waiting[id] = waiting[id] || []).push(host);
            });
            var ids = Object.keys(waiting);
            if (!ids.length) {
                return;
            }
            Promise.all([loadTexts(), read(kind, ids)]).then(function (answers) {
                var words = answers[0];
                var views = answers[1];
                var byId = {};
                views.forEach(function (view) {
                    byId[view.id] = view;
                });
                ids.forEach(function (id) {
                    waiting[id].forEach(function (host) {
                        host.appendChild(render(cardOf(kind, id, byId[id], words)));
                        host.setAttribute('data-chm-decorated', 'done');
                    });
                });
                follow();
            }).catch(function (error) {
                ids.forEach(function (id) {
                    waiting[id].forEach(function (host) {
                        host.removeAttribute('data-chm-decorated');
                    });
                });
                console.warn('Customer Health Monitor: badges could not be read', error);
            });
        });
    }

    /** Replaces the badges of the customer or company a change names, keeping keyboard focus in place. */
    function update(kind, view, words) {
        var key = kind + ':' + view.id;
        document.querySelectorAll('.chm-health').forEach(function (old) {
            if (old.getAttribute('data-chm-badge') !== key) {
                return;
            }
            var focused = old.contains(document.activeElement);
            var fresh = render(cardOf(kind, view.id, view, words));
            fresh.classList.add('chm-updated');
            old.replaceWith(fresh);
            if (focused) {
                fresh.querySelector('.chm-dot').focus();
            }
            if (old.hasAttribute('data-chm-alerts')) {
                showAlerts(fresh);
            }
        });
    }

    /** By "kind:id", the answer of the subject's open alerts, newest first, asked when a card first opens. */
    var openAlerts = {};

    function alertsOf(key) {
        if (!openAlerts[key]) {
            var kind = key.substring(0, key.indexOf(':'));
            var id = key.substring(key.indexOf(':') + 1);
            var asked = fetch(base + '/api/v1/alerts?state=open&size=1&subjectType=' + kind + '&subjectId='
                + encodeURIComponent(id), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (answer) {
                    if (!answer.ok) {
                        throw new Error('alerts of ' + key + ': HTTP ' + answer.status);
                    }
                    return answer.json();
                });
            openAlerts[key] = asked;
            asked.catch(function () {
                if (openAlerts[key] === asked) {
                    delete openAlerts[key];
                }
            });
        }
        return openAlerts[key];
    }

    /** An alert's summary in the reader's words, as the pages word causes; the API's English without the key. */
    function alertSummary(alert, words) {
        var said = alert.words;
        return said && words.has(said.key) ? words.fill(words.get(said.key), said.arguments) : alert.summary;
    }

    /**
     * Fills the card of {@code badge} with its subject's latest open alert, or clears it when there is none;
     * an answer a newer read replaced while it came is left for that read.
     */
    function showAlerts(badge) {
        var key = badge.getAttribute('data-chm-badge');
        badge.setAttribute('data-chm-alerts', 'asked');
        var asked = alertsOf(key);
        Promise.all([loadTexts(), asked]).then(function (answers) {
            if (openAlerts[key] !== asked) {
                return;
            }
            var words = answers[0];
            var answer = answers[1];
            var card = badge.querySelector('.chm-card');
            var line = card && card.querySelector('.chm-card-alert');
            if (!card || !answer.items.length) {
                if (line) {
                    line.remove();
                }
                return;
            }
            if (!line) {
                line = element('span', 'chm-card-alert');
                var head = card.querySelector('.chm-card-head');
                card.insertBefore(line, head ? head.nextSibling : card.firstChild);
            }
            var latest = answer.items[0];
            line.textContent = words.format('alerts.card.latest', alertSummary(latest, words),
                since(Date.parse(latest.at), Date.now(), words));
            if (answer.total > 1) {
                line.appendChild(element('span', 'chm-card-alert-more', words.count('alerts.card.more',
                    answer.total - 1)));
            }
            line.setAttribute('data-alert', latest.id);
        }).catch(function (error) {
            console.warn('Customer Health Monitor: the alerts of ' + key + ' could not be read', error);
        });
    }

    /** The badges of the subject {@code key} whose card was opened hear of its alerts again; the rest ask when opened. */
    function alertsChanged(key) {
        delete openAlerts[key];
        document.querySelectorAll('.chm-health[data-chm-alerts]').forEach(function (badge) {
            if (badge.getAttribute('data-chm-badge') === key) {
                showAlerts(badge);
            }
        });
    }

    /** Called with each alert of the stream, and with null whenever the stream opens; see onAlert. */
    var alertListeners = [];

    /**
     * Calls {@code listener} with every alert the tenant's change stream tells of (raised, acknowledged or
     * resolved, as GET api/v1/alerts/{id} answers it), and with null whenever the stream opens, first or
     * after a break (at once when it is open already), since alerts stored before may have been missed:
     * from then on the listener misses none. Follows the stream from now on, badges or not.
     */
    function onAlert(listener) {
        alertListeners.push(listener);
        follow(true);
        if (stream && stream.readyState === EventSource.OPEN) {
            Promise.resolve().then(function () {
                listener(null);
            });
        }
    }

    var stream = null;

    /** Follows the tenant's change stream once the page has a badge, or at once when {@code always}. */
    function follow(always) {
        if (stream || typeof EventSource === 'undefined' || (!always && !document.querySelector('.chm-health'))) {
            return;
        }
        stream = new EventSource(base + '/api/v1/health/changes', {withCredentials: true});
        ['customer', 'company'].forEach(function (kind) {
            stream.addEventListener(kind, function (event) {
                var view = JSON.parse(event.data);
                loadTexts().then(function (words) {
                    update(kind, view, words);
                }).catch(function (error) {
                    console.warn('Customer Health Monitor: a badge could not be worded', error);
                });
            });
        });
        stream.addEventListener('alert', function (event) {
            var alert = JSON.parse(event.data);
            alertsChanged(alert.subject.type + ':' + alert.subject.id);
            alertListeners.forEach(function (listener) {
                listener(alert);
            });
        });
        // An alert stored before the stream opened, or while it was broken, is told by no event: those who
        // hear of alerts read them again whenever it opens, and open cards after a break.
        var broken = false;
        stream.addEventListener('error', function () {
            broken = true;
        });
        stream.addEventListener('open', function () {
            if (broken) {
                broken = false;
                Object.keys(openAlerts).forEach(alertsChanged);
            }
            alertListeners.forEach(function (listener) {
                listener(null);
            });
        });
    }

    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            document.querySelectorAll('.chm-health:focus-within, .chm-health:hover').forEach(function (badge) {
                badge.classList.add('chm-dismissed');
            });
        }
    });
    // A card opens below and to the right of its circle unless that would leave the window.
    ['mouseover', 'focusin'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var badge = event.target.closest && event.target.closest('.chm-health');
            var card = badge && badge.querySelector('.chm-card');
            if (!card) {
                return;
            }
            if (!badge.hasAttribute('data-chm-alerts')) {
                showAlerts(badge);
            }
            var circle = badge.getBoundingClientRect();
            badge.classList.toggle('chm-flip-x', circle.left + card.offsetWidth > document.documentElement.clientWidth);
            badge.classList.toggle('chm-flip-y', circle.bottom + card.offsetHeight + 8 > window.innerHeight
                && circle.top > card.offsetHeight + 8);
        });
    });
    ['mouseout', 'focusout'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var badge = event.target.closest && event.target.closest('.chm-health');
            if (badge && !badge.contains(event.relatedTarget)) {
                badge.classList.remove('chm-dismissed');
            }
        });
    });

    function start() {
        decorate(document);
        follow();
        new MutationObserver(function (changes) {
            if (changes.some(function (change) {
                return change.addedNodes.length;
            })) {
                decorate(document);
            }
        }).observe(document.body, {childList: true, subtree: true});
    }

    // The monitoring pages word their tables and charts with the same texts, from the same address.
    window.CustomerHealthBadges = {decorate: decorate, texts: loadTexts, base: base, since: since, element: element,
        onAlert: onAlert, alertSummary: alertSummary};
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
