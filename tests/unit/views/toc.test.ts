import { describe, expect, test } from 'vitest';
import { textOf, tocFromHtml } from '../../../src/views/toc.ts';

describe('On this page, from the rendered HTML', () => {
  test('lists each second-level heading with an id, in order, as plain text', () => {
    const html = [
      '<h1 id="top">Title</h1>',
      '<div class="heading"><h2 id="day-to-day">Day to <em>day</em></h2><a href="#day-to-day"></a></div>',
      '<h3 id="skills">Skills</h3>',
      '<h2>No id</h2>',
      '<h2 class="x" id="when-to-hire">When to hire, &amp; where it sits &#8212; &#x2014;</h2>',
    ].join('');
    expect(tocFromHtml(html)).toEqual([
      { id: 'day-to-day', text: 'Day to day' },
      { id: 'when-to-hire', text: 'When to hire, & where it sits — —' },
    ]);
  });

  test('decodes references and keeps unknown ones as written', () => {
    expect(textOf('A&nbsp;B &lt;C&gt; &quot;D&quot; &bogus;')).toBe('A B <C> "D" &bogus;');
  });
});
