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
  const half = Math.floor((max - 3) / 2);
  const head = text.slice(0, half).replace(/\s+\S*$/, '');
  const tail = text.slice(-half).replace(/^\S*\s+/, '');
  return `${head.trimEnd()} … ${tail.trimStart()}`;
}
