// The coophive market page. It reads the node API with relative URLs (so it works under any
// host and path) and keeps itself current from the event stream. Everything a stranger can
// write (modules, addresses, stdout) goes into the page as text, never as HTML.
"use strict";

const MAX_ROWS = 200;       // rows a table keeps
const DETAIL_FETCHES = 60;  // deals whose history the plots read
const PLOT_MINUTES = 30;
const TERMINAL = new Set(["Accepted", "TimedOutSubmit", "MediationAccepted", "MediationRejected", "TimedOutMediate"]);
const STATES = ["Agreed", "ResultsSubmitted", "Challenged"]; // the open states, in order
// Colours are literal here: SVG presentation attributes take no CSS variables everywhere.
const COLOR = { open: "#3d6fd8", offer: "#8a63d2", deal: "#2e9e5b" };
const OUTCOMES = [
  ["Accepted", "#2e9e5b"], ["MediationAccepted", "#1b8a8f"],
  ["MediationRejected", "#d9822b"], ["TimedOutSubmit", "#c8443f"], ["TimedOutMediate", "#8f2f2b"],
];

const state = {
  status: null,
  peers: new Map(),   // peerId -> Peer
  offers: new Map(),  // id -> Offer
  jobs: new Map(),    // id -> Job
  deals: new Map(),   // id -> Deal (summary fields, kept current by events)
  details: new Map(), // id -> DealDetail (history), for the plots and the deal page
  gateway: null,      // the gateway's info, when this node is a gateway
  key: localStorage.getItem("coophive.key") || "",
  token: localStorage.getItem("coophive.token") || "",
  view: null,         // the deal id shown, or null for the market
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

async function api(path, opts = {}) {
  const headers = Object.assign({ Accept: "application/json" }, opts.headers || {});
  if (opts.auth) headers.Authorization = "Bearer " + opts.auth;
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(path, {
    method: opts.method || "GET", headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = { error: text }; }
  if (!res.ok) {
    const err = new Error((body && body.error) || res.status + " " + res.statusText);
    err.status = res.status;
    throw err;
  }
  return body;
}

// Amounts are decimal strings in base units (18 decimals).
function tokens(v) {
  if (v === undefined || v === null || v === "") return "";
  let n;
  try { n = BigInt(v); } catch { return String(v); }
  const neg = n < 0n; if (neg) n = -n;
  const whole = n / 10n ** 18n, frac = (n % 10n ** 18n).toString().padStart(18, "0").replace(/0+$/, "");
  return (neg ? "-" : "") + whole.toString() + (frac ? "." + frac.slice(0, 6) : "");
}
const tokenNumber = (v) => { try { return Number(BigInt(v)) / 1e18; } catch { return NaN; } };
const short = (s) => (s && s.length > 14 ? s.slice(0, 8) + "…" + s.slice(-4) : s || "");
// ago takes unix seconds or an RFC 3339 time (the API's lastSeen, seenAt).
const ago = (t) => {
  const unix = typeof t === "string" ? Date.parse(t) / 1000 : t;
  if (!unix || isNaN(unix)) return "";
  const s = Math.max(0, Math.round(Date.now() / 1000 - unix));
  return s < 90 ? s + " s ago" : s < 5400 ? Math.round(s / 60) + " min ago" : Math.round(s / 3600) + " h ago";
};
const clock = (unix) => (unix ? new Date(unix * 1000).toLocaleTimeString() : "");
const mib = (v) => (v >= 1024 ? (v / 1024).toFixed(v % 1024 ? 1 : 0) + " GiB" : v + " MiB");
const cpu = (m) => (m / 1000).toFixed(m % 1000 ? 1 : 0);

function dealLink(id) { return el("a", { href: "#/deal/" + id, class: "mono", text: short(id) }); }
function stateBadge(s) { return el("span", { class: "state " + s, text: s }); }

// Bounded maps: the oldest entries go first.
function putBounded(map, key, value, max = MAX_ROWS * 2) {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value);
}

// --- loading ---

async function loadAll() {
  const [status, peers, offers, jobs, deals] = await Promise.all([
    api("api/v1/status"), api("api/v1/peers"), api("api/v1/offers"), api("api/v1/jobs"), api("api/v1/deals?limit=100"),
  ]);
  state.status = status;
  state.peers.clear(); for (const p of list(peers, "peers")) state.peers.set(p.peerId, p);
  state.offers.clear(); for (const o of list(offers, "offers")) state.offers.set(o.id, o);
  state.jobs.clear(); for (const j of list(jobs, "jobs")) putBounded(state.jobs, j.id, j);
  state.deals.clear();
  for (const d of list(deals, "deals").slice().reverse()) putBounded(state.deals, d.id, d);
  renderAll();
  loadDetails();
}

// A list endpoint answers an array or an object holding one.
function list(body, key) { return Array.isArray(body) ? body : (body && body[key]) || []; }

let detailQueue = Promise.resolve();
function loadDetails() {
  const ids = [...state.deals.keys()].slice(-DETAIL_FETCHES).filter((id) => !state.details.has(id));
  for (const id of ids) detailQueue = detailQueue.then(() => loadDetail(id)).catch(() => {});
}

async function loadDetail(id) {
  const d = await api("api/v1/deals/" + id);
  state.details.set(id, d);
  while (state.details.size > DETAIL_FETCHES * 2) state.details.delete(state.details.keys().next().value);
  putBounded(state.deals, id, Object.assign(state.deals.get(id) || {}, summary(d)));
  scheduleRender();
  if (state.view === id) renderDeal();
  return d;
}

function summary(d) {
  const { history, historyTruncated, job, ...rest } = d;
  return rest;
}

// --- the event stream ---

function connect() {
  const es = new EventSource("api/v1/events");
  const setLive = (on) => {
    $("live").textContent = on ? "live" : "reconnecting";
    $("live").className = "pill " + (on ? "on" : "off");
  };
  es.onopen = () => setLive(true);
  es.onerror = () => setLive(false); // EventSource reconnects by itself, with Last-Event-ID
  const on = (type, fn) => es.addEventListener(type, (ev) => {
    let data;
    try { data = JSON.parse(ev.data); } catch { return; }
    fn(data);
    scheduleRender();
  });
  on("peer", (p) => state.peers.set(p.peerId, p));
  on("offer", (o) => putBounded(state.offers, o.id, o));
  on("job", (j) => putBounded(state.jobs, j.id, j));
  on("deal", onDeal);
  on("resync", () => { loadAll().catch(showError); if (state.view) renderDeal(); });
}

function onDeal(e) {
  const d = state.deals.get(e.id);
  if (d && e.state) { d.state = e.state; d.terminal = TERMINAL.has(e.state); }
  const detail = state.details.get(e.id);
  if (detail && e.tx && !detail.history.some((s) => s.tx === e.tx && s.event === e.event)) {
    detail.history.push({ event: e.event, state: e.state || detail.state, block: e.block, time: e.time || Math.round(Date.now() / 1000), tx: e.tx });
    if (e.state) detail.state = e.state;
  }
  // A deal new to the page, or one whose history changed: read it whole (its terms, its
  // steps' block times).
  loadDetail(e.id).catch(() => {});
  if (state.gateway && state.key) {
    refreshMe();
    if (TERMINAL.has(e.state)) setTimeout(refreshMe, 2000); // the gateway finishes the job just after
  }
}

let renderPending = false;
function scheduleRender() {
  if (renderPending) return;
  renderPending = true;
  requestAnimationFrame(() => { renderPending = false; renderAll(); });
}

// --- rendering the market ---

function renderAll() {
  renderHeader();
  if (state.view) { renderDeal(); return; }
  renderDeals(); renderPeers(); renderOffers(); renderJobs(); renderPlots();
}

function renderHeader() {
  const s = state.status;
  if (!s) return;
  $("network").textContent = "network " + short(s.network || s.market || "");
  $("self").textContent = (s.roles || []).join(", ") + " " + short(s.address);
  if (s.head) $("head").textContent = "block " + s.head.number;
}

function fill(tableId, rows, countId, total) {
  const body = $(tableId).tBodies[0];
  body.replaceChildren(...rows.slice(0, MAX_ROWS));
  if (countId) $(countId).textContent = "(" + (total === undefined ? rows.length : total) + ")";
}

function row(...cells) { return el("tr", {}, ...cells.map((c) => (c instanceof Node && c.tagName === "TD" ? c : el("td", {}, c === undefined ? "" : c)))); }

function renderDeals() {
  const deals = [...state.deals.values()].reverse();
  fill("deals", deals.map((d) => {
    const tr = row(dealLink(d.id), stateBadge(d.state), mini(d), el("span", { class: "mono", text: short(d.jc) }),
      el("span", { class: "mono", text: short(d.rp) }), tokens(d.price), d.matchBlock || "");
    tr.dataset.deal = d.id;
    tr.dataset.state = d.state;
    return tr;
  }), "deals-count", deals.length);
}

// mini is a deal's timeline in dots: the open states it passed, then its end.
function mini(d) {
  const detail = state.details.get(d.id);
  const seen = new Set(detail ? detail.history.map((s) => s.state) : [d.state]);
  const span = el("span", { class: "mini", title: detail ? detail.history.map((s) => s.state).join(" → ") : d.state });
  const at = STATES.indexOf(d.state); // -1 once ended
  STATES.forEach((st, i) => span.append(el("span", { class: seen.has(st) || i <= at ? "done" : "" })));
  if (TERMINAL.has(d.state)) span.append(el("span", { class: "end " + d.state }));
  return span;
}

function renderPeers() {
  const seen = (p) => Date.parse(p.lastSeen) || 0;
  const peers = [...state.peers.values()].sort((a, b) => seen(b) - seen(a));
  fill("peers", peers.map((p) => row(el("span", { class: "mono", text: short(p.peerId) }), el("span", { class: "mono", text: short(p.address) }),
    (p.roles || []).join(", "), cpu(p.cpuMilli || 0), mib(p.ramMiB || 0),
    (p.gpus || []).map((g) => g.model + (g.vramMiB ? " " + mib(g.vramMiB) : "")).join(", ") || "—", ago(p.lastSeen))), "peers-count");
}

function renderOffers() {
  const now = Date.now() / 1000;
  // A provider's newest offer speaks for it (it re-signs as its free slots change).
  const newest = new Map();
  for (const o of state.offers.values()) {
    if (o.validUntil && o.validUntil <= now) continue;
    const had = newest.get(o.provider);
    if (!had || (o.createdAt || 0) >= (had.createdAt || 0)) newest.set(o.provider, o);
  }
  const offers = [...newest.values()].sort((a, b) => tokenNumber(a.price) - tokenNumber(b.price));
  fill("offers", offers.map((o) => {
    const sp = o.spec || {};
    return row(el("span", { class: "mono", text: short(o.provider) }), tokens(o.price), cpu(sp.cpuMilli || 0), mib(sp.ramMiB || 0),
      sp.gpus ? sp.gpus + (sp.gpuVramMiB ? " × " + mib(sp.gpuVramMiB) : "") : "—", Math.max(0, (o.capacity || 0) - (o.used || 0)), clock(o.validUntil));
  }), "offers-count");
}

function renderJobs() {
  const jobs = [...state.jobs.values()].reverse();
  fill("jobs", jobs.map((j) => row(dealLink(j.id), j.module, el("span", { class: "mono", text: short(j.creator) }), tokens(j.maxPrice),
    ago(j.createdAt))), "jobs-count");
}

// --- plots (inline SVG) ---

const W = 360, H = 160, PAD = { l: 34, r: 8, t: 8, b: 20 };
const svgNS = "http://www.w3.org/2000/svg";
function s(tag, attrs, text) {
  const e = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function axes(svg, ymax, xlabels, ylabel) {
  svg.replaceChildren();
  svg.append(s("line", { class: "axis", x1: PAD.l, y1: H - PAD.b, x2: W - PAD.r, y2: H - PAD.b }));
  svg.append(s("line", { class: "axis", x1: PAD.l, y1: PAD.t, x2: PAD.l, y2: H - PAD.b }));
  for (const f of [0, 0.5, 1]) {
    const y = H - PAD.b - f * (H - PAD.t - PAD.b);
    svg.append(s("text", { x: PAD.l - 4, y: y + 3, "text-anchor": "end" }, fmt(ymax * f)));
  }
  for (const [x, label] of xlabels) svg.append(s("text", { x, y: H - 6, "text-anchor": "middle" }, label));
  if (ylabel) svg.setAttribute("aria-label", ylabel);
}
const fmt = (v) => (v >= 100 ? Math.round(v) : v >= 10 ? v.toFixed(0) : v.toFixed(v ? 1 : 0));
const xOf = (t, t0, t1) => PAD.l + ((t - t0) / Math.max(1, t1 - t0)) * (W - PAD.l - PAD.r);
const yOf = (v, vmax) => H - PAD.b - (v / Math.max(vmax, 1e-9)) * (H - PAD.t - PAD.b);

function renderPlots() {
  const now = Math.floor(Date.now() / 1000), t0 = now - PLOT_MINUTES * 60;
  const xlabels = [[xOf(t0, t0, now), "-" + PLOT_MINUTES + " min"], [xOf(now - PLOT_MINUTES * 30, t0, now), "-" + PLOT_MINUTES / 2], [xOf(now, t0, now), "now"]];
  plotDeals(now, t0, xlabels);
  plotLatency(now, t0, xlabels);
  plotPrices(now, t0, xlabels);
}

// ended is when a deal reached its terminal state: its last step's block time, or stateAt.
function ended(d) {
  const detail = state.details.get(d.id);
  const last = detail && detail.history.length ? detail.history[detail.history.length - 1] : null;
  return (last && TERMINAL.has(last.state) && last.time) || d.stateAt || 0;
}

function plotDeals(now, t0, xlabels) {
  const svg = $("plot-deals");
  const buckets = Array.from({ length: PLOT_MINUTES }, () => ({}));
  for (const d of state.deals.values()) {
    if (!TERMINAL.has(d.state)) continue;
    const t = ended(d);
    if (t < t0 || t > now) continue;
    const b = buckets[Math.min(PLOT_MINUTES - 1, Math.floor((t - t0) / 60))];
    b[d.state] = (b[d.state] || 0) + 1;
  }
  const ymax = Math.max(1, ...buckets.map((b) => Object.values(b).reduce((a, c) => a + c, 0)));
  axes(svg, ymax, xlabels, "deals per minute by outcome");
  const bw = (W - PAD.l - PAD.r) / PLOT_MINUTES;
  buckets.forEach((b, i) => {
    let acc = 0;
    for (const [outcome, color] of OUTCOMES) {
      const n = b[outcome] || 0;
      if (!n) continue;
      const y0 = yOf(acc, ymax), y1 = yOf(acc + n, ymax);
      const r = s("rect", { x: PAD.l + i * bw + 1, y: y1, width: Math.max(1, bw - 2), height: y0 - y1, fill: color, "data-outcome": outcome, "data-count": n });
      r.append(s("title", {}, n + " " + outcome));
      svg.append(r);
      acc += n;
    }
  });
  $("legend-deals").replaceChildren(...OUTCOMES.map(([o, c]) => {
    const key = el("span", { class: "key" });
    key.style.background = c; // CSSOM, which the page's CSP allows (a style attribute it does not)
    return el("span", {}, key, o);
  }));
}

function plotLatency(now, t0, xlabels) {
  const svg = $("plot-latency");
  const pts = [];
  for (const detail of state.details.values()) {
    const first = detail.history && detail.history[0];
    const created = detail.job && detail.job.createdAt;
    if (!first || !first.time || !created || first.time < t0) continue;
    pts.push([first.time, Math.max(0, first.time - created)]);
  }
  const ymax = Math.max(1, ...pts.map((p) => p[1]));
  axes(svg, ymax, xlabels, "match latency in seconds");
  for (const [t, v] of pts) svg.append(s("circle", { cx: xOf(t, t0, now), cy: yOf(v, ymax), r: 3, fill: COLOR.open, class: "latency" }));
}

function plotPrices(now, t0, xlabels) {
  const svg = $("plot-prices");
  const offers = [...state.offers.values()].filter((o) => o.createdAt >= t0).map((o) => [o.createdAt, tokenNumber(o.price)]);
  const deals = [];
  for (const d of state.deals.values()) {
    const detail = state.details.get(d.id);
    const t = detail && detail.history[0] ? detail.history[0].time : 0;
    if (t >= t0) deals.push([t, tokenNumber(d.price)]);
  }
  const ymax = Math.max(1, ...offers.map((p) => p[1]), ...deals.map((p) => p[1]));
  axes(svg, ymax, xlabels, "prices in tokens");
  for (const [t, v] of offers) svg.append(s("circle", { cx: xOf(t, t0, now), cy: yOf(v, ymax), r: 2.5, fill: COLOR.offer, class: "offer" }));
  for (const [t, v] of deals) svg.append(s("rect", { x: xOf(t, t0, now) - 2.5, y: yOf(v, ymax) - 2.5, width: 5, height: 5, fill: COLOR.deal, class: "deal" }));
}

// --- the deal page ---

function route() {
  const m = location.hash.match(/^#\/deal\/(0x[0-9a-fA-F]{64})$/);
  state.view = m ? m[1].toLowerCase() : null;
  $("market-view").hidden = !!state.view;
  $("deal-view").hidden = !state.view;
  if (state.view) {
    $("deal-stdout").hidden = true;
    $("deal-stdout").textContent = "";
    loadDetail(state.view).then(loadResult).catch((err) => {
      if (err.status === 404) { $("deal-wait").hidden = false; renderDeal(); } else showError(err);
    });
  }
  renderAll();
}

function renderDeal() {
  const id = state.view, d = state.details.get(id);
  $("deal-id").textContent = id;
  $("deal-wait").hidden = !!d;
  if (!d) { $("deal-state").textContent = ""; return; }
  $("deal-state").replaceWith(Object.assign(stateBadge(d.state), { id: "deal-state" }));
  const terms = [
    ["state", d.state], ["job creator", d.jc], ["provider", d.rp], ["solver", d.solver],
    ["mediator", !d.mediator || /^0x0+$/.test(d.mediator) ? "not drawn" : d.mediator], ["price", tokens(d.price) + " tokens"],
    ["job creator's collateral", tokens(d.jcCollateral)], ["provider's timeout collateral", tokens(d.rpTimeoutCollateral)],
    ["provider's results collateral", tokens(d.rpResultsCollateral)], ["mediation fee", tokens(d.mediationFee)],
    ["windows (submit / judge / mediate)", [d.submitWindow, d.judgeWindow, d.mediateWindow].join(" / ") + " s"],
    ["module", d.job ? d.job.module : ""], ["result hash", d.resultHash || "—"],
  ];
  $("deal-terms").tBodies[0].replaceChildren(...terms.map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { class: "mono", text: v || "" }))));
  $("deal-history").replaceChildren(...d.history.map((st) => el("li", { class: TERMINAL.has(st.state) ? "end" : "", "data-state": st.state },
    el("b", { text: st.event }), " → ", stateBadge(st.state), el("div", { class: "muted", text: "block " + st.block + " · " + clock(st.time) + " · tx " + short(st.tx) }))));
  if (d.terminal || TERMINAL.has(d.state)) loadResult();
}

