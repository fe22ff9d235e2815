/**
 * A caption as a student should read it. Captions copied from a paper keep
 * the husks of links to its reference list ("(see )", "[ ]"); they are
 * removed, with the spaces they leave. Nothing else is changed: the caption
 * stays the authors' words, typos included.
 */
export function cleanCaption(caption: string): string {
  return caption
    .replace(/\s*\((?:see|cf\.?|ref\.?|refs\.?)?\s*[,;]?\s*\)/gi, '')
    .replace(/\s*\[\s*[,;–-]*\s*\]/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
}
