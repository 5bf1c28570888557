/* sitegen default theme: theme toggle, copy buttons, linked tabs, TOC that follows scrolling, search.
   Everything here is an enhancement: pages read fine without it (except search and linked tabs). */
(function () {
  "use strict";
  var doc = document, root = doc.documentElement, body = doc.body;
  var ui = body.dataset;

  function store(key, value) {
    try {
      if (value === undefined) return localStorage.getItem(key);
      localStorage.setItem(key, value);
    } catch (e) { return null; }
  }
  function params() { return new URLSearchParams(location.search); }

  /* Light / dark */
  var darkQuery = matchMedia("(prefers-color-scheme: dark)");
  function effectiveScheme() {
    return root.dataset.theme || (darkQuery.matches ? "dark" : "light");
  }
  function showScheme() {
    var scheme = effectiveScheme();
    root.dataset.colorScheme = scheme;
    var toggle = doc.querySelector(".theme-toggle");
    if (toggle) toggle.setAttribute("aria-pressed", scheme === "dark" ? "true" : "false");
  }
  var toggle = doc.querySelector(".theme-toggle");
  if (toggle) toggle.addEventListener("click", function () {
    var next = effectiveScheme() === "dark" ? "light" : "dark";
    root.dataset.theme = next;
    store("sitegen.theme", next);
    showScheme();
  });
  if (darkQuery.addEventListener) darkQuery.addEventListener("change", showScheme);
  showScheme();

  /* Links from file:// : folders open their index.html */
  function pageHref(url) {
    return url === "" || url.charAt(url.length - 1) === "/" ? url + "index.html" : url;
  }
  if (location.protocol === "file:") {
    doc.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z]+:|^\/\/|^#/i.test(href)) return;
      var parts = href.split("#");
      if (parts[0] === "" || parts[0].slice(-1) === "/" || parts[0] === "." || parts[0] === "..") {
        var path = parts[0] === "." || parts[0] === ".." ? parts[0] + "/" : parts[0];
        a.setAttribute("href", pageHref(path) + (parts.length > 1 ? "#" + parts[1] : ""));
      }
    });
  }

  /* Code: copy button (the "verificado" badge is in the HTML) */
  doc.querySelectorAll(".content div.highlight:not(.output)").forEach(function (block) {
    var code = block.querySelector("pre code");
    if (!code) return;
    var button = doc.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = ui.copy || "Copiar";
    button.addEventListener("click", function () {
      var clone = code.cloneNode(true);
      clone.querySelectorAll(".gp, .linenos").forEach(function (hidden) { hidden.remove(); });
      var text = clone.textContent.replace(/\n$/, "");
      copyText(text).then(function () {
        button.textContent = ui.copied || "Copiado";
        button.classList.add("is-copied");
        setTimeout(function () {
          button.textContent = ui.copy || "Copiar";
          button.classList.remove("is-copied");
        }, 1600);
      });
    });
    block.appendChild(button);
  });
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = doc.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    body.appendChild(area);
    area.select();
    try { doc.execCommand("copy"); } catch (e) { /* nothing more we can do */ }
    area.remove();
    return Promise.resolve();
  }

  /* Tabs: ARIA roles and linked tabs (same label everywhere, remembered) */
  var tabSets = Array.prototype.slice.call(doc.querySelectorAll(".tabbed-set"));
  function labelText(label) { return label.textContent.replace(/\s+/g, " ").trim(); }
  function inputFor(label) { return label.htmlFor ? doc.getElementById(label.htmlFor) : null; }
  function markSelected(set) {
    set.querySelectorAll(".tabbed-labels > label").forEach(function (label) {
      var input = inputFor(label);
      var selected = !!(input && input.checked);
      label.setAttribute("aria-selected", selected ? "true" : "false");
      if (input) {
        if (selected) input.setAttribute("checked", "checked"); else input.removeAttribute("checked");
      }
    });
  }
  function selectLabel(text, except) {
    tabSets.forEach(function (set) {
      if (set === except) return;
      set.querySelectorAll(".tabbed-labels > label").forEach(function (label) {
        var input = inputFor(label);
        if (input && !input.checked && labelText(label) === text) {
          input.checked = true;
          markSelected(set);
        }
      });
    });
  }
  tabSets.forEach(function (set) {
    var labels = set.querySelector(".tabbed-labels");
    if (labels) labels.setAttribute("role", "tablist");
    var blocks = set.querySelectorAll(".tabbed-content > .tabbed-block");
    set.querySelectorAll(".tabbed-labels > label").forEach(function (label, index) {
      label.setAttribute("role", "tab");
      if (blocks[index]) {
        blocks[index].setAttribute("role", "tabpanel");
        blocks[index].dataset.printLabel = labelText(label);
      }
      var input = inputFor(label);
      if (!input) return;
      input.addEventListener("change", function () {
        if (!input.checked) return;
        var text = labelText(label);
        var before = set.getBoundingClientRect().top;
        markSelected(set);
        selectLabel(text, set);
        store("sitegen.tab", text);
        var after = set.getBoundingClientRect().top;
        if (after !== before) window.scrollBy(0, after - before);
      });
    });
    markSelected(set);
  });
  var chosenTab = params().get("tab") || store("sitegen.tab");
  if (chosenTab) {
    selectLabel(chosenTab, null);
    if (params().get("tab")) store("sitegen.tab", chosenTab);
  }

  /* Print: open every details block */
  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = Array.prototype.filter.call(doc.querySelectorAll(".content details:not([open])"), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
  });

  /* Table of contents follows scrolling */
  var tocLinks = Array.prototype.slice.call(doc.querySelectorAll(".toc a[href^='#']"));
  var targets = tocLinks.map(function (a) { return doc.getElementById(decodeURIComponent(a.hash.slice(1))); });
  var scheduled = false;
  function followScroll() {
    scheduled = false;
    var offset = parseFloat(getComputedStyle(root).scrollPaddingTop) || 80;
    var current = -1;
    targets.forEach(function (target, index) {
      if (target && target.getBoundingClientRect().top - offset - 8 <= 0) current = index;
    });
    if (current < 0 && targets.length) current = 0;
    tocLinks.forEach(function (a, index) {
      var active = index === current;
      a.classList.toggle("is-active", active);
      if (active) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
    });
  }
  if (tocLinks.length) {
    window.addEventListener("scroll", function () {
      if (!scheduled) { scheduled = true; requestAnimationFrame(followScroll); }
    }, { passive: true });
    followScroll();
  }

  /* Pruned nav: collapsed sections and "N more" fill in from nav.js (NavFile.swift) */
  var sidebar = doc.querySelector(".sidebar[data-nav-file]"), navByID = null, navWaiting = null;
  function withNav(then) {
    if (navByID) return then();
    if (navWaiting) return navWaiting.push(then);
    navWaiting = [then];
    var script = doc.createElement("script");
    script.src = sidebar.dataset.navFile;
    script.onload = function () {
      navByID = { 0: [0, 0, 2, 0, window.sitegenNav] };
      (function index(items) { items.forEach(function (item) { navByID[item[3]] = item; if (item[4]) index(item[4]); }); })(window.sitegenNav);
      navWaiting.forEach(function (f) { f(); });
    };
    script.onerror = function () { navWaiting = null; };
    doc.head.appendChild(script);
  }
  /** The `<li>` of a nav.js entry. */
  function navEntry(item) {
    var li = doc.createElement("li"), a = doc.createElement("a"), href = item[1];
    if (item[2] !== 1) href = (root.dataset.root || "") + (location.protocol === "file:" ? pageHref(href) : href);
    else a.rel = "external";
    a.href = href;
    a.textContent = item[0];
    li.className = item[2] === 2 ? "nav-section is-collapsed" : "nav-item";
    if (item[2] === 2) { li.dataset.nav = item[3]; a.setAttribute("aria-expanded", "false"); }
    li.appendChild(a);
    return li;
  }
  function expand(li, a) {
    var item = navByID[li.dataset.nav || a.dataset.navMore.split(":")[0]];
    if (!item) return;
    if (li.dataset.nav) {
      var details = doc.createElement("details"), summary = doc.createElement("summary"), list = doc.createElement("ul");
      details.open = true;
      summary.textContent = item[0];
      item[4].forEach(function (child) { list.appendChild(navEntry(child)); });
      details.append(summary, list);
      li.className = "nav-section";
      li.replaceChildren(details);
      summary.focus();
    } else {
      var range = a.dataset.navMore.split(":"), entries = item[4].slice(+range[1], +range[2]).map(navEntry);
      li.replaceWith.apply(li, entries);
      if (entries.length) entries[0].firstChild.focus();
    }
  }
  if (sidebar) {
    var expandable = ".nav-section.is-collapsed > a, .nav-more > a";
    sidebar.querySelectorAll(expandable).forEach(function (a) { a.setAttribute("aria-expanded", "false"); });
    sidebar.addEventListener("click", function (event) {
      var a = event.target.closest(expandable);
      if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button) return;
      event.preventDefault();
      withNav(function () { expand(a.parentNode, a); });
    });
  }

  /* Drawer: Escape closes it */
  var drawer = doc.getElementById("drawer");
  doc.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && drawer && drawer.checked) drawer.checked = false;
  });

  /* Search */
  var form = doc.querySelector(".search");
  if (form && window.SitegenSearch) window.SitegenSearch.attach(form, ui, pageHref, root.dataset.root || "");
})();
