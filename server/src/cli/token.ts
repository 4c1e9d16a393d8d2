/**
 * `npm run token -- create --role editor [--name NAME] [--expires DAYS]`, `npm run token -- list`,
 * `npm run token -- revoke ID`: manage API tokens from the machine that runs akb (the database at
 * NEO4J_URI, or the embedded one, which must not be running: its data directory is locked).
 */
import { parseArgs } from 'node:util';
import { bootDatabase } from '../boot.js';
import { loadConfig } from '../config/config.js';
import { TokenStore } from '../auth/tokens.js';

const cli = { name: 'cli', role: 'admin' as const, tokenId: null };

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, expires: { type: 'string' } },
  });
  if (!['create', 'list', 'revoke'].includes(command ?? '')) {
    console.error(
      'usage: npm run token -- create --role viewer|appraiser|editor|admin [--name NAME] [--expires DAYS]\n       npm run token -- list\n       npm run token -- revoke TOKEN_ID',
    );
    process.exit(2);
  }
  const booted = await bootDatabase(loadConfig(), { loadIfEmpty: false });
  try {
    const store = new TokenStore(booted.db);
    if (command === 'create') {
      const { token, info } = await store.create(cli, {
        role: values.role ?? '',
        name: values.name ?? `${values.role} token`,
        expiresInDays: values.expires ? Number(values.expires) : null,
      });
      console.log(`created ${info.role} token ${info.id}${info.expiresAt ? ` (expires ${info.expiresAt})` : ''}; shown once, keep it safe:\n${token}`);
    } else if (command === 'list') {
      for (const t of await store.list())
        console.log(
          `${t.id}\t${t.role}\t${t.name}\tcreated ${t.createdAt}${t.expiresAt ? `\texpires ${t.expiresAt}` : ''}${t.revokedAt ? `\tREVOKED ${t.revokedAt}` : ''}`,
        );
    } else {
      if (!positionals[0]) throw new Error('revoke needs a token id (see `npm run token -- list`)');
      await store.revoke(cli, positionals[0]);
      console.log(`revoked ${positionals[0]}`);
    }
  } finally {
    await booted.shutdown();
  }
}

main().catch((e) => {
  console.error(`akb token: ${(e as Error).message}`);
  process.exit(1);
});
