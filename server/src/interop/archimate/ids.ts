/**
 * Identifiers. ArchiMate identifiers are xs:ID (an NCName: no colon, no space, not starting with a
 * digit) and unique across the whole file; akb ids are `<prefix>:<slug>`. An export reuses the
 * identifier a node was imported with and otherwise derives one from the akb id.
 */

/**
 * "component:lgsp-qng" → "component.lgsp-qng". Characters outside ASCII letters, digits, "." and
 * "-" become `_xHHHH_` ("_" too, so two ids never give one name).
 */
export function ncName(id: string): string {
  const dotted = id.replace(':', '.');
  const safe = [...dotted].map((c) => (/[A-Za-z0-9.-]/.test(c) ? c : `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`)).join('');
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}

/**
 * The akb id an identifier akb derived stands for ("component.lgsp-qng" → "component:lgsp-qng"),
 * when it is one and names the given id prefix; else undefined. A file whose `akb:id` properties
 * were lost still upserts the nodes it came from.
 */
export function idOfNcName(identifier: string, prefix: string): string | undefined {
  if (!identifier.startsWith(`${prefix}.`)) return undefined;
  const decoded = identifier.replace(/_x([0-9A-F]{4,6})_/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
  const id = decoded.replace('.', ':');
  return ncName(id) === identifier && id.length > prefix.length + 1 && !/\s/.test(id) ? id : undefined;
}

/** The identifier of an akb relationship that did not come from ArchiMate. */
export const relationshipNcName = (from: string, type: string, to: string) => `${ncName(from)}.${type}.${ncName(to)}`;

/** Hands out identifiers unique within one file: a taken one gets `-2`, `-3`… */
export class IdentifierPool {
  private readonly taken = new Set<string>();

  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** True when `s` can be an xs:ID (an NCName, letters of any script allowed). */
export const isNcName = (s: string) => /^[\p{L}_][\p{L}\p{M}\p{N}._-]*$/u.test(s);
