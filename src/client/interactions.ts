/**
 * Everything a page does when the reader interacts: search (and its dialog's focus trap), the
 * copy controls, and folding the "On this page" bar. Nothing loads it until the reader reaches
 * for search (opens the dialog, by its button, Ctrl+K, ⌘K or `/`) or presses a control marked
 * `data-action`; the search page loads it at once. Search drives
 * Pagefind's JS API, which fetches the index in small chunks as queries need them.
 *
 * TypeScript, compiled and minified at build time (by esbuild, in src/build/client-scripts.ts)
 * and served as a hashed module.
 */

import { rewrite, wordsOf, type Rewritten } from './search-query.ts';

/** One section of a page that matched: Pagefind's sub-result, from a heading with an id. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

/** What Pagefind gives for one result once its fragment has loaded. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}

/** One search result, before its fragment is loaded. */
export interface Result {
  id: string;
  data: () => Promise<ResultData>;
}

/** The part of Pagefind's JS API (pagefind.js) that search uses. */
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<{ results: Result[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** A result in display order, with its fragment when it has already been loaded. */
interface RankedResult {
  result: Result;
  data?: ResultData;
}

let pagefind: Promise<Pagefind> | undefined;

/** Asks the browser for a file now, so the `fetch` that needs it later finds it on its way. */
function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/**
 * Pagefind, once its script has loaded, asks for its entry file, and only then for its
 * metadata and WebAssembly: three round trips one after the other, over a second on a slow
 * phone. Here they are asked for beside the script. The entry file is asked for at the address
 * Pagefind will use (fixed by `metaCacheTag`), and again at a second address read here for the
 * name of the metadata file. The WebAssembly is named after the page's language
 * (`wasm.en.pagefind`), so it is asked for at once; should the entry name another, that one
 * follows.
 */
function preloadPagefind(bundle: string, tag: string): void {
  const lang = document.documentElement.lang.toLowerCase().split('-')[0] ?? '';
  const wasm = (name: string) => `${bundle}wasm.${name}.pagefind`;
  preload(`${bundle}pagefind-entry.json?ts=${tag}`);
  if (lang) preload(wasm(lang));
  fetch(`${bundle}pagefind-entry.json?ts=${tag}-names`)
    .then((r) => r.json() as Promise<{ languages: Record<string, { hash: string; wasm?: string }> }>)
    .then(({ languages }) => {
      const index = languages[lang] ?? Object.values(languages)[0];
      if (!index) return;
      preload(`${bundle}pagefind.${index.hash}.pf_meta`);
      if ((index.wasm ?? 'unknown') !== lang) preload(wasm(index.wasm ?? 'unknown'));
    })
    .catch(() => undefined);
}

/** Loads Pagefind from the bundle path the page names, so it works under any base path. */
function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    const root = document.documentElement;
    const bundle = root.dataset.pagefind ?? '/pagefind/';
    const base = root.dataset.base ?? '/';
    const tag = String(Date.now());
    preloadPagefind(bundle, tag);
    pagefind = import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: Pagefind) => {
      // Searching on the page itself, not in Pagefind's web worker, spares the first search the
      // worker's own download; a query takes milliseconds either way.
      await pf.options({ baseUrl: base, excerptLength: 24, noWorker: true, metaCacheTag: tag });
      await pf.init();
      return pf;
    });
  }
  return pagefind;
}

/** Lowercase words, so "AI-developer" and "AI developer" compare equal. */
const words = (text: string) => wordsOf(text).join(' ');

/**
 * Whether an entry is named by the query: the query is the start of its title or of one of
 * its aliases ("LLMOps" names the role whose alias is "LLMOps Engineer", and "data scientist to
 * ml" the path "Data scientist to ML engineer").
 */
export function namesEntry(data: ResultData, query: string): boolean {
  const q = words(query);
  const names = [data.meta.title ?? '', ...(data.meta.aliases ?? '').split('|')];
  return q.length > 0 && names.some((name) => ` ${words(name)} `.startsWith(` ${q} `));
}

/** Among entries the query names equally: roles, learning paths, team models, hiring stages, then terms and guides. */
const KIND_ORDER = ['Role', 'Learning path', 'Team model', 'Hiring stage'];
const kindRank = (data: ResultData | undefined) => {
  const at = KIND_ORDER.indexOf(data?.meta.kind ?? '');
  return at < 0 ? KIND_ORDER.length : at;
};

/**
 * How many results the panel shows in place, and so how many are checked for a role the
 * query names. Each check loads that result's fragment, so a larger window costs the first search
 * more bytes.
 */
const RERANK_WINDOW = 8;

let vocabulary: Promise<string[]> | undefined;

