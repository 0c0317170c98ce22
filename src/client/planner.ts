/**
 * The team planner, enhanced: choosing a stage and a model shows that plan in place (the plan
 * is one of the pre-built pages, fetched and swapped in), and the address follows the choice,
 * e.g. /planner/growth-stage/hybrid/?engineers=6. A number of engineers adds what the team
 * models' own sizes say. Without this module every plan is a plain page of its own.
 */

/** A team model as the planner form's `data-models` lists it. */
export interface Model {
  id: string;
  title: string;
  href: string;
  teamSize: { min?: number; max?: number; source: string } | null;
}

/** What the team models' sizes say about `engineers` AI engineers in the chosen model. */
export function sizeAdvice(engineers: number, modelId: string, models: Model[]): { fits: boolean; suggested?: Model } {
  const fitsModel = (m: Model) =>
    m.teamSize !== null && (m.teamSize.min === undefined || engineers >= m.teamSize.min) && (m.teamSize.max === undefined || engineers <= m.teamSize.max);
  const chosen = models.find((m) => m.id === modelId);
  const suggested = models.find((m) => m.id !== modelId && fitsModel(m));
  if (suggested) return { fits: false, suggested };
  return { fits: !chosen || chosen.teamSize === null || fitsModel(chosen) };
}

const sizeText = (size: Model['teamSize']) =>
  size?.min !== undefined && size.max !== undefined ? `${size.min} to ${size.max}` : size?.min !== undefined ? `${size.min} or more` : `up to ${size?.max}`;

/** The advice as a sentence, or '' when there is nothing to say. */
export function adviceText(engineers: number, modelId: string, models: Model[]): string {
  const chosen = models.find((m) => m.id === modelId);
  const advice = sizeAdvice(engineers, modelId, models);
  const team = `${engineers} AI engineer${engineers === 1 ? '' : 's'}`;
  if (advice.suggested) return `With ${team}: the ${advice.suggested.title.toLowerCase()} is the usual shape for teams of ${sizeText(advice.suggested.teamSize)} AI engineers.`;
  if (!advice.fits && chosen) return `With ${team}: the ${chosen.title.toLowerCase()} is the usual shape for teams of ${sizeText(chosen.teamSize)} AI engineers.`;
  return '';
}

function attach(form: HTMLFormElement): void {
  const base = form.dataset.base as string;
  const models: Model[] = JSON.parse(form.dataset.models ?? '[]');
  const stage = form.elements.namedItem('stage') as HTMLSelectElement;
  const model = form.elements.namedItem('model') as HTMLSelectElement;
  const engineers = form.elements.namedItem('engineers') as HTMLInputElement;
  const advice = document.querySelector('[data-planner-advice]') as HTMLElement;
  let latest = 0;

  const count = () => (engineers.value.trim() === '' ? null : Math.max(0, Math.floor(Number(engineers.value))));
  const advise = () => {
    const n = count();
    const link = models.find((m) => m.id === model.value);
    const text = n === null || !model.value || Number.isNaN(n) ? '' : adviceText(n, model.value, models);
    advice.replaceChildren(text, text && link ? ' ' : '');
    if (text) {
      // Some advice means there is a count: `text` is '' whenever `n` is null.
      const suggested = sizeAdvice(n as number, model.value, models).suggested ?? link;
      if (suggested) {
        const a = document.createElement('a');
        a.href = suggested.href;
        a.textContent = `About the ${suggested.title.toLowerCase()}`;
        advice.append(a);
      }
    }
  };

  const show = async () => {
    advise();
    if (!stage.value || !model.value) return;
    const n = count();
    const path = `${base}${stage.value}/${model.value}/`;
    const url = `${path}${n === null || Number.isNaN(n) ? '' : `?engineers=${n}`}`;
    const ticket = ++latest;
    if (location.pathname !== path) {
      const response = await fetch(path);
      if (!response.ok || ticket !== latest) return;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const plan = page.querySelector('[data-planner-result]');
      const current = document.querySelector('[data-planner-result]');
      if (!plan || !current || ticket !== latest) return;
      current.replaceWith(document.importNode(plan, true));
      const heading = page.querySelector('h1')?.textContent;
      const h1 = document.querySelector('h1');
      if (heading && h1) h1.textContent = heading;
      document.title = page.title;
      for (const link of document.querySelectorAll('.plans a')) {
        if (link.getAttribute('href') === path) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
    }
    history.replaceState(null, '', url);
  };

  form.addEventListener('change', show);
  form.addEventListener('input', (event) => {
    if (event.target === engineers) show();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });

  const params = new URLSearchParams(location.search);
  const askedEngineers = params.get('engineers');
  if (askedEngineers !== null) engineers.value = askedEngineers;
  const asked = { stage: params.get('stage'), model: params.get('model') };
  // A link from elsewhere (the role finder) may name the stage alone; the reader picks the model.
  if (asked.stage) stage.value = asked.stage;
  if (asked.model) model.value = asked.model;
  if (params.has('engineers') || (asked.stage && asked.model)) show();
}

const form = typeof document === 'undefined' ? null : document.querySelector<HTMLFormElement>('form[data-planner]');
if (form) attach(form);
