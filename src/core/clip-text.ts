/** Text cut to at most `max` characters, ending in an ellipsis when cut: for previews, notices and descriptions. */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
