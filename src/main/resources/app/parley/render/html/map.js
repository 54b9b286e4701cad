/* Parley web page: pans and zooms the map, selects actors, shows their cards and quotes, steps through the story.
   Plain JavaScript, no libraries, no network. Text from the data is only ever set as textContent. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("parley-data").textContent);
  var svg = document.getElementById("map");
  var details = document.getElementById("details");
  var NS = svg.namespaceURI;
  var full = svg.viewBox.baseVal;
  var home = { x: full.x, y: full.y, w: full.width, h: full.height };
  var view = { x: home.x, y: home.y, w: home.w, h: home.h };

  var actors = {};
  var quotesBy = {};
  var linksOf = {};
  data.actors.forEach(function (a) { actors[a.id] = a; quotesBy[a.id] = []; linksOf[a.id] = []; });
  var quotes = {};
  data.quotes.forEach(function (q) { quotes[q.id] = q; if (quotesBy[q.speaker]) { quotesBy[q.speaker].push(q); } });
  data.links.forEach(function (l) {
    if (linksOf[l.from]) { linksOf[l.from].push(l); }
    if (linksOf[l.to] && l.to !== l.from) { linksOf[l.to].push(l); }
  });

  function group(prefix, id) { return document.getElementById(prefix + id); }
  function each(prefix, ids, fn) {
    ids.forEach(function (id) { var g = group(prefix, id); if (g) { fn(g, id); } });
  }

  /* ---------- view: pan and zoom by the viewBox ---------- */

  var minW = home.w / 40, maxW = home.w * 4;
  function apply() { svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h); }
  function zoomAt(factor, px, py) {
    var w = Math.min(maxW, Math.max(minW, view.w / factor));
    var f = view.w / w;
    view.x = px - (px - view.x) / f;
    view.y = py - (py - view.y) / f;
    view.w = w;
    view.h = view.h / f;
    apply();
  }
  function centre() { return { x: view.x + view.w / 2, y: view.y + view.h / 2 }; }
  function toMap(clientX, clientY) {
    var p = svg.createSVGPoint();
    p.x = clientX; p.y = clientY;
    var m = svg.getScreenCTM();
    return m ? p.matrixTransform(m.inverse()) : centre();
  }
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var glide = 0;
  function show(box) {
    var target = box;
    if (reduceMotion || !window.requestAnimationFrame) { view = target; apply(); return; }
    var from = { x: view.x, y: view.y, w: view.w, h: view.h }, started = null, ticket = ++glide;
    function step(now) {
      if (ticket !== glide) { return; }
      if (started === null) { started = now; }
      var t = Math.min(1, (now - started) / 350), e = t * (2 - t);
      view = { x: from.x + (target.x - from.x) * e, y: from.y + (target.y - from.y) * e,
               w: from.w + (target.w - from.w) * e, h: from.h + (target.h - from.h) * e };
      apply();
      if (t < 1) { window.requestAnimationFrame(step); }
    }
    window.requestAnimationFrame(step);
  }
  function fit() { show({ x: home.x, y: home.y, w: home.w, h: home.h }); }
  function frame(ids, least) {
    var box = null;
    each("actor-", ids, function (g) {
      var b = g.getBBox();
      box = box ? { x1: Math.min(box.x1, b.x), y1: Math.min(box.y1, b.y), x2: Math.max(box.x2, b.x + b.width),
                    y2: Math.max(box.y2, b.y + b.height) }
                : { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height };
    });
    if (!box) { fit(); return; }
    var margin = 60, w = Math.max(box.x2 - box.x1 + 2 * margin, least || minW * 4);
    var h = Math.max(box.y2 - box.y1 + 2 * margin, minW * 2);
    var rect = svg.getBoundingClientRect(), aspect = rect.width > 0 && rect.height > 0 ? rect.width / rect.height : home.w / home.h;
    if (w / h < aspect) { w = h * aspect; } else { h = w / aspect; }
    show({ x: (box.x1 + box.x2 - w) / 2, y: (box.y1 + box.y2 - h) / 2, w: w, h: h });
  }

  svg.addEventListener("wheel", function (e) {
    e.preventDefault();
    var p = toMap(e.clientX, e.clientY);
    zoomAt(Math.pow(1.0018, -e.deltaY * (e.deltaMode === 1 ? 20 : 1)), p.x, p.y);
  }, { passive: false });

  var pointers = {}, drag = null, moved = false;
  svg.addEventListener("pointerdown", function (e) {
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    var ids = Object.keys(pointers);
    moved = false;
    if (ids.length === 1) {
      drag = { x: e.clientX, y: e.clientY, view: { x: view.x, y: view.y, w: view.w, h: view.h } };
    } else if (ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      drag = { pinch: Math.hypot(a.x - b.x, a.y - b.y), w: view.w };
    }
  });
  svg.addEventListener("pointermove", function (e) {
    if (!pointers[e.pointerId] || !drag) { return; }
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    var ids = Object.keys(pointers);
    if (drag.pinch && ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      var mid = toMap((a.x + b.x) / 2, (a.y + b.y) / 2);
      zoomAt(view.w / (drag.w * drag.pinch / Math.max(1, Math.hypot(a.x - b.x, a.y - b.y))), mid.x, mid.y);
      moved = true;
      return;
    }
    if (drag.pinch) { return; }
    var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!moved && Math.hypot(dx, dy) < 5) { return; }
    if (!moved) { svg.setPointerCapture(e.pointerId); svg.classList.add("dragging"); }
    moved = true;
    var rect = svg.getBoundingClientRect();
    var perPixel = Math.max(drag.view.w / rect.width, drag.view.h / rect.height);
    view.x = drag.view.x - dx * perPixel;
    view.y = drag.view.y - dy * perPixel;
    apply();
  });
  function release(e) {
    delete pointers[e.pointerId];
    if (Object.keys(pointers).length === 0) { drag = null; svg.classList.remove("dragging"); }
  }
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", release);

  document.getElementById("zoom-in").addEventListener("click", function () { var c = centre(); zoomAt(1.4, c.x, c.y); });
  document.getElementById("zoom-out").addEventListener("click", function () { var c = centre(); zoomAt(1 / 1.4, c.x, c.y); });
  document.getElementById("fit").addEventListener("click", fit);

  /* ---------- rings: selection and keyboard focus ---------- */

  var rings = document.createElementNS(NS, "g");
  rings.setAttribute("aria-hidden", "true");
  svg.appendChild(rings);
  function ring(kind) {
    var r = document.createElementNS(NS, "rect");
    r.setAttribute("class", "ring " + kind);
    r.setAttribute("rx", "10");
    r.style.display = "none";
    rings.appendChild(r);
    return r;
  }
  var selectedRing = ring("selected"), focusRing = ring("focus");
  function place(r, id) {
    var g = id ? group("actor-", id) : null;
    if (!g) { r.style.display = "none"; return; }
    var b = g.getBBox(), pad = 6;
    r.setAttribute("x", b.x - pad); r.setAttribute("y", b.y - pad);
    r.setAttribute("width", b.width + 2 * pad); r.setAttribute("height", b.height + 2 * pad);
    r.style.display = "";
  }

  /* ---------- hover: an actor and its neighbours stand out ---------- */

  function near(id, on) {
    svg.classList.toggle("dim", on);
    var g = group("actor-", id);
    if (g) { g.classList.toggle("near", on); }
    linksOf[id].forEach(function (l) {
      ["link-", "label-"].forEach(function (p) { var lg = group(p, l.id); if (lg) { lg.classList.toggle("near", on); } });
      var other = l.from === id ? l.to : l.from, og = group("actor-", other);
      if (og) { og.classList.toggle("near", on); }
    });
  }

  /* ---------- the panel ---------- */

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function sentence(item) {
    var p = el("p", "sentence");
    var s = item.sentence || "";
    if (item.markEnd > item.markStart) {
      p.appendChild(document.createTextNode(s.slice(0, item.markStart)));
      p.appendChild(el("mark", null, s.slice(item.markStart, item.markEnd)));
      p.appendChild(document.createTextNode(s.slice(item.markEnd)));
    } else {
      p.textContent = s;
    }
    return p;
  }
  function source(item) {
    return el("p", "source", "Source: " + item.source + (item.url ? " — " + item.url : ""));
  }
  function quoteCard(q, withSpeaker) {
    var f = el("figure", "quote");
    var a = actors[q.speaker];
    if (a) { f.style.setProperty("--side", a.colour); }
    f.appendChild(el("blockquote", null, q.direct ? "“" + q.text + "”" : q.text));
    var who = el("p", "who");
    if (withSpeaker && a) {
      var b = el("button", "linkish", q.speakerName);
      b.type = "button";
      b.addEventListener("click", function () { select(q.speaker, true); });
      who.appendChild(b);
      who.appendChild(document.createTextNode(" · "));
    }
    who.appendChild(document.createTextNode(q.kind + (q.saidOn ? " · " + q.saidOn : "")
        + (q.reportedBy ? " · reported by " + q.reportedBy : "")));
    f.appendChild(who);
    f.appendChild(sentence(q));
    f.appendChild(source(q));
    return f;
  }
  function actorButton(id, label) {
    var b = el("button", "linkish", label);
    b.type = "button";
    b.addEventListener("click", function () { select(id, true); });
    return b;
  }
  function card(a) {
    details.textContent = "";
    details.appendChild(el("h2", null, a.name));
    var chips = el("p", "chips");
    chips.appendChild(el("span", "chip", a.kind));
    var side = el("span", "chip side", a.side);
    side.style.setProperty("--side", a.colour);
    chips.appendChild(side);
    details.appendChild(chips);
    if (a.aliases.length) { details.appendChild(el("p", null, "Also called: " + a.aliases.join(", "))); }
    if (a.roles.length) {
      details.appendChild(el("h3", null, "Roles"));
      var roles = el("ul");
      a.roles.forEach(function (r) {
        var li = el("li", "role");
        li.appendChild(document.createTextNode(r.title));
        if (r.of) { li.appendChild(document.createTextNode(" — ")); li.appendChild(actorButton(r.ofId, r.of)); }
        if (r.rank) { li.appendChild(document.createTextNode(" (" + r.rank + ")")); }
        var d = el("details");
        d.appendChild(el("summary", null, "the sentence"));
        d.appendChild(sentence(r));
        d.appendChild(source(r));
        li.appendChild(d);
        roles.appendChild(li);
      });
      details.appendChild(roles);
    }
    var links = linksOf[a.id];
    if (links.length) {
      details.appendChild(el("h3", null, "Links (" + links.length + ")"));
      var ul = el("ul");
      links.forEach(function (l) {
        var out = l.from === a.id, other = out ? l.to : l.from, name = actors[other] ? actors[other].name : other;
        var li = el("li");
        li.appendChild(document.createTextNode(out ? l.label + " → " : ""));
        li.appendChild(actorButton(other, name));
        li.appendChild(document.createTextNode(out ? "" : " → " + l.label));
        li.title = l.sentence;
        ul.appendChild(li);
      });
      details.appendChild(ul);
    }
    var qs = quotesBy[a.id];
    details.appendChild(el("h3", null, qs.length ? "Quotes (" + qs.length + ")" : "No quotes"));
    qs.forEach(function (q) { details.appendChild(quoteCard(q, false)); });
  }
  function overview() {
    details.textContent = "";
    details.appendChild(el("p", "hint", "Click an actor — or Tab to it and press Enter — to see its card and quotes. "
        + "Drag to pan, wheel or +/− to zoom, 0 to fit."));
    details.appendChild(el("h3", null, "All quotes (" + data.quotes.length + ")"));
    data.quotes.forEach(function (q) { details.appendChild(quoteCard(q, true)); });
  }

  /* ---------- selection ---------- */

  /* On a phone the whole map is too small to read: selecting an actor zooms in on it. */
  function narrow() { return window.innerWidth < 700; }

  var selected = null;
  function select(id, fromUser) {
    var previous = selected ? group("actor-", selected) : null;
    if (previous) { previous.setAttribute("aria-pressed", "false"); }
    selected = id && actors[id] ? id : null;
    place(selectedRing, selected);
    if (selected) {
      var g = group("actor-", selected);
      if (g) { g.setAttribute("aria-pressed", "true"); }
      card(actors[selected]);
      if (narrow()) { frame([selected], home.w / 3); }
    } else {
      overview();
    }
    if (fromUser && window.history && window.history.replaceState) {
      try {
        window.history.replaceState(null, "", selected ? "#select=" + encodeURIComponent(selected) : "#");
      } catch (ignored) { /* some file: pages refuse; the selection still shows */ }
    }
  }

  data.actors.forEach(function (a) {
    var g = group("actor-", a.id);
    if (!g) { return; }
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.setAttribute("aria-pressed", "false");
    g.setAttribute("aria-label", a.name + " (" + a.kind + ", " + a.side + ")");
    g.addEventListener("click", function () { if (!moved) { select(a.id, true); } });
    g.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(a.id, true); }
    });
    g.addEventListener("pointerenter", function () { near(a.id, true); });
    g.addEventListener("pointerleave", function () { near(a.id, false); });
    g.addEventListener("focus", function () { place(focusRing, a.id); near(a.id, true); });
    g.addEventListener("blur", function () { place(focusRing, null); near(a.id, false); });
  });

  /* ---------- story ---------- */

  var steps = data.story, at = -1;
  var storyBox = document.getElementById("story");
  var prev = document.getElementById("prev"), next = document.getElementById("next");
  function setClass(cls, on, prefix, keep) {
    Array.prototype.forEach.call(svg.querySelectorAll("g[id^='" + prefix + "']"), function (g) {
      var id = g.id.slice(prefix.length);
      g.classList.toggle(cls, on && !keep(id));
    });
  }
  function linkShown(step, l) {
    return step.links.indexOf(l.id) >= 0 && step.shown.indexOf(l.from) >= 0 && step.shown.indexOf(l.to) >= 0;
  }
  var linkById = {};
  data.links.forEach(function (l) { linkById[l.id] = l; });
  /* A camp's zone or the table is left out while none of the actors the step shows stands in it. */
  function zones(step) {
    var centres = [];
    if (step) {
      each("actor-", step.shown, function (g) {
        var b = g.getBBox();
        centres.push({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
      });
    }
    Array.prototype.forEach.call(svg.querySelectorAll("g.zone"), function (zone) {
      var b = zone.getBBox();
      zone.classList.toggle("off", step !== null && !centres.some(function (c) {
        return c.x >= b.x && c.x <= b.x + b.width && c.y >= b.y && c.y <= b.y + b.height;
      }));
    });
  }
  function goTo(index) {
    at = Math.max(-1, Math.min(steps.length - 1, index));
    var step = at >= 0 ? steps[at] : null;
    var on = step !== null;
    setClass("off", on, "actor-", function (id) { return step.shown.indexOf(id) >= 0; });
    ["link-", "label-"].forEach(function (p) {
      setClass("off", on, p, function (id) { return linkById[id] ? linkShown(step, linkById[id]) : true; });
    });
    zones(step);
    var spot = on && (step.highlight.length > 0 || step.highlightLinks.length > 0);
    svg.classList.toggle("spot", spot);
    setClass("lit", spot, "actor-", function (id) { return step.highlight.indexOf(id) < 0; });
    ["link-", "label-"].forEach(function (p) {
      setClass("lit", spot, p, function (id) { return step.highlightLinks.indexOf(id) < 0; });
    });
    document.getElementById("step-no").textContent = on ? "Step " + (at + 1) + " of " + steps.length
        : "Story: " + steps.length + " steps";
    document.getElementById("caption").textContent = on ? step.caption : "The whole map. Next starts the story.";
    var box = document.getElementById("step-quotes");
    box.textContent = "";
    if (on) { step.quotes.forEach(function (id) { if (quotes[id]) { box.appendChild(quoteCard(quotes[id], true)); } }); }
    prev.disabled = at < 0;
    next.disabled = at >= steps.length - 1;
    if (on) { frame(step.frame.length ? step.frame : step.shown); } else { fit(); }
    if (selected && on && step.shown.indexOf(selected) < 0) { select(null, false); }
  }
  if (steps.length) {
    storyBox.hidden = false;
    prev.addEventListener("click", function () { goTo(at - 1); });
    next.addEventListener("click", function () { goTo(at + 1); });
    goTo(-1);
  }

  /* ---------- keyboard ---------- */

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var onActor = e.target && e.target.closest && e.target.closest("g.actor");
    var inControl = e.target && /^(BUTTON|SUMMARY|INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
    var c = centre(), stepX = view.w / 8, stepY = view.h / 8, handled = true;
    switch (e.key) {
      case "+": case "=": zoomAt(1.4, c.x, c.y); break;
      case "-": case "_": zoomAt(1 / 1.4, c.x, c.y); break;
      case "0": fit(); break;
      case "Escape": if (selected) { select(null, true); } else if (at >= 0) { goTo(-1); } else { handled = false; } break;
      case "PageDown": if (steps.length) { goTo(at + 1); } else { handled = false; } break;
      case "PageUp": if (steps.length) { goTo(at - 1); } else { handled = false; } break;
      case "Home": if (steps.length && !inControl) { goTo(0); } else { handled = false; } break;
      case "End": if (steps.length && !inControl) { goTo(steps.length - 1); } else { handled = false; } break;
      case "ArrowRight": case "ArrowLeft": case "ArrowUp": case "ArrowDown":
        if (steps.length && !onActor && (e.key === "ArrowRight" || e.key === "ArrowLeft")) {
          goTo(at + (e.key === "ArrowRight" ? 1 : -1));
        } else {
          view.x += e.key === "ArrowRight" ? stepX : e.key === "ArrowLeft" ? -stepX : 0;
          view.y += e.key === "ArrowDown" ? stepY : e.key === "ArrowUp" ? -stepY : 0;
          apply();
        }
        break;
      default: handled = false;
    }
    if (handled) { e.preventDefault(); }
  });

  /* ---------- the address: #select=ID and #step=N open the page there ---------- */

  function fromAddress() {
    var hash = window.location.hash.replace(/^#/, "");
    var params = {};
    hash.split("&").forEach(function (part) {
      var i = part.indexOf("=");
      if (i > 0) { params[part.slice(0, i)] = decodeURIComponent(part.slice(i + 1)); }
    });
    if (params.step && steps.length) { goTo(parseInt(params.step, 10) - 1); }
    if (params.select) { select(params.select, false); return true; }
    return false;
  }
  window.addEventListener("hashchange", fromAddress);
  if (!fromAddress()) { select(data.selected, false); }
})();
