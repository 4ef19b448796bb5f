// Generated French posts for the differential test against twitter-text and the X counting
// benchmark: deterministic (seeded PRNG, the same texts on every machine), built from the pieces a
// collectivité's post is made of and the ones X counts in a special way — accents and œ, elisions
// with ’ and ', « guillemets » with U+202F or U+00A0, €, …, emoji (skin tones, ZWJ sequences,
// flags, keycaps, text-default symbols), links with and without a scheme, bare domains (.fr,
// .gouv.fr, t.co), mentions, hashtags, CJK, decomposed accents (NFD), and now and then a character
// X refuses (U+FEFF, U+FFFE) or a text over 280. The emoji sequences are those of Emoji 11 and
// before, the last twitter-text 3.1.0 knows; newer ones are checked against Unicode 15's list in
// twitter_text_diff.test.mjs.
//   import { frenchCorpus } from './french_corpus.mjs';  frenchCorpus(2000, seed) → string[]

// mulberry32: a small, well-mixed 32-bit PRNG.
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NNBSP = '\u202f';
const NBSP = '\u00a0';

const WORDS = [
  'la', 'le', 'les', 'des', 'une', 'un', 'et', 'pour', 'avec', 'dans', 'sur', 'par', 'au', 'aux',
  'mairie', 'commune', 'habitants', 'conseil', 'municipal', 'réunion', 'publique', 'travaux', 'rue',
  'école', 'élèves', 'collège', 'déchèterie', 'fermée', 'ouverte', 'été', 'hiver', 'fête', 'Noël',
  'maïs', 'Citroën', 'œuvre', 'cœur', 'sœur', 'garçon', 'façade', 'hôpital', 'forêt', 'bientôt',
  'à', 'où', 'déjà', 'très', 'élu·e·s', 'habitant·es', 'Île-de-France', 'Saint-Étienne', 'Ærø',
  'inscriptions', 'médiathèque', 'piscine', 'marché', 'samedi', 'dimanche', 'lundi', 'vœux',
  'intercommunalité', 'stationnement', 'voirie', 'CCAS', 'EHPAD', 'PLUi', 'France', 'Services',
];
const ELISIONS = [
  'l’école', 'l’été', 'qu’il', 'qu’elle', 'd’information', 'aujourd’hui', 'j’ai', 'n’oubliez',
  's’inscrire', 'c’est', 'jusqu’au', 'l\'agenda', 'd\'urgence', 'qu\'on', 'L’équipe', 'D’ici',
];
const TYPOGRAPHY = [
  `«${NNBSP}Bien vivre ensemble${NNBSP}»`, `«${NBSP}Zéro déchet${NBSP}»`, '« Ma ville »',
  `Attention${NNBSP}!`, `Pourquoi${NNBSP}?`, `Horaires${NNBSP}:`, `ensuite${NNBSP};`, 'Vraiment !',
  `12,50${NNBSP}€`, `1${NNBSP}234,5${NBSP}€`, '3 €', '€', '…', 'etc.', 'M.', '18h30', '9h–12h',
  '— fin —', '–', '“citation”', '‘mot’', '•', '→', '№ 3', '½', '°C', '2ᵉ', '1er', '©', '™', '®',
  '\n', '\n\n', '\t', '  ', `${NNBSP}`, '&', '<b>', '"', '%', '100 %',
];
const EMOJI = [
  '🎉', '👍', '🙂', '📅', '📍', '🗳️', '🚧', '♻️', '❤️', '❤', '☀', '☀️', '⚠️', '✅', '✔', '⭐',
  '👍🏽', '👋🏿', '👩🏻‍🌾', '👩🏾‍🚒', '👨‍👩‍👧‍👦', '👩‍❤️‍👨', '🏳️‍🌈', '🏴‍☠️', '🇫🇷', '🇪🇺', '🇨🇦',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1️⃣', '#️⃣', '*️⃣', '🫶', '🥹', '🪩', '🫠🫠', '😀😃', '⏰', '🕐', '✈️', '👩‍💻', '👁️',
];
const LINKS = [
  'https://www.mairie-saint-exemple.fr/agenda?id=12', 'http://service-public.fr',
  'https://www.service-public.fr/particuliers/vosdroits/F1234', 'www.service-public.fr',
  'mairie-saint-exemple.fr', 'service-public.fr', 'service-public.fr/particuliers', 't.co',
  't.co/AbC123xyz', 'https://t.co/AbC123xyz', 'legifrance.gouv.fr', 'https://www.legifrance.gouv.fr/',
  'exemple.com/chemin/vers/la-page.html', 'https://fr.wikipedia.org/wiki/Île-de-France',
  'https://exemple.fr/événements#été', 'mairie.paris', 'ville-evry.fr', 'https://ville-évry.fr/',
  'www.ville-évry.fr', 'http://localhost:8080/test', 'https://192.168.1.1/', 'ftp://exemple.fr',
  'exemple.bzh', 'exemple.co.uk', 'https://exemple.fr/a_(b)', 'mailto:contact@exemple.fr',
  'contact@mairie-saint-exemple.fr', 'http://exemple.fr:443/path?q=1&r=2', 'HTTPS://EXEMPLE.FR',
  'exemple.fr.', 'exemple.fr,', '(voir service-public.fr)', 'https://xn--vry-bma.fr/',
  'https://exemple.fr/' + 'x'.repeat(40), 'a.b', 'fichier.pdf', 'exemple.bientôt', 'www.exemple',
];
const MENTIONS = [
  '@mairie_exemple', '@Prefet13', '@service_public', '@a', '@ministère', '@user@mastodon.social',
  'contact@exemple', '@_tiret_bas', '@' + 'x'.repeat(20), '@@double',
];
const HASHTAGS = [
  '#ConseilMunicipal', '#fêteDeLaMusique', '#Noël2024', '#2024', '#JO_Paris', '#écologie', '#①',
  '#RentréeScolaire', '#日本', '#a', '#Île', '＃pleinechasse',
];
const CJK = ['東京', '日本語のテキスト', 'こんにちは', '한국어', '中文', 'ｶﾀｶﾅ', '𠮷野家', '漢字テスト'];
const RARE = ['\ufeff', '\ufffe', '\uffff', '\u200b', '\u200d', '\u200e', '\u200f', '\u2066', '\u00ad',
  'a\u0300\u0301\u0302', '\u{1f3fd}', '\u{e0067}', '\ud83d', '\u0301', 'ﬁ', 'Å', 'Ω', 'ǅ'];

