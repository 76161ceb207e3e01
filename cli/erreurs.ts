/** A failure the command line reports as one French sentence, never a stack trace. */
export class ErreurCli extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
    this.name = "ErreurCli";
  }
}
