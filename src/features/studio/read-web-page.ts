// Takes an article out of a saved web page (.html) with Readability, the library behind Firefox's Reader
// View: its text as paragraphs, and what the page says of its title, author, outlet, date and address.
// Loaded only when an editor opens such a file. The page is parsed, never shown: no script in it runs.
import { Readability } from '@mozilla/readability';
import type { PastedArticle } from '../../core/pack-draft.ts';

export type WebPageArticle = PastedArticle & { byline: string };

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre';

function meta(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    const content = doc.querySelector<HTMLMetaElement>(`meta[property="${key}"], meta[name="${key}"]`)?.content.trim();
    if (content) return content;
  }
  return '';
}

/**
 * Only text is wanted: everything that could load or run is taken out before Readability sees the page
 * (it copies nodes about, and an image's error handler must never get a chance to fire).
 */
function textOnly(doc: Document): Document {
  doc.querySelectorAll('script, style, iframe, frame, object, embed, img, picture, video, audio, source, svg, canvas, link[rel="preload"], link[rel="stylesheet"], base').forEach((el) => el.remove());
  for (const el of doc.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) if (/^on|^(src|srcset|href|style|action|formaction)$/i.test(name) && !(el.tagName === 'LINK' && name === 'href')) el.removeAttribute(name);
  }
  return doc;
}

/**
 * Chromium fires an image's error handler even in a parsed, never-shown document (the page's policy then
 * refuses to run it). Event-handler attributes are renamed in the markup before it is parsed, so none is
 * ever tried. NOTE: a text pattern, not a parser; the Content-Security-Policy is what guarantees it.
 */
function withoutHandlers(html: string): string {
  const handler = /(<[a-z][^>]*?\s)on(?=[a-z]+\s*=)/gi;
  let previous;
  let current = html;
  do {
    previous = current;
    current = current.replace(handler, '$1data-removed-on');
  } while (current !== previous);
  return current;
}

/** The article in `html`, or undefined when Readability finds none. */
export function readWebPage(html: string): WebPageArticle | undefined {
  const doc = textOnly(new DOMParser().parseFromString(withoutHandlers(html), 'text/html'));
  const address = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  // Readability changes the document it reads: it gets a copy, and the metadata is read from the original.
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article?.content) return undefined;
  const body = new DOMParser().parseFromString(article.content, 'text/html');
  const blocks = [...body.querySelectorAll(BLOCKS)]
    // A block inside another (a paragraph in a quote) is read once, with its container.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks.join('\n\n') : (article.textContent ?? '').trim();
  const published = (article.publishedTime ?? meta(doc, 'article:published_time', 'date')).slice(0, 10);
  return {
    title: (article.title ?? '').trim(),
    outlet: (article.siteName ?? meta(doc, 'og:site_name')).trim(),
    published: /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : '',
    address: address.trim(),
    retrieved: '',
    language: (doc.documentElement.getAttribute('lang') ?? '').trim(),
    byline: (article.byline ?? '').trim(),
    text,
  };
}
