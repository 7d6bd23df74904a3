import type { ExportFile } from './formats.ts';

/** Saves a file through the browser's download (an extension page needs no permission for it). */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(
    new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }),
  );
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = file.filename;
  anchor.style.display = 'none';
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started by now; revoking later frees the blob without cutting it short.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
