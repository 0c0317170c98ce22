/**
 * Progress on a learning path, kept in this browser. Each step is ticked off by its key (a
 * slug of its title), so reordering steps keeps progress and a renamed or removed step is
 * reported, not silently misapplied. Loaded only by path pages; without it the path is a
 * plain ordered list.
 *
 * Stored per path under `handbook-path:<path id>`:
 *   { "version": 1, "done": { "<step key>": "<ISO date>" } }
 * Exported as one file for every path:
 *   { "format": "ai-roles-handbook-progress", "version": 1, "paths": { "<path id>": { "done": {...} } } }
 */

export const KEY_PREFIX = 'handbook-path:';
export const FORMAT = 'ai-roles-handbook-progress';

/** When each step was ticked off, by step key. */
export type Done = Record<string, string>;

/** A parsed JSON object (or array), whose fields can be read. */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Reads one path's stored progress against the steps the path has now.
 * @param raw what localStorage holds
 * @param steps the path's current step keys
 */
export function readProgress(raw: string | null, steps: readonly string[]): { done: Done; problem?: string } {
  if (raw === null) return { done: {} };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { done: {}, problem: 'Saved progress for this path could not be read, so it starts afresh. Your other paths are untouched.' };
  }
  const done = (data as { done?: unknown } | null)?.done;
  if (typeof data !== 'object' || data === null || typeof done !== 'object' || done === null || Array.isArray(done)) {
    return { done: {}, problem: 'Saved progress for this path is in a shape this page does not know, so it starts afresh. Your other paths are untouched.' };
  }
  const kept: Done = {};
  let dropped = 0;
  for (const [key, when] of Object.entries(done)) {
    if (steps.includes(key) && typeof when === 'string') kept[key] = when;
    else dropped++;
  }
  return dropped
    ? { done: kept, problem: `${dropped} saved step${dropped === 1 ? ' is' : 's are'} no longer part of this path and ${dropped === 1 ? 'was' : 'were'} left out.` }
    : { done: kept };
}

/** Checks an imported file and returns each path's progress in it. */
export function parseExport(text: string): { paths: Record<string, { done: Done }> } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'That file is not JSON. Choose a file exported from this page.' };
  }
  // Only an object can carry the format's name, so `isObject` rules out nothing else.
  if (!isObject(data) || data.format !== FORMAT || data.version !== 1 || !isObject(data.paths)) {
    return { error: 'That file is not a progress export from this handbook.' };
  }
  const paths: Record<string, { done: Done }> = {};
  for (const [id, entry] of Object.entries(data.paths)) {
    // A JSON value that is not an object has no `done`.
    const done = isObject(entry) ? entry.done : undefined;
    if (!/^[a-z0-9-]+$/.test(id) || !isObject(done)) return { error: `The progress for "${id}" in that file is damaged; nothing was imported.` };
    paths[id] = { done: Object.fromEntries(Object.entries(done).filter((field): field is [string, string] => typeof field[1] === 'string')) };
  }
  return { paths };
}

/** Every path's progress in this browser, as an export file's text. */
export function exportAll(storage: Storage): string {
  const paths: Record<string, { done: Done }> = {};
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(KEY_PREFIX) || key.endsWith(':unreadable')) continue;
    try {
      const stored: unknown = JSON.parse(storage.getItem(key) ?? '');
      const done = (stored as { done?: unknown } | null)?.done;
      // Exported as stored, as readProgress reads it back.
      if (done && typeof done === 'object') paths[key.slice(KEY_PREFIX.length)] = { done: done as Done };
    } catch {
      // An unreadable entry is not exported; it stays where it is.
    }
  }
  return `${JSON.stringify({ format: FORMAT, version: 1, exported: new Date().toISOString(), paths }, null, 2)}\n`;
}

function attach(root: HTMLElement): void {
  const pathId = root.dataset.path as string;
  const storageKey = `${KEY_PREFIX}${pathId}`;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-step-check]')];
  // Every box has `data-step-check`: the selector above asks for it.
  const keyOf = (box: HTMLInputElement) => box.dataset.stepCheck as string;
  const steps = boxes.map(keyOf);
  const bar = root.querySelector('progress') as HTMLProgressElement;
  const text = root.querySelector('[data-progress-text]') as HTMLElement;
  const message = root.querySelector('[data-progress-message]') as HTMLElement;
  const fileInput = root.querySelector('[data-progress-import]') as HTMLInputElement;

  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    message.textContent = 'This browser does not allow saving here, so progress lasts only until the page closes.';
  }

  const raw = storage?.getItem(storageKey) ?? null;
  let { done, problem } = readProgress(raw, steps);
  if (problem) {
    message.textContent = problem;
    // Keep what could not be read, so nothing is destroyed.
    if (raw !== null && !Object.keys(done).length) storage?.setItem(`${storageKey}:unreadable`, raw);
  }

  const render = () => {
    for (const box of boxes) box.checked = Boolean(done[keyOf(box)]);
    const count = steps.filter((s) => done[s]).length;
    bar.value = count;
    text.textContent = `${count} of ${steps.length} steps done`;
  };
  const save = () => {
    try {
      storage?.setItem(storageKey, JSON.stringify({ version: 1, done }));
    } catch {
      message.textContent = 'Progress could not be saved in this browser.';
    }
  };

  for (const box of boxes) {
    box.addEventListener('change', () => {
      const key = keyOf(box);
      if (box.checked) done[key] = new Date().toISOString();
      else delete done[key];
      save();
      render();
    });
  }

  root.querySelector('[data-progress-export]')?.addEventListener('click', () => {
    if (!storage) return;
    const blob = new Blob([exportAll(storage)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'handbook-progress.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    message.textContent = 'Progress exported for every path you have started.';
  });
  root.querySelector('[data-progress-import-button]')?.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const parsed = parseExport(await file.text());
    if ('error' in parsed) {
      message.textContent = parsed.error;
      return;
    }
    for (const [id, entry] of Object.entries(parsed.paths)) storage?.setItem(`${KEY_PREFIX}${id}`, JSON.stringify({ version: 1, done: entry.done }));
    const mine = parsed.paths[pathId];
    const result = mine ? readProgress(JSON.stringify(mine), steps) : { done };
    done = result.done;
    render();
    const n = Object.keys(parsed.paths).length;
    message.textContent = `Imported progress for ${n} path${n === 1 ? '' : 's'}.${'problem' in result && result.problem ? ` ${result.problem}` : ''}`;
  });

  render();
}

// On a path page, start at once; imported elsewhere (tests), do nothing.
const root = typeof document === 'undefined' ? null : document.querySelector<HTMLElement>('[data-progress]');
if (root) attach(root);
