// The workshop builder's parameter finder: the builder lists every parameter (hundreds of rows), so a
// facilitator who wants to lock the round trip types "round" and sees only the rows that match. Pure.
import { groupName } from '../../core/names/groupNames';
import type { GroupName, ParamRow } from '../../core/params/table';

/** Text as the finder compares it: lower case, hyphens and runs of spaces as one space ("round trip"). */
const normalised = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();

/**
 * The groups and rows whose label (or group name) contains `query`, ignoring case and hyphens; all of them
 * for "".
 */
export function findParams(
  groups: ReadonlyArray<readonly [GroupName, readonly ParamRow[]]>,
  query: string,
): Array<[GroupName, ParamRow[]]> {
  const needle = normalised(query);
  const matches = (text: string) => normalised(text).includes(needle);
  return groups
    .map(([group, rows]): [GroupName, ParamRow[]] => [
      group,
      needle === '' || matches(groupName(group)) ? [...rows] : rows.filter((row) => matches(row.spec.label)),
    ])
    .filter(([, rows]) => rows.length > 0);
}