let resultFor = null;
async function loadResult() {
  const id = state.view, d = state.details.get(id);
  if (!d || resultFor === id + d.state) return;
  if (state.gateway && state.key) {
    try {
      const j = await api("api/v1/gateway/jobs/" + id, { auth: state.key });
      if (j.stdout) { showStdout(j.stdout); resultFor = id + d.state; return; }
      // The gateway keeps the stdout when it finishes the job, a moment after the deal ends.
      if (j.state !== "finished") setTimeout(() => { if (state.view === id) loadResult(); }, 1000);
      return;
    } catch (err) { if (err.status !== 404 && err.status !== 403) showError(err); }
  }
  if (!TERMINAL.has(d.state) && d.state !== "ResultsSubmitted") return;
  $("token-form").hidden = !!state.token;
  if (!state.token) return;
  try {
    const res = await fetch("api/v1/deals/" + id + "/result?part=stdout", { headers: { Authorization: "Bearer " + state.token } });
    if (res.ok) { showStdout(await res.text()); resultFor = id + d.state; }
    else if (res.status === 401 || res.status === 403) { $("token-form").hidden = false; $("result-note").textContent = "This node does not show this deal's result with that token."; }
  } catch (err) { showError(err); }
}

function showStdout(text) {
  $("deal-stdout").textContent = text;
  $("deal-stdout").hidden = false;
  $("result-note").textContent = "Standard output of the job:";
}

