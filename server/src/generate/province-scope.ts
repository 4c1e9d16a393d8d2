/** The state the steps of one province share (province.ts builds it, province-*.ts take it). */
import type { Chunk, NameIndex } from './chunk.js';
import type { FixtureContext } from './fixture-context.js';
import type { Prng } from './prng.js';
import type { Province, Role } from './provinces.js';
import type { SizeSpec } from './spec.js';

/** What every step of one province shares: its stream, its chunk, its name guard and id helpers. */
export interface ProvinceScope {
  readonly p: Province;
  readonly spec: SizeSpec;
  readonly ctx: FixtureContext;
  readonly rng: Prng;
  readonly c: Chunk;
  /** Roles the fixtures already fill in this province (their ids are used instead of generated ones). */
  readonly fx: Partial<Record<Role, string>>;
  readonly names: NameIndex;
  /** Ministry key → its national sector systems. */
  readonly nationalSystems: Map<string, string[]>;
  /** The generated slug `gen-<province>-<suffix>`. */
  g(suffix: string): string;
  /** The fixture node filling role `r`, else the generated `id`. */
  role(r: Role, id: string): string;
  /** National databases authoritative for a data subject. */
  ndbsOf(subject: string): string[];
}
