// @ts-check
/**
 * Everything a page does when the reader interacts: search, and the copy controls. Nothing
 * loads it until the reader reaches for search (focuses a search field, or presses `/`) or
 * presses a control marked `data-action`; the search page loads it at once. Search drives
 * Pagefind's JS API, which fetches the index in small chunks as queries need them.
 *
 * Plain JavaScript, type-checked through JSDoc: the file is served as it is, so it needs no
 * bundling step of its own.
 */

/**
 * @typedef {{ url: string, excerpt: string, meta: Record<string, string>, filters: Record<string, string[]> }} ResultData
 * @typedef {{ id: string, data: () => Promise<ResultData> }} Result
 * @typedef {{
 *   options: (o: Record<string, unknown>) => Promise<void>,
 *   init: () => Promise<void>,
 *   search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<{ results: Result[] } | null>,
 *   filters: () => Promise<Record<string, Record<string, number>>>,
 * }} Pagefind
 */

/** @type {Promise<Pagefind> | undefined} */
let pagefind;

/** Loads Pagefind from the bundle path the page names, so it works under any base path. */
function loadPagefind() {
  if (!pagefind) {
    const root = document.documentElement;
    const bundle = root.dataset.pagefind ?? '/pagefind/';
    const base = root.dataset.base ?? '/';
    pagefind = import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (/** @type {Pagefind} */ pf) => {
      // Searching on the page itself, not in Pagefind's web worker, spares the first search the
      // worker's own download; a query takes milliseconds either way.
      await pf.options({ baseUrl: base, excerptLength: 24, noWorker: true });
      await pf.init();
      return pf;
    });
  }
  return pagefind;
}

/** Lowercase words, so "AI-developer" and "AI developer" compare equal. @param {string} text */
const words = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Whether a role is named by the query: the query is the start of its title or of one of
 * its aliases ("LLMOps" names the role whose alias is "LLMOps Engineer").
 * @param {ResultData} data @param {string} query
 */
function namesRole(data, query) {
  if (data.meta.kind !== 'Role') return false;
  const q = words(query);
  const names = [data.meta.title ?? '', ...(data.meta.aliases ?? '').split('|')];
  return q.length > 0 && names.some((name) => ` ${words(name)} `.startsWith(` ${q} `));
}

/**
 * How many results the panel shows in place, and so how many are checked for a role the
 * query names. Each check loads that result's fragment, so a larger window costs the first search
 * more bytes.
 */
const RERANK_WINDOW = 5;

/**
 * Pagefind ranks by text relevance, so a short glossary entry titled "LLMOps" can outrank the
 * role a reader means. Roles whose title or alias the query names move to the top, in
 * Pagefind's order; everything else keeps its place.
 * @param {Result[]} results @param {string} query
 * @returns {Promise<{ result: Result, data?: ResultData }[]>}
 */
async function rerank(results, query) {
  const head = results.slice(0, RERANK_WINDOW);
  const data = await Promise.all(head.map((r) => r.data()));
  const items = head.map((result, i) => ({ result, data: data[i] }));
  const named = items.filter((item) => item.data && namesRole(item.data, query));
  const rest = items.filter((item) => !named.includes(item));
  return [...named, ...rest, ...results.slice(RERANK_WINDOW).map((result) => ({ result }))];
}

/** @param {{ result: Result, data?: ResultData }} item */
const dataOf = (item) => (item.data ? Promise.resolve(item.data) : item.result.data());

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Result markup. Pagefind's excerpts are already escaped text with `<mark>` around matches.
 * @param {ResultData} data
 */
function resultItem(data) {
  const kind = data.meta.kind ? `<span class="result-kind">${escapeHtml(data.meta.kind)}</span>` : '';
  return `<li class="result"><a href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a>${kind}<p>${data.excerpt}</p></li>`;
}

/**
 * Shows a message and tells screen readers about it.
 * @param {string} message
 * @param {HTMLElement} status a live region
 * @param {HTMLElement | null} [visible] where sighted readers see it, if not in the live region
 */
function announce(message, status, visible = null) {
  status.textContent = message;
  if (visible) visible.textContent = message;
}

const unavailable = 'Search is not available here. It works in the built site: run npm start.';

/**
 * Results in place, under a search field in the page header.
 * @param {HTMLFormElement} form
 */
function attachPanel(form) {
  const input = /** @type {HTMLInputElement} */ (form.querySelector('[data-search-input]'));
  const panel = /** @type {HTMLElement} */ (form.querySelector('[data-search-panel]'));
  const status = /** @type {HTMLElement} */ (form.querySelector('[data-search-status]'));
  const summary = /** @type {HTMLElement} */ (form.querySelector('[data-search-summary]'));
  const list = /** @type {HTMLElement} */ (form.querySelector('[data-search-results]'));
  const more = /** @type {HTMLAnchorElement} */ (form.querySelector('[data-search-more]'));
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      close();
      return;
    }
    let pf;
    try {
      pf = await loadPagefind();
    } catch {
      panel.hidden = false;
      announce(unavailable, status, summary);
      return;
    }
    // Our own pause rather than Pagefind's debouncedSearch, which fetches index chunks for
    // every prefix typed on the way; searching only once typing pauses fetches only what the
    // query needs.
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (ticket !== latest) return;
    const found = await pf.search(query);
    if (!found || ticket !== latest) return;
    const ranked = await rerank(found.results, query);
    const data = await Promise.all(ranked.slice(0, RERANK_WINDOW).map(dataOf));
    if (ticket !== latest) return;
    list.innerHTML = data.map(resultItem).join('');
    more.href = `${form.action}?q=${encodeURIComponent(query)}`;
    more.hidden = found.results.length === 0;
    announce(found.results.length ? `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${query}”` : `No results for “${query}”`, status, summary);
    panel.hidden = false;
  };
  const links = () => /** @type {HTMLAnchorElement[]} */ ([...panel.querySelectorAll('a')]);

  input.addEventListener('input', run);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links().filter((a) => !a.hidden);
    if (panel.hidden || all.length === 0) return;
    event.preventDefault();
    const at = all.indexOf(/** @type {HTMLAnchorElement} */ (document.activeElement));
    if (event.key === 'ArrowDown') (all[at + 1] ?? all[0])?.focus();
    else if (at <= 0) input.focus();
    else all[at - 1]?.focus();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(/** @type {Node | null} */ (event.relatedTarget))) close();
  });
  if (input.value.trim()) run();
}