// --- the gateway: accounts and running modules ---

async function initGateway() {
  try { state.gateway = await api("api/v1/gateway/info"); } catch { return; }
  $("gateway").hidden = false;
  const sel = $("run-module");
  sel.replaceChildren(...(state.gateway.modules || []).map((m) => el("option", { value: m.name, text: m.name })));
  sel.onchange = renderInputs;
  renderInputs();
  $("signup-form").onsubmit = async (ev) => {
    ev.preventDefault();
    try {
      const r = await api("api/v1/gateway/signup", { method: "POST", body: { name: $("signup-name").value } });
      useKey(r.apiKey);
      $("new-key-value").textContent = r.apiKey;
      $("new-key").hidden = false;
    } catch (err) { showError(err); }
  };
  $("key-use").onclick = () => useKey($("key-input").value.trim());
  $("key-forget").onclick = () => useKey("");
  $("run-form").onsubmit = submitJob;
  useKey(state.key);
}

function renderInputs() {
  const m = (state.gateway.modules || []).find((x) => x.name === $("run-module").value);
  $("run-inputs").replaceChildren(...((m && m.inputs) || []).map((inp) => el("label", {}, inp.name + " ",
    el("input", { name: inp.name, "data-input": inp.name, value: inp.default || "", maxlength: "1000" }))));
}

