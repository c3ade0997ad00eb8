import { expect } from '@jest/globals';
import { EC2Client } from '@aws-sdk/client-ec2';
import type { ActionContext, CleanupOptions, CleanupTarget, PlannedCall } from '../../src/cleanup/model.js';
import type { CleanupAction } from '../../src/rules/model.js';

export const OPTIONS: CleanupOptions = {
  snapshotBeforeDelete: true,
  snapshotTags: { 'aws-audit:finding': 'fp-1', 'aws-audit:approved-by': 'octocat' },
  waitMs: 1_000,
  pollMs: 100,
  maxObjects: 1000,
};

/** A context whose EC2 client is `ec2` in every region; RDS and S3 are not used by these actions. */
export function actionContext(
  ec2: EC2Client,
  options: Partial<CleanupOptions> = {},
): ActionContext & { slept: number[] } {
  const slept: number[] = [];
  const unused = (): never => {
    throw new Error('not used by EC2 actions');
  };
  return {
    clients: { ec2: () => ec2, rds: unused, s3: unused },
    options: { ...OPTIONS, ...options },
    signal: new AbortController().signal,
    sleep: async (ms) => {
      slept.push(ms);
    },
    slept,
  };
}

/** A context for aws-sdk-client-mock: every EC2Client is intercepted, whatever its settings. */
export const mockedContext = (options: Partial<CleanupOptions> = {}) =>
  actionContext(
    new EC2Client({ region: 'eu-west-2', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }),
    options,
  );

export function cleanupTarget(
  action: CleanupAction,
  resourceId: string,
  region = 'eu-west-2',
): CleanupTarget {
  return {
    action,
    account: '111122223333',
    region,
    resourceId,
    arn: `arn:aws:ec2:::${resourceId}`,
    fingerprint: 'fp-1',
  };
}

/** An error as the SDK throws it for an AWS error code. */
export function awsError(code: string, message = code): Error {
  return Object.assign(new Error(message), { name: code, $metadata: { httpStatusCode: 400 } });
}

/**
 * The calls a mocked client received that change something (not Describe*), as `ec2:Name` and the
 * request: what a plan must equal.
 */
export function changesMade(mock: {
  calls(): { args: readonly unknown[] }[];
}): { api: string; input: object }[] {
  return mock
    .calls()
    .map((call) => {
      const command = call.args[0] as { constructor: { name: string }; input: object };
      return { api: `ec2:${command.constructor.name.replace(/Command$/, '')}`, input: command.input };
    })
    .filter((c) => !c.api.startsWith('ec2:Describe'));
}

/** What `changesMade` must equal for a plan: the same calls in order, each with the plan's params. */
export const asMade = (plan: readonly PlannedCall[]) =>
  plan.map((c) => ({ api: c.api, input: expect.objectContaining(c.params) }));
