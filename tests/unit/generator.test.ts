/**
 * The synthetic national architecture generator (issue #9), at size S only: the shape of what it
 * writes (counts, provinces, communes, fan-in, cycles, planted duplication) checked against the
 * NDJSON file itself, every record against the model's validators, and determinism by seed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameTokens } from '../../server/src/appraisal/checks.js';
import { dice } from '../../server/src/appraisal/similarity.js';
import { mergeAndValidate, readFixtureFiles } from '../../server/src/fixtures/loader.js';
import { DEFAULT_SEED, fixtureContext, SIZES, type Manifest } from '../../server/src/generate/national.js';
import { COMMUNES_TOTAL, PROVINCES } from '../../server/src/generate/provinces.js';
import { writeNational } from '../../server/src/generate/write.js';
import { PROPAGATING_TYPES } from '../../server/src/model/model.js';
import { validateNode, validateRelationship, type NodeRecord, type RelRecord } from '../../server/src/model/validate.js';

const tmp = mkdtempSync(join(tmpdir(), 'akb-generator-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fixtures = mergeAndValidate(readFixtureFiles(undefined, { examples: false }));
const ctx = fixtureContext(fixtures);
const isGenerated = (id: string) => id.includes(':gen-');

let text = '';
let manifest: Manifest & { output: { file: string; bytes: number } };
const nodes: NodeRecord[] = [];
const rels: RelRecord[] = [];
const byId = new Map<string, NodeRecord>();
const outgoing = new Map<string, RelRecord[]>();
const out = (id: string) => outgoing.get(id) ?? [];

beforeAll(async () => {
  const r = await writeNational({ size: 'S', seed: DEFAULT_SEED, fixtures: ctx, out: join(tmp, 'a.ndjson') });
  text = readFileSync(r.out, 'utf8');
  manifest = JSON.parse(readFileSync(r.manifestFile, 'utf8'));
  for (const line of text.split('\n')) {
    if (!line) continue;
    const rec = JSON.parse(line) as { node?: NodeRecord; relationship?: RelRecord };
    if (rec.node) {
      nodes.push(rec.node);
      byId.set(rec.node.id, rec.node);
    } else {
      const r = rec.relationship!;
      rels.push(r);
      const list = outgoing.get(r.from);
      if (list) list.push(r);
      else outgoing.set(r.from, [r]);
    }
  }
}, 120_000);

/** In-degree shares: the fraction of edges the top `fraction` of targets receive. */
function topShare(targets: string[], fraction: number): number {
  const deg = new Map<string, number>();
  for (const t of targets) deg.set(t, (deg.get(t) ?? 0) + 1);
  const sorted = [...deg.values()].sort((a, b) => b - a);
  const k = Math.max(1, Math.ceil(sorted.length * fraction));
  return sorted.slice(0, k).reduce((a, b) => a + b, 0) / targets.length;
}

