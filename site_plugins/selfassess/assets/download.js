// Files that leave the browser: only what the person asks to download.
const TYPES = {
  json: "application/json",
  md: "text/markdown",
  csv: "text/csv",
  html: "text/html",
};

export function download(filename, text) {
  const extension = filename.split(".").pop();
  const blob = new Blob([text], { type: `${TYPES[extension] || "text/plain"};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}
