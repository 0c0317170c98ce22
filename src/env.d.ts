declare module 'virtual:handbook/config' {
  const config: import('./schemas/config.ts').HandbookConfig;
  export default config;
}
declare module 'virtual:handbook/theme.css';
/** The build's content check verdict: its report if the content has problems, else null (src/build/content-check/). */
declare module 'virtual:handbook/content-check' {
  const failure: string | null;
  export default failure;
}
/** The browser code, compiled (src/build/client-scripts.ts): the address of the boot script and of each module. */
declare module 'virtual:handbook/client' {
  export const scripts: Record<import('./build/client-scripts.ts').ScriptName, string>;
}

/** The part of opentype.js (2.0, which ships no types) that social cards use. */
declare module 'opentype.js' {
  namespace opentype {
    interface BoundingBox {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
    }
    interface Path {
      toPathData(decimalPlaces?: number): string;
      getBoundingBox(): BoundingBox;
    }
    interface Glyph {
      index: number;
      advanceWidth?: number;
      /** The outline with its pen position at (x, y) on the baseline, y pointing down. */
      getPath(x: number, y: number, fontSize: number): Path;
    }
    /** A GPOS kerning lookup; opaque to the caller. */
    type KerningLookup = object;
    interface Position {
      getDefaultScriptName(): string;
      getKerningTables(script: string, language?: string): KerningLookup[] | undefined;
      getKerningValue(lookups: KerningLookup[], leftIndex: number, rightIndex: number): number;
    }
    interface Font {
      unitsPerEm: number;
      position: Position;
      charToGlyph(char: string): Glyph;
      /** Kerning from the older `kern` table, for fonts without GPOS kerning. */
      getKerningValue(left: Glyph, right: Glyph): number;
    }
    function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font;
  }
  export default opentype;
}
