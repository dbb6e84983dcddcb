// Where answers live in this browser: one localStorage entry per bank id and version.
export function storageKey(bankId, version) {
  return `selfassess:${bankId}:${version}`;
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

export function save(key, response) {
  try {
    localStorage.setItem(key, JSON.stringify(response));
    return true;
  } catch (error) {
    return false;
  }
}

export function forget(key) {
  localStorage.removeItem(key);
}
