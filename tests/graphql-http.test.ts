/**
 * The GraphQL-over-HTTP audit of the graphql-http package, run against our yoga app through
 * yoga.fetch; plus error masking in production.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, describe, expect, it } from 'vitest';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
afterAll(() => db.close());

describe('GraphQL over HTTP', () => {
  const yoga = testApp(db);
  const audits = serverAudits({ url: 'http://akb.test/graphql', fetchFn: yoga.fetch });
  for (const audit of audits) {
    it(`${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status === 'error') throw new Error(result.reason);
      // MUST failures are errors and fail the test; SHOULD (warn) and MAY (notice) are reported only.
      expect(['ok', 'warn', 'notice']).toContain(result.status);
    });
  }
});

describe('errors', () => {
  it('in production keep their typed code and carry no stack trace', async () => {
    const prod = testApp(db, true);
    const r = await gql(prod, '{ search(text: "LGSP", first: 0) { node { id } } }');
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const res = await prod.fetch('http://akb.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ nope }"}' });
    const body = await res.text();
    expect(body).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('carry a typed code in extensions for every akb error', async () => {
    const yoga = testApp(db);
    const r = await gql(yoga, '{ impact(id: "component:nope", direction: DEPENDENTS) { total } }');
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0].message).toContain('component:nope');
  });
});
