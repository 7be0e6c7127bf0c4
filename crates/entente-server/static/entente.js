// entente: the only script. No dependencies, no build step; pages work without it.
// 1. Countdowns: <time class="countdown" datetime="RFC 3339"> shows the time left.
// 2. Live regions: elements with data-sse="URL" reload their fragment when the server
//    announces a change on that event stream (Server-Sent Events).
"use strict";
(function () {
  function pad(n) { return n < 10 ? "0" + n : "" + n; }
  function tick() {
    var els = document.querySelectorAll("time.countdown[datetime]");
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      var end = Date.parse(el.getAttribute("datetime"));
      if (isNaN(end)) continue;
      var s = Math.max(0, Math.floor((end - Date.now()) / 1000));
      var d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600);
      var m = Math.floor((s % 3600) / 60), sec = s % 60;
      // The day unit and the separator come with the page, in its language (ui/format.rs).
      var days = (el.getAttribute("data-days") || "{n}d|{n}d").split("|");
      var sep = el.getAttribute("data-sep") || ":";
      var day = d > 0 ? (d === 1 ? days[0] : days[1] || days[0]).replace("{n}", d) + " " : "";
      el.textContent = day + pad(h) + sep + pad(m) + sep + pad(sec);
      if (s === 0) el.classList.add("expired");
    }
  }
  function live() {
    if (!window.EventSource) return;
    var els = document.querySelectorAll("[data-sse]");
    for (var i = 0; i < els.length; i++) {
      (function (el) {
        var src = new EventSource(el.getAttribute("data-sse"));
        var refresh = el.getAttribute("data-refresh");
        function update(ev) {
          if (refresh) {
            fetch(refresh, { credentials: "same-origin" }).then(function (r) {
              return r.ok ? r.text() : null;
            }).then(function (html) {
              if (html !== null) { el.innerHTML = html; }
            });
          } else if (ev && ev.data) {
            el.setAttribute("data-last", ev.data);
          }
        }
        src.onmessage = update;
        src.addEventListener("tally", update);
        src.addEventListener("position", update);
        src.addEventListener("procedure", update);
      })(els[i]);
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    tick();
    if (document.querySelector("time.countdown")) setInterval(tick, 1000);
    live();
  });
})();
