/**
 * Saves a Blob as a file: an object URL on a temporary <a download>, clicked, then released. The
 * only DOM part of the exports (table-export.ts builds the contents).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the URL after the click returns; release it once that has happened.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
