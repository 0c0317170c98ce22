import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_CONTENT = resolve(ROOT, 'tests/fixtures/content');
export const OUTPUT = resolve(ROOT, '.test-output');
/** The handbook's own content, built under /handbook, for the browser tests. */
export const SITE_DIR = resolve(OUTPUT, 'site');
/** The fixture content, built under /handbook. */
export const FIXTURE_DIR = resolve(OUTPUT, 'fixture');
export const TEST_BASE = '/handbook';
/** A company's settings: the fixture site is built with them. */
export const FIXTURE_CONFIG = resolve(ROOT, 'tests/fixtures/handbook.config.ts');
/** The example company folders, layered in this order on the handbook's own content. */
export const OVERLAYS = [resolve(ROOT, 'tests/fixtures/overlays/acme'), resolve(ROOT, 'tests/fixtures/overlays/acme-platform')];
/** A company's settings that list OVERLAYS, each with its own edit links; the layered site is built with them. */
export const LAYERED_CONFIG = resolve(ROOT, 'tests/fixtures/layered.config.ts');
/** The handbook's content with OVERLAYS on top (from LAYERED_CONFIG), built under /handbook. */
export const LAYERED_DIR = resolve(OUTPUT, 'layered');
