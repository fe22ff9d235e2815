/**
 * Links that may open in the system browser: https only, exact hosts of
 * the sources the app cites (PubMed Central, PubMed, DOI, NCBI Gene, HGNC,
 * WikiPathways/PFOCR). Everything else is refused.
 */
export const EXTERNAL_HOSTS = new Set([
  'pmc.ncbi.nlm.nih.gov',
  'www.ncbi.nlm.nih.gov',
  'pubmed.ncbi.nlm.nih.gov',
  'doi.org',
  'www.genenames.org',
  'pfocr.wikipathways.org',
  'www.wikipathways.org',
]);

export function isAllowedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && EXTERNAL_HOSTS.has(u.hostname) && u.port === '' && !u.username && !u.password;
}
