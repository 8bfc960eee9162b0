/** What the report crypto refuses, as codes the inbox can turn into its own words. */
export type ReportCryptoErrorCode = 'altered' | 'wrong-passphrase' | 'invalid-key' | 'wrong-receipt-code';

export class ReportCryptoError extends Error {
  constructor(
    readonly code: ReportCryptoErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * A sealed report that does not open: its ciphertext, `enc`, envelope id or kind was changed,
 * it was moved from another envelope, or it was sealed to another key. AES-GCM cannot tell
 * these apart, and none of them may show any text.
 */
export class ReportAlteredError extends ReportCryptoError {
  constructor(options?: ErrorOptions) {
    super('altered', 'This report cannot be opened: it was altered.', options);
  }
}

/** A wrapped key that the passphrase (or recovery code) given does not unwrap. */
export class WrongPassphraseError extends ReportCryptoError {
  constructor(options?: ErrorOptions) {
    super('wrong-passphrase', 'The passphrase does not unlock the reports key.', options);
  }
}

/** A public or wrapped key that is not a P-256 reports key in the expected shape. */
export class InvalidReportKeyError extends ReportCryptoError {
  constructor(reason: string, options?: ErrorOptions) {
    super('invalid-key', `Not a reports key: ${reason}.`, options);
  }
}

/** A receipt code that is not 16 digits, or whose reply key does not unwrap with it. */
export class WrongReceiptCodeError extends ReportCryptoError {
  constructor(options?: ErrorOptions) {
    super('wrong-receipt-code', 'This is not the receipt code of a report.', options);
  }
}
