/** `palaute/meeting-survey`: registers `<palaute-meeting-survey>`. */
import { defineElement } from '../../kit/define.js';
import { PalauteMeetingSurvey } from './palaute-meeting-survey.js';

defineElement('palaute-meeting-survey', PalauteMeetingSurvey);

export { PalauteMeetingSurvey };
export { meetingSurveyMessages, type MeetingSurveyMessages } from './messages.js';
