/* parleygraph's SPARQL page: YASGUI on this server's endpoint, nothing fetched from elsewhere. */
(function () {
  'use strict';
  var CFG = JSON.parse(document.getElementById('pg-config').textContent);
  var ENDPOINT = location.origin + CFG.endpoint;
  function el(tag, text) { var e = document.createElement(tag); if (text) e.textContent = text; return e; }
  // autocompleters that ask prefix.cc and LOV are off: the page stays offline
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  var prefixLines = Object.keys(CFG.prefixes).sort().map(function (k) { return 'PREFIX ' + k + ': <' + CFG.prefixes[k] + '>'; });
  var first = CFG.examples.length ? CFG.examples[0].query : prefixLines.join('\n') + '\nSELECT * WHERE { ?s ?p ?o } LIMIT 10\n';
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: ENDPOINT, method: 'POST' },
    copyEndpointOnNewTab: true, persistenceId: null, populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: ENDPOINT }]; } },
    yasqe: { value: first, autocompleters: ['variables'] },
    yasr: { prefixes: CFG.prefixes },
  });
  window.pgQuery = { yasgui: yasgui };
  function tab() { return yasgui.getTab(); }
  function run(q) { tab().setQuery(q); tab().query(); }

  var list = document.getElementById('example-list');
  CFG.examples.forEach(function (ex) {
    var li = el('li'), b = el('button', ex.name);
    b.type = 'button'; b.setAttribute('data-example', ex.name);
    b.addEventListener('click', function () { run(ex.query); });
    li.appendChild(b); li.appendChild(el('p', ex.comment));
    list.appendChild(li);
  });
  var dl = document.getElementById('prefix-list');
  Object.keys(CFG.prefixes).sort().forEach(function (k) { dl.appendChild(el('dt', k + ':')); dl.appendChild(el('dd', CFG.prefixes[k])); });
  document.getElementById('add-prefixes').addEventListener('click', function () {
    tab().getYasqe().addPrefixes(CFG.prefixes);
  });

  // an entity in the results opens a query about it (its properties and what points to it)
  var OURS = [CFG.base, 'https://w3id.org/parleygraph/'];
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('.yasr a');
    if (!a || !a.href) return;
    var iri = a.getAttribute('href');
    if (!OURS.some(function (p) { return iri.indexOf(p) === 0; })) return;
    e.preventDefault();
    run('# everything about <' + iri + '>\nSELECT ?subject ?property ?value WHERE {\n' +
      '  { BIND(<' + iri + '> AS ?subject) <' + iri + '> ?property ?value }\n' +
      '  UNION { BIND(<' + iri + '> AS ?value) ?subject ?property <' + iri + '> }\n} ORDER BY ?property LIMIT 1000\n');
  }, true);

  function download(fmt) {
    var status = document.getElementById('download-status');
    var accept = fmt === 'csv' ? 'text/csv' : 'application/sparql-results+json';
    status.textContent = 'Running…';
    fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': accept },
      body: 'query=' + encodeURIComponent(tab().getQuery()) })
      .then(function (r) {
        if (!r.ok) return r.text().then(function (t) { throw new Error(t); });
        return r.blob();
      })
      .then(function (blob) {
        var a = el('a'); a.href = URL.createObjectURL(blob); a.download = 'results.' + fmt;
        document.body.appendChild(a); a.click(); a.remove();
        status.textContent = 'Downloaded results.' + fmt;
        window.pgQuery.lastDownload = { name: 'results.' + fmt, size: blob.size };
      })
      .catch(function (err) { status.textContent = 'Failed: ' + err.message; });
  }
  document.getElementById('download-csv').addEventListener('click', function () { download('csv'); });
  document.getElementById('download-json').addEventListener('click', function () { download('json'); });
})();
