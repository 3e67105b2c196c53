import { describe, expect, test } from 'vitest';
import { matchQuotes, normalizeQuote } from '../../src/lib/seed/quote-match';

const WINNING = 'Winning was never in the set of possible outcomes for Anthropic';

describe('normalizeQuote', () => {
  test('strips curly quote marks around the text', () => {
    expect(normalizeQuote('“No, I never said that”')).toBe('No, I never said that');
  });

  test('strips straight quote marks around the text', () => {
    expect(normalizeQuote('"Fake news"')).toBe('Fake news');
  });

  test('strips the closing full stop', () => {
    expect(normalizeQuote(`${WINNING}.`)).toBe(WINNING);
  });

  test('strips the closing full stop inside the quote marks', () => {
    expect(normalizeQuote('“No, I never said that.”')).toBe('No, I never said that');
  });

  test.each(['Yes!', 'Yes?', 'Yes,', 'Yes;', 'Yes...', 'Yes !'])('strips closing punctuation from "%s"', (text) => {
    expect(normalizeQuote(text)).toBe('Yes');
  });

  test('keeps punctuation inside the text', () => {
    expect(normalizeQuote('Fake news. xAI is not raising any capital right now.')).toBe(
      'Fake news. xAI is not raising any capital right now',
    );
  });

  test('collapses runs of white space to one space', () => {
    expect(normalizeQuote('Winning  was\nnever\t in')).toBe('Winning was never in');
  });

  test('strips a full stop that follows the closing quote mark', () => {
    expect(normalizeQuote('“Yes”.')).toBe('Yes');
  });

  test('trims outer white space', () => {
    expect(normalizeQuote('  “Yes.”  ')).toBe('Yes');
  });

  test('keeps other closing characters such as an emoticon', () => {
    expect(normalizeQuote('Anthropic is going to lose :/')).toBe('Anthropic is going to lose :/');
  });
});

describe('matchQuotes', () => {
  const events = [
    { id: 'publication', quote: undefined },
    { id: 'musk-replies', quote: WINNING },
    { id: 'musk-denies', quote: 'No, I never said that.' },
  ];

  test('matches a quote to the event with the same words without the full stop', () => {
    expect(matchQuotes([`${WINNING}.`], events)).toEqual([{ quote: `${WINNING}.`, eventId: 'musk-replies' }]);
  });

  test('matches a quote without the full stop to an event with one', () => {
    expect(matchQuotes(['No, I never said that'], events)).toEqual([
      { quote: 'No, I never said that', eventId: 'musk-denies' },
    ]);
  });

  test('a quote no event holds matches nothing', () => {
    expect(matchQuotes(['Anthropic is going to lose'], events)).toEqual([
      { quote: 'Anthropic is going to lose', eventId: null },
    ]);
  });

  test('the first matching event in the given order wins', () => {
    const twice = [
      { id: 'second', quote: 'Yes' },
      { id: 'first', quote: 'Yes.' },
    ];
    expect(matchQuotes(['Yes.'], twice)).toEqual([{ quote: 'Yes.', eventId: 'second' }]);
  });

  test('gives one match per quote, in the order of the quotes', () => {
    expect(matchQuotes(['No, I never said that.', 'Unknown words', WINNING], events)).toEqual([
      { quote: 'No, I never said that.', eventId: 'musk-denies' },
      { quote: 'Unknown words', eventId: null },
      { quote: WINNING, eventId: 'musk-replies' },
    ]);
  });

  test('no quotes give no matches', () => {
    expect(matchQuotes([], events)).toEqual([]);
  });
});
