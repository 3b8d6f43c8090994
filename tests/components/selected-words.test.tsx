import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SelectionContext, selectionStore, UseSelectedButton } from '../../src/features/studio/selected-words.tsx';

const text = 'The monitor said at least 27 civilians had been killed.';
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
/** Until the frame after now is painted: a frame callback, then a task. */
const afterPaint = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));

describe('the selected words in the Studio', () => {
  it('tells the toolbar at once, and the forms’ buttons once the frame is painted, a single time for changes made before it', async () => {
    const store = selectionStore(text);
    const now = vi.fn();
    const late = vi.fn();
    store.subscribe(now);
    store.subscribeAfterPaint(late);
    store.set(at('at least 27'));
    store.set(at('civilians'));
    expect(now).toHaveBeenCalledTimes(2);
    expect(late).not.toHaveBeenCalled();
    expect(store.get()?.words).toBe('civilians');
    await afterPaint();
    expect(late).toHaveBeenCalledTimes(1);
    store.set(at('civilians'));
    await afterPaint();
    expect(now).toHaveBeenCalledTimes(2);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('turns a “use selected words” button on a frame after words are selected, and a press uses the words selected at that moment', async () => {
    const store = selectionStore(text);
    const onUse = vi.fn();
    render(
      <SelectionContext value={store}>
        <UseSelectedButton onUse={onUse}>Use selected words for the figure</UseSelectedButton>
      </SelectionContext>,
    );
    const button = screen.getByRole('button', { name: 'Use selected words for the figure' });
    expect(button).toBeDisabled();
    act(() => store.set(at('27')));
    expect(button).toBeDisabled();
    await afterPaint();
    expect(button).toBeEnabled();

    act(() => store.set(at('at least 27')));
    fireEvent.click(button);
    expect(onUse).toHaveBeenCalledWith({ range: at('at least 27'), words: 'at least 27' });

    act(() => store.set(undefined));
    await afterPaint();
    expect(button).toBeDisabled();
  });

  it('shows words selected before the button was drawn', () => {
    const store = selectionStore(text);
    store.set(at('27'));
    render(
      <SelectionContext value={store}>
        <UseSelectedButton onUse={() => undefined}>Use</UseSelectedButton>
      </SelectionContext>,
    );
    expect(screen.getByRole('button', { name: 'Use' })).toBeEnabled();
  });
});
