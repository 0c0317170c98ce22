import { describe, expect, test } from 'vitest';

describe('PNG encoding', () => {
  test('Adler-32 matches known sums and continues from a previous one', async () => {
    const { adler32 } = await import('../../../src/build/social-cards/png.ts');
    expect(adler32(Buffer.from('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(Buffer.alloc(0))).toBe(1);
    const long = Buffer.alloc(100_000, 0xff);
    expect(adler32(long.subarray(60_000), adler32(long.subarray(0, 60_000)))).toBe(adler32(long));
  });

  test('Adler-32 of joined and repeated pieces comes from the pieces\' sums', async () => {
    const { adler32, adler32Combine, adler32Repeat } = await import('../../../src/build/social-cards/png.ts');
    const row = Buffer.from(Array.from({ length: 601 }, (_, i) => (i < 10 ? 0xff : i % 13 === 0 ? 7 : 0)));
    const other = Buffer.from('the words of a card');
    expect(adler32Combine(adler32(row), adler32(other), other.length)).toBe(adler32(Buffer.concat([row, other])));
    for (const count of [0, 1, 2, 3, 200, 631]) {
      expect(adler32Repeat(adler32(row), row.length, count), String(count)).toBe(adler32(Buffer.concat(Array.from({ length: count }, () => row))));
    }
  });

  test('one zlib stream from parts compressed each its own way inflates to the parts in order', async () => {
    const { adler32, zlibStream } = await import('../../../src/build/social-cards/png.ts');
    const { constants, inflateSync } = await import('node:zlib');
    const flat = Buffer.alloc(50_000, 0);
    const busy = Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 251));
    const stream = zlibStream([
      { data: flat, options: { strategy: constants.Z_RLE }, adler: adler32(flat) },
      { data: Buffer.alloc(0), options: { level: 9 } },
      { data: busy, options: { level: 4 } },
      { data: flat, options: { strategy: constants.Z_RLE } },
    ]);
    // inflateSync checks the header and the Adler-32 trailer, so a wrong sum would throw.
    expect(inflateSync(stream).equals(Buffer.concat([flat, busy, flat]))).toBe(true);
    expect(stream.length).toBeLessThan(busy.length);
    expect(inflateSync(zlibStream([])).length).toBe(0);
  });

  test('a part with a key is compressed once for each place it takes, and the streams stay whole', async () => {
    const { adler32, zlibStream } = await import('../../../src/build/social-cards/png.ts');
    const { constants, inflateSync } = await import('node:zlib');
    const band = Buffer.alloc(30_000, 0);
    const words = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 31) % 17));
    const keyed = { data: band, options: { strategy: constants.Z_RLE }, adler: adler32(band), key: 'test band 30000' };
    const plain = { data: band, options: { strategy: constants.Z_RLE } };
    const middle = { data: words, options: { level: 4 } };
    // The same key first ends a stream, then starts and ends one: only the last part may be final.
    for (const parts of [[middle, keyed], [keyed, middle, keyed], [keyed, middle, keyed]]) {
      const stream = zlibStream(parts);
      expect(inflateSync(stream).equals(Buffer.concat(parts.map((p) => p.data)))).toBe(true);
      expect(stream.equals(zlibStream(parts.map((p) => (p === keyed ? plain : p))))).toBe(true);
    }
  });
});

