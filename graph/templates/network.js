/* parleygraph network page. Every text from a document is inserted with textContent. */
(function () {
  'use strict';
  var T0 = performance.now();
  var D = JSON.parse(document.getElementById('pg-data').textContent);
  var OPTIONS = JSON.parse(document.getElementById('pg-options').textContent);
  var CFG = D.config, N = D.nodes, K = CFG.kinds;
  var ACTOR = { person: 1, organization: 1, country: 1 };

  var state = {
    view: 'two',
    kinds: { person: true, organization: true, country: true, meeting: true },
    y0: CFG.years ? CFG.years[0] : null, y1: CFG.years ? CFG.years[1] : null,
    country: '',
    shown: CFG.top ? new Set(CFG.top) : null,
    selected: null,
  };
  var mPass = new Uint8Array(N.length), visible = new Uint8Array(N.length);
  var network = null, nodesDS = null, edgesDS = null, nodesView = null, edgesView = null;
  var edgeShared = {};
  var baseStyle = {};
  var timings = { script: 0, settled: null };
  window.pg = { state: state, timings: timings, settled: false };

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function kindLabel(k) { return K[k] ? K[k].label : k; }
  function plural(n, w) { return n + ' ' + w + (n === 1 ? '' : 's'); }

  // ---- filters -------------------------------------------------------------------------
  function yearsUntouched() {
    return !CFG.years || (state.y0 <= CFG.years[0] && state.y1 >= CFG.years[1]);
  }
  function computeVisible() {
    var untouched = yearsUntouched(), i, n;
    for (i = 0; i < N.length; i++) {
      n = N[i];
      if (n.kind !== 'meeting') continue;
      var ok = true;
      if (state.country && n.cc.indexOf(state.country) < 0) ok = false;
      if (ok && !untouched) ok = n.year !== null && n.year >= state.y0 && n.year <= state.y1;
      mPass[i] = ok ? 1 : 0;
    }
    for (i = 0; i < N.length; i++) {
      n = N[i];
      var v;
      if (n.kind === 'meeting') {
        v = state.view === 'two' && state.kinds.meeting && mPass[i] === 1;
      } else {
        v = state.kinds[n.kind];
        if (v) { v = false; for (var j = 0; j < n.m.length; j++) if (mPass[n.m[j]]) { v = true; break; } }
      }
      if (v && state.shown && !state.shown.has(i)) v = false;
      visible[i] = v ? 1 : 0;
    }
  }
  function edgeVisible(e) {
    if (!visible[e.from] || !visible[e.to]) return false;
    if (state.view === 'one') {
      var s = edgeShared[e.id];
      for (var j = 0; j < s.length; j++) if (mPass[s[j]]) return true;
      return false;
    }
    return true;
  }
  function visibleCount() {
    var c = 0;
    for (var i = 0; i < visible.length; i++) c += visible[i];
    return c;
  }

  // ---- data sets -----------------------------------------------------------------------
  function tooltip(n) {
    var t = el('div');
    var line = n.kind === 'meeting'
      ? [n.date || 'undated', n.type, n.place].filter(Boolean).join(' · ')
      : kindLabel(n.kind) + ' · ' + plural(n.m.length, 'meeting');
    t.textContent = (n.kind === 'meeting' ? n.name : n.name) + '\n' + line;
    return t;
  }
  function nodeItem(n, pos) {
    var k = K[n.kind];
    var item = {
      id: n.id, label: n.kind === 'meeting' ? '' : n.label, value: n.value, shape: k.shape,
      color: { background: k.color, border: shade(k.color), highlight: { background: k.color, border: '#1f2430' },
        hover: { background: k.color, border: '#1f2430' } },
      title: tooltip(n),
    };
    if (n.kind === 'meeting') item.borderWidth = 0;
    if (pos) { item.x = pos[n.id][0]; item.y = pos[n.id][1]; }
    baseStyle[n.id] = { color: item.color, font: { color: '#1f2430' } };
    return item;
  }
  function shade(hex) {
    var v = parseInt(hex.slice(1), 16), r = (v >> 16) * 0.7, g = ((v >> 8) & 255) * 0.7, b = (v & 255) * 0.7;
    return 'rgb(' + Math.round(r) + ',' + Math.round(g) + ',' + Math.round(b) + ')';
  }
  function buildData(view) {
    var pos = D.pos ? D.pos[view] : null, items = [], edges = [], i;
    baseStyle = {}; edgeShared = {};
    for (i = 0; i < N.length; i++) {
      if (view === 'one' && N[i].kind === 'meeting') continue;
      items.push(nodeItem(N[i], pos));
    }
    if (view === 'two') {
      for (i = 0; i < D.two.length; i++) edges.push({ id: i, from: D.two[i][0], to: D.two[i][1] });
    } else {
      for (i = 0; i < D.one.length; i++) {
        var e = D.one[i];
        edges.push({ id: i, from: e[0], to: e[1], value: e[2], title: plural(e[2], 'shared meeting') });
        edgeShared[i] = e[3];
      }
    }
    nodesDS = new vis.DataSet(items);
    edgesDS = new vis.DataSet(edges);
    nodesView = new vis.DataView(nodesDS, { filter: function (it) { return visible[it.id] === 1; } });
    edgesView = new vis.DataView(edgesDS, { filter: edgeVisible });
  }

  // ---- network -------------------------------------------------------------------------
  function markSettled() {
    $('progress').hidden = true;
    if (!window.pg.settled) {
      timings.settled = performance.now() - T0;
      window.pg.settled = true;
      document.body.setAttribute('data-settled', 'true');
    }
  }
  function physicsFor() {
    return CFG.physics || !!state.shown;
  }
  function draw() {
    computeVisible();
    buildData(state.view);
    var opts = JSON.parse(JSON.stringify(OPTIONS));
    if (state.view === 'one') {
      // the one-mode view is dense: lighter edges, longer springs
      opts.edges.scaling = { min: 1, max: 6 };
      opts.edges.color.color = 'rgba(150,160,176,0.35)';
      opts.physics.forceAtlas2Based.springLength = 130;
      opts.physics.forceAtlas2Based.gravitationalConstant = -90;
    }
    opts.physics.enabled = physicsFor() && !(D.pos && !state.shown);
    window.pg.settled = false;
    document.body.removeAttribute('data-settled');
    if (network) network.destroy();
    if (opts.physics.enabled) {
      $('progress').hidden = false;
      $('progress-fill').style.width = '0';
    }
    network = new vis.Network($('network'), { nodes: nodesView, edges: edgesView }, opts);
    window.pg.network = network;
    network.on('stabilizationProgress', function (p) {
      $('progress-fill').style.width = Math.round(100 * p.iterations / p.total) + '%';
      $('progress-text').textContent = 'Laying out… ' + p.iterations + ' / ' + p.total;
    });
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({ physics: { enabled: false } });
      markSettled();
    });
    if (!opts.physics.enabled) network.once('afterDrawing', markSettled);
    network.on('click', function (p) {
      if (p.nodes.length) select(p.nodes[0]);
    });
    network.on('doubleClick', function (p) {
      if (!p.nodes.length) clearSelection();
    });
    updateStats();
    if (state.selected !== null && visible[state.selected]) highlight(state.selected);
  }
  function refresh() {
    computeVisible();
    nodesView.refresh();
    edgesView.refresh();
    updateStats();
    if (state.selected !== null) highlight(state.selected);
  }
  function relayout() {
    // new nodes in the ego view: let physics place them, then stop again
    if (!physicsFor()) return;
    window.pg.settled = false;
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(200);
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({ physics: { enabled: false } });
      markSettled();
    });
  }

  // ---- selection, neighbourhood highlight, side panel ------------------------------------
  var dimmed = false;
  function highlight(id) {
    if (!nodesDS.get(id)) return;
    var near = new Set(network.getConnectedNodes(id)); near.add(id);
    var upd = [];
    nodesDS.forEach(function (it) {
      if (!visible[it.id]) return;
      if (near.has(it.id)) upd.push({ id: it.id, color: baseStyle[it.id].color, font: { color: '#1f2430' } });
      else upd.push({ id: it.id, color: { background: '#e6e8ec', border: '#d9dce2' }, font: { color: 'rgba(31,36,48,0.25)' } });
    });
    nodesDS.update(upd);
    dimmed = true;
  }
  function unhighlight() {
    if (!dimmed) return;
    var upd = [];
    nodesDS.forEach(function (it) { upd.push({ id: it.id, color: baseStyle[it.id].color, font: baseStyle[it.id].font }); });
    nodesDS.update(upd);
    dimmed = false;
  }
  function clearSelection() {
    state.selected = null;
    unhighlight();
    if (network) network.unselectAll();
    $('panel').hidden = true;
  }
  function select(id, focus) {
    var n = N[id];
    if (!n) return;
    if (state.view === 'one' && n.kind === 'meeting') {
      showPanel(n); state.selected = null; unhighlight(); return;
    }
    if (state.shown && !state.shown.has(id)) { expand(id); }
    state.selected = id;
    showPanel(n);
    if (visible[id] && nodesDS.get(id)) {
      network.selectNodes([id]);
      highlight(id);
      if (focus) network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: false });
    }
  }
  function expand(id) {
    if (!state.shown) return;
    state.shown.add(id);
    var n = N[id];
    if (n.kind === 'meeting') n.p.forEach(function (p) { state.shown.add(p.n); });
    else n.m.forEach(function (m) {
      state.shown.add(m);
      if (state.view === 'one') N[m].p.forEach(function (p) { state.shown.add(p.n); });
    });
    refresh();
    relayout();
  }
  function nodeLink(id, text) {
    var a = el('a', 'node', text);
    a.href = '#';
    a.addEventListener('click', function (ev) { ev.preventDefault(); select(id, true); });
    return a;
  }
  function row(dl, term, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', null, term));
    var dd = el('dd');
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  function showPanel(n) {
    var body = $('panel-body');
    body.replaceChildren();
    var k = el('span', 'kind');
    var sw = el('span', 'swatch ' + K[n.kind].shape);
    sw.style.background = K[n.kind].color; sw.style.setProperty('--c', K[n.kind].color);
    k.appendChild(sw); k.appendChild(el('span', null, n.kind === 'meeting' ? (n.type === 'meeting' ? 'Meeting' : 'Meeting · ' + n.type) : kindLabel(n.kind)));
    body.appendChild(k);
    body.appendChild(el('h3', null, n.name));
    if (n.kind === 'meeting') meetingPanel(body, n); else actorPanel(body, n);
    var actions = el('div', 'actions');
    if (state.shown) {
      var b = el('button', null, 'Expand neighbours');
      b.type = 'button';
      b.addEventListener('click', function () { expand(n.id); });
      actions.appendChild(b);
    }
    if (!visible[n.id]) actions.appendChild(el('span', 'muted', 'Hidden by the current filters or view.'));
    body.appendChild(actions);
    if ($('panel').hidden) {
      $('panel').hidden = false;
      if (network) { network.setSize('100%', '100%'); network.redraw(); }
    }
  }
  function actorPanel(body, n) {
    var dl = el('dl');
    row(dl, CFG.measure, CFG.measure === 'degree' ? n.score : n.score.toFixed(4));
    row(dl, 'Meetings', n.m.length);
    if (n.country && n.kind !== 'country') row(dl, 'Country', countryName(n.country));
    body.appendChild(dl);
    if (n.aliases.length) {
      body.appendChild(el('h4', null, 'Also known as'));
      var al = el('div', 'aliases');
      n.aliases.forEach(function (a) { al.appendChild(el('span', null, a)); });
      body.appendChild(al);
    }
    if (n.roles.length) {
      body.appendChild(el('h4', null, 'Roles'));
      var ul = el('ul');
      n.roles.forEach(function (r) {
        var li = el('li', null, r.role + (r.org ? ', ' + r.org : ''));
        li.appendChild(el('span', 'sub', (r.date ? 'seen ' + r.date : 'undated') + (r.doc ? ' · ' + r.doc : '')));
        ul.appendChild(li);
      });
      body.appendChild(ul);
    }
    body.appendChild(el('h4', null, 'Meetings (' + n.m.length + ')'));
    var ml = el('ul');
    n.m.slice().sort(function (a, b) { return (N[b].date || '').localeCompare(N[a].date || ''); })
      .forEach(function (mid) {
        var m = N[mid], li = el('li');
        li.appendChild(nodeLink(mid, m.name));
        li.appendChild(el('span', 'sub', [m.date || 'undated', m.type, m.place].filter(Boolean).join(' · ')));
        ml.appendChild(li);
      });
    body.appendChild(ml);
  }
  function meetingPanel(body, n) {
    var dl = el('dl');
    var date = n.start && n.end && n.end !== n.start ? n.start + ' – ' + n.end : (n.start || n.date || 'undated');
    row(dl, 'Date', date + (n.inferred ? ' (inferred)' : ''));
    row(dl, 'Place', n.place);
    row(dl, 'Format', n.format);
    row(dl, 'Type', n.type);
    if (n.status && n.status !== 'held') row(dl, 'Status', n.status);
    body.appendChild(dl);
    body.appendChild(el('h4', null, n.sources.length > 1 ? 'Evidence (' + n.sources.length + ' reports)' : 'Evidence'));
    n.sources.forEach(function (s) {
      body.appendChild(el('blockquote', 'evidence', s.evidence));
      var src = el('div', 'source');
      src.appendChild(el('span', null, 'Source: ' + s.doc + (s.item ? ' (item ' + (s.item + 1) + ')' : '')));
      if (s.headline) { src.appendChild(el('br')); src.appendChild(el('span', 'headline', s.headline)); }
      if (s.published) { src.appendChild(el('br')); src.appendChild(el('span', null, 'Published ' + s.published)); }
      body.appendChild(src);
    });
    body.appendChild(el('h4', null, 'Participants (' + n.p.length + ')'));
    var ul = el('ul');
    n.p.forEach(function (p) {
      var a = N[p.n], li = el('li');
      li.appendChild(nodeLink(p.n, a.name));
      var sub = [kindLabel(a.kind)];
      if (p.role) sub.push(p.role);
      if (p.part && p.part !== 'participant') sub.push(p.part);
      li.appendChild(el('span', 'sub', sub.join(' · ')));
      ul.appendChild(li);
    });
    body.appendChild(ul);
  }
  var CN = {};
  CFG.countries.forEach(function (c) { CN[c[0]] = c[1]; });
  function countryName(c) { return CN[c] || c; }

  // ---- search --------------------------------------------------------------------------
  var index = N.map(function (n) {
    return [n.name, n.label].concat(n.aliases).join('\u0001').toLowerCase();
  });
  var results = [], active = -1;
  function search(q) {
    var ul = $('results');
    ul.replaceChildren(); results = []; active = -1;
    q = q.trim().toLowerCase();
    if (q.length < 2) { ul.hidden = true; return; }
    var starts = [], contains = [];
    for (var i = 0; i < N.length; i++) {
      if (state.view === 'one' && N[i].kind === 'meeting') continue;
      var p = index[i].indexOf(q);
      if (p < 0) continue;
      (p === 0 || index[i].charAt(p - 1) === ' ' || index[i].charAt(p - 1) === '\u0001' ? starts : contains).push(i);
    }
    var byScore = function (a, b) { return (N[a].kind === 'meeting') - (N[b].kind === 'meeting') || N[b].value - N[a].value; };
    results = starts.sort(byScore).concat(contains.sort(byScore)).slice(0, 12);
    results.forEach(function (id, r) {
      var n = N[id], li = el('li', visible[id] || state.shown ? null : 'off');
      var sw = el('span', 'swatch ' + K[n.kind].shape);
      sw.style.background = K[n.kind].color; sw.style.setProperty('--c', K[n.kind].color);
      li.appendChild(sw);
      li.appendChild(el('span', 'name', n.name));
      li.appendChild(el('span', 'sub', n.kind === 'meeting' ? (n.date || '') : (n.aliases[0] || '')));
      li.setAttribute('data-id', String(id));
      li.addEventListener('mousedown', function (ev) { ev.preventDefault(); choose(r); });
      ul.appendChild(li);
    });
    if (!results.length) ul.appendChild(el('li', 'off', 'No match'));
    ul.hidden = false;
  }
  function choose(r) {
    if (r < 0 || r >= results.length) return;
    $('results').hidden = true;
    $('search').value = N[results[r]].name;
    select(results[r], true);
  }
  $('search').addEventListener('input', function (e) { search(e.target.value); });
  $('search').addEventListener('keydown', function (e) {
    var items = $('results').children;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!results.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      for (var i = 0; i < items.length; i++) items[i].classList.toggle('active', i === active);
    } else if (e.key === 'Enter') {
      e.preventDefault(); choose(active < 0 ? 0 : active);
    } else if (e.key === 'Escape') {
      $('results').hidden = true;
    }
  });
  $('search').addEventListener('blur', function () { setTimeout(function () { $('results').hidden = true; }, 150); });

  // ---- controls ------------------------------------------------------------------------
  function updateStats() {
    var c = { person: 0, organization: 0, country: 0, meeting: 0 }, shownN = 0;
    for (var i = 0; i < N.length; i++) { c[N[i].kind]++; shownN += visible[i]; }
    $('stats').textContent = plural(CFG.actors, 'actor') + ' · ' + plural(CFG.meetings, 'meeting') +
      ' · ' + shownN + ' shown';
    $('stats').setAttribute('data-shown', String(shownN));
    Object.keys(K).forEach(function (k) {
      var span = document.querySelector('#kinds [data-kind="' + k + '"] .count');
      if (span) span.textContent = String(c[k]);
    });
  }
  CFG.order.forEach(function (k) {
    var lab = el('label'), cb = el('input');
    lab.setAttribute('data-kind', k);
    cb.type = 'checkbox'; cb.checked = true; cb.value = k; cb.id = 'kind-' + k;
    cb.addEventListener('change', function () {
      state.kinds[k] = cb.checked;
      if (state.selected !== null) unhighlight();
      refresh();
    });
    var sw = el('span', 'swatch ' + K[k].shape);
    sw.style.background = K[k].color; sw.style.setProperty('--c', K[k].color);
    lab.appendChild(cb); lab.appendChild(sw); lab.appendChild(el('span', null, K[k].plural));
    lab.appendChild(el('span', 'count'));
    $('kinds').appendChild(lab);
  });
  if (CFG.years) {
    [['year-from', 'y0'], ['year-to', 'y1']].forEach(function (p) {
      var inp = $(p[0]);
      inp.min = CFG.years[0]; inp.max = CFG.years[1]; inp.value = state[p[1]];
      inp.addEventListener('input', function () {
        var v = parseInt(inp.value, 10);
        if (isNaN(v)) return;
        state[p[1]] = v;
        refresh();
      });
    });
    $('years-label').textContent = '(' + CFG.years[0] + '–' + CFG.years[1] + ')';
  } else {
    $('years-box').hidden = true;
  }
  CFG.countries.forEach(function (c) {
    var o = el('option', null, c[1]);
    o.value = c[0];
    $('country').appendChild(o);
  });
  $('country').addEventListener('change', function (e) { state.country = e.target.value; refresh(); });
  Array.prototype.forEach.call(document.querySelectorAll('input[name=view]'), function (r) {
    r.addEventListener('change', function () {
      if (!r.checked) return;
      state.view = r.value;
      $('kind-meeting').disabled = state.view === 'one';
      var keep = state.selected;
      if (keep !== null && N[keep].kind === 'meeting' && state.view === 'one') keep = null;
      draw();
      if (keep !== null) select(keep); else clearSelection();
    });
  });
  $('panel-close').addEventListener('click', function () {
    clearSelection();
    if (network) { network.setSize('100%', '100%'); network.redraw(); }
  });
  $('measure').textContent = CFG.measure === 'pagerank' ? 'PageRank (actors), participants (meetings)'
    : 'number of meetings (actors), participants (meetings)';
  if (CFG.top) {
    $('top-box').hidden = false;
    $('top-note').textContent = 'Large network: showing the top ' + CFG.top.length + ' of ' +
      CFG.actors + ' actors by ' + CFG.measure + '. Search finds any actor; select a node and ' +
      '"Expand neighbours" to grow the view.';
    $('reset-top').addEventListener('click', function () {
      state.shown = new Set(CFG.top); clearSelection(); draw();
    });
  }

  timings.script = performance.now() - T0;
  window.pg.select = function (id) { select(id, true); };
  window.pg.visibleCount = visibleCount;
  window.pg.visibleIds = function () {
    var out = [];
    for (var i = 0; i < visible.length; i++) if (visible[i]) out.push(i);
    return out;
  };
  window.pg.node = function (id) { return N[id]; };
  window.pg.findNode = function (iri) { for (var i = 0; i < N.length; i++) if (N[i].iri === iri) return i; return -1; };
  draw();
})();
