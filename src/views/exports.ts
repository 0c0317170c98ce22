/**
 * The role data people build on: JSON records and job-description starters. Field names here
 * are a public interface, documented in the README; add fields, never rename or remove one.
 */
import type { BreadcrumbList, CategoryCode, DefinedTerm, DefinedTermSet, LearningResource, ListItem, MonetaryAmountDistribution, Occupation, SearchAction, WebSite, WithActionConstraints, WithContext } from 'schema-dts';
import type { Compensation, Role } from '../schemas/role.ts';
import type { LevelView, RoleView } from './role-view.ts';
import { LADDER } from '../schemas/role.ts';
import { BASIS_LABELS } from './format.ts';

/** Bumped only if a field changes meaning; new fields do not bump it. */
export const EXPORT_VERSION = 1;

/** One published role as exported: its frontmatter fields plus its id and addresses. */
export function roleRecord(id: string, role: Role, urls: { page: string; json: string; jobDescription: string }, { payBands = false } = {}) {
  // A company's own pay bands leave the wiki only when its exportPayBands setting says so.
  const { draft: _draft, payBands: bands, ...fields } = role;
  return { id, url: urls.page, jsonUrl: urls.json, jobDescriptionUrl: urls.jobDescription, ...fields, ...(payBands && bands.length ? { payBands: bands } : {}) };
}

/** The collections exported beside roles, each at `/api/<name>.json` with its schema at `/schema/<name>.schema.json`. */
export const EXPORTED_COLLECTIONS = ['team-models', 'hiring-stages', 'paths', 'glossary', 'sources', 'occupations'] as const;
export type ExportedCollection = (typeof EXPORTED_COLLECTIONS)[number];

/**
 * One published entry of another collection as exported: its id, its address in the handbook
 * (`pageUrl`: its page, or its anchor on the index page), then its frontmatter fields. `pageUrl`
 * is not `url` because a source's own `url` field is the publication's address.
 */
export function entryRecord(id: string, data: object, pageUrl: string) {
  const { draft: _draft, ...fields } = data as { draft?: boolean };
  return { id, pageUrl, ...fields };
}

/** Markdown that escapes nothing it does not need to: list items and lines of plain text. */
const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/**
 * A job-description starter for a role, in Markdown, built from its frontmatter: summary,
 * responsibilities, skills, signals and what the role is not. Meant to be edited, not pasted as is.
 */
export function jobDescription(role: RoleView, options: { url: string; siteName: string }, level?: LevelView): string {
  const url = level ? `${options.url}#${level.anchor}` : options.url;
  const sections: string[] = [
    `# ${level?.title ?? role.title}`,
    `> A starter from ${options.siteName}, built from the ${level ? `${level.companyStep ? `${level.companyStep} (${level.ladderStep.toLowerCase()})` : level.ladderStep.toLowerCase()} level of the role` : "role's definition"} at ${url} (last reviewed ${role.lastReviewed}). Adapt it to your team before use.`,
    '## About the role',
    role.summary,
  ];
  if (role.aliases.length) sections.push(`Also known as: ${role.aliases.join(', ')}.`);
  if (level) {
    sections.push(
      '## The level',
      list([...(level.companyStep ? [`Level: ${level.companyStep}`] : []), `Scope: ${level.scope}`, `Autonomy: ${level.autonomy}`, `Impact: ${level.impact}`, ...(level.experience ? [`Experience: ${level.experience}`] : [])]),
      '## What this level adds',
      level.change,
    );
  }
  sections.push('## What you would do', list(role.responsibilities));
  sections.push('## Skills we look for', list(role.skills));
  if (role.tools.length) sections.push('## Tools', list(role.tools));
  if (role.doesNot.length) {
    sections.push(
      '## What this role is not',
      list(role.doesNot.map((d) => (d.owner ? `${d.task} (the ${d.owner.title}'s work)` : d.task))),
    );
  }
  sections.push('## How we will recognise a strong candidate', list(level ? [...level.signals, ...role.signals] : role.signals));
  sections.push('## Reference', `${level ? 'Level' : 'Role'} definition: ${url}`);
  return `${sections.join('\n\n')}\n`;
}

