import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

/**
 * Gives every section heading in a Markdown body a stable id and a visible link to itself.
 * The link sits beside the heading, not inside it, so a screen reader announces the heading's
 * own text; its accessible name says where it goes, and its visible `#` is drawn by the style
 * sheet, so neither is page text for search to index.
 */
export function headingAnchors() {
  // A factory: Sätteri calls it once per document, so each page numbers repeated headings afresh.
  return () => {
    const slugger = new GithubSlugger();
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
                properties: { href: `#${id}`, dataAction: 'copy-link', ariaLabel: `Link to section: ${text}` },
                children: [],
              },
            ],
          });
        },
      },
    });
  };
}
