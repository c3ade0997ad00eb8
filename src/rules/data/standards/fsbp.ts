// Generated from the CSV beside it by `tsx scripts/standards.ts`; do not edit by hand. Sources and caveats: README.md.

import type { FsbpControl } from './types.js';

/**
 * AWS Foundational Security Best Practices v1.0.0 controls in Security Hub, as of 2026-09-03.
 * Source: https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html
 * (via crowecawcaw/aws-docs-history; resource types from the Security Hub API export), see README.md.
 */
export const FSBP_CONTROLS: Readonly<Record<string, FsbpControl>> = {
  'Account.1': {
    title: 'Security contact information should be provided for an AWS account',
    severity: 'medium',
    resourceType: 'AWS::::Account',
  },
  'ACM.1': {
    title: 'Imported and ACM-issued certificates should be renewed after a specified time period',
    severity: 'medium',
    resourceType: 'AWS::ACM::Certificate',
  },
  'ACM.2': {
    title: 'RSA certificates managed by ACM should use a key length of at least 2,048 bits',
    severity: 'high',
    resourceType: 'AWS::ACM::Certificate',
  },
  'APIGateway.1': {
    title: 'API Gateway REST and WebSocket API execution logging should be enabled',
    severity: 'medium',
    resourceType: 'AWS::ApiGateway::Stage',
  },
  'APIGateway.2': {
    title:
      'API Gateway REST API stages should be configured to use SSL certificates for backend authentication',
    severity: 'medium',
    resourceType: 'AWS::ApiGateway::Stage',
  },
  'APIGateway.3': {
    title: 'API Gateway REST API stages should have AWS X-Ray tracing enabled',
    severity: 'low',
    resourceType: 'AWS::ApiGateway::Stage',
  },
  'APIGateway.4': {
    title: 'API Gateway should be associated with a WAF Web ACL',
    severity: 'medium',
    resourceType: 'AWS::ApiGateway::Stage',
  },
  'APIGateway.5': {
    title: 'API Gateway REST API cache data should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::ApiGateway::Stage',
  },
  'APIGateway.8': {
    title: 'API Gateway routes should specify an authorization type',
    severity: 'medium',
    resourceType: 'AWS::ApiGatewayV2::Route',
  },
  'APIGateway.9': {
    title: 'Access logging should be configured for API Gateway V2 Stages',
    severity: 'medium',
    resourceType: 'AWS::ApiGatewayV2::Stage',
  },
  'APIGateway.10': {
    title: 'API Gateway V2 integrations should use HTTPS for private connections',
    severity: 'medium',
    resourceType: 'AWS::ApiGatewayV2::Integration',
  },
  'APIGateway.11': {
    title: 'API Gateway domain names should use recommended security policies',
    severity: 'medium',
    resourceType: 'AWS::ApiGateway::DomainName',
  },
  'AppSync.2': {
    title: 'AWS AppSync should have field-level logging enabled',
    severity: 'medium',
    resourceType: 'AWS::AppSync::GraphQLApi',
  },
  'AppSync.5': {
    title: 'AWS AppSync GraphQL APIs should not be authenticated with API keys',
    severity: 'high',
    resourceType: 'AWS::AppSync::GraphQLApi',
  },
  'Athena.4': {
    title: 'Athena workgroups should have logging enabled',
    severity: 'medium',
    resourceType: 'AWS::Athena::WorkGroup',
  },
  'AutoScaling.1': {
    title: 'Auto Scaling groups associated with a load balancer should use ELB health checks',
    severity: 'low',
    resourceType: 'AWS::AutoScaling::AutoScalingGroup',
  },
  'AutoScaling.2': {
    title: 'Amazon EC2 Auto Scaling group should cover multiple Availability Zones',
    severity: 'medium',
    resourceType: 'AWS::AutoScaling::AutoScalingGroup',
  },
  'AutoScaling.3': {
    title:
      'Auto Scaling group launch configurations should configure EC2 instances to require Instance Metadata Service Version 2 (IMDSv2)',
    severity: 'high',
    resourceType: 'AWS::AutoScaling::LaunchConfiguration',
  },
  'Autoscaling.5': {
    title:
      'Amazon EC2 instances launched using Auto Scaling group launch configurations should not have Public IP addresses',
    severity: 'high',
    resourceType: 'AWS::AutoScaling::LaunchConfiguration',
  },
  'AutoScaling.6': {
    title: 'Auto Scaling groups should use multiple instance types in multiple Availability Zones',
    severity: 'medium',
    resourceType: 'AWS::AutoScaling::AutoScalingGroup',
  },
  'AutoScaling.9': {
    title: 'EC2 Auto Scaling groups should use EC2 launch templates',
    severity: 'medium',
    resourceType: 'AWS::AutoScaling::AutoScalingGroup',
  },
  'Backup.1': {
    title: 'AWS Backup recovery points should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::Backup::RecoveryPoint',
  },
  'BedrockAgentCore.1': {
    title: 'Bedrock AgentCore runtimes should be configured with VPC network mode',
    severity: 'high',
    resourceType: 'AWS::BedrockAgentCore::Runtime',
  },
  'BedrockAgentCore.2': {
    title: 'Bedrock AgentCore Gateways should require authorization for inbound requests',
    severity: 'high',
    resourceType: 'AWS::BedrockAgentCore::Gateway',
  },
  'BedrockAgentCore.5': {
    title: 'Bedrock AgentCore custom browsers should not use public network mode',
    severity: 'high',
    resourceType: 'AWS::BedrockAgentCore::BrowserCustom',
  },
  'BedrockAgentCore.6': {
    title: 'Bedrock AgentCore custom browsers should have session recording enabled',
    severity: 'medium',
    resourceType: 'AWS::BedrockAgentCore::BrowserCustom',
  },
  'CloudFormation.3': {
    title: 'CloudFormation stacks should have termination protection enabled',
    severity: 'medium',
    resourceType: 'AWS::CloudFormation::Stack',
  },
  'CloudFormation.4': {
    title: 'CloudFormation stacks should have associated service roles',
    severity: 'medium',
    resourceType: 'AWS::CloudFormation::Stack',
  },
  'CloudFront.1': {
    title: 'CloudFront distributions should have a default root object configured',
    severity: 'high',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.3': {
    title: 'CloudFront distributions should require encryption in transit',
    severity: 'medium',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.4': {
    title: 'CloudFront distributions should have origin failover configured',
    severity: 'low',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.5': {
    title: 'CloudFront distributions should have logging enabled',
    severity: 'medium',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.6': {
    title: 'CloudFront distributions should have WAF enabled',
    severity: 'medium',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.7': {
    title: 'CloudFront distributions should use custom SSL/TLS certificates',
    severity: 'low',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.8': {
    title: 'CloudFront distributions should use SNI to serve HTTPS requests',
    severity: 'low',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.9': {
    title: 'CloudFront distributions should encrypt traffic to custom origins',
    severity: 'medium',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.10': {
    title:
      'CloudFront distributions should not use deprecated SSL protocols between edge locations and custom origins',
    severity: 'medium',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.12': {
    title: 'CloudFront distributions should not point to non-existent S3 origins',
    severity: 'high',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.13': {
    title: 'CloudFront distributions should use origin access control',
    severity: 'medium',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.15': {
    title: 'CloudFront distributions should use the recommended TLS security policy',
    severity: 'medium',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.16': {
    title: 'CloudFront distributions should use origin access control for Lambda function URL origins',
    severity: 'medium',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudFront.17': {
    title: 'CloudFront distributions should use trusted key groups for signed URLs and cookies',
    severity: 'medium',
    resourceType: 'AWS::CloudFront::Distribution',
  },
  'CloudTrail.1': {
    title:
      'CloudTrail should be enabled and configured with at least one multi-Region trail that includes read and write management events',
    severity: 'high',
    resourceType: 'AWS::::Account',
  },
  'CloudTrail.2': {
    title: 'CloudTrail should have encryption at-rest enabled',
    severity: 'medium',
    resourceType: 'AWS::CloudTrail::Trail',
  },
  'CloudTrail.4': {
    title: 'CloudTrail log file validation should be enabled',
    severity: 'low',
    resourceType: 'AWS::CloudTrail::Trail',
  },
  'CloudTrail.5': {
    title: 'CloudTrail trails should be integrated with Amazon CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::CloudTrail::Trail',
  },
  'CodeBuild.1': {
    title: 'CodeBuild Bitbucket source repository URLs should not contain sensitive credentials',
    severity: 'critical',
    resourceType: 'AWS::CodeBuild::Project',
  },
  'CodeBuild.2': {
    title: 'CodeBuild project environment variables should not contain clear text credentials',
    severity: 'critical',
    resourceType: 'AWS::CodeBuild::Project',
  },
  'CodeBuild.3': {
    title: 'CodeBuild S3 logs should be encrypted',
    severity: 'low',
    resourceType: 'AWS::CodeBuild::Project',
  },
  'CodeBuild.4': {
    title: 'CodeBuild project environments should have a logging configuration',
    severity: 'medium',
    resourceType: 'AWS::CodeBuild::Project',
  },
  'CodeBuild.7': {
    title: 'CodeBuild report group exports should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::CodeBuild::ReportGroup',
  },
  'Cognito.1': {
    title:
      'Cognito user pools should have threat protection activated with full function enforcement mode for standard authentication',
    severity: 'medium',
    resourceType: 'AWS::Cognito::UserPool',
  },
  'Cognito.2': {
    title: 'Cognito identity pools should not allow unauthenticated identities',
    severity: 'medium',
    resourceType: 'AWS::Cognito::IdentityPool',
  },
  'Cognito.3': {
    title: 'Password policies for Cognito user pools should have strong configurations',
    severity: 'medium',
    resourceType: 'AWS::Cognito::UserPool',
  },
  'Cognito.4': {
    title:
      'Cognito user pools should have threat protection activated with full function enforcement mode for custom authentication',
    severity: 'medium',
    resourceType: 'AWS::Cognito::UserPool',
  },
  'Cognito.5': {
    title: 'MFA should be enabled for Cognito user pools',
    severity: 'medium',
    resourceType: 'AWS::Cognito::UserPool',
  },
  'Cognito.6': {
    title: 'Cognito user pools should have deletion protection enabled',
    severity: 'medium',
    resourceType: 'AWS::Cognito::UserPool',
  },
  'Config.1': {
    title: 'AWS Config should be enabled and use the service-linked role for resource recording',
    severity: 'critical',
    resourceType: 'AWS::::Account',
  },
  'Connect.2': {
    title: 'Amazon Connect instances should have CloudWatch logging enabled',
    severity: 'medium',
    resourceType: 'AWS::Connect::Instance',
  },
  'DataFirehose.1': {
    title: 'Firehose delivery streams should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::KinesisFirehose::DeliveryStream',
  },
  'DataSync.1': {
    title: 'DataSync tasks should have logging enabled',
    severity: 'medium',
    resourceType: 'AWS::DataSync::Task',
  },
  'DMS.1': {
    title: 'Database Migration Service replication instances should not be public',
    severity: 'critical',
    resourceType: 'AWS::DMS::ReplicationInstance',
  },
  'DMS.6': {
    title: 'DMS replication instances should have automatic minor version upgrade enabled',
    severity: 'medium',
    resourceType: 'AWS::DMS::ReplicationInstance',
  },
  'DMS.7': {
    title: 'DMS replication tasks for the target database should have logging enabled',
    severity: 'medium',
    resourceType: 'AWS::DMS::ReplicationTask',
  },
  'DMS.8': {
    title: 'DMS replication tasks for the source database should have logging enabled',
    severity: 'medium',
    resourceType: 'AWS::DMS::ReplicationTask',
  },
  'DMS.9': { title: 'DMS endpoints should use SSL', severity: 'medium', resourceType: 'AWS::DMS::Endpoint' },
  'DMS.10': {
    title: 'DMS endpoints for Neptune databases should have IAM authorization enabled',
    severity: 'medium',
    resourceType: 'AWS::DMS::Endpoint',
  },
  'DMS.11': {
    title: 'DMS endpoints for MongoDB should have an authentication mechanism enabled',
    severity: 'medium',
    resourceType: 'AWS::DMS::Endpoint',
  },
  'DMS.12': {
    title: 'DMS endpoints for Redis OSS should have TLS enabled',
    severity: 'medium',
    resourceType: 'AWS::DMS::Endpoint',
  },
  'DMS.13': {
    title: 'DMS replication instances should be configured to use multiple Availability Zones',
    severity: 'medium',
    resourceType: 'AWS::DMS::ReplicationInstance',
  },
  'DocumentDB.1': {
    title: 'Amazon DocumentDB clusters should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'DocumentDB.2': {
    title: 'Amazon DocumentDB clusters should have an adequate backup retention period',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'DocumentDB.3': {
    title: 'Amazon DocumentDB manual cluster snapshots should not be public',
    severity: 'critical',
    resourceType: 'AWS::RDS::DBClusterSnapshot',
  },
  'DocumentDB.4': {
    title: 'Amazon DocumentDB clusters should publish audit logs to CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'DocumentDB.5': {
    title: 'Amazon DocumentDB clusters should have deletion protection enabled',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'DocumentDB.6': {
    title: 'Amazon DocumentDB clusters should be encrypted in transit',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'DynamoDB.1': {
    title: 'DynamoDB tables should automatically scale capacity with demand',
    severity: 'medium',
    resourceType: 'AWS::DynamoDB::Table',
  },
  'DynamoDB.2': {
    title: 'DynamoDB tables should have point-in-time recovery enabled',
    severity: 'medium',
    resourceType: 'AWS::DynamoDB::Table',
  },
  'DynamoDB.3': {
    title: 'DynamoDB Accelerator (DAX) clusters should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::DAX::Cluster',
  },
  'DynamoDB.6': {
    title: 'DynamoDB tables should have deletion protection enabled',
    severity: 'medium',
    resourceType: 'AWS::DynamoDB::Table',
  },
  'DynamoDB.7': {
    title: 'DynamoDB Accelerator clusters should be encrypted in transit',
    severity: 'medium',
    resourceType: 'AWS::DynamoDB::Table',
  },
  'EC2.1': {
    title: 'Amazon EBS snapshots should not be configured to be publicly restorable',
    severity: 'critical',
    resourceType: 'AWS::::Account',
  },
  'EC2.2': {
    title: 'VPC default security groups should not allow inbound or outbound traffic',
    severity: 'high',
    resourceType: 'AWS::EC2::SecurityGroup',
  },
  'EC2.3': {
    title: 'Attached EBS volumes should be encrypted at-rest',
    severity: 'medium',
    resourceType: 'AWS::EC2::Volume',
  },
  'EC2.4': {
    title: 'Stopped EC2 instances should be removed after a specified time period',
    severity: 'medium',
    resourceType: 'AWS::EC2::Instance',
  },
  'EC2.6': {
    title: 'VPC flow logging should be enabled in all VPCs',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPC',
  },
  'EC2.7': {
    title: 'EBS default encryption should be enabled',
    severity: 'medium',
    resourceType: 'AWS::::Account',
  },
  'EC2.8': {
    title: 'EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)',
    severity: 'high',
    resourceType: 'AWS::EC2::Instance',
  },
  'EC2.9': {
    title: 'EC2 instances should not have a public IPv4 address',
    severity: 'high',
    resourceType: 'AWS::EC2::Instance',
  },
  'EC2.10': {
    title: 'Amazon EC2 should be configured to use VPC endpoints that are created for the Amazon EC2 service',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPC',
  },
  'EC2.15': {
    title: 'EC2 subnets should not automatically assign public IP addresses',
    severity: 'medium',
    resourceType: 'AWS::EC2::Subnet',
  },
  'EC2.16': {
    title: 'Unused Network Access Control Lists should be removed',
    severity: 'low',
    resourceType: 'AWS::EC2::NetworkAcl',
  },
  'EC2.17': {
    title: 'EC2 instances should not use multiple ENIs',
    severity: 'low',
    resourceType: 'AWS::EC2::Instance',
  },
  'EC2.18': {
    title: 'Security groups should only allow unrestricted incoming traffic for authorized ports',
    severity: 'high',
    resourceType: 'AWS::EC2::SecurityGroup',
  },
  'EC2.19': {
    title: 'Security groups should not allow unrestricted access to ports with high risk',
    severity: 'critical',
    resourceType: 'AWS::EC2::SecurityGroup',
  },
  'EC2.20': {
    title: 'Both VPN tunnels for an AWS Site-to-Site VPN connection should be up',
    severity: 'medium',
    resourceType: 'AWS::EC2::Volume',
  },
  'EC2.21': {
    title: 'Network ACLs should not allow ingress from 0.0.0.0/0 to port 22 or port 3389',
    severity: 'medium',
    resourceType: 'AWS::EC2::Volume',
  },
  'EC2.23': {
    title: 'EC2 Transit Gateways should not automatically accept VPC attachment requests',
    severity: 'high',
    resourceType: 'AWS::EC2::Volume',
  },
  'EC2.24': {
    title: 'EC2 paravirtual instance types should not be used',
    severity: 'medium',
    resourceType: 'AWS::EC2::Volume',
  },
  'EC2.25': {
    title: 'EC2 launch templates should not assign public IPs to network interfaces',
    severity: 'high',
    resourceType: 'AWS::EC2::Volume',
  },
  'EC2.51': {
    title: 'EC2 Client VPN endpoints should have client connection logging enabled',
    severity: 'low',
    resourceType: 'AWS::EC2::ClientVpnEndpoint',
  },
  'EC2.55': {
    title: 'VPCs should be configured with an interface endpoint for ECR API',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPC',
  },
  'EC2.56': {
    title: 'VPCs should be configured with an interface endpoint for Docker Registry',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPC',
  },
  'EC2.57': {
    title: 'VPCs should be configured with an interface endpoint for Systems Manager',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPC',
  },
  'EC2.58': {
    title:
      'VPCs should be configured with an interface endpoint for Systems Manager Incident Manager Contacts',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPC',
  },
  'EC2.60': {
    title: 'VPCs should be configured with an interface endpoint for Systems Manager Incident Manager',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPC',
  },
  'EC2.170': {
    title: 'EC2 launch templates should use Instance Metadata Service Version 2 (IMDSv2)',
    severity: 'low',
    resourceType: 'AWS::EC2::LaunchTemplate',
  },
  'EC2.171': {
    title: 'EC2 VPN connections should have logging enabled',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPNConnection',
  },
  'EC2.172': {
    title: 'EC2 VPC Block Public Access settings should block internet gateway traffic',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPCBlockPublicAccessOptions',
  },
  'EC2.173': {
    title: 'EC2 Spot Fleet requests with launch parameters should enable encryption for attached EBS volumes',
    severity: 'medium',
    resourceType: 'AWS::EC2::SpotFleet',
  },
  'EC2.180': {
    title: 'EC2 network interfaces should have source/destination checking enabled',
    severity: 'medium',
    resourceType: 'AWS::EC2::NetworkInterface',
  },
  'EC2.181': {
    title: 'EC2 launch templates should enable encryption for attached EBS volumes',
    severity: 'medium',
    resourceType: 'AWS::EC2::LaunchTemplate',
  },
  'EC2.182': {
    title: 'Block public access settings should be enabled for Amazon EBS snapshots',
    severity: 'high',
    resourceType: 'AWS::EC2::SnapshotBlockPublicAccess',
  },
  'EC2.183': {
    title: 'EC2 VPN connections should use IKEv2 protocol',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPNConnection',
  },
  'ECR.1': {
    title: 'ECR private repositories should have image scanning configured',
    severity: 'high',
    resourceType: 'AWS::ECR::Repository',
  },
  'ECR.2': {
    title: 'ECR private repositories should have tag immutability configured',
    severity: 'medium',
    resourceType: 'AWS::ECR::Repository',
  },
  'ECR.3': {
    title: 'ECR repositories should have at least one lifecycle policy configured',
    severity: 'medium',
    resourceType: 'AWS::ECR::Repository',
  },
  'ECS.2': {
    title: 'ECS services should not have public IP addresses assigned to them automatically',
    severity: 'high',
    resourceType: 'AWS::ECS::Service',
  },
  'ECS.3': {
    title: "ECS task definitions should not share the host's process namespace",
    severity: 'high',
    resourceType: 'AWS::ECS::TaskDefinition',
  },
  'ECS.4': {
    title: 'ECS containers should run as non-privileged',
    severity: 'high',
    resourceType: 'AWS::ECS::TaskDefinition',
  },
  'ECS.5': {
    title:
      'ECS task definitions should configure containers to be limited to read-only access to root filesystems',
    severity: 'high',
    resourceType: 'AWS::ECS::TaskDefinition',
  },
  'ECS.8': {
    title: 'Secrets should not be passed as container environment variables',
    severity: 'high',
    resourceType: 'AWS::ECS::TaskDefinition',
  },
  'ECS.9': {
    title: 'ECS task definitions should have a logging configuration',
    severity: 'high',
    resourceType: 'AWS::ECS::TaskDefinition',
  },
  'ECS.10': {
    title: 'ECS Fargate services should run on the latest Fargate platform version',
    severity: 'medium',
    resourceType: 'AWS::ECS::Service',
  },
  'ECS.12': {
    title: 'ECS clusters should use Container Insights',
    severity: 'medium',
    resourceType: 'AWS::ECS::Cluster',
  },
  'ECS.16': {
    title: 'ECS task sets should not automatically assign public IP addresses',
    severity: 'high',
    resourceType: 'AWS::ECS::TaskSet',
  },
  'ECS.18': {
    title: 'ECS Task Definitions should use in-transit encryption for EFS volumes',
    severity: 'medium',
    resourceType: 'AWS::ECS::TaskDefinition',
  },
  'ECS.19': {
    title: 'ECS capacity providers should have managed termination protection enabled',
    severity: 'medium',
    resourceType: 'AWS::ECS::CapacityProvider',
  },
  'ECS.20': {
    title: 'ECS Task Definitions should configure non-root users in Linux container definitions',
    severity: 'medium',
    resourceType: 'AWS::ECS::TaskDefinition',
  },
  'ECS.21': {
    title: 'ECS Task Definitions should configure non-administrator users in Windows container definitions',
    severity: 'medium',
    resourceType: 'AWS::ECS::TaskDefinition',
  },
  'EFS.1': {
    title: 'Elastic File System should be configured to encrypt file data at-rest using AWS KMS',
    severity: 'medium',
    resourceType: 'AWS::EFS::FileSystem',
  },
  'EFS.2': {
    title: 'Amazon EFS volumes should be in backup plans',
    severity: 'medium',
    resourceType: 'AWS::EFS::FileSystem',
  },
  'EFS.3': {
    title: 'EFS access points should enforce a root directory',
    severity: 'medium',
    resourceType: 'AWS::EFS::AccessPoint',
  },
  'EFS.4': {
    title: 'EFS access points should enforce a user identity',
    severity: 'medium',
    resourceType: 'AWS::EFS::AccessPoint',
  },
  'EFS.7': {
    title: 'EFS file systems should have automatic backups enabled',
    severity: 'medium',
    resourceType: 'AWS::EFS::FileSystem',
  },
  'EFS.8': {
    title: 'EFS file systems should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::EFS::FileSystem',
  },
  'EKS.1': {
    title: 'EKS cluster endpoints should not be publicly accessible',
    severity: 'high',
    resourceType: 'AWS::EKS::Cluster',
  },
  'EKS.2': {
    title: 'EKS clusters should run on a supported Kubernetes version',
    severity: 'high',
    resourceType: 'AWS::EKS::Cluster',
  },
  'EKS.3': {
    title: 'EKS clusters should use encrypted Kubernetes secrets',
    severity: 'medium',
    resourceType: 'AWS::EKS::Cluster',
  },
  'EKS.8': {
    title: 'EKS clusters should have audit logging enabled',
    severity: 'medium',
    resourceType: 'AWS::EKS::Cluster',
  },
  'EKS.9': {
    title: 'EKS node groups should run on a supported Kubernetes version',
    severity: 'high',
    resourceType: 'AWS::EKS::Nodegroup',
  },
  'ElastiCache.1': {
    title: 'ElastiCache (Redis OSS) clusters should have automatic backups enabled',
    severity: 'high',
    resourceType: 'AWS::ElastiCache::CacheCluster',
  },
  'ElastiCache.2': {
    title: 'ElastiCache clusters should have automatic minor version upgrades enabled',
    severity: 'high',
    resourceType: 'AWS::ElastiCache::CacheCluster',
  },
  'ElastiCache.3': {
    title: 'ElastiCache replication groups should have automatic failover enabled',
    severity: 'medium',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
  },
  'ElastiCache.4': {
    title: 'ElastiCache replication groups should be encrypted-at-rest',
    severity: 'medium',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
  },
  'ElastiCache.5': {
    title: 'ElastiCache replication groups should be encrypted-in-transit',
    severity: 'medium',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
  },
  'ElastiCache.6': {
    title:
      'ElastiCache (Redis OSS) replication groups of earlier versions should have Redis OSS AUTH enabled',
    severity: 'medium',
    resourceType: 'AWS::ElastiCache::ReplicationGroup',
  },
  'ElastiCache.7': {
    title: 'ElastiCache clusters should not use the default subnet group',
    severity: 'high',
    resourceType: 'AWS::ElastiCache::CacheCluster',
  },
  'ElasticBeanstalk.1': {
    title: 'Elastic Beanstalk environments should have enhanced health reporting enabled',
    severity: 'low',
    resourceType: 'AWS::ElasticBeanstalk::Environment',
  },
  'ElasticBeanstalk.2': {
    title: 'Elastic Beanstalk managed platform updates should be enabled',
    severity: 'high',
    resourceType: 'AWS::ElasticBeanstalk::Environment',
  },
  'ElasticBeanstalk.3': {
    title: 'Elastic Beanstalk should stream logs to CloudWatch',
    severity: 'high',
    resourceType: 'AWS::ElasticBeanstalk::Environment',
  },
  'ELB.1': {
    title: 'Application Load Balancer should be configured to redirect all HTTP requests to HTTPS',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  },
  'ELB.2': {
    title:
      'Classic Load Balancers with SSL/HTTPS listeners should use a certificate provided by AWS Certificate Manager',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  },
  'ELB.3': {
    title: 'Classic Load Balancer listeners should be configured with HTTPS or TLS termination',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  },
  'ELB.4': {
    title: 'Application Load Balancer should be configured to drop http headers',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  },
  'ELB.5': {
    title: 'Application and Classic Load Balancers logging should be enabled',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  },
  'ELB.6': {
    title: 'Application, Gateway, and Network Load Balancers should have deletion protection enabled',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  },
  'ELB.7': {
    title: 'Classic Load Balancers should have connection draining enabled',
    severity: 'low',
    resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  },
  'ELB.8': {
    title:
      'Classic Load Balancers with SSL listeners should use a predefined security policy that has strong configuration',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  },
  'ELB.9': {
    title: 'Classic Load Balancers should have cross-zone load balancing enabled',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  },
  'ELB.10': {
    title: 'Classic Load Balancer should span multiple Availability Zones',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  },
  'ELB.12': {
    title:
      'Application Load Balancer should be configured with defensive or strictest desync mitigation mode',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  },
  'ELB.13': {
    title: 'Application, Network and Gateway Load Balancers should span multiple Availability Zones',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  },
  'ELB.14': {
    title: 'Classic Load Balancer should be configured with defensive or strictest desync mitigation mode',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  },
  'ELB.17': {
    title: 'Application and Network Load Balancers with listeners should use recommended security policies',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
  },
  'ELB.18': {
    title:
      'Application and Network Load Balancer listeners should use secure protocols to encrypt data in transit',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
  },
  'ELB.21': {
    title: 'Application and Network Load Balancer target groups should use encrypted health check protocols',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  },
  'ELB.22': {
    title: 'ELB target groups should use encrypted transport protocols',
    severity: 'medium',
    resourceType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  },
  'EMR.1': {
    title: 'Amazon EMR cluster primary nodes should not have public IP addresses',
    severity: 'high',
    resourceType: 'AWS::EMR::Cluster',
  },
  'EMR.2': {
    title: 'Amazon EMR block public access setting should be enabled',
    severity: 'critical',
    resourceType: 'AWS::::Account',
  },
  'EMR.3': {
    title: 'Amazon EMR security configurations should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::EMR::SecurityConfiguration',
  },
  'EMR.4': {
    title: 'Amazon EMR security configurations should be encrypted in transit',
    severity: 'medium',
    resourceType: 'AWS::EMR::SecurityConfiguration',
  },
  'ES.1': {
    title: 'Elasticsearch domains should have encryption at-rest enabled',
    severity: 'medium',
    resourceType: 'AWS::Elasticsearch::Domain',
  },
  'ES.2': {
    title: 'Elasticsearch domains should not be publicly accessible',
    severity: 'critical',
    resourceType: 'AWS::Elasticsearch::Domain',
  },
  'ES.3': {
    title: 'Elasticsearch domains should encrypt data sent between nodes',
    severity: 'medium',
    resourceType: 'AWS::Elasticsearch::Domain',
  },
  'ES.4': {
    title: 'Elasticsearch domain error logging to CloudWatch Logs should be enabled',
    severity: 'medium',
    resourceType: 'AWS::Elasticsearch::Domain',
  },
  'ES.5': {
    title: 'Elasticsearch domains should have audit logging enabled',
    severity: 'medium',
    resourceType: 'AWS::Elasticsearch::Domain',
  },
  'ES.6': {
    title: 'Elasticsearch domains should have at least three data nodes',
    severity: 'medium',
    resourceType: 'AWS::Elasticsearch::Domain',
  },
  'ES.7': {
    title: 'Elasticsearch domains should be configured with at least three dedicated master nodes',
    severity: 'medium',
    resourceType: 'AWS::Elasticsearch::Domain',
  },
  'ES.8': {
    title: 'Connections to Elasticsearch domains should be encrypted using the latest TLS security policy',
    severity: 'medium',
    resourceType: 'AWS::Elasticsearch::Domain',
  },
  'EventBridge.3': {
    title: 'EventBridge custom event buses should have a resource-based policy attached',
    severity: 'low',
    resourceType: 'AWS::Events::EventBus',
  },
  'FSx.1': {
    title: 'FSx for OpenZFS file systems should be configured to copy tags to backups and volumes',
    severity: 'low',
    resourceType: 'AWS::FSx::FileSystem',
  },
  'FSx.2': {
    title: 'FSx for Lustre file systems should be configured to copy tags to backups',
    severity: 'low',
    resourceType: 'AWS::FSx::FileSystem',
  },
  'FSx.3': {
    title: 'FSx for OpenZFS file systems should be configured for Multi-AZ deployment',
    severity: 'medium',
    resourceType: 'AWS::FSx::FileSystem',
  },
  'FSx.4': {
    title: 'FSx for NetApp ONTAP file systems should be configured for Multi-AZ deployment',
    severity: 'medium',
    resourceType: 'AWS::FSx::FileSystem',
  },
  'FSx.5': {
    title: 'FSx for Windows File Server file systems should be configured for Multi-AZ deployment',
    severity: 'medium',
    resourceType: 'AWS::FSx::FileSystem',
  },
  'Glue.3': {
    title: 'AWS Glue machine learning transforms should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::Glue::MLTransform',
  },
  'Glue.4': {
    title: 'AWS Glue Spark jobs should run on supported versions of AWS Glue',
    severity: 'medium',
    resourceType: 'AWS::Glue::Job',
  },
  'GuardDuty.1': { title: 'GuardDuty should be enabled', severity: 'high', resourceType: 'AWS::::Account' },
  'GuardDuty.5': {
    title: 'GuardDuty EKS Audit Log Monitoring should be enabled',
    severity: 'high',
    resourceType: 'AWS::GuardDuty::Detector',
  },
  'GuardDuty.6': {
    title: 'GuardDuty Lambda Protection should be enabled',
    severity: 'high',
    resourceType: 'AWS::GuardDuty::Detector',
  },
  'GuardDuty.7': {
    title: 'GuardDuty EKS Runtime Monitoring should be enabled',
    severity: 'high',
    resourceType: 'AWS::GuardDuty::Detector',
  },
  'GuardDuty.8': {
    title: 'GuardDuty Malware Protection for EC2 should be enabled',
    severity: 'high',
    resourceType: 'AWS::GuardDuty::Detector',
  },
  'GuardDuty.9': {
    title: 'GuardDuty RDS Protection should be enabled',
    severity: 'high',
    resourceType: 'AWS::GuardDuty::Detector',
  },
  'GuardDuty.10': {
    title: 'GuardDuty S3 Protection should be enabled',
    severity: 'high',
    resourceType: 'AWS::GuardDuty::Detector',
  },
  'GuardDuty.11': {
    title: 'GuardDuty Runtime Monitoring should be enabled',
    severity: 'high',
    resourceType: 'AWS::GuardDuty::Detector',
  },
  'GuardDuty.12': {
    title: 'GuardDuty ECS Runtime Monitoring should be enabled',
    severity: 'medium',
    resourceType: 'AWS::GuardDuty::Detector',
  },
  'GuardDuty.13': {
    title: 'GuardDuty EC2 Runtime Monitoring should be enabled',
    severity: 'medium',
    resourceType: 'AWS::GuardDuty::Detector',
  },
  'IAM.1': {
    title: 'IAM policies should not allow full "*" administrative privileges',
    severity: 'high',
    resourceType: 'AWS::IAM::Policy',
  },
  'IAM.2': {
    title: 'IAM users should not have IAM policies attached',
    severity: 'low',
    resourceType: 'AWS::IAM::User',
  },
  'IAM.3': {
    title: "IAM users' access keys should be rotated every 90 days or less",
    severity: 'medium',
    resourceType: 'AWS::IAM::User',
  },
  'IAM.4': {
    title: 'IAM root user access key should not exist',
    severity: 'critical',
    resourceType: 'AWS::::Account',
  },
  'IAM.5': {
    title: 'MFA should be enabled for all IAM users that have a console password',
    severity: 'medium',
    resourceType: 'AWS::IAM::User',
  },
  'IAM.6': {
    title: 'Hardware MFA should be enabled for the root user',
    severity: 'critical',
    resourceType: 'AWS::::Account',
  },
  'IAM.7': {
    title: 'Password policies for IAM users should have strong configurations',
    severity: 'medium',
    resourceType: 'AWS::::Account',
  },
  'IAM.8': {
    title: 'Unused IAM user credentials should be removed',
    severity: 'medium',
    resourceType: 'AWS::IAM::User',
  },
  'IAM.21': {
    title: 'IAM customer managed policies that you create should not allow wildcard actions for services',
    severity: 'low',
    resourceType: 'AWS::IAM::Policy',
  },
  'Inspector.1': {
    title: 'Amazon Inspector EC2 scanning should be enabled',
    severity: 'high',
    resourceType: 'AWS::::Account',
  },
  'Inspector.2': {
    title: 'Amazon Inspector ECR scanning should be enabled',
    severity: 'high',
    resourceType: 'AWS::::Account',
  },
  'Inspector.3': {
    title: 'Amazon Inspector Lambda code scanning should be enabled',
    severity: 'high',
    resourceType: 'AWS::::Account',
  },
  'Inspector.4': {
    title: 'Amazon Inspector Lambda standard scanning should be enabled',
    severity: 'high',
    resourceType: 'AWS::::Account',
  },
  'Kinesis.1': {
    title: 'Kinesis streams should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::Kinesis::Stream',
  },
  'Kinesis.3': {
    title: 'Kinesis streams should have an adequate data retention period',
    severity: 'medium',
    resourceType: 'AWS::Kinesis::Stream',
  },
  'KMS.1': {
    title: 'IAM customer managed policies should not allow decryption actions on all KMS keys',
    severity: 'medium',
    resourceType: 'AWS::IAM::Policy',
  },
  'KMS.2': {
    title: 'IAM principals should not have IAM inline policies that allow decryption actions on all KMS keys',
    severity: 'medium',
    resourceType: 'AWS::IAM::Group',
  },
  'KMS.3': {
    title: 'AWS KMS keys should not be deleted unintentionally',
    severity: 'critical',
    resourceType: 'AWS::KMS::Key',
  },
  'KMS.5': {
    title: 'KMS keys should not be publicly accessible',
    severity: 'critical',
    resourceType: 'AWS::KMS::Key',
  },
  'Lambda.1': {
    title: 'Lambda function policies should prohibit public access',
    severity: 'critical',
    resourceType: 'AWS::Lambda::Function',
  },
  'Lambda.2': {
    title: 'Lambda functions should use supported runtimes',
    severity: 'medium',
    resourceType: 'AWS::Lambda::Function',
  },
  'Lambda.5': {
    title: 'VPC Lambda functions should operate in multiple Availability Zones',
    severity: 'medium',
    resourceType: 'AWS::Lambda::Function',
  },
  'Macie.1': { title: 'Amazon Macie should be enabled', severity: 'medium', resourceType: 'AWS::::Account' },
  'Macie.2': {
    title: 'Macie automated sensitive data discovery should be enabled',
    severity: 'high',
    resourceType: 'AWS::::Account',
  },
  'MQ.2': {
    title: 'ActiveMQ brokers should stream audit logs to CloudWatch',
    severity: 'medium',
    resourceType: 'AWS::AmazonMQ::Broker',
  },
  'MSK.1': {
    title: 'MSK clusters should be encrypted in transit among broker nodes',
    severity: 'medium',
    resourceType: 'AWS::MSK::Cluster',
  },
  'MSK.3': {
    title: 'MSK Connect connectors should be encrypted in transit',
    severity: 'medium',
    resourceType: 'AWS::KafkaConnect::Connector',
  },
  'MSK.4': {
    title: 'MSK clusters should have public access disabled',
    severity: 'critical',
    resourceType: 'AWS::MSK::Cluster',
  },
  'MSK.5': {
    title: 'MSK connectors should have logging enabled',
    severity: 'medium',
    resourceType: 'AWS::KafkaConnect::Connector',
  },
  'MSK.6': {
    title: 'MSK clusters should disable unauthenticated access',
    severity: 'medium',
    resourceType: 'AWS::MSK::Cluster',
  },
  'Neptune.1': {
    title: 'Neptune DB clusters should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'Neptune.2': {
    title: 'Neptune DB clusters should publish audit logs to CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'Neptune.3': {
    title: 'Neptune DB cluster snapshots should not be public',
    severity: 'critical',
    resourceType: 'AWS::RDS::DBClusterSnapshot',
  },
  'Neptune.4': {
    title: 'Neptune DB clusters should have deletion protection enabled',
    severity: 'low',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'Neptune.5': {
    title: 'Neptune DB clusters should have automated backups enabled',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'Neptune.6': {
    title: 'Neptune DB cluster snapshots should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBClusterSnapshot',
  },
  'Neptune.7': {
    title: 'Neptune DB clusters should have IAM database authentication enabled',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'Neptune.8': {
    title: 'Neptune DB clusters should be configured to copy tags to snapshots',
    severity: 'low',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'NetworkFirewall.2': {
    title: 'Network Firewall logging should be enabled',
    severity: 'medium',
    resourceType: 'AWS::NetworkFirewall::LoggingConfiguration',
  },
  'NetworkFirewall.3': {
    title: 'Network Firewall policies should have at least one rule group associated',
    severity: 'medium',
    resourceType: 'AWS::NetworkFirewall::FirewallPolicy',
  },
  'NetworkFirewall.4': {
    title:
      'The default stateless action for Network Firewall policies should be drop or forward for full packets',
    severity: 'medium',
    resourceType: 'AWS::NetworkFirewall::FirewallPolicy',
  },
  'NetworkFirewall.5': {
    title:
      'The default stateless action for Network Firewall policies should be drop or forward for fragmented packets',
    severity: 'medium',
    resourceType: 'AWS::NetworkFirewall::FirewallPolicy',
  },
  'NetworkFirewall.6': {
    title: 'Stateless network firewall rule group should not be empty',
    severity: 'medium',
    resourceType: 'AWS::NetworkFirewall::RuleGroup',
  },
  'NetworkFirewall.9': {
    title: 'Network Firewall firewalls should have deletion protection enabled',
    severity: 'medium',
    resourceType: 'AWS::NetworkFirewall::Firewall',
  },
  'NetworkFirewall.10': {
    title: 'Network Firewall firewalls should have subnet change protection enabled',
    severity: 'medium',
    resourceType: 'AWS::NetworkFirewall::Firewall',
  },
  'Opensearch.1': {
    title: 'OpenSearch domains should have encryption at rest enabled',
    severity: 'medium',
    resourceType: 'AWS::OpenSearch::Domain',
  },
  'Opensearch.2': {
    title: 'OpenSearch domains should not be publicly accessible',
    severity: 'critical',
    resourceType: 'AWS::OpenSearch::Domain',
  },
  'Opensearch.3': {
    title: 'OpenSearch domains should encrypt data sent between nodes',
    severity: 'medium',
    resourceType: 'AWS::OpenSearch::Domain',
  },
  'Opensearch.4': {
    title: 'OpenSearch domain error logging to CloudWatch Logs should be enabled',
    severity: 'medium',
    resourceType: 'AWS::OpenSearch::Domain',
  },
  'Opensearch.5': {
    title: 'OpenSearch domains should have audit logging enabled',
    severity: 'medium',
    resourceType: 'AWS::OpenSearch::Domain',
  },
  'Opensearch.6': {
    title: 'OpenSearch domains should have at least three data nodes',
    severity: 'medium',
    resourceType: 'AWS::OpenSearch::Domain',
  },
  'Opensearch.7': {
    title: 'OpenSearch domains should have fine-grained access control enabled',
    severity: 'high',
    resourceType: 'AWS::OpenSearch::Domain',
  },
  'Opensearch.8': {
    title: 'Connections to OpenSearch domains should be encrypted using the latest TLS security policy',
    severity: 'medium',
    resourceType: 'AWS::OpenSearch::Domain',
  },
  'Opensearch.10': {
    title: 'OpenSearch domains should have the latest software update installed',
    severity: 'medium',
    resourceType: 'AWS::OpenSearch::Domain',
  },
  'PCA.1': {
    title: 'AWS Private CA root certificate authority should be disabled',
    severity: 'low',
    resourceType: 'AWS::ACMPCA::CertificateAuthority',
  },
  'RDS.1': {
    title: 'RDS snapshot should be private',
    severity: 'critical',
    resourceType: 'AWS::RDS::DBClusterSnapshot',
  },
  'RDS.2': {
    title:
      'RDS DB Instances should prohibit public access, as determined by the PubliclyAccessible configuration',
    severity: 'critical',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.3': {
    title: 'RDS DB instances should have encryption at-rest enabled',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.4': {
    title: 'RDS cluster snapshots and database snapshots should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBClusterSnapshot',
  },
  'RDS.5': {
    title: 'RDS DB instances should be configured with multiple Availability Zones',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.6': {
    title: 'Enhanced monitoring should be configured for RDS DB instances',
    severity: 'low',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.7': {
    title: 'RDS clusters should have deletion protection enabled',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.8': {
    title: 'RDS DB instances should have deletion protection enabled',
    severity: 'low',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.9': {
    title: 'RDS DB instances should publish logs to CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.10': {
    title: 'IAM authentication should be configured for RDS instances',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.11': {
    title: 'RDS instances should have automatic backups enabled',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.12': {
    title: 'IAM authentication should be configured for RDS clusters',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.13': {
    title: 'RDS automatic minor version upgrades should be enabled',
    severity: 'high',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.14': {
    title: 'Amazon Aurora clusters should have backtracking enabled',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.15': {
    title: 'RDS DB clusters should be configured for multiple Availability Zones',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.16': {
    title: 'Aurora DB clusters should be configured to copy tags to DB snapshots',
    severity: 'low',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.17': {
    title: 'RDS DB instances should be configured to copy tags to snapshots',
    severity: 'low',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.19': {
    title: 'Existing RDS event notification subscriptions should be configured for critical cluster events',
    severity: 'low',
    resourceType: 'AWS::RDS::EventSubscription',
  },
  'RDS.20': {
    title:
      'Existing RDS event notification subscriptions should be configured for critical database instance events',
    severity: 'low',
    resourceType: 'AWS::RDS::EventSubscription',
  },
  'RDS.21': {
    title:
      'An RDS event notifications subscription should be configured for critical database parameter group events',
    severity: 'low',
    resourceType: 'AWS::RDS::EventSubscription',
  },
  'RDS.22': {
    title:
      'An RDS event notifications subscription should be configured for critical database security group events',
    severity: 'low',
    resourceType: 'AWS::RDS::EventSubscription',
  },
  'RDS.23': {
    title: 'RDS instances should not use a database engine default port',
    severity: 'low',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.24': {
    title: 'RDS Database Clusters should use a custom administrator username',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.25': {
    title: 'RDS database instances should use a custom administrator username',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.27': {
    title: 'RDS DB clusters should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.34': {
    title: 'Aurora MySQL DB clusters should publish audit logs to CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.35': {
    title: 'RDS DB clusters should have automatic minor version upgrade enabled',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.36': {
    title: 'RDS for PostgreSQL DB instances should publish logs to CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.37': {
    title: 'Aurora PostgreSQL DB clusters should publish logs to CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.38': {
    title: 'RDS for PostgreSQL DB instances should be encrypted in transit',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.39': {
    title: 'RDS for MySQL DB instances should be encrypted in transit',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.40': {
    title: 'RDS for SQL Server DB instances should publish logs to CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.41': {
    title: 'RDS for SQL Server DB instances should be encrypted in transit',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.42': {
    title: 'RDS for MariaDB DB instances should publish logs to CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.43': {
    title: 'RDS DB proxies should require TLS encryption for connections',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBProxy',
  },
  'RDS.44': {
    title: 'RDS for MariaDB DB instances should be encrypted in transit',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.45': {
    title: 'Aurora MySQL DB clusters should have audit logging enabled',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.46': {
    title: 'RDS DB instances should not be deployed in public subnets with routes to internet gateways',
    severity: 'high',
    resourceType: 'AWS::RDS::DBInstance',
  },
  'RDS.47': {
    title: 'RDS for PostgreSQL DB clusters should be configured to copy tags to DB snapshots',
    severity: 'low',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.48': {
    title: 'RDS for MySQL DB clusters should be configured to copy tags to DB snapshots',
    severity: 'low',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.50': {
    title: 'RDS DB clusters should have enough backup retention period set',
    severity: 'medium',
    resourceType: 'AWS::RDS::DBCluster',
  },
  'RDS.51': {
    title: 'RDS global clusters should run on a supported Aurora MySQL version',
    severity: 'high',
    resourceType: 'AWS::RDS::GlobalCluster',
  },
  'Redshift.1': {
    title: 'Amazon Redshift clusters should prohibit public access',
    severity: 'critical',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'Redshift.2': {
    title: 'Connections to Amazon Redshift clusters should be encrypted in transit',
    severity: 'medium',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'Redshift.3': {
    title: 'Amazon Redshift clusters should have automatic snapshots enabled',
    severity: 'medium',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'Redshift.4': {
    title: 'Amazon Redshift clusters should have audit logging enabled',
    severity: 'medium',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'Redshift.6': {
    title: 'Amazon Redshift should have automatic upgrades to major versions enabled',
    severity: 'medium',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'Redshift.7': {
    title: 'Redshift clusters should use enhanced VPC routing',
    severity: 'medium',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'Redshift.8': {
    title: 'Amazon Redshift clusters should not use the default Admin username',
    severity: 'medium',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'Redshift.10': {
    title: 'Redshift clusters should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'Redshift.15': {
    title: 'Redshift security groups should allow ingress on the cluster port only from restricted origins',
    severity: 'high',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'Redshift.18': {
    title: 'Redshift clusters should have Multi-AZ deployments enabled',
    severity: 'medium',
    resourceType: 'AWS::Redshift::Cluster',
  },
  'RedshiftServerless.1': {
    title: 'Amazon Redshift Serverless workgroups should use enhanced VPC routing',
    severity: 'high',
    resourceType: 'AWS::RedshiftServerless::Workgroup',
  },
  'RedshiftServerless.2': {
    title: 'Connections to Redshift Serverless workgroups should be required to use SSL',
    severity: 'medium',
    resourceType: 'AWS::RedshiftServerless::Workgroup',
  },
  'RedshiftServerless.3': {
    title: 'Redshift Serverless workgroups should prohibit public access',
    severity: 'high',
    resourceType: 'AWS::RedshiftServerless::Workgroup',
  },
  'RedshiftServerless.5': {
    title: 'Redshift Serverless namespaces should not use the default admin username',
    severity: 'medium',
    resourceType: 'AWS::RedshiftServerless::Namespace',
  },
  'RedshiftServerless.6': {
    title: 'Redshift Serverless namespaces should export logs to CloudWatch Logs',
    severity: 'medium',
    resourceType: 'AWS::RedshiftServerless::Namespace',
  },
  'Route53.2': {
    title: 'Route 53 public hosted zones should log DNS queries',
    severity: 'medium',
    resourceType: 'AWS::Route53::HostedZone',
  },
  'S3.1': {
    title: 'S3 general purpose buckets should have block public access settings enabled',
    severity: 'medium',
    resourceType: 'AWS::::Account',
  },
  'S3.2': {
    title: 'S3 general purpose buckets should block public read access',
    severity: 'critical',
    resourceType: 'AWS::S3::Bucket',
  },
  'S3.3': {
    title: 'S3 general purpose buckets should block public write access',
    severity: 'critical',
    resourceType: 'AWS::S3::Bucket',
  },
  'S3.5': {
    title: 'S3 general purpose buckets should require requests to use SSL',
    severity: 'medium',
    resourceType: 'AWS::S3::Bucket',
  },
  'S3.6': {
    title: 'S3 general purpose bucket policies should restrict access to other AWS accounts',
    severity: 'high',
    resourceType: 'AWS::S3::Bucket',
  },
  'S3.8': {
    title: 'S3 general purpose buckets should block public access',
    severity: 'high',
    resourceType: 'AWS::S3::Bucket',
  },
  'S3.9': {
    title: 'S3 general purpose buckets should have server access logging enabled',
    severity: 'medium',
    resourceType: 'AWS::S3::Bucket',
  },
  'S3.12': {
    title: 'ACLs should not be used to manage user access to S3 general purpose buckets',
    severity: 'medium',
    resourceType: 'AWS::S3::Bucket',
  },
  'S3.13': {
    title: 'S3 general purpose buckets should have Lifecycle configurations',
    severity: 'low',
    resourceType: 'AWS::S3::Bucket',
  },
  'S3.19': {
    title: 'S3 access points should have block public access settings enabled',
    severity: 'critical',
    resourceType: 'AWS::S3::AccessPoint',
  },
  'S3.24': {
    title: 'S3 Multi-Region Access Points should have block public access settings enabled',
    severity: 'high',
    resourceType: 'AWS::S3::MultiRegionAccessPoint',
  },
  'S3.25': {
    title: 'S3 directory buckets should have lifecycle configurations',
    severity: 'low',
    resourceType: 'AWS::S3Express::DirectoryBucket',
  },
  'SageMaker.1': {
    title: 'Amazon SageMaker notebook instances should not have direct internet access',
    severity: 'high',
    resourceType: 'AWS::SageMaker::NotebookInstance',
  },
  'SageMaker.2': {
    title: 'SageMaker notebook instances should be launched in a custom VPC',
    severity: 'high',
    resourceType: 'AWS::SageMaker::NotebookInstance',
  },
  'SageMaker.3': {
    title: 'Users should not have root access to SageMaker notebook instances',
    severity: 'high',
    resourceType: 'AWS::SageMaker::NotebookInstance',
  },
  'SageMaker.4': {
    title: 'SageMaker endpoint production variants should have an initial instance count greater than 1',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::EndpointConfig',
  },
  'SageMaker.5': {
    title: 'SageMaker models should have network isolation enabled',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::Model',
  },
  'SageMaker.8': {
    title: 'SageMaker notebook instances should run on supported platforms',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::NotebookInstance',
  },
  'SageMaker.9': {
    title: 'SageMaker data quality job definitions should have inter-container traffic encryption enabled',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::DataQualityJobDefinition',
  },
  'SageMaker.10': {
    title:
      'SageMaker model explainability job definitions should have inter-container traffic encryption enabled',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::ModelExplainabilityJobDefinition',
  },
  'SageMaker.11': {
    title: 'SageMaker data quality job definitions should have network isolation enabled',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::DataQualityJobDefinition',
  },
  'SageMaker.12': {
    title: 'SageMaker model bias job definitions should have network isolation enabled',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::ModelBiasJobDefinition',
  },
  'SageMaker.13': {
    title: 'SageMaker model quality job definitions should have inter-container traffic encryption enabled',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::ModelQualityJobDefinition',
  },
  'SageMaker.14': {
    title: 'SageMaker monitoring schedules should have network isolation enabled',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::MonitoringSchedule',
  },
  'SageMaker.15': {
    title: 'SageMaker model bias job definitions should have inter-container traffic encryption enabled',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::ModelBiasJobDefinition',
  },
  'SageMaker.16': {
    title: 'SageMaker models should use private registry in VPC for primary containers',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::Model',
  },
  'SageMaker.17': {
    title: 'SageMaker feature group offline stores should be encrypted with AWS KMS keys',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::FeatureGroup',
  },
  'SageMaker.19': {
    title: 'SageMaker models should use private registry in VPC for multi-container inference pipelines',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::Model',
  },
  'SecretsManager.1': {
    title: 'Secrets Manager secrets should have automatic rotation enabled',
    severity: 'medium',
    resourceType: 'AWS::SecretsManager::Secret',
  },
  'SecretsManager.2': {
    title: 'Secrets Manager secrets configured with automatic rotation should rotate successfully',
    severity: 'medium',
    resourceType: 'AWS::SecretsManager::Secret',
  },
  'SecretsManager.3': {
    title: 'Remove unused Secrets Manager secrets',
    severity: 'medium',
    resourceType: 'AWS::SecretsManager::Secret',
  },
  'SecretsManager.4': {
    title: 'Secrets Manager secrets should be rotated within a specified number of days',
    severity: 'medium',
    resourceType: 'AWS::SecretsManager::Secret',
  },
  'ServiceCatalog.1': {
    title: 'Service Catalog portfolios should be shared within an AWS organization only',
    severity: 'medium',
    resourceType: 'AWS::ServiceCatalog::Portfolio',
  },
  'SES.3': {
    title: 'SES configuration sets should have TLS enabled for sending emails',
    severity: 'medium',
    resourceType: 'AWS::SES::ConfigurationSet',
  },
  'SNS.4': {
    title: 'SNS topic access policies should not allow public access',
    severity: 'critical',
    resourceType: 'AWS::SNS::Topic',
  },
  'SQS.1': {
    title: 'Amazon SQS queues should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::SQS::Queue',
  },
  'SQS.3': {
    title: 'SQS queue access policies should not allow public access',
    severity: 'critical',
    resourceType: 'AWS::SQS::Queue',
  },
  'SSM.1': {
    title: 'EC2 instances should be managed by AWS Systems Manager',
    severity: 'medium',
    resourceType: 'AWS::EC2::Instance',
  },
  'SSM.2': {
    title:
      'EC2 instances managed by Systems Manager should have a patch compliance status of COMPLIANT after a patch installation',
    severity: 'high',
    resourceType: 'AWS::SSM::PatchCompliance',
  },
  'SSM.3': {
    title:
      'EC2 instances managed by Systems Manager should have an association compliance status of COMPLIANT',
    severity: 'low',
    resourceType: 'AWS::SSM::AssociationCompliance',
  },
  'SSM.4': {
    title: 'SSM documents should not be public',
    severity: 'critical',
    resourceType: 'AWS::SSM::Document',
  },
  'SSM.6': {
    title: 'SSM Automation should have CloudWatch logging enabled',
    severity: 'medium',
    resourceType: 'AWS::::Account',
  },
  'SSM.7': {
    title: 'SSM documents should have the block public sharing setting enabled',
    severity: 'critical',
    resourceType: 'AWS::::Account',
  },
  'StepFunctions.1': {
    title: 'Step Functions state machines should have logging turned on',
    severity: 'medium',
    resourceType: 'AWS::StepFunctions::StateMachine',
  },
  'Transfer.2': {
    title: 'Transfer Family servers should not use FTP protocol for endpoint connection',
    severity: 'medium',
    resourceType: 'AWS::Transfer::Server',
  },
  'Transfer.3': {
    title: 'Transfer Family connectors should have logging enabled',
    severity: 'medium',
    resourceType: 'AWS::Transfer::Connector',
  },
  'WAF.1': {
    title: 'AWS WAF Classic Global Web ACL logging should be enabled',
    severity: 'medium',
    resourceType: 'AWS::WAF::WebACL',
  },
  'WAF.2': {
    title: 'AWS WAF Classic Regional rules should have at least one condition',
    severity: 'medium',
    resourceType: 'AWS::WAFRegional::Rule',
  },
  'WAF.3': {
    title: 'AWS WAF Classic Regional rule groups should have at least one rule',
    severity: 'medium',
    resourceType: 'AWS::WAFRegional::RuleGroup',
  },
  'WAF.4': {
    title: 'AWS WAF Classic Regional web ACLs should have at least one rule or rule group',
    severity: 'medium',
    resourceType: 'AWS::WAFRegional::WebACL',
  },
  'WAF.6': {
    title: 'AWS WAF Classic global rules should have at least one condition',
    severity: 'medium',
    resourceType: 'AWS::WAF::Rule',
  },
  'WAF.7': {
    title: 'AWS WAF Classic global rule groups should have at least one rule',
    severity: 'medium',
    resourceType: 'AWS::WAF::RuleGroup',
  },
  'WAF.8': {
    title: 'AWS WAF Classic global web ACLs should have at least one rule or rule group',
    severity: 'medium',
    resourceType: 'AWS::WAF::WebACL',
  },
  'WAF.10': {
    title: 'AWS WAF web ACLs should have at least one rule or rule group',
    severity: 'medium',
    resourceType: 'AWS::WAFv2::WebACL',
  },
  'WAF.12': {
    title: 'AWS WAF rules should have CloudWatch metrics enabled',
    severity: 'medium',
    resourceType: 'AWS::WAFv2::RuleGroup',
  },
  'WorkSpaces.1': {
    title: 'WorkSpaces user volumes should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::WorkSpaces::Workspace',
  },
  'WorkSpaces.2': {
    title: 'WorkSpaces root volumes should be encrypted at rest',
    severity: 'medium',
    resourceType: 'AWS::WorkSpaces::Workspace',
  },
};
