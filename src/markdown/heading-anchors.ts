import { defineHastPlugin } from 'satteri';
import { headingLink, headingSlugger } from './slugs.ts';

/**
 * Gives every section heading in a Markdown body a stable id and a visible link to itself,
 * the same markup `Heading.astro` writes. The link sits beside the heading, not inside it, so a
 * screen reader announces the heading's own text.
 */
export function headingAnchors() {
  // A factory: Sätteri calls it once per document, so each page numbers repeated headings afresh.
  return () => {
    const slugger = headingSlugger();
    return defineHastPlugin({
      name: 'handbook-heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const text = ctx.textContent(node).trim();
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading'] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: hastProperties(headingLink(id, text)),
                children: [],
              },
            ],
          });
        },
      },
    });
  };
}

/** Attribute names as hast writes them: `data-action` is `dataAction`, `aria-label` is `ariaLabel`. */
function hastProperties(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]));
}
