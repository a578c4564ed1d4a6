import type { Reporter, TestModule } from 'vitest/node';

// The store suite must run on both stores: a project that ran nothing, or skipped anything, fails CI.
const STORE_PROJECTS = ['store:pglite', 'store:postgres'];

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function tally(modules: ReadonlyArray<TestModule>): Map<string, Tally> {
  const byProject = new Map<string, Tally>();
  for (const module of modules) {
    const counts = byProject.get(module.project.name) ?? { passed: 0, failed: 0, skipped: 0 };
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') counts.failed += 1;
      else counts.skipped += 1;
    }
    byProject.set(module.project.name, counts);
  }
  return byProject;
}

export default class StoreSuiteReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const byProject = tally(modules);
    const lines = [...byProject].map(([name, t]) => `  ${name.padEnd(16)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
    console.log(`\nBy project:\n${lines.join('\n')}`);
    const filtered = process.argv.slice(2).some((arg) => !arg.startsWith('-') && arg !== 'run');
    if (!filtered) {
      for (const name of STORE_PROJECTS) {
        const t = byProject.get(name);
        if (!t || t.passed === 0 || t.skipped > 0) {
          console.error(`The store suite did not run completely on ${name}: CI requires both stores.`);
          process.exitCode = 1;
        }
      }
    }
    const total = [...byProject.values()].reduce(
      (sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }),
      { passed: 0, failed: 0, skipped: 0 },
    );
    console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  }
}
