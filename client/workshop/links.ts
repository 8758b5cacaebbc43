/**
 * The links of PRODUCT.md §4. The token rides in the fragment (`#token=`), which browsers never send
 * to the server, so it stays out of every log.
 */
import { shareOrigin } from './shareOrigin';

export function workshopPath(workshopId: string, token: string): string {
  return `/w/${encodeURIComponent(workshopId)}#token=${encodeURIComponent(token)}`;
}

/** The lead's page of a concertation: `/c/<id>#token=<lead token>`. */
export function concertationPath(concertationId: string, token: string): string {
  return `/c/${encodeURIComponent(concertationId)}#token=${encodeURIComponent(token)}`;
}

export function workshopLink(workshopId: string, token: string): string {
  return `${shareOrigin()}${workshopPath(workshopId, token)}`;
}

export function joinPageLink(): string {
  return `${shareOrigin()}/j`;
}

/** The address people type when they have no QR reader: host only, no scheme, as short as it gets. */
export function joinPageShortLink(): string {
  return `${new URL(shareOrigin()).host}/j`;
}

export function readFragmentToken(hash = location.hash): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.length > 0 ? token : null;
}

/** Swaps the token in the address bar without a reload or a history entry (a reload then keeps it). */
export function replaceFragmentToken(workshopId: string, token: string): void {
  history.replaceState(history.state, '', workshopPath(workshopId, token));
}

/** A link that opens the keypad with the code filled in: the QR to show when the participant link is not known here. */
export function joinByCodeLink(code: string): string {
  return `${shareOrigin()}/j#code=${encodeURIComponent(code)}`;
}

/** "482913" → "482 913": two groups of three are easier to read from the back of a room and to copy. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
