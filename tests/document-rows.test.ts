/**
 * Every task and indicator row of the documents' tables, checked against a table read
 * independently from the source text (tests/expected/document-rows.ts): code, text, lead,
 * coordinators / implementers, target, timeline.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { foldKey as key } from '../server/src/model/text.js';
import { INDICATORS_001, TASKS_000, TASKS_001, type ExpectedIndicator, type ExpectedTask } from './expected/document-rows.js';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
afterAll(() => db.close());

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
interface Actor {
  id: string;
  name: string;
  aliases: string[];
}
/** An agency as the table writes it matches the node's name or one of its aliases. */
function names(a: Actor): Set<string> {
  return new Set([a.name, ...a.aliases].map(key));
}
function sameActors(expected: string[], actual: Actor[], where: string) {
  const unmatched = [...actual];
  for (const e of expected) {
    const k = key(e);
    const kLoose = k.replace(/ co lien quan$/, '');
    const i = unmatched.findIndex((a) => names(a).has(k) || names(a).has(kLoose));
    expect(i, `${where}: "${e}" not among ${actual.map((a) => a.name).join('; ')}`).toBeGreaterThanOrEqual(0);
    unmatched.splice(i, 1);
  }
  expect(
    unmatched.map((a) => a.name),
    `${where}: extra`,
  ).toEqual([]);
}

const ACTOR = '{ id name aliases }';
async function fetchRows(ids: string[]) {
  const r = await gql<{ nodes: Record<string, unknown>[] }>(
    yoga,
    `query($ids: [ID!]!) { nodes(ids: $ids) {
      id
      ... on Task { code text results timeline lead ${ACTOR} coordinators ${ACTOR} }
      ... on Indicator { code text target period lead ${ACTOR} implementers ${ACTOR} }
    } }`,
    { ids },
  );
  expect(r.errors).toBeUndefined();
  return new Map(r.data!.nodes.filter(Boolean).map((n) => [n.id as string, n]));
}

describe('task and indicator rows', () => {
  it.each([
    ['000 Phụ lục III', TASKS_000, 16],
    ['001 Phụ lục II', TASKS_001, 43],
  ] as const)('%s: every task row (code, text, lead, coordinators, timeline)', async (_, expected: readonly ExpectedTask[], n) => {
    expect(expected.length).toBe(n);
    const rows = await fetchRows(expected.map((t) => t.id));
    for (const t of expected) {
      const row = rows.get(t.id) as
        { code: string; text: string; results: string | null; timeline: string | null; lead: Actor[]; coordinators: Actor[] } | undefined;
      expect(row, t.id).toBeDefined();
      expect(row!.code, t.id).toBe(t.code);
      expect(norm(row!.text).startsWith(norm(t.textStart)), `${t.id} text: ${row!.text.slice(0, 60)}`).toBe(true);
      if (t.timeline) expect(norm(row!.timeline ?? ''), `${t.id} timeline`).toBe(norm(t.timeline));
      if (t.resultStart) expect(norm(row!.results ?? '').startsWith(norm(t.resultStart)), `${t.id} results`).toBe(true);
      sameActors(t.lead, row!.lead, `${t.id} lead`);
      sameActors(t.coordinators, row!.coordinators, `${t.id} coordinators`);
    }
  });

  it('001 Phụ lục I: every indicator row (code, text, target, period, lead, implementers)', async () => {
    expect(INDICATORS_001.length).toBe(21);
    const rows = await fetchRows(INDICATORS_001.map((i) => i.id));
    for (const e of INDICATORS_001 as readonly ExpectedIndicator[]) {
      const row = rows.get(e.id) as { code: string; text: string; target: string; period: string | null; lead: Actor[]; implementers: Actor[] } | undefined;
      expect(row, e.id).toBeDefined();
      expect(row!.code, e.id).toBe(e.code);
      expect(norm(row!.text).startsWith(norm(e.textStart)), `${e.id} text`).toBe(true);
      expect(norm(row!.target), `${e.id} target`).toBe(norm(e.target));
      if (e.period) expect(norm(row!.period ?? ''), `${e.id} period`).toBe(norm(e.period));
      sameActors(e.lead, row!.lead, `${e.id} lead`);
      sameActors(e.implementers, row!.implementers, `${e.id} implementers`);
    }
  });

  it('the reporting-regime indicator I.2.3 measures the provincial reporting system and is led by Văn phòng UBND tỉnh', async () => {
    const r = await gql<{ node: { measures: { id: string }[]; lead: { id: string }[] } }>(
      yoga,
      '{ node(id: "indicator:001-i-2-3") { ... on Indicator { measures { id } lead { id } } } }',
    );
    expect(r.data!.node.measures.map((n) => n.id)).toContain('component:qng-httt-bao-cao');
    expect(r.data!.node.lead.map((n) => n.id)).toEqual(['agency:qng-van-phong-ubnd-tinh']);
  });
});
