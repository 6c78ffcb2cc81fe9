// Saves data as a file through the browser's download (an anchor with a download name), for scenario files,
// results and chart images. No server is involved.

/** Downloads the data at `url` (a data: or blob: URL) as `fileName`. */
export function downloadUrl(fileName: string, url: string): void {
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Downloads `text` as `fileName` with the given media type. */
export function downloadText(fileName: string, text: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  downloadUrl(fileName, url);
  // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
