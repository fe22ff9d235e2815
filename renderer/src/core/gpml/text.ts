/**
 * Text cleanup for labels and names taken from GPML. Curators type line
 * breaks into labels (`&#xA;`), and some tools leave that entity encoded
 * once more; both become spaces. Mojibake ("Â°") is left as written: it is
 * the file's text, and guessing a repair could change a name.
 */
export function cleanText(raw: string | undefined): string {
  if (!raw) return '';
  return raw
    .replace(/&#(xA|xa|10|xD|xd|13);/g, ' ')
    .replace(/&amp;/g, '&')
    // Control characters (other than the whitespace folded below) never belong in a label.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cut to at most `max` characters at a word boundary where possible, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/** "Arial, Bob" from "[Arial, Bob]" (the 2013a Author attribute is one bracketed string). */
export function splitAuthors(raw: string | undefined): string[] {
  const inner = cleanText(raw).replace(/^\[|\]$/g, '');
  return inner.split(',').map((a) => a.trim()).filter(Boolean);
}
