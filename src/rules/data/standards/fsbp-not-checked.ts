/**
 * Why an FSBP control of a service the scan reads is not checked (docs/rules.md shows it). A test
 * holds this to the catalog: every control of those services is cited by a rule or listed here,
 * never both.
 */
/** FSBP's control prefixes for the services the scan reads. */
export const FSBP_SCANNED_SERVICES = [
  'Account',
  'ACM',
  'APIGateway',
  'CloudFront',
  'CloudTrail',
  'CloudWatch',
  'Cognito',
  'Config',
  'DynamoDB',
  'EC2',
  'ECR',
  'ECS',
  'EKS',
  'ELB',
  'GuardDuty',
  'IAM',
  'KMS',
  'Lambda',
  'RDS',
  'Route53',
  'S3',
  'SNS',
  'SQS',
  'SecretsManager',
  'SSM',
  'WAF',
] as const;

export const FSBP_NOT_CHECKED: Readonly<Record<string, string>> = {
  'SSM.2':
    "about patch compliance after patching: needs Systems Manager's compliance summaries (ListResourceComplianceSummaries per region), not read yet",
  'SSM.3':
    'about State Manager association compliance: needs the compliance summaries, not read yet (as SSM.2)',
  'SSM.6':
    'about Automation logging to CloudWatch Logs: needs the service setting /ssm/automation/customer-script-log-destination (one more GetServiceSetting per region), not read yet',
  'WAF.1': 'WAF Classic not scanned (only WAFv2 web ACLs are read)',
  'WAF.2': 'WAF Classic not scanned (only WAFv2 web ACLs are read)',
  'WAF.3': 'WAF Classic not scanned (only WAFv2 web ACLs are read)',
  'WAF.4': 'WAF Classic not scanned (only WAFv2 web ACLs are read)',
  'WAF.6': 'WAF Classic not scanned (only WAFv2 web ACLs are read)',
  'WAF.7': 'WAF Classic not scanned (only WAFv2 web ACLs are read)',
  'WAF.8': 'WAF Classic not scanned (only WAFv2 web ACLs are read)',
  'WAF.12':
    "about WAFv2 rule groups' CloudWatch metrics: rule groups are not read (ListRuleGroups and a GetRuleGroup each); wafv2.web-acl-metrics-off judges the web ACLs' own rules",
  'DynamoDB.1': "needs Application Auto Scaling's scalable targets (another service's read), not read yet",
  'DynamoDB.3': 'about DynamoDB Accelerator (DAX) clusters: the DAX API is not scanned',
  'DynamoDB.7': 'about DynamoDB Accelerator (DAX) clusters: the DAX API is not scanned',
  'EC2.10':
    'advice for VPC interface endpoints (billed per AZ-hour) that would fire on every VPC: planned as an opt-in rule (one DescribeVpcEndpoints per region)',
  'EC2.55': 'same as EC2.10 (ECR API endpoint): planned as an opt-in rule',
  'EC2.56': 'same as EC2.10 (Docker registry endpoint): planned as an opt-in rule',
  'EC2.57': 'same as EC2.10 (Systems Manager endpoint): planned as an opt-in rule',
  'EC2.58': 'same as EC2.10 (Incident Manager Contacts endpoint): planned as an opt-in rule',
  'EC2.60': 'same as EC2.10 (Incident Manager endpoint): planned as an opt-in rule',
  'EC2.20':
    'Site-to-Site VPN tunnels: DescribeVpnConnections is not read yet (one call per region covers EC2.20, .171 and .183)',
  'EC2.171': 'Site-to-Site VPN tunnel logging: DescribeVpnConnections is not read yet',
  'EC2.183': 'Site-to-Site VPN IKE versions: DescribeVpnConnections is not read yet',
  'EC2.51': 'Client VPN endpoints: DescribeClientVpnEndpoints is not read yet',
  'EC2.173': 'Spot Fleet requests (a legacy API): DescribeSpotFleetRequests is not read',
  'GuardDuty.7':
    'an EKS plan: EKS clusters are scanned, but the GuardDuty rules do not judge EKS Runtime Monitoring yet',
  'EKS.9': 'about node groups: ListNodegroups and a DescribeNodegroup each are not read yet (clusters only)',
  'GuardDuty.11': 'Runtime Monitoring: its agent-management configurations per platform are not read yet',
  'GuardDuty.12':
    "ECS Runtime Monitoring: the feature's configuration is not read yet (ECS clusters are scanned, so whether the account runs what it protects is known)",
  'ECS.19':
    'capacity providers (managed termination protection of their Auto Scaling groups): DescribeCapacityProviders is not read yet (one call per region; clusters list their providers by name only)',
  'GuardDuty.13':
    "EC2 Runtime Monitoring's agent management: the feature's additional configurations are not read yet",
  'RDS.38': 'TLS enforced (rds.force_ssl) is a DB parameter group setting: parameter groups are not read yet',
  'RDS.39': 'TLS enforced (require_secure_transport) is a DB parameter group setting: not read yet',
  'RDS.41': 'TLS enforced (rds.force_ssl) is a DB parameter group setting: not read yet',
  'RDS.44': 'TLS enforced (require_secure_transport) is a DB parameter group setting: not read yet',
  'RDS.45': 'audit logging (server_audit_logging) is a DB cluster parameter group setting: not read yet',
  'RDS.51': 'Aurora global clusters: DescribeGlobalClusters and a supported-version table are not read yet',
  'S3.25': 'S3 directory buckets (S3 Express One Zone): ListDirectoryBuckets is not read',
  'CloudFront.4':
    'origin failover is advice for availability with no security or cost signal on most sites: not checked',
  'CloudFront.7':
    'a custom certificate matters only with alternate domain names, which need one anyway: not checked',
  'CloudFront.15':
    'its list of recommended TLS policies could not be confirmed; cloudfront.viewer-tls-outdated judges TLS below 1.2 instead, uncited',
  'CloudFront.17':
    'trusted key groups for signed URLs: cache behaviors\u2019 trusted signers are not read yet',
  // ELB.16 (Application Load Balancers associated with a WAF web ACL) is not listed: our FSBP table
  // does not hold it (AWS gives it NIST 800-53 only). elbv2.alb-without-waf checks it, uncited.
};
