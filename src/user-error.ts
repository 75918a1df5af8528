/**
 * An error caused by the input or the request, not by a bug: its message is complete and
 * meant for the user, and the command line prints it without a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}
