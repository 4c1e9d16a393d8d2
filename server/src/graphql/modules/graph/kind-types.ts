/**
 * The `Node` interface and one GraphQL type per kind, generated from the model (model.ts) so each
 * kind and its properties are declared once. GraphQL makes every implementing type repeat the
 * interface's fields; generating them keeps that repetition out of the source.
 * Descriptions of the shared fields come from field-docs.ts; kind properties carry the model's,
 * in Vietnamese and English.
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
  relationships(
    "Chiều nhìn từ nút: OUT (đi ra), IN (đi vào), BOTH (cả hai). / Direction seen from the node: OUT, IN or BOTH."
    direction: Direction = BOTH
    "Chỉ các loại quan hệ này (CONNECTS_TO…); mặc định mọi loại. / Only these relationship types (CONNECTS_TO…); default all."
    types: [String!]
  ): [Relationship!]!`;

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

/**
 * The GraphQL type of each kind property, one per name across all kinds: a client selecting
 * `... on Component { level } ... on Agency { level }` needs both to have the same type, or
 * GraphQL refuses the query (fields of one response name must merge). A property is non-null only
 * when every kind that has it requires it; elsewhere its required-ness is the model's validation.
 * Two kinds giving one name two value types is a modelling error, refused here.
 */
export function propertyFieldTypes(): Map<string, string> {
  const byName = new Map<string, { type: PropSpec['type']; required: boolean; kinds: string[] }>();
  for (const k of KINDS)
    for (const [p, spec] of Object.entries(k.props)) {
      if (p in COMMON_PROPS) continue;
      const seen = byName.get(p);
      if (seen && seen.type !== spec.type)
        throw new Error(
          `model: the property "${p}" is ${seen.type} on ${seen.kinds.join(', ')} but ${spec.type} on ${k.name}; one name, one type (GraphQL clients select it across kinds)`,
        );
      byName.set(p, { type: spec.type, required: (seen?.required ?? true) && !!spec.required, kinds: [...(seen?.kinds ?? []), k.name] });
    }
  return new Map(
    [...byName].map(([p, s]) => {
      const t = GQL_TYPE[s.type];
      return [p, s.required && !t.endsWith('!') ? `${t}!` : t];
    }),
  );
}

export function kindTypesSDL(): string {
  const fieldTypes = propertyFieldTypes();
  const types = KINDS.map((k) => {
    const own = Object.entries(k.props)
      .filter(([p]) => !(p in COMMON_PROPS))
      .map(([p, spec]) => `  ${quote(`${spec.descriptionVi} / ${spec.description}`)}\n  ${p}: ${fieldTypes.get(p)}`);
    const extra = ACTOR_KINDS.includes(k.name) ? [ACTOR_FIELDS] : [];
    return `"""\n${k.descriptionVi} / ${k.description}\n"""\ntype ${k.name} implements Node {\n${[NODE_FIELDS, ...own, ...extra].join('\n')}\n}`;
  });
  return [`"""\nMọi thực thể của cơ sở tri thức. / Every entity of the knowledge base.\n"""\ninterface Node {\n${NODE_FIELDS}\n}`, ...types].join('\n\n');
}
