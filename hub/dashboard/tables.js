// The dashboard's tables: each with its title, its columns and a link to its CSV (the
// same filter, every row). A page shows the first rows of a long table.
const SHOWN = 200;

const WAITS = [["median_wait_min", "Median wait", "wait"], ["p90_wait_min", "90% within", "wait"]];
export const TABLES = [
  { name: "idle_spokes", title: "Spokes with no consult in these days", attention: true,
    note: "Spokes of the chosen place that requested no consult (of the chosen specialty) from the first to the last day.",
    columns: [["spoke", "Spoke"], ["spoke_id", "Id"], ["district", "District"], ["state", "State"],
              ["last_consult_day", "Last consult"]] },
  { name: "by_specialty", title: "Waiting by specialty",
    note: "From the CHO's request to the specialist taking the case.",
    columns: [["specialty", "Specialty", "specialty"], ["consults", "Consults", "n"],
              ["answered", "Taken", "n"], ...WAITS] },
  { name: "silent_spokes", title: "Spokes not synced lately", attention: true,
    note: "No kiosk of the spoke reached the hub in the chosen number of days; the backlog is what its kiosks last said was waiting to be sent.",
    columns: [["spoke", "Spoke"], ["district", "District"], ["kiosks", "Kiosks", "n"],
              ["last_seen_at", "Last seen", "time"], ["backlog_ops", "Backlog", "n"],
              ["quarantined", "Refused", "n"], ["reported_at", "Last report", "time"]] },
  { name: "troubles", title: "Kiosks with devices or printer in trouble", attention: true,
    note: "As each kiosk last reported.",
    columns: [["spoke", "Spoke"], ["district", "District"], ["kiosk", "Kiosk"],
              ["problems", "Trouble", "problems"], ["reported_at", "Reported", "time"]] },
  { name: "by_spoke", title: "Consults by spoke", wide: true,
    columns: [["spoke", "Spoke"], ["spoke_id", "Id"], ["district", "District"], ["state", "State"],
              ["consults", "Consults", "n"], ["answered", "Taken", "n"], ...WAITS] },
  { name: "by_district", title: "Consults by district",
    columns: [["district", "District"], ["state", "State"], ["consults", "Consults", "n"],
              ["answered", "Taken", "n"], ...WAITS] },
  { name: "by_state", title: "Consults by state",
    columns: [["state", "State"], ["consults", "Consults", "n"], ["answered", "Taken", "n"], ...WAITS] },
  { name: "by_hub", title: "Consults by hub",
    columns: [["hub_site", "Hub"], ["consults", "Consults", "n"], ["answered", "Taken", "n"], ...WAITS] },
  { name: "by_specialist", title: "Consults per specialist",
    columns: [["name", "Specialist"], ["specialty", "Specialty", "specialty"], ["hub_site", "Hub"],
              ["consults", "Taken", "n"], ["finished", "Finished", "n"], ...WAITS] },
  { name: "series", title: "Consults by period",
    columns: [["period", "From"], ["consults", "Consults", "n"], ["answered", "Taken", "n"]] },
];

// A moment in the browser's own time zone, to the minute, the same on either backend.
function when(value) {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const two = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function cell(value, kind, ctx) {
  const td = document.createElement("td");
  if (kind === "n" || kind === "wait") td.className = "n";
  if (value === null || value === undefined || value === "") td.textContent = "–";
  else if (kind === "wait") td.textContent = ctx.minutes(value);
  else if (kind === "n") td.textContent = Number(value).toLocaleString("en-IN");
  else if (kind === "specialty") td.textContent = ctx.specialties[value] || value;
  else if (kind === "time") td.textContent = when(value);
  else if (kind === "problems") {
    td.textContent = value.map((p) => `${p.device}: ${p.state.replaceAll("_", " ")}` +
      (p.message ? ` (${p.message})` : "")).join("; ");
  } else td.textContent = value;
  return td;
}

function tableCard(spec, rows, ctx) {
  const card = document.createElement("section");
  card.className = `card table-card${spec.wide ? " wide" : ""}${spec.attention && rows.length ? " attention" : ""}`;
  card.dataset.testid = `table-${spec.name}`;
  const head = document.createElement("div");
  head.className = "table-head";
  const h = document.createElement("h2");
  h.textContent = `${spec.title} (${rows.length.toLocaleString("en-IN")})`;
  const link = document.createElement("a");
  link.href = `/dashboard/api/tables/${spec.name}.csv?${ctx.query}`;
  link.download = "";
  link.dataset.testid = `csv-${spec.name}`;
  link.textContent = "Download CSV";
  head.append(h, link);
  card.append(head);
  if (spec.note) {
    const note = document.createElement("p");
    note.className = "table-note";
    note.textContent = spec.note;
    card.append(note);
  }
  const scroll = document.createElement("div");
  scroll.className = "scroll";
  const table = document.createElement("table");
  const tr = document.createElement("tr");
  for (const [, label, kind] of spec.columns) {
    const th = document.createElement("th");
    th.textContent = label;
    if (kind === "n" || kind === "wait") th.style.textAlign = "right";
    tr.append(th);
  }
  const thead = document.createElement("thead");
  thead.append(tr);
  const tbody = document.createElement("tbody");
  for (const row of rows.slice(0, SHOWN)) {
    const line = document.createElement("tr");
    line.dataset.testid = `row-${spec.name}`;
    for (const [key, , kind] of spec.columns) line.append(cell(row[key], kind, ctx));
    tbody.append(line);
  }
  if (!rows.length) {
    const line = document.createElement("tr");
    line.className = "empty";
    const td = document.createElement("td");
    td.colSpan = spec.columns.length;
    td.textContent = "None.";
    line.append(td);
    tbody.append(line);
  }
  table.append(thead, tbody);
  scroll.append(table);
  card.append(scroll);
  if (rows.length > SHOWN) {
    const more = document.createElement("p");
    more.className = "table-note";
    more.textContent = `Showing ${SHOWN} of ${rows.length.toLocaleString("en-IN")}; the CSV has all.`;
    card.append(more);
  }
  return card;
}

export function renderTables(container, tables, ctx) {
  container.replaceChildren(...TABLES.map((spec) => tableCard(spec, tables[spec.name], ctx)));
}
