/**
 * Validates an exchange file against The Open Group's XSDs with xmllint (Debian package
 * libxml2-utils; scripts/ensure-system-deps.sh installs it). The XSDs import xml.xsd from w3.org;
 * an XML catalog points that at the local copy and --nonet keeps xmllint off the network. A small
 * wrapper schema brings in the Dublin Core schema too, for files whose metadata uses it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../config/config.js';
import { AkbError } from '../../errors.js';

/**
 * The exchange format's XSDs (archimate3_Diagram.xsd and what it includes, dc.xsd, xml.xsd), kept
 * in the repository beside this file with their notices (xsd/README.md).
 */
export const XSD_DIR = join(ROOT, 'server', 'src', 'interop', 'archimate', 'xsd');

export interface XsdResult {
  valid: boolean;
  /** xmllint's messages about the file, one per line. */
  errors: string[];
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('xmllint', args, { env, maxBuffer: 64 * 1024 * 1024 }, (err, _stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT')
        return reject(
          new AkbError('INTERNAL', 'xmllint is not installed: install the Debian package libxml2-utils (bash scripts/ensure-system-deps.sh does it)', [
            { where: 'xmllint', message: 'not found on PATH', messageVi: 'chưa cài xmllint (gói libxml2-utils)' },
          ]),
        );
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr });
    });
  });
}

let available: Promise<boolean> | null = null;

/** True when xmllint is on the PATH (checked once per PATH). */
export function xmllintAvailable(): Promise<boolean> {
  const path = process.env.PATH;
  if (available && lastPath === path) return available;
  lastPath = path;
  available = new Promise((resolve) => execFile('xmllint', ['--version'], (err) => resolve(!(err && (err as NodeJS.ErrnoException).code === 'ENOENT'))));
  return available;
}
let lastPath: string | undefined;

/** Validates `xml` against the exchange format's XSDs in `xsdDir`. */
export async function validateArchimateXml(xml: string, xsdDir = XSD_DIR): Promise<XsdResult> {
  for (const f of ['archimate3_Diagram.xsd', 'archimate3_View.xsd', 'archimate3_Model.xsd', 'xml.xsd', 'dc.xsd'])
    if (!existsSync(join(xsdDir, f)))
      throw new AkbError('INTERNAL', `ArchiMate XSD missing: ${join(xsdDir, f)} (the repository carries them in server/src/interop/archimate/xsd/)`, [
        { where: 'xsd', message: 'file not found', messageVi: 'không tìm thấy tệp XSD', value: join(xsdDir, f) },
      ]);
  const dir = mkdtempSync(join(tmpdir(), 'akb-archimate-'));
  try {
    const local = (f: string) => pathToFileURL(join(xsdDir, f)).href;
    writeFileSync(
      join(dir, 'catalog.xml'),
      `<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <uri name="http://www.w3.org/2001/xml.xsd" uri="${local('xml.xsd')}"/>
  <system systemId="http://www.w3.org/2001/xml.xsd" uri="${local('xml.xsd')}"/>
  <uri name="http://www.w3.org/2001/03/xml.xsd" uri="${local('xml.xsd')}"/>
  <system systemId="http://www.w3.org/2001/03/xml.xsd" uri="${local('xml.xsd')}"/>
</catalog>
`,
    );
    writeFileSync(
      join(dir, 'exchange.xsd'),
      `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:akb:archimate-validation">
  <xs:import namespace="http://www.opengroup.org/xsd/archimate/3.0/" schemaLocation="${local('archimate3_Diagram.xsd')}"/>
  <xs:import namespace="http://purl.org/dc/elements/1.1/" schemaLocation="${local('dc.xsd')}"/>
</xs:schema>
`,
    );
    const file = join(dir, 'model.xml');
    writeFileSync(file, xml);
    const { code, stderr } = await run(['--nonet', '--noout', '--schema', join(dir, 'exchange.xsd'), file], {
      ...process.env,
      XML_CATALOG_FILES: join(dir, 'catalog.xml'),
    });
    const errors = stderr
      .split('\n')
      .filter((l) => l.startsWith(file) && !l.endsWith(' validates'))
      .map((l) => l.slice(file.length + 1));
    return { valid: code === 0, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
