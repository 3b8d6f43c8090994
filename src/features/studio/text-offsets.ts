// Between the browser's selection and offsets into the article text. Each block of the text is drawn
// as an element carrying its start offset (data-start); inside it, text nodes are the block's text in order.
import type { TextRange } from '../../core/anchor-quote.ts';

/** The block element a DOM node lies in, within `root`. */
function blockOf(root: HTMLElement, node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-start]');
  return block && root.contains(block) ? block : null;
}

function offsetIn(root: HTMLElement, node: Node, offset: number): number | undefined {
  const block = blockOf(root, node);
  if (!block) return undefined;
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return Number(block.dataset.start) + range.toString().length;
}

/** The selection as offsets into the text, when both its ends lie in the text's blocks. */
export function selectedRange(root: HTMLElement): TextRange | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const start = offsetIn(root, range.startContainer, range.startOffset);
  const end = offsetIn(root, range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}

function pointAt(root: HTMLElement, offset: number): { node: Node; offset: number } | undefined {
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-start]')];
  const block = blocks.findLast((b) => Number(b.dataset.start) <= offset);
  if (!block) return undefined;
  let left = offset - Number(block.dataset.start);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Text | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return { node, offset: left };
    left -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : undefined;
}

/** Selects `range` of the text in the page, as if the editor had dragged over it, and scrolls it into view. */
export function selectRange(root: HTMLElement, range: TextRange): void {
  const start = pointAt(root, range.start);
  const end = pointAt(root, range.end);
  const selection = document.getSelection();
  if (!start || !end || !selection) return;
  const domRange = document.createRange();
  domRange.setStart(start.node, start.offset);
  domRange.setEnd(end.node, end.offset);
  selection.removeAllRanges();
  selection.addRange(domRange);
  start.node.parentElement?.scrollIntoView({ block: 'nearest' });
}
