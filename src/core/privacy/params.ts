// The privacy group of the parameter table (which technique protects the data, and whether DP-SGD is layered
// on top), and the technique groups declared beside each technique, collected here for table.ts.
import { choiceParam, flagParam } from '../params/spec';
import type { TechniqueParamGroup } from './technique';
import { PRIVACY_TECHNIQUE_LIST } from './techniques';
import { WORK_SHAPE_PARAMS } from './workShapeParams';

type TechniqueList = typeof PRIVACY_TECHNIQUE_LIST;

/** Id of a privacy technique. */
export type PrivacyTechnique = TechniqueList[number]['id'];

/** The privacy technique ids, in list order (derived from techniques.ts). */
export const PRIVACY_TECHNIQUES = PRIVACY_TECHNIQUE_LIST.map((technique) => technique.id) as [
  PrivacyTechnique,
  ...PrivacyTechnique[],
];

/** The techniques' labels, by id. */
export const PRIVACY_TECHNIQUE_LABELS = Object.fromEntries(
  PRIVACY_TECHNIQUE_LIST.map((technique) => [technique.id, technique.label]),
) as Record<PrivacyTechnique, string>;

/** Which privacy technique the job uses, and what is layered on it. */
export const PRIVACY_PARAMS = {
  technique: choiceParam({
    label: 'Privacy technique',
    options: PRIVACY_TECHNIQUES,
    default: 'none',
    description: `How the data is protected: ${Object.values(PRIVACY_TECHNIQUE_LABELS).slice(1).join(', ')}.`,
    source: 'docs/model/privacy.md',
  }),
  addDifferentialPrivacy: flagParam({
    label: 'Add DP-SGD on top',
    default: false,
    description:
      'Layer DP-SGD (group dp) on the chosen technique: costs multiply, guarantees add (for example federated + DP). Training only.',
    source: 'docs/model/privacy.md; DP-FedAvg (McMahan et al. 2018, arXiv 1710.06963)',
  }),
} as const;

type WithGroup = Extract<TechniqueList[number], { paramGroup: TechniqueParamGroup }>;
/** The parameter groups the techniques declare, by group name. */
type TechniqueGroups = { [T in WithGroup as T['paramGroup']['name']]: T['paramGroup']['params'] };
/** Titles of those groups, by group name. */
export type TechniqueGroupName = keyof TechniqueGroups;

const declared = PRIVACY_TECHNIQUE_LIST.flatMap((technique) =>
  'paramGroup' in technique ? [technique.paramGroup] : [],
);

/** The groups' titles, by group name (for the group names of the controls). */
export const PRIVACY_GROUP_LABELS = Object.fromEntries(
  declared.map((group) => [group.name, group.label]),
) as Record<TechniqueGroupName, string>;

/** Technique-specific groups, keyed by group name, spread into PARAMETER_TABLE (plus the shared work shape). */
export const PRIVACY_TECHNIQUE_PARAMS = {
  ...(Object.fromEntries(declared.map((group) => [group.name, group.params])) as TechniqueGroups),
  workShape: WORK_SHAPE_PARAMS,
};
