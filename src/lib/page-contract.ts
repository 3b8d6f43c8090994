// The page's contract: the ids, classes and data attributes by which parts of the page find each other
// (a highlight and its claim and report, the side panel, a linked passage's mark, the claim and source
// links, the article's blocks). Components spread the attributes this module hands out, and look
// elements up only through it, as Hypothesis' highlighter.ts owns its highlights. Nobody else writes a selector.
import type { HighlightState } from '../core/open-state.ts';

/** The id of the panel that opens beside the article (or over it, on a phone). */
export const PANEL_ID = 'comparison';
/** The id of the article, the target of the skip link. */
export const ARTICLE_ID = 'article';

const HIGHLIGHT = 'a.highlight[data-claim-id]';
const PASSAGE_MARK = 'mark.passage';
const PANEL_OPENER = 'data-panel-opener';

/** DOM id of the first highlighted run of a report's quote. */
export function highlightId(claimId: string, reportId: string): string {
  return `quote-${claimId}--${reportId}`;
}

/** The attributes by which a highlight shows its state: how it looks, and whether its comparison is open. */
function stateAttributes(state: HighlightState) {
  return { 'data-state': state === 'closed' ? undefined : state, 'aria-expanded': state === 'open' || state === 'current' } as const;
}

/**
 * The attributes of one run of a report's highlight (a link to its comparison), with its state as the
 * article is drawn; {@link showHighlightStates} changes the state in place afterwards. Attributes a run
 * does not have are left out rather than set to undefined: a long article holds thousands of these.
 */
export function highlightAttributes(
  claimId: string,
  reportId: string,
  state: HighlightState,
  layers: number,
  first: boolean,
  weight: 'strong' | 'quiet' = 'strong',
) {
  return {
    ...(first && { id: highlightId(claimId, reportId) }),
    className: 'highlight',
    'data-claim-id': claimId,
    'data-report-id': reportId,
    // Where the claim's sources differ the highlight stands out; other claims are marked quietly (reader.css).
    'data-weight': weight,
    ...(state !== 'closed' && { 'data-state': state }),
    ...(layers > 1 && { 'data-layers': layers }),
    'aria-expanded': state === 'open' || state === 'current',
    'aria-controls': PANEL_ID,
  } as const;
}

/**
 * Shows, in place, the state of the highlights in `article` as the URL changes: the article is drawn once
 * and not again when a claim opens or closes, so that a long article costs a click no more than a short
 * one. `stateOf` is asked about each highlight that shows a state now and each highlight of `claimIds`
 * (`all` while a source's card is open, which marks or dims every highlight).
 */
export function showHighlightStates(
  article: HTMLElement,
  claimIds: readonly string[] | 'all',
  stateOf: (claimId: string, reportId: string) => HighlightState,
): void {
  const selector =
    claimIds === 'all'
      ? HIGHLIGHT
      : [`${HIGHLIGHT}[data-state]`, ...claimIds.map((claimId) => `${HIGHLIGHT}[data-claim-id="${CSS.escape(claimId)}"]`)].join(', ');
  for (const highlight of article.querySelectorAll<HTMLElement>(selector)) {
    const attributes = stateAttributes(stateOf(highlight.dataset.claimId ?? '', highlight.dataset.reportId ?? ''));
    for (const [name, value] of Object.entries(attributes)) {
      const text = value === undefined ? null : String(value);
      if (highlight.getAttribute(name) === text) continue;
      if (text === null) highlight.removeAttribute(name);
      else highlight.setAttribute(name, text);
    }
  }
}

/** The mark on a passage a link quotes. */
export const passageMarkAttributes = { className: 'passage' } as const;

/**
 * The attributes of a run of the article's blocks, the first of which is block `from`: a run is hydrated
 * as a whole, when it nears the viewport or the reader reaches into it (features/reader/use-late-runs.ts).
 */
export function runAttributes(from: number) {
  return { 'data-run': from } as const;
}

/** The article's runs of blocks on the page. */
export function articleRuns(article: HTMLElement): HTMLElement[] {
  return [...article.querySelectorAll<HTMLElement>(':scope [data-run]')];
}

/** The first block of the run of blocks an event happened in, if any. */
export function runOf(target: EventTarget | null): number | undefined {
  const run = target instanceof Element ? target.closest<HTMLElement>(`#${ARTICLE_ID} [data-run]`) : null;
  return run ? Number(run.dataset.run) : undefined;
}

