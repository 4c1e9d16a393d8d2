// @vitest-environment happy-dom
/**
 * The editing forms without a server: <kb-node-form> builds its fields from the model, emits the
 * createNode input or the updateNode patch, and shows the server's located problems next to the
 * fields (the rest in a summary); <kb-relationship-form> offers the types the model allows
 * between the two ends and emits createRelationship's input.
 */
import { describe, expect, it } from 'vitest';
import { COMPONENT_KINDS, KINDS } from '../../server/src/model/model.js';
import { setLang } from '../../web/src/i18n/i18n.js';
import { problemKey } from '../../web/src/kb-node-form/field-problems.js';
import '../../web/src/kb-node-form/kb-node-form.js';
import '../../web/src/kb-relationship-form/kb-relationship-form.js';
import type { KbNodeForm, NodeSubmitDetail } from '../../web/src/kb-node-form/kb-node-form.js';
import type { KbRelationshipForm, RelationshipSubmitDetail } from '../../web/src/kb-relationship-form/kb-relationship-form.js';
import type { EditableNode } from '../../web/src/api/edit.js';
import { $, fill, fillFields, mount, nextEvent, resetPageAfterEach, type LitElementLike } from '../setup/dom.js';

async function submit<D>(el: LitElementLike, name: string): Promise<D> {
  const got = nextEvent<D>(el, name);
  $<HTMLFormElement>(el, 'form').dispatchEvent(new Event('submit', { cancelable: true }));
  return got;
}

resetPageAfterEach();

describe('problemKey', () => {
  it('maps the server’s locations to form fields', () => {
    const cases: [Parameters<typeof problemKey>[0], string][] = [
      ['input.name', 'name'],
      ['patch.componentKind', 'componentKind'],
      ['input.properties.level', 'level'],
      ['input.sources[0].quote', 'sources[0].quote'],
      ['input', ''],
      ['id', 'id'],
    ];
    for (const [given, expected] of cases) expect(problemKey(given), String(given)).toBe(expected);
  });
});

