/**
 * The words search corrects typos towards: the distinct lowercase words of the handbook's own
 * names (role titles and aliases, glossary terms and their aliases, learning path names), each
 * also joined up where a name writes it with a separator ("ML-Ops" gives "ml", "ops" and
 * "mlops"). Words with digits are left out: search never corrects them.
 *
 * The browser splits a query into words the same way (src/client/search-query.ts, `wordsOf`);
 * tests/unit/views/search-vocabulary.test.ts holds the two to one definition.
 */
export const nameWords = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function searchVocabulary(names: readonly string[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    for (const part of name.split(/\s+/)) {
      const pieces = nameWords(part);
      for (const piece of pieces) words.add(piece);
      if (pieces.length > 1) words.add(pieces.join(''));
    }
  }
  return [...words].filter((w) => !/\d/.test(w)).sort();
}
