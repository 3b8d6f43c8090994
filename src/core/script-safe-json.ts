/**
 * JSON to put inside an HTML `<script>` data block (JSON-LD, embedded data): `<`, `>` and `&` are
 * escaped, so no string in the data can end the block or open a comment. JSON.parse reads it back unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
