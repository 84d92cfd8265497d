// The cooperation network, drawn with Cytoscape.js from /api/network. Everything goes through the DOM API
// (textContent, setAttribute): no markup is built from data, and nothing here is inline (script-src 'self').
(function () {
  'use strict';
  var container = document.getElementById('network');
  var panel = document.getElementById('node-panel');
  if (!container || !panel || typeof cytoscape !== 'function') {
    return;
  }

  var partyColour = '#2e8b57';
  var partnerColour = '#e08a00';

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function day(iso) {
    if (!iso) {
      return 'không rõ ngày';
    }
    var d = new Date(iso);
    return d.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function showArticles(node) {
    var data = node.data();
    clear(panel);
    panel.appendChild(element('h2', data.label));
    var role = data.role === 'party' ? 'Bên Việt Nam' : 'Đối tác' + (data.country ? ' · ' + data.country : '');
    panel.appendChild(element('p', role + ' · ' + data.articles.toLocaleString('vi-VN') + ' bài', 'muted'));
    var status = element('p', 'Đang tải…', 'muted');
    panel.appendChild(status);
    fetch(container.dataset.articles + 'node=' + encodeURIComponent(data.id), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (result) {
        panel.removeChild(status);
        var list = element('ul', null, 'node-articles');
        result.articles.forEach(function (article) {
          var item = element('li');
          var link = element('a', article.title);
          link.setAttribute('href', article.page);
          item.appendChild(link);
          item.appendChild(element('span', article.outlet + ' · ' + day(article.published), 'meta'));
          list.appendChild(item);
        });
        panel.appendChild(list);
        var search = element('a', 'Xem tất cả trong trang tìm kiếm', 'search-link');
        search.setAttribute('href', result.search);
        var more = element('p');
        more.appendChild(search);
        panel.appendChild(more);
      })
      .catch(function (error) {
        status.textContent = 'Không tải được bài viết (' + error.message + ').';
      });
  }

  fetch(container.dataset.api, { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (network) {
      if (network.nodes.length === 0) {
        return;
      }
      container.hidden = false;
      panel.hidden = false;
      var legend = document.querySelector('.network-legend');
      if (legend) {
        legend.hidden = false;
      }
      var maxArticles = Math.max.apply(null, network.nodes.map(function (n) { return n.articles; }));
      var maxWeight = Math.max.apply(null, network.edges.map(function (e) { return e.weight; }).concat([1]));
      var elements = network.nodes.map(function (n) {
        return { group: 'nodes', data: { id: n.id, label: n.label, role: n.role, country: n.country, articles: n.articles, search: n.search } };
      }).concat(network.edges.map(function (e, i) {
        return { group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, weight: e.weight } };
      }));
      var cy = cytoscape({
        container: container,
        elements: elements,
        minZoom: 0.2,
        maxZoom: 4,
        wheelSensitivity: 0.3,
        style: [
          {
            selector: 'node',
            style: {
              'background-color': function (n) { return n.data('role') === 'party' ? partyColour : partnerColour; },
              'width': function (n) { return 14 + 46 * Math.sqrt(n.data('articles') / maxArticles); },
              'height': function (n) { return 14 + 46 * Math.sqrt(n.data('articles') / maxArticles); },
              'label': 'data(label)',
              'font-size': 11,
              'color': '#1c2430',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              'text-wrap': 'ellipsis',
              'text-max-width': 140,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.75,
              'border-width': 1,
              'border-color': '#3c4654'
            }
          },
          {
            selector: 'edge',
            style: {
              'width': function (e) { return 1 + 9 * (e.data('weight') / maxWeight); },
              'line-color': '#9aa6b5',
              'opacity': 0.7,
              'curve-style': 'haystack'
            }
          },
          { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b5cad' } },
          { selector: '.faded', style: { 'opacity': 0.15 } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 12000; }, idealEdgeLength: function () { return 90; }, padding: 20 }
      });
      cy.on('tap', 'node', function (event) {
        var node = event.target;
        cy.elements().addClass('faded');
        node.closedNeighborhood().removeClass('faded');
        showArticles(node);
      });
      cy.on('tap', function (event) {
        if (event.target === cy) {
          cy.elements().removeClass('faded');
        }
      });
      // For the browser tests and the console: the drawn graph.
      window.pipelineNetwork = cy;
      container.dataset.nodes = String(cy.nodes().length);
      container.dataset.ready = '1';
    })
    .catch(function (error) {
      container.dataset.error = error.message;
    });
})();
