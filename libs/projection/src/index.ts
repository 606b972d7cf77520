/**
 * @veraz/projection: the public projection of an S1 v2 declaration, i.e. the exact part of a filing that may
 * be published through the PDN's S1 API (S1-NOTES §b.4 and the decisions of the reference examples), and a
 * guard that lists every place of a public item that breaks those rules.
 */
export { projectPublic, publicMetadata, PROJECTION_RULES_VERSION, type S1ItemLike } from './project-public';
export { privacyViolations, privacyFindings, type PrivacyFinding } from './privacy';
export { foldText } from './shared';
