// What is not needed to read the article, bundled together and loaded apart from it: the panels that
// open beside it, the offer of a link to a selected passage and the hover preview of a claim.
export { ComparisonPanel } from '../features/comparison/ComparisonPanel.tsx';
export { ShareBar } from '../features/sharing/ShareBar.tsx';
export { SourceCard } from '../features/sources/SourceCard.tsx';
export { PassageLink } from '../features/sharing/PassageLink.tsx';
export { HighlightPreview } from '../features/reader/HighlightPreview.tsx';
