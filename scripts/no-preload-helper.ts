// Build step: Vite wraps every dynamic import of the browser's code in its preload helper, which adds
// `<link rel="modulepreload">` for the imported chunk's own imports. With `build.modulePreload: false` every
// list it is given is empty, yet the helper (about 0.8 KB gzip) stays in the entry, and every chunk imports it
// from there, so the entry cannot be written into the page as an inline script (decision 22). This plugin
// turns each `__vitePreload(load, deps)` back into `load()` and drops the helper.
// If a chunk does not have the shape expected, the build stops with the reason: it never writes half a rewrite.
import MagicString from 'magic-string';
import { parseSync, type Plugin } from 'vite';

const HELPER = '__vitePreload';
const MARKER = '__VITE_PRELOAD__';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
const isHelper = (node: unknown) => isNode(node) && node.type === 'Identifier' && node.name === HELPER;

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) if (isNode(child)) yield* walk(child);
    if (isNode(value)) yield* walk(value);
  }
}

/** A list element removed with the comma after it (or before it, for the last). */
function removeListItem(s: MagicString, code: string, list: readonly Node[], index: number) {
  const item = list[index]!;
  const next = list[index + 1];
  if (next) s.remove(item.start, next.start);
  else s.remove(code.lastIndexOf(',', item.start - 1) + 0, item.end);
}

/**
 * A chunk's code without the preload helper: each call of it becomes a call of the function it was given,
 * its import is removed, and in the chunk that defines it the definition and its export.
 * Throws if the helper is used in any other way.
 */
export function withoutPreloadHelper(code: string, fileName: string): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
  if (!code.includes(HELPER)) return null;
  const fail = (reason: string): never => {
    throw new Error(`${fileName}: the bundler's preload helper could not be removed: ${reason}. Is this Vite version's output still of the shape scripts/no-preload-helper.ts expects?`);
  };
  const parsed = parseSync(fileName, code, { sourceType: 'module' });
  if (parsed.errors.length > 0) fail(`the chunk does not parse (${parsed.errors[0]!.message})`);
  const program = parsed.program as unknown as Node;
  const s = new MagicString(code);
  const handled = new Set<Node>();
  for (const node of walk(program)) {
    if (node.type === 'CallExpression' && isHelper(node.callee)) {
      const args = node.arguments as Node[];
      const [load, deps] = args;
      const noDeps = isNode(deps) && ((deps.type === 'Identifier' && deps.name === MARKER) || (deps.type === 'ArrayExpression' && (deps.elements as unknown[]).length === 0));
      if (args.length !== 2 || !isNode(load) || !/FunctionExpression$/.test(load.type) || !noDeps) fail(`a call at ${node.start} is not __vitePreload(function, no dependencies)`);
      s.overwrite(node.start, load!.start, '(');
      s.overwrite(load!.end, node.end, ')()');
      handled.add(node.callee as Node);
    } else if (node.type === 'ImportDeclaration' && (node.specifiers as Node[]).some((spec) => isHelper(spec.local))) {
      const specifiers = node.specifiers as Node[];
      if (specifiers.length === 1) s.remove(node.start, node.end);
      else removeListItem(s, code, specifiers, specifiers.findIndex((spec) => isHelper(spec.local)));
      for (const spec of specifiers) if (isHelper(spec.local)) handled.add(spec.local as Node);
    } else if (node.type === 'ExportNamedDeclaration' && !node.declaration && !node.source && (node.specifiers as Node[]).some((spec) => isHelper(spec.local))) {
      const specifiers = node.specifiers as Node[];
      if (specifiers.length === 1) s.remove(node.start, node.end);
      else removeListItem(s, code, specifiers, specifiers.findIndex((spec) => isHelper(spec.local)));
      for (const spec of specifiers) if (isHelper(spec.local)) handled.add(spec.local as Node);
    } else if (node.type === 'VariableDeclaration' && (node.declarations as Node[]).some((d) => isHelper(d.id))) {
      const declarations = node.declarations as Node[];
      if (declarations.length !== 1) fail(`the helper is declared with other variables at ${node.start}`);
      s.remove(node.start, node.end);
      handled.add(declarations[0]!.id as Node);
    }
  }
  const left = [...walk(program)].filter((node) => isHelper(node) && !handled.has(node));
  if (left.length > 0) fail(`it is used at ${left[0]!.start} in a way this plugin does not rewrite`);
  if (!s.hasChanged()) return null;
  return { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: fileName }) };
}

export function noPreloadHelper(): Plugin {
  return {
    name: 'tally-no-preload-helper',
    apply: 'build',
    renderChunk: {
      order: 'post',
      handler(code, chunk) {
        try {
          return withoutPreloadHelper(code, chunk.fileName);
        } catch (error) {
          return this.error(error instanceof Error ? error.message : String(error));
        }
      },
    },
  };
}
