// Where answers live in this browser: one localStorage entry per bank id and version.
// Storage may be full or disabled (private modes, policies): every access is guarded.
const PREFIX = "selfassess:";

export function storageKey(bankId, version) {
  return `${PREFIX}${bankId}:${version}`;
}

export function answeredCount(response) {
  const answers = (response && response.answers) || {};
  return Object.values(answers).filter((answer) => answer !== null && answer !== undefined).length;
}

export function load(key) {
  try {
    return JSON.parse(localStorage.getItem(key));
  } catch (error) {
    return null;
  }
}

/** Save `response`; false when the browser refused (full or disabled storage). */
export function save(key, response) {
  try {
    localStorage.setItem(key, JSON.stringify(response));
    return true;
  } catch (error) {
    return false;
  }
}

export function forget(key) {
  try {
    localStorage.removeItem(key);
  } catch (error) {
    // Disabled storage holds nothing to forget.
  }
}

/** The latest saved answers to another version of `bankId`, with their key, or null. */
export function otherVersion(bankId, currentKey) {
  let found = null;
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key === currentKey || !key.startsWith(storageKey(bankId, ""))) continue;
      const saved = load(key);
      if (saved && saved.answers && (!found || String(saved.updated) > String(found.saved.updated))) {
        found = { key, saved };
      }
    }
  } catch (error) {
    return null;
  }
  return found;
}

/** Remove every entry this site keeps: answers, and the theme's preferences under `scope`. */
export function eraseAll(scope) {
  const keys = [];
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key.startsWith(PREFIX) || key.startsWith(`${scope}.`)) keys.push(key);
    }
    for (const key of keys) localStorage.removeItem(key);
  } catch (error) {
    return 0;
  }
  return keys.length;
}
