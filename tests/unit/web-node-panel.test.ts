// @vitest-environment happy-dom
/**
 * <kb-node-panel> in happy-dom: properties, sources with their quote and provenance, relationships
 * grouped by reading both ways, tasks and indicators apart, example data flagged, history, and
 * kb-node-open when a related node is chosen.
 */
import { describe, expect, it } from 'vitest';
import { KbNodePanel, groupRelationships } from '../../web/src/kb-node-panel/kb-node-panel.js';
import type { NodeFull, RelationshipDetail } from '../../web/src/api/explore.js';
import { setLang } from '../../web/src/i18n/i18n.js';
import { mount, resetPageAfterEach } from '../setup/dom.js';

const src = (quote: string, provenance = 'stated') => ({
  document: '000_doc.txt',
  citation: 'Quyết định phê duyệt Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3.0 (31/12/2024)',
  section: 'PL III STT 6',
  quote,
  provenance,
});
const other = (id: string, name: string, kind: string, provenance = 'stated') => ({ id, name, kind, provenance });
const rel = (
  type: string,
  field: string,
  direction: 'OUT' | 'IN',
  node: ReturnType<typeof other>,
  extra: Partial<RelationshipDetail> = {},
): RelationshipDetail => ({
  type,
  field,
  direction,
  provenance: 'stated',
  status: null,
  rule: null,
  sources: [src(`${field} ${node.name}`)],
  node,
  ...extra,
});

const lgsp: NodeFull = {
  id: 'component:qng-lgsp',
  name: 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi',
  nameEn: 'Quảng Ngãi data integration and sharing platform',
  kind: 'Component',
  provenance: 'stated',
  province: 'Quảng Ngãi',
  abbreviations: ['LGSP'],
  aliases: ['Nền tảng LGSP'],
  description: null,
  rule: null,
  sources: [src('Phát triển, hoàn thiện Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi')],
  properties: { componentKind: 'platform', level: 'province' },
  relationships: [
    rel('CONNECTS_TO', 'connectsTo', 'OUT', other('component:ndxp', 'NDXP', 'Component')),
    rel('INTEGRATES_VIA', 'integratesVia', 'OUT', other('component:ndxp', 'NDXP', 'Component')),
    rel('INTEGRATES_VIA', 'integrationHubFor', 'IN', other('component:qng-ex-ho-tich', 'Hộ tịch (ví dụ)', 'Component', 'example'), { provenance: 'example' }),
    rel('INTEGRATES_VIA', 'integrationHubFor', 'IN', other('component:a', 'Ứng dụng A', 'Component'), { provenance: 'inferred', rule: 'layer-integration' }),
    rel('INCLUDES', 'includedIn', 'IN', other('arch:qng-3.0', 'Kiến trúc 3.0', 'Architecture'), { status: 'upgrade' }),
    rel('TARGETS', 'targetedBy', 'IN', other('task:000-6', 'Phát triển LGSP', 'Task')),
    rel('MEASURES', 'measuredBy', 'IN', other('indicator:001-i-1', 'Tỷ lệ kết nối', 'Indicator')),
  ],
};

const panel = (node: NodeFull | null, history: KbNodePanel['history'] = []) => mount<KbNodePanel>('kb-node-panel', { node, history });

resetPageAfterEach();

describe('groupRelationships', () => {
  it('groups by reading, outgoing first, names sorted within a group', () => {
    const groups = groupRelationships(lgsp.relationships);
    expect(groups.map((g) => `${g.direction} ${g.field} ${g.items.length}`)).toEqual([
      'OUT connectsTo 1',
      'OUT integratesVia 1',
      'IN integrationHubFor 2',
      'IN includedIn 1',
      'IN targetedBy 1',
      'IN measuredBy 1',
    ]);
    expect(groups[2].items.map((i) => i.node.name)).toEqual(['Hộ tịch (ví dụ)', 'Ứng dụng A']);
  });
});

