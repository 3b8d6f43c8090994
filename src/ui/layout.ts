// The one breakpoint the reader's layout turns on, apart from the panel's code so that the article can
// ask for it without loading the panel.

/** Wide screens show panels beside the article; phones show them as a modal sheet. */
export const WIDE_LAYOUT_QUERY = '(min-width: 1024px)';
