/*
 * The trends page's interactive chart (ECharts). It draws the series from the table the server rendered, so the chart
 * and its text alternative cannot disagree, and replaces the PNG that stands in without JavaScript.
 * Hovering shows each value of an interval and, beside the chart, the articles behind it: a link to the search
 * filtered by value and interval, and on request their newest titles from /api/search. The legend's buttons switch
 * values off and on; switched-off values and the chart kind go into the address (hide=, chart=), so a view can be
 * shared. The Content-Security-Policy allows no inline style: everything this file builds is styled by class.
 */
(function () {
  'use strict';

  // ScottPlot's Category10, as the PNG draws them; "Còn lại" (others) is grey in both.
  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
  var OTHERS_COLOR = '#b0b0b0';
  var KINDS = ['area', 'bars', 'lines'];

  var figure = document.querySelector('.trend-figure');
  var table = document.querySelector('.trend-table');
  if (!figure || !table || typeof echarts === 'undefined') {
    return;
  }

  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr.period'));
  var heads = Array.prototype.slice.call(table.querySelectorAll('thead th[data-key]'));
  if (rows.length === 0 || heads.length === 0) {
    return;
  }

  var periods = rows.map(function (row) {
    return {
      key: row.cells[0].textContent,
      label: row.dataset.label,
      from: row.dataset.from,
      to: row.dataset.to,
      total: Number(row.cells[1].dataset.value)
    };
  });
  var series = heads.map(function (th, j) {
    var others = th.dataset.others === '1';
    return {
      key: th.dataset.key,
      label: th.textContent,
      others: others,
      color: others ? OTHERS_COLOR : PALETTE[j % PALETTE.length],
      swatch: others ? 'swatch-others' : 'swatch-' + (j % PALETTE.length),
      values: rows.map(function (row) { return Number(row.cells[3 + j].dataset.value); })
    };
  });

  var param = figure.dataset.param;
  var cooperation = figure.dataset.cooperation === '1';
  var address = new URL(window.location.href);
  var hidden = new Set(address.searchParams.getAll('hide'));
  var kind = KINDS.indexOf(address.searchParams.get('chart')) >= 0 ? address.searchParams.get('chart') : figure.dataset.chart;
  var number = new Intl.NumberFormat('vi-VN');

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }

    if (text !== undefined) {
      node.textContent = text;
    }

    return node;
  }

  // The interactive view: legend buttons, the plot, and the panel of the hovered interval.
  var view = element('div', 'trend-interactive');
  var legend = element('div', 'trend-legend');
  legend.setAttribute('role', 'group');
  legend.setAttribute('aria-label', 'Hiện hoặc ẩn từng giá trị trên biểu đồ');
  var plot = element('div', 'trend-plot');
  plot.id = 'trend-interactive';
  plot.setAttribute('role', 'img');
  plot.setAttribute('aria-label', figure.querySelector('img').alt + ' (tương tác); số liệu đầy đủ ở bảng bên dưới.');
  var details = element('aside', 'trend-details');
  details.setAttribute('aria-label', 'Bài viết của kỳ đang xem');
  details.setAttribute('aria-live', 'polite');
  details.appendChild(element('p', 'hint', 'Rê chuột lên biểu đồ để xem số bài của từng kỳ và các bài viết đứng sau.'));

  series.forEach(function (s) {
    var button = element('button', 'legend-item');
    button.type = 'button';
    button.dataset.key = s.key;
    button.setAttribute('aria-pressed', hidden.has(s.key) ? 'false' : 'true');
    var swatch = element('span', 'swatch ' + s.swatch);
    swatch.setAttribute('aria-hidden', 'true');
    button.appendChild(swatch);
    button.appendChild(document.createTextNode(s.label));
    button.addEventListener('click', function () { toggle(s.key, button); });
    legend.appendChild(button);
  });

  view.appendChild(legend);
  view.appendChild(plot);
  view.appendChild(details);
  figure.insertBefore(view, figure.firstChild);
  figure.querySelector('img').hidden = true;

  var chart = echarts.init(plot, null, { renderer: 'canvas' });

  function selected() {
    var map = {};
    series.forEach(function (s) { map[s.key] = !hidden.has(s.key); });
    return map;
  }

  function tooltip(items) {
    var list = Array.isArray(items) ? items : [items];
    if (list.length === 0) {
      return '';
    }

    var period = periods[list[0].dataIndex];
    var box = element('div', 'tooltip-body');
    box.appendChild(element('p', 'tooltip-period', period.label + ' · tổng ' + number.format(period.total) + ' bài'));
    var ul = element('ul');
    // Top band first, as they stack on screen.
    list.slice().reverse().forEach(function (item) {
      var s = series[item.seriesIndex];
      var li = element('li');
      li.dataset.key = s.key;
      var swatch = element('span', 'swatch ' + s.swatch);
      swatch.setAttribute('aria-hidden', 'true');
      li.appendChild(swatch);
      li.appendChild(element('span', 'label', s.label));
      li.appendChild(element('span', 'value', number.format(item.value)));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  function option() {
    return {
      animation: false,
      color: series.map(function (s) { return s.color; }),
      grid: { left: 16, right: 24, top: 36, bottom: 36 },
      legend: { show: false, data: series.map(function (s) { return s.key; }), selected: selected() },
      tooltip: {
        trigger: 'axis',
        confine: true,
        className: 'trend-tooltip',
        axisPointer: { type: kind === 'bars' ? 'shadow' : 'line' },
        formatter: tooltip
      },
      xAxis: { type: 'category', data: periods.map(function (p) { return p.label; }), boundaryGap: kind === 'bars', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, name: 'Số bài viết', nameTextStyle: { align: 'left' } },
      series: series.map(function (s) {
        return {
          id: s.key,
          name: s.key,
          type: kind === 'bars' ? 'bar' : 'line',
          stack: kind === 'lines' ? null : 'total',
          areaStyle: kind === 'area' ? { opacity: 0.85 } : null,
          data: s.values,
          symbol: 'circle',
          symbolSize: 6,
          showSymbol: periods.length <= 40,
          lineStyle: { width: kind === 'area' ? 1 : 2 },
          itemStyle: { color: s.color },
          emphasis: { disabled: true }
        };
      })
    };
  }

  function draw() {
    chart.setOption(option(), { notMerge: true });
    figure.dataset.kind = kind;
  }

  function remember() {
    address.searchParams.delete('hide');
    hidden.forEach(function (key) { address.searchParams.append('hide', key); });
    if (kind === 'area') {
      address.searchParams.delete('chart');
    } else {
      address.searchParams.set('chart', kind);
    }

    window.history.replaceState(null, '', address.pathname + address.search);
    // The form carries the same choices when it is submitted with other ones.
    var form = document.querySelector('form.trends-form');
    if (form) {
      Array.prototype.slice.call(form.querySelectorAll('input[name=hide]')).forEach(function (input) { input.remove(); });
      hidden.forEach(function (key) {
        var input = element('input');
        input.type = 'hidden';
        input.name = 'hide';
        input.value = key;
        form.appendChild(input);
      });
    }
  }

  function toggle(key, button) {
    if (hidden.has(key)) {
      hidden.delete(key);
    } else {
      hidden.add(key);
    }

    button.setAttribute('aria-pressed', hidden.has(key) ? 'false' : 'true');
    chart.setOption({ legend: { selected: selected() } });
    remember();
  }

  function searchUrl(path, s, period, extra) {
    var query = new URLSearchParams();
    query.set(param, s.key);
    query.set('from', period.from);
    query.set('to', period.to);
    query.set('sort', 'date');
    Object.keys(extra || {}).forEach(function (name) { query.set(name, extra[name]); });
    return path + '?' + query.toString();
  }

  function loadTitles(s, period, button, list) {
    button.disabled = true;
    fetch(searchUrl('/api/search', s, period, { limit: '5' }), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }

        return response.json();
      })
      .then(function (results) {
        list.textContent = '';
        results.hits.forEach(function (hit) {
          var li = element('li');
          var link = element('a', null, hit.title);
          link.href = '/articles/' + encodeURIComponent(hit.id);
          li.appendChild(link);
          li.appendChild(element('span', 'outlet', ' · ' + hit.outlet));
          list.appendChild(li);
        });
        if (results.hits.length === 0) {
          list.appendChild(element('li', 'muted', 'Chỉ mục chưa có bài nào của kỳ này.'));
        }

        button.remove();
      })
      .catch(function () {
        button.disabled = false;
        list.textContent = '';
        list.appendChild(element('li', 'muted', 'Không tải được tiêu đề; hãy thử lại.'));
      });
  }

  var shown = -1;

  function showDetails(index) {
    if (index === shown || index < 0 || index >= periods.length) {
      return;
    }

    shown = index;
    var period = periods[index];
    details.textContent = '';
    details.appendChild(element('h3', 'details-period', period.label));
    details.appendChild(element('p', 'details-total', 'Tổng ' + number.format(period.total) + ' bài trong kỳ.'));
    var ul = element('ul', 'details-values');
    series.forEach(function (s) {
      var count = s.values[index];
      if (hidden.has(s.key) || count === 0) {
        return;
      }

      var li = element('li');
      li.dataset.key = s.key;
      var swatch = element('span', 'swatch ' + s.swatch);
      swatch.setAttribute('aria-hidden', 'true');
      li.appendChild(swatch);
      li.appendChild(element('span', 'label', s.label + ': '));
      li.appendChild(element('strong', 'value', number.format(count)));
      if (!s.others) {
        li.appendChild(document.createTextNode(' · '));
        var link = element('a', 'search', 'xem ' + number.format(count) + ' bài');
        link.href = searchUrl('/', s, period);
        li.appendChild(link);
        var more = element('button', 'titles', 'Tiêu đề');
        more.type = 'button';
        more.setAttribute('aria-label', 'Tiêu đề các bài mới nhất: ' + s.label + ', ' + period.label);
        var titles = element('ol', 'titles-list');
        more.addEventListener('click', function () { loadTitles(s, period, more, titles); });
        li.appendChild(more);
        li.appendChild(titles);
      }

      ul.appendChild(li);
    });
    details.appendChild(ul);
    if (cooperation) {
      details.appendChild(element('p', 'muted', 'Trang tìm kiếm không lọc riêng bài về hợp tác: số bài ở đó có thể lớn hơn.'));
    }
  }

  chart.on('updateAxisPointer', function (event) {
    var axis = event.axesInfo && event.axesInfo[0];
    if (axis) {
      showDetails(Number(axis.value));
    }
  });
  chart.on('finished', function () { figure.dataset.ready = '1'; });

  var kindSelect = document.querySelector('select[name=chart]');
  if (kindSelect) {
    kindSelect.value = kind;
    kindSelect.addEventListener('change', function () {
      if (KINDS.indexOf(kindSelect.value) >= 0) {
        kind = kindSelect.value;
        draw();
        remember();
      }
    });
  }

  window.addEventListener('resize', function () { chart.resize(); });
  draw();
}());
