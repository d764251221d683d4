/** Thrown by lookups that require a known p-code (`requireArea`, `resolveArea`'s `within`). */
export class UnknownAreaError extends Error {
  override readonly name = 'UnknownAreaError';

  constructor(readonly pcode: string) {
    super(
      `Unknown area p-code ${JSON.stringify(pcode)}: expected an Iraqi OCHA p-code in the reference data, such as IQG10, IQG10Q05 or IQG10Q05N04`,
    );
  }
}
