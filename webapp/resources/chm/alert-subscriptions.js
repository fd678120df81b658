/*
 * Where alerts are sent, on the alert settings page (admin/alerts.xhtml): the tenant's subscriptions from
 * GET api/v1/alerts/subscriptions, a form that adds one or changes one, each row's test event, new secret and
 * removal, and the delivery log of the subscription chosen, page by page, each delivery's attempts shown on
 * demand.
 *
 * Every change is JSON from this page's origin, as the API asks of a browser. A field the API finds wrong is
 * told beside the field in the reader's words: its problem's text key filled with its arguments. A webhook's
 * secret exists only in the answer that made or replaced it; it is shown once in the page and kept nowhere
 * else: not in an address, the console or the browser's storage.
 *
 * Loaded after badge.js and monitoring.js, whose texts, reads and date formats it uses.
 */
(function () {
    'use strict';

    var m = window.CustomerHealthMonitoring;
    var tell = m.tell;
    var SUBSCRIPTIONS = 'alerts/subscriptions';
    var LOG_SIZE = 20;
    // How often a test event's delivery is read while it is pending: soon at first, since a receiver that is up
    // takes it at once, then less and less often for one that is down and retried for hours.
    var FIRST_LOOK_MS = 400;
    var LONGEST_LOOK_MS = 15000;

    function path(id, more) {
        return SUBSCRIPTIONS + '/' + encodeURIComponent(id) + (more ? '/' + more : '');
    }

    function start() {
        var section = document.getElementById('subscriptions');
        if (!section) {
            return;
        }
        m.texts().then(function (words) {
            new SubscriptionsSection(section, words, new m.Formats(words)).load();
        }).catch(function (error) {
            console.warn('Customer Health Monitor: the subscriptions could not be worded', error);
        });
    }

    function SubscriptionsSection(section, words, formats) {
        var self = this;
        this.words = words;
        this.formats = formats;
        this.table = document.getElementById('subscriptionTable');
        this.form = document.getElementById('subscriptionForm');
        this.outcomeBox = document.getElementById('subscriptionsOutcome');
        this.formOutcome = document.getElementById('subscriptionFormOutcome');
        this.mail = section.getAttribute('data-mail') === 'true';
        this.items = [];
        this.editing = null;
        this.saving = false;
        this.watch = null;
        // Subscriptions whose test event is on its way to the server.
        this.sending = {};
        this.log = new DeliveryLog(this, words, formats);

        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.submit();
        });
        this.form.addEventListener('change', function (event) {
            if (event.target.name === 'channel') {
                self.showChannel(event.target.value);
            }
        });
        document.getElementById('subscriptionCancel').addEventListener('click', function () {
            var id = self.editing && self.editing.id;
            self.resetForm();
            self.focusRowAction(id, 'edit');
        });
        this.table.tBodies[0].addEventListener('click', function (event) {
            var button = event.target.closest('button[data-action]');
            if (button) {
                self.act(button.getAttribute('data-action'), self.find(button.closest('tr').getAttribute('data-id')));
            }
        });
        document.getElementById('copySecret').addEventListener('click', function () {
            self.copySecret();
        });
        document.getElementById('secretDone').addEventListener('click', function () {
            self.hideSecret();
            document.getElementById('subscriptionsTitle').focus();
        });
    }

    SubscriptionsSection.prototype.find = function (id) {
        return this.items.filter(function (item) {
            return item.id === id;
        })[0] || null;
    };

    /** Reads the subscriptions and shows them, in the table and as the delivery log's choices. */
    SubscriptionsSection.prototype.load = function () {
        var self = this;
        return m.read(SUBSCRIPTIONS).then(function (answer) {
            self.items = answer.items;
            self.failure(null);
            self.render();
            self.log.choices(answer.items);
        }).catch(function (error) {
            self.failure(error);
        });
    };

    SubscriptionsSection.prototype.failure = function (error) {
        var box = document.getElementById('subscriptionsFailure');
        box.hidden = error === null;
        box.textContent = error === null ? '' : this.words.format('monitoring.failed', error.message);
    };

    /** Tells {@code text} in the section's live region, as an error when {@code failed}. */
    SubscriptionsSection.prototype.outcome = function (text, failed) {
        tell(this.outcomeBox, text, failed);
    };

    SubscriptionsSection.prototype.render = function () {
        var self = this;
        var words = this.words;
        var body = this.table.tBodies[0];
        var focused = focusIn(body, 'button[data-action]', function (button) {
            return 'button[data-action="' + button.getAttribute('data-action') + '"]';
        });
        body.replaceChildren();
        if (!this.items.length) {
            var empty = m.element('tr', 'empty-row');
            m.cell(empty, this.table.getAttribute('data-none'), 'empty').colSpan = 7;
            body.appendChild(empty);
        }
        this.items.forEach(function (item, index) {
            var row = m.element('tr', 'subscription-row' + (item.enabled ? '' : ' switched-off'));
            row.setAttribute('data-id', item.id);
            var target = m.element('th', 'subscription-target');
            target.scope = 'row';
            target.id = 'subscription-target-' + index;
            target.appendChild(m.element('span', 'target-text', item.target));
            if (item.configured) {
                var configured = m.element('span', 'configured-tag', words.get('alerts.subscriptions.configured'));
                configured.title = words.get('alerts.subscriptions.configured.hint');
                target.appendChild(configured);
            }
            row.appendChild(target);
            m.cell(row, words.get('alerts.subscriptions.channel.' + item.channel), 'subscription-channel');
            m.cell(row, self.kinds(item.kinds), 'subscription-kinds');
            m.cell(row, item.description || words.get('monitoring.delta.none'), 'subscription-description');
            var state = m.cell(row, null, 'subscription-state');
            state.appendChild(m.element('span', 'state-chip ' + (item.enabled ? 'switch-on' : 'switch-off'),
                words.get(item.enabled ? 'alerts.subscriptions.on' : 'alerts.subscriptions.off')));
            var counts = item.deliveries || {};
            m.cell(row, words.format('alerts.subscriptions.counts', counts.delivered || 0, counts.pending || 0,
                counts.failed || 0), 'subscription-counts');
            var actions = m.element('div', 'action-buttons');
            m.cell(row, null, 'subscription-actions').appendChild(actions);
            var names = item.configured ? ['test', 'log']
                : item.channel === 'webhook' ? ['edit', 'test', 'secret', 'remove', 'log'] : ['edit', 'test', 'remove', 'log'];
            names.forEach(function (name) {
                var button = m.element('button', 'button action-' + name, words.get(ACTIONS[name]));
                button.type = 'button';
                button.setAttribute('data-action', name);
                button.setAttribute('aria-describedby', target.id);
                actions.appendChild(button);
            });
            body.appendChild(row);
        });
        focused.restore(document.getElementById('subscriptionsTitle'));
    };

    var ACTIONS = {
        edit: 'alerts.subscriptions.edit',
        test: 'alerts.subscriptions.test',
        secret: 'alerts.subscriptions.replaceSecret',
        remove: 'alerts.subscriptions.remove',
        log: 'alerts.subscriptions.showLog'
    };

    /** "Band drop, Lowest CSAT", or "Every kind" for none. */
    SubscriptionsSection.prototype.kinds = function (kinds) {
        var words = this.words;
        if (!kinds || !kinds.length) {
            return words.get('alerts.page.kind.all');
        }
        return kinds.map(function (kind) {
            return words.has('alerts.page.kind.' + kind) ? words.get('alerts.page.kind.' + kind) : kind;
        }).join(', ');
    };

    SubscriptionsSection.prototype.act = function (action, item) {
        if (item === null) {
            return;
        }
        if (action === 'edit') {
            this.edit(item);
        } else if (action === 'test') {
            this.test(item);
        } else if (action === 'secret') {
            this.replaceSecret(item);
        } else if (action === 'remove') {
            this.remove(item);
        } else if (action === 'log') {
            this.log.show(item.id, true);
        }
    };

    /** Moves the focus to the button {@code action} of the row of {@code id}, or to the section's heading without one. */
    SubscriptionsSection.prototype.focusRowAction = function (id, action) {
        var row = id && this.table.querySelector('tr[data-id="' + CSS.escape(id) + '"]');
        var button = row && row.querySelector('button[data-action="' + action + '"]');
        (button || document.getElementById('subscriptionsTitle')).focus();
    };

    /** The form: a webhook's or an e-mail's target, the language for e-mail only. */
    SubscriptionsSection.prototype.showChannel = function (channel) {
        var label = document.getElementById('subscriptionTarget-label');
        var hint = document.getElementById('subscriptionTarget-hint');
        label.textContent = label.getAttribute('data-' + channel);
        hint.textContent = hint.getAttribute('data-' + channel);
        document.getElementById('subscriptionLanguage-field').hidden = channel !== 'email';
    };

    SubscriptionsSection.prototype.channel = function () {
        var checked = this.form.querySelector('input[name="channel"]:checked');
        return checked ? checked.value : 'webhook';
    };

    /** Fills the form with {@code item}, to be changed; its channel stays. */
    SubscriptionsSection.prototype.edit = function (item) {
        this.resetForm();
        this.editing = item;
        var form = this.form;
        form.classList.add('editing');
        form.querySelectorAll('input[name="channel"]').forEach(function (radio) {
            radio.checked = radio.value === item.channel;
            radio.disabled = true;
        });
        var channelHint = document.getElementById('subscriptionChannel-hint');
        channelHint.textContent = channelHint.getAttribute('data-fixed');
        this.showChannel(item.channel);
        form.elements.target.value = item.target;
        form.querySelectorAll('input[name="kinds"]').forEach(function (box) {
            box.checked = item.kinds.indexOf(box.value) >= 0;
        });
        form.elements.description.value = item.description || '';
        form.elements.language.value = item.language && item.channel === 'email' ? item.language : '';
        form.elements.enabled.checked = item.enabled;
        document.getElementById('subscriptionFormTitle').textContent = this.words.format('alerts.subscriptions.form.edit',
            item.target);
        var submit = document.getElementById('subscriptionSubmit');
        submit.textContent = submit.getAttribute('data-edit');
        document.getElementById('subscriptionCancel').hidden = false;
        form.elements.target.focus();
    };

    /** Empties the form for a new subscription, every message gone. */
    SubscriptionsSection.prototype.resetForm = function () {
        var form = this.form;
        this.editing = null;
        form.reset();
        form.classList.remove('editing');
        var mail = this.mail;
        form.querySelectorAll('input[name="channel"]').forEach(function (radio) {
            radio.disabled = radio.value === 'email' && !mail;
        });
        var channelHint = document.getElementById('subscriptionChannel-hint');
        channelHint.textContent = mail ? '' : this.words.get('alerts.subscriptions.form.noMail');
        this.showChannel(this.channel());
        document.getElementById('subscriptionFormTitle').textContent = this.words.get('alerts.subscriptions.form.add');
        var submit = document.getElementById('subscriptionSubmit');
        submit.textContent = submit.getAttribute('data-add');
        document.getElementById('subscriptionCancel').hidden = true;
        this.clearErrors();
        tell(this.formOutcome, '', false);
    };

    SubscriptionsSection.prototype.clearErrors = function () {
        this.form.querySelectorAll('.field-error').forEach(function (error) {
            error.textContent = '';
        });
        this.form.querySelectorAll('[aria-invalid]').forEach(function (field) {
            field.removeAttribute('aria-invalid');
            field.classList.remove('invalid');
        });
    };

    /** The form as the API takes a subscription. */
    SubscriptionsSection.prototype.draft = function () {
        var form = this.form;
        var channel = this.editing ? this.editing.channel : this.channel();
        var kinds = [];
        form.querySelectorAll('input[name="kinds"]:checked').forEach(function (box) {
            kinds.push(box.value);
        });
        var description = form.elements.description.value.trim();
        var language = channel === 'email' ? form.elements.language.value || null
            : this.editing ? this.editing.language || null : null;
        return {
            channel: channel,
            target: form.elements.target.value.trim(),
            kinds: kinds,
            description: description || null,
            language: language,
            enabled: form.elements.enabled.checked
        };
    };

    SubscriptionsSection.prototype.submit = function () {
        var self = this;
        var words = this.words;
        var editing = this.editing;
        // One save at a time; the button stays enabled, so the focus stays where it was.
        if (this.saving) {
            return;
        }
        this.saving = true;
        var draft = this.draft();
        this.clearErrors();
        tell(this.formOutcome, words.get('alerts.subscriptions.form.saving'), false);
        var sent = editing ? m.send('PUT', path(editing.id), draft) : m.send('POST', SUBSCRIPTIONS, draft);
        sent.then(function (saved) {
            self.saving = false;
            self.resetForm();
            if (saved.secret) {
                self.showSecret(saved.target, saved.secret, words.format('alerts.subscriptions.added.secret', saved.target));
            } else if (!editing) {
                tell(self.formOutcome, words.format('alerts.subscriptions.added', saved.target), false);
            }
            return self.load().then(function () {
                // A change was started from its row: the focus goes back there, and the outcome is told beside it.
                if (editing) {
                    self.outcome(words.format('alerts.subscriptions.saved', saved.target), false);
                    self.focusRowAction(editing.id, 'edit');
                }
            });
        }).catch(function (error) {
            self.saving = false;
            if (error.status === 400 && error.problem && error.problem.fields) {
                self.showProblems(error.problem.fields);
            } else {
                tell(self.formOutcome, words.format('alerts.subscriptions.failed', error.message), true);
            }
        });
    };

    SubscriptionsSection.prototype.showProblems = function (fields) {
        m.showProblems(this.form, this.words, fields, this.formOutcome, 'alerts.subscriptions.form.invalid');
    };

    /** Shows a webhook's secret, this once, and moves the focus to it. */
    SubscriptionsSection.prototype.showSecret = function (target, secret, said) {
        var box = document.getElementById('secretBox');
        document.getElementById('secretTitle').textContent = this.words.format('alerts.subscriptions.secret.title', target);
        document.getElementById('secretValue').value = secret;
        tell(document.getElementById('copyOutcome'), '', false);
        box.hidden = false;
        this.outcome(said, false);
        document.getElementById('secretTitle').focus();
    };

    SubscriptionsSection.prototype.hideSecret = function () {
        document.getElementById('secretValue').value = '';
        document.getElementById('secretBox').hidden = true;
    };

    SubscriptionsSection.prototype.copySecret = function () {
        var words = this.words;
        var field = document.getElementById('secretValue');
        var told = document.getElementById('copyOutcome');
        function byHand() {
            field.focus();
            field.select();
            var copied = false;
            try {
                copied = document.execCommand('copy');
            } catch (ignored) {
                copied = false;
            }
            tell(told, words.get(copied ? 'alerts.subscriptions.secret.copied' : 'alerts.subscriptions.secret.notCopied'),
                !copied);
        }
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(field.value).then(function () {
                tell(told, words.get('alerts.subscriptions.secret.copied'), false);
            }, byHand);
        } else {
            byHand();
        }
    };

    SubscriptionsSection.prototype.replaceSecret = function (item) {
        var self = this;
        var words = this.words;
        if (!window.confirm(words.format('alerts.subscriptions.replaceSecret.question', item.target))) {
            return;
        }
        m.send('POST', path(item.id, 'secret')).then(function (replaced) {
            self.showSecret(replaced.target, replaced.secret,
                words.format('alerts.subscriptions.secret.replaced', replaced.target));
            self.load();
        }).catch(function (error) {
            self.outcome(words.format('alerts.subscriptions.failed', error.message), true);
        });
    };

    SubscriptionsSection.prototype.remove = function (item) {
        var self = this;
        var words = this.words;
        if (!window.confirm(words.format('alerts.subscriptions.remove.question', item.target))) {
            return;
        }
        m.send('DELETE', path(item.id)).then(function () {
            if (self.editing && self.editing.id === item.id) {
                self.resetForm();
            }
            if (self.watch && self.watch.item.id === item.id) {
                self.watch = null;
            }
            self.outcome(words.format('alerts.subscriptions.removed', item.target), false);
            return self.load();
        }).then(function () {
            document.getElementById('subscriptionsTitle').focus();
        }).catch(function (error) {
            self.outcome(words.format('alerts.subscriptions.failed', error.message), true);
        });
    };

    /**
     * Sends {@code item} a test event and follows its delivery in the log until it is delivered or failed. A
     * second click while the first is on its way sends nothing more; the button stays enabled, so the focus
     * stays on it.
     */
    SubscriptionsSection.prototype.test = function (item) {
        var self = this;
        var words = this.words;
        if (this.sending[item.id]) {
            return;
        }
        this.sending[item.id] = true;
        this.outcome(words.format('alerts.subscriptions.test.sending', item.target), false);
        m.send('POST', path(item.id, 'test')).then(function (sent) {
            delete self.sending[item.id];
            var watch = {item: item, deliveryId: sent.deliveryId, wait: FIRST_LOOK_MS, timer: null};
            if (self.watch) {
                clearTimeout(self.watch.timer);
            }
            self.watch = watch;
            self.log.show(item.id, false);
            self.follow(watch);
        }).catch(function (error) {
            delete self.sending[item.id];
            self.outcome(error.status === 409 && !item.enabled
                ? words.format('alerts.subscriptions.test.off', item.target)
                : words.format('alerts.subscriptions.test.refused', item.target, error.message), true);
        });
    };

    SubscriptionsSection.prototype.follow = function (watch) {
        var self = this;
        var words = this.words;
        var target = watch.item.target;
        if (this.watch !== watch) {
            return;
        }
        this.log.read(watch.item.id, 1).then(function (answer) {
            if (self.watch !== watch) {
                return;
            }
            self.log.heard(watch.item.id, answer);
            var delivery = answer.items.filter(function (each) {
                return each.id === watch.deliveryId;
            })[0];
            if (!delivery) {
                self.watch = null;
                return;
            }
            var last = delivery.log.length ? delivery.log[delivery.log.length - 1] : null;
            if (delivery.state === 'delivered') {
                self.watch = null;
                self.outcome(words.format('alerts.subscriptions.test.delivered', target, delivery.lastStatus,
                    last ? last.latencyMs : words.get('monitoring.delta.none')), false);
                self.load();
                return;
            }
            if (delivery.state === 'failed') {
                self.watch = null;
                self.outcome(words.format('alerts.subscriptions.test.failed', target, delivery.attempts,
                    self.log.why(delivery.lastStatus, delivery.lastError)), true);
                self.load();
                return;
            }
            self.outcome(delivery.attempts === 0 ? words.format('alerts.subscriptions.test.waiting', target)
                : words.format('alerts.subscriptions.test.retrying', target, delivery.attempts,
                    self.log.why(delivery.lastStatus, delivery.lastError),
                    delivery.nextAttemptAt ? self.formats.time(delivery.nextAttemptAt) : words.get('monitoring.delta.none')),
                false);
            self.again(watch);
        }).catch(function (error) {
            if (self.watch !== watch) {
                return;
            }
            if (error.status === 404) {
                self.watch = null;
                return;
            }
            self.outcome(words.format('monitoring.failed', error.message), true);
            self.again(watch);
        });
    };

    SubscriptionsSection.prototype.again = function (watch) {
        var self = this;
        watch.timer = setTimeout(function () {
            self.follow(watch);
        }, watch.wait);
        watch.wait = Math.min(LONGEST_LOOK_MS, watch.wait * 1.5);
    };

    /** The delivery log of one subscription at a time, newest first, a page at a time. */
    function DeliveryLog(subscriptions, words, formats) {
        var self = this;
        this.subscriptions = subscriptions;
        this.words = words;
        this.formats = formats;
        this.table = document.getElementById('deliveryTable');
        this.choice = document.getElementById('deliveryFor');
        this.paging = document.querySelector('.paging[data-for="deliveryTable"]');
        this.page = 1;
        // The page shown, null before the first.
        this.shown = null;
        // Deliveries whose attempts are shown, kept open as the log is read again.
        this.open = {};
        // Alerts named by deliveries, each read once: GET api/v1/alerts/{id}.
        this.alerts = {};
        this.asked = 0;
        this.choice.addEventListener('change', function () {
            self.page = 1;
            self.open = {};
            self.load();
        });
        document.getElementById('deliveryChoice').addEventListener('submit', function (event) {
            event.preventDefault();
            self.load();
        });
        document.getElementById('deliveriesRefresh').addEventListener('click', function () {
            self.load();
        });
        this.paging.querySelector('[data-page="previous"]').addEventListener('click', function () {
            self.page = Math.max(1, self.page - 1);
            self.load();
        });
        this.paging.querySelector('[data-page="next"]').addEventListener('click', function () {
            self.page += 1;
            self.load();
        });
        this.table.tBodies[0].addEventListener('click', function (event) {
            var button = event.target.closest('button[aria-controls]');
            if (button) {
                var expanded = button.getAttribute('aria-expanded') !== 'true';
                button.setAttribute('aria-expanded', String(expanded));
                document.getElementById(button.getAttribute('aria-controls')).hidden = !expanded;
                var id = button.closest('tr').getAttribute('data-id');
                if (expanded) {
                    self.open[id] = true;
                } else {
                    delete self.open[id];
                }
            }
        });
    }

    /**
     * The subscriptions to choose from, the one chosen kept while it exists; the log read again only when another
     * one is chosen now, since what changes a log (a test event) reads it itself.
     */
    DeliveryLog.prototype.choices = function (items) {
        var chosen = this.choice.value;
        this.choice.replaceChildren();
        var choice = this.choice;
        var words = this.words;
        items.forEach(function (item) {
            var option = m.element('option', null, item.target + (item.description ? ' · ' + item.description : '')
                + ' (' + words.get('alerts.subscriptions.channel.' + item.channel) + ')');
            option.value = item.id;
            choice.appendChild(option);
        });
        this.choice.disabled = !items.length;
        var kept = items.some(function (item) {
            return item.id === chosen;
        });
        if (kept) {
            this.choice.value = chosen;
        } else {
            this.page = 1;
            this.open = {};
        }
        if (!kept || this.shown === null) {
            this.load();
        } else {
            document.getElementById('deliveryCaption').textContent = this.words.format('alerts.deliveries.caption',
                this.subscriptions.find(chosen).target);
        }
    };

    /** Shows the log of {@code id} from its first page; {@code focus}: moves the focus to the log. */
    DeliveryLog.prototype.show = function (id, focus) {
        if (this.choice.value !== id) {
            this.choice.value = id;
            this.open = {};
        }
        this.page = 1;
        if (focus) {
            document.getElementById('deliveriesTitle').focus();
        }
        return this.load();
    };

    DeliveryLog.prototype.read = function (id, page) {
        return m.read(path(id, 'deliveries') + '?page=' + page + '&size=' + LOG_SIZE);
    };

    DeliveryLog.prototype.load = function () {
        var self = this;
        var id = this.choice.value;
        if (!id) {
            this.render(null, null);
            return Promise.resolve();
        }
        var page = this.page;
        var asked = ++this.asked;
        return this.read(id, page).then(function (answer) {
            if (asked !== self.asked) {
                return;
            }
            var pages = Math.max(1, Math.ceil(answer.total / answer.size));
            if (page > pages) {
                self.page = pages;
                return self.load();
            }
            self.failure(null);
            self.render(id, answer);
        }).catch(function (error) {
            if (asked === self.asked) {
                self.failure(error);
            }
        });
    };

    /** A page read by someone else (a test event followed): shown when it is the page on show. */
    DeliveryLog.prototype.heard = function (id, answer) {
        if (this.choice.value === id && this.page === answer.page) {
            this.asked++;
            this.render(id, answer);
        }
    };

    DeliveryLog.prototype.failure = function (error) {
        var box = document.getElementById('deliveriesFailure');
        box.hidden = error === null;
        box.textContent = error === null ? '' : this.words.format('monitoring.failed', error.message);
    };

    /** "Status 503", the error a sender recorded, or both. */
    DeliveryLog.prototype.why = function (status, error) {
        var parts = [];
        if (status !== null && status !== undefined) {
            parts.push(this.words.format('alerts.deliveries.status', status));
        }
        if (error) {
            parts.push(error);
        }
        return parts.length ? parts.join(': ') : this.words.get('monitoring.delta.none');
    };

    DeliveryLog.prototype.render = function (id, answer) {
        var self = this;
        var words = this.words;
        var body = this.table.tBodies[0];
        var none = words.get('monitoring.delta.none');
        this.shown = answer;
        var focused = focusIn(body, '.attempts-toggle', function () {
            return '.attempts-toggle';
        });
        body.replaceChildren();
        var item = id ? this.subscriptions.find(id) : null;
        document.getElementById('deliveryCaption').textContent = item
            ? words.format('alerts.deliveries.caption', item.target) : this.table.getAttribute('data-no-subscription');
        this.paging.hidden = answer === null;
        document.getElementById('deliveriesUpdated').textContent = answer === null ? ''
            : words.format('monitoring.updated', this.formats.time(new Date()));
        if (answer === null) {
            focused.restore(document.getElementById('deliveriesTitle'));
            return;
        }
        if (!answer.items.length) {
            var empty = m.element('tr', 'empty-row');
            m.cell(empty, this.table.getAttribute('data-none'), 'empty').colSpan = 8;
            body.appendChild(empty);
        }
        answer.items.forEach(function (delivery) {
            var row = m.element('tr', 'delivery-row delivery-' + delivery.state);
            row.setAttribute('data-id', delivery.id);
            row.setAttribute('data-state', delivery.state);
            var type = m.element('th', 'delivery-type', self.type(delivery.type));
            type.scope = 'row';
            row.appendChild(type);
            self.alertCell(m.cell(row, null, 'delivery-alert'), delivery.alertId);
            var state = m.cell(row, null, 'delivery-state');
            state.appendChild(m.element('span', 'state-chip delivery-chip-' + delivery.state,
                words.get('alerts.deliveries.state.' + delivery.state)));
            var attempts = m.cell(row, null, 'number delivery-attempts');
            var detailId = 'delivery-attempts-' + delivery.id;
            if (delivery.log.length) {
                var toggle = m.element('button', 'button attempts-toggle',
                    words.count('alerts.deliveries.attempts.show', delivery.log.length));
                toggle.type = 'button';
                toggle.setAttribute('aria-expanded', String(!!self.open[delivery.id]));
                toggle.setAttribute('aria-controls', detailId);
                attempts.appendChild(toggle);
            } else {
                attempts.textContent = String(delivery.attempts);
            }
            m.cell(row, self.formats.time(delivery.createdAt), 'delivery-at');
            m.cell(row, delivery.state === 'pending' && delivery.nextAttemptAt ? self.formats.time(delivery.nextAttemptAt)
                : none, 'delivery-next');
            m.cell(row, delivery.lastStatus === null || delivery.lastStatus === undefined ? none
                : String(delivery.lastStatus), 'number delivery-status');
            m.cell(row, delivery.lastError || none, 'delivery-error');
            body.appendChild(row);
            if (delivery.log.length) {
                body.appendChild(self.attempts(delivery, detailId));
            }
        });
        var pages = Math.max(1, Math.ceil(answer.total / answer.size));
        this.paging.querySelector('.paging-status').textContent = words.format('monitoring.paging.status',
            answer.page, pages, answer.total);
        this.paging.querySelector('[data-page="previous"]').disabled = answer.page <= 1;
        this.paging.querySelector('[data-page="next"]').disabled = answer.page >= pages;
        focused.restore(document.getElementById('deliveriesTitle'));
    };

    /** "Test event", "Alert raised", or the CloudEvent's type as it is when the page has no words for it. */
    DeliveryLog.prototype.type = function (type) {
        var key = 'alerts.deliveries.type.' + type.substring(type.lastIndexOf('.') + 1);
        return type.indexOf('com.customerhealth.alert.') === 0 && this.words.has(key) ? this.words.get(key) : type;
    };

    /** The row under a delivery that holds its attempts, shown while its button is pressed. */
    DeliveryLog.prototype.attempts = function (delivery, detailId) {
        var words = this.words;
        var formats = this.formats;
        var none = words.get('monitoring.delta.none');
        var row = m.element('tr', 'attempts-row');
        row.id = detailId;
        row.hidden = !this.open[delivery.id];
        var cell = m.cell(row, null, 'attempts-cell');
        cell.colSpan = 8;
        var table = m.element('table', 'data attempts');
        table.appendChild(m.element('caption', null, words.format('alerts.deliveries.attempts.caption',
            this.type(delivery.type), formats.time(delivery.createdAt))));
        var head = m.element('thead');
        var headings = m.element('tr');
        ['number', 'at', 'status', 'latency', 'error'].forEach(function (name) {
            var th = m.element('th', name === 'status' || name === 'latency' || name === 'number' ? 'number' : null,
                words.get('alerts.deliveries.attempt.' + name));
            th.scope = 'col';
            headings.appendChild(th);
        });
        head.appendChild(headings);
        table.appendChild(head);
        var body = m.element('tbody');
        delivery.log.forEach(function (attempt) {
            var line = m.element('tr', 'attempt-row');
            var number = m.element('th', 'number attempt-number', String(attempt.attempt));
            number.scope = 'row';
            line.appendChild(number);
            m.cell(line, formats.time(attempt.at), 'attempt-at');
            m.cell(line, attempt.status === null || attempt.status === undefined ? none : String(attempt.status),
                'number attempt-status');
            m.cell(line, words.format('alerts.deliveries.latency', attempt.latencyMs), 'number attempt-latency');
            m.cell(line, attempt.error || none, 'attempt-error');
            body.appendChild(line);
        });
        table.appendChild(body);
        cell.appendChild(table);
        return row;
    };

    /**
     * The alert a delivery tells of, as a link to its subject's page ("Band drop: Ada Lovelace"), or to the alert
     * list when the alert is no longer there; a dash for a test event, which tells of none.
     */
    DeliveryLog.prototype.alertCell = function (cell, alertId) {
        var words = this.words;
        if (!alertId) {
            cell.textContent = words.get('monitoring.delta.none');
            return;
        }
        if (!this.alerts[alertId]) {
            this.alerts[alertId] = m.read('alerts/' + encodeURIComponent(alertId)).catch(function () {
                return null;
            });
        }
        this.alerts[alertId].then(function (alert) {
            var link;
            if (alert && alert.subject) {
                var kind = words.has('alerts.page.kind.' + alert.kind) ? words.get('alerts.page.kind.' + alert.kind)
                    : alert.kind;
                link = m.element('a', 'subject', words.format('alerts.deliveries.alert', kind, alert.subject.name));
                link.href = m.base + '/scores/' + alert.subject.type + '.xhtml?id=' + encodeURIComponent(alert.subject.id);
            } else {
                link = m.element('a', 'subject', words.get('alerts.deliveries.alert.list'));
                link.href = m.base + '/manager/alerts.xhtml';
            }
            cell.replaceChildren(link);
        });
    };

    /**
     * Where the focus is in {@code body} before its rows are drawn again, so that {@code restore} puts it on the same
     * control of the same row (a row by its {@code data-id}, the control by the selector {@code selectorOf} gives
     * it), or on {@code fallback} when that is gone: a keyboard user's place is not lost to the page's top.
     */
    function focusIn(body, controls, selectorOf) {
        var active = document.activeElement;
        var inside = active && active !== body && body.contains(active);
        var control = inside && active.closest(controls);
        var row = control && control.closest('tr[data-id]');
        var id = row ? row.getAttribute('data-id') : null;
        var selector = control ? selectorOf(control) : null;
        return {
            restore: function (fallback) {
                if (!inside || body.contains(document.activeElement)) {
                    return;
                }
                var again = id && body.querySelector('tr[data-id="' + CSS.escape(id) + '"] ' + selector);
                (again || fallback).focus();
            }
        };
    }

    m.ready(start);
}());
