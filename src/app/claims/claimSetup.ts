// The setup fields of the claim form: the parameters a project usually states about its run (the job, the
// model's size, how many nodes and devices, the links, the techniques). Every other parameter comes from the
// configuration the form started from. A field shows only when it applies (training strategy for training).
import { getParam, type Params, setParam } from '../../core/params/table';

/** The parameters the form asks for, in the order it shows them. */
export const SETUP_PATHS = [
  'workload.kind',
  'training.strategy',
  'model.parameterCount',
  'network.nodeCount',
  'hardware.gpusPerNodeCount',
  'network.uploadMbps',
  'network.rttMs',
  'privacy.technique',
  'verification.technique',
] as const;

const ONLY_WHEN: Readonly<Partial<Record<(typeof SETUP_PATHS)[number], readonly [string, string]>>> = {
  'training.strategy': ['workload.kind', 'training'],
};

/** The value of `path` in `setup`. */
export function setupValue(setup: Params, path: string): number | string | boolean | undefined {
  return getParam(setup, path);
}

/** `setup` with `path` set to `value` (a new object; `setup` is not changed). */
export function withSetupValue(setup: Params, path: string, value: number | string | boolean): Params {
  return setParam(setup, path, value);
}

/** Whether the form shows the field of `path` for this setup. */
export function setupFieldApplies(setup: Params, path: (typeof SETUP_PATHS)[number]): boolean {
  const condition = ONLY_WHEN[path];
  return condition === undefined || getParam(setup, condition[0]) === condition[1];
}
