// @vitest-environment happy-dom
/**
 * <kb-proposal-form> in happy-dom and its model: a sample proposal survives the round trip
 * through the form unchanged, edits reach kb-proposal-submit, server problems land next to their
 * field (unknown ones in the alert summary), GraphQL type errors become located problems.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import '../../web/src/kb-proposal-form/kb-proposal-form.js';
import type { KbProposalForm, ProposalFormOptions } from '../../web/src/kb-proposal-form/kb-proposal-form.js';
import {
  draftFromProposal,
  emptyDraft,
  fieldPaths,
  placeProblems,
  problemFromCoercion,
  proposalFromDraft,
  type ProposalInput,
} from '../../web/src/kb-proposal-form/proposal-model.js';
import type { NodeSummary } from '../../web/src/api/queries.js';
import { setLang } from '../../web/src/i18n/i18n.js';

const ROOT = join(import.meta.dirname, '..', '..');
const sample = (file: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures', 'proposals', file), 'utf8')).proposal as ProposalInput;
const QNAM = sample('qnam-tiep-nhan-ho-so-truc-tuyen.json');
const QNG = sample('qng-quan-ly-tai-san-cong.json');

const node = (id: string, name: string, kind: string, extra: Partial<NodeSummary> = {}): NodeSummary => ({
  id,
  name,
  kind,
  provenance: 'stated',
  province: null,
  abbreviations: [],
  ...extra,
});

const OPTIONS: ProposalFormOptions = {
  agencies: [
    node('agency:qnam-trung-tam-phuc-vu-hanh-chinh-cong', 'Trung tâm phục vụ hành chính công', 'Agency', { province: 'Quảng Nam' }),
    node('agency:qng-so-tai-chinh', 'Sở Tài chính', 'Agency', { province: 'Quảng Ngãi' }),
  ],
  architectures: [
    node('arch:qnam-2.0', 'Kiến trúc CQĐT tỉnh Quảng Nam 2.0', 'Architecture', { province: 'Quảng Nam' }),
    node('arch:qng-3.0', 'Kiến trúc CQĐT tỉnh Quảng Ngãi 3.0', 'Architecture', { province: 'Quảng Ngãi' }),
  ],
  domains: [
    node('domain:dan-cu', 'Dân cư', 'DataDomain'),
    node('domain:thu-tuc-hanh-chinh', 'Thủ tục hành chính', 'DataDomain'),
    node('domain:tai-chinh', 'Tài chính', 'DataDomain'),
  ],
  nationalDatabases: [
    node('ndb:dan-cu', 'CSDL quốc gia về Dân cư', 'NationalDatabase'),
    node('ndb:dang-ky-doanh-nghiep', 'CSDL quốc gia về Đăng ký doanh nghiệp', 'NationalDatabase'),
    node('ndb:tai-chinh', 'CSDL quốc gia về Tài chính', 'NationalDatabase'),
  ],
  networks: [node('network:tslcd', 'Mạng truyền số liệu chuyên dùng', 'Network'), node('network:internet', 'Internet', 'Network')],
  components: [
    node('component:qnam-lgsp', 'Nền tảng chia sẻ, tích hợp LGSP', 'Component', { province: 'Quảng Nam', abbreviations: ['LGSP'] }),
    node('component:qng-lgsp', 'LGSP tỉnh Quảng Ngãi', 'Component', { province: 'Quảng Ngãi', abbreviations: ['LGSP'] }),
    node('component:ndxp', 'NDXP', 'Component', { abbreviations: ['NDXP', 'NGSP'] }),
    node('component:qnam-mot-cua-dien-tu', 'Hệ thống thông tin một cửa điện tử', 'Component', { province: 'Quảng Nam' }),
    node('component:qng-kho-du-lieu-dung-chung', 'Kho dữ liệu dùng chung', 'Component', { province: 'Quảng Ngãi' }),
  ],
  services: ['sso', 'e-payment', 'digital-signature', 'data-sharing', 'e-identity'].map((k) => node(`service:${k}`, k, 'SharedService')),
};

async function mountForm(extra: Partial<KbProposalForm> = {}) {
  const el = document.createElement('kb-proposal-form') as KbProposalForm;
  Object.assign(
    el,
    {
      options: OPTIONS,
      samples: [
        { id: 'qnam', name: 'Quảng Nam — mẫu', proposal: QNAM },
        { id: 'qng', name: 'Quảng Ngãi — mẫu', proposal: QNG },
      ],
    },
    extra,
  );
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const submissions = () => {
  const got: { proposal: ProposalInput; save: boolean }[] = [];
  document.body.addEventListener('kb-proposal-submit', (e) => got.push((e as CustomEvent).detail));
  return got;
};

const $ = <T extends Element>(el: KbProposalForm, sel: string) => el.shadowRoot!.querySelector(sel) as T;

afterEach(() => {
  document.body.innerHTML = '';
  setLang('vi');
});

describe('proposal model', () => {
  it('a sample proposal goes through the draft and back unchanged', () => {
    for (const p of [QNAM, QNG]) {
      const back = proposalFromDraft(draftFromProposal(p));
      // The form states booleans it shows as unticked boxes; the rest is the sample as written.
      expect(back).toEqual({
        ...p,
        hosting: { ...p.hosting, monitoredBySoc: !!p.hosting.monitoredBySoc },
        budgetLines: p.budgetLines!.map((b) => ({ ...b, special: !!b.special })),
      });
    }
  });

  it('leaves out empty optional text and an unstated security level; sends an empty amount as null for GraphQL to locate', () => {
    const d = emptyDraft();
    d.name = 'X';
    d.hosting.location = 'OUTSIDE';
    d.budgetLines.push({ name: 'A', category: 'SOFTWARE', amount: '', module: '', special: false });
    const p = proposalFromDraft(d);
    expect(p.hosting).toEqual({ location: 'OUTSIDE', monitoredBySoc: false });
    expect('securityLevel' in p).toBe(false);
    expect('architecture' in p).toBe(false);
    expect('justification' in p).toBe(false);
    expect(JSON.parse(JSON.stringify(p)).budgetLines[0].amount).toBeNull();
  });

  it('places each problem at its field or the nearest enclosing one; the rest are unplaced', () => {
    const fields = fieldPaths(draftFromProposal(QNAM));
    const { byField, unplaced } = placeProblems(
      [
        { where: 'proposal.modules[2].capability', message: 'bad' },
        { where: 'proposal.businessDomains[0]', message: 'not a DataDomain' },
        { where: 'proposal.securityLevel', message: '1..5' },
        { where: 'proposal.modules[9].name', message: 'no such row' },
        { where: 'first', message: 'elsewhere' },
      ],
      fields,
    );
    expect([...byField.keys()].sort()).toEqual(['proposal.businessDomains', 'proposal.modules', 'proposal.modules[2].capability', 'proposal.securityLevel']);
    expect(unplaced.map((p) => p.where)).toEqual(['first']);
  });

  it('reads the location out of a GraphQL type error', () => {
    expect(problemFromCoercion('Variable "$p" got invalid value 2.5 at "p.securityLevel"; Int cannot represent non-integer value: 2.5')).toEqual({
      where: 'proposal.securityLevel',
      message: 'Int cannot represent non-integer value: 2.5',
    });
    expect(
      problemFromCoercion('Variable "$p" got invalid value null at "p.budgetLines[0].amount"; Expected non-nullable type "Float!" not to be null.')?.where,
    ).toBe('proposal.budgetLines[0].amount');
    expect(problemFromCoercion('something else')).toBeNull();
  });
});

describe('<kb-proposal-form>', () => {
  it('"Điền đề xuất mẫu" fills every section, marked as an example, and "Thẩm định" emits the sample unchanged', async () => {
    const el = await mountForm();
    const got = submissions();
    const fill = $<HTMLButtonElement>(el, 'button[data-sample=qnam]');
    expect(fill.textContent).toContain('Điền đề xuất mẫu');
    expect(fill.textContent).toContain('ví dụ minh họa');
    fill.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-name').value).toBe(QNAM.name);
    expect($<HTMLSelectElement>(el, '#f-owner').value).toBe('agency:qnam-trung-tam-phuc-vu-hanh-chinh-cong');
    expect($<HTMLSelectElement>(el, '#f-arch').value).toBe('arch:qnam-2.0');
    expect(el.shadowRoot!.querySelectorAll('[data-where^="proposal.modules["][data-where$=".capability"]').length).toBe(4);
    expect(el.shadowRoot!.querySelectorAll('[data-where^="proposal.budgetLines["][data-where$=".amount"]').length).toBe(7);
    expect($<HTMLInputElement>(el, 'input[type=radio][value=OUTSIDE]').checked).toBe(true);
    expect(el.shadowRoot!.textContent).toContain('5.070');
    $<HTMLButtonElement>(el, 'button.primary').click();
    await el.updateComplete;
    expect(got.length).toBe(1);
    expect(got[0].save).toBe(false);
    expect(got[0].proposal.name).toBe(QNAM.name);
    expect(got[0].proposal.modules).toEqual(QNAM.modules);
    expect(got[0].proposal.usesData).toEqual(QNAM.usesData);
    expect(got[0].proposal.budgetLines!.reduce((s, b) => s + b.amount, 0)).toBe(5070);
    $<HTMLButtonElement>(el, 'button.secondary').click();
    expect(got[1].save).toBe(true);
  });

  it('the "via" choices are none, the province\'s LGSP and NDXP', async () => {
    const el = await mountForm();
    $<HTMLButtonElement>(el, 'button[data-sample=qng]').click();
    await el.updateComplete;
    const via = $<HTMLSelectElement>(el, 'select[data-where="proposal.usesData[0].via"]');
    expect([...via.options].map((o) => o.value)).toEqual(['', 'component:qng-lgsp', 'component:ndxp']);
    expect(via.value).toBe('component:qng-lgsp');
  });

  it('adds and removes module and budget rows, ticks a national database with its platform', async () => {
    const el = await mountForm();
    const got = submissions();
    const addModule = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Thêm module')!;
    addModule.click();
    await el.updateComplete;
    const name = $<HTMLInputElement>(el, 'input[data-where="proposal.modules[0].name"]');
    name.value = 'Ký số';
    name.dispatchEvent(new Event('input'));
    const cap = $<HTMLSelectElement>(el, 'select[data-where="proposal.modules[0].capability"]');
    cap.value = 'digital-signature';
    cap.dispatchEvent(new Event('change'));
    const mode = $<HTMLSelectElement>(el, 'select[data-where="proposal.modules[0].mode"]');
    mode.value = 'BUILD';
    mode.dispatchEvent(new Event('change'));
    const ndb = [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.includes('CSDL quốc gia về Dân cư'))!.querySelector('input')!;
    ndb.checked = true;
    ndb.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const via = $<HTMLSelectElement>(el, 'select[data-where="proposal.usesData[0].via"]');
    via.value = 'component:ndxp';
    via.dispatchEvent(new Event('change'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.primary').click();
    expect(got[0].proposal.modules).toEqual([{ name: 'Ký số', capability: 'digital-signature', mode: 'BUILD' }]);
    expect(got[0].proposal.usesData).toEqual([{ target: 'ndb:dan-cu', via: 'component:ndxp' }]);
    (el.shadowRoot!.querySelector('button[aria-label="Xóa dòng 1"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-where="proposal.modules[0].name"]')).toBeNull();
  });

  it('server problems appear next to their field (aria-invalid, aria-describedby); unknown ones in the alert summary', async () => {
    const el = await mountForm();
    $<HTMLButtonElement>(el, 'button[data-sample=qnam]').click();
    await el.updateComplete;
    el.problems = [
      { where: 'proposal.securityLevel', message: 'must be a whole number from 1 to 5 (cấp độ)', value: 7 },
      { where: 'proposal.modules[1].capability', message: 'not a shared service id or capability key', value: 'xx' },
      { where: 'proposal.somethingNew', message: 'a field this form does not know' },
    ];
    await el.updateComplete;
    const level = $<HTMLInputElement>(el, '#f-level');
    expect(level.getAttribute('aria-invalid')).toBe('true');
    const msg = el.shadowRoot!.getElementById(level.getAttribute('aria-describedby')!)!;
    expect(msg.textContent).toContain('must be a whole number from 1 to 5');
    expect(level.parentElement!.contains(msg)).toBe(true);
    const cap = $<HTMLSelectElement>(el, 'select[data-where="proposal.modules[1].capability"]');
    expect(cap.getAttribute('aria-invalid')).toBe('true');
    expect(cap.parentElement!.querySelector('.problem')!.textContent).toContain('not a shared service');
    const summary = $<HTMLElement>(el, '[role=alert]');
    expect(summary.textContent).toContain('3 lỗi');
    expect(summary.textContent).toContain('proposal.somethingNew');
    expect(summary.textContent).not.toContain('proposal.securityLevel');
    // Filling the form anew clears the old problems.
    $<HTMLButtonElement>(el, 'button[data-sample=qng]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')).toBeNull();
    expect($<HTMLInputElement>(el, '#f-level').getAttribute('aria-invalid')).toBe('false');
  });

  it('every input has a label, in English too', async () => {
    const el = await mountForm();
    $<HTMLButtonElement>(el, 'button[data-sample=qnam]').click();
    setLang('en');
    await el.updateComplete;
    for (const input of el.shadowRoot!.querySelectorAll('input, select, textarea')) {
      const labelled = input.getAttribute('aria-label') || input.closest('label') || (input.id && el.shadowRoot!.querySelector(`label[for="${input.id}"]`));
      expect(labelled, input.outerHTML.slice(0, 120)).toBeTruthy();
    }
    expect($<HTMLButtonElement>(el, 'button.primary').textContent).toBe('Appraise');
  });
});
