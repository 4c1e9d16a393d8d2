/**
 * The proposal form's model, pure so it is tested headless: a draft (what the inputs hold, as
 * strings where the user types numbers) to and from a `ProposalInput` (server/src/graphql/modules/
 * appraisal/appraisal.graphql), the paths of every field, and where each server problem belongs.
 * Draft lists keep the proposal's order, so `proposal.modules[2].capability` is the third module
 * row of the form.
 */
import type { Problem } from '../api/client.js';

// The proposal's shape is the server's (one declaration); the form adds its drafts around it.
import type { BudgetCategory, ExchangeInput, HostingLocation, ModuleMode, ProposalInput } from '../generated/graphql/graphql.js';
export type { BudgetCategory, ExchangeInput, HostingLocation, ModuleMode, ProposalInput } from '../generated/graphql/graphql.js';
export const HOSTING_LOCATIONS: HostingLocation[] = ['PROVINCIAL_DATACENTRE', 'NATIONAL_DATACENTRE', 'OUTSIDE'];
export const BUDGET_CATEGORIES: readonly BudgetCategory[] = [
  'SOFTWARE',
  'MODULE',
  'DATA',
  'INTEGRATION',
  'INFRASTRUCTURE',
  'SECURITY',
  'TRANSMISSION',
  'TRAINING',
  'OTHER',
];

export interface ExchangeDraft {
  target: string;
  via: string;
}

export interface ModuleDraft {
  name: string;
  capability: string;
  mode: ModuleMode;
}

export interface BudgetDraft {
  name: string;
  category: BudgetCategory;
  /** As typed (million VND). */
  amount: string;
  module: string;
  special: boolean;
}

export interface ProposalDraft {
  name: string;
  ownerAgency: string;
  architecture: string;
  businessDomains: string[];
  justification: string;
  dataDomains: string[];
  usesData: ExchangeDraft[];
  integrations: ExchangeDraft[];
  modules: ModuleDraft[];
  hosting: { location: HostingLocation; reason: string; monitoredBySoc: boolean };
  offersDataSharing: boolean;
  feedsWarehouse: boolean;
  /** As typed; empty = not stated. */
  securityLevel: string;
  networks: string[];
  budgetLines: BudgetDraft[];
}

export function emptyDraft(): ProposalDraft {
  return {
    name: '',
    ownerAgency: '',
    architecture: '',
    businessDomains: [],
    justification: '',
    dataDomains: [],
    usesData: [],
    integrations: [],
    modules: [],
    hosting: { location: 'PROVINCIAL_DATACENTRE', reason: '', monitoredBySoc: false },
    offersDataSharing: false,
    feedsWarehouse: false,
    securityLevel: '',
    networks: [],
    budgetLines: [],
  };
}

export const emptyModule = (): ModuleDraft => ({ name: '', capability: 'sso', mode: 'INTEGRATE' });
export const emptyBudgetLine = (): BudgetDraft => ({ name: '', category: 'SOFTWARE', amount: '', module: '', special: false });

export function draftFromProposal(p: ProposalInput): ProposalDraft {
  const ex = (l: ExchangeInput[] | null | undefined) => (l ?? []).map((e) => ({ target: e.target, via: e.via ?? '' }));
  return {
    name: p.name ?? '',
    ownerAgency: p.ownerAgency ?? '',
    architecture: p.architecture ?? '',
    businessDomains: [...(p.businessDomains ?? [])],
    justification: p.justification ?? '',
    dataDomains: [...(p.dataDomains ?? [])],
    usesData: ex(p.usesData),
    integrations: ex(p.integrations),
    modules: (p.modules ?? []).map((m) => ({ ...m })),
    hosting: { location: p.hosting?.location ?? 'PROVINCIAL_DATACENTRE', reason: p.hosting?.reason ?? '', monitoredBySoc: !!p.hosting?.monitoredBySoc },
    offersDataSharing: !!p.offersDataSharing,
    feedsWarehouse: !!p.feedsWarehouse,
    securityLevel: p.securityLevel === null || p.securityLevel === undefined ? '' : String(p.securityLevel),
    networks: [...(p.networks ?? [])],
    budgetLines: (p.budgetLines ?? []).map((b) => ({
      name: b.name,
      category: b.category,
      amount: String(b.amount),
      module: b.module ?? '',
      special: !!b.special,
    })),
  };
}