/** The columns of `/api/roles.csv`, in order: what a spreadsheet of roles needs, one row a role. */
export const ROLE_CSV_COLUMNS = [
  'ID',
  'Title',
  'Also called',
  'Family',
  'Technical depth',
  'First hired at',
  'Levels',
  'O*NET-SOC',
  'ISCO-08',
  'Official median pay (whole occupation)',
  'Published pay',
  'Page',
] as const;

/** One role as a row of `/api/roles.csv`; lists within a cell are separated by "; ". */
export function roleCsvRow(role: RoleView, pageUrl: string): string[] {
  const occupation = role.occupation;
  const pay = role.compensation.map((c) => `${c.range} (${[BASIS_LABELS[c.basis], c.level, c.region].filter(Boolean).join(', ')}; ${c.source.short}, ${c.asOf})`);
  return [
    role.id,
    role.title,
    role.aliases.join('; '),
    role.family,
    role.depth,
    role.stage.title,
    role.levels.map((l) => `${l.title} (${LADDER[l.id]})`).join('; '),
    occupation ? `${occupation.onet.code} ${occupation.title} (${occupation.onet.match})` : '',
    occupation ? `${occupation.isco.code} ${occupation.isco.title} (${occupation.isco.match})` : '',
    occupation?.medianPay ? `${occupation.medianPay.amount}, ${occupation.medianPay.region}, ${occupation.medianPay.asOf} (${occupation.medianPay.source.short})` : (occupation?.payGap ?? role.occupationGap ?? ''),
    pay.join('; '),
    pageUrl,
  ];
}

/**
 * Rows as CSV (RFC 4180): CRLF line ends, a field quoted when it holds a comma, quote or line
 * break, and a byte-order mark so spreadsheet programs read it as UTF-8. A field that starts
 * with =, +, - or @ gets a leading apostrophe, so no spreadsheet runs it as a formula.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** A link in `/llms.txt`: its text, its absolute address and, optionally, what is there. */
export interface LlmsLink {
  title: string;
  url: string;
  note?: string;
}

/**
 * `/llms.txt` in the llmstxt.org shape: the name as a heading, a one-line summary as a quote, a
 * paragraph on how to read the handbook, then a section of links per kind of page, a line each.
 * A section named "Optional" holds what a reader with little room can skip.
 */
export function llmsTxt(input: { name: string; summary: string; details: string; sections: readonly { title: string; links: readonly LlmsLink[] }[] }): string {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  const link = (l: LlmsLink) => `- [${line(l.title).replace(/[[\]]/g, '')}](${l.url})${l.note ? `: ${line(l.note)}` : ''}`;
  const sections = input.sections.filter((s) => s.links.length > 0).map((s) => `## ${s.title}\n\n${s.links.map(link).join('\n')}`);
  return `# ${line(input.name)}\n\n> ${line(input.summary)}\n\n${input.details.trim()}\n\n${sections.join('\n\n')}\n`;
}

/*
 * schema.org data for search engines and other readers of structured data, as JSON-LD. Typed
 * against schema-dts, so a property schema.org does not have fails the type check.
 */

/** A page's place in the site, as schema.org reads breadcrumbs: each step with its absolute address. */
export function breadcrumbJsonLd(trail: readonly { label: string; href?: string | undefined }[], pageUrl: string, origin: URL): WithContext<BreadcrumbList> {
  const steps = trail.map((step) => ({ name: step.label, item: step.href ? new URL(step.href, origin).href : pageUrl }));
  // The home page's trail is home, then itself: one step, not the same address twice.
  const distinct = steps.filter((step, i) => i === 0 || step.item !== steps[i - 1]!.item);
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: distinct.map((step, i): ListItem => ({ '@type': 'ListItem', position: i + 1, ...step })),
  };
}

/** The site, with the search it offers at `/search/?q=`. */
export function websiteJsonLd(name: string, homeUrl: string, searchUrl: string): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url: homeUrl, potentialAction: search };
}

