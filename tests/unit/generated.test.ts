/** Generated files are what their generators write today: a stale one fails here. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEB_MODEL_FILE, WEB_VALIDATE_FILE, webModelSource, webValidateSource } from '../../server/src/cli/codegen-web-model.js';
import { webGraphqlFiles } from '../../server/src/cli/codegen-web-graphql.js';
import { KINDS as WEB_KINDS, RELATIONSHIPS as WEB_RELATIONSHIPS } from '../../web/src/generated/model.js';
import { KINDS, RELATIONSHIPS } from '../../server/src/model/model.js';

describe('generated files', () => {
  it('web/src/generated/model.ts is what `npm run codegen` writes from the model today', () => {
    expect(readFileSync(WEB_MODEL_FILE, 'utf8')).toBe(webModelSource());
  });

  it('web/src/generated/validate.ts is the server validator as `npm run codegen` writes it today', () => {
    expect(readFileSync(WEB_VALIDATE_FILE, 'utf8')).toBe(webValidateSource());
  });

  it('the web model holds every kind and relationship type of the server model, equal', () => {
    expect(WEB_KINDS).toEqual(JSON.parse(JSON.stringify(KINDS)));
    expect(WEB_RELATIONSHIPS).toEqual(JSON.parse(JSON.stringify(RELATIONSHIPS)));
  });

  it('web/src/generated/ holds the schema and the operation types GraphQL Code Generator writes today', async () => {
    const files = await webGraphqlFiles();
    expect(files.map((f) => f.path)).toContain('web/src/generated/schema.graphql');
    for (const f of files) expect(readFileSync(f.path, 'utf8'), `${f.path} is stale: run npm run codegen`).toBe(f.content);
  }, 60_000);
});
