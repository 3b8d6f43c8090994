// What is not needed to read the article, bundled together and loaded apart from it, on the reader's
// intent (panel-components.ts): the panels that open beside it, the offer of a link to a selected passage,
// the hover preview of a claim, and the list of claims with what each claim's sources say.
export { OpenComparison, OpenSourceCard } from './OpenPanel.tsx';
export { PassageLink } from '../features/sharing/PassageLink.tsx';
export { HighlightPreview } from '../features/reader/HighlightPreview.tsx';
export { ClaimList } from '../features/reader/ClaimList.tsx';
