/**
 * The boot script: the one script every page runs before first paint, loaded as a classic,
 * blocking script at the top of <head>.
 *
 * - Sets the theme (the reader's saved choice, else the system's) before anything is drawn,
 *   so a dark-mode reader never sees a flash of the light theme.
 * - Follows a redirect page's `data-redirect`, keeping the address's #fragment.
 * - Copies the query string to `data-query`, so the page's CSS can make room, before the tool's
 *   module runs, for what an address like ?roles=… or ?engineers=… will show.
 * - Loads the interactions module (named by `data-module` on <html>) only when the reader
 *   first reaches for it: a press on a `data-action` control, or opening search.
 * - Toggles and saves the theme on a press of a `data-theme-toggle` control.
 * - Opens the search dialog on Ctrl+K or ⌘K, and on `/` unless the reader is typing somewhere
 *   already, and on a press of the header's `data-search-open` button where the browser does
 *   not open it natively (`command="show-modal"`).
 * - Marks Apple devices (`data-mac`), so the search button's key hint reads ⌘K there.
 *
 * It is compiled by esbuild to a minified IIFE, `_astro/boot.<hash>.js`, which every page loads
 * as a classic script (one file, cached once, and no inline script for the security policy to
 * allow), so it must stay one standalone script: no imports, no exports, no top-level await. The block below keeps its declarations out
 * of the global scope TypeScript sees for a file that is not a module.
 */
{
  /** What the interactions module (src/client/interactions.ts) offers the boot script. */
  interface Interactions {
    act(control: HTMLElement, event: MouseEvent): unknown;
    attach(doc: Document): unknown;
  }

  /**
   * An event's target as the handlers read it. It is usually an Element, but may be a node
   * without `closest` or `matches` (the document, a text node), hence the optional calls.
   */
  type Target = Partial<Pick<Element, 'closest' | 'matches'>>;

  const doc = document;
  const rootData = doc.documentElement.dataset;
  const THEME_KEY = 'handbook-theme';

  /** The theme saved by an earlier toggle, if storage can be read. */
  let savedTheme: string | null | undefined;
  /** The interactions module, imported at most once. */
  let interactions: Promise<Interactions> | undefined;

  try {
    savedTheme = localStorage.getItem(THEME_KEY);
  } catch {
    // Storage is blocked (e.g. cookies off): the system's preference decides.
  }

  // A redirect page names where it moved; the script carries on either way.
  if (rootData.redirect) location.replace(rootData.redirect + location.hash);
  rootData.query = location.search;
  rootData.theme = savedTheme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  if (/Mac|iP/.test(navigator.platform)) rootData.mac = '';


  /**
   * Imports the interactions module the first time it is needed, then hands it to `use`.
   * Every page names the module; the specifier is read when needed, not at boot.
   */
  const withInteractions = (use: (loaded: Interactions) => unknown) => {
    (interactions ||= import(/* @vite-ignore */ rootData.module as string)).then(use);
  };

  /** Opens the search dialog, which focuses its field, and connects search to it. */
  const openSearch = () => {
    const dialog = doc.getElementById('search-dialog') as HTMLDialogElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    withInteractions((loaded) => loaded.attach(doc));
  };

  // Listeners on the window (the global `addEventListener`), so they see every event on the page.
  addEventListener('click', (event) => {
    const target = event.target as Target;
    const control = target.closest?.<HTMLElement>('[data-theme-toggle],[data-action],[data-search-open]');
    if (control?.dataset.searchOpen != null) {
      openSearch();
    } else if (control?.dataset.action) {
      withInteractions((loaded) => loaded.act(control, event));
    } else if (control) {
      // The theme toggle (or a `data-action` control with an empty action).
      const theme = rootData.theme == 'dark' ? 'light' : 'dark';
      rootData.theme = theme;
      try {
        localStorage.setItem(THEME_KEY, theme);
      } catch {
        // Not saved: the choice lasts until the next page.
      }
    }
  });

  addEventListener('keydown', (event) => {
    const modified = event.ctrlKey || event.metaKey;
    const shortcut =
      (modified && !event.altKey && event.key.toLowerCase() == 'k') ||
      // A `/` typed into a field is text, not a shortcut.
      (event.key == '/' && !modified && !event.altKey && !(event.target as Target).matches?.('input,textarea,select,[contenteditable]'));
    if (!shortcut) return;
    event.preventDefault();
    openSearch();
  });
}
