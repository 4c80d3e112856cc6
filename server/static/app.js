// The chat page and the widget page. Everything the server sends is put in the page as text
// (textContent, text nodes): never as HTML, so markup inside a document cannot run here.
"use strict";

(function () {
  const TYPE_LABELS = {
    strategy: "Strategies",
    minutes: "Minutes",
    report: "Reports",
    action_log: "Action logs",
    slides: "Slides",
    progress_report: "Progress reports",
    meeting_pack: "Meeting packs",
    document: "Other documents",
  };
  const KIND_LABELS = {
    minute_item: "minute item",
    resolution: "resolution",
    action: "action",
    commitment: "commitment",
    contact: "contact",
    table_row: "table row",
    list: "list",
  };
  const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  const CONTEXT_CHARS = 220;
  const THUMB_PATH = "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06"
    + "L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05"
    + "c.09-.23.14-.47.14-.73v-2z";
  const REQUEST_TIMEOUT_MS = 30000;
  // A stream may take longer than one request: the model words the answer as it goes.
  const STREAM_TIMEOUT_MS = 120000;
  const STORAGE_KEY = "strategy-assistant:conversations";
  const KEPT_CONVERSATIONS = 20;
  const KEPT_TURNS = 50;

  const embedded = document.body.dataset.embedded === "true";
  const $ = (id) => document.getElementById(id);
  const form = $("ask-form");
  const question = $("question");
  const askButton = $("ask-button");
  const conversationEl = $("conversation");
  const announcer = $("announcer");
  const formError = $("form-error");
  const dialog = $("document-dialog");
  const stopButton = $("stop-button");
  const queueStatus = $("queue-status");

  let conversationId = null;
  let turns = 0;
  let busy = false;
  let stopCurrent = null;
  // Questions asked while an answer is coming: asked in order, never dropped.
  const queue = [];
  // A widget-scoped key handed over by the embedding page (embed.js data-key), kept in memory.
  let apiKey = null;
  let documentsLoaded = null;

  // ---- small DOM helpers: elements are built, text is only ever assigned as text ----------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function announce(message) {
    announcer.textContent = "";
    // A fresh text node after a tick makes screen readers announce a repeated message too.
    window.setTimeout(() => { announcer.textContent = message; }, 50);
  }

  class ApiFailure extends Error {
    constructor(message, status, code) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  function requestHeaders(json) {
    const headers = json ? { "Content-Type": "application/json" } : {};
    if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
    return headers;
  }

  async function failureOf(response) {
    let data = null;
    try { data = await response.json(); } catch (_) { data = null; }
    const message = data && data.error && typeof data.error.message === "string"
      ? data.error.message : `The assistant answered with an error (HTTP ${response.status}).`;
    const code = data && data.error && typeof data.error.code === "string" ? data.error.code : "";
    return new ApiFailure(message, response.status, code);
  }

  // One server-sent event block ("event: x\ndata: {...}") as [name, data], or null.
  function parseEvent(block) {
    let name = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) name = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
    }
    if (!data.length) return null;
    return [name, JSON.parse(data.join("\n"))];
  }

  // POST /v1/ask/stream, calling onEvent(name, data) for each event; resolves with `done`'s data.
  async function streamAsk(body, signal, onEvent) {
    let response;
    try {
      response = await fetch("/v1/ask/stream", {
        method: "POST", headers: requestHeaders(true), body: JSON.stringify(body), signal,
      });
    } catch (err) {
      if (err && err.name === "AbortError") throw err;
      throw new ApiFailure("The assistant could not be reached.", 0);
    }
    if (!response.ok) throw await failureOf(response);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
      let at;
      while ((at = buffer.indexOf("\n\n")) >= 0) {
        const event = parseEvent(buffer.slice(0, at));
        buffer = buffer.slice(at + 2);
        if (!event) continue;
        const [name, data] = event;
        if (name === "error") {
          const error = data && data.error ? data.error : {};
          throw new ApiFailure(error.message || "The answer could not be completed.", 500, error.code || "");
        }
        if (name === "done") return data;
        onEvent(name, data);
      }
    }
    throw new ApiFailure("The answer stopped before it was complete.", 0);
  }

  async function api(path, body) {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let response;
    try {
      response = await fetch(path, {
        method: body === undefined ? "GET" : "POST",
        headers: requestHeaders(body !== undefined),
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (err) {
      const timedOut = err && err.name === "AbortError";
      throw new ApiFailure(
        timedOut ? "The assistant took too long to answer." : "The assistant could not be reached.",
        0,
      );
    } finally {
      window.clearTimeout(timer);
    }
    if (!response.ok) throw await failureOf(response);
    try { return await response.json(); } catch (_) { return null; }
  }

  // ---- filters ----------------------------------------------------------------------------
  function selectedTypes() {
    return Array.from(document.querySelectorAll("#doc-types input[type=checkbox]:checked"))
      .map((box) => box.value);
  }

  function readFilters() {
    const from = $("date-from").value.trim();
    const to = $("date-to").value.trim();
    for (const [value, label] of [[from, "From"], [to, "To"]]) {
      if (value && !DATE.test(value)) {
        throw new ApiFailure(`${label} date: use a year, year-month or full date, such as 2019 or 2019-11-28.`, 400);
      }
    }
    if (from && to && from.slice(0, Math.min(from.length, to.length)) > to.slice(0, Math.min(from.length, to.length))) {
      throw new ApiFailure("The From date is after the To date: swap them, or clear one.", 400);
    }
    const types = selectedTypes();
    if (!types.length && !from && !to) return null;
    return { doc_types: types, date_from: from || null, date_to: to || null };
  }

  function clearFilters() {
    for (const box of document.querySelectorAll("#doc-types input[type=checkbox]")) box.checked = false;
    $("date-from").value = "";
    $("date-to").value = "";
    updateFilterSummary();
  }

  function updateFilterSummary() {
    const parts = [];
    const types = selectedTypes();
    if (types.length) parts.push(types.map((t) => TYPE_LABELS[t] || t).join(", "));
    const from = $("date-from").value.trim();
    const to = $("date-to").value.trim();
    if (from || to) parts.push(`${from || "…"} to ${to || "…"}`);
    $("filter-summary").textContent = parts.length ? `(${parts.join("; ")})` : "";
  }

  function showDocTypes(documents) {
    const counts = new Map();
    for (const doc of documents) counts.set(doc.doc_type, (counts.get(doc.doc_type) || 0) + 1);
    const fieldset = $("doc-types");
    $("doc-types-status").remove();
    const order = Object.keys(TYPE_LABELS);
    const types = Array.from(counts.keys()).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const type of types) {
      const id = `type-${type}`;
      const box = el("input", { type: "checkbox", id, name: "doc_types", value: type });
      box.addEventListener("change", updateFilterSummary);
      const n = counts.get(type);
      fieldset.append(el("div", { class: "check" }, box,
        el("label", { for: id, text: `${TYPE_LABELS[type] || type} (${n})` })));
    }
  }

  // "What can I ask?": every document the caller may see, newest first, and whether it is current.
  function showCovered(documents) {
    const titles = new Map(documents.map((d) => [d.id, d.title]));
    const rows = $("covered-rows");
    const sorted = documents.filter((d) => !d.parent_id)
      .sort((a, b) => (b.date || "").localeCompare(a.date || "") || a.title.localeCompare(b.title));
    for (const doc of sorted) {
      const status = doc.superseded_by
        ? `Superseded by ${titles.get(doc.superseded_by) || doc.superseded_by}` : "Current";
      const parts = documents.filter((d) => d.parent_id === doc.id).length;
      const type = TYPE_LABELS[doc.doc_type] || doc.doc_type;
      rows.append(el("tr", { class: doc.superseded_by ? "superseded" : null },
        el("td", { text: parts ? `${doc.title} (${parts} parts)` : doc.title }),
        el("td", { text: type }),
        el("td", { text: doc.date || "undated" }),
        el("td", { text: status })));
    }
    $("covered").hidden = false;
    $("covered-status").textContent = `${sorted.length} document${sorted.length === 1 ? "" : "s"}.`;
  }

  async function loadDocuments(attempt) {
    let data;
    try {
      data = await api("/v1/documents");
    } catch (err) {
      if (err.status === 503 && attempt < 20) {
        $("doc-types-status").textContent = "The index is still loading…";
        window.setTimeout(() => loadDocuments(attempt + 1), 3000);
        return;
      }
      $("doc-types-status").textContent = "Document types could not be loaded; questions still search everything.";
      $("covered-status").textContent = "The list of documents is not available here.";
      return;
    }
    showDocTypes(data.documents);
    showCovered(data.documents);
    loadExamples();
  }

  async function loadExamples() {
    const status = $("examples-status");
    let data;
    try {
      data = await api("/v1/examples");
    } catch (err) {
      status.textContent = "Examples are not available here.";
      return;
    }
    const list = $("examples");
    for (const example of data.questions) {
      const button = el("button", { type: "button", class: "link-button example", text: example.question });
      button.addEventListener("click", () => {
        question.value = example.question;
        submit();
      });
      list.append(el("li", {}, button));
    }
    status.textContent = data.questions.length
      ? "Choose one to ask it, or write your own." : "No examples could be made from these documents.";
  }

  // ---- citations ----------------------------------------------------------------------------
  function locator(c) {
    if (c.page !== null && c.page !== undefined) return `page ${c.page}`;
    if (Array.isArray(c.lines) && c.lines.length === 2) {
      return c.lines[0] === c.lines[1] ? `line ${c.lines[0]}` : `lines ${c.lines[0]}–${c.lines[1]}`;
    }
    return null;
  }

  function citationLine(c) {
    return [c.date, c.section, locator(c)].filter(Boolean).join(" · ");
  }

  // The passage with the quote marked; clipped around the quote unless `whole`.
  function passageWithQuote(text, quote, whole) {
    const block = el("blockquote", { class: "passage" });
    const at = quote ? text.indexOf(quote) : -1;
    if (at < 0) {
      if (quote) block.append(el("mark", { text: quote }), el("br"));
      block.append(whole || text.length <= CONTEXT_CHARS * 2 ? text : `${text.slice(0, CONTEXT_CHARS * 2)}…`);
      return block;
    }
    let before = text.slice(0, at);
    let after = text.slice(at + quote.length);
    if (!whole && before.length > CONTEXT_CHARS) before = `…${before.slice(-CONTEXT_CHARS)}`;
    if (!whole && after.length > CONTEXT_CHARS) after = `${after.slice(0, CONTEXT_CHARS)}…`;
    block.append(before, el("mark", { text: quote }), after);
    return block;
  }

  function isClipped(c) {
    const at = c.quote ? c.text.indexOf(c.quote) : -1;
    if (at < 0) return c.text.length > CONTEXT_CHARS * 2;
    return at > CONTEXT_CHARS || c.text.length - at - c.quote.length > CONTEXT_CHARS;
  }

  function citationCard(turnId, c) {
    const cardId = `${turnId}-c${c.n}`;
    const titleId = `${cardId}-title`;
    const kind = KIND_LABELS[c.kind];
    const card = el("li", { class: "citation", id: cardId, tabindex: "-1", "aria-labelledby": titleId, "data-passage-id": c.passage_id });
    card.append(
      el("div", { class: "citation-head" },
        el("span", { class: "citation-n", text: `[${c.n}]` }),
        el("h4", { class: "citation-title", id: titleId, text: c.title })),
      el("p", { class: "citation-meta" }, citationLine(c), kind ? el("span", { class: "kind", text: kind }) : null),
    );
    let passage = passageWithQuote(c.text, c.quote, false);
    card.append(passage);
    const actions = el("div", { class: "citation-actions" });
    if (isClipped(c)) {
      const toggle = el("button", { type: "button", class: "link-button", "aria-expanded": "false", text: "Show whole passage" });
      toggle.addEventListener("click", () => {
        const whole = toggle.getAttribute("aria-expanded") !== "true";
        const next = passageWithQuote(c.text, c.quote, whole);
        passage.replaceWith(next);
        passage = next;
        toggle.setAttribute("aria-expanded", String(whole));
        toggle.textContent = whole ? "Show less" : "Show whole passage";
      });
      actions.append(toggle);
    }
    // The visible words start the accessible name, so "click Open in document" works by voice.
    const open = el("button", { type: "button", class: "link-button open-document" },
      "Open in document", el("span", { class: "visually-hidden", text: ` (source ${c.n}: ${c.title})` }));
    open.addEventListener("click", () => openDocument(c.document_id, c.passage_id, open));
    actions.append(open);
    card.append(actions);
    return card;
  }

  // The answer text with each [n] marker turned into a link to its citation card.
  function answerParagraph(turnId, text, numbers) {
    const p = el("p", { class: "answer-text" });
    const pattern = /\[(\d+)\]/g;
    let last = 0;
    let match;
    while ((match = pattern.exec(text)) !== null) {
      const n = Number(match[1]);
      if (!numbers.has(n)) continue;
      p.append(text.slice(last, match.index));
      const link = el("a", { href: `#${turnId}-c${n}`, class: "marker", text: `[${n}]` });
      link.setAttribute("aria-label", `source ${n}`);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        const card = document.getElementById(`${turnId}-c${n}`);
        if (!card) return;
        card.scrollIntoView({ block: "nearest", behavior: "smooth" });
        card.focus({ preventScroll: true });
        card.classList.remove("flash");
        void card.offsetWidth;
        card.classList.add("flash");
      });
      p.append(link);
      last = match.index + match[0].length;
    }
    p.append(text.slice(last));
    return p;
  }

  function copyText(q, data) {
    const lines = [data.refused ? `Not in the documents. ${data.answer}` : data.answer, ""];
    if (data.citations.length) {
      lines.push(data.refused ? "Closest passages:" : "Sources:");
      for (const c of data.citations) {
        lines.push(`[${c.n}] ${c.title}${citationLine(c) ? ` — ${citationLine(c)}` : ""}`);
        lines.push(`    “${c.quote}”`);
      }
    }
    return `Q: ${q}\n\n${lines.join("\n")}\n`;
  }

  async function writeClipboard(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try { await navigator.clipboard.writeText(text); return true; } catch (_) { /* fall back */ }
    }
    const area = el("textarea", { class: "visually-hidden", readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand("copy"); } catch (_) { ok = false; }
    area.remove();
    return ok;
  }

  // ---- conversations kept in this browser -----------------------------------------------------
  // Each conversation is stored with its answers as the server sent them, so a reload shows it
  // again without asking anything; the server's conversation id lets follow-ups continue it.
  function loadStore() {
    try {
      const raw = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "null");
      if (raw && Array.isArray(raw.items)) return raw;
    } catch (_) { /* unreadable or blocked storage: start with none */ }
    return { current: null, items: [] };
  }

  function saveStore() {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(store));
    } catch (_) { /* storage full or blocked: the page works on, without history */ }
  }

  let store = loadStore();
  let current = null;

  function newRecord() {
    const id = `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    return { id, serverId: null, title: "", updated: Date.now(), turns: [] };
  }

  function recordTurn(turn) {
    if (!current) current = newRecord();
    current.turns.push(turn);
    current.turns = current.turns.slice(-KEPT_TURNS);
    current.serverId = conversationId;
    current.updated = Date.now();
    if (!current.title) current.title = turn.q.length > 80 ? `${turn.q.slice(0, 79)}…` : turn.q;
    store.items = [current, ...store.items.filter((c) => c.id !== current.id)].slice(0, KEPT_CONVERSATIONS);
    store.current = current.id;
    saveStore();
    renderHistory();
  }

  function renderHistory() {
    const nav = $("history");
    const list = $("history-list");
    list.replaceChildren();
    nav.hidden = store.items.length === 0;
    $("history-summary").textContent = `Your conversations (${store.items.length})`;
    for (const record of store.items) {
      const when = new Date(record.updated).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
      const button = el("button", { type: "button", class: "link-button history-item",
        "aria-current": current && record.id === current.id ? "true" : null }, record.title || "Untitled");
      button.addEventListener("click", () => showConversation(record));
      list.append(el("li", {}, button, el("span", { class: "hint history-when", text: ` ${when}` })));
    }
  }

  function showConversation(record) {
    if (busy || queue.length) {
      announce("Wait for the answer, or stop it, before opening another conversation.");
      return;
    }
    current = record;
    conversationId = record.serverId;
    turns = 0;
    conversationEl.replaceChildren();
    for (const turn of record.turns) {
      const { article, turnId } = newTurn(turn.q);
      article.append(turn.data
        ? answerBubble(turnId, turn.q, turn.data, turn.filters)
        : stoppedBubble(turn.q, turn.partial || "", turn.filters));
    }
    store.current = record.id;
    saveStore();
    renderHistory();
    announce(`Showing the conversation “${record.title}”.`);
  }

  function restoreConversation() {
    const record = store.items.find((c) => c.id === store.current);
    if (record && record.turns.length) showConversation(record);
    else renderHistory();
  }

  // ---- turns ---------------------------------------------------------------------------------
  function newTurn(q) {
    const welcome = $("welcome");
    if (welcome) welcome.remove();
    turns += 1;
    const turnId = `t${turns}`;
    const article = el("article", { class: "turn", id: turnId, "aria-labelledby": `${turnId}-h` },
      el("h2", { class: "visually-hidden", id: `${turnId}-h`, text: `Question ${turns}` }),
      questionBubble(q));
    conversationEl.append(article);
    return { article, turnId };
  }

  function questionBubble(q) {
    return el("div", { class: "turn-question" },
      el("span", { class: "visually-hidden", text: "You asked: " }), el("p", { text: q }));
  }

  function waitingBubble() {
    return el("div", { class: "turn-answer waiting", role: "status" },
      el("span", { text: "Waiting: this question is asked when the answer above is complete." }));
  }

  // The answer as it streams in: plain text until `done` brings its citations.
  function liveBubble() {
    const status = el("span", { text: "Searching the documents…" });
    const text = el("p", { class: "answer-text live-text" });
    const box = el("div", { class: "turn-answer pending", "aria-busy": "true" },
      el("h3", { class: "visually-hidden", text: "Answer, being written" }),
      el("p", { class: "live-status", role: "status" }, el("span", { class: "spinner", "aria-hidden": "true" }), status),
      text);
    return {
      box,
      show(value) {
        text.textContent = value;
        status.textContent = value ? "Writing the answer…" : "Searching the documents…";
      },
    };
  }

  function errorBubble(q, message, filters) {
    const retry = el("button", { type: "button", class: "secondary", text: "Try again" });
    const box = el("div", { class: "turn-answer error" },
      el("h3", { text: "Something went wrong" }),
      el("p", { text: message }),
      retry);
    retry.addEventListener("click", () => {
      box.closest(".turn").remove();
      ask(q, filters);
    });
    return box;
  }

  function stoppedBubble(q, partial, filters) {
    const again = el("button", { type: "button", class: "secondary", text: "Ask again" });
    again.addEventListener("click", () => ask(q, filters));
    return el("div", { class: "turn-answer stopped" },
      el("h3", { text: "Stopped" }),
      partial ? el("p", { class: "answer-text", text: partial }) : null,
      el("p", { class: "hint", text: "You stopped this answer before it was complete." }),
      again);
  }

  // A thumb drawn as SVG (no emoji font is needed); pointing down when `down`.
  function thumbIcon(down) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", down ? "icon thumb-down" : "icon");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", THUMB_PATH);
    svg.append(path);
    return svg;
  }

  function feedbackControls(q, data) {
    const wrap = el("div", { class: "feedback", role: "group", "aria-label": "Was this answer helpful?" });
    const status = el("span", { class: "feedback-status", role: "status" });
    const up = el("button", { type: "button", class: "thumb", "aria-pressed": "false", "data-rating": "up" },
      thumbIcon(false), "Helpful");
    const down = el("button", { type: "button", class: "thumb", "aria-pressed": "false", "data-rating": "down" },
      thumbIcon(true), "Not helpful");
    for (const button of [up, down]) {
      button.addEventListener("click", async () => {
        const rating = button.dataset.rating;
        up.disabled = true;
        down.disabled = true;
        status.textContent = "Sending…";
        try {
          await api("/v1/feedback", {
            rating,
            question: q,
            answer: data.answer,
            refused: data.refused,
            conversation_id: data.conversation_id,
            citations: data.citations.map((c) => ({ n: c.n, passage_id: c.passage_id, document_id: c.document_id, quote: c.quote })),
          });
          button.setAttribute("aria-pressed", "true");
          status.textContent = "Thanks, your feedback was recorded.";
        } catch (err) {
          up.disabled = false;
          down.disabled = false;
          status.textContent = `Feedback was not sent: ${err.message}`;
        }
      });
    }
    wrap.append(up, down, status);
    return wrap;
  }

  function describeFilters(filters) {
    const parts = [];
    if (filters.doc_types && filters.doc_types.length) {
      parts.push(filters.doc_types.map((t) => TYPE_LABELS[t] || t).join(", "));
    }
    if (filters.date_from || filters.date_to) parts.push(`dated ${filters.date_from || "…"} to ${filters.date_to || "…"}`);
    return parts.join("; ");
  }

  // A refusal under filters may only mean the filters left the answer out: say so, and offer
  // the same question over everything in one click.
  function filtersNote(q, filters) {
    const retry = el("button", { type: "button", class: "secondary clear-and-ask", text: "Clear filters and ask again" });
    retry.addEventListener("click", () => {
      clearFilters();
      ask(q, null);
    });
    return el("div", { class: "filters-note" },
      el("p", { text: `Filters were on (${describeFilters(filters)}), so only some documents were searched.` }),
      retry);
  }

  function answerBubble(turnId, q, data, filters) {
    const numbers = new Set(data.citations.map((c) => c.n));
    const box = el("div", { class: data.refused ? "turn-answer refused" : "turn-answer answered" });
    if (data.refused) {
      // Element.append writes a null child as the text "null": only real nodes go in.
      box.append(...[
        el("h3", { class: "not-found-title", text: "Not in the documents" }),
        el("p", { class: "answer-text", text: data.answer || "The documents don't say." }),
        filters ? filtersNote(q, filters) : null,
        data.citations.length
          ? el("p", { class: "hint", text: "The passages under “See also” are the nearest matches: they may help, but they do not answer the question." })
          : null,
      ].filter(Boolean));
    } else {
      box.append(el("h3", { class: "visually-hidden", text: "Answer" }), answerParagraph(turnId, data.answer, numbers));
    }
    const copy = el("button", { type: "button", class: "secondary copy", text: "Copy answer with sources" });
    const copyStatus = el("span", { class: "copy-status", role: "status" });
    copy.addEventListener("click", async () => {
      const ok = await writeClipboard(copyText(q, data));
      copyStatus.textContent = ok ? "Copied." : "Copying is blocked here; select the text instead.";
    });
    box.append(el("div", { class: "answer-actions" }, copy, copyStatus, feedbackControls(q, data)));
    if (data.citations.length) {
      const headingId = `${turnId}-sources`;
      box.append(
        el("h3", { class: "sources-title", id: headingId, text: data.refused ? "See also: closest passages" : "Sources" }),
        el("ol", { class: "citations", "aria-labelledby": headingId }, ...data.citations.map((c) => citationCard(turnId, c))),
      );
    }
    return box;
  }

  function setBusy(on) {
    busy = on;
    stopButton.hidden = !on;
    if (on) conversationEl.setAttribute("aria-busy", "true");
    else conversationEl.removeAttribute("aria-busy");
  }

  function updateQueueStatus() {
    const n = queue.length;
    queueStatus.textContent = n
      ? `${n} question${n === 1 ? "" : "s"} waiting; ${n === 1 ? "it is" : "they are"} asked when the current answer is complete.`
      : "";
  }

  function enqueue(q, filters) {
    const { article } = newTurn(q);
    const waiting = waitingBubble();
    article.append(waiting);
    queue.push({ q, filters, article, waiting });
    updateQueueStatus();
    announce("Your question will be asked when the current answer is complete.");
  }

  function askNext() {
    const next = queue.shift();
    updateQueueStatus();
    if (next) ask(next.q, next.filters, next);
  }

  async function ask(q, filters, queued) {
    if (busy) {
      enqueue(q, filters);
      return;
    }
    setBusy(true);
    const { article, turnId } = queued
      ? { article: queued.article, turnId: queued.article.id }
      : newTurn(q);
    const live = liveBubble();
    if (queued) queued.waiting.replaceWith(live.box);
    else article.append(live.box);
    article.scrollIntoView({ block: "end", behavior: "smooth" });
    announce("Searching the documents…");
    const controller = new AbortController();
    let stopped = false;
    stopCurrent = () => { stopped = true; controller.abort(); };
    const timer = window.setTimeout(() => controller.abort(), STREAM_TIMEOUT_MS);
    let text = "";
    const onEvent = (name, data) => {
      if (name === "meta" && data.conversation_id) conversationId = data.conversation_id;
      else if (name === "token") text += data.text;
      else if (name === "reset") text = "";
      live.show(text);
    };
    const send = (id) => streamAsk({ question: q, conversation_id: id, filters }, controller.signal, onEvent);
    try {
      let data;
      try {
        data = await send(conversationId);
      } catch (err) {
        // The server forgot the conversation (it expired): ask afresh, and say so.
        if (!(err instanceof ApiFailure) || err.code !== "conversation_not_found") throw err;
        conversationId = null;
        announce("The earlier conversation has expired; this question starts a new one.");
        data = await send(null);
      }
      conversationId = data.conversation_id;
      live.box.replaceWith(answerBubble(turnId, q, data, filters));
      recordTurn({ q, filters, data });
      const n = data.citations.length;
      announce(data.refused
        ? `Not in the documents. ${data.answer}${filters ? " Filters were on." : ""}`
        : `${data.answer.replace(/\s*\[\d+\]/g, "")} (${n} source${n === 1 ? "" : "s"} below)`);
    } catch (err) {
      if (stopped) {
        live.box.replaceWith(stoppedBubble(q, text, filters));
        recordTurn({ q, filters, partial: text });
        announce("Stopped.");
      } else {
        const message = err && err.name === "AbortError"
          ? "The assistant took too long to answer." : err.message;
        live.box.replaceWith(errorBubble(q, message, filters));
        announce(`Something went wrong: ${message}`);
      }
    } finally {
      window.clearTimeout(timer);
      stopCurrent = null;
      setBusy(false);
      article.scrollIntoView({ block: "start", behavior: "smooth" });
      askNext();
    }
  }

  // ---- the document view ---------------------------------------------------------------------
  async function openDocument(documentId, passageId, opener) {
    const meta = $("document-meta");
    const list = $("document-passages");
    const status = $("document-status");
    $("document-title").textContent = "Loading the document…";
    meta.replaceChildren();
    list.replaceChildren();
    status.textContent = "";
    dialog.returnFocusTo = opener;
    if (!dialog.open) dialog.showModal();
    let data;
    try {
      data = await api(`/v1/documents/${encodeURIComponent(documentId)}/passages`);
    } catch (err) {
      $("document-title").textContent = "The document could not be opened";
      status.textContent = err.message;
      return;
    }
    const doc = data.document;
    $("document-title").textContent = doc.title;
    const facts = [
      ["Type", TYPE_LABELS[doc.doc_type] || doc.doc_type],
      ["Date", doc.date],
      ["Period", doc.period],
      ["Publisher", doc.publisher],
      ["Author", doc.author],
      ["Superseded by", doc.superseded_by],
      ["Part of", doc.parent_id],
    ];
    for (const [name, value] of facts) {
      if (value) meta.append(el("dt", { text: name }), el("dd", { text: value }));
    }
    let current = null;
    let lastSection = null;
    for (const p of data.passages) {
      const item = el("li", { class: "document-passage", "data-passage-id": p.id });
      if (p.section && p.section !== lastSection) item.append(el("h3", { class: "passage-section", text: p.section }));
      lastSection = p.section;
      item.append(el("p", { text: p.text }));
      if (p.id === passageId) {
        item.classList.add("current");
        item.setAttribute("aria-current", "true");
        item.setAttribute("tabindex", "-1");
        current = item;
      }
      list.append(item);
    }
    status.textContent = `${data.passages.length} passages${current ? "; the cited passage is highlighted" : ""}.`;
    if (current) {
      current.scrollIntoView({ block: "center" });
      current.focus({ preventScroll: true });
    }
  }

  function closeDocument() {
    if (dialog.open) dialog.close();
  }

  dialog.addEventListener("close", () => {
    if (dialog.returnFocusTo) dialog.returnFocusTo.focus();
  });
  $("document-close").addEventListener("click", closeDocument);
  dialog.addEventListener("click", (event) => { if (event.target === dialog) closeDocument(); });

  // ---- the form --------------------------------------------------------------------------------
  function submit() {
    formError.textContent = "";
    const q = question.value.trim();
    if (!q) {
      formError.textContent = "Type a question first.";
      question.focus();
      return;
    }
    if (q.length > 2000) {
      formError.textContent = "Questions can be up to 2,000 characters.";
      return;
    }
    let filters;
    try {
      filters = readFilters();
    } catch (err) {
      formError.textContent = err.message;
      $("filters").open = true;
      return;
    }
    question.value = "";
    ask(q, filters);
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); submit(); });
  question.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  for (const id of ["date-from", "date-to"]) $(id).addEventListener("input", updateFilterSummary);
  $("clear-filters").addEventListener("click", clearFilters);
  stopButton.addEventListener("click", () => {
    if (stopCurrent) stopCurrent();
    question.focus();
  });
  $("new-conversation").addEventListener("click", () => {
    if (busy || queue.length) {
      announce("Wait for the answer, or stop it, before starting a new conversation.");
      return;
    }
    conversationId = null;
    current = null;
    turns = 0;
    store.current = null;
    saveStore();
    renderHistory();
    conversationEl.replaceChildren(el("p", { class: "hint new-conversation-note", text: "New conversation started. Earlier questions no longer shape the answers." }));
    announce("New conversation started.");
    question.focus();
  });

  // In the widget: tell the page around it that the assistant may be shown (embed.js shows its
  // launcher only then), take a widget key and focus requests from it, and let Escape close it.
  if (embedded && window.parent !== window) {
    window.addEventListener("message", (event) => {
      if (event.source !== window.parent || !event.data || typeof event.data !== "object") return;
      if (event.data.type === "strategy-assistant:key" && typeof event.data.key === "string"
          && event.data.key.length <= 512) {
        apiKey = event.data.key;
      } else if (event.data.type === "strategy-assistant:focus") {
        question.focus();
      }
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !dialog.open) {
        window.parent.postMessage({ type: "strategy-assistant:close" }, "*");
      }
    });
    window.parent.postMessage({ type: "strategy-assistant:ready" }, "*");
  }

  restoreConversation();
  loadDocuments(0);
  // "/#document=ID&passage=ID" (the registers page's links) opens that passage in its document.
  const linked = new URLSearchParams(window.location.hash.slice(1));
  if (linked.get("document")) openDocument(linked.get("document"), linked.get("passage"), question);
  document.body.dataset.ready = "true";
})();
