// @ts-check
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

/** @typedef {Record<string, string>} Done */

/**
 * Reads one path's stored progress against the steps the path has now.
 * @param {string | null} raw what localStorage holds
 * @param {readonly string[]} steps the path's current step keys
 * @returns {{ done: Done, problem?: string }}
 */
export function readProgress(raw, steps) {
  if (raw === null) return { done: {} };
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    return { done: {}, problem: 'Saved progress for this path could not be read, so it starts afresh. Your other paths are untouched.' };
  }
  const done = /** @type {{ done?: unknown }} */ (data)?.done;
  if (typeof data !== 'object' || data === null || typeof done !== 'object' || done === null || Array.isArray(done)) {
    return { done: {}, problem: 'Saved progress for this path is in a shape this page does not know, so it starts afresh. Your other paths are untouched.' };
  }
  /** @type {Done} */
  const kept = {};
  let dropped = 0;
  for (const [key, when] of Object.entries(done)) {
    if (steps.includes(key) && typeof when === 'string') kept[key] = when;
    else dropped++;
  }
  return dropped
    ? { done: kept, problem: `${dropped} saved step${dropped === 1 ? ' is' : 's are'} no longer part of this path and ${dropped === 1 ? 'was' : 'were'} left out.` }
    : { done: kept };
}

/**
 * Checks an imported file and returns each path's progress in it.
 * @param {string} text
 * @returns {{ paths: Record<string, { done: Done }> } | { error: string }}
 */
export function parseExport(text) {
  /** @type {any} */
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'That file is not JSON. Choose a file exported from this page.' };
  }
  if (data?.format !== FORMAT || data.version !== 1 || typeof data.paths !== 'object' || data.paths === null) {
    return { error: 'That file is not a progress export from this handbook.' };
  }
  /** @type {Record<string, { done: Done }>} */
  const paths = {};
  for (const [id, entry] of Object.entries(data.paths)) {
    const done = /** @type {any} */ (entry)?.done;
    if (!/^[a-z0-9-]+$/.test(id) || typeof done !== 'object' || done === null) return { error: `The progress for "${id}" in that file is damaged; nothing was imported.` };
    paths[id] = { done: Object.fromEntries(Object.entries(done).filter(([, v]) => typeof v === 'string')) };
  }
  return { paths };
}

/**
 * Every path's progress in this browser, as an export file's text.
 * @param {Storage} storage
 */
export function exportAll(storage) {
  /** @type {Record<string, { done: Done }>} */
  const paths = {};
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(KEY_PREFIX) || key.endsWith(':unreadable')) continue;
    try {
      const done = JSON.parse(storage.getItem(key) ?? '')?.done;
      if (done && typeof done === 'object') paths[key.slice(KEY_PREFIX.length)] = { done };
    } catch {
      // An unreadable entry is not exported; it stays where it is.
    }
  }
  return `${JSON.stringify({ format: FORMAT, version: 1, exported: new Date().toISOString(), paths }, null, 2)}\n`;
}

/** @param {HTMLElement} root */
function attach(root) {
  const pathId = /** @type {string} */ (root.dataset.path);
  const storageKey = `${KEY_PREFIX}${pathId}`;
  const boxes = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll('input[data-step-check]')]);
  const steps = boxes.map((b) => /** @type {string} */ (b.dataset.stepCheck));
  const bar = /** @type {HTMLProgressElement} */ (root.querySelector('progress'));
  const text = /** @type {HTMLElement} */ (root.querySelector('[data-progress-text]'));
  const message = /** @type {HTMLElement} */ (root.querySelector('[data-progress-message]'));
  const fileInput = /** @type {HTMLInputElement} */ (root.querySelector('[data-progress-import]'));

  /** @type {Storage | null} */
  let storage = null;
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
    for (const box of boxes) box.checked = Boolean(done[/** @type {string} */ (box.dataset.stepCheck)]);
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
      const key = /** @type {string} */ (box.dataset.stepCheck);
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
const root = typeof document === 'undefined' ? null : /** @type {HTMLElement | null} */ (document.querySelector('[data-progress]'));
if (root) attach(root);
