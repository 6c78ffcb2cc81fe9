// The hide and lock lists of a link: comma-separated parameter paths, where a whole group may be named by the
// group alone ("hide=hardware,network.rttMs"), so a link that hides four groups stays short enough to read out.

import type { FieldError } from '../../core/params/constraints';
import { findParam, PARAMETER_ROWS } from '../../core/params/table';
import { showText } from '../../core/scenario/limits';

/** Every group's parameter paths, in table order. */
const GROUP_PATHS: ReadonlyMap<string, readonly string[]> = PARAMETER_ROWS.reduce(
  (groups, row) => groups.set(row.group, [...(groups.get(row.group) ?? []), row.path]),
  new Map<string, string[]>(),
);

/** The parameter paths of `group` (empty for an unknown group). */
export function groupPaths(group: string): readonly string[] {
  return GROUP_PATHS.get(group) ?? [];
}

/** `paths` as link text: a group whose every path is listed is written as the group's name. */
export function pathListText(paths: readonly string[]): string {
  const listed = new Set(paths);
  const entries: string[] = [];
  for (const [group, members] of GROUP_PATHS) {
    if (members.every((path) => listed.has(path))) {
      entries.push(group);
      for (const path of members) listed.delete(path);
    }
  }
  return [...entries, ...[...listed].sort()].join(',');
}

/**
 * The sorted parameter paths of link text `text` under `key` (groups expanded). An entry that is neither a
 * parameter nor a group is named in `errors` and left out; the others apply.
 */
export function readPathList(key: string, text: string | null, errors: FieldError[]): string[] {
  if (!text) return [];
  const paths = new Set<string>();
  for (const entry of text.split(',')) {
    if (entry === '') continue;
    const members = GROUP_PATHS.get(entry);
    if (members) for (const path of members) paths.add(path);
    else if (findParam(entry)) paths.add(entry);
    else errors.push({ path: key, message: `${showText(entry)} is not a parameter or a parameter group` });
  }
  return [...paths].sort();
}
