// Display names: every option of every choice parameter and every group has a name that is not its id, names
// are distinct within a parameter, and messages are rewritten into labels and names.
import { describe, expect, it } from 'vitest';
import { GROUP_NAMES, groupName } from '../../../src/core/names/groupNames';
import { humaniseMessage } from '../../../src/core/names/humanise';
import { optionName } from '../../../src/core/names/optionNames';
import { paramConstraintErrors } from '../../../src/core/params/constraints';
import { defaultParams, PARAMETER_ROWS, setParams } from '../../../src/core/params/table';

const ID_PATTERN = /\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[a-z0-9]+(?:-[a-z0-9]+)+\b/;

describe('display names', () => {
  it('names every option of every choice parameter, distinctly, in words', () => {
    for (const row of PARAMETER_ROWS) {
      if (row.spec.kind !== 'choice') continue;
      const names = row.spec.options.map((option) => optionName(row.path, option));
      expect(new Set(names).size, row.path).toBe(names.length);
      row.spec.options.forEach((option, index) => {
        expect(names[index], `${row.path} ${option}`).not.toBe(option);
      });
    }
  });

  it('names every group', () => {
    for (const row of PARAMETER_ROWS) expect(groupName(row.group)).toBe(GROUP_NAMES[row.group]);
  });
});

describe('humaniseMessage', () => {
  it('writes paths as labels and option ids as names', () => {
    const text = humaniseMessage(
      "privacy.technique 'tee' needs hardware.supportsH100Cc = true; mpc.partyCount (5) is high",
    );
    expect(text).toBe(
      '“Privacy technique” “Trusted execution (TEE)” needs “H100 confidential computing” in Hardware turned on; “Parties” in Multi-party computation (MPC) (5) is high',
    );
  });

  it('leaves unknown paths and ids alone', () => {
    expect(humaniseMessage("foo.barBaz is 'odd-thing'")).toBe("foo.barBaz is 'odd-thing'");
  });

  it('leaves no parameter path or option id in any cross-field rule message', () => {
    const broken = setParams(defaultParams(), {
      'workload.kind': 'inference',
      'privacy.technique': 'mpc',
      'mpc.partyCount': 3,
      'mpc.collusionThresholdCount': 3,
      'network.nodeCount': 2,
      'verification.technique': 'redundant-execution',
      'replication.replicaCount': 5,
    });
    const messages = paramConstraintErrors(broken).map((error) => humaniseMessage(error.message));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message).not.toMatch(ID_PATTERN);
  });
});
