import { call } from '../api';
import type { ExportedFile, SaveOutcome } from '@shared/api/contract';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Browser mode has no save dialog: hand the file to the browser as a download. */
function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  queueMicrotask(() => URL.revokeObjectURL(url));
}

/** Saves an exported file: a save dialog in the desktop app, a download in browser mode. */
export async function saveExportedFile(file: ExportedFile): Promise<SaveOutcome> {
  const outcome = await call('files.save', { fileName: file.fileName, base64: file.base64 });
  if (outcome.status === 'download') download(file);
  return outcome;
}

/** A chosen file's bytes as base64, the way the API carries uploads. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
