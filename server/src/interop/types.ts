/**
 * The import/export contract shared by every format (JSON, CSV, Excel, ArchiMate): a reader turns a
 * file into located records, the engine validates and writes them, a writer turns records back
 * into a file. Records are the fixture format (`{nodes, relationships}` of NodeRecord/RelRecord),
 * so a JSON export is a fixture file and re-importing it gives the same graph.
 */
import type { NodeRecord, RelRecord } from '../model/validate.js';

/** Where a record came from, as precisely as the format allows. */
export interface Location {
  /** File name (as uploaded or given on the command line); inside a zip, the entry name. */
  file: string;
  /** Excel sheet name. */
  sheet?: string;
  /** 1-based row (Excel/CSV, header = row 1) or 0-based index in a JSON array. */
  row?: number;
  /** JSON path (`nodes[3]`) or XML element id (ArchiMate `identifier`). */
  path?: string;
}

/**
 * A node record as read. `id` may be absent: the engine then matches an existing node by kind +
 * name + owning agency (`ownerAgency`, the id of an Agency), or makes a new id from the name.
 */
export interface NodeInput {
  at: Location;
  /** Maps a record property to the column (header text) it came from, for error locations. */
  columns?: Record<string, string>;
  record: Partial<NodeRecord>;
  /** Id of the agency that owns it (becomes an OWNED_BY relationship and helps name matching). */
  ownerAgency?: string;
}

export interface RelInput {
  at: Location;
  columns?: Record<string, string>;
  record: Partial<RelRecord>;
}

/** A problem the reader found before the engine (unreadable cell, unknown column…). */
export interface ReadProblem {
  at: Location;
  column?: string;
  value?: unknown;
  message: string;
  messageVi: string;
}

/** What a reader hands to the engine. `notes` report format-specific mapping (ArchiMate). */
export interface ImportBatch {
  format: ImportFormat;
  nodes: NodeInput[];
  relationships: RelInput[];
  problems: ReadProblem[];
  notes?: MappingNote[];
  /** What the file held and where each part went (ArchiMate). */
  tally?: SourceTally;
}

/**
 * Every element and relationship of an exchange file, counted once by where it went, so the
 * report adds up: elements = asNodes + notImported; relationships = asRelationships + folded +
 * notImported. The report's relationship items are the `asRelationships`.
 */
export interface SourceTally {
  elements: number;
  /** Became a node record each. */
  elementsAsNodes: number;
  /** Not imported (an unknown element type). */
  elementsNotImported: number;
  relationships: number;
  /** Became an akb relationship record of their own. */
  relationshipsAsRelationships: number;
  /**
   * Folded into another one joining the same two elements that akb reads as the same relationship
   * (two Access, a Flow and a Triggering…): kept in that relationship's `archimate` list, so an
   * export writes each back.
   */
  relationshipsFolded: number;
  /** Not imported: joins a relationship, joins an element to itself, names an element the file lacks, or has an unknown type. */
  relationshipsNotImported: number;
}

export type ImportFormat = 'json' | 'csv' | 'xlsx' | 'archimate';

/** How one source construct was mapped ("ApplicationComponent → Component ×12"). */
export interface MappingNote {
  source: string;
  target: string;
  count: number;
  detail?: string;
}

export type ImportMode = 'all-or-nothing' | 'valid-rows';

export interface ImportOptions {
  dryRun: boolean;
  mode: ImportMode;
  /**
   * Let the file downgrade a stored record's provenance (stated → external…) or drop its stored
   * sources. Off by default: the stored provenance and sources are then kept (the record's other
   * fields still update) and the report counts and names every record concerned.
   */
  allowProvenanceLoss?: boolean;
  /** Who imports (audit). */
  actor: string;
  /** Called with (done, total) while validating and writing. */
  progress?: (phase: 'validate' | 'write', done: number, total: number) => void;
}

export type ItemAction = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface ItemProblem {
  at: Location;
  column?: string;
  value?: unknown;
  message: string;
  messageVi: string;
}

export interface ImportItem {
  at: Location;
  /** 'node' or 'relationship'. */
  entity: 'node' | 'relationship';
  /** Node id, or `from -TYPE-> to`. */
  key: string;
  kind?: string;
  action: ItemAction;
  /** Set when a row without id was matched to an existing node by name + agency. */
  matchedBy?: 'id' | 'name-and-agency' | 'new-id';
  problems: ItemProblem[];
  /** What the row does that deserves a look without being refused (provenance kept or lost). */
  warnings?: ItemProblem[];
}

/**
 * Stored records the file would downgrade (provenance weaker than stored) or strip of sources,
 * counted whether or not the import was allowed to: kept unless `allowed`.
 */
export interface ProvenanceLoss {
  nodes: number;
  relationships: number;
  /** Of those, how many the file would give a weaker provenance. */
  downgraded: number;
  /** Of those, how many would lose some of their stored sources. */
  sourcesDropped: number;
  /** True when the file's provenance and sources replace the stored ones (allowProvenanceLoss). */
  allowed: boolean;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportReport {
  format: ImportFormat;
  dryRun: boolean;
  mode: ImportMode;
  /** True when the database was changed. */
  written: boolean;
  nodes: ImportCounts;
  relationships: ImportCounts;
  items: ImportItem[];
  notes: MappingNote[];
  provenanceLoss: ProvenanceLoss;
  /** What the file held and where each part went (ArchiMate); absent for other formats. */
  tally?: SourceTally;
}

/** Which part of the graph to export. Empty = everything. */
export interface ExportFilter {
  /** Architecture ids: the architecture, what it INCLUDES, its layers, tasks and indicators. */
  architectures?: string[];
  /** Agency ids: what they own or operate, and the agencies themselves. */
  agencies?: string[];
  /** Kinds to keep. */
  kinds?: string[];
  /** Provenances to keep (default all). */
  provenances?: string[];
}

/** What an export produces before a writer formats it: exactly the fixture format. */
export interface GraphRecords {
  nodes: NodeRecord[];
  relationships: RelRecord[];
}
