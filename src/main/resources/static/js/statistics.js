// Back office, statistics: draws the charts of #lt-stat-figures from its data-charts JSON (no inline
// script: CSP). The same numbers are in the tables next to each chart. Redrawn after an htmx swap.
(function () {
  'use strict';

  var COLORS = { shares: '#1565c0', rebuttals: '#b71c1c', active: '#2e7d32' };
  var drawn = [];

  function dataset(data, series, key, type) {
    return { label: series[key], data: data[key], backgroundColor: COLORS[key], borderColor: COLORS[key], type: type, tension: 0.2 };
  }

  function options(horizontal) {
    return {
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom' } },
      scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
    };
  }

  function draw() {
    drawn.forEach(function (chart) { chart.destroy(); });
    drawn = [];
    var root = document.getElementById('lt-stat-figures');
    if (!root || typeof window.Chart === 'undefined') {
      return;
    }
    var charts = JSON.parse(root.getAttribute('data-charts'));
    var series = charts.series;
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var name = canvas.getAttribute('data-chart');
      var data = charts[name];
      var sets;
      var type = 'bar';
      if (name === 'trend') {
        type = 'line';
        sets = [dataset(data, series, 'shares'), dataset(data, series, 'rebuttals'), dataset(data, series, 'active')];
      } else if (name === 'compare') {
        sets = [dataset(data, series, 'shares'), dataset(data, series, 'rebuttals'), dataset(data, series, 'active')];
      } else {
        sets = [dataset(data, series, 'shares'), dataset(data, series, 'rebuttals')];
      }
      var horizontal = name === 'children' || name === 'topics';
      if (horizontal) {
        canvas.parentNode.style.height = Math.max(220, 48 * data.labels.length + 80) + 'px';
      }
      // Long names (topics, units) are cut on the axis; the table next to the chart has them whole.
      var labels = data.labels.map(function (label) { return label.length > 28 ? label.slice(0, 27) + '…' : label; });
      drawn.push(new window.Chart(canvas, { type: type, data: { labels: labels, datasets: sets }, options: options(horizontal) }));
    });
  }

  document.addEventListener('htmx:afterSettle', function () {
    draw();
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
