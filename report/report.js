/* report.js -- the behaviour of escape-report's HTML site: tables sorted
   by a click on their headings (index.html), and on a source page a
   click on a site (or Enter on it) opens the panel with its reason,
   rule and flow, the flow's lines highlighted.  Plain JavaScript, no
   library, nothing from the network; the pages read without it, only
   these interactions need it.  */

"use strict";

/* ---- Sortable tables ---------------------------------------------------- */

function cellValue(row, index, type) {
  const cell = row.cells[index];
  const raw = cell.dataset.value !== undefined ? cell.dataset.value
                                               : cell.textContent.trim();
  return type === "num" ? Number(raw) || 0 : raw.toLowerCase();
}

function sortTable(table, index, type, th) {
  const body = table.tBodies[0];
  const ascending = th.getAttribute("aria-sort") !== "ascending";
  const rows = Array.from(body.rows);
  rows.sort(function (a, b) {
    const x = cellValue(a, index, type), y = cellValue(b, index, type);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return ascending ? order : -order;
  });
  for (const h of table.tHead.rows[0].cells)
    h.removeAttribute("aria-sort");
  th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  for (const row of rows)
    body.appendChild(row);
}

for (const table of document.querySelectorAll("table.sortable")) {
  const heads = table.tHead.rows[0].cells;
  for (let i = 0; i < heads.length; i++) {
    const th = heads[i];
    th.querySelector("button").addEventListener("click", function () {
      sortTable(table, i, th.dataset.type, th);
    });
  }
}

/* ---- A source file: the site panel -------------------------------------- */

const panel = document.getElementById("panel");
let selected = null;

function clearFlow() {
  for (const row of document.querySelectorAll("tr.flow-step"))
    row.classList.remove("flow-step");
  if (selected)
    selected.classList.remove("selected");
  selected = null;
}

function openSite(mark) {
  clearFlow();
  const details = document.getElementById("site-" + mark.dataset.site);
  if (!details || !panel)
    return;
  selected = mark;
  mark.classList.add("selected");
  document.getElementById("panel-body").innerHTML = details.innerHTML;
  panel.hidden = false;
  for (const line of (mark.dataset.flowLines || "").split(" ")) {
    const row = line && document.getElementById("L" + line);
    if (row)
      row.classList.add("flow-step");
  }
}

function closePanel() {
  clearFlow();
  if (panel)
    panel.hidden = true;
}

for (const mark of document.querySelectorAll(".site[data-site]")) {
  mark.addEventListener("click", function (event) {
    event.stopPropagation();
    openSite(mark);
  });
  mark.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openSite(mark);
    }
  });
}

if (panel) {
  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape")
      closePanel();
  });
}

/* Parameter notes can be hidden, to see the allocation sites alone.  */
const showParams = document.getElementById("show-params");
if (showParams)
  showParams.addEventListener("change", function () {
    document.body.classList.toggle("hide-params", !showParams.checked);
  });

/* #L<n> marks the line.  Arriving with it (from the index, or from a
   flow step on another page) also opens the panel of the line's first
   site; a flow step of the open panel only moves to its line.  */
function showTarget(open) {
  for (const row of document.querySelectorAll("tr.target"))
    row.classList.remove("target");
  const m = /^#L(\d+)$/.exec(location.hash);
  const row = m && document.getElementById("L" + m[1]);
  if (!row)
    return;
  row.classList.add("target");
  const mark = row.querySelector(".site[data-site]");
  if (open && mark)
    openSite(mark);
}
window.addEventListener("hashchange", function () { showTarget(false); });
showTarget(true);
