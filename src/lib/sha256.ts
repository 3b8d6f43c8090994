// The text's fingerprint in the browser. Web Crypto is asynchronous, while the pack checks take a plain
// function (check-pack.ts), so the digests are computed first and then looked up.
import type { Sha256 } from '../core/pack-draft.ts';

/** SHA-256 of the UTF-8 text, in lower-case hexadecimal: the same as `tally check` computes. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A Sha256 function for the texts given, computed now; any other text is a mistake in the caller. */
export async function sha256For(...texts: string[]): Promise<Sha256> {
  const digests = new Map(await Promise.all(texts.map(async (text) => [text, await sha256Hex(text)] as const)));
  return (text) => {
    const digest = digests.get(text);
    if (digest === undefined) throw new Error('sha256For: asked for a text whose digest was not computed');
    return digest;
  };
}
