import { describe, expect, it } from '@jest/globals';
import { readModeInputs, settingsInputs } from '../../src/action/mode-inputs.js';
import { readActionInputs } from '../../src/action/inputs.js';
import { UsageError } from '../../src/usage-error.js';

const read = (inputs: Record<string, string>) => () => readModeInputs((name) => inputs[name] ?? '');
const PLAN = '{"include":[{"group":"1","accounts":"111111111111,222222222222","resources":10}]}';

describe('readModeInputs', () => {
  it('is run by default, and reads what each mode takes', () => {
    expect(read({})()).toEqual({ mode: 'run' });
    expect(read({ mode: 'plan' })()).toEqual({ mode: 'plan', maxJobs: 20 });
    expect(read({ mode: 'plan', 'max-jobs': '4' })()).toEqual({ mode: 'plan', maxJobs: 4 });
    expect(read({ mode: 'scan', group: '3' })()).toEqual({ mode: 'scan', group: '3' });
    expect(read({ mode: 'merge', plan: PLAN })()).toMatchObject({
      mode: 'merge',
      plan: { include: [{ group: '1' }] },
    });
    expect(read({ mode: 'merge' })()).toEqual({ mode: 'merge', plan: undefined });
  });

  it.each([
    [{ mode: 'split' }, "mode must be one of run, plan, scan, merge, got 'split'"],
    [{ mode: 'scan' }, 'mode: scan needs group'],
    [{ mode: 'scan', group: 'a' }, "group: 'a' is not a group number"],
    [{ mode: 'run', group: '1' }, 'group is only used with mode: scan (this is mode: run)'],
    [{ mode: 'scan', group: '1', 'max-jobs': '3' }, 'max-jobs is only used with mode: plan'],
    [{ mode: 'plan', 'max-jobs': '257' }, 'max-jobs must be between 1 and 256'],
    [{ mode: 'merge', plan: '{"include":[]}' }, 'plan is not an aws-audit plan'],
  ])('refuses %j before any call', (inputs, message) => {
    expect(read(inputs)).toThrow(UsageError);
    expect(read(inputs)).toThrow(message);
  });
});

describe('settingsInputs', () => {
  // The same `with:` a workflow gives its plan and scan jobs.
  const shared: Record<string, string> = {
    'member-role-name': 'aws-audit-readonly',
    'organizational-units': 'ou-ab12-cdef3456',
  };
  const settings = (mode: string) => () => {
    const get = (name: string) => ({ ...shared, mode })[name] ?? '';
    return readActionInputs(settingsInputs(readModeInputs(get), get));
  };

  it('lets merge ignore the account inputs it never uses', () => {
    expect(settings('merge')().credentials.organization).toBeUndefined();
  });

  it('still refuses them without accounts in the modes that scan', () => {
    expect(settings('run')).toThrow('member-role-name is only used with accounts: organization');
  });
});
