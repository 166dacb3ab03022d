// LanToa member area as an app: registers the service worker, and keeps a log entry submitted
// while offline in IndexedDB (with the form's idempotency key) until the network is back, then
// sends it. Forms opt in with data-lt-offline. Texts come from #lt-outbox's data attributes.
(function () {
  'use strict';

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/thanh-vien/sw.js', { scope: '/thanh-vien' }).catch(function () {
      /* no service worker: the pages still work, only not offline */
    });
  }
  if (!('indexedDB' in window)) {
    return;
  }

  var DB = 'lantoa-member';
  var STORE = 'outbox';
  var sending = false;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'key' });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function box() {
    return document.getElementById('lt-outbox');
  }

  function say(key, count, link) {
    var b = box();
    if (!b) {
      return;
    }
    b.textContent = (b.getAttribute('data-msg-' + key) || '').replace('{0}', count);
    if (link) {
      var a = document.createElement('a');
      a.href = link;
      a.className = 'ms-1';
      a.textContent = b.getAttribute('data-msg-view');
      b.appendChild(document.createTextNode(' '));
      b.appendChild(a);
    }
    b.setAttribute('data-lt-state', key);
    b.hidden = false;
  }

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header && token.content ? { header: header.content, token: token.content } : null;
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  // Offline: the entry goes to the outbox instead of the network; the form gets a new key, so the
  // next entry is a submission of its own.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-lt-offline') || navigator.onLine !== false) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    var data = new URLSearchParams(new FormData(form));
    var key = data.get('idempotencyKey');
    var c = csrf();
    if (c) {
      data.delete('_csrf');
    }
    run('readwrite', function (store) {
      return store.put({ key: key, action: form.action, body: data.toString(), savedAt: Date.now() });
    }).then(function () {
      form.reset();
      var field = form.querySelector('input[name="idempotencyKey"]');
      if (field) {
        field.value = newKey();
      }
      say('waiting');
    });
  }, true);

  function send() {
    if (sending || navigator.onLine === false) {
      return;
    }
    sending = true;
    run('readonly', function (store) { return store.getAll(); }).then(function (entries) {
      return entries.reduce(function (previous, entry) {
        return previous.then(function () { return sendOne(entry); });
      }, Promise.resolve());
    }).catch(function () { /* tried again on the next online event or page */ }).then(function () {
      sending = false;
    });
  }

  function sendOne(entry) {
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    var c = csrf();
    if (c) {
      headers[c.header] = c.token;
    }
    return fetch(entry.action, { method: 'POST', headers: headers, body: entry.body, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 401 || response.status === 403 || response.status === 429 || response.status >= 500) {
          return; // kept: signed out, a stale token, throttled or the server is down; tried again later
        }
        return run('readwrite', function (store) { return store.delete(entry.key); }).then(function () {
          var result = response.ok && response.url.indexOf('/ket-qua/') >= 0;
          say(result ? 'sent' : 'failed', 0, result ? response.url : null);
        });
      });
  }

  function showPending() {
    run('readonly', function (store) { return store.count(); }).then(function (count) {
      if (count > 0) {
        say('pending', count);
      }
    });
  }

  window.addEventListener('online', send);
  document.addEventListener('DOMContentLoaded', function () {
    showPending();
    send();
  });
})();
