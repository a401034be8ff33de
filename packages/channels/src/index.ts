/**
 * Runtime-owned queues (PEP 734) and channels (PEP 554) between interpreters, and the
 * cross-interpreter data protocol their items travel in: data, not objects.
 * @packageDocumentation
 */

export { Channels } from './channels.js';
export type { ChannelsOptions, CreateQueueOptions } from './channels.js';
export { ChannelsState as _ChannelsState, UNBOUND } from './channels-state.js';
export { ChannelEnd, RecvChannel, SendChannel } from './channel.js';
export type { ChannelEndKind, SendOptions } from './channel.js';
export { Queue } from './queue.js';
export type { GetOptions, PutOptions, UnboundItems } from './queue.js';
export { XIDataRegistry, XIFloat, XIList } from './xidata.js';
export type { XIDataClass, XIDataViews, XIEndHooks, XIValue } from './xidata.js';
export { XI_TAG, XI_TAG_FIRST_REGISTERED, XIDATA_ITEM } from './xidata.layout.js';
export { CHANNELS_ROOT, QUEUE_BODY, REGISTRY_ENTRY } from './queue.layout.js';
export {
  ChannelClosedError,
  ChannelEmptyError,
  ChannelError,
  ChannelNotEmptyError,
  ChannelNotFoundError,
  ItemInterpreterDestroyed,
  MemoryError,
  NotShareableError,
  OverflowError,
  QueueEmpty,
  QueueFull,
  QueueNotFoundError,
  TimeoutError,
} from './errors.js';
