import { describe, expect, test } from 'vitest';
import { hiddenAddresses, unlinkHidden, unlinkHiddenJson } from '../../../src/build/hidden-links.ts';

const hidden = hiddenAddresses([{ collection: 'roles', id: 'prompt-engineer', file: 'acme/roles/prompt-engineer.mdx' }, { collection: 'glossary', id: 'rag', file: 'acme/glossary/rag.md' }], '/handbook')!;

describe('links to hidden entries', () => {
  test('cover each hidden page and the files under it, and a role\'s data, compare record and any comparison with it', () => {
    for (const address of [
      '/handbook/roles/prompt-engineer/',
      '/handbook/roles/prompt-engineer/#compensation',
      '/handbook/roles/prompt-engineer/job-description-senior.md',
      '/handbook/api/roles/prompt-engineer.json',
      '/handbook/compare/roles/prompt-engineer.json',
      '/handbook/compare/?roles=prompt-engineer,mlops-engineer',
      '/handbook/compare/?roles=ai-engineer,prompt-engineer',
      '/handbook/glossary/rag/',
    ]) expect(hidden.test(address), address).toBe(true);
    for (const address of ['/handbook/roles/prompt-engineer-lead/', '/handbook/roles/ai-engineer/', '/handbook/compare/?roles=ai-engineer,mlops-engineer', '/roles/prompt-engineer/', '/handbook/glossary/rag-pipeline/']) {
      expect(hidden.test(address), address).toBe(false);
    }
    expect(hiddenAddresses([], '/')).toBeUndefined();
  });

  test('become their own content, markup inside kept, and every other link stays', () => {
    const html = '<li><a href="/handbook/roles/prompt-engineer/" class="x">Prompt <em>Engineer</em></a>: writes prompts; see <a href="/handbook/roles/ai-engineer/">AI Engineer</a> and <a href="/handbook/compare/?roles=ai-engineer,prompt-engineer">compare</a>.</li>';
    expect(unlinkHidden(html, hidden)).toBe('<li>Prompt <em>Engineer</em>: writes prompts; see <a href="/handbook/roles/ai-engineer/">AI Engineer</a> and compare.</li>');
  });

  test('lose their address in a compare record, keeping their title', () => {
    const record = { id: 'ai-designer', href: '/handbook/roles/ai-designer/', doesNot: [{ task: 'Write prompts', owner: { href: '/handbook/roles/prompt-engineer/', title: 'Prompt Engineer' } }], terms: [{ href: '/handbook/glossary/rag/', title: 'RAG' }] };
    expect(unlinkHiddenJson(record, hidden)).toEqual({ id: 'ai-designer', href: '/handbook/roles/ai-designer/', doesNot: [{ task: 'Write prompts', owner: { title: 'Prompt Engineer' } }], terms: [{ title: 'RAG' }] });
  });
});
