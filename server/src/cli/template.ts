/**
 * `npm run template -- --format xlsx|csv|json [--out FILE]`: writes an empty import template (Excel
 * workbook, zip of CSV files, or JSON) with one example per kind that is never imported as is.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { template, TEMPLATE_FILE_NAMES, TEMPLATE_FORMATS, type TemplateFormat } from '../interop/tabular/template.js';

const USAGE = `usage: npm run template -- --format ${TEMPLATE_FORMATS.join('|')} [--out FILE]`;

async function main() {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'xlsx' }, out: { type: 'string' } } });
  const format = values.format!.toLowerCase() as TemplateFormat;
  if (!TEMPLATE_FORMATS.includes(format)) {
    console.error(
      `akb template: định dạng "${values.format}" không có; dùng ${TEMPLATE_FORMATS.join(', ')} · unknown format "${values.format}"; use ${TEMPLATE_FORMATS.join(', ')}\n${USAGE}`,
    );
    process.exit(2);
  }
  const out = values.out ?? TEMPLATE_FILE_NAMES[format];
  writeFileSync(out, await template(format));
  console.log(`akb template: đã ghi mẫu ${format} vào ${out} · wrote the ${format} template to ${out}`);
}

main().catch((e) => {
  console.error(`akb template: ${(e as Error).message}`);
  process.exit(1);
});