/** A typed number, or null when the field is empty or not a number (the server then says why). */
const numberOrNull = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

/**
 * The input the server validates. Optional text left empty is left out (the server refuses blank
 * text); required fields are sent as typed, so the server's located problems name them.
 */
export function proposalFromDraft(d: ProposalDraft): ProposalInput {
  const ex = (l: ExchangeDraft[]) => l.map((e) => (e.via ? { target: e.target, via: e.via } : { target: e.target }));
  const p: ProposalInput = {
    name: d.name,
    ownerAgency: d.ownerAgency,
    businessDomains: [...d.businessDomains],
    dataDomains: [...d.dataDomains],
    usesData: ex(d.usesData),
    integrations: ex(d.integrations),
    modules: d.modules.map((m) => ({ name: m.name, capability: m.capability, mode: m.mode })),
    hosting: { location: d.hosting.location, monitoredBySoc: d.hosting.monitoredBySoc },
    offersDataSharing: d.offersDataSharing,
    feedsWarehouse: d.feedsWarehouse,
    networks: [...d.networks],
    budgetLines: d.budgetLines.map((b) => ({
      name: b.name,
      category: b.category,
      amount: numberOrNull(b.amount) as number,
      ...(b.module ? { module: b.module } : {}),
      special: b.special,
    })),
  };
  if (d.architecture) p.architecture = d.architecture;
  if (d.justification.trim()) p.justification = d.justification;
  if (d.hosting.reason.trim()) p.hosting.reason = d.hosting.reason;
  if (d.securityLevel.trim() !== '') p.securityLevel = Number(d.securityLevel);
  return p;
}

/** Every field path the form shows a problem next to, in the server's `where` notation. */
export function fieldPaths(d: ProposalDraft): Set<string> {
  const out = new Set<string>([
    'proposal.name',
    'proposal.ownerAgency',
    'proposal.architecture',
    'proposal.businessDomains',
    'proposal.justification',
    'proposal.dataDomains',
    'proposal.usesData',
    'proposal.integrations',
    'proposal.modules',
    'proposal.hosting',
    'proposal.hosting.location',
    'proposal.hosting.reason',
    'proposal.hosting.monitoredBySoc',
    'proposal.offersDataSharing',
    'proposal.feedsWarehouse',
    'proposal.securityLevel',
    'proposal.networks',
    'proposal.budgetLines',
  ]);
  d.usesData.forEach((_, i) => ['target', 'via'].forEach((k) => out.add(`proposal.usesData[${i}].${k}`)));
  d.integrations.forEach((_, i) => ['target', 'via'].forEach((k) => out.add(`proposal.integrations[${i}].${k}`)));
  d.modules.forEach((_, i) => ['name', 'capability', 'mode'].forEach((k) => out.add(`proposal.modules[${i}].${k}`)));
  d.budgetLines.forEach((_, i) => ['name', 'category', 'amount', 'module', 'special'].forEach((k) => out.add(`proposal.budgetLines[${i}].${k}`)));
  return out;
}

/**
 * Puts each problem next to its field: the exact path when the form has it, else the nearest
 * enclosing one (`proposal.businessDomains[3]` → the business-domain list); problems with no
 * field in the form are returned apart, for the summary.
 */
export function placeProblems(problems: Problem[], fields: ReadonlySet<string>): { byField: Map<string, Problem[]>; unplaced: Problem[] } {
  const byField = new Map<string, Problem[]>();
  const unplaced: Problem[] = [];
  for (const p of problems) {
    let path: string | null = p.where;
    while (path && !fields.has(path)) {
      const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut > 0 ? path.slice(0, cut) : null;
    }
    if (path && path !== 'proposal') byField.set(path, [...(byField.get(path) ?? []), p]);
    else unplaced.push(p);
  }
  return { byField, unplaced };
}

/**
 * GraphQL refuses a value of the wrong type before the server's own validation runs (a decimal
 * security level, an empty amount), with only a message: `… got invalid value 2.5 at
 * "p.securityLevel"; Int cannot represent…`. This turns it into a located problem.
 */
export function problemFromCoercion(message: string, variable = 'p'): Problem | null {
  const m = new RegExp(`at "${variable}\\.([^"]+)"; (.*)$`).exec(message);
  return m ? { where: `proposal.${m[1]}`, message: m[2] } : null;
}
