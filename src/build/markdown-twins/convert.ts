/**
 * A built page as Markdown: the part of the page marked for search (`data-pagefind-body`, the
 * page's own content), without its chrome, with every link absolute. The page's HTML is the
 * source, so the twin holds what the page holds, generated sections and Markdown body alike.
 *
 * Before conversion the tree is reshaped where HTML has no plain Markdown form: a definition list
 * becomes a list of "**term:** definition" items, an aside or a "Sources disagree" block a
 * quotation with its label in bold, a source's kind "(Vendor article)", and a diagram its
 * accessible name. Controls (buttons, the headings' link icons, anything that needs the page's
 * script), navigation, hidden and print-only elements, and anything marked `data-markdown-ignore` are left out.
 */
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/** The attribute that keeps an element inside a page's content out of its Markdown twin. */
export const MARKDOWN_IGNORE = 'data-markdown-ignore';

/** What one page gives: its twin's path as the page declares it, its address and the Markdown. */
export interface PageMarkdown {
  /** The twin's path, base included, from the page's `<link rel="alternate" type="text/markdown">`. */
  twinPath: string;
  /** The page's canonical URL. */
  url: string;
  title: string;
  markdown: string;
}

const DROPPED_TAGS = new Set(['button', 'script', 'style', 'template', 'nav', 'noscript', 'input', 'select', 'textarea']);
/** Print-only copies, the short source names print uses, and controls that need the page's script. */
const DROPPED_CLASSES = ['print-only', 'source-short', 'needs-js'];

/** A space-separated attribute (class, rel) as its words. */
const wordsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []);
const hasClass = (el: Element, name: string) => wordsOf(el.properties.className).includes(name);
const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';

/** The text of a node and its descendants. */
const textContent = (node: Root | ElementContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textContent(c as ElementContent)).join('') : '';

/** The first element, depth first, that `test` accepts. */
function find(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function dropped(el: Element): boolean {
  const p = el.properties;
  return (
    DROPPED_TAGS.has(el.tagName) ||
    p.hidden !== undefined && p.hidden !== false ||
    p.dataMarkdownIgnore !== undefined ||
    p.dataAction === 'copy-link' ||
    p.ariaHidden === 'true' ||
    DROPPED_CLASSES.some((c) => hasClass(el, c))
  );
}

/** A diagram's accessible name and description, as a paragraph, or nothing when it has neither. */
function diagram(svg: Element): ElementContent[] {
  const title = find(svg, (el) => el.tagName === 'title');
  const desc = find(svg, (el) => el.tagName === 'desc');
  const name = String(svg.properties.ariaLabel ?? (title ? textContent(title) : '')).trim();
  const description = desc ? textContent(desc).trim() : '';
  const words = [name, description].filter(Boolean).join('. ');
  return words ? [element('p', [element('em', [text(`Diagram: ${words}`)])])] : [];
}

/** A definition list as a list of "**term:** definition" items. */
function definitionList(dl: Element, base: string): Element {
  const items: Element[] = [];
  for (const child of dl.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'dt') items.push(element('li', [element('strong', [...reshape(child.children, base), text(':')])]));
    else if (child.tagName === 'dd' && items.length) items.at(-1)!.children.push(text(' '), ...reshape(child.children, base));
  }
  return element('ul', items);
}

/** The first paragraph of a labelled block (an aside's title, a position's source) in bold. */
function boldLabel(block: Element, labelClass: string, base: string): Element[] {
  return reshape(block.children, base).map((child) =>
    isElement(child) && hasClass(child, labelClass) ? element('p', [element('strong', child.children)]) : child,
  ) as Element[];
}

function reshapeElement(el: Element, base: string): ElementContent[] {
  if (dropped(el)) return [];
  if (el.tagName === 'svg') return diagram(el);
  if (el.tagName === 'dl') return [definitionList(el, base)];
  if (el.tagName === 'br' && el.properties.dataCell !== undefined) return [text('; ')];
  if (el.tagName === 'span' && hasClass(el, 'source-kind')) return [text(`(${textContent(el).trim()})`)];
  if (el.tagName === 'aside' && hasClass(el, 'aside')) return [element('blockquote', boldLabel(el, 'aside-title', base))];
  if (hasClass(el, 'disagreement')) return [element('blockquote', boldLabel(el, 'disagreement-title', base))];
  if (hasClass(el, 'position')) return [element('div', boldLabel(el, 'position-source', base))];
  if (hasClass(el, 'reading')) return [element('div', boldLabel(el, 'reading-label', base))];
  if ((el.tagName === 'td' || el.tagName === 'th') && el.children.some((c) => isElement(c) && c.tagName === 'br')) {
    // A table cell is one line in Markdown: a line break inside one becomes a separator.
    const marked = el.children.map((c) => (isElement(c) && c.tagName === 'br' ? { ...c, properties: { ...c.properties, dataCell: '' } } : c));
    return [element(el.tagName, reshape(marked, base), el.properties)];
  }
  const properties = { ...el.properties };
  if (el.tagName === 'a' && typeof properties.href === 'string') properties.href = new URL(properties.href, base).href;
  return [element(el.tagName, reshape(el.children, base), properties)];
}

/**
 * The children, reshaped, as new nodes without the parser's source positions: hast-util-to-mdast
 * copies the tree it is given, and the positions were most of what it copied.
 */
function reshape(children: readonly ElementContent[], base: string): ElementContent[] {
  return children.flatMap((child) => (isElement(child) ? reshapeElement(child, base) : child.type === 'text' ? [text(child.value)] : []));
}

/**
 * The Markdown twin of one built page, or `undefined` when the page declares none (no
 * `<link rel="alternate" type="text/markdown">`). Throws when a page declares a twin but has no
 * canonical address or no content marked for search, naming what is missing.
 */
export function pageMarkdown(html: string, footer: (url: string) => string): PageMarkdown | undefined {
  // Only the head and the page's content are parsed, not the header, navigation and search
  // dialog between them: parsing is most of the cost of a twin.
  const headEnd = html.indexOf('</head>');
  const head = fromHtml(headEnd === -1 ? html : html.slice(0, headEnd + 7), { fragment: true });
  const relOf = (el: Element) => wordsOf(el.properties.rel);
  const alternate = find(head, (el) => el.tagName === 'link' && relOf(el).includes('alternate') && el.properties.type === 'text/markdown');
  if (!alternate) return undefined;
  const twinPath = String(alternate.properties.href);
  const canonical = find(head, (el) => el.tagName === 'link' && relOf(el).includes('canonical'));
  if (!canonical) throw new Error(`the page with Markdown twin ${twinPath} has no <link rel="canonical">, which its links are made absolute against`);
  const url = String(canonical.properties.href);
  const marked = html.indexOf(' data-pagefind-body');
  const start = marked === -1 ? -1 : html.lastIndexOf('<', marked);
  const end = html.indexOf('</main>', start);
  const body = start === -1 ? undefined : find(fromHtml(html.slice(start, end === -1 ? undefined : end), { fragment: true }), (el) => el.properties.dataPagefindBody !== undefined);
  if (!body) throw new Error(`${url} declares a Markdown twin but has no element marked data-pagefind-body to make it from`);
  const h1 = find(body, (el) => el.tagName === 'h1');
  const content = element('div', reshape(body.children, url));
  const markdown = toMarkdown(toMdast(content), { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', rule: '-' }).trim();
  return { twinPath, url, title: h1 ? textContent(h1).trim() : url, markdown: `${markdown}\n\n---\n\n${footer(url)}\n` };
}
