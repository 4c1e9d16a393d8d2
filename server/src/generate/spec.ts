/** Sizes of the synthetic national architecture and the rates of its planted duplication. */

export type Size = 'S' | 'M' | 'L';
export const DEFAULT_SEED = 20251;

export interface SizeSpec {
  /** Departmental applications per province (before planted re-registrations). */
  apps: [number, number];
  /** Online public services of the departments, per province. */
  deptServices: [number, number];
  /** Commune-level procedures per province: one record each owned by the communes' group, or (L) one per commune. */
  communeCatalogue: number;
  /** L: every commune gets its own record of each commune-level procedure. */
  communeInstances: boolean;
  /** Mean modules per application. */
  modulesPerApp: number;
  /** Sector databases per application. */
  databasesPerApp: number;
  /** Mean application→application exchanges per application. */
  appOut: number;
  /** National sector systems per ministry. */
  nationalSystems: [number, number];
  /** Cycles planted among each province's applications. */
  cyclesPerProvince: number;
}

/**
 * S keeps all 34 provinces and all 3,321 communes and scales the rest down: a quarter of M's
 * applications per province (25–100), ~60 department services and 15 commune-level procedures per
 * province. M is the realistic national picture (~100k nodes). L keeps M's provinces and scales
 * what multiplies in reality: each commune's own record of each commune-level procedure (280 per
 * commune) and more modules per application.
 */
export const SIZES: Record<Size, SizeSpec> = {
  S: {
    apps: [25, 100],
    deptServices: [40, 70],
    communeCatalogue: 15,
    communeInstances: false,
    modulesPerApp: 0.4,
    databasesPerApp: 0.2,
    appOut: 1.5,
    nationalSystems: [2, 2],
    cyclesPerProvince: 1,
  },
  M: {
    apps: [100, 400],
    deptServices: [1200, 2100],
    communeCatalogue: 300,
    communeInstances: false,
    modulesPerApp: 2,
    databasesPerApp: 0.2,
    appOut: 2,
    nationalSystems: [3, 5],
    cyclesPerProvince: 3,
  },
  L: {
    apps: [100, 400],
    deptServices: [1200, 2100],
    communeCatalogue: 280,
    communeInstances: true,
    modulesPerApp: 5,
    databasesPerApp: 0.2,
    appOut: 2,
    nationalSystems: [3, 5],
    cyclesPerProvince: 3,
  },
};

/** Rates of planted duplication (per application unless said otherwise). */
export const RATES = {
  /** Registered a second time under a near-identical name. */
  twin: 0.02,
  /** Holds a subject a national database is authoritative for and does not use that database. */
  rebuild: 0.05,
  /** Builds its own SSO, payment or signing. */
  buildsOwn: 0.04,
  /** Runs outside the provincial data centre (half of them with a stated reason). */
  outside: 0.06,
  /** Per exchange with another owner's system or a national database: no `via` (bypasses the LGSP). */
  bypass: 0.03,
} as const;
