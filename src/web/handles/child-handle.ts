import type { Session } from '../session/session-store.js';
import { sealHandle } from './handles.js';

const perSession = new WeakMap<Session, Map<string, string>>();
const MAX_PER_SESSION = 20_000;

/**
 * A child's handle in a session, sealed once and remembered for the session's life (a list
 * of fifty children is opened again and again as a manager pages and sorts).
 */
export function childHandle(session: Session, childId: string): string {
  let handles = perSession.get(session);
  if (!handles) {
    handles = new Map();
    perSession.set(session, handles);
  }
  let h = handles.get(childId);
  if (!h) {
    h = sealHandle(session.handleKey, 'child', childId);
    if (handles.size >= MAX_PER_SESSION) handles.clear();
    handles.set(childId, h);
  }
  return h;
}
