/**
 * Validation problems as one line each, naming the field: `questions[1].scale: should be one of 3, 5`.
 * Explained from zod's issue codes, so the browser needs none of zod's message bundles.
 */
export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly format?: string;
}

export function describeIssues(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => `${fieldName(issue.path)}: ${explain(issue)}`);
}

function fieldName(path: readonly PropertyKey[]): string {
  const name = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return name.replace(/^\./, '') || '(the document)';
}

function explain(issue: ValidationIssue): string {
  const unit = issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${String(issue.expected)}`;
    case 'too_small':
      return unit ? `should have at least ${issue.minimum}${unit}` : `should be at least ${issue.minimum}`;
    case 'too_big':
      return unit ? `should have at most ${issue.maximum}${unit}` : `should be at most ${issue.maximum}`;
    case 'invalid_value':
      return `should be ${issue.values?.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys?.join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? 'has characters that are not allowed'
        : `should be a valid ${issue.format}`;
    case 'invalid_union':
      return 'has the wrong shape';
    default:
      return issue.message;
  }
}
