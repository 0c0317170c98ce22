import type { APIRoute } from 'astro';
import { config } from '@/data/site.ts';
import { withBase } from '@/routes.ts';

/** Private deployments ask crawlers to stay out; public ones point them at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const body = config.noindex
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`;
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
