export * from './pdf-signer';
export * from './pdf';
export { describeP12, generateSelfSignedP12, P12Error, type P12ErrorCode } from './p12';
export * from './efirma';
export * from './chain';
export * from './crl';
export { generateTestAuthority, generateTestCrl, type TestAuthority } from './test-authorities';
export { verifyCms, type CmsVerification } from './cms';
