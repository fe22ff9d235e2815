import type { Checked } from '../util/problem.ts';
import type { GpmlPathway } from './gpml-model.ts';
import { readGpml2013a } from './read-gpml-2013a.ts';
import { readGpml2021 } from './read-gpml-2021.ts';
import { parseXmlSafely, where, XML_LIMITS, type XmlLimits } from './xml-front-door.ts';

export const GPML_NAMESPACES = {
  '2013a': 'http://pathvisio.org/GPML/2013a',
  '2021': 'http://pathvisio.org/GPML/2021',
} as const;

/** Cheap test for "this text looks like GPML", to route a dropped file before reading it. */
export function looksLikeGpml(text: string): boolean {
  return /<Pathway\b[^>]*xmlns\s*=\s*["'][^"']*(pathvisio\.org|genmapp\.org)\/GPML/.test(text.slice(0, 4096));
}

/** Untrusted text → the normalised GPML model, or located problems. */
export function readGpml(text: string, limits: XmlLimits = XML_LIMITS): Checked<GpmlPathway> {
  const xml = parseXmlSafely(text, limits);
  if (!xml.ok) return xml;
  const root = xml.value;
  const at = where(root);
  if (/genmapp\.org\/GPML\/(2007|2008a|2010a)/.test(root.ns)) {
    const version = /GPML\/(\w+)/.exec(root.ns)![1];
    return { ok: false, problems: [{ path: at, message: `is GPML ${version}, an old GenMAPP-era format this app does not read; open it in PathVisio and save it again (GPML 2013a or 2021)` }] };
  }
  if (root.name !== 'Pathway') {
    return { ok: false, problems: [{ path: at, message: `is not a GPML pathway: the root element is <${root.name}>, expected <Pathway>` }] };
  }
  if (root.ns === GPML_NAMESPACES['2013a']) return { ok: true, value: readGpml2013a(root) };
  if (root.ns === GPML_NAMESPACES['2021']) return { ok: true, value: readGpml2021(root) };
  const ns = root.ns ? `"${root.ns}"` : 'no namespace';
  return { ok: false, problems: [{ path: at, message: `is not GPML this app reads: <Pathway> has ${ns}; expected ${GPML_NAMESPACES['2013a']} or ${GPML_NAMESPACES['2021']}` }] };
}
