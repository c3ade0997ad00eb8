import { rulesByFile } from '../../src/rules/catalog/index.js';
import type { Rule } from '../../src/rules/model.js';

/** The rules defined in these files of src/rules/catalog (`ec2-nat`, `iam-root`...). */
export function rulesFrom(...files: string[]): Rule[] {
  return files.flatMap((file) => {
    const rules = rulesByFile[file];
    if (rules === undefined) throw new Error(`src/rules/catalog has no rule file ${file}.ts`);
    return rules;
  });
}

/** The rules of these services: every file named after one (`iam` takes iam-root, iam-credentials...). */
export function rulesOfServices(...services: string[]): Rule[] {
  return Object.entries(rulesByFile)
    .filter(([file]) => services.some((service) => file === service || file.startsWith(`${service}-`)))
    .flatMap(([, rules]) => rules);
}
