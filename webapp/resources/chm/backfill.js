/*
 * The history import page (admin/backfill.xhtml): the kinds of helpdesk from GET api/v1/backfill fill the
 * form's choice and its hints; the form starts an import (POST api/v1/backfill), each wrong field told beside
 * it in the reader's words; the table lists the imports with their progress, read again every few seconds
 * while one goes on, each with its cancel or resume. A token typed here is sent once and kept nowhere: not in
 * the page after it was sent, an address, the console or the browser's storage.
 *
 * Loaded after badge.js and monitoring.js, whose texts, reads and date formats it uses.
 */
(function () {
    'use strict';

    var m = window.CustomerHealthMonitoring;
    var BACKFILL = 'backfill';
    // While an import goes on its row is read again this often; nothing is read while none does.
    var FOLLOW_MS = 2000;
    var tell = m.tell;

    function start() {
        var section = document.getElementById('backfills');
        if (!section) {
            return;
        }
        m.texts().then(function (words) {
            new BackfillPage(words, new m.Formats(words)).load();
        }).catch(function (error) {
            console.warn('Customer Health Monitor: the import page could not be worded', error);
        });
    }

    function BackfillPage(words, formats) {
        var self = this;
        this.words = words;
        this.formats = formats;
        this.form = document.getElementById('backfillForm');
        this.kind = document.getElementById('backfillKind');
        this.table = document.getElementById('backfillTable');
        this.kinds = [];
        this.timer = null;
        this.starting = false;
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.start();
        });
        this.kind.addEventListener('change', function () {
            self.describeKind();
        });
    }

    /** Reads the kinds and the imports; reads again while one goes on. */
    BackfillPage.prototype.load = function () {
        var self = this;
        window.clearTimeout(this.timer);
        return m.read(BACKFILL).then(function (answer) {
            m.failure(null, self.words);
            self.fillKinds(answer.kinds);
            self.render(answer.items);
            var going = answer.items.some(function (item) {
                return item.state === 'running' || item.state === 'waiting';
            });
            if (going) {
                self.timer = window.setTimeout(function () {
                    self.load();
                }, FOLLOW_MS);
            }
        }).catch(function (error) {
            m.failure(error, self.words);
        });
    };

    BackfillPage.prototype.fillKinds = function (kinds) {
        if (this.kinds.length) {
            return;
        }
        var select = this.kind;
        this.kinds = kinds;
        kinds.forEach(function (kind) {
            var option = document.createElement('option');
            option.value = kind.kind;
            option.textContent = kind.title;
            select.appendChild(option);
        });
        this.describeKind();
    };

    BackfillPage.prototype.describeKind = function () {
        var chosen = this.chosenKind();
        var words = this.words;
        document.getElementById('backfillKind-hint').textContent = chosen
            ? words.format('backfill.form.kind.hint', chosen.requestsPerMinute) : '';
        document.getElementById('backfillRate-hint').textContent = chosen
            ? words.format('backfill.form.rate.hint', chosen.requestsPerMinute) : '';
    };

    BackfillPage.prototype.chosenKind = function () {
        var value = this.kind.value;
        return this.kinds.filter(function (kind) {
            return kind.kind === value;
        })[0] || null;
    };

    /** The form as the API takes it: fields left empty are left out, the day as its first instant in UTC. */
    BackfillPage.prototype.request = function () {
        var elements = this.form.elements;
        var request = {kind: elements.kind.value, url: elements.url.value, token: elements.token.value};
        if (elements.user.value.trim()) {
            request.user = elements.user.value;
        }
        if (elements.since.value) {
            request.since = elements.since.value + 'T00:00:00Z';
        }
        if (elements.requestsPerMinute.value !== '') {
            var rate = Number(elements.requestsPerMinute.value);
            request.requestsPerMinute = isNaN(rate) ? elements.requestsPerMinute.value : rate;
        }
        return request;
    };

    BackfillPage.prototype.start = function () {
        var self = this;
        var words = this.words;
        var outcome = document.getElementById('backfillFormOutcome');
        if (this.starting) {
            return;
        }
        this.starting = true;
        this.clearErrors();
        tell(outcome, words.get('backfill.form.starting'), false);
        m.send('POST', BACKFILL, this.request()).then(function (started) {
            self.starting = false;
            self.form.elements.token.value = '';
            tell(outcome, words.format('backfill.form.started', started.url), false);
            return self.load();
        }).catch(function (error) {
            self.starting = false;
            if (error.status === 400 && error.problem && error.problem.fields) {
                m.showProblems(self.form, words, error.problem.fields, outcome, 'backfill.form.invalid');
            } else {
                tell(outcome, words.format('backfill.failed', error.message), true);
            }
        });
    };

    BackfillPage.prototype.clearErrors = function () {
        Array.prototype.forEach.call(this.form.querySelectorAll('[data-error-for]'), function (error) {
            error.textContent = '';
        });
        Array.prototype.forEach.call(this.form.querySelectorAll('[aria-invalid]'), function (control) {
            control.removeAttribute('aria-invalid');
            control.classList.remove('invalid');
        });
    };

    BackfillPage.prototype.render = function (items) {
        var self = this;
        var words = this.words;
        var body = this.table.tBodies[0];
        var focused = document.activeElement && body.contains(document.activeElement)
            ? document.activeElement.getAttribute('data-focus') : null;
        // A token being typed for a resumption outlives the table's reading again.
        var typed = {};
        Array.prototype.forEach.call(body.querySelectorAll('.backfill-token'), function (token) {
            typed[token.id] = token.value;
        });
        body.textContent = '';
        if (!items.length) {
            var row = body.insertRow();
            var cell = m.cell(row, this.table.getAttribute('data-none'), 'none');
            cell.colSpan = 7;
            return;
        }
        items.forEach(function (item) {
            var row = body.insertRow();
            row.setAttribute('data-id', item.id);
            row.setAttribute('data-state', item.state);
            var helpdesk = m.cell(row, '', 'backfill-helpdesk');
            helpdesk.appendChild(m.element('strong', null, self.title(item.kind)));
            helpdesk.appendChild(m.element('span', 'backfill-url', item.url));
            var state = m.cell(row, self.state(item), 'backfill-state');
            if (item.message) {
                state.appendChild(m.element('span', 'backfill-message', item.message));
            }
            self.progress(m.cell(row, '', 'backfill-progress'), item);
            m.cell(row, item.ticketsPerSecond === null ? words.get('monitoring.delta.none')
                : words.format('backfill.rate.value', words.number(item.ticketsPerSecond),
                    words.number(item.eventsPerSecond)), 'backfill-rate');
            m.cell(row, item.state === 'done' ? self.formats.time(item.finishedAt) : item.eta
                ? self.formats.time(item.eta) : words.get('backfill.eta.unknown'), 'backfill-eta');
            m.cell(row, words.format('backfill.started.by', self.formats.time(item.startedAt), item.startedBy),
                'backfill-started');
            self.actions(m.cell(row, '', 'backfill-actions'), item);
        });
        Object.keys(typed).forEach(function (id) {
            var token = document.getElementById(id);
            if (token) {
                token.value = typed[id];
            }
        });
        if (focused) {
            var again = body.querySelector('[data-focus="' + CSS.escape(focused) + '"]');
            if (again) {
                again.focus();
            }
        }
    };

    BackfillPage.prototype.title = function (kind) {
        return (this.kinds.filter(function (each) {
            return each.kind === kind;
        })[0] || {title: kind}).title;
    };

    BackfillPage.prototype.state = function (item) {
        return item.state === 'waiting' && item.waitUntil
            ? this.words.format('backfill.state.waiting', this.formats.time(item.waitUntil))
            : this.words.get('backfill.state.' + item.state);
    };

    BackfillPage.prototype.progress = function (cell, item) {
        var words = this.words;
        var bar = document.createElement('progress');
        bar.max = 100;
        if (item.percent !== null) {
            bar.value = item.percent;
        }
        bar.setAttribute('aria-label', words.format('backfill.progress.label', item.url));
        cell.appendChild(bar);
        cell.appendChild(m.element('span', 'backfill-read', item.ticketsTotal === null
            ? words.format('backfill.progress.unknown', item.ticketsRead, item.eventsRead)
            : words.format('backfill.progress.known', item.ticketsRead, item.ticketsTotal, item.eventsRead)));
        cell.appendChild(m.element('span', 'backfill-counts', words.format('backfill.progress.counts', item.accepted,
            item.duplicates, item.rejected)));
    };

    BackfillPage.prototype.actions = function (cell, item) {
        var self = this;
        var words = this.words;
        if (item.state === 'running' || item.state === 'waiting' || item.state === 'failed') {
            var cancel = m.element('button', 'button', words.get('backfill.cancel'));
            cancel.type = 'button';
            cancel.setAttribute('data-focus', item.id + ':cancel');
            cancel.addEventListener('click', function () {
                self.act(item, 'cancel', null, words.format('backfill.cancelled', item.url));
            });
            cell.appendChild(cancel);
        }
        if (item.state !== 'failed' && item.state !== 'cancelled') {
            return;
        }
        var token = null;
        if (!item.tokenKept) {
            var id = 'token-' + item.id;
            var label = m.element('label', 'visually-hidden', words.format('backfill.resume.token', item.url));
            label.htmlFor = id;
            token = document.createElement('input');
            token.type = 'password';
            token.id = id;
            token.autocomplete = 'off';
            token.className = 'backfill-token';
            token.setAttribute('data-focus', item.id + ':token');
            cell.appendChild(label);
            cell.appendChild(token);
        }
        var resume = m.element('button', 'button', words.get('backfill.resume'));
        resume.type = 'button';
        resume.setAttribute('data-focus', item.id + ':resume');
        resume.addEventListener('click', function () {
            self.act(item, 'resume', token && token.value ? {token: token.value} : undefined,
                words.format('backfill.resumed', item.url));
        });
        cell.appendChild(resume);
    };

    BackfillPage.prototype.act = function (item, action, body, said) {
        var self = this;
        var outcome = document.getElementById('backfillsOutcome');
        m.send('POST', BACKFILL + '/' + encodeURIComponent(item.id) + '/' + action, body).then(function () {
            tell(outcome, said, false);
            return self.load();
        }).catch(function (error) {
            tell(outcome, self.words.format('backfill.failed', error.message), true);
        });
    };

    m.ready(start);
}());