describe('<kb-node-form>', () => {
  it('offers the 16 kinds of the model, then the chosen kind’s own properties', async () => {
    const el = await mount<KbNodeForm>('kb-node-form');
    const options = [...el.shadowRoot!.querySelectorAll('#f-kind option')].map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(options).toEqual(KINDS.map((k) => k.name));
    expect(options).toHaveLength(16);
    expect($(el, '#f-componentKind')).toBeNull();
    await fill(el, '#f-kind', 'Component');
    const kinds = [...el.shadowRoot!.querySelectorAll('#f-componentKind option')].map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(kinds).toEqual([...COMPONENT_KINDS]);
    expect($(el, '#f-level')).toBeTruthy();
    expect($<HTMLInputElement>(el, '#f-securityLevel').type).toBe('number');
    expect($<HTMLInputElement>(el, '#f-id').value).toBe('component:');
    // Every field has a label.
    for (const input of el.shadowRoot!.querySelectorAll('input, select, textarea'))
      expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`), input.id).toBeTruthy();
  });

  it('keeps the typed slug under the new kind’s prefix when the kind changes', async () => {
    const el = await mount<KbNodeForm>('kb-node-form');
    await fillFields(el, { kind: 'Component', id: 'component:test-x' });
    await fill(el, '#f-kind', 'NationalDatabase');
    expect($<HTMLInputElement>(el, '#f-id').value).toBe('ndb:test-x');
    expect($(el, '#f-componentKind')).toBeNull();
  });

  it('emits createNode’s input: kind properties in `properties`, numbers as numbers, blank sources dropped', async () => {
    const el = await mount<KbNodeForm>('kb-node-form');
    await fillFields(el, {
      kind: 'Component',
      id: 'component:test-form',
      name: '  Hệ thống thử  ',
      abbreviations: 'HTT, TEST',
      componentKind: 'application',
      level: 'province',
      securityLevel: '3',
      provenance: 'example',
    });
    const d = await submit<NodeSubmitDetail>(el, 'kb-node-submit');
    expect(d).toEqual({
      mode: 'create',
      id: 'component:test-form',
      input: {
        id: 'component:test-form',
        kind: 'Component',
        name: 'Hệ thống thử',
        abbreviations: ['HTT', 'TEST'],
        properties: { componentKind: 'application', level: 'province', securityLevel: 3 },
        provenance: 'example',
      },
      links: [],
    });
  });

  it('holds back a number that is not whole (the server’s rule, said in Vietnamese at its field), then sends stated sources', async () => {
    const el = await mount<KbNodeForm>('kb-node-form');
    const sent: unknown[] = [];
    el.addEventListener('kb-node-submit', (e) => sent.push((e as CustomEvent).detail));
    await fillFields(el, {
      kind: 'Component',
      name: 'Hệ thống thử',
      id: 'component:test-form',
      componentKind: 'application',
      level: 'province',
      securityLevel: '2.5',
    });
    await fill(el, '#f-sources-0-document', 'doc.txt');
    await fill(el, '#f-sources-0-section', 'PL I');
    await fill(el, '#f-sources-0-quote', 'một câu');
    $<HTMLFormElement>(el, 'form').dispatchEvent(new Event('submit', { cancelable: true }));
    await el.updateComplete;
    expect(sent).toEqual([]);
    expect($(el, '#f-securityLevel-error').textContent).toContain('phải là số nguyên');
    expect($(el, '#f-securityLevel').getAttribute('aria-invalid')).toBe('true');
    await fill(el, '#f-securityLevel', '2');
    const d = await submit<NodeSubmitDetail>(el, 'kb-node-submit');
    expect(d.input.properties).toEqual({ componentKind: 'application', level: 'province', securityLevel: 2 });
    expect(d.input.provenance).toBe('stated');
    expect(d.input.sources).toEqual([{ document: 'doc.txt', section: 'PL I', quote: 'một câu' }]);
  });

  it('shows each server problem next to its field, the others in a summary with role="alert"', async () => {
    const el = await mount<KbNodeForm>('kb-node-form');
    await fill(el, '#f-kind', 'Component');
    el.problems = [
      { where: 'input.componentKind', message: 'is required for Component' },
      { where: 'input.name', message: 'is required' },
      { where: 'input.sources[0].quote', message: 'is required' },
      { where: 'input.mystery', message: 'is not a property of Component' },
    ];
    await el.updateComplete;
    expect($<HTMLElement>(el, '#f-componentKind-error').textContent).toContain('Bắt buộc phải có.');
    expect($<HTMLSelectElement>(el, '#f-componentKind').getAttribute('aria-invalid')).toBe('true');
    expect($<HTMLSelectElement>(el, '#f-componentKind').getAttribute('aria-describedby')).toBe('f-componentKind-error');
    expect($<HTMLElement>(el, '#f-name-error').textContent).toContain('Bắt buộc phải có.');
    expect($<HTMLElement>(el, '#f-sources-0-quote-error')).toBeTruthy();
    expect($<HTMLSelectElement>(el, '#f-level').getAttribute('aria-invalid')).toBe('false');
    const summary = $<HTMLElement>(el, '[role=alert]');
    expect(summary.textContent).toContain('input.mystery');
    expect(summary.textContent).not.toContain('componentKind');
    // English shows the server's own words.
    setLang('en');
    await el.updateComplete;
    expect($<HTMLElement>(el, '#f-componentKind-error').textContent).toContain('is required for Component');
  });

  it('edits a node: kind and id fixed, the patch removes cleared fields with null', async () => {
    const value: EditableNode = {
      id: 'component:test-edit',
      kind: 'Component',
      name: 'Hệ thống cũ',
      nameEn: 'Old system',
      abbreviations: ['HTC'],
      aliases: [],
      province: 'Quảng Ngãi',
      description: null,
      provenance: 'example',
      rule: null,
      confidence: null,
      sources: [],
      properties: { componentKind: 'system', level: 'province', hosting: 'outside' },
    };
    const el = await mount<KbNodeForm>('kb-node-form', { value });
    expect($<HTMLSelectElement>(el, '#f-kind').disabled).toBe(true);
    expect($<HTMLInputElement>(el, '#f-id').readOnly).toBe(true);
    // Untouched, the patch restates what the node has.
    const same = await submit<NodeSubmitDetail>(el, 'kb-node-submit');
    expect(same.input.properties).toEqual({ componentKind: 'system', level: 'province', hosting: 'outside', hostingReason: null, securityLevel: null });
    await fillFields(el, { nameEn: '', hosting: '', name: 'Hệ thống mới' });
    const d = await submit<NodeSubmitDetail>(el, 'kb-node-submit');
    expect(d.mode).toBe('update');
    expect(d.id).toBe('component:test-edit');
    expect(d.input).not.toHaveProperty('id');
    expect(d.input).not.toHaveProperty('kind');
    expect(d.input).toMatchObject({
      name: 'Hệ thống mới',
      nameEn: null,
      abbreviations: ['HTC'],
      aliases: [],
      province: 'Quảng Ngãi',
      provenance: 'example',
      sources: null,
    });
    expect(d.input.properties).toEqual({ componentKind: 'system', level: 'province', hosting: null, hostingReason: null, securityLevel: null });
  });

  it('asks for the rule and confidence of an inferred fact, the reference of an external one', async () => {
    const el = await mount<KbNodeForm>('kb-node-form');
    expect($(el, '#f-rule')).toBeNull();
    await fill(el, '#f-provenance', 'inferred');
    expect($(el, '#f-rule')).toBeTruthy();
    expect($(el, '#f-confidence')).toBeTruthy();
    await fill(el, '#f-provenance', 'external');
    expect($(el, '#f-rule')).toBeNull();
    expect($(el, '#f-reference')).toBeTruthy();
  });
});

describe('<kb-relationship-form>', () => {
  it('offers the types the model allows between the two ends’ kinds', async () => {
    const el = await mount<KbRelationshipForm>('kb-relationship-form', { value: { from: 'component:test-a' } });
    await fill(el, '#f-to', 'ndb:dan-cu');
    const types = [...el.shadowRoot!.querySelectorAll('#f-type option')].map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(types).toContain('USES_DATA_FROM');
    expect(types).toContain('CONNECTS_TO');
    expect(types).not.toContain('LED_BY');
    expect(types).not.toContain('INCLUDES');
  });

  it('shows status for INCLUDES and a via the API does not accept yet as disabled', async () => {
    const el = await mount<KbRelationshipForm>('kb-relationship-form', { value: { from: 'arch:qng-3.0', to: 'component:test-a' } });
    await fill(el, '#f-type', 'INCLUDES');
    const status = [...el.shadowRoot!.querySelectorAll('#f-status option')].map((o) => (o as HTMLOptionElement).value).filter(Boolean);
    expect(status).toEqual(['existing', 'upgrade', 'new', 'merged', 'reference']);
    const el2 = await mount<KbRelationshipForm>('kb-relationship-form', {
      value: { from: 'component:test-a', to: 'component:test-b' },
      acceptedProps: ['status', 'note'],
    });
    await fill(el2, '#f-type', 'CONNECTS_TO');
    expect($<HTMLInputElement>(el2, '#f-via').disabled).toBe(true);
    expect($<HTMLInputElement>(el2, '#f-note').disabled).toBe(false);
  });

  it('emits createRelationship’s input and shows problems next to the ends', async () => {
    const el = await mount<KbRelationshipForm>('kb-relationship-form', { value: { from: 'component:test-a' } });
    await fillFields(el, { to: 'component:test-b', type: 'USES_DATA_FROM', note: 'qua LGSP', provenance: 'example' });
    const d = await submit<RelationshipSubmitDetail>(el, 'kb-relationship-submit');
    expect(d).toEqual({
      mode: 'create',
      key: { from: 'component:test-a', type: 'USES_DATA_FROM', to: 'component:test-b' },
      input: { from: 'component:test-a', type: 'USES_DATA_FROM', to: 'component:test-b', note: 'qua LGSP', provenance: 'example' },
    });
    el.problems = [
      { where: 'input.to', message: 'no node has this id' },
      { where: 'input', message: 'already exists' },
    ];
    await el.updateComplete;
    expect($<HTMLElement>(el, '#f-to-error').textContent).toContain('Không có nút nào có mã này.');
    expect($<HTMLElement>(el, '[role=alert]').textContent).toContain('Đã có rồi.');
  });

  it('keeps the ends and type fixed when editing, and asks before deleting', async () => {
    const el = await mount<KbRelationshipForm>('kb-relationship-form', {
      mode: 'update',
      value: { from: 'component:test-a', type: 'USES_DATA_FROM', to: 'component:test-b', props: { note: 'cũ' }, provenance: 'example', sources: [] },
    });
    expect($<HTMLInputElement>(el, '#f-from').readOnly).toBe(true);
    expect($<HTMLSelectElement>(el, '#f-type').disabled).toBe(true);
    expect(el.shadowRoot!.querySelector('kb-search')).toBeNull();
    await fill(el, '#f-note', '');
    const d = await submit<RelationshipSubmitDetail>(el, 'kb-relationship-submit');
    expect(d.input).toEqual({ note: null, provenance: 'example', sources: null, rule: null, confidence: null, reference: null });
    const del = [...el.shadowRoot!.querySelectorAll('button.danger')] as HTMLButtonElement[];
    expect(del).toHaveLength(1);
    del[0].click();
    await el.updateComplete;
    const confirm = el.shadowRoot!.querySelector('button.danger') as HTMLButtonElement;
    const deleted = nextEvent<{ key: unknown }>(el, 'kb-relationship-delete');
    confirm.click();
    expect((await deleted).key).toEqual({ from: 'component:test-a', type: 'USES_DATA_FROM', to: 'component:test-b' });
  });
});
