/* sitegen search: loads assets/search-index.js on first use (a script, so it works from file://),
   matches accent- and case-insensitively with Spanish plural/singular folding, groups results by page. */
(function () {
  "use strict";
  var MARKS = /[\u0300-\u036f]/g;
  var WORD = /[\p{L}\p{N}_]/u;
  var pages = null;

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

  function count(text, term) {
    var n = 0, i = findWord(text, term, 0);
    while (i >= 0 && n < 5) { n++; i = findWord(text, term, i + term.length); }
    return n;
  }

  function load() {
    if (pages) return pages;
    var index = window.sitegenSearchIndex;
    if (!index) return null;
    pages = index.pages.map(function (p) {
      return {
        title: p[0], titleF: fold(p[0]), url: p[1],
        sections: p[2].map(function (s) {
          return { id: s[0], title: s[1], titleF: fold(s[1]), text: s[2], textF: fold(s[2]) };
        })
      };
    });
    return pages;
  }

  /** Pages matching every term, best first, each with its best sections. */
  function search(query) {
    var wanted = terms(query);
    if (!wanted.length || !load()) return [];
    var results = [];
    pages.forEach(function (page) {
      var inTitle = wanted.filter(function (t) { return findWord(page.titleF, t) >= 0; }).length;
      var sections = [];
      var candidates = page.sections.length ? page.sections : [{ id: "", title: "", titleF: "", text: "", textF: "" }];
      candidates.forEach(function (section) {
        var score = 0;
        var all = wanted.every(function (t) {
          var inHeading = findWord(section.titleF, t) >= 0;
          var hits = count(section.textF, t);
          var inPage = findWord(page.titleF, t) >= 0;
          score += (inHeading ? 8 : 0) + hits + (inPage ? 2 : 0);
          return inHeading || hits > 0 || inPage;
        });
        if (all && score > 0) sections.push({ section: section, score: score });
      });
      if (!sections.length) return;
      sections.sort(function (a, b) { return b.score - a.score; });
      results.push({ page: page, score: sections[0].score + inTitle * 10, sections: sections.slice(0, 3) });
    });
    results.sort(function (a, b) { return b.score - a.score; });
    return results.slice(0, 15).map(function (r) { r.terms = wanted; return r; });
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
    var loading = null, timer = 0;
    var strings = { noResults: ui.noResults, resultsCount: ui.resultsCount };
    function link(url, id) { return root + pageHref(url) + (id ? "#" + id : ""); }

    function ensureIndex(then) {
      if (window.sitegenSearchIndex) return then();
      if (!loading) {
        loading = [];
        var script = document.createElement("script");
        script.src = form.dataset.index;
        script.onload = function () { loading.forEach(function (f) { f(); }); };
        script.onerror = function () { box.hidden = false; render([], box, strings, link); };
        document.head.appendChild(script);
      }
      loading.push(then);
    }
    function run() {
      var query = input.value.trim();
      var url = new URL(location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      try { history.replaceState(history.state, "", url); } catch (e) { /* file:// may refuse */ }
      if (!query) { box.hidden = true; return; }
      ensureIndex(function () {
        if (input.value.trim() !== query) return;
        render(search(query), box, strings, link);
        box.hidden = false;
      });
    }
    function links() { return Array.prototype.slice.call(box.querySelectorAll("a")); }

    // Focusing the box loads the index and folds it while the reader types (~0.4 s for 1,000 pages).
    input.addEventListener("focus", function () { ensureIndex(function () { setTimeout(load, 0); }); if (input.value.trim()) run(); });
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
