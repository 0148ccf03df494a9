// Small behaviours of the pages and the review page's keyboard. Everything
// here also works without it: photos open in a new tab, fields show their
// edit forms, forms post normally.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function $(sel) { return document.querySelector(sel); }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr[data-field]")); }
  function isEN() { return document.documentElement.lang === "en"; }

  // Click the portrait to see it large; Escape or a click closes it.
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
    var meta = $("meta[name=csrf-token]");
    if (meta) ev.detail.headers["X-CSRF-Token"] = meta.content;
  });

  // The field the J and K keys move through; E edits it.
  var current = -1;

  function selectField(i) {
    var all = rows();
    if (!all.length) return;
    current = Math.max(0, Math.min(all.length - 1, i));
    all.forEach(function (r, j) { r.classList.toggle("current", j === current); });
    var row = all[current];
    row.focus();
    row.scrollIntoView({ block: "nearest" });
    if (window.KYCViewer && row.dataset.side) window.KYCViewer.pick(row.dataset.side);
  }

  function editField(row, open) {
    var form = row && row.querySelector("form.edit");
    if (!form) return;
    row.classList.toggle("editing", open);
    var btn = row.querySelector("[data-edit]");
    if (btn) btn.setAttribute("aria-expanded", String(open));
    if (open) {
      var input = form.querySelector("input[name=value]");
      input.focus();
      input.select();
    } else {
      row.focus();
    }
  }

  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest("[data-edit]");
    if (!btn) return;
    var row = btn.closest("tr[data-field]");
    current = rows().indexOf(row);
    editField(row, !row.classList.contains("editing"));
  });

  // Escape in a field's input closes its form without saving.
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") return;
    var row = ev.target.closest && ev.target.closest("tr.editing");
    if (row) { ev.preventDefault(); editField(row, false); }
  });

  function hint(zh, en) {
    var p = $("[data-testid=decide-hint]");
    if (!p) return;
    p.textContent = isEN() ? en : zh;
    p.hidden = false;
  }

  // approve submits the decision form as its Approve button would, so
  // the POST carries the CSRF token and the server applies every rule.
  // With errors on the record it first asks for the override.
  function approve() {
    var form = $("#decision-form");
    if (!form) return;
    var override = form.querySelector("#override");
    if (override && !override.checked) {
      hint("该记录有错误：请先更正，或勾选强制通过并写明理由。",
        "The record has errors: correct them, or tick the override and say why.");
      override.focus();
      return;
    }
    form.requestSubmit(form.querySelector("button[value=approve]"));
  }

  function reject() {
    var reason = $("#reason");
    if (reason) reason.focus();
  }

  function showHelp() {
    var dlg = document.getElementById("shortcuts");
    if (dlg && !dlg.open) dlg.showModal();
  }

  document.addEventListener("click", function (ev) {
    if (ev.target.closest("[data-show-help]")) showHelp();
  });

  function viewer() { return window.KYCViewer && window.KYCViewer.active(); }

  var keys = {
    a: approve,
    r: reject,
    j: function () { selectField(current + 1); },
    k: function () { selectField(current < 0 ? 0 : current - 1); },
    e: function () { editField(rows()[current < 0 ? 0 : current], true); },
    z: function () { var v = viewer(); if (v) v.step(); },
    "[": function () { var v = viewer(); if (v) v.rotate(-90); },
    "]": function () { var v = viewer(); if (v) v.rotate(90); },
    m: function () { var v = viewer(); if (v) v.toggleLens(); },
    "1": function () { if (window.KYCViewer) window.KYCViewer.pick("front"); },
    "2": function () { if (window.KYCViewer) window.KYCViewer.pick("back"); },
    "?": showHelp,
  };

  // typing reports whether the key goes to something the user types in,
  // where shortcuts must not fire.
  function typing(el) {
    if (!el || !el.closest) return false;
    if (el.tagName === "INPUT" && /^(checkbox|radio|button|submit|reset)$/.test(el.type)) return false;
    return !!el.closest("input, textarea, select, [contenteditable=''], [contenteditable=true]");
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.isComposing || typing(ev.target)) return;
    if (document.querySelector("dialog[open]")) return;
    var fn = keys[ev.key.length === 1 ? ev.key.toLowerCase() : ""];
    if (!fn) return;
    ev.preventDefault();
    fn();
  });
})();

// The export page shows how far a download has got: the server counts the
// rows it has written under the page's token, and the page asks each
// second until the file is complete.
(function () {
  "use strict";

  document.addEventListener("click", function (ev) {
    var link = ev.target.closest && ev.target.closest("a[data-export-progress]");
    var box = document.getElementById("export-progress");
    if (!link || !box) return;
    var url = link.getAttribute("data-export-progress");
    var timer = setInterval(function () {
      fetch(url, { credentials: "same-origin" })
        .then(function (res) { return res.text(); })
        .then(function (html) {
          box.innerHTML = html;
          var bar = box.querySelector("[data-finished]");
          if (bar && bar.getAttribute("data-finished") === "true") clearInterval(timer);
        })
        .catch(function () { clearInterval(timer); });
    }, 800);
  });
})();
