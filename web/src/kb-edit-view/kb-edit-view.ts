import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, type Problem } from '../api/client.js';
import { atLeast, bearer, session, SESSION_EVENT, type Session } from '../api/session.js';
import { requestSignIn } from '../kb-session/kb-session.js';
import { dashboard } from '../api/dashboard.js';
import { cachedArchitectures } from '../api/explore.js';
import { nodesOfKind, type NodeSummary } from '../api/queries.js';
import '../kb-error/kb-error.js';
import {
  createNode,
  createRelationship,
  deleteNode,
  deleteRelationship,
  inputFields,
  nodeForEdit,
  updateNode,
  updateRelationship,
  type EditableNode,
  type EditableRelationship,
  type RelationshipKey,
} from '../api/edit.js';
import type { LabelKey } from '../i18n/dictionary.js';
import { LanguageController, t } from '../i18n/i18n.js';
import { navigate } from '../state/url.js';
import '../kb-node-form/kb-node-form.js';
import '../kb-relationship-form/kb-relationship-form.js';
import type { NodeSubmitDetail } from '../kb-node-form/kb-node-form.js';
import type { RelationshipSubmitDetail, RelationshipValue } from '../kb-relationship-form/kb-relationship-form.js';
import { tableHead } from '../render/table-head.js';

/**
 * `<kb-edit-view>`: create and edit nodes and relationships through the API's mutations
 * (createNode, updateNode, deleteNode, createRelationship, updateRelationship, deleteRelationship).
 * The server validates; its located problems are shown next to the fields. After a save the view
 * goes to the explore view of the node. Who may save comes from the session (the header's sign-in,
 * once per browser session): without an editor sign-in the view says so and offers to sign in
 * before anything is sent. A node created with an owner, layer or version from the form's lists
 * gets those relationships too; if one of them is refused the node is deleted again, so nothing is
 * left half-made.
 *
 * @property params - route parameters: `mode` (`node`, default, or `relationship`); for nodes `id`
 *   (the node to edit; absent: create one); for relationships `from`, `type`, `to` (all three: edit
 *   that relationship; `from` or `id` alone: a new one from that node).
 * @fires kb-navigate - to switch mode, and to the explore view after a save.
 */
@customElement('kb-edit-view')
export class KbEditView extends LitElement {
  static override styles = css`
    :host { display: block; }
    h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
    h3 { font-size: 1rem; margin: 1rem 0 0.5rem; }
    .top { display: flex; flex-wrap: wrap; gap: 0.75rem 2rem; align-items: start; margin-bottom: 0.75rem; }
    .modes { display: flex; gap: 0.25rem; }
    .modes button { font: inherit; padding: 0.3rem 0.8rem; border: 1px solid #0b4f8a; background: #fff; color: #0b4f8a; border-radius: 4px; cursor: pointer; }
    .modes button[aria-pressed='true'] { background: #0b4f8a; color: #fff; }
    .signin { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; max-width: 40rem; }
    .signin.alert { border: 1px solid #b00020; background: #fdecee; padding: 0.35rem 0.6rem; border-radius: 4px; }
    .rels-wrap { overflow-x: auto; }
    .note { margin: 0; font-size: 0.8rem; color: #333; }
    [role='alert'] { border: 1px solid #b00020; background: #fdecee; color: #7a0016; padding: 0.5rem 0.75rem; border-radius: 4px; margin: 0.5rem 0; }
    .done { border: 1px solid #1b6e3a; background: #e8f5ec; color: #124d28; padding: 0.5rem 0.75rem; border-radius: 4px; margin: 0.5rem 0; }
    button { font: inherit; }
    .rels { border-collapse: collapse; width: 100%; max-width: 60rem; font-size: 0.9rem; }
    .rels th, .rels td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
    .rels th { background: #f2f2f2; }
    .link { background: none; border: none; padding: 0; color: #0b4f8a; text-decoration: underline; cursor: pointer; text-align: left; }
    .danger { padding: 0.3rem 0.8rem; border-radius: 4px; border: 1px solid #8a0010; background: #fff; color: #8a0010; cursor: pointer; }
    .row-actions { display: flex; gap: 0.75rem; }
    .example { font-size: 0.8rem; background: #fff3c4; color: #5a4500; padding: 0 0.3rem; border-radius: 3px; }
  `;

  @property({ attribute: false }) params: Record<string, string> = {};

