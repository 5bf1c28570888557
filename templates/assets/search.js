/* sitegen search: loads assets/search/index.js, then the shards and content files a query needs (scripts:
   works from file://); accent/case folding as SearchWords.swift, Spanish plural folding; results by page. */
(function () {
  "use strict";
  var MARKS = /[\u0300-\u036f]/g;
  var WORD = /[\p{L}\p{N}_]/u;

  /** Lowercase without accents, same length as the input so positions map back to the original text. */
  function fold(text) {
    var folded = text.normalize("NFD").replace(MARKS, "").toLowerCase();
    if (folded.length === text.length) return folded;
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var one = text[i].normalize("NFD").replace(MARKS, "").toLowerCase();
      out += one.length === 1 ? one : text[i];
    }
    return out;
  }

  /** Plural to singular, enough for Spanish and English: "ejecuciones" → "ejecucion", "hilos" → "hilo". */
  function stem(word) {
    if (word.length > 4 && /[^aeiou]es$/.test(word)) return word.slice(0, -2);
    if (word.length > 3 && /[^s]s$/.test(word)) return word.slice(0, -1);
    return word;
  }

  function terms(query) {
    var words = fold(query).split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
    var long = words.filter(function (w) { return w.length > 1; });
    return (long.length ? long : words).map(stem);
  }

  /** Index of the first word of `text` starting with `term` at or after `from`, or -1. */
  function findWord(text, term, from) {
    var i = text.indexOf(term, from || 0);
    while (i > 0 && WORD.test(text[i - 1])) i = text.indexOf(term, i + 1);
    return i;
  }

  /* The index (format: SearchIndex.swift) */
  var base = "", dict = null, requested = {}; // folder URL; dictionary; file → callbacks, or true

  function store() { return window.sitegenSearch || { parts: {} }; }

  /** Runs name.js once, then `then()` (also on failure). */
  function loadFile(name, then) {
    if (requested[name] === true) return then();
    if (requested[name]) return requested[name].push(then);
    requested[name] = [then];
    var script = document.createElement("script");
    script.src = base + name + ".js";
    script.onload = script.onerror = function (event) {
      var waiting = requested[name];
      requested[name] = event.type === "load" || undefined;
      waiting.forEach(function (f) { f(); });
    };
    document.head.appendChild(script);
  }

  function loadAll(names, then) {
    var left = names.length;
    if (!left) return then();
    names.forEach(function (name) { loadFile(name, function () { if (--left === 0) then(); }); });
  }

  /** Pages (folded titles, first section) and the page of every section. */
  function dictionary() {
    var index = store().index, total = 0;
    if (dict || !index) return dict;
    var pages = index.pages.map(function (p) {
      total += p[2];
      return { title: p[0], titleF: fold(p[0]), url: p[1], first: total - p[2], count: p[2] };
    });
    var sectionPage = new Int32Array(total);
    pages.forEach(function (page, i) { sectionPage.fill(i, page.first, page.first + page.count); });
    return (dict = { pages: pages, sectionPage: sectionPage, chunks: index.chunks, shards: index.shards });
  }

  /** The term shards holding the words that start with `term`. */
  function shardsFor(term) {
    var names = [];
    dict.shards.forEach(function (key, i) { if (!key.indexOf(term) || !term.indexOf(key)) names.push("t" + i); });
    return names;
  }

  /** For `term`: each section's weight (hits ≤ 5, +8 in the heading) and its pages. */
  function postings(term) {
    var weights = new Uint8Array(dict.sectionPage.length), pages = new Set();
    shardsFor(term).forEach(function (name) {
      var shard = store().parts[name] || {};
      Object.keys(shard).forEach(function (word) {
        if (word.indexOf(term)) return;
        for (var list = shard[word], i = 0, s = 0; i < list.length; i++) {
          var value = list[i], before = weights[s += value >> 4];
          weights[s] = (before | value) & 8 | Math.min(5, (before & 7) + (value & 7));
          pages.add(dict.sectionPage[s]);
        }
      });
    });
    return { weights: weights, pages: pages };
  }

  /** Content file of page `i`, and its offset. */
  function chunkOf(i) {
    var c = dict.chunks, low = 0, high = c.length - 1;
    while (low < high) { var mid = (low + high + 1) >> 1; if (c[mid] <= i) low = mid; else high = mid - 1; }
    return { name: "p" + low, offset: i - c[low] };
  }

  /** Pages with every term (in a section or the title), best first, with their best sections. */
  function rank(wanted) {
    var byTerm = wanted.map(postings), candidates = null, results = [];
    var inTitle = wanted.map(function (t) {
      var set = new Set();
      dict.pages.forEach(function (page, i) { if (findWord(page.titleF, t) >= 0) set.add(i); });
      return set;
    });
    wanted.forEach(function (t, n) {
      var pages = new Set(inTitle[n]);
      byTerm[n].pages.forEach(function (p) { pages.add(p); });
      candidates = candidates ? new Set(Array.from(candidates).filter(function (p) { return pages.has(p); })) : pages;
    });
    Array.from(candidates).sort(function (a, b) { return a - b; }).forEach(function (i) {
      var page = dict.pages[i], sections = [], numbers = [];
      for (var s = page.first; s < page.first + page.count; s++) numbers.push(s);
      (numbers.length ? numbers : [-1]).forEach(function (s) { // -1: a page without text, matched by its title
        var score = 0;
        var all = wanted.every(function (t, n) {
          var weight = s >= 0 ? byTerm[n].weights[s] : 0, inPage = inTitle[n].has(i);
          score += (weight & 8) + (weight & 7) + (inPage ? 2 : 0);
          return weight || inPage;
        });
        if (all && score > 0) sections.push({ number: s, score: score });
      });
      if (!sections.length) return;
      sections.sort(function (a, b) { return b.score - a.score; });
      var titleHits = inTitle.filter(function (set) { return set.has(i); }).length;
      results.push({ index: i, page: page, score: sections[0].score + titleHits * 10, sections: sections.slice(0, 3) });
    });
    return results.sort(function (a, b) { return b.score - a.score; }).slice(0, 15);
  }

  /** `then(results)` of `query`, each with its sections' text, once loaded. */
  function search(query, then) {
    var wanted = terms(query), shards = [], chunks = [];
    if (!wanted.length) return then([]);
    loadFile("index", function () {
      if (!dictionary()) return then([]);
      wanted.forEach(function (t) { shards = shards.concat(shardsFor(t)); });
      loadAll(shards, function () {
        var results = rank(wanted);
        results.forEach(function (r) { chunks.push(chunkOf(r.index).name); });
        loadAll(chunks, function () {
          then(results.map(function (r) {
            var place = chunkOf(r.index), content = (store().parts[place.name] || [])[place.offset] || ["", "", []];
            r.sections = r.sections.map(function (s) {
              var raw = content[2][s.number - r.page.first] || ["", "", ""];
              return { section: { id: raw[0], title: raw[1], titleF: fold(raw[1]), text: raw[2], textF: fold(raw[2]) } };
            });
            r.terms = wanted;
            return r;
          }));
        });
      });
    });
  }

  function escapeHTML(text) {
    return text.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c]; });
  }

  /** `text` with the words starting with any term wrapped in <mark>, escaped. */
  function highlight(text, folded, wanted) {
    var ranges = [];
    wanted.forEach(function (t) {
      for (var i = findWord(folded, t, 0); i >= 0; i = findWord(folded, t, i + t.length)) {
        var end = i + t.length;
        while (end < folded.length && WORD.test(folded[end])) end++;
        ranges.push([i, end]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var html = "", at = 0;
    ranges.forEach(function (r) {
      if (r[0] < at) return;
      html += escapeHTML(text.slice(at, r[0])) + "<mark>" + escapeHTML(text.slice(r[0], r[1])) + "</mark>";
      at = r[1];
    });
    return html + escapeHTML(text.slice(at));
  }

  /** About 160 characters of the section around its first match. */
  function excerpt(section, wanted) {
    if (!section.text) return "";
    var first = -1;
    wanted.forEach(function (t) {
      var i = findWord(section.textF, t, 0);
      if (i >= 0 && (first < 0 || i < first)) first = i;
    });
    var start = Math.max(0, first - 50);
    if (start > 0) { var space = section.text.indexOf(" ", start); if (space >= 0 && space < first) start = space + 1; }
    var end = Math.min(section.text.length, start + 160);
    var html = highlight(section.text.slice(start, end), section.textF.slice(start, end), wanted);
    return (start > 0 ? "… " : "") + html + (end < section.text.length ? " …" : "");
  }

  function render(results, box, ui, link) {
    if (!results.length) {
      box.innerHTML = "<p class=\"search-meta\">" + escapeHTML(ui.noResults || "Sin resultados") + "</p>";
      return;
    }
    var html = "<p class=\"search-meta\">" + escapeHTML((ui.resultsCount || "{count}").replace("{count}", results.length)) + "</p>";
    results.forEach(function (r) {
      html += "<div class=\"search-page\"><a href=\"" + escapeHTML(link(r.page.url, "")) + "\">" +
        highlight(r.page.title, r.page.titleF, r.terms) + "</a>";
      r.sections.forEach(function (s) {
        var section = s.section;
        if (!section.id && !section.text) return;
        html += "<a class=\"search-section\" href=\"" + escapeHTML(link(r.page.url, section.id)) + "\">" +
          (section.title ? "<span class=\"search-heading\">" + highlight(section.title, section.titleF, r.terms) + "</span>" : "") +
          "<span class=\"search-excerpt\">" + excerpt(section, r.terms) + "</span></a>";
      });
      html += "</div>";
    });
    box.innerHTML = html;
  }

  /** Wires the header's search form: typing, `/`, arrows, Escape, `?q=`. */
  function attach(form, ui, pageHref, root) {
    var input = form.querySelector(".search-input");
    var box = form.querySelector(".search-results");
    var timer = 0;
    var strings = { noResults: ui.noResults, resultsCount: ui.resultsCount };
    function link(url, id) { return root + pageHref(url) + (id ? "#" + id : ""); }
    base = form.dataset.index.replace(/[^\/]*$/, "");

    function run() {
      var query = input.value.trim();
      var url = new URL(location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      try { history.replaceState(history.state, "", url); } catch (e) { /* file:// may refuse */ }
      if (!query) { box.hidden = true; return; }
      var started = performance.now();
      search(query, function (results) {
        if (input.value.trim() !== query) return;
        render(results, box, strings, link);
        box.hidden = false;
        box.dataset.searchMs = Math.round(performance.now() - started);
      });
    }
    function links() { return Array.prototype.slice.call(box.querySelectorAll("a")); }

    input.addEventListener("focus", function () { loadFile("index", function () { setTimeout(dictionary, 0); }); if (input.value.trim()) run(); });
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 60); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = links()[0];
      if (first) location.href = first.href;
    });
    form.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (event.key === "Escape") { box.hidden = true; input.blur(); }
      else if (event.key === "ArrowDown" && all.length) { event.preventDefault(); all[Math.min(at + 1, all.length - 1)].focus(); }
      else if (event.key === "ArrowUp" && at >= 0) { event.preventDefault(); (at === 0 ? input : all[at - 1]).focus(); }
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
        (target.tagName === "INPUT" && !/^(radio|checkbox|button|submit|reset)$/.test(target.type));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) box.hidden = true;
    });
    var query = new URLSearchParams(location.search).get("q");
    if (query) { input.value = query; run(); }
  }

  window.SitegenSearch = { attach: attach, search: search, fold: fold, stem: stem };
})();
