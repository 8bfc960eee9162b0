/** `palaute/emoji-survey`: registers `<palaute-emoji-survey>`. */
import { defineElement } from '../../kit/define.js';
import { PalauteEmojiSurvey } from './palaute-emoji-survey.js';

defineElement('palaute-emoji-survey', PalauteEmojiSurvey);

export { PalauteEmojiSurvey };
export { emojiSurveyMessages, type EmojiSurveyMessages } from './messages.js';
export {
  surveySchema,
  localizedTextSchema,
  type Survey,
  type SurveyQuestion,
  type LocalizedText,
} from './survey-schema.js';
