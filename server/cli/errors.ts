/** A refusal or failure the command line prints as a plain sentence, without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
