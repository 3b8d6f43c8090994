// What the URL has open (core/open-state.ts), shown on the article's highlights. The article is drawn
// once, with the states of the path it is drawn for; one subscription for the whole article then shows in
// place, through the page's contract, the few highlights whose state changes as the URL does.
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { highlightState, openState, type HighlightState, type OpenState } from '../../core/open-state.ts';
import { reportKey, type ReadableArticle } from '../../core/readable-article.ts';
import type { TextRange } from '../../core/anchor-quote.ts';
import { routeOf, useLocationStore } from '../../lib/location.ts';
import { showHighlightStates } from '../../lib/page-contract.ts';

/** The state of the highlight of one report. */
export type StateOf = (claimId: string, reportId: string) => HighlightState;

const CLOSED: OpenState = { notices: [] };
const lastOpen = new WeakMap<ReadableArticle, { path: string; open: OpenState }>();

/** What is open at `path`, worked out once per path (the drawing and the subscription both ask). */
function openAt(readable: ReadableArticle, path: string): OpenState {
  const last = lastOpen.get(readable);
  if (last?.path === path) return last.open;
  const route = routeOf(path);
  const open = route.kind === 'reader' ? openState(readable, route) : CLOSED;
  lastOpen.set(readable, { path, open });
  return open;
}

const sourcesByArticle = new WeakMap<ReadableArticle, Map<string, readonly string[]>>();

/** A report's sources, looked up only while a source's card is open (every highlight is then asked). */
function reportSources(readable: ReadableArticle, claimId: string, reportId: string): readonly string[] {
  let byKey = sourcesByArticle.get(readable);
  if (!byKey) {
    byKey = new Map(readable.claims.flatMap((claim) => claim.reports.map((report) => [reportKey(claim.id, report.id), report.sourceIds])));
    sourcesByArticle.set(readable, byKey);
  }
  return byKey.get(reportKey(claimId, reportId)) ?? [];
}

function statesUnder(readable: ReadableArticle, open: OpenState): StateOf {
  return (claimId, reportId) => highlightState(open, claimId, reportId, open.source ? reportSources(readable, claimId, reportId) : []);
}

/**
 * The states the article is drawn with, and, for as long as it is on the page, the states the URL gives
 * its highlights, shown in place. The drawing keeps the states of the path the page was prerendered for
 * (which hydration must match); the states are shown again whenever the URL changes and after `passage`
 * has redrawn the runs of its blocks.
 */
export function useHighlightStates(readable: ReadableArticle, article: RefObject<HTMLElement | null>, passage: TextRange | undefined): StateOf {
  const store = useLocationStore();
  const [drawnPath] = useState(() => store.getServerPath());
  const drawn = useMemo(() => statesUnder(readable, openAt(readable, drawnPath)), [readable, drawnPath]);
  useLayoutEffect(() => {
    const root = article.current;
    if (!root) return;
    let shown: OpenState | undefined;
    const show = () => {
      const open = openAt(readable, store.getPath());
      if (open === shown) return;
      shown = open;
      showHighlightStates(root, open.source ? 'all' : open.claim ? [open.claim.id] : [], statesUnder(readable, open));
    };
    show();
    return store.subscribe(show);
  }, [readable, store, article, passage]);
  return drawn;
}
