// "Did you mean ...?" hints for mistyped parameter paths, metric names and ids.
import { MAX_NAME_CHARS } from './limits';

/** Edit distance between two strings (insertions, deletions, substitutions each cost 1). */
export function editDistance(first: string, second: string): number {
  let previous = Array.from({ length: second.length + 1 }, (_, index) => index);
  for (let i = 1; i <= first.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= second.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (first[i - 1] === second[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[second.length] ?? 0;
}

/**
 * The closest known name to a mistyped one, or undefined when nothing is close. A name that matches the
 * part after the dot of a known path (rttMs for network.rttMs), or starts with a known name (stepTimeSeconds
 * for stepTimeS), counts as close.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  // A name longer than any id cannot be a typo of one; stopping here keeps the cost independent of its length.
  if (name.length > MAX_NAME_CHARS) return undefined;
  const lower = name.toLowerCase();
  const bySuffix = known.find((candidate) => candidate.toLowerCase().endsWith(`.${lower}`));
  if (bySuffix) return bySuffix;
  const prefixes = known.filter(
    (candidate) => candidate.length >= 3 && lower.startsWith(candidate.toLowerCase()),
  );
  const longestPrefix = prefixes.sort((a, b) => b.length - a.length)[0];
  if (longestPrefix) return longestPrefix;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** " (did you mean "x"?)" or an empty string. */
export function didYouMean(name: string, known: readonly string[]): string {
  const closest = closestName(name, known);
  return closest ? ` (did you mean "${closest}"?)` : '';
}
