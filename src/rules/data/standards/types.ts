/** A Security Hub control of the AWS Foundational Security Best Practices standard. */
export interface FsbpControl {
  title: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  /** The first resource type AWS lists for the control (`AWS::EC2::SecurityGroup`, `AWS::::Account`). */
  resourceType: string;
}

/** A recommendation of the CIS AWS Foundations Benchmark. */
export interface CisSection {
  title: string;
  level: 1 | 2;
  automated: boolean;
  /** The Security Hub controls AWS maps to it, if any. */
  securityHub: string[];
}
