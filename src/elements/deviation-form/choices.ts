/** The label of every answer the form offers, by value: a new value without a label does not compile. */
import type { DeviationCategory, HarmAnswer, ReporterRole } from '../../schema/constants.js';
import type { DeviationFormMessages } from './messages.js';

type Labels<V extends string> = Readonly<Record<V, keyof DeviationFormMessages>>;

export const ROLE_LABELS: Labels<ReporterRole> = {
  child: 'roleChild',
  'parent-or-relative': 'roleParentOrRelative',
  staff: 'roleStaff',
  'municipal-worker': 'roleMunicipalWorker',
  other: 'roleOther',
};

export const CATEGORY_LABELS: Labels<DeviationCategory> = {
  rights: 'categoryRights',
  'self-determination': 'categorySelfDetermination',
  safety: 'categorySafety',
  mistreatment: 'categoryMistreatment',
  'service-quality': 'categoryServiceQuality',
  other: 'categoryOther',
};

export const HARM_LABELS: Labels<HarmAnswer> = {
  no: 'harmNo',
  yes: 'harmYes',
  unknown: 'harmUnknown',
};

/** `[value, label]` pairs in the order the labels are declared. */
export function choicesIn<V extends string>(labels: Labels<V>, m: DeviationFormMessages): Array<[V, string]> {
  return (Object.entries(labels) as Array<[V, keyof DeviationFormMessages]>).map(([value, key]) => [
    value,
    m[key],
  ]);
}
