import type { Rule } from '../model.js';
import { ec2NetworkRules } from './ec2-network.js';

/** Every rule. A rule family is one file in this folder and one line here. */
export const catalog: readonly Rule[] = [...ec2NetworkRules];
