// The dashboard's charts, drawn with the vendored Chart.js (window.Chart, from
// /dashboard/static/vendor/): no animation, so a chart is read (and photographed) at once.
const charts = {};
const TEAL = "#0b7a75", AMBER = "#d97706", SLATE = "#4b6584", ROSE = "#c0392b", SKY = "#2d8fd5";

function draw(id, config) {
  if (charts[id]) charts[id].destroy();
  const Chart = window.Chart;
  Chart.defaults.font.family = '"Noto Sans", "Segoe UI", system-ui, sans-serif';
  Chart.defaults.color = "#3b4b5f";
  for (const set of config.data.datasets) set.maxBarThickness = 34;
  config.options = { responsive: true, maintainAspectRatio: false, animation: false,
                     plugins: { legend: { display: false } }, ...config.options };
  charts[id] = new Chart(document.getElementById(id), config);
}

function label(specialties, key) { return specialties[key] || key || "(none)"; }

export function drawCharts(t, ctx) {
  draw("chart-series", {
    type: "bar",
    data: { labels: t.series.map((r) => r.period),
            datasets: [{ label: "Requested", data: t.series.map((r) => r.consults), backgroundColor: TEAL },
                       { label: "Taken", data: t.series.map((r) => r.answered), backgroundColor: "#7fc8c2" }] },
    options: { plugins: { legend: { display: true, position: "bottom" } },
               scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  document.getElementById("series-by").textContent = `by ${ctx.period}`;
  const waits = t.by_specialty.filter((r) => r.median_wait_min !== null);
  draw("chart-waits", {
    type: "bar",
    data: { labels: waits.map((r) => label(ctx.specialties, r.specialty)),
            datasets: [{ label: "Median", data: waits.map((r) => r.median_wait_min), backgroundColor: TEAL },
                       { label: "9 in 10 within", data: waits.map((r) => r.p90_wait_min), backgroundColor: AMBER }] },
    options: { indexAxis: "y", plugins: { legend: { display: true, position: "bottom" } },
               scales: { x: { beginAtZero: true, title: { display: true, text: "minutes" } } } },
  });
  draw("chart-specialty", {
    type: "bar",
    data: { labels: t.by_specialty.map((r) => label(ctx.specialties, r.specialty)),
            datasets: [{ label: "Consults", data: t.by_specialty.map((r) => r.consults), backgroundColor: SLATE }] },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  // A district's officer sees its spokes; everyone else the districts.
  const bySpoke = Boolean(ctx.district) || t.by_district.length <= 1;
  const places = (bySpoke ? t.by_spoke : t.by_district).slice(0, 20);
  document.getElementById("places-caption").textContent =
    bySpoke ? "Consults by spoke (busiest 20)" : "Consults by district (busiest 20)";
  draw("chart-places", {
    type: "bar",
    data: { labels: places.map((r) => (bySpoke ? r.spoke : `${r.district}, ${r.state}`)),
            datasets: [{ label: "Consults", data: places.map((r) => r.consults), backgroundColor: SKY }] },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  const s = t.shares[0];
  draw("chart-shares", {
    type: "bar",
    data: { labels: ["Audio only", "Store-and-forward", "Prescription printed"],
            datasets: [{ label: "Share (%)",
                         data: [s.audio_only_pct ?? 0, s.store_forward_pct ?? 0, s.printed_pct ?? 0],
                         backgroundColor: [AMBER, SLATE, TEAL] }] },
    options: { scales: { y: { beginAtZero: true, max: 100, title: { display: true, text: "%" } } } },
  });
  const doctors = t.by_specialist.slice(0, 15);
  draw("chart-specialists", {
    type: "bar",
    data: { labels: doctors.map((r) => `${r.name} (${label(ctx.specialties, r.specialty)})`),
            datasets: [{ label: "Consults taken", data: doctors.map((r) => r.consults), backgroundColor: ROSE }] },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}
