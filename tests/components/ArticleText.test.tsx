import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { bodyText } from '../../src/core/article-text.ts';
import { ArticleText } from '../../src/features/studio/ArticleText.tsx';

const body = bodyText([
  { kind: 'paragraph', text: 'The monitor said at least 27 civilians had been killed.' },
  { kind: 'paragraph', text: 'The hospital counted 91.' },
]);

describe('the Studio’s article text', () => {
  it('takes a selection made with the mouse when the button is released, before the browser reports the change', () => {
    const onSelect = vi.fn();
    render(<ArticleText body={body} marks={[]} requested={undefined} onSelect={onSelect} />);
    const text = screen.getByRole('textbox', { name: /Article text/ }).querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 'The monitor said '.length);
    range.setEnd(text, 'The monitor said at least 27'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    onSelect.mockClear();

    fireEvent.mouseUp(document);
    const start = body.text.indexOf('at least 27');
    expect(onSelect).toHaveBeenLastCalledWith({ start, end: start + 'at least 27'.length });
  });
});

describe('the Studio’s article text: cleared selections', () => {
  it('leaves a release with no words selected to the browser’s own report, so a double-click’s first click changes nothing', () => {
    const onSelect = vi.fn();
    render(<ArticleText body={body} marks={[]} requested={undefined} onSelect={onSelect} />);
    const text = screen.getByRole('textbox', { name: /Article text/ }).querySelector('p')!.firstChild!;
    const caret = document.createRange();
    caret.setStart(text, 4);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(caret);
    onSelect.mockClear();

    fireEvent.mouseUp(document);
    expect(onSelect).not.toHaveBeenCalled();
    fireEvent(document, new Event('selectionchange'));
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
  });
});