describe('synthetic national architecture, size S', () => {
  it('writes NDJSON: one record a line, every node before any relationship', () => {
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    const kinds = lines.filter(Boolean).map((l) => (l.startsWith('{"node":') ? 'n' : l.startsWith('{"relationship":') ? 'r' : '?'));
    expect(kinds).not.toContain('?');
    expect(kinds.lastIndexOf('n')).toBeLessThan(kinds.indexOf('r'));
    expect(manifest.output.bytes).toBe(Buffer.byteLength(text));
  });

  it('has about 10k nodes and 35k–70k relationships, as the manifest counts them', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(9_000);
    expect(nodes.length).toBeLessThanOrEqual(12_000);
    expect(rels.length).toBeGreaterThanOrEqual(35_000);
    expect(rels.length).toBeLessThanOrEqual(70_000);
    expect(manifest.counts.nodes).toBe(nodes.length);
    expect(manifest.counts.relationships).toBe(rels.length);
    const byKind: Record<string, number> = {};
    for (const n of nodes) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
    expect(manifest.counts.byKind).toEqual(byKind);
    const byType: Record<string, number> = {};
    for (const r of rels) byType[r.type] = (byType[r.type] ?? 0) + 1;
    expect(manifest.counts.byRelationshipType).toEqual(byType);
  });

  it('every record passes validateNode / validateRelationship, ids known from the fixtures or the file', () => {
    const kindOf = (id: string) => byId.get(id)?.kind ?? fixtures.nodes.get(id)?.kind;
    const problems = [
      ...nodes.flatMap((n, i) => validateNode(`nodes[${i}]`, n)),
      ...rels.flatMap((r, i) => validateRelationship(`relationships[${i}]`, r, kindOf)),
    ];
    expect(problems.slice(0, 5)).toEqual([]);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(new Set(rels.map((r) => `${r.from}|${r.type}|${r.to}`)).size).toBe(rels.length);
  });

  it('marks everything it generates (provenance example, gen- id, description) and never states a fact between two fixture nodes', () => {
    const unmarked = nodes.filter(
      (n) =>
        n.provenance !== 'example' || !/^[a-z]+:gen-/.test(n.id) || fixtures.nodes.has(n.id) || !/^Dữ liệu tổng hợp \(ví dụ\)/.test(n.description as string),
    );
    expect(unmarked.map((n) => n.id)).toEqual([]);
    const bad = rels.filter((r) => r.provenance !== 'example' || !(isGenerated(r.from) || isGenerated(r.to)));
    expect(bad).toEqual([]);
    const refs = new Set(rels.flatMap((r) => [r.from, r.to]).filter((id) => !isGenerated(id)));
    expect([...refs].sort()).toEqual(manifest.fixtureReferences);
    // The real national entities, by their fixture ids: every national database that is authoritative for a subject, NDXP, the public-service portal.
    for (const ndb of [...ctx.authorities.values()].flat()) expect(refs.has(ndb), ndb).toBe(true);
    for (const id of ['component:ndxp', 'component:cong-dvc-quoc-gia', 'component:trung-tam-du-lieu-quoc-gia', 'service:e-identity'])
      expect(refs.has(id), id).toBe(true);
  });

  it('gives each of the 34 provinces an LGSP, a data centre and 25–100 departmental applications (a quarter of M’s 100–400), every one integrating through the LGSP', () => {
    expect(SIZES.S.apps).toEqual([25, 100]);
    expect(SIZES.M.apps).toEqual([100, 400]);
    expect(manifest.provinces.map((p) => p.name)).toEqual(PROVINCES.map((p) => p.name));
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.city)).toHaveLength(6);
    for (const p of manifest.provinces) {
      const kindOfRole = (id: string) => byId.get(id) ?? fixtures.nodes.get(id);
      const lgsp = kindOfRole(p.lgsp)!;
      const dc = kindOfRole(p.datacentre)!;
      expect([lgsp.componentKind, lgsp.province]).toEqual(['platform', p.name]);
      expect([dc.componentKind, dc.province]).toEqual(['datacentre', p.name]);
      if (p.name === 'Quảng Ngãi') expect([p.lgsp, p.datacentre]).toEqual(['component:qng-lgsp', 'component:qng-trung-tam-du-lieu']);
      const apps = nodes.filter((n) => n.province === p.name && n.componentKind === 'application');
      const twins = manifest.planted.sameSystemTwice.pairs.filter(([a]) => byId.get(a)!.province === p.name).length;
      expect(apps.length - twins, p.name).toBeGreaterThanOrEqual(25);
      expect(apps.length - twins, p.name).toBeLessThanOrEqual(100);
      expect(apps.length).toBe(p.applications);
      const notIntegrated = apps.filter((a) => !out(a.id).some((r) => r.type === 'INTEGRATES_VIA' && r.to === p.lgsp));
      expect(notIntegrated.map((a) => a.id)).toEqual([]);
      const wrongHosting = apps.filter((a) => out(a.id).some((r) => r.type === 'HOSTED_ON' && r.to === p.datacentre) !== (a.hosting !== 'outside'));
      expect(wrongHosting.map((a) => a.id)).toEqual([]);
    }
  });

  it('has all 3,321 communes: Agency level commune, subordinate to their province’s People’s Committee', () => {
    const communes = nodes.filter((n) => n.kind === 'Agency' && n.level === 'commune');
    expect(communes.length + manifest.communes.fromFixtures.length).toBe(COMMUNES_TOTAL);
    expect(manifest.communes).toEqual({ total: 3321, generated: communes.length, fromFixtures: ['agency:qng-ubnd-xa-hanh-minh'] });
    const committees = new Map(nodes.filter((n) => n.kind === 'Agency' && n.agencyType === 'committee').map((n) => [n.province, n.id]));
    committees.set('Quảng Ngãi', 'agency:qng-ubnd-tinh');
    const badNames = communes.filter((c) => !/^Ủy ban nhân dân (xã|phường) số \d+ \(ví dụ\)$/.test(c.name));
    expect(badNames.map((c) => c.name)).toEqual([]);
    const notAttached = communes.filter((c) => {
      const up = out(c.id)
        .filter((r) => r.type === 'SUBORDINATE_TO')
        .map((r) => r.to);
      return up.length !== 1 || up[0] !== committees.get(c.province as string);
    });
    expect(notAttached.map((c) => c.id)).toEqual([]);
    for (const p of manifest.provinces) {
      const fromFixtures = manifest.communes.fromFixtures.filter((id) => fixtures.nodes.get(id)!.province === p.name).length;
      expect(communes.filter((c) => c.province === p.name).length + fromFixtures).toBe(p.communes);
    }
  });

  it('ties every online public service to the system that delivers it and most to the population database', () => {
    const services = nodes.filter((n) => n.componentKind === 'service');
    expect(services.length).toBeGreaterThanOrEqual(2_000);
    expect(services.filter((s) => out(s.id).filter((r) => r.type === 'DELIVERED_BY').length !== 1).map((s) => s.id)).toEqual([]);
    const population = services.filter((s) => out(s.id).some((r) => r.type === 'USES_DATA_FROM' && r.to === 'ndb:dan-cu')).length;
    expect(population / services.length).toBeGreaterThan(0.7);
  });

  it('has skewed fan-in: the top 1 % of targets receive ≥ 25 % of propagating edges, the top 5 % of applications ≥ 25 % of exchanges between applications', () => {
    const propagating = new Set(PROPAGATING_TYPES);
    const targets = rels.filter((r) => propagating.has(r.type)).map((r) => r.to);
    const share = topShare(targets, 0.01);
    expect(share).toBeGreaterThanOrEqual(0.25);
    expect(share).toBeCloseTo(manifest.fanIn.propagating.top1PercentShare, 3);
    const app = /-ud-\d+$/;
    const appTargets = rels.filter((r) => (r.type === 'CONNECTS_TO' || r.type === 'USES_DATA_FROM') && app.test(r.from) && app.test(r.to)).map((r) => r.to);
    const appShare = topShare(appTargets, 0.05);
    expect(appShare).toBeGreaterThanOrEqual(0.25);
    expect(appShare).toBeCloseTo(manifest.fanIn.applicationToApplication.top5PercentShare, 3);
  });

  it('has cycles along propagating relationships among applications', () => {
    // Tarjan's strongly connected components, iteratively.
    const propagating = new Set(PROPAGATING_TYPES);
    const adj = new Map<string, string[]>();
    for (const r of rels) if (propagating.has(r.type)) adj.set(r.from, [...(adj.get(r.from) ?? []), r.to]);
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const cyclic: string[][] = [];
    let counter = 0;
    for (const root of adj.keys()) {
      if (index.has(root)) continue;
      const work: [string, number][] = [[root, 0]];
      while (work.length) {
        const [v, i] = work[work.length - 1];
        if (i === 0) {
          index.set(v, counter);
          low.set(v, counter++);
          stack.push(v);
          onStack.add(v);
        }
        const next = adj.get(v) ?? [];
        if (i < next.length) {
          work[work.length - 1][1]++;
          const w = next[i];
          if (!index.has(w)) work.push([w, 0]);
          else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
          continue;
        }
        work.pop();
        if (work.length) {
          const u = work[work.length - 1][0];
          low.set(u, Math.min(low.get(u)!, low.get(v)!));
        }
        if (low.get(v) === index.get(v)) {
          const scc: string[] = [];
          let w: string;
          do {
            w = stack.pop()!;
            onStack.delete(w);
            scc.push(w);
          } while (w !== v);
          if (scc.length > 1) cyclic.push(scc);
        }
      }
    }
    expect(manifest.planted.cycles).toBeGreaterThanOrEqual(1);
    expect(cyclic.length).toBeGreaterThanOrEqual(1);
    expect(cyclic.flat().every((id) => /-ud-\d+$/.test(id))).toBe(true);
  });

  it('plants duplication at a low rate and counts it exactly in the manifest', () => {
    const p = manifest.planted;
    const apps = nodes.filter((n) => n.componentKind === 'application');
    // Own SSO / payment / signing.
    const builds = rels.filter((r) => r.type === 'BUILDS_OWN');
    expect(builds.length).toBe(p.buildsOwn.total);
    expect(builds.filter((r) => r.to === 'service:sso').length).toBe(p.buildsOwn.sso);
    // Hosted outside the data centre, with and without a stated reason (and then supervised by the SOC or not).
    const outside = nodes.filter((n) => n.hosting === 'outside');
    expect(outside.length).toBe(p.hostedOutside.total);
    expect(outside.filter((n) => !n.hostingReason).length).toBe(p.hostedOutside.withoutReason);
    expect(outside.filter((n) => n.hostingReason).length).toBe(p.hostedOutside.withReason);
    expect(outside.filter((n) => n.hostingReason && out(n.id).some((r) => r.type === 'MONITORED_BY')).length).toBe(p.hostedOutside.withReasonMonitored);
    // Exchanges without `via`: each to a national database or another owner's system.
    const ownerOf = new Map(rels.filter((r) => r.type === 'OWNED_BY').map((r) => [r.from, r.to]));
    const bypass = rels.filter((r) => (r.type === 'CONNECTS_TO' || r.type === 'USES_DATA_FROM') && !r.via);
    expect(bypass.length).toBe(p.bypassesLgsp);
    expect(bypass.filter((r) => !r.to.startsWith('ndb:') && ownerOf.get(r.to) === ownerOf.get(r.from))).toEqual([]);
    // Holds a subject a national database is authoritative for, without using that database.
    let rebuilds = 0;
    for (const n of nodes) {
      const held = out(n.id)
        .filter((r) => r.type === 'HOLDS_DATA')
        .map((r) => r.to.replace('domain:', ''));
      const used = new Set(
        out(n.id)
          .filter((r) => r.type === 'USES_DATA_FROM')
          .map((r) => r.to),
      );
      if (held.some((s) => (ctx.authorities.get(s) ?? []).some((ndb) => !used.has(ndb)))) rebuilds++;
    }
    expect(rebuilds).toBe(p.rebuildsNationalData);
    // Rates stay low.
    for (const x of [p.buildsOwn.total, p.hostedOutside.total, p.rebuildsNationalData, p.sameSystemTwice.count]) {
      expect(x).toBeGreaterThan(0);
      expect(x / apps.length).toBeLessThan(0.1);
    }
  });

  it('the planted re-registrations are exactly the near-identical names of one owner or shared data (Dice ≥ 0.8, as the appraisal rule reads them)', () => {
    const owner = new Map(rels.filter((r) => r.type === 'OWNED_BY').map((r) => [r.from, r.to]));
    const data = new Map<string, string[]>();
    for (const r of rels) if (r.type === 'HOLDS_DATA') data.set(r.from, [...(data.get(r.from) ?? []), r.to]);
    const subjects = nodes.filter((n) => n.kind === 'Component' && !['datacentre', 'operations-centre', 'infrastructure'].includes(n.componentKind as string));
    // Buckets by province and owner or data subject; pairs inside a bucket.
    const buckets = new Map<string, NodeRecord[]>();
    for (const s of subjects)
      for (const key of [owner.get(s.id), ...(data.get(s.id) ?? [])].filter(Boolean)) {
        const k = `${s.province ?? ''}|${key}`;
        buckets.set(k, [...(buckets.get(k) ?? []), s]);
      }
    const tokens = new Map(subjects.map((s) => [s.id, nameTokens(s.name, s.province as string | undefined)]));
    const found = new Set<string>();
    for (const list of buckets.values())
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++)
          if (dice(tokens.get(list[i].id)!, tokens.get(list[j].id)!) >= 0.8) found.add([list[i].id, list[j].id].sort().join(' + '));
    const planted = manifest.planted.sameSystemTwice.pairs.map((pair) => [...pair].sort().join(' + '));
    expect(planted.length).toBe(manifest.planted.sameSystemTwice.count);
    expect([...found].sort()).toEqual(planted.sort());
  });

  it('is deterministic: the same seed writes byte-identical output, another seed a different one', async () => {
    const again = await writeNational({ size: 'S', seed: DEFAULT_SEED, fixtures: ctx, out: join(tmp, 'b.ndjson') });
    expect(readFileSync(again.out, 'utf8') === text).toBe(true);
    expect({ ...JSON.parse(readFileSync(again.manifestFile, 'utf8')), output: null }).toEqual({ ...manifest, output: null });
    const other = await writeNational({ size: 'S', seed: DEFAULT_SEED + 1, fixtures: ctx, out: join(tmp, 'c.ndjson') });
    expect(readFileSync(other.out, 'utf8') === text).toBe(false);
    expect(other.manifest.counts.nodes).not.toBe(manifest.counts.nodes);
  }, 120_000);
});
