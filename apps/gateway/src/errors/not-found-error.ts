/** A mutation named a record that does not exist (or that the caller may not see). */
export class NotFoundError extends Error {
  constructor(
    message: string,
    readonly entity: string,
    readonly id: string,
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}
