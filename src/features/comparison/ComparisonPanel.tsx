import { formatRoute } from '../../core/url-state.ts';
import { BASE_PATH } from '../../lib/base-path.ts';
import { Panel } from '../../ui/Panel.tsx';
import { Comparison, COMPARISON_TITLE_ID, type ComparisonProps } from './Comparison.tsx';
import './comparison.css';

/** The comparison of one claim, beside the article or, on a phone, over it. */
export function ComparisonPanel(props: ComparisonProps & { onClose: () => void }) {
  return (
    <Panel
      titleId={COMPARISON_TITLE_ID}
      contentKey={`claim:${props.claim.id}`}
      closeLabel="Close comparison"
      closeHref={formatRoute({ articleId: props.readable.article.id }, BASE_PATH)}
      onClose={props.onClose}
    >
      <Comparison {...props} />
    </Panel>
  );
}
