// @vitest-environment happy-dom
/**
 * <kb-finding> and <kb-appraisal-report> in happy-dom, and the findings CSV: rule, severity as
 * text and shape, message and recommendation in the current language, example data flagged,
 * evidence with provenance and quotes, the rule's verbatim text and citation; kb-finding-select;
 * the report's verdict, findings by rule, unfunded lines and totals; CSV with a BOM and quoting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppraisalReport, Finding } from '../web/src/api/queries.js';
import { KbFinding } from '../web/src/kb-finding/kb-finding.js';
import { KbAppraisalReport } from '../web/src/kb-appraisal-report/kb-appraisal-report.js';
import { CSV_BOM, csvField, findingsToCsv } from '../web/src/kb-duplication-view/findings-csv.js';
import { setLang } from '../web/src/i18n/i18n.js';

const finding = (extra: Partial<Finding> = {}): Finding => ({
  id: 'rebuilds-national-data:component:qng-ex-ho-so-suc-khoe:domain:dan-cu',
  ruleCode: 'rebuilds-national-data',
  severity: 'high',
  subjects: [{ id: 'component:qng-ex-ho-so-suc-khoe', name: 'Hệ thống quản lý hồ sơ sức khỏe điện tử' }],
  messageVi: 'Hệ thống lưu dữ liệu Dân cư nhưng không khai thác CSDL quốc gia về Dân cư.',
  messageEn: 'The system holds population data but does not use the national population database.',
  recommendationVi: 'Tái sử dụng CSDL quốc gia về Dân cư qua LGSP.',
  recommendationEn: 'Reuse the national population database through LGSP.',
  reuseInstead: [{ id: 'ndb:dan-cu', name: 'CSDL quốc gia về Dân cư' }],
  provenance: 'example',
  similarity: null,
  shared: null,
  budgetLines: null,
  rule: {
    id: 'rule:rebuilds-national-data',
    name: 'Không xây dựng lại các miền dữ liệu do CSDL quốc gia cung cấp',
    nameEn: 'Do not rebuild data a national database provides',
    text: 'Không xây dựng lại các miền dữ liệu do CSDL quốc gia cung cấp được triển khai từ trung ương xuống địa phương.',
    sources: [{ document: '003_60dda40e9fc55daa.txt', citation: 'Quyết định phê duyệt Kiến trúc CQĐT tỉnh Quảng Nam (Phiên bản 2.0) (Ủy ban nhân dân tỉnh Quảng Nam, 2021)', section: '§6.a, gạch đầu dòng 2', quote: 'Không xây dựng lại…', provenance: 'stated' }],
  },
  evidence: [
    {
      textVi: 'Hệ thống lưu dữ liệu Dân cư; không có quan hệ khai thác.',
      textEn: 'The system holds population data; no USES_DATA_FROM link.',
      steps: [
        { from: { id: 'component:qng-ex-ho-so-suc-khoe', name: 'Hồ sơ sức khỏe' }, type: 'HOLDS_DATA', to: { id: 'domain:dan-cu', name: 'Dân cư' }, provenance: 'example', sources: [] },
        {
          from: { id: 'ndb:dan-cu', name: 'CSDL quốc gia về Dân cư' },
          type: 'AUTHORITATIVE_FOR',
          to: { id: 'domain:dan-cu', name: 'Dân cư' },
          provenance: 'inferred',
          sources: [{ document: '000_ad6ee82cc589edb4.txt', citation: 'Quyết định phê duyệt Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3.0, hướng tới Chính quyền số (Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, 31/12/2024)', section: 'PL I 3.1.a', quote: 'Các CSDL, hệ thống thông tin quốc gia khác (CSDL quốc gia về Dân cư…', provenance: 'inferred' }],
        },
      ],
    },
  ],
  ...extra,
});

async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(tag: string, props: Record<string, unknown>): Promise<T> {
  const el = document.createElement(tag) as T;
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
  setLang('vi');
});

describe('<kb-finding>', () => {
  it('shows rule number and name, severity as text and shape, subjects, message, recommendation and the example mark', async () => {
    const el = await mount<KbFinding>('kb-finding', { finding: finding(), ruleNumber: 1 });
    expect(el).toBeInstanceOf(KbFinding);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Quy tắc 1 · Không xây dựng lại các miền dữ liệu do CSDL quốc gia cung cấp');
    expect(el.shadowRoot!.querySelector('.sev')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('▲ Cao');
    expect(text).toContain('Hệ thống quản lý hồ sơ sức khỏe điện tử');
    expect(text).toContain('không khai thác CSDL quốc gia về Dân cư');
    expect(text).toContain('Tái sử dụng CSDL quốc gia về Dân cư qua LGSP.');
    expect(text).toContain('ví dụ minh họa');
    // Not detailed: no evidence table.
    expect(el.shadowRoot!.querySelector('table')).toBeNull();
  });

  it('switches message and recommendation to English with the language', async () => {
    const el = await mount<KbFinding>('kb-finding', { finding: finding(), ruleNumber: 1 });
    setLang('en');
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Rule 1 · Do not rebuild data a national database provides');
    expect(text).toContain('does not use the national population database');
    expect(text).toContain('Reuse the national population database through LGSP.');
    expect(text).toContain('High');
  });

  it('detailed: every fact with its provenance and quotes, and the rule verbatim with its citation', async () => {
    const el = await mount<KbFinding>('kb-finding', { finding: finding(), detailed: true });
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows.map((r) => r[1])).toEqual(['HOLDS_DATA', 'AUTHORITATIVE_FOR']);
    expect(rows.map((r) => r[3])).toEqual(['ví dụ', 'suy luận']);
    expect(rows[1][4]).toContain('“Các CSDL, hệ thống thông tin quốc gia khác');
    expect(rows[1][4]).toContain('Quyết định phê duyệt Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3.0, hướng tới Chính quyền số (Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, 31/12/2024), PL I 3.1.a');
    expect(rows[1][4]).not.toContain('.txt');
    const rule = el.shadowRoot!.querySelector('.ruletext')!.textContent!.replace(/\s+/g, ' ');
    expect(rule).toContain('được triển khai từ trung ương xuống địa phương.');
    expect(rule).toContain('Quyết định phê duyệt Kiến trúc CQĐT tỉnh Quảng Nam (Phiên bản 2.0) (Ủy ban nhân dân tỉnh Quảng Nam, 2021), §6.a, gạch đầu dòng 2');
    expect(rule).not.toContain('.txt');
    expect(el.shadowRoot!.querySelectorAll('th[scope=col]').length).toBe(5);
  });

  it('a selectable card fires kb-finding-select with its id and reflects selection with aria-pressed', async () => {
    const el = await mount<KbFinding>('kb-finding', { finding: finding(), selectable: true, selected: true });
    const got: string[] = [];
    document.body.addEventListener('kb-finding-select', (e) => got.push((e as CustomEvent<{ id: string }>).detail.id));
    const button = el.shadowRoot!.querySelector('button.select') as HTMLButtonElement;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.click();
    expect(got).toEqual([finding().id]);
  });

  it('the heading level follows where the card is placed; under its rule, the heading is the message', async () => {
    const el = await mount<KbFinding>('kb-finding', { finding: finding({ subjects: [{ id: 'proposal', name: 'Đề xuất' }] }), headingLevel: 6, showRule: false });
    const h = el.shadowRoot!.querySelector('h6')!;
    expect(h.textContent).toContain('không khai thác CSDL quốc gia về Dân cư');
    expect(h.textContent).not.toContain('Không xây dựng lại');
    // The proposal itself is not repeated as "concerns".
    expect(el.shadowRoot!.querySelector('.subjects')).toBeNull();
  });
});

const report = (extra: Partial<AppraisalReport> = {}): AppraisalReport => ({
  id: null,
  name: 'Hệ thống tiếp nhận hồ sơ',
  appraisedAt: '2026-11-25T10:00:00.000Z',
  owner: { id: 'agency:x', name: 'Trung tâm phục vụ hành chính công' },
  province: 'Quảng Nam',
  requestedTotal: 5070,
  unfundedTotal: 1430,
  findings: [
    finding({ id: 'a', ruleCode: 'reimplements-shared-service', severity: 'high', subjects: [{ id: 'proposal', name: 'Hệ thống tiếp nhận hồ sơ' }] }),
    finding({ id: 'b', ruleCode: 'rebuilds-national-data', subjects: [{ id: 'proposal', name: 'Hệ thống tiếp nhận hồ sơ' }] }),
  ],
  reuse: [{ ruleCode: 'reimplements-shared-service', use: [{ id: 'component:qnam-nen-tang-thanh-toan', name: 'Nền tảng công nghệ tài chính và thanh toán điện tử' }], reasonVi: 'Tích hợp dịch vụ thanh toán.', reasonEn: 'Integrate the payment service.' }],
  unfundedBudgetLines: [
    { name: 'Xây dựng module thanh toán trực tuyến', category: 'MODULE', amount: 600, ruleCode: 'reimplements-shared-service', reasonVi: 'Trùng dịch vụ nền tảng.', reasonEn: 'Duplicates a platform service.' },
    { name: 'Xây dựng module ký số', category: 'MODULE', amount: 830, ruleCode: 'reimplements-shared-service', reasonVi: 'Trùng dịch vụ nền tảng.', reasonEn: 'Duplicates a platform service.' },
  ],
  conformance: {
    verdict: 'DOES_NOT_CONFORM',
    rulesChecked: ['rebuilds-national-data', 'reimplements-shared-service', 'overlap'],
    rulesPassed: ['overlap'],
    rulesFailed: ['rebuilds-national-data', 'reimplements-shared-service'],
    summaryVi: 'Chưa phù hợp với kiến trúc: 2 phát hiện.',
    summaryEn: 'Does not conform to the architecture: 2 findings.',
  },
  proposal: {},
  ...extra,
});

const RULES = [
  { id: 'rule:rebuilds-national-data', code: 'rebuilds-national-data', number: 1, name: 'Không xây dựng lại dữ liệu quốc gia', nameEn: 'Do not rebuild national data', severity: 'high', text: '', summaryEn: '', sources: [] },
  { id: 'rule:reimplements-shared-service', code: 'reimplements-shared-service', number: 2, name: 'Không bố trí kinh phí cho module trùng', nameEn: 'Do not fund duplicate modules', severity: 'high', text: '', summaryEn: '', sources: [] },
  { id: 'rule:overlap', code: 'overlap', number: 8, name: 'Chồng chéo', nameEn: 'Overlap', severity: 'low', text: '', summaryEn: '', sources: [] },
];

describe('<kb-appraisal-report>', () => {
  it('verdict as symbol and text, summary, findings grouped by rule in rule order, reuse, unfunded lines with totals, rules passed and failed', async () => {
    const el = await mount<KbAppraisalReport>('kb-appraisal-report', { report: report(), rules: RULES });
    expect(el).toBeInstanceOf(KbAppraisalReport);
    const root = el.shadowRoot!;
    const verdict = root.querySelector('.verdict')!;
    expect(verdict.getAttribute('data-verdict')).toBe('DOES_NOT_CONFORM');
    expect(verdict.textContent).toContain('✖');
    expect(verdict.textContent).toContain('Chưa phù hợp');
    expect(verdict.textContent).toContain('Chưa phù hợp với kiến trúc: 2 phát hiện.');
    expect([...root.querySelectorAll('section[data-rule]')].map((s) => s.getAttribute('data-rule'))).toEqual(['rebuilds-national-data', 'reimplements-shared-service']);
    expect(root.querySelectorAll('kb-finding').length).toBe(2);
    expect(root.querySelector('.reuse')!.textContent).toContain('Nền tảng công nghệ tài chính và thanh toán điện tử');
    const unfunded = root.querySelector('.unfunded-total')!;
    expect(unfunded.getAttribute('data-value')).toBe('1430');
    expect(unfunded.textContent).toBe('1.430');
    expect(root.querySelectorAll('.unfunded tbody tr').length).toBe(2);
    expect(root.querySelector('.unfunded tfoot')!.textContent).toContain('1.430 / 5.070');
    expect(root.querySelector('.failed')!.textContent).toContain('2. Không bố trí kinh phí cho module trùng');
    expect(root.querySelector('.passed')!.textContent).toContain('8. Chồng chéo');
  });

  it('"In / Print" calls window.print', async () => {
    const el = await mount<KbAppraisalReport>('kb-appraisal-report', { report: report(), rules: RULES });
    let printed = 0;
    const original = window.print;
    window.print = () => void printed++;
    try {
      (el.shadowRoot!.querySelector('.toolbar button') as HTMLButtonElement).click();
    } finally {
      window.print = original;
    }
    expect(printed).toBe(1);
  });

  it('a conforming report says so and lists nothing to cut', async () => {
    const el = await mount<KbAppraisalReport>('kb-appraisal-report', {
      report: report({ findings: [], reuse: [], unfundedBudgetLines: [], unfundedTotal: 0, conformance: { ...report().conformance, verdict: 'CONFORMS', rulesFailed: [], rulesPassed: ['overlap'] } }),
      rules: RULES,
    });
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('✔');
    expect(text).toContain('Phù hợp');
    expect(text).toContain('Không có phát hiện nào');
    expect(text).toContain('Không có hạng mục nào bị đề nghị không bố trí kinh phí.');
  });
});

describe('findings CSV', () => {
  const labels = { headers: ['Số', 'Mã', 'Quy tắc', 'Mức độ', 'Đối tượng', 'Phát hiện', 'Khuyến nghị', 'Nên dùng', 'Nguồn gốc', 'Id'], severity: (s: string) => `sev:${s}`, provenance: (p: string) => `prov:${p}` };

  it('starts with a UTF-8 BOM, one header line and one CRLF-terminated line per finding', () => {
    const csv = findingsToCsv([finding(), finding({ id: 'x' })], 'vi', new Map([['rebuilds-national-data', 1]]), labels);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.length).toBe(4); // header, two findings, the empty string after the last CRLF
    expect(lines[0]).toBe('Số,Mã,Quy tắc,Mức độ,Đối tượng,Phát hiện,Khuyến nghị,Nên dùng,Nguồn gốc,Id');
    expect(lines[1].startsWith('1,rebuilds-national-data,Không xây dựng lại các miền dữ liệu do CSDL quốc gia cung cấp,sev:high,')).toBe(true);
    expect(lines[1]).toContain('prov:example');
  });

  it('quotes fields with commas, quotes and line breaks; English picks the English texts', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    const csv = findingsToCsv([finding()], 'en', new Map(), labels);
    expect(csv).toContain('Do not rebuild data a national database provides');
    expect(csv).toContain(',The system holds population data but does not use the national population database.,Reuse the national population database through LGSP.,');
  });
});
