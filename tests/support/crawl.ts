/**
 * Follows every link and asset reference from the home page, as a reader's browser would,
 * and reports each one that does not answer 200 or names a missing #fragment.
 */
export async function crawl(start: string): Promise<{ visited: number; failures: string[] }> {
  const base = new URL(start);
  const seen = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const fragments: { page: string; target: string; id: string }[] = [];
  const failures: string[] = [];
  const queue: { url: string; from: string }[] = [{ url: base.href, from: '(start)' }];
  while (queue.length) {
    const { url, from } = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await fetch(url, { redirect: 'follow' });
    if (response.status !== 200) {
      failures.push(`${url} answered ${response.status} (linked from ${from})`);
      continue;
    }
    const finalUrl = response.url.split('#')[0]!;
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    ids.set(finalUrl, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    ids.set(url, ids.get(finalUrl)!);
    for (const match of html.matchAll(/<(?:a|link|script|img|source)\b[^>]*?\s(?:href|src)="([^"]*)"/g)) {
      const href = match[1]!.replace(/&amp;/g, '&');
      if (!href || /^(mailto|data|javascript):/i.test(href)) continue;
      const target = new URL(href, finalUrl);
      if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) continue;
      const clean = `${target.origin}${target.pathname}${target.search}`;
      if (target.hash.length > 1) fragments.push({ page: finalUrl, target: clean, id: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(clean)) queue.push({ url: clean, from: finalUrl });
    }
  }
  for (const f of fragments) {
    const known = ids.get(f.target);
    if (known && !known.has(f.id)) failures.push(`${f.target}#${f.id}: no such id (linked from ${f.page})`);
  }
  return { visited: seen.size, failures };
}
