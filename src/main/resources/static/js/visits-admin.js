// Back office, visitor statistics: draws the 90-day chart from the JSON of data-src (no inline script: CSP).
(function () {
  'use strict';

  function draw() {
    var canvas = document.getElementById('lt-visits-chart');
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    fetch(canvas.getAttribute('data-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        new window.Chart(canvas, {
          type: 'line',
          data: {
            labels: data.days,
            datasets: [
              { label: canvas.getAttribute('data-label-visits'), data: data.visits, borderColor: '#b71c1c', tension: 0.2 },
              { label: canvas.getAttribute('data-label-views'), data: data.pageViews, borderColor: '#1565c0', tension: 0.2 }
            ]
          },
          options: { responsive: true, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false } }
        });
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
