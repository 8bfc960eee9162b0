/** What each text on screen sounds like: the survey's recorded clip for it, checked, or words for a voice. */
import { warnOnce } from '../../delivery/log.js';
import type { Speakable } from '../../kit/read-aloud-controller.js';
import type { Locale } from '../../schema/constants.js';
import { textWithLang, type LocalizedText, type Survey } from './survey-schema.js';

export class SurveyVoice {
  private readonly base: URL;

  /**
   * @param base The survey's own URL (its `src`), else the page's: relative clip paths resolve
   *   against it, and clips may come from its origin.
   * @param origins Further origins the page allows clips from (`audio-origins`).
   */
  constructor(
    private readonly survey: Survey,
    base: string,
    private readonly origins: readonly string[],
    private readonly locale: Locale,
  ) {
    this.base = new URL(base, document.baseURI);
  }

  /** A text of the survey in the current language, heard in the language it is written in. */
  text(key: string, value: LocalizedText): Speakable {
    const { text, lang } = textWithLang(value, this.locale);
    return { text, lang, clip: this.clip(key, lang) };
  }

  /** One of the widget's own messages, in the current language. */
  message(key: string, text: string): Speakable {
    return { text, lang: this.locale, clip: this.clip(key, this.locale) };
  }

  private clip(key: string, lang: Locale): string | undefined {
    const raw = this.survey.audio?.[lang]?.[key];
    if (!raw) return undefined;
    const url = new URL(raw, this.base);
    if (url.origin === this.base.origin || this.origins.includes(url.origin)) return url.href;
    // Only the survey's origin and the ones the page lists: a survey cannot make the page fetch from anywhere.
    warnOnce(
      `clip:${url.origin}`,
      `<palaute-emoji-survey> audio from ${url.origin} is not allowed (add it to audio-origins); using a voice instead.`,
    );
    return undefined;
  }
}
