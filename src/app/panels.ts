// The panels that open beside the article, bundled together and loaded apart from it.
export { ComparisonPanel } from '../features/comparison/ComparisonPanel.tsx';
export { ShareBar } from '../features/sharing/ShareBar.tsx';
export { SourceCard } from '../features/sources/SourceCard.tsx';
