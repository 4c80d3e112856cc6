// The insights page: /v1/insights shown as tables and lists, every value put in as text.
// A proxy user in SA_ADMIN_GROUPS needs nothing more; otherwise an admin-scope key is asked
// for and kept in this tab only (sessionStorage).
"use strict";

(function () {
  const KEY_STORE = "strategy-assistant:admin-key";
  const $ = (id) => document.getElementById(id);

  const { el } = window.StrategyAssistantTool;

  function headers() {
    const key = window.sessionStorage.getItem(KEY_STORE);
    return key ? { Authorization: `Bearer ${key}` } : {};
  }

  function when(at) {
    return new Date(at * 1000).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
  }

  async function fetchData(path) {
    const response = await fetch(path, { headers: headers() });
    if (response.status === 401 || response.status === 403) {
      let message = "An administrator key is needed.";
      try { message = (await response.json()).error.message; } catch (_) { /* keep the default */ }
      const error = new Error(message);
      error.needsKey = true;
      throw error;
    }
    if (!response.ok) throw new Error(`The insights could not be loaded (HTTP ${response.status}).`);
    return response;
  }

  function show(data) {
    $("privacy").textContent = data.questions_kept
      ? `Question text is kept for ${data.retention_days} days, then deleted; counts are kept.`
      : "Question text is not kept (SA_INSIGHTS_QUESTIONS is off): only counts and feedback appear.";
    $("weekly-rows").replaceChildren(...data.weeks.map((w) => el("tr", {},
      el("th", { scope: "row", text: w.week }), el("td", { text: w.asked }), el("td", { text: w.refused }),
      el("td", { text: w.helpful }), el("td", { text: w.not_helpful }))));
    $("most-asked").replaceChildren(...(data.most_asked.length ? data.most_asked.map((g) => el("li", {},
      el("span", { class: "insight-question", text: g.question }),
      el("span", { class: "hint", text: ` asked ${g.count} time${g.count === 1 ? "" : "s"}` }),
      g.wordings.length > 1 ? el("span", { class: "hint", text: ` (also: ${g.wordings.filter((w) => w !== g.question).join("; ")})` }) : null))
      : [el("li", { class: "hint", text: "No question text in this period." })]));
    $("refused").replaceChildren(...(data.refused.length ? data.refused.map((r) => el("li", {},
      el("span", { class: "insight-question", text: r.question }), el("span", { class: "hint", text: ` ${when(r.at)}` })))
      : [el("li", { class: "hint", text: "No refused question with its text in this period." })]));
    $("feedback").replaceChildren(...(data.feedback.length ? data.feedback.map((f) => el("li", { class: "insight-feedback" },
      el("p", {}, el("strong", { text: f.rating === "up" ? "Helpful" : "Not helpful" }), ` · ${when(f.at)}`),
      el("p", { text: `Q: ${f.question}` }),
      el("p", { text: `A: ${f.answer}` }),
      f.comment ? el("p", { text: `Comment: ${f.comment}` }) : null,
      f.citations.length ? el("ul", {}, ...f.citations.map((c) => el("li", { text: `[${c.n}] ${c.document_id}: “${c.quote}”` }))) : null))
      : [el("li", { class: "hint", text: "No feedback in this period." })]));
  }

  async function load() {
    const weeks = $("weeks").value;
    $("status").textContent = "Loading…";
    try {
      const data = await (await fetchData(`/v1/insights?weeks=${weeks}`)).json();
      $("key-form").hidden = true;
      show(data);
      $("status").textContent = `The last ${weeks} weeks.`;
    } catch (err) {
      $("status").textContent = err.message;
      if (err.needsKey) {
        $("key-reason").textContent = err.message;
        $("key-form").hidden = false;
      }
    }
  }

  async function download() {
    try {
      const response = await fetchData(`/v1/insights.csv?weeks=${$("weeks").value}`);
      const link = el("a", { href: URL.createObjectURL(await response.blob()), download: "insights-weekly.csv" });
      document.body.append(link);
      link.click();
      link.remove();
    } catch (err) {
      $("status").textContent = err.message;
    }
  }

  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    window.sessionStorage.setItem(KEY_STORE, $("admin-key").value.trim());
    $("admin-key").value = "";
    load();
  });
  $("weeks").addEventListener("change", load);
  $("download-csv").addEventListener("click", download);
  load();
  document.body.dataset.ready = "true";
})();
