/** The official occupations page: each occupation with its codes, official pay and the roles mapped to it. */
import type { CollectionName } from '../schemas/common.ts';
import type { Occupation } from '../schemas/occupation.ts';
import type { Role } from '../schemas/role.ts';
import { SOURCE_KIND_INFO, type Source } from '../schemas/source.ts';
import { payRange, periodText } from './format.ts';

interface Entry<T> {
  id: string;
  data: T;
}

export function occupationRows(
  occupations: readonly Entry<Occupation>[],
  roles: readonly Entry<Role>[],
  sources: readonly Entry<Source>[],
  url: (collection: CollectionName, id: string) => string,
) {
  const source = (id: string) => {
    const found = sources.find((s) => s.id === id);
    // The content check has refused unknown sources already.
    if (!found) throw new Error(`Unresolved source "${id}" reached the renderer`);
    return { href: url('sources', id), title: found.data.title, kindLabel: SOURCE_KIND_INFO[found.data.kind].label };
  };
  return occupations.map(({ id, data }) => ({
    id,
    title: data.title,
    onet: data.onet,
    isco: { code: data.isco.code, title: data.isco.title, source: source(data.isco.source) },
    medianPay: data.medianPay && {
      amount: payRange({ min: data.medianPay.amount, max: data.medianPay.amount, openEnded: false, currency: data.medianPay.currency }),
      region: data.medianPay.region,
      asOf: periodText(data.medianPay.asOf),
      url: data.medianPay.url,
      source: source(data.medianPay.source),
    },
    payGap: data.payGap,
    note: data.note,
    roles: roles
      .filter((r) => r.data.occupation?.id === id)
      .map((r) => ({ href: url('roles', r.id), title: r.data.title, onet: r.data.occupation!.onet, isco: r.data.occupation!.isco })),
  }));
}
