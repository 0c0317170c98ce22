/** "On this page", read off the HTML a page renders, so the list cannot disagree with the page. */

export interface TocItem {
  id: string;
  text: string;
}

const H2 = /<h2\b[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Plain text of an HTML fragment: tags dropped, character references decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (ref, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? ref;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every second-level heading with an id, in page order: the page's sections. */
export function tocFromHtml(html: string): TocItem[] {
  return [...html.matchAll(H2)].map((m) => ({ id: textOf(m[1]!), text: textOf(m[2]!) }));
}
