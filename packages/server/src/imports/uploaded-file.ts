/**
 * An uploaded file's bytes as a request body. The bytes sit in a private field: hooks that walk
 * a body's values (the NUL refusal) see an object with nothing to walk instead of millions of
 * byte entries; NUL characters in a file are reported per row instead.
 */
export class UploadedFile {
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  get bytes(): Uint8Array {
    return this.#bytes;
  }
}
