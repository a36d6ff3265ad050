/**
 * A long tail of plausible words, so the search index sees a realistic vocabulary (tens of
 * thousands of distinct terms, Zipf-distributed) rather than a few hundred repeated words.
 * Arabic words come from roots × morphological patterns (كتب × مفعول → مكتوب), which also
 * puts hamza, taa marbuta and alef maqsura where Arabic has them; Latin words from syllables.
 */
import { arabicPlaces, latinPlaces, latinTopicWords, omaniFamilies } from './name-parts.ts';
import { seededDraw, type Draw } from '../shared/seeded-random.ts';

/** 1, 2, 3 stand for the root's consonants. */
const patterns = [
  '1ا23', 'م12و3', '12ا3ة', 'م1ا23ة', 'ت12ي3', 'است12ا3', 'إ12ا3', 'أ12ا3', 'م123', 'م123ة', '12ي3', '12و3',
  '123ى', 'ت1ا23', 'م1ا2ي3', 'أ123', '12ا3ية', 'م12ا3', 'ان12ا3', 'ا1ت2ا3', 'م1ت23', '1ا2ي3', '12ا3', '1ا23ة',
];
const radicals = Array.from('بتثجحخدذرزسشصضطظعغفقكلمنهويأ');
const onsets = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'st', 'tr', 'ch', 'sh', 'th', 'gr'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ai'];
const codas = ['', '', '', 'n', 'r', 's', 'l', 't', 'nd', 'rt', 'st'];

export interface Lexicon {
  arabicWords: string[];
  latinWords: string[];
  arabicFamilies: string[];
  latinSurnames: string[];
  arabicPlaces: string[];
  latinPlaces: string[];
}

export function createLexicon(seed: string, arabicSize = 60_000, latinSize = 20_000): Lexicon {
  const draw = seededDraw(`${seed}:lexicon`);
  const roots = Array.from({ length: 4000 }, () => root(draw));
  const arabicWords = Array.from({ length: arabicSize }, () => applyPattern(draw.pick(patterns), draw.pick(roots)));
  const latinWords = [...latinTopicWords, ...Array.from({ length: latinSize }, () => latinWord(draw, 2 + draw.below(2)))];
  const nisbas = Array.from({ length: 3000 }, () => `ال${applyPattern(draw.pick(['123', '12ا3', '1و23', '12ي3']), draw.pick(roots))}ي`);
  return {
    arabicWords,
    latinWords,
    // Real families are the head of the distribution; generated nisbas its tail.
    arabicFamilies: [...omaniFamilies, ...nisbas],
    latinSurnames: Array.from({ length: 8000 }, () => capitalise(latinWord(draw, 2 + draw.below(2)))),
    arabicPlaces: [...arabicPlaces, ...Array.from({ length: 2000 }, () => `${draw.pick(['وادي', 'جبل', 'بلدة', 'ولاية', 'سيح'])} ${applyPattern(draw.pick(patterns), draw.pick(roots))}`)],
    latinPlaces: [...latinPlaces, ...Array.from({ length: 1000 }, () => capitalise(latinWord(draw, 2)))],
  };
}

function root(draw: Draw): string {
  let letters = '';
  while (letters.length < 3) {
    const letter = draw.pick(radicals);
    // No root repeats its first two radicals, and hamza only begins a root here.
    if (letters.endsWith(letter) || (letter === 'أ' && letters.length > 0)) continue;
    letters += letter;
  }
  return letters;
}

function applyPattern(pattern: string, rootLetters: string): string {
  const word = pattern.replace(/[123]/g, (slot) => rootLetters[Number(slot) - 1]);
  // Two hamzas in a row (أأكال) do not occur in writing.
  return word.replace('أأ', 'آ').replace('إأ', 'إي');
}

function latinWord(draw: Draw, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += draw.pick(onsets) + draw.pick(vowels) + (i === syllables - 1 ? draw.pick(codas) : '');
  return word;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
