/**
 * What a reader types, turned into what search should look for. Pure, so it is unit-tested
 * without a browser; the interactions module calls it before every query.
 *
 * - Case and separators do not matter: "LLM-Ops", "llm ops" and "LLMOps" are one query, joined
 *   wherever the joined word is one of the handbook's own names.
 * - A word within a small edit distance of a word in the handbook's names (role titles and
 *   aliases, glossary terms and their aliases, learning path names) is corrected to it, and the
 *   result says so; a last word that starts one of them is left as typed, as results follow
 *   the typing.
 * - A question about pay ("how much does a prompt engineer earn") looks for the roles named and
 *   their pay: its pay words become one, and the question's filler words go.
 *
 * The vocabulary is the distinct lowercase words of those names, built with the site
 * (src/views/search-vocabulary.ts) and fetched once, when search is first opened.
 */

/** Lowercase words, split wherever a character is neither a letter nor a digit. */
export const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Words that ask about pay. Search looks for the one word every role's pay section holds. */
const PAY_WORDS = new Set(['salary', 'salaries', 'pay', 'paid', 'pays', 'earn', 'earns', 'earning', 'earnings', 'compensation', 'wage', 'wages', 'income', 'comp']);
export const PAY_WORD = 'salary';

/** Filler words of a question, dropped when the query is one. */
const QUESTION_WORDS = new Set(['how', 'much', 'does', 'do', 'did', 'what', 'whats', 'is', 'are', 'the', 'a', 'an', 'of', 'for', 'per', 'year', 'typical', 'typically', 'average', 'usually', 'make', 'makes', 'get', 'gets', 'in', 'i', 'can', 'an']);

/** Words too short to correct: a typo in them is as likely to be another short word. */
const MIN_CORRECTABLE = 4;

/** The edit distance (insert, delete, substitute, or swap two neighbours) between two words, up to `limit` + 1. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return Math.min(rows[a.length]![b.length]!, limit + 1);
}

/** How far a word of this length may be from a known word and still be corrected to it. */
const allowance = (word: string) => (word.length >= 8 ? 2 : 1);

/** The known word nearest `word`, if one is within its allowance; the first in the vocabulary wins a tie. */
export function nearest(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowance(word);
  let best: { word: string; distance: number } | undefined;
  for (const known of vocabulary) {
    if (known.length < MIN_CORRECTABLE) continue;
    const distance = editDistance(word, known, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: known, distance };
  }
  return best?.word;
}

export interface Rewritten {
  /** What to search for. */
  query: string;
  /** The words the reader's query names, with pay and filler words left out: for ranking by name. */
  names: string;
  /** Words were corrected: the page says "Showing results for …" and offers the original. */
  corrected: boolean;
  /** The query asks about pay: results lead to a role's pay section. */
  pay: boolean;
}

/** Turns a reader's query into the query to run (see the module's comment). */
export function rewrite(input: string, vocabulary: readonly string[]): Rewritten {
  const known = new Set(vocabulary);
  // A hyphen or slash inside a word joins it: "ML-Ops" is "mlops" wherever "mlops" is known.
  let words = input.split(/\s+/).flatMap((chunk) => {
    const pieces = wordsOf(chunk);
    return pieces.length > 1 && known.has(pieces.join('')) ? [pieces.join('')] : pieces;
  });
  const pay = words.some((w) => PAY_WORDS.has(w));
  if (pay) words = words.filter((w) => !PAY_WORDS.has(w) && !QUESTION_WORDS.has(w));

  // Join neighbours that make one of the handbook's words, "llm ops" into "llmops", unless both
  // are words of the handbook's own as they stand.
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = words[i]! + (words[i + 1] ?? '');
    if (i + 1 < words.length && known.has(pair) && !(known.has(words[i]!) && known.has(words[i + 1]!))) {
      joined.push(pair);
      i++;
    } else joined.push(words[i]!);
  }

  let corrected = false;
  const fixed = joined.map((word, i) => {
    // A plural or singular of a known word is known: the index stems words anyway.
    const variant = known.has(`${word}s`) || (word.endsWith('s') && known.has(word.slice(0, -1)));
    // The last word may be one the reader is still typing: if it starts a known word, the
    // index matches it as the start of words, so "evaluatio" is not corrected on the way.
    const unfinished = i === joined.length - 1 && vocabulary.some((k) => k.startsWith(word));
    if (known.has(word) || variant || unfinished || word.length < MIN_CORRECTABLE || /\d/.test(word)) return word;
    const near = nearest(word, vocabulary);
    if (!near) return word;
    corrected = true;
    return near;
  });

  const names = fixed.join(' ');
  return { query: pay ? [...fixed, PAY_WORD].join(' ') : names, names, corrected, pay };
}
