// LanToa member area: the service worker (served as /thanh-vien/sw.js, scope /thanh-vien).
// It keeps the offline page and the static files in a cache, shows the offline page when a page
// of the member area cannot load, and shows web push notifications. It never touches a POST:
// entries logged while offline are kept by the page's script (member-app.js) and sent from there.
'use strict';

var CACHE = 'lantoa-member-v1';
var OFFLINE = '/thanh-vien/ngoai-tuyen';
var STATIC = [
  '/webjars/bootstrap/dist/css/bootstrap.min.css',
  '/css/lantoa.css',
  '/webjars/htmx.org/dist/htmx.min.js',
  '/js/lantoa.js',
  '/js/member-app.js',
  '/js/sharing.js',
  '/icons/lantoa-192.png'
];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(STATIC.concat([OFFLINE]));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n !== CACHE; }).map(function (n) { return caches.delete(n); }));
  }).then(function () {
    return self.clients.claim();
  }));
});

function isStatic(url) {
  return url.origin === self.location.origin && STATIC.indexOf(url.pathname) >= 0;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (request.mode === 'navigate') {
    // pages are never cached (they carry a form's one-time key and personal data): the network,
    // or the offline page
    event.respondWith(fetch(request).catch(function () {
      return caches.match(OFFLINE);
    }));
    return;
  }
  if (isStatic(url)) {
    // the cached copy at once, refreshed in the background for the next time
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(url.pathname).then(function (cached) {
        var fresh = fetch(request).then(function (response) {
          if (response.ok) {
            cache.put(url.pathname, response.clone());
          }
          return response;
        });
        return cached || fresh;
      });
    }));
  }
});

self.addEventListener('push', function (event) {
  var message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (e) {
    message = { body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(self.registration.showNotification(message.title || 'Lan tỏa', {
    body: message.body || '',
    icon: '/icons/lantoa-192.png',
    badge: '/icons/lantoa-192.png',
    lang: 'vi',
    data: { url: message.url || '/thanh-vien/thong-bao' }
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var target = (event.notification.data && event.notification.data.url) || '/thanh-vien/thong-bao';
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
    for (var i = 0; i < windows.length; i++) {
      if (windows[i].url === target && 'focus' in windows[i]) {
        return windows[i].focus();
      }
    }
    return self.clients.openWindow(target);
  }));
});
