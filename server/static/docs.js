// /docs: ReDoc over /openapi.json, from assets the app serves itself. The theme's colours (and
// docs.css, for the response tabs) meet WCAG AA contrast; ReDoc's defaults do not.
"use strict";

(function () {
  const root = document.getElementById("redoc");
  const theme = {
    typography: { code: { color: "#9f1239", backgroundColor: "#f4f5f5" } },
    colors: {
      tonalOffset: 0,
      primary: { main: "#1d4ed8" },
      success: { main: "#166534" },
      warning: { main: "#92400e" },
      error: { main: "#b91c1c" },
      text: { primary: "#1a1a1a", secondary: "#4b5563" },
      responses: {
        success: { color: "#14532d", backgroundColor: "#ecfdf5", tabTextColor: "#14532d" },
        error: { color: "#7f1d1d", backgroundColor: "#fef2f2", tabTextColor: "#7f1d1d" },
        redirect: { color: "#78350f", backgroundColor: "#fffbeb", tabTextColor: "#78350f" },
        info: { color: "#1e3a8a", backgroundColor: "#eff6ff", tabTextColor: "#1e3a8a" },
      },
      http: {
        get: "#166534", post: "#1e40af", put: "#92400e", options: "#5b21b6",
        patch: "#9a3412", delete: "#b91c1c", basic: "#374151", link: "#155e75", head: "#6b21a8",
      },
    },
    sidebar: { backgroundColor: "#f4f6f8", textColor: "#1a1a1a", activeTextColor: "#1d4ed8" },
    // ReDoc writes some colours into its components; this hook overrides the faint one.
    extensionsHook: (component) => (component === "UnderlinedHeader" ? "color: #4b5563;" : ""),
  };
  // ReDoc's choice of media type (a register is JSON or CSV) is a select with no name, which
  // screen readers and voice control need; each one is named as ReDoc draws it.
  const nameSelects = () => {
    for (const select of root.querySelectorAll("select:not([aria-label])")) {
      select.setAttribute("aria-label", "Response media type");
    }
  };
  new MutationObserver(nameSelects).observe(root, { childList: true, subtree: true });
  window.Redoc.init(root.dataset.specUrl, { theme, hideLoading: true }, root);
})();
