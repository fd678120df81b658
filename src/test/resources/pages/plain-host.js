// Names the customers and companies the query string lists (?customers=a,b&companies=c), as a
// helpdesk's own page would mark its names.
const query = new URLSearchParams(location.search);
for (const [kind, key] of [['customer', 'customers'], ['company', 'companies']]) {
    for (const id of (query.get(key) || '').split(',').filter(Boolean)) {
        const item = document.createElement('li');
        const name = document.createElement('span');
        name.setAttribute('data-chm-' + kind, id);
        name.textContent = kind + ' ' + id;
        item.appendChild(name);
        document.getElementById('people').appendChild(item);
    }
}
