// The photo viewer of the review page: zoom, pan, rotate by 90 degrees,
// a magnifier, and the original resolution on demand. Plain JS, no
// framework. Without it each photo shows whole and links to itself.
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  var MIN_ZOOM = 1, MAX_ZOOM = 12, LENS_SIZE = 180, LENS_POWER = 3;

  function Viewer(fig) {
    this.fig = fig;
    this.port = fig.querySelector(".viewport");
    this.img = this.port.querySelector("img");
    this.label = this.port.querySelector(".zoom-level");
    this.lens = document.createElement("div");
    this.lens.className = "lens";
    this.lens.hidden = true;
    this.lensImg = document.createElement("img");
    this.lensImg.alt = "";
    this.lens.appendChild(this.lensImg);
    this.port.appendChild(this.lens);
    this.zoom = 1; // 1 is "fit"; the scale on screen is fit * zoom
    this.rot = 0;
    this.px = 0;
    this.py = 0;
    this.lensOn = false;
    this.bind();
    if (this.img.complete) this.apply();
  }

  // fitScale is the scale at which the rotated photo fits the frame.
  Viewer.prototype.fitScale = function () {
    var w = this.img.naturalWidth, h = this.img.naturalHeight;
    if (!w || !h) return 1;
    var side = this.rot % 180 !== 0;
    var W = this.port.clientWidth, H = this.port.clientHeight;
    return Math.min(W / (side ? h : w), H / (side ? w : h));
  };

  // transform maps the photo's pixels onto the frame: centred, panned,
  // rotated, scaled.
  Viewer.prototype.transform = function () {
    var W = this.port.clientWidth, H = this.port.clientHeight;
    var s = this.fitScale() * this.zoom;
    return "translate(" + (W / 2 + this.px) + "px," + (H / 2 + this.py) + "px) rotate(" + this.rot +
      "deg) scale(" + s + ") translate(" + (-this.img.naturalWidth / 2) + "px," + (-this.img.naturalHeight / 2) + "px)";
  };

  Viewer.prototype.apply = function () {
    this.img.style.transform = this.transform();
    var pct = Math.round(this.fitScale() * this.zoom * 100);
    this.label.textContent = pct + "%" + (this.rot ? " · " + this.rot + "°" : "");
    this.fig.dataset.zoom = this.zoom.toFixed(2);
    this.fig.dataset.rotate = String(this.rot);
    this.port.classList.toggle("zoomed", this.zoom > 1.001);
  };

  // zoomAt scales by f keeping the frame point (x, y) where it is.
  Viewer.prototype.zoomAt = function (f, x, y) {
    var next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.zoom * f));
    f = next / this.zoom;
    var cx = this.port.clientWidth / 2, cy = this.port.clientHeight / 2;
    if (x === undefined) { x = cx; y = cy; }
    this.px = x - cx - f * (x - cx - this.px);
    this.py = y - cy - f * (y - cy - this.py);
    this.zoom = next;
    if (next === MIN_ZOOM) { this.px = 0; this.py = 0; }
    this.apply();
  };

  // step cycles fit, 2x, 4x: the Z key.
  Viewer.prototype.step = function () {
    if (this.zoom < 1.99) this.set(2);
    else if (this.zoom < 3.99) this.set(4);
    else this.set(1);
  };

  Viewer.prototype.set = function (zoom) {
    this.zoom = zoom;
    this.px = 0;
    this.py = 0;
    this.apply();
  };

  Viewer.prototype.rotate = function (deg) {
    this.rot = (this.rot + deg + 360) % 360;
    this.px = 0;
    this.py = 0;
    this.apply();
  };

  // actual shows the photo pixel for pixel: its original resolution.
  Viewer.prototype.actual = function () {
    this.set(Math.max(MIN_ZOOM, 1 / this.fitScale()));
  };

  Viewer.prototype.toggleLens = function () {
    this.lensOn = !this.lensOn;
    this.lens.hidden = true;
    this.lensImg.src = this.img.currentSrc || this.img.src;
    var btn = this.fig.querySelector("[data-act=lens]");
    if (btn) btn.setAttribute("aria-pressed", String(this.lensOn));
  };

  // showLens draws the photo under (x, y) magnified in a round lens, with
  // the same rotation and pan as the frame.
  Viewer.prototype.showLens = function (x, y) {
    this.lens.hidden = false;
    this.lens.style.left = (x - LENS_SIZE / 2) + "px";
    this.lens.style.top = (y - LENS_SIZE / 2) + "px";
    this.lensImg.style.transform = "translate(" + LENS_SIZE / 2 + "px," + LENS_SIZE / 2 + "px) scale(" +
      LENS_POWER + ") translate(" + (-x) + "px," + (-y) + "px) " + this.transform();
  };

  Viewer.prototype.act = function (name) {
    switch (name) {
      case "zoom-in": this.zoomAt(1.5); break;
      case "zoom-out": this.zoomAt(1 / 1.5); break;
      case "rotate-left": this.rotate(-90); break;
      case "rotate-right": this.rotate(90); break;
      case "fit": this.set(1); break;
      case "actual": this.actual(); break;
      case "lens": this.toggleLens(); break;
    }
  };

  Viewer.prototype.bind = function () {
    var v = this, drag = null;
    this.img.addEventListener("load", function () { v.apply(); });
    this.fig.addEventListener("click", function (ev) {
      var btn = ev.target.closest("button[data-act]");
      if (btn) { activate(v); v.act(btn.dataset.act); }
    });
    this.fig.addEventListener("pointerenter", function () { activate(v); });
    this.port.addEventListener("focus", function () { activate(v); });
    this.port.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var r = v.port.getBoundingClientRect();
      v.zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, ev.clientX - r.left, ev.clientY - r.top);
    }, { passive: false });
    this.port.addEventListener("dblclick", function (ev) {
      var r = v.port.getBoundingClientRect();
      if (v.zoom > 1.001) v.set(1);
      else v.zoomAt(2.5, ev.clientX - r.left, ev.clientY - r.top);
    });
    this.port.addEventListener("pointerdown", function (ev) {
      if (ev.button !== 0) return;
      drag = { x: ev.clientX, y: ev.clientY, px: v.px, py: v.py };
      v.port.setPointerCapture(ev.pointerId);
      v.port.classList.add("dragging");
    });
    this.port.addEventListener("pointermove", function (ev) {
      if (drag) {
        v.px = drag.px + ev.clientX - drag.x;
        v.py = drag.py + ev.clientY - drag.y;
        v.apply();
      }
      if (v.lensOn) {
        var r = v.port.getBoundingClientRect();
        v.showLens(ev.clientX - r.left, ev.clientY - r.top);
      }
    });
    var stop = function () { drag = null; v.port.classList.remove("dragging"); };
    this.port.addEventListener("pointerup", stop);
    this.port.addEventListener("pointercancel", stop);
    this.port.addEventListener("pointerleave", function () { v.lens.hidden = true; });
    this.port.addEventListener("keydown", function (ev) {
      var step = 40, moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
      if (moves[ev.key]) {
        ev.preventDefault();
        v.px += moves[ev.key][0];
        v.py += moves[ev.key][1];
        v.apply();
      } else if (ev.key === "+" || ev.key === "=") {
        ev.preventDefault();
        v.zoomAt(1.5);
      } else if (ev.key === "-") {
        ev.preventDefault();
        v.zoomAt(1 / 1.5);
      }
    });
  };

  var viewers = [], active = null;

  function activate(v) {
    if (active === v) return;
    if (active) active.fig.classList.remove("active");
    active = v;
    v.fig.classList.add("active");
  }

  // KYCViewer is what the keyboard shortcuts in app.js drive.
  window.KYCViewer = {
    active: function () { return active; },
    pick: function (slot) {
      viewers.forEach(function (v) { if (v.fig.dataset.viewer === slot) activate(v); });
    },
  };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("figure[data-viewer]").forEach(function (fig) {
      viewers.push(new Viewer(fig));
    });
    if (viewers.length) activate(viewers[0]);
    window.addEventListener("resize", function () {
      viewers.forEach(function (v) { v.apply(); });
    });
  });
})();
