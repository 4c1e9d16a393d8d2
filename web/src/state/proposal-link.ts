/**
 * An unsaved appraisal shared by link: the proposal itself travels in the URL (`p=`), compressed
 * (deflate, base64url; "z." before it) so a real proposal fits a link, or as plain base64url JSON
 * ("j.") where the browser cannot compress. Opening the link fills the form and appraises again.
 * Nothing is stored on the server; a saved report has its own id instead.
 */
const b64url = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromB64url = (s: string) => {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The proposal as a URL parameter value. */
export async function encodeProposal(p: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(p));
  if (typeof CompressionStream === 'function') {
    try {
      return `z.${b64url(await pipe(json, new CompressionStream('deflate-raw')))}`;
    } catch {
      /* fall through to plain */
    }
  }
  return `j.${b64url(json)}`;
}

/** The proposal a URL parameter carries, or null when it cannot be read (cut short, altered). */
export async function decodeProposal(value: string): Promise<Record<string, unknown> | null> {
  try {
    const [kind, data] = [value.slice(0, 2), value.slice(2)];
    const bytes = kind === 'z.' ? await pipe(fromB64url(data), new DecompressionStream('deflate-raw')) : kind === 'j.' ? fromB64url(data) : null;
    if (!bytes) return null;
    const v = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
