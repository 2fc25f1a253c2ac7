// Why a page could not be added: one kind per failure a user can act on, with the detail in the message.

export type AddFailure =
  'http' | 'timeout' | 'not-html' | 'too-large' | 'network' | 'robots' | 'no-body' | 'bad-url' | 'not-a-feed';

export class AddError extends Error {
  constructor(
    readonly kind: AddFailure,
    message: string,
  ) {
    super(message);
    this.name = 'AddError';
  }
}
