export { formatPath, describeReceived, makeIssue, issueWithText } from './issue.js';
export type { Issue, InputPath } from './issue.js';
export { ErrorCode, isErrorCode } from './error-code.js';
export { SharedServicesError, InputError, ScenarioError, InvariantError, isSharedServicesError, isScenarioError } from './errors.js';
export { assertNever } from './assert-never.js';
