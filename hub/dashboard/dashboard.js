// The programme dashboard: signs the officer in, asks the hub for the figures of the
// filter (the hub narrows them to the officer's scope), draws the charts with the
// vendored Chart.js and lists every table with its CSV. Read only: nothing here changes
// anything but the session.
import { TABLES, renderTables } from "./tables.js";
import { drawCharts } from "./charts.js";

const state = { csrf: "", officer: null, places: null, specialties: {}, figures: null };
const $ = (id) => document.getElementById(id);
window.hwcDashboard = { ready: false, loads: 0, state };

async function api(method, path, body) {
  const headers = { "Accept": "application/json" };
  if (method !== "GET") headers["X-CSRF-Token"] = state.csrf;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(`/dashboard/api${path}`, {
    method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = {};
  try { data = await response.json(); } catch (_) { /* an empty answer */ }
  if (!response.ok) {
    const error = new Error(data.message || response.statusText);
    error.status = response.status;
    throw error;
  }
  return data;
}

function isoDay(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function thisMonth() {
  const today = new Date();
  $("f-from").value = isoDay(new Date(today.getFullYear(), today.getMonth(), 1));
  $("f-to").value = isoDay(today);
}

function option(value, label) {
  const o = document.createElement("option");
  o.value = value; o.textContent = label;
  return o;
}

function fillSelect(select, all, values, chosen) {
  select.replaceChildren(option("", all), ...values.map(([v, l]) => option(v, l)));
  select.value = values.some(([v]) => v === chosen) ? chosen : "";
}

function fillPlaces(chosen = {}) {
  const { districts, hubs } = state.places;
  const states = [...new Set(districts.map(([s]) => s))];
  fillSelect($("f-state"), "All states", states.map((s) => [s, s]), chosen.state ?? $("f-state").value);
  const inState = districts.filter(([s]) => !$("f-state").value || s === $("f-state").value);
  const names = [...new Set(inState.map(([, d]) => d))];
  fillSelect($("f-district"), "All districts", names.map((d) => [d, d]), chosen.district ?? $("f-district").value);
  fillSelect($("f-hub"), "All hubs", hubs.map((h) => [h, h]), chosen.hub ?? $("f-hub").value);
}

function query() {
  const q = new URLSearchParams();
  const fields = { from: "f-from", to: "f-to", state: "f-state", district: "f-district",
                   hub: "f-hub", specialty: "f-specialty", period: "f-period", silent_days: "f-silent" };
  for (const [name, id] of Object.entries(fields)) {
    if ($(id).value) q.set(name, $(id).value);
  }
  const spoke = new URLSearchParams(location.search).get("spoke");
  if (spoke) q.set("spoke", spoke);
  return q;
}

export function minutes(value) {
  if (value === null || value === undefined) return "–";
  if (value < 60) return `${Math.round(value)} min`;
  const h = Math.floor(value / 60), m = Math.round(value % 60);
  return `${h} h ${String(m).padStart(2, "0")} min`;
}

function pct(value) { return value === null || value === undefined ? "–" : `${value}%`; }

function showTiles(shares) {
  $("tile-consults").textContent = shares.consults.toLocaleString("en-IN");
  $("tile-answered").textContent = shares.answered.toLocaleString("en-IN");
  $("tile-median").textContent = minutes(shares.median_wait_min);
  $("tile-p90").textContent = minutes(shares.p90_wait_min);
  $("tile-audio").textContent = pct(shares.audio_only_pct);
  $("tile-saf").textContent = pct(shares.store_forward_pct);
  $("tile-printed").textContent = pct(shares.printed_pct);
}

async function load() {
  window.hwcDashboard.ready = false;
  $("dash-error").hidden = true;
  $("dash-status").textContent = "Loading…";
  const q = query();
  history.replaceState(null, "", `?${q}`);
  const started = performance.now();
  try {
    const figures = await api("GET", `/figures?${q}`);
    state.figures = figures;
    const t = figures.tables;
    showTiles(t.shares[0]);
    drawCharts(t, { specialties: state.specialties, period: figures.filter.period,
                    district: figures.filter.district });
    renderTables($("tables"), t, { query: q, specialties: state.specialties, minutes });
    const took = Math.round(performance.now() - started);
    $("dash-status").textContent = `${figures.filter.from} to ${figures.filter.to} · ` +
      `answered in ${took} ms (the hub's queries: ${figures.query_ms} ms)`;
    window.hwcDashboard.loads += 1;
    window.hwcDashboard.ready = true;
  } catch (error) {
    if (error.status === 401) return showLogin();
    $("dash-error").textContent = error.message;
    $("dash-error").hidden = false;
    $("dash-status").textContent = "";
    window.hwcDashboard.ready = true;
  }
}

async function showDashboard(me) {
  state.officer = me.officer; state.csrf = me.csrf;
  $("login-view").hidden = true;
  $("who").hidden = false;
  $("officer-name").textContent = me.officer.name;
  const scope = me.officer.scope;
  $("officer-scope").textContent = `${scope.kind}: ${scope.value}`;
  const places = await api("GET", "/places");
  state.places = places;
  state.specialties = Object.fromEntries(places.specialties.map((s) => [s.value, s.label]));
  const asked = new URLSearchParams(location.search);
  fillPlaces({ state: asked.get("state") || "", district: asked.get("district") || "",
               hub: asked.get("hub") || "" });
  fillSelect($("f-specialty"), "All specialties", places.specialties.map((s) => [s.value, s.label]),
             asked.get("specialty") || "");
  thisMonth();
  if (asked.get("from")) $("f-from").value = asked.get("from");
  if (asked.get("to")) $("f-to").value = asked.get("to");
  if (asked.get("period")) $("f-period").value = asked.get("period");
  if (asked.get("silent_days")) $("f-silent").value = asked.get("silent_days");
  $("dash-view").hidden = false;
  await load();
}

function showLogin() {
  $("dash-view").hidden = true;
  $("who").hidden = true;
  $("login-view").hidden = false;
  $("login-username").focus();
  window.hwcDashboard.ready = true;
}

$("login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("login-error").hidden = true;
  try {
    const me = await api("POST", "/login", {
      username: $("login-username").value, password: $("login-password").value,
    });
    $("login-password").value = "";
    await showDashboard(me);
  } catch (error) {
    $("login-error").textContent = error.message;
    $("login-error").hidden = false;
  }
});

$("filters").addEventListener("submit", (event) => { event.preventDefault(); load(); });
$("f-state").addEventListener("change", () => fillPlaces({ district: "" }));
$("this-month").addEventListener("click", () => { thisMonth(); load(); });
$("logout").addEventListener("click", async () => {
  try { await api("POST", "/logout"); } finally { location.href = `/dashboard/${location.search}`; }
});

api("GET", "/me").then(showDashboard, showLogin);
export { TABLES };
