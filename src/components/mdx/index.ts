/**
 * The components every MDX page can use without importing them, as Starlight's are: pages pass
 * these to their content (`<Content components={mdxComponents} />`), and the build
  fails on a use it cannot render: a Ref or Position pointing at no entry throws, naming it.
 */
import Aside from './Aside.astro';
import Disagreement from './Disagreement.astro';
import Position from './Position.astro';
import Reading from './Reading.astro';
import Ref from './Ref.astro';

export const mdxComponents = { Aside, Disagreement, Position, Reading, Ref };
