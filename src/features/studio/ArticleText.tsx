import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { TextRange } from '../../core/anchor-quote.ts';
import type { BodyText } from '../../core/article-text.ts';
import { snapToWords } from '../../core/quote-selector.ts';
import { segmentBlocks } from '../../core/readable-article.ts';
import type { Mark, Segment } from '../../core/segment-text.ts';
import { selectedRange, selectRange } from './text-offsets.ts';

interface ArticleTextProps {
  body: BodyText;
  /** Where reports already sit, to draw them marked. */
  marks: Mark[];
  /** The words to select in the page (set by the "find words" box). */
  requested: TextRange | undefined;
  onSelect: (range: TextRange | undefined) => void;
}

export const ARTICLE_TEXT_ID = 'studio-text';

/**
 * Paragraphs are drawn in runs of this many; runs out of view skip layout and paint (studio.css), so a
 * long article costs the browser only the part on screen when the page around it changes.
 */
const CHUNK = 40;

/** Whether two runs of one block are drawn alike: same cuts, same marked runs. */
function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end && (s.marks.length > 0) === (b[i]!.marks.length > 0));
}

/**
 * One paragraph. A long article has thousands: an edit that moves one mark redraws only the paragraphs
 * whose marked runs changed, not the whole text.
 */
const Block = memo(
  // `text` is the whole article's: the runs are cut from it, so another text redraws every paragraph.
  function Block({ start, segments }: { text: string; start: number; segments: readonly Segment[] }) {
    return (
      <p data-start={start}>
        {segments.map((segment) =>
          segment.marks.length > 0 ? (
            <mark key={segment.start} className="studio-mark">
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
      </p>
    );
  },
  (before, after) => before.text === after.text && before.start === after.start && sameSegments(before.segments, after.segments),
);

/**
 * The article's text, selectable with a mouse, a finger or the keyboard: it takes a caret like a
 * document (Shift+arrows extend the selection) but refuses every change, so the text stays as pasted.
 *
 * It is editable as "plaintext-only", not "true": while an element with contenteditable="true" has the
 * focus, React measures the selection in it before every commit anywhere on the page, walking all of its
 * text (a megabyte in a long article, tens of milliseconds a time), and restores it afterwards. A
 * plain-text editable takes the same caret and selection and is left alone.
 */
export const ArticleText = memo(function ArticleText({ body, marks, requested, onSelect }: ArticleTextProps) {
  const root = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentBlocks(body, marks), [body, marks]);
  const chunks = useMemo(() => body.blocks.flatMap((_, b) => (b % CHUNK === 0 ? [b] : [])), [body.blocks]);

  useEffect(() => {
    const report = () => {
      const element = root.current;
      const selection = document.getSelection();
      if (!element || !selection || selection.rangeCount === 0) return;
      // Only a selection inside the text counts; clicking a button elsewhere keeps the words chosen.
      if (!element.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
      const range = selectedRange(element);
      const snapped = range && snapToWords(body.text, range);
      onSelect(snapped && snapped.end > snapped.start ? snapped : undefined);
    };
    document.addEventListener('selectionchange', report);
    // A selection made with the mouse is complete when the button is released; taken then, the toolbar
    // shows it in the frame after the release. `selectionchange` is only dispatched after that frame
    // is painted, which would put the toolbar a frame later. It still reports every other selection,
    // and every cleared one: a release that leaves no words selected (the first click of a double-click)
    // changes nothing on the page at once. That spares a layout only when both clicks arrive together, as
    // a test tool sends them; a person's double-click leaves a frame between the clicks.
    const reportWords = () => {
      if (document.getSelection()?.isCollapsed === false) report();
    };
    document.addEventListener('mouseup', reportWords);
    return () => {
      document.removeEventListener('selectionchange', report);
      document.removeEventListener('mouseup', reportWords);
    };
  }, [body.text, onSelect]);

  useEffect(() => {
    if (requested && root.current) selectRange(root.current, requested);
  }, [requested]);

  const refuse = (event: { preventDefault: () => void }) => event.preventDefault();
  // Keys that would change the text are refused before the browser acts; moving and selecting pass.
  const refuseKeys = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete') event.preventDefault();
  };

  return (
    <div
      ref={root}
      id={ARTICLE_TEXT_ID}
      className="studio-text"
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label="Article text: select words to make a claim"
      contentEditable="plaintext-only"
      suppressContentEditableWarning
      spellCheck={false}
      tabIndex={0}
      onBeforeInput={refuse}
      onPaste={refuse}
      onDrop={refuse}
      onCut={refuse}
      onKeyDown={refuseKeys}
    >
      {chunks.map((chunk) => (
        <div key={chunk} className="studio-text-chunk">
          {body.blocks.slice(chunk, chunk + CHUNK).map((block, i) => (
            <Block key={chunk + i} text={body.text} start={block.start} segments={segments[chunk + i]!} />
          ))}
        </div>
      ))}
    </div>
  );
});