/**
 * The search page: every result, with filters, and the query kept in the URL.
 * @param {HTMLFormElement} form
 */
async function attachPage(form) {
  const input = /** @type {HTMLInputElement} */ (form.querySelector('[data-search-input]'));
  const scope = /** @type {HTMLElement} */ (form.closest('[data-search-scope]'));
  const status = /** @type {HTMLElement} */ (scope.querySelector('[data-search-status]'));
  const list = /** @type {HTMLElement} */ (scope.querySelector('[data-search-results]'));
  const more = /** @type {HTMLButtonElement} */ (scope.querySelector('[data-search-more]'));
  const selects = /** @type {HTMLSelectElement[]} */ ([...form.querySelectorAll('select[data-filter]')]);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let pf;
  try {
    pf = await loadPagefind();
  } catch {
    announce(unavailable, status);
    return;
  }
  const available = await pf.filters();
  for (const select of selects) {
    const name = /** @type {string} */ (select.dataset.filter);
    for (const [value, count] of Object.entries(available[name] ?? {})) {
      select.add(new Option(`${value} (${count})`, value));
    }
    select.value = params.get(name) ?? '';
  }

  /** @type {{ result: Result, data?: ResultData }[]} */
  let results = [];
  let shown = 0;
  let latest = 0;
  const page = 20;
  const showMore = async () => {
    const ticket = latest;
    const data = await Promise.all(results.slice(shown, shown + page).map(dataOf));
    if (ticket !== latest) return;
    list.insertAdjacentHTML('beforeend', data.map(resultItem).join(''));
    shown += data.length;
    more.hidden = shown >= results.length;
  };
  const run = async () => {
    const query = input.value.trim();
    /** @type {Record<string, string[]>} */
    const filters = {};
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const select of selects) {
      const name = /** @type {string} */ (select.dataset.filter);
      if (select.value) {
        filters[name] = [select.value];
        url.searchParams.set(name, select.value);
      }
    }
    history.replaceState(null, '', url);
    const ticket = ++latest;
    const hasFilter = Object.keys(filters).length > 0;
    const found = query || hasFilter ? await pf.search(query || null, { filters }) : { results: [] };
    if (!found || ticket !== latest) return;
    const ranked = query ? await rerank(found.results, query) : found.results.map((result) => ({ result }));
    if (ticket !== latest) return;
    results = ranked;
    shown = 0;
    list.innerHTML = '';
    await showMore();
    const n = results.length;
    const about = query ? ` for “${query}”` : '';
    announce(query || hasFilter ? (n ? `${n} result${n === 1 ? '' : 's'}${about}` : `No results${about}`) : 'Type a word or pick a filter.', status);
  };

  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 150);
  });
  for (const select of selects) select.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  more.addEventListener('click', showMore);
  await run();
}

/**
 * Connects every search form on the page. Called by the page's boot script the first time
 * the reader reaches for search.
 * @param {Document} doc
 */
export function attach(doc) {
  for (const form of /** @type {NodeListOf<HTMLFormElement>} */ (doc.querySelectorAll('form[data-search]'))) {
    if (form.dataset.searchAttached) continue;
    form.dataset.searchAttached = 'true';
    if (form.dataset.search === 'page') attachPage(form);
    else attachPanel(form);
  }
}

/**
 * Tells screen readers what just happened, through the page's shared live region.
 * @param {string} message
 */
function say(message) {
  const region = document.querySelector('[data-announce]');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes repeated identical messages announce again.
  setTimeout(() => (region.textContent = message), 50);
}

/**
 * Marks a control as done for a moment, for sighted readers.
 * @param {HTMLElement} el
 * @param {string} label
 */
function flash(el, label) {
  el.dataset.done = label;
  setTimeout(() => delete el.dataset.done, 2000);
}

/** @param {string} text */
async function copy(text) {
  await navigator.clipboard.writeText(text);
}

/**
 * Runs the action a control names in `data-action`. Called by the boot script on click.
 * - `copy-link`: a heading's link to itself; the browser follows it, and its full address
 *   (base path and anchor included) is copied.
 * - `copy-text`: copies the text file at `data-src`, e.g. a role's job-description starter,
 *   and announces `data-copied-message`.
 * @param {HTMLElement} el
 */
export async function act(el) {
  try {
    if (el.dataset.action === 'copy-link' && el instanceof HTMLAnchorElement) {
      await copy(el.href);
      flash(el, 'Copied');
      say('Link to this section copied');
    } else if (el.dataset.action === 'copy-text' && el.dataset.src) {
      const response = await fetch(el.dataset.src);
      if (!response.ok) throw new Error(`${response.status}`);
      await copy(await response.text());
      flash(el, 'Copied');
      say(el.dataset.copiedMessage ?? 'Copied');
    }
  } catch {
    say('Copying is not available here; the address bar holds the link.');
  }
}

// The search page loads this module with a script tag and starts at once.
if (document.querySelector('form[data-search="page"]')) attach(document);
