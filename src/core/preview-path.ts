// Where a preview image lives on the site: the build writes it there and each page's head points at it.
import { formatRoute } from './url-state.ts';

export function previewImagePath(articleId: string, claimId?: string, base = '/'): string {
  return formatRoute({}, base) + (claimId ? `previews/${articleId}/${claimId}.png` : `previews/${articleId}.png`);
}
