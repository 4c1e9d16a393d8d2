/** The national part of the synthetic architecture: the ministries and their national sector systems. */
import { Chunk, component, EXAMPLE, MARK, NameIndex, type ChunkOut } from './chunk.js';
import { NATIONAL, type FixtureContext } from './fixture-context.js';
import { DEPARTMENTS, MINISTRIES } from './names.js';
import { Prng, deriveSeed } from './prng.js';
import type { SizeSpec } from './spec.js';

/** The ministries and their national sector systems. */
export function buildNational(spec: SizeSpec, seed: number, phase: 'nodes' | 'rels', ctx: FixtureContext): ChunkOut & { systems: Map<string, string[]> } {
  const rng = new Prng(deriveSeed(seed, 'national'));
  const c = new Chunk(phase);
  const systems = new Map<string, string[]>();
  const index = new NameIndex(null);
  for (const m of MINISTRIES) {
    const agency = m.fixtureId ?? `agency:gen-${m.key}`;
    if (!m.fixtureId) {
      c.node({
        id: agency,
        kind: 'Agency',
        name: m.name,
        level: 'national',
        agencyType: 'ministry',
        provenance: EXAMPLE,
        description: `${MARK}: nút cơ quan do bộ sinh dữ liệu tạo (tên cơ quan là thật, các hệ thống gắn với nó là giả định).`,
      });
      c.rel('SUBORDINATE_TO', agency, NATIONAL.government);
    }
    const objects = [...new Set(DEPARTMENTS.filter((d) => d.ministry === m.key).flatMap((d) => d.objects))];
    const data = [...new Set(DEPARTMENTS.filter((d) => d.ministry === m.key).flatMap((d) => d.data))].filter((s) => ctx.authorities.has(s));
    const k = rng.int(spec.nationalSystems[0], spec.nationalSystems[1]);
    const chosen: string[] = [];
    for (const object of rng.shuffled(objects)) {
      if (chosen.length >= k) break;
      const name = `Hệ thống thông tin ${object} của ${m.name} (ví dụ)`;
      const t = index.tokens(name);
      if (!index.free(t, [agency])) continue;
      index.add(t, [agency]);
      chosen.push(name);
    }
    const ids: string[] = [];
    chosen.forEach((name, j) => {
      const id = `component:gen-qg-${m.key}-${j + 1}`;
      ids.push(id);
      const inNationalDc = rng.chance(0.5);
      c.node(
        component(
          id,
          name,
          'system',
          'national',
          'hệ thống chuyên ngành cấp quốc gia giả định, triển khai xuống các tỉnh',
          inNationalDc ? { hosting: 'national-datacentre' } : {},
        ),
      );
      c.rel('OWNED_BY', id, agency);
      c.rel('INTEGRATES_VIA', id, NATIONAL.ndxp);
      if (inNationalDc) c.rel('HOSTED_ON', id, NATIONAL.nationalDc);
      c.rel('MONITORED_BY', id, NATIONAL.nationalSoc);
      if (rng.chance(0.7)) c.rel('USES_DATA_FROM', id, NATIONAL.population, NATIONAL.ndxp);
      if (data.length && rng.chance(0.6)) for (const ndb of ctx.authorities.get(rng.pick(data))!) c.rel('USES_DATA_FROM', id, ndb, NATIONAL.ndxp);
    });
    systems.set(m.key, ids);
  }
  return { nodes: c.nodes, rels: c.rels, planted: c.planted, names: c.names, systems };
}
