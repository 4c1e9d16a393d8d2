/**
 * The `Node` interface and one GraphQL type per kind, generated from the model (model.ts) so each
 * kind and its properties are declared once. GraphQL makes every implementing type repeat the
 * interface's fields; generating them keeps that repetition out of the source.
 * Descriptions of the shared fields come from field-docs.ts; kind properties carry the model's.
 */
import { COMMON_PROPS, KINDS, type PropSpec } from '../../../model/model.js';

/** Fields every node has (the `Node` interface), beyond the model's common properties. */
const NODE_FIELDS = `  id: ID!
  name: String!
  nameEn: String
  kind: String!
  abbreviations: [String!]!
  aliases: [String!]!
  province: String
  description: String
  provenance: Provenance!
  rule: String
  confidence: String
  sources: [Source!]!
  properties: JSON!
  relationships(direction: Direction = BOTH, types: [String!]): [Relationship!]!`;

/** Typed shortcuts on the collective and concrete actors (filtered readings of LED_BY and friends). */
const ACTOR_FIELDS = `  "Nhiệm vụ chủ trì. / Tasks it leads."
  ledTasks: [Node!]!
  "Nhiệm vụ phối hợp. / Tasks it coordinates on."
  coordinatedTasks: [Node!]!
  "Chỉ tiêu chủ trì. / Indicators it leads."
  ledIndicators: [Node!]!
  "Chỉ tiêu thực hiện. / Indicators it implements."
  implementedIndicators: [Node!]!`;
export const ACTOR_KINDS = ['Agency', 'AgencyGroup'];

const GQL_TYPE: Record<PropSpec['type'], string> = { string: 'String', 'string[]': '[String!]!', int: 'Int', boolean: 'Boolean' };
const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, "'")}"`;

export function kindTypesSDL(): string {
  const types = KINDS.map((k) => {
    const own = Object.entries(k.props)
      .filter(([p]) => !(p in COMMON_PROPS))
      .map(([p, spec]) => {
        const t = GQL_TYPE[spec.type];
        return `  ${quote(spec.description)}\n  ${p}: ${spec.required && !t.endsWith('!') ? `${t}!` : t}`;
      });
    const extra = ACTOR_KINDS.includes(k.name) ? [ACTOR_FIELDS] : [];
    return `"""\n${k.descriptionVi} / ${k.description}\n"""\ntype ${k.name} implements Node {\n${[NODE_FIELDS, ...own, ...extra].join('\n')}\n}`;
  });
  return [`"""\nMọi thực thể của cơ sở tri thức. / Every entity of the knowledge base.\n"""\ninterface Node {\n${NODE_FIELDS}\n}`, ...types].join('\n\n');
}
