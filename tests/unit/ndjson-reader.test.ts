/**
 * The NDJSON reader the bulk paths stream through (server/src/interop/json.ts): it decodes a
 * chunk's lines in one call, so these check that nothing a line-by-line reader got right is lost
 * at chunk boundaries — multi-byte characters and CRLF split across chunks, a bad line among good
 * ones, blank lines, the BOM, line numbers.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ndjsonEntries, ndjsonEntryChunks, type NdjsonEntry } from '../../server/src/interop/json.js';

const node = (id: string, name: string) => JSON.stringify({ node: { id, kind: 'Component', name, provenance: 'example' } });
const rel = (from: string, to: string) => JSON.stringify({ relationship: { type: 'USES_DATA_FROM', from, to, provenance: 'example' } });

/** The bytes split into chunks of `size` (1 = every byte its own chunk). */
const chunked = (bytes: Buffer, size: number) =>
  Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

async function entries(bytes: Buffer, size: number): Promise<NdjsonEntry[]> {
  const out: NdjsonEntry[] = [];
  for await (const chunk of ndjsonEntryChunks(chunked(bytes, size), 'f.ndjson')) out.push(...chunk);
  return out;
}

const summary = (es: NdjsonEntry[]) =>
  es.map((e) =>
    'node' in e
      ? `${e.node.at.row}:node:${String(e.node.record.name)}`
      : 'relationship' in e
        ? `${e.relationship.at.row}:rel:${e.relationship.record.from}`
        : `${e.problem.at.row}:problem`,
  );

describe('NDJSON reader', () => {
  const text = [
    node('component:a', 'Cơ sở dữ liệu quốc gia về Dân cư'),
    '',
    node('component:b', 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)'),
    rel('component:a', 'component:b'),
  ].join('\r\n');
  const expected = ['1:node:Cơ sở dữ liệu quốc gia về Dân cư', '3:node:Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)', '4:rel:component:a'];

  it('reads the same entries whatever the chunk size, with CRLF, blank lines and Vietnamese split mid-character', async () => {
    const bytes = Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) expect(summary(await entries(bytes, size)), `chunks of ${size} bytes`).toEqual(expected);
  });

  it('a last line without a newline is read', async () => {
    expect(summary(await entries(Buffer.from(text, 'utf8'), 5))).toEqual(expected);
  });

  it('a line that is not UTF-8 is a problem on its own line; the lines around it are read', async () => {
    const bad = Buffer.concat([
      Buffer.from(`${node('component:a', 'Dân cư')}\n{"node":{"name":"`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(`"}}\n${node('component:c', 'Đất đai')}\n`),
    ]);
    for (const size of [4, 1 << 20]) {
      const es = await entries(bad, size);
      expect(summary(es)).toEqual(['1:node:Dân cư', '2:problem', '3:node:Đất đai']);
      const p = es[1] as { problem: { message: string; messageVi: string } };
      expect(p.problem.message).toMatch(/line 2: .*not UTF-8/);
      expect(p.problem.messageVi).toMatch(/dòng 2: .*không phải mã UTF-8/);
    }
  });

  it('a line that is not JSON, or not a node or relationship, is a problem naming its line', async () => {
    const es = await entries(Buffer.from(`${node('component:a', 'A')}\n{not json\n{"other":1}\n`), 1 << 20);
    expect(summary(es)).toEqual(['1:node:A', '2:problem', '3:problem']);
    expect((es[1] as { problem: { message: string } }).problem.message).toMatch(/^line 2 is not valid JSON/);
    expect((es[2] as { problem: { messageVi: string } }).problem.messageVi).toMatch(/^dòng 3: cần \{"node"/);
  });

  it('ndjsonEntries yields the same entries one by one', async () => {
    const bytes = Buffer.from(`${text}\n`, 'utf8');
    const one: NdjsonEntry[] = [];
    for await (const e of ndjsonEntries(chunked(bytes, 3), 'f.ndjson')) one.push(e);
    expect(summary(one)).toEqual(expected);
  });
});
