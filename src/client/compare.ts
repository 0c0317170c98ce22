/**
 * The compare tool: two or three roles side by side, from each role's frontmatter as
 * /compare/roles/<id>.json serves it. The choice lives in the address
 * (/compare/?roles=ai-engineer,ml-engineer), so a comparison can be pasted into a document.
 * Loaded only by the compare page; without it the page shows the matrix of every role.
 */

export interface Link {
  /** Absent for an entry with no page: one a company folder hid. */
  href?: string;
  title: string;
}

/** A role as /compare/roles/<id>.json serves it. */
export interface Role {
  id: string;
  title: string;
  href: string;
  summary: string;
  family: string;
  focus: string;
  depth: string;
  stage: Link;
  responsibilities: string[];
  doesNot: { task: string; owner?: Link }[];
  skills: string[];
  terms: Link[];
  teamModels: { model: Link; placement: string }[];
  compensation: { range: string; basis: string; level?: string; region: string; asOf: string; note?: string; source: Link }[];
}

/** What `h` accepts as a child; the falsy ones are left out. */
export type Child = string | Node | null | undefined | false;

/** Creates an element; text children are inserted as text, never as markup. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const child of children.flat()) if (child) el.append(child);
  return el;
}

/** A link, or its title alone for an entry with no page (one a company folder hid, whose address the build removes). */
const a = (link: Link) => (link.href ? h('a', { href: link.href }, link.title) : link.title);

const list = (items: Child[]) => (items.length ? h('ul', {}, items.map((item) => h('li', {}, item))) : h('p', {}, 'None listed.'));

/** Values found in more than one of the lists, compared without regard to case. */
export function shared(lists: string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lists) for (const v of new Set(l.map((x) => x.toLowerCase()))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([v]) => v));
}

/** A value, marked when the other roles share it. */
const mark = (text: string, common: Set<string>, node?: Node | string) =>
  common.has(text.toLowerCase()) ? h('span', { class: 'shared' }, node ?? text, h('span', { class: 'shared-tag' }, ' shared')) : node ?? text;

/** The comparison table. */
function table(roles: Role[]): HTMLElement {
  const skills = shared(roles.map((r) => r.skills));
  const terms = shared(roles.map((r) => r.terms.map((t) => t.title)));
  const rows: [string, (r: Role) => Child | Child[]][] = [
    ['Focus', (r) => r.focus],
    ['In one sentence', (r) => r.summary],
    ['Family', (r) => r.family],
    ['Technical depth', (r) => r.depth],
    ['First hired at', (r) => a(r.stage)],
    ['What it does', (r) => list(r.responsibilities)],
    ['What it does not do', (r) => list(r.doesNot.map((d) => (d.owner ? [d.task, ' (', a(d.owner), ')'] : d.task)).map((c) => h('span', {}, c)))],
    ['Skills', (r) => list(r.skills.map((s) => mark(s, skills)))],
    ['Terms it uses', (r) => list(r.terms.map((t) => mark(t.title, terms, a(t))))],
    ['Team-model fit', (r) => list(r.teamModels.map((t) => h('span', {}, a(t.model), `: ${t.placement}`)))],
    [
      'Pay',
      (r) =>
        r.compensation.length
          ? list(r.compensation.map((c) => h('span', {}, `${c.range} ${c.basis}`, c.level ? `, ${c.level}` : '', `, ${c.region}. `, a(c.source), `, ${c.asOf}.`)))
          : h('p', {}, 'No published figure.'),
    ],
  ];
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'comparison' },
      h('caption', { class: 'visually-hidden' }, roles.map((r) => r.title).join(' compared with ')),
      h('thead', {}, h('tr', {}, h('td'), roles.map((r) => h('th', { scope: 'col' }, a(r))))),
      h('tbody', {}, rows.map(([label, cell]) => h('tr', {}, h('th', { scope: 'row' }, label), roles.map((r) => h('td', {}, cell(r)))))),
    ),
  );
}

/** The most roles compared at once. */
const MOST = 3;

/** Every id an address asks for, in order, repeats included: `?roles=a,b` or `?role=a&role=b`. */
export const askedRoles = (params: URLSearchParams): string[] =>
  [...(params.get('roles')?.split(',') ?? []), ...params.getAll('role')].map((s) => s.trim()).filter(Boolean);

/** The ids an address asks for: known ids only, each once, at most three. */
export function chosenRoles(params: URLSearchParams, known: Set<string>): string[] {
  return [...new Set(askedRoles(params))].filter((id) => known.has(id)).slice(0, MOST);
}

/**
 * What a reader should know about a choice the comparison does not show as asked, each in a
 * sentence: a role chosen twice, an id that names no role, more roles than fit. `titles` maps
 * each known id to its title.
 */
export function choiceNotes(asked: readonly string[], titles: ReadonlyMap<string, string>): string[] {
  const notes: string[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of asked) (seen.has(id) ? repeated : seen).add(id);
  for (const id of repeated) if (titles.has(id)) notes.push(`${titles.get(id)} is chosen more than once; it is compared once.`);
  const unknown = [...seen].filter((id) => !titles.has(id));
  if (unknown.length) {
    const names = unknown.map((id) => `“${id}”`).join(', ');
    notes.push(`The address names ${unknown.length === 1 ? 'a role that is' : 'roles that are'} not in the handbook: ${names}. ${unknown.length === 1 ? 'It is' : 'They are'} left out.`);
  }
  if ([...seen].filter((id) => titles.has(id)).length > MOST) notes.push(`At most ${MOST} roles are compared at once: the first ${MOST} are shown.`);
  return notes;
}

function attach(form: HTMLFormElement): void {
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-compare-pick]')];
  const result = document.querySelector('[data-compare-result]') as HTMLElement;
  const base = form.dataset.data as string;
  const titles = new Map([...selects[0]!.options].filter((o) => o.value).map((o) => [o.value, o.text]));
  const known = new Set(titles.keys());
  const cache = new Map<string, Promise<Role>>();
  const load = (id: string) => {
    if (!cache.has(id)) cache.set(id, fetch(`${base}${id}.json`).then((r): Promise<Role> => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`)))));
    return cache.get(id) as Promise<Role>;
  };
  let latest = 0;

  const show = async (ids: string[], asked: readonly string[]) => {
    const ticket = ++latest;
    const notes = choiceNotes(asked, titles).map((note) => h('p', { class: 'compare-note' }, note));
    if (ids.length < 2) {
      result.replaceChildren(...notes, h('p', { class: 'compare-hint' }, 'Choose at least two different roles to compare them.'));
      return;
    }
    try {
      const roles = await Promise.all(ids.map(load));
      if (ticket === latest) result.replaceChildren(...notes, table(roles));
    } catch {
      if (ticket === latest) result.replaceChildren(h('p', {}, 'The comparison could not be loaded. The table of every role below still works.'));
    }
  };

  form.addEventListener('change', () => {
    const asked = selects.map((s) => s.value).filter(Boolean);
    const ids = [...new Set(asked)];
    const url = new URL(location.href);
    url.search = ids.length ? `?roles=${ids.join(',')}` : '';
    history.replaceState(null, '', url);
    show(ids, asked);
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  const params = new URLSearchParams(location.search);
  const initial = chosenRoles(params, known);
  selects.forEach((s, i) => (s.value = initial[i] ?? ''));
  show(initial, askedRoles(params));
}

const form = typeof document === 'undefined' ? null : document.querySelector<HTMLFormElement>('form[data-compare]');
if (form) attach(form);
