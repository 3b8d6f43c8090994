// Every occurrence of many quotes in one long text, in one pass. Searching quote by quote scans the whole
// text once per quote (each must be checked for a second occurrence); a rolling hash over fixed-length
// windows finds candidates for all quotes at once, and each candidate is then compared exactly.

/** Quotes shorter than this are searched one by one; longer ones share the rolling pass. */
const WINDOW = 12;
const BASE = 31;
/** A bit per hash bucket, checked before the Map: most windows of the text start no quote. */
const FILTER_BITS = 20;

function hashOf(text: string, start: number): number {
  let hash = 0;
  for (let i = start; i < start + WINDOW; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) >>> 0;
  return hash;
}

function occurrencesOf(text: string, pattern: string): number[] {
  const found: number[] = [];
  if (pattern.length === 0) return found;
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

/** For each pattern, the start offsets of all its occurrences in `text` (overlapping ones included), in order. */
export function findOccurrences(text: string, patterns: readonly string[]): number[][] {
  const result: number[][] = patterns.map(() => []);
  const byHash = new Map<number, number[]>();
  const filter = new Uint8Array(1 << FILTER_BITS);
  const mask = (1 << FILTER_BITS) - 1;
  patterns.forEach((pattern, p) => {
    if (pattern.length < WINDOW || patterns.length === 1) {
      result[p] = occurrencesOf(text, pattern);
      return;
    }
    const hash = hashOf(pattern, 0);
    filter[hash & mask] = 1;
    const bucket = byHash.get(hash);
    if (bucket) bucket.push(p);
    else byHash.set(hash, [p]);
  });
  if (byHash.size === 0 || text.length < WINDOW) return result;

  // BASE^(WINDOW-1), to take the leaving character out of the hash.
  let top = 1;
  for (let i = 1; i < WINDOW; i++) top = Math.imul(top, BASE) >>> 0;

  let hash = hashOf(text, 0);
  for (let i = 0; ; i++) {
    if (filter[hash & mask] === 1) {
      const bucket = byHash.get(hash);
      if (bucket) for (const p of bucket) if (text.startsWith(patterns[p]!, i)) result[p]!.push(i);
    }
    if (i + WINDOW >= text.length) break;
    hash = (Math.imul((hash - Math.imul(text.charCodeAt(i), top)) >>> 0, BASE) + text.charCodeAt(i + WINDOW)) >>> 0;
  }
  return result;
}
