import { defineHastPlugin } from 'satteri';
import { withBase } from '../routes.ts';

/**
 * Lets authors write site links as root-relative paths (`[AI Engineer](/roles/ai-engineer/)`)
 * and serves them under any base path. The content check and the built-site link check make
 * sure each one resolves.
 */
export function baseLinks(base: string) {
  return defineHastPlugin({
    name: 'handbook-base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[key];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
          ctx.setProperty(node, key, withBase(value, base));
        }
      },
    },
  });
}
