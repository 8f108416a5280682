// The Terraform export as one module — the plan from the store's snapshot, and its HCL or CDK for
// Terraform text, and the drift report between the workspace and the live inventory — so that it
// can be a bundle of its own (dist/terraform-export.js, scripts/bundles.mjs): only an export or a
// drift report needs it, never activation.
export { buildTerraformPlan } from './buildTerraformPlan';
export { renderCdktf } from './renderCdktf';
export { renderHcl } from './renderHcl';
export { driftMarkdown } from './workspace/driftMarkdown';
export { findDrift } from './workspace/findDrift';
