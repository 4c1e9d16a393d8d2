/**
 * `npm run import -- FILE [--dry-run] [--valid-rows] [--format json|csv|xlsx|archimate] [--level province] [--allow-provenance-loss]`: the same
 * engine as GraphQL's importData. Prints a progress bar, the summary and every problem with its
 * place; exits 1 when rows were rejected.
 * `npm run import -- FILE.ndjson --bulk [--online] [--valid-rows] [--batch-size N]`: a very large
 * NDJSON file (the national generator's; a JSON export too). Into an empty embedded database:
 * through Neo4j's importer with the fixtures (cli/bulk-load.ts); otherwise streamed in batches that
 * commit one by one and are undone together if the import fails (all or nothing).
 * `npm run export -- [--format json|csv|xlsx|archimate] [--out FILE] [--architecture ID]… [--agency ID]…
 * [--kind KIND]… [--provenance P]…`: the graph or a filtered part as a file.
 * Both use NEO4J_URI, or start the embedded Neo4j (which must not be running elsewhere: stop
 * `npm start` first, or point NEO4J_URI at its database).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { bootDatabase } from '../boot.js';
import { loadConfig, ROOT } from '../config/config.js';
import { describe, importBatch } from '../interop/engine.js';
import { exportGraph } from '../interop/export.js';
import { readLimitsFromEnv } from '../interop/limits.js';
import { bulkLoadFile } from './bulk-load.js';
import { parseFormat, readFile, writeFile } from '../interop/formats.js';
import type { ImportReport } from '../interop/types.js';

/** A one-line progress bar on stderr, redrawn at most ten times a second. */
function progressBar() {
  let last = 0;
  let current = '';
  return (phase: string, done: number, total: number) => {
    const now = Date.now();
    if (phase !== current) {
      if (current) process.stderr.write('\n');
      current = phase;
    } else if (now - last < 100 && done < total) return;
    last = now;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    process.stderr.write(`\r${phase.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}   `);
  };
}