describe('<kb-node-panel>', () => {
  it('invites to select a node when it has none', async () => {
    const el = await panel(null);
    expect(el.shadowRoot!.textContent).toContain('Chọn một nút');
  });

  it('shows properties, sources with quotes, grouped relationships, tasks, indicators and history', async () => {
    const el = await panel(lgsp, [{ at: '2026-11-20T08:00:00Z', actor: 'tester', operation: 'updateNode', before: null, after: null }]);
    const root = el.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).toBe(lgsp.name);
    const dl = root.querySelector('dl')!.textContent!;
    expect(dl).toContain('Loại thành phần');
    expect(dl).toContain('platform');
    expect(dl).toContain('LGSP');
    const quote = root.querySelector('ol.sources blockquote')!;
    expect(quote.textContent).toBe('Phát triển, hoàn thiện Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) tỉnh Quảng Ngãi');
    const cite = root.querySelector('ol.sources .cite')!.textContent!;
    expect(cite).toContain('PL III STT 6');
    // The document by its title and date, never its file name.
    expect(cite).toContain('Quyết định phê duyệt Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3.0 (31/12/2024)');
    expect(cite).not.toContain('000_doc.txt');
    const groups = [...root.querySelectorAll('section.group')];
    const heads = groups.map((g) => g.querySelector('h5')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(heads[0]).toMatch(/^Kết nối tới \(→ CONNECTS_TO, đi ra, 1\)$/);
    expect(heads).toContainEqual(expect.stringMatching(/^Là đầu mối tích hợp cho \(← INTEGRATES_VIA, đi vào, 2\)$/));
    // Tasks and indicators are listed in their own sections, not among the relationships.
    const h4 = [...root.querySelectorAll('h4')].map((h) => h.textContent!.trim());
    expect(h4).toEqual(['Thuộc tính', 'Nguồn (1)', 'Quan hệ (5)', 'Nhiệm vụ (1)', 'Chỉ tiêu (1)', 'Lịch sử thay đổi']);
    expect(root.querySelector('section.group[data-field=targetedBy] button')!.textContent).toBe('Phát triển LGSP');
    expect(root.textContent).toContain('trạng thái: upgrade');
    // Example and inferred relationships are marked, with the rule.
    const hub = root.querySelector('section.group[data-field=integrationHubFor]')!;
    expect(hub.querySelector('.badge.example')!.textContent).toBe('ví dụ');
    expect(hub.querySelector('.badge.inferred')!.textContent).toBe('suy luận');
    expect(hub.textContent).toContain('layer-integration');
    // Each relationship's quotes on demand.
    expect(hub.querySelector('details summary')!.textContent).toContain('Trích dẫn (1)');
    const history = root.querySelector('table')!;
    expect(history.querySelectorAll('th[scope=col]').length).toBe(3);
    expect(history.textContent).toContain('Sửa nút');
  });

  it('flags an example node', async () => {
    const el = await panel({ ...lgsp, id: 'component:qng-ex-ho-tich', provenance: 'example', sources: [src('…', 'example')], relationships: [] });
    const warning = el.shadowRoot!.querySelector('[role=note]')!;
    expect(warning.textContent).toContain('ví dụ minh họa');
    expect(el.shadowRoot!.querySelector('.meta .badge.example')).not.toBeNull();
    expect(el.shadowRoot!.textContent).toContain('Không có.');
  });

  it('fires kb-node-open with the related node id', async () => {
    const el = await panel(lgsp);
    const opened: string[] = [];
    document.body.addEventListener('kb-node-open', (e) => opened.push((e as CustomEvent<{ id: string }>).detail.id));
    (el.shadowRoot!.querySelector('section.group[data-field=includedIn] button') as HTMLButtonElement).click();
    expect(opened).toEqual(['arch:qng-3.0']);
  });

  it('switches labels to English', async () => {
    const el = await panel(lgsp);
    setLang('en');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('h4')].map((h) => h.textContent!.trim())[0]).toBe('Properties');
    expect(root.querySelector('section.group h5')!.textContent).toContain('Connects to');
    expect(root.querySelector('.en')!.textContent).toBe(lgsp.nameEn);
  });
});
