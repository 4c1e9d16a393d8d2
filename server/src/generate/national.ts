/**
 * The synthetic national architecture (issue #9): every province's shared platforms, departmental
 * applications, sector databases and modules, its 3,321 communes, the ministries' national sector
 * systems, and tens of thousands of online public services, each tied to the systems and national
 * databases it uses — built on the real national entities of the fixtures (national databases and
 * the data subjects they are authoritative for, NDXP, the national data centre, the national
 * public-service portal, VNeID's identity platform, the national SOC, TSLCD, the shared services).
 *
 * Everything generated carries provenance `example`, an id with the `gen-` slug prefix and a
 * description starting "Dữ liệu tổng hợp (ví dụ)". Relationships always have at least one
 * generated end: the generator never states a new fact between two fixture nodes.
 *
 * Shape (see SIZES): per province an LGSP, a data centre, a SOC, an IOC, the one-stop system, the
 * portal, document management, reporting, a data warehouse, SSO, payment and signing platforms,
 * 16 departments, 100–400 departmental applications at M and L (a quarter of that at S) whose
 * exchanges point at Zipf-ranked hubs, a few cycles planted among them, and duplication planted at
 * a low rate (applications that keep national data without using the national database, build
 * their own SSO/payment/signing, run outside the data centre, exchange data without the LGSP, or
 * are registered twice under a near-identical name). The manifest counts each.
 *
 * Deterministic: each chunk (the national part, then each province) draws from its own seeded
 * stream, so the output depends only on the seed, the size and the fixtures. Memory stays bounded
 * by one province: `records()` yields every node first (chunk by chunk), then rebuilds each chunk
 * from the same streams and yields its relationships.
 *
 * Layout: spec.ts (sizes, rates), fixture-context.ts (the fixture facts built on), chunk.ts (one
 * chunk's records, the name guard), ministries.ts (the national part), province.ts and its steps
 * province-agencies.ts, province-platforms.ts, province-systems.ts, province-services.ts (sharing
 * province-scope.ts); this file puts the chunks in order and counts them into the manifest.
 */
import { KIND_BY_PREFIX, fixtureContext, type FixtureContext } from './fixture-context.js';
import { addPlanted, emptyPlanted, isGenerated, type ChunkOut, type Planted, type ProvinceSummary } from './chunk.js';
import { buildNational } from './ministries.js';
import { buildProvince } from './province.js';
import { COMMUNES_TOTAL, FIXTURE_COMMUNES, PROVINCES, communeCounts } from './provinces.js';
import { DEFAULT_SEED, RATES, SIZES, type Size, type SizeSpec } from './spec.js';
import { PROPAGATING_TYPES } from '../model/model.js';
import { validateNode, validateRelationship, type NodeRecord, type RelRecord } from '../model/validate.js';

export { DEFAULT_SEED, RATES, SIZES, fixtureContext };
export type { FixtureContext, Planted, ProvinceSummary, Size, SizeSpec };

const PROPAGATING = new Set(PROPAGATING_TYPES);
const APP_ID = /-ud-\d+$/;

export interface GenRecord {
  node?: NodeRecord;
  relationship?: RelRecord;
}

export interface Manifest {
  generator: string;
  size: Size;
  seed: number;
  provenance: 'example';
  spec: SizeSpec;
  rates: typeof RATES;
  counts: {
    nodes: number;
    relationships: number;
    byKind: Record<string, number>;
    byComponentKind: Record<string, number>;
    byRelationshipType: Record<string, number>;
  };
  communes: { total: number; generated: number; fromFixtures: string[] };
  provinces: ProvinceSummary[];
  planted: Planted;
  fanIn: {
    /** Over propagating relationships: distinct targets, edges, the share of edges the top 1 % of targets receive. */
    propagating: { targets: number; edges: number; top1PercentTargets: number; top1PercentShare: number };
    /** Among departmental applications only (CONNECTS_TO / USES_DATA_FROM between them). */
    applicationToApplication: { targets: number; edges: number; top5PercentTargets: number; top5PercentShare: number; maxInDegree: number };
  };
  hubs: { id: string; name: string; inDegree: number }[];
  /** Fixture ids the generated file refers to: load the fixtures first. */
  fixtureReferences: string[];
}

// -------------------------------------------------------------------------------------------------
// The whole: records in order (every node, then every relationship), counted into the manifest.

export interface GenerateOptions {
  size: Size;
  seed?: number;
  /** Fixture facts to build on (default: fixtures/documents read and validated). */
  fixtures?: FixtureContext;
  /** Check every record against the model's validators while generating (default true). */
  validate?: boolean;
}

export class NationalGenerator {
  readonly size: Size;
  readonly seed: number;
  readonly spec: SizeSpec;
  private readonly ctx: FixtureContext;
  private readonly validate: boolean;
  private readonly communes: number[];
  private result: Manifest | undefined;

  constructor(opts: GenerateOptions) {
    this.size = opts.size;
    this.seed = opts.seed ?? DEFAULT_SEED;
    this.spec = SIZES[opts.size];
    if (!this.spec) throw new Error(`unknown size ${opts.size}; one of ${Object.keys(SIZES).join(', ')}`);
    this.ctx = opts.fixtures ?? fixtureContext();
    this.validate = opts.validate ?? true;
    this.communes = communeCounts(this.seed);
  }

