/* Draws the report's charts from the embedded figures; sets data-rendered on <body> once every chart finished. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var planNames = {};
  data.plans.forEach(function (p) { planNames[p.plan_code] = p.short_name; });
  var charts = [];
  var finished = 0;

  function byPlan(rows) {
    var groups = {};
    var order = [];
    rows.forEach(function (row) {
      if (!groups[row.plan_code]) { groups[row.plan_code] = []; order.push(row.plan_code); }
      groups[row.plan_code].push(row);
    });
    return order.map(function (plan) { return { plan: plan, rows: groups[plan] }; });
  }

  /**
   * A chart of BARS bars (optional) grows 20 px a bar past 12, in a box that scrolls: every name stays readable.
   * KIND (optional) is a class beside 'chart' that sizes it ('map').
   */
  function draw(containerId, option, bars, kind) {
    var element = document.createElement('div');
    element.className = kind ? 'chart ' + kind : 'chart';
    var parent = document.getElementById(containerId);
    if (bars > 12) {
      element.style.height = (64 + 20 * bars) + 'px';
      var box = document.createElement('div');
      box.className = 'chart-scroll';
      parent.appendChild(box);
      parent = box;
    }
    parent.appendChild(element);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    var done = false;
    chart.on('finished', function () {
      if (!done) { done = true; finished++; markRendered(); }
    });
    option.animation = false;
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }

  function markRendered() {
    if (finished === charts.length && charts.length === expected) {
      document.body.setAttribute('data-rendered', String(charts.length));
    }
  }

  function rateBars(rows, nameKey, title) {
    return {
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
      grid: { left: 120, right: 48, top: 40, bottom: 24 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0 },
               data: rows.map(function (r) { return r[nameKey]; }) },
      series: [{ type: 'bar', name: '达标率', data: rows.map(function (r) { return Number(r.met_rate); }),
                 itemStyle: { color: '#c00000' }, label: { show: true, position: 'right', formatter: '{c}%' } }]
    };
  }

  function targetLines(t) {
    var values = t.target_op === 'between' ? [t.target_low, t.target_high] : [t.target_low];
    return values.filter(function (v) { return v !== null; }).map(function (v) {
      return { yAxis: Number(v), name: '目标' };
    });
  }

  /** Axis ends on round numbers, so the end labels read 80 rather than 78.74. */
  function nice(value, round) {
    var step = Math.pow(10, Math.floor(Math.log10(Math.abs(value) || 1)) - 1);
    return Number((round(value / step) * step).toFixed(6));
  }

  function trendOption(t) {
    var lines = targetLines(t);
    var all = t.values.filter(function (v) { return v !== null; }).map(Number)
      .concat(lines.map(function (l) { return l.yAxis; }));
    var low = Math.min.apply(null, all), high = Math.max.apply(null, all);
    var pad = (high - low) * 0.15 || Math.abs(high) * 0.1 || 1;
    return {
      title: { text: t.indicator_code + ' ' + t.indicator_name, subtext: (planNames[t.plan_code] || t.plan_code)
               + ' · 单位 ' + (t.unit || '') + ' · 目标 ' + (t.target_text || ''), left: 'center',
               textStyle: { fontSize: 13 }, subtextStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 56, top: 64, bottom: 28 },
      xAxis: { type: 'category', data: t.years.map(String) },
      yAxis: { type: 'value', min: nice(low >= 0 ? Math.max(0, low - pad) : low - pad, Math.floor),
               max: t.unit === '%' && high <= 100 ? Math.min(100, nice(high + pad, Math.ceil))
                                                  : nice(high + pad, Math.ceil) },
      series: [{ type: 'line', name: t.indicator_name, data: t.values, connectNulls: false, symbolSize: 6,
                 itemStyle: { color: '#1f5fa8' },
                 markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#c00000' },
                             label: { formatter: '目标 {c}', position: 'insideEndTop' }, data: lines } }]
    };
  }

  /* The map of the regions below: the rows of the bars (counties.sql), each on its boundary by code; a region
     without a boundary is left off (the note under the maps names it), a boundary without a row stays grey. */
  var geo = JSON.parse(document.getElementById('report-geo').textContent);
  var RATE_BANDS = [
    { gte: 90, label: '90%及以上', color: '#08519c' }, { gte: 80, lt: 90, label: '80%—90%', color: '#3182bd' },
    { gte: 70, lt: 80, label: '70%—80%', color: '#6baed6' }, { gte: 60, lt: 70, label: '60%—70%', color: '#9ecae1' },
    { lt: 60, label: '60%以下', color: '#deebf7' }];

  function mapOption(rows, title) {
    var names = {};
    geo.features.forEach(function (f) { names[f.properties.code] = f.properties.name; });
    var items = rows.filter(function (r) { return names[r.region_code] !== undefined; }).map(function (r) {
      return { name: r.region_code, value: Number(r.met_rate), row: r };
    });
    return {
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: function (p) {  /* the tooltip is HTML: names are escaped */
        var encode = echarts.format.encodeHTML;
        if (!p.data) { return encode(names[p.name]) + '<br>无数据'; }
        var r = p.data.row;
        return encode(r.region_name) + '<br>达标率 ' + r.met_rate + '%<br>达标 ' + r.met + ' / ' + r.indicators + ' 项 · 未达标 '
          + r.unmet + ' · 无数据 ' + r.no_data;
      } },
      visualMap: { type: 'piecewise', pieces: RATE_BANDS, left: 8, bottom: 8, itemWidth: 14, itemHeight: 10,
                   textStyle: { fontSize: 11 } },
      series: [{ type: 'map', map: 'regions', nameProperty: 'code', data: items, selectedMode: false,
                 top: 40, bottom: 16, left: 96, right: 16,
                 label: { show: geo.features.length <= 20, fontSize: 10,
                          formatter: function (p) { return names[p.name]; } },
                 itemStyle: { areaColor: '#eeeeee', borderColor: '#888888', borderWidth: 0.5 },
                 emphasis: { label: { show: true } } }]
    };
  }

  /** The hook a headless browser reads: the regions ECharts drew with a value, each with its rate. */
  function markMap(chart, plan) {
    var data = chart.getModel().getSeriesByIndex(0).getData();
    var drawn = [];
    for (var i = 0; i < data.count(); i++) {
      if (!isNaN(data.get('value', i))) { drawn.push(data.getName(i) + '=' + data.get('value', i)); }
    }
    var element = chart.getDom();
    element.setAttribute('data-plan', plan);
    element.setAttribute('data-map', geo.parent);
    element.setAttribute('data-regions', drawn.join(' '));
  }

  var domainGroups = byPlan(data.domains);
  var countyGroups = byPlan(data.counties);
  var mapGroups = geo ? countyGroups : [];
  var expected = domainGroups.length + countyGroups.length + mapGroups.length + data.trends.length;
  domainGroups.forEach(function (g) {
    draw('domains', rateBars(g.rows, 'domain_name', (planNames[g.plan] || g.plan) + ' 各领域达标率'));
  });
  countyGroups.forEach(function (g) {
    draw('counties', rateBars(g.rows, 'region_name', (planNames[g.plan] || g.plan) + ' 下级地区达标率'),
         g.rows.length);
  });
  if (geo) { echarts.registerMap('regions', geo); }
  mapGroups.forEach(function (g) {
    markMap(draw('maps', mapOption(g.rows, (planNames[g.plan] || g.plan) + ' 下级地区达标率'), 0, 'map'), g.plan);
  });
  data.trends.forEach(function (t) { draw('trends', trendOption(t)); });
  markRendered();
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();

/* Printing: each chart's SVG carries a viewBox of its drawn size (kept up to date after every redraw), so that the
   print stylesheet can scale it to the width of an A4 column instead of cutting it off at the page's edge. */
(function () {
  'use strict';
  function fitViewBox(element) {
    var svg = element.querySelector('svg');
    if (svg && svg.getAttribute('width')) {
      svg.setAttribute('viewBox', '0 0 ' + parseFloat(svg.getAttribute('width')) + ' '
          + parseFloat(svg.getAttribute('height')));
      svg.setAttribute('preserveAspectRatio', 'xMidYMin meet');
    }
  }
  document.querySelectorAll('.chart').forEach(function (element) {
    var chart = echarts.getInstanceByDom(element);
    if (chart) {
      fitViewBox(element);
      chart.on('finished', function () { fitViewBox(element); });
    }
  });
})();
