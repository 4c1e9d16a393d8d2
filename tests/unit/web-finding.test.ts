// @vitest-environment happy-dom
/**
 * <kb-finding> and <kb-appraisal-report> in happy-dom, and the findings CSV: rule, severity as
 * text and shape, message and recommendation in the current language, systems with their
 * agencies, what to reuse with its province or "quốc gia", example data flagged and explained,
 * evidence with relationships in words, provenance and quotes, the rule's verbatim text and its
 * sources; overlap and same-name scores in words with the items by name; kb-finding-select; the
 * report's rule set (binding or reference), verdict, findings by rule with their evidence, unfunded
 * lines and totals, "+N in example data"; CSV with a BOM and quoting.
 */
import { describe, expect, it } from 'vitest';
import type { AppraisalReport, Finding } from '../../web/src/api/queries.js';
import { KbFinding } from '../../web/src/kb-finding/kb-finding.js';
import { KbAppraisalReport } from '../../web/src/kb-appraisal-report/kb-appraisal-report.js';
import { CSV_BOM, csvField, findingsToCsv } from '../../web/src/kb-duplication-view/findings-csv.js';
import { setLang } from '../../web/src/i18n/i18n.js';
import { mount, resetPageAfterEach } from '../setup/dom.js';

const finding = (extra: Partial<Finding> = {}): Finding => ({
  id: 'rebuilds-national-data:component:qng-ex-ho-so-suc-khoe:domain:dan-cu',
  ruleCode: 'rebuilds-national-data',
  severity: 'high',
  subjects: [{ id: 'component:qng-ex-ho-so-suc-khoe', name: 'Hệ thống quản lý hồ sơ sức khỏe điện tử', agencies: ['Sở Y tế tỉnh Quảng Ngãi'] }],
  messageVi: 'Hệ thống lưu dữ liệu Dân cư nhưng không khai thác CSDL quốc gia về Dân cư.',
  messageEn: 'The system holds population data but does not use the national population database.',
  recommendationVi: 'Tái sử dụng CSDL quốc gia về Dân cư qua LGSP.',
  recommendationEn: 'Reuse the national population database through LGSP.',
  reuseInstead: [
    { id: 'ndb:dan-cu', name: 'CSDL quốc gia về Dân cư', province: null, national: true },
    { id: 'component:qnam-nen-tang-thanh-toan', name: 'Nền tảng thanh toán', province: 'Quảng Nam', national: false },
  ],
  provenance: 'example',
  restsOnExamples: true,
  similarity: null,
  shared: null,
  compared: [],
  budgetLines: null,
  rule: {
    id: 'rule:rebuilds-national-data',
    name: 'Không xây dựng lại các miền dữ liệu do CSDL quốc gia cung cấp',
    nameEn: 'Do not rebuild data a national database provides',
    text: 'Không xây dựng lại các miền dữ liệu do CSDL quốc gia cung cấp được triển khai từ trung ương xuống địa phương.',
    sources: [
      {
        document: '003_60dda40e9fc55daa.txt',
        citation: 'Quyết định phê duyệt Kiến trúc CQĐT tỉnh Quảng Nam (Phiên bản 2.0) (Ủy ban nhân dân tỉnh Quảng Nam, 2021)',
        section: '§6.a, gạch đầu dòng 2',
        quote: 'Không xây dựng lại…',
        provenance: 'stated',
      },
    ],
  },
  evidence: [
    {
      textVi: 'Hệ thống lưu dữ liệu Dân cư; không có quan hệ khai thác.',
      textEn: 'The system holds population data; no USES_DATA_FROM link.',
      steps: [
        {
          from: { id: 'component:qng-ex-ho-so-suc-khoe', name: 'Hồ sơ sức khỏe' },
          type: 'HOLDS_DATA',
          relationVi: 'lưu dữ liệu',
          relationEn: 'holds data of',
          to: { id: 'domain:dan-cu', name: 'Dân cư' },
          provenance: 'example',
          sources: [],
        },
        {
          from: { id: 'ndb:dan-cu', name: 'CSDL quốc gia về Dân cư' },
          type: 'AUTHORITATIVE_FOR',
          relationVi: 'là nguồn dữ liệu gốc về',
          relationEn: 'is the authoritative source of',
          to: { id: 'domain:dan-cu', name: 'Dân cư' },
          provenance: 'inferred',
          sources: [
            {
              document: '000_ad6ee82cc589edb4.txt',
              citation:
                'Quyết định phê duyệt Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3.0, hướng tới Chính quyền số (Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, 31/12/2024)',
              section: 'PL I 3.1.a',
              quote: 'Các CSDL, hệ thống thông tin quốc gia khác (CSDL quốc gia về Dân cư…',
              provenance: 'inferred',
            },
          ],
        },
      ],
    },
  ],
  ...extra,
});

resetPageAfterEach();

