/**
 * What palaute-collector answers on `GET /v1/results/nps`: types only, shared by the server and
 * `<palaute-results>`. A group with too few answers carries no numbers, so nobody in a small office
 * can be singled out.
 */
export interface NpsNumbers {
  readonly n: number;
  /** −100…100: promoters' share minus detractors' share, in percentage points. */
  readonly nps: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** Half-width of the 95 % confidence interval of `nps`, in points. */
  readonly marginOfError: number;
}

export interface SuppressedGroup {
  readonly suppressed: true;
  readonly reason: 'too few answers';
}

export interface ResultsGroupKey {
  readonly unit: string | null;
  readonly service: string | null;
  /** First day of the bucket (YYYY-MM-DD) when results are asked for by day, week or month. */
  readonly bucket?: string;
}

export type NpsResultsGroup = ResultsGroupKey & (NpsNumbers | SuppressedGroup);

export interface NpsResultsDocument {
  readonly view: 'nps';
  /** Groups with fewer answers than this are suppressed. */
  readonly minGroup: number;
  readonly generatedAt: string;
  readonly groups: readonly NpsResultsGroup[];
}

export const RESULT_BUCKETS = ['week', 'month'] as const;
export type ResultBucket = (typeof RESULT_BUCKETS)[number];

/**
 * One item of `GET /v1/results/meeting`; `familyVsMunicipal` is suppressed on its own, and left out
 * (`omitted`) under a role filter, which keeps only one side. `survey` names a site's own survey.
 */
export type MeetingItemResult = { readonly survey?: string; readonly item: string } & (
  { readonly n: number; readonly mean: number } | SuppressedGroup
) & {
    readonly familyVsMunicipal:
      | {
          readonly meetings: number;
          readonly familyMean: number;
          readonly municipalMean: number;
          readonly gap: number;
        }
      | SuppressedGroup
      | { readonly omitted: true; readonly reason: 'role filter' };
  };

export type MeetingResultsGroup = ResultsGroupKey &
  (
    | { readonly n: number; readonly meetings: number; readonly items: readonly MeetingItemResult[] }
    | SuppressedGroup
  );

/** One question of `GET /v1/results/emoji-survey`: faces 1 (most negative) … N and "I don't want to answer". */
export type EmojiQuestionResult = { readonly questionId: string } & (
  | {
      readonly n: number;
      readonly faces: Readonly<Record<string, number>>;
      readonly declined: number;
    }
  | SuppressedGroup
);

/** One group of `GET /v1/results/emoji-survey`: a survey's questions per office, service and bucket. */
export type EmojiSurveyResultsGroup = ResultsGroupKey & { readonly surveyId: string } & (
    { readonly n: number; readonly questions: readonly EmojiQuestionResult[] } | SuppressedGroup
  );

/** One group of `GET /v1/results/deviation-reports`: counts only, by category and by harm. */
export type DeviationResultsGroup = ResultsGroupKey &
  (
    | {
        readonly n: number;
        readonly byCategory: Readonly<Record<string, number>>;
        readonly byHarm: Readonly<Record<string, number>>;
      }
    | SuppressedGroup
  );
