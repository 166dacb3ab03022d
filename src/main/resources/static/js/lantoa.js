// LanToa: the little script every page shares. No inline scripts anywhere (CSP: script-src 'self').
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // htmx requests carry the CSRF token as a header.
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c && c.token) {
      event.detail.headers[c.header] = c.token;
    }
  });

  // Bootstrap's collapse without its JavaScript bundle: a button with data-lt-toggle="id".
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-lt-toggle]');
    if (!button) {
      return;
    }
    var target = document.getElementById(button.getAttribute('data-lt-toggle'));
    if (target) {
      var open = target.classList.toggle('show');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
  });
})();
