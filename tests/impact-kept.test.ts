/**
 * Kept impact answers: a large walk, its filtered sets and its summary are reused while the graph
 * stays at the same revision, and never across a write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impactOnGraph, setAnswerKeeping } from '../server/src/analysis/impact.js';
import { validateImpactParams } from '../server/src/impact/impact.js';
import { analysisOf, gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
const ID = 'component:test-kept-answer';

const IMPACT = `query($first: Int) { impact(id: "ndb:dan-cu", direction: DEPENDENTS, maxDepth: 6, first: $first, provenance: [stated, inferred, example]) {
  total summary { total byProvince { province count } } affected { node { id } depth exposure } } }`;

describe('kept impact answers', () => {
  beforeAll(async () => {
    await analysisOf(yoga).ready();
    // Keep every walk, so the fixtures' small fan-outs stand for a national one.
    setAnswerKeeping({ fromStates: 1 });
  });
  afterAll(async () => {
    setAnswerKeeping({});
    await gql(yoga, `mutation { deleteNode(id: "${ID}", force: true) { id } }`);
    await db.close();
  });

  it('answers the same question again from what it kept (same summary object), with the same pages', async () => {
    const g = (await analysisOf(yoga).current())!;
    const p = validateImpactParams({ id: 'ndb:dan-cu', direction: 'DEPENDENTS', maxDepth: 6, provenance: ['stated', 'inferred', 'example'], first: 2 });
    const a = impactOnGraph(g, p);
    const b = impactOnGraph(g, p);
    expect(await b.summary()).toBe(await a.summary());
    expect(b.hits.map((h) => h.id)).toEqual(a.hits.map((h) => h.id));
    // Another filter on the same walk is its own set, counted apart.
    const direct = impactOnGraph(g, { ...p, exposure: ['DIRECT'] });
    expect((await direct.summary()).total).toBeLessThanOrEqual((await a.summary()).total);
    expect(await direct.summary()).not.toBe(await a.summary());
    // Pages of a kept walk join up: page 2 starts where page 1 ended.
    const all = impactOnGraph(g, { ...p, first: 1000 }).hits.map((h) => h.id);
    expect(impactOnGraph(g, { ...p, offset: 2 }).hits.map((h) => h.id)).toEqual(all.slice(2, 4));
  });

  it('a write starts afresh: the next answer holds the new dependent, through GraphQL', async () => {
    const before = await gql<{ impact: { total: number; affected: { node: { id: string } }[] } }>(yoga, IMPACT, { first: 1000 });
    expect(before.errors).toBeUndefined();
    expect((await gql(yoga, IMPACT, { first: 1000 })).data).toEqual(before.data);
    expect(before.data!.impact.affected.map((h) => h.node.id)).not.toContain(ID);

    const made = await gql(
      yoga,
      `mutation { createNode(input: { id: "${ID}", kind: "Component", name: "Hệ thống thử câu trả lời giữ lại", provenance: example, properties: { componentKind: "system", level: "province" } }) { id } }`,
    );
    expect(made.errors).toBeUndefined();
    const linked = await gql(
      yoga,
      `mutation { createRelationship(input: { from: "${ID}", type: "USES_DATA_FROM", to: "ndb:dan-cu", provenance: example }) { type } }`,
    );
    expect(linked.errors).toBeUndefined();

    const after = await gql<{ impact: { total: number; summary: { total: number }; affected: { node: { id: string }; depth: number; exposure: string }[] } }>(
      yoga,
      IMPACT,
      { first: 1000 },
    );
    expect(after.data!.impact.total).toBe(before.data!.impact.total + 1);
    expect(after.data!.impact.summary.total).toBe(after.data!.impact.total);
    expect(after.data!.impact.affected.find((h) => h.node.id === ID)).toMatchObject({ depth: 1, exposure: 'DIRECT' });
  });
});