function useKey(key) {
  state.key = key;
  if (key) localStorage.setItem("coophive.key", key); else localStorage.removeItem("coophive.key");
  $("signup-form").hidden = !!key;
  $("me").hidden = !key;
  $("run-form").hidden = !key;
  $("my-jobs").hidden = !key;
  if (!key) $("new-key").hidden = true;
  if (key) refreshMe();
}

let meTimer = null;
async function refreshMe() {
  clearTimeout(meTimer);
  meTimer = setTimeout(async () => {
    try {
      const me = await api("api/v1/gateway/me", { auth: state.key });
      $("me-name").textContent = me.user.name;
      $("me-available").textContent = tokens(me.balance.available);
      $("me-reserved").textContent = tokens(me.balance.reserved);
      $("my-jobs").tBodies[0].replaceChildren(...(me.jobs || []).map((j) => {
        const tr = row(dealLink(j.ref), j.note || "", j.state, j.outcome || "", j.charged === undefined || j.charged === null ? "" : tokens(j.charged), ago(j.created));
        tr.dataset.job = j.ref;
        return tr;
      }));
    } catch (err) {
      if (err.status === 401) { useKey(""); showError(new Error("that API key is not valid here")); } else showError(err);
    }
  }, 150);
}

async function submitJob(ev) {
  ev.preventDefault();
  const inputs = {};
  for (const i of $("run-inputs").querySelectorAll("input")) inputs[i.dataset.input] = i.value;
  $("run-submit").disabled = true;
  $("run-status").textContent = "submitting…";
  try {
    const r = await api("api/v1/gateway/jobs", { method: "POST", auth: state.key, body: { module: $("run-module").value, inputs } });
    $("run-status").textContent = "";
    refreshMe();
    location.hash = "#/deal/" + r.ref;
  } catch (err) {
    $("run-status").textContent = err.message;
    $("run-status").className = "error";
  } finally {
    $("run-submit").disabled = false;
  }
}

// --- errors ---

function showError(err) {
  console.error(err);
  const live = $("live");
  live.title = String(err.message || err);
}

// --- start ---

window.addEventListener("hashchange", route);
document.addEventListener("DOMContentLoaded", () => {
  $("token-form").onsubmit = (ev) => {
    ev.preventDefault();
    state.token = $("token-input").value.trim();
    if (state.token) localStorage.setItem("coophive.token", state.token);
    resultFor = null;
    loadResult();
  };
  loadAll().catch(showError).finally(() => { connect(); route(); initGateway(); });
  setInterval(() => { if (!state.view) renderPlots(); }, 15000); // the plots' time axis moves
  setInterval(() => api("api/v1/status").then((st) => { state.status = st; renderHeader(); }).catch(() => {}), 5000); // the head
});
