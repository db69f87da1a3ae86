/**
 * What the pages and the service worker say to each other about the offline copy. A page posts
 * a command to the active worker; the worker answers every open page on the BroadcastChannel
 * with its status, again on every change (each file saved, a new build installed).
 */
export const OFFLINE_CHANNEL = 'notes-offline';

export type OfflineCommand = { type: 'status' } | { type: 'save' } | { type: 'cancel' } | { type: 'remove' };

export interface OfflineTask {
  /** `save`: the reader asked for it; `update`: a new build refreshes the saved copy. */
  kind: 'save' | 'update';
  /** Files done out of all files, and their bytes on the wire. */
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

export interface OfflineStatus {
  type: 'status';
  /** The build of the worker that answers. */
  build: string;
  /** The complete offline copy, if any. */
  saved: { version: string; files: number; bytes: number } | null;
  task: OfflineTask | null;
  /** Why the last download stopped, when it failed (not when it was cancelled). */
  error?: string;
}
