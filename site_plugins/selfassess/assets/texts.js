// The page's texts, as the build ships them from the language's catalogue: the "browser.*"
// texts and `plural_one`, the counts that take the "one" form of a plural text.

/** The text `key` with its {placeholders} filled in; a plural text takes the form of `count`. */
export function uiText(ui, key, values) {
  let entry = ui[key];
  if (typeof entry !== "string") entry = ui.plural_one.includes(values.count) ? entry.one : entry.other;
  return entry.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}
