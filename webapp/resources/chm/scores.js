/*
 * The page of one customer or company (scores/customer.xhtml?id=..., scores/company.xhtml?id=...): the
 * score over time with a marker for each event that moved it and a line for each save of the rules, each
 * parameter's value against its thresholds, what moved the score, the customer's tickets and its
 * company's spread. Read again, at most once a second, while the customer or its company changes. Its
 * open and acknowledged alerts on top, read again whenever the change stream tells of one of them.
 */
(function () {
    'use strict';

    var m = window.CustomerHealthMonitoring;
    var DAY = 24 * 60 * 60 * 1000;

    function start() {
        var root = document.getElementById('subject');
        var kind = root.getAttribute('data-kind');
        var id = new URLSearchParams(location.search).get('id') || '';
        var plural = kind === 'customer' ? 'customers' : 'companies';
        var range = document.getElementById('range');
        m.texts().then(function (words) {
            var formats = new m.Formats(words);
            var companyId = null;
            var shown = null;

            function refresh() {
                var to = new Date();
                var from = new Date(to.getTime() - Number(range.value) * DAY);
                var path = plural + '/' + encodeURIComponent(id);
                var reads = [m.read(path + '/health'),
                    m.read(path + '/history?from=' + from.toISOString() + '&to=' + to.toISOString())];
                if (kind === 'customer') {
                    reads.push(m.read(path + '/tickets'));
                }
                return Promise.all(reads).then(function (answers) {
                    shown = {health: answers[0], history: answers[1], tickets: answers[2], from: from, to: to};
                    draw(shown, kind, words, formats);
                    companyId = kind === 'customer' ? answers[1].companyId : id;
                    m.failure(null, words);
                    document.getElementById('updated').textContent = words.format('monitoring.updated',
                        formats.time(to)) + ' · ' + words.get('monitoring.live');
                    return companyId === null ? null : members(companyId, kind, words, formats);
                }).then(function () {
                    if (kind === 'customer' && companyId === null) {
                        document.getElementById('companyLine').textContent = words.get('monitoring.company.none');
                        document.getElementById('memberTable').hidden = true;
                    }
                }).catch(function (error) {
                    if (error.status === 404) {
                        error = new Error(words.format('monitoring.notFound.' + kind, id));
                    }
                    m.failure(error, words);
                });
            }

            function readAlerts() {
                return m.read('alerts?state=open,acknowledged&size=50&subjectType=' + kind + '&subjectId='
                    + encodeURIComponent(id)).then(function (answer) {
                    alerts(answer, words, formats);
                }).catch(function (error) {
                    m.failure(error, words);
                });
            }

            range.addEventListener('change', refresh);
            refresh();
            readAlerts();
            window.CustomerHealthBadges.onAlert(function (alert) {
                if (alert === null || (alert.subject.type === kind && alert.subject.id === id)) {
                    readAlerts();
                }
            });
            m.follow(refresh, function (changedKind, changedId) {
                return (changedKind === kind && changedId === id) || (changedKind === 'company' && changedId === companyId);
            });
            m.onSchemeChange(function () {
                if (shown) {
                    draw(shown, kind, words, formats);
                }
            });
        });
    }

    function draw(shown, kind, words, formats) {
        var health = shown.health;
        var history = shown.history;
        document.getElementById('subjectName').textContent = history.name;
        document.title = history.name + ' · ' + document.title.split(' · ').slice(-1)[0];
        var badge = document.getElementById('subjectBadge');
        badge.replaceChildren();
        var host = m.element('span');
        host.setAttribute('data-chm-' + kind, history.id);
        badge.appendChild(host);
        scoreChart(history, shown.from, shown.to, words, formats);
        moves(history, formats);
        if (kind === 'customer') {
            parameters(health, history, shown.from, shown.to, words, formats);
            tickets(shown.tickets, words, formats);
        }
    }

    /** The subject's open and acknowledged alerts, newest first: what happened, its kind, its state and when. */
    function alerts(answer, words, formats) {
        var list = document.getElementById('subjectAlerts');
        list.replaceChildren();
        if (!answer.items.length) {
            list.appendChild(m.element('li', 'none', list.getAttribute('data-none')));
            return;
        }
        answer.items.forEach(function (alert) {
            var item = m.element('li', 'subject-alert alert-' + alert.state);
            item.setAttribute('data-id', alert.id);
            item.setAttribute('data-state', alert.state);
            item.appendChild(m.element('span', 'alert-summary',
                window.CustomerHealthBadges.alertSummary(alert, words)));
            var kindName = words.has('alerts.page.kind.' + alert.kind) ? words.get('alerts.page.kind.' + alert.kind)
                : alert.kind;
            var meta = m.element('span', 'alert-meta', words.format('alerts.subject.line', kindName,
                words.get('alerts.page.state.' + alert.state),
                window.CustomerHealthBadges.since(Date.parse(alert.at), Date.now(), words)));
            meta.title = formats.time(alert.at);
            item.appendChild(meta);
            list.appendChild(item);
        });
    }

    /** The points that moved the score, with the score before each: every point but day ends that changed it. */
    function movesOf(points) {
        var moved = [];
        var before = null;
        var known = false;
        points.forEach(function (point) {
            if (point.kind !== 'day' && (!known || point.score !== before)) {
                moved.push({point: point, before: known ? before : null});
            }
            before = point.score;
            known = true;
        });
        return moved;
    }

    function scoreChart(history, from, to, words, formats) {
        var palette = m.colours();
        var points = history.points;
        var marked = movesOf(points).filter(function (move) {
            return move.point.kind === 'event';
        }).map(function (move) {
            return move.point;
        });
        var canvas = document.getElementById('scoreChart');
        var data = points.map(function (point) {
            return {x: Date.parse(point.at), y: point.score, point: point};
        });
        // The score holds from its last point until the end of the range.
        if (points.length) {
            data.push({x: to.getTime(), y: points[points.length - 1].score, point: null});
        }
        m.chart(canvas, {
            type: 'line',
            data: {
                datasets: [{
                    label: words.get('monitoring.column.score'),
                    data: data,
                    stepped: true,
                    borderColor: palette.line,
                    backgroundColor: palette.line,
                    borderWidth: 2,
                    pointRadius: function (context) {
                        var entry = context.raw;
                        return entry && entry.point && marked.indexOf(entry.point) >= 0 ? 5 : 0;
                    },
                    pointHoverRadius: 6,
                    pointHitRadius: 6
                }]
            },
            options: overTime(palette, from, to, formats, 8, {min: 0, max: 100, ticks: {stepSize: 25}}, {
                    legend: {display: false},
                    tooltip: {callbacks: {
                        title: function (items) {
                            return formats.time(items[0].raw.x);
                        },
                        label: function (item) {
                            var point = item.raw.point;
                            var score = formats.score(item.raw.y);
                            return point ? score + ' · ' + formats.cause(point.cause, point.summary) : score;
                        }
                    }},
                    chmSaveLines: {instants: history.configurationChanges.map(function (save) {
                        return Date.parse(save.at);
                    }), colour: palette.save}
            })
        });
        canvas.setAttribute('data-event-markers', marked.map(function (point) {
            return point.reference;
        }).join(' '));
        canvas.setAttribute('data-saves', String(history.configurationChanges.length));
        m.fillTable(document.getElementById('scoreTable'), points.slice().reverse().map(function (point) {
            return [formats.time(point.at), formats.score(point.score), words.get('band.' + point.band),
                formats.cause(point.cause, point.summary)];
        }));
    }

    function moves(history, formats) {
        var list = document.getElementById('moves');
        list.replaceChildren();
        var moved = movesOf(history.points).reverse();
        if (!moved.length) {
            list.appendChild(m.element('li', 'none', list.getAttribute('data-none')));
            return;
        }
        moved.forEach(function (move) {
            var point = move.point;
            var item = m.element('li', 'move move-' + point.kind);
            item.setAttribute('data-kind', point.kind);
            if (point.reference) {
                item.setAttribute('data-reference', point.reference);
            }
            item.appendChild(m.element('span', 'move-what', formats.move(formats.cause(point.cause, point.summary),
                move.before, point.score)));
            item.appendChild(m.element('time', 'muted', formats.time(point.at)));
            item.lastChild.setAttribute('datetime', point.at);
            list.appendChild(item);
        });
    }

    function parameters(health, history, from, to, words, formats) {
        var box = document.getElementById('parameterCharts');
        box.replaceChildren();
        var palette = m.colours();
        health.parameters.filter(function (parameter) {
            return parameter.enabled;
        }).forEach(function (parameter) {
            var title = words.has('parameter.' + parameter.key) ? words.get('parameter.' + parameter.key) : parameter.title;
            var figure = m.element('figure', 'parameter');
            figure.setAttribute('data-parameter', parameter.key);
            figure.appendChild(m.element('figcaption', null, title));
            var frame = m.element('div', 'chart-box chart-small');
            var canvas = m.element('canvas');
            canvas.setAttribute('role', 'img');
            canvas.setAttribute('aria-label', words.format('monitoring.parameters.label', title));
            frame.appendChild(canvas);
            figure.appendChild(frame);
            var good = words.format('monitoring.threshold.goodAverage', words.number(parameter.goodAverage));
            var poor = words.format('monitoring.threshold.averagePoor', words.number(parameter.averagePoor));
            figure.appendChild(m.element('p', 'muted thresholds', good + ' · ' + poor));
            var details = m.element('details', 'chart-table');
            details.appendChild(m.element('summary', null, words.get('monitoring.chart.table')));
            var table = m.element('table', 'data');
            table.appendChild(m.element('caption', 'visually-hidden', title));
            var head = table.createTHead().insertRow();
            [words.get('monitoring.column.at'), words.get('monitoring.column.value')].forEach(function (text) {
                var th = m.element('th', null, text);
                th.scope = 'col';
                head.appendChild(th);
            });
            table.createTBody();
            details.appendChild(table);
            figure.appendChild(details);
            box.appendChild(figure);

            var values = history.points.map(function (point) {
                var value = point.parameters[parameter.key];
                return {x: Date.parse(point.at), y: value === undefined ? null : value};
            });
            if (values.length) {
                values.push({x: to.getTime(), y: values[values.length - 1].y});
            }
            var edges = [from.getTime(), to.getTime()];
            m.chart(canvas, {
                type: 'line',
                data: {
                    datasets: [{
                        label: title, data: values, stepped: true, borderColor: palette.line, borderWidth: 2,
                        pointRadius: 0, pointHitRadius: 6
                    }, {
                        label: good, data: edges.map(function (x) {
                            return {x: x, y: parameter.goodAverage};
                        }), borderColor: palette.healthy, borderDash: [6, 4], borderWidth: 1, pointRadius: 0
                    }, {
                        label: poor, data: edges.map(function (x) {
                            return {x: x, y: parameter.averagePoor};
                        }), borderColor: palette.poor, borderDash: [6, 4], borderWidth: 1, pointRadius: 0
                    }]
                },
                options: overTime(palette, from, to, formats, 6, {beginAtZero: true}, {
                        legend: {display: false},
                        tooltip: {callbacks: {title: function (items) {
                            return formats.time(items[0].raw.x);
                        }}}
                })
            });
            m.fillTable(table, history.points.slice().reverse().map(function (point) {
                var value = point.parameters[parameter.key];
                return [formats.time(point.at), value === null || value === undefined
                    ? words.get('badge.value.noData') : words.number(value)];
            }));
        });
    }

    /** A line chart's options over time from {@code from} to {@code to}, days on the x axis. */
    function overTime(palette, from, to, formats, ticks, y, plugins) {
        return {
            animation: false,
            maintainAspectRatio: false,
            parsing: false,
            interaction: {mode: 'nearest', intersect: false},
            scales: m.axes(palette, {
                type: 'linear', min: from.getTime(), max: to.getTime(),
                ticks: {maxTicksLimit: ticks, callback: function (value) {
                    return formats.dayOfMonth(value);
                }}
            }, y),
            plugins: plugins
        };
    }

    function tickets(answer, words, formats) {
        var table = document.getElementById('ticketTable');
        m.fillTable(table, answer.items.map(function (ticket) {
            return [ticket.id, ticket.subject || '', words.get('status.' + ticket.status),
                ticket.createdAt ? formats.time(ticket.createdAt) : '', ticket.lastActivityAt
                    ? formats.time(ticket.lastActivityAt) : '', ticket.rating ? words.format('monitoring.tickets.csat',
                    words.number(ticket.rating.value), words.number(ticket.rating.scaleMax)) : ''];
        }));
        if (!answer.items.length) {
            var row = table.tBodies[0].insertRow();
            var td = m.cell(row, table.getAttribute('data-none'), 'empty');
            td.colSpan = 6;
        }
    }

    /** The company's spread and its customers with their names, read through the batch API. */
    function members(companyId, kind, words, formats) {
        return m.read('companies/' + encodeURIComponent(companyId) + '/health').then(function (company) {
            var line = document.getElementById('companyLine');
            line.replaceChildren();
            var spread = words.format('monitoring.members.spread', company.spread.healthy, company.spread.average,
                company.spread.poor, company.spread.noData);
            if (kind === 'customer') {
                line.appendChild(m.subjectLink('company', company.id, company.name));
                line.appendChild(document.createTextNode(' · ' + formats.score(company.score) + ' · ' + spread));
            } else {
                line.textContent = spread;
            }
            var listed = company.customers.slice(0, 200);
            return fetch(m.base + '/api/v1/customers/health', {
                method: 'POST', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                body: JSON.stringify(listed.map(function (member) {
                    return member.id;
                }))
            }).then(function (answer) {
                return answer.ok ? answer.json() : [];
            }).then(function (views) {
                var names = {};
                views.forEach(function (view) {
                    names[view.id] = view.name;
                });
                var table = document.getElementById('memberTable');
                table.hidden = false;
                var body = table.tBodies[0];
                body.replaceChildren();
                listed.slice().sort(function (a, b) {
                    return (a.score === null ? 1000 : a.score) - (b.score === null ? 1000 : b.score);
                }).forEach(function (member) {
                    var row = body.insertRow();
                    var name = m.element('th');
                    name.scope = 'row';
                    name.appendChild(m.subjectLink('customer', member.id, names[member.id] || member.id));
                    row.appendChild(name);
                    m.cell(row, formats.score(member.score), 'number');
                    m.cell(row, words.get('band.' + member.band));
                    m.cell(row, String(member.tickets), 'number');
                });
            });
        });
    }

    m.ready(start);
}());