/** The words typos are corrected towards (built with the site), fetched once; none if it cannot load. */
function loadVocabulary(): Promise<string[]> {
  const base = document.documentElement.dataset.base ?? '/';
  return (vocabulary ??= fetch(`${base}search/vocabulary.json`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []));
}

/** The query to run for what the reader typed, unless they asked for their own words (`literal`). */
async function queryFor(typed: string, literal: boolean): Promise<Rewritten> {
  if (literal) return { query: typed, names: typed, corrected: false, pay: false };
  return rewrite(typed, await loadVocabulary());
}

/**
 * Pagefind ranks by text relevance, so a short glossary entry titled "LLMOps" can outrank the
 * role a reader means. Entries whose title or alias the query names move to the top, roles
 * first, then paths, in Pagefind's order; everything else keeps its place. `pinned` results
 * (the roles a pay question names, found by a search for the names alone) lead.
 */
async function rerank(results: Result[], query: string, pinned: Result[] = []): Promise<RankedResult[]> {
  const ids = new Set(pinned.map((r) => r.id));
  const head = [...pinned, ...results.filter((r) => !ids.has(r.id))].slice(0, RERANK_WINDOW);
  const data = await Promise.all(head.map((r) => r.data()));
  const items = head.map((result, i) => ({ result, data: data[i] }));
  const named = items.filter((item) => item.data && namesEntry(item.data, query)).sort((x, y) => kindRank(x.data) - kindRank(y.data));
  const rest = items.filter((item) => !named.includes(item));
  const shown = new Set(head.map((r) => r.id));
  return [...named, ...rest, ...results.filter((r) => !shown.has(r.id)).map((result) => ({ result }))];
}

/**
 * Runs what the reader asked. A pay question also searches for the names it holds alone ("prompt
 * engineer"), so the role it names leads even where its pay section says little else.
 */
async function searchFor(pf: Pagefind, asked: Rewritten, filters?: Record<string, string[]>): Promise<{ found: Result[]; ranked: RankedResult[] } | null> {
  const found = await pf.search(asked.query || null, filters ? { filters } : undefined);
  if (!found) return null;
  let pinned: Result[] = [];
  if (asked.pay && asked.names) {
    const byName = await pf.search(asked.names, filters ? { filters } : undefined);
    const named = await Promise.all((byName?.results ?? []).slice(0, RERANK_WINDOW).map(async (r) => ({ r, d: await r.data() })));
    pinned = named.filter(({ d }) => d.meta.kind === 'Role' && namesEntry(d, asked.names)).map(({ r }) => r);
  }
  return { found: found.results, ranked: await rerank(found.results, asked.names, pinned) };
}

const dataOf = (item: RankedResult) => (item.data ? Promise.resolve(item.data) : item.result.data());

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The section of a result a query is best answered by: a role's pay section for a question
 * about pay, else the section with the most matches, if that is not the page's top.
 */
export function bestSection(data: ResultData, pay: boolean, names = ''): SubResult | undefined {
  const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#') && !s.url.endsWith('#top'));
  if (pay) {
    const compensation = sections.find((s) => s.url.endsWith('#compensation'));
    if (compensation) return compensation;
    if (data.meta.kind === 'Role') return { title: 'Compensation', url: `${data.url}#compensation`, excerpt: data.excerpt };
  }
  // A page the query names is the answer as a whole: it opens at its top.
  if (names && namesEntry(data, names)) return undefined;
  let best: SubResult | undefined;
  for (const section of sections) if ((section.locations?.length ?? 0) > (best?.locations?.length ?? 0)) best = section;
  return best;
}

/** Result markup. Pagefind's excerpts are already escaped text with `<mark>` around matches. */
function resultItem(data: ResultData, pay = false, names = ''): string {
  const kind = data.meta.kind ? `<span class="result-kind">${escapeHtml(data.meta.kind)}</span>` : '';
  const section = bestSection(data, pay, names);
  const href = section?.url ?? data.url;
  const where = section ? `<span class="result-section">› ${escapeHtml(section.title)}</span>` : '';
  return `<li class="result"><a href="${escapeHtml(href)}">${escapeHtml(data.meta.title ?? data.url)}</a>${kind}${where}<p>${section?.excerpt ?? data.excerpt}</p>${rolesOf(data, names)}</li>`;
}

/**
 * For a term the query names ("RAG"), the roles that work with it, from the term page's
 * `roles` filter values (`id=Title`), linked at their stable addresses.
 */
function rolesOf(data: ResultData, names: string): string {
  const roles = data.filters.roles ?? [];
  if (!roles.length || !names || !namesEntry(data, names)) return '';
  const base = document.documentElement.dataset.base ?? '/';
  const links = roles.map((pair) => {
    const [id = '', title = id] = pair.split('=');
    return `<a href="${escapeHtml(`${base}roles/${id}/`)}">${escapeHtml(title)}</a>`;
  });
  return `<p class="result-roles">Roles that work with it: ${links.join(', ')}</p>`;
}

