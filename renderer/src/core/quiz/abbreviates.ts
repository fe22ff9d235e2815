/**
 * Is the term an abbreviation of the expansion? Its letters must appear in
 * the expansion in order (Greek letters read as Latin, digits ignored):
 * "TrkB" abbreviates "tropomyosin receptor kinase B"; "Akt" does not
 * abbreviate "protein kinase B", and "GluA1" is a name, not an abbreviation.
 */
export function abbreviates(term: string, expansion: string): boolean {
  const latin = (s: string) => s.toLowerCase().replace(/γ/g, 'g').replace(/α/g, 'a').replace(/β/g, 'b').replace(/[^a-z]/g, '');
  const have = latin(expansion);
  let at = 0;
  for (const ch of latin(term)) {
    at = have.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Two glossary terms for related things (GABA and GABAA, NMDA and NMDAR): never each other's wrong option. */
export function relatedTerms(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.startsWith(y) || y.startsWith(x) || x.includes(` ${y}`) || y.includes(` ${x}`);
}
