import { startTransition, useEffect, useState } from 'react';

/**
 * `value` as it was when the browser last painted: it follows `value` once the frame showing the change
 * is on screen, in a render React may interrupt. What is drawn from it (checks, marks, the preview of a
 * long article) never holds up the frame that shows a keystroke or a selection.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the next paint; a task queued from it runs after that paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return painted;
}