/** The attributes of block `b` of the article body, by which a selection is turned into text offsets. */
export function blockAttributes(b: number) {
  return { 'data-block': b } as const;
}

/** A link in a list that opens a claim's comparison: focus returns to it when the panel closes. */
export function claimLinkAttributes(claimId: string) {
  return { 'data-claim-link': claimId, [PANEL_OPENER]: '' } as const;
}

/** A link in a list that opens a source's card: focus returns to it when the card closes. */
export function sourceLinkAttributes(sourceId: string) {
  return { 'data-source-link': sourceId, [PANEL_OPENER]: '' } as const;
}

/** Any other link that opens a panel (a report listed on a source's card). */
export const panelOpenerAttributes = { [PANEL_OPENER]: '' } as const;

/** Whether a panel was prerendered into the page. */
export function panelIsOnPage(): boolean {
  return document.getElementById(PANEL_ID) !== null;
}

/** Whether `element` is inside the open panel. */
export function inPanel(element: Element): boolean {
  return element.closest(`#${PANEL_ID}`) !== null;
}

/** Whether `element` opens panels (a highlight, a list's link, a link in the panel): the panel then takes focus. */
export function opensPanels(element: Element): boolean {
  return element.closest(`${HIGHLIGHT}, [${PANEL_OPENER}], #${PANEL_ID}`) !== null;
}

/** The element that best stands for a report in the text: its own highlight, else its claim's first one. */
export function findHighlight(claimId: string, reportId?: string): HTMLElement | null {
  const own = reportId === undefined ? null : document.getElementById(highlightId(claimId, reportId));
  return own ?? document.querySelector<HTMLElement>(`${HIGHLIGHT}[data-claim-id="${CSS.escape(claimId)}"]`);
}

/** Where focus returns when a claim's panel closes: its highlight, else its link in the list of claims. */
export function findClaimReturn(claimId: string, reportId?: string): HTMLElement | null {
  return findHighlight(claimId, reportId) ?? document.querySelector<HTMLElement>(`[data-claim-link="${CSS.escape(claimId)}"]`);
}

/** Where focus returns when a source's card closes: its link in the list of sources. */
export function findSourceLink(sourceId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-source-link="${CSS.escape(sourceId)}"]`);
}

/** The highlight an event happened in, if any. */
export function highlightOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(HIGHLIGHT) : null;
}

/** The highlight under the pointer now, if any. */
export function hoveredHighlight(): HTMLElement | null {
  return highlightOf([...document.querySelectorAll(':hover')].at(-1) ?? null);
}

/** The claim of a highlight. */
export function claimIdOf(highlight: HTMLElement): string {
  return highlight.dataset.claimId ?? '';
}

/** The first highlight of each claim, in reading order. */
export function claimStarts(): HTMLElement[] {
  const seen = new Set<string>();
  return [...document.querySelectorAll<HTMLElement>(`#${ARTICLE_ID} ${HIGHLIGHT}`)].filter((link) => {
    const claimId = claimIdOf(link);
    if (seen.has(claimId)) return false;
    seen.add(claimId);
    return true;
  });
}

/** The marked passage, if a link quotes one. */
export function findPassageMark(): HTMLElement | null {
  return document.querySelector<HTMLElement>(PASSAGE_MARK);
}

/** The article block a DOM node sits in, and its index; undefined outside the article's body. */
export function blockOf(node: Node): { element: HTMLElement; index: number } | undefined {
  const element = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(`#${ARTICLE_ID} [data-block]`);
  return element ? { element, index: Number(element.dataset.block) } : undefined;
}

let appFocusing = false;

/**
 * Moves focus for the reader (back to a highlight after a panel closes, say). Focus the app puts back
 * is not the reader's own: {@link isAppFocus} lets a hover preview tell them apart.
 */
export function appFocus(element: HTMLElement): void {
  appFocusing = true;
  try {
    element.focus({ preventScroll: true });
  } finally {
    appFocusing = false;
  }
}

/** True while {@link appFocus} is moving focus (focus events fire synchronously within it). */
export function isAppFocus(): boolean {
  return appFocusing;
}

/**
 * Signals on <html> that tests and the benchmark wait for, instead of a timer: `data-tally-ready` once the
 * app has taken the page over, `data-tally-panels="loaded"` once the panels' code is here and the offer of passage links listens.
 */
export function markAppReady(): void {
  document.documentElement.dataset.tallyReady = 'true';
}

export function markPanelsLoaded(): void {
  document.documentElement.dataset.tallyPanels = 'loaded';
}
