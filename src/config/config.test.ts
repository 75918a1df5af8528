import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

describe('configuration', () => {
  it('accepts closure days and an authority name', () => {
    expect(parseConfig('authority: Northbrook\nclosures: [2024-12-27, "2024-12-30"]\n', 'c.yaml')).toEqual({
      authority: 'Northbrook',
      closures: ['2024-12-27', '2024-12-30'],
    });
  });

  it('defaults an empty file', () => {
    expect(parseConfig('', 'c.yaml')).toEqual({ closures: [] });
  });

  it('names the file and the field in errors', () => {
    expect(() => parseConfig('closures: [27/12/2024]', 'c.yaml')).toThrow(/c\.yaml: closures\.0: expected a date as YYYY-MM-DD/);
    expect(() => parseConfig('closurs: []', 'c.yaml')).toThrow(ConfigError);
    expect(() => parseConfig('closures: [', 'c.yaml')).toThrow(/not valid YAML/);
  });
});
