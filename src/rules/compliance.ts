/**
 * The compliance controls our rules cite, with what each is about. A test checks that every
 * reference of every rule is listed here and that the control is about the rule's resource type,
 * so a rule maps only to controls it really checks. Add the control here when a rule cites it.
 */
export interface Control {
  title: string;
  /** Inventory types (or aws:account / aws:region) the control judges. */
  resourceTypes: string[];
}

/** AWS Foundational Security Best Practices (Security Hub) controls. */
export const FSBP_CONTROLS: Readonly<Record<string, Control>> = {
  'CloudTrail.1': {
    title:
      'CloudTrail should be enabled and configured with at least one multi-Region trail that includes read and write management events',
    resourceTypes: ['aws:account'],
  },
  'GuardDuty.1': { title: 'GuardDuty should be enabled', resourceTypes: ['aws:region'] },
  'EC2.3': {
    title: 'Attached Amazon EBS volumes should be encrypted at-rest',
    resourceTypes: ['ec2:volume'],
  },
  'EC2.4': {
    title: 'Stopped EC2 instances should be removed after a specified time period',
    resourceTypes: ['ec2:instance'],
  },
  'EC2.6': { title: 'VPC flow logging should be enabled in all VPCs', resourceTypes: ['ec2:vpc'] },
  'EC2.7': { title: 'EBS default encryption should be enabled', resourceTypes: ['ec2:region-settings'] },
  'EC2.8': {
    title: 'EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)',
    resourceTypes: ['ec2:instance'],
  },
  'EC2.9': { title: 'EC2 instances should not have a public IPv4 address', resourceTypes: ['ec2:instance'] },
  'EC2.12': { title: 'Unused EC2 EIPs should be removed', resourceTypes: ['ec2:elastic-ip'] },
  'EC2.2': {
    title: 'VPC default security groups should not allow inbound or outbound traffic',
    resourceTypes: ['ec2:security-group'],
  },
  'EC2.13': {
    title: 'Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22',
    resourceTypes: ['ec2:security-group'],
  },
  'EC2.14': {
    title: 'Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 3389',
    resourceTypes: ['ec2:security-group'],
  },
  'EC2.18': {
    title: 'Security groups should only allow unrestricted incoming traffic for authorized ports',
    resourceTypes: ['ec2:security-group'],
  },
  'EC2.19': {
    title: 'Security groups should not allow unrestricted access to ports with high risk',
    resourceTypes: ['ec2:security-group'],
  },
  'S3.1': {
    title: 'S3 general purpose buckets should have block public access settings enabled',
    resourceTypes: ['s3:account-settings'],
  },
  'S3.2': {
    title: 'S3 general purpose buckets should block public read access',
    resourceTypes: ['s3:bucket'],
  },
  'S3.3': {
    title: 'S3 general purpose buckets should block public write access',
    resourceTypes: ['s3:bucket'],
  },
  'S3.5': {
    title: 'S3 general purpose buckets should require requests to use SSL',
    resourceTypes: ['s3:bucket'],
  },
  'S3.8': { title: 'S3 general purpose buckets should block public access', resourceTypes: ['s3:bucket'] },
  'S3.12': {
    title: 'ACLs should not be used to manage user access to S3 general purpose buckets',
    resourceTypes: ['s3:bucket'],
  },
  'S3.14': {
    title: 'S3 general purpose buckets should have versioning enabled',
    resourceTypes: ['s3:bucket'],
  },
  'S3.17': {
    title: 'S3 general purpose buckets should be encrypted at rest with AWS KMS keys',
    resourceTypes: ['s3:bucket'],
  },
  'DynamoDB.2': {
    title: 'DynamoDB tables should have point-in-time recovery enabled',
    resourceTypes: ['dynamodb:table'],
  },
  'DynamoDB.6': {
    title: 'DynamoDB tables should have deletion protection enabled',
    resourceTypes: ['dynamodb:table'],
  },
  'CloudWatch.15': {
    title: 'CloudWatch alarms should have specified actions configured',
    resourceTypes: ['cloudwatch:alarm'],
  },
  'CloudWatch.17': {
    title: 'CloudWatch alarm actions should be activated',
    resourceTypes: ['cloudwatch:alarm'],
  },
  'IAM.1': {
    title: 'IAM policies should not allow full "*" administrative privileges',
    resourceTypes: ['iam:policy'],
  },
  'IAM.3': {
    title: "IAM users' access keys should be rotated every 90 days or less",
    resourceTypes: ['iam:user'],
  },
  'IAM.4': { title: 'IAM root user access key should not exist', resourceTypes: ['iam:account'] },
  'IAM.5': {
    title: 'MFA should be enabled for all IAM users that have a console password',
    resourceTypes: ['iam:user'],
  },
  'IAM.7': {
    title: 'Password policies for IAM users should have strong configurations',
    resourceTypes: ['iam:account'],
  },
  'IAM.9': { title: 'MFA should be enabled for the root user', resourceTypes: ['iam:account'] },
  'IAM.11': {
    title: 'Ensure IAM password policy requires at least one uppercase letter',
    resourceTypes: ['iam:account'],
  },
  'IAM.12': {
    title: 'Ensure IAM password policy requires at least one lowercase letter',
    resourceTypes: ['iam:account'],
  },
  'IAM.13': {
    title: 'Ensure IAM password policy requires at least one symbol',
    resourceTypes: ['iam:account'],
  },
  'IAM.14': {
    title: 'Ensure IAM password policy requires at least one number',
    resourceTypes: ['iam:account'],
  },
  'IAM.15': {
    title: 'Ensure IAM password policy requires minimum password length of 14 or greater',
    resourceTypes: ['iam:account'],
  },
  'IAM.16': { title: 'Ensure IAM password policy prevents password reuse', resourceTypes: ['iam:account'] },
  'IAM.21': {
    title: 'IAM customer managed policies that you create should not allow wildcard actions for services',
    resourceTypes: ['iam:policy'],
  },
  'IAM.8': {
    title: 'Unused IAM user credentials should be removed',
    resourceTypes: ['iam:user'],
  },
  'IAM.22': {
    title: 'IAM user credentials unused for 45 days should be removed',
    resourceTypes: ['iam:user'],
  },
  'Lambda.1': {
    title: 'Lambda function policies should prohibit public access',
    resourceTypes: ['lambda:function'],
  },
  'Lambda.2': { title: 'Lambda functions should use supported runtimes', resourceTypes: ['lambda:function'] },
  'RDS.1': {
    title: 'RDS snapshot should be private',
    resourceTypes: ['rds:db-snapshot', 'rds:db-cluster-snapshot'],
  },
  'RDS.2': {
    title:
      'RDS DB Instances should prohibit public access, as determined by the PubliclyAccessible configuration',
    resourceTypes: ['rds:db-instance'],
  },
  'RDS.3': {
    title: 'RDS DB instances should have encryption at-rest enabled',
    resourceTypes: ['rds:db-instance'],
  },
  'RDS.7': {
    title: 'RDS clusters should have deletion protection enabled',
    resourceTypes: ['rds:db-cluster'],
  },
  'RDS.8': {
    title: 'RDS DB instances should have deletion protection enabled',
    resourceTypes: ['rds:db-instance'],
  },
  'RDS.11': {
    title: 'RDS instances should have automatic backups enabled',
    resourceTypes: ['rds:db-instance'],
  },
  'RDS.13': {
    title: 'RDS automatic minor version upgrades should be enabled',
    resourceTypes: ['rds:db-instance'],
  },
  'RDS.27': {
    title: 'RDS DB clusters should be encrypted at rest',
    resourceTypes: ['rds:db-cluster'],
  },
};

