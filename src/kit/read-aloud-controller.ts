import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../schema/constants.js';

/**
 * Reads texts aloud with the Web Speech API in the widget's language. Voices arrive
 * asynchronously (`voiceschanged`), so the host re-renders when they do: a read-aloud button is
 * shown only where a voice for the language exists.
 */
export class ReadAloudController implements ReactiveController {
  private readonly onVoicesChanged = () => this.host.requestUpdate();

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

  canSpeak(locale: Locale): boolean {
    return this.voiceLang(locale) !== undefined;
  }

  /** Speaks `text`, interrupting anything still being spoken. */
  speak(text: string, locale: Locale): void {
    const lang = this.voiceLang(locale);
    if (!lang || !this.synth) return;
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    // The language picks the voice; children listen better to a slightly slower pace.
    utterance.lang = lang;
    utterance.rate = 0.9;
    this.synth.speak(utterance);
  }

  stop(): void {
    this.synth?.cancel();
  }

  private voiceLang(locale: Locale): string | undefined {
    return this.synth
      ?.getVoices()
      .map((voice) => voice.lang.replace('_', '-'))
      .find((lang) => lang.toLowerCase().split('-')[0] === locale);
  }
}
