/**
 * Records → the rows of each sheet or CSV file, cells encoded (cells.ts), in the layout's column
 * order; or, for a template, each sheet's example row with its first cell marked `#`. Shared by
 * the Excel and CSV writers.
 */
import { KINDS } from '../../model/model.js';
import type { GraphRecords } from '../types.js';
import { encodeCell } from './cells.js';
import { COMMENT_MARK, NODE_LAYOUTS, RELATIONSHIP_LAYOUT, type SheetLayout } from './columns.js';
import { EXAMPLE_NODES, EXAMPLE_RELATIONSHIP, exampleOwner } from './examples.js';

export type Cell = string | number | boolean | undefined;

export interface TableRow {
  cells: Cell[];
  example: boolean;
  /** The record, for error messages. */
  where: string;
}

export interface Table {
  layout: SheetLayout;
  rows: Iterable<TableRow>;
}

function encodeRow(layout: SheetLayout, record: Record<string, unknown>, where: string, ownerAgency?: string): Cell[] {
  const keys = new Set(layout.columns.map((c) => c.key));
  for (const k of Object.keys(record))
    if (k !== 'kind' && record[k] !== undefined && (!keys.has(k) || k === 'ownerAgency'))
      throw new Error(`${where}: property ${k} has no column in the ${layout.name} sheet; it would be lost`);
  return layout.columns.map((c) => (c.key === 'ownerAgency' ? ownerAgency : encodeCell(c, record[c.key], where)));
}

function* encoded<T extends Record<string, unknown>>(layout: SheetLayout, records: readonly T[], whereOf: (r: T) => string): Generator<TableRow> {
  for (const r of records) {
    const where = whereOf(r);
    yield { cells: encodeRow(layout, r, where), example: false, where };
  }
}

function exampleRow(layout: SheetLayout): TableRow {
  const kind = layout.kind;
  const record = kind ? EXAMPLE_NODES.find((n) => n.kind === kind.name)! : EXAMPLE_RELATIONSHIP;
  const cells = encodeRow(layout, record, `example ${layout.name}`, kind ? exampleOwner(kind) : undefined);
  cells[0] = `${COMMENT_MARK}${cells[0]}`;
  return { cells, example: true, where: `example ${layout.name}` };
}

const relWhere = (r: Record<string, unknown>) => `relationship ${r.from} -${r.type}-> ${r.to}`;

/** Every sheet, in model order, then Relationships; each present even when empty. */
export function tableRows(records: GraphRecords, opts: { template?: boolean } = {}): Table[] {
  if (opts.template) return [...NODE_LAYOUTS, RELATIONSHIP_LAYOUT].map((layout) => ({ layout, rows: [exampleRow(layout)] }));
  const byKind = new Map<string, GraphRecords['nodes']>(KINDS.map((k) => [k.name, []]));
  for (const n of records.nodes) {
    const list = byKind.get(n.kind);
    if (!list) throw new Error(`node ${n.id}: unknown kind ${JSON.stringify(n.kind)}; no sheet holds it`);
    list.push(n);
  }
  return [
    ...NODE_LAYOUTS.map((layout) => ({ layout, rows: encoded(layout, byKind.get(layout.name)!, (n) => `${n.kind} ${n.id}`) })),
    { layout: RELATIONSHIP_LAYOUT, rows: encoded(RELATIONSHIP_LAYOUT, records.relationships, relWhere) },
  ];
}
