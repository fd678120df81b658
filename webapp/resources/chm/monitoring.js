/*
 * What the portfolio dashboard and the customer and company pages share: reading the API, wording
 * figures, dates and causes in the reader's language, the paged tables of customers and companies, the
 * charts' colours in light and dark, a table beside every chart, and following the change stream.
 *
 * Loaded after badge.js, whose texts and address it uses, and before the page's own script:
 *
 *     <h:outputScript library="chm" name="badge.js"/>
 *     <h:outputScript library="chm" name="monitoring.js"/>
 *     <h:outputScript library="chm" name="portfolio.js"/>
 */
(function () {
    'use strict';

    var badges = window.CustomerHealthBadges;
    var base = badges.base;

    /** The JSON answer of GET api/v1/{path}; fails with the problem's detail when there is one. */
    function read(path) {
        return fetch(base + '/api/v1/' + path, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (answer) {
                if (answer.ok) {
                    return answer.json();
                }
                return answer.json().catch(function () {
                    return {};
                }).then(function (problem) {
                    var error = new Error(problem.detail || problem.title || 'HTTP ' + answer.status);
                    error.status = answer.status;
                    throw error;
                });
            });
    }

    /**
     * Sends {@code body} (none: an empty object, as every POST here says JSON) to api/v1/{path}; answers the
     * JSON answer, or null for 204. Fails with the problem's detail, its status and the problem itself.
     */
    function send(method, path, body) {
        return fetch(base + '/api/v1/' + path, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: method === 'DELETE' ? undefined : JSON.stringify(body === undefined ? {} : body)
        }).then(function (answer) {
            if (answer.status === 204) {
                return null;
            }
            return answer.json().catch(function () {
                return {};
            }).then(function (json) {
                if (answer.ok) {
                    return json;
                }
                var error = new Error(json.detail || json.title || 'HTTP ' + answer.status);
                error.status = answer.status;
                error.problem = json;
                throw error;
            });
        });
    }

    /** Tells {@code text} in {@code box}, as a failure when {@code failed}; a text told already is not told again. */
    function tell(box, text, failed) {
        box.classList.toggle('error', !!failed);
        box.classList.toggle('told', !!text);
        if (box.textContent !== text) {
            box.textContent = text;
        }
    }

    /**
     * Each field's problem of a 400 answer beside its field in {@code form} (in the element whose data-error-for
     * names it), in the reader's words: its text key filled with its arguments. What has no place there, and
     * how many fields are wrong ({@code countKey}.one/.other), is told in {@code outcome}; the field at fault
     * that comes first in the form gets the focus.
     */
    function showProblems(form, words, fields, outcome, countKey) {
        var first = null;
        var elsewhere = [];
        fields.forEach(function (problem) {
            var said = words.has(problem.key) ? words.fill(words.get(problem.key), problem.arguments || [])
                : problem.message;
            var error = form.querySelector('[data-error-for="' + CSS.escape(problem.field) + '"]');
            if (!error) {
                elsewhere.push(problem.field + ': ' + said);
                return;
            }
            error.textContent = error.textContent ? error.textContent + '; ' + said : said;
            var control = form.elements[problem.field];
            if (control && control.tagName) {
                control.setAttribute('aria-invalid', 'true');
                control.classList.add('invalid');
            }
            var focusable = control && control.tagName ? control
                : form.querySelector('[name="' + CSS.escape(problem.field) + '"]:not(:disabled)');
            // The first in the form's order, whatever the order the answer names them in.
            if (focusable && (!first || focusable.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)) {
                first = focusable;
            }
        });
        var summary = words.count(countKey, fields.length);
        tell(outcome, elsewhere.length ? summary + ' ' + elsewhere.join('; ') : summary, true);
        if (first) {
            first.focus();
        }
    }

    var element = badges.element;

    function cell(row, text, className) {
        var td = element('td', className, text);
        row.appendChild(td);
        return td;
    }

    /** Dates in UTC, as the days of the trend and the history's day ends are UTC days. */
    function Formats(words) {
        this.words = words;
        this.day = new Intl.DateTimeFormat(words.language, {dateStyle: 'medium', timeZone: 'UTC'});
        this.shortDay = new Intl.DateTimeFormat(words.language, {day: 'numeric', month: 'short', timeZone: 'UTC'});
        this.moment = new Intl.DateTimeFormat(words.language, {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'});
    }

    Formats.prototype.date = function (instant) {
        return this.day.format(new Date(instant));
    };

    Formats.prototype.dayOfMonth = function (instant) {
        return this.shortDay.format(new Date(instant));
    };

    Formats.prototype.time = function (instant) {
        return this.moment.format(new Date(instant)) + ' UTC';
    };

    /** "+5", "−25", "0", or a dash for no move. */
    Formats.prototype.delta = function (delta) {
        if (delta === null || delta === undefined) {
            return this.words.get('monitoring.delta.none');
        }
        return delta > 0 ? '+' + delta : delta < 0 ? '\u2212' + Math.abs(delta) : '0';
    };

    Formats.prototype.score = function (score) {
        return score === null || score === undefined ? this.words.get('band.no_data') : String(score);
    };

    /** A cause in the reader's words: "CSAT 1 of 3 on ticket 123", capitalised. */
    Formats.prototype.cause = function (cause, summary) {
        var words = this.words;
        var text = cause && words.has(cause.key) ? words.fill(words.get(cause.key), cause.arguments) : (summary || '');
        return text ? text.charAt(0).toLocaleUpperCase(words.language) + text.slice(1) : text;
    };

    /** "CSAT 1 of 3 on ticket T-123: 75 → 50", the line of one move of a score. */
    Formats.prototype.move = function (what, before, after) {
        var words = this.words;
        if (after === null || after === undefined) {
            return words.format('monitoring.move.lost', what, before);
        }
        if (before === null || before === undefined) {
            return words.format('monitoring.move.set', what, after);
        }
        return words.format('monitoring.move.moved', what, before, after);
    };

    /** The last change of a list row in a short line: "CSAT 1 of 3 on ticket 9: 75 → 50, 2 hours ago". */
    Formats.prototype.lastChange = function (row) {
        var change = row.lastChange;
        if (!change) {
            return this.words.get('badge.noChangeYet');
        }
        return this.move(this.cause(change.cause, change.summary), change.previousScore, row.score) + ', '
            + badges.since(new Date(change.at), new Date(), this.words);
    };

    /** The colours of the charts, read from the page's own so that dark mode changes them too. */
    function colours() {
        var style = getComputedStyle(document.documentElement);
        function value(name, fallback) {
            return style.getPropertyValue(name).trim() || fallback;
        }
        return {
            ink: value('--ink', '#1f2328'),
            muted: value('--muted', '#656d76'),
            grid: value('--rule', '#eaeef2'),
            accent: value('--accent', '#5b4fe0'),
            healthy: value('--chart-healthy', '#1a7f37'),
            average: value('--chart-average', '#e3b341'),
            poor: value('--chart-poor', '#cf222e'),
            noData: value('--chart-no-data', '#8c959f'),
            line: value('--chart-line', '#0969da'),
            save: value('--chart-save', '#8250df')
        };
    }

    /**
     * A Chart.js plugin drawing a dashed vertical line at each instant of {@code options.instants}: the
     * saves of the scoring rules.
     */
    var saveLines = {
        id: 'chmSaveLines',
        afterDatasetsDraw: function (chart, args, options) {
            var x = chart.scales.x;
            var area = chart.chartArea;
            var context = chart.ctx;
            (options.instants || []).forEach(function (value) {
                var pixel = x.getPixelForValue(value);
                if (pixel < area.left || pixel > area.right) {
                    return;
                }
                context.save();
                context.strokeStyle = options.colour;
                context.lineWidth = 2;
                context.setLineDash([4, 4]);
                context.beginPath();
                context.moveTo(pixel, area.top);
                context.lineTo(pixel, area.bottom);
                context.stroke();
                context.restore();
            });
        }
    };

    /** A chart on {@code canvas}, in place of the one drawn there before, with the save lines plugin. */
    function chart(canvas, configuration) {
        var existing = window.Chart.getChart(canvas);
        if (existing) {
            existing.destroy();
        }
        configuration.plugins = (configuration.plugins || []).concat([saveLines]);
        return new window.Chart(canvas, configuration);
    }

    /** Calls {@code redraw} when the system switches between light and dark, for charts in the new colours. */
    function onSchemeChange(redraw) {
        if (window.matchMedia) {
            window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
        }
    }

    /** Axis and legend colours for a chart in the page's scheme. */
    function axes(palette, x, y) {
        x.ticks = Object.assign({color: palette.muted}, x.ticks || {});
        x.grid = {color: palette.grid};
        y.ticks = Object.assign({color: palette.muted}, y.ticks || {});
        y.grid = {color: palette.grid};
        return {x: x, y: y};
    }

    /** Fills {@code table}'s body with one row per entry of {@code rows}, each a list of cell texts. */
    function fillTable(table, rows) {
        var body = table.tBodies[0];
        body.replaceChildren();
        rows.forEach(function (cells) {
            var row = element('tr');
            cells.forEach(function (text, index) {
                if (index === 0) {
                    var th = element('th', null, text);
                    th.scope = 'row';
                    row.appendChild(th);
                } else {
                    cell(row, text, typeof text === 'number' ? 'number' : null);
                }
            });
            body.appendChild(row);
        });
    }

    /** A name that opens the customer's or company's page, with its badge. */
    function subjectLink(kind, id, name) {
        var link = element('a', 'subject', name);
        link.href = base + '/scores/' + kind + '.xhtml?id=' + encodeURIComponent(id);
        var host = element('span', 'subject-name');
        host.setAttribute('data-chm-' + kind, id);
        host.appendChild(link);
        return host;
    }

    /**
     * A paged, filtered table of customers or companies read from GET api/v1/{kind}: the filter form's
     * fields are the query, the page buttons move through it. {@code onQuery} hears every query asked.
     */
    function ScoreTable(kind, table, form, words, onQuery) {
        this.kind = kind;
        this.table = table;
        this.form = form;
        this.words = words;
        this.formats = new Formats(words);
        this.page = 1;
        this.onQuery = onQuery || function () {
        };
        this.paging = document.querySelector('.paging[data-for="' + table.id + '"]');
        var self = this;
        var typing = null;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.page = 1;
            self.load();
        });
        form.addEventListener('change', function () {
            self.page = 1;
            self.load();
        });
        form.addEventListener('input', function (event) {
            if (event.target.type === 'search') {
                clearTimeout(typing);
                typing = setTimeout(function () {
                    self.page = 1;
                    self.load();
                }, 300);
            }
        });
        this.paging.querySelector('[data-page="previous"]').addEventListener('click', function () {
            self.page = Math.max(1, self.page - 1);
            self.load();
        });
        this.paging.querySelector('[data-page="next"]').addEventListener('click', function () {
            self.page += 1;
            self.load();
        });
    }

    /** The filters as a query string: bands, text and order, without the page. */
    ScoreTable.prototype.query = function () {
        var parts = [];
        this.form.querySelectorAll('input[name="band"]:checked').forEach(function (box) {
            parts.push('band=' + encodeURIComponent(box.value));
        });
        var text = this.form.querySelector('input[name="q"]').value.trim();
        if (text) {
            parts.push('q=' + encodeURIComponent(text));
        }
        parts.push('sort=' + encodeURIComponent(this.form.querySelector('select[name="sort"]').value));
        return parts.join('&');
    };

    ScoreTable.prototype.load = function () {
        var self = this;
        var query = this.query();
        this.onQuery(query);
        var asked = query + '&page=' + this.page + '&size=50';
        this.asked = asked;
        return read(this.kind + '?' + asked).then(function (answer) {
            if (self.asked !== asked) {
                return;
            }
            var pages = Math.max(1, Math.ceil(answer.total / answer.size));
            if (self.page > pages) {
                self.page = pages;
                return self.load();
            }
            self.render(answer, pages);
        });
    };

    ScoreTable.prototype.render = function (answer, pages) {
        var formats = this.formats;
        var kind = this.kind === 'customers' ? 'customer' : 'company';
        var withCompany = this.table.tHead.rows[0].cells.length === 6;
        var body = this.table.tBodies[0];
        body.replaceChildren();
        if (!answer.items.length) {
            var empty = element('tr');
            var td = cell(empty, this.words.get('monitoring.empty'), 'empty');
            td.colSpan = withCompany ? 6 : 5;
            body.appendChild(empty);
        }
        answer.items.forEach(function (item) {
            var row = element('tr');
            row.setAttribute('data-id', item.id);
            row.className = 'band-row-' + item.band;
            var name = element('th');
            name.scope = 'row';
            name.appendChild(subjectLink(kind, item.id, item.name));
            row.appendChild(name);
            if (withCompany) {
                var company = cell(row, '');
                if (item.companyId) {
                    company.appendChild(subjectLink('company', item.companyId, item.companyId));
                }
            }
            cell(row, formats.score(item.score), 'number score');
            cell(row, formats.delta(item.delta7), 'number delta ' + trendClass(item.delta7));
            cell(row, formats.delta(item.delta30), 'number delta ' + trendClass(item.delta30));
            cell(row, formats.lastChange(item), 'last-change');
            body.appendChild(row);
        });
        this.paging.querySelector('.paging-status').textContent = this.words.format('monitoring.paging.status',
            answer.page, pages, answer.total);
        this.paging.querySelector('[data-page="previous"]').disabled = answer.page <= 1;
        this.paging.querySelector('[data-page="next"]').disabled = answer.page >= pages;
    };

    function trendClass(delta) {
        return delta === null || delta === undefined || delta === 0 ? 'flat' : delta < 0 ? 'down' : 'up';
    }

    /**
     * Calls {@code changed} at most once a second while score changes arrive on the tenant's change
     * stream, and once more when the stream comes back after a break (changes may have been missed).
     * Given {@code wanted(kind, id)}, only changes of the customers and companies it accepts count.
     */
    function follow(changed, wanted) {
        if (typeof EventSource === 'undefined') {
            return;
        }
        var waiting = null;
        function soon() {
            if (waiting === null) {
                waiting = setTimeout(function () {
                    waiting = null;
                    changed();
                }, 1000);
            }
        }
        var stream = new EventSource(base + '/api/v1/health/changes', {withCredentials: true});
        var broken = false;
        ['customer', 'company'].forEach(function (kind) {
            stream.addEventListener(kind, function (event) {
                if (!wanted || wanted(kind, JSON.parse(event.data).id)) {
                    soon();
                }
            });
        });
        stream.addEventListener('error', function () {
            broken = true;
        });
        stream.addEventListener('open', function () {
            if (broken) {
                broken = false;
                soon();
            }
        });
    }

    /** Shows {@code error} in the page's alert, or clears it given null. */
    function failure(error, words) {
        var box = document.getElementById('failure');
        if (!box) {
            return;
        }
        box.hidden = error === null;
        box.textContent = error === null ? '' : words.format('monitoring.failed', error.message);
    }

    function ready(start) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }

    window.CustomerHealthMonitoring = {
        base: base,
        read: read,
        send: send,
        tell: tell,
        showProblems: showProblems,
        texts: badges.texts,
        element: element,
        cell: cell,
        Formats: Formats,
        colours: colours,
        chart: chart,
        onSchemeChange: onSchemeChange,
        axes: axes,
        fillTable: fillTable,
        subjectLink: subjectLink,
        ScoreTable: ScoreTable,
        trendClass: trendClass,
        follow: follow,
        failure: failure,
        ready: ready
    };
}());
