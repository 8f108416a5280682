// The one place that loads the Terraform export bundle (dist/terraform-export.js): on the first
// export, drift report or drift fix, once. The build turns the `require` below into a `require` of that file;
// compiled by tsc (tests) it loads the module itself.

import type * as TerraformExport from '../../terraform/exportText';
import { lazyBundle } from '../../profiles/lazyBundle';

export const terraformExport = lazyBundle(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy bundle is required where first needed
  () => require('../../terraform/exportText') as typeof TerraformExport,
);
