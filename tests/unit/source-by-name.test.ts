import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/core/schema.ts';
import { sourceByName } from '../../src/features/studio/SourcePicker.tsx';
import { aleppoJson } from '../fixtures/aleppo.ts';

describe('sourceByName (the source type-ahead)', () => {
  const sources = aleppoJson().sources as unknown as Source[];
  it('finds a known source by its name, short name or another name the article uses, case aside', () => {
    expect(sourceByName(sources, 'Muhammad Abu Jaafar')?.id).toBe('abu-jaafar');
    expect(sourceByName(sources, 'sohr')?.id).toBe('sohr');
    expect(sourceByName(sources, ' Abu Jafaar ')?.id).toBe('abu-jaafar');
  });
  it('finds nothing for a new name, which the Studio then offers to create', () => {
    expect(sourceByName(sources, 'Reuters')).toBeUndefined();
  });
});
