import type { MouseEvent } from 'react';

/** Plain words for parts of a link that name nothing here, with a way back to the article. */
export function Notices({ notices, dismissHref, onDismiss }: { notices: readonly string[]; dismissHref: string; onDismiss: (event: MouseEvent<HTMLAnchorElement>) => void }) {
  if (notices.length === 0) return null;
  return (
    <p className="notice" role="alert">
      {notices.join(' ')}{' '}
      <a href={dismissHref} onClick={onDismiss}>
        Dismiss
      </a>
    </p>
  );
}
