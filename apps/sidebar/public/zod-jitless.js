// A classic script, so it runs before any module: zod reads this global config when it loads and its
// schemas then never probe `new Function`, which the app's CSP (no 'unsafe-eval') reports as a violation.
// It cannot live in the bundle: zod and the contracts may sit in a shared chunk that runs first.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