  @state() private who: Session | null = session();
  @state() private needSignIn = false;
  @state() private provinces: string[] = [];
  @state() private layers: NodeSummary[] = [];
  @state() private architectures: NodeSummary[] = [];
  private readonly onSession = () => {
    this.who = session();
    if (atLeast(this.who?.role, 'editor')) this.needSignIn = false;
  };
  @state() private node: EditableNode | null = null;
  @state() private relationships: EditableRelationship[] = [];
  @state() private loading = false;
  @state() private loadError: ApiError | null = null;
  @state() private notFound = false;
  @state() private problems: Problem[] = [];
  @state() private saveError: ApiError | null = null;
  @state() private busy = false;
  @state() private message = '';
  @state() private acceptedRelProps: string[] = ['status', 'note'];
  @state() private confirmNodeDelete = false;
  private loadedKey = '';
  readonly i18n = new LanguageController(this);

  private get mode(): 'node' | 'relationship' {
    return this.params.mode === 'relationship' ? 'relationship' : 'node';
  }

  /** The node the view loads: the one edited, or the `from` end of a relationship. */
  private get subjectId(): string {
    return this.mode === 'node' ? (this.params.id ?? '') : (this.params.from ?? this.params.id ?? '');
  }

  override connectedCallback() {
    super.connectedCallback();
    globalThis.addEventListener(SESSION_EVENT, this.onSession);
    // The form's lists: provinces the graph uses, layers, architecture versions (failures leave them short).
    dashboard(0)
      .then((d) => (this.provinces = d.byProvince.map((p) => p.province).filter((p): p is string => !!p)))
      .catch(() => undefined);
    nodesOfKind('ArchitectureLayer', 200)
      .then((r) => (this.layers = [...r.nodes].sort((a, b) => a.name.localeCompare(b.name, 'vi'))))
      .catch(() => undefined);
    cachedArchitectures()
      .then((a) => (this.architectures = a))
      .catch(() => undefined);
    inputFields('RelationshipInput')
      .then(
        (fields) =>
          (this.acceptedRelProps = fields.filter((f) => !['from', 'type', 'to', 'provenance', 'sources', 'rule', 'confidence', 'reference'].includes(f))),
      )
      .catch(() => {
        // Keep the default (status, note): the server reports anything it refuses on submit.
      });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    globalThis.removeEventListener(SESSION_EVENT, this.onSession);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('params')) return;
    const key = `${this.mode}|${this.subjectId}|${this.params.type ?? ''}|${this.params.to ?? ''}`;
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.problems = [];
    this.saveError = null;
    this.confirmNodeDelete = false;
    void this.load();
  }

  private async load() {
    const id = this.subjectId;
    this.notFound = false;
    this.loadError = null;
    if (!id) {
      this.node = null;
      this.relationships = [];
      return;
    }
    this.loading = true;
    try {
      const r = await nodeForEdit(id);
      if (id !== this.subjectId) return;
      this.node = r?.node ?? null;
      this.relationships = r?.relationships ?? [];
      this.notFound = !r;
    } catch (e) {
      this.loadError = e instanceof ApiError ? e : new ApiError((e as Error).message, 'INTERNAL');
    } finally {
      this.loading = false;
    }
  }

  /** Saving needs an editor sign-in: say so (and open the sign-in) rather than send and be refused. */
  private mayWrite(): boolean {
    if (atLeast(this.who?.role, 'editor')) return true;
    // A bearer whose role the server has not told yet: let the server judge.
    if (!this.who && bearer()) return true;
    this.needSignIn = true;
    requestSignIn();
    return false;
  }

  override render() {
    const editing = this.mode === 'node' && this.params.id;
    return html`<h2>${this.mode === 'relationship' ? t('edit.titleRelationship') : editing ? t('edit.titleEdit', { id: this.params.id }) : t('edit.titleCreate')}</h2>
      <div class="top">
        <div class="modes" role="group" aria-label=${t('edit.modeLabel')}>
          <button type="button" aria-pressed=${this.mode === 'node' ? 'true' : 'false'} @click=${() => navigate(this, { params: { mode: 'node', from: '', type: '', to: '' } })}>${t('edit.modeNode')}</button>
          <button type="button" aria-pressed=${this.mode === 'relationship' ? 'true' : 'false'} @click=${() => navigate(this, { params: { mode: 'relationship' } })}>${t('edit.modeRelationship')}</button>
        </div>
        ${this.renderWho()}
      </div>
      ${this.message ? html`<p class="done" role="status">${this.message}</p>` : nothing}
      ${this.saveError ? html`<kb-error .error=${this.saveError}></kb-error>` : nothing}
      ${
        this.loadError
          ? html`<kb-error .error=${this.loadError} .retry=${() => void this.load()}></kb-error>`
          : this.loading
            ? html`<p role="status">${t('common.loading')}</p>`
            : this.notFound
              ? html`<p role="alert">${t('edit.notFound', { id: this.subjectId })}</p>`
              : this.mode === 'relationship'
                ? this.renderRelationship()
                : this.renderNode()
      }`;
  }

  private renderWho() {
    const role = this.who?.role;
    if (atLeast(role, 'editor')) return nothing;
    const text = role
      ? t('session.roleTooLow', { role: t(`role.${role}`), what: t('session.needRole.edit'), needed: t('role.editor') })
      : t('edit.signInToSave');
    return html`<div class=${this.needSignIn ? 'signin alert' : 'signin'} role=${this.needSignIn ? 'alert' : 'note'}>
      <p class="note">${text}</p>
      <button type="button" class="link" @click=${() => requestSignIn()}>${t('session.signIn')}</button>
    </div>`;
  }

  private renderNode() {
    const node = this.params.id ? this.node : null;
    return html`${node?.provenance === 'example' ? html`<p><span class="example">${t('common.example')}</span></p>` : nothing}
      <kb-node-form
        .value=${node}
        .problems=${this.problems}
        .provinces=${this.provinces}
        .layers=${this.layers}
        .architectures=${this.architectures}
        ?busy=${this.busy}
        @kb-node-submit=${this.saveNode}
      ></kb-node-form>
      ${node ? this.renderRelationships(node) : nothing}`;
  }

  private renderRelationships(node: EditableNode) {
    const deleteLabel = this.relationships.length ? t('edit.deleteNodeWithRelationships', { n: this.relationships.length }) : t('edit.deleteNode');
    return html`<h3>${t('edit.relationshipsOf', { n: this.relationships.length })}</h3>
      <p><button class="link" @click=${() => navigate(this, { params: { mode: 'relationship', from: node.id, type: '', to: '', id: node.id } })}>${t('edit.addRelationship')}</button></p>
      ${
        this.relationships.length
          ? html`<div class="rels-wrap"><table class="rels">
            <caption class="note">${t('edit.relationshipsCaption')}</caption>
            ${tableHead(['edit.relType', 'edit.direction', 'edit.otherEnd', 'edit.provenance', 'edit.actions'])}
            <tbody>
              ${this.relationships.map((r) => {
                const key: RelationshipKey =
                  r.direction === 'OUT' ? { from: node.id, type: r.type, to: r.node.id } : { from: r.node.id, type: r.type, to: node.id };
                return html`<tr>
                  <td>${r.type}${r.status ? ` (${r.status})` : ''}</td>
                  <td>${r.direction === 'OUT' ? '→' : '←'} <span class="note">${t(r.direction === 'OUT' ? 'edit.outgoing' : 'edit.incoming')}</span></td>
                  <td>${r.node.name} <span class="note">${r.node.id}</span></td>
                  <td>${t(`provenance.${r.provenance}` as LabelKey)}</td>
                  <td class="row-actions">
                    <button class="link" @click=${() => navigate(this, { params: { mode: 'relationship', ...key, id: node.id } })}>${t('edit.editRelationship')}</button>
                  </td>
                </tr>`;
              })}
            </tbody>
          </table></div>`
          : html`<p class="note">${t('edit.noRelationships')}</p>`
      }
      <p>
        ${
          this.confirmNodeDelete
            ? html`<button class="danger" @click=${() => void this.removeNode(node.id)}>${t('edit.confirmDeleteNode', { id: node.id })}</button>
              <button class="link" @click=${() => (this.confirmNodeDelete = false)}>${t('edit.cancel')}</button>`
            : html`<button class="danger" @click=${() => (this.confirmNodeDelete = true)}>${deleteLabel}</button>`
        }
      </p>`;
  }

  /** The relationship named by from/type/to, when the loaded node has it. */
  private existingRelationship(): EditableRelationship | null {
    const { from, type, to } = this.params;
    if (!from || !type || !to || this.node?.id !== from) return null;
    return this.relationships.find((r) => r.direction === 'OUT' && r.type === type && r.node.id === to) ?? null;
  }

  private renderRelationship() {
    const existing = this.existingRelationship();
    const { from, type, to } = this.params;
    if (from && type && to && !existing) return html`<p role="alert">${t('edit.relationshipNotFound', { from, type, to })}</p>`;
    const { names, value } = this.relationshipValue(existing);
    return html`<kb-relationship-form
      .value=${value}
      mode=${existing ? 'update' : 'create'}
      .problems=${this.problems}
      .names=${names}
      .acceptedProps=${this.acceptedRelProps}
      ?busy=${this.busy}
      @kb-relationship-submit=${this.saveRelationship}
      @kb-relationship-delete=${this.removeRelationship}
    ></kb-relationship-form>`;
  }

  private relValueCache: { key: string; names: Record<string, string>; value: Partial<RelationshipValue> | null } | null = null;

  /**
   * The form's value, the same object while the inputs are the same: a new object would reset
   * the form (and lose what the user typed) on every render, e.g. when problems come back.
   */
  private relationshipValue(existing: EditableRelationship | null) {
    const key = [this.params.from, this.params.type, this.params.to, this.subjectId, this.node?.id, this.relationships.length, existing ? 'edit' : 'new'].join(
      '|',
    );
    if (this.relValueCache?.key === key) return this.relValueCache;
    const names: Record<string, string> = {};
    if (this.node) names[this.node.id] = this.node.name;
    for (const r of this.relationships) names[r.node.id] = r.node.name;
    const value: Partial<RelationshipValue> | null = existing
      ? {
          from: this.params.from!,
          type: existing.type,
          to: existing.node.id,
          props: Object.fromEntries(
            Object.entries({ status: existing.status, note: existing.note }).filter((e): e is [string, string] => typeof e[1] === 'string'),
          ),
          provenance: existing.provenance,
          rule: existing.rule,
          confidence: existing.confidence,
          sources: existing.sources,
        }
      : this.subjectId
        ? { from: this.subjectId }
        : null;
    this.relValueCache = { key, names, value };
    return this.relValueCache;
  }

  private async run(work: () => Promise<void>) {
    this.busy = true;
    this.problems = [];
    this.saveError = null;
    this.message = '';
    try {
      await work();
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError((e as Error).message, 'INTERNAL');
      this.problems = err.problems;
      // Located problems show next to their fields; an error without any is shown on its own.
      if (!err.problems.length) this.saveError = err;
    } finally {
      this.busy = false;
    }
  }

  private saveNode = (e: CustomEvent<NodeSubmitDetail>) => {
    if (!this.mayWrite()) return;
    return this.run(async () => {
      const d = e.detail;
      const saved = d.mode === 'create' ? await createNode(d.input) : await updateNode(d.id, d.input);
      if (d.mode === 'create' && d.links.length) {
        // The links share the node's provenance and sources; one refused → the node goes again.
        const prov = Object.fromEntries(
          ['provenance', 'sources', 'rule', 'confidence', 'reference'].filter((k) => d.input[k] !== undefined).map((k) => [k, d.input[k]]),
        );
        try {
          for (const l of d.links) await createRelationship({ from: l.from, type: l.type, to: l.to, ...(l.status ? { status: l.status } : {}), ...prov });
        } catch (err) {
          await deleteNode(saved.id, true).catch(() => undefined);
          throw err;
        }
      }
      navigate(this, { view: 'explore', params: { id: saved.id } });
    });
  };

  private saveRelationship = (e: CustomEvent<RelationshipSubmitDetail>) =>
    this.mayWrite() &&
    this.run(async () => {
      const d = e.detail;
      if (d.mode === 'create') await createRelationship(d.input);
      else await updateRelationship(d.key, d.input);
      navigate(this, { view: 'explore', params: { id: d.key.from } });
    });

  private removeRelationship = (e: CustomEvent<{ key: RelationshipKey }>) =>
    this.mayWrite() &&
    this.run(async () => {
      const { key } = e.detail;
      await deleteRelationship(key);
      this.message = t('edit.relationshipDeleted', { from: key.from, type: key.type, to: key.to });
      this.loadedKey = '';
      navigate(this, { params: { mode: 'node', id: this.params.id || key.from, from: '', type: '', to: '' }, replace: true });
    });

  private removeNode = (id: string) =>
    this.mayWrite() &&
    this.run(async () => {
      const r = await deleteNode(id, true);
      this.confirmNodeDelete = false;
      this.node = null;
      this.relationships = [];
      this.message = t('edit.nodeDeleted', { id, n: r.removedRelationships.length });
      navigate(this, { params: { mode: 'node', id: '' }, replace: true });
    });
}

declare global {
  interface HTMLElementTagNameMap {
    'kb-edit-view': KbEditView;
  }
}
