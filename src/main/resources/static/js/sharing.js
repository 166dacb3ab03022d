// Member area: share through the phone's own share sheet (Zalo, Facebook, …), copy a link, and
// never submit a form twice on a double tap. Plain links still work without this script.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var share = event.target.closest('[data-lt-share]');
    if (share && navigator.share) {
      event.preventDefault();
      navigator.share({ url: share.getAttribute('data-lt-share'), title: share.getAttribute('data-lt-title') || '' })
        .catch(function () { /* the member closed the share sheet */ });
      return;
    }
    var copy = event.target.closest('[data-lt-copy]');
    if (copy && navigator.clipboard) {
      navigator.clipboard.writeText(copy.getAttribute('data-lt-copy')).then(function () {
        copy.classList.add('btn-success');
      });
    }
  });

  document.addEventListener('submit', function (event) {
    var button = event.target.querySelector('[data-lt-once]');
    if (button) {
      if (button.dataset.ltSent) {
        event.preventDefault();
        return;
      }
      button.dataset.ltSent = '1';
      button.setAttribute('aria-busy', 'true');
    }
  });
})();
