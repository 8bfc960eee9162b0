import type { NpsMessages } from './messages.js';

/** Loaded when a widget speaks English: pages in other languages do not download it. */
const messages: NpsMessages = {
  question: 'How likely are you to recommend our service to someone close to you or a colleague?',
  lowLabel: '0 = not at all likely',
  highLabel: '10 = extremely likely',
  scoreRequired: 'Choose a number from zero to ten.',
  next: 'Next',
  back: 'Back',
  send: 'Send',
  commentLabel: 'What is the main reason for your score? (optional)',
  commentHint: 'Please do not write names or anything else that could identify someone.',
  commentCounter: '{count} / {max} characters',
  commentRemaining: '{remaining} characters left',
  thanks: 'Thank you for your answer!',
  statusStored: 'Your answer has been saved.',
  statusRetrying:
    'The connection is not working right now. Your answer is saved on this device and will be sent automatically when the connection is back.',
  statusDelivered: 'Your answer has been sent.',
  statusFailed: 'Your answer could not be sent. It is saved on this device.',
  kioskNext: 'The next person can start in a moment.',
  idleWarning: 'Are you still there? Your answer will be cleared in {seconds} seconds.',
  idleContinue: 'I need more time',
};

export default messages;
