// The registers page: /v1/registers/* as a sortable, filterable table, every value put in as
// text. Sorting orders the rows of the page shown; filters and pages are the server's.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const LIMIT = 50;
  const COLUMNS = {
    commitments: [
      ["text", "Commitment"], ["owner", "Owner"], ["target", "Target"], ["measure", "Measure"],
      ["title", "Document"], ["section", "Section"], ["date", "Date"], ["trail_summary", "Later mentions"],
    ],
    decisions: [
      ["text", "Decision"], ["kind", "Kind"], ["item_number", "Item"], ["item_title", "Title"],
      ["meeting_date", "Meeting date"], ["responsible_officer", "Responsible officer"], ["status", "Status"],
    ],
  };
  let offset = 0;
  let rows = [];
  let sortKey = null;
  let ascending = true;

  const { el } = window.StrategyAssistantTool;

  const value = (row, key) => (key in row ? row[key] : row.citation[key]) ?? "";

  function query(format) {
    const params = new URLSearchParams();
    for (const name of ["text", "owner", "date_from", "date_to"]) {
      const given = $(name).value.trim();
      if (given) params.set(name, given);
    }
    params.set("offset", String(offset));
    params.set("limit", String(LIMIT));
    if (format) params.set("format", format);
    return `/v1/registers/${$("register").value}?${params}`;
  }

  function render() {
    const columns = COLUMNS[$("register").value];
    $("head").replaceChildren(...columns.map(([key, label]) => {
      const sorted = key === sortKey ? (ascending ? "ascending" : "descending") : "none";
      const button = el("button", { type: "button", class: "link-button", text: label });
      button.addEventListener("click", () => {
        ascending = key === sortKey ? !ascending : true;
        sortKey = key;
        render();
      });
      return el("th", { scope: "col", "aria-sort": sorted }, button);
    }));
    const shown = sortKey === null ? rows : [...rows].sort((a, b) => {
      const order = String(value(a, sortKey)).localeCompare(String(value(b, sortKey)), "en-GB", { numeric: true });
      return ascending ? order : -order;
    });
    $("rows").replaceChildren(...shown.flatMap((row, i) => {
      const trailId = `trail-${offset + i}`;
      const line = el("tr", {}, ...columns.map(([key]) => {
        if (key === "text") return el("td", {}, el("q", { text: row.text }), " ", openLink(row.citation));
        if (key === "trail_summary") return trailCell(row, trailId);
        return el("td", { text: value(row, key) });
      }));
      return row.trail && row.trail.length ? [line, trailRow(row, trailId, columns.length)] : [line];
    }));
  }

  function openLink(citation) {
    const params = new URLSearchParams({ document: citation.document_id, passage: citation.passage_id });
    return el("a", { href: `/#${params}`, text: "Open in document" });
  }

  // The summary says only what the links' quotes say; the links themselves open below the row.
  function trailCell(row, trailId) {
    const cell = el("td", {}, el("span", { text: row.trail_summary }));
    if (!row.trail.length) return cell;
    const toggle = el("button", {
      type: "button", class: "link-button trail-toggle", "aria-expanded": "false", "aria-controls": trailId,
      text: `Show trail (${row.trail.length})`,
    });
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      toggle.textContent = `${open ? "Hide" : "Show"} trail (${row.trail.length})`;
      $(trailId).hidden = !open;
    });
    cell.append(" ", toggle);
    return cell;
  }

  function trailRow(row, trailId, span) {
    const items = row.trail.map((link) => el("li", {},
      el("q", { text: link.quote }), " ",
      el("span", { class: "hint", text: `${link.citation.title}${link.citation.date ? `, ${link.citation.date}` : ""}` }), " ",
      openLink(link.citation)));
    return el("tr", { id: trailId, class: "trail-row", hidden: "" },
      el("td", { colspan: span }, el("ul", { class: "insight-list", "aria-label": "Later mentions" }, ...items)));
  }

  async function load() {
    $("status").textContent = "Loading…";
    try {
      const response = await fetch(query());
      const body = await response.json();
      if (!response.ok) throw new Error(body.error ? body.error.message : `HTTP ${response.status}`);
      rows = body.rows;
      const last = Math.min(body.offset + body.rows.length, body.total);
      $("status").textContent = body.total
        ? `Rows ${body.offset + 1} to ${last} of ${body.total}.`
        : "No rows match these filters.";
      $("caption").textContent = `${$("register").selectedOptions[0].textContent}: ${$("status").textContent}`;
      $("previous").disabled = body.offset === 0;
      $("next").disabled = last >= body.total;
      render();
    } catch (err) {
      $("status").textContent = `The register could not be loaded: ${err.message}`;
    }
  }

  // ---- editions: every document with commitments may be compared; a superseded one is offered
  // first, against the edition that replaced it.
  async function loadEditions() {
    const response = await fetch("/v1/documents");
    if (!response.ok) return;
    const documents = (await response.json()).documents;
    const options = () => documents.map((d) => el("option", { value: d.id, text: `${d.title} (${d.date || "undated"})` }));
    $("from").replaceChildren(...options());
    $("to").replaceChildren(...options());
    const superseded = documents.find((d) => d.superseded_by && documents.some((o) => o.id === d.superseded_by));
    if (superseded) {
      $("from").value = superseded.id;
      $("to").value = superseded.superseded_by;
    }
  }

  const quote = (row) => el("q", { text: row.text });

  async function compare() {
    $("changes-status").textContent = "Comparing…";
    const params = new URLSearchParams({ from: $("from").value, to: $("to").value });
    try {
      const response = await fetch(`/v1/registers/changes?${params}`);
      const body = await response.json();
      if (!response.ok) throw new Error(body.error ? body.error.message : `HTTP ${response.status}`);
      $("carried").replaceChildren(...body.carried.map((c) => el("li", {},
        quote(c.old), " became ", quote(c.new), el("span", { class: "hint", text: ` (similarity ${c.score.toFixed(2)})` }))));
      $("dropped").replaceChildren(...body.dropped.map((r) => el("li", {}, quote(r))));
      $("new").replaceChildren(...body.new.map((r) => el("li", {}, quote(r))));
      $("changes-status").textContent = `${body.carried.length} carried over, ${body.dropped.length} dropped, `
        + `${body.new.length} new (matched at a similarity of ${body.threshold} or more).`;
    } catch (err) {
      $("changes-status").textContent = `The editions could not be compared: ${err.message}`;
    }
  }

  $("changes-form").addEventListener("submit", (event) => { event.preventDefault(); compare(); });

  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    offset = 0;
    sortKey = null;
    load();
  });
  $("register").addEventListener("change", () => { offset = 0; sortKey = null; load(); });
  $("previous").addEventListener("click", () => { offset = Math.max(0, offset - LIMIT); load(); });
  $("next").addEventListener("click", () => { offset += LIMIT; load(); });
  $("download-csv").addEventListener("click", () => { window.location.href = query("csv"); });
  Promise.all([load(), loadEditions()]).then(() => { document.body.dataset.ready = "true"; });
})();
