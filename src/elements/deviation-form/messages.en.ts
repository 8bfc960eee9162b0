import type { DeviationFormMessages } from './messages.js';

/** Loaded when a widget speaks English: pages in other languages do not download it. */
const messages: DeviationFormMessages = {
  title: 'Tell us if something is wrong or dangerous',
  intro:
    'Tell us if a child is treated wrongly, if something is dangerous or if the service does not work as it should. You can report anonymously.',
  emergency: 'If a child is in immediate danger, call the emergency number 112.',
  emergencyCall: 'Call 112',
  privacy:
    'Reports are read only by the staff who handle them. Your name is not stored unless you give it yourself.',
  privacyLink: 'Read the privacy notice',
  roleLegend: 'Who are you?',
  roleChild: 'A child or young person',
  roleParentOrRelative: 'A parent or relative',
  roleStaff: 'A staff member',
  roleMunicipalWorker: "The child's social worker",
  roleOther: 'Someone else',
  categoryLegend: 'What is the report about?',
  categoryRights: "A child's rights",
  categorySelfDetermination: 'Rights being restricted (e.g. things taken away)',
  categorySafety: 'Safety',
  categoryMistreatment: 'Bad treatment, violence or harassment',
  categoryServiceQuality: 'Quality of the service',
  categoryOther: 'Something else',
  descriptionLabel: 'What happened?',
  descriptionHint: 'Tell us in your own words what happened. At least one sentence.',
  counter: '{count} / {max} characters',
  occurredAtLabel: 'When did it happen? (optional)',
  locationLabel: 'Where did it happen? (optional)',
  harmLegend: 'Was anyone hurt or put at risk?',
  harmNo: 'No',
  harmYes: 'Yes',
  harmUnknown: "I don't know",
  hopedOutcomeLabel: 'What would you like to happen next? (optional)',
  contactLegend: 'Contact details',
  anonymousNote: 'The report is anonymous unless you choose otherwise.',
  giveContact: 'I would like someone to contact me',
  nameLabel: 'Name (optional)',
  emailLabel: 'Email',
  phoneLabel: 'Phone number',
  contactHint: 'Give an email address, a phone number or both.',
  consent: 'You may contact me about this report.',
  send: 'Send the report',
  summaryTitle: 'Please correct these:',
  errorRole: 'Choose who you are.',
  errorCategory: 'Choose what the report is about.',
  errorDescriptionShort: 'Tell us what happened in at least one sentence ({min} characters).',
  errorDescriptionLong: 'The text is too long: at most {max} characters.',
  errorDate: 'Pick a date from the calendar.',
  errorDateFuture: 'The date cannot be in the future.',
  errorHarm: 'Choose one option.',
  errorTooLong: 'The text is too long.',
  errorEmail: 'Check the email address, for example name@example.fi.',
  errorPhone: 'Check the phone number, for example 040 123 4567.',
  errorContact: 'Give an email address or a phone number.',
  errorConsent:
    'Tick “You may contact me about this report”, or untick “I would like someone to contact me”.',
  receiptTitle: 'Thank you for your report.',
  receiptStored: 'Your report has been saved and will be sent for handling.',
  receiptRetrying:
    'The connection is not working right now. Your report is saved on this device and will be sent automatically when the connection is back.',
  receiptDelivered: 'Your report has been sent for handling.',
  receiptFailed:
    'Your report could not be sent. It is saved on this device. Please tell a member of staff and give them the reference code.',
  receiptCode: 'Reference code: {code}',
  receiptNext:
    'The report goes to the person responsible for handling it. If you gave your contact details, we will contact you.',
  receiptRights: 'If your rights are restricted, we talk about it with you and tell you how you can appeal.',
  receiptComplain:
    'If you are not satisfied, you can make an objection. This means you write down what you are unhappy with. The objection goes to the person in charge of this service. You can also complain to the Finnish Supervisory Agency. It is the national authority that oversees services. The social ombudsman gives you free advice.',
  newReport: 'Make another report',
  kioskNext: 'The form will be cleared for the next person in a moment.',
  idleWarning:
    'Are you still there? The form will be cleared in {seconds} seconds so that the next person does not see it.',
  idleContinue: 'I need more time',
};

export default messages;
