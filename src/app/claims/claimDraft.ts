// The quick fields of the claim form (claimed value and direction, draws, seed) read from and written into a
// claim file's JSON text, so the form and the text editor edit the same file. Pure; validation is the
// worker's (the core's claim parser).

/** The form's fields. */
export interface ClaimDraftFields {
  value: string;
  direction: string;
  runCount: string;
  seed: string;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields in `text`, or null when the text is not a JSON object (the form then waits for the editor). */
export function readDraftFields(text: string): ClaimDraftFields | null {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!isObject(json)) return null;
  const claim = isObject(json.claim) ? json.claim : {};
  const monteCarlo = isObject(json.monteCarlo) ? json.monteCarlo : {};
  const asText = (value: unknown) => (value === undefined ? '' : String(value));
  return {
    value: asText(claim.value),
    direction: asText(claim.direction),
    runCount: asText(monteCarlo.runCount),
    seed: asText(json.seed),
  };
}

const numberOrText = (text: string): unknown => {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
};

/** `text` with `fields` written in (an empty field removes the key); null when the text is not a JSON object. */
export function writeDraftFields(text: string, fields: ClaimDraftFields): string | null {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!isObject(json)) return null;
  const claim: JsonObject = isObject(json.claim) ? { ...json.claim } : {};
  claim.value = numberOrText(fields.value);
  claim.direction = fields.direction;
  const next: JsonObject = { ...json, claim };
  if (fields.seed.trim() === '') delete next.seed;
  else next.seed = fields.seed;
  if (fields.runCount.trim() === '') delete next.monteCarlo;
  else
    next.monteCarlo = {
      ...(isObject(json.monteCarlo) ? json.monteCarlo : {}),
      runCount: numberOrText(fields.runCount),
    };
  return `${JSON.stringify(next, null, 2)}\n`;
}
