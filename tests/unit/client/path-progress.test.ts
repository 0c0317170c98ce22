import { describe, expect, test } from 'vitest';
import { FORMAT, exportAll, parseExport, readProgress } from '../../../src/client/path-progress.ts';

const steps = ['month-1-foundations', 'month-2-rag'];

/** A Storage backed by a Map, as a browser's localStorage behaves. */
function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe('reading stored progress', () => {
  test('nothing stored is no progress and no message', () => {
    expect(readProgress(null, steps)).toEqual({ done: {} });
  });

  test('keeps the steps the path still has', () => {
    const raw = JSON.stringify({ version: 1, done: { 'month-2-rag': '2026-11-20T10:00:00.000Z' } });
    expect(readProgress(raw, steps)).toEqual({ done: { 'month-2-rag': '2026-11-20T10:00:00.000Z' } });
  });

  test('progress from an older shape of the path keeps what still matches and says what was left out', () => {
    const raw = JSON.stringify({ version: 1, done: { 'month-1-foundations': '2026-11-01', 'month-3-old-step': '2026-11-02' } });
    expect(readProgress(raw, steps)).toEqual({
      done: { 'month-1-foundations': '2026-11-01' },
      problem: '1 saved step is no longer part of this path and was left out.',
    });
  });

  test('corrupt or unknown data gives a message and a fresh start, never an exception', () => {
    expect(readProgress('{not json', steps).problem).toMatch(/could not be read/);
    expect(readProgress('[1,2]', steps).problem).toMatch(/shape this page does not know/);
    expect(readProgress('{"done":[]}', steps).problem).toMatch(/shape this page does not know/);
    expect(readProgress('null', steps).done).toEqual({});
  });
});

describe('export and import', () => {
  test('exports every path stored in this browser, and only those', () => {
    const storage = memoryStorage({
      'handbook-path:a': JSON.stringify({ version: 1, done: { x: '2026-11-01' } }),
      'handbook-path:b': JSON.stringify({ version: 1, done: {} }),
      'handbook-path:c:unreadable': '{broken',
      'handbook-theme': 'dark',
    });
    const file = JSON.parse(exportAll(storage));
    expect(file.format).toBe(FORMAT);
    expect(file.paths).toEqual({ a: { done: { x: '2026-11-01' } }, b: { done: {} } });
  });

  test('an export reads back as the same progress', () => {
    const storage = memoryStorage({ 'handbook-path:a': JSON.stringify({ version: 1, done: { x: '2026-11-01' } }) });
    expect(parseExport(exportAll(storage))).toEqual({ paths: { a: { done: { x: '2026-11-01' } } } });
  });

  test('a file that is not an export is refused with a message', () => {
    expect(parseExport('hello')).toEqual({ error: 'That file is not JSON. Choose a file exported from this page.' });
    expect(parseExport('{"paths":{}}')).toEqual({ error: 'That file is not a progress export from this handbook.' });
    expect(parseExport(JSON.stringify({ format: FORMAT, version: 1, paths: { 'Bad Id': { done: {} } } }))).toEqual({
      error: 'The progress for "Bad Id" in that file is damaged; nothing was imported.',
    });
  });
});
