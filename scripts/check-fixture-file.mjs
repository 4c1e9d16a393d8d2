// Quick self-check for one fixture file while it is being written: JSON parses, every record has
// provenance, and every stated quote appears verbatim (whitespace folded) in its source document.
// The real validation is the loader's (server/src/fixtures); this is a fast loop for authors.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(root, 'fixtures', 'documents', 'sources');
const fold = (s) =>
  s
    .normalize('NFC')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_#`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const docs = new Map();
for (const f of readdirSync(seedsDir)) if (f.endsWith('.txt')) docs.set(f, fold(readFileSync(join(seedsDir, f), 'utf8')));

let errors = 0;
for (const file of process.argv.slice(2)) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const records = [...(data.nodes ?? []).map((r, i) => ['node', i, r]), ...(data.relationships ?? []).map((r, i) => ['relationship', i, r])];
  for (const [what, i, r] of records) {
    const where = `${file} ${what} #${i} ${r.id ?? `${r.from} -${r.type}-> ${r.to}`}`;
    if (!['stated', 'inferred', 'external', 'example'].includes(r.provenance)) {
      console.log(`${where}: provenance missing or wrong`);
      errors++;
    }
    if (r.provenance === 'stated' && !r.sources?.length) {
      console.log(`${where}: stated without sources`);
      errors++;
    }
    if (r.provenance === 'inferred' && (!r.rule || !r.confidence)) {
      console.log(`${where}: inferred without rule/confidence`);
      errors++;
    }
    for (const s of r.sources ?? []) {
      const doc = docs.get(s.document);
      if (!doc) {
        console.log(`${where}: unknown document ${s.document}`);
        errors++;
        continue;
      }
      if (!s.section) {
        console.log(`${where}: source without section`);
        errors++;
      }
      if (!s.quote || !doc.includes(fold(s.quote))) {
        console.log(`${where}: quote not found verbatim in ${s.document}: ${JSON.stringify(s.quote)}`);
        errors++;
      }
    }
  }
  console.log(`${file}: ${data.nodes?.length ?? 0} nodes, ${data.relationships?.length ?? 0} relationships`);
}
console.log(errors ? `${errors} problem(s)` : 'ok');
process.exit(errors ? 1 : 0);
