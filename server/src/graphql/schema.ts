/**
 * The executable schema: every module's SDL (server/src/graphql/modules/<domain>/*.graphql), plus
 * the kinds and their relationship fields generated from the model, merged with the resolvers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { withFieldDocs } from './field-docs.js';
import { ROOT } from '../config/config.js';
import { coreResolvers } from './modules/core/resolvers.js';
import { graphResolvers } from './modules/graph/resolvers.js';
import { analysisResolvers } from './modules/analysis/resolvers.js';
import { adminResolvers } from './modules/admin/resolvers.js';
import { diffResolvers } from './modules/diff/resolvers.js';
import { appraisalResolvers } from './modules/appraisal/resolvers.js';
import { authResolvers } from './modules/auth/resolvers.js';
import { interopResolvers } from './modules/interop/resolvers.js';
import { landscapeResolvers } from './modules/landscape/resolvers.js';
import { dashboardResolvers } from './modules/dashboard/resolvers.js';
import { relationshipFieldsSDL } from './modules/graph/relationship-fields.js';
import { kindTypesSDL } from './modules/graph/kind-types.js';

const MODULES_DIR = join(ROOT, 'server', 'src', 'graphql', 'modules');

export function typeDefs(): string[] {
  return readdirSync(MODULES_DIR)
    .sort()
    .flatMap((m) =>
      readdirSync(join(MODULES_DIR, m))
        .filter((f) => f.endsWith('.graphql'))
        .sort()
        .map((f) => readFileSync(join(MODULES_DIR, m, f), 'utf8')),
    )
    .concat(kindTypesSDL(), relationshipFieldsSDL());
}

export function buildSchema() {
  return withFieldDocs(
    makeExecutableSchema({
      typeDefs: typeDefs(),
      resolvers: [
        coreResolvers,
        graphResolvers(),
        analysisResolvers,
        adminResolvers,
        diffResolvers,
        appraisalResolvers,
        authResolvers,
        interopResolvers,
        landscapeResolvers,
        dashboardResolvers,
      ],
    }),
  );
}
