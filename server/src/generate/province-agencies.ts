/** A province's agencies: the People's Committee, its departments, the communes and their group. */
import { EXAMPLE, MARK } from './chunk.js';
import { NATIONAL } from './fixture-context.js';
import { DEPARTMENTS, MINISTRIES, POLICE } from './names.js';
import type { ProvinceScope } from './province-scope.js';
import { FIXTURE_COMMUNES } from './provinces.js';

export interface Agencies {
  ubnd: string;
  /** Department agency ids, in DEPARTMENTS order. */
  deptIds: string[];
  /** The agency of a department by key. */
  dept: (key: string) => string;
  communeGroup: string;
  /** Every commune: the fixtures' first, then the generated ones. */
  communeIds: string[];
}

export function buildAgencies(scope: ProvinceScope, communes: number): Agencies {
  const { p, c, fx, g, role } = scope;
  const ubnd = role('ubnd', `agency:${g('ubnd')}`);
  if (!fx.ubnd)
    c.node({
      id: ubnd,
      kind: 'Agency',
      name: `Ủy ban nhân dân ${p.fullName}`,
      abbreviations: ['UBND'],
      province: p.name,
      level: 'province',
      agencyType: 'committee',
      provenance: EXAMPLE,
      description: `${MARK}: cơ quan cấp tỉnh.`,
    });
  c.rel('SUBORDINATE_TO', ubnd, NATIONAL.government);
  const deptIds = DEPARTMENTS.map((d) => role(`dept:${d.key}`, `agency:${g(d.key)}`));
  DEPARTMENTS.forEach((d, k) => {
    if (!fx[`dept:${d.key}`])
      c.node({
        id: deptIds[k],
        kind: 'Agency',
        name: `${d.name} ${p.fullName}`,
        province: p.name,
        level: 'province',
        agencyType: d.agencyType,
        provenance: EXAMPLE,
        description: `${MARK}: cơ quan chuyên môn cấp tỉnh.`,
      });
    if (d.key === POLICE) c.rel('SUBORDINATE_TO', deptIds[k], MINISTRIES.find((m) => m.key === 'bo-cong-an')!.fixtureId!);
    else c.rel('SUBORDINATE_TO', deptIds[k], ubnd);
  });
  const dept = (key: string) => deptIds[DEPARTMENTS.findIndex((d) => d.key === key)];
  const communeGroup = role('communeGroup', `agencies:${g('ubnd-cap-xa')}`);
  if (!fx.communeGroup)
    c.node({
      id: communeGroup,
      kind: 'AgencyGroup',
      name: `Ủy ban nhân dân các xã, phường ${p.fullName}`,
      province: p.name,
      level: 'commune',
      provenance: EXAMPLE,
      description: `${MARK}: nhóm các UBND cấp xã của tỉnh.`,
    });
  const fixtureCommunes = FIXTURE_COMMUNES[p.slug] ?? [];
  const communeIds: string[] = [...fixtureCommunes];
  const generatedCommunes = communes - fixtureCommunes.length;
  const wards = p.city ? 0.6 : 0.15;
  for (let k = 1; k <= generatedCommunes; k++) {
    const id = `agency:${g(`xa-${String(k).padStart(4, '0')}`)}`;
    communeIds.push(id);
    const unit = k <= Math.round(generatedCommunes * wards) ? 'phường' : 'xã';
    c.node(
      {
        id,
        kind: 'Agency',
        name: `Ủy ban nhân dân ${unit} số ${k} (ví dụ)`,
        province: p.name,
        level: 'commune',
        agencyType: 'commune',
        provenance: EXAMPLE,
        description: `${MARK}: đơn vị hành chính cấp xã giả định.`,
      },
      false,
    );
    c.rel('SUBORDINATE_TO', id, ubnd);
    c.rel('MEMBER_OF', id, communeGroup);
  }
  return { ubnd, deptIds, dept, communeGroup, communeIds };
}
