/*
 * BKSB Results: draws the cohort chart (Apache ECharts, from its WebJar) from the figures the page
 * put in the chart's data-chart attribute, the same ones as the table beside it. Levels are
 * stacked lowest first; colours run from warm (lowest) to cool (highest). The tooltip is drawn on
 * the canvas (richText), so no text from bksb ever becomes markup.
 */
(function () {
  'use strict';
  var COLOURS = {
    PRE_ENTRY: '#8c2d04', ENTRY_1: '#cc4c02', ENTRY_2: '#ec7014', BELOW_ENTRY_3: '#fdae61',
    ENTRY_3: '#d4a017', LEVEL_1: '#41ab5d', LEVEL_2: '#2171b5', LEVEL_3: '#08306b',
    UNKNOWN: '#737373'
  };

  function draw(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      legend: { top: 0, textStyle: { color: '#1b1b1b' } },
      grid: { top: 48, left: 48, right: 16, bottom: 32 },
      xAxis: { type: 'category', data: data.subjects, axisLabel: { color: '#1b1b1b' } },
      yAxis: { type: 'value', minInterval: 1, name: 'Learners', nameTextStyle: { color: '#1b1b1b' },
        axisLabel: { color: '#1b1b1b' } },
      series: data.levels.map(function (level) {
        return {
          name: level.label,
          type: 'bar',
          stack: 'levels',
          data: level.counts,
          itemStyle: { color: COLOURS[level.code] || '#737373' }
        };
      })
    });
    window.addEventListener('resize', function () {
      chart.resize();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('chart');
    if (el !== null && window.echarts) {
      draw(el);
    }
  });
})();
