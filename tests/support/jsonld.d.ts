// The few parts of the jsonld package (which ships no types) that the export tests use.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface Options {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    /** Fails instead of silently dropping anything that does not map to an IRI. */
    safe?: boolean;
  }
  const jsonld: {
    expand(input: unknown, options?: Options): Promise<Record<string, unknown>[]>;
  };
  export default jsonld;
}
