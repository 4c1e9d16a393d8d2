// `npm run generate -- --size S|M|L [--seed N] [--out FILE] [--no-validate]`: writes the synthetic
// national architecture (provenance `example`) as NDJSON plus a manifest; it refers to fixture ids,
// so load it on top of the fixtures. Default output: data/generated/national-<size>.ndjson.
import { relative } from 'node:path';
import { ROOT } from '../config/config.js';
import { DEFAULT_SEED, SIZES, type Size } from '../generate/national.js';
import { writeNational } from '../generate/write.js';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const size = (value('size') ?? 'S').toUpperCase() as Size;
const seed = value('seed') !== undefined ? Number(value('seed')) : DEFAULT_SEED;
if (!(size in SIZES) || !Number.isInteger(seed)) {
  console.error(`usage: npm run generate -- --size ${Object.keys(SIZES).join('|')} [--seed N] [--out FILE] [--no-validate]`);
  process.exit(2);
}

const t0 = process.hrtime.bigint();
try {
  const r = await writeNational({
    size,
    seed,
    out: value('out'),
    validate: !args.includes('--no-validate'),
    progress: (n) => console.log(`akb: generate: ${n.toLocaleString('en')} records…`),
  });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = r.manifest;
  console.log(
    `akb: generate: size ${size}, seed ${seed}: ${m.counts.nodes.toLocaleString('en')} nodes, ${m.counts.relationships.toLocaleString('en')} relationships, ` +
      `${(r.bytes / 2 ** 20).toFixed(1)} MiB in ${s.toFixed(1)} s (peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB)`,
  );
  console.log(`akb: generate: ${relative(ROOT, r.out)}, ${relative(ROOT, r.manifestFile)}`);
  const p = m.planted;
  console.log(
    `akb: generate: planted: ${p.rebuildsNationalData} rebuild national data, ${p.buildsOwn.total} build their own SSO/payment/signing, ` +
      `${p.hostedOutside.total} hosted outside (${p.hostedOutside.withoutReason} without reason), ${p.bypassesLgsp} exchanges bypassing LGSP, ` +
      `${p.sameSystemTwice.count} registered twice, ${p.cycles} cycles`,
  );
} catch (e) {
  console.error(`akb: generate failed: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
}
