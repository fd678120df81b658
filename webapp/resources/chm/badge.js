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
 * Badges follow score changes through the server-sent event stream of the caller's tenant.
 *
 * The wording below matches com.customerhealth.badge.BadgeCard and RelativeTime; keep them in step.
 */
(function () {
    'use strict';

    // The plugin's address, from this script's own, without any user:password@ that fetch refuses.
    var source = document.currentScript ? new URL(document.currentScript.src, location.href) : null;
    var base = source ? source.origin + source.pathname.replace(/\/jakarta\.faces\.resource\/.*$/, '') : '/chm';
    var batchLimit = 500;
    var cardCount = 0;

    var BAND_LABELS = {healthy: 'Healthy', average: 'Average', poor: 'Poor', good: 'Good'};
    var SYMBOLS = {healthy: '\u2713', average: '~', poor: '!'};
    var MODES = {lowest: 'scored by the lowest', 'ticket-weighted': 'scored by the ticket-weighted mean'};

    function bandLabel(band) {
        return BAND_LABELS[band] || 'No data';
    }

    function number(value) {
        return String(Math.round(value * 10) / 10);
    }

    function plural(count, unit) {
        return count + ' ' + unit + (count === 1 ? '' : 's');
    }

    function since(then, now) {
        var minutes = Math.floor((now - then) / 60000);
        if (minutes < 1) {
            return 'just now';
        }
        if (minutes < 60) {
            return plural(minutes, 'minute') + ' ago';
        }
        var hours = Math.floor(minutes / 60);
        if (hours < 24) {
            return plural(hours, 'hour') + ' ago';
        }
        var days = Math.floor(hours / 24);
        if (days <= 30) {
            return plural(days, 'day') + ' ago';
        }
        if (days < 365) {
            return plural(Math.floor(days / 30), 'month') + ' ago';
        }
        return plural(Math.floor(days / 365), 'year') + ' ago';
    }

    function thresholds(parameter) {
        var lower = parameter.direction === 'lower_is_better';
        return 'good ' + (lower ? '\u2264 ' : '\u2265 ') + number(parameter.goodAverage)
            + ' \u00b7 poor ' + (lower ? '> ' : '< ') + number(parameter.averagePoor);
    }

    function composition(view) {
        var spread = view.spread;
        var members = spread.healthy + spread.average + spread.poor + spread.noData;
        var text = members + (members === 1 ? ' customer' : ' customers');
        if (view.mode) {
            text += ', ' + (MODES[view.mode] || 'scored by the mean');
        }
        text += ': ' + spread.healthy + ' healthy \u00b7 ' + spread.average + ' average \u00b7 ' + spread.poor
            + ' poor \u00b7 ' + spread.noData + ' no data';
        if (spread.lowest !== null && spread.lowest !== undefined) {
            text += '; scores ' + spread.lowest + '\u2013' + spread.highest;
        }
        return text;
    }

    function lastChange(change, score) {
        if (!change) {
            return null;
        }
        var cause = change.summary ? change.summary.charAt(0).toUpperCase() + change.summary.slice(1) : '';
        var before = change.previousScore;
        var effect;
        if (score === null) {
            effect = before === null ? ' left no data to score' : ' took the score from ' + before + ' to no data';
        } else if (before === null) {
            effect = ' set the score to ' + score;
        } else if (before === score) {
            effect = ' kept the score at ' + score;
        } else {
            effect = ' moved the score from ' + before + ' to ' + score;
        }
        return cause + effect + ', ' + since(Date.parse(change.at), Date.now());
    }

    /** What a badge shows, from the API's view of a customer or company; null view: not known yet. */
    function cardOf(kind, id, view) {
        var band = view ? view.band : 'no_data';
        var score = view && view.score !== undefined ? view.score : null;
        return {
            kind: kind,
            id: id,
            band: band,
            bandLabel: bandLabel(band),
            symbol: SYMBOLS[band] || '?',
            score: score,
            accessibleName: score === null ? 'Health: no data'
                : 'Health: ' + bandLabel(band).toLowerCase() + ', ' + score + ' of 100',
            parameters: kind === 'customer' && view ? view.parameters.filter(function (p) {
                return p.enabled;
            }).map(function (p) {
                return {
                    title: p.title,
                    value: p.value === null ? 'no data'
                        : number(p.value) + (p.outOf === null || p.outOf === undefined ? '' : ' of ' + number(p.outOf)),
                    band: p.band,
                    bandLabel: bandLabel(p.band),
                    thresholds: thresholds(p)
                };
            }) : [],
            composition: kind === 'company' && view ? composition(view) : null,
            lastChange: view ? lastChange(view.lastChange, score) : null
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
        head.appendChild(element('span', 'chm-card-score', card.score === null ? 'no score' : card.score + ' / 100'));
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
        body.appendChild(element('span', 'chm-why', card.lastChange === null ? 'No score recorded yet' : card.lastChange));
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
            read(kind, ids).then(function (views) {
                var byId = {};
                views.forEach(function (view) {
                    byId[view.id] = view;
                });
                ids.forEach(function (id) {
                    waiting[id].forEach(function (host) {
                        host.appendChild(render(cardOf(kind, id, byId[id])));
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
    function update(kind, view) {
        var key = kind + ':' + view.id;
        document.querySelectorAll('.chm-health').forEach(function (old) {
            if (old.getAttribute('data-chm-badge') !== key) {
                return;
            }
            var focused = old.contains(document.activeElement);
            var fresh = render(cardOf(kind, view.id, view));
            fresh.classList.add('chm-updated');
            old.replaceWith(fresh);
            if (focused) {
                fresh.querySelector('.chm-dot').focus();
            }
        });
    }

    var stream = null;

    function follow() {
        if (stream || typeof EventSource === 'undefined' || !document.querySelector('.chm-health')) {
            return;
        }
        stream = new EventSource(base + '/api/v1/health/changes', {withCredentials: true});
        ['customer', 'company'].forEach(function (kind) {
            stream.addEventListener(kind, function (event) {
                update(kind, JSON.parse(event.data));
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

    window.CustomerHealthBadges = {decorate: decorate};
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
