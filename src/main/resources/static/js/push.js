// Notification settings: turn web push on or off for this browser. Needs the member area's
// service worker (member-app.js registers it). Texts come from #lt-push's data attributes.
(function () {
  'use strict';

  var box = document.getElementById('lt-push');
  if (!box) {
    return;
  }
  var status = box.querySelector('.lt-push-status');
  var on = box.querySelector('[data-lt-push="on"]');
  var off = box.querySelector('[data-lt-push="off"]');

  function say(key) {
    status.textContent = box.getAttribute('data-msg-' + key);
  }

  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    say('unsupported');
    return;
  }

  function applicationServerKey() {
    var b64 = box.getAttribute('data-vapid-key').replace(/-/g, '+').replace(/_/g, '/');
    var raw = atob(b64 + '='.repeat((4 - b64.length % 4) % 4));
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      bytes[i] = raw.charCodeAt(i);
    }
    return bytes;
  }

  // A refusal comes back as the site's error page: its alert says why, in the member's language.
  function reason(html) {
    var alert = new DOMParser().parseFromString(html, 'text/html').querySelector('main [role="alert"], main .alert');
    return alert ? alert.textContent.trim() : box.getAttribute('data-msg-error');
  }

  function post(url, body, answer) {
    var headers = { 'Content-Type': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (html) { throw new Error(reason(html)); });
        }
        return answer ? response.json() : undefined;
      });
  }

  function show(subscription) {
    on.hidden = !!subscription;
    off.hidden = !subscription;
    say(subscription ? 'on' : 'off');
  }

  navigator.serviceWorker.ready.then(function (registration) {
    // A subscription the server no longer holds (stopped on all devices, or forgotten by the
    // push service) is dropped here too, so that "turn on" makes a fresh one.
    registration.pushManager.getSubscription().then(function (subscription) {
      if (!subscription) {
        show(null);
        return;
      }
      return post(box.getAttribute('data-check-url'), { endpoint: subscription.endpoint }, true).then(function (state) {
        if (state && state.subscribed) {
          show(subscription);
          return;
        }
        return subscription.unsubscribe().then(function () { show(null); });
      });
    }).catch(function () {
      say('error');
    });

    on.addEventListener('click', function () {
      on.disabled = true;
      Notification.requestPermission().then(function (permission) {
        if (permission !== 'granted') {
          say('denied');
          return;
        }
        return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: applicationServerKey() })
          .then(function (subscription) {
            return post(box.getAttribute('data-subscribe-url'), subscription.toJSON()).then(function () {
              show(subscription);
            }, function (error) {
              subscription.unsubscribe();
              status.textContent = error.message;
            });
          });
      }).catch(function () {
        say('error');
      }).then(function () {
        on.disabled = false;
      });
    });

    off.addEventListener('click', function () {
      registration.pushManager.getSubscription().then(function (subscription) {
        if (!subscription) {
          show(null);
          return;
        }
        var endpoint = subscription.endpoint;
        return subscription.unsubscribe().then(function () {
          return post(box.getAttribute('data-unsubscribe-url'), { endpoint: endpoint });
        }).then(function () {
          show(null);
        });
      }).catch(function () {
        say('error');
      });
    });
  });
})();
