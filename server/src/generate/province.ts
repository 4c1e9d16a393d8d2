/**
 * One province of the synthetic national architecture, built step by step from one seeded stream:
 * agencies and communes, networks and shared platforms, sector databases and applications, online
 * public services. The steps run in a fixed order and draw from the stream in that order, so the
 * output depends only on the seed, the size and the fixtures.
 */
import { Chunk, NameIndex, type ChunkOut, type ProvinceSummary } from './chunk.js';
import type { FixtureContext } from './fixture-context.js';
import { Prng, deriveSeed } from './prng.js';
import { buildAgencies } from './province-agencies.js';
import { buildPlatforms } from './province-platforms.js';
import { buildServices } from './province-services.js';
import { buildSystems } from './province-systems.js';
import type { ProvinceScope } from './province-scope.js';
import { FIXTURE_ROLES, PROVINCES, type Province } from './provinces.js';
import type { SizeSpec } from './spec.js';

/** One province: agencies, communes, shared platforms, applications, databases, modules, services. */
export function buildProvince(
  pi: number,
  spec: SizeSpec,
  seed: number,
  phase: 'nodes' | 'rels',
  ctx: FixtureContext,
  communes: number,
  nationalSystems: Map<string, string[]>,
): ChunkOut {
  const p: Province = PROVINCES[pi];
  const fx = FIXTURE_ROLES[p.slug] ?? {};
  const names = new NameIndex(p.name);
  for (const n of ctx.componentNames.get(p.name) ?? []) names.reserve(n);
  const scope: ProvinceScope = {
    p,
    spec,
    ctx,
    rng: new Prng(deriveSeed(seed, 'province', pi)),
    c: new Chunk(phase),
    fx,
    names,
    nationalSystems,
    g: (suffix) => `gen-${p.slug}-${suffix}`,
    role: (r, id) => fx[r] ?? id,
    ndbsOf: (subject) => ctx.authorities.get(subject) ?? [],
  };
  const fromFixtures: Record<string, string> = {};
  for (const [k, v] of Object.entries(fx)) fromFixtures[k] = v!;

  const agencies = buildAgencies(scope, communes);
  const platforms = buildPlatforms(scope, agencies);
  const summary: ProvinceSummary = {
    name: p.name,
    slug: p.slug,
    communes,
    applications: 0,
    databases: 0,
    modules: 0,
    services: 0,
    communeServiceInstances: 0,
    lgsp: platforms.P.lgsp,
    datacentre: platforms.P.dc,
    fromFixtures,
  };
  const systems = buildSystems(scope, agencies, platforms, summary);
  buildServices(scope, agencies, platforms, systems, summary);
  const { c } = scope;
  return { nodes: c.nodes, rels: c.rels, planted: c.planted, names: c.names, summary };
}
