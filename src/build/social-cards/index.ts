/**
 * Each role's social card (`/og/roles/<id>.png`). Cards depend on frontmatter only, so they are
 * drawn on a second core from the moment the content is checked, while Astro loads content and
 * renders pages, into a folder of their own (the build empties its output folder as it starts),
 * and moved into place once the pages are written.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPublished } from '../../collections.ts';
import type { CheckedEntry } from '../content-check/check.ts';
import { FAMILY_LABELS } from '../../views/format.ts';
import { drawCards } from './draw.ts';

export function socialCards(options: { name: string; accent: string; entries: () => Promise<CheckedEntry[]> }): AstroIntegration {
  let cardDir = '';
  let drawn: Promise<{ count: number; ms: number }> | undefined;
  return {
    name: 'handbook:social-cards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        drawn = options.entries().then((entries) => {
          cardDir = mkdtempSync(join(tmpdir(), 'handbook-cards-'));
          return drawCards(
            entries.flatMap((entry) =>
              entry.collection === 'roles' && isPublished(entry.data)
                ? [{ file: join(cardDir, `${entry.id}.png`), card: { title: entry.data.title, eyebrow: `${options.name} · ${FAMILY_LABELS[entry.data.family]}`, accent: options.accent } }]
                : [],
            ),
          );
        });
        // A failure surfaces when the build awaits the cards (content problems fail the build earlier).
        drawn.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cards = (await drawn) ?? { count: 0, ms: 0 };
        if (cardDir) moveInto(cardDir, join(fileURLToPath(dir), 'og', 'roles'));
        logger.info(`${cards.count} social cards drawn in ${cards.ms} ms, alongside the pages`);
      },
    },
  };
}

/** Moves a folder into place; across filesystems, copies it. */
function moveInto(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