describe('<kb-finding>', () => {
  it('shows rule number and name, severity as text and shape, subjects, message, recommendation and the example mark', async () => {
    const el = await mount<KbFinding>('kb-finding', { finding: finding(), ruleNumber: 1 });
    expect(el).toBeInstanceOf(KbFinding);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Quy tắc 1 · Không xây dựng lại các miền dữ liệu do CSDL quốc gia cung cấp');
    expect(el.shadowRoot!.querySelector('.sev')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('▲ Cao');
    // Systems with their agencies; what to reuse with its province, unless its name says "quốc gia".
    expect(text).toContain('Hệ thống quản lý hồ sơ sức khỏe điện tử (Sở Y tế tỉnh Quảng Ngãi)');
    expect(text).toContain('không khai thác CSDL quốc gia về Dân cư');
    expect(text).toContain('Tái sử dụng CSDL quốc gia về Dân cư qua LGSP.');
    expect(el.shadowRoot!.querySelector('.reuse-instead')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'CSDL quốc gia về Dân cư; Nền tảng thanh toán (Quảng Nam)',
    );
    expect(el.shadowRoot!.querySelector('.example')!.textContent).toBe('Dựa trên dữ liệu minh họa');
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
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    );
    // Relationships in words, never the type code.
    expect(rows.map((r) => r[1])).toEqual(['lưu dữ liệu', 'là nguồn dữ liệu gốc về']);
    expect(el.shadowRoot!.textContent).not.toMatch(/HOLDS_DATA|AUTHORITATIVE_FOR/);
    expect(el.shadowRoot!.querySelector('.examples-note')!.textContent).toContain('không có dữ liệu minh họa thì không có phát hiện này');
    expect(rows.map((r) => r[3])).toEqual(['ví dụ', 'suy luận']);
    expect(rows[1][4]).toContain('“Các CSDL, hệ thống thông tin quốc gia khác');
    expect(rows[1][4]).toContain(
      'Quyết định phê duyệt Kiến trúc Chính quyền điện tử tỉnh Quảng Ngãi, phiên bản 3.0, hướng tới Chính quyền số (Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi, 31/12/2024), PL I 3.1.a',
    );
    expect(rows[1][4]).not.toContain('.txt');
    const rule = el.shadowRoot!.querySelector('.ruletext')!.textContent!.replace(/\s+/g, ' ');
    expect(rule).toContain('được triển khai từ trung ương xuống địa phương.');
    // The rule's source: its verbatim quote, then the document by title, issuer, date and section.
    expect(rule).toContain('“Không xây dựng lại…”');
    expect(rule).toContain('Quyết định phê duyệt Kiến trúc CQĐT tỉnh Quảng Nam (Phiên bản 2.0) (Ủy ban nhân dân tỉnh Quảng Nam, 2021), §6.a, gạch đầu dòng 2');
    expect(rule).not.toContain('.txt');
    expect(el.shadowRoot!.querySelectorAll('th[scope=col]').length).toBe(5);
  });

  it('an overlap reads as a weighted share of data and services, with the items compared by name', async () => {
    const f = finding({
      ruleCode: 'overlap',
      severity: 'low',
      subjects: [
        { id: 'component:a', name: 'Hồ sơ sức khỏe', agencies: ['Sở Y tế'] },
        { id: 'component:b', name: 'Tiêm chủng', agencies: ['Trung tâm Kiểm soát bệnh tật'] },
      ],
      reuseInstead: [],
      similarity: 0.65,
      shared: ['data:Y tế', 'business:Y tế'],
      compared: [
        { kind: 'data', name: 'Y tế', side: 'BOTH' },
        { kind: 'business', name: 'Y tế', side: 'BOTH' },
        { kind: 'data', name: 'Dân cư', side: 'FIRST' },
      ],
    });
    const el = await mount<KbFinding>('kb-finding', { finding: f, detailed: true });
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('trùng 65% dữ liệu và dịch vụ, có trọng số');
    expect(text).not.toMatch(/Jaccard|0\.65/);
    const rows = [...el.shadowRoot!.querySelectorAll('table.compared tr')].map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      ['Cả hai', 'Dữ liệu: Y tế; Nghiệp vụ: Y tế'],
      ['Chỉ Hồ sơ sức khỏe', 'Dữ liệu: Dân cư'],
      ['Chỉ Tiêm chủng', '—'],
    ]);
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
    const el = await mount<KbFinding>('kb-finding', {
      finding: finding({ subjects: [{ id: 'proposal', name: 'Đề xuất', agencies: [] }] }),
      headingLevel: 6,
      showRule: false,
    });
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
    finding({
      id: 'a',
      ruleCode: 'reimplements-shared-service',
      severity: 'high',
      subjects: [{ id: 'proposal', name: 'Hệ thống tiếp nhận hồ sơ', agencies: [] }],
    }),
    finding({ id: 'b', ruleCode: 'rebuilds-national-data', subjects: [{ id: 'proposal', name: 'Hệ thống tiếp nhận hồ sơ', agencies: [] }] }),
  ],
  reuse: [
    {
      ruleCode: 'reimplements-shared-service',
      use: [{ id: 'component:qnam-nen-tang-thanh-toan', name: 'Nền tảng công nghệ tài chính và thanh toán điện tử', province: 'Quảng Nam', national: false }],
      reasonVi: 'Tích hợp dịch vụ thanh toán.',
      reasonEn: 'Integrate the payment service.',
    },
  ],
  unfundedBudgetLines: [
    {
      name: 'Xây dựng module thanh toán trực tuyến',
      category: 'MODULE',
      amount: 600,
      ruleCode: 'reimplements-shared-service',
      reasonVi: 'Trùng dịch vụ nền tảng.',
      reasonEn: 'Duplicates a platform service.',
    },
    {
      name: 'Xây dựng module ký số',
      category: 'MODULE',
      amount: 830,
      ruleCode: 'reimplements-shared-service',
      reasonVi: 'Trùng dịch vụ nền tảng.',
      reasonEn: 'Duplicates a platform service.',
    },
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
  provenance: ['stated', 'inferred', 'external'],
  ruleSet: {
    id: 'arch:qnam-2.0',
    name: 'Kiến trúc CQĐT tỉnh Quảng Nam, phiên bản 2.0',
    nameEn: null,
    jurisdiction: 'Quảng Nam',
    citation: 'Quyết định phê duyệt Kiến trúc CQĐT tỉnh Quảng Nam (Phiên bản 2.0) (Ủy ban nhân dân tỉnh Quảng Nam, 2021)',
    citationEn: null,
    binding: false,
    noteVi:
      'Các quy tắc của Kiến trúc CQĐT tỉnh Quảng Nam là hướng dẫn của Quảng Nam; đề xuất thuộc Quảng Ngãi nên chỉ được đối chiếu với các quy tắc này để tham khảo, không phải căn cứ bắt buộc.',
    noteEn: 'For reference only.',
  },
  exampleAdds: 3,
  ...extra,
});

