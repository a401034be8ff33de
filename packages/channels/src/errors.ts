// The exceptions of the cross-interpreter data protocol, queues and channels, with CPython's
// names and messages (Python/crossinterp.c, Modules/_interpqueuesmodule.c,
// Modules/_interpchannelsmodule.c): the interpreter layer maps each class to the Python type.

/**
 * An object that cannot cross between interpreters (CPython 3.13's `NotShareableError`; a
 * `ValueError` subclass there).
 * @public
 */
export class NotShareableError extends Error {
  override readonly name = 'NotShareableError';
  /** The Python type name of the object that was refused. */
  readonly typeName: string;
  constructor(typeName: string, message = `<class '${typeName}'> does not support cross-interpreter data`) {
    super(message);
    this.typeName = typeName;
  }
}

/** An int beyond the signed 64-bit range (CPython's `OverflowError` from `_long_shared`). @public */
export class OverflowError extends Error {
  override readonly name = 'OverflowError';
}

/** The runtime heap has no room for the item (CPython's `MemoryError`). @public */
export class MemoryError extends Error {
  override readonly name = 'MemoryError';
}

/** A blocking operation ran out of time (Python's `TimeoutError`). @public */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** `get_nowait()`, or `get()` that timed out, on an empty queue (PEP 734's `QueueEmpty`). @public */
export class QueueEmpty extends Error {
  override readonly name = 'QueueEmpty';
}

/** `put_nowait()`, or `put()` that timed out, on a full queue (PEP 734's `QueueFull`). @public */
export class QueueFull extends Error {
  override readonly name = 'QueueFull';
}

/** No queue has this id (CPython's `QueueNotFoundError`). @public */
export class QueueNotFoundError extends Error {
  override readonly name = 'QueueNotFoundError';
}

/** The item's interpreter was destroyed and its rule is `'error'` (CPython's `ItemInterpreterDestroyed`). @public */
export class ItemInterpreterDestroyed extends Error {
  override readonly name = 'ItemInterpreterDestroyed';
}

/** Base of the channel errors (CPython's `ChannelError`). @public */
export class ChannelError extends Error {
  override readonly name: string = 'ChannelError';
}

/** No channel has this id (CPython's `ChannelNotFoundError`). @public */
export class ChannelNotFoundError extends ChannelError {
  override readonly name: string = 'ChannelNotFoundError';
}

/** The channel (or this end of it) is closed (CPython's `ChannelClosedError`). @public */
export class ChannelClosedError extends ChannelError {
  override readonly name: string = 'ChannelClosedError';
}

/** `recv_nowait()` without a default on an empty channel (CPython's `ChannelEmptyError`). @public */
export class ChannelEmptyError extends ChannelError {
  override readonly name: string = 'ChannelEmptyError';
}

/** `close()` without `force` on a channel that still holds items (CPython's `ChannelNotEmptyError`). @public */
export class ChannelNotEmptyError extends ChannelError {
  override readonly name: string = 'ChannelNotEmptyError';
}
