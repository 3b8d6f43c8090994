// Build step: a 1200×630 link-preview image per claim (and one per article), drawn from the data in
// the app's look: the question, then each source's figure side by side. satori lays out and turns the
// text into SVG paths; resvg rasterises that to PNG. Fonts are bundled npm files, never system fonts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_IMAGE } from '../src/core/page-meta.ts';

export interface PreviewContent {
  kicker: string;
  title: string;
  columns: { label: string; big: string; small: string }[];
  footer: string;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});

const require = createRequire(import.meta.url);
type Font = { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  const file = (pkg: string, name: string) => readFile(require.resolve(`${pkg}/files/${name}`));
  fonts ??= Promise.all([
    file('@fontsource/inter', 'inter-latin-400-normal.woff').then((data) => ({ name: 'Inter', data, weight: 400 as const, style: 'normal' as const })),
    file('@fontsource/inter', 'inter-latin-700-normal.woff').then((data) => ({ name: 'Inter', data, weight: 700 as const, style: 'normal' as const })),
    file('@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff').then((data) => ({ name: 'Serif', data, weight: 700 as const, style: 'normal' as const })),
  ]);
  return fonts;
}

const INK = '#1d1f23';
const MUTED = '#565b62';
const PAPER = '#fbfaf7';
const ACCENT = '#1f3a5f';
const MARK = '#f6d262';

function layout(content: PreviewContent): Node {
  const columns = content.columns.slice(0, 4);
  const titleSize = content.title.length > 90 ? 44 : 52;
  // The margin sits on an inner box: satori counts a root's padding outside its 100% size.
  return h(
    'div',
    { width: '100%', height: '100%', display: 'flex', background: PAPER, fontFamily: 'Inter', color: INK },
    h(
    'div',
    { display: 'flex', flexDirection: 'column', flexGrow: 1, margin: '44px 56px 36px' },
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 16 },
      h('div', { fontSize: 34, fontWeight: 700, color: ACCENT }, 'Tally'),
      h('div', { fontSize: 24, color: MUTED }, 'Where sources disagree, side by side'),
    ),
    h('div', { display: 'flex', marginTop: 28, fontSize: 22, fontWeight: 700, color: MUTED, textTransform: 'uppercase', letterSpacing: 1 }, content.kicker),
    h('div', { display: 'flex', marginTop: 10, fontFamily: 'Serif', fontWeight: 700, fontSize: titleSize, lineHeight: 1.15 }, content.title),
    h(
      'div',
      { display: 'flex', gap: 20, marginTop: 'auto' },
      ...columns.map((column) =>
        h(
          'div',
          { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, padding: '18px 22px', background: '#ffffff', border: `2px solid #d9d5cc`, borderTop: `8px solid ${MARK}`, borderRadius: 14 },
          h('div', { display: 'flex', fontSize: 24, fontWeight: 700 }, column.label),
          ...(column.big ? [h('div', { display: 'flex', fontFamily: 'Serif', fontSize: 50, fontWeight: 700, lineHeight: 1.1, marginTop: 6 }, column.big)] : []),
          h('div', { display: 'flex', fontSize: column.big ? 24 : 26, color: column.big ? INK : MUTED, marginTop: 4, lineHeight: 1.25 }, column.small),
        ),
      ),
    ),
    h('div', { display: 'flex', marginTop: 22, fontSize: 20, color: MUTED }, content.footer),
    ),
  );
}

export async function renderPreviewPng(content: PreviewContent): Promise<Buffer> {
  const svg = await satori(layout(content) as never, { ...PREVIEW_IMAGE, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_IMAGE.width } }).render().asPng();
}
