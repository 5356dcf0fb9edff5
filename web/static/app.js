// The only client-side script: refreshes the live parts of the admin dashboard. The fragment is
// rendered (and escaped) by the server; the page works without it.
(function () {
  'use strict';
  document.querySelectorAll('[data-src][data-every]').forEach(function (el) {
    var every = Math.max(2000, Number(el.getAttribute('data-every')) || 5000);
    var src = el.getAttribute('data-src');
    function tick() {
      if (document.hidden) return;
      fetch(src, { credentials: 'same-origin', headers: { accept: 'text/html' } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (h) { if (h !== null) el.innerHTML = h; })
        .catch(function () { /* keep the last figures */ });
    }
    setInterval(tick, every);
  });
})();
