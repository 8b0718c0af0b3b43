// attest pages: a little plain JS on top of server-rendered HTML. Everything read from the page is set
// back with textContent or classes, never as HTML, so article text cannot become markup here.
'use strict';

function onArticlePage() {
  const detail = document.getElementById('detail');
  const spans = document.querySelectorAll('.text .st');
  if (!detail || !spans.length) return;
  const items = new Map();
  for (const li of document.querySelectorAll('.statements li[data-st]')) items.set(li.dataset.st, li);
  const show = (span) => {
    for (const x of document.querySelectorAll('.st.active, .statements li.active')) x.classList.remove('active');
    span.classList.add('active');
    const li = items.get(span.dataset.st);
    if (li) li.classList.add('active');
    detail.textContent = span.title;
  };
  for (const span of spans) {
    span.addEventListener('mouseenter', () => show(span));
    span.addEventListener('focus', () => show(span));
  }
  for (const [seq, li] of items) {
    const span = document.querySelector(`.text .st[data-st="${CSS.escape(seq)}"]`);
    if (!span) continue;
    li.addEventListener('mouseenter', () => show(span));
  }
}

function onStoryPage() {
  const buttons = document.querySelectorAll('.claim-toggle');
  if (!buttons.length) return;
  const choose = (button) => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    for (const b of buttons) b.setAttribute('aria-pressed', 'false');
    for (const x of document.querySelectorAll('.member-text .st.hl')) x.classList.remove('hl');
    for (const x of document.querySelectorAll('li.claim.chosen')) x.classList.remove('chosen');
    if (!on) return;
    button.setAttribute('aria-pressed', 'true');
    button.closest('li.claim')?.classList.add('chosen');
    const marked = document.querySelectorAll(`.member-text .st[data-claims~="${CSS.escape(button.dataset.claim)}"]`);
    for (const x of marked) {
      x.classList.add('hl');
      const details = x.closest('details');
      if (details) details.open = true;
    }
    if (marked.length) marked[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  for (const b of buttons) b.addEventListener('click', () => choose(b));
  const fromHash = /^#claim-(.+)$/.exec(location.hash);
  if (fromHash) {
    const b = document.querySelector(`.claim-toggle[data-claim="${CSS.escape(decodeURIComponent(fromHash[1]))}"]`);
    if (b) choose(b);
  }
}

function onGraphPage() {
  const box = document.getElementById('graph');
  const data = document.getElementById('graph-data');
  if (!box || !data || typeof window.cytoscape !== 'function') return;
  const { nodes, edges } = JSON.parse(data.textContent);
  const cy = window.cytoscape({
    container: box,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, label: n.name, type: n.type, size: 16 + Math.min(40, 4 * Math.sqrt(n.article_count)) } })),
      ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, label: e.predicate, weight: e.weight } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'background-color': '#4a6fa5', color: '#1b1b1b', 'text-valign': 'bottom', 'text-margin-y': 4 } },
      { selector: 'node[type = "person"]', style: { 'background-color': '#b5651d' } },
      { selector: 'node[type = "gpe"], node[type = "loc"]', style: { 'background-color': '#4f8a4f' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 9, width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#999', 'target-arrow-color': '#999', color: '#555' } },
    ],
    layout: { name: nodes.length > 150 ? 'grid' : 'cose', animate: false },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (evt) => { location.href = `/actors/${encodeURIComponent(evt.target.id())}`; });
  box.dataset.renderedNodes = String(cy.nodes().length);
  box.dataset.renderedEdges = String(cy.edges().length);
}

document.addEventListener('DOMContentLoaded', () => {
  onArticlePage();
  onStoryPage();
  onGraphPage();
});