/** "Showing results for …", with a control that runs the reader's own words instead. */
function correctionNote(typed: string, used: string): string {
  return `Showing results for “${escapeHtml(used)}”. <button type="button" class="search-literal" data-search-literal>Search for “${escapeHtml(typed)}” instead</button>`;
}

/**
 * Shows a message and tells screen readers about it.
 * @param status a live region
 * @param visible where sighted readers see it, if not in the live region
 */
function announce(message: string, status: HTMLElement, visible: HTMLElement | null = null): void {
  status.textContent = message;
  if (visible) visible.textContent = message;
}

const unavailable = 'Search is not available here. It works in the built site: run npm start.';

/**
 * Keeps Tab and Shift+Tab inside a modal dialog. The browser makes the page behind it inert,
 * but Tab past its last control would otherwise leave for the browser's own controls.
 */
function trapFocus(dialog: HTMLDialogElement): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = [...dialog.querySelectorAll<HTMLElement>('a[href],button,input,select,textarea,[tabindex]:not([tabindex="-1"])')].filter((el) =>
      el.checkVisibility(),
    );
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (!first || !last) return;
    if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  });
}

/** Results in place, under the search dialog's field. */
function attachPanel(form: HTMLFormElement): void {
  const input = form.querySelector('[data-search-input]') as HTMLInputElement;
  const panel = form.querySelector('[data-search-panel]') as HTMLElement;
  const status = form.querySelector('[data-search-status]') as HTMLElement;
  const summary = form.querySelector('[data-search-summary]') as HTMLElement;
  const list = form.querySelector('[data-search-results]') as HTMLElement;
  const more = form.querySelector('[data-search-more]') as HTMLAnchorElement;
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };
  /** The reader asked for their own words rather than the corrected ones, until they type again. */
  let literal = false;
  const run = async () => {
    const typed = input.value.trim();
    const ticket = ++latest;
    if (!typed) {
      close();
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      panel.hidden = false;
      announce(unavailable, status, summary);
      return;
    }
    const asked = await queryFor(typed, literal);
    const answer = await searchFor(pf, asked);
    if (!answer || ticket !== latest) return;
    const data = await Promise.all(answer.ranked.slice(0, RERANK_WINDOW).map(dataOf));
    if (ticket !== latest) return;
    list.innerHTML = data.map((d) => resultItem(d, asked.pay, asked.names)).join('');
    const n = answer.found.length;
    more.href = `${form.action}?q=${encodeURIComponent(typed)}`;
    more.textContent = `See all ${n} result${n === 1 ? '' : 's'}`;
    more.hidden = n === 0;
    const count = n ? `${n} result${n === 1 ? '' : 's'}` : 'No results';
    if (asked.corrected) {
      status.textContent = `Showing results for “${asked.names}”: ${count}.`;
      summary.innerHTML = `${correctionNote(typed, asked.names)} ${count}.`;
    } else announce(`${count} for “${typed}”`, status, summary);
    panel.hidden = false;
  };
  input.addEventListener('input', () => {
    literal = false;
  });
  summary.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('[data-search-literal]')) return;
    literal = true;
    input.focus();
    run();
  });
  const links = () => [...panel.querySelectorAll('a')];

  // Results follow the typing: one search at a time, and when it ends, one for the words in the
  // field by then (the ones typed meanwhile are skipped). The index chunks and fragments a
  // search fetches stay loaded, so by the last key the query's are mostly there already. A last
  // word of one or two letters would fetch the chunks of every word it starts; that search
  // waits for a pause in the typing.
  let busy = false;
  let again = false;
  const follow = async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    do {
      again = false;
      await run();
    } while (again);
    busy = false;
  };
  let pause = 0;
  input.addEventListener('input', () => {
    clearTimeout(pause);
    if (/(^|\s)\S{1,2}$/.test(input.value)) pause = window.setTimeout(follow, 150);
    else follow();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // In the search dialog, Escape closes it at once (a search field would first clear
      // itself), and the dialog gives focus back to what had it before.
      const dialog = form.closest('dialog');
      if (dialog) {
        event.preventDefault();
        dialog.close();
        return;
      }
      close();
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links().filter((a) => !a.hidden);
    if (panel.hidden || all.length === 0) return;
    event.preventDefault();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') (all[at + 1] ?? all[0])?.focus();
    else if (at <= 0) input.focus();
    else all[at - 1]?.focus();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) run();
}

