// A new pack from a plain-text article: the first line is the title, each run of lines between blank
// lines a paragraph. No claims or sources yet: the pack is ready to annotate, and passes `tally check`.
import { bodyText } from './article-text.ts';
import { PACK_SCHEMA_LINK } from './check-pack.ts';
import { PACK_VERSION, type Block } from './schema.ts';

/** What the text cannot say about itself. */
export interface NewPackDetails {
  id: string;
  outlet: string;
  /** The day the article was published, "2016-09-23". */
  published: string;
  /** The article's original web address. */
  url: string;
  /** The day the text was taken, "2026-11-26". */
  retrieved: string;
  language?: string;
}

/** The title and paragraphs of a plain text. Lines within a paragraph are joined by a space. */
export function splitArticleText(text: string): { title: string; blocks: Block[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const titleAt = lines.findIndex((line) => line.trim() !== '');
  const title = titleAt === -1 ? '' : lines[titleAt]!.trim();
  const paragraphs = lines
    .slice(titleAt + 1)
    .join('\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').map((line) => line.trim()).filter(Boolean).join(' '))
    .filter(Boolean);
  return { title, blocks: paragraphs.map((paragraph) => ({ kind: 'paragraph', text: paragraph })) };
}

/** A pack object, in the order a person reads it. `sha256` fingerprints the text (see check-pack.ts). */
export function newPack(text: string, details: NewPackDetails, sha256: (text: string) => string): object {
  const { title, blocks } = splitArticleText(text);
  return {
    $schema: PACK_SCHEMA_LINK,
    version: PACK_VERSION,
    article: {
      id: details.id,
      title,
      outlet: { name: details.outlet },
      published: details.published,
      blocks,
      origin: {
        url: details.url,
        retrieved: details.retrieved,
        ...(details.language && { language: details.language }),
        textSha256: sha256(bodyText(blocks).text),
      },
    },
    sources: [],
    claims: [],
  };
}

/** A suggested id: the title's first words and the date, as a slug. The editor may choose another. */
export function suggestId(title: string, published: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 5);
  return [...words, published].filter(Boolean).join('-').slice(0, 64).replace(/-+$/, '');
}
