// The one-line embed for intranet pages:
//   <script src="https://assistant.example/static/embed.js" data-title="Ask the strategies"
//           data-colour="#0b6e4f" data-position="bottom-left" defer></script>
// adds a launcher button that opens the assistant (its /embed page) in an iframe panel.
// data-title: the button and panel title; data-colour (or data-color): a hex colour;
// data-position: bottom-right (default), bottom-left, top-right or top-left;
// data-key: a widget-scoped API key (SA_API_KEYS scope "widget"), sent with every question.
// The widget lives in a shadow root, so the host page's styles neither leak in nor out.
// The assistant's page loads hidden at once; the launcher appears only when that page says it
// may be shown here (this origin is in SA_EMBED_ORIGINS). Otherwise it stays hidden and the
// console says which origin to allow.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__strategyAssistantWidget) return;
  window.__strategyAssistantWidget = true;

  var POSITIONS = ["bottom-right", "bottom-left", "top-right", "top-left"];
  var data = script.dataset;
  var origin = new URL(script.src, window.location.href).origin;
  var title = (data.title || "Ask the strategy assistant").trim().slice(0, 80) || "Ask the strategy assistant";
  var colourIn = (data.colour || data.color || "").trim();
  var colour = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(colourIn) ? colourIn : "#1d4ed8";
  var position = POSITIONS.indexOf(data.position) >= 0 ? data.position : "bottom-right";
  var key = (data.key || "").trim();
  // How long the assistant's page has to say it may be shown before the launcher stays hidden.
  var READY_MS = 15000;
  var vertical = position.split("-")[0];
  var horizontal = position.split("-")[1];

  // Black or white text, whichever contrasts more with the chosen colour (WCAG luminance).
  function textColourFor(hex) {
    var h = hex.slice(1);
    if (h.length === 3) h = h[0] + h[0] + h[1] + h[1] + h[2] + h[2];
    var rgb = [0, 2, 4].map(function (i) {
      var c = parseInt(h.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var lum = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    return (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.05) ? "#ffffff" : "#111111";
  }

  var css = [
    ":host { all: initial; }",
    ".launcher, .panel { position: fixed; z-index: 2147483000; " + vertical + ": 1rem; " + horizontal + ": 1rem; }",
    ".launcher { font: 600 1rem/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;",
    "  background: var(--sa-colour); color: var(--sa-text); border: 2px solid var(--sa-text);",
    "  border-radius: 999px; padding: .75rem 1.1rem; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); }",
    ".launcher:focus-visible, .close:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }",
    ".panel { display: flex; flex-direction: column; width: min(26rem, calc(100vw - 2rem));",
    "  height: min(40rem, calc(100vh - 2rem)); background: #fff; border-radius: 10px; overflow: hidden;",
    "  box-shadow: 0 10px 40px rgba(0,0,0,.35); border: 1px solid #c9d0d8; }",
    ".panel[hidden], .launcher[hidden] { display: none; }",
    ".head { display: flex; align-items: center; justify-content: space-between; gap: .5rem;",
    "  background: var(--sa-colour); color: var(--sa-text); padding: .5rem .5rem .5rem .9rem;",
    "  font: 600 1rem/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }",
    ".head h2 { font: inherit; margin: 0; }",
    ".close { background: transparent; color: inherit; border: 1px solid currentColor; border-radius: 6px;",
    "  font: inherit; min-width: 2.5rem; min-height: 2.5rem; cursor: pointer; }",
    "iframe { flex: 1; width: 100%; border: 0; }",
    "@media (max-width: 30rem) { .panel { top: 0; bottom: 0; left: 0; right: 0; width: 100vw; height: 100vh; border-radius: 0; } }",
  ].join("\n");

  var host = document.createElement("div");
  host.setAttribute("data-strategy-assistant", "");
  var root = host.attachShadow({ mode: "open" });
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function") {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    var style = document.createElement("style");
    style.textContent = css;
    root.appendChild(style);
  }
  host.style.setProperty("--sa-colour", colour);
  host.style.setProperty("--sa-text", textColourFor(colour));

  var launcher = document.createElement("button");
  launcher.type = "button";
  launcher.hidden = true;
  launcher.className = "launcher";
  launcher.textContent = title;
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "sa-panel");

  var panel = document.createElement("div");
  panel.className = "panel";
  panel.id = "sa-panel";
  panel.hidden = true;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-labelledby", "sa-title");

  var head = document.createElement("div");
  head.className = "head";
  var heading = document.createElement("h2");
  heading.id = "sa-title";
  heading.textContent = title;
  var close = document.createElement("button");
  close.type = "button";
  close.className = "close";
  close.textContent = "×";
  close.setAttribute("aria-label", "Close " + title);
  head.appendChild(heading);
  head.appendChild(close);
  panel.appendChild(head);

  var ready = false;
  var frame = document.createElement("iframe");
  frame.src = origin + "/embed";
  frame.title = title;
  frame.setAttribute("allow", "clipboard-write");
  frame.setAttribute("referrerpolicy", "strict-origin");
  panel.appendChild(frame);

  function tell(message) {
    frame.contentWindow.postMessage(message, origin);
  }

  function open() {
    if (!ready) return;
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    frame.focus();
    // The frame's own page puts the caret in its question box.
    tell({ type: "strategy-assistant:focus" });
  }

  var warned = false;
  function refused() {
    if (ready || warned) return;
    warned = true;
    console.warn("Strategy Assistant: the widget stays hidden because " + origin +
      " did not allow this page's origin (" + window.location.origin + ") to show it; add " +
      window.location.origin + " to SA_EMBED_ORIGINS on the assistant's server.");
  }
  var waiting = window.setTimeout(refused, READY_MS);

  function shut() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", open);
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") shut();
  });
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow || !event.data) return;
    if (event.data.type === "strategy-assistant:ready" && !ready) {
      ready = true;
      window.clearTimeout(waiting);
      if (key) tell({ type: "strategy-assistant:key", key: key });
      launcher.hidden = false;
    } else if (event.data.type === "strategy-assistant:close") {
      shut();
    }
  });
  // A refused frame still fires load (on the browser's error page) but never says it is ready.
  frame.addEventListener("load", function () {
    window.setTimeout(refused, 3000);
  });

  root.appendChild(launcher);
  root.appendChild(panel);
  function attach() { document.body.appendChild(host); }
  if (document.body) attach();
  else document.addEventListener("DOMContentLoaded", attach);
})();