/** What every described entry starts with: its name, its other names, its one-sentence description and its address. */
const described = (name: string, aliases: readonly string[], description: string, url: string) => ({
  name,
  ...(aliases.length ? { alternateName: [...aliases] } : {}),
  description,
  url,
});

/** A source as schema.org reads a cited work. */
export interface CitedSource {
  title: string;
  url?: string | undefined;
  publisher?: string | undefined;
  year: number;
}

/**
 * A role as a schema.org Occupation: its names, description, skills and responsibilities, its
 * official occupation codes, and one salary distribution per published figure, each with the
 * work that published it.
 */
export function occupationJsonLd(
  role: RoleView,
  pay: readonly { figure: Compensation; source: CitedSource }[],
  pageUrl: string,
): WithContext<Occupation> {
  const codes: CategoryCode[] = role.occupation
    ? [
        { '@type': 'CategoryCode', codeValue: role.occupation.onet.code, name: role.occupation.title, inCodeSet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC 2019' }, url: role.occupation.onet.url },
        { '@type': 'CategoryCode', codeValue: role.occupation.isco.code, name: role.occupation.isco.title, inCodeSet: { '@type': 'CategoryCodeSet', name: 'ISCO-08' } },
      ]
    : [];
  const regions = [...new Set(pay.map((p) => p.figure.region).filter((r) => !/^not stated/i.test(r)))];
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    ...described(role.title, role.aliases, role.summary, pageUrl),
    skills: [...role.skills],
    responsibilities: [...role.responsibilities],
    ...(codes.length ? { occupationalCategory: codes } : {}),
    ...(pay.length
      ? {
          estimatedSalary: pay.map(({ figure, source }): MonetaryAmountDistribution => ({
            '@type': 'MonetaryAmountDistribution',
            name: [BASIS_LABELS[figure.basis], figure.level, figure.region].filter(Boolean).join(', '),
            currency: figure.currency,
            duration: 'P1Y',
            ...(figure.basis === 'median' && figure.min === figure.max ? { median: figure.min } : { minValue: figure.min, ...(figure.openEnded ? {} : { maxValue: figure.max }) }),
            subjectOf: {
              '@type': 'CreativeWork',
              name: source.title,
              datePublished: String(source.year),
              ...(source.url ? { url: source.url } : {}),
              ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
            },
          })),
        }
      : {}),
    ...(regions.length ? { occupationLocation: regions.map((name) => ({ '@type': 'Country' as const, name })) } : {}),
  };
}

/** A glossary term, in the handbook's glossary as its term set. */
export function definedTermJsonLd(term: { title: string; aliases: readonly string[]; summary: string }, pageUrl: string, glossary: { name: string; url: string }): WithContext<DefinedTerm> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    ...described(term.title, term.aliases, term.summary, pageUrl),
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: glossary.name, url: glossary.url },
  };
}

/** The glossary itself: a set of defined terms. */
export function definedTermSetJsonLd(name: string, url: string, terms: readonly { title: string; url: string }[]): WithContext<DefinedTermSet> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    name,
    url,
    hasDefinedTerm: terms.map((t): DefinedTerm => ({ '@type': 'DefinedTerm', name: t.title, url: t.url })),
  };
}

/** A learning path: a self-paced plan of steps, which schema.org calls a learning resource. */
export function learningResourceJsonLd(
  path: { title: string; summary: string; from: string; duration: string; steps: readonly { title: string; goals: readonly string[] }[] },
  pageUrl: string,
  targets: readonly { title: string; url: string }[],
): WithContext<LearningResource> {
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: path.title,
    description: path.summary,
    url: pageUrl,
    learningResourceType: 'Learning path',
    educationalLevel: path.from,
    teaches: path.steps.flatMap((s) => s.goals),
    hasPart: path.steps.map((s, i): LearningResource => ({ '@type': 'LearningResource', name: s.title, position: i + 1 })),
    about: targets.map((t): Occupation => ({ '@type': 'Occupation', name: t.title, url: t.url })),
    timeRequired: path.duration,
  };
}

/** JSON-LD for a `<script type="application/ld+json">` block: `<` escaped so no text can end the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
