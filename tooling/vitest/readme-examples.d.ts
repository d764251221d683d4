export interface ReadmeExamplesOptions {
  /** The package folder (its README, tsconfig.json and node_modules). */
  packageDir: string;
  /** The README file name, relative to packageDir. */
  readme?: string;
  /** The package's own import specifiers, mapped to its source files (relative to packageDir). */
  selfImports: Record<string, string>;
}

/** Registers one test per ```ts block of the README (run, values checked) and one type-check. */
export declare function describeReadmeExamples(options: ReadmeExamplesOptions): void;
