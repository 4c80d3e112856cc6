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

  const embedded = document.body.dataset.embedded === "true";
  const $ = (id) => document.getElementById(id);
  const form = $("ask-form");
  const question = $("question");
  const askButton = $("ask-button");
  const conversationEl = $("conversation");
  const announcer = $("announcer");
  const formError = $("form-error");
  const dialog = $("document-dialog");

  let conversationId = null;
  let turns = 0;
  let busy = false;

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

  async function api(path, body) {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let response;
    try {
      response = await fetch(path, {
        method: body === undefined ? "GET" : "POST",
        headers: body === undefined ? {} : { "Content-Type": "application/json" },
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
    let data = null;
    try { data = await response.json(); } catch (_) { data = null; }
    if (!response.ok) {
      const message = data && data.error && typeof data.error.message === "string"
        ? data.error.message : `The assistant answered with an error (HTTP ${response.status}).`;
      const code = data && data.error && typeof data.error.code === "string" ? data.error.code : "";
      throw new ApiFailure(message, response.status, code);
    }
    return data;
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
    const types = selectedTypes();
    if (!types.length && !from && !to) return null;
    return { doc_types: types, date_from: from || null, date_to: to || null };
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

  async function loadDocTypes(attempt) {
    const status = $("doc-types-status");
    let data;
    try {
      data = await api("/v1/documents");
    } catch (err) {
      if (err.status === 503 && attempt < 20) {
        status.textContent = "The index is still loading…";
        window.setTimeout(() => loadDocTypes(attempt + 1), 3000);
      } else {
        status.textContent = "Document types could not be loaded; questions still search everything.";
      }
      return;
    }
    const counts = new Map();
    for (const doc of data.documents) counts.set(doc.doc_type, (counts.get(doc.doc_type) || 0) + 1);
    const fieldset = $("doc-types");
    status.remove();
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
    const open = el("button", { type: "button", class: "link-button open-document", text: "Open in document" });
    open.setAttribute("aria-label", `Open citation ${c.n} in ${c.title}`);
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

  // ---- turns ---------------------------------------------------------------------------------
  function questionBubble(q) {
    return el("div", { class: "turn-question" },
      el("span", { class: "visually-hidden", text: "You asked: " }), el("p", { text: q }));
  }

  function pendingBubble() {
    return el("div", { class: "turn-answer pending", role: "status" },
      el("span", { class: "spinner", "aria-hidden": "true" }),
      el("span", { text: "Searching the documents…" }));
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

  function answerBubble(turnId, q, data) {
    const numbers = new Set(data.citations.map((c) => c.n));
    const box = el("div", { class: data.refused ? "turn-answer refused" : "turn-answer answered" });
    if (data.refused) {
      box.append(
        el("h3", { class: "not-found-title", text: "Not in the documents" }),
        el("p", { class: "answer-text", text: data.answer }),
        data.citations.length
          ? el("p", { class: "hint", text: "The passages under “See also” are the nearest matches: they may help, but they do not answer the question." })
          : null,
      );
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

  async function ask(q, filters) {
    if (busy) return;
    busy = true;
    askButton.disabled = true;
    conversationEl.setAttribute("aria-busy", "true");
    const welcome = $("welcome");
    if (welcome) welcome.remove();
    turns += 1;
    const turnId = `t${turns}`;
    const turn = el("article", { class: "turn", id: turnId, "aria-label": `Question ${turns}` });
    const pending = pendingBubble();
    turn.append(questionBubble(q), pending);
    conversationEl.append(turn);
    turn.scrollIntoView({ block: "end", behavior: "smooth" });
    announce("Searching the documents…");
    try {
      let data;
      try {
        data = await api("/v1/ask", { question: q, conversation_id: conversationId, filters });
      } catch (err) {
        // The server forgot the conversation (it expired): ask afresh, and say so.
        if (!(err instanceof ApiFailure) || err.code !== "conversation_not_found") throw err;
        conversationId = null;
        announce("The earlier conversation has expired; this question starts a new one.");
        data = await api("/v1/ask", { question: q, conversation_id: null, filters });
      }
      conversationId = data.conversation_id;
      pending.replaceWith(answerBubble(turnId, q, data));
      const n = data.citations.length;
      announce(data.refused
        ? `Not in the documents. ${data.answer}`
        : `${data.answer.replace(/\s*\[\d+\]/g, "")} (${n} source${n === 1 ? "" : "s"} below)`);
    } catch (err) {
      pending.replaceWith(errorBubble(q, err.message, filters));
      announce(`Something went wrong: ${err.message}`);
    } finally {
      busy = false;
      askButton.disabled = false;
      conversationEl.removeAttribute("aria-busy");
      turn.scrollIntoView({ block: "start", behavior: "smooth" });
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
  $("clear-filters").addEventListener("click", () => {
    for (const box of document.querySelectorAll("#doc-types input[type=checkbox]")) box.checked = false;
    $("date-from").value = "";
    $("date-to").value = "";
    updateFilterSummary();
  });
  $("new-conversation").addEventListener("click", () => {
    conversationId = null;
    turns = 0;
    conversationEl.replaceChildren(el("p", { class: "hint new-conversation-note", text: "New conversation started. Earlier questions no longer shape the answers." }));
    announce("New conversation started.");
    question.focus();
  });

  // In the widget, Escape asks the page around it to close the panel.
  if (embedded && window.parent !== window) {
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !dialog.open) {
        window.parent.postMessage({ type: "strategy-assistant:close" }, "*");
      }
    });
  }

  loadDocTypes(0);
  document.body.dataset.ready = "true";
})();
