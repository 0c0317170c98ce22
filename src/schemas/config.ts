import { z } from 'astro/zod';

/** Settings a deployment changes: the handbook's name and where it is served. */
export const handbookConfigSchema = z.strictObject({
  /** The name shown in the header, page titles and search results. */
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(60),
  /** The public origin the site is served from, e.g. `https://wiki.example.com`. Used for canonical URLs. */
  site: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://wiki.example.com' }),
  /** The sub-path the site is served under, e.g. `/handbook`; `/` for the root. */
  base: z
    .string()
    .regex(/^\/([a-z0-9._~-]+\/?)*$/i, { error: 'must be a path starting with a slash, such as /handbook' }),
});

export type HandbookConfig = z.infer<typeof handbookConfigSchema>;
