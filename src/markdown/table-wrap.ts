import { defineHastPlugin } from 'satteri';

/**
 * Puts every table in a Markdown body in a box of its own, the same `.table-wrap` the pages' own
 * tables sit in, so a table wider than a phone scrolls inside it instead of widening the page.
 */
export function tableWrap() {
  return defineHastPlugin({
    name: 'handbook-table-wrap',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['table-wrap'] }, children: [] });
      },
    },
  });
}
