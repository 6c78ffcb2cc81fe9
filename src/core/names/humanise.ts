// Rewrites a message written for files and the command line ("mpc.partyCount (5) exceeds network.nodeCount
// (3)", "privacy.technique 'tee' needs ...") into words for people: each parameter path becomes its label and
// group, each quoted option id the option's display name, each metric name its label, and "= true" / "= false"
// after a switch "turned on" / "turned off".
import { findMetric } from '../metrics/catalog';
import { findParam } from '../params/table';
import { groupName } from './groupNames';
import { allOptionNames, optionName } from './optionNames';

/** A parameter path as people read it: “Parties” in Multi-party computation (MPC). */
export function paramDisplayName(path: string): string {
  const row = findParam(path);
  if (!row) return path;
  const group = groupName(row.group);
  const label = row.spec.label;
  // "Job" in Job, "Privacy technique" in Privacy: the label already says where it is.
  if (label.toLowerCase().includes(group.toLowerCase())) return `“${label}”`;
  return `“${label}” in ${group}`;
}

const OPTION_BY_ID = new Map<string, string[]>();
for (const { option, name } of allOptionNames())
  OPTION_BY_ID.set(option, [...(OPTION_BY_ID.get(option) ?? []), name]);

const TOKEN =
  /\b([a-z][A-Za-z]*\.[a-z][A-Za-z0-9]*)\b( = (?:true|false))?|'([a-z0-9][a-z0-9-]*)'|\b([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)\b/g;

/**
 * `message` with parameter paths, option ids, metric names and switch values in words. Unknown tokens stay as
 * they are.
 */
export function humaniseMessage(message: string): string {
  let lastPath = '';
  const replace = (
    whole: string,
    path: string | undefined,
    flag: string | undefined,
    id: string | undefined,
    metric: string | undefined,
  ): string => {
    if (metric !== undefined) return findMetric(metric)?.label ?? whole;
    if (path !== undefined) {
      const row = findParam(path);
      if (!row) return whole;
      lastPath = path;
      const flagWords = flag === undefined ? '' : flag.endsWith('true') ? ' turned on' : ' turned off';
      return `${paramDisplayName(path)}${flagWords}`;
    }
    if (id === undefined) return whole;
    const named = optionName(lastPath, id);
    if (named !== id) return `“${named}”`;
    const candidates = OPTION_BY_ID.get(id) ?? [];
    return candidates.length === 1 ? `“${candidates[0]}”` : whole;
  };
  return message.replace(TOKEN, replace);
}
