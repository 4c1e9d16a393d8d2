/**
 * architectureDiff: Quảng Ngãi 2.0 → 3.0 from the documents through GraphQL (the merge of Cổng DVC
 * and Một cửa điện tử, added and removed members with their quotes, national references,
 * connections, the reverse diff, a version against itself, bad ids), and the pure function on
 * hand-made rows for the merged-versus-kept edge cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { architectureDiff, computeArchitectureDiff, isNational, type LinkRow, type MemberRow } from '../server/src/diff/architecture-diff.js';
import { gql, testApp, testDb } from './setup/db.js';

const db = testDb();
const yoga = testApp(db);
afterAll(() => db.close());

interface Src {
  document: string;
  section: string;
  quote: string;
  provenance: string;
}
interface Item {
  node: { id: string; kind: string; level?: string; groupLevel?: string | null };
  statusFrom: string | null;
  statusTo: string | null;
  sources: Src[];
}
interface Link {
  type: string;
  from: { id: string };
  to: { id: string };
  provenance: string;
  sources: Src[];
}
interface Diff {
  from: { id: string };
  to: { id: string };
  added: Item[];
  removed: Item[];
  keptCount: number;
  statusChanged: Item[];
  merged: { target: Item | null; merged: Item[]; sources: Src[] }[];
  renamed: { previous: Item; successor: Item; provenance: string; sources: Src[] }[];
  nationalAdded: Item[];
  nationalDropped: Item[];
  connectionsAdded: Link[];
  connectionsRemoved: Link[];
}

const DIFF = `
query($from: ID!, $to: ID!) {
  architectureDiff(from: $from, to: $to) {
    from { id } to { id } keptCount
    added { ...item } removed { ...item } statusChanged { ...item }
    nationalAdded { ...item } nationalDropped { ...item }
    merged { target { ...item } merged { ...item } sources { ...src } }
    renamed { previous { ...item } successor { ...item } provenance sources { ...src } }
    connectionsAdded { ...link } connectionsRemoved { ...link }
  }
}
fragment src on Source { document section quote provenance }
fragment item on DiffItem {
  node { id kind ... on Component { level } ... on ComponentGroup { groupLevel: level } }
  statusFrom statusTo sources { ...src }
}
fragment link on DiffLink { type from { id } to { id } provenance sources { ...src } }`;

async function diff(from: string, to: string): Promise<Diff> {
  const r = await gql<{ architectureDiff: Diff }>(yoga, DIFF, { from, to });
  expect(r.errors).toBeUndefined();
  return r.data!.architectureDiff;
}

async function memberIds(arch: string): Promise<string[]> {
  const r = await gql<{ node: { includes: { id: string }[] } }>(yoga, 'query($id: ID!) { node(id: $id) { ... on Architecture { includes { id } } } }', {
    id: arch,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.node.includes.map((n) => n.id);
}

const ids = (items: { node: { id: string } }[]) => items.map((i) => i.node.id);
const linkKey = (l: Link) => `${l.type} ${l.from.id} ${l.to.id}`;
const national = (i: Item) => isNational({ kind: i.node.kind, level: i.node.level ?? i.node.groupLevel ?? null });

describe('architectureDiff, Quảng Ngãi 2.0 → 3.0', () => {
  let forward: Diff;
  beforeAll(async () => {
    forward = await diff('arch:qng-2.0', 'arch:qng-3.0');
  });

  it('reports the merge of Cổng DVC and Một cửa điện tử into HTTT giải quyết TTHC, with its quote', async () => {
    const d = forward;
    const m = d.merged.find((x) => x.target?.node.id === 'component:qng-httt-gq-tthc');
    expect(m).toBeDefined();
    expect(ids(m!.merged).sort()).toEqual(['component:qng-cong-dvc', 'component:qng-mot-cua-dien-tu']);
    expect(m!.sources.some((s) => s.quote.includes('hợp nhất Cổng Dịch vụ công; Một cửa điện tử') && s.provenance === 'stated')).toBe(true);
    for (const i of m!.merged) expect(i).toMatchObject({ statusFrom: 'existing', statusTo: 'merged' });
    expect(m!.target).toMatchObject({ statusFrom: null, statusTo: 'upgrade' });
    // Merged, not kept: neither is reported as a status change.
    expect(ids(d.statusChanged)).not.toContain('component:qng-cong-dvc');
    expect(ids(d.statusChanged)).not.toContain('component:qng-mot-cua-dien-tu');
  });

  it('lists 3.0-only members as added and 2.0-only ones as removed, each with its INCLUDES quote', async () => {
    const d = forward;
    const ioc = d.added.find((i) => i.node.id === 'component:qng-ioc');
    expect(ioc).toMatchObject({ statusFrom: null, statusTo: 'upgrade' });
    expect(ioc!.sources.some((s) => s.quote.includes('(IOC)') && s.document.startsWith('000_'))).toBe(true);
    const users = d.removed.find((i) => i.node.id === 'component:qng-csdl-nguoi-dung');
    expect(users).toMatchObject({ statusFrom: 'new', statusTo: null });
    expect(users!.sources.map((s) => s.quote)).toContain('Bổ sung cơ sở dữ liệu người dùng phục vụ nhu cầu xác thực tập trung.');
    for (const i of [...d.added, ...d.removed]) expect(i.sources.length, i.node.id).toBeGreaterThan(0);
  });

  it('accounts for every member once: added or removed, kept, or merged', async () => {
    const d = forward;
    const [from, to] = [await memberIds('arch:qng-2.0'), await memberIds('arch:qng-3.0')];
    const mergedInBoth = d.merged.flatMap((m) => m.merged).filter((i) => i.statusTo !== null).length;
    expect(d.removed.length + d.keptCount + mergedInBoth).toBe(from.length);
    expect(d.added.length + d.keptCount + mergedInBoth).toBe(to.length);
    expect(d.added.every((i) => to.includes(i.node.id) && !from.includes(i.node.id))).toBe(true);
    expect(d.removed.every((i) => from.includes(i.node.id) && !to.includes(i.node.id))).toBe(true);
    expect(d.statusChanged.find((i) => i.node.id === 'component:qng-cong-ttdt')).toMatchObject({ statusFrom: 'existing', statusTo: 'upgrade' });
    expect(d.statusChanged.every((i) => i.statusFrom !== i.statusTo && i.statusFrom && i.statusTo)).toBe(true);
  });

  it('national references added and dropped are exactly the national items of added and removed', async () => {
    const d = forward;
    expect(ids(d.nationalAdded)).toEqual(ids(d.added.filter(national)));
    expect(ids(d.nationalDropped)).toEqual(ids(d.removed.filter(national)));
    expect(ids(d.nationalAdded)).toEqual(
      expect.arrayContaining(['ndb:lao-dong-viec-lam', 'component:trung-tam-du-lieu-quoc-gia', 'group:qng-ung-dung-cap-quoc-gia']),
    );
    expect(ids(d.nationalDropped)).toEqual(expect.arrayContaining(['ndb:dat-dai', 'component:he-thong-tham-van-chinh-sach']));
    expect(ids(d.nationalAdded)).not.toContain('component:qng-ioc');
  });

  it('reports connections that appear and disappear with the members, with their sources', async () => {
    const d = forward;
    const added = d.connectionsAdded.map(linkKey);
    expect(added).toContain('CONNECTS_TO component:qng-httt-gq-tthc component:cong-dvc-quoc-gia');
    expect(added).toContain('PART_OF component:qng-tro-ly-ao component:qng-httt-gq-tthc');
    expect(d.connectionsRemoved.map(linkKey)).toContain('PROVIDED_BY service:sso component:qng-csdl-nguoi-dung');
    for (const l of [...d.connectionsAdded, ...d.connectionsRemoved]) {
      expect(['MEMBER_OF_GROUP', 'IN_LAYER', 'INCLUDES', 'MERGED_INTO']).not.toContain(l.type);
      expect(l.sources.length, linkKey(l)).toBeGreaterThan(0);
    }
    const [from, to] = [await memberIds('arch:qng-2.0'), await memberIds('arch:qng-3.0')];
    for (const l of d.connectionsAdded) {
      expect(to.includes(l.from.id) && to.includes(l.to.id)).toBe(true);
      expect(from.includes(l.from.id) && from.includes(l.to.id)).toBe(false);
    }
  });

  it('the reverse diff swaps added and removed, and connections', async () => {
    const [d, r] = [forward, await diff('arch:qng-3.0', 'arch:qng-2.0')];
    expect(r).toMatchObject({ from: { id: 'arch:qng-3.0' }, to: { id: 'arch:qng-2.0' } });
    expect(ids(r.added)).toEqual(ids(d.removed));
    expect(ids(r.removed)).toEqual(ids(d.added));
    expect(ids(r.nationalAdded)).toEqual(ids(d.nationalDropped));
    expect(ids(r.nationalDropped)).toEqual(ids(d.nationalAdded));
    expect(r.connectionsAdded.map(linkKey).sort()).toEqual(d.connectionsRemoved.map(linkKey).sort());
    expect(r.connectionsRemoved.map(linkKey).sort()).toEqual(d.connectionsAdded.map(linkKey).sort());
    // Going back, nothing is merged: 2.0 does not include HTTT giải quyết TTHC.
    expect(r.merged).toEqual([]);
  });

  it('a version against itself is an empty diff', async () => {
    const d = await diff('arch:qng-3.0', 'arch:qng-3.0');
    for (const list of [d.added, d.removed, d.statusChanged, d.merged, d.renamed, d.nationalAdded, d.nationalDropped, d.connectionsAdded, d.connectionsRemoved])
      expect(list).toEqual([]);
    expect(d.keptCount).toBe((await memberIds('arch:qng-3.0')).length);
  });

  it('runs two named queries in one read transaction', async () => {
    const names: string[] = [];
    const stop = db.onQuery((name) => names.push(name));
    await architectureDiff(db, 'arch:qng-2.0', 'arch:qng-3.0');
    stop();
    expect(names).toEqual(['diff/architecture-members', 'diff/member-links']);
  });
});

describe('architectureDiff errors', () => {
  it('an unknown id is NOT_FOUND, naming the argument', async () => {
    const r = await gql(yoga, DIFF, { from: 'arch:qng-2.0', to: 'arch:nope' });
    expect(r.data).toBeNull();
    expect(r.errors![0].message).toContain('arch:nope');
    expect(r.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', problems: [{ where: 'to', value: 'arch:nope' }] });
  });

  it('a node that is not an Architecture is VALIDATION_FAILED', async () => {
    const r = await gql(yoga, DIFF, { from: 'component:qng-ioc', to: 'arch:qng-3.0' });
    expect(r.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', problems: [{ where: 'from', value: 'component:qng-ioc' }] });
  });
});

describe('computeArchitectureDiff on hand-made rows', () => {
  const src = (quote: string) => JSON.stringify([{ document: 'doc', section: 's', quote }]);
  const member = (id: string, status: MemberRow['status'], extra: Partial<MemberRow> = {}): MemberRow => ({
    id,
    name: id.replace(/^[a-z]+:/, ''),
    kind: 'Component',
    level: 'province',
    status,
    provenance: 'stated',
    sources: src(`includes ${id} as ${status}`),
    ...extra,
  });
  const link = (type: string, from: string, to: string): LinkRow => ({ type, from, to, provenance: 'stated', sources: src(`${from} ${type} ${to}`) });
  const ofIds = (items: { id: string }[]) => items.map((i) => i.id);

  it('a node `to` includes as merged is merged, not kept; one merged in both is kept', () => {
    const from = [member('component:a', 'existing'), member('component:b', 'upgrade'), member('component:old', 'merged'), member('component:c', 'existing')];
    const to = [
      member('component:a', 'merged'),
      member('component:b', 'merged'),
      member('component:old', 'merged'),
      member('component:c', 'upgrade'),
      member('component:z', 'new'),
    ];
    const links = [link('MERGED_INTO', 'component:a', 'component:z'), link('MERGED_INTO', 'component:old', 'component:z')];
    const d = computeArchitectureDiff('arch:x', 'arch:y', from, to, links);
    expect(d.merged).toHaveLength(2);
    expect(d.merged[0].target).toMatchObject({ id: 'component:z', statusFrom: null, statusTo: 'new' });
    expect(ofIds(d.merged[0].merged)).toEqual(['component:a']);
    expect(d.merged[0].sources.map((s) => s.quote)).toEqual(['component:a MERGED_INTO component:z']);
    // b is marked merged with no MERGED_INTO: merged, under no target.
    expect(d.merged[1].target).toBeNull();
    expect(ofIds(d.merged[1].merged)).toEqual(['component:b']);
    expect(d.keptCount).toBe(2); // old (merged in both) and c
    expect(ofIds(d.statusChanged)).toEqual(['component:c']);
    expect(d.statusChanged[0]).toMatchObject({ statusFrom: 'existing', statusTo: 'upgrade' });
    expect(d.statusChanged[0].sources.map((s) => s.quote)).toEqual(['includes component:c as upgrade', 'includes component:c as existing']);
    expect(ofIds(d.added)).toEqual(['component:z']);
    expect(d.removed).toEqual([]);
  });

  it('a node left out of `to` but merged into one of its members is merged and removed', () => {
    const from = [member('component:a', 'existing'), member('component:t', 'existing')];
    const to = [member('component:t', 'upgrade')];
    const d = computeArchitectureDiff('arch:x', 'arch:y', from, to, [link('MERGED_INTO', 'component:a', 'component:t')]);
    expect(d.merged.map((m) => [m.target?.id, ofIds(m.merged)])).toEqual([['component:t', ['component:a']]]);
    expect(d.merged[0].merged[0]).toMatchObject({ statusFrom: 'existing', statusTo: null });
    expect(ofIds(d.removed)).toEqual(['component:a']);
    expect(ofIds(d.statusChanged)).toEqual(['component:t']);
  });

  it('a node alive in both versions is kept even with a MERGED_INTO edge', () => {
    const rows = [member('component:a', 'existing'), member('component:t', 'existing')];
    const d = computeArchitectureDiff('arch:x', 'arch:y', rows, rows, [link('MERGED_INTO', 'component:a', 'component:t')]);
    expect(d.merged).toEqual([]);
    expect(d.keptCount).toBe(2);
    expect(d.statusChanged).toEqual([]);
  });

  it('renames, national references and connections', () => {
    const from = [
      member('component:old-name', 'existing'),
      member('component:p', 'existing'),
      member('ndb:gone', 'reference', { kind: 'NationalDatabase', level: 'national' }),
      member('network:wan', 'existing', { kind: 'Network', level: 'national' }),
    ];
    const to = [
      member('component:new-name', 'upgrade'),
      member('component:p', 'existing'),
      member('component:nat', 'reference', { level: 'national' }),
      member('group:nat', 'reference', { kind: 'ComponentGroup', level: 'national' }),
      member('network:lan', 'existing', { kind: 'Network', level: 'national' }),
    ];
    const links = [
      link('SUCCEEDED_BY', 'component:old-name', 'component:new-name'),
      link('CONNECTS_TO', 'component:p', 'component:old-name'),
      link('CONNECTS_TO', 'component:p', 'component:new-name'),
      link('USES_DATA_FROM', 'component:p', 'ndb:gone'),
      link('MEMBER_OF_GROUP', 'component:nat', 'group:nat'),
    ];
    const d = computeArchitectureDiff('arch:x', 'arch:y', from, to, links);
    expect(d.renamed.map((r) => [r.previous.id, r.successor.id, r.sources[0].quote])).toEqual([
      ['component:old-name', 'component:new-name', 'component:old-name SUCCEEDED_BY component:new-name'],
    ]);
    expect(ofIds(d.nationalAdded)).toEqual(['component:nat', 'group:nat']);
    expect(ofIds(d.nationalDropped)).toEqual(['ndb:gone']);
    expect(d.connectionsAdded.map((l) => `${l.type} ${l.from} ${l.to}`)).toEqual(['CONNECTS_TO component:p component:new-name']);
    expect(d.connectionsRemoved.map((l) => `${l.type} ${l.from} ${l.to}`)).toEqual([
      'CONNECTS_TO component:p component:old-name',
      'USES_DATA_FROM component:p ndb:gone',
    ]);
    // Against itself, the rename is history, not a change.
    expect(computeArchitectureDiff('arch:y', 'arch:y', [...from, ...to], [...from, ...to], links).renamed).toEqual([]);
  });
});
