/**
 * What a proposal would add to the dependency graph, compared with today: its direct links
 * (data sources, connections, platforms, hosting, networks, shared services it integrates), the
 * nodes it would come to depend on transitively, and how many more dependents each target gets.
 * With a baseline (the system the proposal replaces or upgrades), links the baseline already has
 * are "unchanged" and links only the baseline has are "removed".
 */
import type { Database, Tx } from '../db/database.js';
import { AkbError } from '../errors.js';
import { validateImpactParams, walk } from '../impact/impact.js';
import type { AnalysisGraph } from '../analysis/graph.js';
import { directLinks, impactOnGraph } from '../analysis/impact.js';
import { PROPAGATING_TYPES } from '../model/model.js';
import { RuleContext } from './checks.js';
import { idsNamed, loadServices, proposalSubject, serviceOf, validateProposal, type NamedNode, type ProposalInput } from './proposal.js';
import type { Resource } from './types.js';

export type LinkChange = 'ADDED' | 'REMOVED' | 'UNCHANGED';

export interface ProposedLink {
  type: string;
  target: string;
  change: LinkChange;
}

export interface ImpactDiffResult {
  baseline: string | null;
  links: ProposedLink[];
  /** Nodes the proposal would depend on (within maxDepth) that the baseline does not. */
  newlyNeeded: string[];
  dependents: { id: string; before: number; after: number }[];
}

/** The proposal's direct dependencies, as (type, target) pairs. */
export function proposalLinks(
  p: ProposalInput,
  nodes: ReadonlyMap<string, NamedNode>,
  services: ReadonlyMap<string, string>,
  ctx: RuleContext,
): { type: string; target: string }[] {
  const me = proposalSubject(p, nodes, services, ctx);
  const links = [
    ...me.exchanges.map((e) => ({ type: e.type, target: e.to })),
    ...me.exchanges.filter((e) => e.via).map((e) => ({ type: 'INTEGRATES_VIA', target: e.via! })),
    ...me.facts.filter((f) => f.type === 'INTEGRATES_VIA' || f.type === 'HOSTED_ON').map((f) => ({ type: f.type, target: f.to })),
    ...(p.modules ?? []).filter((m) => m.mode === 'INTEGRATE').map((m) => ({ type: 'USES_SERVICE', target: serviceOf(m.capability, services) })),
    ...(p.networks ?? []).map((n) => ({ type: 'CONNECTED_OVER', target: n })),
  ];
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(`${l.type} ${l.target}`) && seen.add(`${l.type} ${l.target}`));
}

/** Everything the roots depend on within maxDepth: on the analysis graph when given, else by the database walk. */
async function closure(tx: Tx, graph: AnalysisGraph | null, roots: string[], maxDepth: number, provenance: string[]): Promise<Set<string>> {
  const out = new Set<string>(roots);
  if (maxDepth < 1) return out;
  for (const id of roots) {
    const p = validateImpactParams({ id, direction: 'DEPENDENCIES', maxDepth, provenance, first: 0 });
    if (graph && graph.has(id)) {
      for await (const h of impactOnGraph(graph, p).all()) out.add(h.id);
    } else for (const h of (await walk(tx, p)).hits) out.add(h.id);
  }
  return out;
}

export async function impactDiff(
  db: Database,
  p: ProposalInput,
  opts: { baseline?: string | null; maxDepth?: number; provenance: string[]; graph?: AnalysisGraph | null },
): Promise<ImpactDiffResult> {
  const graph = opts.graph ?? null;
  const maxDepth = opts.maxDepth ?? 3;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 6)
    throw new AkbError('VALIDATION_FAILED', 'maxDepth must be between 1 and 6', [{ where: 'maxDepth', message: '1..6', value: maxDepth }]);
  return db.readTransaction(async (tx) => {
    const services = await loadServices(tx);
    const ids = idsNamed(p, services).concat(opts.baseline ? [opts.baseline] : []);
    const nodes = new Map(((await tx.run('appraisal/proposal-nodes', { ids })) as unknown as NamedNode[]).map((n) => [n.id, n]));
    const problems = validateProposal(p, nodes, services);
    if (opts.baseline && !nodes.has(opts.baseline)) problems.push({ where: 'baseline', message: 'no node has this id', value: opts.baseline });
    if (problems.length)
      throw new AkbError(
        'VALIDATION_FAILED',
        `the proposal has ${problems.length} problem(s): ${problems.map((x) => `${x.where}: ${x.message}`).join('; ')}`,
        problems,
      );
    const ctx = new RuleContext((await tx.run('appraisal/context', { provenance: opts.provenance })) as unknown as Resource[]);
    const proposed = proposalLinks(p, nodes, services, ctx);
    const params = { types: PROPAGATING_TYPES, provenance: opts.provenance };
    const direct = async (ids: string[]) =>
      graph
        ? directLinks(graph, ids, PROPAGATING_TYPES, opts.provenance)
        : ((await tx.run('appraisal/direct-links', { ids, ...params })) as unknown as ReturnType<typeof directLinks>);
    const base = opts.baseline ? ((await direct([opts.baseline]))[0]?.dependencies ?? []) : [];
    const key = (type: string, target: string) => `${type} ${target}`;
    const baseKeys = new Set(base.map((b) => key(b.type, b.to)));
    const proposedKeys = new Set(proposed.map((l) => key(l.type, l.target)));
    const links: ProposedLink[] = [
      ...proposed.map((l) => ({ ...l, change: (baseKeys.has(key(l.type, l.target)) ? 'UNCHANGED' : 'ADDED') as LinkChange })),
      ...base.filter((b) => !proposedKeys.has(key(b.type, b.to))).map((b) => ({ type: b.type, target: b.to, change: 'REMOVED' as LinkChange })),
    ];
    const added = [...new Set(links.filter((l) => l.change === 'ADDED').map((l) => l.target))];
    const before = opts.baseline ? await closure(tx, graph, [...new Set(base.map((b) => b.to))], maxDepth - 1, opts.provenance) : new Set<string>();
    const after = await closure(tx, graph, [...new Set(proposed.map((l) => l.target))], maxDepth - 1, opts.provenance);
    if (opts.baseline) after.delete(opts.baseline);
    const counts = await direct(added);
    const dependents = counts.map((r) => ({ id: String(r.id), before: Number(r.dependents), after: Number(r.dependents) + 1 }));
    return { baseline: opts.baseline ?? null, links, newlyNeeded: [...after].filter((id) => !before.has(id)).sort(), dependents };
  });
}
