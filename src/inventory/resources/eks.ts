import { Type } from '@sinclair/typebox';
import { Nullable, StringList, resourceSchema } from '../schema-helpers.js';

/**
 * An EKS cluster, from DescribeCluster (ListClusters gives names only). Null where the answer
 * lacked the field; every attribute unknown when DescribeCluster failed.
 */
export const EksCluster = resourceSchema('eks:cluster', {
  /** Kubernetes minor version (`1.31`). */
  version: Nullable(Type.String()),
  /** EKS platform version (`eks.12`). */
  platformVersion: Nullable(Type.String()),
  /** The API server endpoint answers from the internet. */
  endpointPublicAccess: Nullable(Type.Boolean()),
  /** Where the public endpoint accepts connections from (AWS's default: 0.0.0.0/0). */
  publicAccessCidrs: StringList,
  /** The API server answers inside the VPC. */
  endpointPrivateAccess: Nullable(Type.Boolean()),
  /** Control plane log types sent to CloudWatch Logs: api, audit, authenticator, controllerManager, scheduler. */
  enabledLogTypes: Nullable(StringList),
  /** Kubernetes secrets are envelope-encrypted with a KMS key of the account's (encryptionConfig). */
  secretsEncrypted: Nullable(Type.Boolean()),
  secretsKmsKeyArn: Nullable(Type.String()),
  /** upgradePolicy.supportType: `EXTENDED` (AWS's default) or `STANDARD`; null when not answered. */
  supportType: Nullable(Type.String()),
});

export const eksSchemas = [EksCluster] as const;
