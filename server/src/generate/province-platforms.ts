/** A province's networks, groups and shared platforms (LGSP, data centre, SOC, one-stop system…) and how they connect to the national ones. */
import { component, EXAMPLE, MARK } from './chunk.js';
import { NATIONAL } from './fixture-context.js';
import { FINANCE, IT_DEPARTMENT, OFFICE } from './names.js';
import type { Agencies } from './province-agencies.js';
import type { ProvinceScope } from './province-scope.js';
import type { Role } from './provinces.js';

export interface Platforms {
  wan: string;
  /** The group of the province's online public services. */
  dvcGroup: string;
  /** The shared platforms' ids (fixture ids where the fixtures have them). */
  P: PlatformIds;
}

export type PlatformIds = Record<
  'lgsp' | 'dc' | 'soc' | 'ioc' | 'oneStop' | 'portal' | 'documents' | 'reporting' | 'warehouse' | 'sso' | 'payment' | 'signing',
  string
>;

export function buildPlatforms(scope: ProvinceScope, { dept }: Agencies): Platforms {
  const { p, c, fx, g, role, names } = scope;
  const wan = role('wan', `network:${g('wan')}`);
  if (!fx.wan)
    c.node({
      id: wan,
      kind: 'Network',
      name: `Mạng diện rộng (WAN) ${p.fullName}`,
      abbreviations: ['WAN'],
      province: p.name,
      level: 'province',
      provenance: EXAMPLE,
      description: `${MARK}: mạng diện rộng của tỉnh.`,
    });
  c.rel('CONNECTED_OVER', wan, NATIONAL.tslcd);
  const dvcGroup = role('dvcGroup', `group:${g('dich-vu-cong')}`);
  if (!fx.dvcGroup)
    c.node({
      id: dvcGroup,
      kind: 'ComponentGroup',
      name: `Dịch vụ công trực tuyến ${p.fullName}`,
      province: p.name,
      level: 'province',
      provenance: EXAMPLE,
      description: `${MARK}: các dịch vụ công trực tuyến của tỉnh.`,
    });
  const P = {
    lgsp: role('lgsp', `component:${g('lgsp')}`),
    dc: role('datacentre', `component:${g('ttdl')}`),
    soc: role('soc', `component:${g('soc')}`),
    ioc: role('ioc', `component:${g('ioc')}`),
    oneStop: role('oneStop', `component:${g('httt-gq-tthc')}`),
    portal: role('portal', `component:${g('cong-ttdt')}`),
    documents: role('documents', `component:${g('qlvb')}`),
    reporting: role('reporting', `component:${g('bao-cao')}`),
    warehouse: role('warehouse', `component:${g('kho-du-lieu')}`),
    sso: role('sso', `component:${g('sso')}`),
    payment: role('payment', `component:${g('thanh-toan')}`),
    signing: role('signing', `component:${g('ky-so')}`),
  };
  const IT = dept(IT_DEPARTMENT);
  const platform = (r: Role, id: string, name: string, kind: string, owner: string, extra: Record<string, unknown> = {}) => {
    names.reserve(name);
    if (fx[r]) return;
    c.node(
      component(id, name, kind, 'province', 'nền tảng, hệ thống dùng chung của tỉnh', {
        province: p.name,
        ...extra,
        ...(kind === 'datacentre' ? {} : { hosting: 'provincial-datacentre' }),
      }),
    );
    c.rel('OWNED_BY', id, owner);
    if (kind !== 'datacentre') c.rel('HOSTED_ON', id, P.dc);
    c.rel('MONITORED_BY', id, id === P.soc ? NATIONAL.nationalSoc : P.soc);
  };
  platform('datacentre', P.dc, `Trung tâm dữ liệu ${p.fullName}`, 'datacentre', IT, { abbreviations: ['TTDL'] });
  platform('lgsp', P.lgsp, `Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) ${p.fullName}`, 'platform', IT, { abbreviations: ['LGSP'] });
  platform('soc', P.soc, `Trung tâm giám sát an toàn thông tin (SOC) ${p.fullName}`, 'operations-centre', IT, { abbreviations: ['SOC'] });
  platform('ioc', P.ioc, `Trung tâm giám sát, điều hành thông minh (IOC) ${p.fullName}`, 'operations-centre', IT, { abbreviations: ['IOC'] });
  platform('oneStop', P.oneStop, `Hệ thống thông tin giải quyết thủ tục hành chính ${p.fullName}`, 'system', dept(OFFICE), {
    abbreviations: ['HTTT giải quyết TTHC'],
  });
  platform('portal', P.portal, `Cổng thông tin điện tử ${p.fullName}`, 'portal', dept(OFFICE), { abbreviations: ['Cổng TTĐT'] });
  platform('documents', P.documents, `Hệ thống quản lý văn bản và điều hành ${p.fullName}`, 'system', dept(OFFICE), { abbreviations: ['QLVB'] });
  platform('reporting', P.reporting, `Hệ thống thông tin báo cáo ${p.fullName}`, 'system', dept(OFFICE));
  platform('warehouse', P.warehouse, `Kho dữ liệu dùng chung ${p.fullName}`, 'database', IT);
  platform('sso', P.sso, `Nền tảng xác thực tập trung (SSO) ${p.fullName}`, 'platform', IT, { abbreviations: ['SSO'] });
  platform('payment', P.payment, `Nền tảng thanh toán trực tuyến ${p.fullName}`, 'platform', dept(FINANCE));
  platform('signing', P.signing, `Hệ thống ký số tập trung ${p.fullName}`, 'platform', IT);
  c.rel('CONNECTED_OVER', P.dc, wan);
  c.rel('CONNECTED_OVER', P.lgsp, wan);
  c.rel('INTEGRATES_VIA', P.lgsp, NATIONAL.ndxp);
  c.rel('PROVIDED_BY', NATIONAL.dataSharing, P.lgsp);
  c.rel('PROVIDED_BY', NATIONAL.sso, P.sso);
  c.rel('PROVIDED_BY', NATIONAL.payment, P.payment);
  c.rel('PROVIDED_BY', NATIONAL.signature, P.signing);
  for (const id of [P.oneStop, P.portal, P.documents, P.reporting, P.warehouse, P.sso, P.payment, P.signing]) c.rel('INTEGRATES_VIA', id, P.lgsp);
  c.rel('CONNECTS_TO', P.sso, NATIONAL.identity, P.lgsp);
  c.rel('INTEGRATES_VIA', P.payment, NATIONAL.ndxp);
  c.rel('CONNECTS_TO', P.signing, NATIONAL.signatureGateway, P.lgsp);
  c.rel('CONNECTS_TO', P.oneStop, NATIONAL.dvcPortal, P.lgsp);
  c.rel('USES_DATA_FROM', P.oneStop, NATIONAL.population, P.lgsp);
  c.rel('USES_DATA_FROM', P.oneStop, NATIONAL.procedures, P.lgsp);
  c.rel('USES_SERVICE', P.oneStop, NATIONAL.eIdentity);
  for (const id of [P.oneStop, P.portal, P.documents]) c.rel('REUSES', id, P.sso);
  c.rel('REUSES', P.oneStop, P.payment);
  for (const id of [P.oneStop, P.documents]) c.rel('REUSES', id, P.signing);
  c.rel('CONNECTS_TO', P.documents, NATIONAL.vdxp, P.lgsp);
  c.rel('CONNECTS_TO', P.reporting, NATIONAL.govReporting, P.lgsp);
  c.rel('USES_DATA_FROM', P.reporting, P.warehouse, P.lgsp);
  c.rel('USES_DATA_FROM', P.ioc, P.warehouse, P.lgsp);
  return { wan, dvcGroup, P };
}
