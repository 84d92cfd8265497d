// Partner countries on a world map: ECharts draws the vendored world-atlas boundaries (TopoJSON turned into GeoJSON
// by topojson-client), coloured by /api/map. Tooltips are plain text (ECharts' default markup carries inline styles,
// which the Content-Security-Policy refuses).
(function () {
  'use strict';
  var container = document.getElementById('map');
  if (!container || typeof echarts === 'undefined' || typeof topojson === 'undefined') {
    return;
  }

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ': HTTP ' + response.status);
      }
      return response.json();
    });
  }

  // A ring that crosses the antimeridian (Russia's far east, Fiji) jumps from +180 to -180 and would be drawn as a line
  // across the whole map: its western points are moved east of +180 instead. Antarctica's ring runs along the map's
  // edge on purpose and is left alone.
  function unwrap(feature) {
    if (String(feature.id) === '010' || !feature.geometry) {
      return;
    }
    var polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [];
    polygons.forEach(function (polygon) {
      polygon.forEach(function (ring) {
        var crosses = ring.some(function (point, i) { return i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180; });
        if (crosses) {
          ring.forEach(function (point) {
            if (point[0] < 0) {
              point[0] += 360;
            }
          });
        }
      });
    });
  }

  Promise.all([json(container.dataset.atlas), json(container.dataset.api)])
    .then(function (loaded) {
      var atlas = loaded[0];
      var map = loaded[1];
      var world = topojson.feature(atlas, atlas.objects.countries);
      // Features are matched by ISO 3166-1 numeric code, the atlas' id; a few disputed areas have none.
      var english = {};
      world.features.forEach(function (feature, i) {
        var id = feature.id === undefined || feature.id === null ? 'x' + i : String(feature.id);
        english[id] = feature.properties && feature.properties.name;
        unwrap(feature);
        feature.properties = { name: id };
      });
      echarts.registerMap('world', world);
      var drawn = map.countries.filter(function (c) { return c.numeric && Object.prototype.hasOwnProperty.call(english, c.numeric); });
      var max = Math.max.apply(null, drawn.map(function (c) { return c.articles; }).concat([1]));
      container.hidden = false;
      var chart = echarts.init(container, null, { renderer: 'canvas' });
      chart.setOption({
        tooltip: {
          trigger: 'item',
          formatter: function (p) {
            var name = p.data ? p.data.vi : (map.names[p.name] || english[p.name] || p.name);
            var articles = p.data ? p.data.value : 0;
            return echarts.format.encodeHTML(name + ': ' + articles.toLocaleString('vi-VN') + ' bài');
          }
        },
        visualMap: {
          type: 'continuous',
          min: 0,
          max: max,
          left: 'left',
          bottom: 10,
          text: ['Nhiều bài', 'Ít bài'],
          calculable: true,
          inRange: { color: ['#d6e6f5', '#0b3d75'] }
        },
        series: [{
          type: 'map',
          map: 'world',
          roam: true,
          zoom: 1.15,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd54a' } },
          select: { disabled: true },
          itemStyle: { areaColor: '#eef1f5', borderColor: '#9aa6b5', borderWidth: 0.5 },
          data: drawn.map(function (c) {
            return { name: c.numeric, value: c.articles, vi: c.name, code: c.code, search: c.search };
          })
        }]
      });
      chart.on('click', function (p) {
        if (p.data && p.data.search) {
          window.location.assign(p.data.search);
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      // For the browser tests and the console.
      window.pipelineMap = chart;
      container.dataset.countries = String(drawn.length);
      container.dataset.ready = '1';
    })
    .catch(function (error) {
      container.dataset.error = error.message;
    });
})();
