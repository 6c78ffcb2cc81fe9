// Claim text in links survives any Unicode text exactly, and text that is not base64url is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlToText, textToBase64url } from '../../../src/app/url/base64url';

describe('base64url text', () => {
  it('round-trips any text with only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const encoded = textToBase64url(text);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(base64urlToText(encoded)).toBe(text);
      }),
    );
  });

  it('refuses other characters and bytes that are not UTF-8', () => {
    expect(base64urlToText('abc+/')).toBeNull();
    expect(base64urlToText('a b')).toBeNull();
    expect(base64urlToText('_w')).toBeNull();
  });
});
