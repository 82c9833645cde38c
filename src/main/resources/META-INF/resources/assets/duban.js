/* The supervision pages' little script: draws the charts from the page's own data (a JSON block, the same numbers the
   tables beside the charts show), switches plans, and shows progress while an import is processed. The pages work
   without it. */
(function () {
  'use strict';
  // ECharts (about 1 MB, 330 KB compressed) is fetched only after the page has first painted: the tables beside the
  // charts hold the same numbers, so the first paint waits for nothing but the HTML and the style sheet.
  var ECHARTS = document.currentScript && document.currentScript.dataset.echarts;
  var LIGHT_COLOURS = { GREEN: '#116329', YELLOW: '#d4a017', RED: '#a40e26', GREY: '#8c959f' };
  var VERDICT_COLOURS = { MET: '#116329', EXCEEDED: '#0a4d1f', LIKELY_MET: '#4caf50', ON_TRACK: '#8bc34a',
    AT_RISK: '#d4a017', OFF_TRACK: '#e65100', NOT_MET: '#a40e26', LIKELY_NOT_MET: '#c62828', NO_DATA: '#8c959f',
    NOT_ASSESSABLE: '#57606a' };

  function data() {
    var block = document.getElementById('chart-data');
    return block ? JSON.parse(block.textContent) : null;
  }

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined') { return; }
    var c = echarts.init(el, null, { renderer: 'canvas' });
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
  }

  function pie(id, slices, colours) {
    var items = slices.filter(function (s) { return s.count > 0; }).map(function (s) {
      return { name: s.label, value: s.count, itemStyle: { color: colours[s.code] } };
    });
    chart(id, { animation: false, tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['30%', '58%'], data: items, label: { formatter: '{b}\n{c}', overflow: 'none' } }] });
  }

  function indicatorCharts(d) {
    if (d.target !== null && d.target !== undefined) {
      var bars = [{ value: Number(d.target), itemStyle: { color: '#0b3d91' } }];
      var names = ['目标'];
      if (d.actual !== null && d.actual !== undefined) {
        bars.push({ value: Number(d.actual), itemStyle: { color: '#116329' } });
        names.push('完成值' + (d.actualLabel ? '（' + d.actualLabel + '）' : ''));
      }
      var series = { type: 'bar', data: bars, label: { show: true, position: 'right' } };
      if (d.expectedByNow !== null && d.expectedByNow !== undefined) {
        series.markLine = { symbol: 'none', lineStyle: { color: '#a40e26', type: 'dashed' },
          label: { formatter: '序时进度 {c}' }, data: [{ xAxis: Number(d.expectedByNow) }] };
      }
      chart('chart-target', { animation: false, grid: { left: 140, right: 60 },
        xAxis: { type: 'value', name: d.unit }, yAxis: { type: 'category', data: names }, series: [series] });
    }
    if (d.measurements && d.measurements.length) {
      chart('chart-measurements', { animation: false, tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: d.measurements.map(function (m) { return m.label; }) },
        yAxis: { type: 'value', name: d.unit },
        series: [{ type: d.measurements.length > 1 ? 'line' : 'bar', data: d.measurements.map(function (m) { return Number(m.value); }),
          label: { show: true, position: 'top' }, itemStyle: { color: '#116329' } }] });
    }
  }

  function rankingChart(ranking) {
    if (!ranking || !ranking.length) { return; }
    var el = document.getElementById('chart-ranking');
    if (el) { el.style.height = Math.max(260, 26 * ranking.length + 60) + 'px'; }
    chart('chart-ranking', { animation: false, grid: { left: 160, right: 50 },
      xAxis: { type: 'value', max: 100, name: '%' },
      yAxis: { type: 'category', inverse: true, data: ranking.map(function (r) { return r.name; }) },
      series: [{ type: 'bar', data: ranking.map(function (r) { return Number(r.share); }), itemStyle: { color: '#0b3d91' },
        label: { show: true, position: 'right', formatter: '{c}%' } }] });
  }

  function draw() {
    var d = data();
    if (!d) { return; }
    if (d.lights) { pie('chart-lights', d.lights, LIGHT_COLOURS); }
    if (d.verdicts) { pie('chart-verdicts', d.verdicts, VERDICT_COLOURS); }
    if ('target' in d) { indicatorCharts(d); }
    if (d.ranking) { rankingChart(d.ranking); }
    document.documentElement.setAttribute('data-charts', 'drawn');
  }

  function wire() {
    var select = document.getElementById('plan-select');
    if (select) {
      select.addEventListener('change', function () { window.location.href = select.dataset.navigate + select.value; });
    }
    document.querySelectorAll('form[data-progress]').forEach(function (form) {
      form.addEventListener('submit', function () {
        var progress = document.getElementById(form.dataset.progress);
        if (progress) { progress.hidden = false; }
        form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
      });
    });
  }

  function loadChartsAfterFirstPaint() {
    if (!ECHARTS || !document.getElementById('chart-data')) { return; }
    var load = function () {
      var script = document.createElement('script');
      script.src = ECHARTS;
      script.onload = draw;
      document.head.appendChild(script);
    };
    // The frame callback runs just before the next paint; the timeout after it, once that paint is done.
    if (document.hidden) { load(); } else { requestAnimationFrame(function () { setTimeout(load, 0); }); }
  }

  document.addEventListener('DOMContentLoaded', function () { wire(); loadChartsAfterFirstPaint(); });
}());
