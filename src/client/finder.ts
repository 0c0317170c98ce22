/**
 * The role finder, enhanced: choosing an answer shows the next step in place, without a page
 * load, and the address and the back button follow. Every step is also a plain page of its
 * own, so without this module the same links simply navigate.
 */

// A module, as the page loads it (`type="module"`), though it exports nothing: this keeps its
// names out of the global scope TypeScript checks.
export {};

async function stepAt(url: string): Promise<{ step: Element; title: string }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const step = page.querySelector('[data-finder]');
  if (!step) throw new Error('no finder step');
  return { step, title: page.title };
}

async function go(url: string, push: boolean): Promise<void> {
  const current = document.querySelector('[data-finder]');
  if (!current) return;
  try {
    const { step, title } = await stepAt(url);
    const fresh = document.importNode(step, true) as HTMLElement;
    current.replaceWith(fresh);
    document.title = title;
    if (push) history.pushState({ finder: true }, '', url);
    // Move focus to the new question or answer, so keyboard and screen-reader users follow.
    const heading = fresh.querySelector('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  } catch {
    location.href = url;
  }
}

document.addEventListener('click', (event) => {
  // `closest?.`: a click's target may be a node without it (the document itself).
  const link = (event.target as HTMLElement).closest?.('a[data-finder-answer]');
  if (!(link instanceof HTMLAnchorElement) || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  go(link.href, true);
});
addEventListener('popstate', () => go(location.href, false));
