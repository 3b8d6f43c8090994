/** Text cut to at most `max` characters, ending in an ellipsis when cut: for previews, notices and descriptions. */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Text longer than `max` characters shown by its start and its end around an ellipsis, each cut at a word's
 * edge: "at least 27 civilians … the Syrian Observatory said". For a long passage named in a small space.
 */
export function clipMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.max(1, Math.floor((max - 3) / 2));
  const tailStart = text.length - half;
  // A cut that falls inside a word drops that word's piece; one that falls between words keeps both.
  const head = /\s/.test(text[half]!) ? text.slice(0, half) : text.slice(0, half).replace(/\s+\S*$/, '');
  const tail = /\s/.test(text[tailStart - 1]!) ? text.slice(tailStart) : text.slice(tailStart).replace(/^\S*\s+/, '');
  return `${head.trimEnd()} … ${tail.trimStart()}`;
}
