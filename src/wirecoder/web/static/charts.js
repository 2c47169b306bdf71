// wirecoder charts: Observable Plot for time series, cytoscape for networks. Data comes from the
// page's JSON payload (the same as its /api twin); nothing here slices article text.
"use strict";
const wc = (() => {
  const QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
  const QUAD_COLOURS = ["#8cb8e0", "#2166ac", "#f4a261", "#c0392b"];
  const quadScale = {domain: Object.values(QUADS), range: QUAD_COLOURS, legend: false};
  const day = (s) => new Date(s + "T00:00:00Z");

  function width(el) { return Math.max(320, el.clientWidth - 16); }

  function quadTimeline(el, rows) {
    if (!rows.length) { el.textContent = "No dated events."; return; }
    const data = rows.map((r) => ({period: day(r.period), quad: QUADS[r.quad_class], n: r.n}));
    el.replaceChildren(Plot.plot({
      width: width(el), height: 250, marginLeft: 48,
      x: {type: "utc", label: null}, y: {grid: true, label: "events"},
      color: quadScale,
      marks: [Plot.rectY(data, {x: "period", interval: "month", y: "n", fill: "quad", tip: true}), Plot.ruleY([0])],
    }));
  }

  // A period's label on an axis: "2025-10" for a month, "2025" for a year, the date otherwise.
  function periodLabel(by) {
    return (p) => by === "month" ? p.slice(0, 7) : by === "year" ? p.slice(0, 4) : p;
  }

  // One band per period (every period between the first and the last is in the rows), with at most
  // about a dozen tick labels, so that a single month is a bar and not the whole width.
  function periodAxis(periods, by) {
    const step = Math.max(1, Math.ceil(periods.length / 12));
    return {type: "band", domain: periods, label: null, padding: periods.length < 6 ? 0.6 : 0.15,
            ticks: periods.filter((_, i) => i % step === 0), tickFormat: periodLabel(by)};
  }

  function dyad(payload) {
    const {a, b, by, rows, country} = payload;
    const names = payload.names || {};
    const label = (x) => names[x] && names[x] !== x ? `${names[x]} (${x})` : x;
    const dirs = {ab: `${label(a)} → ${label(b)}`, ba: `${label(b)} → ${label(a)}`};
    const periods = rows.map((r) => r.period);
    const most = Math.max(1, ...rows.map((r) => Math.max(r.ab_n, r.ba_n)));
    const lines = [];
    const charts = document.getElementById("dyad-chart");
    charts.replaceChildren();
    for (const d of ["ab", "ba"]) {
      const bars = [];
      for (const r of rows) {
        for (const q of [1, 2, 3, 4]) {
          if (r[`${d}_q${q}`]) bars.push({period: r.period, quad: QUADS[q], n: r[`${d}_q${q}`]});
        }
        if (r[`${d}_goldstein`] !== null) lines.push({period: r.period, dir: dirs[d], goldstein: r[`${d}_goldstein`]});
      }
      const title = document.createElement("h3");
      title.textContent = dirs[d];
      const chart = Plot.plot({
        width: width(charts), height: 170, marginLeft: 48,
        x: periodAxis(periods, by), y: {grid: true, label: "events", domain: [0, most], ticks: Math.min(most, 5), tickFormat: "d"},
        color: quadScale,
        marks: [Plot.barY(bars, {x: "period", y: "n", fill: "quad", tip: true}), Plot.ruleY([0])],
      });
      chart.dataset.direction = d;
      // A click on a bar lists that period's events: the pointer's datum is the chart's value.
      chart.addEventListener("click", () => {
        const v = chart.value;
        if (!v) return;
        const params = new URLSearchParams({a, b, by, period: v.period});
        if (country) params.set("country", "true");
        htmx.ajax("GET", "/dyad/period?" + params.toString(), {target: "#period-events"});
      });
      charts.append(title, chart);
    }
    const g = document.getElementById("dyad-goldstein");
    g.replaceChildren(Plot.plot({
      width: width(g), height: 190, marginLeft: 48,
      x: periodAxis(periods, by), y: {domain: [-10, 10], grid: true, label: "Goldstein"},
      color: {legend: true, domain: [dirs.ab, dirs.ba], range: ["#1f5f99", "#d97706"]},
      marks: [Plot.ruleY([0], {stroke: "#999"}),
              Plot.line(lines, {x: "period", y: "goldstein", stroke: "dir", z: "dir", tip: true}),
              Plot.dot(lines, {x: "period", y: "goldstein", fill: "dir", r: 4})],
    }));
  }

  // Red for conflict, grey near zero, blue for cooperation: a mean Goldstein score as a colour.
  function goldsteinColour(g) {
    const v = Math.max(-10, Math.min(10, g)) / 10;
    return v < 0 ? `rgb(200, ${Math.round(200 + 200 * v)}, ${Math.round(200 + 150 * v)})`
                 : `rgb(${Math.round(200 - 160 * v)}, ${Math.round(200 - 80 * v)}, 220)`;
  }

  function network(el, graph, focus) {
    if (!graph.edges.length) { el.textContent = "No events between two actors for these filters."; return; }
    const most = Math.max(...graph.edges.map((e) => e.data.events));
    // Sizes are relative to the busiest node other than the focus (which would dwarf its partners).
    const heaviest = Math.max(1, ...graph.nodes.filter((n) => n.data.id !== focus).map((n) => n.data.events));
    const size = (n) => (n.id() === focus ? 44 : 12 + 30 * Math.sqrt(Math.min(1, n.data("events") / heaviest)));
    const cy = cytoscape({
      container: el,
      elements: {nodes: graph.nodes, edges: graph.edges.map((e) => ({data: {...e.data, colour: goldsteinColour(e.data.goldstein)}}))},
      style: [
        {selector: "node", style: {
          label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 2, color: "#1d2430",
          "text-background-color": "#fff", "text-background-opacity": 0.75, "text-background-padding": 1,
          "min-zoomed-font-size": 7,
          "background-color": "#5b6b7f", width: size, height: size}},
        {selector: `node[id = ${JSON.stringify(focus || "")}]`, style: {"background-color": "#1f5f99"}},
        {selector: "edge", style: {
          width: (e) => 1 + 7 * Math.sqrt(e.data("events") / most), "line-color": "data(colour)",
          "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier",
          opacity: 0.85}},
      ],
      // An actor's partners: the actor in the middle, the busiest partners nearest (and no force
      // simulation to wait for). The whole network: a force-directed layout.
      layout: focus
        ? {name: "concentric", animate: false, minNodeSpacing: 18,
           concentric: (n) => (n.id() === focus ? 1e9 : n.data("events")), levelWidth: () => heaviest / 2}
        : {name: "cose", animate: false, randomize: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 120,
           nodeOverlap: 20, gravity: 0.6},
    });
    cy.on("tap", "node", (evt) => { window.location.href = "/actor/" + encodeURIComponent(evt.target.id()); });
    el.dataset.ready = "true";
    return cy;
  }

  // The codes of a clicked highlight, from its title (text the server escaped; written back as text).
  function showCodes() {
    document.getElementById("text").addEventListener("click", (event) => {
      const mark = event.target.closest(".hl");
      if (mark) document.getElementById("codes").textContent = mark.title;
    });
  }

  // Each page's charts, from its JSON payload. Pages carry no inline script, so that the
  // Content-Security-Policy the server sends (scripts from this site only) holds everywhere.
  function start() {
    const holder = document.getElementById("payload");
    const p = holder ? JSON.parse(holder.textContent) : {};
    const page = document.body.dataset.page;
    if (page === "overview") quadTimeline(document.getElementById("timeline"), p.timeline);
    if (page === "dyad" && p.rows) dyad(p);
    if (page === "actor") {
      quadTimeline(document.getElementById("timeline"), p.timeline);
      network(document.getElementById("graph"), p.network, p.focus);
    }
    if (page === "network") network(document.getElementById("graph"), p.network);
    if (page === "article") showCodes();
  }

  return {quadTimeline, dyad, network, goldsteinColour, start};
})();
wc.start();
