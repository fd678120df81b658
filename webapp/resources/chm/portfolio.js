/*
 * The portfolio dashboard (manager/portfolio.xhtml): band counts, the stacked trend of 90 days with the
 * saves of the rules marked, the movers and risers, and the tables of customers and companies, all read
 * from the monitoring API and read again, at most once a second, while scores change.
 */
(function () {
    'use strict';

    var m = window.CustomerHealthMonitoring;

    function start() {
        var root = document.getElementById('portfolio');
        m.texts().then(function (words) {
            var formats = new m.Formats(words);
            var exportLink = document.getElementById('export');
            var csv = root.getAttribute('data-csv');
            var customers = new m.ScoreTable('customers', document.getElementById('customerTable'),
                document.getElementById('customerFilter'), words, function (query) {
                    // The download holds exactly the rows the table filters, in its order, on every page.
                    exportLink.href = csv + '?' + query;
                });
            var companies = new m.ScoreTable('companies', document.getElementById('companyTable'),
                document.getElementById('companyFilter'), words);
            var latest = null;

            function refresh() {
                return Promise.all([m.read('portfolio'), customers.load(), companies.load()]).then(function (answers) {
                    latest = answers[0];
                    show(latest, words, formats);
                    m.failure(null, words);
                    document.getElementById('updated').textContent = words.format('monitoring.updated',
                        formats.time(new Date())) + ' · ' + words.get('monitoring.live');
                }).catch(function (error) {
                    m.failure(error, words);
                });
            }

            refresh();
            m.follow(refresh);
            m.onSchemeChange(function () {
                if (latest) {
                    trend(latest, words, formats);
                }
            });
        });
    }

    function show(portfolio, words, formats) {
        var counts = portfolio.customers;
        document.querySelectorAll('#counts [data-count]').forEach(function (number) {
            var band = number.getAttribute('data-count');
            number.textContent = String(counts[band === 'no_data' ? 'noData' : band]);
        });
        var companies = portfolio.companies;
        document.getElementById('companyCounts').textContent = words.format('monitoring.counts.companies',
            companies.healthy, companies.average, companies.poor, companies.noData);
        trend(portfolio, words, formats);
        movers(document.getElementById('movers'), portfolio.movers, formats);
        movers(document.getElementById('risers'), portfolio.risers, formats);
    }

    function movers(list, rows, formats) {
        list.replaceChildren();
        if (!rows.length) {
            list.appendChild(m.element('li', 'none', list.getAttribute('data-none')));
            return;
        }
        rows.forEach(function (row) {
            var item = m.element('li');
            item.setAttribute('data-id', row.id);
            item.appendChild(m.subjectLink('customer', row.id, row.name));
            item.appendChild(m.element('span', 'delta ' + m.trendClass(row.delta7), formats.delta(row.delta7)));
            item.appendChild(m.element('span', 'muted', formats.score(row.score)));
            item.appendChild(m.element('span', 'last-change', formats.lastChange(row)));
            list.appendChild(item);
        });
    }

    function trend(portfolio, words, formats) {
        var days = portfolio.trend;
        var palette = m.colours();
        var at = days.map(function (day) {
            return Date.parse(day.day + 'T00:00:00Z');
        });
        var bands = [
            {key: 'poor', label: words.get('band.poor'), colour: palette.poor},
            {key: 'average', label: words.get('band.average'), colour: palette.average},
            {key: 'healthy', label: words.get('band.healthy'), colour: palette.healthy},
            {key: 'noData', label: words.get('band.no_data'), colour: palette.noData}
        ];
        var saves = portfolio.configurationChanges.map(function (save) {
            return Date.parse(save.at.substring(0, 10) + 'T00:00:00Z');
        });
        var canvas = document.getElementById('trendChart');
        m.chart(canvas, {
            type: 'bar',
            data: {
                labels: at,
                datasets: bands.map(function (band) {
                    return {
                        label: band.label,
                        data: days.map(function (day) {
                            return day[band.key];
                        }),
                        backgroundColor: band.colour,
                        borderWidth: 0,
                        barPercentage: 1,
                        categoryPercentage: 0.9
                    };
                })
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                interaction: {mode: 'index', intersect: false},
                scales: m.axes(palette, {
                    type: 'category', stacked: true,
                    ticks: {
                        maxRotation: 0, autoSkip: true, maxTicksLimit: 10,
                        callback: function (value) {
                            return formats.dayOfMonth(at[value]);
                        }
                    }
                }, {stacked: true, beginAtZero: true, ticks: {precision: 0}}),
                plugins: {
                    legend: {labels: {color: palette.ink}},
                    tooltip: {callbacks: {title: function (items) {
                        return formats.date(at[items[0].dataIndex]);
                    }}},
                    chmSaveLines: {instants: saves.map(function (save) {
                        return at.indexOf(save);
                    }).filter(function (index) {
                        return index >= 0;
                    }), colour: palette.save}
                }
            }
        });
        canvas.setAttribute('data-days', String(days.length));
        m.fillTable(document.getElementById('trendTable'), days.slice().reverse().map(function (day) {
            return [formats.date(Date.parse(day.day + 'T00:00:00Z')), day.healthy, day.average, day.poor, day.noData];
        }));
        var savesLine = document.getElementById('trendSaves');
        savesLine.hidden = !portfolio.configurationChanges.length;
        savesLine.textContent = words.format('monitoring.trend.saves', portfolio.configurationChanges.map(function (save) {
            return words.format('monitoring.trend.save', save.version, save.savedBy, formats.time(save.at));
        }).join('; '));
    }

    m.ready(start);
}());
