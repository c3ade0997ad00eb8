import type { Rule } from '../model.js';
import { accountRules } from './account.js';
import { ec2ComputeRules } from './ec2-compute.js';
import { ec2NatRules } from './ec2-nat.js';
import { ec2NetworkRules } from './ec2-network.js';
import { tagRules } from './tags.js';
import { budgetsRules } from './budgets.js';
import { cloudwatchRules } from './cloudwatch.js';
import { dynamodbRules } from './dynamodb.js';
import { s3Rules } from './s3.js';
import { iamRules } from './iam.js';
import { lambdaRules } from './lambda.js';
import { rdsRules } from './rds.js';

/** Every rule. A rule family is one file in this folder and one line here. */
export const catalog: readonly Rule[] = [
  ...accountRules,
  ...ec2NetworkRules,
  ...ec2ComputeRules,
  ...ec2NatRules,
  ...tagRules,
  ...s3Rules,
  ...dynamodbRules,
  ...budgetsRules,
  ...cloudwatchRules,
  ...iamRules,
  ...lambdaRules,
  ...rdsRules,
];
