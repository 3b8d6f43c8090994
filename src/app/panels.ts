// What is not needed to read the article, bundled together and loaded apart from it, on the reader's
// intent (panel-components.ts): the panels that open beside it, the offer of a link to a selected passage,
// the hover preview of a claim, the page's title as the reader moves (use-page-head.ts), and what the page
// shows prerendered around the article (the entries of the lists of claims and sources, the links to the
// figures as data), whose HTML serves until then.
export { OpenComparison, OpenSourceCard } from './OpenPanel.tsx';
export { PassageLink } from '../features/sharing/PassageLink.tsx';
export { HighlightPreview } from '../features/reader/HighlightPreview.tsx';
export { ClaimList } from '../features/reader/ClaimList.tsx';
export { SourceLinks } from '../features/sources/SourceLinks.tsx';
export { DownloadFigures } from '../features/export/DownloadFigures.tsx';
export { PageHead } from './use-page-head.ts';