/** The search page: every result, with filters, and the query kept in the URL. */
async function attachPage(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector('[data-search-input]') as HTMLInputElement;
  const scope = form.closest('[data-search-scope]') as HTMLElement;
  const status = scope.querySelector('[data-search-status]') as HTMLElement;
  const list = scope.querySelector('[data-search-results]') as HTMLElement;
  const more = scope.querySelector('[data-search-more]') as HTMLButtonElement;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let pf: Pagefind;
  try {
    pf = await loadPagefind();
  } catch {
    announce(unavailable, status);
    return;
  }
  const available = await pf.filters();
  for (const select of selects) {
    // Every select here has `data-filter`: the selector above asks for it.
    const name = select.dataset.filter as string;
    for (const [value, count] of Object.entries(available[name] ?? {})) {
      select.add(new Option(`${value} (${count})`, value));
    }
    select.value = params.get(name) ?? '';
  }

  let results: RankedResult[] = [];
  let pay = false;
  let names = '';
  let literal = false;
  let shown = 0;
  let latest = 0;
  const page = 20;
  const showMore = async () => {
    const ticket = latest;
    const data = await Promise.all(results.slice(shown, shown + page).map(dataOf));
    if (ticket !== latest) return;
    list.insertAdjacentHTML('beforeend', data.map((d) => resultItem(d, pay, names)).join(''));
    shown += data.length;
    more.hidden = shown >= results.length;
  };
  const run = async () => {
    const query = input.value.trim();
    const filters: Record<string, string[]> = {};
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const select of selects) {
      const name = select.dataset.filter as string;
      if (select.value) {
        filters[name] = [select.value];
        url.searchParams.set(name, select.value);
      }
    }
    history.replaceState(null, '', url);
    const ticket = ++latest;
    const hasFilter = Object.keys(filters).length > 0;
    const asked = await queryFor(query, literal);
    const answer = query || hasFilter ? await searchFor(pf, asked, filters) : { found: [], ranked: [] };
    if (!answer || ticket !== latest) return;
    results = answer.ranked;
    pay = asked.pay;
    names = asked.names;
    shown = 0;
    list.innerHTML = '';
    await showMore();
    const n = results.length;
    const about = query ? ` for “${asked.corrected ? asked.names : query}”` : '';
    announce(query || hasFilter ? (n ? `${n} result${n === 1 ? '' : 's'}${about}` : `No results${about}`) : 'Type a word or pick a filter.', status);
    if (asked.corrected) status.innerHTML = `${correctionNote(query, asked.names)} ${n ? `${n} result${n === 1 ? '' : 's'}` : 'No results'}.`;
  };

  status.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('[data-search-literal]')) return;
    literal = true;
    run();
  });

  let timer = 0;
  input.addEventListener('input', () => {
    literal = false;
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
 */
export function attach(doc: Document): void {
  // Search is about to be used: fetch what the first query needs now, not when typing pauses.
  loadPagefind().catch(() => undefined);
  loadVocabulary();
  for (const form of doc.querySelectorAll<HTMLFormElement>('form[data-search]')) {
    if (form.dataset.searchAttached) continue;
    form.dataset.searchAttached = 'true';
    if (form.dataset.search === 'page') attachPage(form);
    else attachPanel(form);
    const dialog = form.closest('dialog');
    if (dialog) trapFocus(dialog);
  }
}

/** Tells screen readers what just happened, through the page's shared live region. */
function say(message: string): void {
  const region = document.querySelector('[data-announce]');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes repeated identical messages announce again.
  setTimeout(() => (region.textContent = message), 50);
}

/** Marks a control as done for a moment, for sighted readers. */
function flash(el: HTMLElement, label: string): void {
  el.dataset.done = label;
  setTimeout(() => delete el.dataset.done, 2000);
}

async function copy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/**
 * Folds a list of links (the "On this page" bar) once the reader has picked one, so it does not
 * stay open over the section it led to. Connected on the first press of its summary.
 */
function foldOnPick(details: HTMLDetailsElement | null): void {
  if (!details || details.dataset.folds) return;
  details.dataset.folds = 'true';
  details.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) details.open = false;
  });
}

/**
 * Runs the action a control names in `data-action`. Called by the boot script on click.
 * - `copy-link`: a heading's link to itself; the browser follows it, and its full address
 *   (base path and anchor included) is copied.
 * - `copy-text`: copies the text file at `data-src`, e.g. a role's job-description starter,
 *   and announces `data-copied-message`.
 * - `fold-on-pick`: the summary of a list of links, which folds once a link is picked.
 */
export async function act(el: HTMLElement): Promise<void> {
  try {
    if (el.dataset.action === 'copy-link' && el instanceof HTMLAnchorElement) {
      await copy(el.href);
      flash(el, 'Copied');
      say('Link to this section copied');
    } else if (el.dataset.action === 'fold-on-pick') {
      foldOnPick(el.closest('details'));
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
