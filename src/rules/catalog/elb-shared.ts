import type { LoadBalancerTraffic } from '../../inventory/resources/elbv2.js';
import type { RuleContext } from '../context.js';

export const ELB_DOCS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest';

/** FSBP ELB.10 and ELB.13's `minAvailabilityZones`: Security Hub's default. */
export const MIN_AVAILABILITY_ZONES = 2;

/** FSBP ELB.12 and ELB.14's `desyncMode` (not customizable). */
export const SAFE_DESYNC_MODES: readonly string[] = ['defensive', 'strictest'];

/**
 * The lowest TLS version a predefined ELB security policy accepts, from its name (AWS's naming:
 * `ELBSecurityPolicy-TLS13-1-2-...` accepts TLS 1.2 and 1.3, `-TLS-1-1-...` 1.1 and up, `-FS-1-2-...`
 * 1.2; the dated ones without a version, such as ELBSecurityPolicy-2016-08, accept TLS 1.0). Null
 * for a name of another shape (a Classic's custom policy).
 */
export function minimumTls(policy: string | null): string | null {
  if (policy === null) return null;
  const versioned = /^ELBSecurityPolicy-(?:TLS13-|TLS-|FS-)(1-[0-3])(?:-|$)/.exec(policy);
  if (versioned?.[1]) return versioned[1].replace('-', '.');
  if (/^ELBSecurityPolicy-(?:FS-)?\d{4}-\d{2}$/.test(policy)) return '1.0';
  return null;
}

/** Accepts TLS 1.0 or 1.1, both deprecated (RFC 8996). */
export const allowsOldTls = (policy: string | null): boolean =>
  ['1.0', '1.1'].includes(minimumTls(policy) ?? '');

/**
 * A running load balancer whose metrics show nothing over the whole window while it existed for
 * all of it. Unknown traffic, or a younger load balancer, is never called idle.
 */
export function isIdleLoadBalancer(
  ctx: RuleContext,
  lb: { state: string | null; createdAt: string | null },
  trafficKnown: boolean,
  traffic: LoadBalancerTraffic | null,
): boolean {
  if (!trafficKnown || traffic === null) return false;
  if (lb.state !== 'active' && lb.state !== 'active_impaired' && lb.state !== null) return false;
  const age = ctx.daysSince(lb.createdAt);
  return (
    traffic.count === 0 && (traffic.bytesProcessed ?? 0) === 0 && age !== null && age >= traffic.windowDays
  );
}

/** "no requests", "no new flows": what the metric says, for messages. */
export const nothingCarried = (traffic: LoadBalancerTraffic): string =>
  traffic.metric === 'NewFlowCount' ? 'no new flow and no byte' : 'no request';
