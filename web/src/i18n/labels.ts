/**
 * Labels for values the server sends as codes (kinds, provenances, relationship fields, property
 * names): looked up in the dictionary, falling back to the code itself when a newer server sends one
 * the client has no label for, so nothing shows as a blank.
 */
import { DICTIONARY, type LabelKey } from './dictionary.js';
import { t } from './i18n.js';

export function labelOr(key: string, fallback: string): string {
  return key in DICTIONARY ? t(key as LabelKey) : fallback;
}

export const kindLabel = (kind: string) => labelOr(`kind.${kind}`, kind);
export const provenanceLabel = (p: string) => labelOr(`provenance.${p}`, p);
/** A relationship reading (`usesDataFrom`, its reverse `feeds`…). */
export const fieldLabel = (field: string) => labelOr(`explore.field.${field}`, field);
export const propLabel = (prop: string) => labelOr(`explore.prop.${prop}`, prop);
/** A propagating relationship type as words of the stored direction ("kết nối tới"). */
export const relTypeLabel = (type: string) => labelOr(`impact.type.${type}`, type);