const RULES = [
  {
    id: 'rule:rebuilds-national-data',
    code: 'rebuilds-national-data',
    number: 1,
    name: 'Không xây dựng lại dữ liệu quốc gia',
    nameEn: 'Do not rebuild national data',
    severity: 'high',
    text: '',
    summaryEn: '',
    sources: [],
  },
  {
    id: 'rule:reimplements-shared-service',
    code: 'reimplements-shared-service',
    number: 2,
    name: 'Không bố trí kinh phí cho module trùng',
    nameEn: 'Do not fund duplicate modules',
    severity: 'high',
    text: '',
    summaryEn: '',
    sources: [],
  },
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
    expect([...root.querySelectorAll('section[data-rule]')].map((s) => s.getAttribute('data-rule'))).toEqual([
      'rebuilds-national-data',
      'reimplements-shared-service',
    ]);
    expect(root.querySelectorAll('kb-finding').length).toBe(2);
    expect(root.querySelector('.reuse')!.textContent).toContain('Nền tảng công nghệ tài chính và thanh toán điện tử');
    const unfunded = root.querySelector('.unfunded-total')!;
    expect(unfunded.getAttribute('data-value')).toBe('1430');
    expect(unfunded.textContent).toBe('1.430');
    expect(root.querySelectorAll('.unfunded tbody tr').length).toBe(2);
    expect(root.querySelector('.unfunded tfoot')!.textContent).toContain('1.430 / 5.070');
    expect(root.querySelector('.failed')!.textContent).toContain('2. Không bố trí kinh phí cho module trùng');
    expect(root.querySelector('.passed')!.textContent).toContain('8. Chồng chéo');
    // The header says which rules apply and that, for another province, they are a reference only.
    const set = root.querySelector('.ruleset')!;
    expect(set.getAttribute('data-binding')).toBe('false');
    expect(set.textContent!.replace(/\s+/g, ' ')).toContain('Chỉ để tham khảo: Các quy tắc của Kiến trúc CQĐT tỉnh Quảng Nam là hướng dẫn của Quảng Nam');
    // Every finding of a report shows its evidence and its rule's text and sources.
    for (const f of root.querySelectorAll('kb-finding')) expect((f as KbFinding).detailed).toBe(true);
    // "+3 findings in example data — show" asks the view to include example data.
    expect(root.querySelector('.example-adds')!.textContent!.replace(/\s+/g, ' ')).toContain('+3 phát hiện trong dữ liệu minh họa — hiện');
    let asked = 0;
    el.addEventListener('kb-include-examples', () => asked++);
    (root.querySelector('.example-adds button') as HTMLButtonElement).click();
    expect(asked).toBe(1);
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
      report: report({
        findings: [],
        reuse: [],
        unfundedBudgetLines: [],
        unfundedTotal: 0,
        conformance: { ...report().conformance, verdict: 'CONFORMS', rulesFailed: [], rulesPassed: ['overlap'] },
      }),
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
  const labels = {
    headers: ['Số', 'Mã', 'Quy tắc', 'Mức độ', 'Đối tượng', 'Phát hiện', 'Khuyến nghị', 'Nên dùng', 'Nguồn gốc', 'Id'],
    severity: (s: string) => `sev:${s}`,
    provenance: (p: string) => `prov:${p}`,
  };

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
    expect(csv).toContain(
      ',The system holds population data but does not use the national population database.,Reuse the national population database through LGSP.,',
    );
  });
});
