// Copying text where the Clipboard API exists and is allowed; callers offer a fallback when it is not.

/** True once the text is on the clipboard; false where the API is missing or refused. */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
