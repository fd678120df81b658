/*
 * The settings page's scripts, all from this file (the page's policy runs no inline script):
 * - choosing a preset applies it at once, and Preview shows its counts, both in a partial request that
 *   redraws the form (without scripts, the page's own buttons do the same with a full request);
 * - while every score is recomputed after a save, asks how far the recomputation has come twice a
 *   second and shows it, until it is done;
 * - the rebuild button asks for the state to be rebuilt from the journal and follows it the same way;
 * - Preview brings its counts into view, and Restore asks once more before it acts.
 */
(function () {
    'use strict';

    document.documentElement.classList.add('scripted');

    function partial(source, event) {
        event.preventDefault();
        var previewing = source.id === 'settings:preview';
        faces.ajax.request(source, event, {
            execute: '@form', render: '@form', onevent: function (data) {
                // The preview's counts come below the buttons: they are brought into view and focus.
                var title = previewing && data.status === 'success' && document.getElementById('previewTitle');
                if (title) {
                    title.scrollIntoView({block: 'start'});
                    title.focus();
                }
            }
        });
    }

    // The preset's own button sends it: the server acts on a button clicked, not on a list changed.
    document.addEventListener('change', function (event) {
        if (event.target.id === 'settings:preset' && event.target.value) {
            document.getElementById('settings:applyPreset').click();
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-partial]');
        if (button) {
            partial(button, event);
        }
        // A restore changes every score: it is asked for once more before it is sent.
        var restore = event.target.closest && event.target.closest('[data-confirm]');
        if (restore && !window.confirm(restore.dataset.confirm)) {
            event.preventDefault();
        }
    });

    function follow(panel) {
        if (!panel || panel.dataset.finished === 'true' || panel.dataset.following) {
            return;
        }
        panel.dataset.following = 'true';
        var bar = panel.querySelector('progress');
        // Against the page's origin: a page opened with credentials in its address may not fetch them along.
        var url = new URL(panel.dataset.url, window.location.origin).href;
        var show = function (progress) {
            bar.value = progress.percent;
            bar.textContent = progress.percent + ' %';
            panel.querySelector('.percent').textContent = progress.percent;
            panel.querySelector('.done').textContent = progress.done;
            panel.querySelector('.total').textContent = progress.total;
            panel.querySelector('.version').textContent = progress.version;
        };
        var ask = function () {
            fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (answer) {
                    if (!answer.ok) {
                        throw new Error('progress answered ' + answer.status);
                    }
                    return answer.json();
                })
                .then(function (progress) {
                    show(progress);
                    if (progress.finishedAt) {
                        var state = panel.querySelector('.state');
                        state.textContent = state.dataset.done;
                        panel.dataset.finished = 'true';
                        delete panel.dataset.following;
                    } else {
                        setTimeout(ask, 500);
                    }
                })
                .catch(function () {
                    setTimeout(ask, 2000);
                });
        };
        ask();
    }

    /* The rebuild panel: starts a rebuild through the API and shows its progress until it is done. */
    function rebuild(panel) {
        if (!panel) {
            return;
        }
        var url = new URL(panel.dataset.url, window.location.origin).href;
        var box = panel.querySelector('.rebuild-progress');
        var show = function (progress) {
            box.hidden = false;
            var bar = box.querySelector('progress');
            bar.value = progress.percent;
            bar.textContent = progress.percent + ' %';
            // The phases in the page's language, from the panel's data-phase-* attributes.
            var phase = 'phase' + progress.phase.charAt(0).toUpperCase() + progress.phase.slice(1);
            box.querySelector('.state').textContent = panel.dataset[phase] || progress.phase;
            box.querySelector('.percent').textContent = progress.percent;
            box.querySelector('.done').textContent = progress.done;
            box.querySelector('.total').textContent = progress.total;
        };
        var poll = function () {
            fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (answer) {
                    return answer.ok ? answer.json() : null;
                })
                .then(function (progress) {
                    if (progress) {
                        show(progress);
                        if (!progress.finishedAt) {
                            setTimeout(poll, 500);
                        }
                    }
                })
                .catch(function () {
                    setTimeout(poll, 2000);
                });
        };
        panel.querySelector('#rebuildStart').addEventListener('click', function () {
            fetch(url, {method: 'POST', credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'Content-Type': 'application/json'}, body: '{}'})
                .then(function (answer) {
                    return answer.json();
                })
                .then(function (progress) {
                    show(progress);
                    setTimeout(poll, 300);
                });
        });
        poll();
    }

    function start() {
        follow(document.getElementById('rescoring'));
        rebuild(document.getElementById('rebuild'));
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
