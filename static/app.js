// Small behaviours of the review page. Everything here also works without
// it: images open in a new tab, forms post normally.
(function () {
  "use strict";

  // Click a photo to see it large; Escape or a click closes it.
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest("a[data-enlarge]");
    if (!link) return;
    ev.preventDefault();
    var dlg = document.getElementById("viewer");
    if (!dlg) return;
    dlg.querySelector("img").src = link.getAttribute("href");
    dlg.showModal();
  });
  document.addEventListener("click", function (ev) {
    if (ev.target.closest("dialog.viewer")) ev.target.closest("dialog.viewer").close();
  });

  // htmx requests carry the CSRF token of the page.
  document.addEventListener("htmx:configRequest", function (ev) {
    var meta = document.querySelector("meta[name=csrf-token]");
    if (meta) ev.detail.headers["X-CSRF-Token"] = meta.content;
  });
})();