export function summary(r: ImportReport): string {
  const c = (x: ImportReport['nodes']) => `${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged, ${x.rejected} rejected`;
  const lines = [`nodes: ${c(r.nodes)}`, `relationships: ${c(r.relationships)}`];
  const t = r.tally;
  if (t)
    lines.push(
      `the file: ${t.elements} elements = ${t.elementsAsNodes} as nodes + ${t.elementsNotImported} not imported; ` +
        `${t.relationships} relationships = ${t.relationshipsAsRelationships} as relationships + ${t.relationshipsFolded} folded into another between the same two elements + ${t.relationshipsNotImported} not imported`,
    );
  for (const n of r.notes) lines.push(`mapped ${n.source} → ${n.target} ×${n.count}${n.detail ? ` (${n.detail})` : ''}`);
  const loss = r.provenanceLoss;
  if (loss.nodes + loss.relationships > 0)
    lines.push(
      `provenance: the file would weaken ${loss.nodes} stored node(s) and ${loss.relationships} relationship(s) (${loss.downgraded} downgraded, ${loss.sourcesDropped} losing sources): ` +
        (loss.allowed ? 'replaced, as --allow-provenance-loss asks' : 'their stored provenance and sources are kept (--allow-provenance-loss replaces them)'),
    );
  const warned = r.items.filter((i) => i.warnings?.length);
  for (const i of warned.slice(0, 50)) for (const w of i.warnings!) lines.push(`  ! ${describe(w.at)} ${i.key}: ${w.message} / ${w.messageVi}`);
  if (warned.length > 50) lines.push(`  … and ${warned.length - 50} more`);
  const rejected = r.items.filter((i) => i.action === 'rejected');
  for (const i of rejected.slice(0, 200))
    for (const p of i.problems)
      lines.push(
        `  ✗ ${describe(p.at)}${p.column ? ` › ${p.column}` : ''}${p.value !== undefined ? ` = ${JSON.stringify(p.value)}` : ''}: ${p.message} / ${p.messageVi}`,
      );
  if (rejected.length > 200) lines.push(`  … and ${rejected.length - 200} more rejected items`);
  const matched = r.items.filter((i) => i.matchedBy === 'name-and-agency');
  for (const i of matched.slice(0, 50)) lines.push(`  ≈ ${describe(i.at)} matched ${i.key} by name and agency`);
  lines.push(
    r.written
      ? 'written.'
      : r.dryRun
        ? 'dry run: nothing written.'
        : r.nodes.rejected + r.relationships.rejected > 0 && r.mode === 'all-or-nothing'
          ? 'nothing written: some rows were rejected (fix them, or use --valid-rows to write the rest).'
          : 'nothing to write: everything is unchanged.',
  );
  return lines.join('\n');
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      'valid-rows': { type: 'boolean' },
      bulk: { type: 'boolean' },
      online: { type: 'boolean' },
      'batch-size': { type: 'string' },
      format: { type: 'string' },
      level: { type: 'string' },
      'allow-provenance-loss': { type: 'boolean' },
      out: { type: 'string' },
      architecture: { type: 'string', multiple: true },
      agency: { type: 'string', multiple: true },
      kind: { type: 'string', multiple: true },
      provenance: { type: 'string', multiple: true },
    },
  });
  if (command === 'import' && !positionals[0]) throw new Error('usage: npm run import -- FILE [--dry-run] [--valid-rows] [--format json|csv|xlsx|archimate]');
  if (command !== 'import' && command !== 'export') throw new Error('usage: interop.ts import FILE … | export …');
  const format = parseFormat(values.format);
  // Read the file before starting the database: a missing file should not cost a Neo4j start.
  const data = command === 'import' && !values.bulk ? new Uint8Array(readFileSync(positionals[0])) : null;
  const config = loadConfig();
  const actor = `cli:${process.env.USER ?? 'unknown'}`;
  if (command === 'import' && values.bulk) {
    if (!existsSync(positionals[0])) throw new Error(`no such file: ${positionals[0]}`);
    const outcome = await bulkLoadFile(config, positionals[0], {
      online: !!values.online,
      batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
      validRows: !!values['valid-rows'],
      actor,
      log: (s) => console.error(`akb: ${s}`),
    });
    await outcome.booted?.shutdown();
    if (outcome.rejected > 0) process.exitCode = 1;
    return;
  }
  const booted = await bootDatabase(config, { loadIfEmpty: false, log: (s) => console.error(s) });
  try {
    if (command === 'import') {
      const batch = await readFile(data!, basename(positionals[0]), format, { level: values.level, limits: readLimitsFromEnv() });
      const report = await importBatch(booted.db, batch, {
        dryRun: !!values['dry-run'],
        mode: values['valid-rows'] ? 'valid-rows' : 'all-or-nothing',
        allowProvenanceLoss: !!values['allow-provenance-loss'],
        actor,
        progress: progressBar(),
      });
      process.stderr.write('\n');
      console.log(summary(report));
      if (report.nodes.rejected + report.relationships.rejected > 0) process.exitCode = 1;
    } else {
      const records = await exportGraph(booted.db, {
        architectures: values.architecture,
        agencies: values.agency,
        kinds: values.kind,
        provenances: values.provenance,
      });
      const file = await writeFile(records, format ?? 'json');
      const out = values.out ?? join(ROOT, `akb-export.${file.extension}`);
      writeFileSync(out, file.data);
      console.log(
        `export: ${records.nodes.length} nodes, ${records.relationships.length} relationships → ${out}${file.validation ? ` (XSD: ${file.validation})` : ''}`,
      );
    }
  } finally {
    await booted.shutdown();
  }
}

main().catch((e) => {
  console.error(`akb: ${(e as Error).message}`);
  for (const p of ((e as { problems?: { where: string; message: string }[] }).problems ?? []).slice(0, 20)) console.error(`  ${p.where}: ${p.message}`);
  process.exit(1);
});