function pick(rand, list) { return list[Math.floor(rand() * list.length)]; }

function piece(rand) {
  const r = rand();
  let p;
  if (r < 0.34) p = pick(rand, WORDS);
  else if (r < 0.44) p = pick(rand, ELISIONS);
  else if (r < 0.58) p = pick(rand, TYPOGRAPHY);
  else if (r < 0.70) p = pick(rand, EMOJI);
  else if (r < 0.80) p = pick(rand, LINKS);
  else if (r < 0.85) p = pick(rand, MENTIONS);
  else if (r < 0.90) p = pick(rand, HASHTAGS);
  else if (r < 0.94) p = pick(rand, CJK);
  else if (r < 0.96) p = pick(rand, RARE);
  else p = String(Math.floor(rand() * 100000));
  // Decomposed accents (NFD), as some keyboards and copy-pastes produce them.
  if (rand() < 0.08) p = p.normalize('NFD');
  return p;
}

function separator(rand) {
  const r = rand();
  if (r < 0.80) return ' ';
  if (r < 0.86) return '';
  if (r < 0.91) return '\n';
  if (r < 0.95) return NBSP;
  return pick(rand, [', ', '. ', ' ! ', ' ? ', ' : ', ' – ', '/', '(', ')', '"']);
}

// `count` texts from `seed`: mostly 1 to 40 pieces (the length of real posts), some up to 120
// (over 280), a few empty or made of spaces only.
export function frenchCorpus(count, seed = 20241129) {
  const rand = prng(seed);
  const texts = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.005) { texts.push(pick(rand, ['', ' ', '\n', NNBSP])); continue; }
    const pieces = r < 0.85 ? 1 + Math.floor(rand() * 40) : 40 + Math.floor(rand() * 80);
    let text = '';
    for (let k = 0; k < pieces; k++) text += (k > 0 ? separator(rand) : '') + piece(rand);
    texts.push(text);
  }
  return texts;
}

// The pieces, by kind (to narrow down a difference to one piece).
export const corpusPieces = { WORDS, ELISIONS, TYPOGRAPHY, EMOJI, LINKS, MENTIONS, HASHTAGS, CJK, RARE };