describe('social cards', () => {
  /** The palette index of each pixel of a 4-bit PNG made by encodeCard. */
  const pixelsOf = async (png: Buffer) => {
    const { inflateSync } = await import('node:zlib');
    const width = png.readUInt32BE(16);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const rowBytes = Math.ceil(width / 2) + 1;
    return (x: number, y: number) => (x % 2 ? raw[y * rowBytes + 1 + (x >> 1)]! & 15 : raw[y * rowBytes + 1 + (x >> 1)]! >> 4);
  };

  test('paints background, accent bar and text shades from the coverage of the drawn words', async () => {
    const { encodeCard } = await import('../../../src/build/social-cards/og-image.ts');
    const width = 20;
    const height = 160;
    const coverage = new Uint8Array(width * height);
    coverage[159 * width + 19] = 255; // full text, below the eyebrow: last text shade (7)
    coverage[159 * width + 18] = 128; // half covered: shade 4 of 7
    coverage[19] = 255; // eyebrow row: last soft shade (14)
    const png = encodeCard(width, height, coverage, { accent: '#8ab4ff', softRows: 150 });
    const pixel = await pixelsOf(png);
    expect(pixel(0, 50)).toBe(15); // the accent bar
    expect(pixel(17, 50)).toBe(15);
    expect(pixel(18, 50)).toBe(0); // background
    expect(pixel(19, 159)).toBe(7);
    expect(pixel(18, 159)).toBe(4);
    expect(pixel(19, 0)).toBe(14);
    const plte = png.indexOf('PLTE');
    expect([...png.subarray(plte + 4 + 15 * 3, plte + 4 + 16 * 3)]).toEqual([0x8a, 0xb4, 0xff]);
    // Rows declared free of words are painted as background whatever the coverage says.
    const outside = await pixelsOf(encodeCard(width, height, coverage, { accent: '#8ab4ff', softRows: 150, inkRows: [1, 159] }));
    expect([outside(19, 0), outside(19, 159), outside(0, 0)]).toEqual([0, 0, 15]);
    // And so are columns declared free of words; the pair a column shares a byte with is kept.
    const narrow = await pixelsOf(encodeCard(width, height, coverage, { accent: '#8ab4ff', softRows: 150, inkCols: [18, 19] }));
    expect([narrow(18, 159), narrow(19, 159), narrow(19, 0), narrow(17, 0)]).toEqual([4, 7, 14, 15]);
    const none = await pixelsOf(encodeCard(width, height, coverage, { accent: '#8ab4ff', softRows: 150, inkCols: [0, 18] }));
    expect([none(18, 159), none(19, 159), none(19, 0), none(17, 0)]).toEqual([0, 0, 0, 15]);
  });

  test('a card names the handbook, family and role, and leaves the summary to og:description', async () => {
    const { cardLayout } = await import('../../../src/build/social-cards/og-image.ts');
    const { lines } = await cardLayout({ title: 'AI Engineer & Co', eyebrow: 'Acme Handbook · Engineering', accent: '#8ab4ff' });
    expect(lines.map((l) => [l.text, l.bold, l.size])).toEqual([
      ['Acme Handbook · Engineering', false, 32],
      ['AI Engineer & Co', true, 92],
    ]);
  });

  test('pairs are kerned as the font says: "To" and "AV" are set tighter than their letters apart', async () => {
    const { lineWidth } = await import('../../../src/build/social-cards/og-image.ts');
    for (const [pair, a, b] of [['To', 'T', 'o'], ['AV', 'A', 'V']] as const) {
      const apart = (await lineWidth(a, 92, { bold: true })) + (await lineWidth(b, 92, { bold: true }));
      expect(await lineWidth(pair, 92, { bold: true }), pair).toBeLessThan(apart - 5);
    }
    // Letters the font does not kern keep their advances.
    expect(await lineWidth('xx', 32)).toBeCloseTo(2 * (await lineWidth('x', 32)), 5);
  });

  test('a word too wide for a line sets the title smaller until it fits', async () => {
    const { cardLayout, lineWidth } = await import('../../../src/build/social-cards/og-image.ts');
    const { lines } = await cardLayout({ title: 'Supercalifragilisticexpialidociousness engineer', eyebrow: 'x', accent: '#8ab4ff' });
    const title = lines.slice(1);
    expect(title[0]!.size).toBeLessThan(64);
    for (const line of title) expect(await lineWidth(line.text, line.size, { bold: true }), line.text).toBeLessThanOrEqual(1040);
  });

  test('a long title is set smaller on up to three lines, measured with the font, and cut with an ellipsis beyond', async () => {
    const { cardLayout } = await import('../../../src/build/social-cards/og-image.ts');
    const long = 'Machine Learning Operations and Platform Reliability Engineer';
    const wrapped = (await cardLayout({ title: long, eyebrow: 'x', accent: '#8ab4ff' })).lines.slice(1);
    expect(wrapped.length).toBe(3);
    expect(wrapped.every((l) => l.size === 64)).toBe(true);
    expect(wrapped.map((l) => l.text).join(' ')).toBe(long);
    // Narrow letters fit more to a line than wide ones: the measure is the font's, not a character count.
    const sizes = async (title: string) => (await cardLayout({ title, eyebrow: 'x', accent: '#8ab4ff' })).lines.map((l) => l.size);
    expect(await sizes('illicit ill-fitting lilt')).toEqual([32, 92]); // 24 narrow characters fit large
    expect(await sizes('WWWWWWWWWWWWWWWWWW')).toEqual([32, 52]); // 18 wide ones, one word, fit only smaller
    const cut = (await cardLayout({ title: `${long} for the whole group and every one of its companies`, eyebrow: 'x', accent: '#8ab4ff' })).lines.slice(1);
    expect(cut.length).toBe(3);
    expect(cut[2]!.text.endsWith('…')).toBe(true);
  });

  test('draws the words: eyebrow in the softer shades above the title in the text shades', async () => {
    const { cardPng } = await import('../../../src/build/social-cards/og-image.ts');
    const png = await cardPng({ title: 'AI Engineer', eyebrow: 'Acme Handbook · Engineering', accent: '#8ab4ff' });
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const pixel = await pixelsOf(png);
    const counts = new Map<string, number>();
    for (let y = 0; y < 630; y++) {
      for (let x = 18; x < 1200; x++) {
        const index = pixel(x, y);
        const kind = index === 0 ? 'background' : index <= 7 ? `text ${y < 315 ? 'top' : 'bottom'}` : `soft ${y < 315 ? 'top' : 'bottom'}`;
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
      }
    }
    expect(counts.get('soft top')).toBeGreaterThan(1000);
    expect(counts.get('text bottom')).toBeGreaterThan(10000);
    expect(counts.get('soft bottom')).toBeUndefined();
  });
});
