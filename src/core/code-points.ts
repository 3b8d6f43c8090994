// Exports count positions in Unicode code points, as the W3C TextPositionSelector asks; the reader
// anchors in JavaScript's UTF-16 indices. This module converts between the two for one text.

/**
 * A converter from UTF-16 indices to code-point positions in `text`. Only characters outside the Basic
 * Multilingual Plane (emoji, some scripts) differ, so it records where those pairs are and counts them.
 */
export function codePointPositions(text: string): (utf16Index: number) => number {
  const pairs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  return (utf16Index) => {
    // Pairs that start before the index each count one code point for two UTF-16 units.
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (pairs[mid]! + 1 < utf16Index) low = mid + 1;
      else high = mid;
    }
    return utf16Index - low;
  };
}

/** The characters of `text` from code point `start` up to (not including) code point `end`. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
