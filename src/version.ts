export const TOOL_NAME = 'aws-audit-action';
/** Kept equal to package.json's version (a unit test checks). */
export const TOOL_VERSION = '0.1.0';
