/** Turns a role's frontmatter into what its page shows, with every reference resolved to a title and URL. */
import { LADDER, type Role } from '../schemas/role.ts';
import type { Occupation } from '../schemas/occupation.ts';
import { SOURCE_KIND_INFO, type SourceKind } from '../schemas/source.ts';
import type { COLLECTIONS } from '../collections.ts';
import { DEPTH_LABELS, FAMILY_LABELS, depthText, payRange, periodText } from './format.ts';

type RoleFilter = (typeof COLLECTIONS)['roles']['searchFilters'][number]['name'];
import { entryUrl, levelJobDescriptionPath, roleFilePaths, withBase } from '../routes.ts';

interface Named {
  id: string;
  data: { title: string };
}

/** The entries a role page can refer to, by id. */
export interface RoleLookups {
  roles: ReadonlyMap<string, Named & { data: { title: string; summary: string } }>;
  teamModels: ReadonlyMap<string, Named>;
  hiringStages: ReadonlyMap<string, Named>;
  sources: ReadonlyMap<string, Named & { data: { title: string; year: number; kind: SourceKind; author?: string | undefined; publisher?: string | undefined } }>;
  glossary: ReadonlyMap<string, Named>;
  occupations: ReadonlyMap<string, Named & { data: Occupation }>;
}

export interface Link {
  href: string;
  title: string;
}

/** A source as a figure cites it: its link, and the kind of publication it is, shown beside the figure. */
export interface SourceRef extends Link {
  kind: SourceKind;
  kindLabel: string;
  /** Who published it, for a table cell on paper where the full title would not fit. */
  short: string;
}

/** The page anchor of a role's level: `#level-senior`. */
export const levelAnchor = (level: string) => `level-${level}`;

function resolve<T extends Named>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  // The content check has already refused unknown ids; reaching this is a bug, not bad content.
  if (!found) throw new Error(`Unresolved ${what} "${id}" reached the renderer`);
  return found;
}

/** A company's own names for ladder steps (the `levelNames` setting), by step id. */
export type LevelNames = Partial<Record<keyof typeof LADDER, string | undefined>>;

export function buildRoleView(id: string, role: Role, lookups: RoleLookups, { levelNames = {} }: { levelNames?: LevelNames } = {}) {
  const roleLink = (rid: string): Link => ({ href: entryUrl('roles', rid), title: resolve(lookups.roles, rid, 'role').data.title });
  const sourceLink = (sid: string): SourceRef => {
    const source = resolve(lookups.sources, sid, 'source');
    return { href: entryUrl('sources', sid), title: source.data.title, kind: source.data.kind, kindLabel: SOURCE_KIND_INFO[source.data.kind].label, short: source.data.publisher ?? source.data.author ?? source.data.title };
  };
  const stage = resolve(lookups.hiringStages, role.hiringStage, 'hiring stage');
  const files = roleFilePaths(id);
  const compensation = role.compensation.map((c) => ({
    region: c.region,
    level: c.level,
    forLevel: c.forLevel,
    range: payRange(c),
    basis: c.basis,
    asOf: periodText(c.asOf),
    note: c.note,
    source: sourceLink(c.source),
  }));
  return {
    id,
    href: entryUrl('roles', id),
    jobDescriptionHref: withBase(files.jobDescription),
    jsonHref: withBase(files.json),
    title: role.title,
    aliases: role.aliases,
    summary: role.summary,
    family: FAMILY_LABELS[role.family],
    focus: role.focus,
    depth: depthText(role.technicalDepth),
    depthLevel: role.technicalDepth.level,
    /** The value of each of the search page's role filters (collections.ts), as the page tells the index. */
    searchFilters: { family: FAMILY_LABELS[role.family], depth: DEPTH_LABELS[role.technicalDepth.level] } satisfies Record<RoleFilter, string>,
    responsibilities: role.responsibilities,
    skills: role.skills,
    tools: role.tools,
    signals: role.signals,
    doesNot: role.doesNot.map((d) => ({ task: d.task, owner: d.owner ? roleLink(d.owner) : undefined })),
    confusedWith: role.confusedWith.map((c) => ({ role: roleLink(c.role), difference: c.difference })),
    related: role.related.map((rid) => ({ ...roleLink(rid), summary: resolve(lookups.roles, rid, 'role').data.summary })),
    teamModels: role.teamModels.map((t) => ({
      model: { href: entryUrl('team-models', t.model), title: resolve(lookups.teamModels, t.model, 'team model').data.title },
      placement: t.placement,
    })),
    stage: { href: entryUrl('hiring-stages', stage.id), title: stage.data.title },
    compensation,
    levels: role.levels.map((level) => ({
      ...level,
      anchor: levelAnchor(level.id),
      /** The step as shown: the company's name for it with the handbook's beside it ("L5 (Senior)"), or the handbook's alone. */
      step: levelNames[level.id] ? `${levelNames[level.id]} (${LADDER[level.id]})` : LADDER[level.id],
      /** The handbook's name for the step. */
      ladderStep: LADDER[level.id],
      /** The company's name for it, where it gives one. */
      companyStep: levelNames[level.id],
      jobDescriptionHref: withBase(levelJobDescriptionPath(id, level.id)),
      /** The published figures a source gives for this level. */
      pay: compensation.filter((c) => c.forLevel === level.id),
    })),
    /** The company's own bands, by level, lowest level first: shown apart from the published figures. */
    payBands: [...role.payBands]
      .sort((a, b) => role.levels.findIndex((l) => l.id === a.level) - role.levels.findIndex((l) => l.id === b.level))
      .map((band) => ({
        level: role.levels.find((l) => l.id === band.level)!.title,
        levelAnchor: levelAnchor(band.level),
        range: payRange({ min: band.min, max: band.max, openEnded: false, currency: band.currency }),
        asOf: band.asOf,
        region: band.region,
        note: band.note,
      })),
    occupation: occupationView(role, lookups, sourceLink),
    occupationGap: role.occupationGap,
    terms: role.terms.map((tid) => ({ href: entryUrl('glossary', tid), title: resolve(lookups.glossary, tid, 'glossary term').data.title })),
    sources: role.sources.map((sid) => resolve(lookups.sources, sid, 'source')),
    lastReviewed: role.lastReviewed,
  };
}

/** The official occupation a role maps to, with its codes and the official median pay for it. */
function occupationView(role: Role, lookups: RoleLookups, sourceLink: (id: string) => SourceRef) {
  if (!role.occupation) return undefined;
  const { data } = resolve(lookups.occupations, role.occupation.id, 'occupation');
  const pay = data.medianPay;
  return {
    href: entryUrl('occupations', role.occupation.id),
    title: data.title,
    onet: { ...data.onet, match: role.occupation.onet },
    isco: { code: data.isco.code, title: data.isco.title, match: role.occupation.isco, source: sourceLink(data.isco.source) },
    medianPay: pay && { amount: payRange({ min: pay.amount, max: pay.amount, openEnded: false, currency: pay.currency }), region: pay.region, asOf: periodText(pay.asOf), url: pay.url, source: sourceLink(pay.source) },
    payGap: data.payGap,
    note: role.occupation.note,
  };
}

export type RoleView = ReturnType<typeof buildRoleView>;
export type LevelView = RoleView['levels'][number];
