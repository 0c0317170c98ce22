import { describe, expect, test } from 'vitest';
import { editDistance, nearest, PAY_WORD, rewrite, wordsOf } from '../../../src/client/search-query.ts';
import { nameWords, searchVocabulary } from '../../../src/views/search-vocabulary.ts';

const vocabulary = searchVocabulary(['AI Engineer', 'MLOps Engineer', 'LLMOps Engineer', 'ML-Ops', 'Prompt Engineer', 'Data scientist to ML engineer', 'Retrieval-augmented generation (RAG)', 'Tool calling']);

describe('the vocabulary', () => {
  test('holds each name’s words, lowercased, with hyphenated names also joined, and no words with digits', () => {
    expect(searchVocabulary(['ML-Ops', 'AI Engineer 2', 'Retrieval-augmented generation (RAG)'])).toEqual(['ai', 'augmented', 'engineer', 'generation', 'ml', 'mlops', 'ops', 'rag', 'retrieval', 'retrievalaugmented']);
  });

  test('splits words exactly as the browser splits a query', () => {
    for (const text of ['NLP / LLM Engineer', 'ML-Ops', 'AI/ML Engineer', 'Ünïcode naïve-café', 'LoRA (low-rank)', 'gpt-4o']) {
      expect(wordsOf(text)).toEqual(nameWords(text));
    }
  });
});

describe('edit distance', () => {
  test.each([
    ['engineer', 'engineer', 0],
    ['enginner', 'engineer', 1],
    ['engneer', 'engineer', 1],
    ['egnineer', 'engineer', 1],
    ['enginerr', 'engineer', 1],
    ['prmopt', 'prompt', 1],
    ['scientst', 'scientist', 1],
    ['data', 'lead', 3],
  ])('%s to %s is %i (capped at 3)', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test('corrects only within the allowance: one edit under 8 letters, two from 8', () => {
    expect(nearest('promtp', vocabulary)).toBe('prompt');
    expect(nearest('engeneir', vocabulary)).toBe('engineer');
    expect(nearest('prxmxt', vocabulary)).toBeUndefined();
  });
});

describe('rewriting a query', () => {
  test('a typo in a name is corrected, and says so', () => {
    expect(rewrite('ai enginner', vocabulary)).toEqual({ query: 'ai engineer', names: 'ai engineer', corrected: true, pay: false });
  });

  test('separators and case do not matter, and are not a correction', () => {
    for (const typed of ['LLMOps', 'llm-ops', 'LLM Ops', 'llm ops']) expect(rewrite(typed, vocabulary)).toEqual({ query: 'llmops', names: 'llmops', corrected: false, pay: false });
    expect(rewrite('ML-Ops engineer', vocabulary).query).toBe('mlops engineer');
  });

  test('two known words stay apart even when they also join into one', () => {
    // "ml" and "ops" are both known (from "ML-Ops"), and so is "mlops": the reader's spacing is kept.
    expect(rewrite('ml ops', searchVocabulary(['ML', 'Ops', 'MLOps'])).query).toBe('ml ops');
  });

  test('a question about pay keeps the names and one pay word', () => {
    expect(rewrite('how much does a prompt engineer earn', vocabulary)).toEqual({ query: `prompt engineer ${PAY_WORD}`, names: 'prompt engineer', corrected: false, pay: true });
    expect(rewrite('AI Engineer salary', vocabulary)).toMatchObject({ query: `ai engineer ${PAY_WORD}`, pay: true });
    expect(rewrite('compensation', vocabulary)).toMatchObject({ query: PAY_WORD, names: '', pay: true });
  });

  test('known words, plurals of known words, short words and words with digits are left as typed', () => {
    expect(rewrite('tools', vocabulary)).toMatchObject({ query: 'tools', corrected: false });
    expect(rewrite('rag gpt4 mlx', vocabulary)).toMatchObject({ query: 'rag gpt4 mlx', corrected: false });
  });

  test('a last word that starts a name is being typed, not misspelt', () => {
    expect(rewrite('ai engine', vocabulary)).toEqual({ query: 'ai engine', names: 'ai engine', corrected: false, pay: false });
    expect(rewrite('promp', vocabulary)).toMatchObject({ query: 'promp', corrected: false });
    // The same letters before another word are a finished word, and are corrected.
    expect(rewrite('promp engineer', vocabulary)).toMatchObject({ query: 'prompt engineer', corrected: true });
  });

  test('a word far from every name is searched as typed', () => {
    expect(rewrite('kubernetes', vocabulary)).toEqual({ query: 'kubernetes', names: 'kubernetes', corrected: false, pay: false });
  });
});
