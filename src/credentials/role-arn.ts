const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::(\d{12}):role\/((?:[\w+=,.@-]+\/)*)([\w+=,.@-]{1,64})$/;

export interface RoleArn {
  arn: string;
  partition: string;
  accountId: string;
  name: string;
}

/** Checks a role ARN before any call to STS, so a typo fails fast with a useful message. */
export function parseRoleArn(value: string, source: string): RoleArn {
  const trimmed = value.trim();
  const match = ROLE_ARN.exec(trimmed);
  if (!match) {
    throw new Error(
      `${source}: '${trimmed}' is not an IAM role ARN. Expected arn:aws:iam::<12-digit account id>:role/<name>, ` +
        'for example arn:aws:iam::123456789012:role/aws-audit-readonly.',
    );
  }
  return {
    arn: trimmed,
    partition: match[1] as string,
    accountId: match[2] as string,
    name: match[4] as string,
  };
}
