import { useEffect, useState } from 'react';
import type { Sha256 } from '../../core/pack-draft.ts';
import { sha256For } from '../../lib/sha256.ts';

/** The fingerprint function for the draft's text, once Web Crypto has computed it; undefined until then. */
export function useTextSha256(text: string): Sha256 | undefined {
  const [known, setKnown] = useState<{ text: string; sha256: Sha256 } | undefined>();
  useEffect(() => {
    let live = true;
    void sha256For(text).then((sha256) => live && setKnown({ text, sha256 }));
    return () => {
      live = false;
    };
  }, [text]);
  return known?.text === text ? known.sha256 : undefined;
}
