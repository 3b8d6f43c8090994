// The shape of the data a prerendered page carries, shared by the build that writes it and the app that reads it.

export const EMBEDDED_DATA_ID = 'tally-data';

export interface EmbeddedData {
  /** The path the page was prerendered for. */
  path: string;
  /** Data files as fetched, by their path under the site root ("data/articles.json"). */
  files: Record<string, unknown>;
  /** For each article file, where its quotes were found at build time (checked again, not trusted). */
  anchorStarts?: Record<string, Record<string, number>>;
  /**
   * For each article file, each claim's finding as the build worked it out (describe-claim.ts), in the order
   * of its claims: the page's highlights already show them, and the reader's first code does without the
   * comparison of figures.
   */
  findings?: Record<string, string[]>;
}
