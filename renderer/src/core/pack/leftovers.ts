/** Authoring leftovers that must never reach a student. */
export const LEFTOVERS: readonly RegExp[] = [
  /\(see\s*\)/i,
  /fact[- ]sheet/i,
  /not recorded in/i,
  /author list after/i,
  /\b(first )?authors? not confirmed\b/i,
  /\bin this pass\b/i,
  /\.\s*;\s*\d/, // a citation with its year missing: "Biol Psychiatry. ;86(2)"
  /\b((?:19|20)\d\d)\b[^()]*\(\1\)/, // a doubled year: "2017;10:210. (2017)"
];

export function leftoverIn(text: string): RegExp | undefined {
  return LEFTOVERS.find((re) => re.test(text));
}
