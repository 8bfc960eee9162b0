import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../schema/constants.js';

/** One text to be heard: its words, the language they are written in, and a recorded clip if any. */
export interface Speakable {
  text: string;
  lang: Locale;
  /** URL of a recorded clip of `text`, already checked against the allowed origins. */
  clip?: string | undefined;
}

/**
 * Reads texts aloud: a recorded clip where the survey gives one, else the Web Speech API with a
 * voice of the text's own language (never a Finnish text in an English voice), else nothing, and
 * `canHear` says so, so no speaker button is shown that would do nothing. Voices arrive
 * asynchronously (`voiceschanged`), so the host re-renders when they do.
 */
export class ReadAloudController implements ReactiveController {
  private readonly onVoicesChanged = () => this.host.requestUpdate();
  private audio: HTMLAudioElement | undefined;
  /** Bumped by every `play`/`stop`: a sequence still waiting for a clip to end gives up. */
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private get synth(): SpeechSynthesis | undefined {
    return globalThis.speechSynthesis;
  }

  hostConnected(): void {
    this.synth?.addEventListener('voiceschanged', this.onVoicesChanged);
  }

  hostDisconnected(): void {
    this.synth?.removeEventListener('voiceschanged', this.onVoicesChanged);
    this.stop();
  }

  /** Whether `item` can be heard at all: by its clip or by a voice of its language. */
  canHear(item: Speakable): boolean {
    return Boolean(item.clip) || this.voiceLang(item.lang) !== undefined;
  }

  /** Plays `items` one after another, interrupting anything still playing. */
  play(items: readonly Speakable[]): void {
    this.stop();
    const generation = this.generation;
    void items.reduce<Promise<void>>(
      (previous, item) => previous.then(() => (generation === this.generation ? this.one(item) : undefined)),
      Promise.resolve(),
    );
  }

  stop(): void {
    this.generation += 1;
    this.synth?.cancel();
    if (this.audio) {
      this.audio.pause();
      // No clip of the previous person's screen stays loaded.
      this.audio.removeAttribute('src');
      this.audio.load();
    }
  }

  private async one(item: Speakable): Promise<void> {
    const generation = this.generation;
    if (item.clip && (await this.playClip(item.clip, item.lang))) return;
    // A clip that cannot be played (blocked, missing) falls back to a voice, unless stopped meanwhile.
    if (generation === this.generation) this.speak(item);
  }

  /** Resolves true once the clip has played to its end, false if it could not be played. */
  private playClip(url: string, lang: Locale): Promise<boolean> {
    this.audio ??= new Audio();
    const audio = this.audio;
    audio.src = url;
    audio.lang = lang;
    return new Promise((resolve) => {
      const done = (ok: boolean) => () => {
        audio.removeEventListener('ended', ended);
        audio.removeEventListener('error', failed);
        resolve(ok);
      };
      const ended = done(true);
      const failed = done(false);
      audio.addEventListener('ended', ended);
      audio.addEventListener('error', failed);
      audio.play().catch(failed);
    });
  }

  private speak(item: Speakable): void {
    const lang = this.voiceLang(item.lang);
    if (!lang || !this.synth) return;
    const utterance = new SpeechSynthesisUtterance(item.text);
    // The language picks the voice; children listen better to a slightly slower pace.
    utterance.lang = lang;
    utterance.rate = 0.9;
    this.synth.speak(utterance);
  }

  private voiceLang(locale: Locale): string | undefined {
    return this.synth
      ?.getVoices()
      .map((voice) => voice.lang.replace('_', '-'))
      .find((lang) => lang.toLowerCase().split('-')[0] === locale);
  }
}
