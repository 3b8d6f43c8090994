import { useState, type ReactNode } from 'react';
import './disclosure.css';

/**
 * A titled list that phones can fold away; on wide screens it is always open and the toggle is hidden.
 * Both states are in the markup, so the prerendered page and the app agree.
 */
export function Disclosure(props: { id: string; title: string; count: number; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const titleId = `${props.id}-title`;
  const bodyId = `${props.id}-body`;
  return (
    <nav className={`disclosure ${props.className ?? ''}`} aria-labelledby={titleId} data-open={open || undefined}>
      <h2 id={titleId} className="disclosure-title">
        <button type="button" className="disclosure-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {props.title} <span className="list-meta">({props.count})</span>
        </button>
        <span className="disclosure-label">
          {props.title} <span className="list-meta">({props.count})</span>
        </span>
      </h2>
      <div id={bodyId} className="disclosure-body">
        {props.children}
      </div>
    </nav>
  );
}
