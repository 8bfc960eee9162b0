/**
 * Records the demo tablet survey's clips with espeak-ng (a Debian package; nothing is downloaded)
 * and writes their names into the survey's `audio` map, so the demo exercises recorded audio on
 * devices with no Finnish voice. Usage: node scripts/demo-audio.mjs [fi sv en]
 *
 * Clips are 8-bit 11 kHz mono WAV: every browser plays it, no encoder is needed, and a few seconds
 * of synthetic speech stay a few tens of kilobytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const surveyFile = resolve(root, 'demo/surveys/safety-5-8-with-audio.json');
const messagesFile = resolve(root, 'src/elements/emoji-survey/messages.ts');
const locales = process.argv.slice(2).length ? process.argv.slice(2) : ['fi'];

/** The widget's own words, read from messages.ts (a flat `key: 'text'` catalog per language). */
function messages(locale) {
  const source = readFileSync(messagesFile, 'utf8');
  const block = source.slice(source.indexOf(`\n  ${locale}: {`)).split('\n  },')[0];
  const value = (key) => /^\s*(['"])(.*)\1,?$/s.exec(block.split(`\n    ${key}: `)[1].split('\n')[0])[2];
  const words = value('faces3').split('|');
  return {
    'face3.1': words[0],
    'face3.2': words[1],
    'face3.3': words[2],
    skip: value('skip').replace(/\\'/g, "'"),
    next: value('next'),
    back: value('back'),
    send: value('send'),
    thanks: value('thanks'),
  };
}

function surveyTexts(survey, locale) {
  const texts = { title: survey.title?.[locale], 'warm-up': survey.warmUp?.text[locale] };
  for (const q of survey.questions) {
    texts[`question.${q.id}`] = q.text[locale];
    if (q.help) texts[`help.${q.id}`] = q.help.text[locale];
  }
  texts.closing = survey.closing?.[locale];
  return texts;
}

/** espeak-ng's 16-bit 22 kHz WAV → 8-bit 11 kHz WAV (pairs of samples averaged). */
function shrink(wav) {
  const data = wav.indexOf('data', 12);
  const samples = new Int16Array(wav.buffer.slice(wav.byteOffset + data + 8, wav.byteOffset + wav.length));
  const out = Buffer.alloc(Math.floor(samples.length / 2));
  for (let i = 0; i < out.length; i += 1) out[i] = ((samples[2 * i] + samples[2 * i + 1]) >> 9) + 128;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + out.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(11025, 24);
  header.writeUInt32LE(11025, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(out.length, 40);
  return Buffer.concat([header, out]);
}

const survey = JSON.parse(readFileSync(surveyFile, 'utf8'));
survey.audio = {};
for (const locale of locales) {
  const dir = resolve(root, 'demo/audio', locale);
  mkdirSync(dir, { recursive: true });
  survey.audio[locale] = {};
  for (const [key, text] of Object.entries({ ...surveyTexts(survey, locale), ...messages(locale) })) {
    if (!text) continue;
    // -s 140: slower than the default 175 words a minute, for young listeners.
    const wav = execFileSync('espeak-ng', ['-v', locale, '-s', '140', '--stdout', text]);
    const file = `${key.replace(/[^\w.-]/g, '-')}.wav`;
    writeFileSync(resolve(dir, file), shrink(wav));
    // Relative to the survey file: the widget resolves clips against the survey's URL.
    survey.audio[locale][key] = `../audio/${locale}/${file}`;
  }
}
writeFileSync(surveyFile, `${JSON.stringify(survey, null, 2)}\n`);
console.log(`clips for ${locales.join(', ')} written to demo/audio/, names to ${surveyFile}`);
