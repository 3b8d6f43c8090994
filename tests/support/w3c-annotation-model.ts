// Runs the W3C Web Annotation Data Model's own "musts" tests (vendored in tests/vendor/web-annotation-tests)
// against a document: every assertion of the annotation, collection and page tests is a JSON Schema that a
// conforming document must satisfy.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const root = join(dirname(fileURLToPath(import.meta.url)), '../vendor/web-annotation-tests');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

export type ModelTest = 'annotation' | 'collection' | 'page';
const TEST_FILES: Record<ModelTest, string> = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
};

export interface Requirement {
  test: ModelTest;
  /** The assertion's file, e.g. "annotations/3.1-annotationContextValidated.json". */
  file: string;
  title: string;
  validate: (document: unknown) => boolean;
}

/** Every requirement of the three "musts" tests, compiled. */
export function modelRequirements(): Requirement[] {
  const ajv = new AjvDraft04({ strict: false, allErrors: false });
  addFormats(ajv);
  // Shared definitions are referenced by their ids ("annotations.json#/definitions/…").
  for (const path of filesUnder(join(root, 'definitions'))) ajv.addSchema(readJson(path));
  const requirements: Requirement[] = [];
  for (const [test, file] of Object.entries(TEST_FILES) as [ModelTest, string][]) {
    const assertions = readJson(join(root, file)).assertions as string[];
    for (const assertion of assertions) {
      const schema = readJson(join(root, assertion));
      if (schema.assertionType !== 'must' || schema.expectedResult !== 'valid') {
        throw new Error(`${assertion}: expected a "must" assertion that a conforming document satisfies`);
      }
      const validate = ajv.compile(schema);
      requirements.push({ test, file: relative(root, join(root, assertion)), title: String(schema.title), validate: (doc) => validate(doc) });
    }
  }
  return requirements;
}
