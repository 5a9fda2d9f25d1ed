/* parleygraph network page. Every text from a document is inserted with textContent.
 *
 * One script for both renderers: vis-network (pyvis) for small graphs, sigma.js (WebGL) above.
 * Positions come from the build; this script filters (kinds, dates, country, city, ego view),
 * colours and sizes nodes, places labels (most central first, never overlapping), draws the
 * timeline and the map, finds shortest paths and exports what is shown.
 */
(function () {
  'use strict';
  var T0 = performance.now();
  function $(id) { return document.getElementById(id); }
  var D = JSON.parse($('pg-data').textContent);
  var OPTIONS = JSON.parse($('pg-options').textContent);
  var WORLD = $('pg-world').textContent.trim() ? JSON.parse($('pg-world').textContent) : null;
  var CFG = D.config, N = D.nodes, K = CFG.kinds, P = D.pos, NN = N.length;
  var DIM = '#e6e8ec', GREY = '#b8bec9';

  // ---- indices ---------------------------------------------------------------------------
  var isMeeting = new Uint8Array(NN), nbr = new Array(NN);
  N.forEach(function (n, i) {
    isMeeting[i] = n.kind === 'meeting' ? 1 : 0;
    nbr[i] = n.kind === 'meeting' ? n.p.map(function (p) { return p.n; }) : n.m;
  });
  function monthNo(s) { return parseInt(s.slice(0, 4), 10) * 12 + parseInt(s.slice(5, 7), 10) - 1; }
  function monthName(k) { var y = Math.floor(k / 12), m = k % 12 + 1; return y + '-' + (m < 10 ? '0' : '') + m; }
  var M0 = CFG.months ? monthNo(CFG.months[0]) : 0;
  var NM = CFG.months ? monthNo(CFG.months[1]) - M0 + 1 : 1;
  var mIdx = new Int32Array(NN).fill(-1);
  N.forEach(function (n, i) { if (n.kind === 'meeting' && n.month) mIdx[i] = monthNo(n.month) - M0; });

  var state = {
    view: 'two',
    kinds: { person: true, organization: true, country: true, meeting: true },
    from: 0, to: NM - 1, country: '', place: null, isolated: false,
    colorBy: 'kind', sizeBy: CFG.measures[0],
    ego: null, path: null, pathFrom: null, selected: null,
  };
  var pass = new Uint8Array(NN), visible = new Uint8Array(NN);
  var egoSet = null, pathSet = null, hl = null;
  var timings = { script: 0, settled: null, firstFrame: null };
  var pg = window.pg = { state: state, timings: timings, settled: false, renderer: CFG.renderer, frames: 0 };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function kindLabel(k) { return K[k] ? K[k].label : k; }
  function plural(n, w) { return n + ' ' + w + (n === 1 ? '' : 's'); }
  var CN = {};
  CFG.countries.forEach(function (c) { CN[c[0]] = c[1]; });
  function countryName(c) { return CN[c] || c; }
  var PLACE = {};
  CFG.places.forEach(function (p) { PLACE[p.gid] = p; });

  // ---- filters -------------------------------------------------------------------------
  function rangeFull() { return state.from <= 0 && state.to >= NM - 1; }
  function meetingPasses(i) {
    var n = N[i];
    if (!state.isolated && !n.p.length) return false;
    if (state.country && n.cc.indexOf(state.country) < 0) return false;
    if (state.place !== null && n.gid !== state.place) return false;
    if (!rangeFull()) { var k = mIdx[i]; if (k < state.from || k > state.to) return false; }
    return true;
  }
  function computePass() {
    for (var i = 0; i < NN; i++) pass[i] = isMeeting[i] && meetingPasses(i) ? 1 : 0;
  }
  function egoOf(center, depth) {
    // breadth-first over actor-meeting ties, through passing meetings only
    var hops = isMeeting[center] ? 2 * depth - 1 : 2 * depth;
    var seen = new Set([center]), frontier = [center];
    for (var h = 0; h < hops && frontier.length; h++) {
      var next = [];
      frontier.forEach(function (v) {
        nbr[v].forEach(function (w) {
          if (seen.has(w)) return;
          if (isMeeting[w] && !pass[w]) return;
          if (!isMeeting[w] && isMeeting[v] && !pass[v]) return;
          seen.add(w); next.push(w);
        });
      });
      frontier = next;
    }
    return seen;
  }
  function computeVisible() {
    computePass();
    egoSet = state.ego ? egoOf(state.ego.id, state.ego.depth) : null;
    for (var i = 0; i < NN; i++) {
      var n = N[i], v;
      if (isMeeting[i]) {
        v = state.view === 'two' && state.kinds.meeting && pass[i] === 1;
      } else {
        v = state.kinds[n.kind];
        if (v) { v = false; for (var j = 0; j < n.m.length; j++) if (pass[n.m[j]]) { v = true; break; } }
      }
      if (v && egoSet && !egoSet.has(i)) v = false;
      visible[i] = v ? 1 : 0;
    }
    if (state.path) {
      var ok = state.path.every(function (i) { return visible[i] || (isMeeting[i] && state.view === 'one' && pass[i]); });
      if (!ok) { state.path = null; pathSet = null; }
    }
    hl = pathSet || (state.selected !== null && visible[state.selected] ? neighbourhood(state.selected) : null);
  }
  function neighbourhood(id) {
    var s = new Set([id]);
    nbr[id].forEach(function (w) { if (visible[w]) s.add(w); });
    if (state.view === 'one' && !isMeeting[id]) {
      N[id].m.forEach(function (m) { if (pass[m]) N[m].p.forEach(function (p) { if (visible[p.n]) s.add(p.n); }); });
    }
    return s;
  }
  function visibleEdges() {
    // [a, b, weight, part/date info]; the co-participation view is derived from passing meetings
    var out = [], i;
    if (state.view === 'two') {
      for (i = 0; i < D.two.length; i++) {
        var e = D.two[i];
        if (visible[e[0]] && visible[e[1]]) out.push([e[0], e[1], 1, i]);
      }
      return out;
    }
    var pairs = new Map();
    for (i = 0; i < NN; i++) {
      if (!pass[i]) continue;
      var ps = N[i].p;
      for (var a = 0; a < ps.length; a++) {
        if (!visible[ps[a].n]) continue;
        for (var b = a + 1; b < ps.length; b++) {
          if (!visible[ps[b].n]) continue;
          var x = Math.min(ps[a].n, ps[b].n), y = Math.max(ps[a].n, ps[b].n), key = x * NN + y;
          var r = pairs.get(key);
          if (r) r[2]++; else pairs.set(key, [x, y, 1, -1]);
        }
      }
    }
    pairs.forEach(function (r) { out.push(r); });
    return out;
  }
  function visibleCount() { var c = 0; for (var i = 0; i < NN; i++) c += visible[i]; return c; }

  // ---- colours and sizes -----------------------------------------------------------------
  var maxMeasure = {};
  function measureOf(i, m) {
    var n = N[i];
    if (m === 'degree') return n.m.length;
    var k = CFG.measures.indexOf(m);
    return k < 0 ? n.score : n.mv[k];
  }
  function computeMax() {
    var m = state.sizeBy, best = 0;
    for (var i = 0; i < NN; i++) if (!isMeeting[i]) best = Math.max(best, measureOf(i, m));
    maxMeasure[m] = best || 1;
  }
  function sizeOf(i) {
    if (isMeeting[i]) return 2.5 + 1.2 * Math.sqrt(N[i].p.length);
    var v = measureOf(i, state.sizeBy);
    return 3 + 17 * Math.sqrt(Math.max(v, 0) / maxMeasure[state.sizeBy]);
  }
  function colorOf(i) {
    if (state.colorBy === 'community') {
      var c = N[i].comm;
      return c >= 0 && c < CFG.palette.length ? CFG.palette[c] : GREY;
    }
    return K[N[i].kind].color;
  }
  function shade(hex) {
    var v = parseInt(hex.slice(1), 16), r = (v >> 16) * 0.7, g = ((v >> 8) & 255) * 0.7, b = (v & 255) * 0.7;
    return 'rgb(' + Math.round(r) + ',' + Math.round(g) + ',' + Math.round(b) + ')';
  }

  // ---- renderers -------------------------------------------------------------------------
  // Each gives: init(), update() (visibility, colours, sizes, edges), toScreenFn() (graph ->
  // pixels of #network), radius(i) in pixels, focus(id), fit(), onRender(fn), canvasSize().
  function VisRenderer() {
    var net, nodesDS, edgesDS, nodesView, edgesView, edgeKey = '';
    var SHAPE = {};
    Object.keys(K).forEach(function (k) { SHAPE[k] = K[k].shape; });
    function nodeItem(i) {
      var c = hl && !hl.has(i) ? DIM : colorOf(i);
      return { id: i, x: P[i][0], y: P[i][1], size: sizeOf(i) * 0.75, shape: SHAPE[N[i].kind],
        color: { background: c, border: c === DIM ? '#d9dce2' : shade(c), highlight: { background: c, border: '#1f2430' },
          hover: { background: c, border: '#1f2430' } },
        borderWidth: isMeeting[i] ? 0 : 1, title: tooltip(i), fixed: true };
    }
    this.init = function () {
      var items = [];
      for (var i = 0; i < NN; i++) items.push(nodeItem(i));
      nodesDS = new vis.DataSet(items);
      edgesDS = new vis.DataSet([]);
      nodesView = new vis.DataView(nodesDS, { filter: function (it) { return visible[it.id] === 1; } });
      var opts = JSON.parse(JSON.stringify(OPTIONS));
      opts.interaction.dragNodes = false;
      net = new vis.Network($('network'), { nodes: nodesView, edges: edgesDS }, opts);
      pg.network = net;
      net.on('click', function (p) { if (p.nodes.length) select(p.nodes[0]); });
      net.on('doubleClick', function (p) { if (!p.nodes.length) clearAll(); });
    };
    this.update = function () {
      var upd = [];
      for (var i = 0; i < NN; i++) if (visible[i]) upd.push(nodeItem(i));
      nodesDS.update(upd);
      nodesView.refresh();
      var es = visibleEdges(), key = state.view + ':' + es.length + ':' + (es.length ? es[0][0] + '-' + es[es.length - 1][1] : '');
      var items = es.map(function (e, k) {
        var on = !hl || (hl.has(e[0]) && hl.has(e[1]));
        var it = { id: k, from: e[0], to: e[1], color: { color: on ? (hl ? '#4a5568' : '#c5cad3') : '#eef0f3' } };
        if (state.view === 'one') { it.width = Math.min(1 + Math.log2(e[2]), 6); it.title = plural(e[2], 'shared meeting'); }
        return it;
      });
      edgesDS.clear(); edgesDS.add(items);
      edgeKey = key;
      net.redraw();
    };
    this.toScreenFn = function () {
      var s = net.getScale(), v = net.getViewPosition(), c = $('network');
      var w2 = c.clientWidth / 2, h2 = c.clientHeight / 2;
      return function (i) { return [(P[i][0] - v.x) * s + w2, (P[i][1] - v.y) * s + h2]; };
    };
    this.radius = function (i) { return sizeOf(i) * 0.75 * net.getScale(); };
    this.focus = function (id) { net.focus(id, { scale: Math.max(net.getScale(), 1.2), animation: false }); };
    this.fit = function (ids) { net.fit(ids ? { nodes: ids, animation: false } : { animation: false }); };
    this.onRender = function (fn) { net.on('afterDrawing', fn); };
    this.select = function (id) { if (id !== null && visible[id]) net.selectNodes([id]); else net.unselectAll(); };
    this.resize = function () { net.setSize('100%', '100%'); net.redraw(); };
  }

  function SigmaRenderer() {
    var S = window.PGSigma, graph, sig, edgeView = null, oneEdges = [], first = true;
    this.init = function () {
      graph = new S.Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
      for (var i = 0; i < NN; i++) {
        graph.addNode(i, { x: P[i][0], y: -P[i][1], size: sizeOf(i) * 0.6, color: colorOf(i),
          type: isMeeting[i] ? 'square' : 'circle', label: null });
      }
      // a large graph shows its nodes in the first frame and its edges in the next one
      if (D.two.length <= 20000) setEdges();
      sig = new S.Sigma(graph, $('network'), {
        renderLabels: false, renderEdgeLabels: false, enableEdgeEvents: false,
        defaultEdgeType: 'line', defaultEdgeColor: '#c5cad3', zIndex: false,
        edgeProgramClasses: { line: S.EdgeLineProgram },
        nodeProgramClasses: { circle: S.NodeCircleProgram, square: S.NodeSquareProgram },
        hideEdgesOnMove: false, minCameraRatio: 0.01, maxCameraRatio: 20,
        // sigma hands the reducers a fresh copy of the attributes: changed in place
        nodeReducer: function (key, d) {
          var i = +key;
          if (!visible[i]) { d.hidden = true; return d; }
          if (hl && !hl.has(i)) d.color = DIM;
          if (i === state.selected) d.highlighted = true;
          return d;
        },
        edgeReducer: function (key, d) {
          var e = edgeView === 'two' ? D.two[+key] : oneEdges[+key];
          if (!visible[e[0]] || !visible[e[1]]) { d.hidden = true; return d; }
          d.size = edgeView === 'two' ? 0.5 : Math.min(0.5 + Math.log2(e[2]), 4);
          d.color = hl ? (hl.has(e[0]) && hl.has(e[1]) ? '#4a5568' : '#f1f2f5') : (edgeView === 'two' ? '#c5cad3' : 'rgba(150,160,176,0.5)');
          return d;
        },
      });
      pg.sigma = sig;
      snapshotWhileMoving();
      sig.on('clickNode', function (e) { select(+e.node); });
      sig.on('doubleClickStage', function (e) { e.preventSigmaDefault(); clearAll(); });
      sig.on('afterRender', function () { pg.frames++; });
    };
    // While the camera moves, the last frame is moved and scaled as a bitmap (CSS transform,
    // composited at screen rate) and the graph is drawn again once the movement pauses: a
    // WebGL frame of 100,000 edges takes far longer than 1/30 s on a software rasteriser.
    var drawn = null, idle = null, moving = false, forced = false;
    function affine() {
      var o = sig.graphToViewport({ x: 0, y: 0 }), ax = sig.graphToViewport({ x: 1, y: 0 });
      return { k: ax.x - o.x, x: o.x, y: o.y };
    }
    function layers() {
      var out = Array.prototype.filter.call($('network').querySelectorAll('canvas'),
        function (c) { return !/sigma-mouse/.test(c.className); });
      out.push($('labels'));
      return out;
    }
    function setTransform(t) { layers().forEach(function (c) { c.style.transformOrigin = '0 0'; c.style.transform = t; }); }
    function snapshotWhileMoving() {
      var real = sig.render.bind(sig);
      sig.render = function () {
        if (moving && !forced && drawn) {
          var a = affine(), k = a.k / drawn.k;
          setTransform('matrix(' + k + ',0,0,' + k + ',' + (a.x - k * drawn.x) + ',' + (a.y - k * drawn.y) + ')');
          sig.renderFrame = null;
          pg.frames++;
          return sig;
        }
        setTransform('');
        real();
        drawn = affine();
        return sig;
      };
      var refresh = sig.refresh.bind(sig);
      sig.refresh = function (o) { forced = true; try { return refresh(o); } finally { forced = false; } };
      sig.getCamera().on('updated', function () {
        moving = true;
        clearTimeout(idle);
        idle = setTimeout(function () { moving = false; sig.render(); }, 140);
      });
    }
    this.settle = function () { clearTimeout(idle); moving = false; sig.render(); };
    function setEdges() {
      var want = state.view;
      if (want === 'two' && edgeView === 'two') return;
      graph.clearEdges();
      edgeView = want;
      var es = want === 'two' ? D.two : (oneEdges = visibleEdges());
      for (var k = 0; k < es.length; k++) graph.addUndirectedEdgeWithKey(k, es[k][0], es[k][1]);
    }
    this.update = function () {
      if (first) {  // the constructor has just processed this state
        first = false;
        if (edgeView === null) requestAnimationFrame(function () { requestAnimationFrame(function () {
          setEdges(); sig.refresh(); timings.edges = performance.now();
        }); });
        return;
      }
      for (var i = 0; i < NN; i++) {
        if (!visible[i]) continue;
        graph.mergeNodeAttributes(i, { size: sizeOf(i) * 0.6, color: colorOf(i) });
      }
      if (state.view === 'one' || edgeView !== 'two') { edgeView = state.view === 'one' ? null : edgeView; setEdges(); }
      sig.refresh();
    };
    this.toScreenFn = function () {
      var o = sig.graphToViewport({ x: 0, y: 0 }), ax = sig.graphToViewport({ x: 1, y: 0 }), ay = sig.graphToViewport({ x: 0, y: 1 });
      var a = ax.x - o.x, b = ax.y - o.y, c = ay.x - o.x, d = ay.y - o.y;
      return function (i) { var x = P[i][0], y = -P[i][1]; return [o.x + a * x + c * y, o.y + b * x + d * y]; };
    };
    this.radius = function (i) {
      var ratio = sig.getCamera().getState().ratio;
      return sizeOf(i) * 0.6 / Math.sqrt(ratio);
    };
    this.focus = function (id) {
      var dd = sig.getNodeDisplayData(id);
      if (dd) sig.getCamera().setState({ x: dd.x, y: dd.y, ratio: Math.min(sig.getCamera().getState().ratio, 0.15) });
      this.settle();
    };
    this.fit = function (ids) {
      if (!ids || !ids.length) {
        var c = sig.getCamera().getState();
        if (c.x === 0.5 && c.y === 0.5 && c.ratio === 1 && !c.angle) return;
        sig.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); this.settle(); return;
      }
      var xs = ids.map(function (i) { return sig.getNodeDisplayData(i); }).filter(Boolean);
      var x0 = Math.min.apply(null, xs.map(function (d) { return d.x; })), x1 = Math.max.apply(null, xs.map(function (d) { return d.x; }));
      var y0 = Math.min.apply(null, xs.map(function (d) { return d.y; })), y1 = Math.max.apply(null, xs.map(function (d) { return d.y; }));
      sig.getCamera().setState({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio: Math.max(x1 - x0, y1 - y0, 0.02) * 1.3 });
      this.settle();
    };
    this.onRender = function (fn) { sig.on('afterRender', fn); };
    this.select = function () { sig.refresh(); };
    this.resize = function () { sig.resize(); sig.refresh(); };
  }

  function tooltip(i) {
    var n = N[i], t = el('div');
    var line = n.kind === 'meeting'
      ? [n.date || 'undated', n.type, n.place].filter(Boolean).join(' · ')
      : kindLabel(n.kind) + ' · ' + plural(n.m.length, 'meeting');
    t.textContent = n.name + '\n' + line;
    return t;
  }

  var R = CFG.renderer === 'vis' ? new VisRenderer() : new SigmaRenderer();

  // ---- labels: most central first, never overlapping --------------------------------------
  var lc = $('labels'), lctx = lc.getContext('2d'), LFONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  var labW = new Float32Array(NN).fill(-1), placed = [];
  var prio = [];
  for (var pi = 0; pi < NN; pi++) prio.push(pi);
  function rankPrio() {
    prio.sort(function (a, b) {
      return (isMeeting[a] - isMeeting[b]) || (sizeOf(b) - sizeOf(a)) || (a - b);
    });
  }
  var MAX_LABELS = 350;
  function labelText(i) { return N[i].label; }
  function drawLabels() {
    var dpr = window.devicePixelRatio || 1, w = lc.clientWidth, h = lc.clientHeight;
    if (lc.width !== Math.round(w * dpr) || lc.height !== Math.round(h * dpr)) {
      lc.width = Math.round(w * dpr); lc.height = Math.round(h * dpr);
    }
    lctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    lctx.clearRect(0, 0, w, h);
    lctx.font = LFONT; lctx.textBaseline = 'middle';
    placed = [];
    var toS = R.toScreenFn(), cell = 80, grid = new Map();
    function hit(b) {
      var c0 = Math.floor(b[0] / cell), c1 = Math.floor((b[0] + b[2]) / cell), r0 = Math.floor(b[1] / cell), r1 = Math.floor((b[1] + b[3]) / cell);
      for (var cx = c0; cx <= c1; cx++) for (var cy = r0; cy <= r1; cy++) {
        var list = grid.get(cx * 100003 + cy);
        if (!list) continue;
        for (var k = 0; k < list.length; k++) {
          var o = list[k];
          if (b[0] < o[0] + o[2] && o[0] < b[0] + b[2] && b[1] < o[1] + o[3] && o[1] < b[1] + b[3]) return true;
        }
      }
      return false;
    }
    function put(b) {
      var c0 = Math.floor(b[0] / cell), c1 = Math.floor((b[0] + b[2]) / cell), r0 = Math.floor(b[1] / cell), r1 = Math.floor((b[1] + b[3]) / cell);
      for (var cx = c0; cx <= c1; cx++) for (var cy = r0; cy <= r1; cy++) {
        var key = cx * 100003 + cy, list = grid.get(key);
        if (!list) grid.set(key, list = []);
        list.push(b);
      }
    }
    function tryLabel(i) {
      var s = toS(i), x = s[0], y = s[1];
      if (x < -50 || y < -20 || x > w + 10 || y > h + 20) return;
      var r = R.radius(i);
      if (labW[i] < 0) labW[i] = lctx.measureText(labelText(i)).width;
      var b = [x + r + 3, y - 8, labW[i] + 2, 16];
      if (b[0] + b[2] > w || b[0] < 0 || b[1] < 0 || b[1] + b[3] > h) return;
      if (hit(b)) return;
      put(b); placed.push([i, b[0], b[1], b[2], b[3]]);
    }
    var first = [];
    if (state.selected !== null && visible[state.selected]) first.push(state.selected);
    if (hl) hl.forEach(function (i) { if (i !== state.selected) first.push(i); });
    first.forEach(function (i) { if (visible[i] && placed.length < MAX_LABELS) tryLabel(i); });
    if (!hl) {
      for (var k = 0; k < NN && placed.length < MAX_LABELS; k++) {
        var i = prio[k];
        if (visible[i] && i !== state.selected) tryLabel(i);
      }
    }
    lctx.lineJoin = 'round'; lctx.lineWidth = 3; lctx.strokeStyle = 'rgba(255,255,255,0.92)';
    placed.forEach(function (p) {
      var t = labelText(p[0]), y = p[2] + 8;
      lctx.strokeText(t, p[1] + 1, y);
      lctx.fillStyle = isMeeting[p[0]] ? '#5b5575' : '#1f2430';
      lctx.fillText(t, p[1] + 1, y);
    });
  }
  var labelQueued = false;
  function queueLabels() {
    if (labelQueued) return;
    labelQueued = true;
    requestAnimationFrame(function () { labelQueued = false; drawLabels(); });
  }

  // ---- refresh cycle ---------------------------------------------------------------------
  function refresh() {
    computeVisible();
    R.update();
    updateStats();
    drawTimeline();
    drawMap();
    updateMode();
    queueLabels();
  }
  function markSettled() {
    if (pg.settled) return;
    timings.settled = performance.now();
    pg.settled = true;
    document.body.setAttribute('data-settled', 'true');
  }

  // ---- selection, panel, ego view, path ---------------------------------------------------
  function clearAll() {
    state.selected = null; state.pathFrom = null;
    if (state.path) { state.path = null; pathSet = null; }
    $('panel').hidden = true;
    R.resize();
    refresh();
    R.select(null);
  }
  function select(id, focus) {
    var n = N[id];
    if (!n) return;
    if (state.pathFrom !== null && id !== state.pathFrom) {
      var from = state.pathFrom;
      state.pathFrom = null;
      showPath(from, id);
      return;
    }
    if (state.ego && !visible[id] && egoSet && !egoSet.has(id)) { state.ego = null; }
    state.selected = id;
    if (state.path && !pathSet.has(id)) { state.path = null; pathSet = null; }
    refresh();
    showPanel(n);
    R.select(id);
    if (focus && visible[id]) R.focus(id);
    queueLabels();
  }
  function enterEgo(id, depth) {
    state.ego = { id: id, depth: depth };
    state.path = null; pathSet = null;
    state.selected = id;
    refresh();
    R.fit(Array.from(egoSet).filter(function (i) { return visible[i]; }));
    showPanel(N[id]);
    queueLabels();
  }
  function shortestPath(a, b) {
    // breadth-first over the ties shown: actor - meeting - actor
    var prev = new Int32Array(NN).fill(-2), q = [a], h = 0;
    prev[a] = -1;
    while (h < q.length) {
      var v = q[h++];
      if (v === b) break;
      var ns = nbr[v];
      for (var k = 0; k < ns.length; k++) {
        var w = ns[k];
        if (prev[w] !== -2) continue;
        if (isMeeting[w] ? !pass[w] : !visible[w]) continue;
        prev[w] = v; q.push(w);
      }
    }
    if (prev[b] === -2) return null;
    var path = [];
    for (var x = b; x !== -1; x = prev[x]) path.push(x);
    return path.reverse();
  }
  function showPath(a, b) {
    var path = shortestPath(a, b);
    state.selected = null;
    if (!path) {
      state.path = null; pathSet = null;
      refresh();
      showMessage('No path', 'No chain of shown meetings links ' + N[a].name + ' and ' + N[b].name + '.');
      return;
    }
    if (state.view === 'one') path = path.filter(function (i) { return !isMeeting[i]; });
    state.path = path; pathSet = new Set(path);
    refresh();
    R.fit(path.filter(function (i) { return visible[i]; }));
    pathPanel(path);
    queueLabels();
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
  function openPanel() {
    if ($('panel').hidden) { $('panel').hidden = false; R.resize(); }
  }
  function showMessage(title, text) {
    var body = $('panel-body');
    body.replaceChildren(el('h3', null, title), el('p', null, text));
    openPanel();
  }
  function swatch(kind) {
    var sw = el('span', 'swatch ' + K[kind].shape);
    sw.style.background = K[kind].color; sw.style.setProperty('--c', K[kind].color);
    return sw;
  }
  function showPanel(n) {
    var body = $('panel-body');
    body.replaceChildren();
    var k = el('span', 'kind');
    k.appendChild(swatch(n.kind));
    k.appendChild(el('span', null, n.kind === 'meeting' ? (n.type === 'meeting' ? 'Meeting' : 'Meeting · ' + n.type) : kindLabel(n.kind)));
    body.appendChild(k);
    body.appendChild(el('h3', null, n.name));
    var actions = el('div', 'actions');
    var depth = el('select'); depth.id = 'ego-depth'; depth.setAttribute('aria-label', 'Depth');
    [1, 2].forEach(function (d) { var o = el('option', null, 'depth ' + d); o.value = String(d); depth.appendChild(o); });
    if (state.ego && state.ego.id === n.id) depth.value = String(state.ego.depth);
    var eb = el('button', null, 'Ego network'); eb.type = 'button'; eb.id = 'ego-button';
    eb.addEventListener('click', function () { enterEgo(n.id, parseInt(depth.value, 10)); });
    actions.appendChild(eb); actions.appendChild(depth);
    if (n.kind !== 'meeting') {
      var pb = el('button', null, 'Shortest path to…'); pb.type = 'button'; pb.id = 'path-button';
      pb.addEventListener('click', function () {
        state.pathFrom = n.id;
        updateMode();
        $('search').focus();
      });
      actions.appendChild(pb);
    }
    body.appendChild(actions);
    if (!visible[n.id]) body.appendChild(el('p', 'muted', 'Hidden by the current filters or view.'));
    if (n.kind === 'meeting') meetingPanel(body, n); else actorPanel(body, n);
    openPanel();
  }
  function meetingItem(mid) {
    var m = N[mid], li = el('li');
    li.appendChild(el('span', 'date', m.date || 'undated'));
    li.appendChild(nodeLink(mid, m.name));
    li.appendChild(el('span', 'sub', [m.type, m.place].filter(Boolean).join(' · ')));
    return li;
  }
  function byDate(a, b) { return (N[a].date || '9999').localeCompare(N[b].date || '9999') || a - b; }
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
    var ms = n.m.slice().sort(byDate);
    if (state.ego && state.ego.id === n.id) {
      var ego = Array.from(egoSet).filter(function (i) { return visible[i]; });
      body.appendChild(el('p', 'muted', 'Ego network, depth ' + state.ego.depth + ': ' +
        plural(ego.filter(function (i) { return !isMeeting[i]; }).length - 1, 'other actor') + ', ' +
        plural(ego.filter(function (i) { return isMeeting[i]; }).length, 'meeting') + ' shown.'));
    }
    body.appendChild(el('h4', null, 'Meetings by date (' + ms.length + ')'));
    var ml = el('ol', 'dated');
    ms.forEach(function (mid) { ml.appendChild(meetingItem(mid)); });
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
  function pathPanel(path) {
    var body = $('panel-body');
    body.replaceChildren();
    var actors = path.filter(function (i) { return !isMeeting[i]; });
    body.appendChild(el('span', 'kind', 'Shortest path'));
    body.appendChild(el('h3', null, N[path[0]].name + ' → ' + N[path[path.length - 1]].name));
    body.appendChild(el('p', 'muted', plural(actors.length - 1, 'step') + ' through the meetings shown.'));
    var ol = el('ol', 'path');
    path.forEach(function (i) {
      var li = el('li', isMeeting[i] ? 'via' : null);
      li.appendChild(nodeLink(i, N[i].name));
      if (isMeeting[i]) li.appendChild(el('span', 'sub', [N[i].date || 'undated', N[i].type, N[i].place].filter(Boolean).join(' · ')));
      else li.appendChild(el('span', 'sub', kindLabel(N[i].kind)));
      ol.appendChild(li);
    });
    body.appendChild(ol);
    openPanel();
  }
  function placePanel(p) {
    var body = $('panel-body');
    body.replaceChildren();
    body.appendChild(el('span', 'kind', 'City'));
    body.appendChild(el('h3', null, p.name + (p.cc ? ', ' + countryName(p.cc) : '')));
    var ms = p.m.filter(function (i) { return pass[i]; }).sort(byDate);
    var actors = new Set();
    ms.forEach(function (m) { N[m].p.forEach(function (x) { if (visible[x.n]) actors.add(x.n); }); });
    body.appendChild(el('h4', null, 'Meetings by date (' + ms.length + ')'));
    var ol = el('ol', 'dated');
    ms.forEach(function (m) { ol.appendChild(meetingItem(m)); });
    body.appendChild(ol);
    body.appendChild(el('h4', null, 'Actors (' + actors.size + ')'));
    var ul = el('ul');
    Array.from(actors).sort(function (a, b) { return sizeOf(b) - sizeOf(a) || a - b; }).forEach(function (a) {
      var li = el('li'); li.appendChild(nodeLink(a, N[a].name)); li.appendChild(el('span', 'sub', kindLabel(N[a].kind)));
      ul.appendChild(li);
    });
    body.appendChild(ul);
    openPanel();
  }
  function updateMode() {
    var box = $('mode-box'), note = $('mode-note'), t = null;
    if (state.pathFrom !== null) t = 'Shortest path from ' + N[state.pathFrom].name + ': pick the other actor (click it or search).';
    else if (state.path) t = 'Path: ' + state.path.filter(function (i) { return !isMeeting[i]; }).map(function (i) { return N[i].name; }).join(' → ');
    else if (state.ego) t = 'Ego network of ' + N[state.ego.id].name + ', depth ' + state.ego.depth + ' (' + visibleCount() + ' nodes).';
    if (state.place !== null) t = (t ? t + ' ' : '') + 'City: ' + PLACE[state.place].name + '.';
    box.hidden = t === null;
    note.textContent = t || '';
  }
  $('mode-exit').addEventListener('click', function () {
    state.ego = null; state.path = null; pathSet = null; state.pathFrom = null; state.place = null;
    refresh(); R.fit();
  });

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
    var exact = [], starts = [], contains = [];
    for (var i = 0; i < NN; i++) {
      if (state.view === 'one' && isMeeting[i]) continue;
      var t = index[i], p = t.indexOf(q);
      if (p < 0) continue;
      var before = p === 0 || t.charAt(p - 1) === '\u0001', after = p + q.length === t.length || t.charAt(p + q.length) === '\u0001';
      (before && after ? exact : before || t.charAt(p - 1) === ' ' ? starts : contains).push(i);
    }
    var byScore = function (a, b) { return (isMeeting[a] - isMeeting[b]) || N[b].value - N[a].value || a - b; };
    if (exact.length + starts.length < 12) contains.sort(byScore);
    results = exact.sort(byScore).concat(starts.sort(byScore), contains.slice(0, 12)).slice(0, 12);
    results.forEach(function (id, r) {
      var n = N[id], li = el('li', visible[id] ? null : 'off');
      li.appendChild(swatch(n.kind));
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
  $('search').addEventListener('input', function (e) {
    var t = performance.now();
    search(e.target.value);
    timings.search = performance.now() - t;
  });
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

  // ---- timeline, date range, play -------------------------------------------------------
  var tl = $('timeline-bars'), tctx = tl.getContext('2d');
  function drawTimeline() {
    var dpr = window.devicePixelRatio || 1, w = tl.clientWidth, h = tl.clientHeight;
    tl.width = Math.round(w * dpr); tl.height = Math.round(h * dpr);
    tctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    tctx.clearRect(0, 0, w, h);
    if (!CFG.months) return;
    var counts = new Int32Array(NM), saved = [state.from, state.to], max = 1;
    state.from = 0; state.to = NM - 1;
    for (var i = 0; i < NN; i++) if (isMeeting[i] && mIdx[i] >= 0 && meetingPasses(i)) counts[mIdx[i]]++;
    state.from = saved[0]; state.to = saved[1];
    for (var k = 0; k < NM; k++) max = Math.max(max, counts[k]);
    var bw = w / NM;
    tctx.font = '10px system-ui, sans-serif'; tctx.fillStyle = '#6b7280'; tctx.textBaseline = 'top';
    var step = Math.max(1, Math.ceil(NM / 12 / (w / 700))), lastX = -100;
    for (k = 0; k < NM; k++) {
      var on = k >= state.from && k <= state.to, bh = (h - 14) * counts[k] / max;
      tctx.fillStyle = on ? '#3b6ea8' : '#cfd6e2';
      if (counts[k]) tctx.fillRect(k * bw + 0.5, h - 14 - bh, Math.max(bw - 1, 1), bh);
      var mo = (k + M0) % 12;
      if (mo === 0 || k === 0) {
        var yr = Math.floor((k + M0) / 12);
        if (k * bw - lastX > 34 && (yr % step === 0 || NM <= 24)) {
          tctx.fillStyle = '#6b7280'; tctx.fillText(String(yr), k * bw + 1, h - 12); lastX = k * bw;
        }
      }
    }
    pg.timeline = Array.from(counts);
  }
  function setRange(a, b) {
    state.from = Math.max(0, Math.min(a, NM - 1)); state.to = Math.max(state.from, Math.min(b, NM - 1));
    $('range-from').value = String(state.from); $('range-to').value = String(state.to);
    rangeLabel();
    refresh();
  }
  function rangeLabel() {
    $('range-label').textContent = CFG.months ? (monthName(state.from + M0) + ' – ' + monthName(state.to + M0) +
      (rangeFull() ? ' (all dates)' : '')) : 'no dated meetings';
  }
  ['range-from', 'range-to'].forEach(function (id) {
    var inp = $(id);
    inp.max = String(NM - 1);
    inp.value = String(id === 'range-from' ? 0 : NM - 1);
    inp.addEventListener('input', function () {
      var a = parseInt($('range-from').value, 10), b = parseInt($('range-to').value, 10);
      if (id === 'range-from' && a > b) b = a;
      if (id === 'range-to' && b < a) a = b;
      stopPlay();
      setRange(a, b);
    });
  });
  var playTimer = null;
  function stopPlay() { if (playTimer) { clearInterval(playTimer); playTimer = null; $('play').textContent = '▶ Play'; } }
  $('play').addEventListener('click', function () {
    if (playTimer) { stopPlay(); return; }
    var width = rangeFull() ? Math.min(11, NM - 1) : state.to - state.from;
    var at = rangeFull() || state.to >= NM - 1 ? 0 : state.from;
    $('play').textContent = '❚❚ Pause';
    setRange(at, at + width);
    playTimer = setInterval(function () {
      if (state.to >= NM - 1) { stopPlay(); return; }
      setRange(state.from + 1, state.to + 1);
    }, 400);
  });
  if (!CFG.months) { $('play').disabled = true; $('range-from').disabled = true; $('range-to').disabled = true; }
  rangeLabel();

  // ---- map ---------------------------------------------------------------------------------
  var SVGNS = 'http://www.w3.org/2000/svg', mapSvg = null, mapDots = {};
  function buildMap() {
    var box = $('map');
    if (!WORLD || !CFG.places.length) { box.appendChild(el('p', 'muted', 'No meeting has a known city.')); return; }
    var sc = WORLD.scale, xs = CFG.places.map(function (p) { return (p.lon + 180) * sc; }), ys = CFG.places.map(function (p) { return (90 - p.lat) * sc; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, wv = Math.max(x1 - x0, 50 * sc) * 1.3, hv = Math.max(y1 - y0, 25 * sc) * 1.3;
    if (wv / hv > 1.4) hv = wv / 1.4; else wv = hv * 1.4;
    mapSvg = document.createElementNS(SVGNS, 'svg');
    mapSvg.setAttribute('viewBox', [cx - wv / 2, cy - hv / 2, wv, hv].map(function (v) { return v.toFixed(1); }).join(' '));
    mapSvg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    var unit = wv / 400;
    var sea = document.createElementNS(SVGNS, 'rect');
    sea.setAttribute('x', 0); sea.setAttribute('y', 0); sea.setAttribute('width', WORLD.width); sea.setAttribute('height', WORLD.height);
    sea.setAttribute('class', 'sea');
    mapSvg.appendChild(sea);
    var land = document.createElementNS(SVGNS, 'path');
    land.setAttribute('d', WORLD.land); land.setAttribute('class', 'land');
    mapSvg.appendChild(land);
    var borders = document.createElementNS(SVGNS, 'path');
    borders.setAttribute('d', WORLD.borders); borders.setAttribute('class', 'borders');
    mapSvg.appendChild(borders);
    CFG.places.slice().reverse().forEach(function (p) {
      var g = document.createElementNS(SVGNS, 'g');
      g.setAttribute('class', 'city'); g.setAttribute('data-gid', String(p.gid)); g.setAttribute('tabindex', '0');
      var c = document.createElementNS(SVGNS, 'circle');
      c.setAttribute('cx', ((p.lon + 180) * sc).toFixed(2)); c.setAttribute('cy', ((90 - p.lat) * sc).toFixed(2));
      var t = document.createElementNS(SVGNS, 'text');
      t.setAttribute('x', ((p.lon + 180) * sc + 0).toFixed(2)); t.setAttribute('y', ((90 - p.lat) * sc).toFixed(2));
      t.setAttribute('font-size', (11 * unit).toFixed(2));
      t.textContent = p.name;
      var title = document.createElementNS(SVGNS, 'title');
      g.appendChild(title); g.appendChild(c); g.appendChild(t);
      g.addEventListener('click', function () { choosePlace(p.gid); });
      g.addEventListener('keydown', function (e) { if (e.key === 'Enter') choosePlace(p.gid); });
      mapSvg.appendChild(g);
      mapDots[p.gid] = { g: g, c: c, t: t, title: title, unit: unit, x: (p.lon + 180) * sc };
    });
    box.appendChild(mapSvg);
    box.appendChild(el('p', 'attribution', 'Outlines: Natural Earth 1:110m. Click a city for its meetings and actors.'));
  }
  function drawMap() {
    if (!mapSvg || $('map').hidden) return;
    var sel = new Set();
    if (state.selected !== null) {
      (isMeeting[state.selected] ? [state.selected] : N[state.selected].m).forEach(function (m) { if (N[m].gid !== null) sel.add(N[m].gid); });
    }
    CFG.places.forEach(function (p) {
      var d = mapDots[p.gid], count = 0;
      for (var k = 0; k < p.m.length; k++) if (pass[p.m[k]]) count++;
      d.c.setAttribute('r', count ? ((2.5 + 2.2 * Math.sqrt(count)) * d.unit).toFixed(2) : (1.5 * d.unit).toFixed(2));
      d.t.setAttribute('x', (d.x + (4 + 2.2 * Math.sqrt(count)) * d.unit).toFixed(2));
      d.g.setAttribute('class', 'city' + (count ? '' : ' empty') + (sel.has(p.gid) ? ' hit' : '') + (state.place === p.gid ? ' chosen' : ''));
      d.g.setAttribute('data-count', String(count));
      d.title.textContent = p.name + ': ' + plural(count, 'meeting');
    });
  }
  function choosePlace(gid) {
    state.place = state.place === gid ? null : gid;
    state.ego = null; state.path = null; pathSet = null; state.selected = null;
    refresh();
    if (state.place !== null) {
      placePanel(PLACE[gid]);
      R.fit(pg.visibleIds());
    } else { $('panel').hidden = true; R.resize(); R.fit(); }
    queueLabels();
  }
  $('show-map').addEventListener('change', function (e) {
    $('map').hidden = !e.target.checked;
    document.body.classList.toggle('with-map', e.target.checked);
    if (e.target.checked && !mapSvg) buildMap();
    R.resize(); drawMap(); queueLabels();
  });

  // ---- export ------------------------------------------------------------------------------
  function download(name, blob) {
    var a = el('a');
    a.href = URL.createObjectURL(blob); a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
    pg.lastExport = { name: name, size: blob.size, type: blob.type };
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
  }
  function xml(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function viewSVG() {
    var c = $('network'), w = c.clientWidth, h = c.clientHeight, toS = R.toScreenFn(), out = [];
    out.push('<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '" viewBox="0 0 ' + w + ' ' + h +
      '" font-family="system-ui, sans-serif" font-size="12"><rect width="100%" height="100%" fill="#fff"/><g stroke-width="0.7">');
    function inView(s) { return s[0] > -40 && s[1] > -40 && s[0] < w + 40 && s[1] < h + 40; }
    visibleEdges().forEach(function (e) {
      var a = toS(e[0]), b = toS(e[1]);
      if (!inView(a) && !inView(b)) return;
      var on = !hl || (hl.has(e[0]) && hl.has(e[1]));
      out.push('<line x1="' + a[0].toFixed(1) + '" y1="' + a[1].toFixed(1) + '" x2="' + b[0].toFixed(1) + '" y2="' + b[1].toFixed(1) +
        '" stroke="' + (on ? (hl ? '#4a5568' : '#c5cad3') : '#eef0f3') + '"/>');
    });
    out.push('</g><g stroke="#fff" stroke-width="0.8">');
    for (var i = 0; i < NN; i++) {
      if (!visible[i]) continue;
      var s = toS(i);
      if (!inView(s)) continue;
      var r = Math.max(R.radius(i), 1.5), col = hl && !hl.has(i) ? DIM : colorOf(i), x = s[0].toFixed(1), y = s[1].toFixed(1);
      var shape = K[N[i].kind].shape;
      if (CFG.renderer === 'sigma') shape = isMeeting[i] ? 'square' : 'dot';
      if (shape === 'square') out.push('<rect x="' + (s[0] - r).toFixed(1) + '" y="' + (s[1] - r).toFixed(1) + '" width="' + (2 * r).toFixed(1) + '" height="' + (2 * r).toFixed(1) + '" fill="' + col + '"/>');
      else if (shape === 'diamond') out.push('<polygon points="' + x + ',' + (s[1] - r).toFixed(1) + ' ' + (s[0] + r).toFixed(1) + ',' + y + ' ' + x + ',' + (s[1] + r).toFixed(1) + ' ' + (s[0] - r).toFixed(1) + ',' + y + '" fill="' + col + '"/>');
      else if (shape === 'triangle') out.push('<polygon points="' + x + ',' + (s[1] - r).toFixed(1) + ' ' + (s[0] + r).toFixed(1) + ',' + (s[1] + r * 0.8).toFixed(1) + ' ' + (s[0] - r).toFixed(1) + ',' + (s[1] + r * 0.8).toFixed(1) + '" fill="' + col + '"/>');
      else out.push('<circle cx="' + x + '" cy="' + y + '" r="' + r.toFixed(1) + '" fill="' + col + '"/>');
    }
    out.push('</g><g paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">');
    placed.forEach(function (p) {
      out.push('<text x="' + (p[1] + 1).toFixed(1) + '" y="' + (p[2] + 12).toFixed(1) + '" fill="' + (isMeeting[p[0]] ? '#5b5575' : '#1f2430') + '">' + xml(labelText(p[0])) + '</text>');
    });
    out.push('</g></svg>');
    return out.join('\n');
  }
  $('export-svg').addEventListener('click', function () {
    download('parleygraph-view.svg', new Blob([viewSVG()], { type: 'image/svg+xml' }));
  });
  $('export-png').addEventListener('click', function () {
    var svg = viewSVG(), c = $('network'), dpr = 2;
    var url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    var img = new Image();
    img.onload = function () {
      var cv = document.createElement('canvas');
      cv.width = c.clientWidth * dpr; cv.height = c.clientHeight * dpr;
      var x = cv.getContext('2d');
      x.scale(dpr, dpr); x.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      cv.toBlob(function (b) { download('parleygraph-view.png', b); }, 'image/png');
    };
    img.src = url;
  });
  function csvCell(v) {
    var s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // a spreadsheet must not read a name as a formula
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function edgePart(e) {
    if (e[3] < 0) return null;
    var a = e[0], m = e[1];
    for (var k = 0; k < N[m].p.length; k++) if (N[m].p[k].n === a) return N[m].p[k].part || 'participant';
    return null;
  }
  $('export-csv').addEventListener('click', function () {
    var rows = [['source', 'source_name', 'source_kind', 'target', 'target_name', 'target_kind', 'date', 'part', 'shared_meetings']];
    var es = visibleEdges(), touched = new Uint8Array(NN);
    es.forEach(function (e) {
      var a = N[e[0]], b = N[e[1]];
      touched[e[0]] = touched[e[1]] = 1;
      rows.push([a.iri, a.name, a.kind, b.iri, b.name, b.kind, state.view === 'two' ? (b.date || '') : '',
        state.view === 'two' ? edgePart(e) : '', state.view === 'one' ? e[2] : '']);
    });
    for (var i = 0; i < NN; i++) if (visible[i] && !touched[i]) rows.push([N[i].iri, N[i].name, N[i].kind, '', '', '', N[i].date || '', '', '']);
    var text = '\ufeff' + rows.map(function (r) { return r.map(csvCell).join(','); }).join('\n') + '\n';
    download('parleygraph-subgraph.csv', new Blob([text], { type: 'text/csv;charset=utf-8' }));
  });
  $('export-graphml').addEventListener('click', function () {
    var out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      '<key id="kind" for="node" attr.name="kind" attr.type="string"/>',
      '<key id="iri" for="node" attr.name="iri" attr.type="string"/>',
      '<key id="date" for="node" attr.name="date" attr.type="string"/>',
      '<key id="community" for="node" attr.name="community" attr.type="int"/>',
      '<key id="x" for="node" attr.name="x" attr.type="double"/>',
      '<key id="y" for="node" attr.name="y" attr.type="double"/>',
      '<key id="part" for="edge" attr.name="part" attr.type="string"/>',
      '<key id="edate" for="edge" attr.name="date" attr.type="string"/>',
      '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
      '<graph id="parleygraph" edgedefault="undirected">'];
    for (var i = 0; i < NN; i++) {
      if (!visible[i]) continue;
      var n = N[i];
      out.push('<node id="n' + i + '"><data key="label">' + xml(n.name) + '</data><data key="kind">' + n.kind +
        '</data><data key="iri">' + xml(n.iri) + '</data>' + (n.date ? '<data key="date">' + xml(n.date) + '</data>' : '') +
        '<data key="community">' + n.comm + '</data><data key="x">' + P[i][0] + '</data><data key="y">' + P[i][1] + '</data></node>');
    }
    visibleEdges().forEach(function (e, k) {
      out.push('<edge id="e' + k + '" source="n' + e[0] + '" target="n' + e[1] + '">' +
        (state.view === 'two' ? '<data key="part">' + edgePart(e) + '</data>' + (N[e[1]].date ? '<data key="edate">' + xml(N[e[1]].date) + '</data>' : '') : '') +
        '<data key="weight">' + e[2] + '</data></edge>');
    });
    out.push('</graph>', '</graphml>');
    download('parleygraph-subgraph.graphml', new Blob([out.join('\n') + '\n'], { type: 'application/graphml+xml' }));
  });

  // ---- controls ------------------------------------------------------------------------
  function updateStats() {
    var c = { person: 0, organization: 0, country: 0, meeting: 0 }, shownN = 0;
    for (var i = 0; i < NN; i++) { c[N[i].kind]++; shownN += visible[i]; }
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
    cb.addEventListener('change', function () { state.kinds[k] = cb.checked; refresh(); });
    lab.appendChild(cb); lab.appendChild(swatch(k)); lab.appendChild(el('span', null, K[k].plural));
    lab.appendChild(el('span', 'count'));
    $('kinds').appendChild(lab);
  });
  $('isolated-count').textContent = '(' + CFG.isolated + ')';
  $('show-isolated').disabled = !CFG.isolated;
  $('show-isolated').addEventListener('change', function (e) { state.isolated = e.target.checked; refresh(); });
  CFG.countries.forEach(function (c) {
    var o = el('option', null, c[1]);
    o.value = c[0];
    $('country').appendChild(o);
  });
  $('country').addEventListener('change', function (e) { state.country = e.target.value; refresh(); });
  var MEASURE_NAMES = { pagerank: 'PageRank', betweenness: 'betweenness', meetings: 'meetings', degree: 'meetings (degree)' };
  CFG.measures.forEach(function (m) {
    var o = el('option', null, 'by ' + (MEASURE_NAMES[m] || m)); o.value = m; $('size-by').appendChild(o);
  });
  $('size-by').addEventListener('change', function (e) {
    state.sizeBy = e.target.value; computeMax(); rankPrio(); labW.fill(-1); refresh();
  });
  function communityLegend() {
    var box = $('communities');
    box.replaceChildren();
    box.hidden = state.colorBy !== 'community';
    var sizes = {};
    N.forEach(function (n) { if (n.comm >= 0) sizes[n.comm] = (sizes[n.comm] || 0) + 1; });
    CFG.palette.forEach(function (col, c) {
      if (!sizes[c]) return;
      var lab = el('span', 'comm');
      var sw = el('span', 'swatch dot'); sw.style.background = col;
      lab.appendChild(sw); lab.appendChild(el('span', null, c + 1 + ' (' + sizes[c] + ')'));
      box.appendChild(lab);
    });
    if (CFG.communities > CFG.palette.length) {
      var rest = el('span', 'comm'), sw = el('span', 'swatch dot'); sw.style.background = GREY;
      rest.appendChild(sw); rest.appendChild(el('span', null, 'other ' + (CFG.communities - CFG.palette.length)));
      box.appendChild(rest);
    }
  }
  $('color-by').addEventListener('change', function (e) { state.colorBy = e.target.value; communityLegend(); refresh(); });
  Array.prototype.forEach.call(document.querySelectorAll('input[name=view]'), function (r) {
    r.addEventListener('change', function () {
      if (!r.checked) return;
      state.view = r.value;
      $('kind-meeting').disabled = state.view === 'one';
      if (state.selected !== null && isMeeting[state.selected] && state.view === 'one') state.selected = null;
      state.path = null; pathSet = null;
      refresh();
    });
  });
  $('panel-close').addEventListener('click', clearAll);
  window.addEventListener('resize', function () { drawTimeline(); queueLabels(); });

  // ---- start -----------------------------------------------------------------------------
  computeMax(); rankPrio();
  computeVisible();
  R.init();
  var firstDraw = true;
  function afterRender() {
    drawLabels();
    if (firstDraw) {
      firstDraw = false;
      timings.firstFrame = performance.now();  // since navigation started
      requestAnimationFrame(function () { requestAnimationFrame(markSettled); });
    }
  }
  R.onRender(afterRender);
  if (CFG.renderer === 'sigma') afterRender();  // sigma drew its first frame when it was made
  R.update();
  updateStats();
  drawTimeline();
  R.fit();
  if (CFG.renderer === 'vis') pg.network.redraw();
  timings.script = performance.now() - T0;

  pg.select = function (id) { select(id, true); };
  pg.visibleCount = visibleCount;
  pg.visibleIds = function () {
    var out = [];
    for (var i = 0; i < NN; i++) if (visible[i]) out.push(i);
    return out;
  };
  pg.visibleEdges = function () { return visibleEdges().map(function (e) { return [e[0], e[1], e[2]]; }); };
  pg.node = function (id) { return N[id]; };
  pg.findNode = function (iri) { for (var i = 0; i < NN; i++) if (N[i].iri === iri) return i; return -1; };
  pg.labels = function () { return placed.map(function (p) { return { id: p[0], text: labelText(p[0]), x: p[1], y: p[2], w: p[3], h: p[4] }; }); };
  pg.toScreen = function (id) { return R.toScreenFn()(id); };
  pg.setRange = setRange;
  pg.months = function () { return { first: CFG.months ? CFG.months[0] : null, count: NM }; };
  pg.search = function (q) { var t = performance.now(); search(q); return performance.now() - t; };
  pg.viewSVG = viewSVG;
  pg.path = function () { return state.path ? state.path.slice() : null; };
})();
