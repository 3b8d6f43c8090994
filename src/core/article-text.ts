// The article body as one string, which quotes are anchored in, and where each block sits in it.
import type { Block } from './schema.ts';
import type { TextRange } from './anchor-quote.ts';

/** Blocks are joined by a blank line, so a quote can never silently run from one paragraph into the next. */
export const BLOCK_SEPARATOR = '\n\n';

export interface PlacedBlock extends TextRange {
  block: Block;
}

export interface BodyText {
  text: string;
  blocks: PlacedBlock[];
}

export function bodyText(blocks: readonly Block[]): BodyText {
  const placed: PlacedBlock[] = [];
  let offset = 0;
  for (const block of blocks) {
    placed.push({ block, start: offset, end: offset + block.text.length });
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), blocks: placed };
}
