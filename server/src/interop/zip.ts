/**
 * Reading a zip (an .xlsx, a zip of CSV files) without trusting it: the central directory gives
 * each entry's place, and an entry is inflated as a stream (node:zlib, backpressured), every byte
 * that comes out counted against one budget for the whole file — a header's declared size can lie,
 * the count cannot. So no entry is ever inflated whole into memory, and a zip bomb stops at the
 * limit instead of at the heap's end.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { InflateBudget } from './limits.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared (not trusted: output is counted while inflating). */
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SLICE = 64 * 1024;

export class ZipError extends Error {}

export class ZipReader {
  readonly entries: ZipEntry[] = [];
  private readonly view: DataView;

  constructor(
    private readonly data: Uint8Array,
    private readonly budget: InflateBudget,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.readCentralDirectory();
  }

  private u16 = (at: number) => this.view.getUint16(at, true);
  private u32 = (at: number) => this.view.getUint32(at, true);

  private readCentralDirectory() {
    const min = Math.max(0, this.data.length - 22 - 0xffff);
    let eocd = -1;
    for (let i = this.data.length - 22; i >= min; i--)
      if (this.u32(i) === EOCD) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new ZipError('not a zip file (no end of central directory)');
    const count = this.u16(eocd + 10);
    let at = this.u32(eocd + 16);
    if (count === 0xffff || at === 0xffffffff) throw new ZipError('ZIP64 archives are not supported');
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (at + 46 > this.data.length || this.u32(at) !== CENTRAL) throw new ZipError('damaged central directory');
      const nameLength = this.u16(at + 28);
      const entry: ZipEntry = {
        method: this.u16(at + 10),
        compressedSize: this.u32(at + 20),
        declaredSize: this.u32(at + 24),
        localHeaderOffset: this.u32(at + 42),
        name: decoder.decode(this.data.subarray(at + 46, at + 46 + nameLength)),
      };
      this.entries.push(entry);
      at += 46 + nameLength + this.u16(at + 30) + this.u16(at + 32);
    }
  }

  /** The entry named `name` (a leading `/` and case of the name as stored do not matter). */
  find(name: string): ZipEntry | undefined {
    const wanted = name.replace(/^\//, '').toLowerCase();
    return this.entries.find((e) => e.name.replace(/^\//, '').toLowerCase() === wanted);
  }

  private compressed(entry: ZipEntry): Uint8Array {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.data.length || this.u32(at) !== LOCAL) throw new ZipError(`damaged entry ${entry.name}`);
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.data.length) throw new ZipError(`entry ${entry.name} runs past the end of the file`);
    return this.data.subarray(start, end);
  }

  /** The entry's bytes as they inflate, counted against the budget. */
  async *chunks(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    const raw = this.compressed(entry);
    if (entry.method === 0) {
      for (let i = 0; i < raw.length; i += SLICE) {
        const slice = raw.subarray(i, i + SLICE);
        this.budget.take(slice.length);
        yield slice;
      }
      return;
    }
    if (entry.method !== 8) throw new ZipError(`entry ${entry.name} uses compression method ${entry.method}; only stored and deflated entries are read`);
    const inflater = createInflateRaw();
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < raw.length; i += SLICE) yield Buffer.from(raw.buffer, raw.byteOffset + i, Math.min(SLICE, raw.length - i));
      })(),
    );
    source.pipe(inflater);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        this.budget.take(chunk.length);
        yield chunk;
      }
    } finally {
      source.unpipe(inflater);
      source.destroy();
      inflater.destroy();
    }
  }

  /** The entry as a readable stream of bytes (for parsers that take one). */
  stream(entry: ZipEntry): Readable {
    return Readable.from(this.chunks(entry));
  }

  /**
   * The entry as a stream of UTF-8 text: for parsers that decode each chunk on its own (exceljs's
   * SAX feed), so a character split between two inflated chunks is not mangled.
   */
  textStream(entry: ZipEntry): Readable {
    const chunks = this.chunks(entry);
    return Readable.from(
      (async function* () {
        const decoder = new TextDecoder('utf-8');
        for await (const c of chunks) {
          const text = decoder.decode(c, { stream: true });
          if (text) yield text;
        }
        const rest = decoder.decode();
        if (rest) yield rest;
      })(),
    );
  }

  /** A small entry whole (relationships, workbook): still inflated as a stream and counted. */
  async bytes(entry: ZipEntry): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for await (const c of this.chunks(entry)) parts.push(c);
    return Buffer.concat(parts);
  }
}
