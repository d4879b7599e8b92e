// The part of lib/sites an end-to-end test runs inside a replica page (bundled by ./site-code.ts).
export { adapterById } from '../../lib/sites/registry';
export { editorsIn } from '../../lib/sites/editors';
