// The Terraform export as one module — the plan from the store's snapshot, and its HCL or CDK for
// Terraform text — so that it can be a bundle of its own (dist/terraform-export.js,
// scripts/bundles.mjs): only an export or a drift fix needs it, never activation.
export { buildTerraformPlan } from './buildTerraformPlan';
export { renderCdktf } from './renderCdktf';
export { renderHcl } from './renderHcl';
