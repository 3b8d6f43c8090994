import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { copyText } from '../../lib/clipboard.ts';
import './sharing.css';

const noSubscription = () => () => undefined;
const MESSAGE_MS = 4000;

/**
 * Copy link, Share… (where the device offers it) and Cite, for whatever the URL shows now. Confirmations
 * are shown and announced; where the Clipboard API is missing, the link is shown selected, ready to copy.
 */
export function ShareBar({ cite }: { cite: (url: string) => string }) {
  const canShare = useSyncExternalStore(noSubscription, () => typeof navigator.share === 'function', () => false);
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const [citation, setCitation] = useState<string | null>(null);
  const fallbackInput = useRef<HTMLInputElement>(null);
  const citationId = useId();

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(''), MESSAGE_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  // The fallback link takes focus, selected, so that Ctrl+C copies it at once.
  useEffect(() => {
    fallbackInput.current?.focus();
    fallbackInput.current?.select();
  }, [fallback]);

  async function copy(text: string, what: string) {
    if (await copyText(text)) {
      setFallback(null);
      setMessage(`${what} copied.`);
    } else {
      setFallback(text);
      setMessage(`Copying is not available here: the ${what.toLowerCase()} is selected below; press Ctrl+C (⌘C on a Mac) to copy it.`);
    }
  }

  async function share() {
    try {
      await navigator.share({ title: document.title, url: window.location.href });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  return (
    <div className="share-bar">
      <div className="share-buttons">
        <button type="button" className="button button--quiet" onClick={() => void copy(window.location.href, 'Link')}>
          Copy link
        </button>
        {canShare && (
          <button type="button" className="button button--quiet" onClick={() => void share()}>
            Share…
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={citation !== null}
          aria-controls={citationId}
          onClick={() => setCitation(citation === null ? cite(window.location.href) : null)}
        >
          Cite
        </button>
      </div>
      <p className="share-status" role="status">
        {message}
      </p>
      {fallback !== null && (
        <label className="share-fallback">
          <span>Copy this:</span>
          <input ref={fallbackInput} type="text" readOnly value={fallback} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
      <div id={citationId} className="share-citation" hidden={citation === null}>
        {citation !== null && (
          <>
            <p className="share-citation-text">{citation}</p>
            <button type="button" className="button button--quiet" onClick={() => void copy(citation, 'Citation')}>
              Copy citation
            </button>
          </>
        )}
      </div>
    </div>
  );
}
