import { z } from 'astro/zod';
import { contrast, parseHex } from './color.ts';
import { LADDER, LEVEL_IDS } from './role.ts';

/** The page backgrounds of the two themes; an accent colour must be readable on them. */
export const THEME_BACKGROUNDS = { light: '#ffffff', dark: '#14161a' } as const;

const hex = z.string().refine((s) => parseHex(s) !== undefined, { error: 'must be a hex colour such as #1d5fd1' });

/** A link in the footer: an absolute URL or a path on this site (`/guides/how-to-use-this-handbook/`). */
const link = z.strictObject({
  /** The link text. */
  label: z.string().trim().min(1, { error: 'must not be empty' }).max(60),
  /** Where it goes: `https://...`, `mailto:...`, or a root-relative path on this site. */
  href: z.string().regex(/^(https?:\/\/|mailto:|\/)/, { error: 'must start with https://, http://, mailto: or / (a path on this site)' }),
});

/** Settings a deployment changes: its name, look, address and who may index it. */
export const handbookConfigSchema = z.strictObject({
  /** The name shown in the header, page titles and search results. */
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(60, { error: 'must be at most 60 characters' }),
  /** The organisation running this copy, shown in the footer. */
  organisation: z.string().trim().min(1).max(80).optional(),
  /** The public origin the site is served from, e.g. `https://wiki.example.com`. Used for canonical URLs. */
  site: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://wiki.example.com' }),
  /** The sub-path the site is served under, e.g. `/handbook`; `/` for the root. */
  base: z.string().regex(/^\/([a-z0-9._~-]+\/?)*$/i, { error: 'must be a path starting with a slash, such as /handbook' }),
  /** A logo shown before the name: a file in `public/`, written as a root-relative path such as `/logo.svg`. */
  logo: z
    .strictObject({
      /** The file's path under `public/`, starting with a slash. */
      src: z.string().regex(/^\/[^\s]+\.(svg|png|webp)$/i, { error: 'must be a root-relative path to an .svg, .png or .webp file in public/, such as /logo.svg' }),
      /** Text for screen readers; empty when the name beside it says it all. */
      alt: z.string().default(''),
    })
    .optional(),
  /** Link and focus colours for each theme. Each must reach 4.5:1 contrast with that theme's background. */
  accent: z
    .strictObject({
      /** Accent on the light background (#ffffff). */
      light: hex,
      /** Accent on the dark background (#14161a). */
      dark: hex,
    })
    .superRefine((accent, ctx) => {
      for (const theme of ['light', 'dark'] as const) {
        if (!parseHex(accent[theme])) continue;
        const ratio = contrast(accent[theme], THEME_BACKGROUNDS[theme]);
        if (ratio < 4.5) {
          ctx.addIssue({
            code: 'custom',
            path: [theme],
            message: `${accent[theme]} has a contrast of ${ratio.toFixed(2)}:1 with the ${theme} background ${THEME_BACKGROUNDS[theme]}; links need at least 4.5:1`,
          });
        }
      }
    })
    .default({ light: '#1d5fd1', dark: '#8ab4ff' }),
  /**
   * Base of "Edit this page" links: the address of the content folder in the repository's
   * web editor, e.g. `https://github.com/acme/handbook/edit/main/content`. Omit to hide the links.
   */
  editBaseUrl: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
  /** Extra links in the footer of every page. */
  footerLinks: z.array(link).max(8, { error: 'must list at most 8 links' }).default([]),
  /** A notice shown at the top of every page, e.g. "Internal: do not share outside Acme". */
  banner: z
    .strictObject({
      /** The notice, one line. */
      text: z.string().trim().min(1).max(160, { error: 'must be at most 160 characters' }),
      /** An optional link after the text. */
      link: link.optional(),
    })
    .optional(),
  /** Asks search engines not to index the site (robots.txt and a robots meta tag), for private deployments. */
  noindex: z.boolean().default(false),
  /**
   * The company's own names for the steps of the handbook's ladder, e.g. `{ senior: 'L5', staff: 'L6' }`:
   * role pages and job descriptions show them beside the handbook's ("L5 (Senior)"). Steps left
   * out keep the handbook's name.
   */
  levelNames: z
    .strictObject(Object.fromEntries(LEVEL_IDS.map((id) => [id, z.string().trim().min(1, { error: 'must not be empty' }).max(40, { error: 'must be at most 40 characters' }).optional()])) as Record<keyof typeof LADDER, z.ZodOptional<z.ZodString>>)
    .default({}),
  /**
   * Puts the company's own pay bands (`payBands` of a role) into the exports: the role data, the
   * Markdown twins and llms-full.txt. Off by default, so bands meant for the wiki's readers stay
   * on its pages. The schema.org data never carries them, since it would mix them with published pay.
   */
  exportPayBands: z.boolean().default(false),
  /**
   * Company folders layered on top of the content, in order, the later winning: each has the
   * shape of `content/` and adds, replaces, merges into (`merge: true`) or hides (`hidden: true`)
   * entries. Each is a path relative to the folder the build runs in, or `{ path, editBaseUrl }`,
   * where `editBaseUrl` is that folder's address in its repository's web editor, for the "Edit
   * this page" links of the pages its files make. `HANDBOOK_OVERLAY` (folders separated by `:`, or `;` on Windows)
   * overrides the list; a folder it names that is listed here keeps its `editBaseUrl`.
   */
  overlays: z
    .array(
      z.union([
        z.string().trim().min(1, { error: 'must not be empty' }),
        z.strictObject({
          path: z.string().trim().min(1, { error: 'must not be empty' }),
          editBaseUrl: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
        }),
      ]),
    )
    .max(8, { error: 'must list at most 8 folders' })
    .default([]),
});

export type HandbookConfigInput = z.input<typeof handbookConfigSchema>;
export type HandbookConfig = z.output<typeof handbookConfigSchema>;
