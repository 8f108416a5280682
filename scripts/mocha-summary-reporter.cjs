// Mocha's spec reporter, plus a JSON summary written where MOCHA_SUMMARY_FILE points, so the
// test driver can add up the tiers without parsing human-readable output.
const Mocha = require('mocha');
const fs = require('node:fs');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const target = process.env.MOCHA_SUMMARY_FILE;
      if (!target) return;
      const { passes, failures, pending } = runner.stats ?? this.stats;
      fs.writeFileSync(target, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
    });
  }
}

module.exports = SummaryReporter;
