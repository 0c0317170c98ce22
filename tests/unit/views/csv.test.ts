import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../src/views/exports.ts';

describe('toCsv', () => {
  test('quotes only what needs it, doubles quotes, ends lines with CRLF and starts with a byte-order mark', () => {
    const csv = toCsv([
      ['plain', 'a, b', 'say "hi"', 'two\nlines'],
      ['x', '', '$400,000+', 'ok'],
    ]);
    expect(csv).toBe('\uFEFFplain,"a, b","say ""hi""","two\nlines"\r\nx,,"$400,000+",ok\r\n');
    expect(parse(csv, { bom: true })).toEqual([
      ['plain', 'a, b', 'say "hi"', 'two\nlines'],
      ['x', '', '$400,000+', 'ok'],
    ]);
  });

  test('a field a spreadsheet would run as a formula starts with an apostrophe', () => {
    expect(parse(toCsv([['=SUM(A1)', '+1', '-2', '@x', 'a=b']]), { bom: true })).toEqual([["'=SUM(A1)", "'+1", "'-2", "'@x", 'a=b']]);
  });
});
