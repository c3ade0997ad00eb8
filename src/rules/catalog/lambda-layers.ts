/** Lambda: layers published by accounts outside the audit. */
import { defineRule, type RuleHit } from '../model.js';

/**
 * Accounts AWS publishes layers from, each checked against AWS's own documentation: a layer of
 * theirs is AWS code, not a third party's. Region-specific publishers are listed as documented.
 */
const AWS_LAYER_ACCOUNTS: Readonly<Record<string, string>> = {
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Lambda-Insights-extension-versions.html
  '580247275435': 'CloudWatch Lambda Insights',
  '012438385374': 'CloudWatch Lambda Insights (af-south-1)',
  '519774774795': 'CloudWatch Lambda Insights (ap-east-1)',
  '891564319516': 'CloudWatch Lambda Insights (ap-south-2)',
  '439286490199': 'CloudWatch Lambda Insights (ap-southeast-3)',
  '194566237122': 'CloudWatch Lambda Insights (ap-northeast-3)',
  // https://docs.aws.amazon.com/powertools/python/latest/ and .../powertools/typescript/latest/
  '017000801446': 'Powertools for AWS Lambda (Python)',
  '094274105915': 'Powertools for AWS Lambda (TypeScript)',
};

/** A layer version ARN's parts: arn:PARTITION:lambda:REGION:ACCOUNT:layer:NAME:VERSION. */
function layerOf(arn: string): { account: string; name: string; version: string } | null {
  const parts = arn.split(':');
  if (parts[0] !== 'arn' || parts[2] !== 'lambda' || parts[5] !== 'layer' || parts.length < 7) return null;
  return { account: parts[4] ?? '', name: parts[6] ?? '', version: parts[7] ?? '' };
}

export const layerFromOtherAccount = defineRule(
  {
    id: 'lambda.layer-from-other-account',
    title: 'Lambda function uses a layer published by an account outside the audit',
    severity: 'medium',
    category: 'security',
    resourceType: 'lambda:function',
    reads: ['lambda:function'],
    description:
      "A function uses a layer version whose ARN names an account that is neither the function's own, nor another account of this audit, nor an account AWS publishes layers from (CloudWatch Lambda Insights, Powertools for AWS Lambda, as AWS documents them). Vendor layers (monitoring agents and the like) are reported too, with their account id: trust is the owner's decision, and a trusted vendor's findings can be suppressed. Prowler's awslambda_function_using_cross_account_layers.",
    risk: "A layer's code runs inside the function with its role's permissions and sees every event and environment variable. Its publisher can delete or stop sharing the version (the next deployment fails), and whoever controls that account controls code in yours the next time a version is pinned.",
    remediation: {
      text: 'Confirm the publisher is one you trust. Otherwise copy the layer into this account (or bundle its code with the function) and pin that version; review new versions before moving to them.',
      cli: 'aws lambda get-function-configuration --region {region} --function-name {name} --query Layers',
      console: 'Lambda console > Functions > the function > Code > Layers',
    },
    references: {
      docs: [
        'https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html',
        'https://docs.aws.amazon.com/lambda/latest/dg/permissions-layer-cross-account.html',
      ],
    },
  },
  (ctx) => {
    const audited = new Set(ctx.accounts());
    return ctx
      .resources('lambda:function')
      .filter((fn) => ctx.known(fn, 'layers'))
      .flatMap((fn): RuleHit[] => {
        const foreign = fn.attributes.layers.flatMap((arn) => {
          const layer = layerOf(arn);
          if (!layer || layer.account === fn.account || audited.has(layer.account)) return [];
          if (AWS_LAYER_ACCOUNTS[layer.account] !== undefined) return [];
          return [{ arn, ...layer }];
        });
        if (foreign.length === 0) return [];
        return [
          {
            target: fn,
            message: `Function ${fn.id} uses ${foreign.length === 1 ? 'a layer' : `${foreign.length} layers`} published by another account: ${foreign.map((l) => `${l.name}:${l.version} from account ${l.account}`).join(', ')}.`,
            evidence: {
              layers: foreign.map((l) => ({
                arn: l.arn,
                account: l.account,
                name: l.name,
                version: l.version,
              })),
              accounts: [...new Set(foreign.map((l) => l.account))].sort(),
            },
          },
        ];
      });
  },
);
