/**
 * The schema is selectable by every client (tests/unit/graphql-schema.test.ts checks the schema
 * itself): the live server answers a query that selects one field name on several kinds at once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { gql, testApp, testDb } from './setup/db.js';

describe('through the live server', () => {
  const db = testDb();
  const yoga = testApp(db);
  afterAll(() => db.close());

  it('answers `level` and `number` selected on several kinds at once', async () => {
    const r = await gql<{ nodes: Record<string, unknown>[] }>(
      yoga,
      `query($ids: [ID!]!) { nodes(ids: $ids) { id
        ... on Component { level } ... on Agency { level } ... on Architecture { level } ... on Plan { level }
        ... on LegalDocument { number } ... on AppraisalRule { number order code } ... on Task { order } } }`,
      { ids: ['component:qng-lgsp', 'agency:qng-so-khoa-hoc-va-cong-nghe', 'arch:qng-3.0', 'law:2568-qd-btttt', 'rule:bypasses-lgsp'] },
    );
    expect(r.errors).toBeUndefined();
    const byId = Object.fromEntries(r.data!.nodes.map((n) => [n.id, n]));
    expect(byId['component:qng-lgsp'].level).toBe('province');
    expect(byId['arch:qng-3.0'].level).toBe('province');
    expect(byId['law:2568-qd-btttt'].number).toBe('2568/QĐ-BTTTT');
    expect(byId['rule:bypasses-lgsp']).toMatchObject({ number: '3', order: 3, code: 'bypasses-lgsp' });
  });
});
