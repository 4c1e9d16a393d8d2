/** What a reader reports besides records: counted mapping notes and located problems. */
import type { Location, MappingNote, ReadProblem } from '../types.js';

/** Counts "what was mapped how" ("ApplicationComponent → Component ×10"). */
export class MappingNotes {
  private readonly byKey = new Map<string, MappingNote>();

  add(source: string, target: string, detail?: string) {
    const key = `${source}\u0000${target}\u0000${detail ?? ''}`;
    const note = this.byKey.get(key) ?? { source, target, count: 0, ...(detail ? { detail } : {}) };
    note.count++;
    this.byKey.set(key, note);
  }

  list = (): MappingNote[] => [...this.byKey.values()];
}

export const readProblem = (at: Location, message: string, messageVi: string, value?: unknown): ReadProblem => ({
  at,
  message,
  messageVi,
  ...(value !== undefined ? { value } : {}),
});