/** CIS AWS Foundations Benchmark sections (v6.0 numbering). */
export const CIS_SECTIONS: Readonly<Record<string, Control>> = {
  '4.1': { title: 'Ensure CloudTrail is enabled in all regions', resourceTypes: ['aws:account'] },
  '4.3': { title: 'Ensure AWS Config is enabled in all regions', resourceTypes: ['aws:region'] },
  '4.7': { title: 'Ensure VPC flow logging is enabled in all VPCs', resourceTypes: ['ec2:vpc'] },
  '6.3': {
    title: 'Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports',
    resourceTypes: ['ec2:security-group'],
  },
  '6.4': {
    title: 'Ensure no security groups allow ingress from ::/0 to remote server administration ports',
    resourceTypes: ['ec2:security-group'],
  },
  '6.5': {
    title: 'Ensure the default security group of every VPC restricts all traffic',
    resourceTypes: ['ec2:security-group'],
  },
  '3.1.1': { title: 'Ensure S3 Bucket Policy is set to deny HTTP requests', resourceTypes: ['s3:bucket'] },
  '3.1.4': {
    title: "Ensure that S3 is configured with 'Block Public Access' enabled",
    resourceTypes: ['s3:account-settings', 's3:bucket'],
  },
  '2.3': { title: "Ensure no 'root' user account access key exists", resourceTypes: ['iam:account'] },
  '2.4': { title: "Ensure MFA is enabled for the 'root' user account", resourceTypes: ['iam:account'] },
  '2.7': {
    title: 'Ensure IAM password policy requires minimum length of 14 or greater',
    resourceTypes: ['iam:account'],
  },
  '2.8': { title: 'Ensure IAM password policy prevents password reuse', resourceTypes: ['iam:account'] },
  '2.9': {
    title:
      'Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password',
    resourceTypes: ['iam:user'],
  },
  '2.11': {
    title: 'Ensure credentials unused for 45 days or more are disabled',
    resourceTypes: ['iam:user'],
  },
  '2.13': { title: 'Ensure access keys are rotated every 90 days or less', resourceTypes: ['iam:user'] },
  '3.2.1': {
    title: 'Ensure that encryption-at-rest is enabled for RDS instances',
    resourceTypes: ['rds:db-instance'],
  },
  '3.2.2': {
    title: 'Ensure the Auto Minor Version Upgrade feature is enabled for RDS instances',
    resourceTypes: ['rds:db-instance'],
  },
  '3.2.3': {
    title: 'Ensure that RDS instances are not publicly accessible',
    resourceTypes: ['rds:db-instance'],
  },
};
