/* The search page: Pagefind's JS API from the site's own bundle (never a CDN), with
   a field per filter, briefings or events or both, a date range and a sort by date. Results are written as text
   nodes (and Pagefind's <mark>s rebuilt as elements): no article text becomes HTML.
   Loaded on every page, it acts only where #briefing-search is. */
(function () {
  "use strict";
  const script = document.currentScript;
  const bundle = new URL("../pagefind/", script.src);
  const LABELS = {
    person: "Person", organisation: "Organisation", place: "Place", country: "Country",
    tag: "Tag", outlet: "Outlet", status: "Status", event: "Event", kind: "Kind",
  };
  const PAGE = 20;
  /* A keystroke's search waits DEBOUNCE_MS for the next keystroke. One or two letters
     match a large part of the index (a search of "b" costs several times one of
     "blair") and are mostly on the way to a longer word, so they wait until the
     typing pauses: a longer word's search then never queues behind them. */
  const DEBOUNCE_MS = 40;
  const SHORT_QUERY = 3;
  const SHORT_QUERY_DEBOUNCE_MS = 300;

  function months(from, to) {
    const out = [];
    const day = new Date((from || "1900-01-01") + "T00:00:00Z");
    const end = new Date((to || new Date().toISOString().slice(0, 10)) + "T00:00:00Z");
    day.setUTCDate(1);
    while (day <= end && out.length < 1200) {
      out.push(day.toISOString().slice(0, 7));
      day.setUTCMonth(day.getUTCMonth() + 1);
    }
    return out;
  }

  function excerpt(html) {
    const doc = new DOMParser().parseFromString(html, "text/html"); // inert: nothing runs
    const out = document.createElement("span");
    for (const node of doc.body.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(document.createTextNode(node.textContent));
      }
    }
    return out;
  }

  /* Briefings, events (a story across sources), or both: Pagefind's `kind` filter. */
  function kindField(box, kinds) {
    const select = element("select", { name: "filter-kind", "data-filter": "kind" },
      element("option", { value: "" }, "briefings and events"));
    for (const kind of ["event", "briefing"]) {
      if (kinds[kind]) select.append(element("option", { value: kind }, kind + "s only"));
    }
    box.append(element("label", {}, "Show ", select), " ");
  }

  function filterFields(root, filters) {
    const box = root.querySelector(".bs-filters");
    if (filters.kind) kindField(box, filters.kind);
    for (const key of Object.keys(LABELS)) {
      const values = filters[key];
      if (!values || key === "kind") continue;
      const list = document.createElement("datalist");
      list.id = "bs-values-" + key;
      for (const value of Object.keys(values).sort()) {
        const option = document.createElement("option");
        option.value = value;
        list.append(option);
      }
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.name = "filter-" + key;
      input.dataset.filter = key;
      input.setAttribute("list", list.id);
      label.append(LABELS[key] + " ", input);
      box.append(label, list, " ");
    }
  }

  function chosenFilters(form) {
    const chosen = {};
    for (const input of form.querySelectorAll("[data-filter]")) {
      if (input.value.trim()) chosen[input.dataset.filter] = input.value.trim();
    }
    const from = form.elements.from.value;
    const to = form.elements.to.value;
    if (from || to) chosen.month = { any: months(from, to) };
    return chosen;
  }

  function inRange(date, from, to) {
    if (!from && !to) return true;
    if (!date) return false;
    return (!from || date >= from) && (!to || date <= to);
  }

  function resultItem(data) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    const date = document.createElement("span");
    date.className = "bs-date";
    date.textContent = data.meta.date ? " " + data.meta.date : "";
    const text = document.createElement("p");
    text.append(excerpt(data.excerpt));
    item.append(link, date, text);
    return item;
  }

  let latest = 0; // the newest search: an older one's results are dropped

  /* Each result is shown as soon as its fragment has come, in rank order: the
     first result waits for one fragment, fetched before the others are asked for,
     not for the whole page of them. */
  function show(hits, root, form, generation) {
    const status = root.querySelector(".bs-status");
    const results = root.querySelector(".bs-results");
    const found = hits.length + " result" + (hits.length === 1 ? "" : "s") + " found";
    const from = form.elements.from.value;
    const to = form.elements.to.value;
    const page = hits.slice(0, PAGE);
    const loaded = new Array(page.length);
    let next = 0;
    let first = true;
    if (page.length === 0) {
      results.replaceChildren();
      status.textContent = found;
      root.dataset.shown = String(generation);
      return;
    }
    const arrived = (index, data) => {
      if (generation !== latest) return;
      loaded[index] = data;
      const items = [];
      while (next < page.length && loaded[next]) {
        const ready = loaded[next++];
        if (inRange(ready.meta.date, from, to)) items.push(resultItem(ready));
      }
      if (items.length === 0 && !(first && next === page.length)) return;
      if (first) {
        results.replaceChildren(...items);
        status.textContent = found;
        root.dataset.shown = String(generation);
      } else {
        results.append(...items);
      }
      first = false;
    };
    // The first result's fragment alone, then the others: it does not share the
    // worker and the connection with nineteen more.
    page[0].data().then((data) => {
      arrived(0, data);
      if (generation !== latest) return;
      page.slice(1).forEach((hit, index) => hit.data().then((more) => arrived(index + 1, more)));
    });
  }

  async function run(pagefind, root, form) {
    const status = root.querySelector(".bs-status");
    const query = form.elements.q.value.trim() || null;
    const filters = chosenFilters(form);
    const generation = ++latest;
    root.dataset.searching = String(generation); // data-shown says when it is on the page
    if (!query && Object.keys(filters).length === 0) {
      root.querySelector(".bs-results").replaceChildren();
      status.textContent = "Type words, or choose a filter.";
      return;
    }
    const sort = form.elements.sort.value ? { date: "desc" } : undefined;
    const wait = query && query.length < SHORT_QUERY ? SHORT_QUERY_DEBOUNCE_MS : DEBOUNCE_MS;
    const search = await pagefind.debouncedSearch(query, { filters, sort }, wait);
    if (search === null || generation !== latest) return; // a newer keystroke replaced it
    show(search.results, root, form, generation);
  }

  /* The first search of a page runs Pagefind's WebAssembly for the first time and
     costs about twice a later one (it is compiled then), whatever its words. So the
     page searches once, for a word no briefing has (one small index chunk, no
     fragment), while the filters load: the reader's first query runs at the speed
     of the later ones. The default order is used, so the sort by date is run too.
     data-warm says when it is done. */
  const WARM_UP = "zzzzzz";

  async function warmUp(pagefind, root) {
    try {
      await pagefind.search(WARM_UP, { sort: { date: "desc" } });
    } catch (error) {
      // only a warm-up: the reader's own search reports its failure
    }
    root.dataset.warm = "done";
  }

  /* The values of each filter, for the fields' lists, from a Pagefind instance of
     their own, let go once read. An instance that has loaded a filter counts each
     of its values among the results of every search it runs: with every filter
     loaded (thousands of names), a search at 10,000 briefings took 4 to 20 times
     as long, for counts this page does not show. The searching instance
     loads a filter only when the reader narrows by it. */
  async function filterValues(pagefind) {
    const lists = pagefind.createInstance({});
    try {
      return await lists.filters();
    } finally {
      lists.destroy();
    }
  }

  function element(tag, attributes, ...children) {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) made.setAttribute(name, value);
    made.append(...children);
    return made;
  }

  /* The form is made here, not in the page: the page's content stays plain text. */
  function buildForm(root) {
    const sort = element("select", { name: "sort" },
      element("option", { value: "date" }, "newest first"),
      element("option", { value: "" }, "best match"));
    const form = element("form", { class: "bs-form", role: "search" },
      element("p", {}, element("input", {
        type: "search", name: "q", placeholder: "Words in the briefings and events", "aria-label": "Words",
      })),
      element("div", { class: "bs-filters" }),
      element("p", {},
        element("label", {}, "From ", element("input", { type: "date", name: "from" })), " ",
        element("label", {}, "to ", element("input", { type: "date", name: "to" })), " ",
        element("button", { type: "button", name: "last30" }, "Last 30 days"), " ",
        element("label", {}, "Order ", sort)));
    form.addEventListener("submit", (event) => event.preventDefault());
    root.prepend(form);
    root.append(element("ol", { class: "bs-results" }));
    return form;
  }

  async function init() {
    const root = document.getElementById("briefing-search");
    if (!root || root.dataset.ready) return;
    root.dataset.ready = "yes";
    const status = root.querySelector(".bs-status");
    status.textContent = "Loading the search index…";
    let pagefind;
    try {
      pagefind = await import(new URL("pagefind.js", bundle).href);
      await pagefind.options({ baseUrl: new URL("../", bundle).pathname });
      await pagefind.init();
    } catch (error) {
      status.textContent = "This copy of the site has no search index: " +
        "use the search box at the top of the page.";
      return;
    }
    const warm = warmUp(pagefind, root); // the reader may type meanwhile
    const form = buildForm(root);
    listen(pagefind, root, form);
    status.textContent = "Type words, or choose a filter.";
    const words = new URLSearchParams(location.search).get("q");
    if (words) {
      form.elements.q.value = words;
      run(pagefind, root, form);
    }
    /* The filters' instance starts once the searching one has its WebAssembly:
       two instances starting together may each load it, and the searching one
       then works on the other's index, every filter loaded (seen at 10,000
       briefings: a search five times as long, now and then). */
    await warm;
    filterFields(root, await filterValues(pagefind));
  }

  function listen(pagefind, root, form) {
    form.elements.last30.addEventListener("click", () => {
      const to = new Date();
      const from = new Date(to.getTime() - 30 * 86400000);
      form.elements.from.value = from.toISOString().slice(0, 10);
      form.elements.to.value = to.toISOString().slice(0, 10);
      run(pagefind, root, form);
    });
    form.addEventListener("input", () => run(pagefind, root, form));
    form.addEventListener("change", () => run(pagefind, root, form));
  }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(init); // Material's instant navigation swaps pages
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
