// The source text for defaults that are round, plausible values rather than published figures.

/** Source of a default that is an assumption; the user should set it to the system they study. */
export const ASSUMPTION = 'assumption: a round, plausible value; change it to match the system you study';