  /** Every record: nodes of each chunk, then relationships of each chunk. Fills the manifest as it goes. */
  *records(): Generator<GenRecord> {
    const byKind: Record<string, number> = {};
    const byComponentKind: Record<string, number> = {};
    const byType: Record<string, number> = {};
    const inDegree = new Map<string, number>();
    const appInDegree = new Map<string, number>();
    const names = new Map<string, string>();
    const refs = new Set<string>();
    const planted = emptyPlanted();
    const provinces: ProvinceSummary[] = [];
    let nodes = 0;
    let rels = 0;
    let appEdges = 0;
    let propagatingEdges = 0;
    const kindOf = (id: string) => {
      const kind = KIND_BY_PREFIX.get(id.slice(0, id.indexOf(':')));
      return isGenerated(id) ? kind : this.ctx.kindOf(id);
    };
    const problems = (where: string, list: { where: string; message: string }[]) => {
      if (list.length) throw new Error(`generated an invalid record: ${list.map((x) => `${x.where}: ${x.message}`).join('; ')} (${where})`);
    };

    for (const phase of ['nodes', 'rels'] as const) {
      const national = buildNational(this.spec, this.seed, phase, this.ctx);
      const chunks: (() => ChunkOut)[] = [
        () => national,
        ...PROVINCES.map((_, pi) => () => buildProvince(pi, this.spec, this.seed, phase, this.ctx, this.communes[pi], national.systems)),
      ];
      for (const build of chunks) {
        const out = build();
        if (phase === 'nodes') {
          addPlanted(planted, out.planted);
          if (out.summary) provinces.push(out.summary);
          for (const [id, name] of out.names) names.set(id, name);
          for (const n of out.nodes) {
            if (this.validate) problems(n.id, validateNode(n.id, n));
            nodes++;
            byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
            if (n.kind === 'Component') byComponentKind[n.componentKind as string] = (byComponentKind[n.componentKind as string] ?? 0) + 1;
            yield { node: n };
          }
        } else {
          for (const r of out.rels) {
            if (this.validate) problems(`${r.from} -${r.type}-> ${r.to}`, validateRelationship(`${r.from} -${r.type}-> ${r.to}`, r, kindOf));
            rels++;
            byType[r.type] = (byType[r.type] ?? 0) + 1;
            if (!isGenerated(r.from)) refs.add(r.from);
            if (!isGenerated(r.to)) refs.add(r.to);
            if (PROPAGATING.has(r.type)) {
              propagatingEdges++;
              inDegree.set(r.to, (inDegree.get(r.to) ?? 0) + 1);
            }
            if ((r.type === 'CONNECTS_TO' || r.type === 'USES_DATA_FROM') && APP_ID.test(r.from) && APP_ID.test(r.to)) {
              appEdges++;
              appInDegree.set(r.to, (appInDegree.get(r.to) ?? 0) + 1);
            }
            yield { relationship: r };
          }
        }
      }
    }

    const degrees = [...inDegree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top1 = Math.max(1, Math.ceil(degrees.length / 100));
    const appDegrees = [...appInDegree.values()].sort((a, b) => b - a);
    const top5 = Math.max(1, Math.ceil(appDegrees.length / 20));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
    const fixtureCommunes = Object.values(FIXTURE_COMMUNES).flat();
    this.result = {
      generator: 'akb synthetic national architecture (server/src/generate/national.ts)',
      size: this.size,
      seed: this.seed,
      provenance: 'example',
      spec: this.spec,
      rates: RATES,
      counts: { nodes, relationships: rels, byKind: sorted(byKind), byComponentKind: sorted(byComponentKind), byRelationshipType: sorted(byType) },
      communes: { total: sum(this.communes), generated: sum(this.communes) - fixtureCommunes.length, fromFixtures: fixtureCommunes },
      provinces,
      planted,
      fanIn: {
        propagating: {
          targets: degrees.length,
          edges: propagatingEdges,
          top1PercentTargets: top1,
          top1PercentShare: round4(sum(degrees.slice(0, top1).map((d) => d[1])) / Math.max(1, propagatingEdges)),
        },
        applicationToApplication: {
          targets: appDegrees.length,
          edges: appEdges,
          top5PercentTargets: top5,
          top5PercentShare: round4(sum(appDegrees.slice(0, top5)) / Math.max(1, appEdges)),
          maxInDegree: appDegrees[0] ?? 0,
        },
      },
      hubs: degrees.slice(0, 25).map(([id, inDeg]) => ({ id, name: names.get(id) ?? this.ctx.nameOf(id) ?? id, inDegree: inDeg })),
      fixtureReferences: [...refs].sort(),
    };
    if (this.result.communes.total !== COMMUNES_TOTAL) throw new Error(`communes add up to ${this.result.communes.total}, not ${COMMUNES_TOTAL}`);
  }

  /** The manifest; available once `records()` has been read to the end. */
  manifest(): Manifest {
    if (!this.result) throw new Error('read records() to the end first');
    return this.result;
  }
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** One NDJSON line per record. */
export function ndjsonLine(r: GenRecord): string {
  return r.node ? `{"node":${JSON.stringify(r.node)}}\n` : `{"relationship":${JSON.stringify(r.relationship)}}\n`;
}
