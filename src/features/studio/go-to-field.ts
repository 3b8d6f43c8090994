// The article's fields by id, so that a problem named elsewhere (the preview) can lead the editor to its
// field: this module owns those ids, and the Article panel sets them.

/** The id of the Article panel's control for `path` ("article.origin.url"). */
export function articleFieldId(path: string): string {
  return `studio-${path.replace(/[^a-z0-9]+/gi, '-')}`;
}

/**
 * Opens the folded panel holding the field for `path` (or its nearest parent that has one), brings it
 * into view and puts the focus in it. False when no such field is on the page.
 */
export function goToField(path: string): boolean {
  for (let at = path; at; at = at.replace(/(\.[^.[]*|\[\d+\])$/, '')) {
    const field = document.getElementById(articleFieldId(at));
    if (!field) {
      if (!/[.[]/.test(at)) return false;
      continue;
    }
    const panel = field.closest('details');
    if (panel) panel.open = true;
    field.scrollIntoView({ block: 'center' });
    field.focus();
    return true;
  }
  return false;
}
