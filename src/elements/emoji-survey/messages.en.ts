import type { EmojiSurveyMessages } from './messages.js';

/** Loaded when a widget speaks English: pages in other languages do not download it. */
const messages: EmojiSurveyMessages = {
  faces3: 'Bad|In between|Good',
  faces5: 'Really bad|Bad|In between|Good|Really good',
  skip: "I don't want to answer",
  listen: 'Listen',
  listenTo: 'Listen: {word}',
  progress: 'Question {current} of {total}',
  warmUp: "Let's practise first",
  movingOn: 'The next question is coming…',
  back: 'Back',
  next: 'Next',
  send: 'Send',
  choiceRequired: 'Choose a face or “I don’t want to answer”.',
  helpTitle: 'Thank you for telling us',
  helpEmergency: 'If you are in danger right now, call the emergency number 112.',
  helpEmergencyCall: 'Call 112',
  helpContinue: 'Go on',
  thanks: 'Thank you!',
  kioskNext: 'The next person can answer in a moment.',
  idleWarning: 'Are you still there? The answers will be cleared in {seconds} seconds.',
  idleContinue: "I'm still here",
  loading: 'Loading the survey…',
  loadFailed: 'The survey cannot be shown. Ask a grown-up for help.',
};

export default messages;
