/**
 * The import templates: Excel and CSV are the export layout with one example row per sheet marked
 * `#` (a reader skips it); the JSON template keeps its examples under `$examples`, outside `nodes`
 * and `relationships`, so importing it untouched imports nothing.
 */
import type { ImportFormat } from '../types.js';
import { writeCsvZip } from './csv.js';
import { EXAMPLE_NODES, EXAMPLE_RELATIONSHIP, exampleOwner } from './examples.js';
import { KIND_BY_NAME } from '../../model/model.js';
import { writeXlsx } from './xlsx.js';

export type TemplateFormat = Extract<ImportFormat, 'json' | 'csv' | 'xlsx'>;
export const TEMPLATE_FORMATS: readonly TemplateFormat[] = ['xlsx', 'csv', 'json'];

export const TEMPLATE_FILE_NAMES: Record<TemplateFormat, string> = { xlsx: 'akb-template.xlsx', csv: 'akb-template.zip', json: 'akb-template.json' };

const EMPTY = { nodes: [], relationships: [] };

/** The JSON template: empty `nodes` and `relationships`, one example per kind under `$examples`. */
export function jsonTemplate(): string {
  const nodes = EXAMPLE_NODES.map((n) => {
    const owner = exampleOwner(KIND_BY_NAME.get(n.kind)!);
    return owner ? { ...n, ownerAgency: owner } : n;
  });
  const doc = {
    $comment: [
      'Mẫu nhập liệu akb. Chép các đối tượng cần nhập vào "nodes", các quan hệ vào "relationships"; phần "$examples" chỉ để tham khảo và không bao giờ được nhập.',
      'akb import template. Put the nodes to import in "nodes" and the relationships in "relationships"; "$examples" is for reference only and is never imported.',
      'Không có "id": đối chiếu theo "name" + "ownerAgency" (mã hoặc tên cơ quan chủ quản). · Without "id": matched by "name" + "ownerAgency" (the owning agency id or name).',
      'provenance: stated (cần sources · needs sources) | inferred (cần rule, confidence · needs rule, confidence) | external (cần reference · needs reference) | example.',
    ],
    $examples: { nodes, relationships: [EXAMPLE_RELATIONSHIP] },
    ...EMPTY,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The template of a format, as bytes (xlsx, csv zip) or text (json). */
export async function template(format: TemplateFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'xlsx':
      return writeXlsx(EMPTY, { template: true });
    case 'csv':
      return writeCsvZip(EMPTY, { template: true });
    case 'json':
      return jsonTemplate();
  }
}
