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

  // Sign-out removes the editor drafts this browser keeps (a shared office computer must not offer
  // them to the next person). A page with unsaved work registers in lantoa.beforeSignOut a function
  // whose promise settles once that work is safe on the server; it may answer a key to keep.
  var DRAFTS = 'lantoa.editor.draft.';

  function removeDrafts(keep) {
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var k = localStorage.key(i);
        if (k && k.indexOf(DRAFTS) === 0 && keep.indexOf(k) < 0) {
          localStorage.removeItem(k);
        }
      }
    } catch (e) { /* storage disabled: nothing kept */ }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[action="/dang-xuat"]')) {
      return;
    }
    var hooks = (window.lantoa && window.lantoa.beforeSignOut) || [];
    if (!hooks.length) {
      removeDrafts([]);
      return;
    }
    event.preventDefault();
    if (form.dataset.ltSigningOut) {
      return;
    }
    form.dataset.ltSigningOut = 'true';
    var waits = hooks.map(function (hook) {
      return Promise.resolve().then(hook).catch(function () { return null; });
    });
    // A server that does not answer must not keep anyone signed in: after 8 s, sign out and keep
    // the drafts (they are per user), since whether they reached the server is unknown.
    var timeout = new Promise(function (resolve) { setTimeout(resolve, 8000, null); });
    Promise.race([Promise.all(waits), timeout]).then(function (kept) {
      if (kept) {
        removeDrafts(kept.filter(Boolean));
      }
      form.submit();
    });
  });

  // The visitor counter of the public footer: the page is the same for every reader (a cache may serve
  // it), so the figures are asked for here; where the app counts by script, this request is the view.
  function showVisits() {
    var counter = document.querySelector('[data-lt-visits]');
    if (!counter || !window.fetch) {
      return;
    }
    var url = counter.getAttribute('data-lt-visits');
    if (counter.getAttribute('data-lt-visits-count') === 'view') {
      url += '?view=' + encodeURIComponent(location.pathname);
    }
    var format = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en' : 'vi');
    fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (figures) {
        ['online', 'today', 'week', 'total'].forEach(function (name) {
          var cell = counter.querySelector('.lt-visits-' + name);
          if (cell && typeof figures[name] === 'number') {
            cell.textContent = format.format(figures[name]);
          }
        });
        counter.hidden = false;
      })
      .catch(function () { /* no figures: the counter stays hidden */ });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', showVisits);
  } else {
    showVisits();
  }

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
