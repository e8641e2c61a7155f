import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';
import { ERROR_CODES } from '../src/ui/codes';

describe('catalogues', () => {
  it('English and Simplified Chinese have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('no entry is empty, and each keeps the placeholders of its English', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(en)) {
      const other = (zh as Record<string, string>)[key];
      expect(other.trim(), key).not.toBe('');
      expect(names(other), key).toEqual(names(text));
    }
  });
  it('every error code has a sentence in both', () => {
    for (const code of ERROR_CODES) {
      expect(en).toHaveProperty(`error.${code}`);
      expect(zh).toHaveProperty(`error.${code}`);
    }
  });
});
