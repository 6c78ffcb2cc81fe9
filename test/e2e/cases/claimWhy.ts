// The claim report says why: for a claim with a zero-knowledge proof of every step (DeepProve on GPT-2), the
// "why" line names proving as the term that decides the step.
import { type BrowserCase, check } from '../runner';

/** The why-line case. */
export const CLAIM_WHY_CASES: BrowserCase[] = [
  {
    name: 'the claim report names proving as what decides a zero-knowledge claim',
    run: async ({ page, baseUrl }) => {
      await page.goto(`${baseUrl}#v=1&view=claims&claim=deepprove-gpt2-proving`);
      const why = page.getByTestId('claim-why');
      await why.waitFor({ timeout: 120_000 });
      const text = (await why.textContent()) ?? '';
      check(/zero-knowledge proving \(verification\) decides it/.test(text), `why line: ${text}`);
    },
  },
];
