// Preloaded by runAction (`node --import`) into the action under test. It replaces process.env
// with a Proxy that records every read of an INPUT_* variable the environment does not hold:
// runAction sets INPUT_* for every input action.yml declares, so such a read is an input the
// action uses but never declared (on a real runner it would silently read '').
import { appendFileSync } from 'node:fs';

const VARIABLE = 'FLOWSHIP_UNDECLARED_INPUTS_FILE';
const file = process.env[VARIABLE];
// Hidden from the action, and from the processes it starts (which inherit execArgv on fork).
delete process.env[VARIABLE];

if (file) {
  const seen = new Set();
  const env = process.env;
  process.env = new Proxy(env, {
    get(target, key) {
      if (
        typeof key === 'string' &&
        key.startsWith('INPUT_') &&
        !Object.prototype.hasOwnProperty.call(target, key) &&
        !seen.has(key)
      ) {
        seen.add(key);
        // Written at once, so a crash or process.exit() loses nothing.
        appendFileSync(file, `${key}\n`);
      }
      return Reflect.get(target, key);
    },
    set(target, key, value) {
      // Through the real env object, which turns values into strings.
      target[key] = value;
      return true;
    },
  });
}
