import { describe, expect, it } from 'vitest';
import { searchKey } from './search-key.ts';

describe('search keys', () => {
  it('ignore case and Latin accents', () => {
    expect(searchKey('Crème Brûlée GmbH')).toBe('creme brulee gmbh');
    expect(searchKey('ÅNGSTRÖM')).toBe(searchKey('angstrom'));
  });

  it('treat full-width Latin like ASCII', () => {
    expect(searchKey('ＡＣＭＥ')).toBe('acme');
  });

  it('keep Japanese voiced kana distinct and half-width kana equal to full-width', () => {
    expect(searchKey('ガ')).not.toBe(searchKey('カ'));
    expect(searchKey('ｻｸﾗ')).toBe(searchKey('サクラ'));
    expect(searchKey('株式会社サクラ精機')).toBe('株式会社サクラ精機');
  });
});
