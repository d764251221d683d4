/** A download refused or failed, with the HTTP status to answer and, for bad input, the parameter at fault. */
export class DownloadError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}
