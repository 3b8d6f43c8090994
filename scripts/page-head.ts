// Build step: the <head> tags that make a link preview show the disagreement itself. All data is escaped.
import type { PageMeta } from '../src/core/page-meta.ts';
import { PREVIEW_IMAGE } from '../src/core/page-meta.ts';
import { scriptSafeJson } from '../src/core/script-safe-json.ts';

/** Escapes text for HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}


export function headTags(meta: PageMeta, siteUrl: string, options: { type: 'article' | 'website'; structuredData?: object }): string {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const tag = (attr: 'name' | 'property', key: string, value: string | number) =>
    `<meta ${attr}="${key}" content="${escapeHtml(String(value))}" />`;
  const lines = [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag('name', 'description', meta.description),
    `<link rel="canonical" href="${escapeHtml(absolute(meta.path))}" />`,
    tag('property', 'og:site_name', 'Tally'),
    tag('property', 'og:type', options.type),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', absolute(meta.path)),
    tag('property', 'og:image', absolute(meta.imagePath)),
    tag('property', 'og:image:type', 'image/png'),
    tag('property', 'og:image:width', PREVIEW_IMAGE.width),
    tag('property', 'og:image:height', PREVIEW_IMAGE.height),
    tag('property', 'og:image:alt', meta.imageAlt),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    tag('name', 'twitter:image', absolute(meta.imagePath)),
    tag('name', 'twitter:image:alt', meta.imageAlt),
  ];
  if (options.structuredData) lines.push(`<script type="application/ld+json">${scriptSafeJson(options.structuredData)}</script>`);
  return lines.join('\n    ');
}

/** Puts `head` in place of the template's <title> and description. */
export function withHead(template: string, head: string): string {
  const title = /<title>[^<]*<\/title>/;
  if (!title.test(template)) throw new Error('index.html has no <title> to replace');
  return template.replace(/\s*<meta name="description"[^>]*>/, '').replace(title, () => head);
}
